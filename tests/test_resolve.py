"""Entity resolution across documents, and the batches it hands to the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract_entities import extract
from loaders.model import Extraction, Mention, Ref, TargetFact
from loaders.pipeline import load_corpus
from loaders.read import read_document
from loaders.resolve import OWN_LABELS, key_of, resolve
from loaders.structure import structure
from ontology.batch import GraphBatch, validate
from ontology.schema import DOMAIN_LABELS, DOMAIN_RELATIONSHIPS, ID_PREFIX

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"

DOC_A = """天津滨海高新技术产业开发区创新发展行动计划

第一章 总体要求

十四五期间，天津滨海高新技术产业开发区(以下简称天津高新区)坚持创新驱动。依托天津星河新材料股份有限公司(以下简称星河新材)等企业，重点发展新材料产业。
"""

DOC_B = """滨海新区关于支持滨海高新区发展的若干措施

第一章 主要措施

支持滨海高新区建设星河新材料产业园。鼓励星河新材等企业扩大产能。
"""


def _extract(tmp_path: Path, name: str, text: str) -> Extraction:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(structure(read_document(path))[0])


@pytest.fixture
def pair(tmp_path: Path) -> list[Extraction]:
    return [_extract(tmp_path, "a.txt", DOC_A), _extract(tmp_path, "b.txt", DOC_B)]


def _nodes(batches: dict[str, GraphBatch]) -> dict[str, object]:
    return {n.id: n for b in batches.values() for n in b.nodes}


def test_one_zone_for_all_its_names(pair: list[Extraction]) -> None:
    nodes = _nodes(resolve(pair))
    zone = nodes["zone:天津滨海高新技术产业开发区"]
    assert {"天津高新区", "滨海高新区"} <= set(zone.aliases)
    # No second node for a short form.
    assert not [i for i in nodes if i.startswith("zone:") and "高新区" in i
                and i != "zone:天津滨海高新技术产业开发区"]


def test_alias_definitions_in_text_merge_across_documents(pair: list[Extraction]) -> None:
    nodes = _nodes(resolve(pair))
    firms = [n for n in nodes.values() if n.label == "Enterprise"]
    assert len(firms) == 1
    firm = firms[0]
    assert firm.name == "天津星河新材料股份有限公司" or "天津星河新材料股份有限公司" in firm.aliases
    assert "星河新材" in [firm.name, *firm.aliases]
    assert firm.props["status"] == "present"
    # Both documents' passages are its sources.
    docs = {s.split(":p")[0] for s in firm.props["sources"]}
    assert docs == {"doc:a", "doc:b"}


def test_ids_are_stable_and_prefixed(pair: list[Extraction]) -> None:
    first = resolve(pair)
    second = resolve(list(reversed(pair)))
    assert set(_nodes(first)) == set(_nodes(second))
    for node_id, node in _nodes(first).items():
        assert node_id == f"{ID_PREFIX[node.label]}:{node.name}"


def test_key_ignores_place_prefixes_and_company_endings() -> None:
    assert key_of("Zone", "天津高新区") == key_of("Zone", "滨海高新区")
    assert key_of("Enterprise", "翔森医疗集团") == key_of("Enterprise", "翔森医疗")
    assert key_of("Industry", "氢能产业") == key_of("Industry", "氢能")
    assert key_of("Park", "天津市某某产业园") == key_of("Park", "某某产业园")
    # The level of a title is not the place: 国家级某某示范园 = 国家某某示范园 = 某某示范园.
    assert key_of("Park", "国家级青禾动漫示范园") == key_of("Park", "国家青禾动漫示范园") == \
        key_of("Park", "青禾动漫示范园")
    assert key_of("Park", "国家级园区") != key_of("Park", "园区")
    assert key_of("Park", "中国青禾谷") == key_of("Park", "青禾谷")


def test_each_batch_carries_what_its_edges_touch(pair: list[Extraction]) -> None:
    for doc_id, batch in resolve(pair).items():
        passages = {e.src: "Passage" for e in batch.edges if e.rel == "MENTIONS"}
        validate(batch, known_ids=passages)
        assert all(p.startswith(doc_id) for p in passages)


@pytest.fixture(scope="module")
def corpus_batches() -> list[GraphBatch]:
    result = load_corpus(CORPUS)
    assert not result.errors, result.errors
    return result.batches


def test_corpus_every_domain_node_and_edge_has_a_passage(corpus_batches: list[GraphBatch]) -> None:
    passages = {n.id for b in corpus_batches for n in b.nodes if n.label == "Passage"}
    domain_nodes = [n for b in corpus_batches for n in b.nodes if n.label in DOMAIN_LABELS]
    assert len(domain_nodes) > 500
    for n in domain_nodes:
        assert n.props.get("sources"), n
        assert set(n.props["sources"]) <= passages, n.id
    edges = [e for b in corpus_batches for e in b.edges if e.rel in DOMAIN_RELATIONSHIPS]
    assert len(edges) > 500
    for e in edges:
        assert e.props["sources"] and set(e.props["sources"]) <= passages, e
    mentioned = {e.dst for b in corpus_batches for e in b.edges if e.rel == "MENTIONS"}
    own = [n for n in domain_nodes if n.label in OWN_LABELS]
    # Nearly every entity is named by a passage; the rest exist as the far end of a fact.
    assert sum(n.id in mentioned for n in own) >= 0.95 * len(own)


def test_corpus_zone_forms_meet_in_one_node(corpus_batches: list[GraphBatch]) -> None:
    zones = {n.id: n for b in corpus_batches for n in b.nodes if n.label == "Zone"}
    hi_tech = zones["zone:天津滨海高新技术产业开发区"]
    assert {"天津高新区", "高新区"} <= set(hi_tech.aliases)
    part_of = {(e.src, e.dst) for b in corpus_batches for e in b.edges if e.rel == "PART_OF"}
    assert ("zone:天津滨海高新技术产业开发区", "zone:滨海新区") in part_of


def test_corpus_build_is_idempotent_in_the_store(corpus_batches: list[GraphBatch],
                                                 embedded_store) -> None:
    embedded_store.apply_schema()
    embedded_store.rebuild(corpus_batches)
    first = embedded_store.stats()
    embedded_store.rebuild(load_corpus(CORPUS).batches)
    assert embedded_store.stats() == first
    nodes, edges = embedded_store.dump()
    ids = {n.id for n in nodes}
    assert "zone:天津滨海高新技术产业开发区" in ids


FIRM_PARKS = """青禾区关于推动园区发展的实施方案

