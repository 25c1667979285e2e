"""Quantitative targets: what is to reach which number, in which unit, by which year.

Two sources. Indicator tables (rebuilt rows of 主要指标 tables): the metric is the row's name
cell with its unit in parentheses, the target the last number before the 属性/growth
columns, the year the latest year of the header. Prose: a number with a unit (亿元, 家, %,
台, 万标准箱 …) in a forward-looking sentence; the year is the one the sentence names
(到2025年), else the one its section set, else the plan's own (十四五 → 2025, the year in
a 2020年重点任务 title). Sections that review the past (发展基础, 十三五回顾) state
baselines, not targets, and are skipped; so are appended newspaper articles.
"""

from __future__ import annotations

import re
from collections import Counter

from loaders.model import Extraction, Passage, Ref, StructuredDocument, TableRow, TargetFact

_NUM = r"\d+(?:\.\d+)?"
# Units a target is counted in. 万/亿 stay in the unit: the value is the number as written.
_UNITS = ("美元", "元", "标准箱", "吨/日", "吨", "千瓦时", "千瓦", "兆瓦", "平方米", "平方公里",
          "公顷", "亩", "公里", "千米", "人次", "人", "户", "家", "个百分点", "个", "项", "件", "台",
          "辆", "座", "张", "所", "条", "套", "岁", "倍", "微克/立方米", "%", "‰", "年")
_UNIT_RE = "(?:万亿|亿|万)?(?:" + "|".join(
    re.escape(u) for u in sorted(_UNITS, key=len, reverse=True)) + ")"
_QTY = re.compile(
    rf"(?P<pre>前|不低于|不高于|不少于|不超过|控制在|超过|达到|突破)?"
    rf"(?P<num>{_NUM})(?:[—\-~～至到](?P<num2>{_NUM}))?(?:多|余)?"
    rf"(?P<unit>{_UNIT_RE}|亿级|万级)?(?P<post>以上|以下|以内|左右|位|名)?")
_FUTURE = re.compile(r"到20\d\d年|力争|达到|突破|超过|提高到|提升至|提升到|增长|新增|累计|不低于|"
                     r"安排|计划|预计|稳定在|预期|今年|全年|明年|"
                     r"不高于|不少于|控制在|以上|建成|建设|培育|引进|推广|打造|形成|实现|保持|完成|"
                     r"确保|进入|示范应用|年均|布局|扩建|新建")
# 建区三十年来, 2015年以来: a clause looking back over what was reached.
_SINCE = re.compile(r"(?:[一二三四五六七八九十百\d]+年|多年|近年|以)来")
_PAST = re.compile(r"回顾|成就|发展基础|现实基础|基础条件|发展现状|十三五.{0,4}(?:时期|期间|成就)|总结")
_YEAR = re.compile(r"(?:到|至|在)?(20\d\d)年(?![0-9]*月)")
_TABLE_HEAD = re.compile(r"20\d\d|目标|指标")
_ATTR = re.compile(r"^(?:预期性|约束性|[一二三四五六七八九十]+、.*)$")
_INDUSTRY_METRIC = re.compile(r"产业|产值|营业收入|营收")
_LEAD_YEAR = re.compile(r"^\s*(?:——|-)?\s*(?:到|至)?(20\d\d)年[,，:：]")
_SUBITEM = re.compile(rf"([^:;；:]+?)[:：]\s*({_NUM})")


def extract(doc: StructuredDocument) -> Extraction:
    ex = Extraction(doc=doc)
    if doc.meta.kind == "article":
        return ex
    sections = doc.section_by_id()
    plan_year = _plan_year(doc)
    table_passages = {r.passage for r in doc.tables}
    for row in doc.tables:
        ex.targets.extend(_table_targets(doc, row, plan_year))
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
        year = line_year.get(p.line) or section_year.get(p.section) or plan_year
        ex.targets.extend(sentence_targets(p, year))
    return ex


def _path_titles(sections, sec) -> str:
    out = []
    while sec is not None:
        out.append(sec.title)
        sec = sections.get(sec.parent) if sec.parent else None
    return " ".join(out)


