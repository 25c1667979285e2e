"""The FalkorDB server under an EmbeddedStore, and the connection to it: opened with the store,
restarted from its last save when a call finds it dead (or the watchdog does, between
requests), and saved and stopped with the store — or at interpreter exit, for a store left
open — so that no server outlives the process that started it."""

from __future__ import annotations

import atexit
import logging
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import redis
from falkordb import FalkorDB

from graph.falkordb_server import FalkorServer, no_retry
from graph.store import GraphStore, StoreError, StoreUnavailable
from policykg.settings import Settings, get_settings

log = logging.getLogger("policykg.graph")

T = TypeVar("T")

DUMP_PAGE = 1000  # rows per internal page; kept at or below the row cap (see _page)
SOCKET_TIMEOUT_S = 600.0  # a hung server, not a slow query (queries have their own timeout)

# Stores still open when the interpreter exits (an uncaught exception, a forgotten close):
# save and stop the servers they started, rather than leave them running.
_OPEN: "weakref.WeakSet[EmbeddedConnection]" = weakref.WeakSet()


@atexit.register
def _close_open_stores() -> None:
    for store in list(_OPEN):
        try:
            store.close()
        except Exception:  # noqa: BLE001 - exiting anyway; the next start reuses or restarts
            pass


class EmbeddedConnection(GraphStore):
    """Every read and write goes through `_call`, so that a dead server is restarted and the
    call retried in one place."""

    engine = "falkordb"

    def __init__(self, settings: Settings | None = None, *, data_dir: Path | str | None = None,
                 graph_name: str | None = None) -> None:
        self.settings = settings or get_settings()
        self.data_dir = Path(data_dir or self.settings.data_dir).resolve()
        self.graph_name = graph_name or self.settings.graph_name
        self.row_cap = max(1, int(self.settings.row_cap))
        self.timeout_ms = max(1, int(self.settings.query_timeout_ms))
        # Internal reads (dump, id lookups) page below the server's result cap, which would
        # otherwise cut a page silently.
        self._page = min(DUMP_PAGE, self.row_cap)
        self.server = FalkorServer(self.data_dir, resultset_size=self.row_cap + 1)
        self.restarts = 0  # servers started again after dying (shown in health())
        self._generation = 0  # reconnections, restarts included
        self.last_restart: dict[str, Any] | None = None
        self._db: FalkorDB | None = None
        self._closed = False
        self._restart_lock = threading.Lock()
        self._watchdog: threading.Thread | None = None
        self._connect()
        _OPEN.add(self)

    # -- connection and recovery ---------------------------------------------------------
    def _connect(self) -> None:
        info = self.server.ensure()
        if self._db is not None:
            self._db.close()
        self._db = FalkorDB(host="127.0.0.1", port=info.port, password=info.password,
                            socket_timeout=SOCKET_TIMEOUT_S, socket_connect_timeout=5,
                            retry=no_retry())
        # Graph handles cache the schema used to decode results; a new server needs new ones.
        self._graphs: dict[str, Any] = {}

    def _g(self, name: str) -> Any:
        """The handle of graph key `name` on the current connection (looked up at call time,
        so a call retried after a restart uses the new server)."""
        graph = self._graphs.get(name)
        if graph is None:
            graph = self._graphs[name] = self._db.select_graph(name)  # type: ignore[union-attr]
        return graph

    @property
    def _graph(self) -> Any:
        return self._g(self.graph_name)

    def _conn(self) -> Any:
        return self._db.connection  # type: ignore[union-attr]

    @property
    def port(self) -> int:
        assert self.server.info is not None
        return self.server.info.port

    @property
    def pid(self) -> int:
        assert self.server.info is not None
        return self.server.info.pid

    def _call(self, fn: Callable[[], T]) -> T:
        """Run one database call; if the server has died, restart it and try once more.

        Retrying is safe: reads have no effect, and writes are MERGEs of a whole batch that
        either landed before the crash (and were saved) or did not land at all.
        """
        if self._closed:
            raise StoreUnavailable("the store is closed; open a new one with graph.open_store()")
        generation = self._generation
        try:
            return fn()
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            reason = "{}: {}".format(type(exc).__name__, exc)
            if self.server.alive() and isinstance(exc, redis.TimeoutError):
                raise StoreUnavailable(
                    "the FalkorDB server (pid {}) did not answer for {:.0f} s; it may be "
                    "stuck: stop it (kill {}) and run again".format(
                        self.pid, SOCKET_TIMEOUT_S, self.pid)) from exc
            self._restart(reason, generation)
            try:
                return fn()
            except (redis.ConnectionError, redis.TimeoutError) as again:
                raise StoreUnavailable(
                    "the FalkorDB server died and did not come back ({}); see {}".format(
                        again, self.server.log_tail())) from again

    def _restart(self, reason: str, generation: int) -> None:
        with self._restart_lock:
            if self._generation != generation:
                return  # another thread reconnected meanwhile
            self._restart_locked(reason)

    def _restart_locked(self, reason: str) -> None:
        t0 = time.monotonic()
        old = self.server.info.pid if self.server.info else None
        log.warning("lost the FalkorDB server (pid %s): %s; reconnecting, or restarting it from "
                    "the last save in %s", old, reason, self.data_dir)
        self._connect()
        self._generation += 1
        seconds = time.monotonic() - t0
        if self.pid == old:
            log.warning("FalkorDB server (pid %s) still runs; reconnected", old)
            return
        self.restarts += 1
        self.last_restart = {"at": time.time(), "reason": reason, "old_pid": old,
                             "new_pid": self.pid, "seconds": round(seconds, 3)}
        log.warning("FalkorDB server restarted (pid %s, port %s) in %.2f s", self.pid,
                    self.port, seconds)

    def start_watchdog(self, interval_s: float = 2.0) -> None:
        """Ping the server every `interval_s` from a daemon thread, so a server killed hard is
        restarted (and logged) even while no request comes in. For long-running processes
        such as `policykg serve`."""
        if self._watchdog is not None:
            return

        def loop() -> None:
            while not self._closed:
                time.sleep(interval_s)
                if not self._closed:
                    try:
                        self.health()
                    except Exception:  # noqa: BLE001 - health() already reports; keep watching
                        log.exception("FalkorDB watchdog")

        self._watchdog = threading.Thread(target=loop, name="falkordb-watchdog", daemon=True)
        self._watchdog.start()

    def health(self) -> dict[str, Any]:
        """What /api/v1/health shows: the server, whether it answers, and its restarts."""
        ok = True
        error = None
        try:
            self._call(lambda: self._conn().ping())
        except StoreError as exc:
            ok, error = False, str(exc)
        info = self.server.info
        return {"engine": self.engine, "ok": ok, "error": error,
                "pid": info.pid if info else None, "port": info.port if info else None,
                "owned": info.owned if info else None, "data_dir": str(self.data_dir),
                "graph": self.graph_name, "restarts": self.restarts,
                "last_restart": self.last_restart}

    def _graph_keys(self) -> list[bytes]:
        raw = self._call(lambda: self._conn().execute_command("GRAPH.LIST"))
        return [k if isinstance(k, bytes) else str(k).encode() for k in raw]

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        _OPEN.discard(self)
        try:
            if self._db is not None:
                self._db.close()
        finally:
            self.server.stop()
