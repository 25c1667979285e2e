"""Answers read from the text: the entities named in the sentences that best match a question."""

from __future__ import annotations

import re
from typing import Any

from graph.store import GraphStore
from queries.answer import AnswerItem, plain, run, source_ids
from queries.find import passages_by_text, search
from queries.ask.names import _paged, name_index
from queries.ask.plans import Plan
from queries.ask.kinds import name_fits
from queries.ask.clauses import Clause, best_clauses, carry, clauses, outermost
from queries.ask.reading import Parsed, specific_words, where_subject
from queries.ask.text import LABEL_CUES, bigrams, bureau_forms, content

def _items(plan_: Plan, rows: list[dict[str, Any]]) -> list[AnswerItem]:
    by_id: dict[str, AnswerItem] = {}
    if plan_.fits:
        fit = [r for r in rows if any(name_fits(str(r.get("name") or ""), w) for w in plan_.fits)]
        rows = fit or rows
    if plan_.nearest:
        depths = [r["depth"] for r in rows if isinstance(r.get("depth"), int)
                  and (not plan_.labels or r.get("label") in plan_.labels)]
        rows = [r for r in rows if not depths or r.get("depth") == min(depths)]
    for r in rows:
        if plan_.role and r.get("role") and r["role"] != plan_.role:
            continue
        if plan_.level and r.get("level") and r["level"] != plan_.level:
            continue
        if plan_.labels and r.get("label") not in plan_.labels:
            continue
        if plan_.rels and r.get("rel") not in plan_.rels:
            continue
        rid, name, label = r.get("id"), r.get("name"), r.get("label")
        if not rid or name is None or not label:
            continue
        item = by_id.get(rid)
        if item is None:
            props = {k: plain(v) for k, v in r.items()
                     if k not in ("id", "name", "label", "sources", "aliases") and v is not None}
            role = r.get("role") or r.get("status") or r.get("how")
            detail = " · ".join(str(x) for x in (r.get("place"), r.get("via"), r.get("bureau"), r.get("item"))
                                if x)
            aliases = list(r.get("aliases") or [])
            if label == "Bureau":
                aliases += [f for f in bureau_forms(str(name)) if f not in aliases]
            item = by_id[rid] = AnswerItem(id=rid, name=str(name), label=label, aliases=aliases, props=props,
                                           role=role, detail=detail or None)
        item.sources.extend(s for s in source_ids([r]) if s not in item.sources)
    return list(by_id.values())


def _search(store: GraphStore, text: str, label: str | None = None, limit: int = 10) -> list[AnswerItem]:
    rows = search(store, text[:50], label=label, limit=limit)
    return [AnswerItem(id=r["id"], name=r["name"], label=r["label"], aliases=list(r.get("aliases") or []))
            for r in rows]


def _named_in(store: GraphStore, texts: dict[str, str], labels: list[str],
              skip: set[str]) -> list[AnswerItem]:
    """Entities named in these texts (source passage id → text), each with the passages naming it."""
    if not any(texts.values()):
        return []
    rows = name_index(store).named_in(list(texts.values()), labels)[:200]
    out = []
    for r in rows:
        if r["id"] in skip:
            continue
        forms = [f for f in [r["name"], *(r.get("aliases") or [])] if len(f) >= 2]
        sources = [pid for pid, t in texts.items() if pid and any(written(f, t) for f in forms)]
        if not sources:
            continue
        out.append(AnswerItem(id=r["id"], name=r["name"], label=r["label"],
                              aliases=list(r.get("aliases") or [])
                              + (bureau_forms(r["name"]) if r["label"] == "Bureau" else []),
                              sources=sources, role="mentioned"))
    return out


def document_names(store: GraphStore, doc_id: str, labels: list[str]) -> list[dict[str, Any]]:
    """Entities of `labels` whose name or an alias a document's own passages write, linked to
    them or not, with the first two passages that do; by name."""
    passages = _paged(store, "document_passages", {"id": doc_id}, per=store.row_cap)
    found = name_index(store).named_in([r["text"] or "" for r in passages], labels)
    rows = [{"id": r["id"], "name": r["name"], "label": r["label"], "aliases": list(r.get("aliases") or []),
             "sources": [passages[n]["id"] for n in r["texts"][:2]]} for r in found]
    return sorted(rows, key=lambda r: r["name"])[:200]


