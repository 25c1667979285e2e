"""Every shipped `.cypher` file passes Neo4j's own analyzer and runs on the embedded store.

CI cannot start Neo4j, so Neo4j's parser and semantic analysis (the pinned npm package
@neo4j-cypher/language-support) stand in for it, and FalkorDB runs each statement for real.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from ontology.schema import LABELS, RELATIONSHIPS
from queries import QUERY_DIR, library, load_query

ROOT = Path(__file__).resolve().parent.parent
LINT = ROOT / "tools" / "cypher-lint" / "lint.mjs"
FILES = sorted(QUERY_DIR.glob("*.cypher"))

DUMMY = {"str": "氢能", "int": 5, "float": 1.0, "bool": False, "list[str]": ["氢能"], "ids": ["ind:氢能"]}


def test_the_library_is_not_empty_and_names_are_unique() -> None:
    assert FILES, "queries/ holds no .cypher file"
    assert len(library()) == len(FILES)
    for q in library().values():
        assert q.description, f"{q.path}: header has no description"
        assert q.cypher.strip(), f"{q.path}: no statement after the header"


@pytest.fixture(scope="module")
def lint_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed; the Cypher lint needs Node.js 18+")
    if not (ROOT / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        pytest.fail("node_modules is missing; run `make setup` (npm ci) first")
    schema = tmp_path_factory.mktemp("lint") / "schema.json"
    schema.write_text(json.dumps({"labels": [lab.name for lab in LABELS],
                                  "relationshipTypes": [r.name for r in RELATIONSHIPS]}))
    proc = subprocess.run([node, str(LINT), "--schema", str(schema), *map(str, FILES)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    results = {}
    for line in proc.stdout.splitlines():
        obj = json.loads(line)
        results[Path(obj["file"]).name] = obj["diagnostics"]
    assert len(results) == len(FILES), proc.stderr
    return results


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_neo4j_analyzer_accepts(path: Path, lint_results: dict[str, list[dict]]) -> None:
    problems = [d for d in lint_results[path.name] if d["severity"] != "info"]
    assert not problems, f"{path.name}: " + "; ".join(
        f"line {d['line']}: {d['message']}" for d in problems)


def test_the_analyzer_catches_a_bad_statement(tmp_path: Path) -> None:
    """The lint would fail on a misspelt function or an undeclared parameter."""
    bad = tmp_path / "bad.cypher"
    bad.write_text("// name: bad\n// description: x\nMATCH (n:Park) RETURN toLowr(n.name), $nope\n")
    proc = subprocess.run(["node", str(LINT), str(bad)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert proc.returncode == 1
    messages = " ".join(d["message"] for d in json.loads(proc.stdout)["diagnostics"])
    assert "toLowr" in messages and "$nope" in messages


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_runs_on_the_embedded_store(path: Path, corpus_store) -> None:
    q = next(q for q in library().values() if q.path == path)
    params = {p.name: (p.default if p.default is not None else DUMMY[p.type]) for p in q.params}
    result = corpus_store.read(load_query(q.name).cypher, params)
    assert isinstance(result.rows, list)


def test_listed_relationship_types_cover_the_ontology() -> None:
    """Queries that list relationship types (to skip the passage layer quickly) must list
    every domain type, so a type added to the ontology is not silently left out."""
    from ontology.schema import DOMAIN_RELATIONSHIPS

    for name in ("entity_relations", "neighbourhood"):
        text = load_query(name).cypher
        for rel in DOMAIN_RELATIONSHIPS:
            assert rel in text, f"{name}.cypher does not follow {rel}"
        assert "MENTIONS" not in text
