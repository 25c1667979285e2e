"""Full load of the corpus: read, structure, extract, resolve and batch every document.

Wall time per stage and in total (the target is the whole corpus in ≤ 5 s), and peak Python
heap of the whole load measured by tracemalloc in a second, separate pass (tracing slows
Python down, so it is kept out of the timings).
"""

from __future__ import annotations

import importlib
import importlib.util
import time
import tracemalloc
from pathlib import Path

from loaders.lexical import lexical_layer
from loaders.model import Extraction
from loaders.pipeline import (
    EXTRACTORS,
    find_documents,
    load_corpus,
    read_document,
    structure,
)
from policykg.settings import get_settings


def run(corpus: str | Path | None = None) -> list[tuple[str, float | str, str]]:
    corpus = Path(corpus or get_settings().corpus_dir)
    paths, _ = find_documents(corpus)
    chars = 0
    t0 = time.perf_counter()
    raws = [read_document(p) for p in paths]
    t1 = time.perf_counter()
    docs = [d for raw in raws for d in structure(raw)]
    t2 = time.perf_counter()
    chars = sum(len(raw.raw_text) for raw in raws)
    stages: list[tuple[str, float | str, str]] = []
    extractions = [Extraction(doc=d) for d in docs if d.meta.kind == "policy"]
    for name in EXTRACTORS:
        module = importlib.import_module(name)
        start = time.perf_counter()
        for ex in extractions:
            ex.extend(module.extract(ex.doc))
        stages.append((f"{name.rsplit('.', 1)[-1]}", time.perf_counter() - start, "s"))
    if importlib.util.find_spec("loaders.resolve"):
        start = time.perf_counter()
        importlib.import_module("loaders.resolve").resolve(extractions)
        stages.append(("resolve", time.perf_counter() - start, "s"))
    start = time.perf_counter()
    for d in docs:
        lexical_layer(d)
    stages.append(("lexical layer", time.perf_counter() - start, "s"))

    t3 = time.perf_counter()
    result = load_corpus(corpus)
    t4 = time.perf_counter()

    tracemalloc.start()
    load_corpus(corpus)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    nodes = sum(len(b.nodes) for b in result.batches)
    edges = sum(len(b.edges) for b in result.batches)
    total = t4 - t3
    build_s, written, server_peak = _full_build(corpus)
    one, two = _by_processes(corpus)
    return [
        ("documents (files → articles)", f"{len(paths)} → {len(docs)}", ""),
        ("characters read", float(chars), "chars"),
        ("read + decode", t1 - t0, "s"),
        ("normalise + structure", t2 - t1, "s"),
        ("sections / passages / table rows",
         f"{sum(len(d.sections) for d in docs)} / {sum(len(d.passages) for d in docs)} / "
         f"{sum(len(d.tables) for d in docs)}", ""),
        *stages,
        ("full load (read → batches, incl. extraction)", total, "s"),
        ("full load within the 5 s target", "yes" if total <= 5 else "NO", ""),
        ("batched nodes / edges", f"{nodes} / {edges}", ""),
        ("peak Python heap during full load", peak / 1e6, "MB"),
        ("documents failed", float(len(result.errors)), ""),
        ("full build: load + write to the embedded store + save", build_s, "s"),
        ("full build within the 5 s target", "yes" if build_s <= 5 else "NO", ""),
        ("nodes / relationships in the store", written, ""),
        ("peak memory of this process (RSS)", _max_rss_mb(), "MB"),
        ("peak memory of the FalkorDB server", server_peak, "MB"),
        ("build in a fresh process, 1 worker process (best of 3)", one, "s"),
        ("build in a fresh process, 2 worker processes (best of 3)", two, "s"),
        ("2 processes / 1 process", two / one, "ratio"),
    ]


def _by_processes(corpus: Path, rounds: int = 3) -> tuple[float, float]:
    """What `policykg build` takes from start to saved graph, with one worker process and with
    two, alternated so that a busy moment of the machine falls on both; best of each."""
    import os
    import subprocess
    import sys
    import tempfile

    root = Path(__file__).resolve().parent.parent
    best = {1: float("inf"), 2: float("inf")}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(rounds):
            for workers in (1, 2):
                env = {**os.environ, "POLICYKG_STORE": "embedded",
                       "POLICYKG_DATA_DIR": str(Path(tmp) / "db")}
                start = time.perf_counter()
                subprocess.run([sys.executable, "-m", "bench._scale_build", str(corpus), str(workers)],
                               cwd=root, env=env, check=True, capture_output=True)
                best[workers] = min(best[workers], time.perf_counter() - start)
    return best[1], best[2]


def _max_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _full_build(corpus: Path) -> tuple[float, str, float]:
    """What `policykg build` does after start-up: load the corpus, rebuild the graph, save."""
    import tempfile

    from graph.embedded import EmbeddedStore
    from policykg.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Settings(store="embedded", data_dir=Path(tmp)))
        try:
            store.stats()  # the server is up before the clock starts, as in a warm `build`
            start = time.perf_counter()
            store.rebuild(load_corpus(corpus).batches)
            seconds = time.perf_counter() - start
            stats = store.stats()
            info = store._conn().info("memory")  # noqa: SLF001 - a bench may look inside
            peak = float(info.get("used_memory_peak", 0)) / 1e6
        finally:
            store.close()
    return seconds, f"{stats['total_nodes']} / {stats['total_relationships']}", peak


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure:50} {value} {unit}")
