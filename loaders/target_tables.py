"""Targets in indicator tables (the rebuilt rows of 主要指标 tables).

The metric is the row's name cell with its unit in parentheses, the target the last number
before the 属性/growth columns, the year the latest year of the header; a cell of named
parts (信创:1500; 生物医药:200) is one target per part. A table's metrics measure the area
its caption names, else the plan's own.
"""

from __future__ import annotations

import re

from loaders.model import Ref, StructuredDocument, TableRow, TargetFact
from loaders.target_metrics import MEASURE_NOUN, NUM, UNIT_RE, plan_zone, zone_in

_TABLE_HEAD = re.compile(r"20\d\d|目标|指标")
_ATTR = re.compile(r"^(?:预期性|约束性|[一二三四五六七八九十]+、.*)$")
_INDUSTRY_METRIC = re.compile(r"产业|产值|营业收入|营收")
_SUBITEM = re.compile(rf"([^:;；:]+?)[:：]\s*({NUM})")


def _number(text: str) -> float | None:
    m = re.search(NUM, text or "")
    return float(m.group()) if m else None


def _metric_unit(cell: str) -> tuple[str, str | None]:
    """地区生产总值(亿元) → (地区生产总值, 亿元); the unit is a short parenthesis, the last one
    unless a longer note follows it: 学位数(个)(含幼儿园、小学)."""
    groups = list(re.finditer(r"[(（]([^()（）]*)(?:[)）]|$)", cell))
    for m in reversed(groups):
        inner = m.group(1).strip()
        if inner and len(inner) <= 8 and re.search(rf"^(?:{UNIT_RE}|[^\d]{{1,8}}/[^\d]{{1,4}})$", inner):
            return (cell[:m.start()] + cell[m.end():]).strip(), inner
    if cell.endswith("%"):
        return cell[:-1], "%"
    return cell, None


def table_targets(doc: StructuredDocument, row: TableRow, plan_year: int | None) -> list[TargetFact]:
    head = " ".join(row.header) + " " + row.caption
    if not _TABLE_HEAD.search(head):
        return []
    years = [int(y) for y in re.findall(r"20\d\d", " ".join(row.header))]
    year = max(years) if years else plan_year
    cells = [c.strip() for c in row.cells if c.strip()]
    metric_i = next((i for i, c in enumerate(cells) if re.search(r"[\u4e00-\u9fff]{2}", c)
                     and not re.fullmatch(NUM, c)), None)
    if metric_i is None:
        return []
    metric, unit = _metric_unit(cells[metric_i])
    values = [c for c in cells[metric_i + 1:] if not _ATTR.match(c)]
    subject = _table_subject(doc, row)
    out: list[TargetFact] = []
    # Composite cells (信创:1500; 生物医药:200): one target per named part.
    if values and _SUBITEM.search(values[-1]) and ";" in values[-1] + "；":
        base = {k.strip(" ;；"): v for k, v in _SUBITEM.findall(values[0])} if len(values) > 1 else {}
        for name, val in _SUBITEM.findall(values[-1]):
            name = name.strip(" ;；")
            sub = Ref("Industry", name) if name and _INDUSTRY_METRIC.search(metric) else subject
            out.append(TargetFact(sub,
                                  _part_metric(name, metric, unit), float(val), unit, year, row.passage,
                                  f"{metric}（{name}）{val}", _number(base.get(name, ""))))
        return out
    if values and not re.search(r"\d", values[-1]):
        return []  # the target is words (完成上级下达任务, 与全市保持一致)
    numeric = [v for v in values if re.search(r"\d", v)]
    if len(numeric) >= 3 and numeric[-1].endswith("%") and "增长" in head:
        numeric = numeric[:-1]  # the growth-rate column
    if not numeric:
        return []
    target = _number(numeric[-1])
    if target is None or len(numeric) < 2 and not values:
        return []
    baseline = _number(numeric[0]) if len(numeric) >= 2 else None
    return [TargetFact(subject, metric, target, unit, year, row.passage,
                       f"{cells[metric_i]} {numeric[-1]}", baseline)]


def _part_metric(name: str, metric: str, unit: str | None) -> str:
    """The metric of one part of a composite cell, worded to read alone: notes in brackets
    off, a part that is itself a count (医疗机构数量) as it is, a part listed in the metric
    (甲、乙、丙总数) counted by itself, else the part before the metric (某产业集群营收)."""
    metric = re.sub(r"[(（](?:含|占|包括)[^()（）]*[)）]", "", metric)
    if unit:
        metric = metric.replace(f"({unit})", "").replace(f"（{unit}）", "")
    metric = re.sub(r"[(（][^()（）]*[)）]", "", metric) if name in metric else metric
    if MEASURE_NOUN.search(name[-2:]) and name[-1] in "数量":
        return name
    if name in metric and re.search(r"[、和及]", metric):
        return name + "数量"
    return name + metric


def _table_subject(doc: StructuredDocument, row: TableRow) -> Ref | None:
    return zone_in(row.caption) or plan_zone(doc)
