"""The record of what the graph holds: every document's batch as last written (its text layer
by key, resolution's part whole), in build order, and the store's node and relationship
counts after it. The next change is computed against it; counts that differ from the store's
mean the store was changed behind its back, and the graph is rebuilt instead.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from pathlib import Path

from collection.files import write_atomic
from ontology.batch import Edge, GraphBatch, Node

LEDGER = "ledger.pickle"
_FORMAT = 2  # 1 held each batch's relationships as tuples, 2 as their pickle (still read)
_FORMATS = (1, 2)


@dataclass(slots=True)
class Entry:
    doc_id: str
    file: str  # the kept file it came from
    text_key: str  # its text layer: "<result key>#<document of the file>"
    domain: GraphBatch  # what resolution gave it, as written


@dataclass
class Ledger:
    """What the graph holds: every document's batch, in build order, and the store's node and
    relationship counts after it."""

    entries: list[Entry] = field(default_factory=list)
    counts: tuple[int, int] = (0, 0)

    def file_of(self, doc_id: str) -> str | None:
        return next((e.file for e in self.entries if e.doc_id == doc_id), None)

    def documents_of(self, name: str) -> list[str]:
        return [e.doc_id for e in self.entries if e.file == name]


class LedgerFile:
    """The record on disk, read again only when another process replaced it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._cached: tuple[tuple[int, int, int], Ledger] | None = None
        self._blobs = _EdgeBlobs()

    def load(self) -> Ledger | None:
        stamp = _stamp(self.path)
        if stamp is None:
            return None
        if self._cached and self._cached[0] == stamp:
            return self._cached[1]
        ledger = _ledger_from(self.path.read_bytes(), self._blobs)
        self._blobs.keep([e.domain.edges for e in ledger.entries])
        self._cached = (stamp, ledger)
        return ledger

    def save(self, ledger: Ledger) -> None:
        write_atomic(self.path, _ledger_bytes(ledger, self._blobs))
        self._blobs.keep([e.domain.edges for e in ledger.entries])
        stamp = _stamp(self.path)
        self._cached = (stamp, ledger) if stamp else None


class _EdgeBlobs:
    """Each batch's relationships pickled, by list identity (the list held, so that an id is
    not reused): resolution hands a kept batch's list again, and most of the record's bytes
    are relationships, which no two batches share."""

    def __init__(self) -> None:
        self._blobs: dict[int, tuple[list[Edge], bytes]] = {}

    def of(self, edges: list[Edge]) -> bytes:
        got = self._blobs.get(id(edges))
        if got is None or got[0] is not edges:
            rows = [(x.rel, x.src, x.dst, x.src_label, x.dst_label, x.props) for x in edges]
            got = self._blobs[id(edges)] = (edges, pickle.dumps(
                rows, protocol=pickle.HIGHEST_PROTOCOL))
        return got[1]

    def edges(self, blob: bytes) -> list[Edge]:
        edges = [Edge(*x) for x in pickle.loads(blob)]
        self._blobs[id(edges)] = (edges, blob)
        return edges

    def keep(self, lists: list[list[Edge]]) -> None:
        self._blobs = {id(x): self._blobs[id(x)] for x in lists
                       if id(x) in self._blobs and self._blobs[id(x)][0] is x}


def _ledger_bytes(ledger: Ledger, blobs: _EdgeBlobs) -> bytes:
    """Plain tuples pickle several times faster than slotted dataclasses; a node shared by
    many documents' batches is written once."""
    nodes: dict[int, tuple] = {}

    def node(n: Node) -> tuple:
        got = nodes.get(id(n))
        if got is None:
            got = nodes[id(n)] = (n.label, n.id, n.name, n.aliases, n.props)
        return got

    rows = [(e.doc_id, e.file, e.text_key, e.domain.source, [node(n) for n in e.domain.nodes],
             blobs.of(e.domain.edges)) for e in ledger.entries]
    return pickle.dumps((_FORMAT, rows, ledger.counts), protocol=pickle.HIGHEST_PROTOCOL)


def _ledger_from(data: bytes, blobs: _EdgeBlobs) -> Ledger:
    version, rows, counts = pickle.loads(data)
    if version not in _FORMATS:
        raise ValueError("unknown record format; run `policykg build`")
    nodes: dict[int, Node] = {}

    def node(t: tuple) -> Node:
        got = nodes.get(id(t))
        if got is None:
            got = nodes[id(t)] = Node(*t)
        return got

    entries = [Entry(doc_id, file, text_key, GraphBatch(
        source, [node(t) for t in ns],
        blobs.edges(es) if isinstance(es, bytes) else [Edge(*x) for x in es]))
        for doc_id, file, text_key, source, ns, es in rows]
    return Ledger(entries, tuple(counts))


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


