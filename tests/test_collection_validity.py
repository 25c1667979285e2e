"""The collection's validation gives validate()'s verdicts: on the bundled corpus, and on a
batch with each kind of fault validate() knows."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from collection.validity import Checker
from loaders.pipeline import resolved
from ontology.batch import Edge, GraphBatch, Node, SchemaError, validate
from tests.conftest import small_batch


def _parts(batches: list[GraphBatch]) -> list[tuple[str, str, GraphBatch, GraphBatch]]:
    return [(b.source, f"k{i}", GraphBatch(b.source), b) for i, b in enumerate(batches)]


def _validate_in_order(batches: list[GraphBatch]) -> list[str | None]:
    known: dict[str, str] = {}
    out: list[str | None] = []
    for b in batches:
        try:
            validate(b, known)
        except SchemaError as exc:
            out.append(str(exc))
            continue
        out.append(None)
        for n in b.nodes:
            known[n.id] = n.label
    return out


def _faults() -> list[GraphBatch]:
    """One batch per kind of fault validate() reports, each after a good batch."""
    def broken(change: Any) -> GraphBatch:
        b = copy.deepcopy(small_batch("doc:x"))
        change(b)
        return b

    def node(i: int) -> Any:
        return lambda b: b.nodes[i]

    return [
        broken(lambda b: setattr(b.nodes[3], "label", "Planet")),
        broken(lambda b: setattr(b.nodes[3], "id", "")),
        broken(lambda b: setattr(b.nodes[3], "name", "  ")),
        broken(lambda b: b.nodes[2].props.pop("text")),  # a required prop
        broken(lambda b: b.nodes[3].props.update(x={"a": 1})),
        broken(lambda b: b.nodes[3].props.update(x=[1, [2]])),
        broken(lambda b: b.nodes.append(Node("Park", b.nodes[3].id, "同号不同类"))),
        broken(lambda b: setattr(b.edges[0], "rel", "LOVES")),
        broken(lambda b: setattr(b.edges[0], "dst", "sec:nowhere")),
        broken(lambda b: b.edges.append(Edge("FOCUSES_ON", "ind:sample", "park:sample",
                                             "Industry", "Park", {"sources": ["psg:sample-1"]}))),
        broken(lambda b: b.edges[-1].props.pop("sources", None) if b.edges[-1].props else
               b.edges.append(Edge("LOCATED_IN", "park:sample", "zone:sample", "Park", "Zone"))),
        broken(lambda b: b.edges.append(Edge("LOCATED_IN", "park:sample", "zone:sample", "Park",
                                             "Zone", {"sources": ["psg:sample-1"], "w": {}}))),
        broken(lambda b: setattr(b.edges[2], "src_label", "Zone")),
        broken(lambda b: node(0)),  # unchanged: good
    ]


@pytest.mark.parametrize("fault", range(len(_faults())))
def test_each_kind_of_fault_gets_validates_verdict(fault: int) -> None:
    bad = _faults()[fault]
    other = small_batch("doc:other")
    for n in other.nodes:
        n.id = n.id + "-2"
    other.edges = []
    batches = [other, bad, small_batch("doc:after")]
    expected = _validate_in_order(batches)
    got = [None if e is None else str(e) for e in Checker().run(_parts(batches))]
    assert got == expected


def test_the_corpus_gets_validates_verdicts(corpus_result: Any) -> None:
    from loaders.one_file import load_file
    from tests.collection_helpers import CORPUS

    results = [load_file(p, p.name) for p in sorted(CORPUS.glob("*.txt"))]
    _, parts = resolved(results)
    merged = [GraphBatch(d.doc_id, t.nodes + r.nodes, t.edges + r.edges) for d, t, r in parts]
    expected = _validate_in_order(merged)
    got = Checker().run([(d.doc_id, f"k{i}", t, r) for i, (d, t, r) in enumerate(parts)])
    assert [None if e is None else str(e) for e in got] == expected
    assert expected.count(None) == len(corpus_result.batches)
