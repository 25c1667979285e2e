"""Extraction quality on both labelled sets, as `policykg eval` measures it.

- the seed sample (`../shared/gold/dev`), scored on the bundled corpus;
- the unseen documents (`../shared/gold/wild-dev`), built alone from their own folder and
  scored with exact precision (their labels are complete).

These are regression floors a little under what the graph reaches today, so that a rule
change that costs recall or precision fails here instead of going unnoticed. The figures
themselves are printed by `policykg eval` and reported in the README.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.evaluate import DEFAULT_GOLD, WILD_GOLD, Report, evaluate
from policykg.gold import load_gold

DEV_FLOORS = {"bureau": 0.95, "enterprise": 0.97, "park": 0.97, "platform": 0.84, "project": 0.84,
              "zone": 0.95, "industry": 0.95, "target": 0.85, "task": 0.9}
DEV_ENTITY, DEV_RELATION, DEV_LEAD_BUREAU = 0.92, 0.85, 0.95

WILD_FLOORS = {"bureau": 0.95, "enterprise": 0.95, "park": 0.8, "platform": 0.9, "project": 0.85,
               "zone": 0.92, "industry": 0.83, "target": 0.85, "task": 0.85}
WILD_ENTITY, WILD_RELATION, WILD_PRECISION = 0.9, 0.73, 0.81


def _floor(report: Report, kind: str, floor: float) -> None:
    score = report.entity_recall[kind]
    assert score.value >= floor, (f"{kind} recall {score.value:.3f} fell under {floor}; first "
                                  "misses: " + "; ".join(score.misses[:5]))


# -- the seed sample -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def report(corpus_store) -> Report:
    if not Path(DEFAULT_GOLD).is_dir():
        pytest.skip(f"no labelled facts at {DEFAULT_GOLD}")
    nodes, edges = corpus_store.dump()
    return evaluate(nodes, edges, Path(DEFAULT_GOLD))


@pytest.mark.parametrize("kind", sorted(DEV_FLOORS))
def test_entity_recall_floor(report: Report, kind: str) -> None:
    _floor(report, kind, DEV_FLOORS[kind])


def test_relation_and_lead_bureau_recall_floors(report: Report) -> None:
    assert report.entity_overall().value >= DEV_ENTITY
    assert report.relation_overall().value >= DEV_RELATION
    assert report.task_lead_recall.value >= DEV_LEAD_BUREAU


# -- the unseen documents --------------------------------------------------------------------

@pytest.fixture(scope="module")
def wild() -> Report:
    if not (Path(WILD_GOLD) / "gold.jsonl").is_file():
        pytest.skip(f"no unseen-document labels at {WILD_GOLD}")
    from policykg.eval_corpus import score_corpus

    return score_corpus(Path(WILD_GOLD), questions=False, gold=load_gold(WILD_GOLD)).report


@pytest.mark.parametrize("kind", sorted(WILD_FLOORS))
def test_unseen_entity_recall_floor(wild: Report, kind: str) -> None:
    _floor(wild, kind, WILD_FLOORS[kind])


def test_unseen_overall_floors(wild: Report) -> None:
    assert wild.entity_overall().value >= WILD_ENTITY
    assert wild.relation_overall().value >= WILD_RELATION
    # Labels there are complete: a node matching none is wrong, so this is exact precision.
    assert wild.precision_overall().value >= WILD_PRECISION


def test_every_unseen_document_is_read(wild: Report) -> None:
    """Every genre is a document: no labelled document comes out empty (a news report taken
    for an appended article, a task list read as nothing)."""
    empty = [doc for doc, s in wild.by_doc.items() if s.entities.total and not s.entities.found]
    assert not empty, f"nothing found in {empty}"
