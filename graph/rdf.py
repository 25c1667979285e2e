"""The graph as RDF: export with provenance, SHACL validation and read-only SPARQL.

Everything here works on the Node/Edge lists that `GraphStore.dump()` returns, so the RDF is
the same whichever engine holds the graph. Vocabulary, datatypes and shapes come from
ontology/owl.py (generated from the one schema); this module only mints IRIs and triples.

Provenance: every domain relationship is written twice — as the direct triple
`<park> pkg:LOCATED_IN <zone>`, so SPARQL stays simple, and as an `rdf:Statement` with
`rdf:subject/predicate/object` and `prov:wasDerivedFrom` each passage that states it. A
reified statement (rather than an n-ary node per relationship) keeps the direct triple's
shape unchanged, reuses only standard vocabulary, and maps one-to-one onto RDF 1.2 triple
terms (`rdf:reifies`) when rdflib supports them.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from pyparsing import ParseException
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SH, SKOS, XSD
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseUpdate

from ontology.batch import Edge, Node
from ontology.owl import (
    ALSO_A,
    ALSO_PROPERTY,
    DATATYPES,
    DOCUMENT_TERMS,
    NOT_EXPORTED,
    PKG,
    PREFIXES,
    SHAPES_PATH,
    class_iri,
    property_iri,
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

# Export format (CLI/API name) -> rdflib serializer name and HTTP media type.
FORMATS: dict[str, str] = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}
MEDIA_TYPES: dict[str, str] = {
    "ttl": "text/turtle; charset=utf-8",
    "nt": "application/n-triples; charset=utf-8",
    "jsonld": "application/ld+json",
    "xml": "application/rdf+xml",
}

# Provenance statements live under <base>stmt/.
STATEMENT_PREFIX = "stmt"

# Names are Chinese: tag them so that SPARQL `langMatches` and SKOS tools see the language.
LANG = "zh"

_SKIP_PROPS = frozenset({KEY, NAME, ALIASES, SEARCH_FIELD}) | NOT_EXPORTED


class RdfError(ValueError):
    """Export or validation could not run; the message says what to change."""


class UnknownFormat(RdfError):
    """An export format that is not one of FORMATS."""


class SparqlError(ValueError):
    """A SPARQL query that cannot be answered: bad syntax, or a kind of query we refuse."""


class SparqlRefused(SparqlError):
    """A well-formed query that would change data or reach outside the export."""


class SparqlTimeout(SparqlError):
    """The query ran past its time limit."""


# --- IRIs ------------------------------------------------------------------------------------

_ASCII_KEEP = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@")
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})


def iri_segment(text: str) -> str:
    """One IRI path segment: Chinese stays readable, anything else an IRI forbids (and `/`,
    `%`, `#`, `?`) is percent-encoded, so different ids never share an IRI."""
    out = []
    for ch in text:
        if ch in _ASCII_KEEP or (ord(ch) > 0x7F and
                                 unicodedata.category(ch) not in _UNSAFE_CATEGORIES):
            out.append(ch)
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
    return "".join(out)


def check_base(base: str) -> str:
    if not re.match(r"^https?://[^/\s]+/", base or "") or base[-1] not in "/#":
        raise RdfError(f"the RDF base {base!r} is not usable: it must be an absolute http(s) "
                       "IRI ending in '/' or '#', e.g. https://policykg.org/id/ "
                       "(set POLICYKG_RDF_BASE)")
    return base


def node_iri(base: str, label: str, node_id: str) -> URIRef:
    """`park:星河产业园` -> <base>park/星河产业园; an id without its label's prefix goes under
    <base>node/ with the whole id, so it cannot collide with a prefixed one."""
    prefix = ID_PREFIX.get(label)
    if prefix and node_id.startswith(prefix + ":") and len(node_id) > len(prefix) + 1:
        return URIRef(base + prefix + "/" + iri_segment(node_id[len(prefix) + 1:]))
    return URIRef(base + "node/" + iri_segment(node_id))


# Each node's IRI is needed once for the node and again for every edge and source citing it;
# a few thousand recent ones are kept (an export reads nodes near those they point at), so the
# memory of a streamed export stays that of a page.
_iri = lru_cache(maxsize=1 << 12)(node_iri)


def statement_iri(base: str, edge: Edge) -> URIRef:
    """Stable across exports: a digest of (from, type, to), which is unique in the store."""
    key = "\x1f".join((edge.src, edge.rel, edge.dst)).encode("utf-8")
    return URIRef(base + STATEMENT_PREFIX + "/" + hashlib.sha1(key).hexdigest()[:20])


def industry_scheme_iri(base: str) -> URIRef:
    return URIRef(base + "scheme/industry")


def agent_iri(base: str, name: str) -> URIRef:
    return URIRef(base + "agent/" + iri_segment(name))


# --- literals --------------------------------------------------------------------------------

_DATE_RE = re.compile(r"^\s*(\d{4})(?:\s*[-年/.]\s*(\d{1,2})(?:\s*[-月/.]\s*(\d{1,2})\s*日?)?\s*月?)?"
                      r"\s*年?\s*$")


def date_literal(value: Any) -> Literal:
    """xsd:date, gYearMonth or gYear from '2021-07-20', '2021年7月', '2021'; otherwise a
    plain string, which the shapes then report."""
    m = _DATE_RE.match(str(value))
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        try:
            if d:
                return Literal(date(int(y), int(mo), int(d)).isoformat(), datatype=XSD.date)
            if mo and 1 <= int(mo) <= 12:
                return Literal(f"{y}-{int(mo):02d}", datatype=XSD.gYearMonth)
            if not mo:
                return Literal(y, datatype=XSD.gYear)
        except ValueError:
            pass
    return Literal(str(value))


def value_literal(key: str, value: Any) -> Literal:
    """A property value with the datatype the ontology gives it, where it can take it."""
    dt = DATATYPES.get(key)
    if isinstance(value, bool):
        return Literal(value)
    if dt == XSD.decimal:
        try:
            number = Decimal(str(value).strip())
            if number.is_finite():
                return Literal(format(number, "f"), datatype=XSD.decimal)
        except InvalidOperation:
            pass
        return Literal(str(value))
    if dt == XSD.gYear:
        text = str(value).strip()
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        if re.fullmatch(r"\d{4}", text):
            return Literal(text, datatype=XSD.gYear)
        return Literal(text)
    if dt == XSD.integer:
        if isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit()):
            return Literal(int(value))
        if isinstance(value, float) and value.is_integer():
            return Literal(int(value))
        return Literal(str(value))
    return Literal(value)


def _safe_key(key: str) -> str:
    """A property name usable as a local name in every format (RDF/XML needs an NCName)."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", key):
        return key
    return "p_" + key.encode("utf-8").hex()


