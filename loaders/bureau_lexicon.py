"""The bureau lexicon (`lexicons/bureaus.json`, with the zones of `lexicons/zones.json`) and
the one pattern that finds bureau names in running text.

The lexicon holds naming conventions, not a list of bodies: the home city and district,
the short forms of local bodies, ministries, vertical services, collective addressees.
It is read once and compiled into a single regular expression, most specific forms first,
since every sentence of every document is scanned with it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON = Path(__file__).parent / "lexicons" / "bureaus.json"
ZONES = Path(__file__).parent / "lexicons" / "zones.json"
CJK = "\u4e00-\u9fff"


@dataclass(slots=True)
class BureauLexicon:
    """The conventions of the lexicon file in the forms the rules use, with its pattern."""

    home_city: tuple[str, ...]
    home_district: tuple[str, ...]
    other_places: tuple[str, ...]
    party: frozenset[str]
    body_canon: dict[str, str]  # any local body form -> its canonical short form
    national_canon: dict[str, str]
    vertical: tuple[str, ...]
    collective: frozenset[str]
    not_bodies: frozenset[str]
    zone_units: tuple[str, ...]
    zone_names: tuple[str, ...]
    zone_official: dict[str, str]  # any form of a functional zone -> its official name
    suffixes: tuple[str, ...]
    regex: re.Pattern[str] = field(init=False)


def one_of(words) -> str:
    """A regex alternation of the words, longest first, so the longest form wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


@lru_cache(maxsize=1)
def lexicon() -> BureauLexicon:
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    zones = json.loads(ZONES.read_text(encoding="utf-8"))
    body_canon: dict[str, str] = {}
    for group in data["bodies"]:
        for form in group:
            body_canon.setdefault(form, group[0])
    national_canon: dict[str, str] = {}
    for group in data["national"]:
        for form in group:
            national_canon.setdefault(form, group[0])
    home_city = tuple(data["home"]["city"])
    home_district = tuple(data["home"]["district"])
    others = tuple(z["name"] for z in zones["zones"]
                   if z.get("kind") in ("直辖市", "省") and z["name"] not in home_city)
    zone_names: list[str] = []
    zone_official: dict[str, str] = {}
    for z in zones["zones"]:
        if z.get("kind") in ("直辖市", "省", "市辖区", "原行政区"):
            continue
        forms = [z["name"], *z.get("aliases", []), *(z.get("short") or [])]
        zone_names += forms
        for f in forms:
            zone_official.setdefault(f, z["name"])
    lex = BureauLexicon(home_city, home_district, others, frozenset(data["party"]), body_canon,
                   national_canon, tuple(data["vertical"]), frozenset(data["collective"]),
                   frozenset(data["not_bodies"]), tuple(data["zone_units"]),
                   tuple(n for n in zone_names if len(n) >= 2), zone_official,
                   tuple(data["suffixes"]))
    lex.regex = _build_regex(lex)
    return lex


def _build_regex(lex: BureauLexicon) -> re.Pattern[str]:
    """One pattern for bureau names in running text, most specific alternatives first."""
    home = one_of(lex.home_city + lex.home_district)
    other = one_of(lex.other_places)
    bodies = one_of(lex.body_canon)
    branch = f"(?:[{CJK}]{{2,4}}?(?:分局|分中心))?"
    zone = one_of(lex.zone_names)
    units = one_of(lex.zone_units)
    national = one_of(f for f in lex.national_canon if len(f) >= 3)
    collective = one_of(lex.collective)
    # A body prefix must not continue a place word (社区委员会, 园区办).
    guard = "(?<![社园片小城景街港校厂矿村镇乡县开高经税态贸新范发学])"
    parts = [
        f"(?:中国)?人民银行[{CJK}]{{2,4}}?(?:营业管理部|中心支行|分行|支行)",
        f"(?:{home})?银保监(?:分局|局)",
        f"(?:{home})[{CJK}]{{0,6}}?法庭",
        f"(?:{home})?海关(?!特殊|监管|总署)",
        f"中共(?:{home})+(?:区委|市委)",
        f"(?:{zone}|各(?:{units}))(?:管理委员会|管委会|党工委|党委)",
        f"(?:{other})(?:{bodies})",
        f"{guard}(?:(?:{home})(?:区委|市委|区|市)?|(?:区委|市委|区|市))(?:{bodies}){branch}",
        f"(?:{national})",
        f"(?:{collective})",
    ]
    # Every alternative starts with one of these characters; testing it first keeps the
    # scan of a long document fast.
    firsts = set("区市中人各有") | {w[0] for w in (*lex.home_city, *lex.home_district,
                                               *lex.other_places, *lex.zone_names,
                                               *lex.national_canon, *lex.collective) if w}
    first = "".join(sorted(re.escape(c) for c in firsts))
    return re.compile(f"(?=[{first}])(?:" + "|".join(f"(?:{p})" for p in parts) + ")")
