"""Word (placeholder until the reader lands)."""

from __future__ import annotations

from pathlib import Path

from loaders.model import DocumentError, RawDocument


def read_docx(path: Path, max_bytes: int) -> RawDocument:
    raise DocumentError(path.name, "Word is not read yet")
