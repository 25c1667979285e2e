"""The GraphStore contract, run on every engine: the embedded FalkorDB always, Neo4j when
NEO4J_URI is set (skipped with that reason otherwise). Real databases, no mocks."""

from __future__ import annotations

import threading
import time

import pytest

from graph.store import QueryError, QueryTimeout, ReadOnlyViolation
from ontology.batch import Edge, GraphBatch, Node, SchemaError
from tests.conftest import small_batch

SLOW = "UNWIND range(1, 20000) AS i UNWIND range(1, 20000) AS j RETURN count(*) AS c"


def count(store, cypher="MATCH (n) RETURN count(n) AS c", params=None) -> int:
    return store.read(cypher, params).rows[0]["c"]


def reopen(store, store_factory):
    """Close a store and open the same data again (embedded: stops and restarts the server)."""
    if store.engine == "falkordb":
        folder = store.data_dir
        store.close()
        return store_factory(folder)
    from graph.neo4j_store import Neo4jStore

    # Neo4j runs on its own; a new driver is the client-side stop and start (the fixture
    # still owns the first one and empties the database after the test).
    return Neo4jStore(store.settings)


def test_write_read_stop_restart_finds_same_data(graph_store, sample_batch, store_factory):
    result = graph_store.write(sample_batch)
    assert (result.nodes, result.edges) == (6, 5)
    before = graph_store.dump()
    store = reopen(graph_store, store_factory)
    try:
        rows = store.read("MATCH (p:Park {id: $id})-[:LOCATED_IN]->(z:Zone) "
                          "RETURN p.name AS park, z.name AS zone, z.aliases AS aliases",
                          {"id": "park:sample"}).rows
        assert rows == [{"park": "示例氢能产业园", "zone": "示例功能区", "aliases": ["示例区"]}]
        after = store.dump()
        key = lambda n: n.id  # noqa: E731
        assert sorted(after[0], key=key) == sorted(before[0], key=key)
        assert len(after[1]) == len(before[1]) == 5
    finally:
        if store.engine == "neo4j":
            store.close()


def test_write_is_idempotent(graph_store, sample_batch):
    graph_store.write(sample_batch)
    first_stats, first_dump = graph_store.stats(), graph_store.dump()
    first_search = graph_store.read("MATCH (n:Park) RETURN n.search AS s").rows
    graph_store.write(sample_batch)
    assert graph_store.stats() == first_stats
    assert first_stats["total_nodes"] == 6 and first_stats["total_relationships"] == 5
    assert sorted(n.id for n in graph_store.dump()[0]) == sorted(n.id for n in first_dump[0])
    assert graph_store.read("MATCH (n:Park) RETURN n.search AS s").rows == first_search


def test_later_batch_adds_aliases_and_sources_never_drops(graph_store, sample_batch):
    graph_store.write(sample_batch)
    later = GraphBatch("doc:later", nodes=[
        Node("Zone", "zone:sample", "示例功能区", ["示例片区"]),
        Node("Passage", "psg:later-1", "另一段落", [],
             {"text": "示例园区位于示例片区。", "start": 0, "end": 11, "doc": "doc:later"}),
    ], edges=[Edge("LOCATED_IN", "park:sample", "zone:sample", "Park", "Zone",
                   {"sources": ["psg:later-1"]})])
    graph_store.write(later)
    row = graph_store.read(
        "MATCH (p:Park {id: 'park:sample'})-[e:LOCATED_IN]->(z:Zone) "
        "RETURN z.aliases AS aliases, e.sources AS sources, z.search AS search").rows[0]
    assert row["aliases"] == ["示例区", "示例片区"]
    assert row["sources"] == ["psg:sample-1", "psg:later-1"]
    assert "片区" in row["search"].split() and "示例" in row["search"].split()
    assert count(graph_store, "MATCH ()-[e:LOCATED_IN]->() RETURN count(e) AS c") == 1


