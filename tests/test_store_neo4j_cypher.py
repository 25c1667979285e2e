"""Every statement the Neo4j store sends (DDL, batch writes, internal reads) passes Neo4j's
own parser and semantic analysis (tools/cypher-lint, offline), so the Neo4j path is checked
even where no Neo4j runs. The same write statements run for real on FalkorDB elsewhere."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from graph import neo4j_store
from graph.change import GraphChange, change_parts
from graph.ddl import SEARCHABLE_LABELS, falkordb_statements, neo4j_statements
from graph.fulltext import statement
from graph.write_plan import plan, single_query, statements
from ontology.schema import KEY, LABELS
from tests.conftest import small_batch

ROOT = Path(__file__).resolve().parent.parent
LINT = ROOT / "tools" / "cypher-lint" / "lint.mjs"


def neo4j_texts() -> list[tuple[str, list[str]]]:
    # Statements that differ only by label are linted once per shape (the analyzer is slow).
    ddl = neo4j_statements()
    out = [(s, []) for s in ddl[:2] + ddl[-1:]]
    out += [(cypher, ["rows"]) for cypher, _, _ in statements(plan(small_batch()))]
    change = GraphChange(nodes={("Zone", "zone:a"): {"id": "zone:a", "name": "甲"},
                                ("Park", "park:b"): None},
                         edges={("LOCATED_IN", "Park", "park:c", "Zone", "zone:a"): {"sources": []},
                                ("PART_OF", "Zone", "zone:d", "Zone", "zone:a"): None})
    out += [(cypher, ["rows"]) for cypher, _, _ in statements(change_parts(change))]
    out += [(neo4j_store._LOOKUP.format(label="Zone", key=KEY), ["ids"])]
    out += [(neo4j_store._LOOKUP_ANY.format(key=KEY), ["ids"])]
    out += [(getattr(neo4j_store, name), []) for name in
            ("_ALL_NODES", "_ALL_RELS", "_NODES_WITH_EDGES", "_COUNT_NODES", "_COUNT_RELS",
             "_DELETE_ALL")]
    # The full-text look-ups (graph/fulltext.py), in each of their forms.
    for kw in ({}, {"any_token": True}, {"name": "氢能"}, {"count": True}):
        text, params = statement("neo4j", "Park", ["氢能", "能产"], **kw)
        out.append((text, [*params, "limit"]))
    return out


def test_neo4j_statements_pass_neo4j_analyzer(tmp_path):
    if shutil.which("node") is None or not (ROOT / "node_modules" / "@neo4j-cypher").exists():
        pytest.skip("node and node_modules/@neo4j-cypher are needed (make test installs them)")
    files = []
    for i, (text, params) in enumerate(neo4j_texts()):
        path = tmp_path / "s{:03d}.cypher".format(i)
        path.write_text("".join("// param: {}: str\n".format(p) for p in params) + text + "\n",
                        encoding="utf-8")
        files.append(path)
    proc = subprocess.run(["node", str(LINT), *map(str, files)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    problems = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    problems = [p for p in problems if p["diagnostics"]]
    texts = {str(f): f.read_text() for f in files}
    assert not problems, "\n".join("{}\n{}".format(texts[p["file"]], p["diagnostics"])
                                   for p in problems)
    assert proc.returncode == 0 and len(files) > 10


def test_ddl_covers_every_label_once_per_engine():
    falkor = falkordb_statements()
    neo = neo4j_statements()
    for lab in LABELS:
        assert "CREATE INDEX FOR (n:{}) ON (n.id)".format(lab.name) in falkor
        assert sum("FOR (n:{}) REQUIRE n.id IS UNIQUE".format(lab.name) in s for s in neo) == 1
    assert sum("FULLTEXT" in s for s in neo) == len(SEARCHABLE_LABELS) and "'cjk'" in neo[-1]
    assert sum("FULLTEXT" in s for s in falkor) == len(SEARCHABLE_LABELS)
    assert len(falkor) == len(set(falkor))


def test_batch_query_uses_parameters_only():
    batch = small_batch()
    batch.nodes[3].name = "'}) MATCH (n) DETACH DELETE n //"
    cypher, params = single_query(plan(batch))
    assert "DETACH" not in cypher and "示例" not in cypher
    assert any(row.get("name") == batch.nodes[3].name for rows in params.values()
               if isinstance(rows, list) for row in rows)


def test_unreachable_or_malformed_neo4j_is_a_clear_error(tmp_path):
    from graph.falkordb_server import free_port
    from graph.neo4j_store import Neo4jStore
    from graph.store import StoreUnavailable
    from policykg.settings import Settings

    closed = "bolt://127.0.0.1:{}".format(free_port())
    with pytest.raises(StoreUnavailable, match=r"(?s)cannot reach Neo4j.*docker compose up neo4j"):
        Neo4jStore(Settings(store="neo4j", NEO4J_URI=closed, NEO4J_PASSWORD="x"))
    with pytest.raises(StoreUnavailable, match="not a bolt address"):
        Neo4jStore(Settings(store="neo4j", NEO4J_URI="http://localhost:7474",
                            NEO4J_PASSWORD="x"))
