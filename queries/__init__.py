"""The query library: one `.cypher` file per named query, with a header, loaded by name.

Header format (comment lines at the top of the file):

    // name: parks_by_industry
    // description: 园区/功能区 that focus on an industry or host enterprises in it.
    // param: industry: str   industry name or alias (sub-industries included)
    // param: limit: int = 50 rows at most

Queries use only the Cypher subset both engines run (DESIGN.md); user input is passed as
parameters, never spliced into the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

QUERY_DIR = Path(__file__).resolve().parent

_HEADER = re.compile(r"^//\s*(name|description|param)\s*:\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s*:\s*(str|int|float|bool|list\[str\])\s*(?:=\s*(\S+))?\s*(.*)$")


@dataclass(frozen=True)
class QueryParam:
    name: str
    type: str
    default: Any = None
    required: bool = True
    description: str = ""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    cypher: str
    params: tuple[QueryParam, ...] = field(default_factory=tuple)
    path: Path | None = None


class UnknownQuery(KeyError):
    """No `.cypher` file of that name in queries/."""


def _convert(kind: str, raw: str) -> Any:
    if kind == "int":
        return int(raw)
    if kind == "float":
        return float(raw)
    if kind == "bool":
        return raw.lower() in {"1", "true", "yes"}
    if kind == "list[str]":
        return [] if raw in ("[]", "") else raw.split(",")
    return None if raw == "null" else raw


def parse(text: str, path: Path | None = None) -> NamedQuery:
    name = description = ""
    params: list[QueryParam] = []
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
    return NamedQuery(name, description, "\n".join(body).strip(), tuple(params), path)


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