def test_write_through_read_path_is_refused_by_the_database(graph_store, sample_batch):
    graph_store.write(sample_batch)
    with pytest.raises(ReadOnlyViolation):
        graph_store.read("CREATE (:Zone {id: 'zone:evil', name: 'evil'})")
    with pytest.raises(ReadOnlyViolation):
        graph_store.read("MATCH (n) DETACH DELETE n")
    with pytest.raises(ReadOnlyViolation):
        graph_store.read("MATCH (n:Park) SET n.name = $v RETURN n", {"v": "x"})
    assert count(graph_store) == 6
    assert count(graph_store, "MATCH (n:Park) RETURN count(n) AS c") == 1


def test_slow_query_is_stopped_by_the_timeout(graph_store):
    t0 = time.monotonic()
    with pytest.raises(QueryTimeout):
        graph_store.read(SLOW, timeout_ms=200)
    assert time.monotonic() - t0 < 10
    # A caller cannot ask for more than the configured timeout.
    assert graph_store.read("RETURN 1 AS c", timeout_ms=10**9).extra["timeout_ms"] \
        == graph_store.timeout_ms


def test_row_cap_truncates(graph_store):
    res = graph_store.read("UNWIND range(1, 50) AS i RETURN i", limit=10)
    assert [r["i"] for r in res.rows] == list(range(1, 11)) and res.truncated
    res = graph_store.read("UNWIND range(1, 50) AS i RETURN i", limit=50)
    assert len(res.rows) == 50 and not res.truncated
    cap = graph_store.row_cap
    res = graph_store.read("UNWIND range(1, $n) AS i RETURN i", {"n": cap * 3}, limit=10**9)
    assert len(res.rows) == cap and res.truncated


def test_schema_breaking_batch_is_rejected_naming_the_edge(graph_store, sample_batch):
    bad = small_batch()
    bad.edges.append(Edge("LOCATED_IN", "park:sample", "ind:sample", "Park", "Industry",
                          {"sources": ["psg:sample-1"]}))
    with pytest.raises(SchemaError, match=r"park:sample.*LOCATED_IN.*ind:sample"):
        graph_store.write(bad)
    missing_end = GraphBatch("doc:x", edges=[Edge("LOCATED_IN", "park:nowhere", "zone:sample",
                                                  "Park", "Zone", {"sources": ["psg:1"]})])
    with pytest.raises(SchemaError, match="park:nowhere"):
        graph_store.write(missing_end)
    no_name = GraphBatch("doc:y", nodes=[Node("Zone", "zone:nameless", "")])
    with pytest.raises(SchemaError, match="zone:nameless"):
        graph_store.write(no_name)
    assert count(graph_store) == 0


def test_edge_to_node_of_earlier_batch_with_wrong_label_names_it(graph_store, sample_batch):
    graph_store.write(sample_batch)
    batch = GraphBatch("doc:z", edges=[Edge("PART_OF", "park:sample", "zone:sample", "Zone",
                                            "Zone", {"sources": ["psg:sample-1"]})])
    with pytest.raises(SchemaError, match=r"park:sample.*is a Park, not a Zone"):
        graph_store.write(batch)


def test_syntax_error_is_a_query_error(graph_store):
    with pytest.raises(QueryError):
        graph_store.read("MATC (n) RETURN n")


def test_rebuild_readers_see_old_or_new_never_a_mix(graph_store, sample_batch):
    graph_store.write(sample_batch)
    old = count(graph_store)

    def batches():
        for i in range(30):
            yield GraphBatch("doc:new{}".format(i), nodes=[
                Node("Zone", "zone:new{}-{}".format(i, j), "新区{}-{}".format(i, j))
                for j in range(20)])
            time.sleep(0.01)

    new = 30 * 20
    seen: set[int] = set()
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader():
        while not stop.is_set():
            try:
                seen.add(count(graph_store))
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
                return
            time.sleep(0.002)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        result = graph_store.rebuild(batches())
    finally:
        time.sleep(0.05)
        stop.set()
        thread.join()
    assert not errors
    assert result.nodes == new
    assert seen <= {old, new}, "a reader saw a half-built graph: {}".format(sorted(seen))
    assert old in seen and count(graph_store) == new


