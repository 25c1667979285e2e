"""RDF export, validation and SPARQL timings on the full corpus graph.

The graph is built from the corpus into a fresh embedded store in a temporary folder and read
back with `dump()`, so the figures are for what `policykg export` / `validate` / `sparql`
actually process. Run alone with `python -m bench.rdf`.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def run() -> list[tuple[str, float, str]]:
    from graph.rdf import FORMATS, counts, parse, serialize, sparql, to_rdf, validate
    from policykg.settings import get_settings

    base = get_settings().rdf_base
    with tempfile.TemporaryDirectory(prefix="policykg-bench-rdf-") as tmp:
        nodes, edges = corpus_dump(Path(tmp))
    out: list[tuple[str, float, str]] = [
        ("store nodes", len(nodes), "nodes"),
        ("store relationships", len(edges), "relationships"),
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
