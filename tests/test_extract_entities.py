"""Entity and relation extraction, on a real corpus document and on a document it has never
seen (written here, read and structured by the real loader stages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract_entities import extract
from loaders.model import Extraction, StructuredDocument
from loaders.pipeline import load_corpus
from loaders.patterns import (
    acceptable,
    is_specific,
    names_ending_with_suffix,
    strip_cues,
    trim_left,
)
from loaders.read import read_document
from loaders.structure import structure

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
BONDED = CORPUS / "2021-07-20_bonded-zone_14th-five-year-plan.txt"

UNSEEN = """天津港保税区关于加快临港片区产业发展的实施方案
发布日期: 2024-03-01      来源: 天津港保税区

第一章 总体要求

坚持创新驱动，推动产业高质量发展。

第二章 重点任务

第一节 推动临港片区建成海洋经济示范区

依托远航重工、海蓝科技等龙头企业，重点发展海洋工程装备、海水淡化等产业。积极引进星河能源、北辰氢动等企业。建设蓝海智能装备产业园、深海装备创新中心。推进远航重工深海钻井扩建项目建设。支持一批企业做大做强，打造一批产业园。

第二节 推动空港片区建成航空新城

吸引云帆航空等企业落户，加快天翼无人机产业园建设。

"""


def _doc(path: Path) -> StructuredDocument:
    return structure(read_document(path))[0]


def _mentions(ex: Extraction, label: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for m in ex.mentions:
        if m.label == label:
            out.setdefault(m.surface, {}).update(m.props)
    return out


def _facts(ex: Extraction, rel: str) -> set[tuple[str, str]]:
    return {(f.src.surface, f.dst.surface) for f in ex.facts if f.rel == rel}


@pytest.fixture(scope="module")
def unseen(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    path = tmp_path_factory.mktemp("corpus") / "plan.txt"
    path.write_text(UNSEEN, encoding="utf-8")
    return extract(_doc(path))


@pytest.fixture(scope="module")
def bonded() -> Extraction:
    return extract(_doc(BONDED))


def test_enterprises_keep_their_cue_status(unseen: Extraction) -> None:
    firms = _mentions(unseen, "Enterprise")
    assert firms["远航重工"]["status"] == "present"  # 依托…等龙头企业
    assert firms["海蓝科技"]["status"] == "present"
    assert firms["星河能源"]["status"] == "target"  # 积极引进…等企业
    assert firms["北辰氢动"]["status"] == "target"
    assert firms["云帆航空"]["status"] == "target"  # 吸引…等企业落户


def test_generic_phrases_are_not_entities(unseen: Extraction) -> None:
    names = {m.surface for m in unseen.mentions}
    for generic in ("龙头企业", "一批企业", "企业", "产业园", "一批产业园"):
        assert generic not in names


def test_section_zone_places_what_is_inside_it(unseen: Extraction) -> None:
    targets = _facts(unseen, "TARGETS")
    assert ("临港片区", "星河能源") in targets
    assert ("空港片区", "云帆航空") in targets
    located = _facts(unseen, "LOCATED_IN")
    assert ("蓝海智能装备产业园", "临港片区") in located
    assert ("远航重工", "临港片区") in located
    assert ("天翼无人机产业园", "空港片区") in located
    # The document's own zone holds the sections' zones.
    assert ("临港片区", "天津港保税区") in _facts(unseen, "PART_OF")


def test_suffixes_give_labels_and_projects_their_undertaker(unseen: Extraction) -> None:
    assert "蓝海智能装备产业园" in _mentions(unseen, "Park")
    assert "深海装备创新中心" in _mentions(unseen, "Platform")
    assert "远航重工深海钻井扩建项目" in _mentions(unseen, "Project")
    assert ("远航重工深海钻井扩建项目", "远航重工") in _facts(unseen, "UNDERTAKEN_BY")


def test_industry_lists_are_focused_on_by_the_section_zone(unseen: Extraction) -> None:
    industries = _mentions(unseen, "Industry")
    assert {"海洋工程装备", "海水淡化"} <= set(industries)
    assert ("临港片区", "海洋工程装备") in _facts(unseen, "FOCUSES_ON")


def test_every_fact_cites_a_passage_of_the_document(bonded: Extraction) -> None:
    passages = {p.id for p in bonded.doc.passages}
    assert bonded.facts and bonded.mentions
    assert all(f.passage in passages for f in bonded.facts)
    assert all(m.passage in passages for m in bonded.mentions)


def test_real_plan_headings_build_the_industry_taxonomy(bonded: Extraction) -> None:
    sub = _facts(bonded, "SUBINDUSTRY_OF")
    assert ("氢能提纯及存储运输", "氢能利用产业") in sub
    assert ("海洋油气装备", "海洋经济") in sub
    assert ("新型国际贸易", "现代服务业") in sub  # from 五大现代服务业集群


def test_real_plan_sections_and_tables(bonded: Extraction) -> None:
    assert ("空港片区", "天津港保税区") in _facts(bonded, "PART_OF")
    # Each rebuilt row of the park table whose name ends in 产业园 is a park focused on the
    # industry of its second cell, which stood on a line of its own.
    parks = _mentions(bonded, "Park")
    focus = _facts(bonded, "FOCUSES_ON")
    rows = [t.cells for t in bonded.doc.tables
            if t.table == "表6-1" and t.cells[0].endswith("产业园")]
    assert len(rows) == 5
    assert all(name in parks and (name, industry) in focus for name, industry, _ in rows)


PARK_TABLE = """天津港保税区关于重点产业和主题园区的实施方案
发布日期: 2024-06-01      来源: 天津港保税区

第一章 重点产业

第一节 集聚发展优势产业集群

1、人工智能

抢抓数字经济发展机遇,重点布局智能语音识别、工业机器人等领域。

——智能语音识别。依托声川讯达,面向前沿领域需求,积极开展语义识别、智能语音、机器学习等人工智能前沿核心技术研发。

2、高端装备制造

——汽车零部件。重点发展动力系统、传动系统等领域。依托澜拓传动等企业,发展减速器、万向传动器等传动系统,鼓励企业增资扩产。

第二章 空间布局

第一节 推动空港片区建成航空新城

重点布局生物制造、航空物流等产业。

6-1空港区域主题园区布局

主题园区

重点发展产业

空间布局

绿苔金融产业园

保险特色金融

东至甲一路,西至甲二路,南至乙一道,北至乙二道

青苇生物制造产业园

生物医药

东至甲三路,西至甲四路,南至乙三道,北至乙四道

推动产业集聚发展。
"""


def test_a_table_row_is_a_park_and_a_dash_heading_the_field_of_its_firms(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, PARK_TABLE)
    rows = {p.id for p in ex.doc.passages if p.kind == "table_row"}
    assert any(m.label == "Park" and m.surface == "青苇生物制造产业园" and m.passage in rows
               for m in ex.mentions)
    assert ("青苇生物制造产业园", "生物医药") in _facts(ex, "FOCUSES_ON")
    firms = _mentions(ex, "Enterprise")
    assert firms["澜拓传动"]["status"] == "present"  # 依托…等企业
    assert "声川讯达" in firms  # 依托 a bare name, no kind word
    assert ("声川讯达", "智能语音识别") in _facts(ex, "IN_INDUSTRY")


def test_name_edges() -> None:
    # The left edge of a name is cut after the verb in front of it.
    assert trim_left("加快建设国家翔森材料技术创新中心", 4) == "国家翔森材料技术创新中心"
    # A conjunction inside a name stays; between two names it splits.
    assert trim_left("海藻养殖与综合利用研究所", 3) == "海藻养殖与综合利用研究所"
    assert strip_cues("鼓励联合翔森") == "联合翔森"
    assert not is_specific("公共服务平台")
    assert is_specific("东岭大数据跨境贸易平台")
    names = [n for _, _, n, _ in names_ending_with_suffix("打造南岭声谷、翔森制造谷等一批主题园区")]
    assert "翔森制造谷" in names and "一批主题园区" not in names


DISTRICT = """天津市西青区关于加快战略性新兴产业发展的实施意见
发布日期: 2024-05-10      来源: 西青区人民政府

