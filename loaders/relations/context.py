"""The places of a document, as the relation families need them: in each passage, in each
section's heading, and the place the whole document is about."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from loaders.model import Extraction, Mention
from loaders.subject import Subject, subject_place
from loaders.zones import zone_lexicon

PLACE_LABELS = ("Zone", "Park")


@dataclass
class DocPlaces:
    subject: Mention | None
    subject_is_division: bool
    by_passage: dict[str, list[Mention]] = field(default_factory=dict)
    by_section: dict[str, Mention] = field(default_factory=dict)
    zones: list[Mention] = field(default_factory=list)
    parents: dict[str, str | None] = field(default_factory=dict)

    def in_passage(self, passage: str) -> list[Mention]:
        return self.by_passage.get(passage, [])

    def of_section(self, section: str | None) -> Mention | None:
        """The place a section's heading names, or its parent section's."""
        while section:
            if section in self.by_section:
                return self.by_section[section]
            section = self.parents.get(section)
        return None


def _same_place(a: str, b: str) -> bool:
    lex = zone_lexicon()
    return a == b or (lex.canonical(a) or a) == (lex.canonical(b) or b)


def doc_places(ex: Extraction) -> DocPlaces:
    """Collect the typed place mentions; the subject becomes a mention where the text does
    not name it in a passage (a title only), so facts can point at it."""
    doc = ex.doc
    by_passage: dict[str, list[Mention]] = defaultdict(list)
    zones: list[Mention] = []
    for m in ex.mentions:
        if m.label in PLACE_LABELS:
            by_passage[m.passage].append(m)
            if m.label == "Zone":
                zones.append(m)
    subject: Subject | None = subject_place(doc)
    subject_mention = None
    if subject is not None:
        subject_mention = next((m for m in zones if _same_place(m.surface, subject.name)), None)
        if subject_mention is None and doc.passages:
            first = next((p for p in doc.passages if subject.name in p.text), doc.passages[0])
            subject_mention = Mention("Zone", subject.name, first.id, {"family": "subject"})
            ex.mentions.append(subject_mention)
            zones.append(subject_mention)
    by_section: dict[str, Mention] = {}
    front = {s.id for s in doc.sections if s.level == 0}  # the whole text: its place is the subject
    for p in doc.passages:
        if p.kind != "heading" or not p.section or p.section in front:
            continue
        heads = [m for m in by_passage.get(p.id, []) if m is not subject_mention]
        if heads:
            by_section[p.section] = heads[0]
    parents = {s.id: s.parent for s in doc.sections}
    return DocPlaces(subject_mention, bool(subject and subject.division), dict(by_passage),
                     by_section, zones, parents)
