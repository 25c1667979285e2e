"""How extracted things are linked: industries of firms, platforms and projects, and where
they lie. Read from an invented plan through the real read and structure stages."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract_entities import extract
from loaders.model import Extraction
from loaders.read import read_document
from loaders.structure import structure

PLAN = """东丽区关于青禾片区产业发展的实施方案
发布日期: 2024-03-01      来源: 东丽区

第一章 重点产业

鼓励远帆微电、青石芯科等射频芯片设计企业加快布局信号处理芯片。依托青岩微电、白鹭信安等龙头企业做强产业链。发挥蓝瞳感知、北辰测控等激光器企业的技术优势。引进星河能源、北辰氢动等优质企业。
互联网+家政服务领域，重点发展以云鹿到家、青柚旅行等为代表的B2C服务、旅居服务；互联网+支付服务领域，重点布局以青松支付为代表的支付服务。
重点发展科技金融、孵化服务等细分领域。依托青禾众创空间、白鹭孵化器等创业载体，定期举办投资对接活动。发挥青禾药业、白鹭制药等龙头企业带动作用，开发抗肿瘤药物、心血管系统药物等靶向新药。依托北辰测控等企业，布局电解液、电解质等关键材料。
打造以青驰物联、白鹭优运等为代表的冷链货运平台，建设全国冷链货运产业集聚区。推动青禾会展中心提升办展水平，丰富线上会展活动。加快建设青禾影视产业园、白鹭影视示范园等平台，促进数字创意产业发展。深化生物医药协同合作，依托白鹭公共产业园，做强区域节能环保集群。支持港航信息、航运经纪等现代港航服务业发展，建设青禾航运服务集聚区。
射频芯片领域，推进远帆芯片研发总部项目建设。重点发展遥感及应用、测绘仪器等产业。
遥感及应用领域，支持青禾通导研发导航芯片；推进白鹭航电打造遥感应用产业化发展平台，优化布局测控通信设备研制。云领域，依托青云数科等企业提升计算能力。推进青云IDC算力中心项目建设。

建成白沙综合保税区二期，依托岸线资源优势，聚焦发展海洋牧场、生物医药等新兴产业。推进青禾物流园项目建设，加快发展航空航天产业。

青禾协同创新平台。以青禾技术研究院为载体，吸引一批航空航天、生物医药等领域重点项目落户。

第二章 港口建设

提升白沙港区主航道通航能力，加快推动大型油轮锚地建设。推进白沙港区智能化集装箱码头工程建设。建设青禾关港集疏港服务平台，提升口岸效率。港内打通青澜路，提升黑石港区通行能力。

——青禾芯片产业集聚区(北区):围绕周边企业发展需求,强化研发类企业招商。做强射频芯片研发设计、功率芯片制造、物联网终端制造等硬件链,提升软件供给能力。

——青禾云计算产业集聚区:围绕周边企业发展需求,推进青岩微电、白鹭信安等产业资源向北拓展。
——青禾制造研发区:以青松电池、白鹭材料、北辰重工等为重点,重点发展光伏组件、生物医药、风电装备等高端制造环节,集聚节能环保企业。

第三章 民生保障

专栏1 卫生健康名院工程

推动青禾医院建成三级综合医院。推进白鹭中学建设。

第四章 推动青禾片区建成智能制造集聚区

依托云帆科技等龙头企业，加快推进云帆科技智能工厂项目建设。加快推进云帆科技智能计算产业创新中心建设，逐步打造国家智能计算产业集群，建设北湾物联网产业园、金桥科技产业园。深度对接星河能源等龙头企业，推进星河能源储能基地项目落地。
支持云帆科技建设以移动通信产业为主,高精度导航协同发展的北辰卫星应用总部基地项目。支持云帆科技建设研发中心，推进海河大道改造项目。
支持白沙港区以航运自由为主攻方向，建设国际航运服务特区；推动黑石港区扩区，推动青禾物流产业区基础设施项目建设。
有序推进青禾轨道交通布局建设，协调推进滨海Z9线青禾站点建设。围绕青禾生命谷建设，新建青禾细胞质量检测平台、白鹭药物筛选平台等创新平台。
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    path: Path = tmp_path_factory.mktemp("corpus") / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    return extract(structure(read_document(path))[0])


def _facts(ex: Extraction, rel: str) -> set[tuple[str, str]]:
    return {(f.src.surface, f.dst.surface) for f in ex.facts if f.rel == rel}


