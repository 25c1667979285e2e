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
                   r"落户|落地|签约|投产|开工|入驻|扎根|增资|扩产|在这里|在此")
# Words that make a cue a plan's: to be done.
_TO_DO = re.compile(r"将|拟|计划|力争|争取|积极|加快|推动|着力|大力|重点|鼓励|支持|瞄准|谋划")
# How a report reads (日前, 记者, 举行, 截至): a text that tells what happened, not what is planned.
_REPORT = re.compile(r"记者|日前|近日|获悉|举行|召开|发布会|截至|截止|今年以来|前三季度|上半年|一季度|签约仪式")
_PLAN = re.compile(r"到20\d\d年|力争|着力|加快|推动|积极|大力|十四五|十五五")
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


def is_report(text: str) -> bool:
    """A news report or a work report: its report words outnumber its plan words."""
    return len(_REPORT.findall(text)) > len(_PLAN.findall(text))


def reported_firms(ex: Extraction) -> None:
    """A firm courted in a sentence that reports it done is present, not a target; in a
    report, so is every firm its sentence does not say is still to come."""
    passages = {p.id: p for p in ex.doc.passages}
    report = is_report(ex.doc.text)
    moved: set[str] = set()
    facts = []
    for f in ex.facts:
        p = passages.get(f.passage)
        clause = _clause(p.text, f.dst.surface) if p is not None else ""
        if f.rel == "TARGETS" and p is not None and (
                _DONE.search(clause) or report and not _TO_DO.search(clause)):
            facts.append(Fact("LOCATED_IN", f.dst, f.src, f.passage, dict(f.props)))
            moved.add(f.dst.surface)
        else:
            facts.append(f)
    ex.facts = facts
    for m in ex.mentions:
        if m.label == "Enterprise" and m.surface in moved:
            m.props["status"] = "present"
