"""Neo4jStore: the GraphStore on Neo4j 5.26+ through the official driver.

- reads run in READ access-mode transactions, so Neo4j itself refuses a write there, with a
  transaction timeout (never more than Settings.query_timeout_ms); the row cap is kept by
  pulling at most cap + 1 records from the stream and discarding the rest;
- a batch is one write transaction: validation, then the same UNWIND … MERGE statements as
  the embedded store (graph/write_plan.py); any failure rolls the whole batch back;
- rebuild deletes and rewrites inside ONE transaction: readers keep seeing the committed old
  graph until the commit, and a crash before the commit leaves it untouched.
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit
from collections.abc import Iterable, Iterator
from typing import Any

from neo4j import READ_ACCESS, WRITE_ACCESS, GraphDatabase, ManagedTransaction, unit_of_work
from neo4j import exceptions as neo4j_errors

from graph.ddl import neo4j_statements
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
from graph.change import GraphChange, change_parts
from graph.values import node_from_props, plain
from graph.write_plan import outside_ends, plan, statements
from ontology.batch import Edge, GraphBatch, Node, validate
from ontology.schema import ALIASES, KEY, LABELS, NAME, RELATIONSHIPS, SEARCH_FIELD
from policykg.settings import Settings, get_settings

_LOOKUP = "UNWIND $ids AS i MATCH (n:{label} {{{key}: i}}) RETURN n.{key} AS id"
_LOOKUP_ANY = ("UNWIND $ids AS i MATCH (n) WHERE n.{key} = i "
               "RETURN n.{key} AS id, labels(n) AS labels")
_ALL_NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
_ALL_RELS = ("MATCH (a)-[e]->(b) RETURN type(e) AS rel, a.{key} AS src, labels(a) AS src_labels, "
             "b.{key} AS dst, labels(b) AS dst_labels, properties(e) AS props").format(key=KEY)
_NODES_WITH_EDGES = ("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props, "
                     "[(n)-[e]->(m) | [type(e), m.{key}, labels(m), properties(e)]] AS out").format(key=KEY)
_COUNT_NODES = "MATCH (n) RETURN labels(n) AS labels, count(n) AS c"
_COUNT_RELS = "MATCH ()-[e]->() RETURN type(e) AS t, count(e) AS c"
_DELETE_ALL = "MATCH (n) DETACH DELETE n"
# Bolt only: the driver's HTTP mode is a preview needing extra packages, and reads there
# lack the access-mode guarantees this store relies on.
_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def map_error(exc: Exception, cypher: str = "") -> StoreError:
    """Neo4j's error → the error type a caller can act on."""
    if isinstance(exc, (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired)):
        return StoreUnavailable("Neo4j is not reachable ({}); start it (`docker compose up "
                                "neo4j`) and check NEO4J_URI".format(exc))
    code = getattr(exc, "code", "") or ""
    msg = getattr(exc, "message", None) or str(exc)
    low = (code + " " + msg).lower()
    if "accessmode" in low or "write operations are not allowed" in low \
            or "read access mode" in low:
        return ReadOnlyViolation("the database refused a write on the read-only path ({}); "
                                 "reads cannot change the graph".format(msg))
    if "timedout" in low or "timed out" in low or "terminated" in low:
        return QueryTimeout("the query was stopped by the timeout ({}); narrow it or ask "
                            "for fewer rows".format(msg))
    short = cypher.strip().splitlines()[0][:120] if cypher.strip() else ""
    return QueryError("the database rejected the query: {}{}".format(
        msg, " — in: " + short if short else ""))


