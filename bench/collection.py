"""Adding and removing one document at 100 documents, next to a full build of them.

The 100 documents are the bundled ones copied under new names (so every copy is resolved
against the others). The full build is `policykg build` (Collection.build: every file read,
structured and extracted, then written into a fresh graph). The add is a document that is
not yet there, in a process that has served changes before (the API); it is also timed as
the command `policykg add` in a new process, which first starts Python and reads every cached
result from disk. Each add is followed by the removal of the same document.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from collection.sync import Collection
from graph.embedded import EmbeddedStore
from policykg.settings import PROJECT_ROOT, Settings

DOCUMENTS = 100
ROUNDS = 3


def run(documents: int = DOCUMENTS) -> list[tuple[str, float | str, str]]:
    corpus = PROJECT_ROOT / "data" / "corpus"
    bundled = sorted(corpus.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "corpus"
        folder.mkdir()
        for i in range(documents):
            src = bundled[i % len(bundled)]
            shutil.copy(src, folder / f"c{i:03d}_{src.name}")
        extra = root / "extra"
        extra.mkdir()
        new = extra / f"zz_new_{bundled[2].name}"
        shutil.copy(bundled[2], new)
        settings = Settings(store="embedded", data_dir=root / "db")
        store = EmbeddedStore(settings)
        try:
            store.stats()
            t0 = time.perf_counter()
            built = Collection(store, settings.data_dir).build(folder)
            build_s = time.perf_counter() - t0
            collection = Collection(store, settings.data_dir)
            adds, removes, steps = [], [], []
            for _ in range(ROUNDS):
                t0 = time.perf_counter()
                report = collection.add([(new, new.name, str(new))])
                adds.append(time.perf_counter() - t0)
                steps.append(report.timings)
                t0 = time.perf_counter()
                collection.remove(report.documents[new.name][0])
                removes.append(time.perf_counter() - t0)
            counts = store.stats()
        finally:
            store.close()
        cli = _cli_add(settings.data_dir, new)
    add = statistics.median(adds)
    breakdown = ", ".join(f"{k} {statistics.median(s[k] for s in steps):.2f}"
                          for k in steps[0])
    return [
        ("documents (files → batches)", f"{documents} → {built.batches}", ""),
        ("nodes / relationships in the graph",
         f"{counts['total_nodes']} / {counts['total_relationships']}", ""),
        ("full build of them (policykg build)", build_s, "s"),
        (f"add one document (median of {ROUNDS}, a serving process)", add, "s"),
        ("  where the time goes", breakdown, "s"),
        ("add one document under 2 s", "yes" if add < 2 else "NO", ""),
        ("remove it again (median)", statistics.median(removes), "s"),
        ("full build / add", build_s / add, "×"),
        ("`policykg add` in a new process (wall, Python start included)", cli, "s"),
    ]


def _cli_add(data_dir: Path, path: Path) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLICYKG_", "NEO4J_"))}
    env.update({"POLICYKG_DATA_DIR": str(data_dir), "POLICYKG_STORE": "embedded"})
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "policykg.cli", "add", "--quiet", str(path)],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"policykg add failed: {proc.stderr[-400:]}")
    return seconds


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure:60} {value} {unit}")
