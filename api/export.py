"""Every list of the API as a spreadsheet: `?format=csv` (UTF-8 with a BOM, so Excel opens the
Chinese right) or `?format=xlsx` (openpyxl), one row per item, with the sentence that states it
and the title of its document as columns, so what staff paste into Excel keeps its evidence.

A list endpoint builds its usual model; `table()` turns that model into rows, whatever its
shape (a page, a list, an answer, an entity, the leads view), and fetches the evidence of rows
that carry only passage ids, in one query.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.errors import ApiError
from api.models import LABEL_ZH, REL_ZH
from graph.store import GraphStore
from queries.answer import evidence

FORMATS = {"csv": "text/csv; charset=utf-8",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
ROLE_ZH = {"present": "已入驻", "target": "招商对接", "focus": "重点发展", "lead": "牵头", "support": "支持",
           "mentioned": "原文提及", "unclear": "未明"}
# Column headers, in this order first; any other field follows under its own name.
HEADERS = (("section", "分类"), ("name", "名称"), ("label", "类别"), ("role", "角色/状态"), ("place", "所在/对接园区"),
           ("industry", "产业"), ("detail", "说明"), ("number", "编号"), ("text", "内容"), ("evidence", "原文依据"),
           ("document", "文件"), ("more_evidence", "其他依据条数"), ("id", "id"))
# GET endpoints whose answer is a list (or holds one), with the file name their download gets.
EXPORTABLE = {"/api/v1/search": "检索结果", "/api/v1/places": "园区和功能区", "/api/v1/enterprises": "企业",
              "/api/v1/platforms": "创新平台", "/api/v1/projects": "项目", "/api/v1/tasks": "任务",
              "/api/v1/tasks/{number}/bureaus": "任务的部门", "/api/v1/targets": "量化目标",
              "/api/v1/documents": "文件", "/api/v1/documents/{doc_id}/sections": "章节",
              "/api/v1/ask": "问答", "/api/v1/leads": "招商线索", "/api/v1/entities/{entity_id}": "实体关系",
              "/api/v1/entities/{entity_id}/graph": "关系图节点"}
MAX_CELL = 32000  # Excel's limit for one cell is 32,767 characters


def requested(request: Request) -> str | None:
    """The download format asked for, or None for JSON; anything else is a 422 that says what to do."""
    fmt = (request.query_params.get("format") or "json").lower()
    if fmt == "json":
        return None
    if fmt not in FORMATS:
        raise ApiError(422, "bad_parameter", f"format: {fmt!r} is not a download format; use json, csv or xlsx")
    return fmt


def _dump(item: Any) -> dict[str, Any]:
    return item.model_dump() if hasattr(item, "model_dump") else dict(item)


def _rows(model: Any) -> list[dict[str, Any]]:
    """The items of a model, as plain dicts, each with the section it belongs to when there are several."""
    data = _dump(model) if hasattr(model, "model_dump") else model
    if isinstance(data, list):
        return [_dump(x) for x in data]
    if "items" in data and isinstance(data["items"], list):  # a page
        return data["items"]
    if "answers" in data:  # an answer: its evidence is beside it
        by_id = {e["passage_id"]: e for e in data.get("evidence") or []}
        return [{**a, "_evidence": [by_id[s] for s in a.get("sources") or [] if s in by_id]}
                for a in data["answers"]]
    if "relations" in data:  # an entity: its relations
        by_id = {e["passage_id"]: e for e in (data.get("evidence") or []) + (data.get("mentions") or [])}
        return [{**r["other"], "role": ("" if r["direction"] == "out" else "被") + REL_ZH.get(r["rel"], r["rel"]),
                 "detail": r.get("item"), "sources": r.get("sources") or [],
                 "_evidence": [by_id[s] for s in r.get("sources") or [] if s in by_id]}
                for r in data["relations"]]
    if "nodes" in data:  # a neighbourhood
        return data["nodes"]
    from queries.leads import SECTIONS

    out = []
    for section, title in SECTIONS:  # the leads view
        out += [{**row, "section": title, "_evidence": row.get("evidence") or []} for row in data.get(section) or []]
    return out


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "、".join(str(v.get("name", v)) if isinstance(v, dict) else str(v) for v in value)
    elif isinstance(value, dict):
        value = value.get("name") or str(value)
    if isinstance(value, str):
        value = value[:MAX_CELL]
        if value[:1] in ("=", "+", "-", "@"):  # never a formula when opened in Excel
            value = "'" + value
    return value


def table(model: Any, store: GraphStore) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows for a model: one row per item, its first evidence sentence and document."""
    items = _rows(model)
    missing = [s for it in items if not it.get("_evidence") and not it.get("evidence")
               for s in (it.get("sources") or [])[:1]]
    found = {e.passage_id: e.model_dump() for e in evidence(store, missing, cap=max(1, len(missing)))} \
        if missing else {}
    rows: list[dict[str, Any]] = []
    for it in items:
        evs = it.pop("_evidence", None) or it.get("evidence") or \
            [found[s] for s in (it.get("sources") or [])[:1] if s in found]
        if isinstance(evs, list) and evs and isinstance(evs[0], dict):
            first = evs[0]
            it["evidence"], it["document"] = first.get("text"), first.get("document") or first.get("doc_id")
            it["more_evidence"] = max(0, len(it.get("sources") or evs) - 1)
        elif "passage_id" in it:  # a row that is itself a passage
            pass
        else:
            it["evidence"] = None
        if it.get("label") in LABEL_ZH:
            it["label"] = LABEL_ZH[it["label"]]
        for key in ("role", "status", "how"):
            if isinstance(it.get(key), str) and it[key] in ROLE_ZH:
                it["role"] = ROLE_ZH[it[key]]
        rows.append(it)
    skip = {"sources", "aliases", "score", "props", "status", "how", "label_zh", "_evidence"}
    keys = [k for k, _ in HEADERS if any(k in r for r in rows)]
    keys += sorted({k for r in rows for k, v in r.items() if k not in keys and k not in skip
                    and not isinstance(v, dict)})
    names = dict(HEADERS)
    return [names.get(k, k) for k in keys], [[_cell(r.get(k)) for k in keys] for r in rows]


