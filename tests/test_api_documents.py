"""Documents in through the API: upload (a PDF and a Word file made from the bundled
documents), replace, remove, their facts; the token, limits and hostile files refused with a
4xx and nothing stored touched; two uploads at once both land; readers see before or after."""

from __future__ import annotations

import json
import shutil
import threading
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from collection.sync import Collection
from graph.embedded import EmbeddedStore
from tests.collection_helpers import ALL_ROWS, CORPUS, differences, full_build, snapshot
from tests.conftest import _stop_leftover_server, make_settings
from tests.documents import make_docx, make_pdf
from tests.live_server import Server
from tests.test_read_formats import _pdf_with_stream

TOKEN = "s3cret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
START = ("2020-06-30_binhai_2020-key-tasks-measures.txt",
         "2023_tianjin_beijing-tianjin-hebei-action-plan.txt")
HITECH = "2021-07-31_hi-tech-zone_14th-five-year-plan"
BONDED = "2021-07-20_bonded-zone_14th-five-year-plan"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("uploads")
    return {"pdf": make_pdf(CORPUS / f"{HITECH}.txt", folder / f"{HITECH}.pdf"),
            "docx": make_docx(CORPUS / f"{BONDED}.txt", folder / f"{BONDED}.docx")}


@pytest.fixture
def site(tmp_path: Path) -> Any:
    """A store built from two bundled documents, and an app with a token (small limits)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in START:
        shutil.copy(CORPUS / name, corpus / name)
    shutil.copy(CORPUS / "manifest.json", corpus / "manifest.json")
    settings = make_settings(tmp_path / "db", api_token=TOKEN, row_cap=ALL_ROWS,
                             max_file_bytes=3_000_000, max_upload_bytes=4_000_000, max_pages=400)
    store = EmbeddedStore(settings)
    Collection(store, settings.data_dir).build(corpus)
    app = create_app(settings=settings, store=store)
    yield app, store, tmp_path
    store.close()
    _stop_leftover_server(tmp_path / "db")


def _kept(tmp_path: Path) -> list[str]:
    data = json.loads((tmp_path / "db" / "collection" / "registry.json").read_text("utf-8"))
    return sorted(f["name"] for f in data["files"])


def _send(client: Any, *paths: Path, names: list[str] | None = None,
          headers: dict | None = None) -> httpx.Response:
    names = names or [p.name for p in paths]
    return client.post("/api/v1/documents", headers=AUTH if headers is None else headers,
                       files=[("files", (n, p.read_bytes())) for n, p in zip(names, paths)])


def _contents(tmp_path: Path) -> dict[str, bytes]:
    folder = tmp_path / "db" / "collection" / "files"
    return {name: (folder / name).read_bytes() for name in _kept(tmp_path)}


def test_upload_replace_remove_and_facts(site, files) -> None:
    app, store, tmp = site
    client = TestClient(app)
    r = _send(client, files["pdf"], files["docx"])
    assert r.status_code == 200, r.text
    body = r.json()
    assert sorted(body["added"]) == sorted([files["pdf"].name, files["docx"].name])
    assert body["documents"][files["pdf"].name] == [f"doc:{HITECH}"]
    assert body["change"]["nodes_set"] > 100 and not body["rebuilt"]
    listed = {d["id"]: d for d in client.get("/api/v1/documents").json()["items"]}
    pdf_doc = listed[f"doc:{HITECH}"]
    assert pdf_doc["file"] == files["pdf"].name and pdf_doc["added_from"] == "upload"
    assert pdf_doc["added_at"].endswith("Z")
    assert listed[f"doc:{START[0].removesuffix('.txt')}"]["added_from"].endswith(START[0])
    facts = client.get(f"/api/v1/documents/doc:{BONDED}/facts").json()
    assert len(facts) >= 20 and all(f["text"] and f["passage_id"].startswith(f"doc:{BONDED}")
                                    for f in facts)
    assert not differences(snapshot(store), full_build(_contents(tmp), tmp / "ref"))

    # The same bytes again: unchanged. New bytes under the same name: replaced.
    assert _send(client, files["pdf"]).json()["unchanged"] == [files["pdf"].name]
    short = tmp / "short" / f"{HITECH}.txt"
    short.parent.mkdir()
    text = (CORPUS / f"{HITECH}.txt").read_text(encoding="utf-8")
    short.write_text(text[: len(text) // 3], encoding="utf-8")
    r = _send(client, short, names=[files["pdf"].name.replace(".pdf", ".txt")])
    assert r.status_code == 200 and r.json()["added"] == [f"{HITECH}.txt"]
    assert not differences(snapshot(store), full_build(_contents(tmp), tmp / "ref"))

    r = client.delete(f"/api/v1/documents/doc:{BONDED}", headers=AUTH)
    assert r.status_code == 200 and r.json()["removed"] == [files["docx"].name]
    assert f"doc:{BONDED}" not in {d["id"] for d in client.get("/api/v1/documents").json()["items"]}
    assert not differences(snapshot(store), full_build(_contents(tmp), tmp / "ref"))
    r = client.delete(f"/api/v1/documents/doc:{BONDED}", headers=AUTH)
    assert r.status_code == 404 and "GET /api/v1/documents" in r.json()["error"]["message"]


def _bomb_docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            for _ in range(300):
                fh.write(b"a" * (1 << 20))
    return path


def _bomb_pdf(path: Path) -> Path:
    import zlib

    zipper = zlib.compressobj(9)
    body = b"".join(zipper.compress(b"\0" * (16 << 20)) for _ in range(64)) + zipper.flush()
    path.write_bytes(_pdf_with_stream(body))
    return path


def test_bad_uploads_get_a_4xx_and_touch_nothing(site, files, tmp_path: Path) -> None:
    app, store, tmp = site
    client = TestClient(app)
    before, kept = snapshot(store), _kept(tmp)
    good = files["pdf"]
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000)
    big = tmp_path / "big.txt"
    big.write_text("某某区关于推进工作的通知。\n" * 250_000, encoding="utf-8")  # ~3.5 MB
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"a" * 4_200_000)
    many_pages = make_pdf(CORPUS / f"{BONDED}.txt", tmp_path / "long.pdf")
    cases = [
        (_send(client, good, headers={}), 401, "unauthorized"),
        (_send(client, good, headers={"Authorization": "Bearer wrong"}), 401, "unauthorized"),
        (_send(client, good, names=["../../etc/evil.pdf"]), 400, "bad_request"),
        (_send(client, good, names=["..\\evil.pdf"]), 400, "bad_request"),
        (_send(client, good, names=[".hidden.pdf"]), 400, "bad_request"),
        (_send(client, doc), 415, "unsupported_media_type"),
        (_send(client, big), 413, "body_too_large"),
        (_send(client, huge), 413, "body_too_large"),  # over the whole request's limit
        (_send(client, _bomb_pdf(tmp_path / "bomb.pdf")), 422, "bad_document"),
        (_send(client, _bomb_docx(tmp_path / "bomb.docx")), 422, "bad_document"),
        (client.post("/api/v1/documents", headers=AUTH, data={"x": "1"}), 400, "bad_request"),
        (_send(client, good, good), 422, "bad_document"),  # one name twice
        (client.delete(f"/api/v1/documents/doc:{START[0][:-4]}"), 401, "unauthorized"),
        # A good file beside a bad one: the whole upload is refused.
        (_send(client, good, doc), 415, "unsupported_media_type"),
    ]
    app.state.ctx.settings.max_pages = 3  # pages over the limit
    app.state.collection = None
    cases.append((_send(client, many_pages), 413, "body_too_large"))
    for response, status, code in cases:
        assert response.status_code == status, (status, response.text)
        err = response.json()["error"]
        assert err["code"] == code and err["message"], err
    assert snapshot(store) == before and _kept(tmp) == kept
    off = TestClient(create_app(settings=make_settings(tmp / "db"), store=store))
    r = _send(off, good)
    assert r.status_code == 403 and "POLICYKG_API_TOKEN" in r.json()["error"]["message"]


def test_two_uploads_at_once_both_land_and_readers_see_before_or_after(site, files) -> None:
    app, store, tmp = site
    doc_id = f"doc:{HITECH}"
    seen: list[int] = []
    stop = threading.Event()

    def watch() -> None:  # a reader during the uploads: the new document all or nothing
        while not stop.is_set():
            rows = store.read("MATCH (p:Passage) WHERE p.doc = $d RETURN count(p) AS n",
                              {"d": doc_id}).rows
            seen.append(rows[0]["n"])

    with Server(app) as url:
        watcher = threading.Thread(target=watch)
        watcher.start()
        results: dict[str, httpx.Response] = {}

        def upload(kind: str) -> None:
            with httpx.Client(base_url=url, timeout=120) as c:
                results[kind] = _send(c, files[kind])

        threads = [threading.Thread(target=upload, args=(k,)) for k in ("pdf", "docx")]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        stop.set()
        watcher.join()
    assert {k: r.status_code for k, r in results.items()} == {"pdf": 200, "docx": 200}
    assert set(_kept(tmp)) == {*START, files["pdf"].name, files["docx"].name}
    final = store.read("MATCH (p:Passage) WHERE p.doc = $d RETURN count(p) AS n",
                       {"d": doc_id}).rows[0]["n"]
    assert final > 100 and set(seen) <= {0, final} and len(seen) > 3
    assert not differences(snapshot(store), full_build(_contents(tmp), tmp / "ref"))