def _plan_year(doc: StructuredDocument) -> int | None:
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


def _number(text: str) -> float | None:
    m = re.search(_NUM, text or "")
    return float(m.group()) if m else None


def _metric_unit(cell: str) -> tuple[str, str | None]:
    """地区生产总值(亿元) → (地区生产总值, 亿元); the unit is a short parenthesis, the last one
    unless a longer note follows it: 学位数(个)(含幼儿园、小学)."""
    groups = list(re.finditer(r"[(（]([^()（）]*)(?:[)）]|$)", cell))
    for m in reversed(groups):
        inner = m.group(1).strip()
        if inner and len(inner) <= 8 and re.search(rf"^(?:{_UNIT_RE}|[^\d]{{1,8}}/[^\d]{{1,4}})$", inner):
            return (cell[:m.start()] + cell[m.end():]).strip(), inner
    if cell.endswith("%"):
        return cell[:-1], "%"
    return cell, None


def _table_targets(doc: StructuredDocument, row: TableRow, plan_year: int | None) -> list[TargetFact]:
    head = " ".join(row.header) + " " + row.caption
    if not _TABLE_HEAD.search(head):
        return []
    years = [int(y) for y in re.findall(r"20\d\d", " ".join(row.header))]
    year = max(years) if years else plan_year
    cells = [c.strip() for c in row.cells if c.strip()]
    metric_i = next((i for i, c in enumerate(cells) if re.search(r"[\u4e00-\u9fff]{2}", c)
                     and not re.fullmatch(_NUM, c)), None)
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
    if _MEASURE_NOUN.search(name[-2:]) and name[-1] in "数量":
        return name
    if name in metric and re.search(r"[、和及]", metric):
        return name + "数量"
    return name + metric


def _table_subject(doc: StructuredDocument, row: TableRow) -> Ref | None:
    return _zone_in(row.caption) or plan_zone(doc)


def plan_zone(doc: StructuredDocument) -> Ref | None:
    """The area a plan is for, named in its title: what a metric of the whole area measures."""
    return _zone_in(doc.meta.title or "") or _zone_in(doc.meta.publisher or "")


def _zone_in(text: str) -> Ref | None:
    from loaders.zones import zone_lexicon

    found = zone_lexicon().find(text)
    if found:
        return Ref("Zone", max(found, key=lambda f: f[1] - f[0])[2])
    return None


