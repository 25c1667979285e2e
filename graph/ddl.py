"""Indexes and constraints for each engine, generated from ontology/schema.py.

The two engines share no DDL syntax (FalkorDB has no `IF NOT EXISTS` and no constraints in
Cypher; Neo4j's full-text DDL is its own), so each gets its own list of statements. Labels
and property names come only from the ontology, never from user input.
"""

from __future__ import annotations

from ontology.schema import DOMAIN_LABELS, KEY, LABELS, NAME, SEARCH_FIELD

# Labels whose nodes carry the bigram search field: the things a user looks up by name.
SEARCHABLE_LABELS: tuple[str, ...] = ("Document", *DOMAIN_LABELS)

# The one Neo4j full-text index over every searchable label (queried by this name).
NEO4J_FULLTEXT_INDEX = "policykg_search"

_FALKOR_RANGE = "CREATE INDEX FOR (n:{label}) ON (n.{prop})"
_FALKOR_FULLTEXT = "CREATE FULLTEXT INDEX FOR (n:{label}) ON (n.{prop})"

_NEO4J_UNIQUE = ("CREATE CONSTRAINT {name} IF NOT EXISTS "
                 "FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE")
_NEO4J_RANGE = "CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
_NEO4J_FULLTEXT = ("CREATE FULLTEXT INDEX {name} IF NOT EXISTS FOR (n:{labels}) "
                   "ON EACH [n.{prop}] OPTIONS {{indexConfig: {{`fulltext.analyzer`: 'cjk'}}}}")


def falkordb_statements() -> list[str]:
    """Range indexes on the key and name of every label, full-text on the search field.

    FalkorDB answers an existing index with an "already indexed" error, which the store
    treats as success; the key index is what makes `MERGE (n:L {id: …})` an index seek.
    """
    out: list[str] = []
    for label in LABELS:
        out.append(_FALKOR_RANGE.format(label=label.name, prop=KEY))
        out.append(_FALKOR_RANGE.format(label=label.name, prop=NAME))
    for label in SEARCHABLE_LABELS:
        out.append(_FALKOR_FULLTEXT.format(label=label, prop=SEARCH_FIELD))
    return out


def neo4j_statements() -> list[str]:
    """Uniqueness of the key per label (which also indexes it), a name index per label, and
    one `cjk` full-text index over the bigram field of the searchable labels."""
    out: list[str] = []
    for label in LABELS:
        slug = label.name.lower()
        out.append(_NEO4J_UNIQUE.format(name="policykg_{}_{}".format(slug, KEY),
                                        label=label.name, prop=KEY))
        out.append(_NEO4J_RANGE.format(name="policykg_{}_{}".format(slug, NAME),
                                       label=label.name, prop=NAME))
    out.append(_NEO4J_FULLTEXT.format(name=NEO4J_FULLTEXT_INDEX,
                                      labels="|".join(SEARCHABLE_LABELS), prop=SEARCH_FIELD))
    return out


def is_already_indexed(message: str) -> bool:
    """FalkorDB's answer to creating an index that exists: harmless on re-apply."""
    return "already indexed" in message.lower()
