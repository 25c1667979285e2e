"""Industries named on their own: section headings, paragraph leads (新能源。), development
verbs (加快发展X产业), numbered systems (“2+5”现代产业体系) and national clusters; and the
taxonomy among all the industries a document names.
"""

from __future__ import annotations

import re

from loaders.endings import label_of
from loaders.extract.context import clean_title
from loaders.extract.cues import VERBISH
from loaders.extract.industry_phrases import is_industry_phrase, loose_industry
from loaders.extract.industry_words import (
    BUILD_INDUSTRY_AREA,
    DEVELOP_INDUSTRY,
    DEVELOP_SECTOR,
    KIND_OF_INDUSTRY,
    NATIONAL_CLUSTER,
    NOT_AN_INDUSTRY,
    NUMBERED_SYSTEM,
    SCOPE,
)
from loaders.extract.state import State
from loaders.extract.zone_refs import zone_refs
from loaders.industries import industry_key, industryish, taxonomy
from loaders.model import Passage, Ref
from loaders.name_start import strip_cues


def heading_industry(st: State, sid: str) -> None:
    """The industry a heading names, as a kind of the industry of the heading above it or
    of the cluster its parent heading names."""
    ind = st.ctx.industry_heading(sid)
    pid = st.ctx.section_heading_psg.get(sid) or st.ctx.first_psg_of_section.get(sid)
    if not ind or not pid:
        return
    ref = st.out.mention("Industry", ind, pid)
    sec = st.ctx.sections[sid]
    parent = st.ctx.industry_of_section(sec.parent) if sec.parent else None
    if parent:
        st.out.fact("SUBINDUSTRY_OF", ref, Ref("Industry", parent[0]), pid)
    else:
        cluster = st.ctx.cluster_of_section(sec.parent)
        if cluster and industry_key(cluster) != industry_key(ind):
            cref = st.out.mention("Industry", cluster, pid)
            st.out.fact("SUBINDUSTRY_OF", ref, cref, pid)


def run_in_lead_section(st: State, p: Passage) -> bool:
    """True when p's section was opened by a run-in lead (生物医药。依托…) on another line."""
    sec = st.ctx.sections.get(p.section)
    if sec is None or sec.line == p.line:
        return False
    return any(q.kind == "heading" and q.text.rstrip().endswith("。")
               for q in st.by_line.get(sec.line, ()))


def lead_industry(st: State, p: Passage, lead: str) -> bool:
    """新能源。/ 海水淡化产业。: a paragraph that opens by naming its industry."""
    name = strip_cues(lead)
    if name != lead:  # 促进某某科技发展。: the verb's object is the industry
        name = re.sub(r"(?<=[\u4e00-\u9fff]{2})发展$", "", name)
    sec = st.ctx.industry_of_section(p.section)
    sibling = bool(sec) and run_in_lead_section(st, p)
    if sibling:
        # 生物医药。依托…  新能源。扩大…: leads of the same shape are siblings; the
        # section the first one opened is not the broader industry of the next.
        up = st.ctx.sections[p.section].parent
        sec = st.ctx.industry_of_section(up) if up else None
    # Under an industry heading a bare product lead (调味品。) names a kind of it too.
    if not (is_industry_phrase(name) or taxonomy().canonical(name) or (
            sec and len(name) <= 8 and loose_industry(name))):
        return False
    in_industry_part = sec is not None or bool(re.search(
        r"产业|制造|集群|服务业|经济", clean_title(st.ctx.sections[p.section].title)
        if p.section in st.ctx.sections else ""))
    if not (in_industry_part or taxonomy().canonical(name) or re.search(
            r"(产业|制造|装备|材料|服务业)$", name)):
        return False
    ref = st.out.mention("Industry", name, p.id)
    st.line_industry[p.line] = name
    if sec and industry_key(sec[0]) != industry_key(name):
        st.out.fact("SUBINDUSTRY_OF", ref, Ref("Industry", sec[0]), p.id)
    elif not sibling:
        sec_title = clean_title(st.ctx.sections[p.section].title) if p.section in \
            st.ctx.sections else ""
        broad = strip_cues(sec_title)
        if broad != name and re.search(r"(产业|服务业)$", broad) and len(broad) <= 8 and \
                not VERBISH.search(broad):
            st.out.fact("SUBINDUSTRY_OF", ref, st.out.mention("Industry", broad, p.id),
                        p.id)
    return True


