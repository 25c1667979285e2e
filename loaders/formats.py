"""Which reader reads a file, by its suffix: text and saved web pages (read.py), PDF with a
text layer (read_pdf.py), Word .docx (read_docx.py). Formats that cannot be read are refused
with what to do instead, never guessed at."""

from __future__ import annotations

from pathlib import Path

from loaders.model import DocumentError, RawDocument
from loaders.read import MAX_DOCUMENT_BYTES, read_document

TEXT_SUFFIXES = (".txt", ".html", ".htm")
DOCUMENT_SUFFIXES = (*TEXT_SUFFIXES, ".pdf", ".docx")

# Formats people are sent, that no well-kept Python library reads: say how to get a file
# that can be read.
REFUSED = {
    ".doc": "an old Word .doc file, which is not read; open it in Word or WPS and save it as "
            ".docx (or export its text as .txt), then add that",
    ".wps": "a WPS Writer .wps file, which is not read; open it in WPS and save it as .docx "
            "(or export its text as .txt), then add that",
    ".ofd": "an OFD file, which is not read; open it in an OFD reader and export it as PDF "
            "with text, or as .txt, then add that",
}


def read_file(path: str | Path, max_bytes: int = MAX_DOCUMENT_BYTES,
              max_pages: int | None = None) -> RawDocument:
    """Decode one file into text; raise DocumentError naming the file, the cause and what
    to do."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in REFUSED:
        raise DocumentError(path.name, REFUSED[suffix])
    if suffix == ".pdf":
        from loaders.read_pdf import MAX_PAGES, read_pdf

        return read_pdf(path, max_bytes, max_pages or MAX_PAGES)
    if suffix == ".docx":
        from loaders.read_docx import read_docx

        return read_docx(path, max_bytes)
    return read_document(path, max_bytes)
