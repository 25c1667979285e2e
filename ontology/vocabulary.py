"""The policykg vocabulary and how a graph property is said in RDF: namespaces, class and
property IRIs, datatypes and the standard terms reused beside our own.

One rule for the ontology (ontology/owl.py), the shapes (ontology/shacl.py) and the export
(graph/rdf.py), so that the three cannot disagree on an IRI or a datatype.
"""

from __future__ import annotations

from rdflib import BNode, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from ontology.schema import ALIASES, KEY, NAME

PKG = Namespace("https://policykg.org/ontology#")
SHAPES = Namespace("https://policykg.org/shapes#")
ONTOLOGY_IRI = URIRef("https://policykg.org/ontology")
SHAPES_IRI = URIRef("https://policykg.org/shapes")

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


def a_or_an(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def either(labels: tuple[str, ...] | list[str]) -> str:
    """'a Park', 'a Park or Zone', 'an Enterprise, Platform or Project'."""
    labels = list(dict.fromkeys(labels))
    if len(labels) == 1:
        return a_or_an(labels[0])
    return a_or_an(", ".join(labels[:-1])) + " or " + labels[-1]


def words(name: str) -> str:
    return name.lower().replace("_", " ")


def bind_prefixes(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def rdf_list(g: Graph, items: list) -> BNode:
    head = BNode()
    Collection(g, head, items)
    return head
