"""Typing: the shapes no name has, and the learned model's round trip and determinism.

Names here are invented; the rules are checked on the shapes they name, not on any labelled
document's words.
"""

from __future__ import annotations

import json
from pathlib import Path

from loaders.model import Extraction, Mention, Passage, StructuredDocument, DocMeta
from loaders.candidates.industries import industries_of_head, industry_names
from loaders.candidates.works import maker_of, products_of
from loaders.typing import apply, heads_a_place
from loaders.typing.model import Typing
from loaders.typing.shapes import cut_firm, governed, not_a_name


def _doc(*texts: str) -> StructuredDocument:
    passages = [Passage(f"doc:t:p{i}", t, 0, len(t), i, None) for i, t in enumerate(texts, 1)]
    return StructuredDocument("doc:t", "t.txt", DocMeta(title="示例"), "\n".join(texts),
                              passages=passages)


def _extraction(text: str, *found: tuple[str, str, dict]) -> Extraction:
    """One passage and the candidates the extractors found in it."""
    doc = _doc(text)
    p = doc.passages[0].id
    return Extraction(doc=doc, mentions=[Mention(label, surface, p, props)
                                         for label, surface, props in found])


def test_tallies_categories_and_clauses_are_no_names() -> None:
    p = [Passage("doc:t:p1", "今年安排星河科技产业园等12个产业项目,北京项目31个。", 0, 30, 1, None)]
    assert not_a_name("Project", "12个产业项目", p)  # a tally
    assert not_a_name("Project", "重大项目", p)  # qualifiers only
    assert not_a_name("Project", "北京项目", p)  # a place's works, counted after it
    assert not_a_name("Project", "某地举行重大项目", p)  # a clause
    assert not not_a_name("Project", "星河科技产业园", p)
    assert not_a_name("Project", "市科技项目", p)  # a government's class of works
    assert not_a_name("Project", "翔森研究院优质项目", p)  # the class of a named thing's works
    assert not not_a_name("Project", "翔森汽车重点项目", p)
    assert not_a_name("Platform", "开放平台", p)
    assert not not_a_name("Park", "某某工业园区", p)  # a place and a kind name a park


def test_a_name_opens_with_no_date_and_continues_no_number() -> None:
    p = [Passage("doc:t:p1", "历经2002年星河经济区建设。图6-1翔森主题园区布局。建设2号线和5G应用示范工程。",
                 0, 44, 1, None)]
    assert not_a_name("Park", "2002年星河", p)  # a date opens the clause
    assert not_a_name("Park", "1翔森主题园区", p)  # cut out of a figure's number 6-1
    assert not not_a_name("Project", "5G应用示范工程", p)  # a name may begin with a number
    assert not not_a_name("Park", "翔森主题园区", p)


def test_governed_and_cut_names_yield_to_the_inner_name() -> None:
    others = {"甲乙集团", "也吸引甲乙集团", "丙丁", "丙丁集团", "戊己科技产业园"}
    assert governed("也吸引甲乙集团", others)
    assert not governed("戊己科技产业园", others)
    assert cut_firm("丙丁", others) and not cut_firm("丙丁集团", others)
    # a county in front of a kind of zone names that county's zone, whatever its word's tag
    assert not governed("正定经开区", {"正定经开区", "经开区"})


def test_a_kind_alone_and_a_zone_s_own_word_are_no_firms() -> None:
    assert not_a_name("Enterprise", "中心", [])  # a list item cut to its kind
    assert not_a_name("Park", "九镇三谷", []) and not_a_name("Zone", "一谷三区四大片区", [])
    assert not not_a_name("Platform", "一带一路综合服务平台", [])  # no count but one
    assert not_a_name("Industry", "秉承“深耕", [])  # a quote cut open
    assert not not_a_name("Platform", "“互联网+翔森”平台", [])
    p = [Passage("doc:t:p1", "中国工程院院士领衔。", 0, 10, 1, None)]
    assert not_a_name("Project", "中国工程", p)  # cut inside 工程院
    zones = {"某省星河临湖经济区", "临湖经济区"}
    assert heads_a_place("临湖", zones)  # 临湖会展中心 is the zone's, not a firm 临湖's
    assert not heads_a_place("临湖科技", zones)  # a trade word makes it a firm's name
    assert not heads_a_place("北辰", zones)


