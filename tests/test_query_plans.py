"""Every shipped query starts from an index, so its cost does not grow with the library.

The engine's own plan (FalkorDB's GRAPH.EXPLAIN on the embedded store, EXPLAIN on Neo4j when
NEO4J_URI is set) of every statement of queries/ may read a whole label only where the query's
header says why (`// scan:`, e.g. the list of every document), never every node, and never the
passages or sections, which are most of the graph. Names are found through the full-text
index; what it finds is checked here against a scan of the same names.
"""

from __future__ import annotations

import re

import pytest

from graph.bigrams import han_bigrams
from ontology.schema import LABELS
from queries import QueryParam, library
from queries.find import named_ids

DUMMY = {"str": "氢能", "int": 5, "float": 1.0, "bool": False, "list[str]": ["氢能"], "ids": ["ind:氢能"]}
NEVER = {"Passage", "Section"}
_LABEL_SCAN = re.compile(r"(?:Node By Label Scan|NodeByLabelScan)\W+\w*:(\w+)")
_ALL_NODES = re.compile(r"All Node Scan|AllNodesScan")


def _params(params: tuple[QueryParam, ...]) -> dict:
    return {p.name: (p.default if p.default is not None else DUMMY[p.type]) for p in params}


def scans(plan: str) -> tuple[bool, set[str]]:
    """Whether a plan reads every node, and the labels it reads whole."""
    return bool(_ALL_NODES.search(plan)), set(_LABEL_SCAN.findall(plan))


def allowed(name: str) -> set[str]:
    declared = set(library()[name].scans)
    return {lab.name for lab in LABELS} - NEVER if "Each" in declared else declared


@pytest.mark.parametrize("name", sorted(library()))
def test_the_query_reads_no_label_it_does_not_declare(name: str, corpus_store) -> None:
    q = library()[name]
    every, labels = scans(corpus_store.explain(q.cypher, _params(q.params)))
    assert not every, f"{name}: its plan reads every node of the graph"
    assert not labels & NEVER, f"{name}: its plan reads every {', '.join(sorted(labels & NEVER))}"
    extra = labels - allowed(name)
    assert not extra, (f"{name}: its plan reads every {', '.join(sorted(extra))} node; start from an "
                       "index (a `// find:` or `// each:` header) or say why with `// scan:`")


def test_the_check_sees_a_scan(corpus_store) -> None:
    every, labels = scans(corpus_store.explain(
        "MATCH (p:Passage) WHERE p.text CONTAINS $t RETURN p.id AS id", {"t": "氢能"}))
    assert labels == {"Passage"} and not every
    every, _ = scans(corpus_store.explain("MATCH (n) WHERE n.id = $id RETURN n", {"id": "x"}))
    assert every
    _, labels = scans(corpus_store.explain("MATCH (n:Park) WHERE n.id = $id RETURN n", {"id": "x"}))
    assert not labels


def test_no_query_declares_a_scan_of_the_text_layer() -> None:
    for q in library().values():
        assert not set(q.scans) & NEVER, q.name


def _scan_ids(store, labels: list[str], text: str) -> set[str]:
    out: set[str] = set()
    for label in labels:
        rows = store.read(f"MATCH (n:{label}) WHERE n.name CONTAINS $t OR $t IN coalesce(n.aliases, []) "
                          "RETURN n.id AS id", {"t": text}).rows
        out |= {r["id"] for r in rows}
    return out


@pytest.mark.parametrize("text", ["生物医药", "氢能", "保税区", "天津港", "高新区", "产业园", "实验室", "集团",
                                  "区发改委", "临港", "新能源汽车", "区", "5G"])
def test_names_found_through_the_index_are_those_a_scan_finds(text: str, corpus_store) -> None:
    labels = ["Industry", "Park", "Zone", "Enterprise", "Platform", "Bureau"]
    found = named_ids(corpus_store, labels, text)
    assert sorted(found) == sorted(set(found)), "each node once"
    assert set(found) == _scan_ids(corpus_store, labels, text)
    if han_bigrams(text):
        assert found or text in ("5G",), f"{text}: the corpus names it"


@pytest.mark.neo4j
def test_on_neo4j_too_no_query_reads_a_label_it_does_not_declare(neo4j_store, corpus_result) -> None:
    neo4j_store.apply_schema()
    neo4j_store.rebuild(corpus_result.batches)
    for name, q in sorted(library().items()):
        every, labels = scans(neo4j_store.explain(q.cypher, _params(q.params)))
        assert not every and not labels - allowed(name), f"{name}: {labels}"
