"""Writing an EmbeddedStore: one batch or one change as ONE query, which FalkorDB applies whole
or undoes; a whole new graph into a staging key, switched in with RENAME so that readers see
the old graph or the new, never half of one."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import redis

from graph.change import GraphChange, change_parts
from graph.ddl import falkordb_statements, is_already_indexed
from graph.embedded_connection import EmbeddedConnection
from graph.falkordb_checks import _check_encodable, _check_keys, map_error
from graph.store import QueryError, StoreError, StoreUnavailable, WriteResult
from graph.write_plan import fresh_statements, merge, outside_ends, plan, single_query
from ontology.batch import GraphBatch, validate
from ontology.schema import KEY, LABELS

log = logging.getLogger("policykg.graph")

STAGING_SUFFIX = "__staging"
MISSING_LOOKUPS = 20  # edge ends not found under their label, looked up under any label
INDEX_BUILD_S = 600.0  # building the full-text indexes of a new graph
WRITE_CHUNK = 5000  # rows per statement when a new graph is written

_LOOKUP = "UNWIND $ids AS i MATCH (n:{label} {{{key}: i}}) RETURN n.{key} AS id"
_LOOKUP_ANY = "UNWIND $ids AS i MATCH (n) WHERE n.{key} = i RETURN n.{key} AS id, labels(n) AS labels"


class EmbeddedWrites(EmbeddedConnection):
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
        wanted = outside_ends(batch)
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

    def clear(self) -> None:
        self._call(lambda: self._conn().delete(self.graph_name))
        self._graphs.clear()
        self.apply_schema()


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
