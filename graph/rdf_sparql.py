"""Read-only SPARQL over an export: a SELECT or ASK only, over the export only (no UPDATE,
FROM or SERVICE), under a row cap and a time limit, answered in the W3C JSON results format."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from pyparsing import ParseException
from rdflib import BNode, Graph, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseUpdate

from graph.rdf_errors import SparqlError, SparqlRefused, SparqlTimeout

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
