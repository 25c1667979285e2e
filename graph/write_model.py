"""What writing rows leaves on a node or relationship, computed without a store.

The statements of write_plan.py MERGE a row into what is there: the name and plain props are
set (a null removes a property), list props (aliases, sources) gain the values they lack, and
the search field gains the tokens it lacks. Folding a key's rows in write order here gives the
property map the store ends up with, so the graph after a change can be computed for the keys
the change touches alone. tests/test_collection_equivalence.py holds this model to the real
store: a full build and the incremental path must give the same graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ontology.schema import KEY, NAME, SEARCH_FIELD


def fold_node(props: dict[str, Any] | None, row: dict[str, Any],
              merged: Iterable[str]) -> dict[str, Any]:
    """`props` after `MERGE (n {id}) SET n.name = r.name SET n += r.props`, the list merges
    of `merged` (every list key of the statement, present in this row or not), and the
    search-field merge."""
    out = dict(props) if props else {KEY: row["id"]}
    if row["name"] is None:
        out.pop(NAME, None)
    else:
        out[NAME] = row["name"]
    _set_plain(out, row["props"])
    _merge_lists(out, row, merged)
    if SEARCH_FIELD in row:
        have = out.get(SEARCH_FIELD)
        new = row[SEARCH_FIELD]
        if have is None or have == "":
            out[SEARCH_FIELD] = new
        else:
            tokens = have.split(" ")
            added = "".join(" " + t for t in new.split(" ") if t not in tokens)
            out[SEARCH_FIELD] = (have + added).strip(" ")
    return out


def fold_edge(props: dict[str, Any] | None, row: dict[str, Any],
              merged: Iterable[str]) -> dict[str, Any]:
    """`props` after `MERGE (a)-[e]->(b) SET e += r.props` and the list merges."""
    out = dict(props) if props else {}
    _set_plain(out, row["props"])
    _merge_lists(out, row, merged)
    return out


def _set_plain(out: dict[str, Any], plain: dict[str, Any]) -> None:
    for key, value in plain.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = value


def _merge_lists(out: dict[str, Any], row: dict[str, Any], merged: Iterable[str]) -> None:
    for key in sorted(merged):
        have = out.get(key)
        have = [] if have is None else have
        add = row.get(key) or []
        if not have:
            out[key] = list(add)
        elif add:
            seen = set(have)
            out[key] = list(have) + [x for x in add if x not in seen]
        else:
            out[key] = list(have)
