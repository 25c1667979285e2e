"""Quantitative targets from indicator tables and sentences of the real documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loaders import extract_targets, resolve_tasks
from loaders.lexical import lexical_layer
from loaders.model import Passage, Ref
from loaders.pipeline import read_document, structure
from ontology.batch import GraphBatch, validate

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
BONDED = "2021-07-20_bonded-zone_14th-five-year-plan.txt"
HITECH = "2021-07-31_hi-tech-zone_14th-five-year-plan.txt"
TASKS_2020 = "2020-06-30_binhai_2020-key-tasks-measures.txt"
PLAN_2023 = "2023_tianjin_beijing-tianjin-hebei-action-plan.txt"


@pytest.fixture(scope="module")
def docs():
    return {name: structure(read_document(CORPUS / name))
            for name in (BONDED, HITECH, TASKS_2020, PLAN_2023)}


def _targets(docs, name):
    return extract_targets.extract(docs[name][0]).targets


def _find(targets, value, unit=None, metric=None):
    return [t for t in targets if t.value == value and (unit is None or t.unit == unit)
            and (metric is None or metric in t.metric)]


def test_indicator_table_row(docs) -> None:
    ts = _targets(docs, BONDED)
    (gdp,) = [t for t in _find(ts, 1500, "亿元", "地区生产总值") if t.baseline is not None]
    assert gdp.year == 2025 and gdp.baseline == 968.9
    assert gdp.subject == Ref("Zone", "天津港保税区")  # from the table's caption
    # [38]: a five-year total, written in brackets; 41以上: a floor.
    assert _find(ts, 38, "亿美元", "累计实际利用外资")
    assert _find(ts, 41, "%", "工业战略性新兴产业增加值")
    # The growth column is not the target; a row whose target is words gives none.
    assert not [t for t in ts if "地区生产总值" == t.metric and t.value == 10]
    assert not [t for t in ts if t.metric.startswith("地表水考核断面水质")]


def test_composite_cells_give_one_target_per_part(docs) -> None:
    ts = _targets(docs, HITECH)
    (bio,) = [t for t in ts if t.metric.startswith("生物医药主导产业集群")]
    assert (bio.value, bio.unit, bio.year, bio.baseline) == (200, "亿元", 2025, 33.49)
    assert bio.subject == Ref("Industry", "生物医药")
    gazelle = [t for t in ts if t.metric.startswith("瞪羚高成长")]
    assert [(t.value, t.unit) for t in gazelle] == [(80, "家")]


def test_sentence_targets_take_the_year_of_their_sentence(docs) -> None:
    ts = _targets(docs, BONDED)
    stations = [(t.value, t.unit, t.year) for t in ts if "加氢" in t.metric]
    assert (1, "座", 2025) in stations and (6, "座", 2025) in stations
    (buses,) = _find(ts, 140, "台")
    assert buses.year == 2025 and "示范应用" in buses.metric


def test_a_task_list_aims_at_its_own_year(docs) -> None:
    ts = _targets(docs, TASKS_2020)
    assert {(t.value, t.year) for t in _find(ts, 1150, "家")} == {(1150, 2020)}
    assert _find(ts, 100, "%")
    # Line numbers, dates and editions are not quantities.
    assert not _find(ts, 3, None, "滨铁")
    assert not [t for t in ts if t.unit is None and t.value in (9, 12, 25, 2019)]


def test_rank_and_year_from_the_section(docs) -> None:
    ts = _targets(docs, PLAN_2023)
    (rank,) = _find(ts, 18, "位")
    assert rank.year == 2027
    (boxes,) = _find(ts, 2700, "万标准箱")
    assert boxes.year == 2027 and "集装箱吞吐量" in boxes.metric


def test_appended_articles_set_no_targets(docs) -> None:
    articles = docs[PLAN_2023][1:]
    assert articles and all(d.meta.kind == "article" for d in articles)
    assert all(extract_targets.extract(d).targets == [] for d in articles)


def test_review_of_the_past_is_a_baseline_not_a_target(docs) -> None:
    ts = _targets(docs, BONDED)
    # 发展基础: "2020年工业总产值为1433亿元" is what was reached, not what is aimed at.
    assert not _find(ts, 1433)


@pytest.mark.parametrize("text, expected", [
    ("到2030年,全区新能源汽车产量突破50万辆,年均增长15%。",
     [(50, "万辆", 2030, "全区新能源汽车产量"), (15, "%", 2030, "全区新能源汽车产量年均增长")]),
    ("力争2026年新增国家级专精特新企业30家以上。", [(30, "家", 2026, "国家级专精特新企业")]),
    ("建设5G基站,推进地铁4号线建设。", []),
    ("到2027年,电池产能达到10GWh,芯片年产能达到1.5亿颗。", "units"),
    ("签约项目总投资60亿元,达产产值120亿元。", [(60, "亿元", None, "签约项目"),
                                              (120, "亿元", None, "达产产值")]),
])
def test_unseen_sentences(text: str, expected) -> None:
    p = Passage("doc:x:p1", text, 0, len(text), 1, None)
    got = [(t.value, t.unit, t.year, t.metric) for t in extract_targets.sentence_targets(p, None)]
    if expected == "units":  # measure words of energy and of pieces count as units
        assert [(v, u, y) for v, u, y, _ in got] == [(10, "GWh", 2027), (1.5, "亿颗", 2027)]
        return
    assert got == expected


def test_targets_in_the_graph(docs) -> None:
    doc = docs[BONDED][0]
    ex = extract_targets.extract(doc)
    zone_id = "zone:天津港保税区"
    nodes, edges = resolve_tasks.to_graph(
        ex, lambda ref: (zone_id, "Zone") if ref.surface == "天津港保税区" else None)
    lex_nodes, lex_edges = lexical_layer(doc)
    from ontology.batch import Node
    zone = Node("Zone", zone_id, "天津港保税区")
    validate(GraphBatch(doc.doc_id, lex_nodes + nodes + [zone], lex_edges + edges))
    targets = {n.id: n for n in nodes if n.label == "Target"}
    assert len(targets) == len({resolve_tasks.target_id(doc.doc_id, t) for t in ex.targets})
    gdp = next(n for n in targets.values()
               if n.props["metric"] == "地区生产总值" and n.props["value"] == 1500.0)
    assert gdp.props["year"] == 2025 and isinstance(gdp.props["year"], int)
    assert gdp.props["unit"] == "亿元"
    sets = [e for e in edges if e.rel == "SETS" and e.dst == gdp.id]
    assert sets and sets[0].src == doc.doc_id
    measures = [e for e in edges if e.rel == "MEASURES" and e.src == gdp.id]
    assert measures and measures[0].dst == zone_id and measures[0].props["sources"]
    passages = doc.passage_by_id()
    assert "1500" in passages[sets[0].props["sources"][0]].text


def test_a_row_whose_target_is_words_has_no_target(docs) -> None:
    # 研发支出与地区生产总值之比: 3.25 in 2020, "与全市保持一致" in 2025 — the 3.25 is no target.
    doc = structure(read_document(CORPUS / "2021_binhai_14th-five-year-plan.txt"))[0]
    ts = extract_targets.extract(doc).targets
    assert not [t for t in ts if t.metric.startswith("研发支出与地区生产总值之比")]
    assert [t.value for t in ts if t.metric == "森林覆盖率"] == [6.53]


@pytest.mark.parametrize("text, expected", [
    # The counted noun after the number names a metric the verb alone does not.
    ("力争2026年推荐8家孵化器申报国家级孵化器。", [(8, "家", 2026, "推荐孵化器")]),
    # A change against a baseline is not a second target.
    ("到2030年,数字经济占比达到30%,比2020年提高6个百分点。", [(30, "%", 2030, "数字经济占比")]),
    ("到2030年,服务业占比达到60%以上,提高9.5个百分点。", [(60, "%", 2030, "服务业占比")]),
    # 500亿级 is the class of each cluster; the plan's own actions are not outcomes.
    ("到2030年,打造两个500亿级产业集群。", []),
    ("到2030年,实施12个重点改革专项。", []),
    # A capacity inside a project's name, the size of a thing described, an age class.
    ("到2030年,推进东港80万吨乙烯、西区储能电站等重大项目建设。", []),
    ("依托两区间500平方公里的生态带,建设绿廊。", []),
    ("到2030年,每千人口拥有3岁以下婴幼儿托位数达到5个。",
     [(5, "个", 2030, "每千人口拥有3岁以下婴幼儿托位数")]),
    # What happens to the metric is not its name; a growth phrase is.
    # 分别 pairs the listed items with the numbers in order.
    ("到2030年,科技型、专精特新等优质企业持续涌现,分别达到600家、90家,高新技术企业达到900家。",
     [(600, "家", 2030, "科技型企业"), (90, "家", 2030, "专精特新企业"),
      (900, "家", 2030, "高新技术企业")]),
    ("力争2030年规上工业产值、营业收入分别达到500亿元和800亿元。",
     [(500, "亿元", 2030, "规上工业产值"), (800, "亿元", 2030, "营业收入")]),
    ("力争2030年生产总值增速达到8%以上实现翻番。", [(8, "%", 2030, "生产总值增速")]),
    ("到2030年,港口吞吐量达到9亿吨“十五五”期间累计投资总额达500亿元。",
     [(9, "亿吨", 2030, "港口吞吐量"), (500, "亿元", 2030, "投资总额")]),
])
def test_metric_is_what_the_number_counts(text: str, expected) -> None:
    p = Passage("doc:x:p1", text, 0, len(text), 1, None)
    got = [(t.value, t.unit, t.year, t.metric) for t in extract_targets.sentence_targets(p, None)]
    assert got == expected


def test_every_target_measures_something(docs) -> None:
    """A sentence target measures the industry its metric sizes, else the plan's own zone."""
    doc = docs[HITECH][0]
    ex = extract_targets.extract(doc)
    known = {("Zone", "天津滨海高新技术产业开发区"): "zone:hitech", ("Zone", "天津高新区"): "zone:hitech",
             ("Industry", "新能源"): "ind:新能源", ("Industry", "新能源产业"): "ind:新能源"}
    nodes, edges = resolve_tasks.to_graph(
        ex, lambda ref: (known[(ref.label, ref.surface)], ref.label)
        if (ref.label, ref.surface) in known else None)
    targets = {n.id: n for n in nodes if n.label == "Target"}
    measures = {e.src: e.dst for e in edges if e.rel == "MEASURES"}
    assert targets and set(targets) == set(measures)
    size = [i for i, n in targets.items() if n.props["metric"] == "新能源产业规模"]
    assert size and {measures[i] for i in size} == {"ind:新能源"}
    # A share of the area's output is the area's, even when it names an industry.
    shares = [i for i, n in targets.items() if "占地区生产总值比重" in n.props["metric"]]
    assert shares and {measures[i] for i in shares} == {"zone:hitech"}


