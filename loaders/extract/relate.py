"""The place and the industries of one named thing, as facts (LOCATED_IN, TARGETS, IN_INDUSTRY,
FOCUSES_ON), with the exceptions that leave partners, models named for comparison and things
abroad without a place.
"""

from __future__ import annotations

import re

from loaders.extract.cues import BENCHMARK, CLAUSE_MARK
from loaders.extract.firm_shapes import cue_status
from loaders.extract.scope import industries_in
from loaders.extract.state import State
from loaders.extract.where import host_park, place_for, port_for, zone_before
from loaders.extract.work_words import HOSPITAL_WORK
from loaders.extract.zone_refs import zone_refs
from loaders.industries import taxonomy
from loaders.lists import clause_start
from loaders.model import Passage, Ref
from loaders.zones import zone_lexicon


def relate_enterprise(st: State, p: Passage, ref: Ref, status: str) -> None:
    """A firm is in the place of its passage (present) or courted by it (target), and in
    the industries of its clause."""
    place = place_for(st, p)
    if place:
        # A partner named with 与 (加强与某集团协调) is neither here nor courted.
        if status == "target":
            st.out.fact("TARGETS", Ref(*place), ref, p.id)
        elif status == "present":
            st.out.fact("LOCATED_IN", ref, Ref(*place), p.id)
    for ind in industries_in(st, p, [], at=max(p.text.find(ref.surface), 0)):
        st.out.fact("IN_INDUSTRY", ref, ind, p.id)


def relate_named(st: State, p: Passage, ref: Ref, name: str, sentence_zone: list[str],
                 industries: list[Ref]) -> None:
    """Where a park, platform or project is (the zone its name begins with, a zone before
    it in its clause, the port or park of its sentence, else the passage's place) and the
    industries it is in: those its name carries, else those of its clause."""
    label = ref.label
    zone_in_name = None
    starts = [(e, surf) for s, e, surf in zone_refs(name) if s == 0 and e < len(name)]
    if starts:
        zone_in_name = max(starts)[1]  # 东疆港区…码头: the longest zone name it begins with
    else:
        bare = re.sub(r"^(?:天津市|天津|滨海新区)", "", name)
        # 某线渤龙湖站: a station of a line is at the place its own name gives.
        station = re.sub(r"^[\u4e00-\u9fff]{0,4}[A-Z]?\d{0,2}号?线(?=[\u4e00-\u9fff]{2,}站)", "",
                         bare)
        rest = 1 if station != bare else 3
        for core in sorted(st.zone_cores, key=len, reverse=True):
            if station.startswith(core) and len(station) >= len(core) + rest:
                zone_in_name = st.zone_cores[core]
                break
    place: tuple[str, str] | None
    near = zone_before(p.text, name, sentence_zone)
    port = port_for(st, p, name) if label in ("Project", "Platform") else None
    host = host_park(st, p, name) if label in ("Project", "Platform") else None
    if zone_in_name:
        place = ("Zone", zone_in_name)
    elif near:
        place = ("Zone", near)
    elif port:
        place = ("Zone", port)
    elif host:
        place = ("Park", host)
    else:
        place = place_for(st, p)
    if label == "Enterprise":
        pos = max(p.text.find(name), 0)
        status = cue_status(p.text, clause_start(p.text, pos), pos)
        st.out.mention("Enterprise", name, p.id, status=status)
        relate_enterprise(st, p, ref, status)
        return
    at = p.text.find(name)
    if at >= 0 and BENCHMARK.search(p.text, clause_start(p.text, at), at):
        place = None  # 缺乏类似某地某实验室: named as a model elsewhere, not here
    end = CLAUSE_MARK.search(p.text, at + len(name)) if at >= 0 else None
    clause = p.text[clause_start(p.text, at):end.start() if end else len(p.text)] \
        if at >= 0 else ""
    if not zone_in_name and re.search(r"与(?:[^，,。；;与]*、)?" + re.escape(name), clause) \
            and re.search(r"协同|合作|联动|对接|衔接|协作", clause):
        place = None  # 加强与甲研究院、乙基金的合作: a partner, wherever it is
    if place and place[0] == "Zone" and not zone_in_name and at > 0 and \
            p.text[at - 1] in "与和及、" and any(
                e == at - 1 and (zone_lexicon().canonical(z) or z) ==
                (zone_lexicon().canonical(place[1]) or place[1])
                for s, e, z in zone_refs(p.text)):
        place = None  # 推动甲区与乙示范区联动: named beside the zone, not inside it
    if at >= 0 and re.search(r"境外|国外", p.text[clause_start(p.text, at):at + len(name) + (
            CLAUSE_MARK.search(p.text[at + len(name):] + "。").start())]):
        place = None  # 推动某某经贸合作区等境外合作区: abroad, not in the plan's zone
    if place and label in ("Park", "Platform", "Project"):
        st.out.fact("LOCATED_IN", ref, Ref(*place), p.id)
        narrower = place_for(st, p)
        if zone_in_name and zone_lexicon().canonical(zone_in_name) == zone_lexicon().canonical(
                st.ctx.subject or "") and narrower and narrower[1] != st.ctx.subject:
            # 某高新区体育中心 in the part about one of its areas lies in that area too.
            st.out.fact("LOCATED_IN", ref, Ref(*narrower), p.id)
    if industries and at >= 0:
        industries = industries_in(st, p, [], at=at)  # only the lead of its own clause
    own = [Ref("Industry", c) for c in industries_named_in(name)]
    if label == "Project" and not own and HOSPITAL_WORK.search(name):
        # A hospital works in health care, whatever industries its sentence lists.
        own, industries = [Ref("Industry", st.out.mention("Industry", "医疗卫生",
                                                          p.id).surface)], []
    if label == "Park" or (label == "Zone" and st.line_focus.get(p.line) == (
            "Zone", name)):
        for ind in own or industries:
            st.out.fact("FOCUSES_ON", ref, ind, p.id)
    elif label in ("Platform", "Project"):
        for ind in own or industries:
            st.out.fact("IN_INDUSTRY", ref, ind, p.id)


def industries_named_in(name: str) -> list[str]:
    """The taxonomy's industries inside a name."""
    out = []
    for s, e, surf, canon in taxonomy().find(name):
        out.append(surf)
    return out
