"""The one interface both graph stores implement.

Callers never see which engine is behind it: queries are written once in the Cypher both
engines run (see DESIGN.md), DDL is generated per engine from the ontology.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from graph.change import GraphChange
from ontology.batch import Edge, GraphBatch, Node


class StoreError(RuntimeError):
    """Base of the errors a user can act on; the message says what to do."""


class StoreUnavailable(StoreError):
    """The database is not running, cannot be started, or died."""


class StoreLocked(StoreError):
    """The data folder is in use by another live process."""


class QueryTimeout(StoreError):
    """A query ran past its timeout and was stopped by the database."""


class ReadOnlyViolation(StoreError):
    """A write was sent through the read path and the database refused it."""


class QueryError(StoreError):
    """The database rejected a query (syntax, semantics, bad parameter)."""


@dataclass
class WriteResult:
    nodes: int = 0
    edges: int = 0
    seconds: float = 0.0


@dataclass
class ReadResult:
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = False  # the row cap cut the answer
    seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


class GraphStore(ABC):
    engine: str  # "falkordb" or "neo4j"

    @abstractmethod
    def apply_schema(self) -> None:
        """Create the indexes and constraints generated from the ontology (idempotent)."""

    @abstractmethod
    def write(self, batch: GraphBatch) -> WriteResult:
        """Validate and write one batch with batched UNWIND … MERGE; all of it or none of it."""

    @abstractmethod
    def rebuild(self, batches: Iterable[GraphBatch]) -> WriteResult:
        """Replace the whole graph with these batches; readers see the old or the new graph,
        never a mix, and a crash midway leaves the old graph in place."""

    @abstractmethod
    def apply_change(self, change: GraphChange) -> WriteResult:
        """Delete and set exactly these nodes and relationships (graph/change.py) as one
        unit: readers see the graph before or after, and a failure leaves it as it was."""

    @abstractmethod
    def read(self, cypher: str, params: dict[str, Any] | None = None, *,
             timeout_ms: int | None = None, limit: int | None = None) -> ReadResult:
        """Run a read-only query, read-only at the database, with a timeout and a row cap."""

    row_cap: int
    timeout_ms: int

    def _read_bounds(self, cypher: object, params: object, timeout_ms: int | None,
                     limit: int | None) -> tuple[int, int]:
        """Check a read's arguments and clamp them: callers may ask for fewer rows or less
        time than configured, never for more."""
        if not isinstance(cypher, str) or not cypher.strip():
            raise QueryError("empty query; send a Cypher statement")
        if params is not None and not isinstance(params, dict):
            raise QueryError("parameters must be a mapping of names to values")
        try:
            cap = self.row_cap if limit is None else max(0, min(int(limit), self.row_cap))
            timeout = self.timeout_ms if timeout_ms is None else max(1, min(int(timeout_ms),
                                                                             self.timeout_ms))
        except (TypeError, ValueError):
            raise QueryError("limit and timeout_ms must be whole numbers") from None
        return cap, timeout

    def fulltext(self, label: str, tokens: list[str], *, any_token: bool = False,
                 name: str | None = None, names: bool = False, count: bool = False,
                 limit: int | None = None) -> list[dict[str, Any]]:
        """Nodes of `label` found through its full-text index on the bigram field, never by a
        scan: those holding every token (or one, with `any_token`); with `name`, only those
        whose name contains it or that have it as an alias; with `names`, their name, aliases
        and search field too; with `count`, how many (up to the limit). See graph/fulltext.py."""
        from graph.fulltext import statement

        cypher, params = statement(self.engine, label, tokens, any_token=any_token, name=name,
                                   names=names, count=count)
        cap = self.row_cap if limit is None else max(1, min(int(limit), self.row_cap))
        params["limit"] = cap
        return self.read(cypher, params, limit=cap).rows

    @abstractmethod
    def explain(self, cypher: str, params: dict[str, Any] | None = None) -> str:
        """The engine's plan for a query, one operator per line, without running it: how the
        tests check that every shipped query starts from an index."""

    @abstractmethod
    def pages(self, size: int = 1000) -> Iterator[tuple[list[Node], list[Edge]]]:
        """Every node with its outgoing relationships, `size` nodes at a time: what a streamed
        export reads, holding one page at a time; not capped, not for user queries."""

    def dump(self) -> tuple[list[Node], list[Edge]]:
        """Every node and relationship, for export; not capped, not for user queries."""
        nodes: list[Node] = []
        edges: list[Edge] = []
        for page_nodes, page_edges in self.pages():
            nodes += page_nodes
            edges += page_edges
        return nodes, edges

    @abstractmethod
    def stats(self) -> dict[str, Any]:
        """Counts of nodes per label and relationships per type."""

    @abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship."""

    def save(self) -> None:
        """Make everything written so far survive a hard kill (a no-op where every commit
        already does)."""

    def health(self) -> dict[str, Any]:
        """What /api/v1/health shows: engine, whether it answers, restarts after a crash."""
        return {"engine": self.engine, "ok": True, "restarts": 0, "last_restart": None}

    def start_watchdog(self, interval_s: float = 2.0) -> None:
        """For long-running processes: notice a dead database between requests (the embedded
        store restarts its server; a no-op where the database is managed elsewhere)."""

    @abstractmethod
    def close(self) -> None:
        """Release connections; an embedded store saves and stops the server it started."""

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
