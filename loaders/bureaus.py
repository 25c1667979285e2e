"""Bureau names: one canonical name and a level for every way a government body is written.

Documents write the same body many ways (区发改委, 区发展改革委, 滨海新区发展和改革委员会) and
often leave out the level (自贸办 in a column of district bureaus). The rules here are naming
conventions of Chinese government, kept in `lexicons/bureaus.json`, so they hold for documents
never seen: a 区/市 prefix gives the level, a party-committee body takes 委 (区网信办 is
区委网信办), ministries and central bodies are national, branches of national bodies and state
firms (海关, 分行, 集团) are `other`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON = Path(__file__).parent / "lexicons" / "bureaus.json"
ZONES = Path(__file__).parent / "lexicons" / "zones.json"

LEVELS = ("district", "city", "national", "other")
# Separators of a list of bureaus in a responsibility column or parenthesis.
LIST_SEPARATORS = "、，,;；"
_CJK = "\u4e00-\u9fff"


@dataclass(frozen=True, slots=True)
class BureauName:
    name: str  # canonical, e.g. 区发改委
    level: str  # one of LEVELS
    aliases: tuple[str, ...] = ()  # surface forms seen, the canonical name excluded
    collective: bool = False  # 各街镇, 各有关单位: a group of bodies, not one


@dataclass(frozen=True, slots=True)
class BureauSpan:
    """A bureau written in a text, with its character offsets."""

    surface: str
    start: int
    end: int


@dataclass(slots=True)
class _Lexicon:
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


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
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
    lex = _Lexicon(home_city, home_district, others, frozenset(data["party"]), body_canon,
                   national_canon, tuple(data["vertical"]), frozenset(data["collective"]),
                   frozenset(data["not_bodies"]), tuple(data["zone_units"]),
                   tuple(n for n in zone_names if len(n) >= 2), zone_official,
                   tuple(data["suffixes"]))
    lex.regex = _build_regex(lex)
    return lex


def _build_regex(lex: _Lexicon) -> re.Pattern[str]:
    """One pattern for bureau names in running text, most specific alternatives first."""
    home = _alt(lex.home_city + lex.home_district)
    other = _alt(lex.other_places)
    bodies = _alt(lex.body_canon)
    branch = f"(?:[{_CJK}]{{2,4}}?(?:分局|分中心))?"
    zone = _alt(lex.zone_names)
    units = _alt(lex.zone_units)
    national = _alt(f for f in lex.national_canon if len(f) >= 3)
    collective = _alt(lex.collective)
    # A body prefix must not continue a place word (社区委员会, 园区办).
    guard = "(?<![社园片小城景街港校厂矿村镇乡县开高经税态贸新范发学])"
    parts = [
        f"(?:中国)?人民银行[{_CJK}]{{2,4}}?(?:营业管理部|中心支行|分行|支行)",
        f"(?:{home})?银保监(?:分局|局)",
        f"(?:{home})[{_CJK}]{{0,6}}?法庭",
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


def clean(surface: str) -> str:
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
    m = re.match(rf"^(.+?(?:局|委|办))([{_CJK}]{{2,4}}?)(分局|分中心)$", body)
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


def _ends_like_body(text: str, lex: _Lexicon) -> bool:
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


def find(text: str) -> list[BureauSpan]:
    """Bureaus named in running text: by the naming conventions of the lexicon, and under
    any place's name (loaders.bodies); of two that overlap, the longer."""
    from loaders.bodies import bodies  # noqa: PLC0415 - bodies reads the divisions lazily

    lex = lexicon()
    spans = []
    for m in lex.regex.finditer(text):
        if canonical(m.group()) is not None and not _field_not_body(text, m, lex):
            spans.append(BureauSpan(m.group(), m.start(), m.end()))
    for b in bodies(text):
        if canonical(b.surface) is not None:
            spans.append(BureauSpan(b.surface, b.start, b.end))
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[BureauSpan] = []
    for sp in spans:
        if any(k.start <= sp.start and sp.end <= k.end for k in kept):
            continue
        kept = [k for k in kept if not (sp.start <= k.start and k.end <= sp.end)]
        kept.append(sp)
    return sorted(kept, key=lambda s: s.start)


