"""The graph as RDF triples: one typed resource per node, one triple per relationship, and
the provenance of each domain relationship.

Provenance: every domain relationship is written twice — as the direct triple
`<park> pkg:LOCATED_IN <zone>`, so SPARQL stays simple, and as an `rdf:Statement` with
`rdf:subject/predicate/object` and `prov:wasDerivedFrom` each passage that states it. A
reified statement (rather than an n-ary node per relationship) keeps the direct triple's
shape unchanged, reuses only standard vocabulary, and maps one-to-one onto RDF 1.2 triple
terms (`rdf:reifies`) when rdflib supports them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS

from graph.rdf_errors import RdfError
from graph.rdf_terms import (
    LANG,
    STATEMENT_PREFIX,
    _iri,
    _prop_predicate,
    _safe_key,
    _values,
    agent_iri,
    check_base,
    date_literal,
    industry_scheme_iri,
    statement_iri,
    value_literal,
)
from ontology.batch import Edge, Node
from ontology.owl import (
    ALSO_A,
    ALSO_PROPERTY,
    DOCUMENT_TERMS,
    NOT_EXPORTED,
    PKG,
    PREFIXES,
    class_iri,
    rel_iri,
)
from ontology.schema import (
    ALIASES,
    ID_PREFIX,
    KEY,
    LABEL_BY_NAME,
    NAME,
    REL_BY_NAME,
    SEARCH_FIELD,
    SOURCES,
)

_SKIP_PROPS = frozenset({KEY, NAME, ALIASES, SEARCH_FIELD}) | NOT_EXPORTED


def new_graph(base: str) -> Graph:
    """An empty graph with our prefixes, and one prefix per label (`park:` = <base>park/) so
    that Turtle and SPARQL spell instances the way node ids are spelled."""
    g = Graph(bind_namespaces="core")
    for prefix, ns in PREFIXES.items():
        if prefix != "sh":
            g.bind(prefix, ns, override=True, replace=True)
    g.bind("id", base, override=True, replace=True)
    for prefix in (*ID_PREFIX.values(), STATEMENT_PREFIX):
        g.bind(prefix, base + prefix + "/", override=True, replace=True)
    return g


def to_rdf(nodes: Iterable[Node], edges: Iterable[Edge], base: str | None = None) -> Graph:
    """The whole graph as RDF: one typed resource per node, one triple per relationship,
    and one rdf:Statement with prov:wasDerivedFrom per domain relationship."""
    if base is None:
        from policykg.settings import get_settings
        base = get_settings().rdf_base
    base = check_base(base)
    g = new_graph(base)
    nodes = list(nodes)
    edges = list(edges)
    _check_known(nodes, edges)
    labels = {n.id: n.label for n in nodes}
    scheme = industry_scheme_iri(base)
    broader = {e.src for e in edges if e.rel == "SUBINDUSTRY_OF"}
    if any(n.label == "Industry" for n in nodes):
        g.add((scheme, RDF.type, SKOS.ConceptScheme))
        g.add((scheme, SKOS.prefLabel, Literal("产业分类", lang="zh")))
        g.add((scheme, SKOS.prefLabel, Literal("Industry taxonomy", lang="en")))
    for node in nodes:
        _add_node(g, base, node, scheme, top=node.id not in broader)
    for edge in edges:
        _add_edge(g, base, edge, labels)
    return g


def _check_known(nodes: list[Node], edges: list[Edge]) -> None:
    """A label or type outside the ontology has no class or property to be written with."""
    for node in nodes:
        if node.label not in LABEL_BY_NAME:
            raise RdfError(f"node {node.id!r} has the label {node.label!r}, which the ontology "
                           f"does not define (it has {', '.join(LABEL_BY_NAME)}); add it to "
                           "ontology/schema.py or fix the loader")
    for edge in edges:
        if edge.rel not in REL_BY_NAME:
            raise RdfError(f"relationship ({edge.src})-[:{edge.rel}]->({edge.dst}) has a type the "
                           f"ontology does not define (it has {', '.join(REL_BY_NAME)}); add it "
                           "to ontology/schema.py or fix the loader")


def _add_node(g: Graph, base: str, node: Node, scheme: URIRef, top: bool) -> None:
    s = _iri(base, node.label, node.id)
    g.add((s, RDF.type, class_iri(node.label)))
    for extra in ALSO_A.get(node.label, ()):
        g.add((s, RDF.type, extra))
    g.add((s, PKG["id"], Literal(node.id)))
    g.add((s, RDFS.label, Literal(node.name, lang=LANG)))
    for alias in dict.fromkeys(a for a in node.aliases if a and a != node.name):
        g.add((s, SKOS.altLabel, Literal(alias, lang=LANG)))
    if node.label == "Industry":
        g.add((s, SKOS.prefLabel, Literal(node.name, lang=LANG)))
        g.add((s, SKOS.inScheme, scheme))
        if top:
            g.add((s, SKOS.topConceptOf, scheme))
            g.add((scheme, SKOS.hasTopConcept, s))
    for key, raw in node.props.items():
        if key in _SKIP_PROPS:
            continue
        if key == SOURCES:  # the passages that name the node
            for pid in _values(raw):
                g.add((s, PROV.wasDerivedFrom, _iri(base, "Passage", str(pid))))
            continue
        pred = _prop_predicate(node.label, key)
        for value in _values(raw):
            if pred == DCTERMS.issued:
                g.add((s, pred, date_literal(value)))
            elif pred == DCTERMS.title:
                g.add((s, pred, Literal(str(value), lang=LANG)))
            elif pred == DCTERMS.publisher:
                # Joint issuers are listed with 、 (中共某市委、某市人民政府): one agent each.
                for name in filter(None, (x.strip() for x in str(value).split("、"))):
                    agent = agent_iri(base, name)
                    g.add((s, pred, agent))
                    g.add((agent, RDF.type, DCTERMS.Agent))
                    g.add((agent, RDF.type, ORG.Organization))
                    g.add((agent, RDFS.label, Literal(name, lang=LANG)))
            elif pred in DOCUMENT_TERMS.values():
                g.add((s, pred, Literal(str(value))))
            else:
                g.add((s, pred, value_literal(key, value)))


def _add_edge(g: Graph, base: str, edge: Edge, labels: dict[str, str]) -> None:
    # An endpoint missing from the node list keeps the label the edge states, so the IRI is
    # the one it would have had; the shapes then report it as untyped.
    s = _iri(base, labels.get(edge.src, edge.src_label), edge.src)
    o = _iri(base, labels.get(edge.dst, edge.dst_label), edge.dst)
    p = rel_iri(edge.rel)
    g.add((s, p, o))
    if edge.rel in ALSO_PROPERTY:
        g.add((s, ALSO_PROPERTY[edge.rel], o))
    other = {k: v for k, v in edge.props.items() if k != SOURCES and _values(v)}
    # A domain relationship always gets its statement, sourced or not: a statement without
    # prov:wasDerivedFrom is what the shapes report as an unsourced relationship.
    if not (REL_BY_NAME[edge.rel].needs_sources or other or _values(edge.props.get(SOURCES))):
        return
    st = statement_iri(base, edge)
    g.add((st, RDF.type, RDF.Statement))
    g.add((st, RDF.subject, s))
    g.add((st, RDF.predicate, p))
    g.add((st, RDF.object, o))
    for pid in _values(edge.props.get(SOURCES)):
        g.add((st, PROV.wasDerivedFrom, _iri(base, "Passage", str(pid))))
    for key, raw in other.items():
        for value in _values(raw):
            g.add((st, PKG[_safe_key(key)], value_literal(key, value)))


def graph_from_store(store: Any, base: str | None = None) -> Graph:
    """Export a GraphStore (anything with `dump()`)."""
    nodes, edges = store.dump()
    return to_rdf(nodes, edges, base)


def counts(graph: Graph) -> dict[str, int]:
    """What the export holds, in the store's terms: nodes (resources typed with one of our
    classes), relationships (triples with one of our relationship properties) and
    provenance statements."""
    classes = {class_iri(name) for name in LABEL_BY_NAME}
    rels = {rel_iri(name) for name in REL_BY_NAME}
    nodes = {s for s, o in graph.subject_objects(RDF.type) if o in classes}
    n_rels = sum(1 for _, p, _ in graph if p in rels)
    statements = sum(1 for _ in graph.subjects(RDF.type, RDF.Statement))
    return {"nodes": len(nodes), "relationships": n_rels, "statements": statements,
            "triples": len(graph)}
