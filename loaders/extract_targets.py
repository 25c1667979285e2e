"""Quantitative targets: what is to reach which number, in which unit, by which year.

Two sources. Indicator tables (rebuilt rows of 主要指标 tables): the metric is the row's name
cell with its unit in parentheses, the target the last number before the 属性/growth
columns, the year the latest year of the header. Prose: a number with a unit (亿元, 家, %,
台, 万标准箱 …) in a forward-looking sentence; the year is the one the sentence names
(到2025年), else the one its section set, else the plan's own (十四五 → 2025, the year in
a 2020年重点任务 title). Sections that review the past (发展基础, 十三五回顾) state
baselines, not targets, and are skipped; so are appended newspaper articles.

Tables are read in loaders.target_tables, sentences in loaders.target_sentences, units,
metrics and the plan's own year and area in loaders.target_metrics; this module walks a
document and gives each passage the year it is under.
"""

from __future__ import annotations

import re

from loaders.model import Extraction, StructuredDocument
from loaders.target_metrics import aimed_year, plan_zone
from loaders.target_sentences import sentence_targets
from loaders.target_tables import table_targets

__all__ = ["extract", "plan_zone", "sentence_targets"]

# Sections that review the past state baselines, not targets.
_PAST = re.compile(r"回顾|成就|发展基础|现实基础|基础条件|发展现状|十三五.{0,4}(?:时期|期间|成就)|总结")
_LEAD_YEAR = re.compile(r"^\s*(?:——|-)?\s*(?:到|至)?(20\d\d)年[,，:：]")


# A reporting period of the current year: what the sentence states was reached this year.
_REPORTED = re.compile(r"前三季度|上半年|一季度|前两个月|今年以来|截至目前|截至当前")


def extract(doc: StructuredDocument) -> Extraction:
    ex = Extraction(doc=doc)
    if doc.meta.kind == "article":
        return ex
    sections = doc.section_by_id()
    plan_year = aimed_year(doc)
    published = int(doc.meta.date[:4]) if doc.meta.date and doc.meta.date[:4].isdigit() else None
    table_passages = {r.passage for r in doc.tables}
    for row in doc.tables:
        ex.targets.extend(table_targets(doc, row, plan_year))
    section_year: dict[str | None, int] = {}
    line_year: dict[int, int] = {}
    for p in doc.passages:
        if p.kind == "table_row" or p.id in table_passages:
            continue
        sec = sections.get(p.section) if p.section else None
        title = _path_titles(sections, sec)
        if _PAST.search(title):
            continue
        m = re.search(r"到(20\d\d)年", p.text)
        if m:
            section_year[p.section] = int(m.group(1))
        lead = _LEAD_YEAR.match(p.text)
        if lead:
            # ——2025年,甲达到…。乙达到…。: the year leads its whole paragraph.
            line_year[p.line] = int(lead.group(1))
        reported = _REPORTED.search(p.text)
        if reported and not m:
            # 2022年前三季度…, 前三季度完成招商…: figures of the year reported on (the report's
            # own year when unnamed), for the rest of its paragraph too.
            named = re.search(r"(20\d\d)年", p.text[:reported.end()])
            if named or published:
                line_year[p.line] = int(named.group(1)) if named else published
        year = line_year.get(p.line) or section_year.get(p.section) or plan_year
        ex.targets.extend(sentence_targets(p, year))
    return ex


def _path_titles(sections, sec) -> str:
    """A section's title with the titles above it: a review is known by any of them."""
    out = []
    while sec is not None:
        out.append(sec.title)
        sec = sections.get(sec.parent) if sec.parent else None
    return " ".join(out)
