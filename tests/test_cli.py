"""The `policykg` command end to end, as a user runs it: a real corpus, a real embedded store
in a temp folder, real subprocesses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ontology.schema import LABEL_BY_NAME, REL_BY_NAME
from tests.conftest import _stop_leftover_server

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"


def run(args: list[str], data_dir: Path, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLICYKG_", "NEO4J_"))}
    env.update({"POLICYKG_DATA_DIR": str(data_dir), "POLICYKG_STORE": "embedded"})
    return subprocess.run([sys.executable, "-m", "policykg.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    data_dir = tmp_path_factory.mktemp("cli-db")
    proc = run(["build", "--quiet"], data_dir)
    assert proc.returncode == 0, proc.stderr
    yield data_dir
    _stop_leftover_server(data_dir)


def _export(data_dir: Path, tmp: Path, name: str = "out.jsonl") -> list[dict]:
    out = tmp / name
    proc = run(["export", "--format", "jsonl", "-o", str(out)], data_dir)
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_export_jsonl_follows_the_interface(built: Path, tmp_path: Path) -> None:
    rows = _export(built, tmp_path)
    nodes = [r for r in rows if r["type"] == "node"]
    rels = [r for r in rows if r["type"] == "rel"]
    assert nodes and rels
    ids = {n["id"] for n in nodes}
    assert len(ids) == len(nodes), "node ids are unique"
    for n in nodes:
        assert set(n) == {"type", "label", "id", "name", "aliases", "props"}
        assert n["label"] in LABEL_BY_NAME and n["name"] and isinstance(n["aliases"], list)
        assert "search" not in n["props"], "the derived search field is internal"
    for r in rels:
        assert set(r) == {"type", "rel", "from", "to", "props"}
        assert r["rel"] in REL_BY_NAME and r["from"] in ids and r["to"] in ids
        if REL_BY_NAME[r["rel"]].needs_sources:
            assert r["props"]["sources"], f"{r} has no passage"
    labels = {n["label"] for n in nodes}
    assert {"Document", "Section", "Passage"} <= labels
    assert sum(1 for n in nodes if n["label"] == "Document" and n["props"].get("kind") != "cited") >= 5


def test_every_domain_node_and_edge_has_a_passage(built: Path, tmp_path: Path) -> None:
    rows = _export(built, tmp_path)
    passages = {r["id"] for r in rows if r["type"] == "node" and r["label"] == "Passage"}
    mentioned = {r["to"] for r in rows if r["type"] == "rel" and r["rel"] == "MENTIONS"}
    for r in rows:
        if r["type"] == "rel" and REL_BY_NAME[r["rel"]].needs_sources:
            assert set(r["props"]["sources"]) <= passages, r
    domain = [r for r in rows if r["type"] == "node" and LABEL_BY_NAME[r["label"]].domain]
    orphans = [n["id"] for n in domain
               if n["id"] not in mentioned and not n["props"].get("sources")]
    assert not orphans, f"domain nodes without a passage: {orphans[:10]}"


def test_build_twice_gives_identical_ids_and_counts(built: Path, tmp_path: Path) -> None:
    first = _export(built, tmp_path, "a.jsonl")
    proc = run(["build", "--quiet"], built)
    assert proc.returncode == 0, proc.stderr
    second = _export(built, tmp_path, "b.jsonl")
    key = lambda r: (r["type"], r.get("id") or (r["rel"], r["from"], r["to"]))  # noqa: E731
    assert sorted(map(key, first)) == sorted(map(key, second))
    assert len(first) == len(second)


def test_stats_reports_counts(built: Path) -> None:
    proc = run(["stats", "--json"], built)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["nodes"]["Document"] >= 5
    assert data["total_relationships"] == sum(data["relationships"].values()) > 0


def test_a_broken_document_is_skipped_and_reported(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "2023_tianjin_beijing-tianjin-hebei-action-plan.txt", corpus)
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe binary \x00" * 50)
    data_dir = tmp_path / "db"
    try:
        proc = run(["build", "--quiet", "--corpus", str(corpus)], data_dir)
        assert proc.returncode == 2, proc.stderr  # some documents skipped, the rest built
        assert "broken.txt" in proc.stderr
        stats = json.loads(run(["stats", "--json"], data_dir).stdout)
        assert stats["nodes"]["Document"] >= 1
    finally:
        _stop_leftover_server(data_dir)


def test_a_missing_corpus_folder_is_a_usage_error(tmp_path: Path) -> None:
    proc = run(["build", "--corpus", str(tmp_path / "nope")], tmp_path / "db")
    assert proc.returncode == 1
    assert "does not exist" in proc.stderr


def test_unknown_export_format_is_refused(built: Path, tmp_path: Path) -> None:
    proc = run(["export", "--format", "csv", "-o", str(tmp_path / "x")], built)
    assert proc.returncode == 1 and "unknown format" in proc.stderr
    assert not (tmp_path / "x").exists()
