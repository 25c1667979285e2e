"""Graph stores: one interface (graph.store.GraphStore), two engines.

`open_store()` is the one way in: it reads Settings.store and returns the embedded FalkorDB
store (default, no setup) or the Neo4j store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.store import (
    GraphStore,
    QueryError,
    QueryTimeout,
    ReadOnlyViolation,
    ReadResult,
    StoreError,
    StoreLocked,
    StoreUnavailable,
    WriteResult,
)

if TYPE_CHECKING:
    from policykg.settings import Settings


def open_store(settings: "Settings | None" = None) -> GraphStore:
    """The configured store, started or connected. Raises StoreUnavailable with what to set
    when Neo4j is chosen but not configured."""
    from policykg.settings import get_settings

    settings = settings or get_settings()
    if settings.store == "neo4j":
        missing = [name for name, value in (("NEO4J_URI", settings.neo4j_uri),
                                            ("NEO4J_PASSWORD", settings.neo4j_password))
                   if not value]
        if missing:
            raise StoreUnavailable(
                "POLICYKG_STORE=neo4j but {} {} not set; set {} (e.g. NEO4J_URI="
                "bolt://localhost:7687 and the password of your Neo4j), or unset "
                "POLICYKG_STORE to use the embedded store".format(
                    " and ".join(missing), "is" if len(missing) == 1 else "are",
                    " and ".join(missing)))
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore(settings)
    from graph.embedded import EmbeddedStore

    return EmbeddedStore(settings)


__all__ = ["GraphStore", "QueryError", "QueryTimeout", "ReadOnlyViolation", "ReadResult",
           "StoreError", "StoreLocked", "StoreUnavailable", "WriteResult", "open_store"]