def test_two_characters_need_a_strong_cue() -> None:
    ex = _extraction("持续深化“放管服”改革,龙头企业赋能发展;翔森、沃岭等企业落户,物流、银行等平台。",
                     ("Enterprise", "深化", {"family": "brand"}),
                     ("Enterprise", "赋能", {"family": "descriptor"}),
                     ("Enterprise", "翔森", {"family": "list"}),
                     ("Platform", "物流", {"family": "list"}))
    got = {(m.label, m.surface) for m in apply(ex, use_model=False).mentions}
    assert got == {("Enterprise", "翔森")}


def test_an_industry_is_not_a_place_or_a_body() -> None:
    def found(text: str) -> set[str]:
        return {i.surface for i in industry_names(text)}

    assert "区块链" in found("大力发展区块链产业")  # 区 begins the word, not a district
    assert "新材料" in found("壮大市新材料产业") and "市新材料" not in found("壮大市新材料产业")
    assert not found("是中国经济规模最大的开发区之一")
    assert not found("贯彻市政府制造业立市战略")
    assert not found("翔森医药靶向药研发与产业化基地")  # two activities, not an industry
    assert not_a_name("Industry", "某某大学某某院士", [])  # a person in a list of fields


def test_a_list_s_head_names_each_of_its_industries() -> None:
    assert industries_of_head("医药研发、医疗服务项目") == ["医药研发", "医疗服务"]
    assert industries_of_head("新能源类项目") == ["新能源"]
    assert industries_of_head("重点项目") == []


def test_a_short_word_before_a_park_or_a_public_work_is_no_firm() -> None:
    from loaders.candidates.works import work_names

    makers = {w.surface: w.maker for w in work_names(
        "建设翔岭健康产业园;开通翔岭城际铁路;翔森科技研发生产基地开工。")}
    assert makers["翔岭健康产业园"] is None and makers["翔岭城际铁路"] is None
    assert makers["翔森科技研发生产基地"] == "翔森科技"


def test_a_list_of_industries_is_read_whole() -> None:
    from loaders.candidates.enumerations import enumerations
    from loaders.candidates.extractor import _list_labels

    text = "制定出新一代信息技术、生物医药、新材料、纺织等4个行动方案"
    items = enumerations(text)
    assert items[0].surface == "新一代信息技术"  # 出新 is one word to the segmenter
    assert _list_labels(items)[-1] == "Industry"  # an item of a list of industries


def test_a_work_s_maker_and_its_product() -> None:
    assert maker_of("翔森科技ABC封装基板生产和研发基地") == "翔森科技"  # trade word ends the firm
    assert "光电芯片封装" in products_of("杭州市翔森电子光电芯片封装生产基地", ("翔森电子",))
    assert products_of("星河科技城医药供应链项目", ("星河科技城",)) == ["医药供应链"]
    # 星河科技城 not among the document's names: what is left still names a place, not a line
    assert products_of("星河科技城医药供应链项目") == []


def test_a_conjunction_opens_no_name() -> None:
    assert not_a_name("Project", "而星河项目", []) and not_a_name("Enterprise", "及星河公司", [])
    assert not not_a_name("Project", "翔森项目", [])


def test_a_class_of_firms_is_no_firm() -> None:
    for name in ("跨国公司", "物流子公司", "国企类", "投资集团", "融资租赁公司", "航空公司"):
        assert not_a_name("Enterprise", name, []), name
    for name in ("翔森物流", "星河投资集团", "翔森"):
        assert not not_a_name("Enterprise", name, []), name


def test_an_industry_holds_no_event_place_or_body() -> None:
    for name in ("中国翔森制造年会", "星河科技城医药供应链", "翔森大学医疗机器人", "园区信创"):
        assert not_a_name("Industry", name, []), name
    for name in ("医疗机器人", "平台经济", "会展"):
        assert not not_a_name("Industry", name, []), name


def test_apply_drops_and_relabels_by_shape() -> None:
    ex = _extraction("近年来,引进甲乙科技、丙丁集团等企业,11个生物医药项目落地。",
                     ("Enterprise", "甲乙科技", {"family": "list"}),
                     ("Project", "11个生物医药项目", {"family": "ending"}),
                     ("Park", "戊己生产基地项目", {"family": "rules"}),
                     ("Project", "戊己生产基地项目", {"family": "ending"}))
    typed = apply(ex, use_model=False)
    got = {(m.label, m.surface) for m in typed.mentions}
    assert ("Enterprise", "甲乙科技") in got
    assert not any(s == "11个生物医药项目" for _, s in got)
    assert ("Project", "戊己生产基地项目") in got and ("Park", "戊己生产基地项目") not in got
    kept = [m for m in typed.mentions if m.surface == "戊己生产基地项目"]
    assert len(kept) == 1  # found by two families, one mention


