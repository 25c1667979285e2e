"""The OWL ontology (policykg.ttl), generated from ontology/schema.py, and the command that
writes it together with the SHACL shapes of ontology/shacl.py (shapes.ttl).

The Turtle files next to this module (policykg.ttl, shapes.ttl) are committed so that people
and tools can read them without running code; they are derived, never edited by hand.
After changing the schema run `python -m ontology.owl` to rewrite them;
tests/test_ontology_files.py fails while they disagree with the code.

The vocabulary lives under its own namespace (PKG, ontology/vocabulary.py); instance IRIs live
under the configurable `Settings.rdf_base` and are minted by graph/rdf_terms.py. Standard
vocabularies are reused where they fit: SKOS for the industry taxonomy, Dublin Core terms for
documents, W3C ORG for bureaus, PROV-O for the provenance of every domain relationship.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from ontology.schema import ID_PREFIX, KEY, LABELS, RELATIONSHIPS, Label, RelType
from ontology.shacl import build_shapes
from ontology.vocabulary import (
    ALSO_A,
    ALSO_PROPERTY,
    DATATYPES,
    DATE_DATATYPES,
    DOCUMENT_TERMS,
    NOT_EXPORTED,
    ONTOLOGY_IRI,
    PKG,
    PREFIXES,
    PROPERTY_ZH,
    SHAPES,
    SHAPES_IRI,
    bind_prefixes,
    class_iri,
    property_iri,
    rdf_list,
    rel_iri,
    words,
)

# graph/rdf_*.py and the tests take the vocabulary from here too: one module to import for
# everything the Turtle files and the export share.
__all__ = [
    "ALSO_A", "ALSO_PROPERTY", "DATATYPES", "DATE_DATATYPES", "DOCUMENT_TERMS", "NOT_EXPORTED",
    "ONTOLOGY_IRI", "ONTOLOGY_PATH", "PKG", "PREFIXES", "PROPERTY_ZH", "SHAPES", "SHAPES_IRI",
    "SHAPES_PATH", "build_ontology", "build_shapes", "class_iri", "main", "property_iri",
    "rel_iri", "turtle", "write_files",
]

HERE = Path(__file__).resolve().parent
ONTOLOGY_PATH = HERE / "policykg.ttl"
SHAPES_PATH = HERE / "shapes.ttl"


def _class_or_union(g: Graph, labels: tuple[str, ...]) -> URIRef | BNode:
    if len(labels) == 1:
        return class_iri(labels[0])
    union = BNode()
    g.add((union, RDF.type, OWL.Class))
    g.add((union, OWL.unionOf, rdf_list(g, [class_iri(lab) for lab in labels])))
    return union


def _data_properties() -> dict[str, list[str]]:
    """Each own data property and the labels that carry it (schema order)."""
    found: dict[str, list[str]] = {KEY: [lab.name for lab in LABELS]}
    for lab in LABELS:
        for key in lab.required + lab.optional:
            if property_iri(lab.name, key).startswith(str(PKG)):
                found.setdefault(key, []).append(lab.name)
    return found


def build_ontology() -> Graph:
    """The OWL ontology: a class per label, an object property per relationship type."""
    g = bind_prefixes(Graph())
    o = ONTOLOGY_IRI
    g.add((o, RDF.type, OWL.Ontology))
    g.add((o, RDFS.label, Literal("policykg ontology", lang="en")))
    g.add((o, RDFS.label, Literal("政策知识图谱本体", lang="zh")))
    g.add((o, RDFS.comment, Literal(
        "Zones, parks, industries, enterprises, platforms, projects, tasks, bureaus and "
        "quantitative targets named in Chinese government policy documents, each relationship "
        "traceable to the passages that state it (rdf:Statement + prov:wasDerivedFrom).",
        lang="en")))
    g.add((o, RDFS.comment, Literal(
        "政策文件中的功能区、园区、产业、企业、平台、项目、任务、责任部门与量化目标及其关系；"
        "每条关系都可追溯到陈述它的段落。", lang="zh")))
    g.add((o, RDFS.seeAlso, SHAPES_IRI))
    g.add((o, RDFS.comment, Literal(
        "Provenance: a node is prov:wasDerivedFrom the passages that name it; a domain "
        "relationship is also an rdf:Statement prov:wasDerivedFrom the passages that state it.",
        lang="en")))

    needs = PKG.needsSources
    g.add((needs, RDF.type, OWL.AnnotationProperty))
    g.add((needs, RDFS.label, Literal("needs sources", lang="en")))
    g.add((needs, RDFS.label, Literal("需要出处", lang="zh")))
    g.add((needs, RDFS.comment, Literal(
        "True for a relationship type whose every triple is also exported as an rdf:Statement "
        "with prov:wasDerivedFrom the passages that state it.", lang="en")))
    prefix_prop = PKG.idPrefix
    g.add((prefix_prop, RDF.type, OWL.AnnotationProperty))
    g.add((prefix_prop, RDFS.label, Literal("id prefix", lang="en")))
    g.add((prefix_prop, RDFS.comment, Literal(
        "The prefix of the node ids of a class (`park:` for Park); an instance IRI is "
        "<base><prefix>/<rest of the id>.", lang="en")))

    for lab in LABELS:
        _add_class(g, lab)
    disjoint = BNode()
    g.add((disjoint, RDF.type, OWL.AllDisjointClasses))
    g.add((disjoint, OWL.members, rdf_list(g, [class_iri(lab.name) for lab in LABELS])))

    for rel in RELATIONSHIPS:
        _add_object_property(g, rel)

    for key, labels in _data_properties().items():
        _add_data_property(g, key, labels)
    for rel in RELATIONSHIPS:
        for key in rel.props:
            _add_data_property(g, key, [f"{rel.name} statements"])
    return g


def _add_class(g: Graph, lab: Label) -> None:
    c = class_iri(lab.name)
    g.add((c, RDF.type, OWL.Class))
    g.add((c, RDFS.label, Literal(lab.name, lang="en")))
    g.add((c, RDFS.label, Literal(lab.zh, lang="zh")))
    g.add((c, RDFS.comment, Literal(lab.en_comment, lang="en")))
    g.add((c, RDFS.comment, Literal(lab.zh_comment, lang="zh")))
    g.add((c, RDFS.isDefinedBy, ONTOLOGY_IRI))
    g.add((c, PKG.idPrefix, Literal(ID_PREFIX[lab.name])))
    for sup in ALSO_A.get(lab.name, ()):
        g.add((c, RDFS.subClassOf, sup))


def _add_object_property(g: Graph, rel: RelType) -> None:
    p = rel_iri(rel.name)
    g.add((p, RDF.type, OWL.ObjectProperty))
    g.add((p, RDFS.label, Literal(words(rel.name), lang="en")))
    g.add((p, RDFS.label, Literal(rel.zh, lang="zh")))
    g.add((p, RDFS.comment, Literal(rel.en_comment, lang="en")))
    g.add((p, RDFS.comment, Literal(rel.zh_comment, lang="zh")))
    g.add((p, RDFS.isDefinedBy, ONTOLOGY_IRI))
    g.add((p, RDFS.domain, _class_or_union(g, rel.from_labels)))
    g.add((p, RDFS.range, _class_or_union(g, rel.to_labels)))
    g.add((p, PKG.needsSources, Literal(rel.needs_sources)))
    if rel.name in ALSO_PROPERTY:
        g.add((p, RDFS.subPropertyOf, ALSO_PROPERTY[rel.name]))


def _add_data_property(g: Graph, key: str, used_on: list[str]) -> None:
    """No rdfs:domain: loaders put some properties on more labels than the schema lists
    (offsets on sections, `doc` on targets), and with disjoint classes a domain axiom would
    make such a node a member of two disjoint classes. The shapes check what is required."""
    p = PKG["id"] if key == KEY else PKG[key]
    g.add((p, RDF.type, OWL.DatatypeProperty))
    g.add((p, RDFS.label, Literal(words(key), lang="en")))
    if key in PROPERTY_ZH:
        g.add((p, RDFS.label, Literal(PROPERTY_ZH[key], lang="zh")))
    g.add((p, RDFS.isDefinedBy, ONTOLOGY_IRI))
    g.add((p, RDFS.comment, Literal("Used on " + ", ".join(used_on) + ".", lang="en")))
    if key in DATATYPES:
        g.add((p, RDFS.range, DATATYPES[key]))
    if key == KEY:
        g.add((p, RDFS.comment, Literal(
            "The node id in the property graph (`park:<name>`), for joining with Cypher "
            "results and the JSON export.", lang="en")))

# --- files ---------------------------------------------------------------------------------


def turtle(g: Graph) -> str:
    return g.serialize(format="turtle")


def write_files(ontology_path: Path = ONTOLOGY_PATH, shapes_path: Path = SHAPES_PATH) -> None:
    ontology_path.write_text(turtle(build_ontology()), encoding="utf-8")
    shapes_path.write_text(turtle(build_shapes()), encoding="utf-8")


def main() -> int:
    write_files()
    print(f"wrote {ONTOLOGY_PATH.name} and {SHAPES_PATH.name} in {HERE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
