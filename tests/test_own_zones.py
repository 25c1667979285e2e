"""A kind of zone written alone is the document's own zone of that kind, in any city."""

from __future__ import annotations

from pathlib import Path

from loaders.candidates.own_zones import kind_of, own_zones
from loaders.pipeline import load_corpus, read_document, structure

LEXICON_HITECH = "天津滨海高新技术产业开发区"  # the lexicon's zone that 高新区 alone once meant


def _doc(tmp_path: Path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return structure(read_document(path))[0]


def test_kind_of_a_zone_by_its_longest_ending() -> None:
    assert kind_of("芜湖高新区") == "高新区"
    assert kind_of("芜湖高新技术产业开发区") == "高新区"
    assert kind_of("星河综合保税区") == "综保区"  # not a 保税区
    assert kind_of("星河港保税区") == "保税区"
    assert kind_of("高新区") is None  # the kind alone names no zone


def test_a_bare_kind_is_the_document_s_own_zone(tmp_path: Path) -> None:
    text = ("芜湖高新区推进量子产业发展\n\n一、发展成效\n\n"
            "芜湖高新区的量子产业迎来新的突破。\n\n"
            "近年来,高新区通过全力推动量子产业发展,建成星河量子产业园。\n\n"
            "高新区获批建设星河量子研究院。\n")
    doc = _doc(tmp_path, text)
    assert own_zones(doc) == {"高新区": "芜湖高新区"}
    result = load_corpus(tmp_path, workers=1)
    ids = {n.id for b in result.batches for n in b.nodes}
    assert "zone:芜湖高新区" in ids and f"zone:{LEXICON_HITECH}" not in ids
    located = {(e.src, e.dst) for b in result.batches for e in b.edges if e.rel == "LOCATED_IN"}
    assert ("park:星河量子产业园", "zone:芜湖高新区") in located
