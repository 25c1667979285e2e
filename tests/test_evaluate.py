"""The evaluator follows gold/dev/README.md's matching rules; wrong rules would make every
figure in a closing note wrong, so the rules themselves are tested here."""

from __future__ import annotations

import json
from pathlib import Path

from ontology.batch import Edge, Node
from policykg.evaluate import evaluate, forms_match, variants


def _gold(tmp: Path, facts: list[dict], questions: list[dict] | None = None) -> Path:
    (tmp / "000.jsonl").write_text("\n".join(json.dumps(f, ensure_ascii=False) for f in facts))
    (tmp / "000_questions.jsonl").write_text(
        "\n".join(json.dumps(q, ensure_ascii=False) for q in questions or []))
    return tmp


def test_normalisation_prefixes_and_containment() -> None:
    assert forms_match(variants("天津市 氢能产业园"), variants("氢能产业园"))
    assert forms_match(variants("滨海新区“文化中心”"), variants("文化中心"))
    # containment must cover three quarters of the longer form
    assert forms_match(variants("国家翔森材料技术创新中心"), variants("国家翔森材料创新中心")) is False
    assert forms_match(variants("生物医药产业园区"), variants("生物医药产业园"))
    assert not forms_match(variants("产业园"), variants("生物医药产业园"))


def test_entity_relation_precision_and_industry_step(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [
        {"doc": "000", "kind": "park", "name": "甲产业园", "aliases": [], "zone": "乙片区",
         "industries": ["氢能"], "required": True, "line": 1, "file": "f.txt"},
        {"doc": "000", "kind": "zone", "name": "乙片区", "required": True, "line": 2,
         "file": "f.txt"},
        {"doc": "000", "kind": "enterprise", "name": "丙公司", "status": "target",
         "zone_or_park": "乙片区", "industries": [], "required": True, "line": 3, "file": "f.txt"},
        {"doc": "000", "kind": "enterprise", "name": "丁集团", "status": "present",
         "required": False, "line": 4, "file": "f.txt"},
    ])
    nodes = [Node("Park", "park:甲", "甲产业园"), Node("Zone", "zone:乙", "天津市乙片区"),
             Node("Industry", "ind:氢能", "氢能"), Node("Industry", "ind:制氢", "氢能制备"),
             Node("Enterprise", "ent:丙", "丙公司"), Node("Enterprise", "ent:丁", "丁集团"),
             Node("Enterprise", "ent:junk", "一批企业")]
    s = {"sources": ["p1"]}
    edges = [Edge("LOCATED_IN", "park:甲", "zone:乙", "Park", "Zone", s),
             # the park focuses on a sub-industry: one SUBINDUSTRY_OF step still matches
             Edge("FOCUSES_ON", "park:甲", "ind:制氢", "Park", "Industry", s),
             Edge("SUBINDUSTRY_OF", "ind:制氢", "ind:氢能", "Industry", "Industry", s),
             Edge("LOCATED_IN", "ent:丙", "zone:乙", "Enterprise", "Zone", s)]
    report = evaluate(nodes, edges, gold)
    assert report.entity_recall["park"].value == 1.0
    assert report.entity_recall["zone"].value == 1.0
    assert report.relation_recall["LOCATED_IN"].value == 1.0
    assert report.relation_recall["FOCUSES_ON"].value == 1.0
    # a courted enterprise needs TARGETS from the place, LOCATED_IN does not count
    assert report.relation_recall["TARGETS"].value == 0.0
    # a non-required fact counts neither way: not in recall, and a node matching only it is
    # neither right nor wrong
    assert report.entity_recall["enterprise"].total == 1
    assert report.precision["Enterprise"].found == 1 and report.precision["Enterprise"].total == 2