第一章 重点任务

依托云帆科技、海蓝微电子等企业，建设云帆科技智算谷和海蓝微电子芯谷。
加快智算谷建设，推动芯谷扩容。
"""


def test_a_park_named_with_its_firm_in_front_is_the_park_without_it(tmp_path: Path) -> None:
    nodes = _nodes(resolve([_extract(tmp_path, "firm-parks.txt", FIRM_PARKS)]))
    parks = {n.name: n for n in nodes.values() if n.label == "Park"}
    assert "智算谷" in parks["云帆科技智算谷"].aliases
    assert "智算谷" not in parks


def test_a_work_is_named_by_the_thing_not_by_the_action_written_with_it(tmp_path: Path) -> None:
    text = """青禾区重点建设计划

第一章 重点任务

新建云栖东站，加快青禾公路、白石大道拓宽改造。
"""
    batches = resolve([_extract(tmp_path, "w.txt", text)])
    names = {n.name: n for n in _nodes(batches).values() if n.label == "Project"}
    assert "云栖东站" in names and "新建云栖东站" in names["云栖东站"].aliases
    assert "青禾公路" in names and "青禾公路拓宽改造" in names["青禾公路"].aliases


def test_a_project_is_the_same_with_or_without_the_word_project() -> None:
    assert key_of("Project", "云岫518星链项目") == key_of("Project", "云岫518星链")
    assert key_of("Project", "甲乙项目") != key_of("Project", "甲乙")  # too short to tell


def test_a_separator_left_at_the_edge_of_a_form_is_not_in_the_name(tmp_path: Path) -> None:
    ex = _extract(tmp_path, "a.txt", DOC_A)
    pid = ex.mentions[0].passage
    ex.mentions.append(Mention("Project", ",青禾路地道", pid))
    nodes = _nodes(resolve([ex]))
    assert "proj:青禾路地道" in nodes
    assert nodes["proj:青禾路地道"].name == "青禾路地道"
    assert not [i for i in nodes if i.startswith("proj:,")]


def test_a_bare_city_prefix_is_the_city_named_in_full() -> None:
    assert key_of("Project", "天津市青禾医院滨海院区") == key_of("Project", "市青禾医院滨海院区")
    assert key_of("Platform", "市场化交易服务平台").startswith("市场")  # 市场 is a word, not 市


QUALIFIED = """青禾区关于推动科技创新的实施方案

第一章 重点任务

