"""EmbeddedStore: the GraphStore on an embedded FalkorDB server (graph/falkordb_server.py).

How the interface's promises are kept on FalkorDB:
- read-only at the database: every read is GRAPH.RO_QUERY, which refuses writes itself;
- timeout: FalkorDB's per-query `timeout`, never more than Settings.query_timeout_ms;
- row cap: the server's RESULTSET_SIZE is set to the cap + 1, so an unbounded answer is never
  built or sent, and the client cuts to the caller's limit; a (cap + 1)-th row means the
  answer was truncated. No LIMIT is spliced into the caller's text;
- a batch lands whole or not at all: it is sent as ONE query (graph/write_plan.py), and
  FalkorDB undoes a query that fails midway;
- rebuild: batches go into a staging graph key that is RENAMEd over the live one, an atomic
  switch for readers (a reader sees all of the old graph or all of the new); a crash midway
  leaves the live key untouched, then the data is saved;
- a dead server (killed hard) is noticed on the next call and restarted from its last save.
"""

from __future__ import annotations

import atexit
import logging
import math
import re
import threading
import weakref
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import redis
from falkordb import FalkorDB

from graph.change import GraphChange, change_parts
from graph.ddl import falkordb_statements, is_already_indexed
from graph.falkordb_server import FalkorServer, no_retry
from graph.store import (
    GraphStore,
    QueryError,
    QueryTimeout,
    ReadOnlyViolation,
    ReadResult,
    StoreError,
    StoreUnavailable,
    WriteResult,
)
from graph.values import node_from_props, plain
from graph.write_plan import fresh_statements, merge, plan, single_query
from ontology.batch import Edge, GraphBatch, Node, SchemaError, validate
from ontology.schema import ALIASES, KEY, LABELS, NAME, RELATIONSHIPS, SEARCH_FIELD
from policykg.settings import Settings, get_settings

log = logging.getLogger("policykg.graph")

T = TypeVar("T")

STAGING_SUFFIX = "__staging"
DUMP_PAGE = 1000  # rows per internal page; kept at or below the row cap (see _page)
MISSING_LOOKUPS = 20  # edge ends not found under their label, looked up under any label
SOCKET_TIMEOUT_S = 600.0  # a hung server, not a slow query (queries have their own timeout)
INDEX_BUILD_S = 600.0  # building the full-text indexes of a new graph
WRITE_CHUNK = 5000  # rows per statement when a new graph is written

# Internal ids of nodes, seen by dump() only: FalkorDB seeks these without a scan.
_DUMP_NODES = ("MATCH (n) WHERE id(n) > $after WITH n ORDER BY id(n) LIMIT $page "
               "OPTIONAL MATCH (n)-[e]->(m) "
               "RETURN id(n) AS nid, labels(n) AS labels, properties(n) AS props, "
               "collect([type(e), m.{key}, labels(m), properties(e)]) AS out "
               "ORDER BY nid").format(key=KEY)
_LOOKUP = "UNWIND $ids AS i MATCH (n:{label} {{{key}: i}}) RETURN n.{key} AS id"
_LOOKUP_ANY = "UNWIND $ids AS i MATCH (n) WHERE n.{key} = i RETURN n.{key} AS id, labels(n) AS labels"
_COUNT_NODES = "MATCH (n) RETURN labels(n) AS labels, count(n) AS c"
_COUNT_RELS = "MATCH ()-[e]->() RETURN type(e) AS t, count(e) AS c"


# Stores still open when the interpreter exits (an uncaught exception, a forgotten close):
# save and stop the servers they started, rather than leave them running.
_OPEN: "weakref.WeakSet[EmbeddedStore]" = weakref.WeakSet()


@atexit.register
def _close_open_stores() -> None:
    for store in list(_OPEN):
        try:
            store.close()
        except Exception:  # noqa: BLE001 - exiting anyway; the next start reuses or restarts
            pass


# Control characters in an indexed key (id, name, aliases) are stored, but FalkorDB's index
# drops them, so an equality lookup would never find the node again.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _check_keys(batch: GraphBatch) -> None:
    for node in batch.nodes:
        for value in (node.id, node.name, *node.aliases):
            if isinstance(value, str) and _CONTROL.search(value):
                raise SchemaError("{}: node {} {!r}: id, name or alias {!r} holds a control "
                                  "character; remove it in the loader".format(
                                      batch.source, node.label, node.id, value))


