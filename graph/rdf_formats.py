"""The export as text in the formats the CLI and the API offer, and read back. JSON-LD is
compacted with our prefixes only, so that its keys are spelled as in the Turtle."""

from __future__ import annotations

from rdflib import Graph

from graph.rdf_errors import UnknownFormat
from graph.rdf_terms import STATEMENT_PREFIX
from ontology.owl import PREFIXES
from ontology.schema import ID_PREFIX

# Export format (CLI/API name) -> rdflib serializer name and HTTP media type.
FORMATS: dict[str, str] = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}
MEDIA_TYPES: dict[str, str] = {
    "ttl": "text/turtle; charset=utf-8",
    "nt": "application/n-triples; charset=utf-8",
    "jsonld": "application/ld+json",
    "xml": "application/rdf+xml",
}

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
