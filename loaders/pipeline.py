"""The loader pipeline over a corpus folder: read → structure → extract → resolve → batches.

A document that fails at any stage is reported in `errors` with its file and cause and left
out; the others are still built, so one bad file never costs a whole build.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ontology.batch import GraphBatch, SchemaError, validate

from loaders.formats import DOCUMENT_SUFFIXES, REFUSED
from loaders.formats import read_file as _read
from loaders.model import DocumentError, Extraction, RawDocument, StructuredDocument
from loaders.one_file import EXTRACTORS, FileResult, collisions, load_file
from loaders.read import MAX_DOCUMENT_BYTES
from loaders.structure import structure as _structure

if TYPE_CHECKING:
    from loaders.resolve_memo import ResolveMemo

# Documents are text, saved web pages, PDF and Word .docx; formats that people are sent but
# cannot be read (.doc, .wps, .ofd) are listed so that reading them says what to do; anything
# else in the folder is named and skipped.
LISTED_SUFFIXES = (*DOCUMENT_SUFFIXES, *REFUSED)
MANIFEST = "manifest.json"

Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class CorpusResult:
    documents: list[StructuredDocument] = field(default_factory=list)
    batches: list[GraphBatch] = field(default_factory=list)
    errors: list[DocumentError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_document(path: str | Path, max_bytes: int = MAX_DOCUMENT_BYTES) -> RawDocument:
    """Decode one file (see loaders.formats); raises DocumentError naming file and cause."""
    return _read(path, max_bytes)


def structure(raw: RawDocument, manifest: dict | None = None) -> list[StructuredDocument]:
    """One StructuredDocument per article of the file (see loaders.structure)."""
    return _structure(raw, manifest)


def find_documents(corpus_dir: str | Path) -> tuple[list[Path], list[str]]:
    """Document files under `corpus_dir`, sorted, and warnings about what was skipped.

    Symbolic links are followed once: a link back into a folder already walked (a loop) or
    to a file already listed is reported, not walked again.
    """
    root = Path(corpus_dir)
    warnings: list[str] = []
    if not root.is_dir():
        raise DocumentError(str(root), "corpus folder not found; pass an existing folder")
    found: list[Path] = []
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        here = Path(dirpath)
        try:
            st = here.stat()
        except OSError as exc:
            warnings.append(f"{here}: cannot be read ({exc.strerror}); skipped")
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            warnings.append(f"{here.relative_to(root)}: symbolic link loop (a folder already "
                            "walked); skipped")
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = here / name
            rel = path.relative_to(root)
            if name.startswith(".") or name == MANIFEST and here == root:
                continue
            if path.suffix.lower() not in LISTED_SUFFIXES:
                warnings.append(f"{rel}: not a document ({path.suffix or 'no suffix'}; "
                                f"only {', '.join(DOCUMENT_SUFFIXES)} are read); skipped")
                continue
            try:
                real = str(path.resolve(strict=True))
            except (OSError, RuntimeError):
                warnings.append(f"{rel}: broken or looping symbolic link; skipped")
                continue
            if real in seen_files:
                warnings.append(f"{rel}: the same file as one already listed (a link); skipped")
                continue
            seen_files.add(real)
            found.append(path)
    return found, warnings


def load_manifest(corpus_dir: str | Path) -> tuple[dict[str, dict], list[str]]:
    """Per-file metadata bundled with the corpus, used where a file does not say it."""
    path = Path(corpus_dir) / MANIFEST
    if not path.is_file():
        return {}, []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return {}, [f"{MANIFEST}: unreadable ({exc}); file metadata only"]
    docs = data.get("documents", data) if isinstance(data, dict) else {}
    if isinstance(docs, list):
        docs = {d.get("file"): d for d in docs if isinstance(d, dict) and d.get("file")}
    return {k: v for k, v in docs.items() if isinstance(v, dict)}, []


def load_corpus(corpus_dir: str | Path, progress: Progress | None = None,
                max_bytes: int = MAX_DOCUMENT_BYTES,
                extract_articles: bool = False, workers: int | None = None) -> CorpusResult:
    """Read, structure and extract every document under `corpus_dir` into graph batches.

    Each file goes through `load_file` (loaders/one_file.py) on its own, in `workers`
    processes (one per core when None; loaders/parallel.py); only resolution and validation
    look at all of them (`assemble`).
    """
    from loaders.parallel import FileJob, load_files  # noqa: PLC0415 - parallel imports one_file

    paths, warnings = find_documents(corpus_dir)
    manifest, more = load_manifest(corpus_dir)
    root = Path(corpus_dir)
    jobs = [FileJob(path, str(path.relative_to(root)), manifest.get(path.name), max_bytes,
                    extract_articles) for path in paths]
    results: list[FileResult] = load_files(jobs, workers, progress)
    for i, new in collisions(results).items():
        path = paths[i]
        warnings.append(f"{results[i].name}: file name {results[i].docs[0].doc_id!r} already "
                        f"used by another file; this one is {new!r}")
        results[i] = load_file(path, results[i].name, manifest.get(path.name), new,
                               max_bytes, extract_articles)
    result = assemble(results)
    result.warnings[:0] = warnings + more
    return result


def assemble(results: list[FileResult]) -> CorpusResult:
    """Resolve the documents of every file that loaded, corpus-wide, and validate each
    document's batch (its text layer and its facts) in order."""
    result, parts = resolved(results)
    known: dict[str, str] = {}
    for doc, text_layer, domain in parts:
        merged = GraphBatch(source=doc.doc_id, nodes=text_layer.nodes + domain.nodes,
                            edges=text_layer.edges + domain.edges)
        try:
            validate(merged, known)
        except SchemaError as exc:
            result.errors.append(misfit(doc, exc))
            continue
        for node in merged.nodes:
            known[node.id] = node.label
        result.batches.append(merged)
    return result


