"""Response models of the HTTP API, with their enumerations taken from the ontology.

Labels and relationship types are enums built from ontology.schema, so OpenAPI shows the
exact vocabulary of the graph and a schema change shows up in the API without edits here.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field, model_validator

from ontology.schema import ENTERPRISE_STATUSES, LABELS, RELATIONSHIPS
from queries.answer import Answer, AnswerItem, Evidence

LabelName = Enum("LabelName", {lab.name: lab.name for lab in LABELS}, type=str)  # type: ignore[misc]
DomainLabel = Enum("DomainLabel", {lab.name: lab.name for lab in LABELS if lab.domain}  # type: ignore[misc]
                   | {"Document": "Document"}, type=str)
RelName = Enum("RelName", {rel.name: rel.name for rel in RELATIONSHIPS}, type=str)  # type: ignore[misc]
Status = Enum("Status", {s: s for s in ENTERPRISE_STATUSES if s != "unclear"}, type=str)  # type: ignore[misc]
Role = Enum("Role", {"lead": "lead", "support": "support"}, type=str)  # type: ignore[misc]
Direction = Enum("Direction", {"out": "out", "in": "in"}, type=str)  # type: ignore[misc]

LABEL_ZH = {lab.name: lab.zh for lab in LABELS}
REL_ZH = {rel.name: rel.zh for rel in RELATIONSHIPS}

T = TypeVar("T")


class ErrorDetail(BaseModel):
    code: str = Field(description="machine-readable cause, e.g. bad_parameter, not_found")
    message: str = Field(description="what went wrong and what to do")
    status: int


class ErrorBody(BaseModel):
    """The one shape of every error response."""

    error: ErrorDetail


class Page(BaseModel, Generic[T]):
    items: list[T]
    skip: int = 0
    limit: int
    next_skip: int | None = Field(None, description="pass as skip for the next page; null at the end")


class EntityRef(BaseModel):
    id: str
    name: str
    label: LabelName  # type: ignore[valid-type]


class SearchHit(EntityRef):
    aliases: list[str] = Field(default_factory=list)
    score: int = 0


# A fact stated in many documents has many source passages; an answer lists the first ones
# and says how many there are, so its size does not grow with the library.
SOURCES_SHOWN = 10


class Sourced(BaseModel):
    """Something stated by passages: the first SOURCES_SHOWN of them, and their number."""

    sources: list[str] = Field(default_factory=list,
                               description=f"ids of the passages that state it, the first {SOURCES_SHOWN}")
    source_count: int = Field(0, description="how many passages state it")

    @model_validator(mode="after")
    def _first_sources(self) -> "Sourced":
        self.source_count = max(self.source_count, len(self.sources))
        del self.sources[SOURCES_SHOWN:]
        return self


class Relation(Sourced):
    direction: str = Field(description="out: this entity → other; in: other → this entity")
    rel: RelName  # type: ignore[valid-type]
    rel_zh: str
    other: EntityRef
    item: str | None = None


class Entity(EntityRef):
    label_zh: str
    aliases: list[str] = Field(default_factory=list)
    props: dict[str, Any] = Field(default_factory=dict)
    relations: list[Relation] = Field(default_factory=list,
                                      description="the first relationships of each type and direction")
    relation_counts: dict[str, int] = Field(default_factory=dict, description=(
        "relationships of each type and direction, e.g. {'in:LOCATED_IN': 412}; page through one "
        "with /entities/{id}/relations?rel=&direction=&skip="))
    mentions: list[Evidence] = Field(default_factory=list, description="the first passages that name it")
    mention_count: int = Field(0, description="passages that name it; page with /entities/{id}/mentions")
    evidence: list[Evidence] = Field(default_factory=list, description="passages behind its relations")


class PlaceReason(Sourced):
    id: str
    name: str
    label: LabelName  # type: ignore[valid-type]


class PlaceForIndustry(EntityRef):
    industries: list[PlaceReason] = Field(default_factory=list, description="重点发展 (FOCUSES_ON)")
    enterprises_present: list[PlaceReason] = Field(default_factory=list, description="已入驻 (LOCATED_IN)")
    enterprises_target: list[PlaceReason] = Field(default_factory=list, description="招商对接 (TARGETS)")
    reason_counts: dict[str, int] = Field(default_factory=dict, description=(
        "reasons of each kind (industries, enterprises_present, enterprises_target); each list "
        "shows the first ones"))
    evidence: list[Evidence] = Field(default_factory=list)


class EnterpriseRow(EntityRef, Sourced):
    status: Status  # type: ignore[valid-type]
    place_id: str | None = None
    place: str | None = None


class Listed(EntityRef, Sourced):
    """A platform or project with the names it is linked to."""

    industries: list[str] = Field(default_factory=list)
    enterprises: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)


class TaskRow(EntityRef, Sourced):
    number: str | None = None
    text: str | None = None
    doc_id: str | None = None
    role: Role  # type: ignore[valid-type]
    bureau_id: str
    bureau: str
    item: str | None = None


class BureauRow(EntityRef, Sourced):
    level: str | None = None
    role: Role  # type: ignore[valid-type]
    task_id: str
    number: str | None = None
    text: str | None = None
    item: str | None = None


class TargetRow(EntityRef, Sourced):
    subject: str | None = None
    metric: str | None = None
    value: float | str | None = None
    unit: str | None = None
    year: int | str | None = None
    text: str | None = None
    measures: list[str] = Field(default_factory=list)
    doc_id: str | None = None


class DocumentRow(EntityRef):
    title: str | None = None
    date: str | None = None
    publisher: str | None = None
    file: str | None = None
    sections: int = 0
    tasks: int = 0
    targets: int = 0
    added_at: str | None = None  # when its file was added to the collection (UTC)
    added_from: str | None = None  # the path it was added from, or "upload"


class SectionRow(EntityRef):
    level: int | None = None
    number: str | None = None
    order: int | None = None
    path: str | None = None


class GraphNode(EntityRef):
    label_zh: str


class GraphEdge(Sourced):
    id: str
    source: str
    target: str
    rel: RelName  # type: ignore[valid-type]
    rel_zh: str


class Subgraph(BaseModel):
    center: str
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool = False


class QueryParamInfo(BaseModel):
    name: str
    type: str
    required: bool
    default: Any = None
    description: str = ""


class QueryInfo(BaseModel):
    name: str
    description: str
    params: list[QueryParamInfo]
    cypher: str


class QueryRequest(BaseModel):
    params: dict[str, Any] = Field(default_factory=dict)


class QueryResult(BaseModel):
    name: str | None = None
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = False
    seconds: float = 0.0


class CypherRequest(BaseModel):
    query: str = Field(max_length=20_000)
    params: dict[str, Any] = Field(default_factory=dict)
    limit: int | None = Field(None, ge=1)


class Health(BaseModel):
    ok: bool
    engine: str | None = None
    store: dict[str, Any] = Field(default_factory=dict)
    version: str


class Stats(BaseModel):
    engine: str | None = None
    nodes: dict[str, int] = Field(default_factory=dict)
    relationships: dict[str, int] = Field(default_factory=dict)
    total_nodes: int = 0
    total_relationships: int = 0


__all__ = ["Answer", "AnswerItem", "Evidence"] + [n for n in dir() if n[:1].isupper()]
