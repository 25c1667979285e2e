"""The forms users type, asked of the invented graph (every name made up): question words
(哪些/哪家/什么/有没有), where (在哪里/位于), who (谁负责/牵头/配合), how much (多少/目标是), with or
without kind words, short names, traditional characters, full- and half-width punctuation, a
trailing ？ or none. Every answer lists only the kind asked for, names its query and carries its
evidence; a question the graph cannot answer is told so, with the closest passages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph.embedded import EmbeddedStore
from ontology.batch import Edge, GraphBatch, Node
from queries.ask import answer, name_index, normalise, parse
from queries.ask.kinds import asked_kind
from queries.ask.plans import plan
from tests.conftest import _stop_leftover_server, make_settings
from tests.sample_graph import invented_graph


def _text_only() -> GraphBatch:
    """Names a sentence lists with no relationship between them: what unseen documents give."""
    doc = "doc:sample"
    nodes = [
        Node("Passage", "psg:forms-1", "段落F1", props={
            "text": "南湾园区依托庚研究院、辛检测中心等公共平台，推进壬材料项目建设，积极对接癸电子、子星集团等链主企业。",
            "doc": doc, "line": 21, "start": 2100, "end": 2150, "section": "sec:sample-1"}),
        Node("Park", "park:南湾园区", "南湾园区"),
        Node("Platform", "plat:庚研究院", "庚研究院"),
        Node("Platform", "plat:辛检测中心", "辛检测中心"),
        Node("Project", "proj:壬材料项目", "壬材料项目"),
        Node("Enterprise", "ent:癸电子", "癸电子"),
        Node("Enterprise", "ent:子星集团", "子星集团"),
    ]
    labels = {n.id: n.label for n in nodes} | {"sec:sample-1": "Section"}
    edges = [Edge("HAS_PASSAGE", "sec:sample-1", "psg:forms-1", "Section", "Passage", {})]
    edges += [Edge("MENTIONS", "psg:forms-1", n.id, "Passage", labels[n.id], {}) for n in nodes[1:]]
    return GraphBatch("doc:sample-forms", nodes, edges)


def _sentences() -> GraphBatch:
    """Sentences whose answers the graph's relationships do not hold, with a junk industry (核心产业)
    whose short form is a kind word's front, and a task named by its text."""
    doc = "doc:sample"
    texts = {
        "psg:more-1": "将月桥街和星堡打造成为南湾园区的核心区。",
        "psg:more-2": "南湾园区:落实合作协议,建设丑数字产业园,建成寅协同示范区。",
        "psg:more-3": "南湾园区吸引卯电子、辰精工等企业,持续在这里增资扩产。",
        "psg:more-4": "区发改委会同市财政局定期开展工作督导。",
        "psg:more-5": "核心产业竞争力显著提升。",
        "psg:more-6": "眼下,南湾园区的巳材料公司正在建设新工厂。",
        "psg:more-7": "南湾园区依托申光电等企业推进研发设计。",
    }
    nodes = [Node("Passage", pid, f"段落{pid[-1]}", props={"text": t, "doc": doc, "line": 30 + i, "start": 3000 + 100 * i,
                                                           "end": 3000 + 100 * i + len(t), "section": "sec:sample-1"})
             for i, (pid, t) in enumerate(texts.items())]
    nodes += [
        Node("Zone", "zone:月桥街", "月桥街"), Node("Zone", "zone:星堡", "星堡"),
        Node("Park", "park:丑数字产业园", "丑数字产业园"), Node("Park", "park:寅协同示范区", "寅协同示范区"),
        Node("Enterprise", "ent:卯电子", "卯电子"), Node("Enterprise", "ent:辰精工", "辰精工"),
        Node("Industry", "ind:核心产业", "核心产业"),
        Node("Task", "task:sample-2", "培育丙创空间", props={"number": "2", "text": "培育丙创空间", "doc": doc}),
        Node("Park", "park:南湾园区", "南湾园区"), Node("Bureau", "bur:区发展改革委", "区发展改革委", ["区发改委"]),
        Node("Bureau", "bur:市财政局", "市财政局"), Node("Enterprise", "ent:巳材料公司", "巳材料公司"),
        Node("Enterprise", "ent:申光电", "申光电"),
        Node("Enterprise", "ent:研发", "研发"),  # a junk two-character name, mentioned nowhere
        Node("Platform", "plat:星河航运产业博览会", "星河航运产业博览会"),
    ]
    labels = {n.id: n.label for n in nodes}
    mentions = {"psg:more-1": ["zone:月桥街", "zone:星堡", "park:南湾园区"],
                "psg:more-2": ["park:南湾园区", "park:丑数字产业园", "park:寅协同示范区"],
                "psg:more-3": ["park:南湾园区", "ent:卯电子", "ent:辰精工"],
                "psg:more-4": ["bur:区发展改革委", "bur:市财政局"], "psg:more-5": ["ind:核心产业"],
                "psg:more-6": ["park:南湾园区", "ent:巳材料公司"], "psg:more-7": ["park:南湾园区", "ent:申光电"]}
    edges = [Edge("HAS_PASSAGE", "sec:sample-1", pid, "Section", "Passage", {}) for pid in texts]
    edges += [Edge("MENTIONS", pid, i, "Passage", labels[i], {}) for pid, ids in mentions.items() for i in ids]
    edges += [Edge("HAS_TASK", doc, "task:sample-2", "Document", "Task", {"sources": ["psg:more-4"]}),
              Edge("LED_BY", "task:sample-2", "bur:市财政局", "Task", "Bureau", {"sources": ["psg:more-4"]})]
    return GraphBatch("doc:sample-sentences", nodes, edges)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    folder = tmp_path_factory.mktemp("ask-forms-db")
    s = EmbeddedStore(make_settings(folder))
    s.rebuild([invented_graph(), _text_only(), _sentences()])
    yield s
    s.close()
    _stop_leftover_server(folder)


