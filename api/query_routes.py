"""Questions and queries: a Chinese question answered through a named query, example
questions, the query library and running one of it, and token-gated raw read-only Cypher."""

from __future__ import annotations

from fastapi import APIRouter, Header, Path, Query, Request
from fastapi.responses import Response

from api.document_routes import require_token
from api.models import (
    Answer,
    CypherRequest,
    ErrorBody,
    QueryInfo,
    QueryParamInfo,
    QueryRequest,
    QueryResult,
)
from api.route_shared import ListJson, app_context, cached
from queries import MAX_TEXT, library, load_query
from queries import ask as ask_module
from queries.answer import plain, run

router = APIRouter()


@router.get("/ask", response_model=Answer, summary="中文提问 Ask in Chinese",
            description="A Chinese question → intent and slots → a named query; the answer holds the "
                        "Cypher used, the rows, the answers and their evidence. A question it cannot "
                        "read gets suggestions and search results.")
async def ask(request: Request, q: str = Query(..., min_length=1, max_length=MAX_TEXT)) -> Response:
    return await cached(request, lambda ctx: ask_module.answer(ctx.store, q))


@router.get("/suggestions", response_model=list[str], summary="示例问题 Example questions",
            description="Questions this graph can answer, made from its best-connected names.")
async def suggestions(request: Request) -> Response:
    return await cached(request, lambda ctx: ListJson(ask_module.suggestions(ctx.store)))


@router.get("/queries", response_model=list[QueryInfo], summary="命名查询 The query library")
def queries() -> list[QueryInfo]:
    return [QueryInfo(name=q.name, description=q.description, cypher=q.cypher,
                      params=[QueryParamInfo(name=p.name, type=p.type, required=p.required,
                                             default=p.default, description=p.description)
                              for p in q.params])
            for q in library().values()]


@router.post("/queries/{name}", response_model=QueryResult, summary="运行命名查询 Run a named query",
             description="Run a query of the library with parameters checked against its header; "
                         "`limit` is capped at the server's row cap.")
def run_query(request: Request, body: QueryRequest,
              name: str = Path(..., min_length=1, max_length=100, pattern=r"^\w+$")) -> QueryResult:
    ctx = app_context(request)
    load_query(name)  # UnknownQuery → 404 before anything runs
    res = run(ctx.store, name, body.params, row_cap=ctx.settings.row_cap)
    return QueryResult(name=name, columns=res.columns, rows=[plain(r) for r in res.rows],
                       truncated=res.truncated, seconds=round(res.seconds, 4))


@router.post("/cypher", response_model=QueryResult, summary="只读 Cypher (需令牌) Raw read-only Cypher",
             description="Off unless POLICYKG_API_TOKEN is set; send it as `Authorization: Bearer …`. "
                         "Runs read-only at the database, with the timeout and row cap.",
             responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}})
def cypher(request: Request, body: CypherRequest,
           authorization: str | None = Header(None)) -> QueryResult:
    ctx = app_context(request)
    require_token(request, authorization, "raw Cypher (use the named queries at /api/v1/queries)")
    limit = min(body.limit or ctx.settings.row_cap, ctx.settings.row_cap)
    res = ctx.store.read(body.query, body.params, limit=limit)
    return QueryResult(columns=res.columns, rows=[plain(r) for r in res.rows], truncated=res.truncated,
                       seconds=round(res.seconds, 4))
