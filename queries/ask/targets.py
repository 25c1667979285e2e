"""Targets stated in the document's own words, and the passages closest to a question.

A target node is named by its metric and value (GDP增速 8%); a reader asking for a plan's goals
expects the clause that states it (GDP增速达到8%). The clause is cut from the target's own
sentence around its value, and kept beside the name.
"""

from __future__ import annotations

import re
from typing import Any

from graph.store import GraphStore
from queries.answer import AnswerItem, run
from queries.find import passages_by_text
from queries.ask.reading import Parsed
from queries.ask.text import LABEL_CUES, bigrams, content

_CLAUSE = re.compile(r"[，,；;。、：:！!？?]")


def _number(value: Any) -> str | None:
    if not isinstance(value, (int, float)):
        return None
    return f"{value:g}"


def clause(text: str, value: Any, metric: str | None) -> str | None:
    """The clause of `text` that states the value (and the metric, when it is there)."""
    number = _number(value)
    if not text or not number:
        return None
    parts = [c.strip() for c in _CLAUSE.split(text) if c.strip()]
    holding = [c for c in parts if re.search(r"(?<![\d.])" + re.escape(number) + r"(?![\d])", c)]
    if metric:
        with_metric = [c for c in holding if metric[:4] in c]
        holding = with_metric or holding
    return holding[0][:60] if holding else None


def describe_targets(store: GraphStore, items: list[AnswerItem], p: Parsed, rows: list[dict[str, Any]]) -> None:
    """Add each target's clause to its aliases and detail, and put the ones that match the
    question's words first."""
    ids = [i.id for i in items if i.label == "Target"]
    found = {r["id"]: r for r in run(store, "target_details", {"ids": ids[:200], "limit": 200}).rows}
    for item in items:
        r = found.get(item.id)
        if not r:
            continue
        phrase = clause(r.get("text") or "", r.get("value"), r.get("metric"))
        if phrase and phrase not in item.aliases:
            item.aliases.append(phrase)
            item.detail = item.detail or phrase
    grams = bigrams(content(p.residue))
    text = {i.id: f"{(found.get(i.id) or {}).get('metric') or ''} {(found.get(i.id) or {}).get('text') or ''}"
            for i in items}
    items.sort(key=lambda i: (-(2 * sum(1 for g in grams if g in i.name)
                                + sum(1 for g in grams if g in text.get(i.id, ""))), len(i.name)))


def closest_passages(store: GraphStore, p: Parsed, limit: int = 3) -> list[str]:
    """The passages that share most of the question's words, when nothing answers it."""
    grams = bigrams(LABEL_CUES.sub(" ", content(p.question)))[:40]
    if len(grams) < 2:
        return []
    rows = passages_by_text(store, bigrams=grams, doc=p.document, limit=limit)
    need = max(2, -(-len(grams) // 3))
    return [r["passage_id"] for r in rows if sum(1 for g in grams if g in (r.get("text") or "")) >= need]