def _prop_predicate(label: str, key: str) -> URIRef:
    pred = property_iri(label, key)
    if pred.startswith(str(PKG)):
        return PKG[_safe_key(key)]
    return pred


def _values(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [v for v in value if v is not None and v != ""]
    return [] if value == "" else [value]


# --- export ----------------------------------------------------------------------------------


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


_JSONLD_PREFIXES = frozenset(PREFIXES) | {"id", STATEMENT_PREFIX} | frozenset(ID_PREFIX.values())


def serialize(graph: Graph, fmt: str) -> str:
    """Text in one of FORMATS (ttl, nt, jsonld, xml)."""
    if fmt not in FORMATS:
        raise UnknownFormat(f"unknown RDF format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "jsonld":
        context = {prefix: str(ns) for prefix, ns in graph.namespaces()
                   if prefix and prefix in _JSONLD_PREFIXES}
        return graph.serialize(format="json-ld", context=context, auto_compact=True)
    return graph.serialize(format=FORMATS[fmt], encoding="utf-8").decode("utf-8")


def parse(data: str | bytes, fmt: str) -> Graph:
    """Read back an export (the inverse of `serialize`)."""
    if fmt not in FORMATS:
        raise UnknownFormat(f"unknown RDF format {fmt!r}; use one of {', '.join(FORMATS)}")
    g = Graph()
    g.parse(data=data, format=FORMATS[fmt])
    return g


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


# --- validation ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def load_shapes() -> Graph:
    if not SHAPES_PATH.exists():
        raise RdfError(f"the SHACL shapes file {SHAPES_PATH} is missing; run "
                       "`python -m ontology.owl` to generate it")
    g = Graph()
    g.parse(SHAPES_PATH, format="turtle")
    return g


def validate(data_graph: Graph, shapes: Graph | None = None) -> tuple[bool, list[str]]:
    """Check an export against ontology/shapes.ttl with pyshacl.

    Each message names the offending node by label, id and name, says what is wrong and
    what to fix, and gives the offending value; the list is sorted, one line per problem.
    """
    from pyshacl import validate as shacl

    # inplace: without inference or rules pyshacl does not change the data graph, and
    # copying it first costs more than the checks on the corpus export.
    conforms, report, _text = shacl(data_graph, shacl_graph=shapes or load_shapes(),
                                    inference="none", abort_on_first=False,
                                    allow_warnings=True, advanced=False, inplace=True)
    # One line per (node, property, problem), with the offending values together: an
    # Industry with a wrong edge breaks the type check once for each of its types.
    grouped: dict[tuple[str, str], list[str]] = {}
    for r in report.subjects(RDF.type, SH.ValidationResult):
        head, value = _message(data_graph, report, r)
        values = grouped.setdefault((head, ""), [])
        if value and value not in values:
            values.append(value)
    messages = sorted(head + (f" (value: {', '.join(sorted(_ours_first(values)))})"
                              if values else "")
                      for (head, _), values in grouped.items())
    return bool(conforms), messages


def _ours_first(values: list[str]) -> list[str]:
    """Of the types a node has, name our class; skos:Concept etc. only follow from it."""
    ours = [v for v in values if v.startswith("pkg:")]
    return ours or values


def _describe(g: Graph, term: Any) -> str:
    if isinstance(term, Literal):
        return repr(str(term)) + (f"^^{g.namespace_manager.normalizeUri(term.datatype)}"
                                  if term.datatype else "")
    if isinstance(term, BNode):
        return "a blank node"
    if (term, RDF.type, RDF.Statement) in g:
        s, p, o = (g.value(term, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        rel = str(p).rsplit("#", 1)[-1] if p else "?"
        return f"statement ({_describe(g, s)})-[:{rel}]->({_describe(g, o)})"
    classes = [str(c)[len(str(PKG)):] for c in g.objects(term, RDF.type)
               if str(c).startswith(str(PKG))]
    node_id = g.value(term, PKG["id"])
    name = g.value(term, RDFS.label)
    if not classes and node_id is None:
        return f"<{term}> (not a node of the graph)"
    parts = ["/".join(sorted(classes)) or "untyped", str(node_id or f"<{term}>")]
    if name is not None and str(name) != str(node_id):
        parts.append(f"({name})")
    return " ".join(parts)


def _message(data: Graph, report: Graph, result: Any) -> tuple[str, str | None]:
    """(who and what is wrong, the offending value) for one SHACL result."""
    focus = report.value(result, SH.focusNode)
    path = report.value(result, SH.resultPath)
    value = report.value(result, SH.value)
    text = report.value(result, SH.resultMessage)
    where = _describe(data, focus)
    typed = path == RDF.type or isinstance(path, BNode)  # rdf:type, or a path ending in it
    if path is not None and not typed:
        where += f" [{data.namespace_manager.normalizeUri(path)}]"
    if value is None or value == focus:
        return f"{where}: {text}", None
    if typed and isinstance(value, URIRef):
        return f"{where}: {text}", data.namespace_manager.normalizeUri(value)
    return f"{where}: {text}", _describe(data, value)


# --- SPARQL ----------------------------------------------------------------------------------


@dataclass
class _Outcome:
    result: dict[str, Any] | None = None
    error: BaseException | None = None


def _term_json(term: Any) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def _uses_service(node: Any) -> bool:
    if isinstance(node, dict):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            return True
        return any(_uses_service(v) for v in node.values())
    if isinstance(node, (list, tuple)):
        return any(_uses_service(v) for v in node)
    return False


_EXAMPLE = "e.g. SELECT ?park WHERE { ?park a pkg:Park } LIMIT 10"


def _prepare(graph: Graph, query: str) -> Any:
    if not query or not query.strip():
        raise SparqlError(f"the query is empty; send a SPARQL SELECT or ASK, {_EXAMPLE}")
    namespaces = {p: n for p, n in graph.namespaces() if p}
    try:
        prepared = prepareQuery(query, initNs=namespaces)
    except ParseException as exc:
        try:
            parseUpdate(query)
        except ParseException:
            pass
        else:
            raise SparqlRefused("SPARQL UPDATE is refused: the RDF export is read-only. "
                                "Send a SELECT or ASK query.") from None
        raise SparqlError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: "
                          f"{exc.msg}; {_EXAMPLE}") from None
    except Exception as exc:  # rdflib raises plain exceptions for unknown prefixes etc.
        raise SparqlError(f"the query cannot be read: {exc}; the known prefixes are "
                          f"{', '.join(sorted(namespaces))}") from None
    kind = prepared.algebra.name
    if kind not in ("SelectQuery", "AskQuery"):
        raise SparqlRefused(f"only SELECT and ASK queries are answered, not "
                            f"{kind.replace('Query', '').upper()}")
    if prepared.algebra.get("datasetClause"):
        raise SparqlRefused("FROM / FROM NAMED are refused: a query runs over the export only")
    if _uses_service(prepared.algebra):
        raise SparqlRefused("SERVICE is refused: a query runs over the export only")
    return prepared


def sparql(graph: Graph, query: str, *, limit: int | None = None,
           timeout_s: float | None = None) -> dict[str, Any]:
    """Answer a SELECT or ASK over an export, in the W3C SPARQL 1.1 JSON results format.

    The prefixes bound in the export (pkg, rdfs, skos, dcterms, prov, org, xsd, id, …) need
    no PREFIX lines. At most `limit` rows are returned (`"truncated": true` says when the cap
    cut the answer); a query still running after `timeout_s` seconds is abandoned with
    SparqlTimeout.
    """
    if limit is None or timeout_s is None:
        from policykg.settings import get_settings
        settings = get_settings()
        limit = settings.row_cap if limit is None else limit
        timeout_s = settings.query_timeout_ms / 1000 if timeout_s is None else timeout_s
    prepared = _prepare(graph, query)
    outcome = _Outcome()
    stop = threading.Event()

    def run() -> None:
        try:
            res = graph.query(prepared)
            if prepared.algebra.name == "AskQuery":
                outcome.result = {"head": {}, "boolean": bool(res.askAnswer)}
                return
            names = [str(v) for v in (res.vars or [])]
            rows: list[dict[str, Any]] = []
            truncated = False
            for row in res:
                if stop.is_set():
                    return
                if len(rows) >= limit:
                    truncated = True
                    break
                rows.append({name: _term_json(row[i]) for i, name in enumerate(names)
                             if row[i] is not None})
            outcome.result = {"head": {"vars": names}, "results": {"bindings": rows},
                              "truncated": truncated}
        except Exception as exc:  # evaluation errors (bad function arguments, types)
            outcome.error = exc

    worker = threading.Thread(target=run, name="sparql", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if worker.is_alive():
        stop.set()
        raise SparqlTimeout(f"the query ran longer than {timeout_s:g} s and was abandoned; "
                            "narrow it (fewer unbound patterns, a LIMIT)")
    if outcome.error is not None:
        raise SparqlError(f"the query failed: {outcome.error}")
    assert outcome.result is not None
    return outcome.result


def rows(result: dict[str, Any]) -> list[dict[str, str]]:
    """The bindings of a SELECT result as plain strings, for tables and tests."""
    return [{k: v["value"] for k, v in b.items()}
            for b in result.get("results", {}).get("bindings", [])]