def test_the_kind_word_of_a_firm_list_is_the_firms_industry(plan: Extraction) -> None:
    facts = _facts(plan, "IN_INDUSTRY")
    assert ("远帆微电", "射频芯片") in facts  # 设计企业: the activity is not the industry
    assert ("青石芯科", "射频芯片") in facts
    assert ("北辰测控", "激光器") in facts
    assert not any(src == "星河能源" and dst.startswith("优质") for src, dst in facts)


def test_letter_digit_terms_name_industries(plan: Extraction) -> None:
    assert ("青柚旅行", "B2C服务") in _facts(plan, "IN_INDUSTRY")


def test_port_works_lie_in_the_port_their_paragraph_names(plan: Extraction) -> None:
    located = _facts(plan, "LOCATED_IN")
    assert ("大型油轮锚地", "白沙港区") in located  # the port named before it in its sentence
    assert ("青澜路", "黑石港区") in located  # 港内: inside the port named after it
    # A port area named in an earlier sentence is the place of the work named with it there.
    assert ("青禾关港集疏港服务平台", "白沙港区") not in located


def test_a_firm_building_a_work_in_an_area_is_present_there(plan: Extraction) -> None:
    located = _facts(plan, "LOCATED_IN")
    assert ("云帆科技智能工厂项目", "青禾片区") in located
    assert ("云帆科技", "青禾片区") in located
    assert ("星河能源", "青禾片区") not in located  # courted, not yet there


def test_each_field_label_scopes_its_own_clause(plan: Extraction) -> None:
    facts = _facts(plan, "IN_INDUSTRY")
    assert ("青柚旅行", "互联网+家政服务") in facts
    assert ("青柚旅行", "互联网+支付服务") not in facts
    assert ("青松支付", "互联网+支付服务") in facts
    assert ("青松支付", "互联网+家政服务") not in facts
    assert ("远帆芯片研发总部项目", "射频芯片") in facts
    # 云领域 opens a scope no industry here names: the one before it has ended.
    assert ("青云IDC算力中心项目", "射频芯片") not in facts


def test_a_carrier_named_after_a_field_serves_it(plan: Extraction) -> None:
    industries = _facts(plan, "IN_INDUSTRY")
    assert ("云帆科技智能计算产业创新中心", "智能计算") in industries
    assert ("国家智能计算产业集群", "智能计算") in industries
    assert ("云帆科技", "智能计算") in industries  # the firm the name begins with
    focus = _facts(plan, "FOCUSES_ON")
    assert ("北湾物联网产业园", "物联网") in focus  # an unknown place before the field
    assert not any(dst.startswith(("北湾", "金桥")) for _, dst in focus | industries)


def test_what_a_clause_has_firms_develop_is_their_industry(plan: Extraction) -> None:
    facts = _facts(plan, "IN_INDUSTRY")
    assert ("青禾药业", "靶向新药") in facts
    assert ("白鹭制药", "靶向新药") in facts
    assert ("北辰测控", "关键材料") not in facts  # 等关键材料: a rank, not a line of business


def test_a_paragraph_led_by_a_platform_gives_it_the_fields_it_names(plan: Extraction) -> None:
    facts = _facts(plan, "IN_INDUSTRY")
    assert ("青禾协同创新平台", "航空航天") in facts
    assert ("青禾协同创新平台", "生物医药") in facts


def test_a_work_built_in_the_first_clause_takes_the_sentence_industries(plan: Extraction) -> None:
    facts = _facts(plan, "IN_INDUSTRY")
    assert ("白沙综合保税区二期", "生物医药") in facts


def test_a_hospital_takes_the_health_field_its_section_names(plan: Extraction) -> None:
    facts = _facts(plan, "IN_INDUSTRY")
    assert ("青禾医院", "卫生健康") in facts
    assert not any(src == "白鹭中学" for src, _ in facts)  # not a hospital
    assert ("大型油轮锚地", "港口") in facts  # a port work under a title naming ports


def test_a_layout_item_focuses_on_the_chain_its_paragraph_builds(plan: Extraction) -> None:
    focus = _facts(plan, "FOCUSES_ON")
    for product in ("射频芯片", "功率芯片", "物联网终端"):  # the activity words are dropped
        assert ("青禾芯片产业集聚区", product) in focus


def test_a_station_and_what_is_built_for_a_park_lie_where_named(plan: Extraction) -> None:
    located = _facts(plan, "LOCATED_IN")
    assert ("滨海Z9线青禾站点", "青禾片区") in located  # the station is at the place it names
    assert ("白鹭药物筛选平台", "青禾生命谷") in located  # 围绕某谷建设,新建…


