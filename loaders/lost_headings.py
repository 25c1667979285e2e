"""Headings an article's lines hold, and those lost in conversion, recovered from their cues.

Word files saved as text drop automatic numbering, and with it the 、 of `2、航空产业` or a
whole heading: what is left is a glued number, or a paragraph opening with a stray space.
The section tree is only right when these are found again, by style and by cue, never by
the words of a particular document.
"""

from __future__ import annotations

import re

from loaders.headings import (
    RANK,
    SEQUENCED,
    Heading,
    first_clause,
    is_titleish,
    lead_sentence,
    match_heading,
)
from loaders.passages import Line

# `2航空产业`: an arabic heading whose 、 was lost; only taken as one when it continues the
# numbering of the arabic heading before it (1、甲 … 2乙), since figures open lines too (2025年).
_GLUED_ARABIC = re.compile(r"^(?P<num>\d{1,2})(?P<title>[\u4e00-\u9fff][\u4e00-\u9fff（）()、]{1,15})$")


def find_headings(lines: list[Line], skip: set[int]) -> dict[int, Heading]:
    """Every line that reads as a heading by its style, and arabic headings whose 、 was
    lost where they continue the numbering."""
    found: dict[int, Heading] = {}
    last_arabic: Heading | None = None
    for ln in lines:
        if not ln.text or ln.idx in skip:
            continue
        h = match_heading(ln.text)
        if h is None and last_arabic is not None and last_arabic.value is not None:
            m = _GLUED_ARABIC.match(ln.text)
            if m and int(m.group("num")) == last_arabic.value + 1 and is_titleish(ln.text):
                h = Heading("arabic", m.group("num"), int(m.group("num")), m.group("title"),
                            ln.text, len(ln.text), recovered=True)
        if h is not None:
            found[ln.idx] = h
            if h.style == "arabic":
                last_arabic = h
            elif h.style in ("part", "chapter", "section", "cn"):
                last_arabic = None
    return found


def recover_lost(lines: list[Line], skip: set[int],
                 found: dict[int, Heading]) -> dict[int, Heading]:
    """Headings lost in conversion, recovered from their cues.

    The cue: in a document whose paragraphs are not indented, a line that starts with a
    stray space is where automatic numbering was dropped. A short unpunctuated cue line is
    a lost heading with its text; a cue paragraph opening with a short run-in lead starts a
    lost lower-level section; gaps in the chapter numbers (第二章 … 第五章) say how many
    chapters are missing between them, and which cue lines fill them.
    """
    body = [ln for ln in lines if len(ln.text) > 30 and ln.idx not in skip]
    if not body or sum(1 for ln in body if ln.indent) > len(body) // 2:
        return {}
    chapters = sorted((i, h) for i, h in found.items() if h.style == "chapter")
    cues = [ln for ln in lines if ln.text and ln.indent.startswith(" ") and "\t" not in ln.indent
            and ln.idx not in skip and ln.idx not in found]
    if not cues:
        return {}
    if not chapters:
        return _recover_titles(cues, found)
    prev_content: dict[int, int | None] = {}
    last = None
    for ln in lines:
        if ln.text and ln.idx not in skip:
            prev_content[ln.idx] = last
            last = ln.idx
    next_content: dict[int, int | None] = {}
    nxt = None
    for ln in reversed(lines):
        if ln.text and ln.idx not in skip:
            next_content[ln.idx] = nxt
            nxt = ln.idx
    cue_idx = {ln.idx for ln in cues}
    kind = {}
    for ln in cues:
        if is_titleish(ln.text):
            kind[ln.idx] = "title"
        elif lead_sentence(ln.text):
            kind[ln.idx] = "lead"
        else:
            kind[ln.idx] = "intro"

    def opens_section(i: int) -> bool:
        n = next_content.get(i)
        if n is None:
            return False
        h = found.get(n)
        return (h is not None and h.style == "section") or (n in cue_idx and kind[n] == "lead")

    # Gaps in chapter numbering, including before the first numbered chapter.
    bounds: list[tuple[int, int, int]] = []  # (from line, to line, chapters missing)
    prev_line, prev_num = -1, 0
    for i, h in chapters:
        if h.value is not None:
            bounds.append((prev_line, i, max(0, h.value - prev_num - 1)))
            prev_line, prev_num = i, h.value
    chosen: set[int] = set()
    for lo, hi, missing in bounds:
        if not missing:
            continue
        inside = [ln.idx for ln in cues if lo < ln.idx < hi]
        picks = [i for i in inside if kind[i] == "title"][:missing]
        if len(picks) < missing:
            taken = set(picks)
            intros = [i for i in inside if kind[i] == "intro" and i not in taken
                      and opens_section(i)
                      and not (prev_content.get(i) in taken or
                               (prev_content.get(i) in found and
                                found[prev_content[i]].style == "chapter"))]
            picks += intros[: missing - len(picks)]
        chosen.update(picks)

    recovered: dict[int, Heading] = {}
    first_chapter = min([i for i, _ in chapters] + list(chosen))
    chapter_no = 0
    section_no = 0
    events = sorted(set(found) | set(cue_idx))
    for i in events:
        h = found.get(i)
        if h is not None:
            if h.style == "chapter":
                chapter_no = h.value or chapter_no + 1
                section_no = 0
            elif h.style == "section":
                section_no = h.value or section_no + 1
            continue
        text = next(ln.text for ln in cues if ln.idx == i)
        if i in chosen:
            chapter_no += 1
            section_no = 0
            number = _cn(chapter_no)
            if kind[i] == "title":
                recovered[i] = Heading("chapter", number, chapter_no, text, text, len(text), True)
            else:
                recovered[i] = Heading("chapter", number, chapter_no, f"第{number}章",
                                       f"第{number}章", 0, True, body_only=True)
            continue
        if i < first_chapter:
            continue
        prev = prev_content.get(i)
        if kind[i] == "intro" and prev is not None and (
                prev in chosen or (prev in found and found[prev].style == "chapter")):
            continue  # a chapter's opening paragraph, not a new section
        section_no += 1
        number = _cn(section_no)
        if kind[i] == "title":
            recovered[i] = Heading("section", number, section_no, text, text, len(text), True)
        elif kind[i] == "lead":
            lead = lead_sentence(text) or ""
            broad = _shared_industry(lines, i, found, cue_idx)
            if broad:  # 甲。… 乙。… 丙。…: the lost title is the industry its leads are kinds of
                recovered[i] = Heading("section", number, section_no, broad, broad, 0, True,
                                       body_only=True)
            else:
                recovered[i] = Heading("section", number, section_no, lead, lead, len(lead) + 1,
                                       True)
        else:
            title = first_clause(text)
            recovered[i] = Heading("section", number, section_no, title, title, 0, True,
                                   body_only=True)
    return recovered


