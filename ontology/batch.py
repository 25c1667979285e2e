"""The typed batch that loaders hand to a graph store, and the check that it fits the schema.

A batch is one document's worth of nodes and edges: the unit that lands whole or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ontology.schema import (
    KEY,
    LABEL_BY_NAME,
    REL_BY_NAME,
    SOURCES,
)


@dataclass(slots=True)
class Node:
    label: str
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"type": "node", "label": self.label, "id": self.id, "name": self.name,
                "aliases": list(self.aliases), "props": dict(self.props)}


@dataclass(slots=True)
class Edge:
    rel: str
    src: str
    dst: str
    src_label: str
    dst_label: str
    props: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"type": "rel", "rel": self.rel, "from": self.src, "to": self.dst,
                "props": dict(self.props)}


@dataclass(slots=True)
class GraphBatch:
    """Nodes and edges of one document (or of the shared entities it introduces)."""

    source: str  # the document id or file this batch came from, for error messages
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


class SchemaError(ValueError):
    """A batch breaks the ontology. The message names the node or edge and what to fix."""


_SCALAR = (str, int, float, bool)


def _check_value(where: str, key: str, value: Any) -> None:
    if value is None or isinstance(value, _SCALAR):
        return
    if isinstance(value, list) and all(isinstance(v, _SCALAR) for v in value):
        return
    raise SchemaError(f"{where}: property {key!r} must be a string, number, boolean or a list "
                      f"of those, not {type(value).__name__}")


def validate(batch: GraphBatch, known_ids: dict[str, str] | None = None) -> None:
    """Reject a batch that breaks the schema, naming the first offending node or edge.

    `known_ids` maps ids already in the store to their labels, so an edge may point at a node
    written by an earlier batch.
    """
    labels_by_id: dict[str, str] = dict(known_ids or {})
    for node in batch.nodes:
        where = f"{batch.source}: node {node.label} {node.id!r} ({node.name})"
        spec = LABEL_BY_NAME.get(node.label)
        if spec is None:
            raise SchemaError(f"{where}: unknown label; the ontology has "
                              f"{', '.join(sorted(LABEL_BY_NAME))}")
        if not node.id or not isinstance(node.id, str):
            raise SchemaError(f"{where}: missing {KEY}")
        if not node.name or not node.name.strip():
            raise SchemaError(f"{where}: missing name")
        for req in spec.required:
            if node.props.get(req) in (None, ""):
                raise SchemaError(f"{where}: missing required property {req!r}")
        for key, value in node.props.items():
            _check_value(where, key, value)
        previous = labels_by_id.get(node.id)
        if previous is not None and previous != node.label:
            raise SchemaError(f"{where}: id already used by a {previous} node")
        labels_by_id[node.id] = node.label
    for edge in batch.edges:
        where = f"{batch.source}: edge ({edge.src})-[:{edge.rel}]->({edge.dst})"
        spec = REL_BY_NAME.get(edge.rel)
        if spec is None:
            raise SchemaError(f"{where}: unknown relationship type; the ontology has "
                              f"{', '.join(sorted(REL_BY_NAME))}")
        for end, label in ((edge.src, edge.src_label), (edge.dst, edge.dst_label)):
            actual = labels_by_id.get(end)
            if actual is None:
                raise SchemaError(f"{where}: endpoint {end!r} is not a node of this batch "
                                  "or of the store")
            if actual != label:
                raise SchemaError(f"{where}: endpoint {end!r} is a {actual}, not a {label}")
        if (edge.src_label, edge.dst_label) not in spec.endpoints:
            allowed = ", ".join(f"{a}->{b}" for a, b in spec.endpoints)
            raise SchemaError(f"{where}: {edge.src_label}->{edge.dst_label} is not allowed for "
                              f"{edge.rel}; allowed: {allowed}")
        if spec.needs_sources:
            sources = edge.props.get(SOURCES)
            if not sources or not isinstance(sources, list):
                raise SchemaError(f"{where}: a domain relationship needs {SOURCES!r}, the passage "
                                  "ids that state it")
        for key, value in edge.props.items():
            _check_value(where, key, value)
