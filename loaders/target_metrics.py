"""The words around a target's number: its unit, the metric phrase written before it, and
the plan's own year and area, which a target that names neither takes.

Tables and sentences state targets differently (loaders.target_tables,
loaders.target_sentences), but count in the same units and name metrics with the same
measure words, so both read them from here.
"""

from __future__ import annotations

import re
from collections import Counter

from loaders.model import Ref, StructuredDocument

NUM = r"\d+(?:\.\d+)?"
# Units a target is counted in. 万/亿 stay in the unit: the value is the number as written.
_UNITS = ("美元", "元", "标准箱", "吨/日", "吨", "千瓦时", "千瓦", "兆瓦", "平方米", "平方公里",
          "公顷", "亩", "公里", "千米", "人次", "人", "户", "家", "个百分点", "个", "项", "件", "台",
          "辆", "座", "张", "所", "条", "套", "岁", "倍", "微克/立方米", "%", "‰", "年",
          "颗", "片", "艘", "架", "间", "立方米", "公斤", "千克", "吉瓦时", "吉瓦", "GWh", "GW",
          "MWh", "MW")
UNIT_RE = "(?:万亿|亿|万)?(?:" + "|".join(
    re.escape(u) for u in sorted(_UNITS, key=len, reverse=True)) + ")"
# Words that name what is measured; a metric ends with one unless a growth phrase follows.
MEASURE_NOUN = re.compile(r"企业|机构|项目|平台|人数|人口|数量|总量|比例|比率|数|量|额|率|比重|占比|规模|产值|"
                          r"收入|床位|学位|排名|指数|总值|面积|容量|能力|人才|载体|线路|基地|园区|"
                          r"车辆|设施|学校|医院")
_GROWTH = re.compile(r"增长|增速|增幅|下降|降幅|降低|提高|提升|比重|占比")
# Cue words that open the phrase before a number (1., 到2025年, 力争) and verbs that close it
# (达到, 突破): neither is part of the metric's name.
LEAD = re.compile(r"^(?:\d{1,3}[.．、]|(?:到|在|至)?20\d\d年(?:内|底|前)?|“?十[一二三四五六]五”?(?:期间|期末|时期)?|"
                  r"力争|确保|其中|全年|累计|预计|争取|分别|新增)+")
_TAIL = re.compile(r"(?:达到|突破|超过|实现|不低于|不高于|不少于|控制在|提高到|提升至|为|约|共|"
                   r"新增|保持|分别)+$")


def aimed_year(doc: StructuredDocument) -> int | None:
    """The year a plan aims at: 十四五 ends in 2025, a 2020 task list is for 2020, else the
    year most often written as 到20XX年, else the year the text was published (a report's
    今年安排…, 全年…)."""
    title = doc.meta.title or ""
    if "十四五" in title or "第十四个五年" in title:
        return 2025
    if "十五五" in title or "第十五个五年" in title:
        return 2030
    m = re.search(r"(20\d\d)年", title)
    if m:
        return int(m.group(1))
    years = Counter(int(y) for y in re.findall(r"到(20\d\d)年", doc.text))
    if years:
        return years.most_common(1)[0][0]
    return int(doc.meta.date[:4]) if doc.meta.date and doc.meta.date[:4].isdigit() else None


def plan_zone(doc: StructuredDocument) -> Ref | None:
    """The area a plan is for, named in its title: what a metric of the whole area measures."""
    return zone_in(doc.meta.title or "") or zone_in(doc.meta.publisher or "")


def zone_in(text: str) -> Ref | None:
    """The longest zone name a text holds: the area a plan or a table measures."""
    from loaders.zones import zone_lexicon

    found = zone_lexicon().find(text)
    if found:
        return Ref("Zone", max(found, key=lambda f: f[1] - f[0])[2])
    return None


def trim_predicate(metric: str, unit: str | None = "%") -> str:
    """优质企业持续涌现 → 优质企业: a short verb phrase after the last measure
    word is what happens to the metric, not its name; a growth phrase stays (产值年均增长)."""
    last = None
    for last in MEASURE_NOUN.finditer(metric):
        pass
    if last is None or last.end() == len(metric):
        return metric
    tail = metric[last.end():]
    rate = unit in ("%", "个百分点", "倍", None)
    if len(tail) <= 6 and not (rate and _GROWTH.search(tail)) and not re.search(r"\d", tail):
        return metric[:last.end()]
    return metric


def without_body(text: str) -> str:
    """某部确保新建建筑…: the body that answers for a goal is not part of its metric."""
    from loaders import bureaus

    spans = bureaus.find(text[:16])
    if spans and spans[0].start == 0:
        return text[spans[0].end:]
    return text


def metric_before(clause: str, pos: int) -> str:
    """The words naming what the number counts: the phrase just before it, cue words off.
    A bare growth rate (…,年均增长8%) takes the name of the quantity before it."""
    pieces = re.split(r"[,，、:：]", clause[:pos])
    # A run-on sentence (…达到9亿吨“十五五”期间累计…): the metric starts after the
    # quantity that the previous goal reached.
    pieces[-1] = re.split(rf"(?:达到|突破|超过|达){NUM}(?:{UNIT_RE})?(?:以上|左右)?",
                          pieces[-1])[-1]
    head = _TAIL.sub("", LEAD.sub("", without_body(LEAD.sub("", pieces[-1].strip()))))
    if head in ("和", "及", "与") and re.search(rf"{NUM}\D{{0,6}}[和及与]$", clause[:pos]):
        head = ""  # 分别达到500亿元和800亿元: the second number counts what the first does
    if not head and len(pieces) > 1 and clause[pos - 1:pos] in ("、", "和", "及", "与"):
        # 分别达到750家、80家: the second number counts what the first does.
        prev = list(re.finditer(NUM, clause[:pos - 1]))
        if prev:
            return metric_before(clause, prev[-1].start())
    if re.fullmatch(r"(?:年均)?(?:增长|增速|增幅)?", head) and len(pieces) > 1:
        before = pieces[-2]
        if not head:
            # 甲、乙等企业持续涌现,分别达到…: the whole list before the comma is counted.
            commas = re.split(r"[,，:：]", clause[:pos])
            if len(commas) > 1 and "、" in commas[-2] and not re.search(r"\d", commas[-2]):
                before = commas[-2]
        prev = re.sub(rf"{NUM}.*$", "", LEAD.sub("", before.strip()))
        prev = trim_predicate(_TAIL.sub("", prev))
        growth = "年均增长" if head else ""
        return (prev + growth).strip()[-40:] or growth
    return head.strip()[-40:]
