"""Where things are: LOCATED_IN, TARGETS and PART_OF, for facts no sentence rule stated.

A firm, work or platform is where its sentence puts it (落户某园区, 在某新城开工, 某开发区…
吸引…), else in the place its section is about, else in the place the document is about
(loaders.subject): a report on one zone's signings names that zone once and its firms many
times. A courted firm (status `target`) is the place's target, not in it. A zone or
district the document names lies in the document's place when the national divisions or
the document say nothing else (东丽区's 华明高新区; 天津市's 西青区).
"""

from __future__ import annotations

import re

from loaders.divisions import divisions
from loaders.model import Extraction, Fact, Mention, Ref
from loaders.relations.context import DocPlaces

_LOCATIVE = re.compile(r"(?:落户|入驻|落地|位于|坐落于|在|于|进驻|扎根|布局|签约入驻|设立在|建在|选址)$")
PLACED = ("Enterprise", "Project", "Platform", "Park")


def _sentence_place(text: str, surface: str, places: list[Mention]) -> Mention | None:
    """The place the sentence puts `surface` in: one after a locative cue, else the only
    place the sentence names."""
    others = [p for p in places if p.surface != surface and p.surface not in surface]
    if not others:
        return None
    cued = [p for p in others if _LOCATIVE.search(text[:max(0, text.find(p.surface))])]
    if cued:
        return cued[0]
    return others[0] if len({p.surface for p in others}) == 1 else None


def _restated(ex: Extraction) -> None:
    """Drop a place no sentence states: a LOCATED_IN whose place its passage does not name
    is a default of the sentence rules, and the document's own place (below) is the better
    default."""
    passages = {p.id: p for p in ex.doc.passages}
    kept = []
    for f in ex.facts:
        p = passages.get(f.passage)
        if f.rel in ("LOCATED_IN", "TARGETS") and p is not None:
            place = f.dst if f.rel == "LOCATED_IN" else f.src
            if place.surface not in p.text and not _named_nearby(ex, f.passage, place.surface):
                continue
        kept.append(f)
    ex.facts = kept


def _named_nearby(ex: Extraction, passage: str, surface: str) -> bool:
    """The place is named in the passage's section heading (its context, not a default)."""
    section = next((p.section for p in ex.doc.passages if p.id == passage), None)
    return any(p.section == section and p.kind == "heading" and surface in p.text
               for p in ex.doc.passages)


def locate(ex: Extraction, places: DocPlaces) -> None:
    placed = {(f.src.label, f.src.surface) for f in ex.facts if f.rel == "LOCATED_IN"}
    placed |= {(f.dst.label, f.dst.surface) for f in ex.facts if f.rel == "TARGETS"}
    passages = {p.id: p for p in ex.doc.passages}
    done: set[tuple[str, str]] = set()
    for m in ex.mentions:
        key = (m.label, m.surface)
        if m.label not in PLACED or key in placed or key in done:
            continue
        p = passages.get(m.passage)
        if p is None:
            continue
        place = _sentence_place(p.text, m.surface, places.in_passage(p.id)) or \
            places.of_section(p.section) or places.subject
        if place is None or place.surface == m.surface:
            continue
        done.add(key)
        if m.label == "Enterprise" and m.props.get("status") == "target":
            ex.facts.append(Fact("TARGETS", Ref(place.label, place.surface), Ref(*key), p.id,
                                 {"how": "place of the sentence, section or document"}))
        else:
            ex.facts.append(Fact("LOCATED_IN", Ref(*key), Ref(place.label, place.surface), p.id,
                                 {"how": "place of the sentence, section or document"}))


def nest_zones(ex: Extraction, places: DocPlaces) -> None:
    """A zone the document names lies in its subject place, or in its own division."""
    has_parent = {f.src.surface for f in ex.facts if f.rel == "PART_OF"}
    subject = places.subject
    d = divisions()
    seen: set[str] = set()
    for m in ex.mentions:
        if m.label != "Zone" or m.surface in has_parent or m.surface in seen:
            continue
        seen.add(m.surface)
        if subject is not None and m.surface == subject.surface:
            continue
        div = d.by_name.get(m.surface)
        if div is not None:
            parent = next((z for z in places.zones if d.by_name.get(z.surface) and
                           z.surface in d.chain(m.surface)[1:]), None)
            if parent is not None:
                ex.facts.append(Fact("PART_OF", Ref("Zone", m.surface), Ref("Zone", parent.surface),
                                     m.passage))
            continue
        if subject is not None and places.subject_is_division and \
                not d.is_place(m.surface) and subject.surface not in m.surface:
            ex.facts.append(Fact("PART_OF", Ref("Zone", m.surface), Ref("Zone", subject.surface),
                                 m.passage))
