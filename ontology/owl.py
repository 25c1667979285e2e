"""The OWL ontology and the SHACL shapes, generated from ontology/schema.py.

The Turtle files next to this module (policykg.ttl, shapes.ttl) are committed so that people
and tools can read them without running code; they are derived, never edited by hand.
After changing the schema run `python -m ontology.owl` to rewrite them;
tests/test_ontology_files.py fails while they disagree with the code.

The vocabulary lives under its own namespace (PKG); instance IRIs live under the configurable
`Settings.rdf_base` and are minted by graph/rdf.py. Standard vocabularies are reused where they
fit: SKOS for the industry taxonomy, Dublin Core terms for documents, W3C ORG for bureaus,
PROV-O for the provenance of every domain relationship.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from ontology.schema import (
    ALIASES,
    ID_PREFIX,
    KEY,
    LABELS,
    NAME,
    RELATIONSHIPS,
    SOURCES,
    Label,
    RelType,
)

PKG = Namespace("https://policykg.org/ontology#")
SHAPES = Namespace("https://policykg.org/shapes#")
ONTOLOGY_IRI = URIRef("https://policykg.org/ontology")
SHAPES_IRI = URIRef("https://policykg.org/shapes")

HERE = Path(__file__).resolve().parent
ONTOLOGY_PATH = HERE / "policykg.ttl"
SHAPES_PATH = HERE / "shapes.ttl"

PREFIXES: dict[str, Namespace] = {
    "pkg": PKG, "rdf": Namespace(str(RDF)), "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)), "xsd": Namespace(str(XSD)), "skos": Namespace(str(SKOS)),
    "dcterms": Namespace(str(DCTERMS)), "prov": Namespace(str(PROV)),
    "org": Namespace(str(ORG)), "sh": Namespace(str(SH)),
}

# Properties whose values have a datatype in RDF; anything else keeps the type it has in the
# graph (string, integer, boolean). A value that cannot take its datatype is exported as a
# plain string and the shapes report it.
DATATYPES: dict[str, URIRef] = {
    "value": XSD.decimal,
    "baseline": XSD.decimal,
    "year": XSD.gYear,
    "start": XSD.integer,
    "end": XSD.integer,
    "line": XSD.integer,
    "order": XSD.integer,
}
# A document's date may be known to the day, the month or only the year.
DATE_DATATYPES = (XSD.date, XSD.gYearMonth, XSD.gYear)

# Document properties said in Dublin Core terms rather than our own vocabulary, so that
# catalogue tools understand them. The publisher is an agent (a resource), not a string.
DOCUMENT_TERMS: dict[str, URIRef] = {
    "title": DCTERMS.title,
    "date": DCTERMS.issued,
    "publisher": DCTERMS.publisher,
    "doc_number": DCTERMS.identifier,
}

# Standard classes each label also belongs to: asserted in the ontology (subClassOf) and on
# every exported resource, so that SKOS/ORG/PROV tools work without a reasoner.
ALSO_A: dict[str, tuple[URIRef, ...]] = {
    "Document": (PROV.Entity,),
    "Passage": (PROV.Entity,),
    "Industry": (SKOS.Concept,),
    "Bureau": (ORG.Organization,),
}

# Relationship types that are a standard property too (asserted alongside on export).
ALSO_PROPERTY: dict[str, URIRef] = {"SUBINDUSTRY_OF": SKOS.broader}

# Readable names of the data properties; the schema names them in English only.
PROPERTY_ZH: dict[str, str] = {
    KEY: "标识", "file": "文件名", "index_number": "索引号", "kind": "类别",
    "level": "级别", "order": "顺序", "number": "编号", "path": "路径", "doc": "所属文件",
    "text": "文本", "start": "起始偏移", "end": "结束偏移", "line": "行号",
    "section": "所属章节", "status": "状态", "metric": "指标", "value": "数值",
    "unit": "单位", "year": "年份", "subject": "对象", "baseline": "基期值", "item": "事项",
}

# Properties that are not exported: derived search text, or written as a standard term.
NOT_EXPORTED = frozenset({"search"})


def class_iri(label: str) -> URIRef:
    return PKG[label]


def rel_iri(rel: str) -> URIRef:
    return PKG[rel]


def property_iri(label: str, key: str) -> URIRef:
    """The predicate a node property is written with; one rule for ontology and export."""
    if key == KEY:
        return PKG["id"]
    if key == NAME:
        return RDFS.label
    if key == ALIASES:
        return SKOS.altLabel
    if label == "Document" and key in DOCUMENT_TERMS:
        return DOCUMENT_TERMS[key]
    return PKG[key]


def _a(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _either(labels: tuple[str, ...] | list[str]) -> str:
    """'a Park', 'a Park or Zone', 'an Enterprise, Platform or Project'."""
    labels = list(dict.fromkeys(labels))
    if len(labels) == 1:
        return _a(labels[0])
    return _a(", ".join(labels[:-1])) + " or " + labels[-1]


def _words(name: str) -> str:
    return name.lower().replace("_", " ")


def _bind(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def _rdf_list(g: Graph, items: list) -> BNode:
    head = BNode()
    Collection(g, head, items)
    return head


def _class_or_union(g: Graph, labels: tuple[str, ...]) -> URIRef | BNode:
    if len(labels) == 1:
        return class_iri(labels[0])
    union = BNode()
    g.add((union, RDF.type, OWL.Class))
    g.add((union, OWL.unionOf, _rdf_list(g, [class_iri(lab) for lab in labels])))
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
    g = _bind(Graph())
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
    g.add((disjoint, OWL.members, _rdf_list(g, [class_iri(lab.name) for lab in LABELS])))

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
    g.add((p, RDFS.label, Literal(_words(rel.name), lang="en")))
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
    g.add((p, RDFS.label, Literal(_words(key), lang="en")))
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


# --- SHACL ---------------------------------------------------------------------------------


def _shape_name(*parts: str) -> URIRef:
    return SHAPES["-".join(parts)]


def _allowed_types(labels: tuple[str, ...]) -> list[URIRef]:
    """Every rdf:type a node of these labels may carry: its class and the standard ones."""
    out: list[URIRef] = []
    for lab in dict.fromkeys(labels):
        out.append(class_iri(lab))
        out.extend(t for t in ALSO_A.get(lab, ()) if t not in out)
    return out


def _property_shape(g: Graph, target: tuple[URIRef, URIRef], name: URIRef, path: URIRef,
                    message: str, **constraints: object) -> URIRef:
    """A property shape with its own target rather than under a node shape: pyshacl then
    checks it once over all focus nodes instead of once per focus node (measured: ~5x
    faster on the corpus export)."""
    g.add((name, RDF.type, SH.PropertyShape))
    g.add((name, target[0], target[1]))
    g.add((name, SH.path, path))
    g.add((name, SH.message, Literal(message, lang="en")))
    for key, value in constraints.items():
        g.add((name, SH[key], value if isinstance(value, (URIRef, Literal)) else Literal(value)))
    return name


def _or_datatypes(g: Graph, shape: URIRef, datatypes: tuple[URIRef, ...]) -> None:
    alternatives = []
    for dt in datatypes:
        alt = BNode()
        g.add((alt, SH.datatype, dt))
        alternatives.append(alt)
    g.add((shape, SH["or"], _rdf_list(g, alternatives)))


_DATATYPE_HINT = {
    XSD.decimal: "a number (xsd:decimal, e.g. 12.5)",
    XSD.gYear: "a year (xsd:gYear, e.g. 2025)",
    XSD.integer: "a whole number (xsd:integer)",
}


def build_shapes() -> Graph:
    """SHACL shapes: what each label must carry, where each relationship may go, provenance."""
    g = _bind(Graph())
    g.bind("shape", SHAPES)
    g.add((SHAPES_IRI, RDF.type, OWL.Ontology))
    g.add((SHAPES_IRI, RDFS.label, Literal("policykg SHACL shapes", lang="en")))
    g.add((SHAPES_IRI, RDFS.seeAlso, ONTOLOGY_IRI))
    outgoing: dict[str, list[RelType]] = {}
    for rel in RELATIONSHIPS:
        for src in rel.from_labels:
            outgoing.setdefault(src, []).append(rel)
    for lab in LABELS:
        _label_shape(g, lab, outgoing.get(lab.name, []))
    for rel in RELATIONSHIPS:
        _relationship_shapes(g, rel)
    _statement_shape(g)
    return g


def _label_shape(g: Graph, lab: Label, outgoing: list[RelType]) -> None:
    s = (SH.targetClass, class_iri(lab.name))
    n = lab.name
    _property_shape(g, s, _shape_name(n, "id"), PKG["id"],
                    f"{_a(n)} needs exactly one pkg:id (its node id) as a plain string",
                    minCount=1, maxCount=1, datatype=XSD.string)
    _property_shape(g, s, _shape_name(n, "name"), RDFS.label,
                    f"{_a(n)} needs exactly one name: rdfs:label with a language tag "
                    "(the node's `name`)",
                    minCount=1, maxCount=1, datatype=RDF.langString)
    _property_shape(g, s, _shape_name(n, "aliases"), SKOS.altLabel,
                    f"the aliases of {_a(n)} are language-tagged strings (skos:altLabel)",
                    datatype=RDF.langString)
    for key in lab.required + lab.optional:
        path = property_iri(n, key)
        required = key in lab.required
        constraints: dict[str, object] = {}
        what = f"props[{key!r}]"
        if required:
            constraints["minCount"] = 1
        if path == DCTERMS.issued:
            ps = _property_shape(g, s, _shape_name(n, key), path,
                                 f"the date of {_a(n)} ({what}) must be a date: yyyy-mm-dd, "
                                 "yyyy-mm or yyyy", maxCount=1, **constraints)
            _or_datatypes(g, ps, DATE_DATATYPES)
            continue
        if path == DCTERMS.publisher:
            constraints["nodeKind"] = SH.IRI
        elif path == DCTERMS.title:
            constraints["datatype"] = RDF.langString
        elif key in DATATYPES:
            constraints["datatype"] = DATATYPES[key]
            constraints["maxCount"] = 1
        if not constraints:
            continue
        parts = []
        if required:
            parts.append(f"{_a(n)} needs {key} ({what})")
        if key in DATATYPES:
            parts.append(f"{key} must be {_DATATYPE_HINT[DATATYPES[key]]}, one value")
        message = "; ".join(parts) or f"{key} of {_a(n)} ({what}) has the wrong kind of value"
        _property_shape(g, s, _shape_name(n, key), path, message, **constraints)
    if n == "Industry":
        _property_shape(g, s, _shape_name(n, "scheme"), SKOS.inScheme,
                        "an Industry is a concept of the industry scheme (skos:inScheme)",
                        minCount=1, nodeKind=SH.IRI)
    for rel in outgoing:
        targets = tuple(dict.fromkeys(b for a, b in rel.endpoints if a == n))
        if set(targets) == set(rel.to_labels):
            continue  # the relationship's range shape says it already
        _type_in(g, s, _shape_name(n, rel.name), (rel_iri(rel.name), RDF.type), targets,
                 f"{rel.name} ({rel.zh}) from {_a(n)} must point at {_either(targets)}; "
                 "fix the edge or its endpoint labels")


def _type_in(g: Graph, target: tuple[URIRef, URIRef], name: URIRef, path: URIRef | tuple[URIRef, ...],
             labels: tuple[str, ...], message: str) -> None:
    """'Has a type, and every type is one of these labels' (sh:in over rdf:type).

    Measured on the corpus export, this is ~50x cheaper in pyshacl than sh:or over sh:class
    alternatives, which builds a failure report for every alternative that does not match.
    """
    if isinstance(path, tuple):
        seq = _rdf_list(g, list(path))
        ps = _property_shape(g, target, name, seq, message)
    else:
        ps = _property_shape(g, target, name, path, message, minCount=1)
    g.add((ps, SH["in"], _rdf_list(g, _allowed_types(labels))))


def _relationship_shapes(g: Graph, rel: RelType) -> None:
    """Where a relationship may start and end. Each end is checked once per node, not once
    per edge, and an end that is no node of the graph (no type) is reported as such."""
    p = rel_iri(rel.name)
    for end, target, labels, text in (
            ("domain", SH.targetSubjectsOf, rel.from_labels,
             f"only {_either(rel.from_labels)} may have {rel.name} ({rel.zh}), not this "
             "node; fix the edge's start node or its label"),
            ("range", SH.targetObjectsOf, rel.to_labels,
             f"{rel.name} ({rel.zh}) may only point at {_either(rel.to_labels)}, not at this "
             "node; fix the edge's end node or its label")):
        _type_in(g, (target, p), _shape_name(rel.name, end), RDF.type, labels, text)


def _statement_shape(g: Graph) -> None:
    """Every domain relationship is exported with its statement, sourced or not, so a
    relationship without sources is a statement without prov:wasDerivedFrom: core SHACL
    finds it without a SPARQL join (which rdflib runs in minutes on the corpus)."""
    s = (SH.targetClass, RDF.Statement)
    for path, what in ((RDF.subject, "subject"), (RDF.predicate, "predicate"),
                       (RDF.object, "object")):
        _property_shape(g, s, _shape_name("Statement", what), path,
                        f"a provenance statement needs exactly one rdf:{what} (an IRI)",
                        minCount=1, maxCount=1, nodeKind=SH.IRI)
    _property_shape(g, s, _shape_name("Statement", "sources"), PROV.wasDerivedFrom,
                    "a domain relationship needs at least one source passage: "
                    f"props[{SOURCES!r}] with the ids of the passages that state it "
                    "(exported as prov:wasDerivedFrom)", minCount=1)
    _property_shape(g, (SH.targetSubjectsOf, PROV.wasDerivedFrom), SHAPES.sources,
                    PROV.wasDerivedFrom,
                    "a source must be a Passage of the graph; check the ids in "
                    f"props[{SOURCES!r}] against the passage ids", **{"class": PKG.Passage})


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
