"""Which industries a passage is about: the field label that opens a clause (甲领域,…), the lead
of its paragraph, the heading of its section. Narrowed to the clause where a thing is named,
since one sentence may run 甲领域,…;乙领域,… with firms of each.
"""

from __future__ import annotations

import re

from loaders.extract.cues import SUPERVISION, VERBISH
from loaders.extract.industry_words import LEAD_DOMAIN, NOT_AN_INDUSTRY, OPENS_SCOPE
from loaders.extract.state import State
from loaders.industries import industry_key, industryish
from loaders.model import Passage, Ref


def industries_in(st: State, p: Passage, zrefs: list, at: int | None = None) -> list[Ref]:
    """Industries this passage is about: its heading, a lead 'X领域,' and taxonomy names.

    With `at` (where a thing is named), only the lead whose clause holds it counts: one
    sentence may run 甲领域,…;乙领域,… and each scope has its own firms.
    """
    if supervised(st, p, paragraph=True):
        return scope_refs(st, p)
    leads: list[tuple[int, Ref]] = []
    for m in LEAD_DOMAIN.finditer(p.text):
        name = m.group(1).strip("“”\"—")
        # A label that opens its sentence (甲及乙领域，…) names one field, joined words and
        # all; one character (云领域) only under an industry heading. Elsewhere 甲及乙领域
        # is one field when the plan lists it as one.
        opening = m.start() == 0 and len(name) <= 10
        joined = re.search(r"[和与及]", name) and not re.search(r"[的、]", name) and bool(
            re.search(re.escape(name) + r"(?!领域)[、，,]", st.full_text))
        if not (2 <= len(name) <= 14 or (opening and len(name) == 1 and st.ctx.
                                         industry_of_section(p.section))):
            continue
        if VERBISH.search(name) or not (industryish(name) or len(name) >= 3 or opening):
            continue
        if re.search(r"[的、]|方面|三大|重点|主要|相关|等", name) or (
                re.search(r"[和与及]", name) and not (opening or joined)) or \
                NOT_AN_INDUSTRY.search(name):
            continue
        sec_ind = st.ctx.industry_of_section(p.section)
        parent = sec_ind[0] if sec_ind else None
        ref = st.out.mention("Industry", name, p.id)
        leads.append((m.start(), ref))
        if parent and industry_key(parent) != industry_key(name):
            st.out.fact("SUBINDUSTRY_OF", ref, Ref("Industry", parent), p.id)
        if m.start() == 0:
            # 创业孵化领域,…: the rest of the paragraph speaks of that domain, until the
            # next sentence that opens with another (核心芯片领域,… 整机终端领域,…).
            st.lead_lines.add(p.line)
            st.line_industry[p.line] = name
    if OPENS_SCOPE.match(p.text) and not any(start == 0 for start, _ in leads) and \
            p.line in st.lead_lines:
        # 端领域,… after 射频芯片领域,…: a new scope this reader cannot name; the earlier
        # one no longer holds, the section's industry still does.
        sec = st.ctx.industry_of_section(p.section)
        if sec:
            st.line_industry[p.line] = sec[0]
        else:
            st.line_industry.pop(p.line, None)
            st.lead_lines.discard(p.line)
    refs = scope_refs(st, p)
    if at is not None and leads:
        before = [ref for start, ref in leads if start <= at]
        if before:
            return [before[-1]]
        # Named before any lead of its sentence: the scope it is in began earlier.
        own = {ref for _, ref in leads}
        return [ref for ref in refs if ref not in own]
    return refs + [ref for _, ref in leads if ref not in refs]


def scope_refs(st: State, p: Passage) -> list[Ref]:
    """The industry of the passage's line scope (甲领域,…) or else of its section."""
    sec = st.ctx.industry_of_section(p.section)
    line = st.line_industry.get(p.line)
    return [Ref("Industry", line)] if line else [Ref("Industry", sec[0])] if sec else []


def context_industry(st: State, p: Passage) -> str | None:
    """The industry of the passage's paragraph lead or field label, else of its section."""
    line = st.line_industry.get(p.line)
    if line:
        return line
    sec = st.ctx.industry_of_section(p.section)
    return sec[0] if sec else None


def supervised(st: State, p: Passage, paragraph: bool = False) -> bool:
    """Whether the sentence (or the paragraph's lead, or its heading) is about safety
    checks: the fields it lists are inspected (工贸、建筑施工等领域隐患排查), not promoted."""
    if SUPERVISION.search(p.text):
        return True
    if not paragraph:
        return False
    lead = st.line_lead.get(p.line, "")
    title = st.ctx.sections[p.section].title if p.section in st.ctx.sections else ""
    return bool(SUPERVISION.search(lead) or SUPERVISION.search(title))


def known_industry(st: State, name: str) -> bool:
    """Whether a heading of the document names this industry."""
    key = industry_key(name)
    return any(industry_key(i) == key for i in st.ctx.section_industry.values() if i)