@pytest.mark.parametrize("text, expected", [
    ("到2030年,专利拥有量达到900件,是2020年的近2倍。", [(900, "件", 2030, "专利拥有量")]),
    ("到2030年,研发投入强度达到4%,平均每年提高0.2个百分点。", [(4, "%", 2030, "研发投入强度")]),
    ("该平台是全国首批5个国家级示范平台之一,到2030年引进团队20个。", [(20, "个", 2030, "引进团队")]),
    ("到2030年,营业收入迈入800亿元大关,年均增长9%。",
     [(800, "亿元", 2030, "营业收入"), (9, "%", 2030, "营业收入年均增长")]),
])
def test_comparisons_and_ranks_are_not_targets(text: str, expected) -> None:
    p = Passage("doc:x:p1", text, 0, len(text), 1, None)
    got = [(t.value, t.unit, t.year, t.metric) for t in extract_targets.sentence_targets(p, None)]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # What was done already is the ground of the goal; a body answering for it is no metric.
    ("在推进首批6个试点的基础上,到2030年完成另外20个行业综合改革。",
     [(20, "个", 2030, "完成行业综合改革")]),
    ("12.交通运输部确保新建公共建筑100%执行节能标准。", [(100, "%", None, "新建公共建筑")]),
    # The noun after a list, the cluster a revenue class sizes, a numbered institute.
    ("到2030年,围绕甲、乙、丙3条产业链实施链长制。", [(3, "条", 2030, "产业链")]),
    ("到2030年,打造营收300亿级特色型产业集群。", [(300, "亿元", 2030, "特色型产业集群营收")]),
    ("依托某光电、电子21所等,发展精密仪器。", []),
])
def test_what_is_counted_reads_alone(text: str, expected) -> None:
    p = Passage("doc:x:p1", text, 0, len(text), 1, None)
    got = [(t.value, t.unit, t.year, t.metric) for t in extract_targets.sentence_targets(p, None)]
    assert got == expected


