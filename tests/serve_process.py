"""A real `policykg serve` in a subprocess, for the fault drills (tests and bench)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SMALL_DOC = ROOT / "data" / "corpus" / "2023_tianjin_beijing-tianjin-hebei-action-plan.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env_for(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLICYKG_", "NEO4J_"))}
    env.update({"POLICYKG_DATA_DIR": str(data_dir), "POLICYKG_STORE": "embedded"})
    return env


def cli(args: list[str], data_dir: Path, **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "policykg.cli", *args], cwd=ROOT,
                          env=env_for(data_dir), capture_output=True, text=True, timeout=300, **kw)


def small_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SMALL_DOC, folder)
    return folder


class Served:
    """`policykg serve` on a free port; stderr goes to a file so its log can be read."""

    def __init__(self, data_dir: Path, log: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log
        self._fh = log.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "policykg.cli", "serve", "--port", str(self.port)],
            cwd=ROOT, env=env_for(data_dir), stdout=self._fh, stderr=subprocess.STDOUT)
        self.client = httpx.Client(base_url=self.base, timeout=10)

    def wait_healthy(self, timeout_s: float = 60, min_restarts: int = 0) -> dict:
        deadline = time.monotonic() + timeout_s
        last: object = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"serve exited: {self.log.read_text()[-2000:]}")
            try:
                r = self.client.get("/api/v1/health")
                last = r.json()
                store = last.get("store", {}) if isinstance(last, dict) else {}
                if r.status_code == 200 and last.get("ok") and \
                        (store.get("restarts") or 0) >= min_restarts:
                    return last
            except httpx.HTTPError as exc:
                last = exc
            time.sleep(0.05)
        raise TimeoutError(f"not healthy after {timeout_s} s: {last}")

    def stop(self) -> None:
        self.client.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self._fh.close()
