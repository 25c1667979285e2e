"""An article's lines and the passages cut from them: sentences with exact offsets, and the
caption, header, rows and notes of a rebuilt table.

Passages are the evidence every fact points back to, so each keeps its offsets into the
article's text and the 1-based line of the file; the structure builder (loaders.structure)
hands paragraphs and tables here as it walks the section tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.model import Passage, Section, TableRow
from loaders.tables import Table

# A sentence runs to 。!? and takes closing quotes and an attribution in brackets that
# follows at once: `推广应用。(区某某局)` names who answers for that sentence.
_SENTENCE = re.compile(r"[^。!?！？]*(?:[。!?！？]+(?:[”’」』)]|\([^()。]{1,24}\))*|$)")
# Sentences longer than this are cut at a clause boundary: a passage is evidence to read.
_MAX_SENTENCE = 400


@dataclass(slots=True)
class Line:
    """A line of the article as the builder walks it: where it starts (passages keep exact
    offsets) and its indent (a stray space is where a heading's numbering was lost)."""

    idx: int  # 0-based line index in the file
    start: int  # char offset of the line start in the article text
    raw: str  # line text (normalised)
    text: str  # stripped
    indent: str


@dataclass(slots=True)
class Builder:
    """What one article gathers as it is walked: its sections, and its passages numbered in
    reading order (the order makes their ids) with the table rows they carry."""

    doc_id: str
    text: str
    line_base: int  # 0-based index of the article's first line in the file
    sections: list[Section] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    tables: list[TableRow] = field(default_factory=list)
    front: Section | None = None

    def front_section(self, title: str) -> Section:
        if self.front is None:
            self.front = Section(id=f"{self.doc_id}:s0", title=title, level=0, order=0,
                                 parent=None, number=None, start=0, end=len(self.text), line=1)
            self.sections.insert(0, self.front)
        return self.front

    def passage(self, text: str, start: int, end: int, line_idx: int, section: Section,
                kind: str = "sentence") -> Passage:
        p = Passage(id=f"{self.doc_id}:p{len(self.passages) + 1}", text=text, start=start,
                    end=end, line=line_idx + 1, section=section.id, kind=kind)  # type: ignore[arg-type]
        self.passages.append(p)
        return p


def sentences(b: Builder, para: list[Line], section: Section) -> None:
    """Cut a paragraph (one or more lines) into sentences with exact offsets."""
    spans: list[tuple[int, int, int]] = []  # (start, end, line) pieces of the article text
    for ln in para:
        lead = len(ln.raw) - len(ln.raw.lstrip())
        tail = len(ln.raw.rstrip())
        if tail > lead:
            spans.append((ln.start + lead, ln.start + tail, ln.idx))
    if not spans:
        return
    # Work on the joined text, remembering where each joined character sits.
    joined = "".join(b.text[s:e] for s, e, _ in spans)
    where: list[int] = []
    line_of_char: list[int] = []
    for s, e, idx in spans:
        where.extend(range(s, e))
        line_of_char.extend([idx] * (e - s))
    for m in _SENTENCE.finditer(joined):
        if m.end() == m.start():
            continue
        for s, e in _cut_long(joined, m.start(), m.end()):
            piece = joined[s:e]
            stripped = piece.strip()
            if not stripped:
                continue
            s += len(piece) - len(piece.lstrip())
            e = s + len(stripped)
            b.passage(stripped, where[s], where[e - 1] + 1, line_of_char[s], section)


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= _MAX_SENTENCE:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    s = start
    while end - s > _MAX_SENTENCE:
        window = text[s:s + _MAX_SENTENCE]
        cut = max(window.rfind(";"), window.rfind("；"), window.rfind(","), window.rfind("，"))
        cut = s + (cut + 1 if cut > _MAX_SENTENCE // 4 else _MAX_SENTENCE)
        pieces.append((s, cut))
        s = cut
    pieces.append((s, end))
    return pieces


def table_passages(b: Builder, lines: list[Line], table: Table, section: Section) -> None:
    """A rebuilt table as evidence: caption and header as headings, each row a passage of its
    own with its TableRow (the targets read them), notes as sentences."""
    by_idx = {ln.idx: ln for ln in lines}
    base = b.line_base

    def span(cells) -> tuple[int, int, int]:
        first = by_idx[cells[0].line + base]
        last = by_idx[cells[-1].line + base]
        return (first.start + len(first.indent), last.start + len(last.raw.rstrip()), first.idx)

    cap = by_idx[table.caption_line + base]
    table_id = table.number if table.number and not table.number.startswith("专栏") else None
    table_id = f"表{table_id}" if table_id else (table.number or f"{b.doc_id}:t{cap.idx + 1}")
    caption = f"{table_id} {table.caption}".strip()
    b.passage(cap.text, cap.start + len(cap.indent), cap.start + len(cap.raw.rstrip()), cap.idx,
              section, "heading")
    header = [c.text for c in table.header]
    if table.header:
        s, e, i = span(table.header)
        b.passage(" | ".join(header), s, e, i, section, "heading")
    for row, group in zip(table.rows, table.groups):
        s, e, i = span(row)
        cells = [c.text for c in row]
        text = " | ".join(cells)
        if group:
            text = f"{group} | {text}"
        p = b.passage(text, s, e, i, section, "table_row")
        b.tables.append(TableRow(table=table_id, caption=caption, header=header, cells=cells,
                                 passage=p.id, line=i + 1, section=section.id, group=group))
    for note in table.notes:
        ln = by_idx[note.line + base]
        b.passage(ln.text, ln.start + len(ln.indent), ln.start + len(ln.raw.rstrip()), ln.idx,
                  section)
