"""Scale: the same build and the same questions at N = 10, 100 and 1,000 generated documents.

For each N a corpus is generated from the bundled documents (bench/_generated_corpus.py) in a
temporary folder, built by `bench/_scale_build.py` in a process of its own, and served by
uvicorn with the answer cache off. Then one client asks every question of the workload in turn,
a few times over, so each figure is the full cost of a request: p50 and p99 per endpoint, and
the largest answer. The workload's names come from the 10-document graph, which every larger
corpus contains, so the same URLs are asked at every size; the most connected names are in it
on purpose, since their answers grow with the corpus.

`make bench-scale` runs 10, 100 and 1,000 documents (about 15 minutes on 2 cores);
`make bench` runs 10 and 50. Knobs: POLICYKG_SCALE_SIZES (e.g. 10,100), POLICYKG_BUILD_WORKERS
(processes for extraction, 0 = one per core), POLICYKG_SCALE_REPEAT (times each URL is asked,
default 5). With NEO4J_URI set (and NEO4J_PASSWORD), the graph is built into and served from
that Neo4j instead of the embedded store.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from bench.api_load import _free_port, _pct, _serve

ROOT = Path(__file__).resolve().parent.parent
SIZES = tuple(int(x) for x in os.environ.get("POLICYKG_SCALE_SIZES", "10,50").split(",") if x)
REPEAT = int(os.environ.get("POLICYKG_SCALE_REPEAT", "5"))
WORKERS = int(os.environ.get("POLICYKG_BUILD_WORKERS", "0"))
NEO4J = bool(os.environ.get("NEO4J_URI"))
Row = tuple[str, Any, str]


def _env(data_dir: Path) -> dict[str, str]:
    return {**os.environ, "POLICYKG_DATA_DIR": str(data_dir), "POLICYKG_ANSWER_CACHE": "0",
            "POLICYKG_STORE": "neo4j" if NEO4J else "embedded"}


def build(corpus: Path, data_dir: Path) -> dict:
    """Build in a child process; return its figures (see bench/_scale_build.py)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bench._scale_build", str(corpus), str(WORKERS)],
                          cwd=ROOT, env=_env(data_dir), capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"build of {corpus} failed: {done.stderr[-2000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["wall_s"] = time.perf_counter() - started
    return figures


def serve(data_dir: Path, port: int) -> subprocess.Popen:
    return _serve(data_dir, port, _env(data_dir), wait_s=120)


