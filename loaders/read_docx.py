"""Read a Word .docx: its paragraphs in order, headings (by their Heading/标题/Title style) on
lines of their own, and tables row by row with one cell per line and a blank line between
rows, the form the table rebuilder (tables.py) reads, so a Word table and a flattened web table meet the same code.
Page headers and footers are not body text, so they never reach the document.

python-docx reads it: the well-kept library for the format, on lxml with entity expansion
off (no billion-laughs). A .docx is a zip: its declared sizes are checked before anything is
inflated (Python's zipfile never inflates an entry past its declared size), so a zip bomb is
refused up front.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from loaders.model import DocumentError, RawDocument
from loaders.read import file_bytes

MAX_ENTRIES = 5000
MAX_UNZIPPED = 200 * 1024 * 1024  # all parts together, as declared
MAX_PART = 64 * 1024 * 1024  # one part (word/document.xml), as declared
INDENT = "    "  # an indented paragraph's first line, as the text files of the corpus have it
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADING_STYLES = ("heading", "标题", "title", "subtitle")


def read_docx(path: Path, max_bytes: int) -> RawDocument:
    name = path.name
    data = file_bytes(path, max_bytes)
    if data.startswith(_OLE):
        raise DocumentError(name, "an old binary Word (.doc) file or a password-protected one, "
                                  "not a .docx; open it in Word or WPS, save it as .docx without "
                                  "a password (or export its text), then add that")
    _check_zip(name, data)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_table_lines(block))
            else:
                lines.extend(_paragraph_lines(block))
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on bad input
        raise DocumentError(name, f"not a readable Word .docx ({type(exc).__name__}: {exc}); "
                                  "open it and save it again as .docx") from exc
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise DocumentError(name, "a Word document without text (only images or empty); "
                                  "export its text, or run OCR on its images, then add that")
    return RawDocument(path=path, file=name, raw_text=text + "\n", encoding="docx")


def _check_zip(name: str, data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentError(name, f"not a Word .docx (not a valid zip package: {exc}); save it "
                                  "again as .docx") from exc
    if len(infos) > MAX_ENTRIES:
        raise DocumentError(name, f"a package of {len(infos)} parts, over {MAX_ENTRIES}; "
                                  "refused (a damaged or hostile file)")
    total = sum(i.file_size for i in infos)
    biggest = max((i.file_size for i in infos), default=0)
    if total > MAX_UNZIPPED or biggest > MAX_PART:
        raise DocumentError(name, f"unpacks to {total / 2**20:.0f} MB (a part of "
                                  f"{biggest / 2**20:.0f} MB), over the limit of "
                                  f"{MAX_UNZIPPED // 2**20} MB: a zip bomb or a damaged file; "
                                  "refused")
    if "word/document.xml" not in {i.filename for i in infos}:
        raise DocumentError(name, "a zip package without word/document.xml: not a Word "
                                  "document (an .xlsx, .pptx or .ofd?); save it as .docx, PDF "
                                  "or text")


def _paragraph_lines(paragraph) -> list[str]:
    text = paragraph.text.replace("\r", "")
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.lower().startswith(_HEADING_STYLES):
        # A heading is a line of its own, however it was typed (a soft break inside it joins).
        return [" ".join(part.strip() for part in text.split("\n") if part.strip())]
    lines = text.split("\n")
    if lines[0].strip() and _indented(paragraph):
        lines[0] = INDENT + lines[0].lstrip()  # the first-line indent body paragraphs have
    return lines


def _indented(paragraph) -> bool:
    fmt = paragraph.paragraph_format
    for value in (fmt.first_line_indent, fmt.left_indent):
        if value is not None and value > 0:
            return True
    style = paragraph.style
    while style is not None:
        value = style.paragraph_format.first_line_indent
        if value is not None:
            return value > 0
        style = style.base_style
    return False


def _table_lines(table) -> list[str]:
    """Row by row, one cell per line and a blank line after each row (as flattened web
    tables come); a merged cell once per row."""
    lines: list[str] = []
    for row in table.rows:
        if lines:
            lines.append("")
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # noqa: SLF001 - identity of a merged cell
                continue
            seen.add(id(cell._tc))  # noqa: SLF001
            text = " ".join(part.strip() for part in cell.text.split("\n") if part.strip())
            lines.append(text)
    return lines + [""]
