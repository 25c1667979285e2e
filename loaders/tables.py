"""Rebuild tables that a web page flattened to one cell per line.

A plan's indicator table or park table arrives as a caption (表6-1…, often with 表 lost),
the header cells, then every cell on its own line. Rows are recovered from the table's own
evidence, in this order: a 序号 column (row n starts at the cell "n"); a closing column whose
few values repeat on every row (预期性/约束性); otherwise the width whose columns are most
alike in length. Group labels (一、经济发展 / 宜居宜业) that span rows are kept per row.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

_CAPTION = re.compile(
    r"^(?:表\s*(?P<n1>\d{1,2}(?:\s*[-－—.]\s*\d{1,2})?)|(?P<n2>\d{1,2}(?:-\d{1,2})?)(?=[^\d.、,，:：()（）%])|"
    r"(?P<box>专栏\s*\d{1,2}))\s*(?P<title>\S.{0,48})$")
_NOTE = re.compile(r"^(?:注|备注|说明|资料来源|数据来源)\s*[:：]")
_STRUCTURAL = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+[章节部篇]|[(（][一二三四五六七八九十]+[)）])")
_NUMBER = re.compile(r"^[-+]?\d[\d,.]*%?$")
# Words that follow a value in a cell (41以上, 3.5以内): a value, not a caption.
_QUALIFIER = re.compile(r"^(以上|以下|以内|左右|上下|万|亿|个|家|%)")
_KEYED = re.compile(r"^(?P<key>[^:：\d]{1,20})[:：]\s*\S.*$")
_GROUP = re.compile(r"^[^\d:：()（）%]{2,8}$")
_NUMBERED_GROUP = re.compile(r"^[一二三四五六七八九十]+、\S{2,12}$")
_MAX_CELL = 90


@dataclass(slots=True)
class Cell:
    line: int  # 0-based line index
    text: str


@dataclass(slots=True)
class Table:
    caption_line: int
    number: str | None  # 6-1, 专栏1
    caption: str
    header: list[Cell]
    rows: list[list[Cell]]
    groups: list[str | None]  # group label per row
    end: int  # one past the last line of the table
    notes: list[Cell] = field(default_factory=list)

    @property
    def lines(self) -> range:
        return range(self.caption_line, self.end)


def _is_cell(text: str) -> bool:
    if not text or len(text) > _MAX_CELL:
        return False
    if text.endswith("。") and len(text) > 6:
        return False
    return not _STRUCTURAL.match(text)


def find_tables(lines: list[str], taken: set[int] | None = None) -> list[Table]:
    """Tables found in `lines` (skipping line indexes in `taken`)."""
    taken = taken or set()
    tables: list[Table] = []
    i = 0
    n = len(lines)
    while i < n:
        text = lines[i].strip()
        m = _CAPTION.match(text) if text and i not in taken else None
        if not m or text.endswith("。") or not _real_caption(m):
            i += 1
            continue
        cells: list[Cell] = []
        notes: list[Cell] = []
        j = i + 1
        while j < n:
            t = lines[j].strip()
            if not t:
                j += 1
                continue
            if _NOTE.match(t):
                notes.append(Cell(j, t))
                j += 1
                break
            nested = _CAPTION.match(t)
            if not _is_cell(t) or (nested and _real_caption(nested) and len(cells) > 3
                                   and len(nested.group("title")) >= 6):
                break
            cells.append(Cell(j, t))
            j += 1
        end = j
        if notes:
            end = notes[-1].line + 1
        elif cells:
            end = cells[-1].line + 1
        table = _rebuild(i, m, text, cells, end, notes) if len(cells) >= 6 else None
        if table is None:
            i += 1
            continue
        tables.append(table)
        i = end
    return tables


def _real_caption(m: re.Match) -> bool:
    title = m.group("title").strip()
    if m.group("box") or m.group("n1"):
        return True
    return len(title) >= 4 and not _QUALIFIER.match(title)


def _merge_continuations(cells: list[Cell]) -> list[Cell]:
    """Put split cells back together.

    `累计固定资产投资总额` + `(亿元)`: a bracketed unit on its own line ends the cell before.
    `雏鹰:534` `瞪羚:50` `雏鹰:750`…: keyed values form one cell until a key repeats.
    """
    out: list[Cell] = []
    keys: set[str] = set()
    for cell in cells:
        keyed = _KEYED.match(cell.text)
        if out and re.match(r"^[(（].{0,30}[)）]$", cell.text) and \
                not _NUMBER.match(out[-1].text):
            out[-1] = Cell(out[-1].line, out[-1].text + cell.text)
            keys = set()
        elif keyed and out and keys and keyed.group("key") not in keys:
            out[-1] = Cell(out[-1].line, out[-1].text + "; " + cell.text)
            keys.add(keyed.group("key"))
        else:
            out.append(cell)
            keys = {keyed.group("key")} if keyed else set()
    return out


def _rebuild(caption_line: int, m: re.Match, caption_text: str, cells: list[Cell], end: int,
             notes: list[Cell]) -> Table | None:
    number = m.group("n1") or m.group("n2") or (m.group("box") or "").replace(" ", "")
    caption = m.group("title").strip()
    cells = _merge_continuations(cells)
    texts = [c.text for c in cells]
    built = (_by_sequence(cells, texts) or _by_closing_column(cells, texts)
             or _by_width(cells))
    if built is None:
        return None
    header, rows, groups = built
    if len(rows) < 2:
        return None
    return Table(caption_line, number, caption, header, rows, groups, end, notes)


Built = tuple[list[Cell], list[list[Cell]], list[str | None]]


def _by_sequence(cells: list[Cell], texts: list[str]) -> Built | None:
    """Tables with a 序号 column: row k begins at the cell that reads k."""
    head_end = next((k for k, t in enumerate(texts[:10]) if t == "1"), None)
    if head_end is None or not any("序号" in t for t in texts[:head_end]):
        return None
    starts = [head_end]
    expect = 2
    for k in range(head_end + 1, len(texts)):
        if texts[k] == str(expect):
            starts.append(k)
            expect += 1
    if len(starts) < 3:
        return None
    segments = [cells[a:b] for a, b in zip(starts, starts[1:] + [len(cells)])]
    width = statistics.mode(len(s) for s in segments)
    head = cells[:head_end]
    group: str | None = None
    if len(head) > width:
        group = head[-1].text
        head = head[:-1]
    rows: list[list[Cell]] = []
    groups: list[str | None] = []
    for seg in segments:
        if len(seg) > 2 and (len(seg) > width and not _NUMBER.match(seg[-1].text)
                             or _NUMBERED_GROUP.match(seg[-1].text)):
            rows.append(seg[:-1])
            groups.append(group)
            group = seg[-1].text
        else:
            rows.append(seg)
            groups.append(group)
    return head, rows, groups


def _by_closing_column(cells: list[Cell], texts: list[str]) -> Built | None:
    """Tables whose last column takes a few repeated values, e.g. 预期性/约束性."""
    counts: dict[str, int] = {}
    for t in texts:
        if not _NUMBER.match(t):
            counts[t] = counts.get(t, 0) + 1
    closing = {t for t, c in counts.items() if c >= 3 and len(t) <= 8}
    # A row closes on one of these and the next row opens with a name, so a value seen
    # right after another such value (完成任务 完成任务 约束性) is not the closing column.
    for k in range(len(texts) - 1):
        if texts[k] in closing and texts[k + 1] in closing:
            closing.discard(texts[k])
    if not closing:
        return None
    ends = [k for k, t in enumerate(texts) if t in closing]
    if len(ends) < 3:
        return None
    segments: list[list[Cell]] = []
    prev = 0
    for k in ends:
        segments.append(cells[prev:k + 1])
        prev = k + 1
    width = statistics.mode(len(s) for s in segments[1:]) if len(segments) > 1 else 0
    if width < 2:
        return None
    first = segments[0]
    # The header is the first segment minus its data row; it ends with the closing column's
    # name, which is the one header cell before the row (and an optional group label).
    has_groups = any(len(s) == width + 1 for s in segments[1:])
    head_width = width + 1 if has_groups else width
    head = first[:head_width]
    rest = first[head_width:]
    rows: list[list[Cell]] = []
    groups: list[str | None] = []
    group: str | None = None
    for seg in [rest] + segments[1:]:
        if not seg:
            continue
        # A longer row starts with a group label (创新发展) or simply holds more values.
        if len(seg) > width and _GROUP.match(seg[0].text) and not _NUMBER.match(seg[1].text):
            group = seg[0].text
            seg = seg[1:]
        rows.append(seg)
        groups.append(group)
    if not rows:
        return None
    return head, rows, groups


def _by_width(cells: list[Cell]) -> Built | None:
    """Tables without numbering: the width whose columns are each most uniform wins."""
    n = len(cells)
    scores: dict[int, float] = {}
    for width in range(2, min(8, n // 3) + 1):
        if n // width < 3:
            continue
        if n % width:
            continue
        # Score the body only: a header row is short words over long values.
        cols = [[len(cells[k].text) for k in range(width + c, n, width)] for c in range(width)]
        scores[width] = sum(statistics.pstdev(col) / (statistics.mean(col) or 1)
                            for col in cols) / width
    if not scores:
        return None
    # A multiple of the true width scores as well as the width itself: take the smallest
    # width that is about as uniform as the best.
    best = min(scores.values())
    width = min(w for w, sc in scores.items() if sc <= best * 2 + 0.05)
    head = cells[:width]
    rows = [cells[k:k + width] for k in range(width, n, width)]
    return head, rows, [None] * len(rows)