def test_a_mention_found_twice_keeps_what_each_family_saw() -> None:
    doc = _doc("戊己研发生产基地、庚辛研发生产基地等海工装备项目开工。")
    p = doc.passages[0].id
    ex = Extraction(doc=doc, mentions=[
        Mention("Project", "戊己研发生产基地", p, {}),
        Mention("Project", "戊己研发生产基地", p, {"family": "list", "head": "海工装备项目"}),
        Mention("Industry", "海工装备", p, {"family": "list head"}),
    ])
    typed = apply(ex, use_model=False)
    work = next(m for m in typed.mentions if m.surface == "戊己研发生产基地")
    assert work.props.get("head") == "海工装备项目"


def test_model_round_trip_and_determinism() -> None:
    from policykg.train import fit_typing

    xs = [{"end1=园": 1.0, "prop=Park": 1.0}, {"end1=目": 1.0, "has_count": 1.0},
          {"end1=司": 1.0, "prop=Enterprise": 1.0}, {"end1=目": 1.0, "prop=Project": 1.0}] * 3
    ys = ["Park", "none", "Enterprise", "Project"] * 3
    first = fit_typing(xs, ys, [1.0] * len(xs), [True] * len(xs))
    second = fit_typing(xs, ys, [1.0] * len(xs), [True] * len(xs))
    assert json.dumps(first.to_json()) == json.dumps(second.to_json())
    again = Typing.from_json(json.loads(json.dumps(first.to_json())))
    tally = again.keep.proba({"end1=目": 1.0, "has_count": 1.0})
    park = again.keep.proba({"end1=园": 1.0, "prop=Park": 1.0})
    assert abs(sum(tally.values()) - 1.0) < 1e-9
    assert tally["none"] > park["none"]



def test_universities_and_academies_are_no_firms() -> None:
    """A work named after its maker (某某大学海洋研究院) is made by a university, not a firm."""
    for name in ("芜湖大学", "合肥医学科学院", "芜湖中医药大学", "中科院"):
        assert not_a_name("Enterprise", name, [])
        assert not not_a_name("Platform", name, [])
    assert not not_a_name("Enterprise", "芜湖大学科技有限公司", [])


def test_a_route_s_name_in_front_of_a_work_is_no_maker() -> None:
    assert maker_of("岳川高速公路改扩建工程") is None
    assert maker_of("南岭调水中线市内配套工程") is None
    assert maker_of("青禾科技智能装备产业园项目") == "青禾科技"


def test_a_generic_word_and_a_platform_s_ending_is_a_kind_of_platform() -> None:
    for kind in ("载体平台", "功能平台", "科研平台"):
        assert not_a_name("Platform", kind, [])
    assert not not_a_name("Platform", "岳川科研平台", [])


def test_a_policy_verb_in_front_of_an_industry_opens_a_clause() -> None:
    assert not_a_name("Industry", "攻坚新材料", [])
    assert not_a_name("Industry", "运用大数据", [])
    assert not not_a_name("Industry", "新材料", [])


def test_a_body_named_as_a_unit_at_work_is_no_work(tmp_path: Path) -> None:
    from loaders.pipeline import load_corpus

    (tmp_path / "tasks.txt").write_text(
        "某区2024年重点工作任务分解方案\n\n一、提升公共卫生能力\n\n"
        "1.推进区疾控中心能力建设,完善区网格化管理中心功能。(责任单位:区卫健委、区疾控中心)\n",
        encoding="utf-8")
    labels = {(n.label, n.name) for b in load_corpus(tmp_path, workers=1).batches for n in b.nodes}
    assert ("Bureau", "区疾控中心") in labels and ("Bureau", "区网格化管理中心") in labels
    assert not {("Project", "区疾控中心"), ("Project", "区网格化管理中心")} & labels


def test_a_kind_word_alone_names_nothing_of_another_label() -> None:
    assert not_a_name("Industry", "片区", [])
    assert not_a_name("Enterprise", "联盟", [])
    assert not_a_name("Platform", "现有孵化器", [])  # a qualifier and the kind: a class
    # A kind of its own label, listed under a field (建设…创新中心、检验检测中心), may stand
    # for the one the plan builds.
    assert not not_a_name("Platform", "检验检测中心", [])