def sentence_targets(p: Passage, default_year: int | None) -> list[TargetFact]:
    """Every quantity of a forward-looking sentence, with the metric written before it."""
    out: list[TargetFact] = []
    text = p.text
    for clause_m in re.finditer(r"[^。；;!！?？]+", text):
        clause = clause_m.group()
        before = len(out)
        if not _FUTURE.search(clause) or _SINCE.search(clause):
            continue
        years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(clause)]
        for m in _QTY.finditer(clause):
            unit = m.group("unit")
            post = m.group("post") or ""
            pre = m.group("pre") or ""
            if unit is None and not (pre and post in ("位", "名")) and not (
                    pre == "达到" and _ends_clause(clause, m.end())):
                continue
            if unit == "年" or _in_year(clause, m) or _not_quantity(clause, m):
                continue
            value = float(m.group("num"))
            if unit in ("亿级", "万级"):
                unit = unit[0] + "元"
            if post in ("位", "名"):
                unit = post
            year = next((y for s, y in reversed(years) if s < m.start()), None)
            year = year or default_year
            metric = _metric_before(clause, m.start())
            if _is_delta(metric, unit) or _is_scale_class(clause, m) or _names_a_place(metric):
                continue
            if post in ("以上", "以下") and _QUALIFIED_NOUN.match(clause, m.end()):
                continue  # 3岁以下婴幼儿: a class inside the metric's name
            if re.match(r"[^,，;；]{0,30}的基础上", clause[m.end():]):
                continue  # 在首批10个试点的基础上: what is done already, the ground of the goal
            if unit == "所" and not re.match(r"(?![等、])[\u4e00-\u9fff]", clause[m.end():m.end() + 1]):
                continue  # 某53所: a numbered institute, not a count of schools
            if re.match(r"[^,，、]{0,16}之一", clause[m.end():]):
                continue  # 首批3个示范平台之一: a rank among peers, not a goal
            if clause[m.end():m.end() + 1] == "的":
                continue  # 500平方公里的生态带: the size of a thing described, not a goal
            metric = _QUANTIFIER_TAIL.sub("", metric or "")
            if metric.endswith("年均") and clause.startswith("增", m.end()):
                # 甲和乙保持年均20%以上增长: the growth rate of what is named before.
                metric = re.sub(r"(?:保持|实现)?年均$", "", metric) + "年均增长"
            verb = _VERB_ONLY.fullmatch(metric)
            if not verb and _inside_a_name(clause, m.end()):
                continue
            scale = (m.group("unit") or "").endswith("级")
            if scale or (not verb and _ends_a_list(clause, m.start("num"))):
                # 打造营收500亿级潜力型集群, 甲、乙、丙5条产业链: the noun after the number is
                # what is counted or sized.
                counted = _noun_after(clause, m.end())
                if counted:
                    metric = counted + (_VERB_ONLY_HEAD.sub("", metric) if scale else "")
                    verb = None
            if verb or not metric:
                if verb and _ACTION_VERB.fullmatch(metric) and unit and unit[-1] in _ACTION_UNITS:
                    continue  # 实施10个专项: the plan's own actions, not a measured outcome
                counted = _noun_after(clause, m.end())
                if not counted:
                    continue
                metric = (metric or "") + counted
            out.append(TargetFact(None, _trim_predicate(metric, unit), value, unit, year, p.id,
                                  clause.strip()[:120]))
        _pair_respectively(clause, out[before:])
    return out


def _pair_respectively(clause: str, found: list[TargetFact]) -> None:
    """甲、乙等高成长企业分别达到750家、80家: 分别 gives each listed item its own number, in order."""
    if "分别" not in clause:
        return
    shared = Counter(t.metric for t in found).most_common(1)
    if not shared or shared[0][1] < 2:
        return
    metric = shared[0][0]
    found = [t for t in found if t.metric == metric]
    if not re.search(r"[、和及]", metric):
        # 甲、乙分别达到…: the list is the phrase in front of 分别, the metric its last item.
        before = re.split(r"[,，:：]", clause[:clause.find("分别")])[-1]
        metric = _LEAD.sub("", _without_body(_LEAD.sub("", before.strip())))
    listed, _, kind = metric.partition("等")
    items = [i for i in re.split(r"、|和|及", listed) if i]
    if len(items) != len(found) or any(len(i) > 12 for i in items):
        return
    noun = ""
    for noun_m in _MEASURE_NOUN.finditer(kind):
        noun = noun_m.group()
    for item, t in zip(items, found):
        t.metric = item if item.endswith(noun) else item + noun


# A metric that is only a verb counts the noun written after the number (推荐8家孵化器).
_VERB_ONLY = re.compile(r"(?:推荐|推出|推动|实施|打造|形成|建设|建成|培育|引进|引育|招引|推广|新增|"
                        r"设立|创建|布局|新建|扩建|认定|举办|开展|出台|制定|印发|召开|组织|完成|"
                        r"争创|储备|签约|落地|落户|吸引|集聚|聚集|发展|支持|带动|服务|举行|办好)?")
_ACTION_VERB = re.compile(r"实施|开展|出台|制定|印发|召开|组织|举办|举行|办好")
_ACTION_UNITS = ("个", "项", "条", "批", "场", "次", "件")
# Words ending a counted noun: the verb of the next phrase (孵化器申报…).
_NOUN_END = re.compile(r"申报|参与|参加|进行|开展|实现|达到|落地|落户|入驻|建设|用于|获得|提供|"
                       r"纳入|享受|覆盖|联通|连接|贯通|实施|推进|推动|以上|左右|以内|等|的")
