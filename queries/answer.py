"""Running a named query and gathering the sentences that back its rows.

Every domain relationship carries `sources` (passage ids); a row that reports a fact carries
them too, so the evidence of an answer is one more query over those ids. Keeping this apart
from question parsing lets the API's typed endpoints and `ask` share it.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from graph.store import GraphStore, ReadResult
from queries import bind, load_query

EVIDENCE_CAP = 50


class AnswerItem(BaseModel):
    """One entity in an answer: what the user clicks through to."""

    id: str
    name: str
    label: str
    aliases: list[str] = Field(default_factory=list)
    props: dict[str, Any] = Field(default_factory=dict)
    # How it answers: e.g. present / target for enterprises, focus for parks, lead / support.
    role: str | None = None
    detail: str | None = None
    sources: list[str] = Field(default_factory=list)


class Evidence(BaseModel):
    passage_id: str
    text: str
    document: str | None = None
    doc_id: str | None = None
    line: int | None = None


class Answer(BaseModel):
    question: str
    intent: str | None = None
    slots: dict[str, Any] = Field(default_factory=dict)
    query: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    cypher: str | None = None
    rows: list[dict[str, Any]] = Field(default_factory=list)
    answers: list[AnswerItem] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    # Search results for the words of a question that could not be read as a known intent.
    search: list[AnswerItem] = Field(default_factory=list)
    note: str | None = None


def run(store: GraphStore, name: str, params: dict[str, Any] | None = None, *,
        row_cap: int = 1000, timeout_ms: int | None = None) -> ReadResult:
    """Run a query of the library by name with checked parameters; the ids a query finds
    from a name (`// find:`) are looked up first, unless the caller gave them."""
    query = load_query(name)
    bound = bind(query, params, row_cap=row_cap)
    for find in query.finds:
        if bound.get(find.ids) is None and bound.get(find.text) is not None:
            from queries.find import found_ids

            bound[find.ids] = found_ids(store, find, bound[find.text])
    return store.read(query.cypher, bound, timeout_ms=timeout_ms, limit=row_cap)


def plain(value: Any) -> Any:
    """Make driver values (OrderedDict, neo4j types) JSON-ready."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def source_ids(rows: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        for key in ("sources", "passage_id"):
            value = row.get(key)
            if isinstance(value, str):
                seen.setdefault(value, None)
            elif isinstance(value, list):
                for v in value:
                    if isinstance(v, str):
                        seen.setdefault(v, None)
                    elif isinstance(v, list):  # sources collected as a list of lists
                        for w in v:
                            if isinstance(w, str):
                                seen.setdefault(w, None)
    return list(seen)


def evidence(store: GraphStore, ids: list[str], *, cap: int = EVIDENCE_CAP) -> list[Evidence]:
    """The passages with these ids, in the order given, with their document."""
    ids = list(dict.fromkeys(ids))[:cap]
    if not ids:
        return []
    rows = run(store, "passages", {"ids": ids, "limit": cap}).rows
    by_id = {r["passage_id"]: r for r in rows}
    out = []
    for pid in ids:
        r = by_id.get(pid)
        if r is None or not r.get("text"):
            continue
        line = r.get("line")
        out.append(Evidence(passage_id=pid, text=r["text"], document=r.get("document"),
                            doc_id=r.get("doc_id"),
                            line=int(line) if isinstance(line, (int, float)) else None))
    return out
