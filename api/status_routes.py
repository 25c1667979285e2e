"""Operations: counts per label and relationship type, and whether the store answers."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.models import Health, Stats
from api.route_shared import app_context, cached
from graph.store import StoreError
from queries.answer import plain, run

router = APIRouter()


@router.get("/stats", response_model=Stats, summary="统计 Counts per label and relationship type")
async def stats(request: Request) -> Response:
    def make(ctx: Any) -> Stats:
        s = ctx.store.stats()
        nodes = {k: int(v) for k, v in (s.get("nodes") or {}).items() if isinstance(v, int)}
        rels = {k: int(v) for k, v in (s.get("relationships") or {}).items() if isinstance(v, int)}
        return Stats(engine=s.get("engine") or getattr(ctx.store, "engine", None), nodes=nodes,
                     relationships=rels, total_nodes=sum(nodes.values()),
                     total_relationships=sum(rels.values()))
    return await cached(request, make)


@router.get("/health", response_model=Health, summary="健康检查 Health",
            description="Whether the store answers, and (embedded store) its pid and restarts.",
            responses={503: {"model": Health}})
def health(request: Request) -> Response:
    ctx = app_context(request)
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
