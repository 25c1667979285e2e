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


PLACE_REASONS_SHOWN, PLACE_EVIDENCE_SHOWN = 20, 5


@router.get("/places", response_model=list[PlaceForIndustry], summary="按产业查园区/功能区 Parks and zones by industry",
            description="Parks and zones that focus on an industry (sub-industries included), host "
                        "its enterprises, or court them — each reason listed apart, with evidence.")
async def places(request: Request, industry: str = Query(..., min_length=1, max_length=MAX_TEXT),
           limit: int = limit_param(100)) -> Response:
    def make(ctx: Any) -> list[PlaceForIndustry]:
        rows = named_rows(ctx, "parks_by_industry", {"industry": industry, "limit": ctx.settings.row_cap})
        found: dict[str, dict[str, Any]] = {}
        for r in rows:
            p = found.setdefault(r["id"], {"row": r, "focus": {}, "present": {}, "target": {}})
            p[r["how"]].setdefault(r["via_id"], r)
        # Most reasons first; each place lists its first reasons of each kind, with their counts.
        ranked = sorted(found.values(), key=lambda p: (-(len(p["focus"]) + len(p["present"])
                                                         + len(p["target"])), p["row"]["name"]))
        ranked = ranked[: min(limit, ctx.settings.row_cap)]
        out = []
        for p in ranked:
            lists = {how: [PlaceReason(id=r["via_id"], name=r["via"], label=r["via_label"],
                                       sources=r.get("sources") or [], source_count=r.get("source_count") or 0)
                           for r in list(p[how].values())[:PLACE_REASONS_SHOWN]]
                     for how in ("focus", "present", "target")}
            out.append(PlaceForIndustry(id=p["row"]["id"], name=p["row"]["name"], label=p["row"]["label"],
                                        industries=lists["focus"], enterprises_present=lists["present"],
                                        enterprises_target=lists["target"],
                                        reason_counts={"industries": len(p["focus"]),
                                                       "enterprises_present": len(p["present"]),
                                                       "enterprises_target": len(p["target"])}))
        # One query for the evidence of every place, the first sentences of its first reasons.
        wanted = {x.id: list(dict.fromkeys(s for how in (x.industries, x.enterprises_present,
                                                         x.enterprises_target)
                                           for reason in how for s in reason.sources[:1]))[:PLACE_EVIDENCE_SHOWN]
                  for x in out}
        found_ev = {e.passage_id: e for e in evidence(ctx.store, [i for ids in wanted.values() for i in ids],
                                                      cap=ctx.settings.row_cap)}
        for x in out:
            x.evidence = [found_ev[i] for i in wanted[x.id] if i in found_ev]
        return out
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
