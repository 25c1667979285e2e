"""The query library: one `.cypher` file per named query, with a header, loaded by name.

Header format (comment lines at the top of the file):

    // name: parks_by_industry
    // description: 园区/功能区 that focus on an industry or host enterprises in it.
    // param: industry: str   industry name or alias (sub-industries included)
    // param: limit: int = 50 rows at most

Queries use only the Cypher subset both engines run (DESIGN.md); user input is passed as
parameters, never spliced into the text.

Every query starts from an index: a node's id, or ids found through the full-text index.
Two more header lines say how:

    // find: industry_ids: Industry named $industry
        the caller gives the text `industry`; `run` (queries/answer.py) passes the query the
        ids of the Industry nodes whose name contains it or that have it as an alias, found
        through the full-text index (queries/find.py), as `$industry_ids`; `holding $text`
        gives the nodes whose search field holds every token of the text (the query then
        tests the text itself), `holding any of $list` those holding one of the tokens,
        `measuring $text` the targets that measure a node named by the text;
    // each: Zone, Park, Industry
        the query starts from a node whose label the id says: it is written once with the
        placeholder label `Each` and runs as one UNION ALL branch per label listed, each an
        index seek (neither engine has an index over every label);
    // scan: Document   why the query must read every node of that label
        (the list of all documents, paged); the plan test allows no other scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

QUERY_DIR = Path(__file__).resolve().parent

_HEADER = re.compile(r"^//\s*(name|description|param|find|each|scan)\s*:\s*(.*)$")
_FIND = re.compile(r"^(\w+)\s*:\s*([A-Za-z]+(?:\s*,\s*[A-Za-z]+)*)\s+"
                   r"(named|holding|holding any of|measuring)\s+\$(\w+)\s*$")
_EACH = re.compile(r"\bEach\b")
_PARAM = re.compile(r"^(\w+)\s*:\s*(str|int|float|bool|list\[str\]|ids)\s*(?:=\s*(\S+))?\s*(.*)$")


@dataclass(frozen=True)
class QueryParam:
    name: str
    type: str
    default: Any = None
    required: bool = True
    description: str = ""


@dataclass(frozen=True)
class Find:
    """Ids found from a text parameter through the full-text index (see the module doc)."""

    ids: str  # the parameter the query reads, a list of ids
    labels: tuple[str, ...]
    text: str  # the caller's text parameter
    # named: name contains the text or an alias equals it; holding: the search field holds
    # every token of the text; holding any of: one of the tokens (a list parameter)
    how: str = "named"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    cypher: str
    params: tuple[QueryParam, ...] = field(default_factory=tuple)
    path: Path | None = None
    finds: tuple[Find, ...] = ()
    scans: tuple[str, ...] = ()  # labels the query reads whole, on purpose


class UnknownQuery(KeyError):
    """No `.cypher` file of that name in queries/."""


def _convert(kind: str, raw: str) -> Any:
    if raw == "null":
        return None
    if raw in ('""', "''"):
        return "" if kind == "str" else None
    if kind == "int":
        return int(raw)
    if kind == "float":
        return float(raw)
    if kind == "bool":
        return raw.lower() in {"1", "true", "yes"}
    if kind in ("list[str]", "ids"):
        return [] if raw in ("[]", "") else raw.split(",")
    return None if raw == "null" else raw


def parse(text: str, path: Path | None = None) -> NamedQuery:
    name = description = ""
    params: list[QueryParam] = []
    finds: list[Find] = []
    each: list[str] = []
    scans: list[str] = []
    body: list[str] = []
    in_header = True
    for line in text.splitlines():
        m = _HEADER.match(line.strip()) if in_header else None
        if m:
            key, value = m.group(1), m.group(2).strip()
            if key == "name":
                name = value
            elif key == "description":
                description = (description + " " + value).strip()
            elif key == "find":
                fm = _FIND.match(value)
                if not fm:
                    raise ValueError(f"{path}: bad find header {value!r}; write "
                                     "`// find: place_ids: Park, Zone named $place`")
                labels = tuple(x.strip() for x in fm.group(2).split(","))
                finds.append(Find(fm.group(1), labels, fm.group(4), fm.group(3)))
                params.append(QueryParam(fm.group(1), "ids", None, False,
                                         f"ids of the {', '.join(labels)} nodes {fm.group(3)} "
                                         f"${fm.group(4)} (found through the full-text index "
                                         "when not given)"))
            elif key == "each":
                each = [x.strip() for x in value.split(",") if x.strip()]
            elif key == "scan":
                scans.append(value.split()[0] if value else "")
            else:
                pm = _PARAM.match(value)
                if not pm:
                    raise ValueError(f"{path}: bad param header {value!r}; "
                                     "write `// param: name: type [= default] description`")
                pname, ptype, default, pdesc = pm.groups()
                params.append(QueryParam(pname, ptype,
                                         _convert(ptype, default) if default is not None else None,
                                         default is None, pdesc.strip()))
            continue
        if in_header and line.strip().startswith("//"):
            continue
        in_header = False
        body.append(line)
    if not name:
        raise ValueError(f"{path}: missing `// name:` header")
    cypher = "\n".join(body).strip()
    if each:
        cypher = expand(cypher, each)
    return NamedQuery(name, description, cypher, tuple(params), path, tuple(finds), tuple(scans))


def expand(cypher: str, labels: list[str]) -> str:
    """One UNION ALL branch per label for each branch written with the placeholder `Each`."""
    branches = [b.strip() for b in re.split(r"^\s*UNION ALL\s*$", cypher, flags=re.M)]
    return "\nUNION ALL\n".join(_EACH.sub(label, b) for b in branches for label in labels)


@lru_cache(maxsize=1)
def library() -> dict[str, NamedQuery]:
    out: dict[str, NamedQuery] = {}
    for path in sorted(QUERY_DIR.glob("*.cypher")):
        q = parse(path.read_text(encoding="utf-8"), path)
        if q.name in out:
            raise ValueError(f"{path}: query name {q.name!r} used twice")
        out[q.name] = q
    return out


def load_query(name: str) -> NamedQuery:
    try:
        return library()[name]
    except KeyError:
        raise UnknownQuery(f"no query named {name!r}; known: {', '.join(sorted(library()))}") \
            from None


class ParamError(ValueError):
    """A caller's parameters do not fit a query's header; the message names the parameter."""


# Text parameters are names and phrases; anything longer is not a question but an attack or
# an accident, and would only make CONTAINS tests slow. A list of node ids (type `ids`) is
# looked up through the key index, so it may be longer: a page of candidates, say.
MAX_TEXT = 200
MAX_LIST = 200
MAX_IDS = 5000
PAGING = {"skip", "limit"}


def _coerce(query: str, p: QueryParam, value: Any) -> Any:
    where = f"query {query!r}, parameter {p.name!r} ({p.type})"
    if value is None:
        return None
    if p.type == "str":
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise ParamError(f"{where}: expected text, got {type(value).__name__}")
        text = str(value).strip()
        if len(text) > MAX_TEXT:
            raise ParamError(f"{where}: at most {MAX_TEXT} characters, got {len(text)}")
        return text or None
    if p.type == "int":
        if isinstance(value, bool):
            raise ParamError(f"{where}: expected a whole number, got a boolean")
        try:
            number = int(str(value).strip()) if not isinstance(value, int) else value
        except ValueError:
            raise ParamError(f"{where}: expected a whole number, got {value!r}") from None
        if number < 0:
            raise ParamError(f"{where}: must not be negative, got {number}")
        return min(number, 10**9)
    if p.type == "float":
        try:
            return float(value)
        except (TypeError, ValueError):
            raise ParamError(f"{where}: expected a number, got {value!r}") from None
    if p.type == "bool":
        if isinstance(value, bool):
            return value
        if str(value).lower() in {"1", "true", "yes"}:
            return True
        if str(value).lower() in {"0", "false", "no"}:
            return False
        raise ParamError(f"{where}: expected true or false, got {value!r}")
    if isinstance(value, str):
        value = [v for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ParamError(f"{where}: expected a list of strings")
    most = MAX_IDS if p.type == "ids" else MAX_LIST
    if len(value) > most or any(len(v) > MAX_TEXT for v in value):
        raise ParamError(f"{where}: at most {most} items of {MAX_TEXT} characters")
    return [v.strip() for v in value]


def bind(query: NamedQuery, params: dict[str, Any] | None, *, row_cap: int | None = None) -> dict[str, Any]:
    """Check and complete a caller's parameters against the query's header.

    Unknown names and missing required values are refused rather than ignored, so a typo is
    reported instead of silently widening a query; `limit` is capped at `row_cap` so no caller
    can ask the database for more than the configured maximum.
    """
    given = dict(params or {})
    known = {p.name for p in query.params}
    unknown = sorted(set(given) - known)
    if unknown:
        raise ParamError(f"query {query.name!r} has no parameter {', '.join(map(repr, unknown))}; "
                         f"it takes: {', '.join(sorted(known)) or 'nothing'}")
    out: dict[str, Any] = {}
    for p in query.params:
        value = _coerce(query.name, p, given.get(p.name))
        if value is None:
            if p.required:
                raise ParamError(f"query {query.name!r} needs parameter {p.name!r} ({p.type}): "
                                 f"{p.description}")
            value = p.default
        if p.name == "limit" and row_cap is not None and isinstance(value, int):
            value = max(1, min(value, row_cap))
        out[p.name] = value
    return out