# A sentence that opens with 其中 picks out part of the one before it (…既有A类，又有B类。其中，
# A类有甲、乙): it is about what that one is about.
GOES_ON = re.compile(r"^\s*其中")


def _before(passage_id: str) -> str:
    """The id of the passage before this one (ids are `{doc}:p{n}`, loaders/passages.py)."""
    doc, _, n = passage_id.rpartition(":p")
    return f"{doc}:p{int(n) - 1}" if n.isdigit() else ""


def _from_passages(store: GraphStore, p: Parsed, labels: list[str],
                   on_topic: bool = True) -> tuple[list[AnswerItem], list[str]]:
    """The entities of the asked labels named in the clauses that best match the question.

    With on_topic, a passage counts only when it names what the question names (when it names
    anything), or sits under a heading that does. Returns the items and the passages read; when
    the best clauses name nothing of the asked kind, no items and the best passage alone.
    """
    residue = p.residue.replace(p.document_words, " ") if p.document_words else p.residue
    strong = bigrams(content(residue))[:40]
    weak = [g for g in bigrams(content(p.question)) if g not in strong and g not in
            bigrams(p.document_words or "")][:40]
    if len(strong) + len(weak) < 2:
        return [], []
    about = [e.id for es in p.entities.values() for e in es][:20]
    names = list(dict.fromkeys(k for ks in p.keys.values() for k in ks))[:20]
    rows = passages_by_text(store, bigrams=strong, weak=weak, about=about, names=names, label=None,
                            doc=p.document, limit=10)
    # A passage that shares only kind words (基地, 企业) with the question is not about it.
    topic = bigrams(LABEL_CUES.sub(" ", content(residue)))
    need = -(-len(topic) // 3)
    keys = [k for ks in p.keys.values() for k in ks]
    # "某某在哪里" about a name the graph does not hold: only a passage that writes it is about it.
    subject = where_subject(p)
    rows = [r for r in rows if not subject or subject in (r.get("text") or "")]

    by_id = {r["passage_id"]: r for r in rows}

    def read(r: dict[str, Any]) -> str:
        """A passage's text, after the one it goes on from (其中，…) when that one ranks too."""
        text = r.get("text") or ""
        before = by_id.get(_before(r["passage_id"])) if GOES_ON.match(text) else None
        return (before.get("text") or "") + text if before else text

    def named_here(r: dict[str, Any]) -> bool:
        text = read(r)
        return bool(r.get("headed") or any(k in text for k in keys)
                    or any(m.get("id") in about for m in r.get("mentions") or []))

    def covered(r: dict[str, Any]) -> int:
        return sum(1 for g in topic if g in read(r))

    kept = [r for r in rows if covered(r) >= need and (not (on_topic and about) or named_here(r))]
    items, shown = _read_rows(store, p, labels, kept) if kept else ([], [])
    if items or not (on_topic and about):
        return items, shown
    # A passage holding half the question's own words is about it without writing its names
    # (京津冀协同发展工作督导: the sentence on the 督导 need not say 京津冀 again), when no passage
    # that writes them answers.
    most = max(3, -(-len(topic) // 2))
    wider = [r for r in rows if covered(r) >= most and r not in kept]
    if not wider:
        return items, shown
    more, shown_more = _read_rows(store, p, labels, wider)
    return (more, shown_more) if more else (items, shown)


def _read_rows(store: GraphStore, p: Parsed, labels: list[str],
               kept: list[dict[str, Any]]) -> tuple[list[AnswerItem], list[str]]:
    """The entities of the asked labels named in the best clauses of these passages."""
    texts = {r["passage_id"]: r.get("text") or "" for r in kept}
    skip = {e.id for es in p.entities.values() for e in es}
    found = [AnswerItem(id=m["id"], name=m["name"], label=m["label"], sources=[r["passage_id"]], role="mentioned")
             for r in kept for m in r.get("mentions") or [] if m.get("id") and m["id"] not in skip]
    named = [x for x in labels if x != "Target"]
    if named or not labels:
        found += _named_in(store, texts, named, skip)
    found = [i for i in found if not labels or i.label in labels]
    _add_aliases(store, found)
    own, kind_grams = specific_words(p)
    written = [f for r in kept for m in r.get("mentions") or [] if m.get("name")
               for f in [m["name"]] if len(f) >= 2] + [f for i in found for f in [i.name, *i.aliases] if len(f) >= 2]
    every = carry([c for r in kept for c in clauses(r["passage_id"], r.get("text") or "", own, kind_grams)],
                  written)

    def names_in(c: Clause, item: AnswerItem) -> bool:
        if c.passage_id not in item.sources:
            return False
        return item.label == "Target" or any(f in c.text for f in [item.name, *item.aliases] if len(f) >= 2)

    # Only a clause that names something of the asked kind can answer; the best of those do.
    chosen = best_clauses([c for c in every if any(names_in(c, i) for i in found)])
    if not chosen:
        best = best_clauses(every)
        return [], [(best[0] if best else every[0]).passage_id] if every else []
    items: dict[str, AnswerItem] = {}
    for item in found:
        if not any(names_in(c, item) for c in chosen):
            continue
        if item.id in items:
            items[item.id].sources += [s for s in item.sources if s not in items[item.id].sources]
        else:
            items[item.id] = item
    inner = outermost({i.id: [f for f in [i.name, *i.aliases] if len(f) >= 2]
                       for i in items.values() if i.label != "Target"}, [c.text for c in chosen])
    result = [i for i in items.values() if i.id not in inner]
    for i in result:
        if i.label == "Bureau":
            i.aliases += [f for f in bureau_forms(i.name) if f not in i.aliases]
    return result, list(dict.fromkeys(c.passage_id for c in chosen))


def _from_task(store: GraphStore, p: Parsed, labels: list[str]) -> list[AnswerItem]:
    """What task N names in its own text, when no CONCERNS edge says it."""
    texts = {}
    for t in run(store, "task_text", {"number": p.number}).rows:
        texts[(t.get("sources") or [t["id"]])[0]] = t.get("text") or ""
    return _named_in(store, texts, labels, set())


def _from_bureau_tasks(store: GraphStore, p: Parsed, role: str | None) -> list[AnswerItem]:
    """What the tasks a bureau leads (or supports) name in their own text: 区交通局牵头推进哪些项目."""
    bureau = p.first("Bureau")
    if not bureau:
        return []
    texts: dict[str, str] = {}
    for t in run(store, "tasks_by_bureau", {"bureau": bureau, "role": role, "limit": 200}).rows:
        texts[(t.get("sources") or [t["id"]])[0]] = t.get("text") or ""
    skip = {e.id for es in p.entities.values() for e in es}
    return _named_in(store, texts, [x for x in p.kinds if x != "Target"], skip)




# Marks that close off a name written as a word of its own: list and clause marks, 等, 和.
_BEFORE = r"(?:^|[、，,：:；;（(“\"与和及同])"
_AFTER = r"(?:[、，,。；;：:等）)”\"和及与]|$)"


def alone(form: str, text: str) -> bool:
    """Whether the text writes this form as a word of its own somewhere."""
    return bool(re.search(_BEFORE + re.escape(form) + _AFTER, text))


def written(form: str, text: str) -> bool:
    """Whether a text names this form: a two-character form (航运, 研发) only where it stands as a
    word of its own, since it is a piece of many longer words; a longer one wherever it occurs."""
    return form in text and (len(form) > 2 or alone(form, text))


def standing_alone(store: GraphStore, items: list[AnswerItem]) -> list[AnswerItem]:
    """Keep the names a text writes as a word of its own (…、腾讯、…), not as a piece of a longer
    word (研发 in 研发设计, 城市 in 城市群): a whole document holds every short word somewhere."""
    ids = list(dict.fromkeys(s for i in items for s in i.sources))[:200]
    if not ids:
        return []
    texts = {r["passage_id"]: r.get("text") or "" for r in run(store, "passages", {"ids": ids}).rows}
    return [i for i in items if any(alone(f, texts.get(s, "")) for s in i.sources
                                    for f in [i.name, *i.aliases] if len(f) >= 2)]


def _add_aliases(store: GraphStore, items: list[AnswerItem]) -> None:
    """Aliases for answers whose query did not return them: the text may use any of the names."""
    ids = list(dict.fromkeys(i.id for i in items))  # forms made here (区发改委) are not the stored ones
    if not ids:
        return
    found = {r["id"]: r.get("aliases") or [] for r in run(store, "aliases", {"ids": ids, "limit": 500}).rows}
    for item in items:
        item.aliases += [a for a in found.get(item.id, []) if isinstance(a, str) and a not in item.aliases]


def _plain_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: plain(v) for k, v in r.items()} for r in rows]