def _check_value(where: str, value: Any) -> None:
    """Values FalkorDB's parameter encoding cannot carry: say so before anything is sent."""
    if isinstance(value, str) and "\x00" in value:
        raise SchemaError("{}: a text value contains a NUL character; remove it in the "
                          "loader".format(where))
    if isinstance(value, float) and not math.isfinite(value):
        raise SchemaError("{}: a number is {}, which a graph property cannot hold".format(
            where, value))
    if isinstance(value, list):
        for v in value:
            _check_value(where, v)
    if isinstance(value, dict):
        for v in value.values():
            _check_value(where, v)


def _check_encodable(batch: GraphBatch) -> None:
    for node in batch.nodes:
        where = "{}: node {} {!r}".format(batch.source, node.label, node.id)
        _check_value(where, [node.id, node.name, list(node.aliases)])
        _check_value(where, node.props)
    for edge in batch.edges:
        where = "{}: edge ({})-[:{}]->({})".format(batch.source, edge.src, edge.rel, edge.dst)
        _check_value(where, edge.props)


def map_error(exc: redis.ResponseError, cypher: str = "") -> StoreError:
    """FalkorDB's error text → the error type a caller can act on."""
    msg = str(exc)
    low = msg.lower()
    short = cypher.strip().splitlines()[0][:120] if cypher.strip() else ""
    if "read-only" in low or "ro_query" in low:
        return ReadOnlyViolation("the database refused a write on the read-only path ({}); "
                                 "reads cannot change the graph".format(msg))
    if "timed out" in low or "timeout" in low:
        return QueryTimeout("the query was stopped by the timeout ({}); narrow it or ask "
                            "for fewer rows".format(msg))
    return QueryError("the database rejected the query: {}{}".format(
        msg, " — in: " + short if short else ""))


