"""Every question the README and the page suggest, asked of the bundled corpus: each gets a
non-empty answer of the kind it asks for, every answer backed by the sentences it came from.
The README's questions are read from its "Asking the graph" table, so the two cannot drift."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph.embedded import EmbeddedStore
from queries.ask import answer, name_index, normalise, parse, suggestions

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_questions() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Asking the graph", 1)[1].split("\n## ", 1)[0]
    out = []
    for line in section.splitlines():
        if line.startswith("| ") and "→" in line:
            out += [q.strip() for q in line.split("|")[1].split(" / ") if re.search(r"[\u4e00-\u9fff]", q)]
    intro = re.search(r"asking (.+?) in a web page", text, re.S)
    if intro:
        out += [q for q in re.split(r"[?？]\s*", intro.group(1).replace("\n", " ")) if q.strip()]
    return list(dict.fromkeys(q.strip() for q in out if q.strip()))


QUESTIONS = readme_questions()


def test_the_readme_lists_questions() -> None:
    assert len(QUESTIONS) >= 15, QUESTIONS


def _check(store: EmbeddedStore, question: str) -> None:
    a = answer(store, question)
    assert a.answers, (question, a.note)
    assert a.query and a.cypher, question
    kind = parse(normalise(question), name_index(store)).kinds
    labels = {x.label for x in a.answers}
    if kind and a.intent not in ("task_bureaus", "tasks_by_bureau"):
        assert labels <= set(kind), (question, kind, labels)
    texts = {e.passage_id: e.text for e in a.evidence}
    assert texts and all(e.document for e in a.evidence), question
    backed = [x for x in a.answers if any(s in texts for s in x.sources)]
    assert len(backed) >= len(a.answers[:50]) * 0.9, (question, [x.name for x in a.answers if x not in backed])


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_readme_question_is_answered(corpus_store: EmbeddedStore, question: str) -> None:
    _check(corpus_store, question)


def test_every_question_the_page_suggests_is_answered(corpus_store: EmbeddedStore) -> None:
    examples = suggestions(corpus_store)
    assert len(examples) >= 4
    for q in examples:
        _check(corpus_store, q)