一、重点任务

（一）壮大集成电路产业

依托天津中芯微电子有限公司（以下简称中芯微电子）、华海清科等龙头企业，重点发展晶圆制造、封装测试等领域。推进中芯微电子12英寸晶圆扩产项目建设。积极引进长江存储等企业。

（二）提升汽车产业

1.汽车零部件。吸引博世、电装等零部件企业落户，打造精武汽车零部件产业园。推动轨道Z7、Z8线建设，打通津静公路。

二、保障措施

推动杨柳青镇、精武镇、大寺镇特色产业集聚发展。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    path = tmp_path_factory.mktemp("corpus") / "district.txt"
    path.write_text(DISTRICT, encoding="utf-8")
    return extract(_doc(path))


def test_district_document_is_about_the_narrowest_zone_of_its_title(district: Extraction) -> None:
    targets = _facts(district, "TARGETS")
    assert ("西青区", "长江存储") in targets
    assert ("西青区", "博世") in targets
    part_of = _facts(district, "PART_OF")
    assert {("杨柳青镇", "西青区"), ("精武镇", "西青区"), ("大寺镇", "西青区")} <= part_of


def test_full_company_names_keep_their_short_form(district: Extraction) -> None:
    firms = _mentions(district, "Enterprise")
    assert firms["天津中芯微电子有限公司"]["status"] == "present"
    assert firms["中芯微电子"]["alias_of"] == "天津中芯微电子有限公司"
    assert ("中芯微电子12英寸晶圆扩产项目", "中芯微电子") in _facts(district, "UNDERTAKEN_BY")
    # 零部件企业 after 等 says what kind of firms these are; 博世 and 电装 stay firms.
    assert {"博世", "电装"} <= set(firms)


def test_lines_and_roads_become_projects(district: Extraction) -> None:
    projects = _mentions(district, "Project")
    assert {"轨道Z7线", "轨道Z8线", "津静公路"} <= set(projects)


GOALS = """天津港保税区关于推动远洋片区产业发展的工作方案
发布日期: 2024-05-01      来源: 天津港保税区

第一章 重点任务

做大海洋食品产业，打造国际领先的海洋食品精深加工集聚区。
大力发展冷链物流，建设成为北方重要的冷链分拨基地和进口食品展示交易中心。
加快建设星湾数字产业园、蓝鲸智造基地、晨光物流园等载体。
建设东港国家级出口贸易促进创新示范区，依托归国学人创业园集聚人才。
提升城市品质，打造商务服务集聚区、楼宇经济繁华区。
打造临海汽车城、海星材料产业基地“两区”引领的格局。
缺乏类似南湖光谷实验室等高能级平台。
积极推动海澜食品华北总部基地等新项目落地建设。
深化与中关村合作，支持与远洋片区实现融合发展。
推动东堤保税区整合升级为综合保税区。
扩建天津南环枢纽站，推进西青12英寸晶圆厂建设。
有序推动滨湖商务区(BCD)建设。
"""


def _extract_text(factory: pytest.TempPathFactory, text: str) -> Extraction:
    path = factory.mktemp("corpus") / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return extract(_doc(path))


