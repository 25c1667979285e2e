"""Labelled facts read into one typed shape, whichever folder layout they come in.

Two layouts exist: the seed sample (`NNN.jsonl` + `NNN_questions.jsonl`, facts keyed by `doc`)
and the unseen-document sets (`gold.jsonl` + `questions.jsonl`, keyed by `file`, with a
`corpus/` folder beside them). Scoring, leave-one-document-out training and the quality tests
all read facts through here, so the matching rules of `gold/dev/README.md` are applied to both
layouts the same way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KIND_LABEL = {"zone": "Zone", "park": "Park", "industry": "Industry", "enterprise": "Enterprise",
              "platform": "Platform", "project": "Project", "bureau": "Bureau"}
PLACES = ("Zone", "Park")
INDUSTRY_RELS = ("FOCUSES_ON", "IN_INDUSTRY", "SUBINDUSTRY_OF")


@dataclass(frozen=True, slots=True)
class Relation:
    """An edge a fact states: `direction` "out" means from the fact's node."""

    rel: str
    direction: str
    other_labels: tuple[str, ...]
    other_names: tuple[str, ...]


@dataclass(slots=True)
class Fact:
    kind: str
    file: str  # the corpus file the fact is stated in
    names: list[str]
    required: bool
    labels: tuple[str, ...] = ()  # graph labels that may hold it (kind and alt_kind)
    relations: list[Relation] = field(default_factory=list)
    counted: bool = True  # False for reported figures (targets with status "actual")
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def doc(self) -> str:
        return Path(self.file).stem

    @property
    def where(self) -> str:
        line = self.raw.get("line")
        return f"{self.doc}:{line}" if line else self.doc

    @property
    def name(self) -> str:
        return self.names[0] if self.names else ""


@dataclass(slots=True)
class Question:
    q: str
    answer: list[str]
    files: list[str]
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def doc(self) -> str:
        return Path(self.files[0]).stem if self.files else str(self.raw.get("doc", ""))


@dataclass(slots=True)
class GoldSet:
    folder: Path
    facts: list[Fact]
    questions: list[Question]

    @property
    def corpus(self) -> Path | None:
        """The documents labelled here, when they come with the labels."""
        folder = self.folder / "corpus"
        return folder if folder.is_dir() else None

    def files(self) -> list[str]:
        return sorted({f.file for f in self.facts})

    def only(self, files: set[str]) -> "GoldSet":
        return GoldSet(self.folder, [f for f in self.facts if f.file in files],
                       [q for q in self.questions if set(q.files) & files])


def _as_list(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str) and v]


def _relations(kind: str, row: dict[str, Any]) -> list[Relation]:
    """The edges gold/dev/README.md scores, read from a fact's fields."""
    rels: list[Relation] = []

    def add(rel: str, direction: str, labels: tuple[str, ...], names: list[str]) -> None:
        for name in names:
            rels.append(Relation(rel, direction, labels, (name,)))

    place = _as_list(row.get("zone_or_park"))
    industries = _as_list(row.get("industries"))
    if kind == "zone":
        add("PART_OF", "out", ("Zone",), _as_list(row.get("parent")) or place)
        add("FOCUSES_ON", "out", ("Industry",), industries)
    elif kind == "park":
        add("LOCATED_IN", "out", PLACES, _as_list(row.get("zone")) or place)
        add("FOCUSES_ON", "out", ("Industry",), industries)
    elif kind == "industry":
        add("SUBINDUSTRY_OF", "out", ("Industry",), _as_list(row.get("parent")))
        add("FOCUSES_ON", "in", PLACES, place)
    elif kind in ("enterprise", "platform", "project"):
        if kind == "enterprise" and row.get("status") == "target":
            add("TARGETS", "in", PLACES, place)
        else:
            add("LOCATED_IN", "out", PLACES, place)
        add("IN_INDUSTRY", "out", ("Industry",), industries)
        if kind == "project":
            add("UNDERTAKEN_BY", "out", ("Enterprise",), _as_list(row.get("enterprise")))
    return rels


def fact_from_row(row: dict[str, Any], file: str | None = None) -> Fact | None:
    kind = row.get("kind")
    if not kind or kind == "document":
        return None
    names = [n for n in [row.get("name"), *(row.get("aliases") or [])] if isinstance(n, str) and n]
    labels = tuple(KIND_LABEL[k] for k in (kind, row.get("alt_kind")) if k in KIND_LABEL)
    counted = not (kind == "target" and row.get("status") not in (None, "goal"))
    return Fact(kind=kind, file=file or row.get("file") or f"{row.get('doc', '')}.txt",
                names=names, required=row.get("required", True) is not False,
                labels=labels, relations=_relations(kind, row), counted=counted, raw=row)


def _with_aliases(facts: list[Fact]) -> list[Fact]:
    """A relation's other end named by one form matches any form its own fact lists: the
    labels give aliases once, on the fact of the thing, not on every fact that points at it."""
    forms: dict[tuple[str, str], tuple[str, ...]] = {}
    for f in facts:
        for name in f.names:
            forms.setdefault((f.file, name), tuple(f.names))
    for f in facts:
        f.relations = [Relation(r.rel, r.direction, r.other_labels,
                                forms.get((f.file, r.other_names[0]), r.other_names))
                       for r in f.relations]
    return facts


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _question(row: dict[str, Any]) -> Question:
    files = _as_list(row.get("files")) or _as_list(row.get("file"))
    return Question(q=row["q_zh"], answer=_as_list(row.get("answer")), files=files, raw=row)


def load_gold(folder: str | Path) -> GoldSet:
    """Read either layout; raise FileNotFoundError naming what a labelled folder must hold."""
    root = Path(folder)
    facts: list[Fact] = []
    questions: list[Question] = []
    if (root / "gold.jsonl").is_file():
        facts = [f for f in map(fact_from_row, _rows(root / "gold.jsonl")) if f]
        if (root / "questions.jsonl").is_file():
            questions = [_question(r) for r in _rows(root / "questions.jsonl")]
        return GoldSet(root, _with_aliases(facts), questions)
    paths = sorted(root.glob("*.jsonl"))
    if not paths:
        raise FileNotFoundError(f"{root}: no labelled facts (gold.jsonl, or NNN.jsonl files)")
    for path in paths:
        rows = _rows(path)
        if path.stem.endswith("_questions"):
            questions.extend(_question(r) for r in rows)
        else:
            facts.extend(f for f in map(fact_from_row, rows) if f)
    return GoldSet(root, _with_aliases(facts), questions)
