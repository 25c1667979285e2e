"""`Collection`: build, add, replace and remove documents, keeping the graph equal to a full
build of the files kept, at the cost of the documents changed.

Every change runs under one lock (a file lock, so a `policykg add` and a running server wait
for each other): the files are read (cached results for the others), resolution runs over all
of them, and the graph change between the last build and this one (collection/changes.py) is
written as one unit. Only then are the kept files, their record and the record of the graph
(`ledger.pickle`) replaced, each by a rename. A change that fails before the store is written
leaves everything as it was; one killed after is found by its `pending` mark and undone by
rebuilding the graph from the files kept, which were not yet replaced.
"""

from __future__ import annotations

import fcntl
import threading
import time
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from collection.changes import DocBatch, TextLayers, change_between
from collection.files import (
    FILES,
    FileRecord,
    Registry,
    keep_files,
    load_registry,
    now,
    save_registry,
    sha256_of,
    upload_name,
    write_atomic,
)
from collection.ledger import LEDGER, Entry, Ledger, LedgerFile
from collection.report import (
    ChangeReport,
    CollectionError,
    FilesRefused,
    Laps,
    NotBuilt,
    NotInCollection,
)
from collection.reading import FileReader
from collection.results import ResultCache, no_gc
from collection.validity import Checker
from graph.store import GraphStore, QueryError, StoreLocked
from loaders.model import DocumentError
from loaders.one_file import FileResult
from loaders.pipeline import CorpusResult, find_documents, load_manifest, misfit, resolved
from loaders.read import MAX_DOCUMENT_BYTES
from loaders.resolve_memo import ResolveMemo
from ontology.batch import GraphBatch

__all__ = ["ChangeReport", "Collection", "CollectionError", "FilesRefused", "NotBuilt",
           "NotInCollection", "PENDING"]

FOLDER = "collection"
PENDING = "pending"
_COUNT_NODES = "MATCH (n) RETURN count(n) AS c"
_COUNT_RELS = "MATCH ()-[r]->() RETURN count(r) AS c"
_THREADS = threading.Lock()


