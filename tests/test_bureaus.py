"""Bureau names: normalisation, level, and finding them in running text and glued columns."""

from __future__ import annotations

import pytest

from loaders import bureaus


@pytest.mark.parametrize("surface, name, level", [
    ("区发改委", "区发改委", "district"),
    ("区发展改革委", "区发改委", "district"),
    ("滨海新区发展和改革委员会", "区发改委", "district"),
    ("区网信办", "区委网信办", "district"),  # a party-committee office
    ("区市场监管局", "区市场局", "district"),
    ("市发展改革委", "市发改委", "city"),
    ("天津市科技局", "市科技局", "city"),
    ("市规划和自然资源局滨海新区分局", "市规自局滨海分局", "city"),
    ("中共天津市委", "市委", "city"),
    ("住房城乡建设部", "住建部", "national"),
    ("海关总署", "海关总署", "national"),
    ("市场监管总局", "市场监管总局", "national"),  # 市场, not 市 + 场
    ("天津海关", "天津海关", "other"),
    ("人民银行天津分行", "人民银行天津分行", "other"),
    ("北京市气象台", "北京市气象台", "other"),
    ("保税区党委", "天津港保税区党委", "district"),
])
def test_canonical_name_and_level(surface: str, name: str, level: str) -> None:
    got = bureaus.canonical(surface)
    assert got is not None, surface
    assert (got.name, got.level) == (name, level)
    if surface != name:
        assert surface in got.aliases


def test_column_level_completes_a_bare_name() -> None:
    assert bureaus.canonical("自贸办") is None  # which 自贸办 is unknowable alone
    assert bureaus.canonical("自贸办", default_level="district").name == "区自贸办"
    # In a responsibility list a zone stands for its administrative committee.
    committee = bureaus.canonical("中新生态城", in_list=True)
    assert committee.name == "中新天津生态城管委会"  # one committee per zone, official name
    assert {"中新生态城", "中新生态城管委会"} <= set(committee.aliases)
    assert bureaus.canonical("高新区管委会").name == bureaus.canonical("天津高新区管委会").name
    assert bureaus.canonical("中新生态城") is None


def test_not_bodies_and_collectives() -> None:
    assert bureaus.canonical("各国家级新区") is None
    group = bureaus.canonical("各街镇")
    assert group is not None and group.collective
    assert bureaus.canonical("加快推进重点项目建设") is None


def test_find_in_running_text() -> None:
    text = "天津市科技局、滨海新区政府会同高新区管委会起草印发，报区人大同意，加强与科技部、教育部合作。"
    found = [s.surface for s in bureaus.find(text)]
    assert found == ["天津市科技局", "滨海新区政府", "高新区管委会", "区人大", "科技部", "教育部"]
    for s in bureaus.find(text):
        assert text[s.start:s.end] == s.surface


def test_find_ignores_place_words() -> None:
    # 新区办学, 各区域, 社区委员会: 区 here is part of a place, not a body's prefix.
    assert bureaus.find("支持优质高校在新区办学，提高各区域政策协同水平，社区委员会换届") == []


def test_parse_list_cuts_the_glued_last_item() -> None:
    text = "滨海银保监分局、区金融局、区财政局、区发改委研究制定保障措施"
    items, end = bureaus.parse_list(text, 0, default_level="district")
    assert items == ["滨海银保监分局", "区金融局", "区财政局", "区发改委"]
    assert text[end:].startswith("研究制定")


def test_parse_list_stops_at_prose() -> None:
    items, end = bureaus.parse_list("进一步推广企业开办全程网上办,着力提升", 0)
    assert items == [] and end == 0


def test_placeholders_for_many_bodies_are_collective() -> None:
    for surface in ("国家部委", "国家有关部门", "国家相关部委", "有关省级人民政府", "各开发区管委会"):
        got = bureaus.canonical(surface)
        assert got is not None and got.collective, surface
    assert not bureaus.canonical("国家发改委").collective
    assert not bureaus.canonical("商务部").collective


@pytest.mark.parametrize("text, found", [
    ("深化与海关、机场、港口等部门协同创新", ["海关"]),
    ("继续实施与统计、海关、人力资源和社会保障相关事项合并年报", []),  # fields of work
    ("运行全国第一个海关智能单证核验系统", []),
    ("加大税务、金融、外汇、海关等领域的协同创新力度", []),
    ("天津海关、市商务局负责", ["天津海关", "市商务局"]),
])
def test_bare_customs_is_a_body_only_among_bodies(text: str, found: list[str]) -> None:
    assert [s.surface for s in bureaus.find(text)] == found


def test_a_form_closed_by_the_kind_of_its_list_is_no_alias() -> None:
    assert bureaus.names_a_list("市某某局等金融单位")
    assert bureaus.names_a_list("区某某委等有关部门")
    assert not bureaus.names_a_list("区发展改革委")


def test_a_list_in_brackets_ends_at_the_bracket() -> None:
    text = "(牵头单位:区交通运输局;责任单位:区发改局、区自然资源和规划局、区林业局,相关乡镇办)此后"
    items, _ = bureaus.parse_list(text, text.index("区发改局"))
    assert items[-1] == "相关乡镇办"
    assert "区自然资源和规划局" in items


def test_a_body_is_named_by_a_whole_place_and_no_verb() -> None:
    from loaders.bodies import bodies

    found = [b.surface for b in bodies("某市举办签约仪式;区自然资源和规划局;天津海事局负责")]
    assert found == ["天津海事局"]  # 资源 inside 自然资源 names no county; 举办 is no office
