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
from loaders.extract_targets import plan_zone
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
            if f and f != node.name and f not in node.aliases and not bureaus.names_a_list(f):
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
    area = plan_zone(doc) or _title_zone(extraction)
    sections = doc.section_by_id()
    section_of = {p.id: p.section for p in doc.passages}
    for t in extraction.targets:
        topic = _section_industry(sections, section_of.get(t.passage), resolve_ref)
        _target(g, doc, t, resolve_ref, mentions_by_passage.get(t.passage, []), area, topic)
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


# A metric of the area's economy as a whole even when it names an industry (某产业增加值占
# GDP比重 is a share of the area's output).
_AREA_SHARE = re.compile(r"占.{0,12}(?:比重|比例)|占比|生产总值|GDP|全区|全市|全域")
# A metric about one industry's size or growth (某产业规模, 某产品产值年均增长).
_INDUSTRY_SIZE = re.compile(r"产业|产值|营业收入|营收|规模|增加值|增长|增速|集群")
# Things whose capacity a sentence can count (扩建某医院,新增病房300间).
_COUNTABLE_PLACES = ("Project", "Park")


def _subject(t: TargetFact, mentioned: list[Ref], area: Ref | None,
             resolve_ref: ResolveRef) -> Ref | None:
    """What a sentence target measures: a thing named in its metric (the longest), an
    industry whose size the metric is, a project or park the same clause names just before
    the number, else the area the plan is for."""
    named = [r for r in mentioned if r.surface and r.surface in t.metric
             and (r.label != "Industry" or (_INDUSTRY_SIZE.search(t.metric)
                                            and not _AREA_SHARE.search(t.metric)))]
    named = [r for r in named if resolve_ref(r) is not None]
    industry = _industry_of(t.metric, resolve_ref)
    if named or industry is not None:
        return max(named + ([industry] if industry else []), key=lambda r: len(r.surface))
    if industry is None and _INDUSTRY_SIZE.search(t.metric) and not _AREA_SHARE.search(t.metric):
        # 提升某产业能级,打造营收500亿级集群: the size of the one industry the sentence is about.
        found = {resolve_ref(r): r for r in mentioned
                 if r.label == "Industry" and r.surface and r.surface in t.text}
        found.pop(None, None)
        if len(found) == 1:
            industry = next(iter(found.values()))
    if industry is not None:
        return industry
    head = t.text.split(t.metric, 1)[0] if t.metric and t.metric in t.text else ""
    near = re.split(r"[,，]", head)[-2:] if head else []
    before = "".join(near)
    places = [(before.rfind(r.surface), r) for r in mentioned
              if r.label in _COUNTABLE_PLACES and r.surface and r.surface in before
              and resolve_ref(r) is not None]
    if places:
        return max(places, key=lambda x: (x[0], len(x[1].surface)))[1]
    return area


_SIZE_WORD = re.compile(r"(?:产业|行业)?(?:实现)?(?:产值|营业收入|营收|规模|增加值|总收入|收入)")


def _industry_of(metric: str, resolve_ref: ResolveRef) -> Ref | None:
    """X制造产业规模 → the industry X制造, when some document names it."""
    if _AREA_SHARE.search(metric):
        return None
    m = _SIZE_WORD.search(metric)
    if m is None or m.start() < 2:
        return None
    from loaders.zones import zone_lexicon

    head = metric[:m.start()]
    place = [f for f in zone_lexicon().find(head) if f[0] == 0]
    if place:  # 某区X制造实现产值: the industry after the place
        head = head[max(f[1] for f in place):] or head
    for form in (head + "产业", head, head.removesuffix("业"), head.removesuffix("产业")):
        ref = Ref("Industry", form)
        if len(form) >= 2 and resolve_ref(ref) is not None:
            return ref
    return None


_RANKS = ("直辖市", "省", "市辖区", "原行政区")


