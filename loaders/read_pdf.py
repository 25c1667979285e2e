"""Read the text layer of a PDF: lines in the reading order of a one-column document, page
numbers and running headers and footers dropped, lines a paragraph was wrapped into joined.

pypdf reads it: pure Python (no system library to install), well kept, it maps Chinese
CID and TrueType fonts to Unicode, and it bounds decompression (a stream that inflates past
a limit raises instead of filling memory), so a PDF bomb costs nothing. It reports where
each piece of text is drawn, which is all the layout this needs; pdfminer.six lays pages out
more fully but is several times slower and has no such bounds.

The text that reaches the rest of the pipeline is this reconstructed text (RawDocument
.raw_text); passages and their offsets point into it, so evidence is shown as extracted.
"""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from loaders.model import DocumentError, RawDocument
from loaders.read import file_bytes

MAX_PAGES = 2000
# A text page's content stream is well under a megabyte; a stream that inflates past this is
# refused, not decoded (pypdf raises LimitReachedError).
MAX_STREAM_BYTES = 16 * 1024 * 1024
MIN_CHARS_PER_PAGE = 20  # fewer, on average, and the PDF is a scan without a text layer

_PAGE_NUMBER = re.compile(r"^[\s\-—–·•]*(?:第\s*)?[0-9０-９ivxlcdmIVXLCDM]{1,5}\s*(?:页)?"
                          r"(?:\s*[/／]\s*\d+|\s*共\s*\d+\s*页)?[\s\-—–·•]*$")
_DIGITS = re.compile(r"\d+")
# Drawn a square wide in Chinese fonts: ideographs, full-width forms, CJK punctuation, and
# the quotes, dashes and ellipsis that Chinese text sets full width.
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014-\u2026]")
# A line that starts like this starts a paragraph even flush left: numbered items and headings.
_STARTS_ITEM = re.compile(r"^(?:\d{1,3}[.、．](?!\d)|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百零〇\d]+[章节条]|"
                          r"[(（][一二三四五六七八九十\d]{1,3}[)）]|——|专栏\s*\d)")
_SENTENCE_END = ("。", "！", "？", "；", "：", "…", "”", "」", "）")