def test_targets_tasks_and_questions(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [
        {"doc": "002", "kind": "task", "number": 7, "lead_bureaus": ["区发改委", "区科技局"],
         "city_support": [{"item": "x", "bureau": "市财政局"}], "required": True, "line": 9,
         "file": "plan.txt"},
        {"doc": "002", "kind": "target", "subject": "新区", "metric": "产值", "value": "600",
         "unit": "亿元", "year": 2025, "required": True, "line": 10, "file": "plan.txt"},
    ], [{"doc": "002", "q_zh": "哪些园区?", "answer": ["甲园", "乙园"], "kind_of_answer": "park"}])
    nodes = [Node("Task", "task:plan:7", "措施7", props={"number": "7", "text": "t",
                                                        "doc": "doc:plan"}),
             Node("Bureau", "bur:区发展改革委", "区发展改革委", ["区发改委"]),
             Node("Bureau", "bur:市财政局", "市财政局"),
             Node("Target", "tgt:1", "产值600亿元", props={"value": 600.0, "year": 2025})]
    s = {"sources": ["p1"]}
    edges = [Edge("LED_BY", "task:plan:7", "bur:区发展改革委", "Task", "Bureau", s),
             Edge("SUPPORTED_BY", "task:plan:7", "bur:市财政局", "Task", "Bureau", s)]
    report = evaluate(nodes, edges, gold, ask=lambda q: [["甲园"], ["丙园"]])
    assert report.entity_recall["task"].value == 1.0
    assert report.entity_recall["target"].value == 1.0
    assert report.task_lead_recall.found == 1 and report.task_lead_recall.total == 2
    assert report.relation_recall["SUPPORTED_BY"].value == 1.0
    assert report.question_recall == 0.5
    # one of the two names returned is in the answer set
    assert report.answer_precision.found == 1 and report.answer_precision.total == 2


def test_unseen_layout_places_goals_and_per_document(tmp_path: Path) -> None:
    """gold.jsonl + questions.jsonl keyed by file: `zone_or_park` is where a park lies and
    which places focus on an industry; reported figures (status actual) are not targets to
    find; a missing `required` means required."""
    rows = [
        {"file": "a.txt", "kind": "park", "name": "甲产业园", "aliases": [],
         "zone_or_park": "乙高新区"},
        {"file": "a.txt", "kind": "zone", "name": "乙高新区", "aliases": ["乙区"]},
        {"file": "a.txt", "kind": "industry", "name": "氢能", "aliases": [],
         "zone_or_park": "乙高新区"},
        {"file": "a.txt", "kind": "target", "name": "产值", "metric": "产值", "value": "50",
         "year": 2025, "status": "goal"},
        {"file": "b.txt", "kind": "target", "name": "投资", "metric": "投资", "value": "9",
         "year": 2023, "status": "actual"},
        {"file": "b.txt", "kind": "enterprise", "name": "丙公司", "aliases": [],
         "status": "target", "zone_or_park": "乙高新区"},
    ]
    (tmp_path / "gold.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    (tmp_path / "questions.jsonl").write_text(json.dumps(
        {"q_zh": "乙高新区有哪些园区", "answer": ["甲产业园"], "files": ["a.txt"]},
        ensure_ascii=False))
    s = {"sources": ["doc:a:p1"]}
    nodes = [Node("Park", "park:甲", "甲产业园", props=s), Node("Zone", "zone:乙", "乙区", props=s),
             Node("Industry", "ind:氢能", "氢能", props=s),
             Node("Industry", "ind:junk", "相关领域", props=s),
             Node("Target", "tgt:1", "产值", props={"value": 50.0, "year": 2025})]
    edges = [Edge("LOCATED_IN", "park:甲", "zone:乙", "Park", "Zone", s),
             Edge("FOCUSES_ON", "zone:乙", "ind:氢能", "Zone", "Industry", s)]
    report = evaluate(nodes, edges, tmp_path, ask=lambda q: [["甲产业园"]])
    assert report.relation_recall["LOCATED_IN"].value == 1.0
    assert report.relation_recall["FOCUSES_ON"].value == 1.0
    assert report.entity_recall["target"].total == 1 and report.entity_recall["target"].value == 1
    assert report.entity_recall["enterprise"].value == 0.0
    assert report.relation_recall["TARGETS"].total == 1
    assert report.precision["Industry"].found == 1 and report.precision["Industry"].total == 2
    assert report.by_doc["a"].entities.value == 1.0
    assert report.by_doc["b"].entities.value == 0.0
    assert report.by_doc["a"].precision.total == 4
    assert report.question_recall == 1.0