def test_incubators_take_the_incubation_field_the_plan_names(plan: Extraction) -> None:
    facts = _facts(plan, "IN_INDUSTRY")
    assert ("青禾众创空间", "孵化服务") in facts
    assert ("白鹭孵化器", "孵化服务") in facts


def test_firms_named_as_examples_of_a_platform_kind_the_plan_calls_an_industry(
        plan: Extraction) -> None:
    facts = _facts(plan, "IN_INDUSTRY")
    assert ("白鹭优运", "冷链货运") in facts  # the plan speaks of 冷链货运产业
    assert ("青禾会展中心", "会展") in facts


def test_parks_built_for_the_industry_the_next_clause_promotes(plan: Extraction) -> None:
    assert ("白鹭影视示范园", "数字创意") in _facts(plan, "FOCUSES_ON")


def test_a_line_station_takes_rail_transit_when_its_paragraph_names_it(plan: Extraction) -> None:
    assert ("滨海Z9线青禾站点", "轨道交通") in _facts(plan, "IN_INDUSTRY")


def test_the_firm_a_sentence_has_build_a_work_undertakes_it(plan: Extraction) -> None:
    undertaken = _facts(plan, "UNDERTAKEN_BY")
    assert ("北辰卫星应用总部基地项目", "云帆科技") in undertaken
    assert ("海河大道改造项目", "云帆科技") not in undertaken  # another verb starts another work


def test_a_park_relied_on_between_two_clauses_serves_what_they_develop(plan: Extraction) -> None:
    assert ("白鹭公共产业园", "生物医药") in _facts(plan, "FOCUSES_ON")


def test_a_park_built_for_what_the_clause_before_supports(plan: Extraction) -> None:
    assert ("青禾航运服务集聚区", "现代港航服务业") in _facts(plan, "FOCUSES_ON")


def test_a_joined_field_label_scopes_its_sentence_when_listed_as_one_elsewhere(
        plan: Extraction) -> None:
    assert ("白鹭航电", "遥感及应用") in _facts(plan, "IN_INDUSTRY")


def test_a_zone_a_clause_group_is_about_places_what_it_builds(plan: Extraction) -> None:
    located = _facts(plan, "LOCATED_IN")
    assert ("国际航运服务特区", "白沙港区") in located  # 支持某港区以…,建设…
    assert ("青禾物流产业区基础设施项目", "黑石港区") not in located  # 推动某港区扩区: an object


def test_mainstay_firms_are_not_paired_with_every_industry_listed_after_them(
        plan: Extraction) -> None:
    facts = _facts(plan, "IN_INDUSTRY")
    assert ("北辰重工", "生物医药") not in facts
    assert ("青松电池", "风电装备") not in facts
    assert ("北辰重工", "节能环保") in facts  # the theme named after the list still holds
    assert ("青禾制造研发区", "生物医药") in _facts(plan, "FOCUSES_ON")


def test_firms_a_layout_item_names_share_the_field_in_its_name(plan: Extraction) -> None:
    facts = {(src, dst) for src, dst in _facts(plan, "IN_INDUSTRY")}
    assert any(src == "白鹭信安" and dst == "云计算" for src, dst in facts)


TOOLS = """东丽区关于青禾片区高质量发展的行动方案
发布日期: 2024-03-01      来源: 东丽区

第一章 重点任务

发挥青禾药物研究院的科研实力，鼓励青禾药业、白鹭制药等骨干企业与人工智能、大数据等先进技术跨界融合，积极发展智能化合物筛选。
加强5G、区块链等技术在社会治理领域的深度应用，完善青禾城市运营中心功能。
实施青禾港区10万吨级航道提升及白鹭铁路电气化改造等工程。
依托青禾药物研究院、白鹭再生医疗等企业，打造提取制备+细胞存储+质控检验+冷链物流的细胞全产业链。
新建青禾实验学校、白鹭中心医院、青禾老年养护院、青禾海洋博物馆等一批优质教育医疗、健康养老、文化休闲项目。
推动中埃·青禾经贸合作区等境外合作区提档升级。
依托青禾模具等企业,重点布局车身装备开发,鼓励向航空航天、智能制造等方向延伸。
加强与白鹭湖、青柳生活片区商业配套设施的协同联动,增强商业配套辐射范围。
推进青禾芯片研发总部项目建设,加快布局物联网、超级计算机等领域处理器芯片研发设计。
进一步加强与白鹭大学海洋研究院深度合作,围绕精细化工等领域建设一批技术创新平台。
实施重大项目牵引,推进青禾12英寸晶圆代工、白鹭80万吨乙烯、青禾新能源电池等重大项目建设投产。
青禾操作系统创新中心由青禾软件公司牵头,聚焦党政、国防、金融、电信、能源等国家战略和支柱行业在核心信息系统国产化替代中不断增长的需求,构建面向行业的青禾计算平台。

第二章 重点产业

1、新能源

——储能电池领域。依托青禾电源等,重点发展钠离子电池、储能电池、飞轮储能等领域。

3、区块链

构建区块链服务实体经济发展良好生态,推进区块链和新材料等战略性新兴产业深度融合。

2、生物医药

——创新药领域。重点发展细胞药物和再生医学、干细胞存储等领域,加快细胞药物临床转化。
"""