class EmbeddedStore(GraphStore):
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
        if self.graph_name.encode() not in self._graph_keys():
            self.apply_schema()

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

    # -- schema ----------------------------------------------------------------------------
    def _apply_schema_to(self, name: str, *, ranges: bool = True, fulltext: bool = True) -> None:
        for statement in falkordb_statements(ranges=ranges, fulltext=fulltext):
            try:
                self._call(lambda: self._g(name).query(statement))
            except redis.ResponseError as exc:
                if not is_already_indexed(str(exc)):
                    raise map_error(exc, statement) from exc

    def apply_schema(self) -> None:
        self._apply_schema_to(self.graph_name)

    def _wait_for_indexes(self, name: str) -> None:
        """Until FalkorDB has finished building the indexes of graph `name` (it builds an index
        created over existing data in the background)."""
        deadline = time.monotonic() + INDEX_BUILD_S
        while True:
            res = self._call(lambda: self._g(name).ro_query(
                "CALL db.indexes() YIELD status RETURN status"))
            if not any("UNDER CONSTRUCTION" in str(row[0]) for row in res.result_set):
                return
            if time.monotonic() > deadline:
                raise StoreUnavailable("the full-text indexes of the new graph were not built "
                                       "within {:.0f} s; the previous graph is intact — run the "
                                       "build again".format(INDEX_BUILD_S))
            time.sleep(0.05)

    # -- writes ----------------------------------------------------------------------------
    def _known_ids(self, name: str, batch: GraphBatch) -> dict[str, str]:
        """Labels of the edge ends that this batch does not carry, as found in the store."""
        in_batch = {n.id for n in batch.nodes}
        wanted: dict[str, set[str]] = {}
        for edge in batch.edges:
            for end, label in ((edge.src, edge.src_label), (edge.dst, edge.dst_label)):
                if end not in in_batch:
                    wanted.setdefault(label, set()).add(end)
        known: dict[str, str] = {}
        missing: list[str] = []
        for label, ids in wanted.items():
            if label not in {lab.name for lab in LABELS}:
                continue  # validate() names the unknown label
            found = set()
            for chunk in _chunks(sorted(ids), self._page):
                res = self._call(lambda: self._g(name).ro_query(
                    _LOOKUP.format(label=label, key=KEY), {"ids": chunk}))
                found.update(row[0] for row in res.result_set)
            known.update({i: label for i in found})
            missing.extend(ids - found)
        # An end stored under another label: find it, so validate() can say which label.
        # Unindexed (no label), so only a few: enough for validate() to name the culprit.
        for chunk in _chunks(sorted(missing)[:MISSING_LOOKUPS], self._page):
            res = self._call(lambda: self._g(name).ro_query(_LOOKUP_ANY.format(key=KEY), {"ids": chunk}))
            known.update({row[0]: row[1][0] for row in res.result_set if row[1]})
        return known

    def _write_to(self, name: str, batch: GraphBatch) -> WriteResult:
        t0 = time.perf_counter()
        validate(batch, self._known_ids(name, batch))
        _check_keys(batch)
        try:
            self._apply_parts(name, plan(batch), batch.source)
        except QueryError:
            # A value the parameter encoding cannot carry makes the query fail to parse;
            # name the node or edge that holds it (checked only now: it costs a full pass).
            _check_encodable(batch)
            raise
        return WriteResult(nodes=len(batch.nodes), edges=len(batch.edges),
                           seconds=time.perf_counter() - t0)

    def _apply_parts(self, name: str, parts: list[Any], source: str) -> None:
        if not parts:
            return
        cypher, params = single_query(parts)
        try:
            self._call(lambda: self._g(name).query(cypher, params))
        except redis.ResponseError as exc:
            if "division by zero" in str(exc).lower():
                raise QueryError(
                    "{}: some edges point at nodes that are no longer in the store (deleted "
                    "while the batch was written); nothing of the batch was written — write it "
                    "again".format(source)) from exc
            raise QueryError("{}: the database rejected the batch, nothing of it was written: "
                             "{}".format(source, exc)) from exc

    def write(self, batch: GraphBatch) -> WriteResult:
        return self._write_to(self.graph_name, batch)

    def apply_change(self, change: GraphChange) -> WriteResult:
        """One query, so FalkorDB applies it whole or undoes it; under the build lock, so a
        rebuild cannot rename its staging graph over it midway."""
        t0 = time.perf_counter()
        parts = change_parts(change)
        with self.server.build_lock():
            self._apply_parts(self.graph_name, parts, "the change")
        return WriteResult(nodes=len(change.nodes), edges=len(change.edges),
                           seconds=time.perf_counter() - t0)

    def rebuild(self, batches: Iterable[GraphBatch]) -> WriteResult:
        with self.server.build_lock(), self._snapshots_paused():
            return self._rebuild(batches)

    @contextmanager
    def _snapshots_paused(self) -> Iterator[None]:
        """No background snapshot while a new graph is built: it would only save a half-built
        staging graph the build discards if the server dies, and FalkorDB 4.16 has written
        snapshots it cannot load again when one was taken while full-text indexes were being
        built. The build saves when it is done."""
        conn = self._conn()
        try:
            old = self._call(lambda: conn.config_get("save")).get("save", "")
            self._call(lambda: conn.config_set("save", ""))
        except redis.ResponseError:  # a server that does not let us: build as it is
            yield
            return
        try:
            yield
        finally:
            try:
                self._call(lambda: self._conn().config_set("save", old))
            except (redis.RedisError, StoreError):
                log.warning("could not restore the FalkorDB snapshot setting %r", old)

    def _rebuild(self, batches: Iterable[GraphBatch]) -> WriteResult:
        """Write the batches, merged so that every node and relationship is written once, into
        a staging graph; build its full-text indexes; switch it in with RENAME; save.

        Written once, no node is re-indexed: FalkorDB 4.16 has crashed re-indexing nodes
        written again and again in large builds (RediSearch's document table), and merging
        first also spares the database the repeated merges of aliases and sources. Each batch
        is still validated on its own, against the batches before it, as when written alone.
        """
        staging = self.graph_name + STAGING_SUFFIX
        restarts = self.restarts
        self._call(lambda: self._conn().delete(staging))  # left by a build that was killed
        self._apply_schema_to(staging, fulltext=False)
        t0 = time.perf_counter()
        try:
            merged = merge(_validated(batches))
            _check_keys(merged)
            self._write_chunked(staging, merged)
            self._apply_schema_to(staging, ranges=False)
            self._wait_for_indexes(staging)
            if self.restarts != restarts:
                # The staging graph came back from a save taken midway: it may miss
                # batches, so it must not replace the live graph.
                raise StoreUnavailable(
                    "the FalkorDB server died during the build and was restarted; the "
                    "previous graph is intact — run the build again")
        except BaseException:
            try:
                self._conn().delete(staging)
            except redis.RedisError:
                pass
            raise
        # RENAME replaces the live key in one step: readers see the old graph or the new.
        self._call(lambda: self._conn().rename(staging, self.graph_name))
        self._graphs.clear()
        self.save()
        return WriteResult(nodes=len(merged.nodes), edges=len(merged.edges),
                           seconds=time.perf_counter() - t0)

    def _write_chunked(self, name: str, batch: GraphBatch) -> None:
        for cypher, params, what, expected in fresh_statements(batch, WRITE_CHUNK):
            try:
                res = self._call(lambda: self._g(name).query(cypher, params))
            except redis.ResponseError as exc:
                _check_encodable(batch)
                raise QueryError("the database rejected the new graph ({}): {}".format(
                    what, exc)) from exc
            if res.result_set[0][0] != expected:
                raise QueryError("the new graph lost some ends of {} while it was written; "
                                 "nothing was switched in — build again".format(what))

    def save(self) -> None:
        """Write the data to dump.rdb now (a hard kill later loses nothing before this)."""
        try:
            self._call(lambda: self.server.save(self.port))
        except redis.ResponseError as exc:
            raise StoreUnavailable("could not save the graph to {} ({}); free disk space or "
                                   "fix the folder's permissions, then build again".format(
                                       self.data_dir, exc)) from exc

    # -- reads -----------------------------------------------------------------------------
    def read(self, cypher: str, params: dict[str, Any] | None = None, *,
             timeout_ms: int | None = None, limit: int | None = None) -> ReadResult:
        cap, timeout = self._read_bounds(cypher, params, timeout_ms, limit)
        t0 = time.perf_counter()
        try:
            res = self._call(lambda: self._graph.ro_query(cypher, params or None, timeout=timeout))
        except redis.ResponseError as exc:
            raise map_error(exc, cypher) from exc
        except (ValueError, TypeError) as exc:  # the client could not encode a parameter
            raise QueryError("bad parameter: {}".format(exc)) from exc
        columns = [h[1] if isinstance(h, (list, tuple)) else str(h) for h in res.header]
        raw = res.result_set
        rows = [{c: plain(v) for c, v in zip(columns, row)} for row in raw[:cap]]
        return ReadResult(columns=columns, rows=rows, truncated=len(raw) > cap,
                          seconds=time.perf_counter() - t0,
                          extra={"engine": self.engine, "timeout_ms": timeout, "limit": cap})

    def explain(self, cypher: str, params: dict[str, Any] | None = None) -> str:
        try:
            return str(self._call(lambda: self._graph.explain(cypher, params or None)))
        except redis.ResponseError as exc:
            raise map_error(exc, cypher) from exc

    def pages(self, size: int = DUMP_PAGE) -> Iterator[tuple[list[Node], list[Edge]]]:
        size = max(1, min(size, self._page))
        after = -1
        while True:
            res = self._call(lambda: self._graph.ro_query(_DUMP_NODES, {"after": after, "page": size}))
            rows = res.result_set
            nodes: list[Node] = []
            edges: list[Edge] = []
            for nid, labels, props, out in rows:
                label = labels[0] if labels else ""
                nodes.append(node_from_props(label, dict(props)))
                for rel, dst, dst_labels, eprops in out:
                    if rel is None:
                        continue
                    edges.append(Edge(rel, nodes[-1].id, dst, label,
                                      dst_labels[0] if dst_labels else "", dict(eprops)))
                after = nid
            if nodes:
                yield nodes, edges
            if len(rows) < size:
                return

    def stats(self) -> dict[str, Any]:
        nodes = {lab.name: 0 for lab in LABELS}
        rels = {rel.name: 0 for rel in RELATIONSHIPS}
        for labels, count in self._call(lambda: self._graph.ro_query(_COUNT_NODES)).result_set:
            key = labels[0] if labels else "(none)"
            nodes[key] = nodes.get(key, 0) + count
        for rel, count in self._call(lambda: self._graph.ro_query(_COUNT_RELS)).result_set:
            rels[rel] = rels.get(rel, 0) + count
        return {"engine": self.engine, "graph": self.graph_name, "nodes": nodes,
                "relationships": rels, "total_nodes": sum(nodes.values()),
                "total_relationships": sum(rels.values())}

    def clear(self) -> None:
        self._call(lambda: self._conn().delete(self.graph_name))
        self._graphs.clear()
        self.apply_schema()

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


def _validated(batches: Iterable[GraphBatch]) -> Iterator[GraphBatch]:
    """Each batch checked against the schema and the batches before it, as written alone."""
    known: dict[str, str] = {}
    for batch in batches:
        validate(batch, known)
        for node in batch.nodes:
            known[node.id] = node.label
        yield batch


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
