"""Fault drills on a real `policykg serve`: the embedded FalkorDB killed hard is noticed,
restarted with the data of the last save, and said so in the log and in /api/v1/health."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from tests.conftest import _stop_leftover_server
from tests.serve_process import Served, cli, small_corpus


@pytest.fixture
def served(tmp_path: Path):
    data_dir = tmp_path / "db"
    proc = cli(["build", "--quiet", "--corpus", str(small_corpus(tmp_path / "corpus"))], data_dir)
    assert proc.returncode == 0, proc.stderr
    s = Served(data_dir, tmp_path / "serve.log")
    try:
        s.wait_healthy()
        yield s
    finally:
        s.stop()
        _stop_leftover_server(data_dir)


def test_a_store_killed_hard_is_restarted_with_its_data(served: Served) -> None:
    before = served.client.get("/api/v1/stats").json()
    health = served.wait_healthy()
    pid = health["store"]["pid"]
    assert pid, health
    os.kill(pid, signal.SIGKILL)
    after_health = served.wait_healthy(timeout_s=30, min_restarts=1)
    assert after_health["store"]["pid"] != pid
    assert after_health["store"]["last_restart"]
    after = served.client.get("/api/v1/stats").json()
    assert after == before, "the restarted store holds the data of the last save"
    assert "restarted" in served.log.read_text()


def test_requests_during_the_outage_get_an_answer_not_a_hang(served: Served) -> None:
    pid = served.wait_healthy()["store"]["pid"]
    os.kill(pid, signal.SIGKILL)
    r = served.client.get("/api/v1/search", params={"q": "京津冀"})
    assert r.status_code in (200, 503), r.text
    if r.status_code == 503:
        assert "error" in r.json()
    assert served.client.get("/api/v1/search", params={"q": "京津冀"}).status_code == 200
