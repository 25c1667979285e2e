"""The change that turns the graph of one sequence of document batches into the graph of
another, touching only the keys whose batches differ.

A full build writes every document's batch, in order, into an empty graph. Two builds that
differ by a document differ only at the nodes and relationships that some batch holds
differently (added, dropped or changed): every other key gets the same rows in the same order,
so it ends the same. For each such key the rows of the new sequence are folded in order
(graph/write_model.py) into the property map the store must hold; a key no batch holds any
more is deleted. The result equals a full build of the new sequence, whatever the batches
hold: it is computed from the batches, not from what today's extractors put in them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.change import EdgeKey, GraphChange, NodeKey
from graph.write_model import fold_edge, fold_node
from graph.write_plan import edge_row, node_row
from graph.write_plan import UNION_KEYS
from ontology.batch import Edge, GraphBatch, Node
from ontology.schema import ALIASES, SOURCES

assert set(UNION_KEYS) == {ALIASES, SOURCES}, "keyed() knows only these merged list props"


@dataclass(slots=True)
class DocBatch:
    """One document's batch as a build writes it: its text layer, which depends on its file
    alone (`text_key` names it: equal keys, equal text layers), then what resolution gave it."""

    doc_id: str
    file: str
    text_key: str
    text: GraphBatch
    domain: GraphBatch


@dataclass(slots=True)
class _Keyed:
    """A batch's items by key, in batch order, and the list props each statement merges."""

    nodes: dict[NodeKey, list[Node]] = field(default_factory=dict)
    edges: dict[EdgeKey, list[Edge]] = field(default_factory=dict)
    node_merged: dict[str, set[str]] = field(default_factory=dict)  # by label
    edge_merged: dict[tuple[str, str, str], set[str]] = field(default_factory=dict)


def node_key(node: Node) -> NodeKey:
    return (node.label, node.id)


def edge_key(edge: Edge) -> EdgeKey:
    return (edge.rel, edge.src_label, edge.src, edge.dst_label, edge.dst)


def keyed(batch: GraphBatch, edges_of: _Keyed | None = None) -> _Keyed:
    """`edges_of`: a keyed batch with the same list of relationships, whose keyed
    relationships this one shares."""
    out = _Keyed()
    nodes = out.nodes
    node_lists: dict[str, bool] = {}  # label → some row merges sources
    for node in batch.nodes:
        key = (node.label, node.id)
        have = nodes.get(key)
        if have is None:
            nodes[key] = [node]
        else:
            have.append(node)
        props = node.props
        if props and SOURCES in props and isinstance(props[SOURCES], list):
            node_lists[node.label] = True
        elif node.label not in node_lists:
            node_lists[node.label] = False
    # The list props each statement merges (write_plan.merged_keys over its rows): a node
    # statement always merges aliases, and sources when some row has a list of them.
    for label, lists in node_lists.items():
        out.node_merged[label] = {ALIASES, SOURCES} if lists else {ALIASES}
    if edges_of is not None:
        out.edges, out.edge_merged = edges_of.edges, edges_of.edge_merged
        return out
    edges = out.edges
    edge_lists: dict[tuple[str, str, str], set[str]] = {}
    for edge in batch.edges:
        key = (edge.rel, edge.src_label, edge.src, edge.dst_label, edge.dst)
        have = edges.get(key)
        if have is None:
            edges[key] = [edge]
        else:
            have.append(edge)
        group = (edge.rel, edge.src_label, edge.dst_label)
        merged = edge_lists.get(group)
        if merged is None:
            merged = edge_lists[group] = set()
        props = edge.props
        if props:
            for k in UNION_KEYS:
                if k in props and isinstance(props[k], list):
                    merged.add(k)
    out.edge_merged = edge_lists
    return out


