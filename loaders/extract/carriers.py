"""Whether a park or work named in a sentence is one that exists, by the sentence around it:
not a goal (打造…基地), a title given to a place (入选…示范区), several of a kind (一批…基地), or
a school or wharf the clause only leans on (依托某医院).
"""

from __future__ import annotations

import re

from loaders.extract.cues import (
    AWARDED,
    BUILT,
    CLAUSE_MARK,
    FACILITY_END,
    GOAL_HEAD,
    GOAL_VERB,
    MANY,
    PLACE_BECOMES,
    RELIED_ON,
)
from loaders.lists import clause_start
from loaders.name_start import strip_cues
from loaders.zones import zone_lexicon


def only_relied_on(text: str, start: int, end: int) -> bool:
    """依托某医院 / 发挥某码头优势: a school, hospital or wharf the clause only leans on
    already stands; without a word of building it is no work."""
    if not FACILITY_END.search(text, 0, end):
        return False
    begin = clause_start(text, start)
    close = CLAUSE_MARK.search(text, end)
    clause = text[begin:close.start() if close else len(text)]
    return bool(RELIED_ON.match(clause)) and not BUILT.search(clause)


def is_aspiration(text: str, start: int, end: int, name: str) -> bool:
    """True when a base or cluster name is the goal of its clause (打造国际知名的某某产业基地).

    Only the last item of the clause counts: a goal verb followed by an enumeration
    (打造甲园、乙基地、丙园等) lists carriers that exist, and a name with a letter, digit or
    quote is a designation, not a description.
    """
    if not GOAL_HEAD.search(name) or re.search(r"[0-9A-Za-z“”]", name):
        return False
    after = text[end:end + 1]
    core = re.match(r"的?(?:中心区|核心区)", text[end:])
    if core:  # 打造某某基地中心区: the part of the goal a place is to be is a goal too
        end += core.end()
        after = text[end:end + 1]
    if after and after not in "，,。；;、和及与":
        return False
    close = CLAUSE_MARK.search(text, end)
    if re.search(r"等|[一二三四五六七八九十两]+[区园个大基]", text[end:close.start() if close else len(
            text)]):
        return False  # 打造甲园、乙基地等一批园区 / …“五区”引领: carriers that exist
    begin = 0
    for m in CLAUSE_MARK.finditer(text, 0, start):
        begin = m.end()
    return bool(GOAL_VERB.search(text[begin:start]) or PLACE_BECOMES.search(text[begin:start]))


def not_one_park(text: str, start: int, name: str) -> bool:
    """A park-shaped name that its sentence makes a title, a kind or a shared head.

    某区入选某示范区 gives the place a title; 建设一批某某基地 asks for several of a kind;
    文化、休闲、旅游小镇 spreads one head over short qualities, none of which is a name.
    """
    if AWARDED.search(text, 0, start) or AWARDED.search(text[:start].removesuffix("建设")):
        return True
    if re.match(r"(?:行动|计划|工程|战略)", text[start + len(name):]):
        return True  # 实施某某谷行动: a programme named after the kind of place it wants
    begin = 0
    for m in CLAUSE_MARK.finditer(text, 0, start):
        begin = m.end()
    many = MANY.search(text, begin, start)
    if many and not re.search(r"[与和同及]|对接|联动|带动|共建", text[many.end():start]):
        return True  # (若干园区与某产业园合作: the name is a partner, not one of the many)
    m = re.search(r"((?:[\u4e00-\u9fff]{2}、){2,})$", text[begin:start])
    if m:
        words = m.group(1).split("、")[:-1]
        words[0] = strip_cues(words[0])
        return all(len(w) == 2 and not zone_lexicon().canonical(w) for w in words)
    return False
