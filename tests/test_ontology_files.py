"""The committed Turtle files say what ontology/schema.py says, and say it in OWL and SHACL."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib import namespace as ns

from ontology.owl import (
    ONTOLOGY_PATH,
    PKG,
    SHAPES,
    SHAPES_PATH,
    build_ontology,
    build_shapes,
    class_iri,
    rel_iri,
)
from ontology.schema import LABELS, RELATIONSHIPS

REGENERATE = "run `python -m ontology.owl` and commit ontology/policykg.ttl and ontology/shapes.ttl"


def _load(path) -> Graph:
    g = Graph()
    g.parse(path, format="turtle")
    return g


def _drift(committed: Graph, generated: Graph) -> str:
    _both, only_file, only_code = graph_diff(to_isomorphic(committed), to_isomorphic(generated))
    lines = [f"- {t}" for t in sorted(only_file)[:10]] + [f"+ {t}" for t in sorted(only_code)[:10]]
    return "\n".join(lines)


def test_committed_ontology_matches_the_schema():
    committed, generated = _load(ONTOLOGY_PATH), build_ontology()
    assert isomorphic(committed, generated), (
        f"ontology/policykg.ttl has drifted from ontology/schema.py; {REGENERATE}\n"
        + _drift(committed, generated))


def test_committed_shapes_match_the_schema():
    committed, generated = _load(SHAPES_PATH), build_shapes()
    assert isomorphic(committed, generated), (
        f"ontology/shapes.ttl has drifted from ontology/schema.py; {REGENERATE}\n"
        + _drift(committed, generated))


def test_the_drift_check_sees_a_one_triple_change():
    generated = build_ontology()
    changed = build_ontology()
    changed.remove((rel_iri("LOCATED_IN"), ns.RDFS.label, Literal("位于", lang="zh")))
    assert not isomorphic(changed, generated)
    assert "位于" in _drift(generated, changed)


def test_generation_is_byte_stable():
    """The files are committed, so a regeneration without a schema change must not churn."""
    assert build_ontology().serialize(format="turtle") == ONTOLOGY_PATH.read_text("utf-8")
    assert build_shapes().serialize(format="turtle") == SHAPES_PATH.read_text("utf-8")


def _langs(g: Graph, subject, pred) -> set[str]:
    return {o.language for o in g.objects(subject, pred) if isinstance(o, Literal)}


def _classes(g: Graph, node) -> set:
    """A class, or the members of an owl:unionOf."""
    union = g.value(node, ns.OWL.unionOf)
    if union is None:
        return {node}
    return set(Collection(g, union))


def test_every_label_is_an_owl_class_with_labels_and_comments_in_both_languages():
    g = _load(ONTOLOGY_PATH)
    for lab in LABELS:
        c = class_iri(lab.name)
        assert (c, ns.RDF.type, ns.OWL.Class) in g, lab.name
        assert _langs(g, c, ns.RDFS.label) == {"zh", "en"}, lab.name
        assert _langs(g, c, ns.RDFS.comment) == {"zh", "en"}, lab.name
        assert Literal(lab.zh, lang="zh") in set(g.objects(c, ns.RDFS.label))
    assert (class_iri("Industry"), ns.RDFS.subClassOf, ns.SKOS.Concept) in g


def test_every_relationship_type_is_an_object_property_with_its_endpoints():
    g = _load(ONTOLOGY_PATH)
    for rel in RELATIONSHIPS:
        p = rel_iri(rel.name)
        assert (p, ns.RDF.type, ns.OWL.ObjectProperty) in g, rel.name
        assert _langs(g, p, ns.RDFS.label) == {"zh", "en"}, rel.name
        assert _langs(g, p, ns.RDFS.comment) == {"zh", "en"}, rel.name
        assert _classes(g, g.value(p, ns.RDFS.domain)) == {class_iri(x) for x in rel.from_labels}
        assert _classes(g, g.value(p, ns.RDFS.range)) == {class_iri(x) for x in rel.to_labels}
        assert g.value(p, PKG.needsSources).toPython() is rel.needs_sources
    assert (rel_iri("SUBINDUSTRY_OF"), ns.RDFS.subPropertyOf, ns.SKOS.broader) in g


def test_target_datatypes_are_declared():
    g = _load(ONTOLOGY_PATH)
    assert g.value(PKG.value, ns.RDFS.range) == ns.XSD.decimal
    assert g.value(PKG.year, ns.RDFS.range) == ns.XSD.gYear


def test_shapes_are_valid_shacl_and_cover_every_label_and_required_property():
    from pyshacl import validate

    shapes = _load(SHAPES_PATH)
    conforms, _report, text = validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text
    for lab in LABELS:
        for key in lab.required:
            prop = SHAPES[f"{lab.name}-{key}"]
            assert (prop, ns.SH.targetClass, class_iri(lab.name)) in shapes, (lab.name, key)
            assert shapes.value(prop, ns.SH.minCount).toPython() == 1, (lab.name, key)
    for rel in RELATIONSHIPS:
        assert (SHAPES[f"{rel.name}-domain"], ns.SH.targetSubjectsOf, rel_iri(rel.name)) in shapes
        assert (SHAPES[f"{rel.name}-range"], ns.SH.targetObjectsOf, rel_iri(rel.name)) in shapes
    # provenance: every domain relationship's statement needs a source passage
    sources = SHAPES["Statement-sources"]
    assert (sources, ns.SH.targetClass, ns.RDF.Statement) in shapes
    assert shapes.value(sources, ns.SH.minCount).toPython() == 1
    # every source, of a statement or of a node, is a Passage of the graph
    assert (SHAPES.sources, ns.SH.targetSubjectsOf, ns.PROV.wasDerivedFrom) in shapes
    assert shapes.value(SHAPES.sources, ns.SH["class"]) == PKG.Passage


def _owl_rl_errors(data: Graph) -> list[str]:
    import owlrl

    g = Graph()
    for t in build_ontology():
        g.add(t)
    for t in data:
        g.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    # owlrl writes each inconsistency as an err:error message into the graph
    err = URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")
    return [str(o) for o in g.objects(None, err)]


def test_an_export_is_consistent_with_the_ontology_under_owl_rl():
    """Domains, ranges and disjoint classes hold for real exports, so a reasoner adds
    knowledge (Industry -> skos:Concept, SUBINDUSTRY_OF -> skos:broader) and no clash."""
    from graph.rdf import to_rdf
    from tests import sample_graph

    batch = sample_graph.invented_graph()
    assert _owl_rl_errors(to_rdf(batch.nodes, batch.edges, "https://policykg.org/id/")) == []


def test_owl_rl_sees_a_node_of_two_disjoint_classes():
    x = URIRef("https://policykg.org/id/park/甲")
    data = Graph()
    data.add((x, ns.RDF.type, class_iri("Park")))
    data.add((x, ns.RDF.type, class_iri("Zone")))
    errors = _owl_rl_errors(data)
    assert errors and "disjoint" in " ".join(errors).lower()