class TextLayers:
    """Keyed text layers by text_key, built once per process: most documents keep theirs.
    Also the keyed resolution parts of the last change, which are the next change's old ones."""

    def __init__(self) -> None:
        self._keyed: dict[str, _Keyed] = {}
        self._keys: dict[str, frozenset] = {}
        self._domains: dict[int, tuple[GraphBatch, _Keyed]] = {}
        self._edges: dict[int, tuple[list[Edge], _Keyed]] = {}  # by relationship list

    def domain(self, batch: GraphBatch) -> _Keyed:
        got = self._domains.get(id(batch))
        if got is None or got[0] is not batch:
            # Resolution may hand a kept batch's relationships with new nodes.
            same = self._edges.get(id(batch.edges))
            got = self._domains[id(batch)] = (batch, keyed(
                batch, same[1] if same is not None and same[0] is batch.edges else None))
            self._edges[id(batch.edges)] = (batch.edges, got[1])
        return got[1]

    def keep_domains(self, batches: list[GraphBatch]) -> None:
        keep = {id(b) for b in batches}
        self._domains = {k: v for k, v in self._domains.items() if k in keep}
        edges = {id(b.edges) for b in batches}
        self._edges = {k: v for k, v in self._edges.items() if k in edges}

    def keyed(self, b: DocBatch) -> _Keyed:
        k = self._keyed.get(b.text_key)
        if k is None:
            k = self._keyed[b.text_key] = keyed(b.text)
        return k

    def keys(self, b: DocBatch) -> frozenset:
        k = self._keys.get(b.text_key)
        if k is None:
            t = self.keyed(b)
            k = self._keys[b.text_key] = frozenset(t.nodes) | frozenset(t.edges)
        return k

    def forget(self, keep: set[str]) -> None:
        for name in (self._keyed, self._keys):
            for key in [k for k in name if k not in keep]:
                del name[key]


def _same_nodes(a: list[Node] | None, b: list[Node] | None,
                memo: dict[tuple[int, int], bool]) -> bool:
    """Equal lists of nodes; a node shared by many batches is compared once."""
    if a is None or b is None:
        return a is b
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x is not y:
            pair = (id(x), id(y))
            same = memo.get(pair)
            if same is None:
                same = memo[pair] = x == y
            if not same:
                return False
    return True


def _touched(old: _Keyed, new: _Keyed, memo: dict[tuple[int, int], bool],
             nodes: set[NodeKey], edges: set[EdgeKey]) -> None:
    old_nodes, new_nodes = old.nodes, new.nodes
    for key in old_nodes.keys() | new_nodes.keys():
        if not _same_nodes(old_nodes.get(key), new_nodes.get(key), memo):
            nodes.add(key)
    old_edges, new_edges = old.edges, new.edges
    if old_edges is new_edges:  # the same relationships (TextLayers.domain shares them)
        _merged_nodes(old, new, nodes)
        return
    edges.update(old_edges.keys() ^ new_edges.keys())
    for key in old_edges.keys() & new_edges.keys():
        a, b = old_edges[key], new_edges[key]
        # The key holds every field but the props, so equal props mean equal edges.
        if len(a) != len(b) or (a[0].props != b[0].props if len(a) == 1 else a != b):
            edges.add(key)
    _merged_nodes(old, new, nodes)
    for group in old.edge_merged.keys() | new.edge_merged.keys():
        if old.edge_merged.get(group) != new.edge_merged.get(group):
            edges.update(k for k in (*old.edges, *new.edges) if (k[0], k[1], k[3]) == group)


def _merged_nodes(old: _Keyed, new: _Keyed, nodes: set[NodeKey]) -> None:
    """A statement that starts or stops merging a list prop changes every row it writes."""
    for label in old.node_merged.keys() | new.node_merged.keys():
        if old.node_merged.get(label) != new.node_merged.get(label):
            nodes.update(k for k in (*old.nodes, *new.nodes) if k[0] == label)