# Words that name what is measured; a metric ends with one unless a growth phrase follows.
_MEASURE_NOUN = re.compile(r"企业|机构|项目|平台|人数|人口|数量|总量|比例|比率|数|量|额|率|比重|占比|规模|产值|"
                           r"收入|床位|学位|排名|指数|总值|面积|容量|能力|人才|载体|线路|基地|园区|"
                           r"车辆|设施|学校|医院")
_GROWTH = re.compile(r"增长|增速|增幅|下降|降幅|降低|提高|提升|比重|占比")


# What follows 以上/以下 when they qualify a noun (3岁以下婴幼儿) rather than close a goal
# (年均20%以上增长, 10%以上实现千亿规模).
_QUALIFIED_NOUN = re.compile(r"(?!增|提|降|下降|实|达|规模|的|并|和|或)[\u4e00-\u9fff]")


_VERB_ONLY_HEAD = re.compile(r"^(?:打造|形成|建设|建成|培育|发展|实现|达到)")
# Words between a metric and its number that say which share of it is meant (完成另外38个).
_QUANTIFIER_TAIL = re.compile(r"(?:另外|首批|第一批|其中|共|再)$")


def _ends_a_list(clause: str, start: int) -> bool:
    """The number follows the last item of a list and a noun follows it (甲、乙、丙5条产业链)."""
    seps = re.findall(r"[,，、:：]", clause[:start])
    if not seps or seps[-1] != "、":
        return False
    q = re.match(rf"{_NUM}(?:{_UNIT_RE})?", clause[start:])
    rest = clause[start + (q.end() if q else 0):]
    if re.match(rf"[和及与]{_NUM}", rest):
        return False  # 分别达到500亿元和800亿元: the next number, not a counted noun
    return bool(re.match(r"[\u4e00-\u9fff]", rest[:1]))


def _is_delta(metric: str | None, unit: str | None) -> bool:
    """比2020年提高6个百分点, 提高9.5个百分点: a change of the metric before, not a target."""
    if not metric:
        return unit == "个百分点"
    if unit == "倍" and re.match(r"^(?:是|为|相当于|达到)?.{0,8}的(?:近|约)?$", metric):
        return True  # 是2020年的近2倍: a multiple of a baseline
    return bool(re.match(r"^(?:比|较|同比|相比)", metric)) or (
        unit == "个百分点" and bool(re.fullmatch(
            r"(?:平均|年均|每年|累计|再|分别)*(?:提高|提升|增加|下降|降低|减少)", metric)))


def _is_scale_class(clause: str, m: re.Match) -> bool:
    """两个500亿级产业集群: 500亿 is the class of each cluster, the count is the target."""
    return (m.group("unit") or "").endswith("级") and bool(
        re.search(r"[一二两三四五六七八九十几\d]+个$", clause[:m.start()]))


def _inside_a_name(clause: str, end: int) -> bool:
    """东港80万吨乙烯、西区储能电站等项目: a number between a noun and a noun that a list
    separator closes is part of an item's name (a plant by its capacity)."""
    noun = re.match(r"[\u4e00-\u9fff]{1,8}(?=[、等])", clause[end:])
    return noun is not None


def _names_a_place(metric: str | None) -> bool:
    """东港80万吨乙烯: a place then a number is the name of a plant in a list, not a goal."""
    from loaders.zones import zone_lexicon

    return bool(metric) and zone_lexicon().canonical(metric) is not None


def _noun_after(clause: str, end: int) -> str:
    rest = re.split(r"[,，;；。:：(（]", clause[end:], maxsplit=1)[0]
    cut = _NOUN_END.search(rest)
    noun = rest[:cut.start()] if cut else rest
    noun = noun.strip("、 ")
    return noun if 2 <= len(noun) <= 20 and re.search(r"[\u4e00-\u9fff]", noun) else ""


def _trim_predicate(metric: str, unit: str | None = "%") -> str:
    """优质企业持续涌现 → 优质企业: a short verb phrase after the last measure
    word is what happens to the metric, not its name; a growth phrase stays (产值年均增长)."""
    last = None
    for last in _MEASURE_NOUN.finditer(metric):
        pass
    if last is None or last.end() == len(metric):
        return metric
    tail = metric[last.end():]
    rate = unit in ("%", "个百分点", "倍", None)
    if len(tail) <= 6 and not (rate and _GROWTH.search(tail)) and not re.search(r"\d", tail):
        return metric[:last.end()]
    return metric


