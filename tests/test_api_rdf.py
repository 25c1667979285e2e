"""RDF over HTTP on the real corpus: the export parses back and counts what the store holds;
SPARQL answers SELECT and ASK and refuses everything else with the one error shape."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph

from api.app import create_app
from graph.rdf import counts
from tests.conftest import make_settings

HYDROGEN_PARKS = """
SELECT DISTINCT ?park ?name WHERE {
  ?park a pkg:Park ; rdfs:label ?name ; pkg:FOCUSES_ON/skos:broader* ?industry .
  ?industry skos:prefLabel "氢能"@zh .
}"""


@pytest.fixture(scope="module")
def client(corpus_store) -> Iterator[TestClient]:
    app = create_app(settings=make_settings(Path(corpus_store.data_dir)), store=corpus_store)
    with TestClient(app) as c:
        yield c


def test_export_turtle_parses_back_with_the_store_counts(client: TestClient, corpus_store) -> None:
    r = client.get("/api/v1/export", params={"format": "ttl"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    stats = corpus_store.stats()
    c = counts(g)
    assert c["nodes"] == stats["total_nodes"]
    assert c["relationships"] == stats["total_relationships"]
    again = client.get("/api/v1/export", params={"format": "ttl"})
    assert again.content == r.content  # kept until the graph changes


def test_export_refuses_an_unknown_format(client: TestClient) -> None:
    r = client.get("/api/v1/export", params={"format": "csv"})
    assert r.status_code == 422
    assert r.json()["error"]["status"] == 422


def test_sparql_select_over_the_taxonomy(client: TestClient) -> None:
    r = client.get("/api/v1/sparql", params={"query": HYDROGEN_PARKS})
    assert r.status_code == 200, r.text
    names = {row["name"]["value"] for row in r.json()["results"]["bindings"]}
    assert names
    # the same question through the Cypher-backed endpoint finds at least these parks
    places = client.get("/api/v1/places", params={"industry": "氢能"}).json()
    assert names <= {p["name"] for p in places}


def test_sparql_ask(client: TestClient) -> None:
    r = client.get("/api/v1/sparql", params={"query": "ASK { ?p a pkg:Park }"})
    assert r.status_code == 200 and r.json()["boolean"] is True


@pytest.mark.parametrize("query, code", [
    ("DELETE WHERE { ?s ?p ?o }", "refused"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "refused"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "refused"),
    ("SELECT ?x WHERE { ?x ", "bad_query"),
])
def test_sparql_refuses_updates_and_bad_queries(client: TestClient, query: str, code: str) -> None:
    r = client.get("/api/v1/sparql", params={"query": query})
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == code
    assert r.json()["error"]["message"]
