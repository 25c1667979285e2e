"""The graph's own names, the index questions are read against.

Every surface form of every domain entity (name, aliases, the short forms users type) is
loaded from the store and cached until the graph changes, so a new document's parks and firms
are understood as soon as they are built.
"""

from __future__ import annotations

import gc
import re
import threading
import time
import weakref
from dataclasses import dataclass, field

from graph.store import GraphStore
from queries import load_query
from queries.answer import run
from queries.ask.text import BUREAU_SHORT, GENERIC, bureau_forms, normalise

TEMPLATES = {"Industry": ["哪些园区有{}企业"], "Courted": ["{}的招商对接目标有哪些"], "Park": ["{}重点发展什么产业"],
             "Zone": ["{}重点发展什么产业"], "Bureau": ["哪些措施需要{}协助"]}


@dataclass
class Entry:
    id: str
    name: str
    label: str
    level: str | None = None


@dataclass
class NameIndex:
    """Every surface form of every domain entity, longest first, and the documents' titles."""

    keys: dict[str, list[Entry]] = field(default_factory=dict)
    ordered: list[str] = field(default_factory=list)
    documents: list[tuple[str, str]] = field(default_factory=list)  # (id, title)
    suggestions: list[str] = field(default_factory=list)
    fingerprint: tuple[int, int] | None = None
    # Every name and alias as written, by its first two characters.
    forms: dict[str, dict[str, list[dict]]] = field(default_factory=dict)

    def add_raw(self, form: str, row: dict) -> None:
        """A name or alias as written, for finding names in text (`named_in`)."""
        if len(form) >= 2:
            self.forms.setdefault(form[:2], {}).setdefault(form, []).append(row)

    def named_in(self, texts: list[str], labels: list[str] | tuple[str, ...] = ()) -> list[dict]:
        """The entities (of `labels`, or of any label) whose name or an alias of two or more
        characters occurs in one of the texts, with the texts' indexes where it does; longest
        name first. Looked up by each two characters of the texts, so the cost is that of the
        texts, not of the graph."""
        found: dict[str, dict] = {}
        for n, text in enumerate(texts):
            for i in range(len(text) - 1):
                for form, rows in self.forms.get(text[i:i + 2], {}).items():
                    if text.startswith(form, i):
                        for row in rows:
                            if labels and row["label"] not in labels:
                                continue
                            hit = found.setdefault(row["id"], {**row, "texts": []})
                            if n not in hit["texts"]:
                                hit["texts"].append(n)
        return sorted(found.values(), key=lambda r: (-len(r["name"]), r["id"]))

    def add(self, key: str, entry: Entry) -> None:
        key = normalise(key)
        if len(key) < 2 or key in GENERIC:
            return
        bucket = self.keys.setdefault(key, [])
        if all(e.id != entry.id for e in bucket):
            bucket.append(entry)

    def finish(self) -> None:
        self.ordered = sorted(self.keys, key=lambda k: (-len(k), k))

    def find(self, question: str) -> list[tuple[int, int, str, list[Entry]]]:
        """Longest non-overlapping names in the question: (start, end, key, entries)."""
        taken = [False] * len(question)
        found = []
        for key in self.ordered:
            if len(key) > len(question):
                continue
            start = question.find(key)
            while start >= 0:
                end = start + len(key)
                if not any(taken[start:end]):
                    for i in range(start, end):
                        taken[i] = True
                    found.append((start, end, key, self.keys[key]))
                start = question.find(key, start + 1)
        return sorted(found)


# Keyed by the store itself, weakly: an id() is reused once a store is gone, and a new store
# must never be read with an old store's names.
_cache: "weakref.WeakKeyDictionary[GraphStore, tuple[float, NameIndex]]" = weakref.WeakKeyDictionary()
_lock = threading.Lock()
CHECK_EVERY = 5.0  # seconds between checks that the graph has not changed


# A zone's name is also written without the word for its kind of zone.
PLACE_SUFFIX = re.compile(r"(片区|经济区|工业区)$")


def _short_forms(name: str, label: str) -> list[str]:
    """Forms a user types for a name: without the 产业/领域 suffix, bureau abbreviations."""
    forms = []
    if label == "Industry":
        for suffix in ("产业集群", "产业链", "产业", "行业", "领域"):
            if name.endswith(suffix) and len(name) - len(suffix) >= 2 \
                    and not re.search(r"[区市县省镇]$", name[: -len(suffix)]):  # 某区产业 is no industry
                forms.append(name[: -len(suffix)])
    if label == "Bureau":
        for short, full in BUREAU_SHORT:
            if full in name:
                forms.append(name.replace(full, short))
        forms += bureau_forms(name)  # a table's 市发改委 is asked about as 市发展改革委 too
    return forms