def change_between(old: list[DocBatch], new: list[DocBatch],
                   layers: TextLayers | None = None) -> GraphChange:
    """The change from the graph a full build of `old` gives to the one `new` gives."""
    layers = layers or TextLayers()
    memo: dict[tuple[int, int], bool] = {}
    nodes: set[NodeKey] = set()
    edges: set[EdgeKey] = set()
    old_by_doc = {b.doc_id: b for b in old}
    new_docs = {b.doc_id for b in new}
    if [b.doc_id for b in old if b.doc_id in new_docs] != \
            [b.doc_id for b in new if b.doc_id in old_by_doc] or \
            len(old_by_doc) != len(old) or len(new_docs) != len(new):
        old_by_doc = {}  # documents kept changed their order: every key is rewritten
    domains: list[_Keyed] = []
    for b in new:
        dom = layers.domain(b.domain)
        domains.append(dom)
        was = old_by_doc.get(b.doc_id)
        if was is not None and was.text_key == b.text_key:
            if was.domain is not b.domain:  # resolution kept the batch itself: no key differs
                _touched(layers.domain(was.domain), dom, memo, nodes, edges)
            continue
        for part in (layers.keyed(b), dom):
            nodes.update(part.nodes)
            edges.update(part.edges)
        if was is not None:
            for part in (layers.keyed(was), layers.domain(was.domain)):
                nodes.update(part.nodes)
                edges.update(part.edges)
    for b in old:
        if b.doc_id not in new_docs or not old_by_doc:
            for part in (layers.keyed(b), layers.domain(b.domain)):
                nodes.update(part.nodes)
                edges.update(part.edges)
    return GraphChange(nodes=_fold_nodes(new, domains, layers, nodes),
                       edges=_fold_edges(new, domains, layers, edges))


def _fold_nodes(new: list[DocBatch], domains: list[_Keyed], layers: TextLayers,
                wanted: set[NodeKey]) -> dict[NodeKey, dict[str, Any] | None]:
    state: dict[NodeKey, dict[str, Any] | None] = dict.fromkeys(wanted)
    last: dict[NodeKey, tuple[int, frozenset]] = {}
    rows: dict[int, tuple[Node, dict[str, Any]]] = {}
    if not wanted:
        return state
    for b, dom in zip(new, domains):
        text_hits = wanted & layers.keys(b)
        parts = [layers.keyed(b), dom]
        merged_by_label: dict[str, frozenset] = {}
        for part in parts:
            hits = wanted.intersection(part.nodes) if part is dom else text_hits
            for key in hits:
                for item in part.nodes.get(key, ()):
                    label = key[0]
                    merged = merged_by_label.get(label)
                    if merged is None:
                        merged = frozenset().union(*(p.node_merged.get(label, ()) for p in parts))
                        merged_by_label[label] = merged
                    if last.get(key) == (id(item), merged):
                        continue  # the same row again, straight after itself: no change
                    cached = rows.get(id(item))
                    if cached is None:
                        cached = rows[id(item)] = (item, node_row(item))
                    state[key] = fold_node(state[key], cached[1], merged)
                    last[key] = (id(item), merged)
    return state


def _fold_edges(new: list[DocBatch], domains: list[_Keyed], layers: TextLayers,
                wanted: set[EdgeKey]) -> dict[EdgeKey, dict[str, Any] | None]:
    state: dict[EdgeKey, dict[str, Any] | None] = dict.fromkeys(wanted)
    last: dict[EdgeKey, tuple[int, frozenset]] = {}
    if not wanted:
        return state
    for b, dom in zip(new, domains):
        text_hits = wanted & layers.keys(b)
        parts = [layers.keyed(b), dom]
        merged_by_group: dict[tuple[str, str, str], frozenset] = {}
        for part in parts:
            hits = wanted.intersection(part.edges) if part is dom else text_hits
            for key in hits:
                for item in part.edges.get(key, ()):
                    group = (key[0], key[1], key[3])
                    merged = merged_by_group.get(group)
                    if merged is None:
                        merged = frozenset().union(*(p.edge_merged.get(group, ())
                                                     for p in parts))
                        merged_by_group[group] = merged
                    if last.get(key) == (id(item), merged):
                        continue
                    state[key] = fold_edge(state[key], edge_row(item), merged)
                    last[key] = (id(item), merged)
    return state
