"""The RDF export written as the graph is read, and SHACL validation page by page: the same
triples and the same messages as building the whole graph in rdflib, with small pages so that
every node and relationship crosses a page boundary somewhere."""

from __future__ import annotations

import io

import pytest

from graph.rdf import parse, to_rdf, validate
from graph.rdf_stream import chunks, export, validate_store
from ontology.batch import Edge, GraphBatch, Node
from tests.conftest import small_batch

BASE = "https://policykg.org/id/"


@pytest.fixture(scope="module")
def whole(corpus_store):
    nodes, edges = corpus_store.dump()
    return to_rdf(nodes, edges, BASE)


@pytest.mark.parametrize("fmt", ["nt", "ttl"])
def test_the_streamed_export_holds_the_triples_of_the_whole_export(fmt, corpus_store, whole) -> None:
    out = io.BytesIO()
    counts = export(corpus_store, fmt, out, BASE, page=300)
    back = parse(out.getvalue(), fmt)
    assert set(back) == set(whole)
    stats = corpus_store.stats()
    assert (counts.nodes, counts.relationships) == (stats["total_nodes"], stats["total_relationships"])


def test_turtle_spells_instances_like_node_ids_where_turtle_allows(corpus_store) -> None:
    text = b"".join(chunks("ttl", corpus_store.pages(500), BASE)).decode("utf-8")
    assert text.startswith("@prefix ") and "\npark:" in text and "a pkg:" not in text
    # An id with characters a Turtle local name cannot hold is written as a full IRI.
    odd = [Node("Park", "park:甲(乙)园“一号”", "甲(乙)园“一号”", [], {"sources": []})]
    one = b"".join(chunks("ttl", [(odd, [])], BASE)).decode("utf-8")
    assert f"<{BASE}park/甲%28乙%29园“一号”>" in one or f"<{BASE}park/甲(乙)园“一号”>" in one
    parse(one, "ttl")


def test_page_by_page_validation_tells_what_the_whole_one_tells(corpus_store, whole) -> None:
    conforms, messages = validate(whole)
    streamed, found, counts = validate_store(corpus_store, BASE, page=300)
    assert (streamed, found) == (conforms, messages)
    assert counts.nodes == corpus_store.stats()["total_nodes"]


def test_a_source_that_is_no_passage_is_found_across_pages(embedded_store) -> None:
    batch = small_batch()
    batch.edges.append(Edge("LOCATED_IN", "park:sample", "zone:sample", "Park", "Zone",
                            {"sources": ["psg:sample-1", "psg:gone"]}))
    batch.edges = [e for e in batch.edges if not (e.rel == "LOCATED_IN" and e.props["sources"] == ["psg:sample-1"])]
    embedded_store.write(batch)
    embedded_store.write(GraphBatch("doc:other", [Node("Industry", "ind:other", "其他产业")], []))
    nodes, edges = embedded_store.dump()
    conforms, messages = validate(to_rdf(nodes, edges, BASE))
    assert not conforms and any("psg:gone" in m or "gone" in m for m in messages)
    for page in (1, 2, 1000):
        assert validate_store(embedded_store, BASE, page=page)[:2] == (conforms, messages)
