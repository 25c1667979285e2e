"""The SHACL shapes (shapes.ttl), generated from ontology/schema.py: what each label must
carry, where each relationship may start and end, and that every domain relationship has a
source passage. `python -m ontology.owl` writes them with the ontology.
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from ontology.schema import LABELS, RELATIONSHIPS, SOURCES, Label, RelType
from ontology.vocabulary import (
    ALSO_A,
    DATATYPES,
    DATE_DATATYPES,
    ONTOLOGY_IRI,
    PKG,
    SHAPES,
    SHAPES_IRI,
    a_or_an,
    bind_prefixes,
    class_iri,
    either,
    property_iri,
    rdf_list,
    rel_iri,
)


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
    g.add((shape, SH["or"], rdf_list(g, alternatives)))


_DATATYPE_HINT = {
    XSD.decimal: "a number (xsd:decimal, e.g. 12.5)",
    XSD.gYear: "a year (xsd:gYear, e.g. 2025)",
    XSD.integer: "a whole number (xsd:integer)",
}


def build_shapes() -> Graph:
    """SHACL shapes: what each label must carry, where each relationship may go, provenance."""
    g = bind_prefixes(Graph())
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
                    f"{a_or_an(n)} needs exactly one pkg:id (its node id) as a plain string",
                    minCount=1, maxCount=1, datatype=XSD.string)
    _property_shape(g, s, _shape_name(n, "name"), RDFS.label,
                    f"{a_or_an(n)} needs exactly one name: rdfs:label with a language tag "
                    "(the node's `name`)",
                    minCount=1, maxCount=1, datatype=RDF.langString)
    _property_shape(g, s, _shape_name(n, "aliases"), SKOS.altLabel,
                    f"the aliases of {a_or_an(n)} are language-tagged strings (skos:altLabel)",
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
                                 f"the date of {a_or_an(n)} ({what}) must be a date: yyyy-mm-dd, "
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
            parts.append(f"{a_or_an(n)} needs {key} ({what})")
        if key in DATATYPES:
            parts.append(f"{key} must be {_DATATYPE_HINT[DATATYPES[key]]}, one value")
        message = "; ".join(parts) or f"{key} of {a_or_an(n)} ({what}) has the wrong kind of value"
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
                 f"{rel.name} ({rel.zh}) from {a_or_an(n)} must point at {either(targets)}; "
                 "fix the edge or its endpoint labels")


def _type_in(g: Graph, target: tuple[URIRef, URIRef], name: URIRef, path: URIRef | tuple[URIRef, ...],
             labels: tuple[str, ...], message: str) -> None:
    """'Has a type, and every type is one of these labels' (sh:in over rdf:type).

    Measured on the corpus export, this is ~50x cheaper in pyshacl than sh:or over sh:class
    alternatives, which builds a failure report for every alternative that does not match.
    """
    if isinstance(path, tuple):
        seq = rdf_list(g, list(path))
        ps = _property_shape(g, target, name, seq, message)
    else:
        ps = _property_shape(g, target, name, path, message, minCount=1)
    g.add((ps, SH["in"], rdf_list(g, _allowed_types(labels))))


def _relationship_shapes(g: Graph, rel: RelType) -> None:
    """Where a relationship may start and end. Each end is checked once per node, not once
    per edge, and an end that is no node of the graph (no type) is reported as such."""
    p = rel_iri(rel.name)
    for end, target, labels, text in (
            ("domain", SH.targetSubjectsOf, rel.from_labels,
             f"only {either(rel.from_labels)} may have {rel.name} ({rel.zh}), not this "
             "node; fix the edge's start node or its label"),
            ("range", SH.targetObjectsOf, rel.to_labels,
             f"{rel.name} ({rel.zh}) may only point at {either(rel.to_labels)}, not at this "
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
