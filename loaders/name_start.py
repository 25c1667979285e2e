"""Where a name begins. Names in these documents are noun phrases glued to the verbs around
them (加快建设X产业园), so the left edge of a name is found by cutting after the last verb or
function word that cannot be part of it, keeping at least two characters in front of the
suffix.
"""

from __future__ import annotations

import re

from loaders.cut_words import (
    BODY_THEN_PLACE,
    CUT_RE,
    CUT_RE_END,
    HE_WORDS,
    INNER_WORDS,
    LEAD_STRIP,
    ROADS_JOINED,
    ROUTE_END,
    STARTS_WITH_VERB,
    STRONG_CUES,
    WEAK_CUTS,
)
from loaders.endings import LABEL_OF, label_of
from loaders.name_checks import is_specific


def strip_cues(item: str) -> str:
    """Drop the verbs in front of a list's first item (鼓励联合某某 → 联合某某).

    A strong cue goes whenever two characters remain; any other cut word only when three
    remain, so a name that begins like a verb (联合某某) keeps its head.
    """
    while True:
        m = CUT_RE.match(item)
        if not m:
            return item
        rest = item[m.end():]
        if (m.group(0) in STRONG_CUES and len(rest) >= 2) or len(rest) >= 3:
            item = rest
        else:
            return item


def trim_left(chunk: str, suffix_len: int, min_core: int = 2) -> str:
    """Cut a run of name characters after the last word that cannot belong to the name.

    The cut that leaves the shortest name still holding `min_core` characters before the
    suffix wins; a cut inside the suffix is never taken.
    """
    limit = len(chunk) - suffix_len - min_core  # a cut must end at or before this
    cuts = [0]
    # 甲研究中心天津乙服务平台: a body's name ends where a place begins its platform's name.
    cuts += [m.end() for m in BODY_THEN_PLACE.finditer(chunk) if 2 <= m.start() and
             m.end() <= limit and len(chunk) - m.end() >= 8]  # not a branch (某研究院天津分院)
    for m in CUT_RE.finditer(chunk):
        if m.end() > limit:
            continue
        # A conjunction splits two names only when the left one is itself a name
        # (A研究院和B实验室); inside a name it stays (某某技术与装备研究所).
        if m.group(0) == "等" and chunk[max(m.start() - 1, 0):m.start()] in ("高", "中", "同", "平"):
            continue  # 高等级某实验室: 等 inside a word, not the close of a list
        if m.group(0) == "在" and chunk[m.end():m.end() + 1] == "线":
            continue  # 在线: a word of the name (某某在线审批平台), not a preposition
        if m.group(0) == "及其":
            continue  # 甲及其乙平台: the platform belongs to 甲, so 乙平台 alone names nothing
        if m.group(0) == "和" and chunk[max(m.start() - 1, 0):m.start()] in HE_WORDS:
            continue  # 协和, 共和: 和 ends a word of the name, it joins nothing
        if m.group(0) == "和" and ROADS_JOINED.search(chunk):
            continue  # 甲街和乙路立交桥: a bridge is named by the roads it joins
        if m.group(0) == "至" and ROUTE_END.search(chunk) and m.start() >= 2 and \
                not CUT_RE_END.search(chunk[: m.start()]):
            continue  # 甲城际乙至丙联络线: the two ends belong to the route's name
        if m.group(0) in ("和", "与", "及") and label_of(chunk[: m.start()]) is None and not (
                m.group(0) in ("和", "及") and len(chunk) - m.end() - suffix_len >= 4):
            continue  # 甲治理和乙船闸工程 splits; 甲与乙研究所 stays whole
        # 发展/建设 inside a name (…人工智能发展战略研究院) is not the verb in front of it: it
        # cuts only after another cut word (大力发展…) or when a full name remains.
        if m.group(0) in WEAK_CUTS and m.start() > 0 and not CUT_RE_END.search(
                chunk[: m.start()]) and len(chunk) - m.end() - suffix_len < 3:
            continue
        cuts.append(m.end())
    # The nearest cut wins; a generic remainder (…公共服务平台) is left for is_specific to
    # reject rather than widened into the verb in front of it.
    name = LEAD_STRIP.sub("", chunk[max(cuts):])
    if len(cuts) > 1 and suffix_len and not is_specific(name, chunk[len(chunk) - suffix_len:]):
        # 某某进口贸易促进创新示范区: a word that also names a purpose (促进) cut off the
        # name's own words; the cut before it gives the whole name.
        last = max(cuts)
        word = next((w for w in INNER_WORDS if chunk[:last].endswith(w)), None)
        if word:
            wider = LEAD_STRIP.sub("", chunk[sorted(cuts)[-2]:])
            if not STARTS_WITH_VERB.match(wider) and not CUT_RE.match(wider):
                name = wider
    if STARTS_WITH_VERB.match(name):
        return ""
    if suffix_len and LABEL_OF.get(chunk[len(chunk) - suffix_len:]) == "Platform":
        name = re.sub(r"^(?:国内|国际|全国)?一流(?=[\u4e00-\u9fff]{4})", "", name)  # 建设一流某孵化器
    lead = CUT_RE.match(name)
    if lead and suffix_len and len(name) - lead.end() - suffix_len < min_core:
        return ""  # 发挥综保区: a verb and a kind word, no name between them
    # Unbalanced brackets from a cut: drop a dangling opener or closer at the edges.
    if name.count("(") + name.count("（") < name.count(")") + name.count("）"):
        name = re.sub(r"^[^(（]*?[)）]", "", name)
    if name.count("(") + name.count("（") > name.count(")") + name.count("）"):
        # 某某起步区(某某产业园): the name is the one inside the open bracket.
        name = re.split(r"[(（]", name)[-1]
    return name.strip("—-·+")