def names(a) -> set[str]:  # type: ignore[no-untyped-def]
    return {x.name for x in a.answers}


@pytest.mark.parametrize("question", [
    "哪些园区有氢能企业", "哪些园区有氢能企业？", "哪些园区有氢能企业?", "哪些園區有氫能企業？", "哪些园区有氢能企业 ",
    "氢能企业在哪些园区", "哪些园区有氢能产业的企业",
])
def test_one_question_in_many_forms_gets_one_answer(store: EmbeddedStore, question: str) -> None:
    a = answer(store, question)
    assert names(a) == {"星河氢能产业园"}, (question, a.slots, names(a))
    assert a.query and a.cypher and a.evidence


@pytest.mark.parametrize("question, expected, label", [
    ("星河园有没有氢能企业", {"甲氢科技", "乙能集团"}, "Enterprise"),
    ("星河园有哪家氢能企业", {"甲氢科技", "乙能集团"}, "Enterprise"),
    ("東湖片區重點發展什麼產業？", {"新能源", "氢能"}, "Industry"),
    ("东湖重点发展什么产业", {"新能源", "氢能"}, "Industry"),  # a zone by its short form
    ("甲氢科技在哪里", {"星河氢能产业园", "东湖片区"}, None),
    ("甲氢科技位于哪个园区", {"星河氢能产业园"}, None),
    ("任务1谁负责", {"区发展改革委"}, "Bureau"),
    ("任务1由哪个部门牵头？", {"区发展改革委"}, "Bureau"),
    ("任务1需要哪些部门配合", {"市财政局"}, "Bureau"),
    ("氢能产业产值目标是多少", {"氢能产业产值2025年100亿元"}, "Target"),
    ("到2025年氢能的目标是多少?", {"氢能产业产值2025年100亿元"}, "Target"),
    ("星河园的招商对接目标有哪些", {"乙能集团"}, "Enterprise"),
    ("氢能有哪些平台", {"星河氢能创新中心"}, "Platform"),
    ("甲氢科技承担什么项目", {"加氢示范站项目"}, "Project"),
])
def test_forms_users_type(store: EmbeddedStore, question: str, expected: set[str], label: str | None) -> None:
    a = answer(store, question)
    assert expected <= names(a), (question, a.intent, a.slots, names(a))
    if label:
        assert {x.label for x in a.answers} == {label}, (question, [(x.label, x.name) for x in a.answers])
    assert a.query and a.cypher and a.evidence
    assert all(e.document for e in a.evidence)