def test_rebuild_that_fails_midway_leaves_the_old_graph(graph_store, sample_batch):
    graph_store.write(sample_batch)
    before = graph_store.stats()

    def batches():
        yield GraphBatch("doc:ok", nodes=[Node("Zone", "zone:ok", "好区")])
        raise RuntimeError("the loader crashed")

    with pytest.raises(RuntimeError, match="loader crashed"):
        graph_store.rebuild(batches())
    assert graph_store.stats() == before
    bad = GraphBatch("doc:bad", edges=[Edge("LOCATED_IN", "park:none", "zone:none", "Park",
                                            "Zone", {"sources": ["psg:1"]})])
    with pytest.raises(SchemaError):
        graph_store.rebuild([GraphBatch("doc:ok", nodes=[Node("Zone", "zone:ok", "好区")]), bad])
    assert graph_store.stats() == before


def test_dump_pages_past_the_row_cap(graph_store):
    nodes = [Node("Industry", "ind:{}".format(i), "产业{}".format(i)) for i in range(2500)]
    edges = [Edge("SUBINDUSTRY_OF", "ind:{}".format(i), "ind:{}".format(i - 1), "Industry",
                  "Industry", {"sources": ["psg:{}".format(i)]}) for i in range(1, 2500)]
    graph_store.write(GraphBatch("doc:many", nodes=nodes, edges=edges))
    dumped_nodes, dumped_edges = graph_store.dump()
    assert len(dumped_nodes) == 2500 and len({n.id for n in dumped_nodes}) == 2500
    assert len(dumped_edges) == 2499
    e = next(e for e in dumped_edges if e.src == "ind:7")
    assert (e.dst, e.src_label, e.dst_label, e.props) == \
        ("ind:6", "Industry", "Industry", {"sources": ["psg:7"]})
    n = next(n for n in dumped_nodes if n.id == "ind:7")
    assert (n.label, n.name, n.aliases, n.props) == ("Industry", "产业7", [], {})


def test_text_with_quotes_backslashes_and_newlines_round_trips(graph_store):
    text = 'a"b\\c\nd\te “中文” \u2028 😀 }) MATCH (n) DETACH DELETE n //'
    batch = GraphBatch("doc:odd", nodes=[Node("Zone", "zone:odd", text, [text, "甲'乙"],
                                              {"kind": text + "\x01", "n": 1.5, "flag": True,
                                               "nums": [1, 2]})])
    graph_store.write(batch)
    (node,), _ = graph_store.dump()
    assert (node.name, node.aliases) == (text, [text, "甲'乙"])
    assert node.props == {"kind": text + "\x01", "n": 1.5, "flag": True, "nums": [1, 2]}
    assert graph_store.read("MATCH (n:Zone {name: $t}) RETURN n.id AS id",
                            {"t": text}).rows == [{"id": "zone:odd"}]


def test_stats_count_per_label_and_type(graph_store, sample_batch):
    graph_store.write(sample_batch)
    stats = graph_store.stats()
    assert stats["nodes"]["Park"] == 1 and stats["nodes"]["Enterprise"] == 0
    assert stats["relationships"]["FOCUSES_ON"] == 1 and stats["relationships"]["CITES"] == 0
    assert (stats["total_nodes"], stats["total_relationships"]) == (6, 5)


def test_clear_empties_and_keeps_working(graph_store, sample_batch):
    graph_store.write(sample_batch)
    graph_store.clear()
    assert count(graph_store) == 0
    graph_store.write(sample_batch)
    assert count(graph_store) == 6