def test_parts_of_a_composite_cell_read_alone(docs) -> None:
    ts = _targets(docs, HITECH)
    metrics = {t.metric for t in ts}
    # No unit or bracketed note inside a metric, and a part that is a count stands alone.
    assert not [m for m in metrics if "学位数(" in m or "(个)" in m]
    assert not [m for m in metrics if re.search(r"[、].*总数$", m)]


def test_a_clause_looking_back_sets_no_target() -> None:
    text = "建区二十年来,通过大招商、大建设,发展成为GDP 500亿元的外向型经济区域。"
    p = Passage("doc:x:p1", text, 0, len(text), 1, None)
    assert extract_targets.sentence_targets(p, 2030) == []


def test_a_metric_opening_with_a_port_measures_the_port(docs) -> None:
    doc = docs[PLAN_2023][0]
    ex = extract_targets.extract(doc)
    known = {"天津港": "zone:port", "天津市": "zone:city"}
    nodes, edges = resolve_tasks.to_graph(
        ex, lambda ref: (known[ref.surface], "Zone")
        if ref.label == "Zone" and ref.surface in known else None)
    measures = {e.src: e.dst for e in edges if e.rel == "MEASURES"}
    by_value = {n.props["value"]: n.id for n in nodes if n.label == "Target"}
    assert measures[by_value[2700.0]] == "zone:port"
    # The plan's own area (its publisher's city) for a metric of the whole area.
    assert measures[by_value[510.0]] == "zone:city"