def test_no_answer_holds_a_name_of_another_kind(store: EmbeddedStore) -> None:
    for question, kinds in (("星河园有哪些企业", {"Enterprise"}), ("东湖片区有哪些园区", {"Park", "Zone"}),
                            ("星河氢能产业园有哪些项目", {"Project"}), ("哪些平台服务氢能产业", {"Platform"}),
                            ("新能源包括哪些细分领域", {"Industry"}), ("甲氢科技位于哪个园区", {"Park", "Zone"})):
        a = answer(store, question)
        assert a.answers and {x.label for x in a.answers} <= kinds, (question, [(x.label, x.name) for x in a.answers])


def test_the_kind_is_read_from_the_head_of_the_asked_phrase() -> None:
    cases = {
        "哪些园区有 企业": ["Park", "Zone"],
        "哪些以 为代表的 类企业": ["Enterprise"],
        "哪些具名的产业投资项目": ["Project"],
        "哪些企业和机构": ["Enterprise", "Platform", "Bureau"],
        "哪些园区、先导区和平台": ["Park", "Zone", "Platform"],
        "四大 是哪些": None,
        "六大产业链是哪些": ["Industry"],
        "责任单位有哪些": ["Bureau"],
        "有哪些在建或即将竣工的重点项目": ["Project"],
        "哪四个园区": ["Park", "Zone"],
        "与哪些周边功能区开展产业协同": ["Zone"],
        "目标是多少": ["Target"],
        "由谁牵头": ["Bureau"],
        "哪些国家级示范区、试验区和特色小镇": ["Zone", "Park"],  # a kind word after 和 with its modifier
        "要建设哪个产业园,目标建成什么示范区": ["Park", "Zone"],  # each clause asks for its own kind
    }
    for residue, labels in cases.items():
        kind = asked_kind(residue)
        assert (kind.labels if kind else None) == labels, (residue, kind)


def test_a_sentence_answers_with_the_names_in_its_matching_clause_only(store: EmbeddedStore) -> None:
    a = answer(store, "南湾园区依托哪些公共平台")
    assert names(a) == {"庚研究院", "辛检测中心"}, names(a)
    a = answer(store, "南湾园区积极对接哪些链主企业")
    assert names(a) == {"癸电子", "子星集团"}, names(a)
    assert all("积极对接癸电子" in e.text for e in a.evidence)
    a = answer(store, "南湾园区推进什么项目建设")
    assert names(a) == {"壬材料项目"}


def test_a_specific_kind_word_keeps_the_names_of_that_kind(store: EmbeddedStore) -> None:
    a = answer(store, "南湾园区依托哪些研究院")
    assert names(a) == {"庚研究院"}


def test_a_short_place_form_after_another_place_name_is_not_ours(store: EmbeddedStore) -> None:
    index = name_index(store)
    assert parse(normalise("东湖片区有哪些园区"), index).entities["Zone"][0].name == "东湖片区"
    p = parse(normalise("北滨东湖有哪些园区"), index)  # 北滨东湖 is another place ending like our 东湖
    assert "Zone" not in p.entities


def test_two_questions_in_one_are_both_answered(store: EmbeddedStore) -> None:
    a = answer(store, "星河园有哪些企业？任务1由哪个部门牵头？")
    assert {"甲氢科技", "区发展改革委"} <= names(a)


def test_when_the_graph_has_no_answer_it_says_so_and_shows_the_closest_passage(store: EmbeddedStore) -> None:
    a = answer(store, "南湾园区有哪些实验室")
    assert a.answers == [] and a.note and "没有找到" in a.note
    a = answer(store, "月亮湾科技在哪里")
    assert a.answers == [] and "没有找到" in (a.note or "")
    a = answer(store, "西港园区积极对接哪些企业")
    assert names(a) == {"丙药公司"}
    a = answer(store, "南湾园区积极对接哪些龙头企业和研究机构")
    assert {"癸电子", "子星集团"} <= names(a)


