"""Bureaus a measure names for itself, with their roles: 牵头单位:…;配合单位:… or
(区发改委牵头,区财政局配合).

A task list without a division table states who answers for each item inside the item, so
these are read when no annex row gives the task its bureaus.
"""

from __future__ import annotations

import re

from loaders import bureaus

_ROLE = re.compile(r"(牵头单位|牵头部门|责任单位|责任部门|负责单位|主责单位|配合单位|配合部门|协办单位|"
                   r"参与单位)[:：]\s*")
_LEAD_ROLES = ("牵头单位", "牵头部门", "责任单位", "责任部门", "负责单位", "主责单位")


def inline_bureaus(text: str) -> tuple[list[str], list[str]]:
    """Bureaus a measure names for itself: (牵头单位:区发改委;配合单位:区财政局),
    (区发改委牵头,区财政局配合), 责任单位:区商务局. Returns (lead, supporting)."""
    lead: list[str] = []
    support: list[str] = []
    roles = list(_ROLE.finditer(text))
    # Where a 牵头 unit is named, the 责任单位 beside it share the work: they support.
    leading = ("牵头单位", "牵头部门") if any(m.group(1).startswith("牵头") for m in roles) \
        else _LEAD_ROLES
    for k, m in enumerate(roles):
        stop = roles[k + 1].start() if k + 1 < len(roles) else len(text)
        span = re.split(r"[)）\]】。]", text[m.end():stop])[0].rstrip(";；,，、 ")
        items, _ = bureaus.parse_list(span, 0, default_level="district")
        (lead if m.group(1) in leading else support).extend(items)
    if lead or support:
        return lead, support
    for m in re.finditer(r"[(（]([^()（）]{2,80})[)）]", text):
        inner = m.group(1)
        for part in re.split(r"[,，;；]", inner):
            role = re.search(r"(牵头|负责|配合|参与|协助)(?:落实|推进)?$", part)
            if not role:
                continue
            items, end = bureaus.parse_list(part, 0, default_level="district")
            if items and part[end:] == part[role.start():]:
                (lead if role.group(1) in ("牵头", "负责") else support).extend(items)
    return lead, support