class Collection:
    def __init__(self, store: GraphStore, data_dir: Path,
                 max_bytes: int = MAX_DOCUMENT_BYTES, max_pages: int | None = None,
                 workers: int | None = None) -> None:
        self.store = store
        self.workers = workers  # processes that read new files; one per core when None
        self.folder = Path(data_dir) / FOLDER
        self.max_bytes = max_bytes
        self.max_pages = max_pages
        self.cache = ResultCache(self.folder)
        self._layers = TextLayers()
        self._checker = Checker()
        self._memo = ResolveMemo()  # the last resolution's batches, most of the next one's
        self._ledger = LedgerFile(self.folder / LEDGER)
        self._reader = FileReader(self.cache, self.folder / FILES, max_bytes, max_pages, workers)

    # -- reading the record ------------------------------------------------------------------
    def registry(self) -> Registry:
        return load_registry(self.folder)

    def documents(self) -> dict[str, dict[str, Any]]:
        """Document id → the file it came from, and when and from where that was added."""
        ledger = self._load_ledger()
        by_file = self.registry().by_name()
        out: dict[str, dict[str, Any]] = {}
        for entry in ledger.entries if ledger else []:
            rec = by_file.get(entry.file)
            if rec:
                out[entry.doc_id] = {"file": rec.name, "added_at": rec.added_at,
                                     "source": rec.source}
        return out

    # -- changes -------------------------------------------------------------------------------
    def build(self, corpus_dir: Path) -> ChangeReport:
        """Make the collection the files of `corpus_dir` and rebuild the graph from them."""
        paths, warnings = find_documents(corpus_dir)
        manifest, more = load_manifest(corpus_dir)
        root = Path(corpus_dir)
        staged: dict[str, Path] = {}
        records: list[FileRecord] = []
        for path in paths:
            rel = path.relative_to(root).as_posix()
            staged[rel] = path
            records.append(FileRecord(rel, sha256_of(path), path.stat().st_size, now(),
                                      str(path.resolve()), manifest.get(path.name)))
        with self._locked():
            report = self._change(Registry(records).sorted(), staged, full="build",
                                  replace_all=True)
        report.warnings[:0] = warnings + more
        return report

    def add(self, files: list[tuple[Path, str, str]]) -> ChangeReport:
        """Add or replace files: (where the bytes are, the name to keep, where they came
        from). A file whose name is kept already replaces it; one with the same bytes is
        left as it is. If any file cannot be built, nothing is changed."""
        staged: dict[str, Path] = {}
        incoming: list[FileRecord] = []
        refused: list[DocumentError] = []
        for path, name, source in files:
            try:
                name = upload_name(name)
            except DocumentError as exc:
                refused.append(exc)
                continue
            manifest = _manifest_beside(path) if source != "upload" else None
            incoming.append(FileRecord(name, sha256_of(path), path.stat().st_size, now(),
                                       source, manifest))
            staged[name] = path
        names = [rec.name for rec in incoming]
        refused += [DocumentError(n, "sent twice in one change; send each file once")
                    for n in sorted({n for n in names if names.count(n) > 1})]
        if refused:
            raise FilesRefused(refused)
        with self._locked():
            current = self._require_built()
            by_name = current.by_name()
            report = ChangeReport()
            for rec in incoming:
                old = by_name.get(rec.name)
                if old is not None and old.sha256 == rec.sha256 and old.manifest == rec.manifest:
                    report.unchanged.append(rec.name)
                    staged.pop(rec.name)
                    continue
                (report.replaced if old else report.added).append(rec.name)
                by_name[rec.name] = rec
            if not staged:
                report.documents = {n: self._docs_of(n) for n in report.unchanged}
                return report
            out = self._change(Registry(list(by_name.values())).sorted(), staged,
                               strict=set(staged))
            out.added, out.replaced, out.unchanged = report.added, report.replaced, report.unchanged
            sent = {rec.name for rec in incoming}
            out.documents = {n: d for n, d in out.documents.items() if n in sent}
            return out

    def remove(self, doc_id: str) -> ChangeReport:
        """Remove the file that holds document `doc_id` (or the file of that name)."""
        with self._locked():
            current = self._require_built()
            name = self._file_of(doc_id) or (doc_id if doc_id in current.by_name() else None)
            if name is None:
                raise NotInCollection(f"no document {doc_id!r} in the collection; list them with "
                                      "GET /api/v1/documents")
            docs = self._docs_of(name)
            if docs and docs[0] != doc_id and doc_id in docs:
                raise NotInCollection(f"{doc_id!r} is an article appended to {name} "
                                      f"({docs[0]}); remove {docs[0]!r} to remove the file")
            after = Registry([f for f in current.files if f.name != name])
            report = self._change(after, {})
            report.removed = [name]
            return report

    # -- the one way a change is made ----------------------------------------------------------
    def _change(self, after: Registry, staged: dict[str, Path], full: str | None = None,
                strict: set[str] | None = None, replace_all: bool = False) -> ChangeReport:
        t0 = time.perf_counter()
        report = ChangeReport()
        lap = Laps(report.timings)
        with no_gc():
            results, keys = self._reader.load_all(after, staged)
            lap("read files (cached)")
            corpus, new = self._resolve(results, keys)
            lap("resolve and validate")
        report.warnings.extend(corpus.warnings)
        failed = [e for e in corpus.errors if _file_of_error(e, results) in (strict or ())]
        if failed:
            raise FilesRefused(failed)
        report.errors = [str(e) for e in corpus.errors]
        if not corpus.batches and replace_all:
            raise CollectionError("no document could be built; the graph was left as it was")
        old = None if full else self._load_ledger()
        reason = full or self._why_rebuild(old)
        change = None
        if not reason:
            assert old is not None
            old_batches = self._old_batches(old, new)
            if old_batches is None:
                reason = "the cached text of a removed document is missing"
            else:
                with no_gc():
                    change = change_between(old_batches, new, self._layers)
            lap("compute the change")
        self.folder.mkdir(parents=True, exist_ok=True)
        pending = self.folder / PENDING
        write_atomic(pending, b"")
        try:
            if change is None:
                self.store.rebuild(corpus.batches)  # staging graph, then one rename
                report.rebuilt = reason
            else:
                self.store.apply_change(change)  # one query / one transaction
                report.change = change.counts()
        except (QueryError, StoreLocked):
            pending.unlink(missing_ok=True)  # refused whole, or not begun: the graph is as it was
            raise
        # From here a failure leaves the pending mark: the next change rebuilds the graph from
        # the files kept, which are still the old ones.
        lap("write to the store")
        if change is not None:
            self.store.save()
            lap("save the store")
        self._commit(after, staged, replace_all, Ledger(
            [Entry(b.doc_id, b.file, b.text_key, b.domain) for b in new], self._counts()))
        pending.unlink(missing_ok=True)
        lap("commit files and record")
        self.cache.keep_only(set(keys))
        self._layers.forget({b.text_key for b in new})
        self._layers.keep_domains([b.domain for b in new])
        self._checker.forget({b.text_key for b in new}, [b.domain for b in new])
        report.documents = {r.name: [d.doc_id for d in r.docs] for r in results
                            if r.error is None}
        report.batches = len(corpus.batches)
        report.seconds = time.perf_counter() - t0
        return report

    def _resolve(self, results: list[FileResult], keys: list[str]
                 ) -> tuple[CorpusResult, list[DocBatch]]:
        """What assemble() gives a full build, with each batch also as its text layer (by
        key) and resolution's part."""
        corpus, parts = resolved(results, self._memo, keys)
        text: dict[str, tuple[str, str]] = {}
        for r, key in zip(results, keys):
            if r.error is None:
                for j, doc in enumerate(r.docs):
                    text[doc.doc_id] = (r.name, f"{key}#{j}")
        verdicts = self._checker.run([(doc.doc_id, text[doc.doc_id][1], layer, domain)
                                      for doc, layer, domain in parts])
        new: list[DocBatch] = []
        for (doc, layer, domain), error in zip(parts, verdicts):
            if error is not None:
                corpus.errors.append(misfit(doc, error))
                continue
            corpus.batches.append(GraphBatch(doc.doc_id, layer.nodes + domain.nodes,
                                             layer.edges + domain.edges))
            new.append(DocBatch(doc.doc_id, *text[doc.doc_id], layer, domain))
        return corpus, new

    def _old_batches(self, old: Ledger, new: list[DocBatch]) -> list[DocBatch] | None:
        """The last change's batches; a text layer whose key the new ones share is theirs."""
        texts = {b.text_key: b.text for b in new}
        loaded: dict[str, FileResult | None] = {}
        out = []
        for entry in old.entries:
            text = texts.get(entry.text_key)
            if text is None:
                key, _, part = entry.text_key.partition("#")
                if key not in loaded:
                    loaded[key] = self.cache.get(key)
                result = loaded[key]
                if result is None or int(part) >= len(result.lexical):
                    return None  # the graph is rewritten whole instead
                text = result.lexical[int(part)]
            out.append(DocBatch(entry.doc_id, entry.file, entry.text_key, text, entry.domain))
        return out

    def _why_rebuild(self, old: Ledger | None) -> str | None:
        if (self.folder / PENDING).exists():
            return "an earlier change was interrupted"
        if old is None:
            return "no record of the graph"
        if self._counts() != old.counts:
            return "the store does not hold the graph last written (counts differ)"
        return None

    def _counts(self) -> tuple[int, int]:
        nodes = self.store.read(_COUNT_NODES).rows[0]["c"]
        rels = self.store.read(_COUNT_RELS).rows[0]["c"]
        return int(nodes), int(rels)

    def _commit(self, after: Registry, staged: dict[str, Path], replace_all: bool,
                ledger: Ledger) -> None:
        keep_files(self.folder, after, staged, replace_all)
        save_registry(self.folder, after)
        self._ledger.save(ledger)

    def _load_ledger(self) -> Ledger | None:
        with no_gc():
            return self._ledger.load()

    def _require_built(self) -> Registry:
        registry = self.registry()
        if not registry.files and self._counts() != (0, 0):
            raise NotBuilt("the graph in the store was not built from a collection; run "
                           "`policykg build` once, then add and remove documents")
        return registry

    def document_of(self, name: str) -> str | None:
        """The id of the (first) document of a kept file, if it was built."""
        docs = self._docs_of(name)
        return docs[0] if docs else None

    def _file_of(self, doc_id: str) -> str | None:
        return (self._load_ledger() or Ledger()).file_of(doc_id)

    def _docs_of(self, name: str) -> list[str]:
        return (self._load_ledger() or Ledger()).documents_of(name)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """One change at a time, across threads and processes; the kernel drops the file
        lock when its holder dies, so a killed change never blocks the next."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with _THREADS, open(self.folder / "lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)


def _manifest_beside(path: Path) -> dict[str, Any] | None:
    """A manifest.json beside an added file describes it as it would in a build of that folder."""
    manifest, _ = load_manifest(path.parent)
    return manifest.get(path.name)


def _file_of_error(error: DocumentError, results: list[FileResult]) -> str | None:
    for r in results:
        if r.error is error or error.file in (r.name, Path(r.name).name):
            return r.name
    return None