@pytest.fixture(scope="module")
def goals(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    return _extract_text(tmp_path_factory, GOALS)


def test_goal_phrases_are_not_parks_but_listed_carriers_are(goals: Extraction) -> None:
    parks = set(_mentions(goals, "Park"))
    assert "海洋食品精深加工集聚区" not in parks
    assert "冷链分拨基地" not in parks
    assert {"星湾数字产业园", "蓝鲸智造基地", "晨光物流园"} <= parks
    assert {"东港国家级出口贸易促进创新示范区", "归国学人创业园"} <= parks
    assert "商务服务集聚区" not in parks  # a list of goals is still goals
    assert "海星材料产业基地" in parks  # …“两区”: a count of carriers that exist


def test_a_model_named_for_comparison_lies_nowhere_here(goals: Extraction) -> None:
    assert "南湖光谷实验室" not in {src for src, _ in _facts(goals, "LOCATED_IN")}


def test_the_word_after_deng_sets_the_label(goals: Extraction) -> None:
    assert "海澜食品华北总部基地" in _mentions(goals, "Project")
    assert "海澜食品华北总部基地" not in _mentions(goals, "Park")


def test_zone_names_hold_no_verbs_and_short_forms_need_a_left_edge(goals: Extraction) -> None:
    zones = set(_mentions(goals, "Zone"))
    assert "远洋片区" in zones
    assert not {z for z in zones if z.startswith(("支持", "升级"))}
    assert "津南区" not in zones  # 天津南… is not the district
    assert "西青" in zones  # a short form after a verb still is
    assert _mentions(goals, "Zone")["滨湖商务区(BCD)"]["alias_of"] == "滨湖商务区"


WORKS = """天津港保税区关于推进社会事业设施建设的实施方案
发布日期: 2024-06-01      来源: 天津港保税区

第一章 重点任务

开工建设青岚高速公路河东段，新建临海东站和临海南站，扩建青岚北特高压站。
推动天津市海川医院滨江院区建设，支持天津市远帆职业学校雄安分校建设，新建临海三中。
贯彻落实中共十九届五中全会精神。
提升海棠老街、威尼斯风情区、香榭小镇等地标商圈品质。
支持星火计算创新中心、青禾应用示范基地等航天融合创新平台建设。
依托国家展览中心举办国际展会，争创一批国家重点实验室。
推动临海总医院东港医院建设，创新临海总医院东港医院运行机制，支持二级以上医院开设老年病科。
优化疏港公路布局，实现经济从高速增长转向高质量发展。
实施甲河、乙河等一级河道堤防达标治理和青岚运河石桥船闸工程。
加快青岚公路、临海大道拓宽改造建设，推进青临铁路电气化改造。
推进临海市财经学校雄安分校等建设，打造适应雄安新区产业发展的职业教育集群。
提升远东铁路设计集团等科研院所服务能级。
引进天使投资基金、私募基金等金融服务机构。
联合星闪科技、云岚网络等龙头企业建设智慧运营中心。星闪科技牵头建设算力平台。
依托青岚河、白鹭湖等水系，建设生态廊道。
扩大星闪科技、澜图智造等智能终端生产规模。
"""


@pytest.fixture(scope="module")
def works(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    return _extract_text(tmp_path_factory, WORKS)


def test_branches_sections_stations_and_numbered_schools_are_projects(works: Extraction) -> None:
    projects = set(_mentions(works, "Project"))
    assert {"青岚高速公路河东段", "临海东站", "临海南站", "青岚北特高压站", "天津市海川医院滨江院区",
            "天津市远帆职业学校雄安分校", "临海三中"} <= projects
    assert not {p for p in projects if "五中" in p}  # 五中全会 is a plenary session


def test_districts_listed_as_such_are_zones(works: Extraction) -> None:
    zones = set(_mentions(works, "Zone"))
    assert {"海棠老街", "威尼斯风情区", "香榭小镇"} <= zones
    assert "香榭小镇" not in _mentions(works, "Park")


def test_a_base_listed_among_innovation_platforms_is_a_platform(works: Extraction) -> None:
    assert "青禾应用示范基地" in _mentions(works, "Platform")
    assert "青禾应用示范基地" not in _mentions(works, "Park")


INDUSTRIES = """天津港保税区关于加快先进制造业发展的实施方案
发布日期: 2024-07-01      来源: 天津港保税区

第一章 产业发展

第一节 高端装备产业

航空航天。强化飞机制造、大型运输机、卫星及卫星应用等优势领域。
深海装备产业。以深海油气开采和储运装备、船舶关键配套设备、港口疏浚工程装备、海洋监测仪器为重点，提升配套能力。

第二节 食品加工产业

速冻面点。鼓励禾丰食品等企业扩大规模。
"""


@pytest.fixture(scope="module")
def industries(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    return _extract_text(tmp_path_factory, INDUSTRIES)


def test_products_listed_among_industries_are_industries(industries: Extraction) -> None:
    found = set(_mentions(industries, "Industry"))
    assert {"飞机制造", "大型运输机", "船舶关键配套设备"} <= found
    # 甲和乙装备 shares its head: one industry, not a stray 乙装备
    assert "深海油气开采和储运装备" in found and "储运装备" not in found
    assert ("深海油气开采和储运装备", "深海装备产业") in _facts(industries, "SUBINDUSTRY_OF")
    # under an industry heading a bare product lead is a kind of it
    assert ("速冻面点", "食品加工产业") in _facts(industries, "SUBINDUSTRY_OF")


def test_a_national_institution_is_named_but_a_national_title_is_a_kind(works: Extraction) -> None:
    platforms = set(_mentions(works, "Platform"))
    assert "国家展览中心" in platforms
    assert "国家重点实验室" not in platforms


def test_kinds_of_works_and_verbs_in_front_are_not_projects(works: Extraction) -> None:
    projects = set(_mentions(works, "Project"))
    assert "临海总医院东港医院" in projects
    assert not {p for p in projects if p.startswith(("创新", "二级", "疏港", "经济"))}


GLUED = """天津港保税区关于先进制造业的实施方案
发布日期: 2024-08-01      来源: 天津港保税区

第一章 重点产业

1、智能装备制造

——工业母机。重点发展精密机床。

2船舶配套产业

——船用发动机。提升配套能力。

2025年，产值明显提升。
"""


def test_a_numbered_heading_that_lost_its_comma_still_heads_its_items(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, GLUED)
    sub = _facts(ex, "SUBINDUSTRY_OF")
    assert ("船用发动机", "船舶配套产业") in sub
    assert ("船用发动机", "智能装备制造") not in sub


def test_names_after_a_list_and_shared_works(works: Extraction) -> None:
    projects = _mentions(works, "Project")
    assert "青岚运河石桥船闸工程" in projects  # after 等…和 a new name starts
    assert projects["青岚公路拓宽改造"]["alias_of"] == "青岚公路"
    assert projects["青临铁路电气化改造"]["alias_of"] == "青临铁路"


def test_events_and_designated_areas_are_platforms_unless_they_are_goals(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, """天津港保税区关于开放合作的工作方案
发布日期: 2024-09-01      来源: 天津港保税区

第一章 重点任务

办好用好海河国际航运论坛，承办全国海员技能大赛，建设国家级智能航运先导区。
建设成为东北亚航运创新先导区。
举办路演项目、科技论坛、创业大赛等活动。
""")
    platforms = set(_mentions(ex, "Platform"))
    assert {"海河国际航运论坛", "全国海员技能大赛", "国家级智能航运先导区"} <= platforms
    assert "东北亚航运创新先导区" not in platforms
    assert not {p for p in platforms if "、" in p}


def test_a_branch_is_placed_its_parent_is_not_and_firms_hold_no_works(works: Extraction) -> None:
    located = _facts(works, "LOCATED_IN")
    assert "临海市财经学校雄安分校" in {src for src, _ in located}
    assert "临海市财经学校" not in {src for src, _ in located}
    assert "远东铁路" not in _mentions(works, "Project")


def test_list_items_drop_kinds_of_funds_and_a_verb_in_front(works: Extraction) -> None:
    assert "私募基金" not in _mentions(works, "Platform")
    firms = set(_mentions(works, "Enterprise"))
    assert "星闪科技" in firms and "联合星闪科技" not in firms
    assert not {"青岚河", "白鹭湖"} & firms  # rivers and lakes one relies on are no firms
    assert "澜图智造" in firms  # listed beside a firm the document names


FUSED = """天津港保税区关于重点项目建设的工作方案
发布日期: 2024-10-01      来源: 天津港保税区

第一章 重点项目

——食品饮料。推动云岭乳业新厂、青禾食品新品等项目建设。
——生物医药。推动明川肿瘤创新药物项目建设，加快肿瘤创新药物研发。
打造中国云联京津冀算力产业园、星澜燃气LNG调峰储备项目等一批项目。
推进生物医药新厂项目建设，推进第二幼儿园项目建设。
——集成电路。芯片设计领域，推进一批设计项目。整机终端领域，依托磐石电脑，提升整机研发能力。
"""


def test_a_firm_written_into_a_project_name_undertakes_it(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, FUSED)
    undertaken = _facts(ex, "UNDERTAKEN_BY")
    firms = set(_mentions(ex, "Enterprise"))
    assert ("云岭乳业新厂", "云岭乳业") in undertaken
    assert ("明川肿瘤创新药物项目", "明川") in undertaken  # the product is named again
    assert ("中国云联京津冀算力产业园", "中国云联") in undertaken
    assert ("星澜燃气LNG调峰储备项目", "星澜燃气") in undertaken
    assert {"云岭乳业", "星澜燃气"} <= firms
    # An industry or an ordinal in front names no firm.
    assert not {"生物医药", "生物", "第二"} & firms


def test_each_sentence_opening_with_a_field_sets_the_field_of_what_follows(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, FUSED)
    assert ("磐石电脑", "整机终端") in _facts(ex, "IN_INDUSTRY")
    assert ("磐石电脑", "芯片设计") not in _facts(ex, "IN_INDUSTRY")


WORKS_AND_AREAS = """天津港保税区关于开放合作的实施方案
发布日期: 2024-11-01      来源: 天津港保税区

第一章 重点任务

强化与北京青杨、云溪等开发区对接合作。
新建东湖通航天津临港机场，加快推动深水船舶锚地建设。
——深海潜航装备。提升研发能力。

第二章 保障措施

支持建设深海潜航装备创新中心。
"""


def test_works_after_a_verb_areas_before_a_head_and_bodies_named_after_an_industry(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, WORKS_AND_AREAS)
    zones = set(_mentions(ex, "Zone"))
    assert {"北京青杨", "云溪"} <= zones  # 甲、乙等开发区 names development areas
    projects = set(_mentions(ex, "Project"))
    assert {"东湖通航天津临港机场", "深水船舶锚地"} <= projects
    assert ("深海潜航装备创新中心", "深海潜航装备") in _facts(ex, "IN_INDUSTRY")


def test_an_industry_named_after_a_development_verb(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, """天津港保税区关于产业发展的工作方案
发布日期: 2024-12-01      来源: 天津港保税区

第一章 重点任务

加快发展滨海文旅产业，提升低空飞行产业水平，发展壮大节能环保和清洁能源产业。
培育一批原创性新兴产业，推动产业链延伸。
""")
    industries = set(_mentions(ex, "Industry"))
    assert {"滨海文旅产业", "低空飞行产业", "节能环保产业", "清洁能源产业"} <= industries
    assert not {i for i in industries if "一批" in i or i.endswith("新兴产业")}


def test_qualities_listed_before_a_name_do_not_cut_it(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, """天津港保税区关于安全生产的工作方案
发布日期: 2024-12-02      来源: 天津港保税区

第一章 重点任务

加快园区集约化、可视化安全监管信息共享平台建设。
""")
    assert "可视化安全监管信息共享平台" not in _mentions(ex, "Platform")


KINDS = """天津港保税区关于物流枢纽建设的实施方案
发布日期: 2024-05-01      来源: 天津港保税区

第一章 重点任务

建设仓储配送大平台，搭建人才引育平台，完善货物调度平台。建设星海物流信息平台。打造钢材及其制品现货交易服务平台。

"""


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    path = tmp_path_factory.mktemp("kinds") / "plan.txt"
    path.write_text(KINDS, encoding="utf-8")
    return extract(_doc(path))


def test_platform_named_only_by_what_it_does_is_a_kind(kinds: Extraction) -> None:
    platforms = set(_mentions(kinds, "Platform"))
    for kind in ("仓储配送大平台", "人才引育平台", "货物调度平台"):
        assert kind not in platforms
    assert "星海物流信息平台" in platforms  # a proper part in front keeps the name


def test_a_platform_belonging_to_another_thing_is_not_cut_into_a_fragment(
        kinds: Extraction) -> None:
    platforms = set(_mentions(kinds, "Platform"))
    assert "制品现货交易服务平台" not in platforms
    assert trim_left("打造钢材及其制品现货交易服务平台", 4) == "钢材及其制品现货交易服务平台"


def test_a_base_or_cluster_area_named_only_by_its_use_is_a_kind() -> None:
    from loaders.patterns import acceptable

    assert not acceptable("联合实训基地", "Park")
    assert not acceptable("人工智能集聚区", "Park")
    assert acceptable("星海人才实训基地", "Park")  # a proper part keeps the name
    assert acceptable("临港冷链物流集聚区", "Park")


ORG_IN_LIST = """天津港保税区关于海洋产业发展的实施方案
发布日期: 2024-06-01      来源: 天津港保税区

第一章 重点任务

依托星海海水淡化研究所，聚焦海洋工程装备、船舶、海洋油气装备、海水淡化装备制造等领域，推动产业集聚发展。

"""


def test_a_body_named_after_its_field_is_not_linked_to_every_industry_of_its_sentence(
        tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(ORG_IN_LIST, encoding="utf-8")
    links = {d for s, d in _facts(extract(_doc(path)), "IN_INDUSTRY") if s == "星海海水淡化研究所"}
    assert "船舶" not in links and "海洋工程装备" not in links
    assert "海水淡化装备制造" in links or "海水淡化" in links


def test_fragments_classes_and_slogans_are_not_platforms() -> None:
    from loaders.patterns import fragment_or_class

    found = {n for _, _, n, _ in names_ending_with_suffix("新建高等级生物安全实验室(Q5实验室)、星海质检平台")}
    assert "高等级生物安全实验室" in found and "级生物安全实验室" not in found
    assert fragment_or_class("级生物安全实验室")
    assert fragment_or_class("海工类国际博览会")
    assert fragment_or_class("园长+专员+平台")
    assert fragment_or_class("甲湖乙江等全国示范基地")
    assert fragment_or_class("链接海外某谷")
    assert fragment_or_class("新一轮宅基地")
    assert not fragment_or_class("中国人类遗传资源研究中心")
    assert not fragment_or_class("星海质检平台")


WORK_KINDS = """青禾区关于推进重点建设的实施方案
发布日期: 2024-05-01      来源: 青禾区

第一章 重点任务

加快新建云栖东站，推进河道清淤工程和金鹰湖清淤工程。积极引进8英寸碳化硅外延研发与生产项目。实施“三个一”工程。
建成青禾湾社区卫生服务中心，完善社区卫生服务中心布局，组建期货交易所，高质量举办全国社区志愿服务大赛和社区志愿服务大赛。
"""


@pytest.fixture(scope="module")
def work_kinds(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    return _extract_text(tmp_path_factory, WORK_KINDS)


def test_build_verb_leaves_the_work_name_and_stays_an_alias(work_kinds: Extraction) -> None:
    projects = _mentions(work_kinds, "Project")
    assert "云栖东站" in projects
    assert projects["新建云栖东站"].get("alias_of") == "云栖东站"


def test_kind_projects_and_slogans_are_not_projects(work_kinds: Extraction) -> None:
    projects = _mentions(work_kinds, "Project")
    assert "金鹰湖清淤工程" in projects  # a named lake makes the work one
    assert "河道清淤工程" not in projects  # only work words: a kind of work
    assert not any("碳化硅" in n for n in projects)  # 引进 + 研发与生产项目: what is sought
    assert not any("三个一" in n for n in projects)  # a numeral slogan names a programme


def test_bare_field_platforms_are_kinds(work_kinds: Extraction) -> None:
    platforms = _mentions(work_kinds, "Platform")
    assert "青禾湾社区卫生服务中心" in platforms
    assert "期货交易所" not in platforms
    assert "全国社区志愿服务大赛" in platforms  # a national contest is one event
    assert "社区志愿服务大赛" not in platforms or platforms["社区志愿服务大赛"].get("alias_of")
    assert not acceptable("社区卫生服务中心", "Platform")
    assert not acceptable("“五个一”行动", "Project")
    assert acceptable("青禾湾社区卫生服务中心", "Platform")


def test_phases_of_short_places_and_first_of_kind_goals_are_not_projects() -> None:
    assert not acceptable("青港二期", "Project")  # a phase of an area, not one work
    assert acceptable("青禾综合保税区一期", "Project")
    assert not acceptable("青禾区首家高端眼科专科医院", "Project")  # an aim, not a name
    assert acceptable("青禾区眼科专科医院", "Project")



NOT_PARKS = """青禾区关于推动园区提质发展的工作方案
发布日期: 2024-06-01      来源: 青禾区

第一章 重点任务

推动云湾片区建成国家级海洋牧场示范区。
青禾生态岛入选国家全域康养示范区，金桥数字服务基地获批市级软件服务集聚示范区。
加快建设全国先进材料研发基地，做优全国一流人才服务产业园，助力全市智能装备产业集聚区建设。
建立一批主题性研学教育基地，建设一批苗木繁育基地。
打造现代制造业集群区和康养、度假、研学小镇。
依托甲港区、乙港区、丙港区三大物流聚集区，培育研学旅游线路。
建成北方重要整机及配套设施制造基地，加快规划馆及示范区接待基地建设。
全面推动高校科技园建设，支持离岸培训基地和海外引智基地开展活动。
推进与某市地铁云谷线东延连接的研究。
加快建设云湾精工产业园、金桥软件园，依托智慧岛、银杏创新园等载体。
探索建设中德、中法产业园。推动若干街镇园区对接银湖软件园。
"""


@pytest.fixture(scope="module")
def not_parks(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    return _extract_text(tmp_path_factory, NOT_PARKS)


def test_titles_ranks_kinds_and_fragments_are_not_parks(not_parks: Extraction) -> None:
    parks = set(_mentions(not_parks, "Park"))
    for wrong in ("国家级海洋牧场示范区",  # what a named place is to become
                  "国家全域康养示范区", "市级软件服务集聚示范区",  # titles given to places
                  "全国先进材料研发基地", "全国一流人才服务产业园", "全市智能装备产业集聚区",
                  "主题性研学教育基地", "苗木繁育基地", "研学小镇", "高校科技园", "离岸培训基地",
                  "海外引智基地", "配套设施制造基地", "示范区接待基地"):
        assert wrong not in parks, wrong
    assert not any("三大" in p or "地铁" in p for p in parks)
    assert not acceptable("云谷人才十条云谷", "Park")  # a policy's articles
    assert {"云湾精工产业园", "金桥软件园", "银杏创新园", "中法产业园"} <= parks
    assert "银湖软件园" in parks  # a partner of the many, not one of them


HOLDERS = """青禾区关于深化国有企业改革的实施方案
发布日期: 2024-06-01      来源: 青禾区

第一章 重点任务

推动国有企业改革。完善青禾控股、云湾建投的现代企业制度，推进国有控股、外资控股企业规范运作。
做强青禾碳汇交易所，组织企业赴证券交易所路演。
"""


def test_state_groups_by_short_name_and_exchanges_are_firms(tmp_path_factory) -> None:
    ex = _extract_text(tmp_path_factory, HOLDERS)
    firms = _mentions(ex, "Enterprise")
    assert firms["青禾控股"]["status"] == "present"
    assert "云湾建投" in firms
    assert not any(n.startswith(("完善", "善青禾")) for n in firms)
    assert "国有控股" not in firms and "外资控股" not in firms  # an ownership, not a firm
    assert "青禾碳汇交易所" in firms
    assert "证券交易所" not in firms and "证券交易所" not in _mentions(ex, "Platform")


BUILDERS = """青禾区关于推动通航产业发展的实施方案
发布日期: 2024-06-01      来源: 青禾区

第一章 重点任务

——通航。支持云翼通航建设华北通航运营基地；推进星河天测打造卫星遥感数据应用平台。
推动青飞C919机身部件生产线建设。支持园区建设共享实验平台，推进科学家共同打造开放创新平台。
依托蓝海微电子、天樞信息等企业发展集成电路。
推动蓝海、思源达等产能向北转移。
"""


def test_who_builds_a_named_carrier_and_who_makes_a_model_are_firms(tmp_path_factory) -> None:
    ex = _extract_text(tmp_path_factory, BUILDERS)
    firms = _mentions(ex, "Enterprise")
    assert firms["云翼通航"]["status"] == "present"  # 支持某某建设…基地
    assert "星河天测" in firms  # 推进某某打造…平台
    assert "青飞" in firms  # 推动某某C919…: the maker of a model
    assert "园区" not in firms and not any("科学家" in f for f in firms)
    # 蓝海 is 蓝海微电子 without its line of business: a list holding it is of firms.
    assert firms["蓝海"].get("alias_of") == "蓝海微电子"
    assert "思源达" in firms


KINDS_OF_FIRMS = """青禾区关于推动软件产业发展的实施方案
发布日期: 2024-06-01      来源: 青禾区

第一章 重点任务

青禾片区形成以船舶修造、冷链仓储、水产加工等为主体的产业格局。
补链引进存储构件、排版软件、CRM软件等优质企业，引入国际知名的云计算应用公司。
坚持平等对待各类企业，借助众包研发、开放实验室等途径培育大企业生态。
依托云杉智联、蓝海微电子等企业，发展嵌入式软件。
"""


def test_lines_of_business_products_and_words_with_deng_are_not_firms(tmp_path_factory) -> None:
    ex = _extract_text(tmp_path_factory, KINDS_OF_FIRMS)
    firms = set(_mentions(ex, "Enterprise"))
    for wrong in ("船舶修造", "冷链仓储", "水产加工", "存储构件", "排版软件", "CRM软件",
                  "云计算应用公司", "坚持平", "众包研发"):
        assert wrong not in firms, wrong
    assert {"云杉智联", "蓝海微电子"} <= firms


def test_a_centre_listed_among_theme_parks_is_a_park(tmp_path_factory) -> None:
    ex = _extract_text(tmp_path_factory, """青禾区关于推动园区建设的实施方案
发布日期: 2024-06-01      来源: 青禾区

第一章 重点任务

加快青禾声谷、国家青禾材料创新中心、云湾智造产业园等一批主题园区建设。建设国际算力服务特区和人才特区。
""")
    parks = set(_mentions(ex, "Park"))
    assert {"青禾声谷", "国家青禾材料创新中心", "云湾智造产业园", "国际算力服务特区"} <= parks
    assert "人才特区" not in parks


def test_a_name_after_the_phrase_that_closes_a_list_is_found() -> None:
    found = {n for _, _, n, _ in names_ending_with_suffix(
        "支持星河通导建设以遥感传输为主，定位、授时等技术协同发展的云图卫星总部基地")}
    assert "云图卫星总部基地" in found
    assert not any(n.startswith("技术") for n in found)
    assert not {n for _, _, n, _ in names_ending_with_suffix("推进甲、乙等路桥工程建设")}


LISTED_WORKS = """青禾区关于推进重点项目的实施方案
发布日期: 2024-05-01      来源: 青禾区

第一章 重点任务

截至年底承接项目共计20个，重点落户了云岫数据总部、星枢智算等龙头项目。重点推进“三厂”搬迁改造、远帆重工5万台电机等项目。推进远帆重工电机产业化基地项目、人工心肺耗材研发产业化等项目进展。支持远帆重工建设以智能传感产业为主，精密测控、远程运维等技术协同发展的青鸾测控总部基地。启动云栖城际北岭至青禾西联络线建设。建设青禾协和医学院云栖校区。
"""


@pytest.fixture(scope="module")
def listed_works(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    return _extract_text(tmp_path_factory, LISTED_WORKS)


def test_items_of_a_project_list_keep_their_quotes_headquarters_and_siblings(
        listed_works: Extraction) -> None:
    projects = _mentions(listed_works, "Project")
    assert "云岫数据总部" in projects  # 落户了: the particle is not part of the name
    assert "“三厂”搬迁改造" in projects
    assert "人工心肺耗材研发产业化" in projects  # beside a named project of the same list


def test_a_name_after_a_long_modifier_and_routes_between_two_ends(
        listed_works: Extraction) -> None:
    places = _mentions(listed_works, "Park")
    projects = _mentions(listed_works, "Project")
    assert "青鸾测控总部基地" in places  # …等技术协同发展的 ends the modifier, not the name
    assert "云栖城际北岭至青禾西联络线" in projects
    assert "青禾协和医学院云栖校区" in projects  # 协和 is a word, not two names joined


FIRM_CARRIERS = """青禾区关于创新载体的实施方案
发布日期: 2024-05-01      来源: 青禾区

第一章 重点任务

依托云岫科技，开展语音技术研发。依托云岫科技星语谷、青禾海水工程中心等建设一批特色载体。依托星语谷平台优势，吸引企业落户。
提升青禾重工集团、远帆航空有限责任公司七零一所等科研院所创新能级。加快青禾中欧综合服务中心、青禾学术交流中心等重点项目建设。
"""


@pytest.fixture(scope="module")
def firm_carriers(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    return _extract_text(tmp_path_factory, FIRM_CARRIERS)


def test_a_firms_valley_and_numbered_institute_are_platforms(firm_carriers: Extraction) -> None:
    platforms = _mentions(firm_carriers, "Platform")
    parks = _mentions(firm_carriers, "Park")
    assert "云岫科技星语谷" in platforms and "云岫科技星语谷" not in parks
    assert platforms["星语谷"].get("alias_of") == "云岫科技星语谷" and "星语谷" not in parks
    assert "远帆航空有限责任公司七零一所" in platforms


def test_a_centre_listed_among_key_projects_is_a_project(firm_carriers: Extraction) -> None:
    assert "青禾中欧综合服务中心" in _mentions(firm_carriers, "Project")
    assert "青禾中欧综合服务中心" not in _mentions(firm_carriers, "Platform")


def test_phrases_routines_and_classes_are_not_projects_or_platforms() -> None:
    assert not acceptable("项目储备滚动排布项目", "Project")  # begins with its own kind word
    assert not acceptable("布局小学", "Project")  # a verb in front, not a name
    assert not acceptable("青禾湾核心区标志性工程", "Project")  # a quality the text aims at
    assert not acceptable("省部级海洋重大科研项目", "Project")  # a level of projects
    assert not acceptable("长途班列+短途城际", "Project")
    assert not acceptable("创新与青禾人民医院", "Project")  # 创新与…合作: a partner
    assert not acceptable("国家云计算重大工程", "Project")  # works of an industry
    assert acceptable("云计算制造业创新中心项目", "Project")  # builds one named body
    assert not acceptable("断头路打通工程", "Project")
    assert not acceptable("月月有论坛", "Platform")  # a routine, not a forum
    assert not acceptable("省科技厅备案众创空间", "Platform")  # a register, not one space
    assert not acceptable("海关特殊监管平台", "Platform")
    assert not acceptable("证券交易所", "Platform")
    assert acceptable("青禾湾人民医院", "Project")
    assert acceptable("种子质量控制平台", "Platform")  # 控制 inside a name is no verb


def test_cut_words_inside_and_around_platform_names() -> None:
    assert [n[2] for n in names_ending_with_suffix("优化投资项目在线审批监管平台审批流程")] == [
        "投资项目在线审批监管平台"]
    assert [n[2] for n in names_ending_with_suffix("建设国内一流星河孵化器品牌")] == ["星河孵化器"]
    assert not names_ending_with_suffix("(含境外孵化器)")
    assert not [n for n in names_ending_with_suffix("从电线电缆到成套工程") if n[3] == "Project"]
    assert not [n for n in names_ending_with_suffix("依托青禾所工业酶国家工程平台")
                if n[3] == "Project"]


HOSPITALS = """青禾区关于公共服务的实施方案
发布日期: 2024-05-01      来源: 青禾区

第一章 重点任务

青禾湾医院争创三级甲等综合医院，成为东翼医疗中心。推动甲港医院与乙河人民医院协调发展，均建成三级综合医院，成为南翼医疗中心。加快青禾港口型国家物流枢纽建设。加快5G基站建设。
"""


@pytest.fixture(scope="module")
def hospitals(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    return _extract_text(tmp_path_factory, HOSPITALS)


def test_a_hospitals_role_is_its_alias_unless_two_share_it(hospitals: Extraction) -> None:
    projects = _mentions(hospitals, "Project")
    assert projects["青禾湾医院（东翼医疗中心）"].get("alias_of") == "青禾湾医院"
    assert not any("南翼" in n for n in projects)
    assert "青禾港口型国家物流枢纽" in projects  # 加快…建设 names the work
    assert not any("基站" in n for n in projects)  # a kind of facility


PLATFORM_LEADS = """青禾区关于承接平台的实施方案
发布日期: 2024-05-01      来源: 青禾区

第一章 重点任务

2.聚焦重点平台,加快承接项目资源。提升重点平台承载能力。青禾协同发展战略合作功能:推动配套服务提升。云栖未来科技城:建设空间载体。近期主要任务:完善配套。实施青禾区云岭街和东环路跨青河特大桥建设。
"""


@pytest.fixture(scope="module")
def platform_leads(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    return _extract_text(tmp_path_factory, PLATFORM_LEADS)


def test_names_opening_sentences_after_a_lead_about_platforms_are_platforms(
        platform_leads: Extraction) -> None:
    platforms = _mentions(platform_leads, "Platform")
    assert "青禾协同发展战略合作功能" in platforms and "云栖未来科技城" in platforms
    assert not any(n.startswith("推动") or n.endswith("任务") for n in platforms)


def test_a_bridge_named_by_the_roads_it_joins_is_one_work(platform_leads: Extraction) -> None:
    assert "青禾区云岭街和东环路跨青河特大桥" in _mentions(platform_leads, "Project")
    assert not acceptable("甲治理和乙船闸工程", "Project")


def test_programmes_sought_kinds_and_station_building_are_not_works() -> None:
    assert not acceptable("青年骨干人才培养工程", "Project")  # a programme, not a work
    assert not acceptable("基层卫生服务能力提升工程", "Project")
    assert acceptable("青禾河综合治理与生态修复工程", "Project")
    text = """青禾区关于重点项目的实施方案
发布日期: 2024-05-01      来源: 青禾区

第一章 重点任务

大力吸引锂电池设备项目。积极引进星岚化学新材料项目。推进联合集约建站。建设20万吨/日苦咸水净化试验场。推进云岫永利2000标准立方米/小时加氢母站项目建设。青禾外语大学合建青禾外国语学校。建设云栖大道—青禾高速联络线。
"""
    ex = extract(structure(read_document(_write(text)))[0])
    projects = _mentions(ex, "Project")
    assert not any("设备项目" in n or "建站" in n for n in projects)
    assert "星岚化学新材料项目" in projects  # a firm's project to attract is one project
    assert "20万吨/日苦咸水净化试验场" in projects  # the rate belongs to the name
    assert projects["苦咸水净化试验场"].get("alias_of") == "20万吨/日苦咸水净化试验场"
    assert "云岫永利2000标准立方米/小时加氢母站项目" in projects
    assert "青禾外国语学校" in projects  # 合建 is a verb, not part of the name
    assert "云栖大道—青禾高速" not in projects  # the head of the link line's name


def _write(text: str) -> Path:
    import tempfile  # noqa: PLC0415

    path = Path(tempfile.mkdtemp()) / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_platform_of_kind_and_manner_words_only_is_a_kind() -> None:
    for name in ("远程医疗平台", "市场化孵化器", "海外研发中心", "不良资产处置平台", "专项产业基金",
                 "线上线下一体活动平台", "公共法律服务实体平台"):
        assert not acceptable(name, "Platform"), name
    assert acceptable("国家展览中心", "Platform")  # the national one of its kind
    assert acceptable("青禾远程医疗平台", "Platform")  # a place makes it one
    assert acceptable("星河科技孵化器", "Platform")


def test_an_industry_after_a_verb_in_a_lead_sentence() -> None:
    text = """青禾区金融发展规划
发布日期: 2024-05-01      来源: 青禾区

第一章 壮大优势金融服务业

促进数字创意发展。加快集聚数字创意企业。
"""
    ex = extract(structure(read_document(_write(text)))[0])
    assert "数字创意" in _mentions(ex, "Industry")


def test_manner_words_are_read_before_the_generic_ones() -> None:
    for name in ("社区生活服务信息化平台", "全程可追溯监管服务平台", "基层社会治理服务平台",
                 "跨区域技术转移平台", "新动能引育母基金", "不动产投资信托基金"):
        assert not acceptable(name, "Platform"), name
    assert acceptable("青禾湾科技成果转化联盟", "Platform")


def test_a_body_followed_by_its_platform_named_from_a_place_is_split() -> None:
    found = [n[2] for n in names_ending_with_suffix("建设星河安全研究中心天津星河安全公共服务平台，")]
    assert "天津星河安全公共服务平台" in found and "星河安全研究中心" in found
    assert not any(n.startswith("星河安全研究中心天津") for n in found)
    found = [n[2] for n in names_ending_with_suffix("支持青禾生物研究院天津分院建设")]
    assert "青禾生物研究院天津分院" in found or not any(n == "天津分院" for n in found)


def test_the_undertaker_is_the_firm_that_covers_the_name_and_never_a_port_group() -> None:
    text = """青禾区重点项目计划
发布日期: 2024-05-01      来源: 青禾区

第一章 重点任务

依托云岫集团、云岫云等企业。重点落户了云岫云总部、星枢智算等龙头项目。依托南沙新区集团，推进南沙新区云栖专业化码头建设。
"""
    ex = extract(structure(read_document(_write(text)))[0])
    undertaken = _facts(ex, "UNDERTAKEN_BY")
    assert ("云岫云总部", "云岫云") in undertaken and ("云岫云总部", "云岫集团") not in undertaken
    assert not any(firm == "南沙新区集团" for _, firm in undertaken)  # named after a place


def test_an_industry_inside_a_park_name_is_not_the_sentences() -> None:
    text = """青禾区承接平台计划
发布日期: 2024-05-01      来源: 青禾区

第一章 重点任务

在云栖站片区、白石健康产业园、青禾西站商务区等谋划建设承接平台。
"""
    ex = extract(structure(read_document(_write(text)))[0])
    assert not any(ind == "健康产业" for src, ind in _facts(ex, "IN_INDUSTRY") if src != "白石健康产业园")


def test_a_hospital_works_in_health_care_not_in_its_sentences_industries(
        hospitals: Extraction) -> None:
    industries = {ind for src, ind in _facts(hospitals, "IN_INDUSTRY") if src == "青禾湾医院"}
    assert industries == {"医疗卫生"}


def test_a_firms_valley_platform_and_a_class_of_city_schools(firm_carriers: Extraction) -> None:
    assert not acceptable("市直属校滨海学校", "Project")  # the city's schools, not one
    text = FIRM_CARRIERS.replace("依托星语谷平台优势", "依托星语谷平台优势，发挥星语谷平台作用")
    ex = extract(structure(read_document(_write(text)))[0])
    assert _mentions(ex, "Platform")["星语谷平台"].get("alias_of") == "云岫科技星语谷"


CHAINS = """天津港保税区关于打造数字产业集群的实施方案
发布日期: 2024-12-01      来源: 天津港保税区

第一章 产业体系

（一）聚焦发展数智1大创新产业

重点发展感知设备、云端平台、数智+服务3大核心链条和数据安全1大保障。

——“传感器模组终端感知设备产业链。传感芯片领域，推进产品研发。云领域，提升计算能力。

——接入整合数智+服务产业链。适配及集成应用领域，重点发展芯片、模组等国产化产品适配测试服务。

——数据安全。安全产品领域，提升防护能力。
"""


def test_chain_headings_that_lost_their_quotes_name_the_chain_their_lead_lists(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, CHAINS)
    sub = _facts(ex, "SUBINDUSTRY_OF")
    # 甲1大创新产业 names one industry; the chains under it are those its lead enumerates.
    assert ("感知设备", "数智") in sub and ("数智+服务", "数智") in sub
    assert ("数据安全", "数智") in sub
    assert ("传感芯片", "感知设备") in sub and ("云", "感知设备") in sub
    # A field label that opens its sentence keeps its joined words.
    assert ("适配及集成应用", "数智+服务") in sub
    found = set(_mentions(ex, "Industry"))
    assert "传感器模组终端感知设备产业链" not in found
    # Items that only qualify a service's products are not kinds of the chain.
    assert ("芯片", "数智+服务") not in sub and ("模组", "数智+服务") not in sub


SERVICES = """天津港保税区关于提升服务业能级的实施方案
发布日期: 2024-12-02      来源: 天津港保税区

第一章 重点任务

提升服务业能级。加快发展商务性服务业，大力发展法律服务、会计服务等产业。不断提升社区零售、家庭照护服务等生活性服务业品质。培育数字文创、智能物流等关键产业。
"""


def test_a_list_is_of_the_industry_its_head_or_its_sentence_names(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, SERVICES)
    sub = _facts(ex, "SUBINDUSTRY_OF")
    assert ("法律服务", "商务性服务业") in sub and ("会计服务", "商务性服务业") in sub
    assert ("家庭照护服务", "生活性服务业") in sub
    # 等关键产业 names a quality of the items, not an industry above them.
    assert "关键产业" not in set(_mentions(ex, "Industry"))


SECTORS = """天津港保税区关于乡村振兴和开放合作的实施方案
发布日期: 2024-12-03      来源: 天津港保税区

第一章 重点任务

加快发展生态康养型农业。打造游艇产业集聚区，建设全国冰雪运动产业基地，打造高端智慧型产业集聚区。
聚焦量子测量设备、航空材料、精密轴承、高技术等领域开展攻关。
"""


def test_sectors_developed_areas_built_and_fields_focused_on_name_industries(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, SECTORS)
    found = set(_mentions(ex, "Industry"))
    assert {"生态康养型农业", "游艇产业", "冰雪运动产业", "量子测量设备", "精密轴承"} <= found
    # A scope (全国) is no part of the industry; a quality (高端智慧型, 高技术) names none.
    assert not {"全国冰雪运动产业", "高端智慧型产业", "高技术"} & found


PLACES = """天津港保税区关于文旅消费和物流联动的实施方案
发布日期: 2024-12-04      来源: 天津港保税区

第一章 重点任务

打造滨河公园、城市科技馆、湾畔主题公园等一批主题消费旅游目的地。与周边霸州、青县等物流服务节点形成联动。实施云峰国际机场二期扩建工程。
"""


def test_destinations_logistics_nodes_and_the_airport_a_work_extends_are_places(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, PLACES)
    zones = set(_mentions(ex, "Zone"))
    assert {"城市科技馆", "湾畔主题公园", "霸州", "青县", "云峰国际机场"} <= zones
    assert "周边霸州" not in zones
    assert "城市科技馆" not in _mentions(ex, "Project")
    assert ("云峰国际机场二期扩建工程", "云峰国际机场") in _facts(ex, "LOCATED_IN")


NOT_PROMOTED = """天津港保税区关于安全发展和产业融合的实施方案
发布日期: 2024-12-05      来源: 天津港保税区

第一章 产业发展

第一节 智能装备产业

——工业机器人。围绕汽车及零部件、家电制造等产业发展需求，重点发展焊接装备、喷涂装备等领域。在智慧园区、应急管理、社区服务等领域建设一批应用场景。聚焦突破视觉识别与处理技术、运动控制芯片等。
——智能系统。重点发展家居、安防等领域嵌入式系统。
精密制造产业布局伺服电机、精密减速装备、控制设备三大优势领域。在当地智能装备等领域发掘人才。

第二章 安全保障

开展重点领域安全整治。危化品运输领域，重点防范泄漏事故。建筑施工领域，深化隐患排查。
"""


def test_fields_inspected_applied_in_or_served_are_not_kinds_of_the_section(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, NOT_PROMOTED)
    found = set(_mentions(ex, "Industry"))
    sub = _facts(ex, "SUBINDUSTRY_OF")
    assert ("焊接装备", "工业机器人") in sub
    # Served sectors and the fields a product is used in are no narrower industries.
    assert not {("家电制造", "工业机器人"), ("家居", "智能系统")} & sub
    # Fields where scenes are applied and fields of a safety drive are not industries.
    assert not {"应急管理", "社区服务", "危化品运输", "建筑施工"} & found
    # A field named with its activity head stays whole; a verb inside the first item cuts it.
    assert "视觉识别与处理技术" in found and "处理技术" not in found
    assert "伺服电机" in found and "精密制造产业布局伺服电机" not in found
    assert "当地智能装备" not in found


KINDS_OF_ZONE = """天津港保税区关于开放平台的实施方案
发布日期: 2024-12-06      来源: 天津港保税区

第一章 重点任务

推动东丽区综保区扩区。遴选三大开发区干部挂职。
"""


def test_a_kind_of_zone_after_a_district_stays_one_name_and_a_verb_is_no_place(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, KINDS_OF_ZONE)
    zones = set(_mentions(ex, "Zone"))
    assert "东丽区综保区" in zones
    assert not {"综保区", "遴选"} & zones


LAYOUT = """天津港保税区关于片区布局的实施方案
发布日期: 2024-12-07      来源: 天津港保税区

第一章 空间布局

第一节 临港片区

——智能装备产业集聚区(北装备):重点发展工业机器人、数控机床等领域。
"""


def test_a_layout_item_named_like_a_park_is_a_part_of_its_area(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, LAYOUT)
    assert "智能装备产业集聚区" in _mentions(ex, "Zone")
    assert not {"智能装备产业集聚区", "智能装备产业集聚区(北装备)"} & set(_mentions(ex, "Park"))
    assert ("智能装备产业集聚区", "临港片区") in _facts(ex, "PART_OF")
    assert ("智能装备产业集聚区", "工业机器人") in _facts(ex, "FOCUSES_ON")


def test_a_quarter_of_a_known_zone_is_part_of_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = UNSEEN.replace("推进远航重工深海钻井扩建项目建设。", "推进远航重工深海钻井扩建项目建设。聚焦东丽区北区、东丽区中部。")
    ex = _extract_text(tmp_path_factory, text)
    assert "东丽区北区" in _mentions(ex, "Zone")
    assert ("东丽区北区", "东丽区") in _facts(ex, "PART_OF")
    assert "东丽区中部" not in _mentions(ex, "Zone")


def test_fields_of_the_leading_firms_a_list_names_are_industries(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    text = INDUSTRIES.replace("速冻面点。鼓励禾丰食品等企业扩大规模。",
                              "速冻面点。培育引进一批冷冻与储运、面点生产制造、冷链物流服务等领域龙头企业。")
    ex = _extract_text(tmp_path_factory, text)
    assert ("冷冻与储运", "速冻面点") in _facts(ex, "SUBINDUSTRY_OF")
    assert "冷冻与储运" not in _mentions(ex, "Enterprise")


def test_a_list_closed_by_a_narrower_industry_names_it_under_the_section(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    text = INDUSTRIES.replace("速冻面点。鼓励禾丰食品等企业扩大规模。",
                              "速冻面点。开发低糖馅料、杂粮面皮等健康面点食品。布局蒸箱、冷柜等关键设备。")
    ex = _extract_text(tmp_path_factory, text)
    sub = _facts(ex, "SUBINDUSTRY_OF")
    assert ("健康面点食品", "速冻面点") in sub
    assert "关键设备" not in _mentions(ex, "Industry")


def test_a_field_whose_right_part_is_a_bare_head_stays_whole(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    text = INDUSTRIES.replace("速冻面点。鼓励禾丰食品等企业扩大规模。",
                              "速冻面点。围绕冷链食品、深海探测与装备等领域建设一批创新平台。")
    found = set(_mentions(_extract_text(tmp_path_factory, text), "Industry"))
    assert "深海探测与装备" in found and "装备" not in found


def test_a_product_for_fields_listed_before_it_keeps_them_as_its_qualifier(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    text = INDUSTRIES.replace("速冻面点。鼓励禾丰食品等企业扩大规模。",
                              "新型材料产业。重点发展船舶、电力领域防腐涂层材料、高纯石英材料等。")
    ex = _extract_text(tmp_path_factory, text)
    found = set(_mentions(ex, "Industry"))
    assert "防腐涂层材料(船舶、电力领域)" in found
    assert "电力领域防腐涂层材料" not in found


def test_shared_heads_and_bare_sectors_in_industry_lists(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    text = INDUSTRIES.replace(
        "速冻面点。鼓励禾丰食品等企业扩大规模。",
        "速冻面点。围绕船舶及配件、冷链物流等产业发展需求，布局设备。依托码头仓储和制造业、冷链物流等产业优势，扩大规模。")
    found = set(_mentions(_extract_text(tmp_path_factory, text), "Industry"))
    assert "船舶配件" in found and "配件" not in found
    assert "码头仓储和制造业" not in found


def test_items_a_text_calls_key_fields_of_its_industry_are_industries(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    text = INDUSTRIES.replace(
        "速冻面点。鼓励禾丰食品等企业扩大规模。",
        "家电产业。打造整机、压缩机、温控模块等重点领域的完整链条。布局装配、喷涂等家电机器人细分领域。")
    ex = _extract_text(tmp_path_factory, text)
    sub = _facts(ex, "SUBINDUSTRY_OF")
    assert {("整机", "家电产业"), ("压缩机", "家电产业")} <= sub
    # 等家电机器人细分领域: the items are steps of another industry, not fields of this one.
    assert not {"装配", "喷涂"} & set(_mentions(ex, "Industry"))


def test_a_designated_national_cluster_names_its_industry(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    text = SECTORS.replace("加快发展生态康养型农业。",
                           "做强京津冀低空经济国家级先进制造业集群，建设国家海洋牧场产业集群，打造百亿级国家级创新产业集群。")
    found = set(_mentions(_extract_text(tmp_path_factory, text), "Industry"))
    assert {"低空经济", "海洋牧场"} <= found
    assert not {"京津冀低空经济", "创新", "强京津冀低空经济"} & found


def test_what_is_made_into_an_area_is_a_place(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = PLACES.replace("实施云峰国际机场二期扩建工程。",
                          "将银杏坊和望湖湾打造成为金融创新示范区的核心区。将数据要素打造成为新动能。")
    zones = set(_mentions(_extract_text(tmp_path_factory, text), "Zone"))
    assert {"银杏坊", "望湖湾"} <= zones
    assert "数据要素" not in zones


def test_a_numbered_set_of_industries_is_one_industry_under_all_its_spellings(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    text = SECTORS.replace("加快发展生态康养型农业。",
                           "构建“2+5”现代产业体系。“2+5”产业规模提升。落实“3+2”产业目录。")
    ex = _extract_text(tmp_path_factory, text)
    industries = _mentions(ex, "Industry")
    assert "“2+5”现代产业体系" in industries
    assert industries["“2+5”产业"].get("alias_of") == "“2+5”现代产业体系"
    assert not any(n.startswith("“3+2”") for n in industries)


def test_a_counted_heading_named_after_a_place_names_no_industry(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    text = CHAINS.replace("（一）聚焦发展数智1大创新产业", "（一）建设东丽区两大产业集群")
    assert "东丽区" not in _mentions(_extract_text(tmp_path_factory, text), "Industry")


def test_a_service_industry_is_one_with_or_without_its_final_ye() -> None:
    from loaders.industries import industry_key

    assert industry_key("数智服务业") == industry_key("数智服务") == industry_key("数智服务产业")
    assert industry_key("服务业") != industry_key("服务")


SIBLING_LEADS = """青禾区国民经济和社会发展第十四个五年规划纲要

第四章 建设先进制造基地

第一节 壮大产业集群

坚持创新驱动，推动产业集聚发展。
 打造先进制造中心区
 生物医药。依托青禾药物研究院等平台，聚焦合成生物、疫苗等重点领域，打造生物药、化学药等产业集群。
新能源。扩大锂离子电池产业优势，推进风电设备制造等风电产业集群发展。
新材料。打造高性能复合材料、先进结构材料等为代表的新材料产业集群。
"""


def test_run_in_leads_of_the_same_shape_are_siblings(tmp_path_factory: pytest.TempPathFactory
                                                     ) -> None:
    ex = _extract_text(tmp_path_factory, SIBLING_LEADS)
    sub = _facts(ex, "SUBINDUSTRY_OF")
    industries = _mentions(ex, "Industry")
    assert {"生物医药", "新能源", "新材料"} <= set(industries)
    assert ("新能源", "生物医药") not in sub and ("新材料", "生物医药") not in sub


BRANCHES = """青禾区关于推进社会事业设施建设的实施方案

一、重点任务

推进云栖大学附属医院翠湖医院和星河中学东湖学校建设。加快白石公路北辰东段建设，推进翠湖公路联络线建设。
加快云栖大学附属医院改造。
"""


def test_a_parent_named_only_at_the_head_of_its_branch_is_no_work(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    ex = _extract_text(tmp_path_factory, BRANCHES)
    works = set(_mentions(ex, "Project"))
    assert {"云栖大学附属医院翠湖医院", "星河中学东湖学校", "白石公路北辰东段"} <= works
    assert "星河中学" not in works and "白石公路" not in works
    assert "云栖大学附属医院" in works  # named on its own elsewhere
    assert "翠湖公路联络线" in works and "翠湖公路" not in works


STANDING = """青禾区关于推进教育事业发展的实施方案

一、重点任务

以青禾实验小学和翠湖学校为核心，探索集团化办学。推进白石路小学建设。
"""


def test_a_school_the_clause_leans_on_without_building_is_no_work(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    works = set(_mentions(_extract_text(tmp_path_factory, STANDING), "Project"))
    assert "白石路小学" in works
    assert not works & {"青禾实验小学", "翠湖学校"}



PRODUCTS = """星河区重点项目建设情况

一、重点项目

星河区推进青禾科技折叠屏转轴模组研发生产项目、澄川能源钠离子电池生产基地建设。
围绕钠离子电池产业,引进上下游配套企业。
"""


def test_a_work_s_product_is_an_industry_only_where_the_text_treats_it_as_one(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text(PRODUCTS, encoding="utf-8")
    batches = load_corpus(tmp_path, workers=1).batches
    industries = {n.name for b in batches for n in b.nodes if n.label == "Industry"}
    in_industry = {(e.src, e.dst) for b in batches for e in b.edges if e.rel == "IN_INDUSTRY"}
    # Named as a field of its own elsewhere in the text: the work is in it.
    assert ("proj:澄川能源钠离子电池生产基地", "ind:钠离子电池") in in_industry
    # Written only inside one work's name: a product line, not an industry of the plan.
    assert "折叠屏转轴模组" not in industries
