"""Reading an EmbeddedStore: every read is GRAPH.RO_QUERY, so the database itself refuses a
write, under FalkorDB's per-query timeout and the row cap; the whole graph is read by internal
node id, which FalkorDB seeks without a scan."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import redis

from graph.embedded_connection import DUMP_PAGE, EmbeddedConnection
from graph.falkordb_checks import map_error
from graph.store import QueryError, ReadResult
from graph.values import node_from_props, plain
from ontology.batch import Edge, Node
from ontology.schema import KEY, LABELS, RELATIONSHIPS

# Internal ids of nodes, seen by dump() only: FalkorDB seeks these without a scan.
_DUMP_NODES = ("MATCH (n) WHERE id(n) > $after WITH n ORDER BY id(n) LIMIT $page "
               "OPTIONAL MATCH (n)-[e]->(m) "
               "RETURN id(n) AS nid, labels(n) AS labels, properties(n) AS props, "
               "collect([type(e), m.{key}, labels(m), properties(e)]) AS out "
               "ORDER BY nid").format(key=KEY)
_COUNT_NODES = "MATCH (n) RETURN labels(n) AS labels, count(n) AS c"
_COUNT_RELS = "MATCH ()-[e]->() RETURN type(e) AS t, count(e) AS c"


class EmbeddedReads(EmbeddedConnection):
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
