"""PDF (placeholder until the reader lands)."""

from __future__ import annotations

from pathlib import Path

from loaders.model import DocumentError, RawDocument


def read_pdf(path: Path, max_bytes: int) -> RawDocument:
    raise DocumentError(path.name, "PDF is not read yet")
