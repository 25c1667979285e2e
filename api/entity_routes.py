"""/api/v1/search and /api/v1/entities: finding an entity by name, and an entity with its
relationships, its mentions and the neighbourhood to draw."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from api.errors import ApiError
from api.models import (
    LABEL_ZH,
    REL_ZH,
    Direction,
    DomainLabel,
    Entity,
    Evidence,
    GraphEdge,
    GraphNode,
    Page,
    Relation,
    RelName,
    SearchHit,
    Subgraph,
)
from api.route_shared import cached, label_value, limit_param, named_rows, page_of, skip_param
from queries import MAX_TEXT, find
from queries import ask as ask_module
from queries.answer import evidence, plain, run

router = APIRouter()


@router.get("/search", response_model=Page[SearchHit], summary="实体检索 Entity search",
            description="Name, alias or character-bigram search over domain entities and documents, "
                        "best first; `label` keeps one kind.")
async def search(request: Request, q: str = Query(..., min_length=1, max_length=MAX_TEXT),
           label: DomainLabel | None = None, skip: int = skip_param(),  # type: ignore[valid-type]
           limit: int = limit_param(20)) -> Response:
    def make(ctx: Any) -> Page:
        text = ask_module.normalise(q) or q.strip()
        if not text:
            raise ApiError(422, "bad_parameter", "q: give a name or a few characters to look for")
        rows = find.search(ctx.store, text, label=label_value(label), skip=skip,
                           limit=min(limit, ctx.settings.row_cap))
        items = [SearchHit(id=r["id"], name=r["name"], label=r["label"], aliases=r.get("aliases") or [],
                           score=int(r.get("score") or 0)) for r in rows if r.get("label") in LABEL_ZH]
        return page_of(items, skip, limit, ctx.settings.row_cap)
    return await cached(request, make)


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
    rows = named_rows(ctx, "entity", {"id": entity_id})
    if not rows:
        raise ApiError(404, "not_found", f"no entity with id {entity_id!r}; find ids with "
                                         "/api/v1/search?q=…")
    row = rows[0]
    props = {k: plain(v) for k, v in (row.get("props") or []) if k not in ("id", "name", "aliases")}
    props.update(sources=row.get("sources") or [], source_count=row.get("source_count") or 0)
    rels = named_rows(ctx, "entity_relations", {"id": entity_id, "limit": RELATIONS_SHOWN})
    relations = _relations(rels)
    said = named_rows(ctx, "entity_evidence", {"id": entity_id, "limit": MENTIONS_SHOWN})
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
                           skip: int = skip_param(), limit: int = limit_param(RELATIONS_SHOWN)) -> Response:
    def make(ctx: Any) -> Page:
        rows = named_rows(ctx, "entity_relations", {"id": entity_id, "rel": label_value(rel), "skip": skip,
                                                    "limit": limit})
        rows = [r for r in rows if direction is None or r["direction"] == label_value(direction)]
        items = _relations(rows)
        return page_of(items, skip, limit, ctx.settings.row_cap) if rel else Page(
            items=items, skip=skip, limit=min(limit, ctx.settings.row_cap), next_skip=None)
    return await cached(request, make)


@router.get("/entities/{entity_id}/mentions", response_model=Page[Evidence], summary="原文提及分页 Mentions, paged",
            description="The passages that name an entity, by document and position, a page at a time.")
async def entity_mentions(request: Request, entity_id: str = Path(..., min_length=1, max_length=MAX_TEXT),
                          skip: int = skip_param(), limit: int = limit_param(MENTIONS_SHOWN)) -> Response:
    def make(ctx: Any) -> Page:
        rows = named_rows(ctx, "entity_evidence", {"id": entity_id, "skip": skip, "limit": limit})
        return page_of(_mentions(rows), skip, limit, ctx.settings.row_cap)
    return await cached(request, make)


@router.get("/entities/{entity_id}", response_model=Entity, summary="实体详情 Entity by id",
            description="An entity with its relationships (both directions), the passages that "
                        "mention it and the passages behind its relationships.")
async def entity(request: Request, entity_id: str = Path(..., min_length=1, max_length=MAX_TEXT)) -> Response:
    return await cached(request, lambda ctx: _entity(ctx, entity_id))


@router.get("/entities/{entity_id}/graph", response_model=Subgraph, summary="邻域子图 Neighbourhood",
            description="The one-hop neighbourhood of an entity as nodes and edges, for drawing.")
async def neighbourhood(request: Request, entity_id: str = Path(..., min_length=1, max_length=MAX_TEXT),
                  limit: int = limit_param(150)) -> Response:
    def make(ctx: Any) -> Subgraph:
        center = named_rows(ctx, "entity", {"id": entity_id})
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
    return await cached(request, make)
