"""RDF over HTTP: the whole graph exported, and SPARQL SELECT/ASK over that export.

Turtle and N-Triples are written as the graph is read, a page at a time, so a large graph is
sent without being held. JSON-LD, RDF/XML and SPARQL need the whole graph in rdflib, which
takes seconds, so that graph and each serialisation are kept until the graph changes (its
node and relationship counts), and built by one request at a time.
"""

from __future__ import annotations

import threading
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response, StreamingResponse

from api.errors import ApiError
from api.models import ErrorBody
from graph.rdf import MEDIA_TYPES, SparqlError, SparqlRefused, SparqlTimeout, serialize, to_rdf
from graph.rdf_stream import STREAMED, chunks
from queries.ask import fingerprint

router = APIRouter(prefix="/api/v1")
FORMATS = tuple(MEDIA_TYPES)


class RdfCache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: Any = None
        self._graph: Any = None
        self._text: dict[str, bytes] = {}

    def graph(self, ctx: Any) -> Any:
        key = fingerprint(ctx.store)
        with self._lock:
            if self._graph is None or key != self._key:
                nodes, edges = ctx.store.dump()
                self._graph = to_rdf(nodes, edges, ctx.settings.rdf_base)
                self._key, self._text = key, {}
            return self._graph

    def text(self, ctx: Any, fmt: str) -> bytes:
        graph = self.graph(ctx)
        with self._lock:
            if fmt not in self._text:
                self._text[fmt] = serialize(graph, fmt).encode("utf-8")
            return self._text[fmt]


def _cache(request: Request) -> RdfCache:
    state = request.app.state
    if not hasattr(state, "rdf_cache"):
        state.rdf_cache = RdfCache()
    return state.rdf_cache


@router.get("/export", summary="RDF 导出 The whole graph as RDF",
            description="Turtle, N-Triples, JSON-LD or RDF/XML, with the OWL classes of "
                        "ontology/policykg.ttl, SKOS industries and PROV provenance.",
            response_class=Response,
            responses={200: {"content": {t: {"schema": {} if "json" in t else {"type": "string"}}
                                         for t in sorted(set(MEDIA_TYPES.values()))}},
                       422: {"model": ErrorBody}})
async def export(request: Request,
                 format: str = Query("ttl", pattern="^(" + "|".join(FORMATS) + ")$",
                                     description="ttl | nt | jsonld | xml")) -> Response:
    ctx = request.app.state.ctx
    headers = {"Content-Disposition": f'inline; filename="policykg.{format}"'}
    if format in STREAMED:  # sent as the graph is read, a page at a time
        store = await run_in_threadpool(lambda: ctx.store)
        return StreamingResponse(chunks(format, store.pages(), ctx.settings.rdf_base),
                                 media_type=MEDIA_TYPES[format], headers=headers)
    data = await run_in_threadpool(lambda: _cache(request).text(ctx, format))
    return Response(content=data, media_type=MEDIA_TYPES[format], headers=headers)


@router.get("/sparql", summary="SPARQL 查询 SPARQL SELECT or ASK over the RDF export",
            description="SELECT and ASK only (UPDATE, CONSTRUCT, DESCRIBE, FROM and SERVICE are "
                        "refused), with the server's row cap and timeout. Prefixes pkg:, skos:, "
                        "prov:, dcterms: and one per label (park:, ind:, …) are predefined.",
            response_model=dict[str, Any],
            responses={400: {"model": ErrorBody}, 504: {"model": ErrorBody}})
async def sparql_query(request: Request,
                       query: str = Query(..., min_length=1, max_length=8000,
                                          description="a SPARQL SELECT or ASK query")) -> Any:
    from graph.rdf import sparql

    ctx = request.app.state.ctx

    def answer() -> Any:
        graph = _cache(request).graph(ctx)
        return sparql(graph, query, limit=ctx.settings.row_cap,
                      timeout_s=ctx.settings.query_timeout_ms / 1000)

    try:
        return await run_in_threadpool(answer)
    except SparqlTimeout as exc:
        raise ApiError(504, "timeout", f"{exc}; narrow the query or add a LIMIT") from None
    except SparqlRefused as exc:
        raise ApiError(400, "refused", str(exc)) from None
    except SparqlError as exc:
        raise ApiError(400, "bad_query", str(exc)) from None