def resolved(results: list[FileResult], memo: ResolveMemo | None = None,
             keys: list[str] | None = None
             ) -> tuple[CorpusResult, list[tuple[StructuredDocument, GraphBatch, GraphBatch]]]:
    """The documents of every file that loaded, each with its text layer and what
    corpus-wide resolution gave it, in order; not yet validated, no batches yet.

    With a memo, and each result's key (equal keys, equal results), batches that the last
    resolution made and that would be made the same are taken from it (loaders/resolve_memo)."""
    result = CorpusResult()
    extractions: list[Extraction] = []
    lexical: list[GraphBatch] = []
    texts: list[str] = []
    for i, r in enumerate(results):
        result.warnings.extend(r.warnings)
        if r.error is not None:
            result.errors.append(r.error)
            continue
        result.documents.extend(r.docs)
        extractions.extend(r.extractions)
        lexical.extend(r.lexical)
        if keys is not None:
            texts.extend(f"{keys[i]}#{j}" for j in range(len(r.extractions)))
    if memo is not None and keys is not None:
        domain = _resolve(extractions, result, lambda exs: memo.resolve(exs, texts))
    else:
        domain = _resolve(extractions, result)
    return result, [(ex.doc, layer, domain.get(ex.doc.doc_id) or GraphBatch(source=ex.doc.doc_id))
                    for ex, layer in zip(extractions, lexical)]


def misfit(doc: StructuredDocument, exc: SchemaError) -> DocumentError:
    return DocumentError(doc.file, f"{doc.doc_id} does not fit the schema: {exc}")


def _resolve(extractions: list[Extraction], result: CorpusResult,
             resolve: Callable[[list[Extraction]], dict[str, GraphBatch]] | None = None
             ) -> dict[str, GraphBatch]:
    if not extractions or importlib.util.find_spec("loaders.resolve") is None:
        return {}
    resolve = resolve or importlib.import_module("loaders.resolve").resolve
    try:
        return resolve(extractions)
    except Exception as exc:  # noqa: BLE001 - the text layer is still worth building
        result.errors.append(DocumentError("(all documents)", f"entity resolution failed: "
                                                              f"{type(exc).__name__}: {exc}; "
                                                              "only the text layer was built"))
        return {}
