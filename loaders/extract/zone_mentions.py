"""Zones of a passage and how they nest (PART_OF): layout items (——某集聚区(北区):), areas a
thing is made into, alias definitions, zone names with their lexicon parents, quarters and
ports.
"""

from __future__ import annotations

import re

from loaders.endings import label_of
from loaders.extract.cues import CLAUSE_MARK, VERBISH
from loaders.extract.place_words import ALIAS_DEF, LAYOUT_ITEM, MADE_INTO_AREA
from loaders.extract.state import State
from loaders.extract.where import place_for
from loaders.extract.zone_refs import ZoneRefs, split_zone_prefix
from loaders.industries import industryish
from loaders.lists import clause_start
from loaders.model import Passage, Ref
from loaders.name_checks import is_specific
from loaders.name_start import strip_cues
from loaders.patterns import names_ending_with_suffix
from loaders.zones import zone_lexicon


def layout_item(st: State, p: Passage) -> None:
    """——某某产业集聚区(北区):… a layout list names a part of the zone it is in."""
    out = st.out
    m = LAYOUT_ITEM.match(p.text.strip())
    if m and strip_cues(m.group(1)) == m.group(1):
        name, short = m.group(1), m.group(2)
        label = label_of(name)
        if label in (None, "Park") and re.search(r"[区核]$", name):
            label = "Zone"  # ——某某集聚区(北区): a part of the area the layout divides
        if label in ("Zone", "Park") and len(name) >= 4:
            ref = out.mention(label, name, p.id)
            st.line_focus[p.line] = (label, name)
            if short:
                out.mention(label, short, p.id, alias_of=name)
            home = st.ctx.zone_of_section(p.section)
            if home and home != name:
                out.fact("PART_OF" if label == "Zone" else "LOCATED_IN", ref,
                         Ref("Zone", home), p.id)


def made_into_area(st: State, p: Passage) -> None:
    """将甲和乙打造成为某某区: what is made into an area is a place."""
    for m in MADE_INTO_AREA.finditer(p.text):
        for item in re.split(r"和|与|、", m.group(1)):
            if 2 <= len(item) <= 6 and label_of(item) in (None, "Zone") and is_specific(
                    item, "") and not industryish(item) and not VERBISH.search(item):
                st.out.mention("Zone", item, p.id)


def alias_definitions(st: State, p: Passage, zrefs: ZoneRefs) -> None:
    """天津滨海高新技术产业开发区(以下简称天津高新区): the short name is an alias of the full one."""
    text = p.text
    for m in ALIAS_DEF.finditer(text):
        before = text[: m.start()]
        hits = [h for h in names_ending_with_suffix(before) if h[1] == len(before)]
        zs = [z for z in zrefs if z[1] == m.start()]
        if hits:
            full, label = hits[-1][2], hits[-1][3]
        elif zs:
            full, label = zs[-1][2], "Zone"
        else:
            continue
        st.out.mention(label, full, p.id)
        st.out.mention(label, m.group(1), p.id, alias_of=full)


def zone_mentions(st: State, p: Passage, zrefs: ZoneRefs) -> list[str]:
    """Every zone of the passage, and what it is part of: the zone its name begins with, the
    port named last (for a 港区), the place of its section or document (for a 片区, town or
    street), its lexicon parent, the zone of which it is a quarter. Returns the zone names."""
    text = p.text
    out = st.out
    zone_names: list[str] = []
    for s, e, surf in zrefs:
        outer, inner = split_zone_prefix(surf)
        if outer:
            out.mention("Zone", outer, p.id)
            out.mention("Zone", inner, p.id)
            out.fact("PART_OF", Ref("Zone", inner), Ref("Zone", outer), p.id)
            zone_names.append(inner)
        else:
            out.mention("Zone", surf, p.id)
            zone_names.append(surf)
            abbr = re.match(r"[(（]([A-Z]{2,6})[)）]", text[e:])
            if abbr:  # 某某商务区(CBD): the zone is also known by its letters
                out.mention("Zone", surf + abbr.group(0), p.id, alias_of=surf)
        name = inner if outer else surf
        canon = zone_lexicon().canonical(name)
        if name.endswith("港") and len(name) >= 3:
            st.last_port = name
        if canon is None and name.endswith("港区") and st.last_port:
            out.fact("PART_OF", Ref("Zone", name), Ref("Zone", st.last_port), p.id)
        elif canon is None and re.search(r"(片区|港区|经济区|镇|街道|乡)$", name) and not re.search(
                r"日本|韩国|美国|德国|意大利|新加坡|俄罗斯|欧洲|上海|深圳|广州|重庆|成都", name):
            # A part of the zone in whose section or document it is described.
            home = place_for(st, p, exclude=name)
            end = CLAUSE_MARK.search(text, e)
            clause = text[clause_start(text, s):end.start() if end else len(text)]
            partner = re.search(r"与(?:[^，,。；;与]*、)?" + re.escape(name), clause) and \
                re.search(r"协同|合作|联动|对接|衔接|协作", clause)
            # 加强与甲、乙片区的协同联动: a neighbour the zone works with, not a part of it.
            if home and home[0] == "Zone" and home[1] != name and not outer and not partner:
                out.fact("PART_OF", Ref("Zone", name), Ref(*home), p.id)
        parent = zone_lexicon().parent(canon) if canon else None
        if parent:
            out.mention("Zone", parent, p.id)
            out.fact("PART_OF", Ref("Zone", name), Ref("Zone", parent), p.id)
        quarter = re.search(r"[东西南北中]区$", name)
        if quarter and canon is None and zone_lexicon().canonical(name[:quarter.start()]):
            # 某开发区东区: a quarter of the zone its name begins with.
            out.mention("Zone", name[:quarter.start()], p.id)
            out.fact("PART_OF", Ref("Zone", name), Ref("Zone", name[:quarter.start()]), p.id)
    return zone_names


def sentence_zones(st: State, text: str, zrefs: ZoneRefs, zone_names: list[str]) -> list[str]:
    """The zones a sentence places things in: not the document's own zone, and not a zone
    named only inside another name (天津市肿瘤医院), which places nothing else."""
    sentence_zone = [z for z in zone_names if z != st.ctx.subject]
    spans = [(s, e) for s, e, n, lab in names_ending_with_suffix(text) if lab != "Zone"]
    inside = {surf for s, e, surf in zrefs if any(a <= s and e <= b and (a, b) != (s, e)
                                                  for a, b in spans)}
    return [z for z in sentence_zone if z not in inside]
