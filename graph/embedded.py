"""EmbeddedStore: the GraphStore on an embedded FalkorDB server (graph/falkordb_server.py).

How the interface's promises are kept on FalkorDB:
- read-only at the database: every read is GRAPH.RO_QUERY, which refuses writes itself;
- timeout: FalkorDB's per-query `timeout`, never more than Settings.query_timeout_ms;
- row cap: the server's RESULTSET_SIZE is set to the cap + 1, so an unbounded answer is never
  built or sent, and the client cuts to the caller's limit; a (cap + 1)-th row means the
  answer was truncated. No LIMIT is spliced into the caller's text;
- a batch lands whole or not at all: it is sent as ONE query (graph/write_plan.py), and
  FalkorDB undoes a query that fails midway;
- rebuild: batches go into a staging graph key that is RENAMEd over the live one, an atomic
  switch for readers (a reader sees all of the old graph or all of the new); a crash midway
  leaves the live key untouched, then the data is saved;
- a dead server (killed hard) is noticed on the next call and restarted from its last save.

The store is put together from its parts so that each can be read alone: the server and the
connection with its restarts (graph/embedded_connection.py), the write path and rebuild
(graph/embedded_writes.py), reads and pages (graph/embedded_reads.py), and what FalkorDB
cannot hold or says went wrong (graph/falkordb_checks.py).
"""

from __future__ import annotations

from pathlib import Path

from graph.embedded_reads import EmbeddedReads
from graph.embedded_writes import EmbeddedWrites
from graph.falkordb_checks import map_error
from policykg.settings import Settings

__all__ = ["EmbeddedStore", "map_error"]


class EmbeddedStore(EmbeddedWrites, EmbeddedReads):
    def __init__(self, settings: Settings | None = None, *, data_dir: Path | str | None = None,
                 graph_name: str | None = None) -> None:
        super().__init__(settings, data_dir=data_dir, graph_name=graph_name)
        if self.graph_name.encode() not in self._graph_keys():
            self.apply_schema()
