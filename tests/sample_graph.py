"""A small invented graph, written through GraphStore.write, for API tests that must not wait
for the full corpus build. Every name here is made up; the real-corpus tests live beside it."""

from __future__ import annotations

from ontology.batch import Edge, GraphBatch, Node

DOC = "doc:sample"


def _psg(n: int, text: str) -> Node:
    return Node("Passage", f"psg:sample-{n}", f"段落{n}",
                props={"text": text, "start": n * 100, "end": n * 100 + len(text),
                       "doc": DOC, "line": n, "section": "sec:sample-1"})


PASSAGES = [
    _psg(1, "东湖片区重点发展新能源产业，建设星河氢能产业园。"),
    _psg(2, "依托甲氢科技等企业，积极对接乙能集团等龙头企业。"),
    _psg(3, "推进加氢示范站项目建设，由甲氢科技承担。"),
    _psg(4, "建设星河氢能创新中心。区发改委牵头，市财政局支持。"),
    _psg(5, "到2025年，氢能产业产值达到100亿元。"),
    _psg(6, "西港园区积极对接丙药公司，发展生物医药。"),
]


def invented_graph() -> GraphBatch:
    n = [
        Node("Document", DOC, "示例区产业发展规划", props={"file": "sample.txt", "title": "示例区产业发展规划"}),
        Node("Section", "sec:sample-1", "第一章 产业布局", props={"level": 1, "order": 1, "doc": DOC}),
        *PASSAGES,
        Node("Zone", "zone:东湖片区", "东湖片区", ["东湖"]),
        Node("Park", "park:星河氢能产业园", "星河氢能产业园", ["星河园"]),
        Node("Park", "park:西港园区", "西港园区"),
        Node("Industry", "ind:新能源", "新能源"),
        Node("Industry", "ind:氢能", "氢能", ["氢能产业"]),
        Node("Industry", "ind:生物医药", "生物医药"),
        Node("Enterprise", "ent:甲氢科技", "甲氢科技", props={"status": "present"}),
        Node("Enterprise", "ent:乙能集团", "乙能集团", props={"status": "target"}),
        Node("Enterprise", "ent:丙药公司", "丙药公司", props={"status": "target"}),
        Node("Platform", "plat:星河氢能创新中心", "星河氢能创新中心"),
        Node("Project", "proj:加氢示范站项目", "加氢示范站项目"),
        Node("Task", "task:sample-1", "任务1", props={"number": "1", "text": "建设星河氢能创新中心", "doc": DOC}),
        Node("Bureau", "bur:区发展改革委", "区发展改革委", ["区发改委"], props={"level": "district"}),
        Node("Bureau", "bur:市财政局", "市财政局", props={"level": "city"}),
        Node("Target", "tgt:sample-1", "氢能产业产值2025年100亿元",
             props={"value": 100.0, "unit": "亿元", "year": 2025, "metric": "产值", "subject": "氢能产业",
                    "text": PASSAGES[4].props["text"]}),
    ]
    lab = {x.id: x.label for x in n}

    def e(rel: str, a: str, b: str, src: int | None, **props: object) -> Edge:
        p = dict(props)
        if src is not None:
            p["sources"] = [f"psg:sample-{src}"]
        return Edge(rel, a, b, lab[a], lab[b], p)

    edges = [
        e("HAS_SECTION", DOC, "sec:sample-1", None),
        *[e("HAS_PASSAGE", "sec:sample-1", p.id, None) for p in PASSAGES],
        e("LOCATED_IN", "park:星河氢能产业园", "zone:东湖片区", 1),
        e("FOCUSES_ON", "zone:东湖片区", "ind:新能源", 1),
        e("FOCUSES_ON", "park:星河氢能产业园", "ind:氢能", 1),
        e("FOCUSES_ON", "park:西港园区", "ind:生物医药", 6),
        e("SUBINDUSTRY_OF", "ind:氢能", "ind:新能源", 1),
        e("LOCATED_IN", "ent:甲氢科技", "park:星河氢能产业园", 2),
        e("TARGETS", "park:星河氢能产业园", "ent:乙能集团", 2),
        e("TARGETS", "park:西港园区", "ent:丙药公司", 6),
        e("IN_INDUSTRY", "ent:甲氢科技", "ind:氢能", 2),
        e("IN_INDUSTRY", "ent:乙能集团", "ind:氢能", 2),
        e("IN_INDUSTRY", "ent:丙药公司", "ind:生物医药", 6),
        e("IN_INDUSTRY", "plat:星河氢能创新中心", "ind:氢能", 4),
        e("LOCATED_IN", "plat:星河氢能创新中心", "park:星河氢能产业园", 4),
        e("UNDERTAKEN_BY", "proj:加氢示范站项目", "ent:甲氢科技", 3),
        e("LOCATED_IN", "proj:加氢示范站项目", "park:星河氢能产业园", 3),
        e("HAS_TASK", DOC, "task:sample-1", 4),
        e("LED_BY", "task:sample-1", "bur:区发展改革委", 4),
        e("SUPPORTED_BY", "task:sample-1", "bur:市财政局", 4, item="资金支持"),
        e("CONCERNS", "task:sample-1", "plat:星河氢能创新中心", 4),
        e("SETS", DOC, "tgt:sample-1", 5),
        e("MEASURES", "tgt:sample-1", "ind:氢能", 5),
    ]
    mentions = {1: ["zone:东湖片区", "ind:新能源", "park:星河氢能产业园"], 2: ["ent:甲氢科技", "ent:乙能集团"],
                3: ["proj:加氢示范站项目", "ent:甲氢科技"], 4: ["plat:星河氢能创新中心", "bur:区发展改革委", "bur:市财政局"],
                5: ["ind:氢能"], 6: ["park:西港园区", "ent:丙药公司", "ind:生物医药"]}
    for k, ids in mentions.items():
        edges += [e("MENTIONS", f"psg:sample-{k}", i, None) for i in ids]
    return GraphBatch(DOC, n, edges)
