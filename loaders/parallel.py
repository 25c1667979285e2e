"""The per-file part of a build, run in a pool of processes.

Reading, structuring and extracting one file looks at that file alone, so files are spread
over worker processes (one per core by default); only cross-document resolution and the write
stay in the calling process. `loaders.one_file.load_file` is the one per-file function: a
module-level function of picklable arguments whose result pickles, so it runs the same in a
worker or in-process.

Workers are forked where that is safe, and otherwise come from a fork server that imported
the loaders once (or are spawned), so a worker starts in milliseconds. A worker handles one file at a time and keeps nothing between files, so its
memory is that of the largest document, whatever the size of the corpus.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from loaders.one_file import EXTRACTORS, FileResult, load_file
from loaders.read import MAX_DOCUMENT_BYTES

Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class FileJob:
    """The arguments of one `load_file` call, picklable for a worker."""

    path: Path
    name: str  # the file's path relative to the corpus folder, as listed
    manifest: dict | None = None
    max_bytes: int = MAX_DOCUMENT_BYTES
    extract_articles: bool = False
    doc_id: str | None = None  # the id to give the file's document, when its stem is taken
    max_pages: int | None = None


def load_job(job: FileJob) -> FileResult:
    """`load_file` of one job. The offset of every character back into the file is what
    structure and extraction needed and the largest part of a document (an int per
    character); nothing after keeps it, so it is dropped before the result travels back."""
    result = load_file(job.path, job.name, job.manifest, job.doc_id, job.max_bytes,
                       job.extract_articles, job.max_pages)
    for doc in result.docs:
        doc.offsets = []
    return result


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS has no affinity call
        return max(1, os.cpu_count() or 1)


def _context() -> multiprocessing.context.BaseContext:
    """Fork where it is safe (Linux, and no other thread whose locks a child could inherit
    held); otherwise a fork server that imported the loaders once; spawn where neither is."""
    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["loaders.parallel", *EXTRACTORS])
        return ctx
    return multiprocessing.get_context("spawn")


def load_files(jobs: list[FileJob], workers: int | None = None,
               progress: Progress | None = None) -> list[FileResult]:
    """`load_job` of every job, in the order given.

    With one worker (or one file) everything runs in this process. Otherwise the largest files
    go first, so that no worker is left with a big file at the end. If a worker dies (killed,
    out of memory), the files it had not finished are loaded here instead.
    """
    workers = default_workers() if not workers or workers < 1 else workers
    workers = min(workers, len(jobs))
    results: list[FileResult | None] = [None] * len(jobs)
    done = 0

    def finished(i: int, result: FileResult) -> None:
        nonlocal done
        results[i] = result
        done += 1
        if progress:
            progress(done, len(jobs), jobs[i].name)

    if workers <= 1:
        for i, job in enumerate(jobs):
            finished(i, load_job(job))
        return [r for r in results if r is not None]
    order = sorted(range(len(jobs)), key=lambda i: -_size(jobs[i].path))
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=_context(),
                                 initializer=_exit_with_parent) as pool:
            pending: dict[Future, int] = {pool.submit(load_job, jobs[i]): i for i in order}
            while pending:
                ready, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in ready:
                    i = pending.pop(future)
                    finished(i, future.result())
    except BrokenProcessPool:
        pass
    for i, job in enumerate(jobs):
        if results[i] is None:
            finished(i, load_job(job))
    return [r for r in results if r is not None]


def _exit_with_parent() -> None:
    """In each worker: exit when the process that started it has gone (a build killed with
    SIGKILL would otherwise leave its workers waiting for work forever)."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
