"""Real PDF and Word files made from the bundled text documents, for the reader tests.

PDFs are drawn with reportlab and its built-in Chinese CID font (STSong-Light, Adobe-GB1):
nothing to install but a PyPI package, and the way many generated government PDFs are made.
Lines wrap at the right margin by the font's real widths, paragraphs start indented, and every
page has a running header and a page number, as printed documents do. Word files are written
with python-docx: headings as Heading styles, tables as Word tables.
"""

from __future__ import annotations

import re
from pathlib import Path

from loaders.tables import find_tables

HEADER = "滨海新区人民政府公报"
_HEADING = re.compile(r"^(第[一二三四五六七八九十百零〇\d]+[章节]|[一二三四五六七八九十]+、)")


def _lines(text_file: Path) -> list[str]:
    return text_file.read_text(encoding="utf-8").split("\n")


def make_pdf(text_file: Path, out: Path, header: bool = True) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    c = canvas.Canvas(str(out), pagesize=A4)
    width, height = A4
    size, lead, left, right = 10.5, 16, 72.0, width - 72.0
    page = 1
    y = height - 80

    def furniture() -> None:
        if header:
            c.setFont(font, 9)
            c.drawCentredString(width / 2, height - 40, HEADER)
            c.drawCentredString(width / 2, 24, f"- {page} -")
        c.setFont(font, size)

    def wrap(text: str, first: float) -> list[str]:
        out, line, room = [], "", right - left - first
        for ch in text:
            if pdfmetrics.stringWidth(line + ch, font, size) > room:
                out.append(line)
                line, room = "", right - left
            line += ch
        return out + [line]

    furniture()
    for raw in _lines(text_file):
        text = raw.strip()
        indent = 2 * size if raw.startswith((" ", "\u3000")) and text else 0.0
        for n, piece in enumerate(wrap(text, indent) if text else [""]):
            if y < 72:
                c.showPage()
                page += 1
                y = height - 80
                furniture()
            if piece:
                c.drawString(left + (indent if n == 0 else 0.0), y, piece)
            y -= lead
    c.save()
    return out


def make_docx(text_file: Path, out: Path) -> Path:
    import docx
    from docx.shared import Pt

    lines = _lines(text_file)
    tables = {t.caption_line: t for t in find_tables([ln.strip() for ln in lines])}
    document = docx.Document()
    i = 0
    while i < len(lines):
        table = tables.get(i)
        if table is not None:
            document.add_paragraph(lines[i].strip())
            rows: list[list[str] | str] = [[c.text for c in table.header]]
            group = None
            for row, label in zip(table.rows, table.groups):
                if label and label != group:
                    rows.append(label)  # a group label: one row, its cells merged
                group = label
                rows.append([c.text for c in row])
            width = max(len(r) for r in rows if isinstance(r, list))
            grid = document.add_table(rows=len(rows), cols=width)
            for r, row in enumerate(rows):
                if isinstance(row, str):
                    merged = grid.cell(r, 0).merge(grid.cell(r, width - 1))
                    merged.text = row
                    continue
                for k, cell in enumerate(row):
                    grid.cell(r, k).text = cell
            for note in table.notes:
                document.add_paragraph(note.text)
            i = table.end
            continue
        text = lines[i].strip()
        if _HEADING.match(text):
            level = 1 if text.startswith("第") and "章" in text[:6] else 2
            document.add_heading(text, level=level)
        else:
            paragraph = document.add_paragraph(text)
            if text and lines[i][:1] in (" ", "\u3000", "\t"):
                paragraph.paragraph_format.first_line_indent = Pt(21)  # two characters
        i += 1
    document.save(str(out))
    return out
