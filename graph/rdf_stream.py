"""The RDF export written as the graph is read, and SHACL validation a page at a time.

`to_rdf` (graph/rdf_triples.py) builds the whole graph in rdflib, which SPARQL needs; an export or a
validation does not. Here the store is read a page of nodes at a time (each with its outgoing
relationships), the same triples are made for the page, and written out (N-Triples, Turtle)
or validated (pyshacl) before the next page is read, so memory is that of a page whatever
the size of the graph.

N-Triples lines are written by rdflib's own N-Triples row writer. Turtle is written by
subject; an IRI is written with its prefix only where the rest is a plain Turtle local name,
else in full, so the text is valid Turtle for every id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SH, SKOS
from rdflib.plugins.serializers.nt import _nt_row

from graph.rdf_shacl import _message, _ours_first, load_shapes
from graph.rdf_terms import _values, check_base, industry_scheme_iri
from graph.rdf_triples import _add_edge, _add_node, _check_known, new_graph
from graph.values import node_from_props
from ontology.batch import Edge, Node
from ontology.schema import SOURCES

PAGE = 500  # nodes per page read from the store
STREAMED = ("nt", "ttl")  # the formats written as the graph is read
PIECE = 1 << 20  # characters of text handed on at a time


class _Triples(list):
    """What graph/rdf_triples.py adds triples to, collected in order instead of into a graph."""

    def add(self, triple: tuple[Any, Any, Any]) -> None:
        self.append(triple)


@dataclass
class Counts:
    nodes: int = 0
    relationships: int = 0
    triples: int = 0


@dataclass
class _State:
    base: str
    counts: Counts = field(default_factory=Counts)
    scheme_done: bool = False


def node_triples(nodes: list[Node], edges: list[Edge], state: _State) -> Iterator[_Triples]:
    """The triples of a page: each node's, then each outgoing relationship's and its
    provenance, one small list at a time (a node named in a whole library has tens of
    thousands of sources: a page's triples are never held together)."""
    _check_known(nodes, edges)
    scheme = industry_scheme_iri(state.base)
    if not state.scheme_done and any(n.label == "Industry" for n in nodes):
        head = _Triples()
        head.add((scheme, RDF.type, SKOS.ConceptScheme))
        head.add((scheme, SKOS.prefLabel, Literal("产业分类", lang="zh")))
        head.add((scheme, SKOS.prefLabel, Literal("Industry taxonomy", lang="en")))
        state.scheme_done = True
        state.counts.triples += len(head)
        yield head
    broader = {e.src for e in edges if e.rel == "SUBINDUSTRY_OF"}
    labels = {n.id: n.label for n in nodes}
    for node in nodes:
        out = _Triples()
        _add_node(out, state.base, node, scheme, top=node.id not in broader)
        state.counts.nodes += 1
        state.counts.triples += len(out)
        yield out
    for edge in edges:
        out = _Triples()
        _add_edge(out, state.base, edge, labels)
        state.counts.relationships += 1
        state.counts.triples += len(out)
        yield out


def page_triples(nodes: list[Node], edges: list[Edge], state: _State) -> _Triples:
    """All the triples of a page together (what validating a page needs)."""
    out = _Triples()
    for part in node_triples(nodes, edges, state):
        out += part
    return out


# A Turtle local name of the plain kind: letters (Han included), digits, _ - : and %XX, not
# starting with - ; anything else (a dot, brackets, quotes, “) and the IRI is written in full.
_LOCAL = re.compile(r"(?:[A-Za-z0-9_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D"
                    r"\u037F-\u1FFF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]|%[0-9A-Fa-f]{2})"
                    r"(?:[-A-Za-z0-9_:\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D"
                    r"\u037F-\u1FFF\u203F\u2040\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]"
                    r"|%[0-9A-Fa-f]{2})*")


class _Turtle:
    def __init__(self, base: str) -> None:
        self.prefixes = sorted(((str(ns), p) for p, ns in new_graph(base).namespaces() if p),
                               key=lambda x: -len(x[0]))

    def header(self) -> str:
        return "".join(f"@prefix {p}: <{ns}> .\n" for ns, p in sorted(self.prefixes, key=lambda x: x[1])) + "\n"

    def term(self, t: Any) -> str:
        if isinstance(t, URIRef):
            iri = str(t)
            for ns, prefix in self.prefixes:
                if iri.startswith(ns) and _LOCAL.fullmatch(iri[len(ns):]):
                    return f"{prefix}:{iri[len(ns):]}"
            return t.n3()
        if isinstance(t, Literal) and t.datatype is not None:
            return t._literal_n3(qname_callback=lambda uri: self._short(uri))  # noqa: SLF001
        return t.n3()

    def _short(self, uri: str) -> str | None:
        short = self.term(URIRef(uri))
        return None if short.startswith("<") else short

    def block(self, triples: _Triples) -> str:
        lines: list[str] = []
        subject = None
        for s, p, o in triples:
            if s != subject:
                if subject is not None:
                    lines[-1] += " .\n"
                lines.append(f"{self.term(s)} {self.term(p)} {self.term(o)}")
                subject = s
            else:
                lines[-1] += f" ;\n    {self.term(p)} {self.term(o)}"
        if lines:
            lines[-1] += " .\n"
        return "".join(lines)


def chunks(fmt: str, pages: Iterable[tuple[list[Node], list[Edge]]], base: str,
           counts: Counts | None = None) -> Iterator[bytes]:
    """The export in `fmt` (nt or ttl), as UTF-8 text, a piece of about PIECE characters at a
    time."""
    if fmt not in STREAMED:
        raise ValueError(f"{fmt!r} is not streamed; {', '.join(STREAMED)} are")
    state = _State(check_base(base), counts if counts is not None else Counts())
    turtle = _Turtle(state.base) if fmt == "ttl" else None
    if turtle is not None:
        yield turtle.header().encode("utf-8")
    for nodes, edges in pages:
        text: list[str] = []
        size = 0
        for triples in node_triples(nodes, edges, state):
            text.append(turtle.block(triples) if turtle is not None
                        else "".join(_nt_row(t) for t in triples))
            size += len(text[-1])
            if size > PIECE:
                yield "".join(text).encode("utf-8")
                text, size = [], 0
        yield "".join(text).encode("utf-8")


def validate_pages(pages: Iterable[tuple[list[Node], list[Edge]]], base: str,
                   fetch: Any) -> tuple[bool, list[str], Counts]:
    """SHACL validation of the export, a page at a time, with the messages of validating the
    whole export at once (graph/rdf_shacl.py validate).

    A page is checked together with the nodes its relationships point at and the passages
    its sources name, fetched by id (`fetch({label: ids})` gives the Nodes that exist), so the
    range and source checks see them as they are; a node is checked without its own
    relationships there, and with them on its own page, and each problem is told once.
    """
    from pyshacl import validate as shacl

    shapes = load_shapes()
    base = check_base(base)
    state = _State(base)
    grouped: dict[str, list[str]] = {}
    for nodes, edges in pages:
        g = new_graph(base)
        for t in page_triples(nodes, edges, state):
            g.add(t)
        mine = {n.id for n in nodes}
        wanted: dict[str, set[str]] = {}
        for e in edges:
            if e.dst not in mine:
                wanted.setdefault(e.dst_label, set()).add(e.dst)
        cited = {str(pid) for n in nodes for pid in _values(n.props.get(SOURCES))}
        cited |= {str(pid) for e in edges for pid in _values(e.props.get(SOURCES))}
        wanted.setdefault("Passage", set()).update(cited - mine)
        scheme = industry_scheme_iri(base)
        for node in fetch({label: sorted(ids) for label, ids in wanted.items() if ids}):
            node.props.pop(SOURCES, None)  # its own passages are checked on its own page
            _add_node(g, base, node, scheme, top=False)
        _, report, _ = shacl(g, shacl_graph=shapes, inference="none", abort_on_first=False,
                             allow_warnings=True, advanced=False, inplace=True)
        for r in report.subjects(RDF.type, SH.ValidationResult):
            head, value = _message(g, report, r)
            values = grouped.setdefault(head, [])
            if value and value not in values:
                values.append(value)
    messages = sorted(head + (f" (value: {', '.join(sorted(_ours_first(values)))})" if values else "")
                      for head, values in grouped.items())
    return not messages, messages, state.counts


_BY_ID = "MATCH (n:{label}) WHERE n.id IN $ids RETURN properties(n) AS props"


def fetch_nodes(store: Any) -> Any:
    """`{label: ids} → the Nodes of those that exist`, looked up by the key index in chunks."""
    from ontology.schema import LABEL_BY_NAME

    def found(wanted: dict[str, list[str]]) -> list[Node]:
        out: list[Node] = []
        for label, ids in wanted.items():
            if label not in LABEL_BY_NAME:
                continue  # no such label: its nodes cannot exist
            for i in range(0, len(ids), store.row_cap):
                chunk = ids[i:i + store.row_cap]
                rows = store.read(_BY_ID.format(label=label), {"ids": chunk}, limit=len(chunk)).rows
                out += [node_from_props(label, dict(r["props"])) for r in rows]
        return out
    return found


def export(store: Any, fmt: str, out: BinaryIO, base: str, page: int = PAGE) -> Counts:
    """Write the store's graph as N-Triples or Turtle, page by page."""
    counts = Counts()
    for piece in chunks(fmt, store.pages(page), base, counts):
        out.write(piece)
    return counts


def validate_store(store: Any, base: str, page: int = PAGE) -> tuple[bool, list[str], Counts]:
    """SHACL-validate the store's graph, page by page."""
    return validate_pages(store.pages(page), base, fetch_nodes(store))
