"""The statements that write one batch: batched `UNWIND … MERGE`, one per label and one per
(relationship, source label, target label), shared by both engines.

Labels and types are taken from the validated batch (so from the ontology) and formatted into
the text; every value travels as a parameter. List properties in UNION_KEYS are merged, not
replaced: a later document adds aliases and sources, it never drops earlier ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from graph.bigrams import search_tokens
from graph.ddl import SEARCH_SOURCES, SEARCHABLE_LABELS
from ontology.batch import Edge, GraphBatch, Node
from ontology.schema import ALIASES, KEY, NAME, SEARCH_FIELD, SOURCES

UNION_KEYS: tuple[str, ...] = (ALIASES, SOURCES)
_ROWS = "$$ROWS"

_UNION_SET = ("SET {var}.{key} = coalesce({var}.{key}, []) + "
              "[x IN coalesce(r.{key}, []) WHERE NOT x IN coalesce({var}.{key}, [])]")
# The search field is a space-separated token string (what full-text indexes take); new
# tokens are appended only when absent, so writing the same batch twice changes nothing.
_SEARCH_SET = ("SET n.{field} = CASE WHEN n.{field} IS NULL OR n.{field} = '' "
               "THEN r.{field} ELSE trim(n.{field} + reduce(s = '', t IN split(r.{field}, ' ') | "
               "CASE WHEN t IN split(n.{field}, ' ') THEN s ELSE s + ' ' + t END)) END")
# Nodes that one document writes (their ids carry the document's) are written with one SET of
# all their properties: merging lists and the search field is for names that several documents
# add aliases to, and FalkorDB 4.16 has crashed both evaluating that merge on long passage
# texts and re-indexing full-text fields set several times in a large batch.
_ONE_DOCUMENT = ("Section", "Passage", "Target")
_OWN_NODE = "UNWIND $$ROWS AS r MERGE (n:{label} {{{key}: r.id}}) SET n += r.all"
_NODE = "UNWIND $$ROWS AS r MERGE (n:{label} {{{key}: r.id}}) SET n.{name} = r.name SET n += r.props"
_EDGE = ("UNWIND $$ROWS AS r MATCH (a:{src} {{{key}: r.src}}) MATCH (b:{dst} {{{key}: r.dst}}) "
         "MERGE (a)-[e:{rel}]->(b) SET e += r.props")


@dataclass
class Part:
    """One UNWIND statement of a batch, with its rows."""

    kind: str  # "nodes" or "edges"
    what: str  # the label, or "REL Src->Dst", for messages
    body: str  # the statement; its rows parameter is written _ROWS until named
    rows: list[dict[str, Any]] = field(default_factory=list)


def _split_props(props: dict[str, Any]) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    plain: dict[str, Any] = {}
    unions: dict[str, list[Any]] = {}
    for key, value in props.items():
        if key in UNION_KEYS and isinstance(value, list):
            unions[key] = list(dict.fromkeys(value))
        elif key not in (KEY, NAME, SEARCH_FIELD):
            plain[key] = value
    return plain, unions


def node_row(node: Node) -> dict[str, Any]:
    """The row a node is written with: name, plain props, list props to merge, search field."""
    plain, unions = _split_props(node.props)
    unions[ALIASES] = list(dict.fromkeys([*node.aliases, *unions.get(ALIASES, [])]))
    row: dict[str, Any] = {"id": node.id, "name": node.name, "props": plain, **unions}
    if node.label in SEARCHABLE_LABELS:
        extra = [node.props.get(k) for k in SEARCH_SOURCES.get(node.label, ())]
        row[SEARCH_FIELD] = " ".join(search_tokens([node.name, *unions[ALIASES],
                                                    *(t for t in extra if isinstance(t, str))]))
    return row


def edge_row(edge: Edge) -> dict[str, Any]:
    plain, unions = _split_props(edge.props)
    return {"src": edge.src, "dst": edge.dst, "props": plain, **unions}


def merged_keys(props: dict[str, Any], node: bool) -> set[str]:
    """The list properties a row of these props merges (a node always merges its aliases).
    A statement merges the union of its rows' keys into every row it writes."""
    keys = {k for k in UNION_KEYS if isinstance(props.get(k), list)}
    if node:
        keys.add(ALIASES)
    return keys


