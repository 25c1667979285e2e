"""The graph as RDF: export with provenance, SHACL validation and read-only SPARQL.

Everything here works on the Node/Edge lists that `GraphStore.dump()` returns, so the RDF is
the same whichever engine holds the graph. Vocabulary, datatypes and shapes come from
ontology/owl.py (generated from the one schema); the graph modules only mint IRIs and triples.

Callers import from here; the parts live where each can be read alone: IRIs and literals
(graph/rdf_terms.py), triples with their provenance (graph/rdf_triples.py), text formats
(graph/rdf_formats.py), SHACL (graph/rdf_shacl.py), SPARQL (graph/rdf_sparql.py) and the
errors (graph/rdf_errors.py). graph/rdf_stream.py writes the same triples a page at a time.
"""

from __future__ import annotations

from graph.rdf_errors import RdfError, SparqlError, SparqlRefused, SparqlTimeout, UnknownFormat
from graph.rdf_formats import FORMATS, MEDIA_TYPES, parse, serialize
from graph.rdf_shacl import load_shapes, validate
from graph.rdf_sparql import rows, sparql
from graph.rdf_terms import (
    LANG,
    STATEMENT_PREFIX,
    agent_iri,
    check_base,
    date_literal,
    industry_scheme_iri,
    iri_segment,
    node_iri,
    statement_iri,
    value_literal,
)
from graph.rdf_triples import counts, graph_from_store, new_graph, to_rdf

__all__ = [
    "FORMATS", "LANG", "MEDIA_TYPES", "STATEMENT_PREFIX", "RdfError", "SparqlError",
    "SparqlRefused", "SparqlTimeout", "UnknownFormat", "agent_iri", "check_base", "counts",
    "date_literal", "graph_from_store", "industry_scheme_iri", "iri_segment", "load_shapes",
    "new_graph", "node_iri", "parse", "rows", "serialize", "sparql", "statement_iri",
    "to_rdf", "validate", "value_literal",
]
