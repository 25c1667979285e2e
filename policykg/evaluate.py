"""Score a graph against labelled facts, by the rules of gold/dev/README.md.

Quality is measured, not asserted: recall per kind and per relation, precision per label,
question answer-set recall and precision, and all of it per document, so a change to a rule
shows its effect in numbers and on which documents. Facts come through `policykg.gold`, which
reads the seed sample and the unseen-document sets alike.

Precision counts a node right when it matches a required labelled name, wrong when it matches
none, and not at all when it matches only facts labelled `required: false` (those "count
neither way"). Where labels are complete (the unseen-document sets) this precision is exact;
on the seed sample, a sample of the facts, it is a lower bound.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from ontology.batch import Edge, Node
from policykg.gold import INDUSTRY_RELS, KIND_LABEL, Fact, GoldSet, Question, load_gold
from policykg.settings import PROJECT_ROOT

DEFAULT_GOLD = PROJECT_ROOT.parent / "shared" / "gold" / "dev"
WILD_GOLD = PROJECT_ROOT.parent / "shared" / "gold" / "wild-dev"
PREFIXES = ("天津市", "滨海新区", "天津")

# What `ask` returns per answer: the forms (name, aliases, task number) of one answer item.
AskFn = Callable[[str], list[list[str]]]


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(ch for ch in text
                   if not ch.isspace() and unicodedata.category(ch)[0] not in "PSZ")


def variants(text: str) -> set[str]:
    base = norm(text)
    out = {base} if base else set()
    for prefix in PREFIXES:
        if base.startswith(prefix) and len(base) > len(prefix) + 1:
            out.add(base[len(prefix):])
    return out


def forms_match(a: set[str], b: set[str]) -> bool:
    for x in a:
        for y in b:
            if x == y:
                return True
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            if short and short in long_ and len(short) >= 0.75 * len(long_):
                return True
    return False


def forms_of(names: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for name in names:
        if name:
            out |= variants(name)
    return out


def number_of(value: Any) -> float | None:
    if isinstance(value, (int, float)):
        return float(value)
    m = re.search(r"-?\d+(?:\.\d+)?", str(value or ""))
    return float(m.group()) if m else None


def _task_number(value: Any) -> str:
    return norm(str(value))


def doc_of_passage(passage_id: str) -> str:
    """Passage ids are `<document id>:p<n>`; document ids are `doc:<file stem>`."""
    doc = passage_id.rsplit(":p", 1)[0]
    return doc[4:] if doc.startswith("doc:") else doc


@dataclass
class GraphIndex:
    nodes: dict[str, Node]
    forms: dict[str, set[str]]
    by_label: dict[str, list[str]]
    out_edges: dict[tuple[str, str], set[str]]  # (node id, rel) -> target ids
    in_edges: dict[tuple[str, str], set[str]]
    docs: dict[str, set[str]]  # node id -> stems of the documents whose passages name it

    @classmethod
    def build(cls, nodes: Iterable[Node], edges: Iterable[Edge]) -> "GraphIndex":
        by_id = {n.id: n for n in nodes}
        forms: dict[str, set[str]] = {}
        by_label: dict[str, list[str]] = defaultdict(list)
        docs: dict[str, set[str]] = defaultdict(set)
        for n in by_id.values():
            forms[n.id] = forms_of([n.name, *n.aliases])
            by_label[n.label].append(n.id)
            for src in n.props.get("sources") or ():
                docs[n.id].add(doc_of_passage(str(src)))
            if n.label == "Task" and n.props.get("doc"):
                docs[n.id].add(doc_of_passage(str(n.props["doc"]) + ":p0"))
        out_e: dict[tuple[str, str], set[str]] = defaultdict(set)
        in_e: dict[tuple[str, str], set[str]] = defaultdict(set)
        for e in edges:
            out_e[(e.src, e.rel)].add(e.dst)
            in_e[(e.dst, e.rel)].add(e.src)
            if e.rel == "MENTIONS":
                docs[e.dst].add(doc_of_passage(e.src))
        return cls(by_id, forms, by_label, out_e, in_e, docs)

    def find(self, labels: Iterable[str], names: Iterable[str]) -> list[str]:
        wanted = forms_of(names)
        if not wanted:
            return []
        return [nid for label in labels for nid in self.by_label.get(label, ())
                if forms_match(self.forms[nid], wanted)]

    def industry_neighbours(self, ids: Iterable[str]) -> set[str]:
        """An industry also matches through one SUBINDUSTRY_OF step (either way)."""
        out = set(ids)
        for i in list(out):
            out |= self.out_edges.get((i, "SUBINDUSTRY_OF"), set())
            out |= self.in_edges.get((i, "SUBINDUSTRY_OF"), set())
        return out


@dataclass
class Score:
    found: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.total += 1
        self.found += ok
        if not ok:
            self.misses.append(what)

    def merge(self, other: "Score") -> None:
        self.found += other.found
        self.total += other.total
        self.misses.extend(other.misses)

    @property
    def value(self) -> float | None:
        return self.found / self.total if self.total else None


def pooled(scores: Iterable[Score]) -> Score:
    out = Score()
    for s in scores:
        out.merge(s)
    return out


@dataclass
class DocScores:
    entities: Score = field(default_factory=Score)
    relations: Score = field(default_factory=Score)
    precision: Score = field(default_factory=Score)


@dataclass
class Report:
    entity_recall: dict[str, Score] = field(default_factory=dict)
    relation_recall: dict[str, Score] = field(default_factory=dict)
    precision: dict[str, Score] = field(default_factory=dict)
    task_lead_recall: Score = field(default_factory=Score)
    questions: Score = field(default_factory=Score)
    question_recall: float | None = None
    answer_precision: Score = field(default_factory=Score)
    by_doc: dict[str, DocScores] = field(default_factory=lambda: defaultdict(DocScores))

    def relation_overall(self) -> Score:
        return pooled(self.relation_recall.values())

    def entity_overall(self) -> Score:
        return pooled(self.entity_recall.values())

    def precision_overall(self) -> Score:
        return pooled(self.precision.values())

    def as_dict(self) -> dict[str, Any]:
        def pack(d: dict[str, Score]) -> dict[str, Any]:
            return {k: {"value": v.value, "found": v.found, "total": v.total}
                    for k, v in sorted(d.items())}
        docs = {doc: {"entity_recall": s.entities.value, "relation_recall": s.relations.value,
                      "precision": s.precision.value}
                for doc, s in sorted(self.by_doc.items())}
        return {"entity_recall": pack(self.entity_recall),
                "entity_recall_overall": self.entity_overall().value,
                "relation_recall": pack(self.relation_recall),
                "relation_recall_overall": self.relation_overall().value,
                "precision": pack(self.precision),
                "precision_overall": self.precision_overall().value,
                "task_lead_bureau_recall": self.task_lead_recall.value,
                "question_answer_recall": self.question_recall,
                "question_answer_precision": self.answer_precision.value,
                "questions_scored": self.questions.total,
                "documents": docs}


_NOT_NAMES = ("target", "value", "status", "attribute")


def _is_name_set(question: dict) -> bool:
    kind = str(question.get("kind_of_answer") or "")
    return bool(question.get("answer")) and not any(w in kind for w in _NOT_NAMES)


def _score_entity(g: GraphIndex, fact: Fact, report: Report) -> None:
    matched = g.find(fact.labels, fact.names)
    doc = report.by_doc[fact.doc]
    report.entity_recall.setdefault(fact.kind, Score()).add(bool(matched),
                                                           f"{fact.where} {fact.name}")
    doc.entities.add(bool(matched), f"{fact.kind} {fact.name}")
    for rel in fact.relations:
        others = set(g.find(rel.other_labels, rel.other_names))
        if rel.rel in INDUSTRY_RELS:
            others = g.industry_neighbours(others)
        edges = g.out_edges if rel.direction == "out" else g.in_edges
        ok = any(edges.get((nid, rel.rel), set()) & others for nid in matched)
        what = f"{fact.name} -{rel.rel}- {rel.other_names[0]}"
        report.relation_recall.setdefault(rel.rel, Score()).add(ok, f"{fact.where} {what}")
        doc.relations.add(ok, what)


def _score_target(g: GraphIndex, fact: Fact, report: Report) -> None:
    value = number_of(fact.raw.get("value"))
    year = fact.raw.get("year")
    ok = any(number_of(g.nodes[nid].props.get("value")) == value
             and (year is None or str(g.nodes[nid].props.get("year")) == str(year))
             for nid in g.by_label.get("Target", ()))
    what = f"{fact.raw.get('subject') or fact.raw.get('zone_or_park') or ''} " \
           f"{fact.raw.get('metric')} {fact.raw.get('value')}"
    report.entity_recall.setdefault("target", Score()).add(ok, f"{fact.where} {what}")
    report.by_doc[fact.doc].entities.add(ok, f"target {what}")


def _score_task(g: GraphIndex, fact: Fact, report: Report) -> None:
    number = _task_number(fact.raw.get("number"))
    tasks = [nid for nid in g.by_label.get("Task", ())
             if _task_number(g.nodes[nid].props.get("number")) == number
             and fact.doc in str(g.nodes[nid].props.get("doc", fact.doc))]
    doc = report.by_doc[fact.doc]
    report.entity_recall.setdefault("task", Score()).add(bool(tasks), f"{fact.where} task {number}")
    doc.entities.add(bool(tasks), f"task {number}")
    roles = [("LED_BY", b) for b in fact.raw.get("lead_bureaus") or []]
    for item in fact.raw.get("city_support") or []:
        bureau = item.get("bureau") if isinstance(item, dict) else item
        if bureau:
            roles.append(("SUPPORTED_BY", bureau))
    for rel, bureau in roles:
        targets = set(g.find(("Bureau",), [bureau]))
        ok = any(g.out_edges.get((t, rel), set()) & targets for t in tasks)
        what = f"task {number} {rel} {bureau}"
        if rel == "LED_BY":
            report.task_lead_recall.add(ok, f"{fact.where} {what}")
        report.relation_recall.setdefault(rel, Score()).add(ok, f"{fact.where} {what}")
        doc.relations.add(ok, what)


def _score_precision(g: GraphIndex, gold: GoldSet, report: Report) -> None:
    required: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    optional: dict[str, list[set[str]]] = defaultdict(list)
    for fact in gold.facts:
        forms = forms_of(fact.names)
        for label in fact.labels:
            (required[label].append((fact.doc, forms)) if fact.required
             else optional[label].append(forms))
    gold_docs = {f.doc for f in gold.facts}
    for label in KIND_LABEL.values():
        score = Score()
        for nid in g.by_label.get(label, ()):
            forms = g.forms[nid]
            hits = {doc for doc, f in required.get(label, ()) if forms_match(forms, f)}
            if not hits and any(forms_match(forms, f) for f in optional.get(label, ())):
                continue  # matches only a fact that counts neither way
            score.add(bool(hits), f"{nid}")
            for doc in g.docs.get(nid, set()) & gold_docs:
                report.by_doc[doc].precision.add(bool(hits), f"{label} {g.nodes[nid].name}")
        if score.total:
            report.precision[label] = score


def _score_questions(questions: list[Question], ask: AskFn, report: Report) -> None:
    recalls = []
    for q in questions:
        if not _is_name_set(q.raw | {"answer": q.answer}):
            continue
        got = [forms_of(item) | {_task_number(n) for n in item if n} for item in ask(q.q)]
        answer_forms = [variants(name) for name in q.answer]
        hit = sum(1 for f in answer_forms if any(forms_match(f, item) for item in got))
        recall = hit / len(q.answer)
        recalls.append(recall)
        report.questions.add(recall >= 0.999, f"{q.doc} {q.q} ({recall:.2f})")
        for item in got:
            report.answer_precision.add(any(forms_match(item, f) for f in answer_forms),
                                        f"{q.doc} {q.q}: {sorted(item)[0] if item else '?'}")
    report.question_recall = sum(recalls) / len(recalls) if recalls else None


def evaluate(nodes: list[Node], edges: list[Edge], gold: GoldSet | Path,
             ask: AskFn | None = None) -> Report:
    if not isinstance(gold, GoldSet):
        gold = load_gold(gold)
    g = GraphIndex.build(nodes, edges)
    report = Report()
    for fact in gold.facts:
        if not fact.required or not fact.counted:
            continue
        if fact.kind in KIND_LABEL:
            _score_entity(g, fact, report)
        elif fact.kind == "target":
            _score_target(g, fact, report)
        elif fact.kind == "task":
            _score_task(g, fact, report)
    _score_precision(g, gold, report)
    if ask is not None:
        _score_questions(gold.questions, ask, report)
    return report


def store_ask(store: Any) -> AskFn:
    """`ask` as the scorer sees it: per answer, its name, aliases and task number."""
    from queries.ask import answer

    def ask_fn(q: str) -> list[list[str]]:
        items = []
        for a in answer(store, q).answers:
            forms = [a.name, *(getattr(a, "aliases", None) or [])]
            number = (getattr(a, "props", None) or {}).get("number")
            if number is not None:
                forms.append(str(number))
            items.append([f for f in forms if f])
        return items
    return ask_fn


def evaluate_store(store: Any, gold: GoldSet | Path, questions: bool = True) -> Report:
    nodes, edges = store.dump()
    return evaluate(nodes, edges, gold, ask=store_ask(store) if questions else None)
