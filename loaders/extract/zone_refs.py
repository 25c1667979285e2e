"""Where zones are named in a text: lexicon names, zone-suffixed names that are neither verbs nor
kinds, quarters (某开发区北区), a suffix shared by a list (甲、乙港区) and lists of towns. Every
family asks this of the same texts, so it is cached.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.endings import suffix_of
from loaders.extract.place_words import (
    QUARTER,
    SHARED_SUFFIX,
    TOWN_LIST,
    ZONE_KIND_WORDS,
    ZONE_VERB,
)
from loaders.name_checks import is_specific
from loaders.name_start import strip_cues
from loaders.patterns import names_ending_with_suffix
from loaders.zones import zone_lexicon


# (start, end, surface) of each zone name in a text.
ZoneRefs = tuple[tuple[int, int, str], ...]


@lru_cache(maxsize=16384)
def zone_refs(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, surface) of zone names in `text`: lexicon forms and zone-suffixed names."""
    found = [(s, e, surf) for s, e, surf, _ in zone_lexicon().find(text)]
    for s, e, name, label in names_ending_with_suffix(text):
        if label != "Zone" or not is_specific(name):
            continue
        core = name[: len(name) - len(suffix_of(name) or "")]
        if len(ZONE_KIND_WORDS.sub("", core)) < 2:
            continue  # 特殊综保区, 各自贸片区: kinds of zone
        if ZONE_VERB.search(core) and not zone_lexicon().canonical(name):
            continue  # 升级为综合保税区, 连接港区: a verb and a kind of zone
        if any(s <= fs and fe <= e for fs, fe, _ in found) and not any(
                fs == s and fe == e for fs, fe, _ in found):
            # 天津港保税区临港经济区: keep the inner lexicon zone and the outer name both.
            pass
        if any(fs <= s and e <= fe for fs, fe, _ in found):
            continue
        if re.search(r"[和与及]", name) and not zone_lexicon().canonical(name):
            continue
        if not zone_lexicon().canonical(name) and any(
                fe == e and fs > s for fs, fe, _ in found):
            continue  # 构建自贸试验区: the lexicon form is the zone, the rest a verb
        found.append((s, e, name))
    for i, (s, e, surf) in enumerate(found):
        if QUARTER.match(text, e) and zone_lexicon().canonical(surf) and len(surf) >= 3:
            found[i] = (s, e + 2, surf + text[e:e + 2])  # 某开发区北区: a quarter of it
    found.extend(shared_suffix_zones(text))
    for m in TOWN_LIST.finditer(text):
        pos = m.start()
        for i, item in enumerate(re.split(r"、|和|及", m.group(0))):
            name = strip_cues(item) if i == 0 else item
            if len(ZONE_KIND_WORDS.sub("", name[:-1])) < 2 or re.search(r"小城镇|小镇$", name):
                continue
            at = text.find(name, pos)
            if at >= 0 and len(name) >= 3 and not any(fs <= at < fe for fs, fe, _ in found):
                found.append((at, at + len(name), name))
                pos = at + len(name)
    return tuple(sorted(found))


def shared_suffix_zones(text: str) -> list[tuple[int, int, str]]:
    """甲港、乙港和丙港港区: each item of a list takes the suffix written once at its end."""
    out = []
    for m in SHARED_SUFFIX.finditer(text):
        items = [i for i in re.split(r"、|和|与|及", m.group(1)) if i] + [m.group(2)]
        items[0] = strip_cues(items[0])
        if any(ZONE_VERB.search(i) or strip_cues(i) != i for i in items):
            continue  # 支持与某片区: a verb, not a sibling place
        before = text[m.start() - 1: m.start()] if m.start() else ""
        if any(re.search(r"[区头道路站线]$", i) for i in items) or (
                before and re.match(r"[\u4e00-\u9fff]", before) and items[0] == m.group(1)[:len(
                    items[0])] and not m.group(1).startswith(items[0])):
            continue
        pos = m.start()
        for item in items:
            pos = text.find(item, pos)
            if len(item) >= 2 and pos >= 0:
                out.append((pos, pos + len(item), item + m.group(3)))
    return out


def split_zone_prefix(name: str) -> tuple[str | None, str]:
    """高新区渤龙湖片区 → (高新区, 渤龙湖片区): a name that begins with a known zone."""
    for s, e, surf, _ in zone_lexicon().find(name):
        rest = name[e:]
        core = rest[: len(rest) - len(suffix_of(rest) or "")]
        if s == 0 and len(rest) >= 3 and len(ZONE_KIND_WORDS.sub("", core)) >= 2:
            return surf, rest  # not 某港 + 综合保税区: the rest is a kind, the whole one zone
        break
    return None, name
