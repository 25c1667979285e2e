"""The documents page in a real browser (Debian chromium through Playwright): the list says
when and from which file each document was added; with a token configured, files are chosen
or dropped, uploaded with progress, and the new documents' facts are shown with their
sentences; a document is removed. Without a token there is no form."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.app import create_app
from collection.sync import Collection
from graph.embedded import EmbeddedStore
from tests.collection_helpers import CORPUS
from tests.conftest import _stop_leftover_server, make_settings
from tests.documents import make_docx, make_pdf
from tests.live_server import Server
from tests.test_page import SHOTS, browser, page  # noqa: F401 - fixtures (chromium skips there)

pytestmark = pytest.mark.browser

TOKEN = "page-token"
START = "2023_tianjin_beijing-tianjin-hebei-action-plan.txt"
PDF_OF = "2020-06-30_binhai_2020-key-tasks-measures"
DOCX_OF = "2021-07-31_hi-tech-zone_14th-five-year-plan"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("page-docs")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / START, corpus / START)
    shutil.copy(CORPUS / "manifest.json", corpus / "manifest.json")
    settings = make_settings(root / "db", api_token=TOKEN)
    store = EmbeddedStore(settings)
    Collection(store, settings.data_dir).build(corpus)
    files = root / "files"
    files.mkdir()
    make_pdf(CORPUS / f"{PDF_OF}.txt", files / f"{PDF_OF}.pdf")
    make_docx(CORPUS / f"{DOCX_OF}.txt", files / f"{DOCX_OF}.docx")
    try:
        with Server(create_app(settings=settings, store=store)) as url:
            yield url, files
    finally:
        store.close()
        _stop_leftover_server(root / "db")


def test_upload_shows_facts_with_evidence_then_remove(page: Any, site: tuple[str, Path]) -> None:
    url, files = site
    page.goto(url + "/#/docs")
    card = page.locator(".card.doc", has_text="推动京津冀协同发展走深走实行动方案")
    card.wait_for()
    assert "添加于" in card.inner_text() and START in card.inner_text()
    page.fill("#upload-token", TOKEN)
    page.set_input_files("#upload-files", [str(files / f"{PDF_OF}.pdf"),
                                           str(files / f"{DOCX_OF}.docx")])
    assert page.locator("#upload-chosen li").count() == 2
    page.click("#upload-send")
    page.wait_for_selector(".new-doc ul.facts li blockquote.ev", timeout=60_000)
    new = page.locator(".new-doc")
    assert new.count() == 2
    assert "新增" in new.first.inner_text()
    assert new.locator("ul.facts li").count() >= 5  # facts, each with its sentence and file
    assert f"{PDF_OF}.pdf" in new.locator("blockquote.ev cite").first.inner_text() or \
        f"{DOCX_OF}.docx" in new.locator("blockquote.ev cite").first.inner_text()
    assert page.evaluate("document.getElementById('upload-progress').value") == 1
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "upload.png"), full_page=False)
    assert page.locator(f".card.doc[data-id='doc:{PDF_OF}'] .added").inner_text().count("上传") == 1
    # Follow a fact to its entity page.
    new.locator("ul.facts li a").first.click()
    page.wait_for_function("location.hash.startsWith('#/e/')")
    page.goto(url + "/#/docs")
    page.wait_for_selector(f".card.doc[data-id='doc:{PDF_OF}']")
    page.once("dialog", lambda d: d.accept())
    page.click(f"button.remove[data-id='doc:{PDF_OF}']")
    page.wait_for_selector(".note.removed")
    assert page.locator(f".card.doc[data-id='doc:{PDF_OF}']").count() == 0
    assert page.locator(f".card.doc[data-id='doc:{DOCX_OF}']").count() == 1


def test_files_can_be_dropped_on_the_form(page: Any, site: tuple[str, Path]) -> None:
    url, _ = site
    page.goto(url + "/#/docs")
    page.wait_for_selector("#drop-zone")
    page.fill("#upload-token", TOKEN)
    text = "某某区关于加快发展新材料产业的通知\n\n一、总体要求\n\n支持建设甲新材料产业园。\n"
    dropped = page.evaluate_handle(
        """(text) => { const dt = new DataTransfer();
           dt.items.add(new File([text], 'dropped-notice.txt', {type: 'text/plain'})); return dt; }""",
        text)
    page.dispatch_event("#drop-zone", "drop", {"dataTransfer": dropped})
    assert page.locator("#upload-chosen li").inner_text().startswith("dropped-notice.txt")
    page.click("#upload-send")
    page.wait_for_selector(".new-doc[data-id='doc:dropped-notice']", timeout=60_000)
    page.wait_for_selector(".card.doc[data-id='doc:dropped-notice']")


def test_without_a_token_there_is_no_upload_form(page: Any, tmp_path: Path) -> None:
    store = EmbeddedStore(make_settings(tmp_path / "db"))
    try:
        with Server(create_app(settings=make_settings(tmp_path / "db"), store=store)) as url:
            page.goto(url + "/#/docs")
            page.wait_for_selector("h1")
            assert page.locator("#upload-form").count() == 0
            assert page.locator("button.remove").count() == 0
    finally:
        store.close()
        _stop_leftover_server(tmp_path / "db")
