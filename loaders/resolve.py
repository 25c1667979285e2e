"""One node per real thing across all documents.

Surface forms are grouped by a comparison key (the zone lexicon's canonical name, the industry
taxonomy's, a name without its 天津/天津市/滨海新区 prefix or its 集团/有限公司 ending, and the
"(以下简称X)" definitions found in the text). Each group becomes one node whose id is
`<ID_PREFIX[label]>:<canonical name>`, so ids are the same on every run over the same corpus;
every surface form is kept in `aliases` and every passage that names it in `sources`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable

from loaders.model import Extraction, Ref
from loaders.patterns import is_specific
from loaders.resolve_keys import ENTERPRISE_TAIL, key_of, norm
from loaders.zones import zone_lexicon
from ontology.batch import Edge, GraphBatch, Node
from ontology.schema import ID_PREFIX, REL_BY_NAME, SOURCES

OWN_LABELS = ("Zone", "Park", "Industry", "Enterprise", "Platform", "Project")
_EDGE_SEPARATORS = ",，、;；:：。.!！?？ "
_LIST_PHRASE = re.compile(r"等[\u4e00-\u9fff]{0,6}(?:单位|部门|机构|企业|主体)$")
_STATUS_RANK = {"present": 0, "target": 1, "unclear": 2}


def _is_place_or_title(front: str, places: set[str]) -> bool:
    parts = [p for p in re.split(r"[()（）·]", front) if p]  # 天津(滨海): a place and its part
    # 天津, 滨海: a city or new area without its 市/新区 is still the place.
    return bool(parts) and all(p in ("国家", "中国") or p in places or any(
        zone_lexicon().canonical(p + end) for end in ("", "市", "区", "新区")) for p in parts)


def passage_node_id(passage_id: str) -> str:
    """Passages are written by the lexical layer under their own ids."""
    return passage_id


class _Union:
    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, x: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The lexicon's key wins, so the canonical name stays the official one.
            if rb[1].startswith("lex:") and not ra[1].startswith("lex:"):
                ra, rb = rb, ra
            self.parent[rb] = ra


@dataclass
class _Entity:
    label: str
    key: str
    surfaces: Counter = field(default_factory=Counter)
    sources: set[str] = field(default_factory=set)
    statuses: Counter = field(default_factory=Counter)
    node: Node | None = None
    # Forms only ever written as a variant of another (新建某站, 某医院（某中心）).
    variants: set[str] = field(default_factory=set)
    own: set[str] = field(default_factory=set)

    def canonical(self) -> str:
        if self.key.startswith("lex:"):
            return self.key[4:]
        # Most used form; on a tie a form of its own before a variant, then the longer
        # (fuller) one, then the first in code-point order.
        return sorted(self.surfaces, key=lambda s: (-self.surfaces[s], s in self.variants - self.own,
                                                    -len(s), s))[0]

    def name(self) -> str:
        # A list's separator left at the edge of a form (，某某地道) is not part of the name.
        return self.canonical().strip(_EDGE_SEPARATORS) or self.canonical()


class Resolver:
    """Holds the merged entities of a corpus; `ref` maps a surface form to its node."""

    def __init__(self, extractions: list[Extraction]) -> None:
        self.extractions = extractions
        self.uf = _Union()
        self.entities: dict[tuple[str, str], _Entity] = {}
        self._firms: dict[str, _Entity] | None = None
        self._nodes: dict[str, Node] = {}  # every node made so far, by id
        self._of_form: dict[tuple[str, str], _Entity] = {}
        self._collect()

    def _k(self, label: str, surface: str) -> tuple[str, str]:
        return (label, key_of(label, surface))

    def _collect(self) -> None:
        # Forms are merged here, then given their entities; a form no union names is its
        # own root whenever it is first looked up, so it needs no entry in `uf` before.
        seen: list[tuple[str, str, str]] = []  # (label, surface, passage)
        for ex in self.extractions:
            for m in ex.mentions:
                if m.label not in OWN_LABELS:
                    continue
                seen.append((m.label, m.surface, m.passage))
                full = m.props.get("alias_of")
                if isinstance(full, str) and full:
                    self.uf.union(self._k(m.label, full), self._k(m.label, m.surface))
            for f in ex.facts:
                for r in (f.src, f.dst):
                    if r.label in OWN_LABELS:
                        seen.append((r.label, r.surface, f.passage))
        self._firm_named_parks(seen)
        # Zones: an alias in the lexicon is the same zone however the text spelled it.
        for ex in self.extractions:
            for m in ex.mentions:
                if m.label not in OWN_LABELS:
                    continue
                ent = self._entity(m.label, m.surface)
                ent.surfaces[m.surface] += 1
                if m.props.get("alias_of") and m.props["alias_of"] != m.surface:
                    ent.variants.add(m.surface)
                else:
                    ent.own.add(m.surface)
                ent.sources.add(m.passage)
                status = m.props.get("status")
                if isinstance(status, str):
                    ent.statuses[status] += 1
            done: set[tuple[str, str]] = set()  # a form's first fact did all a fact does
            for f in ex.facts:
                for r in (f.src, f.dst):
                    if r.label in OWN_LABELS and (r.label, r.surface) not in done:
                        done.add((r.label, r.surface))
                        ent = self._entity(r.label, r.surface)
                        if r.surface not in ent.surfaces:
                            ent.surfaces[r.surface] += 0
                        if not ent.sources:
                            ent.sources.add(f.passage)

    def _firm_named_parks(self, seen: list[tuple[str, str, str]]) -> None:
        """某某科技信创基地 and 信创基地, 某区某某学校 and 某某学校, 国家某某平台 and 某某平台: a
        name with its firm, its place or its national title in front is the name without it,
        when no other name of the label ends the same way."""
        docs: dict[tuple[str, str], set[str]] = defaultdict(set)
        doc_of: dict[str, str] = {}  # passage id → document id
        for label, s, passage in seen:
            doc = doc_of.get(passage)
            if doc is None:
                doc = doc_of[passage] = passage.rsplit(":", 1)[0]
            docs[(label, s)].add(doc)
        firms = {s for label, s in docs if label == "Enterprise"}
        places = {s for label, s in docs if label == "Zone"}
        for lab in ("Park", "Platform", "Project"):
            names = sorted({s for label, s in list(docs) if label == lab})
            by_suffix: dict[str, list[str]] = defaultdict(list)
            for name in names:
                for k in range(1, len(name) - 2):
                    by_suffix[name[k:]].append(name)
            by_doc: dict[str, list[str]] = defaultdict(list)
            for name in names:
                for d in docs[(lab, name)]:
                    by_doc[d].append(name)
            for short in names:
                if len(short) < (3 if lab == "Park" else 4) or not is_specific(short):
                    continue
                longer = by_suffix.get(short, [])
                if len(longer) != 1:
                    continue
                front = longer[0][: -len(short)]
                # A place or a short front (a parent body) qualifies the same thing only
                # inside one document: elsewhere 某某产业园 may be another district's.
                same_doc = bool(docs[(lab, short)] & docs[(lab, longer[0])])
                # A long name is one thing wherever it is written; a short one (某某产业园)
                # may be another district's in another document.
                if front in firms or ((same_doc or len(short) >= 8) and _is_place_or_title(
                        front, places)) or (same_doc and len(norm(front)) <= 5 and len(short) >= 5):
                    self.uf.union(self._k(lab, longer[0]), self._k(lab, short))
            # 甲经济区乙产业园 = 甲乙产业园, 某大学附属某区某学校 = 某大学附属某学校: a place
            # named inside a name of one document qualifies the same thing.
            near_of: dict[frozenset[str], list[str]] = {}  # names of the same documents
            for short in names:
                where = frozenset(docs[(lab, short)])
                near = near_of.get(where)
                if near is None:
                    near = near_of[where] = sorted({lng for d in where for lng in by_doc[d]})
                fuller = [lng for lng in near if 0 < len(lng) - len(short) <= 5 and
                          docs[(lab, short)] & docs[(lab, lng)] and any(
                              lng.startswith(short[:i]) and lng.endswith(short[i:]) and
                              (_is_place_or_title(lng[i:len(lng) - len(short) + i], places) or
                               _is_place_or_title(lng[:len(lng) - len(short) + i], places))
                              for i in range(2, len(short) - 1))]
                if len(fuller) == 1:
                    self.uf.union(self._k(lab, fuller[0]), self._k(lab, short))

    def _entity(self, label: str, surface: str) -> _Entity:
        # Every union is made before the first entity (in _collect), so a form's entity,
        # once found, stays its entity: a form named a thousand times is looked up once.
        ent = self._of_form.get((label, surface))
        if ent is None:
            root = self.uf.find(self._k(label, surface))
            ent = self.entities.get(root)
            if ent is None:
                ent = self.entities[root] = _Entity(label, root[1])
            self._of_form[(label, surface)] = ent
        return ent

    def node(self, label: str, surface: str) -> Node:
        ent = self._entity(label, surface)
        if ent.node is None:
            # A form ending in a list's kind (某局等金融单位) names no one thing.
            name = ent.name()
            aliases = sorted({s for s in ent.surfaces if s != name and not _LIST_PHRASE.search(s)})
            if ent.key.startswith("lex:"):
                lex = zone_lexicon().entries.get(name) if label == "Zone" else None
                if lex:
                    aliases = sorted(set(aliases) | {a for a in lex.aliases if a != name})
            props: dict[str, object] = {SOURCES: sorted(ent.sources)}
            if label == "Enterprise":
                status = "unclear"
                if ent.statuses:
                    status = min(ent.statuses, key=lambda s: (_STATUS_RANK.get(s, 9), s))
                props["status"] = status
            if label == "Zone":
                lex = zone_lexicon().entries.get(name)
                if lex and lex.kind:
                    props["kind"] = lex.kind
            ent.node = Node(label, f"{ID_PREFIX[label]}:{name}", name, aliases, props)
            self._nodes[ent.node.id] = ent.node
        return ent.node

    def ref(self, ref: Ref) -> tuple[str, str] | None:
        """The node id and label of a surface form, if some document named it."""
        if ref.label not in OWN_LABELS:
            return None
        root = self.uf.find(self._k(ref.label, ref.surface))
        if root not in self.entities:
            return None
        return self.node(ref.label, ref.surface).id, ref.label

    def firm_of(self, project: str) -> str | None:
        """A form of the firm a project's name starts with: the longest form of a firm's
        name, two characters at least left after it; a look-up per prefix, so the cost does
        not grow with the number of firms."""
        if self._firms is None:
            self._firms = _firm_forms(self)
        ent = next((self._firms[project[:n]] for n in range(len(project) - 2, 1, -1)
                    if project[:n] in self._firms), None)
        return None if ent is None else next(iter(ent.surfaces))

    def _undertakers(self, ex: Extraction, nodes: dict[str, Node],
                     edges: dict[tuple[str, str, str], Edge]) -> None:
        """A project named after an enterprise any document names is undertaken by it."""
        for m in ex.mentions:
            if m.label != "Project":
                continue
            form = self.firm_of(m.surface)
            if form is None:
                continue
            proj = self.node("Project", m.surface)
            firm = self.node("Enterprise", form)
            nodes[proj.id], nodes[firm.id] = proj, firm
            key = (proj.id, "UNDERTAKEN_BY", firm.id)
            e = edges.get(key)
            if e is None:
                e = edges[key] = Edge("UNDERTAKEN_BY", proj.id, firm.id, "Project",
                                      "Enterprise", {SOURCES: []})
            if m.passage not in e.props[SOURCES]:
                e.props[SOURCES].append(m.passage)

    def batch(self, ex: Extraction) -> GraphBatch:
        doc_id = ex.doc.doc_id
        nodes: dict[str, Node] = {}
        edges: dict[tuple[str, str, str], Edge] = {}
        for m in ex.mentions:
            if m.label not in OWN_LABELS:
                continue
            n = self.node(m.label, m.surface)
            nodes[n.id] = n
            key = (passage_node_id(m.passage), "MENTIONS", n.id)
            if key not in edges:
                edges[key] = Edge("MENTIONS", key[0], n.id, "Passage", n.label, {})
        for f in ex.facts:
            if f.src.label not in OWN_LABELS or f.dst.label not in OWN_LABELS:
                continue
            spec = REL_BY_NAME.get(f.rel)
            if spec is None or (f.src.label, f.dst.label) not in spec.endpoints:
                continue
            a, b = self.node(f.src.label, f.src.surface), self.node(f.dst.label, f.dst.surface)
            if a.id == b.id:
                continue
            nodes[a.id], nodes[b.id] = a, b
            key = (a.id, f.rel, b.id)
            e = edges.get(key)
            if e is None:
                e = edges[key] = Edge(f.rel, a.id, b.id, a.label, b.label, {SOURCES: []})
            if f.passage not in e.props[SOURCES]:
                e.props[SOURCES].append(f.passage)
            for k, v in f.props.items():
                e.props.setdefault(k, v)
        self._undertakers(ex, nodes, edges)
        batch = GraphBatch(source=doc_id, nodes=list(nodes.values()), edges=list(edges.values()))
        _add_tasks(ex, self.ref, batch)
        # A target may measure a place or an industry only another document names; the node
        # goes with the edge, so the batch stands on its own whatever order documents load in.
        have = {n.id for n in batch.nodes}
        for e in batch.edges:
            for end in (e.src, e.dst):
                if end not in have and end in self._nodes:
                    batch.nodes.append(self._nodes[end])
                    have.add(end)
        for e in batch.edges:
            if SOURCES in e.props:
                e.props[SOURCES] = sorted(e.props[SOURCES])
        # Rules may meet a document's names in set order, which differs between processes;
        # a batch in a fixed order is the same batch whichever process extracted it.
        batch.edges.sort(key=lambda e: (e.rel, e.src, e.dst))
        return batch


def _firm_forms(resolver: "Resolver") -> dict[str, _Entity]:
    """Every form of a firm's name (with and without its legal ending), to the firm that
    wrote it first."""
    out: dict[str, _Entity] = {}
    for ent in resolver.entities.values():
        if ent.label != "Enterprise":
            continue
        for surface in ent.surfaces:
            core = ENTERPRISE_TAIL.sub("", surface)
            for form in (surface, core):
                # A port group is not the undertaker of every project named after its port.
                if len(form) >= 2 and form not in out and not zone_lexicon().canonical(form):
                    out[form] = ent
    return out


def _add_tasks(ex: Extraction, resolve_ref: Callable[[Ref], tuple[str, str] | None],
               batch: GraphBatch) -> None:
    """Tasks, bureaus and targets come from their own module, linked through `resolve_ref`."""
    try:
        from loaders.resolve_tasks import to_graph  # type: ignore[attr-defined]
    except ImportError:
        return
    nodes, edges = to_graph(ex, resolve_ref)
    have = {n.id for n in batch.nodes}
    batch.nodes.extend(n for n in nodes if n.id not in have)
    batch.edges.extend(edges)


def resolve(extractions: list[Extraction]) -> dict[str, GraphBatch]:
    """One graph batch per document, keyed by document id, over entities merged corpus-wide."""
    resolver = Resolver(extractions)
    out: dict[str, GraphBatch] = {}
    for ex in extractions:
        out[ex.doc.doc_id] = resolver.batch(ex)
    return out
