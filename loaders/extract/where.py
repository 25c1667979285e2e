"""Where a thing named in a passage is: the zone before it in its clause, the park its sentence
builds around, the port its paragraph names, else the place of its paragraph lead, its section
or the document.
"""

from __future__ import annotations

import re

from loaders.extract.cues import AROUND_PARK, SUPPORT_ZONE
from loaders.extract.state import State
from loaders.extract.work_words import IN_PORT, PORT_WORK
from loaders.extract.zone_refs import zone_refs
from loaders.lists import clause_start
from loaders.model import Passage


def place_for(st: State, p: Passage, exclude: str | None = None) -> tuple[str, str] | None:
    """(label, surface) of the nearest place: paragraph lead, section, document subject."""
    lz = st.line_zone.get(p.line)
    if lz and lz[1] != exclude:
        return lz
    z = st.ctx.zone_of_section(p.section)
    if z and z != exclude:
        return ("Zone", z)
    if st.ctx.subject and st.ctx.subject != exclude:
        return ("Zone", st.ctx.subject)
    return None


def zone_before(text: str, name: str, zones: list[str]) -> str | None:
    """The zone named just before a thing in the same clause (在某某片区建设…)."""
    at = text.find(name)
    if at < 0 or not zones:
        return None
    start = clause_start(text, at)
    spans = [(s, e, z) for s, e, z in zone_refs(text) if z in zones]
    # A zone inside a longer zone name (大港 in 大港港区) is not a place of its own here.
    spans = [(s, e, z) for s, e, z in spans
             if not any(a <= s and e <= b and (a, b) != (s, e) for a, b, _ in spans)]
    best, where = None, -1
    for s, e, z in spans:
        if re.search(r"、|及|与|和", text[e:at]):
            continue  # 甲工业区、乙产业基地 / 甲港区航道及乙铁路: a sibling, not its place
        if start <= s and e <= at and s > where:
            best, where = z, s
    if best is None:
        # 支持某片区以…为主攻方向,建设某特区: the zone its clause group is about.
        seg = max(text.rfind(c, 0, at) for c in "；;。") + 1
        lead = SUPPORT_ZONE.match(text, seg)
        if lead:  # the zone as the topic (支持某片区以…), not as an object (推动某区扩区)
            best = next((z for s, e, z in spans if s == lead.end() and re.match(
                r"以|聚焦|重点|加快|打造|建设", text[e:e + 2])), None)
    return best


def host_park(st: State, p: Passage, name: str) -> str | None:
    """围绕某谷建设,新建甲实验室、乙平台: what the sentence builds for a park lies in it."""
    m = AROUND_PARK.match(p.text)
    if not m or p.text.find(name) < m.end():
        return None
    parks = {x.surface for x in st.out.by_passage.get(p.id, ()) if x.label == "Park"}
    park = m.group(1).strip("“”\"")
    return park if park in parks else None


def port_for(st: State, p: Passage, name: str) -> str | None:
    """A port work (锚地, 航道, 码头, 集疏港…) or a thing the clause puts inside the port
    (港内打通某路) lies in the port its paragraph names last before it."""
    at = p.text.find(name)
    if at < 0:
        return None
    inside = bool(IN_PORT.match(p.text, clause_start(p.text, at)))
    if not (PORT_WORK.search(name) or inside) or zone_refs(name):
        return None  # 某港区某码头 carries its own place
    # In its own sentence a port area counts too; from the sentences before it, only a
    # whole port (a 港区 there is the place of the work named with it).
    ends = ("港", "港区")
    for q in reversed([q for q in st.by_line.get(p.line, []) if q.start <= p.start]):
        text = p.text if q.id == p.id else q.text
        ports = [(s, surf) for s, e, surf in zone_refs(text) if surf.endswith(ends)]
        if q.id == p.id:  # the nearest before it; after it only for 港内…, which names none
            before = [x for x in ports if x[0] < at]
            ports = before or ([x for x in ports if x[0] > at][:1] if inside else [])
        if ports:
            return ports[-1][1]
        ends = ("港",)
    return None
