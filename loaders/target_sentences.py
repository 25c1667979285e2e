"""Targets stated in prose: every quantity of a forward-looking sentence, with the metric
written before it.

A number counts when it has a unit (亿元, 家, %, 台, 万标准箱 …) and its clause looks ahead
(到2025年, 力争, 新增); numbers that name rather than count (5G, 3号线, 2019版), changes of
a metric (提高6个百分点), the size of a thing described and clauses looking back over what
was reached are left out. 分别 gives each listed item its own number.
"""

from __future__ import annotations

import re
from collections import Counter

from loaders.model import Passage, TargetFact
from loaders.target_metrics import (
    LEAD,
    MEASURE_NOUN,
    NUM,
    UNIT_RE,
    metric_before,
    trim_predicate,
    without_body,
)

_QTY = re.compile(
    rf"(?P<pre>前|不低于|不高于|不少于|不超过|控制在|超过|达到|突破)?"
    rf"(?P<num>{NUM})(?:[—\-~～至到](?P<num2>{NUM}))?(?:多|余)?"
    rf"(?P<unit>{UNIT_RE}|亿级|万级)?(?P<post>以上|以下|以内|左右|位|名)?")
_FUTURE = re.compile(r"到20\d\d年|力争|达到|突破|超过|提高到|提升至|提升到|增长|新增|累计|不低于|"
                     r"安排|计划|预计|稳定在|预期|今年|全年|明年|"
                     r"不高于|不少于|控制在|以上|建成|建设|培育|引进|推广|打造|形成|实现|保持|完成|"
                     r"确保|进入|示范应用|年均|布局|扩建|新建|达产")
# 建区三十年来, 2015年以来: a clause looking back over what was reached.
_SINCE = re.compile(r"(?:[一二三四五六七八九十百\d]+年|多年|近年|以)来")
_YEAR = re.compile(r"(?:到|至|在)?(20\d\d)年(?![0-9]*月)")


def sentence_targets(p: Passage, default_year: int | None) -> list[TargetFact]:
    """Every quantity of a forward-looking sentence, with the metric written before it."""
    out: list[TargetFact] = []
    text = p.text
    for clause in _clauses(text):
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
            metric = metric_before(clause, m.start())
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
            out.append(TargetFact(None, trim_predicate(metric, unit), value, unit, year, p.id,
                                  clause.strip()[:120]))
        _pair_respectively(clause, out[before:])
    return out


# Web text that lost its punctuation runs figures together with a space between them
# (某产业链完成招商56亿元,增长3倍 某产业完成招商48亿元): after a number or a percentage, a
# space before a word that is no unit ends the clause.
_LOST_STOP = re.compile(r"(?<=[0-9%％倍])[ \u3000]+(?=[\u4e00-\u9fff])"
                        r"(?![亿万千百十元个家人项年月日号倍吨亩米平公台辆套件])")


def _clauses(text: str) -> list[str]:
    return [piece for clause in re.findall(r"[^。；;!！?？]+", text)
            for piece in _LOST_STOP.split(clause) if piece]


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
        metric = LEAD.sub("", without_body(LEAD.sub("", before.strip())))
    listed, _, kind = metric.partition("等")
    items = [i for i in re.split(r"、|和|及", listed) if i]
    if len(items) != len(found) or any(len(i) > 12 for i in items):
        return
    noun = ""
    for noun_m in MEASURE_NOUN.finditer(kind):
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
    q = re.match(rf"{NUM}(?:{UNIT_RE})?", clause[start:])
    rest = clause[start + (q.end() if q else 0):]
    if re.match(rf"[和及与]{NUM}", rest):
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
    # A letter after the number names a thing (5G), unless it is the unit (10GWh, 50MW).
    if re.match(r"[A-Za-z号版期英级+]", after) and m.group("unit") not in ("亿级", "万级") and \
            not re.search(r"[GM]Wh?$", m.group("unit") or ""):
        return True
    if clause[m.end():m.end() + 1] == "级" and not (m.group("unit") or "").endswith("级"):
        return True  # 30万吨级航道: the class of a thing, not a count
    return bool(re.match(r"[A-Za-z]", before))
