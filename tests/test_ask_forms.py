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


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    folder = tmp_path_factory.mktemp("ask-forms-db")
    s = EmbeddedStore(make_settings(folder))
    s.rebuild([invented_graph(), _text_only()])
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
