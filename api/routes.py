"""The /api/v1 endpoints. Each one runs named queries of queries/ with checked parameters;
no text from a request ever becomes Cypher, except through the token-gated raw endpoint.

The endpoints are grouped by what they serve: entities (entity_routes), industries and
places (industry_routes), what plans say (plan_routes), questions and queries
(query_routes), operations (status_routes). What they share is in route_shared. This
module joins them into the one router the app mounts, in the order OpenAPI lists them.
"""

from __future__ import annotations

from fastapi import APIRouter

from api import entity_routes, industry_routes, plan_routes, query_routes, status_routes
from api.models import LabelName
from api.route_shared import ERRORS
from api.route_shared import cached as _cached  # api.leads_routes imports it from here

router = APIRouter(prefix="/api/v1", responses=ERRORS)
for group in (entity_routes, industry_routes, plan_routes, query_routes, status_routes):
    router.include_router(group.router)

_ = LabelName, _cached  # exported: for OpenAPI readers of this module, and api.leads_routes