def test_a_name_inside_a_kind_word_is_no_name(store: EmbeddedStore) -> None:
    """核心 (the short form of an industry 核心产业) inside 核心区 is the kind asked for, not a name."""
    p = parse(normalise("南湾园区的核心区是哪里"), name_index(store))
    assert "Industry" not in p.entities and p.kinds == ["Zone"]
    assert names(answer(store, "南湾园区的核心区是哪里")) == {"月桥街", "星堡"}


def test_a_second_question_word_asks_for_its_own_kind(store: EmbeddedStore) -> None:
    a = answer(store, "南湾园区要建设哪个产业园，目标建成什么示范区？")
    assert names(a) == {"丑数字产业园", "寅协同示范区"}, names(a)
    assert a.intent == "passages" and all("丑数字产业园" in e.text for e in a.evidence)


def test_a_clause_that_names_nothing_says_what_the_names_before_it_do(store: EmbeddedStore) -> None:
    a = answer(store, "南湾园区有哪些企业在增资扩产或建设新工厂")
    assert names(a) == {"卯电子", "辰精工", "巳材料公司"}, names(a)


def test_a_passage_with_most_of_the_question_answers_without_its_names(store: EmbeddedStore) -> None:
    """The question names 氢能, the sentence on the 督导 does not: no sentence naming 氢能 answers."""
    a = answer(store, "由哪些部门定期开展氢能协同工作督导")
    assert names(a) == {"区发展改革委", "市财政局"}, names(a)
    assert "区发改委" in next(x for x in a.answers if x.name == "区发展改革委").aliases


def test_what_the_question_names_is_never_its_answer(store: EmbeddedStore) -> None:
    a = answer(store, "东湖片区在新能源领域有哪些园区")
    assert "东湖片区" not in names(a) and "星河氢能产业园" in names(a), names(a)


def test_a_task_named_by_its_text_is_answered_by_its_bureaus(store: EmbeddedStore) -> None:
    a = answer(store, "培育丙创空间由哪个部门牵头")
    assert names(a) == {"市财政局"} and a.intent == "task_bureaus", (a.intent, names(a))


def test_of_two_names_back_to_back_the_later_is_the_subject(store: EmbeddedStore) -> None:
    p = parse(normalise("新能源氢能领域有哪些企业"), name_index(store))
    assert p.first("Industry") == "氢能"


def test_a_two_character_name_counts_only_as_a_word_of_its_own(store: EmbeddedStore) -> None:
    a = answer(store, "南湾园区依托哪些企业推进设计")
    assert names(a) == {"申光电"}, names(a)


def test_a_documents_names_answer_only_what_its_sentences_pick_out(store: EmbeddedStore) -> None:
    a = answer(store, "示例区产业发展规划(不含其他报道)中点名的企业有哪些")  # a remark in brackets
    assert {"甲氢科技", "乙能集团"} <= names(a) and "研发" not in names(a), names(a)
    a = answer(store, "示例区产业发展规划中承接外迁功能的重点平台有哪些")
    assert a.answers == [] and "没有找到" in (a.note or ""), names(a)


def test_an_industry_the_graph_does_not_name_is_not_read_across_a_name(store: EmbeddedStore) -> None:
    """产业 inside 星河航运产业博览会 (a platform's name) names no industry."""
    p = parse(normalise("东湖片区在星河航运产业博览会上与哪些企业签约"), name_index(store))
    assert "Platform" in p.entities and all(not pl.params.get("industry") for pl in plan(p)), plan(p)


def test_a_term_read_from_the_wording_is_what_is_measured_not_which_targets() -> None:
    from queries.ask.reading import _free_term

    suffixes = "产值|营收|收入|吞吐量|目标"
    assert _free_term("该区2023年政府工作报告提出的主要经济预期目标有哪些", suffixes) is None
    assert _free_term("芜湖港的吞吐量目标是多少", suffixes) == "芜湖港"
    assert _free_term("2025年软件业务收入目标是多少", suffixes) == "软件业务"
    assert _free_term("规模以上工业增加值目标是多少", suffixes) == "规模以上工业增加值"
