"""The leads view (招商线索) and the CSV / .xlsx downloads of every list, through the HTTP API on
the real embedded store holding the invented graph; the downloaded files are parsed back."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.export import EXPORTABLE
from graph.embedded import EmbeddedStore
from tests.conftest import invented_store, make_settings


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    with invented_store(tmp_path_factory.mktemp("leads-db")) as s:
        yield s


@pytest.fixture(scope="module")
def client(store: EmbeddedStore) -> TestClient:
    return TestClient(create_app(settings=make_settings(Path(store.data_dir)), store=store))


def names(rows: list[dict]) -> set[str]:
    return {r["name"] for r in rows}


def test_leads_of_an_industry_cover_its_sub_industries_with_evidence(client: TestClient) -> None:
    r = client.get("/api/v1/leads", params={"industry": "新能源"})
    assert r.status_code == 200, r.text
    leads = r.json()
    assert leads["industry"] == "新能源" and leads["industry_ids"] == ["ind:新能源"]
    assert names(leads["places"]) == {"东湖片区", "星河氢能产业园"}  # 氢能 is a sub-industry of 新能源
    assert names(leads["present"]) == {"甲氢科技"}
    assert names(leads["courted"]) == {"乙能集团"}  # courted, so not listed as present
    assert leads["courted"][0]["place"] == "星河氢能产业园"
    assert names(leads["platforms"]) == {"星河氢能创新中心"}
    assert leads["gaps"] == []  # 甲氢科技 is in 星河氢能产业园, which lies in 东湖片区
    for section in ("places", "present", "courted", "platforms"):
        for row in leads[section]:
            assert row["sources"] and row["evidence"], (section, row)
            assert all(e["document"] == "示例区产业发展规划" and e["text"] for e in row["evidence"])
    present = leads["present"][0]
    assert "甲氢科技" in present["evidence"][0]["text"]


def test_a_place_that_focuses_on_an_industry_with_no_firm_there_is_a_gap(client: TestClient) -> None:
    leads = client.get("/api/v1/leads", params={"industry": "生物医药"}).json()
    assert names(leads["places"]) == {"西港园区"}
    assert names(leads["gaps"]) == {"西港园区"} and leads["present"] == []
    assert names(leads["courted"]) == {"丙药公司"}


def test_leads_rows_with_more_evidence_come_first(client: TestClient) -> None:
    leads = client.get("/api/v1/leads", params={"industry": "氢"}).json()  # part of a name finds 氢能
    assert leads["industry"] == "氢能"
    for section in ("places", "present", "courted", "platforms", "projects"):
        counts = [len(r["sources"]) for r in leads[section]]
        assert counts == sorted(counts, reverse=True)


def test_leads_for_an_unknown_industry_is_a_404_that_says_what_to_do(client: TestClient) -> None:
    r = client.get("/api/v1/leads", params={"industry": "火星采矿"})
    assert r.status_code == 404 and "search" in r.json()["error"]["message"]
    r = client.get("/api/v1/leads")
    assert r.status_code == 422


def _csv(client: TestClient, url: str, **params: object) -> list[list[str]]:
    r = client.get(url, params={**params, "format": "csv"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv")
    assert r.content.startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads UTF-8
    assert "attachment" in r.headers["content-disposition"]
    return list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))


def test_leads_download_as_csv_with_evidence_and_document_columns(client: TestClient) -> None:
    rows = _csv(client, "/api/v1/leads", industry="新能源")
    header, body = rows[0], rows[1:]
    for column in ("分类", "名称", "类别", "原文依据", "文件"):
        assert column in header
    by_name = {r[header.index("名称")]: r for r in body}
    firm = by_name["乙能集团"]
    assert firm[header.index("分类")] == "招商对接企业"
    assert "积极对接乙能集团" in firm[header.index("原文依据")]
    assert firm[header.index("文件")] == "示例区产业发展规划"
    assert len(body) == 5  # 2 places, 1 present, 1 courted, 1 platform, no projects, no gaps


def test_leads_download_as_xlsx_opens_with_the_same_rows(client: TestClient) -> None:
    from openpyxl import load_workbook

    r = client.get("/api/v1/leads", params={"industry": "新能源", "format": "xlsx"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
    ws = load_workbook(io.BytesIO(r.content)).active
    header = [c.value for c in ws[1]]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert ws.title == "招商线索" and len(rows) == 5
    evidence = {row[header.index("名称")]: row[header.index("原文依据")] for row in rows}
    assert "依托甲氢科技等企业" in evidence["甲氢科技"]
    assert [row[header.index("文件")] for row in rows] == ["示例区产业发展规划"] * 5
    as_csv = _csv(client, "/api/v1/leads", industry="新能源")
    assert as_csv[0] == header and [r[1] for r in as_csv[1:]] == [row[1] for row in rows]


@pytest.mark.parametrize("url, params, expect", [
    ("/api/v1/search", {"q": "氢能"}, "星河氢能产业园"),
    ("/api/v1/places", {"industry": "氢能"}, "星河氢能产业园"),
    ("/api/v1/enterprises", {"industry": "氢能"}, "乙能集团"),
    ("/api/v1/platforms", {"industry": "氢能"}, "星河氢能创新中心"),
    ("/api/v1/projects", {"enterprise": "甲氢科技"}, "加氢示范站项目"),
    ("/api/v1/tasks", {"bureau": "区发改委"}, "建设星河氢能创新中心"),
    ("/api/v1/tasks/1/bureaus", {}, "区发展改革委"),
    ("/api/v1/targets", {"year": 2025}, "氢能产业产值2025年100亿元"),
    ("/api/v1/documents", {}, "示例区产业发展规划"),
    ("/api/v1/documents/doc:sample/sections", {}, "第一章 产业布局"),
    ("/api/v1/ask", {"q": "哪些园区有氢能企业"}, "星河氢能产业园"),
    ("/api/v1/entities/park:星河氢能产业园", {}, "甲氢科技"),
    ("/api/v1/entities/park:星河氢能产业园/graph", {}, "东湖片区"),
])
def test_every_list_downloads_as_csv_and_xlsx(client: TestClient, url: str, params: dict, expect: str) -> None:
    from openpyxl import load_workbook

    rows = _csv(client, url, **params)
    assert len(rows) >= 2 and any(expect in cell for row in rows[1:] for cell in row), rows
    header = rows[0]
    assert "名称" in header
    r = client.get(url, params={**params, "format": "xlsx"})
    ws = load_workbook(io.BytesIO(r.content)).active
    assert [c.value for c in ws[1]] == header and ws.max_row == len(rows)


def test_downloads_carry_the_sentence_behind_each_fact(client: TestClient) -> None:
    rows = _csv(client, "/api/v1/enterprises", place="星河园")
    header = rows[0]
    got = {r[header.index("名称")]: (r[header.index("角色/状态")], r[header.index("原文依据")]) for r in rows[1:]}
    assert got["甲氢科技"] == ("已入驻", "依托甲氢科技等企业，积极对接乙能集团等龙头企业。")
    assert got["乙能集团"][0] == "招商对接"


def test_a_cell_that_would_be_a_formula_is_written_as_text() -> None:
    from api.export import _cell

    assert _cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")" and _cell("甲") == "甲" and _cell(None) == ""


def test_an_unknown_format_is_a_422_and_openapi_documents_the_downloads(client: TestClient) -> None:
    r = client.get("/api/v1/places", params={"industry": "氢能", "format": "pdf"})
    assert r.status_code == 422 and "csv" in r.json()["error"]["message"]
    spec = client.get("/openapi.json").json()
    for path in EXPORTABLE:
        op = spec["paths"][path]["get"]
        fmt = next(p for p in op["parameters"] if p["name"] == "format")
        assert fmt["schema"]["enum"] == ["json", "csv", "xlsx"]
        content = op["responses"]["200"]["content"]
        assert "text/csv" in content and any("spreadsheetml" in k for k in content)
    assert "/api/v1/leads" in spec["paths"]
