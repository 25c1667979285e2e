"""Government bodies of any place, by how they are named: a place, then what kind of body.

中共某省委, 某省人民政府, 某市卫健委, 某某海事局, 某新区管委会: a division (from the
national divisions) or a zone (loaders.candidates.places) in front, a body's ending after it
(人民政府, 管委会, …局, …委, …办). Where a zone's committees share its name (某新区党工委和
管委会), each is that zone's. The bureau lexicon names the bodies of a government; this finds
them under any place's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.candidates.boundary import _division_before

_END = re.compile(r"人民政府|政府(?:新闻办公室|新闻办|办公厅|办公室)?|管理委员会|管委会|党工委|党委|"
                  r"委员会|局|委|办公室|办|厅")
_BODY = re.compile(r"^(?:[省市区县]?(?:人民政府|政府(?:新闻办公室|新闻办|办公厅|办公室)?|管理委员会|管委会|"
                   r"党工委|党委)|[省市区县]委|[省市区县]?[\u4e00-\u9fff]{1,8}?(?:局|委员会|委|办公室|办|厅))$")
_PARTY = re.compile(r"中共([\u4e00-\u9fff]{2,8}?)(省委|市委|区委|县委)")
_SHARED = re.compile(r"(党工委|管委会|党委)(和|及|、)(管委会|党工委|管理委员会)")


@dataclass(frozen=True, slots=True)
class BodyName:
    start: int
    end: int
    surface: str


def _zone_before(text: str, end: int) -> int | None:
    from loaders.candidates.places import place_names  # noqa: PLC0415

    for p in place_names(text):
        if p.end == end and p.kind != "division":
            return p.start
    return None


def _place_before(text: str, at: int) -> int | None:
    if at <= 0:
        return None
    start = _division_before(text, at)
    if start is None:
        return _zone_before(text, at)
    return start if _word_starts(text, start) else None


def _inside_verb(text: str, at: int) -> bool:
    from loaders.words import word_at, words  # noqa: PLC0415

    ws = words(text)
    w = ws[word_at(ws, at)]
    return w.start < at and w.tag in ("v", "vn", "vd", "l")  # l: a set phrase (举办活动)


def _word_starts(text: str, at: int) -> bool:
    """A place's name begins a word: 资源 inside 自然资源和规划局 is no county's name."""
    from loaders.words import word_at, words  # noqa: PLC0415

    if at == 0:
        return True
    ws = words(text)
    return ws[word_at(ws, at)].start == at


def bodies(text: str) -> list[BodyName]:
    out: list[BodyName] = [BodyName(m.start(), m.end(), m.group(0)) for m in _PARTY.finditer(text)]
    for m in _END.finditer(text):
        end = m.end()
        if _inside_verb(text, m.start()):
            continue  # 某区举办, 主办: 办 of a verb, no office
        # The shortest body after a place: 天津|海事局, 广州|市卫健委, 某某新区|管委会.
        for s in range(m.start(), max(-1, m.start() - 9), -1):
            body = text[s:end]
            if not _BODY.match(body):
                continue
            place = _place_before(text, s)
            if place is not None:
                out.append(BodyName(place, end, text[place:end]))
                break
    for m in _SHARED.finditer(text):
        first = next((b for b in out if b.end == m.start() + len(m.group(1))), None)
        if first is not None:
            place = first.surface[: -len(m.group(1))]
            out.append(BodyName(m.start(3), m.end(3), place + m.group(3)))
    return out
