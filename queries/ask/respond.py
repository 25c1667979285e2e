"""Answering a question: run the plans, read the text, and say plainly what was not found.

An answer lists only things of the kind the question asks for. When a typed relationship
answers, its rows are the answer; when the question says more than its names and its kind
(依托, 揭牌, 在建), the sentence that best matches it decides which of them it means, or names
them itself. When nothing answers, the reply says so and shows the closest passages; it never
offers other names as if they were the answer.
"""

from __future__ import annotations

import re
from typing import Any

from graph.store import GraphStore, StoreError
from queries import ParamError, load_query
from queries.answer import Answer, AnswerItem, evidence, run
from queries.ask.kinds import labels_of, name_fits
from queries.ask.names import name_index, suggestions
from queries.ask.passages import (_add_aliases, _from_bureau_tasks, _from_passages, _from_task, _items,
                                  _plain_rows, _search, document_names, standing_alone)
from queries.ask.plans import LEAD, SUPPORT, Plan, plan
from queries.ask.reading import Parsed, _specific, parse
from queries.ask.targets import closest_passages, describe_targets
from queries.ask.text import LABEL_CUES, MAX_SENTENCE, ROLE_WORDS, content, normalise

# Several questions in one (…是哪些？该任务由哪个部门牵头？) are answered one by one.
_SPLIT = re.compile(r"[?？;；]+")
EXACT = ("task_bureaus", "tasks_by_bureau", "task_concerns", "entity", "bureau_task_names")


def narrow(items: list[AnswerItem], p: Parsed) -> list[AnswerItem]:
    """Keep the answers named as the specific kind asked for (哪些创新中心 → …创新中心), per label:
    a 研究院 is no answer to 哪些实验室."""
    if not p.kind or not p.kind.specific:
        return items
    out = []
    for label in dict.fromkeys(i.label for i in items):
        mine = [i for i in items if i.label == label]
        words = [w for w in p.kind.words if label in labels_of(w)]
        if words and all(w in p.kind.specific for w in words):
            # 哪些示范区和小镇: a name of any of the kinds asked for will do.
            mine = [i for i in mine if any(name_fits(n, w) for w in p.kind.specific for n in [i.name, *i.aliases])]
        out += mine
    return out


def _run_plans(store: GraphStore, planned: list[Plan], limit: int) -> tuple[Plan | None, list[AnswerItem], list[dict[str, Any]]]:
    chosen: Plan | None = None
    items: list[AnswerItem] = []
    rows: list[dict[str, Any]] = []
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
        elif pl.joint or {i.label for i in got} - {i.label for i in items}:
            # "哪些企业和机构": a plan for another of the asked kinds adds its answers.
            items += [g for g in got if g.id not in {i.id for i in items}]
            rows += _plain_rows(res.rows)
        else:
            break
    return chosen, items, rows


def _with_text(store: GraphStore, p: Parsed, chosen: Plan | None,
               items: list[AnswerItem]) -> tuple[list[AnswerItem], list[str], str | None]:
    """The answer after reading the best-matching sentences: (items, passages shown, note)."""
    exact = chosen is not None and chosen.intent in EXACT
    if "Task" in p.kinds or exact or not p.kinds or (chosen is not None and not _specific(p)):
        return items, [], None
    found, shown = _from_passages(store, p, p.kinds)
    found = narrow(found, p)
    # Everything a document names is no answer to a question that says more (承接…的重点平台):
    # only its matching sentence can tell which it means.
    listing = chosen is not None and chosen.intent == "document_entities"
    if not found:
        return ([], shown, None) if listing else (items, shown, None)
    if chosen is None or not items or (listing and not {i.id for i in items} & {i.id for i in found}):
        # No relationship answers, or none of its answers is of the kind asked (a place inside
        # the one named, where 哪个产业园 asks for a park by name): the sentence answers.
        return found, shown, "没有直接对应的关系；以下为与问题最相关的原文句子中提到的实体。"
    known = {i.id for i in items}
    said = {i.id for i in found}
    if known & said:
        # The sentence that matches the question picks out which of the related ones it means.
        kept = [i for i in items if i.id in said]
        picked = {x.id: x.sources for x in found}
        for i in kept:  # the sentence that picked it out is its first evidence
            i.sources = list(dict.fromkeys([*picked.get(i.id, []), *i.sources]))
        return kept + [x for x in found if x.id not in known], shown, \
            "按问题中的限定词，只列出与问题最相关的原文句子中提到的那些。"
    return items, [], None


def answer(store: GraphStore, question: str, *, limit: int = 100) -> Answer:
    """Answer a Chinese question from the graph. Never raises for a question it cannot read."""
    q = normalise(question)
    if not q:
        return Answer(question=question, suggestions=suggestions(store),
                      note="问题为空：请输入一个问题或名称，例如“哪些园区有某产业的企业”。")
    if len(q) > MAX_SENTENCE:
        return Answer(question=question[:MAX_SENTENCE], suggestions=suggestions(store),
                      note="问题过长（超过200字）：请用一句话提问。")
    parts = [x for x in _SPLIT.split(q) if len(x) >= 4]
    if len(parts) < 2:
        return _answer_one(store, question, q, limit)
    result = _answer_one(store, question, parts[0], limit)
    for part in parts[1:]:
        more = _answer_one(store, question, part, limit)
        known = {i.id for i in result.answers}
        result.answers += [i for i in more.answers if i.id not in known]
        result.evidence += [e for e in more.evidence if e.passage_id not in {x.passage_id for x in result.evidence}]
        result.rows += more.rows
        if result.intent is None and more.intent:
            result.intent, result.query, result.cypher, result.params = more.intent, more.query, more.cypher, more.params
    if result.answers:
        result.search, result.suggestions = [], []
    return result


