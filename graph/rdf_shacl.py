"""SHACL validation of an export against ontology/shapes.ttl, reported in the store's terms:
pyshacl's report names blank nodes and IRIs, while the one who must fix the data needs the
node's label, id and name, and one line per problem."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from graph.rdf_errors import RdfError
from ontology.owl import PKG, SHAPES_PATH

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
