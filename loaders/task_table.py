"""Numbered tasks of a task document, and the task-division table whose columns are glued.

A task-division annex (分工方案) is published as one line per row with its cells run
together: row number, heading, the national task and its ministries, the local measure,
the lead bureaus and the items asked of city bureaus, each in parentheses. No separator
survives, so the columns are recovered from what each one is made of: ministries and
bureaus are lists of body names (bureaus.parse_list), the measure is prose ending in 。,
support items end in a parenthesis of bureaus. The body of the document states the same
measures with their own numbers; a row is tied to its measure by shared wording.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from loaders import bureaus
from loaders.model import StructuredDocument, SupportItem, TaskRow

_CN_NUM = "一二三四五六七八九十"
_CJK = "\u4e00-\u9fff"
_TOP = re.compile(rf"^([{_CN_NUM}]+)[、.．]\s*(.{{2,40}})$")
_SUB = re.compile(rf"^[(（]([{_CN_NUM}]+)[)）]\s*(.+)$")
_ITEM = re.compile(r"^(\d{1,3})[.．、](?!\d)\s*(.+)$")
_HEADER = re.compile(r"序号.*(?:负责|牵头|责任)(?:部门|单位)|(?:负责|牵头|责任)(?:部门|单位).*序号")
# Titles of documents whose numbered items are tasks (a plan's chapters are not).
_TASK_DOC = re.compile(r"重点任务|工作任务|重点工作|具体措施|行动方案|实施方案|工作方案|工作要点|任务分工|分工方案|行动计划")
_TASK_SECTION = re.compile(r"任务|措施|举措")


@dataclass(slots=True)
class Line:
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


@dataclass(slots=True)
class AnnexRow:
    row: int
    section_title: str | None
    national_number: str | None
    national_text: str
    national_ministries: list[str]
    measure: str
    lead_bureaus: list[str]
    city_support: list[SupportItem]
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
    if _TASK_DOC.search(title) or _RESPONSIBLE.search(doc.text):
        return True
    # The title, when the metadata lacks it, is in the first lines; a plan's table of
    # contents further down may well name 重点任务 without making the plan a task list.
    head = " ".join(l.text for l in lines[:3]) if lines else doc.text[:200]
    return bool(_TASK_DOC.search(head))


def _section_at(doc: StructuredDocument, line: Line) -> str | None:
    best = None
    for s in doc.sections:
        if s.start <= line.start and (best is None or s.start >= best.start):
            if s.end == 0 or line.start < s.end or s.end <= s.start:
                best = s
    return best.id if best else None


def first_sentence(text: str, limit: int = 80) -> str:
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
        if _HEADER.search(text) or text.startswith("附件"):
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
                                  f"{top[0]}、{top[1]}", _section_at(doc, ln), ln)
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
                              heading, _section_at(doc, ln), ln)
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


def _single_task(doc: StructuredDocument, lines: list[Line]) -> list[Measure]:
    """A page that is one task (任务29: its work, 牵头单位: …): the whole text is the task,
    numbered as its title numbers it."""
    m = _TITLE_NUMBER.search(doc.meta.title or "")
    marked = [ln for ln in lines if _RESPONSIBLE.search(ln.text)]
    if not m or not marked:
        return []
    first = next((ln for ln in lines if len(ln.text) > 20), marked[0])
    text = " ".join(ln.text for ln in lines if ln.start <= marked[-1].start)
    return [Measure(m.group(1), text, first_sentence(first.text), doc.meta.title,
                    _section_at(doc, first), first)]


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


def _support_parens(text: str) -> list[tuple[int, int, list[str]]]:
    """Parentheses that hold only bureau names: (市发展改革委、市财政局)."""
    out = []
    for m in re.finditer(r"[(（]([^()（）]{2,80})[)）]", text):
        inner = m.group(1).rstrip("。.")
        items, end = bureaus.parse_list(inner, 0, default_level="city")
        rest = inner[end:].strip("、,， 。")
        if items and (not rest or re.fullmatch(rf"等?[{_CJK}]{{0,6}}(?:部门|单位|机构)", rest)):
            out.append((m.start(), m.end(), items))
    return out


def _split_support(text: str) -> list[SupportItem]:
    """`1.做某事。(市某局)2.…` → items, each with the bureaus in its parenthesis."""
    items: list[SupportItem] = []
    pos = 0
    for start, end, names in _support_parens(text):
        what = text[pos:start]
        what = re.sub(r"^[\s。.;；,，、)）]*(?:\d+[.．、])?", "", what).strip()
        what = what.rstrip("。")
        for name in names:
            items.append(SupportItem(item=what, bureau=name))
        pos = end
    return items


def _lead_start(content: str, m0: int) -> tuple[int, list[str], int] | None:
    """Where the lead-bureau cell starts: the last sentence boundary of the measure that is
    followed by a list of bureaus, before the first support parenthesis."""
    parens = _support_parens(content[m0:])
    limit = m0 + parens[0][0] if parens else len(content)
    best = None
    cands = [m0] + [m.end() + m0 for m in re.finditer(r"[。]", content[m0:limit])]
    for p in cands:
        if p >= limit:
            break
        if content[p:p + 1] in "(（":
            continue
        items, end = bureaus.parse_list(content, p, default_level="district")
        if items and _looks_local(items):
            best = (p, items, end)
    return best


def _looks_local(items: list[str]) -> bool:
    for it in items:
        b = bureaus.canonical(it, default_level="district", in_list=True)
        if b is None or b.level == "national" and not b.collective:
            return False
    return True


def _ministries(content: str, start: int) -> tuple[list[str], int] | None:
    for m in re.finditer(r"。", content[start:]):
        p = start + m.end()
        items, end = bureaus.parse_list(content, p, default_level="national")
        if not items or end >= len(content) or content[end] in "。(（":
            continue
        known = [bureaus.canonical(i, default_level="national", in_list=True) for i in items]
        if all(k is None or k.level in ("national", "other") for k in known) or \
                _has_nonbody(items):
            return items, end
    return None


def _has_nonbody(items: list[str]) -> bool:
    return any(bureaus.canonical(i) is None and "新区" in i for i in items)


def _row_starts(lines: list[Line], first: int) -> list[tuple[int, Line, str]]:
    """Rows of the table: (row number, line, cell text), numbers counted up from 1."""
    rows: list[tuple[int, Line, str]] = []
    expected = 1
    pending: tuple[int, Line] | None = None
    for ln in lines[first:]:
        text = ln.text
        if re.match(r"^注[:：]", text):
            break
        if pending is not None:
            # The number stood alone; the row is the next line, which states it.
            rows.append((pending[0], ln, text))
            pending = None
            continue
        if text == str(expected):
            pending = (expected, ln)
            expected += 1
            continue
        if text.startswith(str(expected)) and len(text) > 20:
            rows.append((expected, ln, text[len(str(expected)):]))
            expected += 1
            continue
        if rows and "。" in text and len(text) > 20:
            n, l0, t = rows[-1]
            rows[-1] = (n, l0, t + text)
    return rows


def annex_rows(doc: StructuredDocument, lines: list[Line] | None = None) -> list[AnnexRow]:
    """Split every row of a glued task-division table into its columns."""
    lines = lines if lines is not None else doc_lines(doc)
    header = next((i for i, l in enumerate(lines) if _HEADER.search(l.text)), None)
    if header is None:
        return []
    out: list[AnnexRow] = []
    for row, ln, content in _row_starts(lines, header + 1):
        section = None
        m = re.match(rf"^([{_CN_NUM}]+、[^0-9。]{{2,40}}?)(?=\d+[.．、])", content)
        if m:
            section = m.group(1)
            content = content[m.end():]
        nat_no = None
        nat_text = ""
        ministries: list[str] = []
        m0 = 0
        m = re.match(r"^(\d+)[.．、](?!\d)", content)
        if m:
            nat_no = m.group(1)
            found = _ministries(content, m.end())
            if found:
                ministries, m0 = found
                cut = content.rfind("。", m.end(), m0)
                nat_text = content[m.end():cut + 1]
        lead = _lead_start(content, m0)
        if lead is None:
            measure, leads, support = content[m0:], [], []
        else:
            p, leads, end = lead
            measure = content[m0:p]
            support = _split_support(content[end:])
        out.append(AnnexRow(row, section, nat_no, nat_text, ministries, measure.strip(),
                            leads, support, ln))
    return out


_ROLE = re.compile(r"(牵头单位|牵头部门|责任单位|责任部门|负责单位|主责单位|配合单位|配合部门|协办单位|"
                   r"参与单位)[:：]\s*")
_LEAD_ROLES = ("牵头单位", "牵头部门", "责任单位", "责任部门", "负责单位", "主责单位")


def inline_bureaus(text: str) -> tuple[list[str], list[str]]:
    """Bureaus a measure names for itself: (牵头单位:区发改委;配合单位:区财政局),
    (区发改委牵头,区财政局配合), 责任单位:区商务局. Returns (lead, supporting)."""
    lead: list[str] = []
    support: list[str] = []
    roles = list(_ROLE.finditer(text))
    # Where a 牵头 unit is named, the 责任单位 beside it share the work: they support.
    leading = ("牵头单位", "牵头部门") if any(m.group(1).startswith("牵头") for m in roles) \
        else _LEAD_ROLES
    for k, m in enumerate(roles):
        stop = roles[k + 1].start() if k + 1 < len(roles) else len(text)
        span = re.split(r"[)）\]】。]", text[m.end():stop])[0].rstrip(";；,，、 ")
        items, _ = bureaus.parse_list(span, 0, default_level="district")
        (lead if m.group(1) in leading else support).extend(items)
    if lead or support:
        return lead, support
    for m in re.finditer(r"[(（]([^()（）]{2,80})[)）]", text):
        inner = m.group(1)
        for part in re.split(r"[,，;；]", inner):
            role = re.search(r"(牵头|负责|配合|参与|协助)(?:落实|推进)?$", part)
            if not role:
                continue
            items, end = bureaus.parse_list(part, 0, default_level="district")
            if items and part[end:] == part[role.start():]:
                (lead if role.group(1) in ("牵头", "负责") else support).extend(items)
    return lead, support


def _bigrams(text: str) -> set[str]:
    t = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _similarity(a: str, b: str) -> float:
    return _overlap(_bigrams(a), _bigrams(b))


def _overlap(x: set[str], y: set[str]) -> float:
    """Shared bigrams over the smaller set: a measure restated with small edits scores ~1."""
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def task_rows(doc: StructuredDocument) -> list[TaskRow]:
    return [t for t, _ in tasks(doc)]


def tasks(doc: StructuredDocument) -> list[tuple[TaskRow, AnnexRow | None]]:
    """Tasks of a task document: body measures joined to their annex rows (lead bureaus,
    city support, national ministries). A row with no measure in the body is kept under
    its row number (附件19) so nothing the table states is lost."""
    if not _TASK_DOC.search(doc.meta.title or "") and not is_task_document(doc):
        return []
    lines = doc_lines(doc)
    body = measures(doc, lines) or _single_task(doc, lines)
    rows = annex_rows(doc, lines)
    matched: dict[int, AnnexRow] = {}
    used: set[int] = set()
    used_rows: set[int] = set()
    grams = [_bigrams(m.text) for m in body]
    for r in rows:
        if not r.measure:
            continue
        g = _bigrams(r.measure)
        scored = [(_overlap(g, grams[i]), i) for i in range(len(body)) if i not in used]
        if not scored:
            continue
        score, i = max(scored)
        if score >= 0.5:
            matched[i] = r
            used_rows.add(r.row)
            used.add(i)
    out: list[tuple[TaskRow, AnnexRow | None]] = []
    for i, m in enumerate(body):
        r = matched.get(i)
        own_lead, own_support = inline_bureaus(m.text) if r is None else ([], [])
        out.append((TaskRow(
            number=m.number, text=m.text, section=m.section, section_title=m.section_title,
            passage=(m.line.passages or [""])[0], line=m.line.line,
            lead_bureaus=list(r.lead_bureaus) if r else own_lead,
            city_support=list(r.city_support) if r else [
                SupportItem(item="配合", bureau=b) for b in own_support],
            national_ministries=list(r.national_ministries) if r else []), r))
    for r in rows:
        if r.row in used_rows:
            continue
        number = str(r.row) if not body else f"附件{r.row}"
        out.append((TaskRow(
            number=number, text=r.measure or r.national_text, section=_section_at(doc, r.line),
            section_title=r.section_title, passage=(r.line.passages or [""])[0],
            line=r.line.line, lead_bureaus=list(r.lead_bureaus),
            city_support=list(r.city_support), national_ministries=list(r.national_ministries)),
            r))
    return out
