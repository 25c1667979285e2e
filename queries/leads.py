"""Investment leads (招商线索) for an industry: where it is focused, who is there, whom to court,
what platforms and projects support it, and where a place focuses on it with no named firm.

The industry is found by the graph's own names (name, alias, short form) and then only ids
reach the database, so the query starts from an index lookup. Every row keeps the passages
that state it; rows are ordered by how much text backs them, most first.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from graph.store import GraphStore
from queries.answer import Evidence, evidence, run
from queries.ask.names import name_index
from queries.ask.text import normalise
from queries.find import search

SECTIONS = (("places", "重点发展的园区和功能区"), ("present", "已入驻企业"), ("courted", "招商对接企业"),
            ("platforms", "创新平台"), ("projects", "项目"), ("gaps", "缺口：重点发展但尚无点名企业的园区和功能区"))
# Each section lists its most backed rows, each row its first passages: the view keeps its size
# whatever the size of the library, and `counts` says how many there are.
ROWS_SHOWN, SOURCES_SHOWN = 30, 10
_KIND_SECTION = {"focus": "places", "present": "present", "target": "courted", "platform": "platforms",
                 "project": "projects"}


class LeadRow(BaseModel):
    """One fact of the leads view, with the sentence and document that state it."""

    id: str
    name: str
    label: str
    industry: str | None = Field(None, description="the industry or sub-industry the row is reached by")
    place_id: str | None = None
    place: str | None = Field(None, description="where it is, or the place that courts it")
    sources: list[str] = Field(default_factory=list, description=f"the first {SOURCES_SHOWN} passages")
    source_count: int = Field(0, description="how many passages state it")
    evidence: list[Evidence] = Field(default_factory=list, description="strongest first, at most three")


class Leads(BaseModel):
    industry: str = Field(description="the industry asked for, as the graph names it")
    industry_ids: list[str] = Field(default_factory=list, description="the industries matched")
    query: str = "leads"
    places: list[LeadRow] = Field(default_factory=list)
    present: list[LeadRow] = Field(default_factory=list)
    courted: list[LeadRow] = Field(default_factory=list)
    platforms: list[LeadRow] = Field(default_factory=list)
    projects: list[LeadRow] = Field(default_factory=list)
    gaps: list[LeadRow] = Field(default_factory=list)
    counts: dict[str, int] = Field(default_factory=dict, description=(
        f"rows of each section; a section lists the {ROWS_SHOWN} most backed"))


def find_industries(store: GraphStore, text: str) -> tuple[str, list[str]]:
    """The industries a user's text names: exact names and aliases first, else the best search hit."""
    key = normalise(text)
    index = name_index(store)
    exact = [e for e in index.keys.get(key, []) if e.label == "Industry"]
    if exact:
        return exact[0].name, [e.id for e in exact]
    rows = search(store, key[:50], label="Industry", limit=1)
    if rows:
        return rows[0]["name"], [rows[0]["id"]]
    return key, []


def _merge(rows: list[dict[str, Any]]) -> list[LeadRow]:
    """One row per entity and place, its sources gathered, most backed first."""
    merged: dict[tuple[str, str | None], LeadRow] = {}
    for r in rows:
        key = (r["id"], r.get("place_id"))
        row = merged.get(key)
        if row is None:
            row = merged[key] = LeadRow(id=r["id"], name=r["name"], label=r["label"], industry=r.get("industry"),
                                        place_id=r.get("place_id"), place=r.get("place"))
        row.sources += [s for s in (r.get("sources") or []) if s not in row.sources]
        row.source_count = max(row.source_count, int(r.get("source_count") or 0), len(row.sources))
    return sorted(merged.values(), key=lambda x: (-x.source_count, x.name))


def leads(store: GraphStore, industry: str, *, row_cap: int = 1000) -> Leads:
    name, ids = find_industries(store, industry)
    out = Leads(industry=name, industry_ids=ids)
    if not ids:
        return out
    rows = run(store, "leads", {"industries": ids, "limit": row_cap}, row_cap=row_cap * 5).rows
    for kind, section in _KIND_SECTION.items():
        setattr(out, section, _merge([r for r in rows if r["kind"] == kind]))
    # A place that focuses on the industry with no firm of it located there or inside it.
    occupied = {w for r in rows if r["kind"] == "present" for w in (r.get("within") or [])}
    out.gaps = [r.model_copy() for r in out.places if r.id not in occupied]
    for sec, _ in SECTIONS:
        every = getattr(out, sec)
        out.counts[sec] = len(every)
        del every[ROWS_SHOWN:]
        for row in every:
            del row.sources[SOURCES_SHOWN:]
    wanted = [s for sec, _ in SECTIONS for row in getattr(out, sec) for s in row.sources[:3]]
    found = {e.passage_id: e for e in evidence(store, wanted, cap=row_cap)}
    for sec, _ in SECTIONS:
        for row in getattr(out, sec):
            row.evidence = [found[s] for s in row.sources[:3] if s in found]
    return out
