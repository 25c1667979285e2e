"""Typing: which label each candidate takes, or none — decided by a model learned from the
labelled documents rather than by an exception per missed fact.

Every extractor proposes candidates with a label; the model (loaders.typing.model, trained by
`make train`) sees how each was found and how it looks (loaders.typing.features) and keeps
it, relabels it (a 生产基地 in news on signings is a project, not a park) or drops it (口号,
kinds, fragments). Facts follow their ends: a fact whose end is dropped goes with it.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from loaders.model import Extraction, Fact, Mention, Ref
from loaders.typing.features import LABELS, NONE, Candidate, candidates, features
from loaders.typing.model import Typing, default_model
from loaders.divisions import divisions
from loaders.firm_names import FIRM_TRADE
from loaders.subject import Subject, subject_place
from loaders.typing.shapes import cut_firm, governed, not_a_name
from loaders.words import words
from loaders.zone_names import zone_key

# When families disagree on a label and no model decides: a zone's kind or a firm's legal
# form says most, then the context rules (which read the section and the sentence), then a
# work's ending, a firm's cue, a list's head.
_FAMILY_RANK = {"zone kind": 0, "division": 0, "division chain": 0, "legal": 1, "maker work": 1,
                "route": 1,
                "rules": 2,
                "descriptor": 3, "partner": 3, "investor": 3, "brand": 3, "builder": 3, "maker": 3,
                "ending": 3, "closed": 3, "represented": 3, "product": 3, "list": 4, "list head": 4,
                "fact": 5}


_PROJECT_BASE = re.compile(r"(?:生产基地|研发基地|制造基地|总部基地|产业化基地|项目)$")


def by_rank(cand: Candidate, others: set[str] | None = None) -> str:
    labels = {m.label for m in cand.mentions}
    if "Project" in labels and _PROJECT_BASE.search(cand.surface):
        return "Project"  # a firm's production base is a work being built, not a park
    if others and cand.surface + "项目" in others and labels & {"Park", "Platform", "Project"}:
        return "Project"  # 某某产业园 and 某某产业园项目: the same work, named with or without 项目
    best = min(cand.mentions, key=lambda m: (_FAMILY_RANK.get(str(m.props.get("family") or
                                                                     "rules"), 2), m.label))
    return best.label


def shape_decisions(ex: Extraction) -> dict[str, str | None]:
    """The label each candidate takes by rank, or None where its shape is no name's."""
    found = candidates(ex)
    others = set(found)
    passages = {p.id: p for p in ex.doc.passages}
    out: dict[str, str | None] = {}
    routes = {s for s, c in found.items() if any(m.props.get("family") == "route"
                                                   for m in c.mentions)}
    subject = subject_place(ex.doc)
    firms = {s for s, c in found.items() if any(m.label == "Enterprise" for m in c.mentions)}
    places = {s for s, c in found.items() if any(m.label == "Zone" for m in c.mentions)}
    bodies = {m.surface for m in ex.mentions if m.label == "Bureau"} | \
        {b for t in ex.tasks for b in [*t.lead_bureaus, *(s.bureau for s in t.city_support)]}
    for surface, cand in found.items():
        label = by_rank(cand, others)
        if surface in bodies and label in ("Park", "Platform", "Project", "Industry"):
            out[surface] = None  # 区疾控中心, 区招商服务中心 named as a unit at work: a body
            continue
        ps = [passages[m.passage] for m in cand.mentions if m.passage in passages]
        if label in ("Park", "Platform") and any(f != surface and f.startswith(surface)
                                                 for f in firms):
            out[surface] = None  # 某某港 of 某某港科技有限公司: the front of a firm's name
            continue
        if short_by_weak_cue(label, surface, cand):
            out[surface] = None
            continue
        if label == "Enterprise" and heads_a_place(surface, places):
            out[surface] = None  # 临空 of 某市临空经济区 fronting 临空会展中心
            continue
        if not_a_name(label, surface, ps) or governed(surface, others) or \
                label == "Enterprise" and cut_firm(surface, others) or \
                any(r != surface and surface in r for r in routes) or \
                label == "Zone" and passing_division(surface, subject):
            out[surface] = None
        else:
            out[surface] = label
    return out


