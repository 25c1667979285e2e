"""Bureau names: one canonical name and a level for every way a government body is written.

Documents write the same body many ways (区发改委, 区发展改革委, 滨海新区发展和改革委员会) and
often leave out the level (自贸办 in a column of district bureaus). The rules here are naming
conventions of Chinese government, kept in `lexicons/bureaus.json`, so they hold for documents
never seen: a 区/市 prefix gives the level, a party-committee body takes 委 (区网信办 is
区委网信办), ministries and central bodies are national, branches of national bodies and state
firms (海关, 分行, 集团) are `other`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from loaders.bureau_lexicon import CJK, BureauLexicon, lexicon

LEVELS = ("district", "city", "national", "other")


@dataclass(frozen=True, slots=True)
class BureauName:
    """A body as the graph keeps it: one name and level, whatever form a document wrote."""

    name: str  # canonical, e.g. 区发改委
    level: str  # one of LEVELS
    aliases: tuple[str, ...] = ()  # surface forms seen, the canonical name excluded
    collective: bool = False  # 各街镇, 各有关单位: a group of bodies, not one


def clean(surface: str) -> str:
    """A form as names are compared: NFKC, without spaces, brackets, quotes, stops or colons."""
    text = unicodedata.normalize("NFKC", surface)
    return re.sub(r"[\s()（）<>《》“”\"'‘’。.:：]", "", text)


def _strip(text: str, prefixes) -> tuple[str, str]:
    for p in sorted(prefixes, key=len, reverse=True):
        if text.startswith(p) and len(text) > len(p):
            return p, text[len(p):]
    return "", text


@lru_cache(maxsize=8192)
def canonical(surface: str, default_level: str | None = None,
              in_list: bool = False) -> BureauName | None:
    """The canonical name and level of a bureau as written, or None if it is not one.

    `default_level` is the level a column implies for a name written without prefix
    (自贸办 in the district column is 区自贸办). `in_list` says the name stands in a
    responsibility list, where a bare zone (中新生态城) means its administrative committee.
    """
    lex = lexicon()
    text = clean(surface)
    if not text or text in lex.not_bodies:
        return None
    seen = surface.strip()
    if "等" in text[1:]:
        head = text.split("等", 1)[0]
        found = canonical(head, default_level, in_list)
        if found is not None:
            return _with_alias(found, seen)
    if text in lex.collective or text.startswith("各") or text.startswith("有关"):
        if not _ends_like_body(text, lex) and text not in lex.collective:
            return None
        level = "city" if text.startswith("市") else (default_level or "district")
        if "省" in text:
            level = "other"
        if "国家" in text or "部委" in text:
            level = "national"
        if text.startswith("各") and text.endswith(lex.zone_units):
            text += "管委会"  # the zones, as addressees, are their committees
        return BureauName(text, level, _aliases(text, seen), collective=True)
    if text in lex.national_canon and not (
            _local_prefixed(text) and _strip(text, ("区委", "市委", "区", "市"))[1]
            in lex.body_canon):
        name = lex.national_canon[text]
        return BureauName(name, "national", _aliases(name, seen),
                          collective=_names_no_one(text) or _names_no_one(name))
    party_head, rest = _strip(text, ("中共",))
    place = ""
    while True:
        p, rest2 = _strip(rest, lex.home_city + lex.home_district + lex.other_places)
        if not p:
            break
        place, rest = p, rest2
    if place in lex.other_places:
        return BureauName(text, "other", _aliases(text, seen))
    local_body = _strip(rest, ("区委", "市委", "区", "市"))[1]
    if local_body not in lex.body_canon:
        for v in lex.vertical:
            if text.endswith(v) or (v in ("海关", "边检") and rest == v):
                return BureauName(text, "other", _aliases(text, seen))
    committee = next((c for c in ("管理委员会", "管委会", "党工委", "党委") if text.endswith(c)), None)
    zone = text.removesuffix(committee) if committee else ""
    if committee and (committee.startswith("管") or zone in lex.zone_official):
        # One committee per zone, named after the zone's official name.
        official = lex.zone_official.get(zone) or lex.zone_official.get(zone[len(place):])
        core = (official or zone) + committee.replace("管理委员会", "管委会")
        return BureauName(core, "district", _aliases(core, seen, text.replace("管理委员会", "管委会")))
    prefix, body = _strip(rest, ("区委", "市委", "区", "市"))
    if not prefix and party_head and rest in ("区委", "市委"):
        prefix, body = rest, "委"
    level = None
    if prefix.startswith("区"):
        level = "district"
    elif prefix.startswith("市"):
        level = "city"
    elif place in lex.home_city:
        level = "city"
    elif place in lex.home_district:
        level = "district"
    if prefix in ("区委", "市委") and body in ("", "委"):
        name = prefix
        return BureauName(name, level or "district", _aliases(name, seen))
    if not prefix and not place and in_list and text.endswith(lex.zone_units) and (
            text in lex.zone_names or len(text) <= 5):
        return _with_alias(canonical(text + "管委会"), seen)
    branch = ""
    m = re.match(rf"^(.+?(?:局|委|办))([{CJK}]{{2,4}}?)(分局|分中心)$", body)
    if m and m.group(1) in lex.body_canon:
        body, branch = m.group(1), m.group(2).removesuffix("新区") + m.group(3)
    canon_body = lex.body_canon.get(body)
    if canon_body is None:
        if not _ends_like_body(text, lex):
            return None
        if "的" in text or (not prefix and not place and len(text) > 8):
            return None
        level = level or default_level or "district"
        return BureauName(text, level, _aliases(text, seen))
    level = level or default_level
    if level is None:
        return None  # 发改委 alone: which one is unknowable
    head = "区" if level == "district" else "市" if level == "city" else ""
    if not head:
        return BureauName(text, level, _aliases(text, seen))
    if canon_body in lex.party:
        head += "委"
    if canon_body == "委":
        name = head.removesuffix("委") + "委"
    else:
        name = head + canon_body + branch
    return BureauName(name, level, _aliases(name, seen))


def _names_no_one(text: str) -> bool:
    """…有关部门, …部委: ministries as a class, which no one can be asked to answer for."""
    return bool(re.search(r"有关|相关|各|部委$|部门$", text))


def _local_prefixed(text: str) -> bool:
    return text.startswith(("区", "市"))


def _ends_like_body(text: str, lex: BureauLexicon) -> bool:
    return text.endswith(lex.suffixes) or text.endswith(lex.vertical)


# 某局等金融单位: the list's kind closes the form; it names no one body.
_LIST_OF_BODIES = re.compile(r"等[\u4e00-\u9fff]{0,6}(?:单位|部门|机构)$")


def names_a_list(form: str) -> bool:
    return bool(_LIST_OF_BODIES.search(form))


def _aliases(name: str, *forms: str) -> tuple[str, ...]:
    out = []
    for f in forms:
        f = clean(f)
        if f and f != name and f not in out and not names_a_list(f):
            out.append(f)
    return tuple(out)


def _with_alias(found: BureauName, surface: str) -> BureauName:
    extra = tuple(a for a in _aliases(found.name, surface) if a not in found.aliases)
    return BureauName(found.name, found.level, found.aliases + extra, found.collective)
