"""Lists: 甲、乙和丙等企业, 甲、乙3家企业, 以甲、乙为代表的企业, 甲等项目.

The commonest way a text names several things at once. A list runs back from what closes it
(等, a count such as 3家/5个, 为代表的) to where its first item's name begins (the words in
front of it, loaders.candidates.boundary); the head noun after the close says what the items
are (lexicons/endings.json `list_heads`). Items keep the shape they were found in (first,
inside, last; the head; how the list closed) for the typing stage, which decides what each
item finally is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.candidates.boundary import name_start
from loaders.candidates.endings import endings
from loaders.words import words

_CLAUSE = re.compile(r"[，,。；;：:！!？?\n]")
# How a list closes: 等/等等, a count of the items (3家, 5个, 两大), 为代表(的).
_CLOSE = re.compile(r"等等|等|(?:[0-9]+|[一二三四五六七八九十两]+)(?:家|个|大|项|座|所|条)|为代表的?|为首的?")
_JOIN = re.compile(r"(?:以及|和|与|及)")
_HEAD = re.compile(r"[\u4e00-\u9fffA-Za-z、]{0,16}")
_ITEM_MAX = 24


@dataclass(frozen=True, slots=True)
class ListItem:
    start: int
    end: int
    surface: str
    position: str  # "first", "inner" or "last"
    size: int  # number of items in the list
    head: str  # the noun phrase after the close ("" when none)
    label: str | None  # what the head says the items are
    close: str  # 等, a count, 为代表, or "" for a list that runs to its clause's end


def _known_front(text: str, begin: int, end: int) -> int:
    """A known industry's name (national classification) that ends the first item and starts
    inside the word before it (制定出新一代信息技术: 出新 is one word to the segmenter)."""
    from loaders.industries import taxonomy  # noqa: PLC0415 - industries imports candidates

    window = max(0, begin - 3)
    for s, e, _, _ in taxonomy().find(text[window:end]):
        if window + e == end and window + s < begin:
            return window + s
    return begin


@lru_cache(maxsize=1)
def _heads() -> list[tuple[str, str]]:
    pairs = [(h, label) for label, hs in endings()["list_heads"].items() for h in hs]
    return sorted(pairs, key=lambda p: -len(p[0]))


def head_label(head: str) -> str | None:
    for h, label in _heads():
        if head.endswith(h):
            return label
    return None


def _head_after(text: str, pos: int) -> str:
    """The noun phrase after a list's close that ends in a head noun (巨型跨国企业, 八大领域),
    the longest that ends where a word ends; "" when none follows."""
    m = _HEAD.match(text, pos)
    if not m:
        return ""
    phrase = m.group(0)
    ends = {w.end for w in words(phrase)}
    for size in range(len(phrase), 0, -1):
        if size in ends and head_label(phrase[:size]):
            return phrase[:size]
    return ""


def kind_of(close: str) -> str:
    return "等" if close.startswith("等") else ("为代表" if close.startswith("为") else "count")


def _split(span: str) -> list[tuple[int, int]]:
    """Item spans of `A、B和C` inside `span`; a join splits only the last two items."""
    parts = []
    pos = 0
    for piece in span.split("、"):
        parts.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    s, e = parts[-1]
    last = span[s:e]
    m = None
    for m in _JOIN.finditer(last):
        pass
    if m is not None and m.start() >= 2 and len(last) - m.end() >= 2:
        parts[-1:] = [(s, s + m.start()), (s + m.end(), e)]
    return [(a, b) for a, b in parts if b > a]


def enumerations(text: str) -> list[ListItem]:
    out: list[ListItem] = []
    ws = words(text)
    for close in _CLOSE.finditer(text):
        end = close.start()
        if end == 0 or not re.match(r"[\u4e00-\u9fffA-Za-z0-9)）”]", text[end - 1]):
            continue
        if close.group(0) == "等" and text[end - 1] in "平同对均相高中初":
            continue  # 平等, 同等, 高等: 等 inside a word
        if text[end - 1] == "等" or close.group(0) == "等" and text[close.end():close.end() + 1] == "等":
            continue  # 等8个…, 等等: read once, from the 等
        clause_start = 0
        for m in _CLAUSE.finditer(text, 0, end):
            clause_start = m.end()
        span = text[clause_start:end]
        if "、" not in span and not _JOIN.search(span) and not close.group(0).startswith("等"):
            continue
        items = _split(span)
        # The first item's name begins after the words that govern the list (引进了甲、…).
        first_s, first_e = items[0]
        begin = name_start(text, clause_start + first_e, max_chars=_ITEM_MAX, ws=ws)
        if begin >= clause_start + first_e:
            continue
        begin = _known_front(text, begin, clause_start + first_e)
        items[0] = (begin - clause_start, first_e)
        after = close.end()
        count = _CLOSE.match(text, after)
        if kind_of(close.group(0)) == "等" and count and kind_of(count.group(0)) == "count":
            after = count.end()  # 等8个行动方案: the head follows the count
        head = _head_after(text, after)
        label = head_label(head) if head else None
        kind = kind_of(close.group(0))
        for n, (a, b) in enumerate(items):
            surface = span[a:b].strip()
            if not surface or len(surface) > _ITEM_MAX:
                continue
            position = "first" if n == 0 else ("last" if n == len(items) - 1 else "inner")
            out.append(ListItem(clause_start + a, clause_start + b, surface, position,
                                len(items), head, label, kind))
    return out
