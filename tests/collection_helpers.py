"""Shared by the collection tests: the graph a store holds, whole, and the graph a full build
of a set of files gives."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from graph.embedded import EmbeddedStore
from loaders.pipeline import load_corpus
from tests.conftest import make_settings

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
ALL_ROWS = 10 ** 7


def snapshot(store: Any) -> tuple[dict, dict, dict]:
    """Every node (label, id → name, aliases, props), relationship ((type, from, to) →
    props) and search field the store holds."""
    nodes, edges = store.dump()
    by_node = {(n.label, n.id): (n.name, n.aliases, n.props) for n in nodes}
    by_edge = {(e.rel, e.src, e.dst): e.props for e in edges}
    rows = store.read("MATCH (n) RETURN n.id AS id, n.search AS search", limit=ALL_ROWS).rows
    return by_node, by_edge, {r["id"]: r["search"] for r in rows}


def full_build(files: dict[str, bytes], folder: Path) -> tuple[dict, dict, dict]:
    """The graph `policykg build` gives for a folder holding exactly these files (and the
    bundled manifest)."""
    corpus = folder / "corpus"
    shutil.rmtree(folder, ignore_errors=True)
    corpus.mkdir(parents=True)
    shutil.copy(CORPUS / "manifest.json", corpus / "manifest.json")
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    store = EmbeddedStore(make_settings(folder / "db", row_cap=ALL_ROWS))
    try:
        store.rebuild(load_corpus(corpus).batches)
        return snapshot(store)
    finally:
        store.close()


def differences(a: tuple[dict, dict, dict], b: tuple[dict, dict, dict]) -> list[str]:
    out = []
    for what, x, y in zip(("node", "relationship", "search field"), a, b):
        for key in sorted(set(x) | set(y), key=str)[:100000]:
            if x.get(key) != y.get(key):
                out.append(f"{what} {key}: {str(x.get(key))[:160]} != {str(y.get(key))[:160]}")
    return out[:10]
