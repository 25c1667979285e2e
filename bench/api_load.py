"""Load on the HTTP API: 32 concurrent clients for 20 s against the typed endpoints, then
against /ask, served by `uvicorn api.app:create_app` over the corpus graph in the embedded
store. Reports p50/p99 latency and requests per second, and the ratio of the API's median
latency to the median of the same named queries run on the store directly.

Targets on a 2-core machine: p99 ≤ 50 ms and ≥ 300 requests/s for the typed endpoints.
Repeated requests are answered from the API's answer cache (the usual case: a page asks the
same few things); a second run with a parameter no endpoint reads makes every request miss,
which measures the full cost of a query through the API.
Knobs: POLICYKG_BENCH_SECONDS (default 20), POLICYKG_BENCH_CLIENTS (32),
POLICYKG_BENCH_WORKERS (uvicorn workers, default 1).
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent
SECONDS = float(os.environ.get("POLICYKG_BENCH_SECONDS", "20"))
CLIENTS = int(os.environ.get("POLICYKG_BENCH_CLIENTS", "32"))
WORKERS = int(os.environ.get("POLICYKG_BENCH_WORKERS", "1"))
# Question forms; the names come from the graph (queries.ask.suggestions and its names).
FORMS = ["{}有哪些企业", "哪些平台服务{}产业", "到2025年{}的目标是多少"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _build(data_dir: Path) -> Any:
    from graph.embedded import EmbeddedStore
    from loaders.pipeline import load_corpus
    from policykg.settings import Settings, get_settings

    store = EmbeddedStore(Settings(store="embedded", data_dir=data_dir))
    store.rebuild(load_corpus(get_settings().corpus_dir).batches)
    return store


def _workload(store: Any) -> tuple[list[str], list[tuple[str, dict[str, Any]]]]:
    """URLs over names taken from the graph itself, and the named query behind each URL."""
    from queries.answer import run

    rnd = random.Random(7)
    names = {lab: [r["name"] for r in store.read(
        "MATCH (n) WHERE $l IN labels(n) RETURN n.name AS name ORDER BY name LIMIT 40", {"l": lab}).rows]
        for lab in ("Industry", "Park", "Zone", "Bureau", "Enterprise")}
    ids = [r["id"] for r in store.read("MATCH (n:Park) RETURN n.id AS id ORDER BY id LIMIT 40").rows]
    urls: list[str] = []
    direct: list[tuple[str, dict[str, Any]]] = []
    for _ in range(12):
        ind, park = rnd.choice(names["Industry"]), rnd.choice(names["Park"] + names["Zone"])
        bureau, pid = rnd.choice(names["Bureau"]), rnd.choice(ids)
        short = ind[:2]
        urls += [f"/api/v1/search?q={quote(short)}", f"/api/v1/places?industry={quote(ind)}",
                 f"/api/v1/enterprises?industry={quote(ind)}&status=target",
                 f"/api/v1/enterprises?place={quote(park)}", f"/api/v1/entities/{quote(pid, safe='')}",
                 f"/api/v1/tasks?bureau={quote(bureau)}", "/api/v1/targets?year=2025",
                 f"/api/v1/platforms?industry={quote(ind)}"]
        direct += [("search", {"q": short}), ("parks_by_industry", {"industry": ind}),
                   ("enterprises", {"industry": ind, "status": "target"}), ("enterprises", {"place": park}),
                   ("entity", {"id": pid}), ("tasks_by_bureau", {"bureau": bureau}), ("targets", {"year": 2025}),
                   ("platforms", {"industry": ind})]
    _ = run
    return urls, direct


def _questions(store: Any) -> list[str]:
    from queries.ask import suggestions

    names = [r["name"] for r in store.read("MATCH (n:Industry) RETURN n.name AS name ORDER BY name LIMIT 3").rows]
    return suggestions(store) + [form.format(n) for form in FORMS for n in names]


async def _one_client(host: str, port: int, urls: list[str], start: int, step: int, stop: float,
                      latencies: list[float], bust: bool = False) -> int:
    """One keep-alive HTTP/1.1 connection sending GETs back to back.

    A plain asyncio client: httpx's async pool spends more CPU per request than the server
    does, and on a 2-core machine the load generator must not be what is measured.
    """
    errors = 0
    reader, writer = await asyncio.open_connection(host, port)
    i = start
    try:
        while time.perf_counter() < stop:
            url = urls[i % len(urls)]
            if bust:  # a parameter no endpoint reads: every request misses the answer cache
                url += ("&" if "?" in url else "?") + f"nocache={id(latencies)}-{i}"
            i += step
            t0 = time.perf_counter()
            writer.write(f"GET {url} HTTP/1.1\r\nHost: {host}\r\nAccept: application/json\r\n\r\n".encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            chunked = False
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
                elif name.lower() == b"transfer-encoding" and b"chunked" in value.lower():
                    chunked = True
            if chunked:
                while True:
                    size = int((await reader.readuntil(b"\r\n")).strip(), 16)
                    await reader.readexactly(size + 2)
                    if size == 0:
                        break
            else:
                await reader.readexactly(length)
            latencies.append(time.perf_counter() - t0)
            errors += status >= 500
    finally:
        writer.close()
    return errors


async def _load(base: str, urls: list[str], seconds: float, clients: int,
                bust: bool = False) -> tuple[list[float], int]:
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    stop = time.perf_counter() + seconds
    errors = await asyncio.gather(*(_one_client(host, int(port), urls, k, clients, stop, latencies, bust)
                                    for k in range(clients)), return_exceptions=True)
    failed = sum(e if isinstance(e, int) else 1 for e in errors)
    return latencies, failed


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _direct_ms(store: Any, direct: list[tuple[str, dict[str, Any]]]) -> float:
    from queries.answer import run
    from queries.find import search

    times = []
    for _ in range(5):
        for name, params in direct:
            t0 = time.perf_counter()
            # Entity search is the full-text look-up and its scoring (queries/find.py).
            search(store, params["q"]) if name == "search" else run(store, name, params)
            times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def _serve(data_dir: Path, port: int, env: dict[str, str] | None = None,
           wait_s: float = 60) -> subprocess.Popen:
    env = {**os.environ, "POLICYKG_STORE": "embedded", "POLICYKG_DATA_DIR": str(data_dir), **(env or {})}
    cmd = [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--host", "127.0.0.1",
           "--port", str(port), "--workers", str(WORKERS), "--log-level", "warning", "--no-access-log"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True)
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise RuntimeError(f"the API server exited with {proc.returncode}")
        time.sleep(0.2)
    proc.terminate()
    raise RuntimeError(f"the API server did not answer /api/v1/health within {wait_s:.0f} s")


def run() -> list[tuple[str, float | str, str]]:
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="policykg-bench-api-") as tmp:
        data_dir = Path(tmp) / "db"
        store = _build(data_dir)
        try:
            urls, direct = _workload(store)
            questions = _questions(store)
            direct_ms = _direct_ms(store, direct)
            port = _free_port()
            proc = _serve(data_dir, port)
            base = f"http://127.0.0.1:{port}"
            try:
                for u in urls + [f"/api/v1/ask?q={quote(q)}" for q in questions]:  # warm: first answers
                    httpx.get(base + u, timeout=30)
                typed, typed_err = asyncio.run(_load(base, urls, SECONDS, CLIENTS))
                fresh, fresh_err = asyncio.run(_load(base, urls, SECONDS / 2, CLIENTS, bust=True))
                asks = [f"/api/v1/ask?q={quote(q)}" for q in questions]
                asked, ask_err = asyncio.run(_load(base, asks, SECONDS, CLIENTS))
                single, _ = asyncio.run(_load(base, urls, 3, 1, bust=True))
                fresh_single = _pct(single, 50) * 1000
                cold = []  # ask with a question the cache has not seen: the full cost of parsing and querying
                for i in range(20):
                    t0 = time.perf_counter()
                    httpx.get(base + f"/api/v1/ask?q={quote(questions[i % len(questions)] + '?' * (i + 1))}",
                              timeout=30)
                    cold.append(time.perf_counter() - t0)
            finally:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=30)
        finally:
            store.close()
    typed_p50 = _pct(typed, 50) * 1000
    return [
        ("clients x seconds", f"{CLIENTS} x {SECONDS:.0f}", f"uvicorn workers={WORKERS}"),
        ("typed p50", typed_p50, "ms"),
        ("typed p99", _pct(typed, 99) * 1000, "ms"),
        ("typed throughput", len(typed) / SECONDS, "req/s"),
        ("typed errors (5xx or connection)", float(typed_err), "requests"),
        ("same queries on the store directly p50", direct_ms, "ms"),
        ("API p50 / store p50", typed_p50 / direct_ms if direct_ms else float("nan"), "ratio"),
        ("typed uncached p50 (every request misses the cache)", _pct(fresh, 50) * 1000, "ms"),
        ("typed uncached p99", _pct(fresh, 99) * 1000, "ms"),
        ("typed uncached throughput", len(fresh) / (SECONDS / 2), "req/s"),
        ("typed uncached errors", float(fresh_err), "requests"),
        ("API uncached single-client p50 / store p50", fresh_single / direct_ms if direct_ms else float("nan"),
         "ratio"),
        ("ask p50", _pct(asked, 50) * 1000, "ms"),
        ("ask p99", _pct(asked, 99) * 1000, "ms"),
        ("ask throughput", len(asked) / SECONDS, "req/s"),
        ("ask errors", float(ask_err), "requests"),
        ("ask uncached (one client) p50", _pct(cold, 50) * 1000, "ms"),
    ]


if __name__ == "__main__":
    for row in run():
        print(*row)