def _place_named_first(metric: str, resolve_ref: ResolveRef) -> Ref | None:
    """The place a metric opens with (某港货物吞吐量), when a document names it as a node."""
    from loaders.zones import zone_lexicon

    lex = zone_lexicon()
    # A province or city before a metric ranks the thing counted (某市级研究院), it is not
    # the place measured.
    found = [f for f in lex.find(metric) if f[0] == 0
             and lex.entries.get(f[3]) is not None and lex.entries[f[3]].kind not in _RANKS]
    if not found:
        return None
    first = max(found, key=lambda f: f[1])
    for form in (first[2], first[3]):  # as written, so that it is named in the metric
        ref = Ref("Zone", form)
        if resolve_ref(ref) is not None:
            return ref
    return None


_NUMBERING = re.compile(r"^(?:第[一二三四五六七八九十百]+[章节]|[一二三四五六七八九十]+、|"
                        r"[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|专栏\d*)\s*")


def _section_industry(sections, section_id: str | None, resolve_ref: ResolveRef) -> Ref | None:
    """The industry a section is headed by (（三）某产业), nearest heading first: what a count
    in its paragraphs (加氢站6座) is about."""
    sec = sections.get(section_id) if section_id else None
    while sec is not None:
        title = _NUMBERING.sub("", sec.title or "").strip(" 。.:：")
        for form in (title, title.removesuffix("产业"), title.removesuffix("领域")):
            ref = Ref("Industry", form)
            if 2 <= len(form) <= 12 and resolve_ref(ref) is not None:
                return ref
        sec = sections.get(sec.parent) if sec.parent else None
    return None


def _title_zone(extraction: Extraction) -> Ref | None:
    """The zone a plan's title names by the naming patterns of any place (某市高新技术产业开发区…
    工作方案), when the zone lexicon knows none there: the area its figures measure."""
    title = extraction.doc.meta.title or ""
    named = {m.surface for m in extraction.mentions if m.label == "Zone" and m.surface in title}
    return Ref("Zone", max(sorted(named), key=len)) if named else None


def _target(g: _Graph, doc, t: TargetFact, resolve_ref: ResolveRef,
            mentioned: list[Ref], area: Ref | None = None, topic: Ref | None = None) -> None:
    own = _place_named_first(t.metric, resolve_ref)
    subject = t.subject  # the extraction's, left as it is: it is resolved again next time
    if subject is not None and subject.label == "Zone":
        # In a table of the whole area, 某产品产值 measures its industry and 某港货运量
        # the port it names.
        subject = _industry_of(t.metric, resolve_ref) or own or subject
    if subject is None or resolve_ref(subject) is None:
        # A subject no document names as a node (a table's short industry name) gives way
        # to what the sentence or the plan says is measured; a place the metric opens with
        # competes with the other things it names.
        if _AREA_SHARE.search(t.metric):
            topic = None  # a share of the area's whole is the area's, whatever the section
        subject = _subject(t, mentioned + ([own] if own else []), topic or area,
                           resolve_ref) or subject
    props = {"value": float(t.value), "unit": t.unit or "", "metric": t.metric,
             "text": t.text, "doc": doc.file}
    if t.year is not None:
        props["year"] = int(t.year)
    if subject is not None:
        props["subject"] = subject.surface
    if t.baseline is not None:
        props["baseline"] = float(t.baseline)
    name = f"{t.metric} {_num(t.value)}{t.unit or ''}"
    if t.year:
        name = f"{name}（{t.year}年）"
    node = g.node("Target", target_id(doc.doc_id, t), name, props)
    g.source(node, t.passage)
    g.edge("SETS", doc.doc_id, node, "Document", [t.passage])
    g.edge("MENTIONS", t.passage, node, "Passage", [], sources=False)
    if subject is not None:
        hit = resolve_ref(subject)
        if hit is not None:
            g.edge("MEASURES", node, _stub(hit), "Target", [t.passage])
