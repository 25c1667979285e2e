"""The key property of the collection: after any sequence of adds, replacements and removals,
the graph equals the graph a full build of the same files gives — every node and relationship
with its properties (ids, names, aliases, sources, …) and every search field. Random sequences
over the bundled corpus, plus a changed version of a document and a PDF whose stem a text file
already has; and adding a document re-reads that document only."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from collection.sync import Collection, FilesRefused
from graph.embedded import EmbeddedStore
from tests.collection_helpers import ALL_ROWS, CORPUS, differences, full_build, snapshot
from tests.conftest import _stop_leftover_server, make_settings
from tests.documents import make_pdf

BONDED = "2021-07-20_bonded-zone_14th-five-year-plan.txt"


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[bytes]]:
    """File name → the contents it may have: every bundled document, a second version of
    one (its second half cut: a replacement), and a PDF of one under the same stem."""
    folder = tmp_path_factory.mktemp("pool")
    out: dict[str, list[bytes]] = {}
    for path in sorted(CORPUS.glob("*.txt")):
        out[path.name] = [path.read_bytes()]
    lines = (CORPUS / BONDED).read_text(encoding="utf-8").splitlines()
    out[BONDED].append("\n".join(lines[: len(lines) // 2]).encode("utf-8") + b"\n")
    pdf = make_pdf(CORPUS / "2023_tianjin_beijing-tianjin-hebei-action-plan.txt",
                   folder / "2023_tianjin_beijing-tianjin-hebei-action-plan.pdf")
    out[pdf.name] = [pdf.read_bytes()]
    return out


def _write(folder: Path, name: str, data: bytes) -> Path:
    """A file to add, in a folder beside the bundled manifest (as a build would read it)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(CORPUS / "manifest.json", folder / "manifest.json")
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("seed", [7, 11, 2026])
def test_random_adds_and_removes_equal_a_full_build(tmp_path: Path, pool, seed: int) -> None:
    rng = random.Random(seed)
    names = sorted(pool)
    start = {n: pool[n][0] for n in rng.sample(names, 3)}
    corpus = tmp_path / "start"
    for name, data in start.items():
        _write(corpus, name, data)
    store = EmbeddedStore(make_settings(tmp_path / "db", row_cap=ALL_ROWS))
    references: dict[frozenset, tuple] = {}
    try:
        collection = Collection(store, tmp_path / "db")
        collection.build(corpus)
        kept = dict(start)
        for step in range(8):
            if kept and (rng.random() < 0.35 or len(kept) == len(names)):
                name = rng.choice(sorted(kept))
                doc_id = collection.document_of(name)
                report = collection.remove(doc_id or name)
                assert report.removed == [name]
                del kept[name]
                what = f"remove {name}"
            else:
                name = rng.choice(names)
                data = rng.choice(pool[name])
                path = _write(tmp_path / f"in{step}", name, data)
                what = f"add {name} ({len(data)} bytes)"
                try:
                    collection.add([(path, name, str(path))])
                    kept[name] = data
                except FilesRefused:  # a file a full build would skip is not added at all
                    what += ", refused"
            key = frozenset((n, hash(d)) for n, d in kept.items())
            if key not in references:
                references[key] = full_build(kept, tmp_path / "ref")
            diff = differences(snapshot(store), references[key])
            assert not diff, f"step {step} ({what}), seed {seed}:\n" + "\n".join(diff)
        assert {f.name for f in collection.registry().files} == set(kept)
    finally:
        store.close()
        _stop_leftover_server(tmp_path / "db")


def test_adding_a_document_reads_that_document_only(tmp_path: Path) -> None:
    files = sorted(CORPUS.glob("*.txt"))
    corpus = tmp_path / "start"
    for path in files[:4]:
        _write(corpus, path.name, path.read_bytes())
    store = EmbeddedStore(make_settings(tmp_path / "db"))
    try:
        Collection(store, tmp_path / "db").build(corpus)
        fresh = Collection(store, tmp_path / "db")  # as a new process would: nothing in memory
        report = fresh.add([(files[4], files[4].name, str(files[4]))])
        assert report.added == [files[4].name] and not report.rebuilt
        assert (fresh.cache.misses, fresh.cache.hits) == (1, 4)
        # The same bytes again: nothing to do. Changed bytes: that file again, the rest cached.
        assert fresh.add([(files[4], files[4].name, "again")]).unchanged == [files[4].name]
        text = files[0].read_text(encoding="utf-8")
        changed = _write(tmp_path / "v2", files[0].name, text[:len(text) // 2].encode("utf-8"))
        report = fresh.add([(changed, files[0].name, str(changed))])
        assert report.replaced == [files[0].name] and fresh.cache.misses == 2
    finally:
        store.close()
        _stop_leftover_server(tmp_path / "db")
