"""Structure on the real corpus: headings of every style, the recovered tree of the 滨海
14th plan, appended articles kept apart, and offsets and lines that lead back to the file."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from loaders.model import RawDocument, StructuredDocument
from loaders.normalise import normalise
from loaders.pipeline import read_document, structure

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
FILES = {
    "key_tasks": "2020-06-30_binhai_2020-key-tasks-measures.txt",
    "bonded": "2021-07-20_bonded-zone_14th-five-year-plan.txt",
    "hitech": "2021-07-31_hi-tech-zone_14th-five-year-plan.txt",
    "binhai": "2021_binhai_14th-five-year-plan.txt",
    "jjj": "2023_tianjin_beijing-tianjin-hebei-action-plan.txt",
}


@lru_cache(maxsize=None)
def load(key: str) -> tuple[RawDocument, list[StructuredDocument]]:
    raw = read_document(CORPUS / FILES[key])
    return raw, structure(raw)


def main(key: str) -> StructuredDocument:
    return load(key)[1][0]


def raw_lines(key: str) -> list[str]:
    return load(key)[0].raw_text.split("\n")


def top(doc: StructuredDocument) -> list:
    return [s for s in doc.sections if s.level == 1]


def test_bonded_zone_chapters_and_sections_without_the_table_of_contents() -> None:
    doc = main("bonded")
    chapters = [s for s in doc.sections if s.title and s.level == 1 and s.number]
    assert [s.number for s in chapters] == list("一二三四五六七八")
    sections = [s for s in doc.sections if s.level == 2 and s.number and not
                s.number.isdigit()]
    assert len(sections) == 3 + 3 + 6 + 6 + 4 + 3 + 8 + 4
    # The 目录 (lines 21-113) repeats every heading; none of it becomes a section.
    assert all(s.line >= 119 for s in doc.sections if s.order > 0)
    first = next(s for s in doc.sections if s.number == "一" and s.level == 1)
    assert first.line == 126 and first.title.startswith("开启全面建设宜业宜居")
    # 1、 items nest under their 节.
    item = next(s for s in doc.sections if s.title == "新型国际贸易")
    assert item.number == "1" and item.level == 3
    parent = doc.section_by_id()[item.parent]
    assert parent.number == "一" and parent.level == 2


def test_hitech_numbering_styles_and_lost_brackets() -> None:
    doc = main("hitech")
    level1 = [s for s in top(doc) if s.number]
    assert [s.number for s in level1] == list("一二三四五六七八九") + ["十"]
    assert any(s.title == "前言" and s.level == 1 for s in doc.sections)
    parens = [s for s in doc.sections if s.level == 2]
    assert len(parens) >= 35
    # `)着力发展新经济服务1大高成长创新产业` lost its `(二`: still a level-2 heading.
    lost = next(s for s in doc.sections if s.title.startswith("着力发展新经济服务"))
    assert lost.level == 2 and lost.line == 488


def test_binhai_plan_chapter_tree_is_recovered() -> None:
    doc = main("binhai")
    chapters = top(doc)
    assert [s.number for s in chapters] == ["一", "二", "三", "四", "五", "六", "七", "八", "九",
                                           "十", "十一", "十二", "十三", "十四", "十五", "十六"]
    by_line = {s.line: s for s in chapters}
    # Chapters whose 第X章 survived keep their place.
    for line, number in ((25, "二"), (311, "五"), (392, "八"), (483, "十二"), (570, "十六")):
        assert by_line[line].number == number
    # Lost chapter headings with their text, found from the stray-space cue.
    assert by_line[5].title == "开启全面建设社会主义现代化建设先行区新征程"
    assert by_line[243].title.startswith("打造京津冀协同发展")
    assert by_line[557].title == "推进治理体系和治理能力现代化"
    # The wrapped chapter title is joined.
    assert by_line[311].title == "全面提升城市功能品质 打造宜居宜业美丽滨海新城"
    # Every chapter has 节 under it, numbered from 一 in order.
    ids = doc.section_by_id()
    for ch in chapters:
        kids = [s for s in doc.sections if s.parent == ch.id and s.number
                and not s.number.startswith("专栏")]
        assert kids, ch.title
        assert kids[0].number == "一"
    third = next(s for s in doc.sections if s.line == 23)
    assert third.number == "三" and ids[third.parent].line == 5


def test_key_tasks_numbered_measures_and_annex() -> None:
    doc = main("key_tasks")
    groups = [s for s in top(doc) if s.number]
    assert [s.number for s in groups] == list("一二三四五六")
    items = [s for s in doc.sections if s.level == 2 and s.number and s.number.isdigit()]
    assert [int(s.number) for s in items] == list(range(1, 34))
    annex = next(s for s in doc.sections if s.title.startswith("附件"))
    assert annex.level == 1 and annex.line == 113
    # The annex's glued rows (`22.完善…`) are not taken for headings.
    assert all(s.line < annex.line for s in items)
    assert doc.meta.doc_number == "津滨政发〔2020〕20号"


def test_action_plan_is_split_from_the_newspaper_articles() -> None:
    docs = load("jjj")[1]
    assert [d.doc_id.rsplit(":", 1)[-1] for d in docs[1:]] == ["a1", "a2"]
    plan, *articles = docs
    assert plan.meta.kind == "policy"
    assert plan.meta.title == "推动京津冀协同发展走深走实行动方案"
    assert plan.meta.publisher == "中共天津市委、天津市人民政府"
    assert all(a.meta.kind == "article" for a in articles)
    assert articles[0].meta.title == "京津冀商贸物流业发展指数首次发布"
    assert articles[1].meta.title == "创新引领 为星海征途护航"  # after the kicker line
    # Nothing after the plan's last measure is in the plan.
    assert max(p.line for p in plan.passages) <= 103
    for word in ("本报记者", "袁诚", "力箭", "景气指数"):
        assert word not in plan.text
        assert not any(word in p.text for p in plan.passages)
    assert min(p.line for p in articles[0].passages) == 105
    assert any("力箭" in p.text for p in articles[1].passages)
    tasks = [s for s in plan.sections if s.number and s.number.isdigit()]
    assert [int(s.number) for s in tasks] == list(range(1, 26))
    dashes = [s for s in plan.sections if s.line in (15, 17, 19, 21)]
    assert len(dashes) == 4 and all(s.level == 2 for s in dashes)


def test_run_in_heading_and_wrapped_paragraph() -> None:
    plan = main("jjj")
    task = next(s for s in plan.sections if s.number == "1" and s.level == 3)
    assert task.title == "明确方向,准确把握承接目标"
    heading = next(p for p in plan.passages if p.section == task.id and p.kind == "heading")
    assert heading.text == "1.明确方向,准确把握承接目标。"
    body = [p for p in plan.passages if p.section == task.id and p.kind == "sentence"]
    assert body[0].text.startswith("重点承接总部企业")
    # Line 43 stops mid-word at a page break; its sentence continues on line 45.
    lines = raw_lines("jjj")
    tail, head = lines[42].strip()[-4:], lines[44].strip()[:4]
    joined = [p for p in plan.passages if tail + head in p.text]
    assert joined and joined[0].line == 43


@pytest.mark.parametrize("key", list(FILES))
def test_offsets_and_lines_lead_back_to_the_file(key: str) -> None:
    raw, docs = load(key)
    file_lines = raw.raw_text.split("\n")
    for doc in docs:
        assert len(doc.offsets) == len(doc.text)
        for p in doc.passages:
            assert 0 <= p.start < p.end <= len(doc.text)
            src_start, src_end = doc.offsets[p.start], doc.offsets[p.end - 1] + 1
            # The line is the file line of the passage's first character.
            assert raw.raw_text.count("\n", 0, src_start) + 1 == p.line
            original = raw.raw_text[src_start:src_end]
            again, _ = normalise(original)
            squeeze = re.sub(r"\s+", "", again)
            if " | " in p.text:  # a table row or header: cells joined, group label first
                cells = p.text.split(" | ")
                assert re.sub(r"\s+", "", cells[-1]) in squeeze
                assert squeeze.endswith(re.sub(r"\s+", "", cells[-1]))
            else:
                assert re.sub(r"\s+", "", p.text) == squeeze
            assert file_lines[p.line - 1].strip()


@pytest.mark.parametrize("key", list(FILES))
def test_tree_is_consistent(key: str) -> None:
    for doc in load(key)[1]:
        ids = doc.section_by_id()
        assert len(ids) == len(doc.sections)
        for s in doc.sections:
            assert s.id == f"{doc.doc_id}:s{s.order}"
            if s.parent:
                assert ids[s.parent].level == s.level - 1
                assert ids[s.parent].order < s.order
            else:
                assert s.level <= 1
        pids = [p.id for p in doc.passages]
        assert pids == [f"{doc.doc_id}:p{n}" for n in range(1, len(pids) + 1)]
        assert all(p.section in ids for p in doc.passages)
        # Passages in document order.
        starts = [p.start for p in doc.passages]
        assert starts == sorted(starts)


def test_ids_are_stable_across_runs() -> None:
    raw = read_document(CORPUS / FILES["bonded"])
    again = structure(raw)[0]
    first = main("bonded")
    assert [(p.id, p.text, p.start) for p in again.passages] == \
        [(p.id, p.text, p.start) for p in first.passages]
    assert [(s.id, s.title) for s in again.sections] == [(s.id, s.title) for s in first.sections]


def test_regulation_articles(tmp_path: Path) -> None:
    path = tmp_path / "rules.txt"
    path.write_text("某某市产业园区管理办法\n第一章 总则\n第一条 为规范园区管理,制定本办法。\n"
                    "第二条 本办法适用于本市各类产业园区。\n第二章 管理\n第三条 园区管理机构负责日常管理。\n"
                    "(一)编制园区规划;\n(二)组织招商引资。\n", encoding="utf-8")
    doc = structure(read_document(path))[0]
    got = [(s.level, s.number) for s in doc.sections if s.order > 0]
    assert got == [(1, "一"), (2, "一"), (2, "二"), (1, "二"), (2, "三"), (3, "一"), (3, "二")]


def test_headings_in_an_unseen_document(tmp_path: Path) -> None:
    """Invented text in the same conventions: rules, not memories of the corpus."""
    text = "\n".join([
        "某某县人民政府关于印发某某县绿色产业发展三年行动计划的通知",
        "各乡镇人民政府,县政府各部门:",
        "现将《某某县绿色产业发展三年行动计划》印发给你们,请认真贯彻执行。",
        "第一章 总体要求",
        "第一节 指导思想",
        "坚持绿色发展。推动产业由规模扩张向质量效益提升,由要素驱动向创新驱动推动产业升级",
        "转型,建设美丽县城。",
        "第二节 发展目标",
        "——产业规模持续扩大。到2025年,产值达到100亿元。",
        "第二章 重点任务",
        "一、培育主导产业",
        "(一)发展新材料产业。依托园区建设新材料基地。",
        "(二)发展节能环保产业",
        "1.建设环保装备产业园。",
        "2.引进龙头企业。",
        "①引进整机企业。②引进配套企业。",
        "②培育本地企业。",
        "专栏1 重点项目",
        "二、优化空间布局",
        "附件",
        "重点项目清单",
    ])
    path = tmp_path / "county-plan.txt"
    path.write_text(text, encoding="utf-8")
    doc = structure(read_document(path))[0]
    got = [(s.level, s.number, s.title) for s in doc.sections if s.order > 0]
    assert got == [
        (1, "一", "总体要求"), (2, "一", "指导思想"), (2, "二", "发展目标"),
        (3, None, "产业规模持续扩大"), (1, "二", "重点任务"), (2, "一", "培育主导产业"),
        (3, "一", "发展新材料产业"), (3, "二", "发展节能环保产业"),
        (4, "1", "建设环保装备产业园"), (4, "2", "引进龙头企业"), (5, "1", "引进整机企业"),
        (5, "2", "培育本地企业"), (4, "专栏1", "重点项目"),
        (2, "二", "优化空间布局"), (1, None, "附件 重点项目清单"),
    ]
    assert doc.meta.publisher == "某某县人民政府"
    assert doc.cites == ["某某县绿色产业发展三年行动计划"]
    wrapped = [p for p in doc.passages if p.text.startswith("推动产业由规模扩张")]
    assert wrapped and wrapped[0].text.endswith("推动产业升级转型,建设美丽县城。")
    assert wrapped[0].line == 6


def test_box_holds_its_lines_and_ends_at_the_wider_gap() -> None:
    doc = main("binhai")
    box = next(s for s in doc.sections if s.number == "专栏2")
    inside = {p.line for p in doc.passages if p.section == box.id}
    assert inside == {253, 255, 256, 257, 258, 259}
    after = next(p for p in doc.passages if p.line == 262)
    assert doc.section_by_id()[after.section].id == box.parent


@pytest.mark.parametrize("key", list(FILES))
def test_lexical_layer_fits_the_schema(key: str) -> None:
    from loaders.lexical import lexical_layer
    from ontology.batch import GraphBatch, validate

    for doc in load(key)[1]:
        nodes, edges = lexical_layer(doc)
        validate(GraphBatch(doc.doc_id, nodes, edges))
        by_label: dict[str, int] = {}
        for n in nodes:
            by_label[n.label] = by_label.get(n.label, 0) + 1
        assert by_label["Section"] == len(doc.sections)
        assert by_label["Passage"] == len(doc.passages)
        has_passage = [e for e in edges if e.rel == "HAS_PASSAGE"]
        assert len(has_passage) == len(doc.passages)
        roots = [e for e in edges if e.rel == "HAS_SECTION" and e.src == doc.doc_id]
        assert len(roots) == len([s for s in doc.sections if not s.parent])
        cites = [e for e in edges if e.rel == "CITES"]
        assert len(cites) == len(doc.cites)
        assert all(e.props["sources"] for e in cites)
    if key == "key_tasks":
        document = next(n for n in nodes if n.id == doc.doc_id)
        assert document.props["doc_number"] == "津滨政发〔2020〕20号"
        assert document.props["date"] == "2020-06-30"


def test_related_reading_and_bylines_start_other_articles(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join([
        "某某区关于加快发展数字经济的实施意见",
        "一、总体要求",
        "加快数字产业化。",
        "1)建设数据中心。",
        "2)建设算力平台。",
        "相关阅读:",
        "某某区召开数字经济大会",
        "本报讯(记者 张三)日前,某某区召开数字经济大会,某科技公司签约落户。",
        "",
        "另一条消息",
        "新华社北京6月1日电 某部门发布通知。",
    ]), encoding="utf-8")
    docs = structure(read_document(path))
    assert [d.meta.kind for d in docs] == ["policy", "article", "article"]
    plan = docs[0]
    assert "签约落户" not in plan.text and "新华社" not in plan.text
    assert [(s.level, s.number) for s in plan.sections if s.order] == [(1, "一"), (2, "1"),
                                                                     (2, "2")]
    assert docs[2].meta.title == "另一条消息"


def test_shuffled_and_cut_lines_never_break_the_structure() -> None:
    """Random documents made of corpus lines, cut lines and heading-like debris: every
    one is structured or refused with DocumentError, and what is built is consistent."""
    import random

    from loaders.lexical import lexical_layer
    from loaders.model import DocumentError
    from ontology.batch import GraphBatch, validate

    rng = random.Random(7)
    pool = [line for key in FILES for line in raw_lines(key)]
    debris = ["", " ", "\t", "第三章", "专栏5", "附件", "目录", "1.", "(一)", "——", "表1", "序号",
              "1", "2", "预期性", "本报讯", "本报记者 某某", "相关阅读", ")", "一、", "①", "。", "《"]
    for trial in range(150):
        picked = [rng.choice(pool if rng.random() < 0.7 else debris)
                  for _ in range(rng.randint(0, 50))]
        if rng.random() < 0.3:
            picked = [line[: rng.randint(0, len(line))] for line in picked]
        raw = RawDocument(path=Path(f"random{trial}.txt"), file=f"random{trial}.txt",
                          raw_text="\n".join(picked), encoding="utf-8")
        try:
            docs = structure(raw)
        except DocumentError:
            continue
        for doc in docs:
            nodes, edges = lexical_layer(doc)
            validate(GraphBatch(doc.doc_id, nodes, edges))
            assert all(p.text.strip() and 0 <= p.start < p.end <= len(doc.text)
                       for p in doc.passages)


def test_lost_headings_without_chapters(tmp_path: Path) -> None:
    """Numbering dropped in conversion, no 第X章 to count by: a stray-space short line fills
    the gap in 一、…三、; in a file without any numbered heading each such line heads."""
    body = "坚持创新驱动发展,全面提升产业竞争力,加快建设现代化产业体系,推动经济高质量发展。"
    gap = tmp_path / "gap.txt"
    gap.write_text("\n".join(["某某区产业发展规划", "一、发展基础", body, " 发展目标", body,
                              "三、重点任务", body]), encoding="utf-8")
    doc = structure(read_document(gap))[0]
    assert [(s.number, s.title) for s in doc.sections if s.order] == [
        ("一", "发展基础"), ("二", "发展目标"), ("三", "重点任务")]
    bare = tmp_path / "bare.txt"
    bare.write_text("\n".join(["某某区产业发展规划", body, " 发展基础", body, body, " 发展目标",
                               body]), encoding="utf-8")
    doc = structure(read_document(bare))[0]
    assert [(s.level, s.title) for s in doc.sections if s.order] == [(1, "发展基础"),
                                                                     (1, "发展目标")]


def test_contents_with_page_numbers_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "toc.txt"
    path.write_text("\n".join([
        "某某市产业发展规划", "目  录", "第一章 发展基础......1", "第二章 发展目标……5",
        "第一章 发展基础", "产业规模持续扩大。", "第二章 发展目标", "到2025年产值翻番。"]),
        encoding="utf-8")
    doc = structure(read_document(path))[0]
    assert [(s.line, s.title) for s in doc.sections if s.order] == [(5, "发展基础"),
                                                                   (7, "发展目标")]
    assert not any("......" in p.text or "……" in p.text for p in doc.passages)


def test_notice_with_full_width_indentation_and_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(
        "某某市人民政府办公厅关于印发某某市加快培育新兴产业若干措施的通知\n某政办发〔2022〕12号\n\n"
        "各区人民政府，市政府各委、办、局：\n　　经市政府同意，现将《某某市加快培育新兴产业若干措施》"
        "印发给你们，请认真贯彻执行。\n　　某某市人民政府办公厅\n　　2022年5月6日\n\n"
        "某某市加快培育新兴产业若干措施\n　　一、强化企业培育\n"
        "　　（一）支持企业做大做强。对首次入选中国500强的企业，给予一次性奖励。\n"
        "　　（二）支持企业创新。\n　　1．鼓励建设研发中心。对新认定的国家级企业技术中心给予奖励。\n"
        "　　2．支持首台套装备。\n　　二、强化要素保障\n　　（一）加强用地保障。\n", encoding="utf-8")
    doc = structure(read_document(path))[0]
    assert doc.meta.doc_number == "某政办发〔2022〕12号"
    assert doc.meta.date == "2022-05-06"
    assert doc.meta.publisher == "某某市人民政府办公厅"
    assert [(s.level, s.number, s.title) for s in doc.sections if s.order] == [
        (1, "一", "强化企业培育"), (2, "一", "支持企业做大做强"), (2, "二", "支持企业创新"),
        (3, "1", "鼓励建设研发中心"), (3, "2", "支持首台套装备"), (1, "二", "强化要素保障"),
        (2, "一", "加强用地保障")]


def test_a_lost_section_is_titled_by_the_category_its_leads_share(tmp_path: Path) -> None:
    """第一节 lost with its title: its paragraphs open 人工智能。/ 区块链。/ 第五代移动通信。, kinds
    of one national category, so the section is that category and not its first item."""
    body = "坚持创新驱动发展,全面提升产业竞争力,加快建设现代化产业体系,推动经济高质量发展。"
    path = tmp_path / "plan.txt"
    path.write_text("\n".join([
        "某某区产业发展规划", "第一章 发展基础", body, body, "第二章 重点产业", body,
        " 人工智能。" + body, "区块链。" + body, "第五代移动通信。" + body,
        "第二节 优化提升优势产业", "航空航天。" + body]), encoding="utf-8")
    doc = structure(read_document(path))[0]
    ids = doc.section_by_id()
    lost = next(s for s in doc.sections if s.line == 7)
    assert lost.title == "新一代信息技术" and lost.number == "一"
    for p in doc.passages:
        if p.text.startswith(("区块链", "第五代移动通信")):
            assert ids[p.section].title == "新一代信息技术"


def test_a_plan_naming_its_own_title_does_not_cite_itself() -> None:
    from loaders.structure import _cited

    own = "某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    text = ("根据《某某县国民经济和社会发展第十四个五年规划和二三五年远景目标纲要》和"
            "《某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，编制本规划。")
    assert _cited(text, own) == ["某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"]