def load_index(store: GraphStore) -> NameIndex:
    index = NameIndex()
    place_forms: list[tuple[str, Entry]] = []
    per = max(1, store.row_cap // len(load_query("name_index").cypher.split("UNION ALL")))
    every = sorted(_paged(store, "name_index", {}, per=per), key=lambda r: r["id"])
    for r in every:
        entry = Entry(r["id"], r["name"], r["label"], r.get("level"))
        for form in [r["name"], *(r.get("aliases") or [])]:
            if not isinstance(form, str):
                continue
            index.add(form, entry)
            index.add_raw(form, r)
            for short in _short_forms(normalise(form), r["label"]):
                index.add(short, entry)
            if r["label"] == "Zone" and (m := PLACE_SUFFIX.search(normalise(form))):
                place_forms.append((normalise(form)[:m.start()], entry))
    # 临港片区 is also written 临港; such a form is kept only where it names nothing else and is no
    # part of an industry's name (海洋片区 must not take 海洋 from 海洋经济).
    industry_keys = [k for k, es in index.keys.items() if any(e.label == "Industry" for e in es)]
    for short, entry in place_forms:
        if len(short) >= 2 and short not in GENERIC and short not in index.keys \
                and not any(short in k for k in industry_keys):
            index.add(short, entry)
    docs = _paged(store, "documents", {}, per=store.row_cap)
    # Only documents with text of their own; cited titles are names, not documents we hold.
    index.documents = [(d["id"], normalise(d.get("title") or d.get("name") or "")) for d in docs
                       if d.get("sections")]
    index.suggestions = _suggestions(store)
    index.finish()
    return index


def _paged(store: GraphStore, query: str, params: dict, *, per: int) -> list[dict]:
    """Every row of a paged query (skip/limit), one call per page."""
    out: list[dict] = []
    skip = 0
    while True:
        rows = run(store, query, {**params, "skip": skip, "limit": per}, row_cap=store.row_cap).rows
        out += rows
        if not rows:
            return out
        skip += per


def _suggestions(store: GraphStore) -> list[str]:
    by_kind: dict[str, list[str]] = {}
    for r in run(store, "popular_names", {"limit": 2}).rows:
        kind = "Place" if r["label"] in ("Park", "Zone") else r["label"]
        by_kind.setdefault(kind, []).extend(t.format(r["name"]) for t in TEMPLATES.get(r["label"], []))
    # An industry question of each shape in turn: where its firms are, then whom it courts.
    courted = by_kind.pop("Courted", [])
    places = by_kind.get("Industry", [])
    mixed = [t for pair in zip(places, courted) for t in pair] + places[len(courted):] + courted[len(places):]
    if mixed:
        by_kind = {"Industry": mixed, **{k: v for k, v in by_kind.items() if k != "Industry"}}
    out: list[str] = []
    for rank in range(4):  # one of each kind first, so every kind of question is shown
        for texts in by_kind.values():
            if rank < len(texts) and texts[rank] not in out and len(out) < 6:
                out.append(texts[rank])
    return out


def suggestions(store: GraphStore) -> list[str]:
    """Example questions about this graph (cached with the name index)."""
    return name_index(store).suggestions


def fingerprint(store: GraphStore) -> tuple[int, int]:
    """Node and relationship counts: they change when the graph is rebuilt."""
    nodes = run(store, "graph_fingerprint").rows[0]["nodes"]
    rels = run(store, "relationship_count").rows[0]["relationships"]
    return int(nodes), int(rels)


def name_index(store: GraphStore, *, force: bool = False) -> NameIndex:
    """The cached index for this store, reloaded when the graph's counts change."""
    now = time.monotonic()
    with _lock:
        cached = _cache.get(store)
    if cached and not force and now - cached[0] < CHECK_EVERY:
        return cached[1]
    fp = fingerprint(store)
    if cached and not force and cached[1].fingerprint == fp:
        with _lock:
            _cache[store] = (now, cached[1])
        return cached[1]
    index = load_index(store)
    index.fingerprint = fp
    with _lock:
        _cache[store] = (now, index)
    _settle()
    return index


def _settle() -> None:
    """Keep the garbage collector off the name index: it holds hundreds of thousands of
    objects in a large library, and a full collection walking them pauses every request for
    up to a few hundred milliseconds. What is alive now is frozen (the previous index, freed
    here, is collected once first)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def refresh(store: GraphStore) -> None:
    """Drop the cached names after a rebuild."""
    with _lock:
        _cache.pop(store, None)

