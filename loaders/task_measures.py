"""The numbered tasks in the body of a task document, and the document's lines they sit on.

A plan of measures numbers its tasks as its headings do (一、 (一) 1.), and a notice may state
a single task on a page of its own (任务29 … 牵头单位:…). Only items under task-like headings
count, so a plan's chapters are never taken for tasks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from loaders.model import StructuredDocument

CN_NUM = "一二三四五六七八九十"
_TOP = re.compile(rf"^([{CN_NUM}]+)[、.．]\s*(.{{2,40}})$")
_SUB = re.compile(rf"^[(（]([{CN_NUM}]+)[)）]\s*(.+)$")
_ITEM = re.compile(r"^(\d{1,3})[.．、](?!\d)\s*(.+)$")
# The header row of a task-division table (序号 … 牵头单位): the body's measures end there.
TABLE_HEADER = re.compile(r"序号.*(?:负责|牵头|责任)(?:部门|单位)|(?:负责|牵头|责任)(?:部门|单位).*序号")
# Titles of documents whose numbered items are tasks (a plan's chapters are not).
TASK_DOC = re.compile(r"重点任务|工作任务|重点工作|具体措施|行动方案|实施方案|工作方案|工作要点|任务分工|分工方案|行动计划")
_TASK_SECTION = re.compile(r"任务|措施|举措")


@dataclass(slots=True)
class Line:
    """A non-blank line of the document with the passages on it: a task's evidence is the
    first passage of the line it starts on."""

    text: str
    start: int  # offset of the line in doc.text
    line: int  # 1-based line of the original file
    passages: list[str] = field(default_factory=list)  # passage ids overlapping the line


@dataclass(slots=True)
class Measure:
    """A numbered task in the body of a document."""

    number: str
    text: str
    title: str  # its first sentence
    section_title: str | None
    section: str | None
    line: Line


def doc_lines(doc: StructuredDocument) -> list[Line]:
    """The document's lines with their file line numbers and the passages on them."""
    out: list[Line] = []
    passages = sorted(doc.passages, key=lambda p: p.start)
    starts = [p.start for p in passages]
    line_of = {p.id: p.line for p in passages}
    offset = 0
    for i, raw in enumerate(doc.text.split("\n")):
        end = offset + len(raw)
        text = raw.strip()
        if text:
            ids = []
            k = max(0, bisect_right(starts, offset) - 1)
            while k < len(passages) and passages[k].start < end:
                p = passages[k]
                if p.end > offset and p.start < end:
                    ids.append(p.id)
                k += 1
            line_no = line_of[ids[0]] if ids else doc.line_offset + i + 1
            out.append(Line(text, offset + (len(raw) - len(raw.lstrip())), line_no, ids))
        offset = end + 1
    return out


_RESPONSIBLE = re.compile(r"(?:牵头单位|牵头部门|责任单位|责任部门|负责单位|主责单位)\s*[:：]")


def is_task_document(doc: StructuredDocument, lines: list[Line] | None = None) -> bool:
    """A plan of measures by its title, or any text that names who answers for its items
    (牵头单位:…, 责任单位:…): a notice, a work report's breakdown, a single task's page."""
    title = doc.meta.title or ""
    if TASK_DOC.search(title) or _RESPONSIBLE.search(doc.text):
        return True
    # The title, when the metadata lacks it, is in the first lines; a plan's table of
    # contents further down may well name 重点任务 without making the plan a task list.
    head = " ".join(l.text for l in lines[:3]) if lines else doc.text[:200]
    return bool(TASK_DOC.search(head))


def section_at(doc: StructuredDocument, line: Line) -> str | None:
    """The innermost section a line falls in: a task points to where the document states it."""
    best = None
    for s in doc.sections:
        if s.start <= line.start and (best is None or s.start >= best.start):
            if s.end == 0 or line.start < s.end or s.end <= s.start:
                best = s
    return best.id if best else None


def first_sentence(text: str, limit: int = 80) -> str:
    """A task's title: its first sentence, cut to a length that reads as a name."""
    m = re.match(r"^(.+?)[。；;]", text)
    head = m.group(1) if m else text
    return head[:limit]


