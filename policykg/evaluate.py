"""Score the built graph against hand-labelled facts (the rules of gold/dev/README.md).

Quality is measured, not asserted: this prints recall per kind, relation recall, precision
per label and question accuracy, so a change to a rule shows its effect in numbers.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ontology.batch import Edge, Node
from policykg.settings import PROJECT_ROOT

DEFAULT_GOLD = PROJECT_ROOT.parent / "shared" / "gold" / "dev"

KIND_LABEL = {"zone": "Zone", "park": "Park", "industry": "Industry", "enterprise": "Enterprise",
              "platform": "Platform", "project": "Project", "bureau": "Bureau"}
PREFIXES = ("天津市", "滨海新区", "天津")
PLACES = ("Zone", "Park")


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


def number_of(value: Any) -> float | None:
    if isinstance(value, (int, float)):
        return float(value)
    m = re.search(r"-?\d+(?:\.\d+)?", str(value or ""))
    return float(m.group()) if m else None


@dataclass
class GraphIndex:
    nodes: dict[str, Node]
    forms: dict[str, set[str]]
    by_label: dict[str, list[str]]
    out_edges: dict[tuple[str, str], set[str]]  # (node id, rel) -> target ids
    in_edges: dict[tuple[str, str], set[str]]

    @classmethod
    def build(cls, nodes: Iterable[Node], edges: Iterable[Edge]) -> "GraphIndex":
        by_id = {n.id: n for n in nodes}
        forms = {}
        by_label: dict[str, list[str]] = defaultdict(list)
        for n in by_id.values():
            f: set[str] = set()
            for name in [n.name, *n.aliases]:
                f |= variants(name)
            forms[n.id] = f
            by_label[n.label].append(n.id)
        out_e: dict[tuple[str, str], set[str]] = defaultdict(set)
        in_e: dict[tuple[str, str], set[str]] = defaultdict(set)
        for e in edges:
            out_e[(e.src, e.rel)].add(e.dst)
            in_e[(e.dst, e.rel)].add(e.src)
        return cls(by_id, forms, by_label, out_e, in_e)

    def find(self, labels: Iterable[str], names: Iterable[str]) -> list[str]:
        wanted: set[str] = set()
        for name in names:
            if name:
                wanted |= variants(name)
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

    @property
    def value(self) -> float | None:
        return self.found / self.total if self.total else None


@dataclass
class Report:
    entity_recall: dict[str, Score] = field(default_factory=dict)
    relation_recall: dict[str, Score] = field(default_factory=dict)
    precision: dict[str, Score] = field(default_factory=dict)
    task_lead_recall: Score = field(default_factory=Score)
    questions: Score = field(default_factory=Score)
    question_recall: float | None = None

    def relation_overall(self) -> Score:
        s = Score()
        for sc in self.relation_recall.values():
            s.found += sc.found
            s.total += sc.total
        return s

    def as_dict(self) -> dict[str, Any]:
        def pack(d: dict[str, Score]) -> dict[str, Any]:
            return {k: {"value": v.value, "found": v.found, "total": v.total}
                    for k, v in sorted(d.items())}
        overall = self.relation_overall()
        return {"entity_recall": pack(self.entity_recall),
                "relation_recall": pack(self.relation_recall),
                "relation_recall_overall": overall.value,
                "precision": pack(self.precision),
                "task_lead_bureau_recall": self.task_lead_recall.value,
                "question_answer_recall": self.question_recall,
                "questions_scored": self.questions.total}


def load_gold(folder: Path) -> tuple[list[dict], list[dict]]:
    facts, questions = [], []
    for path in sorted(folder.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
        (questions if path.stem.endswith("_questions") else facts).extend(rows)
    return facts, questions


def _names(fact: dict) -> list[str]:
    return [n for n in [fact.get("name"), *(fact.get("aliases") or [])] if n]


def _as_list(value: Any) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else [v for v in value if isinstance(v, str)]


def _relations(fact: dict) -> list[tuple[str, str, tuple[str, ...], list[str]]]:
    """(relation, direction, other end's labels, other end's names) the README scores."""
    kind = fact["kind"]
    rels: list[tuple[str, str, tuple[str, ...], list[str]]] = []
    if kind == "zone":
        for parent in _as_list(fact.get("parent")):
            rels.append(("PART_OF", "out", ("Zone",), [parent]))
        for ind in _as_list(fact.get("industries")):
            rels.append(("FOCUSES_ON", "out", ("Industry",), [ind]))
    elif kind == "park":
        for zone in _as_list(fact.get("zone")):
            rels.append(("LOCATED_IN", "out", PLACES, [zone]))
        for ind in _as_list(fact.get("industries")):
            rels.append(("FOCUSES_ON", "out", ("Industry",), [ind]))
    elif kind == "industry":
        for parent in _as_list(fact.get("parent")):
            rels.append(("SUBINDUSTRY_OF", "out", ("Industry",), [parent]))
    elif kind in ("enterprise", "platform", "project"):
        for place in _as_list(fact.get("zone_or_park")):
            if kind == "enterprise" and fact.get("status") == "target":
                rels.append(("TARGETS", "in", PLACES, [place]))
            else:
                rels.append(("LOCATED_IN", "out", PLACES, [place]))
        for ind in _as_list(fact.get("industries")):
            rels.append(("IN_INDUSTRY", "out", ("Industry",), [ind]))
        if kind == "project":
            for ent in _as_list(fact.get("enterprise")):
                rels.append(("UNDERTAKEN_BY", "out", ("Enterprise",), [ent]))
    return rels


def _task_number(value: Any) -> str:
    return norm(str(value))


def evaluate(nodes: list[Node], edges: list[Edge], gold: Path,
             ask: Any = None) -> Report:
    facts, questions = load_gold(gold)
    g = GraphIndex.build(nodes, edges)
    report = Report()
    gold_names: dict[str, list[set[str]]] = defaultdict(list)
    for fact in facts:
        kind = fact["kind"]
        labels = [KIND_LABEL[k] for k in (kind, fact.get("alt_kind")) if k in KIND_LABEL]
        if labels:
            forms: set[str] = set()
            for n in _names(fact):
                forms |= variants(n)
            for label in labels:
                gold_names[label].append(forms)
        if not fact.get("required"):
            continue
        where = f"{fact.get('doc')}:{fact.get('line')}"
        if kind in KIND_LABEL:
            matched = g.find(labels, _names(fact))
            report.entity_recall.setdefault(kind, Score()).add(bool(matched),
                                                              f"{where} {fact.get('name')}")
            for rel, direction, other_labels, other_names in _relations(fact):
                others = set(g.find(other_labels, other_names))
                if rel in ("FOCUSES_ON", "IN_INDUSTRY", "SUBINDUSTRY_OF"):
                    others = g.industry_neighbours(others)
                ok = False
                for nid in matched:
                    linked = (g.out_edges if direction == "out" else g.in_edges).get((nid, rel), set())
                    if linked & others:
                        ok = True
                        break
                report.relation_recall.setdefault(rel, Score()).add(
                    ok, f"{where} {fact.get('name')} -{rel}- {other_names[0]}")
        elif kind == "target":
            value = number_of(fact.get("value"))
            year = fact.get("year")
            ok = any(number_of(g.nodes[nid].props.get("value")) == value
                     and (year is None or str(g.nodes[nid].props.get("year")) == str(year))
                     for nid in g.by_label.get("Target", ()))
            report.entity_recall.setdefault("target", Score()).add(
                ok, f"{where} {fact.get('subject')} {fact.get('metric')} {fact.get('value')}")
        elif kind == "task":
            number = _task_number(fact.get("number"))
            doc_stem = Path(fact.get("file", "")).stem
            tasks = [nid for nid in g.by_label.get("Task", ())
                     if _task_number(g.nodes[nid].props.get("number")) == number
                     and doc_stem in str(g.nodes[nid].props.get("doc", doc_stem))]
            report.entity_recall.setdefault("task", Score()).add(bool(tasks), f"{where} task {number}")
            for bureau in fact.get("lead_bureaus") or []:
                targets = set(g.find(("Bureau",), [bureau]))
                ok = any(g.out_edges.get((t, "LED_BY"), set()) & targets for t in tasks)
                report.task_lead_recall.add(ok, f"{where} task {number} led by {bureau}")
                report.relation_recall.setdefault("LED_BY", Score()).add(
                    ok, f"{where} task {number} led by {bureau}")
            for item in fact.get("city_support") or []:
                bureau = item.get("bureau") if isinstance(item, dict) else item
                if not bureau:
                    continue
                targets = set(g.find(("Bureau",), [bureau]))
                ok = any(g.out_edges.get((t, "SUPPORTED_BY"), set()) & targets for t in tasks)
                report.relation_recall.setdefault("SUPPORTED_BY", Score()).add(
                    ok, f"{where} task {number} supported by {bureau}")
    for label in KIND_LABEL.values():
        score = Score()
        known = gold_names.get(label, [])
        for nid in g.by_label.get(label, ()):
            ok = any(forms_match(g.forms[nid], forms) for forms in known)
            score.add(ok, f"{nid}")
        if score.total:
            report.precision[label] = score
    if ask is not None:
        recalls = []
        for q in questions:
            if not _is_name_set(q):
                continue
            got = ask(q["q_zh"])
            got_forms = [variants(a) | ({_task_number(a)} if a else set()) for a in got]
            hit = sum(1 for name in q["answer"]
                      if any(forms_match(variants(name), f) for f in got_forms))
            recall = hit / len(q["answer"]) if q["answer"] else 0.0
            recalls.append(recall)
            report.questions.add(recall >= 0.999, f"{q['doc']} {q['q_zh']} ({recall:.2f})")
        report.question_recall = sum(recalls) / len(recalls) if recalls else None
    return report


_NOT_NAMES = ("target", "value", "status", "attribute")


def _is_name_set(question: dict) -> bool:
    kind = str(question.get("kind_of_answer") or "")
    return bool(question.get("answer")) and not any(w in kind for w in _NOT_NAMES)


def evaluate_store(store: Any, gold: Path, questions: bool = True) -> Report:
    nodes, edges = store.dump()
    ask_fn = None
    if questions:
        try:
            from queries.ask import answer
        except ImportError:  # the question module is optional for scoring facts
            answer = None
        if answer is not None:
            def ask_fn(q: str) -> list[str]:
                result = answer(store, q)
                names = []
                for a in result.answers:
                    names.append(a.name)
                    names.extend(getattr(a, "aliases", None) or [])
                    number = (getattr(a, "props", None) or {}).get("number")
                    if number is not None:
                        names.append(str(number))
                return names
    return evaluate(nodes, edges, gold, ask=ask_fn)


def render(report: Report, console: Any, misses: int = 0) -> None:
    from rich.table import Table

    def fmt(s: Score) -> str:
        return "-" if s.value is None else f"{s.value:.3f} ({s.found}/{s.total})"

    table = Table("measure", "kind", "score", title="policykg eval")
    for kind, s in sorted(report.entity_recall.items()):
        table.add_row("entity recall", kind, fmt(s))
    for rel, s in sorted(report.relation_recall.items()):
        table.add_row("relation recall", rel, fmt(s))
    table.add_row("relation recall", "overall", fmt(report.relation_overall()))
    table.add_row("task lead-bureau recall", "Task→Bureau", fmt(report.task_lead_recall))
    for label, s in sorted(report.precision.items()):
        table.add_row("precision", label, fmt(s))
    overall_p = Score()
    for s in report.precision.values():
        overall_p.found += s.found
        overall_p.total += s.total
    table.add_row("precision", "overall", fmt(overall_p))
    if report.question_recall is not None:
        table.add_row("question answer-set recall", f"{report.questions.total} questions",
                      f"{report.question_recall:.3f}")
    console.print(table)
    if misses:
        for title, scores in (("missed", report.entity_recall), ("missed", report.relation_recall),
                              ("unmatched", report.precision)):
            for kind, s in sorted(scores.items()):
                for m in s.misses[:misses]:
                    console.print(f"{title} {kind}: {m}")
        for m in report.questions.misses[:misses]:
            console.print(f"question below full recall: {m}")