def developed_industries(st: State, p: Passage) -> None:
    """加快发展某某产业 / 提升某某产业水平 / 发展壮大甲和乙产业: an industry named as the
    object of a development verb, in any part of a plan."""
    for m in DEVELOP_INDUSTRY.finditer(p.text):
        obj = m.group(1)
        halves = re.split(r"和|与|及", obj)
        names = [h + "产业" for h in halves] if len(halves) == 2 and all(
            industryish(h) or taxonomy().canonical(h) for h in halves) else [obj + "产业"]
        for name in names:
            core = name[:-2]
            if len(core) < 2 or re.search(r"[和与及、的]", core) or VERBISH.search(core) or \
                    NOT_AN_INDUSTRY.search(name) or re.fullmatch(KIND_OF_INDUSTRY, core) or \
                    zone_refs(core) or re.search(r"一批|新兴$|新$", core):
                continue  # 培育一批原创性新兴产业: a kind of industry, not one
            st.out.mention("Industry", name, p.id)
    for m in DEVELOP_SECTOR.finditer(p.text):
        # 加快发展生态康养型农业: a sector named whole; its qualifier is part of the name.
        core = m.group(1)
        if re.search(r"[和与及、的]|一批", core) or VERBISH.search(core) or zone_refs(core) \
                or re.fullmatch(r"(?:新兴|相关|各类|传统|实体|全|本地|区域)+", core):
            continue
        st.out.mention("Industry", m.group(0)[m.start(1) - m.start():], p.id)
    for m in NUMBERED_SYSTEM.finditer(p.text):
        # “2+5”现代产业体系: a plan's numbered set of industries, named by its formula;
        # the document's other spellings of the formula are the same set.
        formula = m.group(0).split("”")[0]
        first = st.systems.setdefault(formula, m.group(0))
        if first == m.group(0):
            st.out.mention("Industry", first, p.id)
        else:
            st.out.mention("Industry", m.group(0), p.id, alias_of=first)
    for m in NATIONAL_CLUSTER.finditer(p.text):
        # 国家某某产业集群 / 某某国家级先进制造业集群: a designated cluster of one industry.
        core = SCOPE.sub("", m.group(1) or m.group(2))
        if len(core) >= 2 and not re.search(r"[和与及、的]|[型性级]$|^创新$", core) and not \
                VERBISH.search(core) and not re.fullmatch(KIND_OF_INDUSTRY, core) and not \
                zone_refs(core) and not label_of(core) and not NOT_AN_INDUSTRY.search(core):
            st.out.mention("Industry", core, p.id)
    for m in BUILD_INDUSTRY_AREA.finditer(p.text):
        # 打造某某产业集聚区: the area is a goal, the industry it gathers is named.
        core = SCOPE.sub("", m.group(1))
        if len(core) < 2 or re.search(r"[和与及、的]|[型性]$", core) or VERBISH.search(core) or \
                re.fullmatch(KIND_OF_INDUSTRY, core) or zone_refs(core) or \
                NOT_AN_INDUSTRY.search(core + "产业") or label_of(core):
            continue
        st.out.mention("Industry", core + "产业", p.id)


def industry_hierarchy(st: State) -> None:
    """Narrower industries the document names: a compound that begins with a broader name
    (氢能储运装备 under 氢能), and national categories under their parent category when
    the document names both."""
    first: dict[str, str] = {}
    for m in st.out.mentions:
        if m.label == "Industry":
            first.setdefault(m.surface, m.passage)
    for f in st.out.facts:  # 某生物安全实验室: a category reached only through a name
        if f.dst.label == "Industry" and taxonomy().canonical(f.dst.surface):
            first.setdefault(f.dst.surface, f.passage)
    tax = taxonomy()
    canon_seen = {tax.canonical(n): n for n in first if tax.canonical(n)}
    names = sorted(first, key=len, reverse=True)
    for name in names:
        if tax.canonical(name):
            parent = tax.parent(tax.canonical(name))
            if parent and parent in canon_seen:
                st.out.fact("SUBINDUSTRY_OF", Ref("Industry", name),
                            Ref("Industry", canon_seen[parent]), first[name])
            continue
        for broad in names:
            if len(broad) >= 2 and len(name) >= len(broad) + 2 and name.startswith(broad) \
                    and industryish(broad) and industry_key(broad) != industry_key(name) \
                    and name[len(broad)] not in "和与及、":  # 甲和乙 is not a kind of 甲
                st.out.fact("SUBINDUSTRY_OF", Ref("Industry", name), Ref("Industry", broad),
                            first[name])
                break
