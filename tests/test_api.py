"""The HTTP API on the real embedded store: an invented graph for exact answers, and the real
corpus (when the loaders are there) for the endpoints users rely on."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.embedded import EmbeddedStore
from ontology.batch import GraphBatch, Node
from queries import library
from tests.conftest import _stop_leftover_server, invented_store, make_settings
from tests.sample_graph import invented_graph


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    with invented_store(tmp_path_factory.mktemp("api-db"), row_cap=500) as s:
        yield s


@pytest.fixture(scope="module")
def client(store: EmbeddedStore) -> TestClient:
    settings = make_settings(Path(store.data_dir), row_cap=500, api_token="s3cret",
                             cors_origins=["http://localhost:5173"], max_body_bytes=4096)
    return TestClient(create_app(settings=settings, store=store))


def ok(client: TestClient, url: str, **kw: Any) -> Any:
    r = client.get(url, **kw)
    assert r.status_code == 200, r.text
    return r.json()


def assert_error(r: Any, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["status"] == status
    assert len(body["error"]["message"]) > 10
    return body["error"]


def test_search_by_part_of_a_name_and_by_label(client: TestClient) -> None:
    hits = ok(client, "/api/v1/search", params={"q": "氢能"})["items"]
    ids = [h["id"] for h in hits]
    assert ids[0] == "ind:氢能"  # the exact name ranks first
    assert "park:星河氢能产业园" in ids and "plat:星河氢能创新中心" in ids
    parks = ok(client, "/api/v1/search", params={"q": "氢能", "label": "Park"})["items"]
    assert [h["id"] for h in parks] == ["park:星河氢能产业园"]
    # an alias finds its entity; bigrams find a name typed with a character in between
    assert ok(client, "/api/v1/search", params={"q": "星河园"})["items"][0]["id"] == "park:星河氢能产业园"
    assert any(h["id"] == "park:星河氢能产业园" for h in
               ok(client, "/api/v1/search", params={"q": "星河氢能园"})["items"])


def test_search_pages(client: TestClient) -> None:
    first = ok(client, "/api/v1/search", params={"q": "氢能", "limit": 2})
    assert len(first["items"]) == 2 and first["next_skip"] == 2
    second = ok(client, "/api/v1/search", params={"q": "氢能", "limit": 2, "skip": 2})
    assert not {h["id"] for h in first["items"]} & {h["id"] for h in second["items"]}


def test_entity_has_relations_both_ways_and_evidence(client: TestClient) -> None:
    e = ok(client, "/api/v1/entities/park:星河氢能产业园")
    assert e["label"] == "Park" and e["label_zh"] == "园区" and e["aliases"] == ["星河园"]
    rels = {(r["direction"], r["rel"], r["other"]["id"]) for r in e["relations"]}
    assert ("out", "LOCATED_IN", "zone:东湖片区") in rels
    assert ("out", "TARGETS", "ent:乙能集团") in rels
    assert ("in", "LOCATED_IN", "ent:甲氢科技") in rels
    texts = {ev["text"] for ev in e["evidence"]}
    assert "依托甲氢科技等企业，积极对接乙能集团等龙头企业。" in texts
    assert all(ev["document"] == "示例区产业发展规划" for ev in e["evidence"])
    assert any("星河氢能产业园" in m["text"] for m in e["mentions"])


def test_unknown_entity_is_a_404_with_the_error_shape(client: TestClient) -> None:
    err = assert_error(client.get("/api/v1/entities/park:不存在"), 404, "not_found")
    assert "search" in err["message"]
    assert_error(client.get("/api/v1/no-such-thing"), 404, "not_found")


def test_places_by_industry_include_sub_industries_and_keep_present_and_target_apart(client: TestClient) -> None:
    places = ok(client, "/api/v1/places", params={"industry": "新能源"})
    by_id = {p["id"]: p for p in places}
    park = by_id["park:星河氢能产业园"]  # focuses on 氢能, a sub-industry of 新能源
    assert [i["name"] for i in park["industries"]] == ["氢能"]
    assert [e["name"] for e in park["enterprises_present"]] == ["甲氢科技"]
    assert [e["name"] for e in park["enterprises_target"]] == ["乙能集团"]
    assert park["evidence"] and all(ev["text"] for ev in park["evidence"])
    assert "zone:东湖片区" in by_id and "park:西港园区" not in by_id


def test_enterprises_by_industry_place_and_status(client: TestClient) -> None:
    def names(**params: Any) -> set[str]:
        return {r["name"] for r in ok(client, "/api/v1/enterprises", params=params)["items"]}

    assert names(status="target") == {"乙能集团", "丙药公司"}
    assert names(status="present") == {"甲氢科技"}
    assert names(industry="新能源") == {"甲氢科技", "乙能集团"}
    assert names(place="东湖片区") == {"甲氢科技", "乙能集团"}  # the park lies in the zone
    assert names(place="西港", status="present") == set()
    assert_error(client.get("/api/v1/enterprises", params={"status": "maybe"}), 422, "bad_parameter")


def test_platforms_projects_tasks_targets(client: TestClient) -> None:
    plats = ok(client, "/api/v1/platforms", params={"industry": "新能源"})["items"]
    assert [p["name"] for p in plats] == ["星河氢能创新中心"] and plats[0]["places"] == ["星河氢能产业园"]
    projs = ok(client, "/api/v1/projects", params={"enterprise": "甲氢科技"})["items"]
    assert [p["name"] for p in projs] == ["加氢示范站项目"]
    assert ok(client, "/api/v1/projects", params={"place": "西港园区"})["items"] == []
    lead = ok(client, "/api/v1/tasks", params={"bureau": "区发改委", "role": "lead"})["items"]
    assert [(t["number"], t["bureau"]) for t in lead] == [("1", "区发展改革委")]
    assert ok(client, "/api/v1/tasks", params={"bureau": "区发改委", "role": "support"})["items"] == []
    bureaus = ok(client, "/api/v1/tasks/1/bureaus")
    assert {(b["name"], b["role"]) for b in bureaus} == {("区发展改革委", "lead"), ("市财政局", "support")}
    assert [b["item"] for b in bureaus if b["role"] == "support"] == ["资金支持"]
    t2025 = ok(client, "/api/v1/targets", params={"industry": "新能源", "year": 2025})["items"]
    assert [(t["value"], t["unit"]) for t in t2025] == [(100.0, "亿元")]
    assert ok(client, "/api/v1/targets", params={"year": 2030})["items"] == []


def test_documents_sections_and_neighbourhood(client: TestClient) -> None:
    docs = ok(client, "/api/v1/documents")["items"]
    assert docs[0]["id"] == "doc:sample" and docs[0]["tasks"] == 1 and docs[0]["targets"] == 1
    secs = ok(client, "/api/v1/documents/doc:sample/sections")["items"]
    assert [s["name"] for s in secs] == ["第一章 产业布局"]
    assert_error(client.get("/api/v1/documents/doc:nope/sections"), 404, "not_found")
    g = ok(client, "/api/v1/entities/park:星河氢能产业园/graph")
    ids = {n["id"] for n in g["nodes"]}
    assert g["center"] in ids and len(ids) == 7
    assert all(e["source"] in ids and e["target"] in ids for e in g["edges"])
    assert not any(n["label"] == "Passage" for n in g["nodes"])


def test_named_queries_are_listed_and_run_with_checked_parameters(client: TestClient) -> None:
    listed = ok(client, "/api/v1/queries")
    assert {q["name"] for q in listed} == set(library())
    r = client.post("/api/v1/queries/enterprises", json={"params": {"industry": "新能源", "status": "target"}})
    assert r.status_code == 200 and [row["name"] for row in r.json()["rows"]] == ["乙能集团"]
    assert_error(client.post("/api/v1/queries/enterprises", json={"params": {"industy": "x"}}), 422,
                 "bad_parameter")
    assert_error(client.post("/api/v1/queries/entity", json={"params": {}}), 422, "bad_parameter")
    assert_error(client.post("/api/v1/queries/entity", json={"params": {"id": ["a"]}}), 422, "bad_parameter")
    assert_error(client.post("/api/v1/queries/nope", json={}), 404, "unknown_query")


def test_huge_limits_are_capped(client: TestClient) -> None:
    page = ok(client, "/api/v1/enterprises", params={"limit": 10**30})
    assert page["limit"] == 500 and len(page["items"]) == 3
    r = client.post("/api/v1/queries/subindustries", json={"params": {"industry": "氢能", "limit": 10**12}})
    assert r.status_code == 200


def test_raw_cypher_needs_the_token_and_is_read_only(client: TestClient, store: EmbeddedStore) -> None:
    q = {"query": "MATCH (n:Park) RETURN n.name AS name ORDER BY name"}
    assert_error(client.post("/api/v1/cypher", json=q), 401, "unauthorized")
    assert_error(client.post("/api/v1/cypher", json=q, headers={"Authorization": "Bearer wrong"}), 401,
                 "unauthorized")
    r = client.post("/api/v1/cypher", json=q, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 200 and [x["name"] for x in r.json()["rows"]] == ["星河氢能产业园", "西港园区"]
    before = store.stats()["total_nodes"]
    w = client.post("/api/v1/cypher", json={"query": "MATCH (n) DETACH DELETE n"},
                    headers={"Authorization": "Bearer s3cret"})
    assert w.status_code == 403 and w.json()["error"]["code"] == "read_only"
    assert store.stats()["total_nodes"] == before


def test_raw_cypher_is_off_without_a_token(store: EmbeddedStore) -> None:
    c = TestClient(create_app(settings=make_settings(Path(store.data_dir)), store=store))
    err = assert_error(c.post("/api/v1/cypher", json={"query": "RETURN 1"}), 403, "forbidden")
    assert "POLICYKG_API_TOKEN" in err["message"]


def test_oversized_and_malformed_bodies_are_refused(client: TestClient) -> None:
    big = {"params": {"q": "氢" * 5000}}
    assert_error(client.post("/api/v1/queries/subindustries", json=big), 413, "body_too_large")
    r = client.post("/api/v1/queries/subindustries", content=b"{not json", headers={"content-type": "application/json"})
    assert_error(r, 422, "bad_parameter")


def test_cors_follows_settings(client: TestClient) -> None:
    r = client.get("/api/v1/stats", headers={"Origin": "http://localhost:5173"})
    assert r.headers.get("access-control-allow-origin") == "http://localhost:5173"
    r = client.get("/api/v1/stats", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_stats_health_and_ask(client: TestClient) -> None:
    s = ok(client, "/api/v1/stats")
    assert s["nodes"]["Park"] == 2 and s["relationships"]["TARGETS"] == 2
    h = ok(client, "/api/v1/health")
    assert h["ok"] and h["engine"] == "falkordb" and h["store"]["restarts"] == 0
    a = ok(client, "/api/v1/ask", params={"q": "哪些园区有氢能企业"})
    assert a["intent"] == "parks_by_industry" and "park:星河氢能产业园" in {x["id"] for x in a["answers"]}
    assert "$industry" in a["cypher"] and a["evidence"]
    dunno = ok(client, "/api/v1/ask", params={"q": "今天天气怎么样"})
    assert dunno["answers"] == [] and dunno["suggestions"]
    examples = ok(client, "/api/v1/suggestions")
    assert "哪些园区有氢能企业" in examples and "哪些措施需要市财政局协助" in examples
    assert dunno["suggestions"] == examples
    # every example question is answered from the graph
    for q in examples:
        assert ok(client, "/api/v1/ask", params={"q": q})["answers"], q


def test_the_page_and_its_graph_library_are_served(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and "政策" in r.text and 'lang="zh' in r.text
    js = client.get("/vendor/cytoscape.min.js")
    assert js.status_code == 200 and "cytoscape" in js.text[:2000]


def test_answers_follow_a_rebuild(tmp_path: Path) -> None:
    s = EmbeddedStore(make_settings(tmp_path / "db"))
    try:
        s.rebuild([invented_graph()])
        app = create_app(settings=make_settings(tmp_path / "db"), store=s)
        c = TestClient(app)
        assert ok(c, "/api/v1/search", params={"q": "月湾"})["items"] == []
        batch = invented_graph()
        extra = GraphBatch("doc:extra", [Node("Park", "park:月湾园区", "月湾园区")], [])
        s.rebuild([batch, extra])
        time.sleep(app.state.ctx.cache.check_every + 0.05)
        assert [h["id"] for h in ok(c, "/api/v1/search", params={"q": "月湾"})["items"]] == ["park:月湾园区"]
    finally:
        s.close()
        _stop_leftover_server(tmp_path / "db")


# -- the real corpus ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_client(corpus_store: EmbeddedStore) -> TestClient:
    """The API over the shared corpus store (read-only here)."""
    return TestClient(create_app(settings=make_settings(Path(corpus_store.data_dir)), store=corpus_store))


def test_corpus_every_document_is_listed_with_sections(corpus_client: TestClient) -> None:
    docs = ok(corpus_client, "/api/v1/documents")["items"]
    held = [d for d in docs if d["sections"]]  # the others are documents the corpus cites
    assert len(held) >= 5
    for d in held:
        secs = ok(corpus_client, f"/api/v1/documents/{d['id']}/sections")["items"]
        assert len(secs) == min(d["sections"], 500) or len(secs) >= d["sections"], d


def test_corpus_search_and_entity_pages_carry_evidence(corpus_client: TestClient) -> None:
    hits = ok(corpus_client, "/api/v1/search", params={"q": "氢能"})["items"]
    assert hits and all("氢" in h["name"] or any("氢" in a for a in h["aliases"]) for h in hits[:5])
    park = ok(corpus_client, "/api/v1/search", params={"q": "产业园", "label": "Park"})["items"][0]
    e = ok(corpus_client, f"/api/v1/entities/{park['id']}")
    assert e["relations"] and (e["evidence"] or e["mentions"])
    g = ok(corpus_client, f"/api/v1/entities/{park['id']}/graph")
    assert len(g["nodes"]) >= 2 and g["edges"]


def test_corpus_typed_endpoints_answer(corpus_client: TestClient) -> None:
    s = ok(corpus_client, "/api/v1/stats")
    assert s["nodes"]["Enterprise"] > 10 and s["nodes"]["Task"] > 10
    assert ok(corpus_client, "/api/v1/enterprises", params={"status": "target"})["items"]
    assert ok(corpus_client, "/api/v1/targets", params={"year": 2025})["items"]
    tasks = ok(corpus_client, "/api/v1/tasks", params={"bureau": "财政局"})["items"]
    assert tasks and all("财政局" in t["bureau"] for t in tasks)


def test_a_killed_store_is_restarted_and_health_says_so(tmp_path: Path) -> None:
    import os
    import signal

    folder = tmp_path / "db"
    s = EmbeddedStore(make_settings(folder))
    try:
        s.rebuild([invented_graph()])  # saved: a restart brings it back
        c = TestClient(create_app(settings=make_settings(folder), store=s))
        assert ok(c, "/api/v1/health")["store"]["restarts"] == 0
        old = s.pid
        os.kill(old, signal.SIGKILL)
        t0 = time.monotonic()
        hits = ok(c, "/api/v1/search", params={"q": "星河"})["items"]  # not cached: reaches the store
        assert "park:星河氢能产业园" in {h["id"] for h in hits}
        h = ok(c, "/api/v1/health")
        assert h["ok"] and h["store"]["restarts"] == 1 and h["store"]["pid"] != old
        assert h["store"]["last_restart"]["old_pid"] == old
        assert time.monotonic() - t0 < 10
    finally:
        s.close()
        _stop_leftover_server(folder)
