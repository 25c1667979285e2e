"""Which documents' batches a full build accepts, found without validating every item again.

A full build validates each document's batch in order (loaders/pipeline.assemble), with the
labels of the nodes of the batches before it. `ontology.batch.validate` checks each node and
relationship on its own (label, id, name, required and well-typed props, allowed ends,
sources) and then that ids keep one label and that relationship ends exist with theirs.

Here the first kind of check runs once per item: a text layer's items once per file result
(they do not change while the file does not), a node that resolution shares between many
batches once per change. The second kind runs for every item, as a dictionary look-up.
Whenever either finds a fault, `validate` itself is run on the whole batch, so the verdict
and the message are always validate's own. tests/test_collection_validity.py keeps the two
in agreement on every kind of fault.
"""

from __future__ import annotations

from typing import Any

from ontology.batch import Edge, GraphBatch, Node, SchemaError, validate
from ontology.schema import KEY, LABEL_BY_NAME, REL_BY_NAME, SOURCES

_SCALAR = (str, int, float, bool)


def _value_ok(value: Any) -> bool:
    if value is None or isinstance(value, _SCALAR):
        return True
    return isinstance(value, list) and all(isinstance(v, _SCALAR) for v in value)


def node_ok(node: Node) -> bool:
    """The checks validate() makes of a node on its own."""
    spec = LABEL_BY_NAME.get(node.label)
    if spec is None or not node.id or not isinstance(node.id, str):
        return False
    if not node.name or not node.name.strip():
        return False
    props = node.props
    for req in spec.required:
        if props.get(req) in (None, ""):
            return False
    return all(_value_ok(v) for v in props.values())


def edge_ok(edge: Edge) -> bool:
    """The checks validate() makes of a relationship on its own."""
    spec = REL_BY_NAME.get(edge.rel)
    if spec is None or (edge.src_label, edge.dst_label) not in spec.endpoints:
        return False
    props = edge.props
    if spec.needs_sources:
        sources = props.get(SOURCES)
        if not sources or not isinstance(sources, list):
            return False
    return all(_value_ok(v) for v in props.values())


class Checker:
    """Validates a sequence of batches with validate()'s verdicts. Text layers checked once
    are remembered by their key across changes."""

    def __init__(self) -> None:
        self._text_ok: set[str] = set()
        # Resolution's relationships found fit, by list identity (held, so that an id is not
        # reused): resolution hands the same list again to a document whose batch it kept.
        self._edges_ok: dict[int, list] = {}

    def run(self, parts: list[tuple[str, str, GraphBatch, GraphBatch]]
            ) -> list[SchemaError | None]:
        """For each (document id, text key, text layer, resolution's part): None if the
        batch is accepted, else validate()'s error. Accepted batches' ids are known to the
        batches after them, as in a full build."""
        known: dict[str, str] = {}
        shared: dict[int, bool] = {}
        verdicts: list[SchemaError | None] = []
        for doc_id, text_key, text, domain in parts:
            ok = self._items_ok(text_key, text, domain, shared)
            if ok:
                ok = _labels_ok(text, domain, known)
            error = None
            if not ok:
                merged = GraphBatch(doc_id, text.nodes + domain.nodes, text.edges + domain.edges)
                try:
                    validate(merged, known)
                except SchemaError as exc:
                    error = exc
            verdicts.append(error)
            if error is None:
                for node in text.nodes:
                    known[node.id] = node.label
                for node in domain.nodes:
                    known[node.id] = node.label
        return verdicts

    def _items_ok(self, text_key: str, text: GraphBatch, domain: GraphBatch,
                  shared: dict[int, bool]) -> bool:
        if text_key not in self._text_ok:
            if not (all(node_ok(n) for n in text.nodes) and all(edge_ok(e) for e in text.edges)):
                return False
            self._text_ok.add(text_key)
        for node in domain.nodes:
            ok = shared.get(id(node))
            if ok is None:
                ok = shared[id(node)] = node_ok(node)
            if not ok:
                return False
        edges = domain.edges
        if self._edges_ok.get(id(edges)) is not edges:
            if not all(edge_ok(e) for e in edges):
                return False
            self._edges_ok[id(edges)] = edges
        return True

    def forget(self, keep: set[str], domains: list[GraphBatch]) -> None:
        """Keep what the batches of the graph as it is now need."""
        self._text_ok &= keep
        self._edges_ok = {id(b.edges): b.edges for b in domains
                          if self._edges_ok.get(id(b.edges)) is b.edges}


def _labels_ok(text: GraphBatch, domain: GraphBatch, known: dict[str, str]) -> bool:
    """Ids keep one label, and every relationship's ends are nodes of this batch or of the
    batches before it, with the labels it names."""
    local: dict[str, str] = {}
    for nodes in (text.nodes, domain.nodes):
        for node in nodes:
            node_id = node.id
            prev = local.get(node_id)
            if prev is None:
                prev = known.get(node_id)
            if prev is not None and prev != node.label:
                return False
            local[node_id] = node.label
    for edges in (text.edges, domain.edges):
        for edge in edges:
            src = local.get(edge.src) or known.get(edge.src)
            dst = local.get(edge.dst) or known.get(edge.dst)
            if src != edge.src_label or dst != edge.dst_label:
                return False
    return True


assert KEY == "id"  # node.id is the key validate() checks
