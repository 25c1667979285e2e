"""Shared fixtures: real graph stores, never mocks.

- `store_factory(data_dir=None, **settings)`: an EmbeddedStore on a real FalkorDB server in a
  temp folder (a free port; ≈0.06 s to start), closed after the test.
- `embedded_store`: one fresh EmbeddedStore for the test.
- `neo4j_store`: the Neo4jStore on NEO4J_URI, emptied before and after; skipped with the
  reason "NEO4J_URI not set" when there is no Neo4j.
- `graph_store`: parametrized over both (the contract suite uses it).
- `sample_batch`: a small valid GraphBatch (a zone, a park, an industry, a document, edges).
- `corpus_result`, `corpus_store` (session): the real corpus loaded once, and one embedded
  store holding it, for tests that only read.

A function-scoped store costs ≈0.06 s to start and ≈0.01 s to stop (measured), so each test
gets its own server and data folder rather than a shared server with a graph per test.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.falkordb_server import PID_FILE, pid_alive, process_command
from ontology.batch import Edge, GraphBatch, Node
from policykg.settings import Settings

NEO4J_SKIP = "NEO4J_URI not set"


def make_settings(data_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"store": "embedded", "data_dir": data_dir}
    values.update(overrides)
    return Settings(**values)


def _stop_leftover_server(data_dir: Path) -> None:
    """A test that reused or orphaned a server must not leave it running."""
    try:
        pid = int((data_dir / PID_FILE).read_text().strip())
    except (OSError, ValueError):
        return
    if pid_alive(pid) and "redis-server" in process_command(pid):
        os.kill(pid, signal.SIGTERM)


@pytest.fixture
def store_factory(tmp_path: Path) -> Iterator[Callable[..., Any]]:
    from graph.embedded import EmbeddedStore

    made: list[Any] = []
    dirs: set[Path] = set()

    def make(data_dir: Path | str | None = None, **overrides: Any) -> EmbeddedStore:
        folder = Path(data_dir) if data_dir is not None else tmp_path / "db"
        dirs.add(folder.resolve())
        store = EmbeddedStore(make_settings(folder, **overrides))
        made.append(store)
        return store

    yield make
    for store in reversed(made):
        try:
            store.close()
        except Exception:  # a test may have killed the server on purpose
            pass
    for folder in dirs:
        _stop_leftover_server(folder)


@pytest.fixture
def embedded_store(store_factory: Callable[..., Any]) -> Any:
    return store_factory()


@pytest.fixture
def neo4j_store() -> Iterator[Any]:
    if not os.environ.get("NEO4J_URI"):
        pytest.skip(NEO4J_SKIP)
    from graph.neo4j_store import Neo4jStore

    store = Neo4jStore(Settings(store="neo4j"))
    store.clear()
    store.apply_schema()
    yield store
    try:
        store.clear()
    finally:
        store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def graph_store(request: pytest.FixtureRequest) -> Any:
    if request.param == "embedded":
        return request.getfixturevalue("embedded_store")
    return request.getfixturevalue("neo4j_store")


def small_batch(source: str = "doc:sample") -> GraphBatch:
    """A valid batch touching lexical and domain labels, with sources on domain edges."""
    return GraphBatch(
        source,
        nodes=[
            Node("Document", "doc:sample", "示例文件", [], {"file": "sample.txt"}),
            Node("Section", "sec:sample-1", "第一章 总则", [], {"level": 1, "order": 1}),
            Node("Passage", "psg:sample-1", "示例段落", [],
                 {"text": "示例园区重点发展氢能产业。", "start": 0, "end": 13,
                  "doc": "doc:sample"}),
            Node("Zone", "zone:sample", "示例功能区", ["示例区"]),
            Node("Park", "park:sample", "示例氢能产业园", []),
            Node("Industry", "ind:sample", "氢能", ["氢能源"]),
        ],
        edges=[
            Edge("HAS_SECTION", "doc:sample", "sec:sample-1", "Document", "Section"),
            Edge("HAS_PASSAGE", "sec:sample-1", "psg:sample-1", "Section", "Passage"),
            Edge("MENTIONS", "psg:sample-1", "park:sample", "Passage", "Park"),
            Edge("LOCATED_IN", "park:sample", "zone:sample", "Park", "Zone",
                 {"sources": ["psg:sample-1"]}),
            Edge("FOCUSES_ON", "park:sample", "ind:sample", "Park", "Industry",
                 {"sources": ["psg:sample-1"]}),
        ],
    )


@pytest.fixture
def sample_batch() -> GraphBatch:
    return small_batch()


@pytest.fixture(scope="session")
def corpus_result() -> Any:
    """The bundled corpus read, structured, extracted and resolved once per test session."""
    from loaders.pipeline import load_corpus
    from policykg.settings import PROJECT_ROOT

    return load_corpus(PROJECT_ROOT / "data" / "corpus")


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, corpus_result: Any) -> Iterator[Any]:
    """One embedded store holding the real corpus, shared read-only by the tests that query it.
    Tests that write must make their own store."""
    from graph.embedded import EmbeddedStore

    folder = tmp_path_factory.mktemp("corpus-db")
    store = EmbeddedStore(make_settings(folder))
    store.rebuild(corpus_result.batches)
    yield store
    try:
        store.close()
    finally:
        _stop_leftover_server(folder)


@contextmanager
def invented_store(folder: Path, **overrides: Any) -> Iterator[Any]:
    """An embedded store holding the invented graph of tests/sample_graph.py, stopped after."""
    from graph.embedded import EmbeddedStore
    from tests.sample_graph import invented_graph

    store = EmbeddedStore(make_settings(folder, **overrides))
    try:
        store.rebuild([invented_graph()])
        yield store
    finally:
        store.close()
        _stop_leftover_server(folder)
