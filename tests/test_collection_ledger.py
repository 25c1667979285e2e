"""The record of the graph (collection/ledger.py) reads back as written, when a batch's
relationships were pickled at an earlier save and kept, when they changed since, and from a
record in the first format."""

from __future__ import annotations

import pickle
from pathlib import Path

from collection.ledger import Entry, Ledger, LedgerFile
from ontology.batch import Edge, GraphBatch, Node


def _batch(doc: str, passage: str) -> GraphBatch:
    zone = Node("Zone", "zone:甲", "甲", ["甲区"], {"sources": [passage]})
    return GraphBatch(doc, [zone], [Edge("MENTIONS", passage, zone.id, "Passage", "Zone", {})])


def _read(path: Path) -> Ledger:
    got = LedgerFile(path).load()  # another process: nothing in memory
    assert got is not None
    return got


def test_kept_and_changed_relationships_read_back(tmp_path: Path) -> None:
    path = tmp_path / "ledger.pickle"
    record = LedgerFile(path)
    a, b = _batch("doc:a", "psg:a:1"), _batch("doc:b", "psg:b:1")
    first = Ledger([Entry("doc:a", "a.txt", "ka#0", a), Entry("doc:b", "b.txt", "kb#0", b)],
                   (2, 2))
    record.save(first)
    assert _read(path) == first
    # b's relationships are another list (as resolution hands them when they change).
    b2 = GraphBatch("doc:b", b.nodes, [*b.edges, Edge("MENTIONS", "psg:b:2", "zone:甲",
                                                      "Passage", "Zone", {})])
    second = Ledger([Entry("doc:a", "a.txt", "ka#0", a), Entry("doc:b", "b.txt", "kb#0", b2)],
                    (2, 3))
    record.save(second)
    assert _read(path) == second
    loaded = LedgerFile(path)
    again = loaded.load()
    assert again is not None
    loaded.save(again)  # relationships read from the record are written from their pickle
    assert _read(path) == second


def test_a_record_in_the_first_format_is_read(tmp_path: Path) -> None:
    batch = _batch("doc:a", "psg:a:1")
    zone = batch.nodes[0]
    rows = [("doc:a", "a.txt", "ka#0", "doc:a", [(zone.label, zone.id, zone.name, zone.aliases,
                                                   zone.props)],
             [(e.rel, e.src, e.dst, e.src_label, e.dst_label, e.props) for e in batch.edges])]
    path = tmp_path / "ledger.pickle"
    path.write_bytes(pickle.dumps((1, rows, (1, 1))))
    assert _read(path) == Ledger([Entry("doc:a", "a.txt", "ka#0", batch)], (1, 1))
