"""The /api/v1 endpoints. Each one runs named queries of queries/ with checked parameters;
no text from a request ever becomes Cypher, except through the token-gated raw endpoint."""

from __future__ import annotations

import hmac
import json
from typing import Any

from fastapi import APIRouter, Header, Path, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api import export
from api.cache import cache_key
from api.errors import ApiError
from api.models import (
    LABEL_ZH,
    Direction,
    REL_ZH,
    Answer,
    BureauRow,
    CypherRequest,
    DocumentRow,
    DomainLabel,
    EnterpriseRow,
    Entity,
    ErrorBody,
    Evidence,
    GraphEdge,
    GraphNode,
    Health,
    LabelName,
    Listed,
    Page,
    PlaceForIndustry,
    PlaceReason,
    QueryInfo,
    RelName,
    QueryParamInfo,
    QueryRequest,
    QueryResult,
    Relation,
    Role,
    SearchHit,
    SectionRow,
    Stats,
    Status,
    Subgraph,
    TargetRow,
    TaskRow,
)
from graph.store import StoreError
from queries import MAX_TEXT, find, library, load_query
from queries import ask as ask_module
from queries.answer import evidence, plain, run, source_ids

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text} for code, text in (
        (400, "the database rejected the query"), (404, "no such entity, document or query"),
        (413, "request body too large"), (422, "a parameter is missing or malformed"),
        (503, "the graph store is unavailable"), (504, "the query ran past its timeout"))}

router = APIRouter(prefix="/api/v1", responses=ERRORS)

def _text(description: str) -> Any:
    # One Query object per parameter: FastAPI binds a shared one to the first name it meets.
    return Query(None, min_length=1, max_length=MAX_TEXT, description=description)


INDUSTRY = "industry name or part of one (sub-industries count)"
PLACE = "park or zone name or part of one (places inside it count)"


def _skip() -> Any:
    return Query(0, ge=0, le=1_000_000, description="rows to skip, for paging")


def _limit(default: int) -> Any:
    return Query(default, ge=1, description="rows at most (capped at the server's row cap)")


def _ctx(request: Request) -> Any:
    return request.app.state.ctx


def _json(data: bytes) -> Response:
    return Response(content=data, media_type="application/json")


def _dump(model: Any) -> bytes:
    if hasattr(model, "model_dump_json"):
        return model.model_dump_json().encode()
    return json.dumps(model, ensure_ascii=False, default=str).encode()


async def _cached(request: Request, make: Any) -> Response:
    """Serve a typed endpoint's answer from the cache, computing it once per graph.

    A hit is answered on the event loop; only store calls go to the thread pool, so a
    repeated question costs no thread hop.
    """
    fmt = export.requested(request)
    if fmt:  # ?format=csv|xlsx: the same list as a file, never cached
        return await export.download(request, make, fmt)
    ctx = _ctx(request)
    key = cache_key(request.scope["path"], request.scope.get("query_string", b""))
    cache = ctx.cache if ctx.has_cache else await run_in_threadpool(lambda: ctx.cache)
    if cache.due():
        await run_in_threadpool(cache.refresh)
    hit = cache.get(key)
    if hit is None:
        hit = cache.put(key, await run_in_threadpool(lambda: _dump(make(ctx))))
    return _json(hit)


