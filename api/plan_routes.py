"""What plans say: tasks and the bureaus that lead or support them, quantitative targets, and
the documents with their sections."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from api.document_routes import stored_files
from api.errors import ApiError
from api.models import BureauRow, DocumentRow, Page, Role, SectionRow, TargetRow, TaskRow
from api.route_shared import (
    INDUSTRY,
    ListDump,
    cached,
    label_value,
    limit_param,
    named_rows,
    page_of,
    skip_param,
    text_param,
)
from queries import MAX_TEXT

router = APIRouter()


@router.get("/tasks", response_model=Page[TaskRow], summary="部门的任务 Tasks by bureau",
            description="The tasks a bureau leads (role=lead) or is asked to support (role=support).")
async def tasks(request: Request, bureau: str = Query(..., min_length=1, max_length=MAX_TEXT),
          role: Role | None = None, skip: int = skip_param(), limit: int = limit_param(200)) -> Response:  # type: ignore[valid-type]
    def make(ctx: Any) -> Page:
        rows = named_rows(ctx, "tasks_by_bureau", {"bureau": bureau, "role": label_value(role), "skip": skip,
                                                   "limit": limit})
        return page_of([TaskRow(**{**r, "number": None if r.get("number") is None else str(r["number"]),
                                   "name": r.get("name") or str(r.get("number"))}) for r in rows],
                     skip, limit, ctx.settings.row_cap)
    return await cached(request, make)


@router.get("/tasks/{number}/bureaus", response_model=list[BureauRow], summary="任务的部门 Bureaus by task",
            description="The bureaus that lead or support task number N (of one document with doc=…).")
async def task_bureaus(request: Request, number: str = Path(..., min_length=1, max_length=20),
                 doc: str | None = text_param("document id")) -> Response:
    def make(ctx: Any) -> ListDump:
        rows = named_rows(ctx, "task_bureaus", {"number": number, "doc": doc})
        return ListDump(BureauRow(**{**r, "number": None if r.get("number") is None else str(r["number"])})
                        for r in rows)
    return await cached(request, make)


@router.get("/targets", response_model=Page[TargetRow], summary="量化目标 Targets",
            description="Quantitative targets by subject (text in subject, metric or measured entity), "
                        "industry and year.")
async def targets(request: Request,
                  subject: str | None = text_param("text in the target's subject, metric or measured entity"),
                  industry: str | None = text_param(INDUSTRY),
            year: int | None = Query(None, ge=1900, le=2100), skip: int = skip_param(),
            limit: int = limit_param(100)) -> Response:
    def make(ctx: Any) -> Page:
        rows = named_rows(ctx, "targets", {"subject": subject, "industry": industry, "year": year or 0,
                                           "skip": skip, "limit": limit})
        return page_of([TargetRow(**r) for r in rows], skip, limit, ctx.settings.row_cap)
    return await cached(request, make)


@router.get("/documents", response_model=Page[DocumentRow], summary="文件 Documents")
async def documents(request: Request, skip: int = skip_param(), limit: int = limit_param(100)) -> Response:
    def make(ctx: Any) -> Page:
        rows = named_rows(ctx, "documents", {"skip": skip, "limit": limit})
        added = stored_files(request)
        return page_of([DocumentRow(**{**r, "name": r.get("name") or r["id"],
                                       "date": None if r.get("date") is None else str(r["date"]),
                                       "added_at": added.get(r["id"], {}).get("added_at"),
                                       "added_from": added.get(r["id"], {}).get("source")})
                      for r in rows], skip, limit, ctx.settings.row_cap)
    return await cached(request, make)


@router.get("/documents/{doc_id}/sections", response_model=Page[SectionRow], summary="文件章节 Sections")
async def sections(request: Request, doc_id: str = Path(..., min_length=1, max_length=MAX_TEXT),
             skip: int = skip_param(), limit: int = limit_param(500)) -> Response:
    def make(ctx: Any) -> Page:
        if not named_rows(ctx, "entity", {"id": doc_id}):
            raise ApiError(404, "not_found", f"no document with id {doc_id!r}; list them at /api/v1/documents")
        rows = named_rows(ctx, "document_sections", {"id": doc_id, "skip": skip, "limit": limit})
        return page_of([SectionRow(**{**r, "name": r.get("name") or r["id"],
                                      "number": None if r.get("number") is None else str(r["number"]),
                                      "level": r.get("level") if isinstance(r.get("level"), int) else None,
                                      "order": r.get("order") if isinstance(r.get("order"), int) else None})
                      for r in rows], skip, limit, ctx.settings.row_cap)
    return await cached(request, make)
