"""Resolution that keeps the last batches (loaders/resolve_memo.py) gives, after any sequence
of document sets, what a full resolution of the set gives; and it keeps the batches whose
look-ups are answered as before, and makes again those of documents that a new document's
names or definitions change."""

from __future__ import annotations

import pickle
import random
from pathlib import Path

import pytest

from loaders.model import Extraction
from loaders.one_file import load_file
from loaders.resolve import resolve
from loaders.resolve_memo import ResolveMemo

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"

# Defines 星河新材 as short for a firm and names the firm in full more often, which another
# document names only by the short form: that document's batch then points at the full name.
DEFINES = """天津滨海高新技术产业开发区创新发展行动计划

第一章 总体要求

十四五期间，天津滨海高新技术产业开发区(以下简称天津高新区)坚持创新驱动。依托天津星河新材料股份有限公司(以下简称星河新材)等企业，重点发展新材料产业。支持天津星河新材料股份有限公司建设研发中心，推动天津星河新材料股份有限公司扩大产能。
"""

USES = """滨海新区关于支持滨海高新区发展的若干措施

第一章 主要措施

支持滨海高新区建设星河新材料产业园。鼓励星河新材等企业扩大产能。推动天津港集团建设智慧港口。
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Key → a pickled file result: the bundled documents and the two above."""
    folder = tmp_path_factory.mktemp("memo")
    (folder / "defines.txt").write_text(DEFINES, encoding="utf-8")
    (folder / "uses.txt").write_text(USES, encoding="utf-8")
    paths = sorted(CORPUS.glob("*.txt")) + [folder / "defines.txt", folder / "uses.txt"]
    return {p.name: pickle.dumps(load_file(p, p.name)) for p in paths}


def _extractions(files: dict[str, bytes], names: list[str]) -> tuple[list[Extraction], list[str]]:
    """Fresh copies, as the collection's cache hands them out (resolution changes them)."""
    extractions, keys = [], []
    for name in names:
        result = pickle.loads(files[name])
        extractions += result.extractions
        keys += [f"{name}#{j}" for j in range(len(result.extractions))]
    return extractions, keys


def _check(memo: ResolveMemo, files: dict[str, bytes], names: list[str]) -> None:
    got = memo.resolve(*_extractions(files, names))
    want = resolve(_extractions(files, names)[0])
    assert list(got) == list(want)
    for doc_id, batch in want.items():
        assert got[doc_id] == batch, f"{doc_id} differs from a full resolution of {names}"


@pytest.mark.parametrize("seed", [3, 19])
def test_any_sequence_of_sets_resolves_as_a_full_resolution(files, seed: int) -> None:
    rng = random.Random(seed)
    names = sorted(files)
    memo = ResolveMemo()
    kept = rng.sample(names, 3)
    for _ in range(6):
        if len(kept) > 1 and rng.random() < 0.4:
            kept.remove(rng.choice(kept))
        else:
            kept.append(rng.choice([n for n in names if n not in kept] or kept))
        kept = sorted(set(kept), key=names.index)
        _check(memo, files, kept)


def test_a_new_definition_remakes_the_batch_that_names_it(files) -> None:
    memo = ResolveMemo()
    bundled = sorted(n for n in files if n[0].isdigit())[:2]
    _check(memo, files, [*bundled, "uses.txt"])
    assert memo.reused == 0  # nothing kept yet
    _check(memo, files, [*bundled, "uses.txt"])
    assert memo.reused == 3  # the same set: every batch kept
    # 星河新材 is now 天津星河新材料股份有限公司 (defined in another file): uses.txt is
    # resolved again, the bundled documents that do not name it are kept.
    _check(memo, files, ["defines.txt", *bundled, "uses.txt"])
    assert memo.reused == 2
    _check(memo, files, [*bundled, "uses.txt"])  # and back once that file is removed



def test_resolution_leaves_the_extractions_as_they_are(files) -> None:
    """The collection keeps each file's extractions in memory and resolves them again at
    every change (collection/results.py)."""
    extractions, keys = _extractions(files, sorted(files))
    before = pickle.dumps(extractions)
    first = resolve(extractions)
    assert pickle.dumps(extractions) == before
    assert resolve(extractions) == first
    memo = ResolveMemo()
    assert memo.resolve(extractions, keys) == first
    assert pickle.dumps(extractions) == before