@dataclass(slots=True)
class _Line:
    y: float
    x0: float
    x1: float
    size: float
    parts: list[tuple[float, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(t for _, t in sorted(self.parts)).strip()


def read_pdf(path: Path, max_bytes: int, max_pages: int = MAX_PAGES) -> RawDocument:
    """The PDF's text; DocumentError naming the file and what to do when it has none."""
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import FileNotDecryptedError, LimitReachedError, PyPdfError

    name = path.name
    data = file_bytes(path, max_bytes)
    if b"%PDF-" not in data[:1024]:
        raise DocumentError(name, "not a PDF (no %PDF header); check the file, or save it "
                                  "again as PDF")
    try:
        with apply_configuration(zlib_maximum_output_length=MAX_STREAM_BYTES,
                                 lzw_maximum_output_length=MAX_STREAM_BYTES,
                                 run_length_maximum_output_length=MAX_STREAM_BYTES,
                                 array_based_stream_maximum_output_length=MAX_STREAM_BYTES,
                                 maximum_declared_stream_length=MAX_STREAM_BYTES):
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not _opens_without_password(reader):
                raise DocumentError(name, "encrypted: it needs a password to open; save a copy "
                                          "without the password (or export its text) and add "
                                          "that")
            count = len(reader.pages)
            if count > max_pages:
                raise DocumentError(name, f"{count} pages, over the limit of {max_pages}; split "
                                          "it into parts")
            pages = [_page_lines(page) for page in reader.pages]
    except DocumentError:
        raise
    except LimitReachedError as exc:
        raise DocumentError(name, f"a stream inflates past {MAX_STREAM_BYTES // 2**20} MB "
                                  f"({exc}); a damaged or hostile PDF, refused") from exc
    except FileNotDecryptedError as exc:
        raise DocumentError(name, "encrypted: it needs a password to open; save a copy without "
                                  "the password and add that") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError) as exc:
        raise DocumentError(name, f"not a readable PDF ({type(exc).__name__}: {exc}); open "
                                  "it and save it again as PDF, or export its text") from exc
    if not pages:
        raise DocumentError(name, "a PDF without pages")
    _drop_running_lines(pages)
    text = _reflow(pages)
    visible = sum(1 for ch in text if not ch.isspace())
    if visible < MIN_CHARS_PER_PAGE * len(pages):
        raise DocumentError(name, f"no text layer ({visible} characters on {len(pages)} pages): "
                                  "a scanned image; run OCR on it (e.g. ocrmypdf) or export "
                                  "its text, then add that")
    if _garbled(text):
        raise DocumentError(name, "its text layer does not map to characters (fonts without a "
                                  "Unicode map); export the text from the program that made "
                                  "it, or run OCR on it")
    return RawDocument(path=path, file=name, raw_text=text, encoding="pdf")


def _opens_without_password(reader) -> bool:
    """Many published PDFs are encrypted only to restrict copying or printing; any viewer
    opens them with the empty password, and so can this."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - an unknown scheme or a missing crypto library
        return False


def _page_lines(page) -> list[_Line]:
    """The page's text as lines, top to bottom, each piece placed by where it is drawn."""
    pieces: list[tuple[float, float, float, str]] = []
    contents = page.get_contents()
    if contents is not None:
        contents.get_data()  # decoded here, so a stream over the limit raises (and is kept)

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        text = text.replace("\n", "").replace("\r", "")
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (abs(tm[0] * cm[0]) or abs(tm[3] * cm[3]) or 1.0)
        size = (size or 10.0) * scale
        body = text.lstrip()
        # Leading spaces are an indent drawn as text: where the words start is what counts.
        x += _width(text[:len(text) - len(body)], size)
        pieces.append((y, x, size, body))

    page.extract_text(visitor_text=visit)
    lines: list[_Line] = []
    for y, x, size, text in sorted(pieces, key=lambda p: (-p[0], p[1])):
        width = _width(text, size)
        line = lines[-1] if lines else None
        if line is not None and abs(line.y - y) <= max(line.size, size) * 0.4:
            line.parts.append((x, text))
            line.x0, line.x1 = min(line.x0, x), max(line.x1, x + width)
        else:
            lines.append(_Line(y, x, x + width, size, [(x, text)]))
    return [ln for ln in lines if ln.text]


def _width(text: str, size: float) -> float:
    """Chinese characters and full-width forms are a square; others about half of one."""
    return sum(size if _WIDE.match(ch) else size * 0.5 for ch in text)


def _shape(text: str) -> str:
    return _DIGITS.sub("#", re.sub(r"\s+", "", text))


def _margins(lines: list[_Line], leading: float, size: float) -> list[_Line]:
    """Lines set apart at the top or bottom of a page (a wider gap, or smaller type): where
    running headers, footers and page numbers are."""
    out: list[_Line] = []
    for edge in (lines, lines[::-1]):
        for a, b in zip(edge[:2], edge[1:3]):
            # Wider than a blank line's gap (two leads): set apart from the body.
            if abs(a.y - b.y) > leading * 2.2 or a.size < size - 0.5:
                out.append(a)
            else:
                break
    return out


def _drop_running_lines(pages: list[list[_Line]]) -> None:
    """Page numbers, and headers or footers repeated on many pages (the same words, the page
    number aside), in the top or bottom margin."""
    gaps = [abs(a.y - b.y) for lines in pages for a, b in zip(lines, lines[1:]) if a.y != b.y]
    leading = statistics.median(gaps) if gaps else 12.0
    size = statistics.median([ln.size for lines in pages for ln in lines] or [10.0])
    margins = [_margins(lines, leading, size) for lines in pages]
    counts: dict[str, int] = {}
    for lines in margins:
        for shape in {_shape(ln.text) for ln in lines}:
            counts[shape] = counts.get(shape, 0) + 1
    repeated = {s for s, n in counts.items() if len(pages) >= 3 and n >= len(pages) * 0.5}
    for i, lines in enumerate(pages):
        drop = {id(ln) for ln in margins[i]
                if _PAGE_NUMBER.match(ln.text) or _shape(ln.text) in repeated}
        pages[i] = [ln for ln in lines if id(ln) not in drop]


def _reflow(pages: list[list[_Line]]) -> str:
    """One line per paragraph: a line that runs to the right margin continues on the next,
    unless the next is indented (a new paragraph) or the line ends a sentence short of it."""
    body = [ln for lines in pages for ln in lines]
    if not body:
        return ""
    sizes = [ln.size for ln in body]
    size = statistics.median(sizes)
    left = min(ln.x0 for ln in body if abs(ln.size - size) < 0.5) if sizes else 0.0
    # Most lines of a document run to the right margin (paragraphs wrap), so the median end
    # of the longer lines is where it is; estimated widths err both ways around it.
    ends = [ln.x1 for ln in body if len(ln.text) >= 10] or [ln.x1 for ln in body]
    right = statistics.median(ends)
    out: list[str] = []
    current = ""
    for i, ln in enumerate(body):
        text = ln.text
        current += text if current else _indent(ln, left, size) + text
        nxt = body[i + 1] if i + 1 < len(body) else None
        # Widths are estimated (a square per Chinese character, half for others), so a
        # line within a few characters of the margin is full unless it ends a sentence.
        full = ln.x1 >= right - size * (1.0 if text.endswith(_SENTENCE_END) else 3.0)
        starts_new = (nxt is None or nxt.x0 > left + size * 0.8 or abs(nxt.size - ln.size) > 0.5
                      or _STARTS_ITEM.match(nxt.text) is not None)
        if full and not starts_new:
            continue  # the paragraph wraps onto the next line
        out.append(current)
        current = ""
    return "\n".join(out) + "\n"


def _indent(line: _Line, left: float, size: float) -> str:
    """An indented first line keeps an indent (as the text files of the corpus have it)."""
    from loaders.read_docx import INDENT

    return INDENT if line.x0 > left + size * 0.8 else ""


def _garbled(text: str) -> bool:
    sample = text[:20000]
    bad = sum(1 for ch in sample if "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd"
              or (ord(ch) < 32 and ch not in "\n\t"))
    return bad > max(20, len(sample) // 10)
