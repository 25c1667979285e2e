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
