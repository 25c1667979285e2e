"""The web page in a real browser (Debian chromium through Playwright) against the real API
and the real embedded store: search, a question, an entity page, the graph view, evidence
visible, keyboard use, no console errors. Screenshots go to docs/screenshots/ for the README."""

from __future__ import annotations

import importlib.util
import shutil
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.app import create_app
from graph.embedded import EmbeddedStore
from tests.conftest import _stop_leftover_server, make_settings
from tests.live_server import Server
from tests.sample_graph import invented_graph

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# `make screenshots` points this at docs/screenshots/ (the README's pictures); an ordinary
# test run writes them to a temp folder so the working tree stays clean.
SHOTS = Path(os.environ.get("POLICYKG_SCREENSHOTS") or
             Path(tempfile.gettempdir()) / "policykg-screenshots")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not Path(CHROMIUM).exists():
    pytest.skip("Debian chromium is not installed (apt-get install chromium; `make chromium`)",
                allow_module_level=True)
if importlib.util.find_spec("playwright") is None:
    pytest.skip("playwright is not installed (pip install -e '.[dev]')", allow_module_level=True)


def _rich_place(url: str) -> str:
    """A place with many facts, so the corpus screenshots show something worth seeing."""
    import httpx

    places = httpx.get(url + "/api/v1/places", params={"industry": "氢能"}).json()
    if places:
        return places[0]["id"]
    return httpx.get(url + "/api/v1/search", params={"q": "产业园", "label": "Park"}).json()["items"][0]["id"]


@pytest.fixture(scope="module", params=["invented", "corpus"])
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    if request.param == "corpus":
        s = request.getfixturevalue("corpus_store")  # shared and read-only here
        folder, own = Path(s.data_dir), False
    else:
        folder = tmp_path_factory.mktemp("page-invented")
        s, own = EmbeddedStore(make_settings(folder)), True
        s.rebuild([invented_graph()])
    try:
        with Server(create_app(settings=make_settings(folder), store=s)) as url:
            yield url, request.param
    finally:
        if own:
            s.close()
            _stop_leftover_server(folder)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1366, "height": 850}, locale="zh-CN")
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors  # type: ignore[attr-defined]
    yield pg
    ctx.close()
    assert not errors, f"console errors: {errors}"


def shot(page: Any, name: str, kind: str) -> None:
    if kind == "corpus":
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def test_typing_a_name_shows_parks_enterprises_apart_and_evidence(page: Any, site: tuple[str, str]) -> None:
    url, kind = site
    page.goto(url + "/")
    page.keyboard.press("/")  # the search box takes the keyboard
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("氢能")
    page.keyboard.press("Enter")
    page.wait_for_selector("ul.hits li a")
    hits = page.locator("ul.hits li a").all_inner_texts()
    assert any("氢能" in h for h in hits), (page.input_value("#q"), hits)
    if kind == "invented":
        card = page.locator(".card.place", has_text="星河氢能产业园")
        card.wait_for()
        assert "甲氢科技" in card.locator("h3.present + ul").inner_text()
        assert "乙能集团" in card.locator("h3.target + ul").inner_text()
        assert "东湖片区重点发展新能源产业" in card.inner_text()  # the sentence …
        assert "示例区产业发展规划" in card.inner_text()  # … and its document
    else:
        page.wait_for_selector(".card.place blockquote.ev")
        assert page.locator(".card.place").count() >= 1
    shot(page, "search", kind)


def test_a_question_gets_answers_with_cypher_and_evidence(page: Any, site: tuple[str, str]) -> None:
    import httpx

    url, kind = site
    page.goto(url + "/#/q/" + "哪些园区有氢能企业")
    page.wait_for_selector(".card.place")
    if kind == "invented":
        card = page.locator(".card.place", has_text="星河氢能产业园")
        assert "甲氢科技" in card.locator("h3.present + ul").inner_text()
        assert "乙能集团" in card.locator("h3.target + ul").inner_text()
    assert page.locator("ul.hits li a").count() >= 1  # the names the question was read to contain
    shot(page, "ask", kind)
    page.locator("details", has_text="所用查询").locator("summary").click()
    assert "MATCH" in page.locator("pre.cypher").inner_text()
    examples = httpx.get(url + "/api/v1/suggestions").json()
    question = next((q for q in examples if "协助" in q), examples[-1])
    page.goto(url + "/#/q/" + question)
    page.wait_for_selector("ul.answers li")
    assert page.locator("ul.answers > li > a").count() >= 1
    page.locator("ul.answers details summary").first.click()
    assert page.locator("ul.answers blockquote.ev").first.inner_text()
    page.goto(url + "/#/q/" + "今天天气怎么样？")
    page.wait_for_selector(".note")
    assert page.locator(".chips a").count() >= 3  # suggestions instead of an error


def test_entity_page_and_navigation_to_a_neighbour(page: Any, site: tuple[str, str]) -> None:
    url, kind = site
    target = "park:星河氢能产业园"
    if kind == "corpus":
        target = _rich_place(url)
    page.goto(url + "/#/e/" + target)
    page.wait_for_selector("h1")
    page.wait_for_selector(".card.rel")
    assert page.locator(".card.rel").count() >= 1
    assert page.locator(".mentions blockquote.ev").count() + page.locator(".card.rel details").count() >= 1
    shot(page, "entity", kind)
    if kind == "invented":
        assert "星河氢能产业园" in page.locator("h1").inner_text()
        assert "又称：星河园" in page.inner_text("main")
        # keyboard: Tab to the neighbour's link and follow it with Enter
        link = page.locator(".card.rel a", has_text="东湖片区").first
        link.focus()
        page.keyboard.press("Enter")
        page.wait_for_function("location.hash.includes('zone')")
        page.wait_for_selector("h1:has-text('东湖片区')")


