"""`policykg add` and `policykg remove` as a user runs them, and changes that fail or are
killed: the graph is left as it was, and the next change finds and repairs an interrupted
one."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from collection.sync import PENDING, Collection
from graph.change import GraphChange
from graph.embedded import EmbeddedStore
from tests.collection_helpers import ALL_ROWS, CORPUS, differences, full_build, snapshot
from tests.conftest import _stop_leftover_server, make_settings
from tests.serve_process import env_for
from tests.test_cli import ROOT, run

SMALL = "2023_tianjin_beijing-tianjin-hebei-action-plan.txt"
OTHER = "2020-06-30_binhai_2020-key-tasks-measures.txt"
BIG = "2021_binhai_14th-five-year-plan.txt"


@pytest.fixture
def built(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / SMALL, corpus / SMALL)
    shutil.copy(CORPUS / "manifest.json", corpus / "manifest.json")
    data_dir = tmp_path / "db"
    proc = run(["build", "--quiet", "--corpus", str(corpus)], data_dir)
    assert proc.returncode == 0, proc.stderr
    yield data_dir
    _stop_leftover_server(data_dir)


def _export(data_dir: Path, out: Path) -> list[str]:
    proc = run(["export", "--format", "jsonl", "-o", str(out)], data_dir)
    assert proc.returncode == 0, proc.stderr
    return sorted(out.read_text(encoding="utf-8").splitlines())


def _registry(data_dir: Path) -> list[str]:
    data = json.loads((data_dir / "collection" / "registry.json").read_text(encoding="utf-8"))
    return sorted(f["name"] for f in data["files"])


def test_add_and_remove_from_the_command_line(built: Path, tmp_path: Path) -> None:
    proc = run(["add", "--quiet", str(CORPUS / OTHER)], built)
    assert proc.returncode == 0, proc.stderr
    assert f"added: {OTHER} → doc:{OTHER[:-4]}" in proc.stderr
    assert _registry(built) == sorted([SMALL, OTHER])
    again = run(["add", "--quiet", str(CORPUS / OTHER)], built)
    assert again.returncode == 0 and f"unchanged: {OTHER}" in again.stderr
    proc = run(["remove", "--quiet", f"doc:{SMALL[:-4]}"], built)
    assert proc.returncode == 0 and f"removed: {SMALL}" in proc.stderr
    assert _registry(built) == [OTHER]
    missing = run(["remove", "--quiet", "doc:no-such-document"], built)
    assert missing.returncode == 1 and "no document 'doc:no-such-document'" in missing.stderr
    before = _export(built, tmp_path / "a.jsonl")
    bad = tmp_path / "minutes.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    refused = run(["add", "--quiet", str(CORPUS / SMALL), str(bad)], built)
    assert refused.returncode == 1 and "save it as .docx" in refused.stderr
    assert "nothing was changed" in refused.stderr
    assert _export(built, tmp_path / "b.jsonl") == before and _registry(built) == [OTHER]


def test_a_killed_add_leaves_the_graph_as_it_was(built: Path, tmp_path: Path) -> None:
    before = _export(built, tmp_path / "a.jsonl")
    env = env_for(built)
    for delay in (0.5, 1.5):
        proc = subprocess.Popen([sys.executable, "-m", "policykg.cli", "add", "--quiet",
                                 str(CORPUS / BIG)], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        if proc.returncode == 0:
            continue  # it finished first; nothing to check for this delay
        assert _export(built, tmp_path / "b.jsonl") == before
        assert _registry(built) == [SMALL]
    # The lock went with the killed process: the next add goes through, and is right.
    proc = run(["add", "--quiet", str(CORPUS / OTHER)], built)
    assert proc.returncode == 0, proc.stderr


def test_an_interrupted_change_is_repaired_by_the_next(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / SMALL, corpus / SMALL)
    shutil.copy(CORPUS / "manifest.json", corpus / "manifest.json")
    store = EmbeddedStore(make_settings(tmp_path / "db", row_cap=ALL_ROWS))
    try:
        Collection(store, tmp_path / "db").build(corpus)
        # As if a change had reached the store and then its process died: the store holds
        # something the record does not, and the pending mark is left.
        store.apply_change(GraphChange(nodes={("Zone", "zone:半途而废"): {
            "id": "zone:半途而废", "name": "半途而废", "aliases": []}}))
        (tmp_path / "db" / "collection" / PENDING).write_bytes(b"")
        report = Collection(store, tmp_path / "db").add([(CORPUS / OTHER, OTHER, "test")])
        assert report.rebuilt == "an earlier change was interrupted"
        expected = full_build({n: (CORPUS / n).read_bytes() for n in (SMALL, OTHER)},
                              tmp_path / "ref")
        assert not differences(snapshot(store), expected)
        assert not (tmp_path / "db" / "collection" / PENDING).exists()
        # A store changed behind the record's back (counts differ) is rebuilt too.
        store.apply_change(GraphChange(nodes={("Zone", "zone:不速之客"): {
            "id": "zone:不速之客", "name": "不速之客", "aliases": []}}))
        report = Collection(store, tmp_path / "db").remove(f"doc:{OTHER[:-4]}")
        assert report.rebuilt and "counts differ" in report.rebuilt
        expected = full_build({SMALL: (CORPUS / SMALL).read_bytes()}, tmp_path / "ref")
        assert not differences(snapshot(store), expected)
    finally:
        store.close()
        _stop_leftover_server(tmp_path / "db")
