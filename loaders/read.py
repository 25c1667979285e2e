"""Read a file into text, and refuse what is not a readable document with a reason.

Government sites and archives hand out UTF-8, UTF-8 with a byte-order mark, UTF-16 and
GB18030/GBK text, and sometimes a saved HTML page instead of text. The encoding is detected
from evidence (BOMs, strict decoding, the share of Chinese characters), and named on the
RawDocument; a file that fits none of them is rejected rather than decoded into mojibake.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer
from html.parser import HTMLParser
from pathlib import Path

from loaders.model import DocumentError, RawDocument

# Files above this size are refused: a policy document is well under 1 MB, and reading a
# runaway file into memory and then through every stage would stall a whole build.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Chinese legacy encodings, by the names the detector gives, mapped to the codec that reads
# them (GB18030 is a superset of GBK and GB2312).
_CHINESE = {"gb18030": "gb18030", "gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030",
            "hz": "hz", "big5": "big5", "big5hkscs": "big5hkscs", "cp950": "cp950"}
_SNIFF = 256 * 1024

_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u3400-\u9fff]")


def file_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, if it can be read and is within the size limit."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(name, f"cannot be read ({exc.strerror or exc}); check the path "
                                  "and permissions") from exc
    if size > max_bytes:
        raise DocumentError(name, f"too large ({size / 1e6:.1f} MB, the limit is "
                                  f"{max_bytes / 1e6:.0f} MB); split it or raise the limit")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(name, f"cannot be read ({exc.strerror or exc})") from exc


def read_document(path: str | Path, max_bytes: int = MAX_DOCUMENT_BYTES) -> RawDocument:
    """Decode one file; raise DocumentError naming the file, the cause and what to do."""
    path = Path(path)
    name = path.name
    data = file_bytes(path, max_bytes)
    text, encoding = decode(data, name)
    if "\r" in text and "\n" not in text:
        # Classic Mac line ends: without this the whole file would be one line.
        text = text.replace("\r", "\n")
        encoding += "+cr"
    if _HTML_START.match(text[:2000]) or _looks_like_html(text):
        text = html_to_text(text)
        encoding += "+html"
        if not text.strip():
            raise DocumentError(name, "an HTML page without text; save the document's text "
                                      "as a .txt file")
    return RawDocument(path=path, file=name, raw_text=text, encoding=encoding)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and the name of the encoding it was found in."""
    if not data.strip():
        raise DocumentError(name, "empty file; nothing to load (remove it or add its text)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DocumentError(name, f"starts with a {encoding} byte-order mark but is not "
                                          f"valid {encoding} at byte {exc.start} "
                                          f"({exc.reason}); the file may be truncated") from exc
            text = text.lstrip("\ufeff")
            _check_text(text, name, encoding)
            return text, encoding.removesuffix("-sig")
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise DocumentError(name, f"looks like {utf16} text but does not decode at byte "
                                      f"{exc.start} ({exc.reason}); the file may be "
                                      "truncated") from exc
        _check_text(text, name, utf16)
        return text, utf16
    if b"\x00" in data[:65536]:
        raise DocumentError(name, "binary file (contains NUL bytes), not text; convert it to "
                                  "UTF-8 text first")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _not_utf8(data, name, exc)
    _check_text(text, name, "utf-8")
    return text, "utf-8"


def _not_utf8(data: bytes, name: str, first: UnicodeDecodeError) -> tuple[str, str]:
    """Tell a broken UTF-8 file from a legacy Chinese one: UTF-8 with a few bad bytes is
    broken; otherwise the detector names the encoding, and only Chinese ones are read."""
    good = data.decode("utf-8", errors="replace")
    bad = good.count("\ufffd")
    multibyte = sum(1 for ch in good if ord(ch) > 0x7F and ch != "\ufffd")
    line = data.count(b"\n", 0, first.start) + 1
    if multibyte >= 8 * max(bad, 1):
        where = "at the end of the file" if first.end >= len(data) - 3 else f"on line {line}"
        raise DocumentError(name, f"invalid or truncated UTF-8 multi-byte sequence {where} "
                                  f"(byte {first.start}: {first.reason}); the file was probably "
                                  "cut off or damaged: fetch it again")
    guess = charset_normalizer.from_bytes(data[:_SNIFF]).best()
    found = guess.encoding if guess else None
    encoding = _CHINESE.get(found or "")
    if encoding is None:
        what = f"reads as {found}" if found else "matches no known encoding"
        raise DocumentError(name, f"not UTF-8 (byte {first.start}: {first.reason}) and not "
                                  f"Chinese GB18030/GBK or Big5 text (it {what}); save it as "
                                  "UTF-8 text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DocumentError(name, f"reads as {encoding} but byte {exc.start} is not valid "
                                  f"{encoding} ({exc.reason}); the file may be truncated or "
                                  "damaged: fetch it again") from exc
    chars = len(text.strip()) or 1
    if len(_CJK.findall(text)) / chars < 0.2:
        raise DocumentError(name, f"not UTF-8 (byte {first.start}: {first.reason}) and it does "
                                  f"not read as Chinese {encoding} either; save it as UTF-8 text")
    _check_text(text, name, encoding)
    return text, encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII characters put NULs in the byte pairs, and only one byte
    order decodes to readable text (Chinese, ASCII, punctuation)."""
    sample = data[:8192]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    sample = sample[: len(sample) // 2 * 2]
    best: tuple[float, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = sample.decode(encoding, errors="replace")
        good = sum(1 for ch in text if ch in "\n\r\t" or " " <= ch < "\x7f"
                   or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"
                   or "\u2000" <= ch <= "\u206f")
        score = good / max(len(text), 1)
        if best is None or score > best[0]:
            best = (score, encoding)
    return best[1] if best and best[0] >= 0.9 else None


def _check_text(text: str, name: str, encoding: str) -> None:
    if not text.strip():
        raise DocumentError(name, f"empty ({encoding} text without any characters)")
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise DocumentError(name, f"binary data: {controls} control characters in the first "
                                  f"{len(sample)} characters of {encoding} text; not a text "
                                  "document")


def _looks_like_html(text: str) -> bool:
    head = text[:5000].lower()
    return head.count("<div") + head.count("<p>") + head.count("<p ") + head.count("<br") > 5


class _TextOfHtml(HTMLParser):
    """Keeps text, turns block elements into line breaks, drops scripts and styles."""

    _BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
              "section", "article", "td", "th", "ul", "ol", "header", "footer"}
    # <title> is the browser tab's label (often "headline_site name"); the body has the text.
    _SKIP = {"script", "style", "noscript", "template", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The readable text of a saved web page, one block per line."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"
