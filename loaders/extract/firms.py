"""Firms found outside lists and the works they undertake: builders and makers named by a cue,
state groups by short name, what firms are to develop, projects named after a firm, and the
area where a firm builds.
"""

from __future__ import annotations

import re

from loaders import bureaus
from loaders.endings import label_of
from loaders.extract.cues import BUILDER, BUILD_VERB, BUILT_BY, MAKER, NOT_A_BUILDER
from loaders.extract.firm_shapes import cue_status, fused_firm, looks_like_brand
from loaders.extract.firm_words import HOLDING_ITEM, HOLDING_LIST, NOT_A_HOLDER
from loaders.extract.industry_phrases import is_industry_phrase
from loaders.extract.industry_words import DEVELOPED, GENERIC_KIND
from loaders.extract.relate import relate_enterprise
from loaders.extract.state import State
from loaders.extract.where import place_for
from loaders.industries import industryish, taxonomy
from loaders.lists import clause_start
from loaders.model import Mention, Passage, Ref
from loaders.name_start import trim_left
from loaders.zones import zone_lexicon


def developed_by_firms(st: State, p: Passage) -> None:
    """依托甲等企业,重点发展A、B等某某安全服务 / 发挥甲、乙带动作用,开发A、B等某某新药: what
    the clause has the firms develop, named by the word after 等, is their line of business."""
    firms = [m.surface for m in st.out.by_passage.get(p.id, ()) if m.label == "Enterprise"]
    if not firms:
        return
    pos = 0
    for seg in re.split(r"(?<=[；;])", p.text):
        here = [f for f in firms if f in seg]
        for m in DEVELOPED.finditer(seg):
            kind = m.group(1)
            if GENERIC_KIND.search(kind) or not is_industry_phrase(kind):
                continue
            ref = st.out.mention("Industry", kind, p.id)
            for firm in here:
                if seg.find(firm) < m.start():
                    st.out.fact("IN_INDUSTRY", Ref("Enterprise", firm), ref, p.id)
        pos += len(seg)


def builders(st: State, p: Passage) -> None:
    """支持某某建设某某基地 / 推进某某打造某某平台: who is to build a named carrier is a firm
    already there, when its name looks like a brand and no place, body or kind."""
    text = p.text
    for m in BUILDER.finditer(text):
        name = m.group(1)
        rest = text[m.end():]
        obj = re.split(r"[，,;；。]", rest)[0]
        if label_of(obj) not in ("Platform", "Park", "Project"):
            obj = re.split(r"[;；。]", rest)[0]
            if label_of(obj) not in ("Platform", "Park", "Project"):
                continue
        if label_of(name) or zone_lexicon().canonical(name) or bureaus.find(name) or \
                NOT_A_BUILDER.search(name) or not looks_like_brand(name):
            continue
        ref = st.out.mention("Enterprise", name, p.id, status="present")
        relate_enterprise(st, p, ref, "present")
    for m in MAKER.finditer(text):
        name = m.group(1)
        if label_of(name) or zone_lexicon().canonical(name) or industryish(name) or \
                taxonomy().canonical(name) or not looks_like_brand(name):
            continue
        ref = st.out.mention("Enterprise", name, p.id, status="present")
        relate_enterprise(st, p, ref, "present")


def holding_lists(st: State, p: Passage) -> None:
    """甲控股、乙建投、丙集团: state groups go by a short name and their business word, and
    are listed among the units that answer for a task; each is a firm already there."""
    text = p.text
    for m in HOLDING_LIST.finditer(text):
        items = m.group(0).split("、")
        # 健全甲控股: the name begins after the verb in front of the list.
        items[0] = trim_left(text[clause_start(text, m.start()):m.start() + len(items[0])], 2)
        if not any(i.endswith(("控股", "建投", "城投")) for i in items):
            continue  # a list of 集团 only is found by the suffix already
        for item in items:
            core = HOLDING_ITEM.fullmatch(item)
            if not core or NOT_A_HOLDER.search(core.group(1)) or zone_lexicon().canonical(item):
                continue
            ref = st.out.mention("Enterprise", item, p.id, status="present")
            place = place_for(st, p)
            if place:
                st.out.fact("LOCATED_IN", ref, Ref(*place), p.id)


def firms_where_their_works_are(st: State) -> None:
    """A firm building a work in an area of the zone (某某IDC算力中心 in 某片区) is present in
    that area; a firm only courted there (status target) is not."""
    status = {}
    for m in st.out.mentions:
        if m.label == "Enterprise":
            status.setdefault(m.surface, set()).add(m.props.get("status"))
    parts = {f.src.surface for f in st.out.facts if f.rel == "PART_OF"}
    places: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for f in st.out.facts:
        # Only an area the document places inside a broader one narrows where a firm is.
        if f.rel == "LOCATED_IN" and f.src.label == "Project" and f.dst.label == "Zone" \
                and f.dst.surface != st.ctx.subject and f.dst.surface in parts:
            places.setdefault((f.src.surface, f.passage), set()).add((f.dst.label, f.dst.surface))
    for f in list(st.out.facts):
        if f.rel != "UNDERTAKEN_BY" or "target" in status.get(f.dst.surface, {"target"}):
            continue
        for place in sorted(places.get((f.src.surface, f.passage), ())):
            st.out.fact("LOCATED_IN", f.dst, Ref(*place), f.passage)


def undertakers(st: State) -> None:
    """某某集团生产线扩建项目: a project named after an enterprise is undertaken by it."""
    firms = sorted({m.surface for m in st.out.mentions if m.label == "Enterprise"},
                   key=lambda f: (-len(f), f))
    for m in list(st.out.mentions):
        if m.label != "Project":
            continue
        # The firm whose name covers most of the project's front (某某云总部: 某某云, not
        # 某某集团); a port group does not undertake every work named after its port.
        best, covered = None, 0
        for firm in firms:
            core = re.sub(r"(集团|公司|有限公司)$", "", firm)
            if len(core) < 2 or not m.surface.startswith(core) or \
                    len(m.surface) <= len(firm) or zone_lexicon().canonical(core):
                continue
            cover = len(firm) if m.surface.startswith(firm) else len(core)
            if cover > covered:
                best, covered = firm, cover
        if best:
            st.out.fact("UNDERTAKEN_BY", Ref("Project", m.surface),
                        Ref("Enterprise", best), m.passage)
        else:
            firm = fused_firm(m.surface, st.by_id[m.passage].text)
            if firm:
                text = st.by_id[m.passage].text
                pos = max(text.find(m.surface), 0)
                status = cue_status(text, clause_start(text, pos), pos)
                ref = st.out.mention("Enterprise", firm, m.passage, status=status)
                st.out.fact("UNDERTAKEN_BY", Ref("Project", m.surface), ref, m.passage)
            else:
                builder = builder_of(st, m)
                if builder:
                    st.out.fact("UNDERTAKEN_BY", Ref("Project", m.surface),
                                Ref("Enterprise", builder), m.passage)


def builder_of(st: State, m: Mention) -> str | None:
    """支持某某公司建设以…为主的某某总部基地: the firm the sentence has build the work."""
    text = st.by_id[m.passage].text
    at = text.find(m.surface)
    if at < 0:
        return None
    start = max(text.rfind(c, 0, at) for c in "；;。") + 1
    firms = {x.surface for x in st.out.mentions if x.label == "Enterprise"}  # named anywhere
    best = None
    for b in BUILT_BY.finditer(text, start, at):
        if b.group(1) in firms and not BUILD_VERB.search(text, b.end(), at):
            best = b.group(1)  # no second build verb between: this work is the one built
    return best
