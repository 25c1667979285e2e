"""What every /api/v1 endpoint shares: the error responses it documents, its paging and text
parameters, the named-query call with the row cap, and the cache its answer is served from.

Each group of endpoints (entity_routes, industry_routes, plan_routes, query_routes,
status_routes) is written with these, so a parameter means the same everywhere and every
answer is cached once per graph the same way.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api import export
from api.cache import cache_key
from api.models import ErrorBody, Page
from queries import MAX_TEXT
from queries.answer import run

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text} for code, text in (
        (400, "the database rejected the query"), (404, "no such entity, document or query"),
        (413, "request body too large"), (422, "a parameter is missing or malformed"),
        (503, "the graph store is unavailable"), (504, "the query ran past its timeout"))}


def text_param(description: str) -> Any:
    # One Query object per parameter: FastAPI binds a shared one to the first name it meets.
    return Query(None, min_length=1, max_length=MAX_TEXT, description=description)


INDUSTRY = "industry name or part of one (sub-industries count)"
PLACE = "park or zone name or part of one (places inside it count)"


def skip_param() -> Any:
    return Query(0, ge=0, le=1_000_000, description="rows to skip, for paging")


def limit_param(default: int) -> Any:
    return Query(default, ge=1, description="rows at most (capped at the server's row cap)")


def app_context(request: Request) -> Any:
    return request.app.state.ctx


def json_response(data: bytes) -> Response:
    return Response(content=data, media_type="application/json")


def dump(model: Any) -> bytes:
    if hasattr(model, "model_dump_json"):
        return model.model_dump_json().encode()
    return json.dumps(model, ensure_ascii=False, default=str).encode()


async def cached(request: Request, make: Any) -> Response:
    """Serve a typed endpoint's answer from the cache, computing it once per graph.

    A hit is answered on the event loop; only store calls go to the thread pool, so a
    repeated question costs no thread hop.
    """
    fmt = export.requested(request)
    if fmt:  # ?format=csv|xlsx: the same list as a file, never cached
        return await export.download(request, make, fmt)
    ctx = app_context(request)
    key = cache_key(request.scope["path"], request.scope.get("query_string", b""))
    cache = ctx.cache if ctx.has_cache else await run_in_threadpool(lambda: ctx.cache)
    if cache.due():
        await run_in_threadpool(cache.refresh)
    hit = cache.get(key)
    if hit is None:
        hit = cache.put(key, await run_in_threadpool(lambda: dump(make(ctx))))
    return json_response(hit)


def named_rows(ctx: Any, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return run(ctx.store, name, params, row_cap=ctx.settings.row_cap).rows


def page_of(items: list[Any], skip: int, limit: int, cap: int) -> Page:
    limit = min(limit, cap)
    return Page(items=items, skip=skip, limit=limit,
                next_skip=skip + len(items) if len(items) >= limit else None)


def label_value(value: Any) -> str | None:
    return value.value if hasattr(value, "value") else value


class ListDump(list):
    """A list of models serialised with pydantic, for the cache."""

    def model_dump_json(self) -> str:
        return "[" + ",".join(x.model_dump_json() for x in self) + "]"


class ListJson(list):
    """A list of plain values (the example questions), for the cache."""

    def model_dump_json(self) -> str:
        return json.dumps(list(self), ensure_ascii=False)