def test_an_industry_output_in_the_area_table_measures_the_industry(docs) -> None:
    doc = docs[BONDED][0]
    ex = extract_targets.extract(doc)
    known = {("Zone", "天津港保税区"): "zone:bz", ("Zone", "保税区"): "zone:bz",
             ("Industry", "快速消费品"): "ind:fmcg", ("Industry", "高端装备制造"): "ind:hem"}
    nodes, edges = resolve_tasks.to_graph(
        ex, lambda ref: (known[(ref.label, ref.surface)], ref.label)
        if (ref.label, ref.surface) in known else None)
    measures = {e.src: e.dst for e in edges if e.rel == "MEASURES"}
    table = [n for n in nodes if n.label == "Target" and n.props["metric"] == "快速消费品产值"]
    assert table and {measures[n.id] for n in table} == {"ind:fmcg"}
    # A place before the industry (某区X制造实现产值) does not hide the industry.
    placed = [n for n in nodes if n.label == "Target" and n.props["value"] == 600.0
              and "高端装备制造" in n.props["metric"]]
    assert placed and {measures[n.id] for n in placed} == {"ind:hem"}
    gdp = [n for n in nodes if n.label == "Target" and n.props["metric"] == "地区生产总值"]
    assert gdp and {measures[n.id] for n in gdp} == {"zone:bz"}


