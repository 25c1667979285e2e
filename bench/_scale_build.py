"""One build, as `policykg build` does it, in a process of its own so that its memory is its own.

Usage: python -m bench._scale_build CORPUS_DIR [WORKERS]; the store comes from the environment
(POLICYKG_STORE, POLICYKG_DATA_DIR, NEO4J_*). Prints one JSON object: seconds for loading
(read, structure, extract, resolve) and for writing (staging graph, switch, save), peak memory
of this process, of the worker processes and of the store, and the store's size on disk.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from bench._memory import peak_mb, vm_hwm_mb


def build(corpus: Path, workers: int) -> dict:
    from graph import open_store
    from loaders.pipeline import load_corpus
    from policykg.settings import get_settings

    settings = get_settings()
    started = time.perf_counter()
    result = load_corpus(corpus, workers=workers)
    loaded = time.perf_counter()
    load_rss = peak_mb()
    workers_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    store = open_store(settings)
    try:
        opened = time.perf_counter()
        written = store.rebuild(result.batches)
        done = time.perf_counter()
        stats = store.stats()
        out = {"engine": store.engine, "load_s": loaded - started, "write_s": done - opened,
               "documents": len(result.documents), "errors": len(result.errors),
               "batches": len(result.batches), "nodes": stats["total_nodes"],
               "relationships": stats["total_relationships"], "nodes_by_label": stats["nodes"],
               "written_nodes": written.nodes, "written_edges": written.edges,
               "build_rss_mb": peak_mb(),
               "load_rss_mb": load_rss, "worker_rss_mb": workers_rss}
        if store.engine == "falkordb":
            info = store._conn().info("memory")  # noqa: SLF001 - a bench may look inside
            out["store_used_peak_mb"] = float(info.get("used_memory_peak", 0)) / 1e6
            out["store_rss_peak_mb"] = vm_hwm_mb(store.pid)
            dump = Path(settings.data_dir) / "dump.rdb"
            out["store_disk_mb"] = dump.stat().st_size / 1e6 if dump.exists() else None
    finally:
        store.close()
    return out


def main(argv: list[str]) -> int:
    corpus = Path(argv[0])
    workers = int(argv[1]) if len(argv) > 1 else 0
    print(json.dumps(build(corpus, workers)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
