"""Where things are: LOCATED_IN, TARGETS and PART_OF, for facts no sentence rule stated.

A firm, work or platform is where its sentence puts it (落户某园区, 在某新城开工, 某开发区…
吸引…), else in the place its section is about, else in the place the document is about
(loaders.subject): a report on one zone's signings names that zone once and its firms many
times. A courted firm (status `target`) is the place's target, not in it. A zone or
district the document names lies in the document's place when the national divisions or
the document say nothing else (某某区's 某某高新区; 天津市's 某某区).
"""

from __future__ import annotations

import re

from loaders.divisions import divisions
from loaders.model import Extraction, Fact, Mention, Ref
from loaders.relations.context import DocPlaces
from loaders.zone_names import zone_key
from loaders.zones import zone_lexicon

_LOCATIVE = re.compile(r"(?:落户|入驻|落地|位于|坐落于|在|于|进驻|扎根|布局|签约入驻|设立在|建在|选址)$")
PLACED = ("Enterprise", "Project", "Platform", "Park")


def _sentence_place(text: str, surface: str, places: list[Mention]) -> Mention | None:
    """The place the sentence puts `surface` in: one after a locative cue, else the only
    place the sentence names (written in one or several forms, and not counting the larger
    places it lies in)."""
    others = [p for p in places if p.surface != surface and p.surface not in surface]
    if not others:
        return None
    cued = [p for p in others if _LOCATIVE.search(text[:max(0, text.find(p.surface))])]
    if cued:
        return cued[0]
    keys = {zone_key(p.surface) for p in others}
    lex = zone_lexicon()
    larger = set()
    for k in keys:
        name = k[4:] if k.startswith(("lex:", "div:")) else k
        parent = lex.parent(name) or next(iter(divisions().chain(name)[1:]), None)
        if parent:
            larger.add(zone_key(parent))
    narrow = keys - larger if keys - larger else keys
    if len(narrow) != 1:
        return None
    key = narrow.pop()
    return next(p for p in others if zone_key(p.surface) == key)


def _stated(ex: Extraction) -> set[tuple[str, str]]:
    """Things whose place a sentence states: the place of the fact is written in its
    passage. Others have only a default of the sentence rules, and the document's place is
    added beside it (a zone's firm is also in the district the zone lies in)."""
    passages = {p.id: p for p in ex.doc.passages}
    out = set()
    for f in ex.facts:
        p = passages.get(f.passage)
        if p is None:
            continue
        if f.rel == "LOCATED_IN" and f.dst.surface in p.text:
            out.add((f.src.label, f.src.surface))
        elif f.rel == "TARGETS" and f.src.surface in p.text:
            out.add((f.dst.label, f.dst.surface))
    return out


def locate(ex: Extraction, places: DocPlaces) -> None:
    placed = _stated(ex)
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


# How large a kind of zone is: a smaller one named in a document about a larger one lies in
# it (某开发区's 某科学城, 某新区's 某新城); divisions rank by their level.
_KIND_RANK = ((re.compile(r"新区$"), 1),
              (re.compile(r"(?:开发区|高新区|经开区|自贸区|自由贸易试验区|综保区|综合保税区|保税区|经济区)$"), 2),
              (re.compile(r"(?:片区|新城|科学城|知识城|生态城|试验区|示范区|先导区|功能区|港区|商务区|街道|镇)$"), 3))
_LEVEL_RANK = {"province": -2, "city": -1, "county": 0}


def _division(surface: str):
    d = divisions()
    return d.by_name.get(surface) or d.named(surface) or d.county_short(surface)


def _rank(surface: str) -> int | None:
    div = _division(surface)
    if div is not None:
        return _LEVEL_RANK[div.level]
    return next((r for pattern, r in _KIND_RANK if pattern.search(surface)), None)


def nest_zones(ex: Extraction, places: DocPlaces) -> None:
    """A zone the document names lies in the division it is named after (某某开发区 in 某某区,
    if the document names 某某区), in its own division (某某区 in 天津市), or in the
    document's place when that is larger (某新区's 某新城)."""
    has_parent = {f.src.surface for f in ex.facts if f.rel == "PART_OF"}
    subject = places.subject
    named = {zone_key(z.surface): z for z in places.zones}
    seen: set[str] = set()
    for m in ex.mentions:
        if m.label != "Zone" or m.surface in has_parent or m.surface in seen:
            continue
        seen.add(m.surface)
        parent = _parent_named(m.surface, named)
        is_subject = subject is not None and zone_key(m.surface) == zone_key(subject.surface)
        if parent is None and subject is not None and not is_subject:
            mine, theirs = _rank(m.surface), _rank(subject.surface)
            if mine is not None and theirs is not None and mine > theirs and \
                    subject.surface not in m.surface:
                parent = subject
        if parent is not None and zone_key(parent.surface) != zone_key(m.surface):
            ex.facts.append(Fact("PART_OF", Ref("Zone", m.surface), Ref("Zone", parent.surface),
                                 m.passage))


def _parent_named(surface: str, named: dict[str, Mention]) -> Mention | None:
    """The division a zone or district lies in, when the document names that division."""
    d = divisions()
    div = _division(surface)
    if div is not None:
        for name in d.chain(div.name)[1:]:
            if zone_key(name) in named:
                return named[zone_key(name)]
        return None
    for size in range(min(4, len(surface) - 2), 1, -1):
        front = _division(surface[:size])
        if front is not None and front.level == "county" and zone_key(front.name) in named:
            return named[zone_key(front.name)]  # 某某开发区 in 某某区
    return None
