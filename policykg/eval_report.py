"""The tables `policykg eval` prints: per kind, per relation, per label, per document, misses."""

from __future__ import annotations

from typing import Any

from policykg.evaluate import Report, Score


def fmt(s: Score) -> str:
    return "-" if s.value is None else f"{s.value:.3f} ({s.found}/{s.total})"


def render(report: Report, console: Any, misses: int = 0, per_document: bool = False) -> None:
    from rich.table import Table

    table = Table("measure", "kind", "score", title="policykg eval")
    for kind, s in sorted(report.entity_recall.items()):
        table.add_row("entity recall", kind, fmt(s))
    table.add_row("entity recall", "overall", fmt(report.entity_overall()))
    for rel, s in sorted(report.relation_recall.items()):
        table.add_row("relation recall", rel, fmt(s))
    table.add_row("relation recall", "overall", fmt(report.relation_overall()))
    table.add_row("task lead-bureau recall", "Task→Bureau", fmt(report.task_lead_recall))
    for label, s in sorted(report.precision.items()):
        table.add_row("precision", label, fmt(s))
    table.add_row("precision", "overall", fmt(report.precision_overall()))
    if report.question_recall is not None:
        table.add_row("question answer-set recall", f"{report.questions.total} questions",
                      f"{report.question_recall:.3f}")
        table.add_row("question answer precision", "names returned",
                      fmt(report.answer_precision))
    console.print(table)
    if per_document:
        docs = Table("document", "entity recall", "relation recall", "precision",
                     title="per document")
        for doc, s in sorted(report.by_doc.items()):
            docs.add_row(doc, fmt(s.entities), fmt(s.relations), fmt(s.precision))
        console.print(docs)
    if misses:
        for title, scores in (("missed", report.entity_recall), ("missed", report.relation_recall),
                              ("unmatched", report.precision)):
            for kind, s in sorted(scores.items()):
                for m in s.misses[:misses]:
                    console.print(f"{title} {kind}: {m}", markup=False)
        for m in report.questions.misses[:misses]:
            console.print(f"question below full recall: {m}", markup=False)
        for m in report.answer_precision.misses[:misses]:
            console.print(f"answer not in the answer set: {m}", markup=False)
