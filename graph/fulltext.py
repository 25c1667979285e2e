"""Look-ups through the full-text index of the bigram `search` field, one statement per engine.

Both engines index the same derived field (graph/bigrams.py) with one full-text index per
label, but call it differently: FalkorDB by label (`db.idx.fulltext.queryNodes`), Neo4j by
index name (`db.index.fulltext.queryNodes`, Lucene syntax). So, like the DDL, these few
statements are generated per engine here; the shipped queries of queries/ stay in the Cypher
both engines run and take the ids found here as a parameter.

A name contains a text only if its search field holds every token of the text, so "every
token" finds a superset of the names that contain it, and the exact test (`name CONTAINS`,
an alias equal to it) is applied to that superset only: the answer is the one a scan would
give, at the cost of the matches. Tokens are Han bigrams, digits and lower-case Latin words,
so nothing of the user's text reaches either query language as an operator.
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.ddl import SEARCHABLE_LABELS, neo4j_index

# Words both engines' default analyzers drop from queries (the classic English stop list):
# a query made only of these finds nothing, so they are never sent.
STOPWORDS = frozenset("a an and are as at be but by for if in into is it no not of on or such "
                      "that the their then there these they this to was will with".split())

_FALKOR = ("CALL db.idx.fulltext.queryNodes($label, $query) YIELD node {where}"
           "RETURN {fields} LIMIT $limit")
_NEO4J = ("CALL db.index.fulltext.queryNodes($index, $query) YIELD node {where}"
          "RETURN {fields} LIMIT $limit")
_NAMED = "WHERE node.name CONTAINS $text OR $text IN coalesce(node.aliases, []) "
_IDS = "node.id AS id"
_NAMES = ("node.id AS id, node.name AS name, $label AS label, coalesce(node.aliases, []) AS aliases, "
          "coalesce(node.search, '') AS search")
_COUNT = "count(node) AS n"


def usable(tokens: Sequence[str]) -> list[str]:
    """The tokens worth sending: distinct, not stop words."""
    return [t for t in dict.fromkeys(tokens) if t and t not in STOPWORDS]


def statement(engine: str, label: str, tokens: Sequence[str], *, any_token: bool = False,
              name: str | None = None, names: bool = False,
              count: bool = False) -> tuple[str, dict]:
    """The statement and parameters that find nodes of `label` whose search field holds every
    token (or, with `any_token`, one of them); with `name`, only those whose name contains it
    or that have it as an alias. Returns ids, or with `names` also name, aliases and search
    field, or with `count` how many there are, counted up to the limit."""
    if label not in SEARCHABLE_LABELS:
        raise ValueError("{} has no full-text index; searchable labels: {}".format(
            label, ", ".join(SEARCHABLE_LABELS)))
    tokens = usable(tokens)
    if not tokens:
        raise ValueError("no token to look for")
    where = _NAMED if name is not None else ""
    fields = _NAMES if names else _IDS
    if count:  # counted up to the limit: the engine stops reading the index there
        where, fields = where + "WITH node LIMIT $limit ", _COUNT
    params: dict = {"label": label}
    if name is not None:
        params["text"] = name
    if engine == "neo4j":
        joint = " OR " if any_token else " AND "
        params["index"] = neo4j_index(label)
        params["query"] = joint.join('"{}"'.format(t) for t in tokens)
        return _NEO4J.format(where=where, fields=fields), params
    params["query"] = ("|" if any_token else " ").join(tokens)
    return _FALKOR.format(where=where, fields=fields), params