def _whole(row: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """A row whose properties are set with one SET: everything but its keys in one map."""
    return {**{k: row[k] for k in keys},
            "all": {**{k: v for k, v in row.items() if k not in (*keys, "props") and v is not None},
                    **row["props"]}}


def plan(batch: GraphBatch) -> list[Part]:
    """Group a (validated) batch into statements; nodes first so edges find their ends."""
    parts: list[Part] = []
    by_label: dict[str, list[dict[str, Any]]] = {}
    union_keys: dict[str, set[str]] = {}
    for node in batch.nodes:
        by_label.setdefault(node.label, []).append(node_row(node))
        union_keys.setdefault(node.label, set()).update(merged_keys(node.props, True))
    for label, rows in by_label.items():
        if label in _ONE_DOCUMENT:
            parts.append(Part("nodes", label, _OWN_NODE.format(label=label, key=KEY),
                              [_whole(r, ("id",)) for r in rows]))
            continue
        sets = [_UNION_SET.format(var="n", key=k) for k in sorted(union_keys[label])]
        if label in SEARCHABLE_LABELS:
            sets.append(_SEARCH_SET.format(field=SEARCH_FIELD))
        body = " ".join([_NODE.format(label=label, key=KEY, name=NAME), *sets])
        parts.append(Part("nodes", label, body, rows))

    by_group: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    edge_unions: dict[tuple[str, str, str], set[str]] = {}
    for edge in batch.edges:
        group = (edge.rel, edge.src_label, edge.dst_label)
        by_group.setdefault(group, []).append(edge_row(edge))
        edge_unions.setdefault(group, set()).update(merged_keys(edge.props, False))
    for (rel, src, dst), rows in by_group.items():
        sets = [_UNION_SET.format(var="e", key=k) for k in sorted(edge_unions[(rel, src, dst)])]
        body = " ".join([_EDGE.format(src=src, dst=dst, key=KEY, rel=rel), *sets])
        parts.append(Part("edges", "{} {}->{}".format(rel, src, dst), body, rows))
    return parts


def outside_ends(batch: GraphBatch) -> dict[str, set[str]]:
    """The edge ends a batch points at but does not carry, by the label its edges give them:
    each store looks them up before validating the batch, which then names an end missing
    from the store or stored under another label."""
    in_batch = {n.id for n in batch.nodes}
    wanted: dict[str, set[str]] = {}
    for edge in batch.edges:
        for end, label in ((edge.src, edge.src_label), (edge.dst, edge.dst_label)):
            if end not in in_batch:
                wanted.setdefault(label, set()).add(end)
    return wanted


def fresh_statements(batch: GraphBatch, size: int) -> Iterator[tuple[str, dict[str, Any], str, int]]:
    """A (merged) batch written into an empty graph: statements of at most `size` rows, each
    returning its row count, with what it writes and the count it must return (an edge whose
    end is missing is not counted). Every node and relationship is new, so each is written
    with one SET of all its properties; rows are made a statement at a time, so the write
    holds one statement's rows, whatever the size of the graph."""
    by_label: dict[str, list[Node]] = {}
    for node in batch.nodes:
        by_label.setdefault(node.label, []).append(node)
    for label, nodes in by_label.items():
        body = _OWN_NODE.format(label=label, key=KEY).replace(_ROWS, "$rows") + " RETURN count(*) AS c"
        for i in range(0, len(nodes), size):
            rows = [_whole(node_row(n), ("id",)) for n in nodes[i:i + size]]
            yield body, {"rows": rows}, label, len(rows)
    by_group: dict[tuple[str, str, str], list[Edge]] = {}
    for edge in batch.edges:
        by_group.setdefault((edge.rel, edge.src_label, edge.dst_label), []).append(edge)
    for (rel, src, dst), edges in by_group.items():
        body = _EDGE.format(src=src, dst=dst, key=KEY, rel=rel).replace(
            _ROWS, "$rows") + " RETURN count(*) AS c"
        for i in range(0, len(edges), size):
            rows = [_whole(edge_row(e), ("src", "dst")) for e in edges[i:i + size]]
            for r in rows:
                r["props"] = r.pop("all")
            yield body, {"rows": rows}, "{} {}->{}".format(rel, src, dst), len(rows)


def _union(into: dict[str, Any], props: dict[str, Any]) -> None:
    """Props of a later batch onto a node's or edge's: lists of UNION_KEYS grow (each value
    once, in order), every other property takes the later value, as the UNWIND statements do."""
    for key, value in props.items():
        if key in UNION_KEYS and isinstance(value, list):
            old = into.get(key)
            into[key] = list(dict.fromkeys([*(old if isinstance(old, list) else []), *value]))
        else:
            into[key] = value


def merge(batches: Iterable[GraphBatch], source: str = "(all documents)") -> GraphBatch:
    """Validated batches as one batch in which every node and relationship occurs once, as the
    graph holds it after writing them one after the other; the first occurrence keeps its place.

    A new graph is written from this: each node once, so no node is written, and re-indexed,
    again (see EmbeddedStore.rebuild)."""
    nodes: dict[str, Node] = {}
    edges: dict[tuple[str, str, str], Edge] = {}
    for batch in batches:
        for node in batch.nodes:
            have = nodes.get(node.id)
            if have is None:
                nodes[node.id] = Node(node.label, node.id, node.name, list(node.aliases), {})
                _union(nodes[node.id].props, node.props)
                continue
            have.name = node.name
            have.aliases = list(dict.fromkeys([*have.aliases, *node.aliases]))
            _union(have.props, node.props)
        for edge in batch.edges:
            key = (edge.rel, edge.src, edge.dst)
            if key not in edges:
                edges[key] = Edge(edge.rel, edge.src, edge.dst, edge.src_label, edge.dst_label, {})
            _union(edges[key].props, edge.props)
    return GraphBatch(source, list(nodes.values()), list(edges.values()))


def single_query(parts: list[Part]) -> tuple[str, dict[str, Any]]:
    """All parts as ONE query, so the engine applies the batch whole or not at all.

    FalkorDB undoes a query that fails midway. Each edge part checks that every row found
    both ends; if not (a node vanished after validation), `1 / 0` fails the query and the
    whole batch is undone instead of landing without some of its edges.
    """
    pieces: list[str] = []
    params: dict[str, Any] = {}
    for i, part in enumerate(parts):
        name = "p{}".format(i)
        params[name] = part.rows
        pieces.append(part.body.replace(_ROWS, "$" + name))
        pieces.append("WITH count(*) AS c{}".format(i))
        if part.kind == "edges":
            params["n{}".format(i)] = len(part.rows)
            pieces.append("WHERE 1 / CASE WHEN c{0} = $n{0} THEN 1 ELSE 0 END = 1".format(i))
    pieces.append("RETURN 1 AS ok")
    return " ".join(pieces), params


def statements(parts: list[Part]) -> list[tuple[str, dict[str, Any], Part]]:
    """The parts as separate statements returning their row count (for one transaction)."""
    return [(part.body.replace(_ROWS, "$rows") + " RETURN count(*) AS c", {"rows": part.rows}, part)
            for part in parts]
