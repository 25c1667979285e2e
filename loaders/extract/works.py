"""Works, platforms and institutions found beside the suffix path: the platforms a lead
introduces, the role a plan gives a hospital, roads sharing one action, infrastructure in a
construction sentence, numbered lines, the airport a work extends, and a firm's 谷 named later
without the firm.
"""

from __future__ import annotations

import re

from loaders.endings import label_of
from loaders.extract.cues import VERBISH
from loaders.extract.relate import relate_named
from loaders.extract.state import Named, State
from loaders.extract.where import place_for, port_for
from loaders.extract.work_words import (
    ACTIONS,
    AIRPORT_WORK,
    BUILD_ONE,
    COLON_ITEM,
    HOSPITAL_ROLE,
    NOT_A_CARRIER,
    PLATFORM_LEAD,
    SHARED_ACTION,
    SHARED_LINES,
)
from loaders.extract.zone_refs import zone_refs
from loaders.model import Passage, Ref
from loaders.name_checks import acceptable, is_specific
from loaders.name_start import strip_cues, trim_left
from loaders.zones import zone_lexicon


def platform_leads(st: State, p: Passage) -> None:
    """聚焦重点平台…。甲:…。乙:…: after a lead about platforms, each sentence of the paragraph
    opening with a name and a colon describes one of them."""
    if PLATFORM_LEAD.search(p.text):
        st.platform_line = p.line
        return
    m = COLON_ITEM.match(p.text.strip())
    if not m or p.line != st.platform_line:
        return
    name = m.group(1)
    if label_of(name) not in (None, "Platform") or VERBISH.match(name) or \
            zone_lexicon().canonical(name) or not is_specific(name, "") or \
            NOT_A_CARRIER.search(name):
        return
    ref = st.out.mention("Platform", name, p.id)
    place = place_for(st, p)
    if place:
        st.out.fact("LOCATED_IN", ref, Ref(*place), p.id)


def hospital_roles(st: State, p: Passage, named: list[Named]) -> None:
    """某医院建成三级医院，成为北翼医疗中心: the role the plan gives one hospital is a name it
    goes by (某医院（北翼医疗中心）); a role shared by two hospitals names neither."""
    for m in HOSPITAL_ROLE.finditer(p.text):
        begin = max(p.text.rfind(c, 0, m.start()) for c in "。；;") + 1
        here = [n for n in named if n[3] == "Project" and n[2].endswith("医院") and
                begin <= n[0] and n[1] <= m.start()]
        if not here:
            continue
        s, e, name, _ = here[-1]
        if p.text[s - 1:s] in ("与", "和", "及", "、") or p.text[e:e + 1] in ("与", "和", "及", "、"):
            continue
        st.out.mention("Project", f"{name}（{m.group(1)}）", p.id, alias_of=name)


def shared_actions(st: State, p: Passage, named: list[Named]) -> None:
    """甲公路、乙大道拓宽改造: every road of the list takes the work written once at its end."""
    projects = {n[2] for n in named if n[3] == "Project"}
    for m in SHARED_ACTION.finditer(p.text):
        for item in m.group(1).split("、"):
            item = strip_cues(item.strip())
            if item in projects:
                st.out.mention("Project", item + m.group(3), p.id, alias_of=item)


def short_valleys(st: State) -> None:
    """A firm's 谷 named later without the firm is the same carrier."""
    for m in [m for m in st.out.mentions if m.label == "Park" and
              m.surface in st.firm_valleys]:
        st.out.relabel(m.surface, m.passage, "Park", "Platform")
        st.out.mention("Platform", m.surface, m.passage,
                       alias_of=st.firm_valleys[m.surface])
    for m in [m for m in st.out.mentions if m.label == "Platform" and
              m.surface.endswith("平台") and m.surface[:-2] in st.firm_valleys]:
        m.props["alias_of"] = st.firm_valleys[m.surface[:-2]]  # 星语谷平台: the same


