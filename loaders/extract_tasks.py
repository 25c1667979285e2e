"""Tasks with their bureaus, and every bureau a document names.

Tasks come from the document's structure when it already split them (`doc.tasks`), else
from `task_table`, which reads the numbered measures and the glued task-division annex.
Bureaus are found in every passage by the naming conventions of `bureaus`; a collective
(各街镇, 各有关单位) counts only where it stands in a list next to a named body, since alone
it is as often a place as an addressee.
"""

from __future__ import annotations

from loaders import bureaus, task_table
from loaders.model import Extraction, Mention, Passage, StructuredDocument, TaskFact


def extract(doc: StructuredDocument) -> Extraction:
    ex = Extraction(doc=doc)
    if doc.tasks:
        pairs = [(t, None) for t in doc.tasks]
    else:
        pairs = task_table.tasks(doc)
    for row, annex in pairs:
        ex.tasks.append(TaskFact(
            number=row.number, text=row.text, section_title=row.section_title,
            passage=row.passage, lead_bureaus=list(row.lead_bureaus),
            city_support=list(row.city_support),
            national_ministries=list(row.national_ministries),
            bureau_passages=list(annex.line.passages) if annex is not None else []))
    for p in doc.passages:
        ex.mentions.extend(bureau_mentions(p))
    return ex


def bureau_mentions(passage: Passage) -> list[Mention]:
    spans = bureaus.find(passage.text)
    out = []
    for i, s in enumerate(spans):
        name = bureaus.canonical(s.surface)
        if name is None:
            continue
        if name.collective and not _listed(spans, i, passage.text):
            continue
        out.append(Mention("Bureau", s.surface, passage.id,
                           {"level": name.level, "canonical": name.name}))
    return out


def _listed(spans: list[bureaus.BureauSpan], i: int, text: str) -> bool:
    """A span stands in a list with a non-collective neighbour (…、各街镇、…)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(spans):
            a, b = (spans[j], spans[i]) if j < i else (spans[i], spans[j])
            gap = text[a.end:b.start]
            if len(gap) <= 1 and all(c in bureaus.LIST_SEPARATORS for c in gap):
                other = bureaus.canonical(spans[j].surface)
                if other is not None and not other.collective:
                    return True
    return False