def short_by_weak_cue(label: str, surface: str, cand: Candidate) -> bool:
    """Two characters are a firm's name only where its legal form, a work it names or a list
    of firms says so; after a descriptor or in quotes they are as often a verb or a slogan
    (深化, 赋能). A list of works gives its label to no two-character item (物流、银行等平台)."""
    if len(surface) > 2:
        return False
    families = {str(m.props.get("family") or "rules") for m in cand.mentions}
    if label == "Enterprise":
        return families <= {"brand", "descriptor"}
    return label in ("Park", "Platform", "Project") and families <= {"list"}


def heads_a_place(surface: str, places: set[str]) -> bool:
    """A word that begins a zone's own name, after its division, names the place (firms name
    bases and parks after themselves, never a zone);
    a firm's name that is only that word is the place's work, not a firm's."""
    if surface.endswith(FIRM_TRADE + ("公司",)):
        return False  # 某某科技 is a firm's name whatever place begins with it
    d = divisions()
    for place in places:
        ws = words(place)
        k = 0
        while k < len(ws) - 1 and d.is_place(ws[k].text):
            k += 1
        core = place[ws[k].start:] if ws else place
        if core != surface and core.startswith(surface):
            return True
    return False


def passing_division(surface: str, subject: Subject | None) -> bool:
    """A city or province named in passing (某市企业, 北京市…) is no zone of the document's;
    only the document's own place is (loaders.subject)."""
    d = divisions()
    div = d.named(surface)
    if div is None or div.level == "county":
        return False
    if subject is None:
        return True
    return zone_key(surface) != zone_key(subject.name)


@dataclass(frozen=True, slots=True)
class Decision:
    label: str  # one of LABELS, or NONE
    p: float


def decide(ex: Extraction, model: Typing | None) -> dict[str, Decision]:
    out = {}
    found = candidates(ex)
    others = list(found)
    shapes = shape_decisions(ex)
    for surface, cand in found.items():
        if shapes.get(surface) is None:
            out[surface] = Decision(NONE, 1.0)
            continue
        if model is None:
            out[surface] = Decision(shapes[surface] or NONE, 1.0)
            continue
        feats = features(cand, ex, others)
        p_none = model.keep.proba(feats).get(NONE, 0.0)
        if p_none >= model.threshold:
            out[surface] = Decision(NONE, p_none)
            continue
        proposed = {m.label for m in cand.mentions}
        if len(proposed) == 1:
            out[surface] = Decision(proposed.pop(), 1.0 - p_none)
            continue
        probs = model.label.proba(feats)
        label = max(probs, key=lambda k: probs[k])
        out[surface] = Decision(label, (1.0 - p_none) * probs[label])
    return out


def apply(ex: Extraction, model: Typing | None = None, use_model: bool = True) -> Extraction:
    model = (model or default_model()) if use_model else None
    decisions = decide(ex, model)

    def typed(label: str, surface: str) -> str | None:
        if label not in LABELS:
            return label
        d = decisions.get(surface)
        if d is None:
            return label
        return None if d.label == NONE else d.label

    mentions: list[Mention] = []
    seen: dict[tuple[str, str, str], Mention] = {}
    for m in ex.mentions:
        label = typed(m.label, m.surface)
        if label is None:
            continue
        props = dict(m.props)
        alias_of = props.get("alias_of")
        if isinstance(alias_of, str) and typed(m.label, alias_of) != label:
            props.pop("alias_of")
        kept = seen.get((label, m.surface, m.passage))
        if kept is not None:
            for k, v in props.items():  # one mention, found twice: what each family saw
                kept.props.setdefault(k, v)  # (a list's head) is kept
            continue
        seen[(label, m.surface, m.passage)] = kept = Mention(label, m.surface, m.passage, props)
        mentions.append(kept)
    facts: list[Fact] = []
    for f in ex.facts:
        src, dst = typed(f.src.label, f.src.surface), typed(f.dst.label, f.dst.surface)
        if src is None or dst is None:
            continue
        facts.append(Fact(f.rel, Ref(src, f.src.surface), Ref(dst, f.dst.surface), f.passage,
                          dict(f.props)))
    out = Extraction(doc=ex.doc, mentions=mentions, facts=facts, targets=list(ex.targets),
                     tasks=list(ex.tasks))
    return out