def project_lists(st: State, p: Passage) -> None:
    """推动某某城际、某某南站建设: short infrastructure names in a construction sentence."""
    text = p.text
    lines_sharing_suffix(st, p)
    for m in BUILD_ONE.finditer(text):
        name = m.group(1)
        if name.endswith("建站"):
            continue  # 推进联合建站: building stations, not one station
        if re.search(r"(机场|锚地|航道|码头|物流枢纽|基站|充电站|加氢站|换电站)$", name) and \
                len(name) < 6 and \
                not zone_refs(name):
            continue  # 推进集装箱码头建设: a kind of port work, not a named one
        if acceptable(name, "Project") and is_specific(name, "") and \
                not zone_lexicon().canonical(name):
            ref = st.out.mention("Project", name, p.id)
            action = m.group(2) if m.group(2) in ACTIONS else None
            if action:
                st.out.mention("Project", name + action, p.id, alias_of=name)
            port = port_for(st, p, name)
            if port:
                st.out.fact("LOCATED_IN", ref, Ref("Zone", port), p.id)
            else:
                relate_named(st, p, ref, name, [], [])  # 某港某枢纽 lies in the zone it names
    if not re.search(r"(建设|建成|改造|拓宽|贯通|打通|开工|竣工|投用|提级|延伸|东延|西延|扩建|"
                     r"改扩建|通车|开通)", text):
        return
    for seg in re.split(r"[，。；：]", text):
        if "、" not in seg:
            continue
        items = seg.split("、")
        shared = next((a for a in ACTIONS if items[-1].rstrip("建设等").endswith(a)), None)
        for i, raw in enumerate(items):
            name = raw
            if i == 0:
                name = trim_left(name, 1, 2)
            if i == len(items) - 1:
                name = re.split(r"(?:等|建设|改造|工程建设|拓宽|贯通|开工|竣工|投用|提级|"
                                r"通车|开通|和|及|与)", name)[0]
            name = name.strip("“”\" ")
            raw_item = raw.strip("“”\" ")
            if not (3 <= len(name) <= 10):
                continue
            if not re.search(r"(路|大道|桥|站|线|隧道|地道|东延|西延|南延|北延|铁路|码头|"
                             r"航道|锚地)$", name) or not acceptable(name, "Project"):
                continue
            if VERBISH.search(name) or not is_specific(name, ""):
                continue
            if zone_lexicon().canonical(name) or re.search(r"(思路|道路|线路|路线|通道|主线|防线|"
                                                           r"底线|红线|一线|业务线|生产线|产品线|"
                                                           r"流水线|热线|战线|建站)$", name):
                continue
            ref = st.out.mention("Project", name, p.id)
            for action in ACTIONS:
                if raw_item.endswith(name + action) or (name + action) in raw_item:
                    st.out.mention("Project", name + action, p.id, alias_of=name)
                    break
            else:
                if shared:  # 加快甲公路、乙大道拓宽改造: the action is each one's
                    st.out.mention("Project", name + shared, p.id, alias_of=name)
            relate_named(st, p, ref, name, [], [])


def lines_sharing_suffix(st: State, p: Passage) -> None:
    """某铁1号线、2号线 / 轨道A1、A2线: numbered lines that share one name."""
    for m in SHARED_LINES.finditer(p.text):
        prefix = strip_cues(m.group(1))
        codes = re.split(r"、|和|及", m.group(2))
        for code in codes:
            code = code.strip()
            if not code:
                continue
            name = prefix + code + ("" if code.endswith("线") else "线")
            ref = st.out.mention("Project", name, p.id)
            place = place_for(st, p)
            if place:
                st.out.fact("LOCATED_IN", ref, Ref(*place), p.id)


def airports_of_works(st: State) -> None:
    """某某国际机场三期改扩建工程: the airport the work extends is a place, and the work
    lies there."""
    for m in list(st.out.mentions):
        if m.label != "Project":
            continue
        hit = AIRPORT_WORK.match(m.surface)
        if hit and is_specific(hit.group(1)) and not VERBISH.search(hit.group(1)):
            ref = st.out.mention("Zone", hit.group(1), m.passage)
            st.out.fact("LOCATED_IN", Ref("Project", m.surface), ref, m.passage)
