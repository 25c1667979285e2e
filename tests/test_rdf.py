"""RDF export, SHACL validation and SPARQL over the export (graph/rdf.py).

The invented graph of tests/sample_graph.py covers every label and relationship type that
matters here; the real corpus, through the real embedded store, is checked further down.
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal

import pytest
from rdflib import Literal, URIRef
from rdflib import namespace as ns
from rdflib.compare import isomorphic

from graph.rdf import (
    FORMATS,
    RdfError,
    SparqlError,
    SparqlRefused,
    SparqlTimeout,
    UnknownFormat,
    counts,
    iri_segment,
    node_iri,
    parse,
    rows,
    serialize,
    sparql,
    to_rdf,
    validate,
)
from ontology.batch import Edge, Node
from ontology.owl import PKG
from ontology.schema import REL_BY_NAME
from tests import sample_graph

BASE = "https://policykg.org/id/"


@pytest.fixture(scope="module")
def sample():
    batch = sample_graph.invented_graph()
    return batch.nodes, batch.edges


@pytest.fixture(scope="module")
def graph(sample):
    return to_rdf(*sample, BASE)


def I(path: str) -> URIRef:  # noqa: E743 - reads like the IRI it builds
    return URIRef(BASE + path)


# --- IRIs ------------------------------------------------------------------------------------


def test_iris_are_readable_and_follow_the_node_id():
    assert node_iri(BASE, "Park", "park:星河氢能产业园") == I("park/星河氢能产业园")
    assert node_iri(BASE, "Passage", "psg:sample-1") == I("psg/sample-1")


def test_iri_segments_encode_what_an_iri_cannot_hold_and_never_collide():
    assert iri_segment("a/b c%d#e?f") == "a%2Fb%20c%25d%23e%3Ff"
    assert iri_segment("甲　乙") == "甲%E3%80%80乙"  # a full-width space is not IRI-safe
    assert iri_segment("（天津）有限公司") == "（天津）有限公司"
    ids = ["park:a/b", "park:a%2Fb", "park:a b", "park:a%20b", "a/b"]
    assert len({node_iri(BASE, "Park", i) for i in ids}) == len(ids)
    # an id without its label's prefix is kept whole under node/
    assert node_iri(BASE, "Park", "a/b") == I("node/a%2Fb")


def test_the_base_is_configurable_and_checked():
    g = to_rdf([Node("Zone", "zone:东区", "东区")], [], "http://example.org/kg/")
    assert (URIRef("http://example.org/kg/zone/东区"), ns.RDF.type, PKG.Zone) in g
    for bad in ("example.org/kg/", "https://example.org/kg", ""):
        with pytest.raises(RdfError, match="POLICYKG_RDF_BASE"):
            to_rdf([], [], bad)


def test_a_label_or_type_outside_the_ontology_is_refused_by_name():
    with pytest.raises(RdfError, match="label 'Mall'.*ontology/schema.py"):
        to_rdf([Node("Mall", "mall:甲", "甲")], [], BASE)
    with pytest.raises(RdfError, match=r"\(park:甲\)-\[:NEAR\]->\(zone:乙\)"):
        to_rdf([], [Edge("NEAR", "park:甲", "zone:乙", "Park", "Zone")], BASE)


# --- what the export says --------------------------------------------------------------------


def test_counts_match_the_store_nodes_and_edges(sample, graph):
    nodes, edges = sample
    c = counts(graph)
    assert c["nodes"] == len(nodes)
    assert c["relationships"] == len(edges)
    assert c["statements"] == sum(1 for e in edges if REL_BY_NAME[e.rel].needs_sources)


def test_names_and_aliases_are_chinese_labels(graph):
    park = I("park/星河氢能产业园")
    assert graph.value(park, ns.RDFS.label) == Literal("星河氢能产业园", lang="zh")
    assert set(graph.objects(park, ns.SKOS.altLabel)) == {Literal("星河园", lang="zh")}
    assert graph.value(park, PKG.id) == Literal("park:星河氢能产业园")


def test_industries_form_a_skos_concept_scheme(graph):
    h2, ne = I("ind/氢能"), I("ind/新能源")
    scheme = I("scheme/industry")
    assert (scheme, ns.RDF.type, ns.SKOS.ConceptScheme) in graph
    for ind in (h2, ne):
        assert (ind, ns.RDF.type, ns.SKOS.Concept) in graph
        assert (ind, ns.SKOS.inScheme, scheme) in graph
    assert (h2, ns.SKOS.broader, ne) in graph
    assert (h2, PKG.SUBINDUSTRY_OF, ne) in graph
    assert (ne, ns.SKOS.topConceptOf, scheme) in graph
    assert (h2, ns.SKOS.topConceptOf, scheme) not in graph


def test_documents_use_dublin_core_and_bureaus_org():
    doc = Node("Document", "doc:d1", "某区规划",
               props={"file": "d1.txt", "title": "某区规划", "date": "2021-07-20",
                      "publisher": "某区人民政府", "doc_number": "某政发〔2021〕5号"})
    bur = Node("Bureau", "bur:区科技局", "区科技局", props={"level": "district"})
    g = to_rdf([doc, bur], [], BASE)
    d = I("doc/d1")
    assert g.value(d, ns.DCTERMS.title) == Literal("某区规划", lang="zh")
    assert g.value(d, ns.DCTERMS.issued) == Literal("2021-07-20", datatype=ns.XSD.date)
    assert g.value(d, ns.DCTERMS.identifier) == Literal("某政发〔2021〕5号")
    publisher = g.value(d, ns.DCTERMS.publisher)
    assert isinstance(publisher, URIRef)
    assert g.value(publisher, ns.RDFS.label) == Literal("某区人民政府", lang="zh")
    assert (I("bur/区科技局"), ns.RDF.type, ns.ORG.Organization) in g
    joint = Node("Document", "doc:d2", "联合发文", props={"file": "d2.txt",
                                                      "publisher": "某市委、某市人民政府"})
    g2 = to_rdf([joint], [], BASE)
    assert {str(g2.value(a, ns.RDFS.label)) for a in g2.objects(I("doc/d2"), ns.DCTERMS.publisher)
            } == {"某市委", "某市人民政府"}
    assert g.value(I("bur/区科技局"), PKG.level) == Literal("district")


@pytest.mark.parametrize("raw,expected", [
    ("2021年7月20日", Literal("2021-07-20", datatype=ns.XSD.date)),
    ("2021-07", Literal("2021-07", datatype=ns.XSD.gYearMonth)),
    ("2021", Literal("2021", datatype=ns.XSD.gYear)),
    ("去年", Literal("去年")),
])
def test_document_dates_take_the_precision_they_have(raw, expected):
    g = to_rdf([Node("Document", "doc:d", "d", props={"file": "d", "date": raw})], [], BASE)
    assert g.value(I("doc/d"), ns.DCTERMS.issued) == expected


def test_targets_have_typed_value_and_year_with_their_unit(graph):
    t = I("tgt/sample-1")
    value = graph.value(t, PKG.value)
    assert value.datatype == ns.XSD.decimal and value.toPython() == Decimal("100")
    assert graph.value(t, PKG.year) == Literal("2025", datatype=ns.XSD.gYear)
    assert graph.value(t, PKG.unit) == Literal("亿元")


def test_passages_keep_text_and_integer_offsets(graph):
    p = I("psg/sample-5")
    assert str(graph.value(p, PKG.text)) == "到2025年，氢能产业产值达到100亿元。"
    assert graph.value(p, PKG.start) == Literal(500)
    assert graph.value(p, PKG.start).datatype == ns.XSD.integer
    assert graph.value(p, PKG.end).toPython() == 500 + len("到2025年，氢能产业产值达到100亿元。")


def test_each_domain_relationship_is_also_a_statement_derived_from_its_passages(sample, graph):
    _nodes, edges = sample
    for e in edges:
        spec = REL_BY_NAME[e.rel]
        s, o = node_iri(BASE, e.src_label, e.src), node_iri(BASE, e.dst_label, e.dst)
        assert (s, PKG[e.rel], o) in graph  # the direct triple is always there
        found = [st for st in graph.subjects(ns.RDF.subject, s)
                 if graph.value(st, ns.RDF.predicate) == PKG[e.rel]
                 and graph.value(st, ns.RDF.object) == o]
        if not spec.needs_sources:
            assert found == []
            continue
        assert len(found) == 1, e
        assert (found[0], ns.RDF.type, ns.RDF.Statement) in graph
        assert set(graph.objects(found[0], ns.PROV.wasDerivedFrom)) == {
            node_iri(BASE, "Passage", p) for p in e.props["sources"]}
        if e.rel == "SUPPORTED_BY":
            assert graph.value(found[0], PKG.item) == Literal("资金支持")


def test_statement_iris_are_stable_between_exports(sample):
    a = {s for s in to_rdf(*sample, BASE).subjects(ns.RDF.type, ns.RDF.Statement)}
    b = {s for s in to_rdf(*sample, BASE).subjects(ns.RDF.type, ns.RDF.Statement)}
    assert a == b and len(a) > 10


def test_the_derived_search_field_is_not_exported():
    n = Node("Park", "park:甲园", "甲园", props={"search": "甲园"})
    g = to_rdf([n], [], BASE)
    assert not list(g.objects(I("park/甲园"), PKG.search))


# --- formats ---------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_parses_back_to_the_same_graph(graph, fmt):
    text = serialize(graph, fmt)
    assert isinstance(text, str) and "星河氢能产业园" in text  # Chinese stays readable
    assert isomorphic(parse(text, fmt), graph)


def test_turtle_spells_instances_like_node_ids(graph):
    assert "park:星河氢能产业园" in serialize(graph, "ttl")


def test_an_unknown_format_is_refused_by_name(graph):
    with pytest.raises(UnknownFormat, match="ttl, nt, jsonld, xml"):
        serialize(graph, "csv")


# --- validation ------------------------------------------------------------------------------


def test_the_sample_graph_conforms(graph):
    conforms, messages = validate(graph)
    assert conforms, "\n".join(messages)
    assert messages == []


def _broken(change) -> list[str]:
    batch = sample_graph.invented_graph()
    nodes, edges = copy.deepcopy(batch.nodes), copy.deepcopy(batch.edges)
    change(nodes, edges)
    conforms, messages = validate(to_rdf(nodes, edges, BASE))
    assert not conforms
    return messages


def _node(nodes, node_id):
    return next(n for n in nodes if n.id == node_id)


def _edge(edges, rel, src):
    return next(e for e in edges if e.rel == rel and e.src == src)


def test_a_target_without_value_is_reported():
    msgs = _broken(lambda n, e: _node(n, "tgt:sample-1").props.pop("value"))
    assert msgs == ["Target tgt:sample-1 (氢能产业产值2025年100亿元) [pkg:value]: a Target needs "
                    "value (props['value']); value must be a number (xsd:decimal, e.g. 12.5), "
                    "one value"]


def test_a_target_value_that_is_not_a_number_is_reported_with_the_value():
    msgs = _broken(lambda n, e: _node(n, "tgt:sample-1").props.update(value="一百"))
    assert len(msgs) == 1
    assert "tgt:sample-1" in msgs[0] and "xsd:decimal" in msgs[0] and "'一百'" in msgs[0]


def test_a_located_in_from_an_industry_is_reported():
    def change(nodes, edges):
        edges.append(Edge("LOCATED_IN", "ind:氢能", "zone:东湖片区", "Industry", "Zone",
                          {"sources": ["psg:sample-1"]}))
    msgs = _broken(change)
    assert msgs == ["Industry ind:氢能 (氢能): only a Park, Enterprise, Platform or Project may "
                    "have LOCATED_IN (位于), not this node; fix the edge's start node or its "
                    "label (value: pkg:Industry)"]


def test_a_relationship_to_the_wrong_kind_of_node_is_reported():
    def change(nodes, edges):
        edges.append(Edge("LOCATED_IN", "ent:甲氢科技", "ent:乙能集团", "Enterprise",
                          "Enterprise", {"sources": ["psg:sample-2"]}))
    assert _broken(change) == [
        "Enterprise ent:乙能集团 (乙能集团): LOCATED_IN (位于) may only point at a Park or Zone, "
        "not at this node; fix the edge's end node or its label (value: pkg:Enterprise)"]


def test_a_domain_relationship_without_sources_is_reported():
    msgs = _broken(lambda n, e: _edge(e, "TARGETS", "park:西港园区").props.pop("sources"))
    assert msgs == ["statement (Park park:西港园区 (西港园区))-[:TARGETS]->(Enterprise ent:丙药公司 "
                    "(丙药公司)) [prov:wasDerivedFrom]: a domain relationship needs at least one "
                    "source passage: props['sources'] with the ids of the passages that state "
                    "it (exported as prov:wasDerivedFrom)"]


def test_a_source_that_is_not_a_passage_of_the_graph_is_reported():
    msgs = _broken(lambda n, e: _edge(e, "TARGETS", "park:西港园区").props.update(
        sources=["psg:missing"]))
    assert msgs == [
        "statement (Park park:西港园区 (西港园区))-[:TARGETS]->(Enterprise ent:丙药公司 (丙药公司)) "
        "[prov:wasDerivedFrom]: a source must be a Passage of the graph; check the ids in "
        "props['sources'] against the passage ids "
        "(value: <https://policykg.org/id/psg/missing> (not a node of the graph))"]


def test_node_sources_are_derivations_and_are_checked_too():
    park = Node("Park", "park:甲园", "甲园", props={"sources": ["psg:p1", "psg:p2"]})
    psg = Node("Passage", "psg:p1", "p1", props={"text": "甲园", "start": 0, "end": 2,
                                                 "doc": "doc:d"})
    g = to_rdf([park, psg], [], BASE)
    assert set(g.objects(I("park/甲园"), ns.PROV.wasDerivedFrom)) == {I("psg/p1"), I("psg/p2")}
    conforms, msgs = validate(g)
    assert not conforms
    assert msgs == ["Park park:甲园 (甲园) [prov:wasDerivedFrom]: a source must be a Passage of "
                    "the graph; check the ids in props['sources'] against the passage ids "
                    "(value: <https://policykg.org/id/psg/p2> (not a node of the graph))"]


def test_a_passage_without_offsets_and_a_bad_document_date_are_reported():
    def change(nodes, edges):
        _node(nodes, "psg:sample-3").props.pop("start")
        _node(nodes, "doc:sample").props["date"] = "2021年13月"
    msgs = _broken(change)
    assert len(msgs) == 2
    assert msgs[0].startswith("Document doc:sample (示例区产业发展规划) [dcterms:issued]: the date")
    assert "'2021年13月'" in msgs[0]
    assert msgs[1].startswith("Passage psg:sample-3 (段落3) [pkg:start]: a Passage needs start")


def test_an_edge_to_a_node_missing_from_the_export_is_reported():
    def change(nodes, edges):
        nodes.remove(_node(nodes, "ent:丙药公司"))
        edges[:] = [e for e in edges if not (e.rel == "MENTIONS" and e.dst == "ent:丙药公司")]
    msgs = _broken(change)
    assert "<https://policykg.org/id/ent/丙药公司> (not a node of the graph): TARGETS (招商对接) " \
           "may only point at an Enterprise, not at this node; fix the edge's end node or its " \
           "label" in msgs


# --- SPARQL ----------------------------------------------------------------------------------

HYDROGEN_PARKS = """
SELECT DISTINCT ?park ?name WHERE {
  ?park a pkg:Park ; rdfs:label ?name ; pkg:FOCUSES_ON ?industry .
  ?industry skos:broader* ?h2 .
  ?h2 skos:prefLabel "氢能"@zh .
}"""

NEW_ENERGY_PARKS = HYDROGEN_PARKS.replace("氢能", "新能源")


def test_select_follows_the_industry_taxonomy(graph):
    assert rows(sparql(graph, HYDROGEN_PARKS)) == [
        {"park": BASE + "park/星河氢能产业园", "name": "星河氢能产业园"}]
    # 氢能 is narrower than 新能源, so a park focusing on 氢能 focuses on 新能源 too
    assert [r["name"] for r in rows(sparql(graph, NEW_ENERGY_PARKS))] == ["星河氢能产业园"]


def test_select_result_is_w3c_json_with_typed_terms(graph):
    result = sparql(graph, "SELECT ?v ?y WHERE { tgt:sample-1 pkg:value ?v ; pkg:year ?y }")
    json.dumps(result)  # the CLI and the API send it as is
    assert result["head"]["vars"] == ["v", "y"]
    [b] = result["results"]["bindings"]
    assert b["v"] == {"type": "literal", "value": "100.0",
                      "datatype": str(ns.XSD.decimal)}
    assert b["y"]["datatype"] == str(ns.XSD.gYear)
    assert result["truncated"] is False


def test_evidence_is_one_hop_from_a_statement(graph):
    q = """SELECT ?text WHERE {
      ?st rdf:subject park:西港园区 ; rdf:predicate pkg:TARGETS ; prov:wasDerivedFrom ?p .
      ?p pkg:text ?text }"""
    assert rows(sparql(graph, q)) == [{"text": "西港园区积极对接丙药公司，发展生物医药。"}]


def test_ask(graph):
    assert sparql(graph, "ASK { park:西港园区 pkg:FOCUSES_ON ind:生物医药 }") == {
        "head": {}, "boolean": True}
    assert sparql(graph, "ASK { park:西港园区 pkg:FOCUSES_ON ind:氢能 }")["boolean"] is False


def test_rows_are_capped_and_the_cap_is_reported(graph):
    result = sparql(graph, "SELECT ?p WHERE { ?p a pkg:Passage }", limit=2)
    assert len(result["results"]["bindings"]) == 2 and result["truncated"] is True


@pytest.mark.parametrize("query,error,words", [
    ("INSERT DATA { park:x pkg:LOCATED_IN zone:y }", SparqlRefused, "UPDATE is refused"),
    ("DELETE WHERE { ?s ?p ?o }", SparqlRefused, "UPDATE is refused"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", SparqlRefused, "not CONSTRUCT"),
    ("DESCRIBE park:西港园区", SparqlRefused, "not DESCRIBE"),
    ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", SparqlRefused, "FROM"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", SparqlRefused,
     "SERVICE"),
    ("SELEC ?x WHERE { ?x ?p ?o }", SparqlError, "syntax error at line 1, column 1"),
    ("SELECT ?x WHERE { ?x a foo:Bar }", SparqlError, "known prefixes are"),
    ("   ", SparqlError, "empty"),
])
def test_bad_and_refused_queries_say_why(graph, query, error, words):
    with pytest.raises(error, match=words):
        sparql(graph, query)


def test_a_query_past_its_time_limit_is_abandoned(graph):
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~ 300³ rows
    with pytest.raises(SparqlTimeout, match="longer than 0.05 s"):
        sparql(graph, cross, limit=10**9, timeout_s=0.05)


# --- through the real embedded store ---------------------------------------------------------


def _stats_totals(stats: dict) -> tuple[int, int]:
    return sum(stats["nodes"].values()), sum(stats["relationships"].values())


def test_export_of_the_embedded_store_counts_what_the_store_holds(embedded_store):
    embedded_store.apply_schema()
    embedded_store.write(sample_graph.invented_graph())
    nodes, edges = embedded_store.dump()
    graph = to_rdf(nodes, edges, BASE)
    c = counts(graph)
    n_nodes, n_edges = _stats_totals(embedded_store.stats())
    assert (c["nodes"], c["relationships"]) == (n_nodes, n_edges) == (len(nodes), len(edges))
    assert c["statements"] == sum(1 for e in edges if REL_BY_NAME[e.rel].needs_sources)
    conforms, messages = validate(graph)
    assert conforms, "\n".join(messages)
    # what came back from the database is typed as the ontology says
    assert graph.value(I("tgt/sample-1"), PKG.year) == Literal("2025", datatype=ns.XSD.gYear)
    assert rows(sparql(graph, HYDROGEN_PARKS))[0]["name"] == "星河氢能产业园"


# --- the real corpus -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The corpus built into a real embedded store; its dump, its stats and its export."""
    from graph.embedded import EmbeddedStore
    from loaders.pipeline import load_corpus
    from policykg.settings import Settings

    settings = Settings(store="embedded", data_dir=tmp_path_factory.mktemp("rdf-corpus"))
    result = load_corpus(settings.corpus_dir)
    assert result.batches, result.errors
    store = EmbeddedStore(settings)
    try:
        store.rebuild(result.batches)
        nodes, edges = store.dump()
        stats = store.stats()
    finally:
        store.close()
    return nodes, edges, stats, to_rdf(nodes, edges, BASE)


