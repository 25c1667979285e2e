"""Answering a question: run the plans, fall back to the text, say plainly what was not found."""

from __future__ import annotations

import re
from typing import Any

from graph.store import GraphStore, StoreError
from queries import ParamError, load_query
from queries.answer import Answer, AnswerItem, evidence, run
from queries.ask.names import name_index, suggestions
from queries.ask.passages import (_add_aliases, _from_passages, _from_task, _items, _plain_rows, _search)
from queries.ask.plans import Plan, plan
from queries.ask.reading import _specific, parse
from queries.ask.text import COURTING, LABEL_CUES, MAX_SENTENCE, RELATED, ROLE_WORDS, bigrams, content, normalise

def answer(store: GraphStore, question: str, *, limit: int = 100) -> Answer:
    """Answer a Chinese question from the graph. Never raises for a question it cannot read."""
    q = normalise(question)
    if not q:
        return Answer(question=question, suggestions=suggestions(store),
                      note="问题为空：请输入一个问题或名称，例如“哪些园区有某产业的企业”。")
    if len(q) > MAX_SENTENCE:
        return Answer(question=question[:MAX_SENTENCE], suggestions=suggestions(store),
                      note="问题过长（超过200字）：请用一句话提问。")
    index = name_index(store)
    parsed = parse(q, index)
    slots: dict[str, Any] = {k.lower(): [e.name for e in v] for k, v in parsed.entities.items()}
    for key, value in (("year", parsed.year), ("task_number", parsed.number),
                       ("document", parsed.document), ("asks", parsed.asks)):
        if value:
            slots[key] = value
    result = Answer(question=question, slots=slots)
    chosen: Plan | None = None
    items: list[AnswerItem] = []
    rows: list[dict[str, Any]] = []
    planned = plan(parsed)
    shown: list[str] = []
    for pl in planned:
        try:
            res = run(store, pl.query, pl.params, row_cap=max(limit, 200))
        except (ParamError, StoreError):
            continue
        got = _items(pl, res.rows)
        if not got:
            continue
        if chosen is None:
            chosen, items, rows = pl, got, _plain_rows(res.rows)
        elif {chosen.intent, pl.intent} == {"platforms", "enterprises"}:
            # "哪些企业和机构": both kinds answer the question.
            items += [g for g in got if g.id not in {i.id for i in items}]
            rows += _plain_rows(res.rows)
        else:
            break
    labels = RELATED.get(parsed.asks or "", [])
    if parsed.asks == "Enterprise" and re.search(r"机构|平台|院所", q):
        labels = ["Enterprise", "Platform"]
    if parsed.number and (chosen is None or chosen.intent == "task_concerns"):
        # What the task's own text names, beside (or instead of) its CONCERNS edges.
        known = {i.id for i in items}
        named = [x for x in _from_task(store, parsed, labels) if x.id not in known]
        items += named
        if named and chosen is None:
            chosen = Plan("task_text", "task_text", {"number": parsed.number})
    if chosen is not None and chosen.intent == "targets" and len(items) > 1:
        # Many targets of one place: the ones whose wording matches the question come first.
        grams = bigrams(content(parsed.residue))
        text = {r.get("id"): f"{r.get('metric') or ''} {r.get('text') or ''}" for r in rows}
        items.sort(key=lambda i: (-(2 * sum(1 for g in grams if g in i.name)
                                    + sum(1 for g in grams if g in text.get(i.id, ""))), len(i.name)))
    if chosen is not None and chosen.intent == "document_entities":
        # Names the document writes without a resolved mention are still named by it.
        known = {i.id for i in items}
        kinds = RELATED.get(chosen.params["label"]) or [chosen.params["label"]]
        rows_ = run(store, "document_names", {"id": chosen.params["id"], "labels": kinds}).rows
        items += [g for g in _items(chosen, rows_) if g.id not in known]
    if chosen is not None:
        result.intent, result.query = chosen.intent, chosen.query
        result.note = chosen.note
        result.cypher = load_query(chosen.query).cypher
        result.params = {k: v for k, v in chosen.params.items() if v is not None}
    exact = chosen is not None and chosen.intent in ("task_bureaus", "tasks_by_bureau", "task_concerns")
    if parsed.asks != "Task" and not exact and (chosen is None or _specific(parsed)):
        # The sentence that best matches the question usually lists what it asks for.
        # Beside an answer from edges, a sentence adds names only when it is about the same thing.
        extra, shown = _from_passages(store, parsed, labels, on_topic=chosen is not None)
        known = {i.id for i in items}
        extra = [x for x in extra if x.id not in known]
        if extra and chosen is None:
            result.intent, result.query = "passages", "passages_by_text"
            result.cypher = load_query("passages_by_text").cypher
            result.note = "没有直接对应的关系；以下为与问题最相关的原文中提到的实体。"
        elif extra:
            result.note = "“原文提及”一项来自与问题最相关的原文句子。"
        items += extra
    first = next(iter(parsed.entities.values()))[0] if parsed.entities else None
    # A place's neighbours do not answer "its chip firms": an industry the plans filtered by stays.
    narrowed = first is not None and first.label != "Industry" and any(pl.params.get("industry") for pl in planned)
    if not items and first is not None and not shown and not narrowed:
        rel = run(store, "entity_relations", {"id": first.id, "limit": limit})
        courted = parsed.asks == "Enterprise" and bool(COURTING.search(q))
        # Neighbours of another kind, or firms present when the courted ones are asked, would
        # read as an answer to a question they do not answer.
        kept = [r for r in rel.rows if not courted or r.get("rel") == "TARGETS"]
        kinds = ["Enterprise"] if labels == RELATED["Enterprise"] and parsed.asks == "Enterprise" else labels
        items = [i for i in _items(Plan("entity", "entity_relations", {"id": first.id}), kept)
                 if not kinds or i.label in kinds]
        rows = _plain_rows(kept)
        if items:
            result.intent, result.query = "entity", "entity_relations"
            result.cypher = load_query("entity_relations").cypher
            result.params = {"id": first.id}
            result.note = f"没有直接回答这个问题的关系；以下为图中与“{first.name}”直接相连的实体。"
    _add_aliases(store, items[:limit])
    result.answers = items[:limit]
    result.rows = rows[:limit]
    result.evidence = evidence(store, [s for i in result.answers for s in i.sources])
    if not result.answers and shown:
        result.intent, result.query = "passages", "passages_by_text"
        result.cypher = load_query("passages_by_text").cypher
        result.evidence = evidence(store, shown)
        result.note = "图中没有直接回答这个问题的实体；以下为与问题最相关的原文。"
    if not result.answers:
        # What the question named, then the graph's names nearest to its other content words.
        hits = [AnswerItem(id=e.id, name=e.name, label=e.label) for es in parsed.entities.values() for e in es]
        words = re.split(r"\s+", ROLE_WORDS.sub(" ", LABEL_CUES.sub(" ", content(parsed.residue))))
        for word in sorted((w for w in words if len(w) >= 2), key=len, reverse=True)[:2]:
            hits += _search(store, word)
        if not hits:
            hits = _search(store, parsed.residue.replace(" ", "") or q) or _search(store, q)
        result.search = list({h.id: h for h in hits}.values())[:10]
        result.suggestions = index.suggestions
        if planned and not result.note:
            result.note = "读懂了问题，但图中没有找到答案（相关事实可能未被抽取）；可以看看下面的检索结果。"
        result.note = result.note or "没有读懂这个问题，或图中没有答案；可以看看下面的检索结果，或换一种问法。"
    return result
