"""One file through every stage that does not look at other documents: read → structure →
extract → text layer.

`load_file` is a pure function of the file's bytes, the name it is listed under, its manifest
entry and the document id it is given. So its result can be cached by those inputs (the
document collection keeps one per file, and adding a file re-runs it for that file only), and
it can run in another process: it is a module-level function and its result pickles.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

from ontology.batch import GraphBatch

from loaders.formats import read_file
from loaders.lexical import lexical_layer
from loaders.model import DocumentError, Extraction, StructuredDocument
from loaders.read import MAX_DOCUMENT_BYTES
from loaders.structure import structure

EXTRACTORS = ("loaders.extract_entities", "loaders.candidates.extractor", "loaders.extract_tasks",
              "loaders.extract_targets")


@dataclass(slots=True)
class FileResult:
    """What one file gave: its documents (the file and any appended articles), what the
    extractors found in each, and each one's text layer; or the error that stopped it."""

    name: str  # the file's path relative to its corpus folder, as listed
    docs: list[StructuredDocument] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)
    lexical: list[GraphBatch] = field(default_factory=list)  # one per document, in order
    warnings: list[str] = field(default_factory=list)
    error: DocumentError | None = None


def extractors() -> list:
    mods = []
    for name in EXTRACTORS:
        if importlib.util.find_spec(name) is not None:
            mods.append(importlib.import_module(name))
    return mods


def extract_document(doc: StructuredDocument, mods: list | None = None,
                     use_model: bool = False) -> Extraction:
    """Every extractor over one document, then typing (what each candidate is, or none) and
    the relations the document as a whole states.

    Typing is by the shapes of names (loaders.typing.shapes); the learned model is applied
    only when asked (`use_model`), since leave-one-document-out it costs more recall than it
    gains precision (`policykg train --lodo` prints both)."""
    from loaders.candidates.own_zones import rewrite_bare  # noqa: PLC0415
    from loaders.relations import relate  # noqa: PLC0415 - relations read the candidates
    from loaders.typing import apply as type_candidates  # noqa: PLC0415

    ex = Extraction(doc=doc)
    for mod in mods if mods is not None else extractors():
        ex.extend(mod.extract(doc))
    # Before typing (a bare kind of zone is no firm) and after the relations, which read
    # places from the text again.
    return rewrite_bare(relate(type_candidates(rewrite_bare(ex), use_model=use_model)))


def load_file(path: str | Path, name: str | None = None, manifest: dict | None = None,
              doc_id: str | None = None, max_bytes: int = MAX_DOCUMENT_BYTES,
              extract_articles: bool = False, max_pages: int | None = None) -> FileResult:
    """Read, structure and extract one file.

    `name` is how the file is listed (its path relative to the corpus folder; default its
    file name); `doc_id` replaces the id taken from the file name, for a second file with
    the same stem. Appended newspaper articles become Documents of kind "article" with their
    own text layer and their own facts: nothing an article says is attributed to the policy
    before it (`extract_articles` is kept for callers; every document is read).
    """
    path = Path(path)
    rel = name or path.name
    out = FileResult(name=rel)
    try:
        raw = read_file(path, max_bytes, max_pages)
        if raw.encoding not in ("utf-8",):
            out.warnings.append(f"{rel}: decoded as {raw.encoding}")
        if name:
            # Ids and messages follow the listed name, not where the bytes happen to be kept.
            raw.file = Path(name).name
            raw.path = Path(name)
        docs = structure(raw, manifest)
    except DocumentError as exc:
        out.error = exc
        return out
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the build
        out.error = DocumentError(rel, f"could not be structured: {type(exc).__name__}: {exc}")
        return out
    if doc_id and docs and docs[0].doc_id != doc_id:
        old = docs[0].doc_id
        for doc in docs:
            rename(doc, old, doc_id)
    for doc in docs:
        if not doc.passages:
            out.warnings.append(f"{rel}: {doc.doc_id} has no text passages")
    try:
        mods = extractors()
        for doc in docs:
            out.extractions.append(extract_document(doc, mods))
    except Exception as exc:  # noqa: BLE001
        # The documents still claim their ids (see collisions), as they did before extraction.
        return FileResult(name=rel, docs=docs, warnings=out.warnings,
                          error=DocumentError(rel, f"extraction failed: "
                                                   f"{type(exc).__name__}: {exc}"))
    out.docs = docs
    for doc in docs:
        nodes, edges = lexical_layer(doc)
        out.lexical.append(GraphBatch(source=doc.doc_id, nodes=nodes, edges=edges))
    return out


def renamed_id(name: str) -> str:
    """The id of a file whose stem another file already took: its relative path, and its
    suffix unless .txt (a/x.txt → doc:a-x, x.html → doc:x-html)."""
    rel = Path(name)
    slug = "-".join(rel.with_suffix("").parts)
    if rel.suffix.lower() != ".txt":
        slug += rel.suffix.lower().replace(".", "-")
    return f"doc:{slug}"


def rename(doc: StructuredDocument, old: str, new: str) -> None:
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


def collisions(results: list[FileResult]) -> dict[int, str]:
    """Files whose stem an earlier file already took, with the id each must be loaded under.

    The first file (in listing order) that loads keeps `doc:<stem>`; a later one gets its
    path. A file that failed claims no id. `load_file(..., doc_id=)` then loads it again.
    """
    used: set[str] = set()
    out: dict[int, str] = {}
    for i, r in enumerate(results):
        if not r.docs:
            continue
        old = r.docs[0].doc_id
        if old not in used:
            used.update(d.doc_id for d in r.docs)
            continue
        new = renamed_id(r.name)
        if new in used:  # x.pdf took doc:x, so x.txt cannot be doc:x either
            new += Path(r.name).suffix.lower().replace(".", "-")
        n = 2
        while new in used:
            new, n = f"{new.rsplit('~', 1)[0]}~{n}", n + 1
        out[i] = new
        used.update(new + d.doc_id[len(old):] for d in r.docs)
    return out
