"""Turn engine-specific result values into plain JSON-ready Python, the same on both engines.

A node becomes its properties plus `_label`, a relationship its properties plus `_type`, a
path `{"nodes": […], "rels": […]}`. The derived search field is dropped: it is an index aid,
not data.
"""

from __future__ import annotations

from typing import Any

from ontology.batch import Node
from ontology.schema import ALIASES, KEY, NAME, SEARCH_FIELD


def node_dict(labels: list[str] | tuple[str, ...] | frozenset[str] | None,
              props: dict[str, Any]) -> dict[str, Any]:
    out = {k: plain(v) for k, v in props.items() if k != SEARCH_FIELD}
    out["_label"] = sorted(labels)[0] if labels else None
    return out


def rel_dict(rel_type: str | None, props: dict[str, Any]) -> dict[str, Any]:
    out = {k: plain(v) for k, v in props.items()}
    out["_type"] = rel_type
    return out


def plain(value: Any) -> Any:
    """Engine value → plain value (recursively), for either client library."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    cls = type(value).__module__ + "." + type(value).__name__
    if cls.startswith("falkordb."):
        name = type(value).__name__
        if name == "Node":
            return node_dict(value.labels, value.properties)
        if name == "Edge":
            return rel_dict(value.relation, value.properties)
        if name == "Path":
            return {"nodes": [plain(n) for n in value.nodes()],
                    "rels": [plain(e) for e in value.edges()]}
    if cls.startswith("neo4j."):
        name = type(value).__name__
        if name == "Node":
            return node_dict(value.labels, dict(value.items()))
        if name == "Path":
            return {"nodes": [plain(n) for n in value.nodes],
                    "rels": [plain(r) for r in value.relationships]}
        if hasattr(value, "type") and hasattr(value, "start_node"):
            return rel_dict(value.type, dict(value.items()))
        if hasattr(value, "iso_format"):
            return value.iso_format()
    return str(value)


def node_from_props(label: str, props: dict[str, Any]) -> Node:
    """A stored node's properties as a Node: key, name and aliases apart, the search field gone."""
    props = {k: plain(v) for k, v in props.items() if k != SEARCH_FIELD}
    return Node(label, props.pop(KEY, None), props.pop(NAME, ""), list(props.pop(ALIASES, None) or []),
                props)
