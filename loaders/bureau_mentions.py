"""Where bureaus are written: found in running text, and read off a list of them.

A responsibility column or parenthesis lists bodies with separators (区发改委、区工信局;
区财政局), and in a glued table the last item runs on into the next column, so a list is
read item by item and cut where the longest known name ends. In running text a name is
taken only when it reads as a body (loaders.bureau_names); of two that overlap, the longer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.bureau_lexicon import CJK, BureauLexicon, lexicon, one_of
from loaders.bureau_names import canonical, clean

# Separators of a list of bureaus in a responsibility column or parenthesis.
LIST_SEPARATORS = "、，,;；"


@dataclass(frozen=True, slots=True)
class BureauSpan:
    """A bureau written in a text, with its character offsets."""

    surface: str
    start: int
    end: int


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


def _field_not_body(text: str, m: re.Match, lex: BureauLexicon) -> bool:
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
_CLOSE_BRACKET = re.compile(r"[)）]")


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
    bracket = _CLOSE_BRACKET.search(text, pos)  # (牵头单位:甲局、乙办): the list ends inside
    n = bracket.start() if bracket else len(text)
    while i < n:
        sep = _SEP_RE.search(text, i, min(n, i + max_item + 2))
        seg = text[i:sep.start()] if sep else (text[i:n] if n - i <= max_item else None)
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


def _generic_at(text: str, i: int, lex: BureauLexicon, max_item: int,
                default_level: str | None) -> str | None:
    """A name not in the lexicon: the shortest run ending in an organisation suffix."""
    window = text[i:i + max_item]
    m = re.match(rf"[{CJK}A-Za-z]{{1,{max_item}}}?(?:{one_of(lex.suffixes)})", window)
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