def _ends_clause(clause: str, end: int) -> bool:
    return end >= len(clause) or clause[end] in ",，、实" or clause[end:end + 1] == ""


def _in_year(clause: str, m: re.Match) -> bool:
    nxt = clause[m.end("num"):m.end("num") + 1]
    return nxt in ("年", "月", "日") and m.group("unit") in (None, "年")


def _not_quantity(clause: str, m: re.Match) -> bool:
    """5G, 3号线, 第2, 12英寸, 2019版: numbers that name, not count."""
    before = clause[max(0, m.start() - 1):m.start()]
    after = clause[m.end("num"):m.end("num") + 2]
    if before in ("第", "前") and not m.group("pre"):
        return True
    if re.match(r"[A-Za-z号版期英级+]", after) and m.group("unit") not in ("亿级", "万级"):
        return True
    if clause[m.end():m.end() + 1] == "级" and not (m.group("unit") or "").endswith("级"):
        return True  # 30万吨级航道: the class of a thing, not a count
    return bool(re.match(r"[A-Za-z]", before))


_LEAD = re.compile(r"^(?:\d{1,3}[.．、]|(?:到|在|至)?20\d\d年(?:内|底|前)?|“?十[一二三四五六]五”?(?:期间|期末|时期)?|"
                   r"力争|确保|其中|全年|累计|预计|争取|分别|新增)+")
_TAIL = re.compile(r"(?:达到|突破|超过|实现|不低于|不高于|不少于|控制在|提高到|提升至|为|约|共|"
                   r"新增|保持|分别)+$")


def _without_body(text: str) -> str:
    """某部确保新建建筑…: the body that answers for a goal is not part of its metric."""
    from loaders import bureaus

    spans = bureaus.find(text[:16])
    if spans and spans[0].start == 0:
        return text[spans[0].end:]
    return text


def _metric_before(clause: str, pos: int) -> str:
    """The words naming what the number counts: the phrase just before it, cue words off.
    A bare growth rate (…,年均增长8%) takes the name of the quantity before it."""
    pieces = re.split(r"[,，、:：]", clause[:pos])
    # A run-on sentence (…达到9亿吨“十五五”期间累计…): the metric starts after the
    # quantity that the previous goal reached.
    pieces[-1] = re.split(rf"(?:达到|突破|超过|达){_NUM}(?:{_UNIT_RE})?(?:以上|左右)?",
                          pieces[-1])[-1]
    head = _TAIL.sub("", _LEAD.sub("", _without_body(_LEAD.sub("", pieces[-1].strip()))))
    if head in ("和", "及", "与") and re.search(rf"{_NUM}\D{{0,6}}[和及与]$", clause[:pos]):
        head = ""  # 分别达到500亿元和800亿元: the second number counts what the first does
    if not head and len(pieces) > 1 and clause[pos - 1:pos] in ("、", "和", "及", "与"):
        # 分别达到750家、80家: the second number counts what the first does.
        prev = list(re.finditer(_NUM, clause[:pos - 1]))
        if prev:
            return _metric_before(clause, prev[-1].start())
    if re.fullmatch(r"(?:年均)?(?:增长|增速|增幅)?", head) and len(pieces) > 1:
        before = pieces[-2]
        if not head:
            # 甲、乙等企业持续涌现,分别达到…: the whole list before the comma is counted.
            commas = re.split(r"[,，:：]", clause[:pos])
            if len(commas) > 1 and "、" in commas[-2] and not re.search(r"\d", commas[-2]):
                before = commas[-2]
        prev = re.sub(rf"{_NUM}.*$", "", _LEAD.sub("", before.strip()))
        prev = _trim_predicate(_TAIL.sub("", prev))
        growth = "年均增长" if head else ""
        return (prev + growth).strip()[-40:] or growth
    return head.strip()[-40:]
