"""What FalkorDB cannot hold, caught before a batch is sent, and its error text mapped to the
errors a caller can act on: the database would otherwise store a key its index cannot find
again, or reject a whole query with a parse error that names no node."""

from __future__ import annotations

import math
import re
from typing import Any

import redis

from graph.store import QueryError, QueryTimeout, ReadOnlyViolation, StoreError
from ontology.batch import GraphBatch, SchemaError

# Control characters in an indexed key (id, name, aliases) are stored, but FalkorDB's index
# drops them, so an equality lookup would never find the node again.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _check_keys(batch: GraphBatch) -> None:
    for node in batch.nodes:
        for value in (node.id, node.name, *node.aliases):
            if isinstance(value, str) and _CONTROL.search(value):
                raise SchemaError("{}: node {} {!r}: id, name or alias {!r} holds a control "
                                  "character; remove it in the loader".format(
                                      batch.source, node.label, node.id, value))


def _check_value(where: str, value: Any) -> None:
    """Values FalkorDB's parameter encoding cannot carry: say so before anything is sent."""
    if isinstance(value, str) and "\x00" in value:
        raise SchemaError("{}: a text value contains a NUL character; remove it in the "
                          "loader".format(where))
    if isinstance(value, float) and not math.isfinite(value):
        raise SchemaError("{}: a number is {}, which a graph property cannot hold".format(
            where, value))
    if isinstance(value, list):
        for v in value:
            _check_value(where, v)
    if isinstance(value, dict):
        for v in value.values():
            _check_value(where, v)


def _check_encodable(batch: GraphBatch) -> None:
    for node in batch.nodes:
        where = "{}: node {} {!r}".format(batch.source, node.label, node.id)
        _check_value(where, [node.id, node.name, list(node.aliases)])
        _check_value(where, node.props)
    for edge in batch.edges:
        where = "{}: edge ({})-[:{}]->({})".format(batch.source, edge.src, edge.rel, edge.dst)
        _check_value(where, edge.props)


def map_error(exc: redis.ResponseError, cypher: str = "") -> StoreError:
    """FalkorDB's error text → the error type a caller can act on."""
    msg = str(exc)
    low = msg.lower()
    short = cypher.strip().splitlines()[0][:120] if cypher.strip() else ""
    if "read-only" in low or "ro_query" in low:
        return ReadOnlyViolation("the database refused a write on the read-only path ({}); "
                                 "reads cannot change the graph".format(msg))
    if "timed out" in low or "timeout" in low:
        return QueryTimeout("the query was stopped by the timeout ({}); narrow it or ask "
                            "for fewer rows".format(msg))
    return QueryError("the database rejected the query: {}{}".format(
        msg, " — in: " + short if short else ""))