@pytest.fixture(scope="module")
def tools(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    path: Path = tmp_path_factory.mktemp("corpus") / "tools.txt"
    path.write_text(TOOLS, encoding="utf-8")
    return extract(structure(read_document(path))[0])


def test_technologies_a_body_applies_are_not_its_industry(tools: Extraction) -> None:
    facts = _facts(tools, "IN_INDUSTRY")
    assert not {f for f in facts if f[1] in ("人工智能", "大数据", "区块链", "5G", "第五代移动通信")}, facts


def test_a_zone_named_as_a_sibling_work_is_not_the_place_of_the_next(tools: Extraction) -> None:
    located = _facts(tools, "LOCATED_IN")
    assert not {f for f in located if f[1] == "青禾港区" and "铁路" in f[0]}, located


def test_links_of_a_value_chain_are_not_the_firms_industries(tools: Extraction) -> None:
    assert not {f for f in _facts(tools, "IN_INDUSTRY") if f[1] == "冷链物流"}


def test_kinds_shared_by_a_list_of_works_are_not_given_to_each(tools: Extraction) -> None:
    facts = _facts(tools, "IN_INDUSTRY")
    assert not {f for f in facts if f[1] in ("养老", "健康养老")}, facts


def test_a_park_named_as_abroad_is_not_placed_in_the_plans_zone(tools: Extraction) -> None:
    assert ("Park", "中埃·青禾经贸合作区") in {(m.label, m.surface) for m in tools.mentions}
    assert not {f for f in _facts(tools, "LOCATED_IN") if f[0] == "中埃·青禾经贸合作区"}


def test_sectors_served_are_not_the_industry_of_those_serving_them(tools: Extraction) -> None:
    served = {"金融", "能源", "电信", "国防"}
    assert not {f for f in _facts(tools, "IN_INDUSTRY") | _facts(tools, "FOCUSES_ON")
                if f[1] in served}


def test_a_list_naming_its_parts_own_industry_lists_siblings(tools: Extraction) -> None:
    sub = _facts(tools, "SUBINDUSTRY_OF")
    assert ("新材料", "区块链") not in sub, sub


def test_a_joined_pair_is_not_a_kind_of_its_first_member(tools: Extraction) -> None:
    assert ("细胞药物和再生医学", "细胞药物") not in _facts(tools, "SUBINDUSTRY_OF")


def test_directions_a_firm_may_grow_in_are_not_its_industry(tools: Extraction) -> None:
    facts = _facts(tools, "IN_INDUSTRY")
    assert ("青禾模具", "航空航天") not in facts and ("青禾模具", "智能制造") not in facts, facts


def test_an_industry_inside_a_sibling_works_name_is_that_works(tools: Extraction) -> None:
    facts = _facts(tools, "IN_INDUSTRY")
    assert not {f for f in facts if f[1] == "新能源" and ("晶圆" in f[0] or "乙烯" in f[0])}, facts


def test_a_neighbour_a_zone_works_with_is_not_its_part(tools: Extraction) -> None:
    assert ("Zone", "青柳生活片区") in {(m.label, m.surface) for m in tools.mentions}
    assert not {f for f in _facts(tools, "PART_OF") if f[0] == "青柳生活片区"}


def test_fields_a_product_is_used_in_are_not_its_makers_industry(tools: Extraction) -> None:
    assert not {f for f in _facts(tools, "IN_INDUSTRY") if f[1] == "物联网"}


def test_a_partner_the_plan_works_with_is_not_placed_in_its_zone(tools: Extraction) -> None:
    assert ("Platform", "白鹭大学海洋研究院") in {(m.label, m.surface) for m in tools.mentions}
    assert not {f for f in _facts(tools, "LOCATED_IN") if f[0] == "白鹭大学海洋研究院"}
