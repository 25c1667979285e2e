"""A change of the graph by exact values: the nodes and relationships to delete, and those to
set to a whole property map, written as ONE unit (one query on FalkorDB, one transaction on
Neo4j), so readers see the graph before the change or after it, never half of it.

Where a batch (write_plan.py) merges into what is there, a change says what must be there:
applying it twice leaves the same graph, so a change can be applied again after a crash, and
its inverse undoes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.write_plan import Part
from ontology.schema import KEY, LABEL_BY_NAME, REL_BY_NAME

NodeKey = tuple[str, str]  # (label, id)
EdgeKey = tuple[str, str, str, str, str]  # (type, source label, source id, target label, target id)

_DELETE_EDGES = ("UNWIND $$ROWS AS r MATCH (a:{src} {{{key}: r.src}})-[e:{rel}]->"
                 "(b:{dst} {{{key}: r.dst}}) DELETE e")
_DELETE_NODES = "UNWIND $$ROWS AS r MATCH (n:{label} {{{key}: r}}) DETACH DELETE n"
_SET_NODES = "UNWIND $$ROWS AS r MERGE (n:{label} {{{key}: r.id}}) SET n = r.props"
_SET_EDGES = ("UNWIND $$ROWS AS r MATCH (a:{src} {{{key}: r.src}}) MATCH (b:{dst} {{{key}: r.dst}}) "
              "MERGE (a)-[e:{rel}]->(b) SET e = r.props")


@dataclass
class GraphChange:
    """For each node or relationship touched: its whole property map afterwards (id, name,
    aliases and the search field included), or None to delete it."""

    nodes: dict[NodeKey, dict[str, Any] | None] = field(default_factory=dict)
    edges: dict[EdgeKey, dict[str, Any] | None] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.nodes or self.edges)

    def counts(self) -> dict[str, int]:
        return {"nodes_set": sum(v is not None for v in self.nodes.values()),
                "nodes_deleted": sum(v is None for v in self.nodes.values()),
                "edges_set": sum(v is not None for v in self.edges.values()),
                "edges_deleted": sum(v is None for v in self.edges.values())}


def _check_names(change: GraphChange) -> None:
    """Labels and types are formatted into the statement text: only the ontology's."""
    for label, _ in change.nodes:
        if label not in LABEL_BY_NAME:
            raise ValueError("unknown label {!r} in a graph change".format(label))
    for rel, src, _, dst, _ in change.edges:
        if rel not in REL_BY_NAME or src not in LABEL_BY_NAME or dst not in LABEL_BY_NAME:
            raise ValueError("unknown relationship {!r} ({}->{}) in a graph change".format(
                rel, src, dst))


def change_parts(change: GraphChange) -> list[Part]:
    """The statements of a change, in the order that keeps every step valid: relationships
    out, nodes out, nodes set, relationships set (their ends exist by then). The last kind is
    checked like a batch's edges: every row must find both ends, or nothing is written."""
    _check_names(change)
    gone_edges: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    set_edges: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for (rel, src_label, src, dst_label, dst), props in sorted(change.edges.items()):
        group = (rel, src_label, dst_label)
        if props is None:
            gone_edges.setdefault(group, []).append({"src": src, "dst": dst})
        else:
            set_edges.setdefault(group, []).append({"src": src, "dst": dst, "props": props})
    gone_nodes: dict[str, list[str]] = {}
    set_nodes: dict[str, list[dict[str, Any]]] = {}
    for (label, node_id), props in sorted(change.nodes.items()):
        if props is None:
            gone_nodes.setdefault(label, []).append(node_id)
        else:
            set_nodes.setdefault(label, []).append({"id": node_id, "props": props})
    parts: list[Part] = []
    for (rel, src, dst), rows in gone_edges.items():
        parts.append(Part("delete", "{} {}->{}".format(rel, src, dst),
                          _DELETE_EDGES.format(rel=rel, src=src, dst=dst, key=KEY), rows))
    for label, ids in gone_nodes.items():
        parts.append(Part("delete", label, _DELETE_NODES.format(label=label, key=KEY), ids))
    for label, rows in set_nodes.items():
        parts.append(Part("nodes", label, _SET_NODES.format(label=label, key=KEY), rows))
    for (rel, src, dst), rows in set_edges.items():
        parts.append(Part("edges", "{} {}->{}".format(rel, src, dst),
                          _SET_EDGES.format(rel=rel, src=src, dst=dst, key=KEY), rows))
    return parts
