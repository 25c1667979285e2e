"""The endpoints an investment-promotion user asks of an industry or a place: parks and zones
by industry, enterprises (present or courted), platforms and projects."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.models import EnterpriseRow, Listed, Page, PlaceForIndustry, PlaceReason, Status
from api.route_shared import (
    INDUSTRY,
    PLACE,
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
from queries.answer import evidence

router = APIRouter()


@router.get("/places", response_model=list[PlaceForIndustry], summary="按产业查园区/功能区 Parks and zones by industry",
            description="Parks and zones that focus on an industry (sub-industries included), host "
                        "its enterprises, or court them — each reason listed apart, with evidence.")
async def places(request: Request, industry: str = Query(..., min_length=1, max_length=MAX_TEXT),
           limit: int = limit_param(100)) -> Response:
    def make(ctx: Any) -> list[PlaceForIndustry]:
        rows = named_rows(ctx, "parks_by_industry", {"industry": industry, "limit": ctx.settings.row_cap})
        out: dict[str, PlaceForIndustry] = {}
        srcs: dict[str, list[str]] = {}
        for r in rows:
            p = out.setdefault(r["id"], PlaceForIndustry(id=r["id"], name=r["name"], label=r["label"]))
            reason = PlaceReason(id=r["via_id"], name=r["via"], label=r["via_label"], sources=r.get("sources") or [])
            bucket = {"focus": p.industries, "present": p.enterprises_present,
                      "target": p.enterprises_target}[r["how"]]
            if all(x.id != reason.id for x in bucket):
                bucket.append(reason)
            srcs.setdefault(r["id"], []).extend(reason.sources)
        ranked = sorted(out.values(), key=lambda p: (-(len(p.industries) + len(p.enterprises_present)
                                                       + len(p.enterprises_target)), p.name))
        ranked = ranked[: min(limit, ctx.settings.row_cap)]
        # One query for the evidence of every place, at most ten sentences each.
        wanted = {p.id: list(dict.fromkeys(srcs[p.id]))[:10] for p in ranked}
        found = {e.passage_id: e for e in evidence(ctx.store, [i for ids in wanted.values() for i in ids],
                                                   cap=ctx.settings.row_cap)}
        for p in ranked:
            p.evidence = [found[i] for i in wanted[p.id] if i in found]
        return ranked
    return await cached(request, lambda ctx: ListDump(make(ctx)))


@router.get("/enterprises", response_model=Page[EnterpriseRow], summary="企业 Enterprises",
            description="Enterprises by industry (sub-industries included), park or zone (places "
                        "inside it included) and status: present (已入驻) or target (招商对接).")
async def enterprises(request: Request, industry: str | None = text_param(INDUSTRY),
                      place: str | None = text_param(PLACE),
                status: Status | None = None, skip: int = skip_param(),  # type: ignore[valid-type]
                limit: int = limit_param(100)) -> Response:
    def make(ctx: Any) -> Page:
        rows = named_rows(ctx, "enterprises", {"industry": industry, "place": place, "status": label_value(status),
                                               "skip": skip, "limit": limit})
        return page_of([EnterpriseRow(**r) for r in rows if r.get("status") in ("present", "target")],
                       skip, limit, ctx.settings.row_cap)
    return await cached(request, make)


@router.get("/platforms", response_model=Page[Listed], summary="创新平台 Platforms",
            description="Innovation platforms by the industry they serve or the place they are in.")
async def platforms(request: Request, industry: str | None = text_param(INDUSTRY),
                    place: str | None = text_param(PLACE),
              skip: int = skip_param(), limit: int = limit_param(100)) -> Response:
    def make(ctx: Any) -> Page:
        rows = named_rows(ctx, "platforms", {"industry": industry, "place": place, "skip": skip, "limit": limit})
        return page_of([Listed(**{**r, "sources": list(dict.fromkeys(r.get("sources") or []))}) for r in rows],
                       skip, limit, ctx.settings.row_cap)
    return await cached(request, make)


@router.get("/projects", response_model=Page[Listed], summary="项目 Projects",
            description="Projects by undertaking enterprise, place or industry.")
async def projects(request: Request, enterprise: str | None = text_param("enterprise name or part of one"),
                   place: str | None = text_param(PLACE), industry: str | None = text_param(INDUSTRY), skip: int = skip_param(), limit: int = limit_param(100)) -> Response:
    def make(ctx: Any) -> Page:
        rows = named_rows(ctx, "projects", {"enterprise": enterprise, "place": place, "industry": industry,
                                            "skip": skip, "limit": limit})
        return page_of([Listed(**{**r, "sources": list(dict.fromkeys(r.get("sources") or []))}) for r in rows],
                       skip, limit, ctx.settings.row_cap)
    return await cached(request, make)
