"""Names to ids through the full-text index: how every query that takes a name starts.

A query of the library that takes a name (an industry, a place, a bureau) reads the ids of the
nodes it names (see `// find:` in queries/__init__.py); they are found here through the
full-text index of the bigram field (graph/fulltext.py), with the exact test applied to what
the index returns: the nodes whose name contains the text, or that have it as an alias. A text
without a two-character Han token (区, 5G) cannot be looked up that way; it is answered by
`names_like`, the one query that reads whole labels, which only such texts reach.
"""

from __future__ import annotations

from typing import Any

from graph.bigrams import bigrams, han_bigrams
from graph.ddl import SEARCHABLE_LABELS
from graph.fulltext import usable
from graph.store import GraphStore
from ontology.schema import REL_BY_NAME

# What entity search looks among: every named label but the text layer's sections and passages.
SEARCH_LABELS = tuple(lab for lab in SEARCHABLE_LABELS if lab not in ("Section", "Passage"))


def named_ids(store: GraphStore, labels: tuple[str, ...] | list[str], text: str,
              *, limit: int | None = None) -> list[str]:
    """Ids of the nodes of `labels` whose name contains `text` or that have it as an alias."""
    tokens = han_bigrams(text)
    if not tokens:
        from queries.answer import run

        return [r["id"] for r in run(store, "names_like", {"labels": list(labels), "text": text},
                                     row_cap=store.row_cap).rows]
    out: list[str] = []
    for label in labels:
        out += [r["id"] for r in store.fulltext(label, tokens, name=text, limit=limit)]
    return out


def holding_ids(store: GraphStore, labels: tuple[str, ...] | list[str], tokens: list[str],
                *, any_token: bool = False) -> list[str]:
    """Ids of the nodes of `labels` whose search field holds every token (or one of them)."""
    tokens = [t for t in usable(tokens) if not (len(t) == 1 and not t.isascii())]
    out: list[str] = []
    for label in labels if tokens else ():
        out += [r["id"] for r in store.fulltext(label, tokens, any_token=any_token)]
    return out


def found_ids(store: GraphStore, find: Any, value: Any) -> list[str]:
    """The ids a query's `// find:` line asks for (see queries/__init__.py)."""
    if find.how == "named":
        return named_ids(store, find.labels, str(value))
    if find.how == "holding":
        return holding_ids(store, find.labels, bigrams(str(value)))
    if find.how == "measuring":
        from queries.answer import run

        measured = named_ids(store, REL_BY_NAME["MEASURES"].to_labels, str(value))
        return [r["id"] for r in run(store, "targets_measuring", {"ids": measured},
                                     row_cap=store.row_cap).rows] if measured else []
    return holding_ids(store, find.labels, [str(v) for v in value], any_token=True)


# What entity search looks at in each label: the first nodes sharing a bigram with the text,
# and the first whose name or alias contains it. A page of the best-scored is among them
# unless a label has more than this many names containing the text (a word of one common
# industry in a large library): then the best of these are shown.
SEARCH_PER_LABEL = 100


def _score(row: dict[str, Any], q: str, grams: list[str]) -> int | None:
    """Exact forms first (name, alias, prefix, part of the name, part of an alias), then shared
    bigrams; None when the node is no hit (no exact form and fewer than half the bigrams)."""
    name, aliases = row.get("name") or "", list(row.get("aliases") or [])
    exact = (100 if name == q else 90 if q in aliases else 70 if name.startswith(q)
             else 60 if q in name else 50 if any(q in a for a in aliases) else 0)
    field = row.get("search") or ""
    hits = sum(1 for g in grams if g in field)
    if exact == 0 and not (grams and hits * 2 >= len(grams)):
        return None
    return exact + hits * 10


