"""Each file's result (loaders/one_file.py) cached on disk, by everything it depends on: the
file's content, the name and manifest entry it is read with, the id it is given, and the code
of the loaders. A change to any extractor, lexicon or the ontology changes the last, so a
stale result is never used: that file is extracted again.
"""

from __future__ import annotations

import gc
import hashlib
import json
import pickle
from contextlib import contextmanager
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from loaders.one_file import FileResult, load_file

RESULTS = "results"
FORMAT = "policykg-file-result-1"
_CODE_DIRS = ("loaders", "ontology")


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the loader and ontology sources (and lexicons): the extractor version."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for folder in _CODE_DIRS:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in (".py", ".json") and "__pycache__" not in path.parts:
                h.update(str(path.relative_to(root)).encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def result_key(sha256: str, name: str, manifest: dict[str, Any] | None, doc_id: str | None,
               max_bytes: int, max_pages: int | None) -> str:
    inputs = json.dumps([sha256, name, manifest, doc_id, max_bytes, max_pages, code_version()],
                        ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(inputs.encode("utf-8")).hexdigest()[:32]


@contextmanager
def no_gc() -> Iterator[None]:
    """Unpickling and resolving allocate many objects and free few: the cyclic collector
    would walk the whole heap again and again for nothing (it doubles resolution time on a
    hundred documents). Reference counting still frees what is dropped. What is left is kept
    (cached results, the record of the graph), so it is frozen out of later collections
    rather than walked once more when the collector is switched back on."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.freeze()
            gc.enable()


class ResultCache:
    """Results on disk, and in memory once read. Nothing downstream changes a result
    (resolution leaves the extractions it is given as they are: tests/test_resolve_memo.py),
    so one copy of each serves every change."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / RESULTS
        self.hits = self.misses = 0
        self._kept: dict[str, FileResult] = {}

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.pickle"

    def get(self, key: str) -> FileResult | None:
        kept = self._kept.get(key)
        if kept is None:
            try:
                with no_gc():
                    stored = pickle.loads(self.path(key).read_bytes())
                if not (isinstance(stored, tuple) and len(stored) == 5 and stored[0] == FORMAT):
                    return None
                _, warnings, error, blob, lexical = stored
                with no_gc():
                    name, docs, extractions = pickle.loads(blob)
            except Exception:  # noqa: BLE001 - a missing or damaged entry is computed again
                return None
            kept = self._kept[key] = FileResult(name, docs, extractions, lexical, warnings, error)
        return FileResult(kept.name, list(kept.docs), list(kept.extractions), kept.lexical,
                          list(kept.warnings), kept.error)

    def load(self, path: Path, key: str, name: str, manifest: dict[str, Any] | None,
             doc_id: str | None, max_bytes: int, max_pages: int | None) -> FileResult:
        """The cached result, or the file loaded now and cached."""
        cached = self.get(key)
        if cached is not None:
            self.hits += 1
            return cached
        self.misses += 1
        with no_gc():
            result = load_file(path, name, manifest, doc_id, max_bytes, False, max_pages)
        self.put(key, result)
        return result

    def has(self, key: str) -> bool:
        return key in self._kept or self.path(key).is_file()

    def put(self, key: str, result: FileResult) -> None:
        """Keep a file's result, loaded here or by a worker process."""
        blob = pickle.dumps((result.name, result.docs, result.extractions),
                            protocol=pickle.HIGHEST_PROTOCOL)
        stored = (FORMAT, result.warnings, result.error, blob, result.lexical)
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.path(key).with_suffix(".part")
        tmp.write_bytes(pickle.dumps(stored, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(self.path(key))
        self._kept[key] = FileResult(result.name, list(result.docs), list(result.extractions),
                                     result.lexical, list(result.warnings), result.error)

    def keep_only(self, keys: set[str]) -> None:
        """Drop the results no kept file uses any more."""
        self._kept = {k: v for k, v in self._kept.items() if k in keys}
        if not self.folder.is_dir():
            return
        for path in self.folder.glob("*.pickle"):
            if path.stem not in keys:
                path.unlink(missing_ok=True)