def measures(doc: StructuredDocument, lines: list[Line] | None = None) -> list[Measure]:
    """Numbered tasks of the body: `1.…` items, `(一)…。` paragraphs under 保障措施-like
    headings. Items are numbered as the document does: under a `(一)` heading `(一)2`."""
    lines = lines if lines is not None else doc_lines(doc)
    out: list[Measure] = []
    top: tuple[str, str] | None = None
    sub: tuple[str, str] | None = None
    any_task_top = any(_TOP.match(l.text) and _TASK_SECTION.search(l.text) for l in lines)
    current: Measure | None = None
    for ln in lines:
        text = ln.text
        if TABLE_HEADER.search(text) or text.startswith("附件"):
            break
        m_top = _TOP.match(text)
        if m_top and "。" not in text:
            top, sub, current = (m_top.group(1), m_top.group(2)), None, None
            continue
        m_sub = _SUB.match(text)
        in_scope = top is not None and (not any_task_top or _TASK_SECTION.search(top[1]))
        if m_sub:
            body = m_sub.group(2)
            if "。" not in body.rstrip("。") and len(body) <= 40:
                sub, current = (m_sub.group(1), body.rstrip("。")), None
                continue
            if in_scope and sub is None:
                current = Measure(f"({m_sub.group(1)})", body, first_sentence(body),
                                  f"{top[0]}、{top[1]}", section_at(doc, ln), ln)
                out.append(current)
                continue
        m_item = _ITEM.match(text)
        if m_item and (in_scope or top is None and _RESPONSIBLE.search(text)):
            n = m_item.group(1)
            # An item that names its own responsible units is a task of a task list,
            # numbered as the list numbers it; a plan's measure under a (一) heading is
            # numbered within that heading.
            number = n if _RESPONSIBLE.search(text) or sub is None else f"({sub[0]}){n}"
            heading = f"({sub[0]}){sub[1]}" if sub else (f"{top[0]}、{top[1]}" if top else None)
            current = Measure(number, m_item.group(2), first_sentence(m_item.group(2)),
                              heading, section_at(doc, ln), ln)
            out.append(current)
            continue
        if current is not None and not m_top and not m_sub and not m_item \
                and not text.startswith(("——", "以上")) and current.line.line + 4 >= ln.line:
            # A paragraph broken in two by the site: the measure goes on.
            current.text += text
            continue
        current = None
    return _unique_numbers(out)


_TITLE_NUMBER = re.compile(r"(?:任务|措施|事项)\s*(?:第)?(\d{1,3}|[一二三四五六七八九十]+)")


def single_task(doc: StructuredDocument, lines: list[Line]) -> list[Measure]:
    """A page that is one task (任务29: its work, 牵头单位: …): the whole text is the task,
    numbered as its title numbers it."""
    m = _TITLE_NUMBER.search(doc.meta.title or "")
    marked = [ln for ln in lines if _RESPONSIBLE.search(ln.text)]
    if not m or not marked:
        return []
    first = next((ln for ln in lines if len(ln.text) > 20), marked[0])
    text = " ".join(ln.text for ln in lines if ln.start <= marked[-1].start)
    return [Measure(m.group(1), text, first_sentence(first.text), doc.meta.title,
                    section_at(doc, first), first)]


def _unique_numbers(out: list[Measure]) -> list[Measure]:
    """Items numbered afresh under each chapter (一、1. 2. 二、1. 2.) get the chapter's
    number in front (一、1), so every task of a document has its own number."""
    seen: dict[str, int] = {}
    for m in out:
        seen[m.number] = seen.get(m.number, 0) + 1
    if all(c == 1 for c in seen.values()):
        return out
    for m in out:
        if seen[m.number] > 1 and m.section_title and "、" in m.section_title[:4] \
                and not m.number.startswith("("):
            m.number = m.section_title.split("、", 1)[0] + "、" + m.number
        elif seen[m.number] > 1 and m.section_title and m.section_title.startswith("("):
            m.number = m.section_title.split(")", 1)[0] + ")" + m.number
        elif seen[m.number] > 1 and m.number.startswith("(") and m.section_title and \
                "、" in m.section_title[:4]:
            m.number = m.section_title.split("、", 1)[0] + "、" + m.number  # 二、(一)
    return out