def search(store: GraphStore, q: str, *, label: str | None = None, skip: int = 0,
           limit: int = 20) -> list[dict[str, Any]]:
    """Entities by name, alias or shared character bigrams, best first: the nodes the
    full-text index gives for the text, scored by exact forms, then by shared bigrams."""
    grams = bigrams(q)[:40]
    exact = han_bigrams(q)
    labels = [label] if label else list(SEARCH_LABELS)
    found: dict[str, dict[str, Any]] = {}
    for lab in labels:
        rows = store.fulltext(lab, grams, any_token=True, names=True, limit=SEARCH_PER_LABEL) \
            if usable(grams) else []
        if exact and len(rows) >= SEARCH_PER_LABEL:
            rows += store.fulltext(lab, exact, name=q, names=True, limit=SEARCH_PER_LABEL)
        for r in rows:
            found.setdefault(r["id"], r)
    if not exact:  # 区, 5G: no token of the index spells them; their names are read
        from queries.answer import run

        missing = [i for i in named_ids(store, labels, q) if i not in found]
        for r in run(store, "entity_names", {"ids": missing}).rows if missing else []:
            found[r["id"]] = r
    scored = [{"id": r["id"], "name": r["name"], "label": r["label"],
               "aliases": list(r.get("aliases") or []), "score": score}
              for r in found.values() if r.get("name") and (score := _score(r, q, grams)) is not None]
    scored.sort(key=lambda r: (-r["score"], len(r["name"]), r["id"]))
    return scored[skip:skip + limit]


# Passages ranked for a question: at most this many found by its words, and this many more
# found by what it names (mentions) and by its headings; ranking costs each of them a few
# string tests, so together they keep a question's cost the same whatever the library's size.
PASSAGES_BY_WORDS, PASSAGES_BY_NAMES = 500, 250


def passage_candidates(store: GraphStore, grams: list[str], strong: list[str],
                       cap: int = PASSAGES_BY_WORDS) -> list[str]:
    """Passages worth ranking for these bigrams, at most `cap`.

    All that hold any of them when there are no more than that, as in a small graph. Otherwise
    the rarer bigrams are what tell passages apart, so the candidates are the passages holding
    the rarest ones, taken rarest first while they fit; when every bigram is common, those
    holding all of the question's own (`strong`) bigrams.
    """
    cap = min(cap, store.row_cap)
    tokens = [t for t in usable(grams) if not (len(t) == 1 and not t.isascii())]
    if not tokens:
        return []

    def count(found: list[str], any_token: bool) -> int:
        rows = store.fulltext("Passage", found, any_token=any_token, count=True, limit=cap)
        return int(rows[0]["n"]) if rows else 0

    if count(tokens, True) < cap:
        return [r["id"] for r in store.fulltext("Passage", tokens, any_token=True, limit=cap)]
    counted = sorted((count([t], False), t) for t in tokens)
    chosen, total = [], 0
    for n, token in counted:
        if n >= cap or total + n > cap:
            break
        chosen.append(token)
        total += n
    if chosen:
        return [r["id"] for r in store.fulltext("Passage", chosen, any_token=True, limit=cap)]
    own = [t for t in tokens if t in strong] or tokens
    return [r["id"] for r in store.fulltext("Passage", own, limit=cap)]


def passages_by_text(store: GraphStore, *, bigrams: list[str], weak: list[str] | None = None,
                     about: list[str] | None = None, names: list[str] | None = None,
                     label: str | None = None, doc: str | None = None,
                     limit: int = 5) -> list[dict[str, Any]]:
    """The `passages_by_text` query over candidates found through the full-text index: the
    passages holding the question's bigrams, those that mention what it names and those under
    a heading that writes one of its names (or every passage of `doc`)."""
    from queries.answer import run

    weak, about, names = list(weak or []), list(about or []), list(names or [])
    headed: list[str] = []
    for name in names:
        grams = han_bigrams(name)
        if grams:
            headed += [r["id"] for r in store.fulltext("Section", grams, name=name)]
    candidates: list[str] = []
    if doc is None:
        candidates = passage_candidates(store, bigrams + weak, bigrams)
        if about:
            candidates += [r["id"] for r in run(store, "passages_mentioning", {
                "ids": about, "limit": PASSAGES_BY_NAMES}).rows][:PASSAGES_BY_NAMES]
        if headed:
            candidates += [r["id"] for r in run(store, "section_passages", {
                "ids": headed, "limit": PASSAGES_BY_NAMES}).rows]
    return run(store, "passages_by_text", {
        "bigrams": bigrams, "weak": weak, "about": about, "headed": list(dict.fromkeys(headed)),
        "candidates": list(dict.fromkeys(candidates)), "label": label, "doc": doc,
        "limit": limit}).rows
