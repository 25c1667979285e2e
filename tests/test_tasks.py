"""Tasks of the corpus's task documents, the glued task-division annex split into columns,
and the Task/Bureau graph they become (written to the real embedded store)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import extract_tasks, resolve_tasks, task_table
from loaders.lexical import lexical_layer
from loaders.model import DocMeta, Passage, StructuredDocument
from loaders.pipeline import read_document, structure
from ontology.batch import GraphBatch, validate

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
TASKS_2020 = "2020-06-30_binhai_2020-key-tasks-measures.txt"
PLAN_2023 = "2023_tianjin_beijing-tianjin-hebei-action-plan.txt"
PLAN_14TH = "2021_binhai_14th-five-year-plan.txt"


def _main(name: str) -> StructuredDocument:
    return structure(read_document(CORPUS / name))[0]


@pytest.fixture(scope="module")
def doc2020() -> StructuredDocument:
    return _main(TASKS_2020)


@pytest.fixture(scope="module")
def tasks2020(doc2020):
    return {t.number: (t, row) for t, row in task_table.tasks(doc2020)}


def _line(doc: StructuredDocument, passage_id: str) -> str:
    p = doc.passage_by_id()[passage_id]
    return doc.text.split("\n")[p.line - doc.line_offset]


def test_every_numbered_measure_is_a_task(doc2020, tasks2020) -> None:
    body = [str(n) for n in range(1, 34)]
    assert [n for n in tasks2020 if not n.startswith("附件")] == body
    for n in body:
        task, _ = tasks2020[n]
        # The task is the measure the body states under that number, on its own line.
        assert _line(doc2020, task.passage).startswith(f"{n}.")


def test_annex_rows_are_joined_to_their_measures_by_wording(doc2020, tasks2020) -> None:
    # The annex has a row (19) the body does not number; after it, row n+1 is measure n.
    task, row = tasks2020["19"]
    assert row is not None and row.row == 20
    assert row.measure.startswith("制定滨海新区部门联合")
    task, row = tasks2020["33"]
    assert row.row == 34 and row.national_number is None  # a row with no national task
    annex_only, row = tasks2020["附件19"]
    assert row.row == 19 and row.lead_bureaus == []
    assert row.national_ministries == ["民政部", "有关省级人民政府"]


def test_glued_columns_are_split(tasks2020) -> None:
    task, row = tasks2020["17"]
    assert row.national_ministries == ["银保监会", "各国家级新区"]
    assert row.measure.startswith("充分发挥市、区各专项资金作用")
    assert row.measure.endswith("提供中长期贷款和信用贷款支持。")
    assert task.lead_bureaus == ["滨海银保监分局", "区金融局", "区财政局", "区发改委"]
    assert [(s.bureau, s.item) for s in task.city_support] == [
        ("市财政局", "研究制定保障措施,落实滨海新区高质量发展专项资金")]


def test_lead_cell_with_clauses_and_numbered_support_items(tasks2020) -> None:
    task, _ = tasks2020["2"]
    assert task.lead_bureaus[:3] == ["区防控工作指挥部", "区交运局", "区工信局"]
    assert task.lead_bureaus[-3:] == ["各街镇", "区商促局", "区发改委"]
    support = [(s.item[:6], s.bureau) for s in task.city_support]
    assert ("配合滨海新区", "天津海关") in support
    assert ("帮助重点企业", "人民银行天津分行") in support
    assert ("帮助重点企业", "中信保天津分公司") in support


def test_lead_bureau_glued_to_its_support_item(tasks2020) -> None:
    task, _ = tasks2020["10"]
    assert task.lead_bureaus == ["区市场局"]
    assert task.city_support[0].bureau == "市知识产权局"
    assert task.city_support[0].item.startswith("积极争取国家支持")
    task, _ = tasks2020["31"]  # the row ends in a bare zone: its committee leads
    assert task.lead_bureaus[-1] == "中新生态城"


def test_action_plan_numbers_tasks_under_their_headings() -> None:
    doc = _main(PLAN_2023)
    numbers = [t.number for t in task_table.task_rows(doc)]
    assert numbers[:3] == ["(一)1", "(一)2", "(一)3"]
    assert "(七)25" in numbers
    # Paragraphs numbered (一)(二)(三) under a chapter keep their own numbers.
    assert numbers[-3:] == ["(一)", "(二)", "(三)"]
    # 工作目标 is not a task section: its ——paragraphs are goals.
    assert len(numbers) == 28
    by_number = {t.number: t for t in task_table.task_rows(doc)}
    # A measure broken over two lines by the site is one task.
    assert "“一核、多点、全域”布局" in by_number["(一)2"].text


def test_a_plan_is_not_a_task_list() -> None:
    assert task_table.task_rows(_main(PLAN_14TH)) == []


def _graph(doc: StructuredDocument):
    ex = extract_tasks.extract(doc)
    return resolve_tasks.to_graph(ex, lambda ref: None)


def test_graph_fits_the_schema_and_cites_the_annex_row(doc2020) -> None:
    nodes, edges = _graph(doc2020)
    lex_nodes, lex_edges = lexical_layer(doc2020)
    validate(GraphBatch(doc2020.doc_id, lex_nodes + nodes, lex_edges + edges))
    by_id = {n.id: n for n in nodes}
    passages = doc2020.passage_by_id()
    task = by_id[resolve_tasks.task_id(doc2020.doc_id, "20")]
    assert task.props["number"] == "20" and task.props["doc"] == TASKS_2020
    led = {e.dst for e in edges if e.rel == "LED_BY" and e.src == task.id}
    # The annex writes 区网信办 and 区市场监管局; the graph has one node per body.
    assert {"bur:区委网信办", "bur:区市场局", "bur:天津港保税区管委会"} <= led
    assert "区网信办" in by_id["bur:区委网信办"].aliases
    for e in edges:
        if e.rel in ("LED_BY", "SUPPORTED_BY"):
            text = "".join(passages[p].text for p in e.props["sources"])
            surfaces = [by_id[e.dst].name, *by_id[e.dst].aliases]
            assert any(s in text for s in surfaces), (e, surfaces)
    support = [e for e in edges if e.rel == "SUPPORTED_BY" and e.src == task.id]
    assert {"bur:市市场局", "bur:市委网信办", "bur:市城管委", "bur:商务部"} <= {e.dst for e in support}
    assert by_id["bur:商务部"].props["level"] == "national"
    assert by_id["bur:区发改委"].props["level"] == "district"


def test_ids_are_stable_across_runs(doc2020) -> None:
    first = _graph(doc2020)
    second = _graph(_main(TASKS_2020))
    assert sorted(n.id for n in first[0]) == sorted(n.id for n in second[0])
    assert sorted((e.src, e.rel, e.dst) for e in first[1]) == \
        sorted((e.src, e.rel, e.dst) for e in second[1])


def _synthetic() -> StructuredDocument:
    """A task list the corpus does not hold: other bureaus, other wording."""
    lines = [
        "某区2024年优化营商环境重点任务分工方案",
        "一、提升政务服务效能",
        "1.推行企业开办一日办结。压缩企业开办时间。",
        "2.建设统一的政务数据共享平台。",
        "序号重点任务具体措施责任单位市级协助事项",
        "1一、提升政务服务效能1.深化商事制度改革。国家市场监管总局推行企业开办一日办结,压缩企业开办时间。"
        "区行政审批局、区市场监管局1.支持企业开办系统升级。(市政务服务办)",
        "22.推进数据共享。国家发展改革委建设统一的政务数据共享平台。区大数据管理中心;区财政局",
    ]
    text = "\n".join(lines)
    passages, off = [], 0
    for i, line in enumerate(lines):
        passages.append(Passage(f"doc:x:p{i}", line, off, off + len(line), i + 1, None))
        off += len(line) + 1
    return StructuredDocument("doc:x", "x.txt", DocMeta(title=lines[0]), text,
                              passages=passages, line_offset=1)


def test_an_unseen_task_document() -> None:
    rows = {t.number: (t, r) for t, r in task_table.tasks(_synthetic())}
    assert set(rows) == {"1", "2"}
    t1, r1 = rows["1"]
    assert r1.national_ministries == ["国家市场监管总局"]
    assert t1.lead_bureaus == ["区行政审批局", "区市场监管局"]
    assert [(s.item, s.bureau) for s in t1.city_support] == [("支持企业开办系统升级", "市政务服务办")]
    t2, r2 = rows["2"]
    assert r2.national_ministries == ["国家发展改革委"]
    assert t2.lead_bureaus == ["区大数据管理中心", "区财政局"]


def test_tasks_and_bureaus_land_in_the_store(embedded_store, doc2020) -> None:
    nodes, edges = _graph(doc2020)
    lex_nodes, lex_edges = lexical_layer(doc2020)
    embedded_store.apply_schema()
    embedded_store.write(GraphBatch(doc2020.doc_id, lex_nodes + nodes, lex_edges + edges))
    stored_nodes, stored_edges = embedded_store.dump()
    tasks = {n.id: n for n in stored_nodes if n.label == "Task"}
    assert len(tasks) == 34
    assert tasks[resolve_tasks.task_id(doc2020.doc_id, "6")].props["number"] == "6"
    led = {(e.src, e.dst) for e in stored_edges if e.rel == "LED_BY"}
    assert (resolve_tasks.task_id(doc2020.doc_id, "6"), "bur:天津滨海高新技术产业开发区管委会") in led
    bureau = next(n for n in stored_nodes if n.id == "bur:区发改委")
    assert bureau.props["level"] == "district" and bureau.props["sources"]


def test_measures_that_name_their_own_bureaus() -> None:
    lines = ["某区2025年营商环境重点任务",
             "一、优化政务服务",
             "1.推进企业开办全程网上办理。(牵头单位:区市场监管局;配合单位:区政务服务办、区税务局)",
             "2.建设统一数据平台。(区大数据管理中心牵头,区财政局、区工信局配合)",
             "3.加强统计监测(包括季度调度)。"]
    text = "\n".join(lines)
    passages, off = [], 0
    for i, line in enumerate(lines):
        passages.append(Passage(f"doc:y:p{i}", line, off, off + len(line), i + 1, None))
        off += len(line) + 1
    doc = StructuredDocument("doc:y", "y.txt", DocMeta(title=lines[0]), text,
                             passages=passages, line_offset=1)
    rows = {t.number: t for t in task_table.task_rows(doc)}
    assert rows["1"].lead_bureaus == ["区市场监管局"]
    assert [s.bureau for s in rows["1"].city_support] == ["区政务服务办", "区税务局"]
    assert rows["2"].lead_bureaus == ["区大数据管理中心"]
    assert rows["3"].lead_bureaus == [] and rows["3"].city_support == []
    nodes, edges = resolve_tasks.to_graph(extract_tasks.extract(doc), lambda ref: None)
    led = {(e.src, e.dst) for e in edges if e.rel == "LED_BY"}
    assert ("task:y:1", "bur:区市场局") in led


def test_numbers_restarting_under_each_chapter_stay_distinct() -> None:
    lines = ["某区2025年重点工作任务", "一、稳增长", "1.扩大有效投资。", "2.促进消费。",
             "二、促改革", "1.深化国资改革。", "2.优化营商环境。"]
    text = "\n".join(lines)
    passages, off = [], 0
    for i, line in enumerate(lines):
        passages.append(Passage(f"doc:w:p{i}", line, off, off + len(line), i + 1, None))
        off += len(line) + 1
    doc = StructuredDocument("doc:w", "w.txt", DocMeta(title=lines[0]), text,
                             passages=passages, line_offset=1)
    assert [t.number for t in task_table.task_rows(doc)] == ["一、1", "一、2", "二、1", "二、2"]


def test_a_place_inside_a_bureau_name_is_not_a_concern() -> None:
    from loaders.model import Mention

    doc = _main(PLAN_2023)
    ex = extract_tasks.extract(doc)
    for p in doc.passages:  # every 北京市 the text writes, as an entity extractor reports it
        if "北京市" in p.text:
            ex.mentions.append(Mention("Zone", "北京市", p.id))
    nodes, edges = resolve_tasks.to_graph(
        ex, lambda ref: ("zone:北京市", "Zone") if ref.surface == "北京市" else None)
    concerned = {e.src for e in edges if e.rel == "CONCERNS" and e.dst == "zone:北京市"}
    # (五)19 names 北京市气象台 only; (一)2 names 北京市地方资源, the city itself.
    assert resolve_tasks.task_id(doc.doc_id, "(五)19") not in concerned
    assert resolve_tasks.task_id(doc.doc_id, "(一)2") in concerned