def _rows(ctx: Any, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return run(ctx.store, name, params, row_cap=ctx.settings.row_cap).rows


def _page(items: list[Any], skip: int, limit: int, cap: int) -> Page:
    limit = min(limit, cap)
    return Page(items=items, skip=skip, limit=limit,
                next_skip=skip + len(items) if len(items) >= limit else None)


def _label(value: Any) -> str | None:
    return value.value if hasattr(value, "value") else value


# -- search and entities ----------------------------------------------------------------------

@router.get("/search", response_model=Page[SearchHit], summary="实体检索 Entity search",
            description="Name, alias or character-bigram search over domain entities and documents, "
                        "best first; `label` keeps one kind.")
async def search(request: Request, q: str = Query(..., min_length=1, max_length=MAX_TEXT),
           label: DomainLabel | None = None, skip: int = _skip(),  # type: ignore[valid-type]
           limit: int = _limit(20)) -> Response:
    def make(ctx: Any) -> Page:
        text = ask_module.normalise(q) or q.strip()
        if not text:
            raise ApiError(422, "bad_parameter", "q: give a name or a few characters to look for")
        rows = find.search(ctx.store, text, label=_label(label), skip=skip,
                           limit=min(limit, ctx.settings.row_cap))
        items = [SearchHit(id=r["id"], name=r["name"], label=r["label"], aliases=r.get("aliases") or [],
                           score=int(r.get("score") or 0)) for r in rows if r.get("label") in LABEL_ZH]
        return _page(items, skip, limit, ctx.settings.row_cap)
    return await _cached(request, make)


# An entity page shows the first relationships of each type and the first passages naming
# it, with their counts, so its size stays the same whatever the size of the library.
RELATIONS_SHOWN, MENTIONS_SHOWN, EVIDENCE_SHOWN = 20, 10, 30


def _relations(rows: list[dict[str, Any]]) -> list[Relation]:
    return [Relation(direction=r["direction"], rel=r["rel"], rel_zh=REL_ZH.get(r["rel"], r["rel"]),
                     other=dict(id=r["id"], name=r["name"] or r["id"], label=r["label"]),
                     item=r.get("item"), sources=r.get("sources") or [],
                     source_count=r.get("source_count") or 0)
            for r in rows if r.get("rel") in REL_ZH and r.get("label") in LABEL_ZH and r.get("id")]


def _mentions(rows: list[dict[str, Any]]) -> list[Evidence]:
    return [Evidence(passage_id=r["passage_id"], text=r["text"] or "", document=r.get("document"),
                     doc_id=r.get("doc_id"), line=r.get("line") if isinstance(r.get("line"), int) else None)
            for r in rows]


def _entity(ctx: Any, entity_id: str) -> Entity:
    rows = _rows(ctx, "entity", {"id": entity_id})
    if not rows:
        raise ApiError(404, "not_found", f"no entity with id {entity_id!r}; find ids with "
                                         "/api/v1/search?q=…")
    row = rows[0]
    props = {k: plain(v) for k, v in (row.get("props") or []) if k not in ("id", "name", "aliases")}
    props.update(sources=row.get("sources") or [], source_count=row.get("source_count") or 0)
    rels = _rows(ctx, "entity_relations", {"id": entity_id, "limit": RELATIONS_SHOWN})
    relations = _relations(rels)
    said = _rows(ctx, "entity_evidence", {"id": entity_id, "limit": MENTIONS_SHOWN})
    # The first two passages of each relationship, then more while the cap allows.
    firsts = [s for r in relations for s in r.sources[:2]] + [s for r in relations for s in r.sources[2:]]
    backed = evidence(ctx.store, firsts, cap=EVIDENCE_SHOWN)
    return Entity(id=row["id"], name=row["name"], label=row["label"], label_zh=LABEL_ZH.get(row["label"], ""),
                  aliases=row.get("aliases") or [], props=props, relations=relations,
                  relation_counts={f"{r['direction']}:{r['rel']}": int(r["total"]) for r in rels},
                  mentions=_mentions(said), mention_count=int(said[0]["total"]) if said else 0,
                  evidence=backed)


@router.get("/entities/{entity_id}/relations", response_model=Page[Relation], summary="实体关系分页 Relations, paged",
            description="One type of an entity's relationships (both directions unless `direction` is "
                        "given), a page at a time, in the order they were written.")
async def entity_relations(request: Request, entity_id: str = Path(..., min_length=1, max_length=MAX_TEXT),
                           rel: RelName | None = None, direction: Direction | None = None,  # type: ignore[valid-type]
                           skip: int = _skip(), limit: int = _limit(RELATIONS_SHOWN)) -> Response:
    def make(ctx: Any) -> Page:
        rows = _rows(ctx, "entity_relations", {"id": entity_id, "rel": _label(rel), "skip": skip,
                                               "limit": limit})
        rows = [r for r in rows if direction is None or r["direction"] == _label(direction)]
        items = _relations(rows)
        return _page(items, skip, limit, ctx.settings.row_cap) if rel else Page(
            items=items, skip=skip, limit=min(limit, ctx.settings.row_cap), next_skip=None)
    return await _cached(request, make)


@router.get("/entities/{entity_id}/mentions", response_model=Page[Evidence], summary="原文提及分页 Mentions, paged",
            description="The passages that name an entity, by document and position, a page at a time.")
async def entity_mentions(request: Request, entity_id: str = Path(..., min_length=1, max_length=MAX_TEXT),
                          skip: int = _skip(), limit: int = _limit(MENTIONS_SHOWN)) -> Response:
    def make(ctx: Any) -> Page:
        rows = _rows(ctx, "entity_evidence", {"id": entity_id, "skip": skip, "limit": limit})
        return _page(_mentions(rows), skip, limit, ctx.settings.row_cap)
    return await _cached(request, make)


@router.get("/entities/{entity_id}", response_model=Entity, summary="实体详情 Entity by id",
            description="An entity with its relationships (both directions), the passages that "
                        "mention it and the passages behind its relationships.")
async def entity(request: Request, entity_id: str = Path(..., min_length=1, max_length=MAX_TEXT)) -> Response:
    return await _cached(request, lambda ctx: _entity(ctx, entity_id))


@router.get("/entities/{entity_id}/graph", response_model=Subgraph, summary="邻域子图 Neighbourhood",
            description="The one-hop neighbourhood of an entity as nodes and edges, for drawing.")
async def neighbourhood(request: Request, entity_id: str = Path(..., min_length=1, max_length=MAX_TEXT),
                  limit: int = _limit(150)) -> Response:
    def make(ctx: Any) -> Subgraph:
        center = _rows(ctx, "entity", {"id": entity_id})
        if not center:
            raise ApiError(404, "not_found", f"no entity with id {entity_id!r}")
        c = center[0]
        res = run(ctx.store, "neighbourhood", {"id": entity_id, "limit": limit}, row_cap=ctx.settings.row_cap)
        nodes = {c["id"]: GraphNode(id=c["id"], name=c["name"], label=c["label"],
                                    label_zh=LABEL_ZH.get(c["label"], ""))}
        edges: dict[str, GraphEdge] = {}
        for r in res.rows:
            if r.get("other_label") not in LABEL_ZH or r.get("rel") not in REL_ZH:
                continue
            nodes.setdefault(r["other_id"], GraphNode(id=r["other_id"], name=r["other_name"] or r["other_id"],
                                                      label=r["other_label"],
                                                      label_zh=LABEL_ZH[r["other_label"]]))
            eid = f"{r['from_id']}|{r['rel']}|{r['to_id']}"
            edges.setdefault(eid, GraphEdge(id=eid, source=r["from_id"], target=r["to_id"], rel=r["rel"],
                                            rel_zh=REL_ZH[r["rel"]], sources=r.get("sources") or [],
                                            source_count=r.get("source_count") or 0))
        return Subgraph(center=entity_id, nodes=list(nodes.values()), edges=list(edges.values()),
                        truncated=res.truncated or len(res.rows) >= min(limit, ctx.settings.row_cap))
    return await _cached(request, make)


# -- typed questions ---------------------------------------------------------------------------

PLACE_REASONS_SHOWN, PLACE_EVIDENCE_SHOWN = 20, 5


@router.get("/places", response_model=list[PlaceForIndustry], summary="按产业查园区/功能区 Parks and zones by industry",
            description="Parks and zones that focus on an industry (sub-industries included), host "
                        "its enterprises, or court them — each reason listed apart, with evidence.")
async def places(request: Request, industry: str = Query(..., min_length=1, max_length=MAX_TEXT),
           limit: int = _limit(100)) -> Response:
    def make(ctx: Any) -> list[PlaceForIndustry]:
        rows = _rows(ctx, "parks_by_industry", {"industry": industry, "limit": ctx.settings.row_cap})
        found: dict[str, dict[str, Any]] = {}
        for r in rows:
            p = found.setdefault(r["id"], {"row": r, "focus": {}, "present": {}, "target": {}})
            p[r["how"]].setdefault(r["via_id"], r)
        # Most reasons first; each place lists its first reasons of each kind, with their counts.
        ranked = sorted(found.values(), key=lambda p: (-(len(p["focus"]) + len(p["present"])
                                                         + len(p["target"])), p["row"]["name"]))
        ranked = ranked[: min(limit, ctx.settings.row_cap)]
        out = []
        for p in ranked:
            lists = {how: [PlaceReason(id=r["via_id"], name=r["via"], label=r["via_label"],
                                       sources=r.get("sources") or [], source_count=r.get("source_count") or 0)
                           for r in list(p[how].values())[:PLACE_REASONS_SHOWN]]
                     for how in ("focus", "present", "target")}
            out.append(PlaceForIndustry(id=p["row"]["id"], name=p["row"]["name"], label=p["row"]["label"],
                                        industries=lists["focus"], enterprises_present=lists["present"],
                                        enterprises_target=lists["target"],
                                        reason_counts={"industries": len(p["focus"]),
                                                       "enterprises_present": len(p["present"]),
                                                       "enterprises_target": len(p["target"])}))
        # One query for the evidence of every place, the first sentences of its first reasons.
        wanted = {x.id: list(dict.fromkeys(s for how in (x.industries, x.enterprises_present,
                                                         x.enterprises_target)
                                           for reason in how for s in reason.sources[:1]))[:PLACE_EVIDENCE_SHOWN]
                  for x in out}
        found_ev = {e.passage_id: e for e in evidence(ctx.store, [i for ids in wanted.values() for i in ids],
                                                      cap=ctx.settings.row_cap)}
        for x in out:
            x.evidence = [found_ev[i] for i in wanted[x.id] if i in found_ev]
        return out
    return await _cached(request, lambda ctx: _ListDump(make(ctx)))


class _ListDump(list):
    """A list of models serialised with pydantic, for the cache."""

    def model_dump_json(self) -> str:
        return "[" + ",".join(x.model_dump_json() for x in self) + "]"


@router.get("/enterprises", response_model=Page[EnterpriseRow], summary="企业 Enterprises",
            description="Enterprises by industry (sub-industries included), park or zone (places "
                        "inside it included) and status: present (已入驻) or target (招商对接).")
async def enterprises(request: Request, industry: str | None = _text(INDUSTRY),
                      place: str | None = _text(PLACE),
                status: Status | None = None, skip: int = _skip(),  # type: ignore[valid-type]
                limit: int = _limit(100)) -> Response:
    def make(ctx: Any) -> Page:
        rows = _rows(ctx, "enterprises", {"industry": industry, "place": place, "status": _label(status),
                                          "skip": skip, "limit": limit})
        return _page([EnterpriseRow(**r) for r in rows if r.get("status") in ("present", "target")],
                     skip, limit, ctx.settings.row_cap)
    return await _cached(request, make)


@router.get("/platforms", response_model=Page[Listed], summary="创新平台 Platforms",
            description="Innovation platforms by the industry they serve or the place they are in.")
async def platforms(request: Request, industry: str | None = _text(INDUSTRY),
                    place: str | None = _text(PLACE),
              skip: int = _skip(), limit: int = _limit(100)) -> Response:
    def make(ctx: Any) -> Page:
        rows = _rows(ctx, "platforms", {"industry": industry, "place": place, "skip": skip, "limit": limit})
        return _page([Listed(**{**r, "sources": list(dict.fromkeys(r.get("sources") or []))}) for r in rows],
                     skip, limit, ctx.settings.row_cap)
    return await _cached(request, make)


@router.get("/projects", response_model=Page[Listed], summary="项目 Projects",
            description="Projects by undertaking enterprise, place or industry.")
async def projects(request: Request, enterprise: str | None = _text("enterprise name or part of one"),
                   place: str | None = _text(PLACE), industry: str | None = _text(INDUSTRY), skip: int = _skip(), limit: int = _limit(100)) -> Response:
    def make(ctx: Any) -> Page:
        rows = _rows(ctx, "projects", {"enterprise": enterprise, "place": place, "industry": industry,
                                       "skip": skip, "limit": limit})
        return _page([Listed(**{**r, "sources": list(dict.fromkeys(r.get("sources") or []))}) for r in rows],
                     skip, limit, ctx.settings.row_cap)
    return await _cached(request, make)


@router.get("/tasks", response_model=Page[TaskRow], summary="部门的任务 Tasks by bureau",
            description="The tasks a bureau leads (role=lead) or is asked to support (role=support).")
async def tasks(request: Request, bureau: str = Query(..., min_length=1, max_length=MAX_TEXT),
          role: Role | None = None, skip: int = _skip(), limit: int = _limit(200)) -> Response:  # type: ignore[valid-type]
    def make(ctx: Any) -> Page:
        rows = _rows(ctx, "tasks_by_bureau", {"bureau": bureau, "role": _label(role), "skip": skip,
                                              "limit": limit})
        return _page([TaskRow(**{**r, "number": None if r.get("number") is None else str(r["number"]),
                                 "name": r.get("name") or str(r.get("number"))}) for r in rows],
                     skip, limit, ctx.settings.row_cap)
    return await _cached(request, make)


@router.get("/tasks/{number}/bureaus", response_model=list[BureauRow], summary="任务的部门 Bureaus by task",
            description="The bureaus that lead or support task number N (of one document with doc=…).")
async def task_bureaus(request: Request, number: str = Path(..., min_length=1, max_length=20),
                 doc: str | None = _text("document id")) -> Response:
    def make(ctx: Any) -> _ListDump:
        rows = _rows(ctx, "task_bureaus", {"number": number, "doc": doc})
        return _ListDump(BureauRow(**{**r, "number": None if r.get("number") is None else str(r["number"])})
                         for r in rows)
    return await _cached(request, make)


@router.get("/targets", response_model=Page[TargetRow], summary="量化目标 Targets",
            description="Quantitative targets by subject (text in subject, metric or measured entity), "
                        "industry and year.")
async def targets(request: Request,
                  subject: str | None = _text("text in the target's subject, metric or measured entity"),
                  industry: str | None = _text(INDUSTRY),
            year: int | None = Query(None, ge=1900, le=2100), skip: int = _skip(),
            limit: int = _limit(100)) -> Response:
    def make(ctx: Any) -> Page:
        rows = _rows(ctx, "targets", {"subject": subject, "industry": industry, "year": year or 0,
                                      "skip": skip, "limit": limit})
        return _page([TargetRow(**r) for r in rows], skip, limit, ctx.settings.row_cap)
    return await _cached(request, make)


@router.get("/documents", response_model=Page[DocumentRow], summary="文件 Documents")
async def documents(request: Request, skip: int = _skip(), limit: int = _limit(100)) -> Response:
    def make(ctx: Any) -> Page:
        rows = _rows(ctx, "documents", {"skip": skip, "limit": limit})
        return _page([DocumentRow(**{**r, "name": r.get("name") or r["id"],
                                     "date": None if r.get("date") is None else str(r["date"])})
                      for r in rows], skip, limit, ctx.settings.row_cap)
    return await _cached(request, make)


@router.get("/documents/{doc_id}/sections", response_model=Page[SectionRow], summary="文件章节 Sections")
async def sections(request: Request, doc_id: str = Path(..., min_length=1, max_length=MAX_TEXT),
             skip: int = _skip(), limit: int = _limit(500)) -> Response:
    def make(ctx: Any) -> Page:
        if not _rows(ctx, "entity", {"id": doc_id}):
            raise ApiError(404, "not_found", f"no document with id {doc_id!r}; list them at /api/v1/documents")
        rows = _rows(ctx, "document_sections", {"id": doc_id, "skip": skip, "limit": limit})
        return _page([SectionRow(**{**r, "name": r.get("name") or r["id"],
                                    "number": None if r.get("number") is None else str(r["number"]),
                                    "level": r.get("level") if isinstance(r.get("level"), int) else None,
                                    "order": r.get("order") if isinstance(r.get("order"), int) else None})
                      for r in rows], skip, limit, ctx.settings.row_cap)
    return await _cached(request, make)


# -- questions, named queries, raw Cypher -------------------------------------------------------

@router.get("/ask", response_model=Answer, summary="中文提问 Ask in Chinese",
            description="A Chinese question → intent and slots → a named query; the answer holds the "
                        "Cypher used, the rows, the answers and their evidence. A question it cannot "
                        "read gets suggestions and search results.")
async def ask(request: Request, q: str = Query(..., min_length=1, max_length=MAX_TEXT)) -> Response:
    return await _cached(request, lambda ctx: ask_module.answer(ctx.store, q))


@router.get("/suggestions", response_model=list[str], summary="示例问题 Example questions",
            description="Questions this graph can answer, made from its best-connected names.")
async def suggestions(request: Request) -> Response:
    return await _cached(request, lambda ctx: _ListJson(ask_module.suggestions(ctx.store)))


class _ListJson(list):
    def model_dump_json(self) -> str:
        return json.dumps(list(self), ensure_ascii=False)


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
    ctx = _ctx(request)
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
    ctx = _ctx(request)
    token = ctx.settings.api_token
    if not token:
        raise ApiError(403, "forbidden", "raw Cypher is off; set POLICYKG_API_TOKEN on the server to "
                                         "turn it on, or use the named queries at /api/v1/queries")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not given or not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(401, "unauthorized", "missing or wrong token; send `Authorization: Bearer <token>`")
    limit = min(body.limit or ctx.settings.row_cap, ctx.settings.row_cap)
    res = ctx.store.read(body.query, body.params, limit=limit)
    return QueryResult(columns=res.columns, rows=[plain(r) for r in res.rows], truncated=res.truncated,
                       seconds=round(res.seconds, 4))


# -- operations ---------------------------------------------------------------------------------

@router.get("/stats", response_model=Stats, summary="统计 Counts per label and relationship type")
async def stats(request: Request) -> Response:
    def make(ctx: Any) -> Stats:
        s = ctx.store.stats()
        nodes = {k: int(v) for k, v in (s.get("nodes") or {}).items() if isinstance(v, int)}
        rels = {k: int(v) for k, v in (s.get("relationships") or {}).items() if isinstance(v, int)}
        return Stats(engine=s.get("engine") or getattr(ctx.store, "engine", None), nodes=nodes,
                     relationships=rels, total_nodes=sum(nodes.values()),
                     total_relationships=sum(rels.values()))
    return await _cached(request, make)


@router.get("/health", response_model=Health, summary="健康检查 Health",
            description="Whether the store answers, and (embedded store) its pid and restarts.",
            responses={503: {"model": Health}})
def health(request: Request) -> Response:
    ctx = _ctx(request)
    from policykg import __version__

    try:
        store = ctx.store
        info = store.health() if hasattr(store, "health") else {"engine": store.engine, "ok": True}
        if not hasattr(store, "health"):
            run(store, "graph_fingerprint")
    except StoreError as exc:
        info = {"ok": False, "error": str(exc)}
    body = Health(ok=bool(info.get("ok")), engine=info.get("engine"), store=plain(info), version=__version__)
    return Response(body.model_dump_json(), status_code=200 if body.ok else 503,
                    media_type="application/json")


_ = LabelName  # exported for OpenAPI readers of this module
