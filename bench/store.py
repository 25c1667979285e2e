"""Embedded store figures: cold start, write overhead of GraphStore.write against the same
statement sent raw through the falkordb client, read overhead, rebuild, crash recovery."""

from __future__ import annotations

import os
import signal
import statistics
import tempfile
import time
from pathlib import Path

from graph.embedded import EmbeddedStore
from graph.write_plan import plan, single_query
from ontology.batch import Edge, GraphBatch, Node
from policykg.settings import Settings

N = 10_000
REPEAT = 3


def make_batch(n: int = N, tag: str = "b") -> GraphBatch:
    """n enterprises, each IN_INDUSTRY one of 50 industries, plus n-… edges to reach n."""
    industries = [Node("Industry", "ind:{}{}".format(tag, i), "产业{}".format(i), ["行业{}".format(i)])
                  for i in range(50)]
    enterprises = [Node("Enterprise", "ent:{}{}".format(tag, i), "天津测试科技有限公司{}".format(i),
                        ["测试科技{}".format(i)], {"status": "present"})
                   for i in range(n - len(industries))]
    edges = [Edge("IN_INDUSTRY", e.id, industries[i % 50].id, "Enterprise", "Industry",
                  {"sources": ["psg:{}".format(i)]}) for i, e in enumerate(enterprises)]
    edges += [Edge("SUBINDUSTRY_OF", industries[i].id, industries[(i + 1) % 50].id,
                   "Industry", "Industry", {"sources": ["psg:s{}".format(i)]})
              for i in range(n - len(edges))]
    return GraphBatch("bench", industries + enterprises, edges)


def settings(folder: Path) -> Settings:
    return Settings(store="embedded", data_dir=folder)


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def run() -> list[tuple[str, float | str, str]]:
    # Figures are wall-clock: on a shared machine they scale with its load, so say what it was.
    out: list[tuple[str, float | str, str]] = [
        ("machine load (1 min average) / cores", "{:.1f} / {}".format(
            os.getloadavg()[0], os.cpu_count()), "")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "db"
        batch = make_batch()

        t0 = time.perf_counter()
        store = EmbeddedStore(settings(folder))
        out.append(("cold start, empty folder", time.perf_counter() - t0, "s"))

        # GraphStore.write: validate, look up edge ends, plan, one query.
        api = []
        for _ in range(REPEAT):
            store.clear()
            api.append(timed(lambda: store.write(batch)))
        # The same query text and parameters, sent raw on a fresh graph with the same indexes.
        cypher, params = single_query(plan(batch))
        raw = []
        for _ in range(REPEAT):
            store._conn().delete("bench_raw")
            store._apply_schema_to("bench_raw")
            raw_graph = store._g("bench_raw")
            raw.append(timed(lambda: raw_graph.query(cypher, params)))
        store._conn().delete("bench_raw")
        w, r = statistics.median(api), statistics.median(raw)
        out += [("write 10k nodes + 10k edges, GraphStore.write", w, "s"),
                ("same statement sent raw (falkordb client)", r, "s"),
                ("write overhead ratio (store / raw)", w / r, "x"),
                ("write throughput via GraphStore.write", 2 * N / w, "items/s")]
        again = timed(lambda: store.write(batch))
        out.append(("rewrite the same batch (idempotent MERGE)", again, "s"))

        q = "MATCH (e:Enterprise {id: $id})-[:IN_INDUSTRY]->(i) RETURN i.name AS name"
        reads = [timed(lambda: store.read(q, {"id": "ent:b7"})) for _ in range(200)]
        raws = [timed(lambda: store._graph.ro_query(q, {"id": "ent:b7"}, timeout=2000))
                for _ in range(200)]
        out += [("point read p50, GraphStore.read", statistics.median(reads) * 1000, "ms"),
                ("point read p50, raw ro_query", statistics.median(raws) * 1000, "ms")]

        out.append(("rebuild 10k + 10k (staging, rename, save)",
                    timed(lambda: store.rebuild([make_batch(tag="r")])), "s"))
        out.append(("dump 10k + 10k", timed(store.dump), "s"))
        store.close()

        t0 = time.perf_counter()
        store = EmbeddedStore(settings(folder))
        store.read("MATCH (n) RETURN count(n) AS c")
        out.append(("cold start with 10k nodes + 10k edges, to first answer",
                    time.perf_counter() - t0, "s"))

        pid = store.pid
        os.kill(pid, signal.SIGKILL)
        while store.server.alive():
            time.sleep(0.005)
        t0 = time.perf_counter()
        n = store.read("MATCH (n) RETURN count(n) AS c").rows[0]["c"]
        out.append(("recovery after SIGKILL of the server, to first answer",
                    time.perf_counter() - t0, "s"))
        out.append(("nodes after recovery (from last save)", str(n), "nodes"))

        # A larger graph: 100k nodes and 100k edges, built in ten batches, then a cold start.
        store.rebuild(make_batch(tag="L{}-".format(i)) for i in range(10))
        big = store.stats()
        store.close()
        t0 = time.perf_counter()
        store = EmbeddedStore(settings(folder))
        store.read("MATCH (n) RETURN count(n) AS c")
        out.append(("cold start with {:,} nodes + {:,} edges, to first answer".format(
            big["total_nodes"], big["total_relationships"]), time.perf_counter() - t0, "s"))
        store.close()
    return out