def test_corpus_export_counts_equal_the_store(corpus):
    nodes, edges, stats, graph = corpus
    c = counts(graph)
    assert (c["nodes"], c["relationships"]) == _stats_totals(stats)
    assert c["statements"] == sum(1 for e in edges if REL_BY_NAME[e.rel].needs_sources) > 100
    # per type too: a relationship lost in one type cannot hide behind one gained in another
    for rel, n in stats["relationships"].items():
        assert len(set(graph.subject_objects(PKG[rel]))) == n, rel
    for label, n in stats["nodes"].items():
        assert len(set(graph.subjects(ns.RDF.type, PKG[label]))) == n, label


def test_corpus_export_conforms_to_the_shapes(corpus):
    conforms, messages = validate(corpus[3])
    assert conforms, "\n".join(messages[:20])


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_corpus_export_parses_back_in_every_format(corpus, fmt):
    graph = corpus[3]
    back = parse(serialize(graph, fmt), fmt)
    assert len(back) == len(graph)
    assert set(back) == set(graph)


def test_corpus_sparql_follows_the_taxonomy_and_reaches_the_evidence(corpus):
    nodes, edges, _stats, graph = corpus
    # what the store says: parks with FOCUSES_ON an industry at or below some industry
    by_id = {n.id: n for n in nodes}
    broader: dict[str, set[str]] = {}
    for e in edges:
        if e.rel == "SUBINDUSTRY_OF":
            broader.setdefault(e.src, set()).add(e.dst)
    focus = [e for e in edges if e.rel == "FOCUSES_ON" and e.src_label == "Park"]
    assert focus, "the corpus has parks with a focus industry"
    root = focus[0].dst
    while broader.get(root):
        root = sorted(broader[root])[0]

    def under(ind: str) -> bool:
        todo, seen = [ind], set()
        while todo:
            x = todo.pop()
            if x == root:
                return True
            if x not in seen:
                seen.add(x)
                todo.extend(broader.get(x, ()))
        return False

    expected = {by_id[e.src].name for e in focus if under(e.dst)}
    q = ("SELECT DISTINCT ?name WHERE { ?park a pkg:Park ; rdfs:label ?name ; "
         "pkg:FOCUSES_ON/skos:broader* ?i . ?i pkg:id ?rid }")
    got = {r["name"] for r in rows(sparql(graph, q.replace("?rid", json.dumps(root)),
                                          timeout_s=30))}
    assert got == expected
    # every FOCUSES_ON statement leads to passages with text
    q = ("SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st rdf:predicate pkg:FOCUSES_ON ; "
         "prov:wasDerivedFrom/pkg:text ?text }")
    [row] = rows(sparql(graph, q, timeout_s=30))
    assert int(row["n"]) == sum(1 for e in edges if e.rel == "FOCUSES_ON")


def _doc_queries() -> list[str]:
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "rdf.md").read_text("utf-8")
    return re.findall(r"```sparql\n(.*?)```", text, re.S)


def test_the_documented_queries_run(graph):
    """The SPARQL examples in docs/rdf.md stay runnable as the export changes."""
    queries = _doc_queries()
    assert len(queries) >= 4
    results = [sparql(graph, q) for q in queries]
    assert rows(results[0]) == [{"park": BASE + "park/星河氢能产业园", "name": "星河氢能产业园"}]
    assert {"park": "西港园区", "enterprise": "丙药公司", "text": "西港园区积极对接丙药公司，发展生物医药。",
            "doc": "doc:sample"} in rows(results[1])
    assert {"number": "1", "lead": "区发展改革委", "support": "市财政局", "item": "资金支持"} in rows(
        results[2])
    assert {"what": "氢能", "metric": "产值", "value": "100.0", "unit": "亿元"} in rows(results[3])