def _shared_industry(lines: list[Line], start: int, found: dict[int, Heading],
                     cue_idx: set[int]) -> str | None:
    """A lost section whose paragraphs open with industries of one national category
    (人工智能。… 区块链。…) was titled by that category; its first lead is only its first item."""
    from loaders.industries import taxonomy
    leads = []
    for ln in lines:
        if ln.idx < start or not ln.text:
            continue
        if ln.idx != start and (ln.idx in found or ln.idx in cue_idx):
            break
        lead = lead_sentence(ln.text)
        if lead:
            leads.append(lead)
    canon = [c for c in (taxonomy().canonical(lead) for lead in leads) if c]
    if len(leads) < 3 or len(canon) < 3:
        return None
    parents = [taxonomy().parent(c) for c in canon]
    best = max(set(parents) - {None}, key=lambda x: (parents.count(x), x), default=None)
    if best and parents.count(best) * 2 > len(canon) and parents.count(best) >= 3:
        return best
    return None


def _recover_titles(cues: list[Line], found: dict[int, Heading]) -> dict[int, Heading]:
    """Without 第X章 to count by, only short unpunctuated cue lines are taken as lost
    headings: filling the gaps of the top numbered style (一、 … 三、), or, in a document
    with no numbered heading at all, each one a top-level heading of its own."""
    titles = [ln for ln in cues if is_titleish(ln.text)]
    if not titles:
        return {}
    numbered = [(i, h) for i, h in sorted(found.items()) if h.style in SEQUENCED
                and h.value is not None]
    recovered: dict[int, Heading] = {}
    if not numbered:
        for n, ln in enumerate(titles, 1):
            recovered[ln.idx] = Heading("cn", _cn(n), n, ln.text, ln.text, len(ln.text), True)
        return recovered
    top = min((h.style for _, h in numbered), key=lambda st: RANK[st])
    seq = [(i, h.value) for i, h in numbered if h.style == top]
    prev_line, prev_value = -1, 0
    for i, value in seq + [(10 ** 9, None)]:
        gap = [ln for ln in titles if prev_line < ln.idx < i]
        missing = (value - prev_value - 1) if value is not None else 0
        for n, ln in enumerate(gap[:max(0, missing)], prev_value + 1):
            number = _cn(n) if top in ("cn", "paren_cn", "clause") else str(n)
            recovered[ln.idx] = Heading(top, number, n, ln.text, ln.text, len(ln.text), True)
        if value is None:
            break
        prev_line, prev_value = i, value
    return recovered


def _cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
