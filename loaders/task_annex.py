"""The task-division table whose columns are glued, split back into its columns.

A task-division annex (分工方案) is published as one line per row with its cells run
together: row number, heading, the national task and its ministries, the local measure,
the lead bureaus and the items asked of city bureaus, each in parentheses. No separator
survives, so the columns are recovered from what each one is made of: ministries and
bureaus are lists of body names (bureaus.parse_list), the measure is prose ending in 。,
support items end in a parenthesis of bureaus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders import bureaus
from loaders.model import StructuredDocument, SupportItem
from loaders.task_measures import CN_NUM, TABLE_HEADER, Line, doc_lines

_CJK = "\u4e00-\u9fff"


@dataclass(slots=True)
class AnnexRow:
    """One row of the glued table with its columns recovered; a task takes its bureaus from it."""

    row: int
    section_title: str | None
    national_number: str | None
    national_text: str
    national_ministries: list[str]
    measure: str
    lead_bureaus: list[str]
    city_support: list[SupportItem]
    line: Line


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
    header = next((i for i, l in enumerate(lines) if TABLE_HEADER.search(l.text)), None)
    if header is None:
        return []
    out: list[AnnexRow] = []
    for row, ln, content in _row_starts(lines, header + 1):
        section = None
        m = re.match(rf"^([{CN_NUM}]+、[^0-9。]{{2,40}}?)(?=\d+[.．、])", content)
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
