"""The comparison form of a zone's name: one zone, however a text writes it.

Official names have official short forms that every text may use: a kind of zone has its
abbreviation (高新技术产业开发区 = 高新区, 经济技术开发区 = 经开区, 综合保税区 = 综保区), and the
division a zone is named after may be written in full or short (某某市高新区 = 某某高新区,
某市某某区 = 某某区). These are naming conventions, not knowledge of particular zones.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.divisions import divisions
from loaders.zones import zone_lexicon

_KIND_SHORT = (("高新技术产业开发区", "高新区"), ("高新技术开发区", "高新区"), ("经济技术开发区", "经开区"),
               ("综合保税区", "综保区"), ("自由贸易试验区", "自贸试验区"), ("自由贸易区", "自贸区"))
_PUNCT = re.compile(r"[\s“”\"'‘’()（）·]")


def _short_kinds(name: str) -> str:
    for full, short in _KIND_SHORT:
        if name.endswith(full):
            return name[: -len(full)] + short
    return name


def _front_division(name: str) -> tuple[str, str] | None:
    """(division as written, rest) when a division's name fronts the zone's name."""
    d = divisions()
    for size in range(min(9, len(name) - 1), 1, -1):
        front = name[:size]
        if d.by_name.get(front) or d.named(front) or d.county_short(front):
            return front, name[size:]
    return None


@lru_cache(maxsize=65536)
def zone_key(surface: str) -> str:
    """`lex:<official name>` for a zone of the lexicon however written, else a normal form:
    kinds abbreviated, a fronting division short, a chain of divisions its narrowest."""
    lex = zone_lexicon()
    plain = _PUNCT.sub("", surface)
    for form in (surface, plain):
        canon = lex.canonical(form)
        if canon:
            return "lex:" + canon
    name = _short_kinds(plain)
    front = _front_division(name)
    if front is not None:
        div, rest = front
        d = divisions()
        official = d.by_name.get(div) or d.named(div) or d.county_short(div)
        short = official.short if official and official.short else div
        if rest and (d.by_name.get(rest) or d.named(rest) or _front_division(rest)):
            return zone_key(rest)  # 某市某某区, 某省某某开发区: the narrower place
        for form in (short + rest, official.name + rest if official else ""):
            canon = lex.canonical(form) if form else None
            if canon:
                return "lex:" + canon
        name = short + rest
    div = divisions().by_name.get(name) or divisions().named(name)
    if div is not None:
        return "div:" + div.name  # 某市 = 某市市
    return name
