"""What the rules of one document share while they read it.

The context of the section tree, what has been found so far, and the notes a passage leaves
for the passages after it: the zone or industry its paragraph's lead named, the layout item it
describes, the port named last, the paragraph whose lead introduces platforms. One typed
record rather than the attributes of one large class, so that each family of rules is a plain
function of it and what the families share is written down here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.context import DocContext
from loaders.extract.found import Found
from loaders.extract.zone_refs import zone_refs
from loaders.lists import ItemList
from loaders.model import Passage, Ref, StructuredDocument
from loaders.zones import zone_lexicon

# (start, end, name, label) of a name found in a passage.
Named = tuple[int, int, str, str]


@dataclass
class State:
    """The record every rule of one document reads and writes (see above)."""

    doc: StructuredDocument
    ctx: DocContext
    out: Found
    by_id: dict[str, Passage]
    by_line: dict[int, list[Passage]]  # the passages of each line (paragraph), in order
    line_lead: dict[int, str]  # the text of each line's first passage
    full_text: str  # every passage, for "does the document name this elsewhere"
    # 空港片区 → 空港: things named 空港… in this document lie in 空港片区.
    zone_cores: dict[str, str]
    # Notes for the rest of a paragraph, by line: the zone a short lead names, the industry a
    # lead or field label names, the layout item (——某集聚区:) the line describes, the
    # platform or park the paragraph opens with.
    line_zone: dict[int, tuple[str, str]] = field(default_factory=dict)
    line_industry: dict[int, str] = field(default_factory=dict)
    line_focus: dict[int, tuple[str, str]] = field(default_factory=dict)
    line_subject: dict[int, Ref] = field(default_factory=dict)
    lead_lines: set[int] = field(default_factory=set)  # lines whose lead opened a field scope
    last_port: str | None = None  # the port named last, for a 港区 named after it
    platform_line: int = -1  # the paragraph whose lead is about platforms
    firm_valleys: dict[str, str] = field(default_factory=dict)  # 星语谷 → 某公司星语谷
    # Lists whose head names the firms' line of business, linked once the items are firms.
    pending_kinds: list[tuple[str, ItemList, str]] = field(default_factory=list)
    systems: dict[str, str] = field(default_factory=dict)  # “2+5” → the first spelling seen

    @classmethod
    def of(cls, doc: StructuredDocument) -> State:
        """The state before the first rule: the context, the paragraphs, and the short cores
        of the zones the document names."""
        ctx = DocContext(doc)
        zone_cores: dict[str, str] = {}
        for p in doc.passages:
            for s, e, surf in zone_refs(p.text):
                m = re.match(r"^([\u4e00-\u9fff]{2,4})(片区|经济区)$", surf)
                if m and not zone_lexicon().canonical(surf):
                    zone_cores.setdefault(m.group(1), surf)
        by_line: dict[int, list[Passage]] = {}
        for p in doc.passages:
            by_line.setdefault(p.line, []).append(p)
        line_lead: dict[int, str] = {}
        for q in doc.passages:
            line_lead.setdefault(q.line, q.text)
        return cls(doc=doc, ctx=ctx, out=Found(), by_id=doc.passage_by_id(), by_line=by_line,
                   line_lead=line_lead, full_text="\n".join(p.text for p in doc.passages),
                   zone_cores=zone_cores)
