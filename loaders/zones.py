"""The administrative-zone gazetteer (lexicons/zones.json) and its matcher.

Zones are the one kind of thing a lexicon may name outright: districts, functional zones and
their official short names are public administrative facts, true of any document. The matcher
prefers the longest form so that 天津港保税区 is not read as 保税区 plus noise.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON = Path(__file__).with_name("lexicons") / "zones.json"

# A short form (a district name without 区) is a zone only when no longer word continues it
# (the full name is caught as such; a group named after a district must not become a zone).
_SHORT_FOLLOW = re.compile(r"[、，,。；;：:和与及等的)）”\s\d]|$")
# A zone name that goes on as an organisation's name is not the zone (…港集团, …管委会).
_ORG_FOLLOW = re.compile(r"(?:集团|公司|有限|股份|控股|管委会|管理委员会|海关)")


@dataclass(frozen=True)
class ZoneEntry:
    name: str
    aliases: tuple[str, ...]
    kind: str
    parent: str | None
    short: tuple[str, ...] = ()


@dataclass
class ZoneLexicon:
    entries: dict[str, ZoneEntry]
    by_form: dict[str, str] = field(default_factory=dict)  # surface form -> canonical name
    short_forms: dict[str, str] = field(default_factory=dict)
    heads: set[str] = field(default_factory=set)  # first two characters of every full name
    _pattern: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        for e in self.entries.values():
            for form in (e.name, *e.aliases):
                self.by_form.setdefault(form, e.name)
            for form in e.short:
                self.short_forms[form] = e.name
            if len(e.name) >= 3:
                self.heads.add(e.name[:2])
        forms = sorted({*self.by_form, *self.short_forms}, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(f) for f in forms))

    def canonical(self, surface: str) -> str | None:
        return self.by_form.get(surface) or self.short_forms.get(surface)

    def parent(self, name: str) -> str | None:
        e = self.entries.get(name)
        return e.parent if e else None

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, surface, canonical name) of every zone form in `text`, longest first."""
        out = []
        assert self._pattern is not None
        for m in self._pattern.finditer(text):
            surface = m.group(0)
            if surface in self.short_forms and surface not in self.by_form:
                if not _SHORT_FOLLOW.match(text, m.end()):
                    continue
                if m.start() and text[m.start() - 1] + surface[0] in self.heads:
                    continue  # 天津南站: the short form's first character ends another place
            if _ORG_FOLLOW.match(text, m.end()):
                continue
            if surface == "保税区" and text[max(0, m.start() - 2): m.start()] in ("综合", "物流"):
                continue  # 综合保税区 is a kind of zone, not 天津港保税区
            if len(surface) <= 2 and m.start() and text[m.start() - 1] in "东西南北中新老大小上下":
                continue  # 北大港 is not 大港
            out.append((m.start(), m.end(), surface, self.canonical(surface) or surface))
        return out


def without_zones(text: str) -> str:
    """The phrase with every zone name taken out."""
    for s, e, surface, _ in sorted(zone_lexicon().find(text), reverse=True):
        text = text[:s] + text[e:]
    return text


@lru_cache(maxsize=1)
def zone_lexicon() -> ZoneLexicon:
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    entries: dict[str, ZoneEntry] = {}
    for z in data["zones"]:
        entries[z["name"]] = ZoneEntry(z["name"], tuple(z.get("aliases", ())), z.get("kind", ""),
                                       z.get("parent"), tuple(z.get("short", ())))
    streets = data.get("streets", {})
    for name in streets.get("names", ()):
        # A street (…街) is also written …街道.
        entries[name] = ZoneEntry(name, (name + "道",) if name.endswith("街") else (),
                                  streets.get("kind", "街镇"), streets.get("parent"))
    return ZoneLexicon(entries)