_BODY_CLASS = re.compile(r"[、和及与]?[^,，。;；:：]{0,16}?(?:等)?(?:部门|单位|机构|部委)")


def _field_not_body(text: str, m: re.Match, lex: _Lexicon) -> bool:
    """A vertical service written bare (customs, border control) names a body only in a list
    that closes with 部门/单位/机构; before a noun (…验证系统) or among fields (…相关事项,
    …等领域) it names a field of work."""
    if clean(m.group()) not in lex.vertical:
        return False
    return not _BODY_CLASS.match(text, m.end())


def match_at(text: str, pos: int) -> str | None:
    """The bureau name that starts exactly at `pos`, if any (the end of a glued column)."""
    lex = lexicon()
    m = lex.regex.match(text, pos)
    if m and canonical(m.group(), default_level="district", in_list=True) is not None:
        return m.group()
    for word in sorted(lex.not_bodies, key=len, reverse=True):
        if text.startswith(word, pos):
            return word
    return None


_SEP_RE = re.compile(f"[{LIST_SEPARATORS}]|会同")


def parse_list(text: str, pos: int = 0, default_level: str | None = None,
               max_item: int = 16) -> tuple[list[str], int]:
    """Read a list of bureaus starting at `pos` (区发改委、区工信局;区财政局…).

    Returns the surface forms and the offset where the list ends. An item followed by a
    separator is taken whole if it reads as a body; the last item, glued to whatever text
    follows it, is cut where the longest known name ends.
    """
    lex = lexicon()
    items: list[str] = []
    i = pos
    n = len(text)
    while i < n:
        sep = _SEP_RE.search(text, i, min(n, i + max_item + 2))
        seg = text[i:sep.start()] if sep else (text[i:] if n - i <= max_item else None)
        if seg is not None and seg and not re.search(r"[。.]", seg) and (
                canonical(seg, default_level, in_list=True) is not None
                or clean(seg) in lex.not_bodies):
            items.append(seg)
            if sep is None:
                i = n
                break
            i = sep.end()
            continue
        known = match_at(text, i)
        if known is None:
            known = _generic_at(text, i, lex, max_item, default_level)
        if known is None:
            if items and text[i - 1] in LIST_SEPARATORS + "会同":
                i -= 1 if text[i - 1] in LIST_SEPARATORS else 2
            break
        items.append(known)
        i += len(known)
        if i < n and (text[i] in LIST_SEPARATORS or text.startswith("会同", i)):
            nxt = i + (1 if text[i] in LIST_SEPARATORS else 2)
            if match_at(text, nxt) or _generic_at(text, nxt, lex, max_item, default_level) \
                    or _segment_ok(text, nxt, default_level, max_item):
                i = nxt
                continue
        break
    return items, i


def _segment_ok(text: str, i: int, default_level: str | None, max_item: int) -> bool:
    sep = _SEP_RE.search(text, i, min(len(text), i + max_item + 2))
    if not sep:
        return False
    seg = text[i:sep.start()]
    return bool(seg) and (canonical(seg, default_level, in_list=True) is not None
                          or clean(seg) in lexicon().not_bodies)


def _generic_at(text: str, i: int, lex: _Lexicon, max_item: int,
                default_level: str | None) -> str | None:
    """A name not in the lexicon: the shortest run ending in an organisation suffix."""
    window = text[i:i + max_item]
    m = re.match(rf"[{_CJK}A-Za-z]{{1,{max_item}}}?(?:{_alt(lex.suffixes)})", window)
    if not m:
        return None
    cand = m.group()
    # 管委 -> 管委会, 指挥 -> 指挥部: grow into a longer suffix when one follows.
    for suf in sorted(lex.suffixes, key=len, reverse=True):
        for k in range(1, 4):
            longer = window[:len(cand) + k]
            if len(longer) > len(cand) and longer.endswith(suf):
                cand = longer
                break
    if canonical(cand, default_level, in_list=True) is None:
        return None
    prefixed = cand.startswith(("区", "市", "各", "有关", "国家", "中央")) or \
        cand.startswith(lex.home_city + lex.home_district + lex.zone_names)
    if not prefixed and not 3 <= len(cand) <= 7:
        return None
    return cand
