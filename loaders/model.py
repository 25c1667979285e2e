"""Typed values passed between the loader stages: read → structure → extract → resolve → batch.

Offsets (`start`, `end`) are character offsets into `StructuredDocument.text` (the normalised
text); `line` is the 1-based line of the original file, so a fact can be checked by eye.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal


@dataclass(slots=True)
class RawDocument:
    """A file decoded to text. `encoding` is what was detected, never a silent guess."""

    path: Path
    file: str  # file name, as in the corpus folder
    raw_text: str  # decoded original text
    encoding: str
    # Normalised text (full-width forms, dashes, spaces) with site chrome blanked, and for
    # every character of it the offset of the character it came from in `raw_text`.
    text: str = ""
    offsets: list[int] = field(default_factory=list)


@dataclass(slots=True)
class DocMeta:
    title: str
    publisher: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd where known
    doc_number: str | None = None  # 文号, e.g. 津滨政发〔2020〕20号
    index_number: str | None = None  # 索引号
    kind: str = "policy"  # "policy" or "article" (an appended newspaper article)
    url: str | None = None  # where the text was published, when the file says


@dataclass(slots=True)
class Section:
    id: str  # stable: f"{doc_id}:s{order}"
    title: str  # the heading text, numbering included
    level: int  # 1 = 第X章/一、 … deeper numbers are deeper
    order: int  # position in document order
    parent: str | None  # parent section id; None at top level
    number: str | None = None  # 第三章 / 三 / (二) / 1 / 专栏3
    start: int = 0
    end: int = 0
    line: int = 0


PassageKind = Literal["sentence", "heading", "table_row", "task"]


@dataclass(slots=True)
class Passage:
    id: str  # stable: f"{doc_id}:p{n}"
    text: str
    start: int
    end: int
    line: int
    section: str | None  # section id
    kind: PassageKind = "sentence"


@dataclass(slots=True)
class TableRow:
    """A row of a table that the site flattened one cell per line, rebuilt."""

    table: str  # table id within the document, e.g. "表6-1" or f"{doc_id}:t{n}"
    caption: str
    header: list[str]
    cells: list[str]
    passage: str  # the passage id holding the row text
    line: int
    section: str | None = None
    group: str | None = None  # a label spanning rows (一、经济发展), where the table has one


@dataclass(slots=True)
class SupportItem:
    item: str  # what is asked of the city or national body
    bureau: str  # who is asked


@dataclass(slots=True)
class TaskRow:
    """A numbered task of a task-division document, its glued columns split."""

    number: str
    text: str
    section: str | None  # section id
    section_title: str | None
    passage: str  # the passage id of the task text
    line: int
    lead_bureaus: list[str] = field(default_factory=list)  # surface forms
    city_support: list[SupportItem] = field(default_factory=list)
    national_ministries: list[str] = field(default_factory=list)


@dataclass(slots=True)
class StructuredDocument:
    doc_id: str  # stable slug, "doc:" prefixed
    file: str
    meta: DocMeta
    text: str  # normalised text of this document (one article of the file)
    sections: list[Section] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    tables: list[TableRow] = field(default_factory=list)
    tasks: list[TaskRow] = field(default_factory=list)
    cites: list[str] = field(default_factory=list)  # titles of documents cited (《…》)
    line_offset: int = 0  # first line of this article in the file, for split files
    # For every character of `text`, its offset in the file's decoded text (RawDocument.raw_text).
    offsets: list[int] = field(default_factory=list)

    def section_by_id(self) -> dict[str, Section]:
        return {s.id: s for s in self.sections}

    def passage_by_id(self) -> dict[str, Passage]:
        return {p.id: p for p in self.passages}


@dataclass(slots=True)
class Mention:
    """A surface form of a domain thing, found in one passage."""

    label: str  # ontology label
    surface: str
    passage: str  # passage id
    props: dict[str, Any] = field(default_factory=dict)  # e.g. {"status": "target"}


@dataclass(slots=True)
class Ref:
    """One end of a fact: a label and a surface form (resolved later to a node id)."""

    label: str
    surface: str


@dataclass(slots=True)
class Fact:
    """A relationship stated by one passage, between surface forms."""

    rel: str
    src: Ref
    dst: Ref
    passage: str
    props: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class TargetFact:
    """A quantitative target stated by one passage."""

    subject: Ref | None  # what it measures, if named
    metric: str
    value: float
    unit: str | None
    year: int | None
    passage: str
    text: str  # the phrase that states it
    baseline: float | None = None


@dataclass(slots=True)
class TaskFact:
    """A task with its bureaus, as surface forms."""

    number: str
    text: str
    section_title: str | None
    passage: str
    lead_bureaus: list[str] = field(default_factory=list)
    city_support: list[SupportItem] = field(default_factory=list)
    national_ministries: list[str] = field(default_factory=list)
    concerns: list[Ref] = field(default_factory=list)
    # Passages that state the bureaus when they are not the task's own passage (the row of
    # a task-division annex); empty means `passage` states them.
    bureau_passages: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Extraction:
    """What the extractors found in one document, before resolution."""

    doc: StructuredDocument
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    targets: list[TargetFact] = field(default_factory=list)
    tasks: list[TaskFact] = field(default_factory=list)

    def extend(self, other: "Extraction") -> None:
        self.mentions.extend(other.mentions)
        self.facts.extend(other.facts)
        self.targets.extend(other.targets)
        self.tasks.extend(other.tasks)


class DocumentError(ValueError):
    """A document cannot be read or structured; the message names the file and the cause."""

    def __init__(self, file: str, cause: str) -> None:
        super().__init__(f"{file}: {cause}")
        self.file = file
        self.cause = cause
