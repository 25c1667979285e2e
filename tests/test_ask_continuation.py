"""A sentence that opens with 其中 picks out part of the sentence before it, and answers for it."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from loaders.pipeline import load_corpus
from queries.ask import answer

TEXT = ("芜湖市鸠江区举行重点项目集中签约活动\n\n"
        "3月2日,鸠江区重点项目集中签约活动举行,区政府与岳川物流、青桐建设、白鹭置业、"
        "澄江能源、北辰科技等5家企业进行了签约。\n\n"
        "据了解,本次签约活动涉及的项目,既有央企,又有专精特新企业。"
        "其中,央企类项目有青桐建设、白鹭置业2家企业;科技创新类项目有岳川物流、澄江能源、北辰科技3家企业。\n")


def test_a_sentence_opening_with_qizhong_answers_for_the_one_before(tmp_path: Path,
                                                                    store_factory: Callable[..., Any]) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "signing.txt").write_text(TEXT, encoding="utf-8")
    store = store_factory(tmp_path / "db")
    store.rebuild(load_corpus(folder, workers=1).batches)
    every = {a.name for a in answer(store, "鸠江区签约了哪些企业").answers}
    assert {"青桐建设", "白鹭置业", "岳川物流"} <= every
    # The question's own word (央企) is written only in the 其中 sentence's first clause.
    got = answer(store, "鸠江区本次签约的央企有哪些")
    assert {a.name for a in got.answers} == {"青桐建设", "白鹭置业"}
    assert got.evidence and any("央企类项目" in e.text for e in got.evidence)
