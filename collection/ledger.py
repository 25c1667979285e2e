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
_FORMAT = 1


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

    def load(self) -> Ledger | None:
        stamp = _stamp(self.path)
        if stamp is None:
            return None
        if self._cached and self._cached[0] == stamp:
            return self._cached[1]
        ledger = _ledger_from(self.path.read_bytes())
        self._cached = (stamp, ledger)
        return ledger

    def save(self, ledger: Ledger) -> None:
        write_atomic(self.path, _ledger_bytes(ledger))
        stamp = _stamp(self.path)
        self._cached = (stamp, ledger) if stamp else None


def _ledger_bytes(ledger: Ledger) -> bytes:
    """Plain tuples pickle several times faster than slotted dataclasses; a node shared by
    many documents' batches is written once."""
    nodes: dict[int, tuple] = {}

    def node(n: Node) -> tuple:
        got = nodes.get(id(n))
        if got is None:
            got = nodes[id(n)] = (n.label, n.id, n.name, n.aliases, n.props)
        return got

    rows = [(e.doc_id, e.file, e.text_key, e.domain.source, [node(n) for n in e.domain.nodes],
             [(x.rel, x.src, x.dst, x.src_label, x.dst_label, x.props) for x in e.domain.edges])
            for e in ledger.entries]
    return pickle.dumps((_FORMAT, rows, ledger.counts), protocol=pickle.HIGHEST_PROTOCOL)


def _ledger_from(data: bytes) -> Ledger:
    version, rows, counts = pickle.loads(data)
    if version != _FORMAT:
        raise ValueError("unknown record format; run `policykg build`")
    nodes: dict[int, Node] = {}

    def node(t: tuple) -> Node:
        got = nodes.get(id(t))
        if got is None:
            got = nodes[id(t)] = Node(*t)
        return got

    entries = [Entry(doc_id, file, text_key, GraphBatch(source, [node(t) for t in ns],
                                                        [Edge(*x) for x in es]))
               for doc_id, file, text_key, source, ns, es in rows]
    return Ledger(entries, tuple(counts))


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


