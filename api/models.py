"""Response models of the HTTP API, with their enumerations taken from the ontology.

Labels and relationship types are enums built from ontology.schema, so OpenAPI shows the
exact vocabulary of the graph and a schema change shows up in the API without edits here.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from ontology.schema import ENTERPRISE_STATUSES, LABELS, RELATIONSHIPS
from queries.answer import Answer, AnswerItem, Evidence

LabelName = Enum("LabelName", {lab.name: lab.name for lab in LABELS}, type=str)  # type: ignore[misc]
DomainLabel = Enum("DomainLabel", {lab.name: lab.name for lab in LABELS if lab.domain}  # type: ignore[misc]
                   | {"Document": "Document"}, type=str)
RelName = Enum("RelName", {rel.name: rel.name for rel in RELATIONSHIPS}, type=str)  # type: ignore[misc]
Status = Enum("Status", {s: s for s in ENTERPRISE_STATUSES if s != "unclear"}, type=str)  # type: ignore[misc]
Role = Enum("Role", {"lead": "lead", "support": "support"}, type=str)  # type: ignore[misc]

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


class Relation(BaseModel):
    direction: str = Field(description="out: this entity → other; in: other → this entity")
    rel: RelName  # type: ignore[valid-type]
    rel_zh: str
    other: EntityRef
    item: str | None = None
    sources: list[str] = Field(default_factory=list)


class Entity(EntityRef):
    label_zh: str
    aliases: list[str] = Field(default_factory=list)
    props: dict[str, Any] = Field(default_factory=dict)
    relations: list[Relation] = Field(default_factory=list)
    mentions: list[Evidence] = Field(default_factory=list, description="passages that name it")
    evidence: list[Evidence] = Field(default_factory=list, description="passages behind its relations")


class PlaceReason(BaseModel):
    id: str
    name: str
    label: LabelName  # type: ignore[valid-type]
    sources: list[str] = Field(default_factory=list)


class PlaceForIndustry(EntityRef):
    industries: list[PlaceReason] = Field(default_factory=list, description="重点发展 (FOCUSES_ON)")
    enterprises_present: list[PlaceReason] = Field(default_factory=list, description="已入驻 (LOCATED_IN)")
    enterprises_target: list[PlaceReason] = Field(default_factory=list, description="招商对接 (TARGETS)")
    evidence: list[Evidence] = Field(default_factory=list)


class EnterpriseRow(EntityRef):
    status: Status  # type: ignore[valid-type]
    place_id: str | None = None
    place: str | None = None
    sources: list[str] = Field(default_factory=list)


class Listed(EntityRef):
    """A platform or project with the names it is linked to."""

    industries: list[str] = Field(default_factory=list)
    enterprises: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class TaskRow(EntityRef):
    number: str | None = None
    text: str | None = None
    doc_id: str | None = None
    role: Role  # type: ignore[valid-type]
    bureau_id: str
    bureau: str
    item: str | None = None
    sources: list[str] = Field(default_factory=list)


class BureauRow(EntityRef):
    level: str | None = None
    role: Role  # type: ignore[valid-type]
    task_id: str
    number: str | None = None
    text: str | None = None
    item: str | None = None
    sources: list[str] = Field(default_factory=list)


class TargetRow(EntityRef):
    subject: str | None = None
    metric: str | None = None
    value: float | str | None = None
    unit: str | None = None
    year: int | str | None = None
    text: str | None = None
    measures: list[str] = Field(default_factory=list)
    doc_id: str | None = None
    sources: list[str] = Field(default_factory=list)


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


class GraphEdge(BaseModel):
    id: str
    source: str
    target: str
    rel: RelName  # type: ignore[valid-type]
    rel_zh: str
    sources: list[str] = Field(default_factory=list)


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
