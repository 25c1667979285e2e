"""RDF export, validation and SPARQL timings on the full corpus graph, and the memory of the
streamed export and validation at two sizes of graph.

The graph is built from the corpus into a fresh embedded store in a temporary folder. What
`policykg export --format nt|ttl` and `policykg validate` do (graph/rdf_stream.py: the graph
read a page at a time) is measured in a process of its own (bench/_rdf_export.py), on the
corpus and on a graph of 50 generated documents (bench/_generated_corpus.py); the whole-graph
rdflib path that JSON-LD, RDF/XML and SPARQL need is timed in this process. Run alone with
`python -m bench.rdf`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

HYDROGEN_PARKS = """
SELECT DISTINCT ?park ?name WHERE {
  ?park a pkg:Park ; rdfs:label ?name ; pkg:FOCUSES_ON/skos:broader* ?industry .
  ?industry skos:prefLabel "氢能"@zh .
}"""


def _best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, value = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - start)
    return best, value


def corpus_dump(data_dir: Path) -> tuple[list, list]:
    from graph.embedded import EmbeddedStore
    from loaders.pipeline import load_corpus
    from policykg.settings import Settings

    settings = Settings(store="embedded", data_dir=data_dir)
    result = load_corpus(settings.corpus_dir)
    store = EmbeddedStore(settings)
    try:
        store.rebuild(result.batches)
        return store.dump()
    finally:
        store.close()


GENERATED = 50  # documents of the larger graph the streamed export is measured on


def _child(data_dir: Path, what: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "bench._rdf_export", str(data_dir), what],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def streamed(tmp: Path) -> list[tuple[str, float, str]]:
    """Streamed export and validation, time and peak memory, on the corpus and a larger graph."""
    from bench._generated_corpus import generate
    from bench.scale import build

    corpus = tmp / "generated"
    generate(GENERATED, corpus, ROOT / "data" / "corpus")
    build(corpus, tmp / "db-large")
    small, large = tmp / "db", tmp / "db-large"
    out: list[tuple[str, float, str]] = []
    figures = {}
    for name, folder in (("corpus", small), (f"{GENERATED} generated documents", large)):
        for what in ("nt", "ttl", "validate"):
            f = figures[(name, what)] = _child(folder, what)
            out.append((f"streamed {what} of the {name}: {f['nodes']:,} nodes, {f['triples']:,} triples"
                        if what != "validate" else f"streamed validation of the {name}",
                        round(f["seconds"], 2), "s"))
            out.append((f"  peak memory ({what}, {name})", round(f["rss_mb"]), "MB"))
    for what in ("nt", "validate"):
        a, b = figures[("corpus", what)], figures[(f"{GENERATED} generated documents", what)]
        out.append((f"{what}: memory larger / corpus (for {b['nodes'] / a['nodes']:.1f}x the nodes)",
                    round(b["rss_mb"] / a["rss_mb"], 2), "ratio"))
    return out


def run() -> list[tuple[str, float, str]]:
    from graph.rdf import FORMATS, counts, parse, serialize, sparql, to_rdf, validate
    from policykg.settings import get_settings

    base = get_settings().rdf_base
    with tempfile.TemporaryDirectory(prefix="policykg-bench-rdf-") as tmp:
        nodes, edges = corpus_dump(Path(tmp) / "db")
        stream_rows = streamed(Path(tmp))
    out: list[tuple[str, float, str]] = [
        ("store nodes", len(nodes), "nodes"),
        ("store relationships", len(edges), "relationships"),
        *stream_rows,
    ]
    seconds, graph = _best(lambda: to_rdf(nodes, edges, base), 3)
    c = counts(graph)
    out += [("triples", c["triples"], "triples"),
            ("provenance statements", c["statements"], "statements"),
            ("to_rdf (full graph)", round(seconds, 3), "s")]
    texts = {}
    for fmt in FORMATS:
        seconds, texts[fmt] = _best(lambda fmt=fmt: serialize(graph, fmt), 2)
        out.append((f"serialize {fmt}", round(seconds, 3), "s"))
        out.append((f"size {fmt}", round(len(texts[fmt].encode("utf-8")) / 1e6, 2), "MB"))
    seconds, _ = _best(lambda: parse(texts["ttl"], "ttl"), 1)
    out.append(("parse ttl back", round(seconds, 3), "s"))
    seconds, (conforms, messages) = _best(lambda: validate(graph), 1)
    out += [("validate (pyshacl, full graph)", round(seconds, 3), "s"),
            ("validation problems", len(messages), "messages")]
    seconds, result = _best(lambda: sparql(graph, HYDROGEN_PARKS, timeout_s=60), 3)
    out += [("sparql hydrogen parks (skos:broader*)", round(seconds * 1000, 1), "ms"),
            ("sparql hydrogen parks rows", len(result["results"]["bindings"]), "rows")]
    return out


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name:40s} {value:>12} {unit}")