def workload(base: str, graph: dict[str, list[dict]]) -> dict[str, list[str]]:
    """URLs per endpoint, over names of the graph: its best-connected names and a seeded
    sample of the others."""
    rnd = random.Random(12)

    def names(label: str, k: int = 6) -> list[str]:
        found = [r["name"] for r in graph.get(label, [])]
        top, rest = found[:k // 2], found[k // 2:]
        return top + rnd.sample(rest, min(len(rest), k - len(top)))

    industries, places = names("Industry"), names("Park", 3) + names("Zone", 3)
    bureaus, firms = names("Bureau"), names("Enterprise")
    ids = [r["id"] for lab in ("Zone", "Park", "Industry", "Enterprise") for r in graph.get(lab, [])[:2]]
    docs = [d["id"] for d in httpx.get(f"{base}/api/v1/documents", params={"limit": 5}).json()["items"]]
    q = quote
    return {
        "search": [f"/api/v1/search?q={q(n[:2])}" for n in industries + places],
        "places": [f"/api/v1/places?industry={q(n)}" for n in industries],
        "enterprises": [f"/api/v1/enterprises?industry={q(n)}&status=target" for n in industries]
        + [f"/api/v1/enterprises?place={q(n)}" for n in places],
        "platforms": [f"/api/v1/platforms?industry={q(n)}" for n in industries]
        + [f"/api/v1/platforms?place={q(n)}" for n in places],
        "projects": [f"/api/v1/projects?place={q(n)}" for n in places]
        + [f"/api/v1/projects?enterprise={q(n)}" for n in firms],
        "tasks": [f"/api/v1/tasks?bureau={q(n)}" for n in bureaus],
        "task bureaus": [f"/api/v1/tasks/{n}/bureaus" for n in (1, 5, 12, 30)],
        "targets": ["/api/v1/targets?year=2025"] + [f"/api/v1/targets?industry={q(n)}" for n in industries]
        + [f"/api/v1/targets?subject={q(n)}" for n in places],
        "documents": ["/api/v1/documents"] + [f"/api/v1/documents/{q(d, safe='')}/sections" for d in docs],
        "entity": [f"/api/v1/entities/{q(i, safe='')}" for i in ids],
        "neighbourhood": [f"/api/v1/entities/{q(i, safe='')}/graph" for i in ids],
        "leads": [f"/api/v1/leads?industry={q(n)}" for n in industries],
        "ask": [f"/api/v1/ask?q={q(t)}" for t in _questions(industries, places, bureaus, firms)],
    }


def _questions(industries: list[str], places: list[str], bureaus: list[str], firms: list[str]) -> list[str]:
    return ([f"哪些园区有{n}企业" for n in industries[:3]] + [f"{n}的招商对接目标有哪些" for n in industries[:3]]
            + [f"{n}重点发展什么产业" for n in places[:3]] + [f"哪些平台服务{n}产业" for n in industries[:2]]
            + [f"{n}牵头哪些任务" for n in bureaus[:2]] + [f"{n}位于哪里" for n in firms[:3]]
            + [f"{n}有哪些企业" for n in places[:2]] + ["到2025年保税区的目标是多少", "任务8由谁牵头",
                                                      "新能源动力电池领域依托哪些企业和机构"])


# The label is a parameter, so the statement is one constant; the filter comes before the
# expansion, so only that label's relationships are counted.
_BY_DEGREE = ("MATCH (n) WHERE $label IN labels(n) "
              "MATCH (n)-[r]-() WHERE type(r) <> 'MENTIONS' "
              "WITH n, count(r) AS degree RETURN n.id AS id, n.name AS name, degree "
              "ORDER BY degree DESC, id ASC")


def popular(data_dir: Path) -> dict[str, list[dict]]:
    """The names of the graph by label, best connected first (read from the built store)."""
    from graph import open_store
    from policykg.settings import Settings

    settings = Settings(data_dir=data_dir, store="neo4j" if NEO4J else "embedded")
    store = open_store(settings)
    try:
        out = {}
        for label in ("Industry", "Park", "Zone", "Bureau", "Enterprise"):
            rows = store.read(_BY_DEGREE, {"label": label}, limit=1000).rows
            out[label] = [r for r in rows if len(r["name"] or "") >= 2]
        return out
    finally:
        store.close()


def ask_all(base: str, urls: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """Each URL REPEAT times, one request at a time; per endpoint p50, p99 and largest answer."""
    figures: dict[str, dict[str, float]] = {}
    with httpx.Client(base_url=base, timeout=60) as client:
        for url in [u for us in urls.values() for u in us]:  # once each, to open connections
            client.get(url)
        for name, group in urls.items():
            times, sizes, errors = [], [], 0
            for _ in range(REPEAT):
                for url in group:
                    t0 = time.perf_counter()
                    res = client.get(url)
                    times.append(time.perf_counter() - t0)
                    sizes.append(len(res.content))
                    errors += res.status_code >= 500
            figures[name] = {"p50_ms": _pct(times, 50) * 1000, "p99_ms": _pct(times, 99) * 1000,
                             "max_kb": max(sizes) / 1024, "requests": len(times), "errors": errors}
    return figures


def measure(n: int, tmp: Path, source: Any, urls: dict[str, list[str]] | None) -> tuple[dict, dict, dict]:
    from bench._generated_corpus import generate

    corpus, data_dir = tmp / f"corpus-{n}", tmp / f"db-{n}"
    made = generate(n, corpus, ROOT / "data" / "corpus", source=source)
    built = build(corpus, data_dir)
    built["corpus_mb"] = made["bytes"] / 1e6
    if not NEO4J:  # the streamed RDF export, its time and memory at this size
        from bench.rdf import _child

        built["export"] = _child(data_dir, "nt")
    port = _free_port()
    proc = serve(data_dir, port)
    base = f"http://127.0.0.1:{port}"
    try:
        if urls is None:
            urls = workload(base, popular(data_dir))
        asked = ask_all(base, urls)
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    return built, asked, urls


def run(sizes: tuple[int, ...] = SIZES) -> list[Row]:
    sys.path.insert(0, str(ROOT))
    from bench._generated_corpus import read_source

    source = read_source(ROOT / "data" / "corpus")
    results: dict[int, tuple[dict, dict]] = {}
    urls = None
    with tempfile.TemporaryDirectory(prefix="policykg-bench-scale-") as tmp:
        for n in sorted(sizes):
            built, asked, urls = measure(n, Path(tmp), source, urls)
            results[n] = (built, asked)
    return rows(results)


def rows(results: dict[int, tuple[dict, dict]]) -> list[Row]:
    out: list[Row] = [("store", "Neo4j at NEO4J_URI" if NEO4J else
                       "embedded FalkorDB (Neo4j skipped: NEO4J_URI is not set; set it and "
                       "NEO4J_PASSWORD to run this benchmark against Neo4j)", "")]
    first = min(results)
    b0, a0 = results[first]
    for n, (b, a) in sorted(results.items()):
        per_mb = (b["load_s"] + b["write_s"]) / b["corpus_mb"]
        out += [(f"N={n} corpus", f"{b['corpus_mb']:.1f} MB, {b['documents']} documents "
                                  f"({b['errors']} skipped)", ""),
                (f"N={n} graph", f"{b['nodes']:,} nodes, {b['relationships']:,} relationships", ""),
                (f"N={n} build: load + write", f"{b['load_s']:.1f} + {b['write_s']:.1f}", "s"),
                (f"N={n} build per MB", per_mb, "s/MB"),
                (f"N={n} peak memory: build / a worker / store",
                 f"{b['build_rss_mb']:.0f} / {b['worker_rss_mb']:.0f} / "
                 f"{b.get('store_rss_peak_mb') or 0:.0f}", "MB"),
                (f"N={n} store on disk", b.get("store_disk_mb") or float("nan"), "MB")]
        if n != first:
            out.append((f"N={n} build per MB / N={first}",
                        per_mb / ((b0["load_s"] + b0["write_s"]) / b0["corpus_mb"]), "ratio"))
        if "export" in b:
            e = b["export"]
            out.append((f"N={n} RDF export (N-Triples, streamed)",
                        f"{e['seconds']:.1f} s, peak memory {e['rss_mb']:.0f} MB, "
                        f"{e['triples']:,} triples", ""))
        for name, f in a.items():
            ratio = f["p99_ms"] / a0[name]["p99_ms"] if n != first and a0[name]["p99_ms"] else None
            out.append((f"N={n} {name} p50 / p99 / largest",
                        f"{f['p50_ms']:.1f} / {f['p99_ms']:.1f} / {f['max_kb']:.0f} KB"
                        + (f"  (p99 ×{ratio:.2f} of N={first})" if ratio else "")
                        + (f"  {f['errors']} errors" if f["errors"] else ""), "ms"))
    return out


def main(argv: list[str]) -> int:
    sizes = tuple(int(x) for x in argv[0].split(",")) if argv else SIZES
    for figure, value, unit in run(sizes):
        print(f"{figure:55} {value if isinstance(value, str) else f'{value:.3f}'} {unit}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