def test_graph_view_renders_the_neighbourhood(page: Any, site: tuple[str, str]) -> None:
    url, kind = site
    target = "park:星河氢能产业园"
    if kind == "corpus":
        target = _rich_place(url)
    page.goto(url + "/#/e/" + target)
    page.click("a.graph-link")
    page.wait_for_selector("#cy canvas")
    page.wait_for_function("window.__cy && window.__cy.nodes().length > 1")
    n_nodes = page.evaluate("window.__cy.nodes().length")
    n_edges = page.evaluate("window.__cy.edges().length")
    assert n_nodes == page.locator("ul.node-list li").count() and n_edges >= 1
    box = page.locator("#cy").bounding_box()
    assert box["width"] > 600 and box["height"] > 400
    if kind == "invented":
        assert n_nodes == 7
    shot(page, "graph", kind)
    # clicking a node opens its entity page
    pos = page.evaluate("""(() => { const cy = window.__cy, w = cy.width() / 2, h = cy.height() / 2;
        const d = (n) => Math.hypot(n.renderedPosition().x - w, n.renderedPosition().y - h);
        const n = cy.nodes().filter(x => !x.data('center')).sort((a, b) => d(a) - d(b))[0];
        const p = n.renderedPosition(); return {x: p.x, y: p.y, id: n.id()}; })()""")
    page.locator("#cy").scroll_into_view_if_needed()
    page.evaluate("window.scrollTo(0, 0)")
    page.locator("#cy").click(position={"x": pos["x"], "y": pos["y"]})
    page.wait_for_function("location.hash.startsWith('#/e/')")


def test_a_question_answered_by_a_sentence_alone_shows_the_sentence(page: Any, site: tuple[str, str]
                                                                    ) -> None:
    import httpx

    url, kind = site
    question = "生物医药的招商对接目标有哪些?"
    answer = httpx.get(url + "/api/v1/ask", params={"q": question}).json()
    if kind == "invented":
        pytest.skip("the invented graph has firms courted for this industry: names answer it")
    assert not answer["answers"] and answer["evidence"], "the corpus answers it by a sentence"
    page.goto(url + "/#/q/" + question)
    page.wait_for_selector(".note")
    quote = page.locator(".card blockquote.ev").first
    quote.wait_for()
    assert answer["evidence"][0]["text"][:12] in quote.inner_text()



def _download(page: Any, selector: str) -> tuple[str, bytes]:
    with page.expect_download() as info:
        page.locator(selector).first.click()
    dl = info.value
    return dl.suggested_filename, Path(dl.path()).read_bytes()


def test_leads_view_shows_each_section_with_evidence_and_downloads_csv_and_excel(
        page: Any, site: tuple[str, str]) -> None:
    import io

    from openpyxl import load_workbook

    url, kind = site
    industry = "新能源" if kind == "invented" else "氢能"
    page.goto(url + "/#/leads")
    page.fill("#leads-q", industry)
    page.keyboard.press("Enter")
    page.wait_for_selector(".lead-section")
    sections = page.locator(".lead-section h2").all_inner_texts()
    assert [s.split("（")[0] for s in sections] == ["重点发展的园区和功能区", "已入驻企业", "招商对接企业", "创新平台",
                                                   "项目", "缺口：重点发展但尚无点名企业的园区和功能区"]
    if kind == "invented":
        courted = page.locator(".lead-section[data-section=courted]")
        assert "乙能集团" in courted.inner_text() and "积极对接乙能集团" in courted.inner_text()
        assert "示例区产业发展规划" in courted.inner_text()
    else:
        assert page.locator(".lead-section[data-section=places] blockquote.ev").count() >= 1
    shot(page, "leads", kind)
    name, body = _download(page, "a.dl-csv")
    assert name.endswith(".csv") and body.startswith(b"\xef\xbb\xbf")
    text = body.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("分类,名称,类别") and "原文依据" in text.splitlines()[0]
    name, body = _download(page, "a.dl-xlsx")
    assert name.endswith(".xlsx")
    ws = load_workbook(io.BytesIO(body)).active
    header = [c.value for c in ws[1]]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert "原文依据" in header and "文件" in header and len(rows) == len(text.splitlines()) - 1
    if kind == "invented":
        got = {r[header.index("名称")]: r for r in rows}
        assert "积极对接乙能集团" in got["乙能集团"][header.index("原文依据")]
        assert got["乙能集团"][header.index("文件")] == "示例区产业发展规划"
    else:
        assert all(r[header.index("文件")] for r in rows if r[header.index("原文依据")])


def test_an_answer_list_downloads_as_excel_from_the_question_view(page: Any, site: tuple[str, str]) -> None:
    import io

    from openpyxl import load_workbook

    url, kind = site
    question = "星河园有哪些企业" if kind == "invented" else "氢能的招商对接目标有哪些"
    page.goto(url + "/#/q/" + question)
    page.wait_for_selector("ul.answers li")
    shown = page.locator("ul.answers > li > a").all_inner_texts()
    _, body = _download(page, ".card a.dl-xlsx")
    ws = load_workbook(io.BytesIO(body)).active
    header = [c.value for c in ws[1]]
    names = [r[header.index("名称")] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert names and all(any(n in s for s in shown) for n in names)
    assert ws.cell(row=2, column=header.index("原文依据") + 1).value
