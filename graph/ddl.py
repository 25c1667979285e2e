"""Indexes and constraints for each engine, generated from ontology/schema.py.

The two engines share no DDL syntax (FalkorDB has no `IF NOT EXISTS` and no constraints in
Cypher; Neo4j's full-text DDL is its own), so each gets its own list of statements. Labels
and property names come only from the ontology, never from user input.
"""

from __future__ import annotations

from ontology.schema import DOMAIN_LABELS, KEY, LABELS, NAME, SEARCH_FIELD

# Labels whose nodes carry the bigram search field: the things a user looks up by name, the
# headings a question may name, and the passages it may be answered from.
SEARCHABLE_LABELS: tuple[str, ...] = ("Document", "Section", "Passage", *DOMAIN_LABELS)
# What the search field holds besides the name and aliases: a passage's whole text, a task's
# number and text, and the words a target is asked about by.
SEARCH_SOURCES: dict[str, tuple[str, ...]] = {"Passage": ("text",), "Task": ("number", "text"),
                                              "Target": ("subject", "metric", "text")}
# Properties looked up by equality besides the key and name: a document's sections and
# passages (`doc`), a task by its number.
LOOKUP_PROPERTIES: dict[str, tuple[str, ...]] = {"Section": ("doc",), "Passage": ("doc",),
                                                 "Task": ("number",)}


_FALKOR_RANGE = "CREATE INDEX FOR (n:{label}) ON (n.{prop})"
_FALKOR_FULLTEXT = "CREATE FULLTEXT INDEX FOR (n:{label}) ON (n.{prop})"

_NEO4J_UNIQUE = ("CREATE CONSTRAINT {name} IF NOT EXISTS "
                 "FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE")
_NEO4J_RANGE = "CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
_NEO4J_FULLTEXT = ("CREATE FULLTEXT INDEX {name} IF NOT EXISTS FOR (n:{labels}) "
                   "ON EACH [n.{prop}] OPTIONS {{indexConfig: {{`fulltext.analyzer`: 'cjk'}}}}")


def neo4j_index(label: str) -> str:
    """The name of a label's full-text index on Neo4j (FalkorDB names them by label)."""
    return "policykg_search_{}".format(label.lower())


def falkordb_statements(*, ranges: bool = True, fulltext: bool = True) -> list[str]:
    """Range indexes on the key, the name and the lookup properties of every label, full-text
    on the search field.

    FalkorDB answers an existing index with an "already indexed" error, which the store
    treats as success; the key index is what makes `MERGE (n:L {id: …})` an index seek. A
    rebuild creates the full-text indexes after the data (see EmbeddedStore.rebuild).
    """
    out: list[str] = []
    for label in LABELS if ranges else ():
        for prop in (KEY, NAME, *LOOKUP_PROPERTIES.get(label.name, ())):
            out.append(_FALKOR_RANGE.format(label=label.name, prop=prop))
    for label in SEARCHABLE_LABELS if fulltext else ():
        out.append(_FALKOR_FULLTEXT.format(label=label, prop=SEARCH_FIELD))
    return out


def neo4j_statements() -> list[str]:
    """Uniqueness of the key per label (which also indexes it), an index on the name and the
    lookup properties, and a `cjk` full-text index on the bigram field of each searchable
    label."""
    out: list[str] = []
    for label in LABELS:
        slug = label.name.lower()
        out.append(_NEO4J_UNIQUE.format(name="policykg_{}_{}".format(slug, KEY),
                                        label=label.name, prop=KEY))
        for prop in (NAME, *LOOKUP_PROPERTIES.get(label.name, ())):
            out.append(_NEO4J_RANGE.format(name="policykg_{}_{}".format(slug, prop),
                                           label=label.name, prop=prop))
    for label in SEARCHABLE_LABELS:  # one per label, as on FalkorDB (see graph/fulltext.py)
        out.append(_NEO4J_FULLTEXT.format(name=neo4j_index(label), labels=label,
                                          prop=SEARCH_FIELD))
    return out


def is_already_indexed(message: str) -> bool:
    """FalkorDB's answer to creating an index that exists: harmless on re-apply."""
    return "already indexed" in message.lower()