def csv_bytes(headers: list[str], rows: list[list[Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(headers)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


def xlsx_bytes(title: str, headers: list[str], rows: list[list[Any]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31] or "sheet"
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for i, header in enumerate(headers, start=1):
        width = 60 if header in ("原文依据", "内容") else 24
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


async def download(request: Request, make: Callable[[Any], Any], fmt: str) -> Response:
    """Build a list endpoint's model and send it as a file."""
    ctx = request.app.state.ctx
    model = await run_in_threadpool(lambda: make(ctx))
    headers, rows = await run_in_threadpool(lambda: table(model, ctx.store))
    title = _title(request)
    body = csv_bytes(headers, rows) if fmt == "csv" else xlsx_bytes(title, headers, rows)
    name = f"{title}.{fmt}"
    return Response(body, media_type=FORMATS[fmt], headers={
        "Content-Disposition": f"attachment; filename=\"policykg.{fmt}\"; filename*=UTF-8''{quote(name)}"})


def _title(request: Request) -> str:
    route = request.scope.get("route")
    path = getattr(route, "path", request.url.path)
    return EXPORTABLE.get(path, "policykg")


def document(app: FastAPI) -> None:
    """Add the `format` parameter and the two file types to the OpenAPI of every list endpoint."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        for path, title in EXPORTABLE.items():
            op = schema.get("paths", {}).get(path, {}).get("get")
            if not op:
                continue
            params = op.setdefault("parameters", [])
            if not any(p.get("name") == "format" for p in params):
                params.append({"name": "format", "in": "query", "required": False,
                               "description": f"json (default), or download the list ({title}) as csv "
                                              "(UTF-8 with BOM) or xlsx, with the evidence sentence and "
                                              "document title as columns",
                               "schema": {"type": "string", "enum": ["json", "csv", "xlsx"], "default": "json"}})
            content = op.setdefault("responses", {}).setdefault("200", {}).setdefault("content", {})
            content.setdefault("text/csv", {"schema": {"type": "string"}})
            content.setdefault(FORMATS["xlsx"], {"schema": {"type": "string", "format": "binary"}})
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
