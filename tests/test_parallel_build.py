"""The per-file stages of a build in a pool of processes: the same batches as in one process,
the same handling of files that collide or fail, and no worker left behind when the build is
killed."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from loaders.pipeline import load_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"


def _shape(result) -> list:
    return [(b.source, [(n.label, n.id, n.name, n.aliases, n.props) for n in b.nodes],
             [(e.rel, e.src, e.dst, e.props) for e in b.edges]) for b in result.batches]


def test_two_processes_give_the_batches_of_one() -> None:
    one, two = load_corpus(CORPUS, workers=1), load_corpus(CORPUS, workers=2)
    assert _shape(one) == _shape(two)
    assert [d.doc_id for d in one.documents] == [d.doc_id for d in two.documents]
    assert one.warnings == two.warnings and [str(e) for e in one.errors] == [str(e) for e in two.errors]


def test_files_that_share_a_stem_or_fail_are_handled_as_in_one_process(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    small = "2023_tianjin_beijing-tianjin-hebei-action-plan.txt"
    shutil.copy(CORPUS / small, corpus / small)
    shutil.copy(CORPUS / small, corpus / "sub" / small)
    (corpus / "empty.txt").write_bytes(b"")
    one, two = load_corpus(corpus, workers=1), load_corpus(corpus, workers=2)
    assert _shape(one) == _shape(two)
    assert any("already used" in w for w in two.warnings)
    assert [e.file for e in two.errors] == ["empty.txt"]


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux)")
def test_a_killed_build_leaves_no_worker_behind(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(12):  # enough work for the workers to be busy when the build is killed
        for path in CORPUS.glob("*.txt"):
            shutil.copy(path, corpus / f"{i:02d}-{path.name}")
    code = ("import sys\nfrom loaders.pipeline import load_corpus\n"
            "if __name__ == '__main__':\n    load_corpus(sys.argv[1], workers=2)\n")
    script = tmp_path / "build.py"
    script.write_text(code)
    build = subprocess.Popen([sys.executable, str(script), str(corpus)], cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while time.monotonic() < deadline and len(workers) < 2:
            workers = _children(build.pid)
            time.sleep(0.05)
        assert len(workers) >= 2, "the build started no workers"
        os.kill(build.pid, signal.SIGKILL)
        build.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers), "workers outlived the killed build"
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
