"""The API under hostile input (issue 6): schemathesis against /openapi.json, Cypher-injection
strings through every parameter, runaway queries, huge limits and oversized bodies — on the
real embedded store, checking afterwards that nothing in the graph changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import content_type_conformance, not_a_server_error, response_schema_conformance

from api.app import create_app
from graph.embedded import EmbeddedStore
from queries import library
from tests.conftest import invented_store, make_settings

TOKEN = "fuzz-token"
INJECTIONS = [
    "'}) MATCH (n) DETACH DELETE n //",
    "\"}) MATCH (n) DETACH DELETE n //",
    "氢能' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //",
    "＇}) ＭＡＴＣＨ (n) ＤＥＴＡＣＨ ＤＥＬＥＴＥ n //",  # full-width look-alikes
    "ʼ}) MATCH (n) SET n.name = 'x' //",  # modifier-letter apostrophe
    "`Park`) DETACH DELETE n //",
    "$industry",
    "\\u0027}) CREATE (:Park {id:'evil'}) //",
    "\x00\u202e}) DELETE n",
]
CASES = {"run": 0}


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    with invented_store(tmp_path_factory.mktemp("fuzz-db"), query_timeout_ms=500) as s:
        yield s


@pytest.fixture(scope="module")
def fuzz_app(fuzz_store: EmbeddedStore) -> Any:
    return create_app(settings=make_settings(Path(fuzz_store.data_dir), api_token=TOKEN, max_body_bytes=8192,
                                             query_timeout_ms=500),
                      store=fuzz_store)


@pytest.fixture(scope="module")
def before(fuzz_store: EmbeddedStore) -> dict:
    return fuzz_store.stats()


@pytest.fixture(scope="module")
def api_schema(fuzz_app: Any, before: dict) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)


def _fuzz_operation(operation: Any) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=30, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
              suppress_health_check=list(HealthCheck), database=None)
    def run(case: Any) -> None:
        if case.path == "/api/v1/cypher":
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {TOKEN}"}
        response = case.call()
        CASES["run"] += 1
        case.validate_response(response, checks=[not_a_server_error, response_schema_conformance,
                                                 content_type_conformance])

    run()


def test_no_server_error_and_every_response_fits_its_schema(api_schema: Any) -> None:
    operations = [r.ok() for r in api_schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:
        _fuzz_operation(operation)


def test_fuzzing_left_the_graph_as_it_was(fuzz_store: EmbeddedStore, before: dict) -> None:
    assert CASES["run"] >= 100, f"only {CASES['run']} schemathesis cases ran"
    assert fuzz_store.stats() == before
    print(f"\nschemathesis: {CASES['run']} cases, no 5xx, every response fits its schema")


def _get_endpoints(app: Any) -> list[tuple[str, list[str]]]:
    """Every GET endpoint with its text parameters, read from the app's own OpenAPI."""
    out = []
    for path, ops in app.openapi()["paths"].items():
        op = ops.get("get")
        if not op:
            continue
        names = []
        for p in op.get("parameters", []):
            s = p.get("schema", {})
            kinds = {s.get("type")} | {x.get("type") for x in s.get("anyOf", [])}
            if "string" in kinds and "enum" not in s and not any("enum" in x or "$ref" in x for x in s.get("anyOf", [])) \
                    and "$ref" not in s:
                names.append((p["name"], p["in"]))
        out.append((path, names))
    return out


def test_injection_through_every_parameter_changes_nothing(fuzz_app: Any, fuzz_store: EmbeddedStore,
                                                           before: dict) -> None:
    client = TestClient(fuzz_app)
    sent = 0
    for path, params in _get_endpoints(fuzz_app):
        for evil in INJECTIONS:
            url = path
            query = {}
            for name, where in params:
                if where == "path":
                    url = url.replace("{" + name + "}", quote(evil, safe=""))
                else:
                    query[name] = evil
            r = client.get(url, params=query)
            sent += 1
            assert r.status_code < 500, (url, evil, r.text)
            if r.status_code >= 400:
                assert set(r.json()) == {"error"}
    for q in library().values():
        for evil in INJECTIONS:
            params = {p.name: (evil if p.type == "str" else [evil] if p.type in ("list[str]", "ids") else p.default)
                      for p in q.params}
            r = client.post(f"/api/v1/queries/{q.name}", json={"params": params})
            sent += 1
            assert r.status_code < 500, (q.name, evil, r.text)
    assert sent > 200
    assert fuzz_store.stats() == before
    names = {r["name"] for r in fuzz_store.read("MATCH (n:Park) RETURN n.name AS name").rows}
    assert names == {"星河氢能产业园", "西港园区"}


def test_raw_cypher_cannot_write_and_runaway_queries_stop(fuzz_app: Any, fuzz_store: EmbeddedStore,
                                                          before: dict) -> None:
    client = TestClient(fuzz_app)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for write in ("CREATE (:Park {id: 'evil', name: 'evil'})", "MATCH (n) DETACH DELETE n",
                  "MATCH (n:Park) SET n.name = 'x'", "MERGE (n:Zone {id: 'z'}) RETURN n"):
        r = client.post("/api/v1/cypher", json={"query": write}, headers=auth)
        assert r.status_code == 403 and r.json()["error"]["code"] == "read_only", r.text
    r = client.post("/api/v1/cypher", headers=auth, json={
        "query": "UNWIND range(1, 2000) AS a UNWIND range(1, 2000) AS b UNWIND range(1, 2000) AS c "
                 "RETURN count(*) AS n"})
    assert r.status_code == 504 and r.json()["error"]["code"] == "query_timeout", r.text
    r = client.post("/api/v1/cypher", headers=auth, json={"query": "UNWIND range(1, 100000) AS x RETURN x",
                                                          "limit": 10**9})
    assert r.status_code == 200 and len(r.json()["rows"]) == 1000 and r.json()["truncated"]
    assert fuzz_store.stats() == before


def test_huge_values_and_bodies_are_refused_or_capped(fuzz_app: Any) -> None:
    client = TestClient(fuzz_app)
    assert client.get("/api/v1/search", params={"q": "氢", "limit": "9" * 40}).json()["limit"] == 1000
    assert client.get("/api/v1/search", params={"q": "氢" * 5000}).status_code == 422
    assert client.get("/api/v1/search", params={"q": "氢", "skip": -1}).status_code == 422

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit must count as it reads
        yield b'{"params": {"q": "'
        for _ in range(100):
            yield b"x" * 1024
        yield b'"}}'

    r = client.post("/api/v1/queries/subindustries", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "body_too_large"
    assert client.post("/api/v1/queries/subindustries", content=b"[1,2", headers={"content-type": "application/json"}
                       ).status_code == 422