def _answer_one(store: GraphStore, question: str, q: str, limit: int) -> Answer:
    index = name_index(store)
    parsed = parse(q, index)
    slots: dict[str, Any] = {k.lower(): [e.name for e in v] for k, v in parsed.entities.items()}
    for key, value in (("year", parsed.year), ("task_number", parsed.number),
                       ("document", parsed.document), ("asks", parsed.asks)):
        if value:
            slots[key] = value
    if parsed.kind:
        slots["kinds"] = parsed.kinds
    result = Answer(question=question, slots=slots)
    planned = plan(parsed)
    chosen, items, rows = _run_plans(store, planned, limit)
    if parsed.number and (chosen is None or chosen.intent == "task_concerns") and parsed.kinds:
        # What the task's own text names, beside (or instead of) its CONCERNS edges.
        known = {i.id for i in items}
        named = [x for x in _from_task(store, parsed, parsed.kinds) if x.id not in known]
        items += named
        if named and chosen is None:
            chosen = Plan("task_text", "task_text", {"number": parsed.number})
    if chosen is None and parsed.first("Bureau") and set(parsed.kinds) & {"Project", "Platform", "Enterprise",
                                                                          "Park", "Zone", "Industry"}:
        role = "support" if SUPPORT.search(q) else ("lead" if LEAD.search(q) else None)
        items = _from_bureau_tasks(store, parsed, role)
        if items:
            chosen = Plan("bureau_task_names", "tasks_by_bureau", {"bureau": parsed.first("Bureau"), "role": role})
    if chosen is not None and chosen.intent == "document_entities":
        # Names the document writes without a resolved mention are still named by it.
        known = {i.id for i in items}
        rows_ = document_names(store, chosen.params["id"], parsed.kinds)
        items += standing_alone(store, [g for g in _items(chosen, rows_) if g.id not in known])
    # What the question names is what it asks about, never its answer (合肥高新区 in 合肥高新区有哪些园区).
    named = {e.id for es in parsed.entities.values() for e in es}
    narrowed = [i for i in narrow(items, parsed) if i.id not in named]
    items, shown, note = _with_text(store, parsed, chosen, narrowed)
    if chosen is not None and not narrowed and items:
        chosen = None  # the sentence answered, not the relationship the plan walked
    if chosen is not None:
        result.intent, result.query = chosen.intent, chosen.query
        result.note = chosen.note or note
        result.cypher = load_query(chosen.query).cypher
        result.params = {k: v for k, v in chosen.params.items() if v is not None}
    elif items:
        result.intent, result.query = "passages", "passages_by_text"
        result.cypher = load_query("passages_by_text").cypher
        result.note = note
    if any(i.label == "Target" for i in items):
        describe_targets(store, items, parsed, rows)
    _add_aliases(store, items[:limit])
    result.answers = items[:limit]
    result.rows = rows[:limit]
    # Every answer's own sentences first (two each), then more of them while the cap allows.
    firsts = [s for i in result.answers for s in i.sources[:2]]
    result.evidence = evidence(store, firsts + [s for i in result.answers for s in i.sources[2:]], cap=200)
    if not result.answers:
        _no_answer(store, result, parsed, planned, shown, q)
    return result


def _no_answer(store: GraphStore, result: Answer, parsed: Parsed, planned: list[Plan], shown: list[str],
               q: str) -> None:
    """Say plainly that the graph holds no answer, and show what comes closest."""
    shown = shown or closest_passages(store, parsed)
    result.intent, result.query = "passages", "passages_by_text"
    result.cypher = load_query("passages_by_text").cypher
    result.evidence = evidence(store, shown)
    kind = "、".join(parsed.kind.words) if parsed.kind else ""
    if planned or parsed.kind:
        result.note = (f"图中没有找到这个问题的答案{f'（所问：{kind}）' if kind else ''}；"
                       + ("以下是与问题最相关的原文，供核对。" if shown else "也没有找到相关的原文。"))
    else:
        result.note = "没有读懂这个问题，图中也没有直接的答案；" + \
            ("以下是与问题最相关的原文。" if shown else "可以看看下面的检索结果，或换一种问法。")
    # What the question named, then the graph's names nearest to its other content words.
    hits = [AnswerItem(id=e.id, name=e.name, label=e.label) for es in parsed.entities.values() for e in es]
    words = re.split(r"\s+", ROLE_WORDS.sub(" ", LABEL_CUES.sub(" ", content(parsed.residue))))
    for word in sorted((w for w in words if len(w) >= 2), key=len, reverse=True)[:2]:
        hits += _search(store, word)
    if not hits:
        hits = _search(store, parsed.residue.replace(" ", "") or q) or _search(store, q)
    result.search = list({h.id: h for h in hits}.values())[:10]
    result.suggestions = name_index(store).suggestions

