"""Build a folder of labelled documents into a temporary store and score it.

The unseen-document sets come with their documents; scoring them means building exactly those
documents, alone, into a store of their own (never the user's graph), then asking the
questions of that store. The temporary store is an embedded FalkorDB in a temp folder,
stopped and removed afterwards.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from policykg.evaluate import Report, evaluate_store
from policykg.gold import GoldSet, load_gold
from policykg.settings import Settings


@dataclass
class CorpusScore:
    report: Report
    documents: int
    skipped: list[str] = field(default_factory=list)


def score_corpus(gold_dir: Path, corpus_dir: Path | None = None, questions: bool = True,
                 gold: GoldSet | None = None) -> CorpusScore:
    """Build `corpus_dir` (default: the `corpus/` folder beside the labels) and score it."""
    from graph.embedded import EmbeddedStore
    from loaders.pipeline import load_corpus

    gold = gold or load_gold(gold_dir)
    corpus = corpus_dir or gold.corpus
    if corpus is None or not Path(corpus).is_dir():
        raise FileNotFoundError(f"no documents to build for {gold_dir}: pass --corpus DIR "
                                "(the folder holding the labelled documents)")
    result = load_corpus(corpus)
    with tempfile.TemporaryDirectory(prefix="policykg-eval-") as tmp:
        store = EmbeddedStore(Settings(store="embedded", data_dir=Path(tmp)))
        try:
            store.rebuild(result.batches)
            report = evaluate_store(store, gold, questions=questions)
        finally:
            store.close()
    return CorpusScore(report, len(result.batches), [str(e) for e in result.errors])