class Neo4jStore(GraphStore):
    engine = "neo4j"

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        s = self.settings
        if not s.neo4j_uri or not s.neo4j_password:
            raise StoreUnavailable("the Neo4j store needs NEO4J_URI and NEO4J_PASSWORD set")
        self.database = s.neo4j_database
        self.row_cap = max(1, int(s.row_cap))
        self.timeout_ms = max(1, int(s.query_timeout_ms))
        scheme = urlsplit(s.neo4j_uri).scheme
        if scheme not in _SCHEMES:
            raise StoreUnavailable("NEO4J_URI {!r} is not a bolt address; use e.g. "
                                   "bolt://localhost:7687 or neo4j://host:7687 (schemes: {})"
                                   .format(s.neo4j_uri, ", ".join(_SCHEMES)))
        try:
            self.driver = GraphDatabase.driver(s.neo4j_uri,
                                               auth=(s.neo4j_user, s.neo4j_password),
                                               connection_timeout=10)
        except (neo4j_errors.DriverError, ValueError) as exc:
            raise StoreUnavailable("NEO4J_URI {!r} is not a Neo4j address ({}); use e.g. "
                                   "bolt://localhost:7687 or neo4j://host:7687".format(
                                       s.neo4j_uri, exc)) from exc
        try:
            self.driver.verify_connectivity()
        except neo4j_errors.AuthError as exc:
            self.driver.close()
            raise StoreUnavailable("Neo4j at {} refused the login for user {!r}; check "
                                   "NEO4J_USER and NEO4J_PASSWORD".format(
                                       s.neo4j_uri, s.neo4j_user)) from exc
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError, OSError, ValueError) as exc:
            self.driver.close()
            raise StoreUnavailable("cannot reach Neo4j at {} ({}); start it with "
                                   "`docker compose up neo4j` or fix NEO4J_URI".format(
                                       s.neo4j_uri, exc)) from exc

    def _session(self, mode: str) -> Any:
        return self.driver.session(database=self.database, default_access_mode=mode)

    # -- schema ----------------------------------------------------------------------------
    def apply_schema(self) -> None:
        with self._session(WRITE_ACCESS) as session:
            for statement in neo4j_statements():
                try:
                    session.run(statement).consume()
                except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
                    raise map_error(exc, statement) from exc

    # -- writes ----------------------------------------------------------------------------
    @staticmethod
    def _known_ids(tx: ManagedTransaction, batch: GraphBatch) -> dict[str, str]:
        wanted = outside_ends(batch)
        known: dict[str, str] = {}
        missing: list[str] = []
        names = {lab.name for lab in LABELS}
        for label, ids in wanted.items():
            if label not in names:
                continue
            found = {r["id"] for r in tx.run(_LOOKUP.format(label=label, key=KEY),
                                             ids=sorted(ids))}
            known.update({i: label for i in found})
            missing.extend(ids - found)
        if missing:
            # Unindexed (no label), so only a few: enough for validate() to name the culprit.
            for r in tx.run(_LOOKUP_ANY.format(key=KEY), ids=sorted(missing)[:20]):
                if r["labels"]:
                    known[r["id"]] = sorted(r["labels"])[0]
        return known

    def _write_in(self, tx: ManagedTransaction, batch: GraphBatch) -> None:
        validate(batch, self._known_ids(tx, batch))
        for cypher, params, part in statements(plan(batch)):
            count = tx.run(cypher, params).single()["c"]
            if part.kind == "edges" and count != len(part.rows):
                raise QueryError(
                    "{}: {} of {} {} edges found both ends; the batch was rolled back — "
                    "write it again".format(batch.source, count, len(part.rows), part.what))

    def write(self, batch: GraphBatch) -> WriteResult:
        t0 = time.perf_counter()
        try:
            with self._session(WRITE_ACCESS) as session:
                session.execute_write(self._write_in, batch)
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
            raise self._batch_error(exc, batch.source) from exc
        return WriteResult(len(batch.nodes), len(batch.edges), time.perf_counter() - t0)

    @staticmethod
    def _batch_error(exc: Exception, source: str) -> StoreError:
        mapped = map_error(exc)
        if isinstance(mapped, QueryError):
            return QueryError("{}: the database rejected the batch, nothing of it was written: "
                              "{}".format(source, getattr(exc, "message", None) or exc))
        return mapped

    def apply_change(self, change: GraphChange) -> WriteResult:
        t0 = time.perf_counter()

        def work(tx: ManagedTransaction) -> None:
            for cypher, params, part in statements(change_parts(change)):
                count = tx.run(cypher, params).single()["c"]
                if part.kind == "edges" and count != len(part.rows):
                    raise QueryError("the change: {} of {} {} edges found both ends; nothing "
                                     "was written".format(count, len(part.rows), part.what))

        try:
            with self._session(WRITE_ACCESS) as session:
                session.execute_write(work)
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
            raise self._batch_error(exc, "the change") from exc
        return WriteResult(len(change.nodes), len(change.edges), time.perf_counter() - t0)

    def rebuild(self, batches: Iterable[GraphBatch]) -> WriteResult:
        total = WriteResult()
        t0 = time.perf_counter()
        source = "rebuild"
        try:
            with self._session(WRITE_ACCESS) as session:
                with session.begin_transaction() as tx:
                    tx.run(_DELETE_ALL).consume()
                    for batch in batches:
                        source = batch.source
                        self._write_in(tx, batch)  # type: ignore[arg-type]
                        total.nodes += len(batch.nodes)
                        total.edges += len(batch.edges)
                    tx.commit()
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
            raise self._batch_error(exc, source) from exc
        total.seconds = time.perf_counter() - t0
        return total

    # -- reads -----------------------------------------------------------------------------
    def read(self, cypher: str, params: dict[str, Any] | None = None, *,
             timeout_ms: int | None = None, limit: int | None = None) -> ReadResult:
        cap, timeout = self._read_bounds(cypher, params, timeout_ms, limit)

        @unit_of_work(timeout=timeout / 1000.0)
        def work(tx: ManagedTransaction) -> tuple[list[str], list[Any]]:
            result = tx.run(cypher, params or {})
            keys = list(result.keys())
            records = []
            for record in result:
                records.append(record)
                if len(records) > cap:
                    break
            result.consume()  # discard the rest of the stream at the server
            return keys, records

        t0 = time.perf_counter()
        try:
            with self._session(READ_ACCESS) as session:
                keys, records = session.execute_read(work)
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
            raise map_error(exc, cypher) from exc
        except (TypeError, ValueError) as exc:
            raise QueryError("bad parameter: {}".format(exc)) from exc
        rows = [{k: plain(r[k]) for k in keys} for r in records[:cap]]
        return ReadResult(columns=keys, rows=rows, truncated=len(records) > cap,
                          seconds=time.perf_counter() - t0,
                          extra={"engine": self.engine, "timeout_ms": timeout, "limit": cap})

    def explain(self, cypher: str, params: dict[str, Any] | None = None) -> str:
        """Neo4j's plan, one operator per line, indented by depth (AllNodesScan, NodeByLabelScan
        and NodeIndexSeek name what each step reads)."""
        def lines(op: dict, depth: int) -> list[str]:
            args = op.get("args") or {}
            out = ["    " * depth + str(op.get("operatorType", "")).split("@")[0] + " | "
                   + str(args.get("Details", ""))]
            for child in op.get("children") or []:
                out += lines(child, depth + 1)
            return out

        try:
            with self._session(READ_ACCESS) as session:
                summary = session.run("EXPLAIN " + cypher, params or {}).consume()
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
            raise map_error(exc, cypher) from exc
        return "\n".join(lines(summary.plan or {}, 0))

    def _stream(self, cypher: str) -> list[Any]:
        try:
            with self._session(READ_ACCESS) as session:
                return list(session.run(cypher))
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
            raise map_error(exc, cypher) from exc

    def pages(self, size: int = 1000) -> Iterator[tuple[list[Node], list[Edge]]]:
        """One streamed read: the driver fetches records in batches as they are consumed."""
        try:
            with self._session(READ_ACCESS) as session:
                nodes: list[Node] = []
                edges: list[Edge] = []
                for r in session.run(_NODES_WITH_EDGES):
                    label = sorted(r["labels"])[0] if r["labels"] else ""
                    node = node_from_props(label, dict(r["props"]))
                    nodes.append(node)
                    for rel, dst, dst_labels, eprops in r["out"]:
                        edges.append(Edge(rel, node.id, dst, label,
                                          sorted(dst_labels)[0] if dst_labels else "",
                                          {k: plain(v) for k, v in dict(eprops).items()}))
                    if len(nodes) >= size:
                        yield nodes, edges
                        nodes, edges = [], []
                if nodes:
                    yield nodes, edges
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
            raise map_error(exc, _NODES_WITH_EDGES) from exc

    def dump(self) -> tuple[list[Node], list[Edge]]:
        nodes: list[Node] = []
        for r in self._stream(_ALL_NODES):
            props = dict(r["props"])
            node_id = props.pop(KEY, None)
            name = props.pop(NAME, "")
            aliases = list(props.pop(ALIASES, None) or [])
            props.pop(SEARCH_FIELD, None)
            label = sorted(r["labels"])[0] if r["labels"] else ""
            nodes.append(Node(label, node_id, name, aliases, {k: plain(v) for k, v in props.items()}))
        edges = [Edge(r["rel"], r["src"], r["dst"],
                      sorted(r["src_labels"])[0] if r["src_labels"] else "",
                      sorted(r["dst_labels"])[0] if r["dst_labels"] else "",
                      {k: plain(v) for k, v in dict(r["props"]).items()})
                 for r in self._stream(_ALL_RELS)]
        return nodes, edges

    def stats(self) -> dict[str, Any]:
        nodes = {lab.name: 0 for lab in LABELS}
        rels = {rel.name: 0 for rel in RELATIONSHIPS}
        for r in self._stream(_COUNT_NODES):
            key = sorted(r["labels"])[0] if r["labels"] else "(none)"
            nodes[key] = nodes.get(key, 0) + r["c"]
        for r in self._stream(_COUNT_RELS):
            rels[r["t"]] = rels.get(r["t"], 0) + r["c"]
        return {"engine": self.engine, "graph": self.database, "nodes": nodes,
                "relationships": rels, "total_nodes": sum(nodes.values()),
                "total_relationships": sum(rels.values())}

    def health(self) -> dict[str, Any]:
        try:
            self.driver.verify_connectivity()
            ok, error = True, None
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError, OSError) as exc:
            ok, error = False, str(exc)
        return {"engine": self.engine, "ok": ok, "error": error,
                "uri": self.settings.neo4j_uri, "database": self.database,
                "restarts": 0, "last_restart": None}

    def save(self) -> None:
        """Neo4j makes every commit durable; nothing to do."""

    def clear(self) -> None:
        try:
            with self._session(WRITE_ACCESS) as session:
                session.run(_DELETE_ALL).consume()
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
            raise map_error(exc, _DELETE_ALL) from exc

    def close(self) -> None:
        self.driver.close()
