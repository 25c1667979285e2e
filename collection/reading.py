"""The results of a collection's files: the cached ones from disk, the others read in worker
processes, with the ids of files that share a stem settled as a full build settles them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from collection.files import FileRecord, Registry
from collection.results import ResultCache, result_key
from loaders.one_file import FileResult, collisions
from loaders.parallel import FileJob, load_files


@dataclass
class FileReader:
    cache: ResultCache
    kept: Path  # the folder of the kept files
    max_bytes: int
    max_pages: int | None
    workers: int | None  # processes that read new files; one per core when None

    def load_all(self, registry: Registry, staged: dict[str, Path]
                 ) -> tuple[list[FileResult], list[str]]:
        self.load_new(registry, staged)
        results: list[FileResult] = []
        keys: list[str] = []
        paths: list[Path] = []
        for rec in registry.files:
            path = staged.get(rec.name) or self.kept / rec.name
            key = result_key(rec.sha256, rec.name, rec.manifest, None, self.max_bytes,
                             self.max_pages)
            results.append(self.result(path, key, rec, None))
            keys.append(key)
            paths.append(path)
        for i, new_id in collisions(results).items():
            rec = registry.files[i]
            key = result_key(rec.sha256, rec.name, rec.manifest, new_id, self.max_bytes,
                             self.max_pages)
            results[i] = self.result(paths[i], key, rec, new_id)
            keys[i] = key
        return results, keys

    def load_new(self, registry: Registry, staged: dict[str, Path]) -> None:
        """The files no result is kept for yet, read in worker processes (loaders.parallel)."""
        jobs, keys = [], []
        for rec in registry.files:
            key = result_key(rec.sha256, rec.name, rec.manifest, None, self.max_bytes,
                             self.max_pages)
            if not self.cache.has(key):
                path = staged.get(rec.name) or self.kept / rec.name
                jobs.append(FileJob(path, rec.name, rec.manifest, self.max_bytes, False, None,
                                    self.max_pages))
                keys.append(key)
        if len(jobs) > 1:
            for key, result in zip(keys, load_files(jobs, self.workers)):
                self.cache.put(key, result)

    def result(self, path: Path, key: str, rec: FileRecord, doc_id: str | None) -> FileResult:
        return self.cache.load(path, key, rec.name, rec.manifest, doc_id, self.max_bytes,
                               self.max_pages)