def test_a_count_in_an_industry_section_measures_that_industry(docs) -> None:
    doc = docs[BONDED][0]
    ex = extract_targets.extract(doc)
    sections = doc.section_by_id()
    passages = doc.passage_by_id()
    # Whatever industry headings the document has: each one, when known, is the subject.
    titles = {resolve_tasks._NUMBERING.sub("", s.title).strip() for s in sections.values()}
    known = {("Zone", "天津港保税区"): "zone:bz", ("Zone", "保税区"): "zone:bz"}
    known.update({("Industry", t): f"ind:{t}" for t in titles if t.startswith("氢能")})
    nodes, edges = resolve_tasks.to_graph(
        ex, lambda ref: (known[(ref.label, ref.surface)], ref.label)
        if (ref.label, ref.surface) in known else None)
    measures = {e.src: e.dst for e in edges if e.rel == "MEASURES"}
    stations = [n for n in nodes if n.label == "Target" and n.props["metric"] == "加氢站"]
    assert stations and all(measures[n.id].startswith("ind:氢能") for n in stations)
    sec = sections[passages[stations[0].props["sources"][0]].section]
    assert "氢能" in sec.title or "氢能" in sections[sec.parent].title


def test_a_growth_rate_written_around_its_number() -> None:
    text = "到2030年,甲和乙保持年均15%以上增长。"
    p = Passage("doc:x:p1", text, 0, len(text), 1, None)
    got = [(t.value, t.unit, t.metric) for t in extract_targets.sentence_targets(p, None)]
    assert got == [(15, "%", "甲和乙年均增长")]


def test_figures_run_together_are_clauses_of_the_year_reported(tmp_path: Path) -> None:
    # Web text that lost its punctuation: each figure ends a clause (the sentence stays one
    # passage, the evidence of them all), and a report's 前三季度 figures are of the year it
    # names, though the plan it reports on aims at 2025.
    text = ("星河区推进制造业发展\n\n一、总体情况\n\n"
            "到2025年,全区制造业增加值达到500亿元。\n\n"
            "2022年前三季度,甲产业链完成招商56.7亿元,增长3倍 乙产业完成招商48.2亿元,增长2.4%"
            " 丙产业完成招商达到100 亿元。\n")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    doc = structure(read_document(path))[0]
    assert len([p for p in doc.passages if "完成招商" in p.text]) == 1
    ts = extract_targets.extract(doc).targets
    got = {(t.metric, t.value, t.year) for t in ts if "招商" in t.metric}
    assert ("乙产业完成招商", 48.2, 2022) in got  # not 增长3倍 乙产业完成招商
    assert any(v == 56.7 and y == 2022 for _, v, y in got)
    assert [t.year for t in ts if t.value == 500] == [2025]


def test_a_plan_s_figures_measure_the_zone_its_title_names_in_any_city(tmp_path: Path) -> None:
    """A zone the lexicon does not know, named in the title by the naming patterns of any place."""
    from loaders.pipeline import load_corpus

    (tmp_path / "plan.txt").write_text(
        "# title: 芜湖市鸠江经济技术开发区三年提升工作方案(2025-2027年)\n\n"
        "一、主要目标\n\n"
        "到2025年,营业收入增速达到7%、固定资产投资增速达到10%,市级以上创新平台达到120家。\n",
        encoding="utf-8")
    batches = load_corpus(tmp_path, workers=1).batches
    measures = {e.src: e.dst for b in batches for e in b.edges if e.rel == "MEASURES"}
    targets = [n for b in batches for n in b.nodes if n.label == "Target"]
    assert len(targets) >= 3
    zones = {measures.get(t.id) for t in targets}
    assert len(zones) == 1 and next(iter(zones), "").startswith("zone:") and "鸠江" in next(iter(zones))
