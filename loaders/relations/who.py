"""Who is where and why: a firm courted or already there, by the tense of its cue.

引进/吸引/招引 say "to attract" in a plan (积极引进某某, 力争引进) and "attracted" in a
report (陆续引进了某某, 已吸引某某, 相继落地): the same verb, told apart by the aspect words
around it. A firm a report says was attracted is in the place, not its target.
"""

from __future__ import annotations

import re

from loaders.model import Extraction, Fact

# Aspect words that make a cue a reported fact: done, in the past, one after another.
_DONE = re.compile(r"了|已经|已|陆续|相继|先后|成功|累计|共计|先期|去年|今年以来|近年来|以来|"
                   r"落户|落地|签约|投产|开工|入驻|扎根")
_CLAUSE = re.compile(r"[。；;！!？?]")


def _clause(text: str, surface: str) -> str:
    at = text.find(surface)
    if at < 0:
        return text
    start = 0
    for m in _CLAUSE.finditer(text, 0, at):
        start = m.end()
    m = _CLAUSE.search(text, at)
    return text[start: m.start() if m else len(text)]


def reported_firms(ex: Extraction) -> None:
    """A firm courted in a sentence that reports it done is present, not a target."""
    passages = {p.id: p for p in ex.doc.passages}
    moved: set[str] = set()
    facts = []
    for f in ex.facts:
        p = passages.get(f.passage)
        if f.rel == "TARGETS" and p is not None and _DONE.search(_clause(p.text, f.dst.surface)):
            facts.append(Fact("LOCATED_IN", f.dst, f.src, f.passage, dict(f.props)))
            moved.add(f.dst.surface)
        else:
            facts.append(f)
    ex.facts = facts
    for m in ex.mentions:
        if m.label == "Enterprise" and m.surface in moved:
            m.props["status"] = "present"
