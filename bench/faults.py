"""Fault drills with their recovery times: the embedded store killed hard under `policykg
serve`, and a build killed midway (the previous graph must stay intact)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import _stop_leftover_server
from tests.serve_process import ROOT, Served, cli, env_for, small_corpus

ROUNDS = 5


def _serve_drill(tmp: Path) -> list[tuple[str, float | str, str]]:
    data_dir = tmp / "serve-db"
    proc = cli(["build", "--quiet", "--corpus", str(small_corpus(tmp / "corpus"))], data_dir)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr)
    served = Served(data_dir, tmp / "serve.log")
    times, intact = [], True
    try:
        served.wait_healthy()
        before = served.client.get("/api/v1/stats").json()
        for n in range(1, ROUNDS + 1):
            pid = served.wait_healthy()["store"]["pid"]
            t0 = time.perf_counter()
            os.kill(pid, signal.SIGKILL)
            served.wait_healthy(timeout_s=60, min_restarts=n)
            times.append(time.perf_counter() - t0)
            intact &= served.client.get("/api/v1/stats").json() == before
    finally:
        served.stop()
        _stop_leftover_server(data_dir)
    return [("store SIGKILL under serve → healthy again, mean of {}".format(ROUNDS),
             sum(times) / len(times), "s"),
            ("store SIGKILL under serve → healthy again, worst", max(times), "s"),
            ("data after restart equals data before", "yes" if intact else "NO", "")]


def _killed_build_drill(tmp: Path) -> list[tuple[str, float | str, str]]:
    data_dir = tmp / "build-db"
    proc = cli(["build", "--quiet"], data_dir)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr)
    before = cli(["stats", "--json"], data_dir).stdout
    intact = True
    delays = (0.5, 1.0, 1.5, 2.0, 2.5)
    for delay in delays:
        p = subprocess.Popen([sys.executable, "-m", "policykg.cli", "build", "--quiet"],
                             cwd=ROOT, env=env_for(data_dir), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        p.wait()
        intact &= cli(["stats", "--json"], data_dir).stdout == before
    t0 = time.perf_counter()
    proc = cli(["build", "--quiet"], data_dir)
    rebuilt = time.perf_counter() - t0
    _stop_leftover_server(data_dir)
    return [("build SIGKILLed at {} s: previous graph intact".format(
                "/".join(str(d) for d in delays)), "yes" if intact else "NO", ""),
            ("next full build after the kills (process start to exit)", rebuilt, "s")]


def run() -> list[tuple[str, float | str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        return _serve_drill(Path(tmp)) + _killed_build_drill(Path(tmp))


if __name__ == "__main__":
    for row in run():
        print(*row)
