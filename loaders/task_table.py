"""Numbered tasks of a task document, and the task-division table whose columns are glued.

The body of the document states its measures with their own numbers (loaders.task_measures);
the annex states the same measures again in a glued table, with the bureaus that lead and
support each (loaders.task_annex); a measure without a row may name its bureaus itself
(loaders.task_roles). Here a row is tied to its measure by shared wording, and every
measure and every row becomes one task.
"""

from __future__ import annotations

import re

from loaders.model import StructuredDocument, SupportItem, TaskRow
from loaders.task_annex import AnnexRow, annex_rows
from loaders.task_measures import (
    TASK_DOC,
    Line,
    Measure,
    doc_lines,
    first_sentence,
    is_task_document,
    measures,
    section_at,
    single_task,
)
from loaders.task_roles import inline_bureaus

__all__ = ["AnnexRow", "Line", "Measure", "annex_rows", "doc_lines", "first_sentence",
           "inline_bureaus", "is_task_document", "measures", "task_rows", "tasks"]


def _bigrams(text: str) -> set[str]:
    t = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _similarity(a: str, b: str) -> float:
    return _overlap(_bigrams(a), _bigrams(b))


def _overlap(x: set[str], y: set[str]) -> float:
    """Shared bigrams over the smaller set: a measure restated with small edits scores ~1."""
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def task_rows(doc: StructuredDocument) -> list[TaskRow]:
    return [t for t, _ in tasks(doc)]


def tasks(doc: StructuredDocument) -> list[tuple[TaskRow, AnnexRow | None]]:
    """Tasks of a task document: body measures joined to their annex rows (lead bureaus,
    city support, national ministries). A row with no measure in the body is kept under
    its row number (附件19) so nothing the table states is lost."""
    if not TASK_DOC.search(doc.meta.title or "") and not is_task_document(doc):
        return []
    lines = doc_lines(doc)
    body = measures(doc, lines) or single_task(doc, lines)
    rows = annex_rows(doc, lines)
    matched: dict[int, AnnexRow] = {}
    used: set[int] = set()
    used_rows: set[int] = set()
    grams = [_bigrams(m.text) for m in body]
    for r in rows:
        if not r.measure:
            continue
        g = _bigrams(r.measure)
        scored = [(_overlap(g, grams[i]), i) for i in range(len(body)) if i not in used]
        if not scored:
            continue
        score, i = max(scored)
        if score >= 0.5:
            matched[i] = r
            used_rows.add(r.row)
            used.add(i)
    out: list[tuple[TaskRow, AnnexRow | None]] = []
    for i, m in enumerate(body):
        r = matched.get(i)
        own_lead, own_support = inline_bureaus(m.text) if r is None else ([], [])
        out.append((TaskRow(
            number=m.number, text=m.text, section=m.section, section_title=m.section_title,
            passage=(m.line.passages or [""])[0], line=m.line.line,
            lead_bureaus=list(r.lead_bureaus) if r else own_lead,
            city_support=list(r.city_support) if r else [
                SupportItem(item="配合", bureau=b) for b in own_support],
            national_ministries=list(r.national_ministries) if r else []), r))
    for r in rows:
        if r.row in used_rows:
            continue
        number = str(r.row) if not body else f"附件{r.row}"
        out.append((TaskRow(
            number=number, text=r.measure or r.national_text, section=section_at(doc, r.line),
            section_title=r.section_title, passage=(r.line.passages or [""])[0],
            line=r.line.line, lead_bureaus=list(r.lead_bureaus),
            city_support=list(r.city_support), national_ministries=list(r.national_ministries)),
            r))
    return out
