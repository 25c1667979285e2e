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
    assert forms_match(variants("国家合成生物技术创新中心"), variants("国家合成生物创新中心")) is False
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
    # a non-required fact is not counted against recall but does count as a correct node
    assert report.entity_recall["enterprise"].total == 1
    assert report.precision["Enterprise"].found == 2 and report.precision["Enterprise"].total == 3


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
    report = evaluate(nodes, edges, gold, ask=lambda q: ["甲园"])
    assert report.entity_recall["task"].value == 1.0
    assert report.entity_recall["target"].value == 1.0
    assert report.task_lead_recall.found == 1 and report.task_lead_recall.total == 2
    assert report.relation_recall["SUPPORTED_BY"].value == 1.0
    assert report.question_recall == 0.5
