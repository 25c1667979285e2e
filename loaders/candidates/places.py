"""Zones of any Chinese place, by their naming patterns and the national divisions.

A functional zone is a place's name followed by a kind of zone (某某高新区, 某某经济技术开发区,
某某国际机场临空经济区某某片区, 中国(某市)某某综合试验区); a district, city or
province is named in full (某某区, 某某市) or, for cities and provinces, short (某市) as a word
of its own. The kinds of zone are data (lexicons/endings.json), the places come from the
national divisions (loaders.divisions), and where the name begins is read from the words in
front of the kind (loaders.candidates.boundary).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.candidates.boundary import name_start
from loaders.candidates.endings import zone_kinds
from loaders.divisions import divisions
from loaders.words import word_at, words
from loaders.zones import zone_lexicon

_HAN = re.compile(r"[\u4e00-\u9fff]")
# Cores that say which kind of zone, not which zone (国家级开发区, 各类园区, 该新区).
_GENERIC_CORE = re.compile(r"^(?:国家级?|省级?|市级?|区级?|各类?|该|本|其|相关|有关|特殊|综合|"
                           r"重点|主要|现有|一批|多个|新|临港|两|三|四|五|六|七|八|九|十|"
                           r"[一二三四五六七八九十\d]+个|全|全国|全市|全区|周边|沿海|沿线)+$")


# Numbers and dates are never part of a zone's name (2023年临空经济区).
_NOT_IN_ZONE_NAMES = frozenset({"m", "mq", "q", "vn"})  # 2023年临空经济区, 一批开发区
_DATE = re.compile(r"(?:\d+|[一二三四五六七八九十]+)[年月日]$")


@dataclass(frozen=True, slots=True)
class PlaceName:
    start: int
    end: int
    surface: str
    kind: str  # "division" or the kind of zone (高新区, 片区 …)
    parts: tuple[str, ...] = ()  # divisions written at its front (某某 of 某某高新区)


@lru_cache(maxsize=1)
def _by_first() -> dict[str, tuple[str, ...]]:
    """Every full name and short form of a division, by its first character, longest first."""
    d = divisions()
    forms = set(d.by_name) | set(d.by_short)
    out: dict[str, list[str]] = {}
    for f in forms:
        out.setdefault(f[0], []).append(f)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _divisions_in(text: str) -> list[PlaceName]:
    """Divisions named in full anywhere, and cities or provinces named short as a word."""
    d = divisions()
    first = _by_first()
    out = []
    ws = words(text)
    i = 0
    while i < len(text):
        found = None
        for piece in first.get(text[i], ()):
            if not text.startswith(piece, i):
                continue
            size = len(piece)
            div = d.by_name.get(piece)
            if div is None:
                if d.named(piece) is None:
                    continue
                # A short form counts only as a word of its own (某市, not 某某湾).
                k = word_at(ws, i)
                if ws[k].start != i or ws[k].end != i + size:
                    continue
            elif ws[word_at(ws, i)].start != i:
                continue  # 海城市 inside 沿海城市: a full name starts where a word starts
            found = PlaceName(i, i + size, piece, "division")
            break
        if found is not None:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out


_PLACE_TAGS = frozenset({"ns", "nr", "nz", "nrt", "nt", "unk", "j", "eng", "nrfg"})


def _names_a_place(core: str) -> bool:
    """A zone's name opens with a place or a proper name (某某, 某某, 某某江, 中国(某市)),
    not with a common word (教师来保税区, 部分新区, 稳定新区)."""
    if core.startswith(("中国(", "中国（")):
        return True
    first = words(core)[0]
    return first.tag in _PLACE_TAGS or divisions().is_place(first.text) or bool(
        zone_lexicon().find(core[:6])) or divisions().is_place(core[:2]) or \
        divisions().is_place(core[:3])


def _zones_in(text: str) -> list[PlaceName]:
    kinds = zone_kinds()
    ws = words(text)
    out = []
    for m in kinds.finditer(text):
        start = name_start(text, m.start(), max_chars=20, ws=ws, also_break=_NOT_IN_ZONE_NAMES)
        # A zone written in front (某某新区某某新城) is the larger zone, not part of the name.
        for inner in kinds.finditer(text, start, m.start()):
            if inner.end() < m.start():
                start = inner.end()
        core = text[start:m.start()]
        if len(_HAN.findall(core)) < 2 or _GENERIC_CORE.match(core) or not _names_a_place(core):
            continue
        # A chain of zones (某某机场临空经济区某某片区) is one name, the narrowest.
        parts = tuple(p.surface for p in _divisions_in(core))
        out.append(PlaceName(start, m.end(), text[start:m.end()], m.group(0), parts))
    return out


@lru_cache(maxsize=16384)
def place_names(text: str) -> list[PlaceName]:
    """Zones and divisions of a passage, longest first where they overlap."""
    zones = _zones_in(text)
    found = list(zones)
    for div in _divisions_in(text):
        if any(z.start <= div.start and div.end <= z.end for z in zones):
            continue
        found.append(div)
    # Where two zone names overlap, the one that starts first and runs longest wins.
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    kept: list[PlaceName] = []
    for p in found:
        if kept and p.start < kept[-1].end:
            if p.end > kept[-1].end and p.kind != "division":
                kept[-1] = PlaceName(kept[-1].start, p.end, text[kept[-1].start:p.end], p.kind,
                                     kept[-1].parts + p.parts)
            continue
        kept.append(p)
    return kept
