"""Rows of rebuilt park tables (主题园区 | 重点发展产业 | 空间布局): the park, its place and its
industries. Location columns are not read for names.
"""

from __future__ import annotations

import re

from loaders.endings import label_of
from loaders.extract.industry_words import ACTIVITIES, NOT_AN_INDUSTRY
from loaders.extract.state import State
from loaders.extract.where import place_for
from loaders.extract.zone_refs import zone_refs
from loaders.model import Ref, TableRow
from loaders.name_checks import is_specific


def table_row(st: State, row: TableRow) -> None:
    """A park table row: the park (or a zone, by its suffix), its place (the zone its name
    begins with, its section's, its caption's, else the passage's) and the industries of
    its industry column."""
    header = [h or "" for h in row.header]
    cells = list(row.cells)
    if not cells:
        return
    col_name = next((i for i, h in enumerate(header)
                     if re.search(r"园区|载体|基地|平台|项目", h) and "指标" not in h), None)
    if col_name is None:
        return
    col_ind = next((i for i, h in enumerate(header) if re.search(r"产业|领域|方向", h)), None)
    name = cells[col_name].strip() if col_name < len(cells) else ""
    if not name or len(name) > 30:
        return
    label = label_of(name) or "Park"  # a row named by a zone suffix is that zone
    if not is_specific(name) and label_of(name):
        return
    ref = st.out.mention(label, name, row.passage)
    p = st.by_id.get(row.passage)
    place = None
    for s, e, surf in zone_refs(name):
        if s == 0 and e < len(name):
            place = ("Zone", surf)
        break
    if place is None:
        for sid in ([row.section] if row.section else []):
            z = st.ctx.zone_of_section(sid)
            if z:
                place = ("Zone", z)
    cap = zone_refs(row.caption or "")
    if place is None and cap:
        place = ("Zone", cap[0][2])
    if place is None and p is not None:
        place = place_for(st, p)
    if place and label != "Enterprise":
        st.out.fact("LOCATED_IN", ref, Ref(*place), row.passage)
    if col_ind is not None and col_ind < len(cells):
        for ind in re.split(r"[、，,;；/]", cells[col_ind]):
            ind = ind.strip()
            if ind in ACTIVITIES or NOT_AN_INDUSTRY.search(ind):
                continue  # 总部办公、研发: what the place is used for, not an industry
            if 2 <= len(ind) <= 14:
                iref = st.out.mention("Industry", ind, row.passage)
                rel = "FOCUSES_ON" if label == "Park" else "IN_INDUSTRY"
                if label in ("Park", "Platform", "Project"):
                    st.out.fact(rel, ref, iref, row.passage)
