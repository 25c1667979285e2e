"""GET /api/v1/leads: the investment-promotion view of an industry (招商线索), as JSON or a file."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.errors import ApiError
from api.routes import ERRORS, _cached
from queries import MAX_TEXT
from queries.leads import Leads, leads

router = APIRouter(prefix="/api/v1", responses=ERRORS)


@router.get("/leads", response_model=Leads, summary="招商线索 Leads by industry",
            description="For an industry (sub-industries included): the parks and zones that focus on "
                        "it, the enterprises present, the enterprises courted, the platforms and projects "
                        "in it, and the gaps (a place that focuses on it with no named firm there). Every "
                        "row carries its passages and up to three evidence sentences with their document, "
                        "rows with the most evidence first. `format=csv|xlsx` downloads all sections as "
                        "one table.")
async def leads_view(request: Request, industry: str = Query(..., min_length=1, max_length=MAX_TEXT,
                                                              description="industry name, alias or part of one")
                     ) -> Response:
    def make(ctx: Any) -> Leads:
        found = leads(ctx.store, industry, row_cap=ctx.settings.row_cap)
        if not found.industry_ids:
            raise ApiError(404, "not_found", f"no industry named like {industry!r} in the graph; "
                                             "find one with /api/v1/search?label=Industry&q=…")
        return found
    return await _cached(request, make)
