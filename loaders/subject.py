"""The place a document is about: the zone its title names, or the one its text names most.

A news report on a zone's signings, a district's work report and a zone's plan all state
their facts about one place, mostly without repeating it in each sentence (引进重点项目1251个,
签约落地…): the firms, works and industries they name are that place's unless a sentence
says otherwise. The title names the place in almost every genre (某某区推进…, 某某高新区:…,
某市印发《…某市某某新区…》); a functional zone in the title is narrower than the division
that publishes about it, so it wins.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from loaders.candidates.places import PlaceName, place_names
from loaders.divisions import divisions
from loaders.model import StructuredDocument
from loaders.zones import zone_lexicon


@dataclass(frozen=True, slots=True)
class Subject:
    name: str  # the surface form the document uses
    division: bool  # a province, city or county rather than a functional zone


def _canonical(place: PlaceName) -> str:
    return zone_lexicon().canonical(place.surface) or place.surface


def _pick(found: list[PlaceName]) -> PlaceName | None:
    zones = [p for p in found if p.kind != "division"]
    if zones:
        return zones[-1] if len(zones) > 1 and zones[-1].start == zones[-2].end else zones[0]
    if not found:
        return None
    # Divisions in a row (某市某某区) or apart (南京市…江苏省): the narrowest.
    rank = {"county": 0, "city": 1, "province": 2}
    d = divisions()

    def level(p: PlaceName) -> int:
        div = d.named(p.surface) or d.county_short(p.surface)
        return rank.get(div.level, 3) if div else 3
    return min(found, key=lambda p: (level(p), p.start))


_CACHE: dict[tuple[str, str, int], Subject | None] = {}


def subject_place(doc: StructuredDocument) -> Subject | None:
    """The place the document is about (computed once per document)."""
    key = (doc.doc_id, doc.meta.title or "", len(doc.text))
    if key not in _CACHE:
        if len(_CACHE) > 4096:
            _CACHE.clear()
        _CACHE[key] = _subject_place(doc)
    return _CACHE[key]


def _subject_place(doc: StructuredDocument) -> Subject | None:
    lex = zone_lexicon()
    title = doc.meta.title or ""
    picked = _pick(place_names(title))
    hits = [h for h in lex.find(title) if not (divisions().named(h[2]) or h[2].endswith(("市", "省")))]
    if hits and (picked is None or picked.kind == "division"):
        return Subject(hits[-1][3], False)
    if picked is not None:
        return Subject(_canonical(picked), picked.kind == "division")
    counts: Counter[str] = Counter()
    kinds: dict[str, bool] = {}
    for p in doc.passages[:200]:
        for place in place_names(p.text):
            counts[_canonical(place)] += 1
            kinds[_canonical(place)] = place.kind == "division"
        for _, _, _, canon in lex.find(p.text):
            counts[canon] += 1
            kinds.setdefault(canon, False)
    if not counts:
        return _unnamed_district(doc)
    name = max(counts, key=lambda k: (counts[k], not kinds[k]))
    return Subject(name, kinds[name])


_DISTRICT_TITLE = re.compile(r"(?:^|[^\u4e00-\u9fff])区(?:《|人民政府|政府|委)|全区")


def _unnamed_district(doc: StructuredDocument) -> Subject | None:
    """A district's own paper calls itself 区 (区政府工作报告, 全区): the district is the one
    whose short name its text writes in other bodies' and places' names (某某分局, 某某绕城段)."""
    if not _DISTRICT_TITLE.search((doc.meta.title or "") + doc.text[:400]):
        return None
    d = divisions()
    counts: Counter[str] = Counter()
    for short, found in d.by_short.items():
        counties = [x for x in found if x.level == "county"]
        if len(counties) == 1 and len(short) >= 2 and short in doc.text:
            counts[counties[0].name] += doc.text.count(short)
    if not counts:
        return None
    return Subject(counts.most_common(1)[0][0], True)
