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

from ontology.batch import GraphBatch, SchemaError, validate

from loaders.model import DocumentError, Extraction, RawDocument, StructuredDocument
from loaders.read import MAX_DOCUMENT_BYTES
from loaders.read import read_document as _read
from loaders.structure import structure as _structure

# Documents are plain text or saved web pages; anything else in the folder is named and skipped.
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")
MANIFEST = "manifest.json"
EXTRACTORS = ("loaders.extract_entities", "loaders.extract_tasks", "loaders.extract_targets")

Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class CorpusResult:
    documents: list[StructuredDocument] = field(default_factory=list)
    batches: list[GraphBatch] = field(default_factory=list)
    errors: list[DocumentError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_document(path: str | Path, max_bytes: int = MAX_DOCUMENT_BYTES) -> RawDocument:
    """Decode one file (see loaders.read); raises DocumentError naming file and cause."""
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
            if path.suffix.lower() not in DOCUMENT_SUFFIXES:
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


def _extractors() -> list:
    mods = []
    for name in EXTRACTORS:
        if importlib.util.find_spec(name) is not None:
            mods.append(importlib.import_module(name))
    return mods


def load_corpus(corpus_dir: str | Path, progress: Progress | None = None,
                max_bytes: int = MAX_DOCUMENT_BYTES,
                extract_articles: bool = False, workers: int | None = None) -> CorpusResult:
    """Read, structure and extract every document under `corpus_dir` into graph batches.

    Appended newspaper articles become Documents of kind "article" with their own text
    layer; unless `extract_articles`, no domain facts are taken from them, since they are
    not the policy the file was collected for. Files are loaded by `workers` processes (one
    per core when None; see loaders/parallel.py); resolution and validation run here.
    """
    from loaders.parallel import FileJob, load_files

    result = CorpusResult()
    paths, warnings = find_documents(corpus_dir)
    result.warnings.extend(warnings)
    manifest, warnings = load_manifest(corpus_dir)
    result.warnings.extend(warnings)
    root = Path(corpus_dir)
    jobs = [FileJob(path, str(path.relative_to(root)), manifest.get(path.name), max_bytes,
                    extract_articles) for path in paths]
    used_ids: dict[str, str] = {}
    extractions: list[Extraction] = []
    lexical: dict[str, tuple[list, list]] = {}
    for job, loaded in zip(jobs, load_files(jobs, workers, progress)):
        if loaded.docs and loaded.docs[0].doc_id in used_ids:
            new = _unique_id(job.path, root)
            result.warnings.append(f"{job.name}: file name {loaded.docs[0].doc_id!r} already "
                                   f"used by {used_ids[loaded.docs[0].doc_id]}; this one is "
                                   f"{new!r}")
            job.doc_id = new
            loaded = load_files([job], 1)[0]
        for doc in loaded.docs:
            used_ids[doc.doc_id] = str(job.path)
        result.warnings.extend(loaded.warnings)
        if loaded.error is not None:
            result.errors.append(loaded.error)
            continue
        result.documents.extend(loaded.docs)
        extractions.extend(loaded.extractions)
        lexical.update((doc.doc_id, layer) for doc, layer in zip(loaded.docs, loaded.lexical))
    domain = _resolve(extractions, result)
    known: dict[str, str] = {}
    for ex in extractions:
        doc = ex.doc
        nodes, edges = lexical.pop(doc.doc_id)
        batch = domain.get(doc.doc_id) or GraphBatch(source=doc.doc_id)
        merged = GraphBatch(source=doc.doc_id, nodes=nodes + batch.nodes,
                            edges=edges + batch.edges)
        try:
            validate(merged, known)
        except SchemaError as exc:
            result.errors.append(DocumentError(doc.file, f"{doc.doc_id} does not fit the "
                                                         f"schema: {exc}"))
            continue
        for node in merged.nodes:
            known[node.id] = node.label
        result.batches.append(merged)
    return result


def _resolve(extractions: list[Extraction], result: CorpusResult) -> dict[str, GraphBatch]:
    if not extractions or importlib.util.find_spec("loaders.resolve") is None:
        return {}
    resolve = importlib.import_module("loaders.resolve").resolve
    try:
        return resolve(extractions)
    except Exception as exc:  # noqa: BLE001 - the text layer is still worth building
        result.errors.append(DocumentError("(all documents)", f"entity resolution failed: "
                                                              f"{type(exc).__name__}: {exc}; "
                                                              "only the text layer was built"))
        return {}


def _unique_id(path: Path, root: Path) -> str:
    """Ids come from file names; of two files with one stem (a/x.txt, b/x.txt), the second
    gets its path."""
    rel = path.relative_to(root).with_suffix("")
    slug = "-".join(rel.parts)
    if path.suffix.lower() != ".txt":
        slug += path.suffix.lower().replace(".", "-")
    return f"doc:{slug}"


def _rename(doc: StructuredDocument, old: str, new: str) -> None:
    def swap(value: str | None) -> str | None:
        return new + value[len(old):] if value and value.startswith(old) else value

    doc.doc_id = swap(doc.doc_id) or new
    for s in doc.sections:
        s.id = swap(s.id) or s.id
        s.parent = swap(s.parent)
    for p in doc.passages:
        p.id = swap(p.id) or p.id
        p.section = swap(p.section)
    for t in doc.tables:
        t.passage = swap(t.passage) or t.passage
        t.section = swap(t.section)
