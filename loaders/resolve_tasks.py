"""Tasks, bureaus and targets of one document as graph nodes and edges.

Ids are built from canonical names and task numbers, never from positions, so building
twice gives the same ids and a bureau named by several documents is one node
(`bur:区发改委`) whose aliases and sources grow with each document. Every edge carries the
passages that state it; the annex row for a task's bureaus, the measure for its subject.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

from loaders import bureaus
from loaders.model import Extraction, Ref, TargetFact, TaskFact
from loaders.task_table import first_sentence
from ontology.batch import Edge, Node
from ontology.schema import ID_PREFIX, SOURCES

ResolveRef = Callable[[Ref], "tuple[str, str] | None"]
# Domain things a task may concern or a target may measure (entity labels of the resolver).
_ENTITY_LABELS = ("Zone", "Park", "Industry", "Enterprise", "Platform", "Project")
NATIONAL_ITEM = "国家分工"  # what a ministry is asked: the national task the row cites


def doc_short(doc_id: str) -> str:
    return doc_id.split(":", 1)[1] if doc_id.startswith(f"{ID_PREFIX['Document']}:") else doc_id


def task_id(doc_id: str, number: str) -> str:
    return f"{ID_PREFIX['Task']}:{doc_short(doc_id)}:{number}"


def bureau_id(name: str) -> str:
    return f"{ID_PREFIX['Bureau']}:{name}"


def target_id(doc_id: str, t: TargetFact) -> str:
    metric = re.sub(r"\s+", "", t.metric)[:40]
    return f"{ID_PREFIX['Target']}:{doc_short(doc_id)}:{t.year or '-'}:{metric}:{_num(t.value)}"


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(float(v))


class _Graph:
    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.edges: dict[tuple[str, str, str], Edge] = {}

    def node(self, label: str, node_id: str, name: str, props: dict) -> Node:
        n = self.nodes.get(node_id)
        if n is None:
            n = self.nodes[node_id] = Node(label, node_id, name, [], dict(props))
            n.props.setdefault(SOURCES, [])
        return n

    def source(self, node: Node, *passages: str) -> None:
        for p in passages:
            if p and p not in node.props[SOURCES]:
                node.props[SOURCES].append(p)

    def alias(self, node: Node, *forms: str) -> None:
        for f in forms:
            f = bureaus.clean(f)
            if f and f != node.name and f not in node.aliases:
                node.aliases.append(f)

    def edge(self, rel: str, src: Node | str, dst: Node, src_label: str,
             passages: list[str], props: dict | None = None, sources: bool = True) -> Edge:
        src_id = src if isinstance(src, str) else src.id
        key = (src_id, rel, dst.id)
        e = self.edges.get(key)
        if e is None:
            e = self.edges[key] = Edge(rel, src_id, dst.id, src_label, dst.label,
                                       {SOURCES: []} if sources else {})
        if sources:
            for p in passages:
                if p and p not in e.props[SOURCES]:
                    e.props[SOURCES].append(p)
        for k, v in (props or {}).items():
            old = e.props.get(k)
            if old is None:
                e.props[k] = v
            elif isinstance(old, str) and v and v not in old.split("；"):
                e.props[k] = f"{old}；{v}"
        return e


def _bureau(g: _Graph, surface: str, passages: list[str],
            default_level: str | None = None) -> Node | None:
    name = bureaus.canonical(surface, default_level=default_level, in_list=default_level is not None)
    if name is None:
        return None
    n = g.node("Bureau", bureau_id(name.name), name.name,
               {"level": name.level, "collective": name.collective})
    g.alias(n, surface, *name.aliases)
    g.source(n, *passages)
    return n


def to_graph(extraction: Extraction, resolve_ref: ResolveRef) -> tuple[list[Node], list[Edge]]:
    """Task, Bureau and Target nodes of one document, with HAS_TASK, LED_BY, SUPPORTED_BY,
    CONCERNS, SETS, MEASURES and the MENTIONS of bureaus, tasks and targets."""
    doc = extraction.doc
    g = _Graph()
    by_line: dict[int, list[str]] = defaultdict(list)
    line_of: dict[str, int] = {}
    for p in doc.passages:
        by_line[p.line].append(p.id)
        line_of[p.id] = p.line
    mentions_by_passage: dict[str, list[Ref]] = defaultdict(list)
    bureau_words: dict[str, list[str]] = defaultdict(list)
    for m in extraction.mentions:
        if m.label == "Bureau":
            bureau_words[m.passage].append(m.surface)
            b = _bureau(g, m.surface, [m.passage])
            if b is not None:
                g.edge("MENTIONS", m.passage, b, "Passage", [], sources=False)
        elif m.label in _ENTITY_LABELS:
            mentions_by_passage[m.passage].append(Ref(m.label, m.surface))
    # Text of each passage with its bureau names blanked: 北京市 in 北京市气象台 is a body's
    # name, not a place the task concerns.
    texts = {}
    for p in doc.passages:
        text = p.text
        for w in sorted(bureau_words.get(p.id, ()), key=len, reverse=True):
            text = text.replace(w, "□")
        texts[p.id] = text
    for t in extraction.tasks:
        _task(g, doc, t, by_line, line_of, mentions_by_passage, resolve_ref, texts)
    for t in extraction.targets:
        _target(g, doc, t, resolve_ref, mentions_by_passage.get(t.passage, []))
    for n in g.nodes.values():
        n.props[SOURCES] = sorted(n.props[SOURCES])
    for e in g.edges.values():
        if SOURCES in e.props:
            e.props[SOURCES] = sorted(e.props[SOURCES])
    return list(g.nodes.values()), list(g.edges.values())


def _task(g: _Graph, doc, t: TaskFact, by_line, line_of, mentions_by_passage,
          resolve_ref: ResolveRef, texts: dict[str, str]) -> None:
    own = [t.passage] if t.passage else []
    # The measure is one paragraph: every sentence passage on its line states it.
    line = line_of.get(t.passage)
    body = list(by_line.get(line, own)) if line is not None else own
    props = {"number": t.number, "text": t.text, "doc": doc.file,
             "section": t.section_title or ""}
    node = g.node("Task", task_id(doc.doc_id, t.number), first_sentence(t.text) or t.number,
                  props)
    g.source(node, *own)
    g.edge("HAS_TASK", doc.doc_id, node, "Document", own)
    for p in own:
        g.edge("MENTIONS", p, node, "Passage", [], sources=False)
    stated = t.bureau_passages or own
    for surface in t.lead_bureaus:
        b = _bureau(g, surface, stated, default_level="district")
        if b is not None:
            g.edge("LED_BY", node, b, "Task", stated)
    for item in t.city_support:
        b = _bureau(g, item.bureau, stated, default_level="city")
        if b is not None:
            g.edge("SUPPORTED_BY", node, b, "Task", stated, {"item": item.item})
    for surface in t.national_ministries:
        b = _bureau(g, surface, stated, default_level="national")
        if b is not None:
            g.edge("SUPPORTED_BY", node, b, "Task", stated, {"item": NATIONAL_ITEM})
    refs = [(r, own[0] if own else "") for r in t.concerns]
    refs += [(r, p) for p in body for r in mentions_by_passage.get(p, [])]
    for ref, passage in refs:
        # A concern needs its words in the measure: an inferred place is not stated there.
        if not passage or ref.surface not in texts.get(passage, ""):
            continue
        hit = resolve_ref(ref)
        if hit is None:
            continue
        dst = _stub(hit)
        g.edge("CONCERNS", node, dst, "Task", [passage])


def _stub(hit: tuple[str, str]) -> Node:
    """An end node written by another batch: only its id and label matter to an edge."""
    node_id, label = hit
    return Node(label, node_id, node_id)


def _target(g: _Graph, doc, t: TargetFact, resolve_ref: ResolveRef,
            mentioned: list[Ref]) -> None:
    if t.subject is None:
        # The subject of a sentence target: the longest thing named in its metric.
        named = [r for r in mentioned if r.surface and r.surface in t.metric]
        if named:
            t.subject = max(named, key=lambda r: len(r.surface))
    props = {"value": float(t.value), "unit": t.unit or "", "metric": t.metric,
             "text": t.text, "doc": doc.file}
    if t.year is not None:
        props["year"] = int(t.year)
    if t.subject is not None:
        props["subject"] = t.subject.surface
    if t.baseline is not None:
        props["baseline"] = float(t.baseline)
    name = f"{t.metric} {_num(t.value)}{t.unit or ''}"
    if t.year:
        name = f"{name}（{t.year}年）"
    node = g.node("Target", target_id(doc.doc_id, t), name, props)
    g.source(node, t.passage)
    g.edge("SETS", doc.doc_id, node, "Document", [t.passage])
    g.edge("MENTIONS", t.passage, node, "Passage", [], sources=False)
    if t.subject is not None:
        hit = resolve_ref(t.subject)
        if hit is not None:
            g.edge("MEASURES", node, _stub(hit), "Target", [t.passage])
