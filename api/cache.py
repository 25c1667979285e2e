"""Answers of the typed endpoints, kept as ready JSON until the graph changes.

The graph changes only when it is rebuilt, so a repeated question costs a dictionary look-up;
the graph's node and relationship counts, checked at most once a second, tell a rebuild apart.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Receive, Scope, Send

from graph.store import GraphStore
from queries.ask import fingerprint


class ResponseCache:
    def __init__(self, store: GraphStore, size: int = 4096, check_every: float = 1.0) -> None:
        self.store, self.size, self.check_every = store, size, check_every
        self._data: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()
        self._checked = 0.0
        self._fingerprint: Any = None
        self.hits = self.misses = 0

    def due(self) -> bool:
        return time.monotonic() - self._checked >= self.check_every

    def refresh(self) -> None:
        """Drop everything if the graph changed since the last look (blocking: a store call)."""
        self._checked = time.monotonic()
        try:
            fp: Any = fingerprint(self.store)
        except Exception:  # the store is down: serve nothing stale
            fp = None
        with self._lock:
            if fp is None or fp != self._fingerprint:
                self._data.clear()
            self._fingerprint = fp

    def get(self, key: str) -> bytes | None:
        with self._lock:
            hit = self._data.get(key)
            if hit is not None:
                self._data.move_to_end(key)
                self.hits += 1
            return hit

    def put(self, key: str, value: bytes) -> bytes:
        with self._lock:
            self.misses += 1
            self._data[key] = value
            while len(self._data) > self.size:
                self._data.popitem(last=False)
        return value

    def get_or_make(self, key: str, make: Callable[[], bytes]) -> bytes:
        if self.due():
            self.refresh()
        hit = self.get(key)
        return hit if hit is not None else self.put(key, make())

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self._checked = 0.0


def cache_key(path: str, query_string: bytes) -> str:
    """The cache key of a GET: its path and its query parameters in a fixed order (decoded the
    way Starlette decodes them, so the route and the fast path agree)."""
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    return path + "?" + "&".join(sorted(f"{k}={v}" for k, v in pairs))


class CachedHits:
    """Answers a GET whose JSON is already cached before routing and validation run.

    Only answers computed by a route (after its parameters were validated) are in the cache,
    so a hit needs no checking again; a miss, or a cache due for its freshness check, goes
    through the route as usual.
    """

    def __init__(self, app: ASGIApp, prefix: str = "/api/v1/") -> None:
        self.app, self.prefix = app, prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"].startswith(self.prefix):
            ctx = scope["app"].state.ctx
            cache = ctx.cache_if_open
            if cache is not None and not cache.due():
                body = cache.get(cache_key(scope["path"], scope.get("query_string", b"")))
                if body is not None:
                    await send({"type": "http.response.start", "status": 200,
                                "headers": [(b"content-type", b"application/json"),
                                            (b"content-length", str(len(body)).encode())]})
                    await send({"type": "http.response.body", "body": body})
                    return
        await self.app(scope, receive, send)