依托云帆科技等企业，建设云帆科技星河智算创新中心。推动星河智算创新中心开放共享。
推进青禾区翠湖九年一贯制学校建设，办好翠湖九年一贯制学校。
"""

OTHER_DISTRICT = """白石区产业发展规划

第一章 重点任务

加快推进青禾精密仪器产业园建设。
"""

OWN_PARK = """青禾区园区发展规划

第一章 重点任务

加快推进精密仪器产业园建设。
"""


def test_a_name_with_its_firm_or_place_in_front_is_the_name_without_it(tmp_path: Path) -> None:
    nodes = _nodes(resolve([_extract(tmp_path, "q.txt", QUALIFIED)]))
    by_name = {n.name: n for n in nodes.values()}
    assert "星河智算创新中心" in by_name["云帆科技星河智算创新中心"].aliases
    school = next(n for n in nodes.values() if n.label == "Project" and "翠湖" in n.name)
    assert {school.name, *school.aliases} >= {"翠湖九年一贯制学校", "青禾区翠湖九年一贯制学校"}


def test_a_place_in_front_merges_only_inside_one_document(tmp_path: Path) -> None:
    nodes = _nodes(resolve([_extract(tmp_path, "o.txt", OTHER_DISTRICT),
                            _extract(tmp_path, "p.txt", OWN_PARK)]))
    parks = {n.name for n in nodes.values() if n.label == "Park"}
    assert {"精密仪器产业园", "青禾精密仪器产业园"} <= parks


def test_a_road_is_the_same_with_or_without_gonglu_after_gaosu() -> None:
    assert key_of("Project", "青禾白石高速公路") == key_of("Project", "青禾白石高速")


def test_a_facility_and_the_works_on_it_are_one_project() -> None:
    assert key_of("Project", "青禾港区集装箱码头工程") == key_of("Project", "青禾港区集装箱码头")
    assert key_of("Project", "轨道Q7线") == key_of("Project", "轨道交通Q7线")
    assert key_of("Project", "青禾路改建工程") != key_of("Project", "青禾路改建")


INSERTED_PLACE = """青禾区关于推动园区发展的实施方案

第一章 重点任务

加快白沙经济区建设，推进白沙经济区保险产业园建设。
白沙保险产业园重点发展保险服务。
"""


def test_a_place_written_inside_a_name_of_one_document_is_the_same_thing(tmp_path: Path) -> None:
    nodes = _nodes(resolve([_extract(tmp_path, "i.txt", INSERTED_PLACE)]))
    parks = [n for n in nodes.values() if n.label == "Park" and "保险产业园" in n.name]
    assert len(parks) == 1
    assert {parks[0].name, *parks[0].aliases} >= {"白沙保险产业园", "白沙经济区保险产业园"}


def test_a_long_name_with_a_place_in_front_merges_across_documents(tmp_path: Path) -> None:
    a = _extract(tmp_path, "a1.txt", "青禾区人才工作要点\n\n第一章 重点任务\n\n"
                 "加快推进天津(滨海)青禾英才离岸创新创业基地建设。\n")
    b = _extract(tmp_path, "b1.txt", "青禾区科技创新规划\n\n第一章 重点任务\n\n"
                 "依托青禾英才离岸创新创业基地，完善人才交流机制。\n")
    nodes = _nodes(resolve([a, b]))
    bases = [n for n in nodes.values() if n.label == "Platform" and "英才" in n.name]
    assert len(bases) == 1


def test_a_target_on_an_industry_another_document_names_carries_its_node(tmp_path: Path) -> None:
    named = _extract(tmp_path, "a.txt", DOC_A)
    other = _extract(tmp_path, "b.txt", "某某区统计公报\n\n一、总体情况\n\n全区经济运行平稳。\n")
    assert not [m for m in other.mentions if m.label == "Industry"]
    passage = other.doc.passages[-1].id
    other.targets.append(TargetFact(Ref("Industry", "新材料"), "新材料产业产值", 100.0, "亿元",
                                    2025, passage, "新材料产业产值达到100亿元"))
    batches = resolve([other, named])  # the target's document first, as a pool may give it
    batch = batches[other.doc.doc_id]
    measured = [e.dst for e in batch.edges if e.rel == "MEASURES"]
    assert measured and all(m.startswith("ind:") for m in measured)
    text_layer = {e.src: "Passage" for e in batch.edges if e.rel == "MENTIONS"}
    validate(batch, known_ids={**text_layer, other.doc.doc_id: "Document"})
