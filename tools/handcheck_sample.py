"""Draw the fixed-seed samples a person reads to judge the graph by hand.

Precision against the labelled sample understates it (unlabelled real names count as wrong),
so quality is also judged by reading: 20 nodes per domain label and 30 domain relationships,
each printed with the passages that state it.

usage: policykg export --format jsonl -o graph.jsonl
       python tools/handcheck_sample.py graph.jsonl [--seed 2026] > sample.txt
"""

from __future__ import annotations

import argparse
import collections
import json
import random

LABELS = ("Zone", "Park", "Industry", "Enterprise", "Platform", "Project", "Bureau", "Target")
LEXICAL_RELS = ("MENTIONS", "HAS_SECTION", "HAS_PASSAGE")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("export", help="a jsonl export of the graph")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--nodes", type=int, default=20, help="nodes per label")
    ap.add_argument("--edges", type=int, default=30)
    args = ap.parse_args()
    nodes: dict[str, dict] = {}
    rels: list[dict] = []
    with open(args.export, encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["type"] == "node":
                nodes[obj["id"]] = obj
            else:
                rels.append(obj)
    mentions: dict[str, list[str]] = collections.defaultdict(list)
    for r in rels:
        if r["rel"] == "MENTIONS":
            mentions[r["to"]].append(r["from"])

    def passage(pid: str) -> str:
        p = nodes.get(pid)
        if p is None:
            return f"[{pid} missing]"
        props = p["props"]
        return f"[{pid} {props.get('doc')}:{props.get('line')}] {props.get('text')}"

    for label in LABELS:
        ids = sorted(i for i, n in nodes.items() if n["label"] == label)
        for k, node_id in enumerate(random.Random(args.seed).sample(ids, min(args.nodes, len(ids)))):
            n = nodes[node_id]
            props = {a: b for a, b in n["props"].items() if a != "sources"}
            print(f"\n=== {label} #{k + 1} {node_id} name={n['name']} aliases={n['aliases']}")
            print("props=" + json.dumps(props, ensure_ascii=False))
            sources = list(dict.fromkeys(n["props"].get("sources", []) + mentions[node_id]))
            for pid in sources[:4]:
                print("  " + passage(pid)[:700])
    domain = sorted((r for r in rels if r["rel"] not in LEXICAL_RELS),
                    key=lambda r: (r["rel"], r["from"], r["to"]))
    for k, r in enumerate(random.Random(args.seed).sample(domain, min(args.edges, len(domain)))):
        a, b = nodes.get(r["from"], {}), nodes.get(r["to"], {})
        props = {x: y for x, y in r["props"].items() if x != "sources"}
        print(f"\n=== E#{k + 1} {r['rel']} {a.get('label')}:{a.get('name')} -> "
              f"{b.get('label')}:{b.get('name')} {json.dumps(props, ensure_ascii=False)}")
        for pid in r["props"].get("sources", [])[:3]:
            print("  " + passage(pid)[:900])


if __name__ == "__main__":
    main()
