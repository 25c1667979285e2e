"""The section tree of one document, read for what it is about: the zone the document
concerns (from its title or publisher), the place and the industry each heading names, and the
broader industry a heading groups its children under. Each answer is cached per section, since
every rule asks again.
"""

from __future__ import annotations

import re

from loaders.endings import label_of
from loaders.extract.cues import HEADING_NUM, VERBISH
from loaders.extract.industry_words import (
    CLUSTER,
    COUNTED_INDUSTRY,
    ENUMERATED_KIND,
    KIND_OF_INDUSTRY,
    NOT_AN_INDUSTRY,
    NOT_HEADING_INDUSTRY,
)
from loaders.extract.zone_refs import zone_refs
from loaders.industries import industryish, taxonomy
from loaders.model import Section, StructuredDocument
from loaders.name_start import strip_cues
from loaders.zones import zone_lexicon


def clean_title(title: str) -> str:
    """A heading without its number (第三章, 一、, (二), ——) and what follows its first stop."""
    t = HEADING_NUM.sub("", title.strip())
    t = re.split(r"[。：:]", t)[0]
    return t.strip(" “”\"")


class DocContext:
    """Section-tree context of one document: the place and industry each section is about.

    What a passage tells the rest of its paragraph (a lead zone, a field label) is kept in
    State, not here: this is what the headings say, the same for every rule.
    """

    def __init__(self, doc: StructuredDocument) -> None:
        self.doc = doc
        self.sections = doc.section_by_id()
        self.subject = self._subject_zone()
        self.section_zone: dict[str, str | None] = {}
        self.section_industry: dict[str, str | None] = {}
        self.section_heading_psg: dict[str, str] = {}
        for p in doc.passages:
            if p.kind == "heading" and p.section and p.section not in self.section_heading_psg:
                self.section_heading_psg[p.section] = p.id
        self.first_psg_of_section: dict[str, str] = {}
        for p in doc.passages:
            if p.section:
                self.first_psg_of_section.setdefault(p.section, p.id)

    def _subject_zone(self) -> str | None:
        """The zone the document is about (loaders.subject): the zone its title names, else
        the one its text names most, for a place of any division."""
        from loaders.subject import subject_place  # noqa: PLC0415 - subject reads candidates

        subject = subject_place(self.doc)
        return subject.name if subject else None

    def chain(self, section_id: str | None) -> list[str]:
        """The section and its ancestors, innermost first."""
        out = []
        while section_id and section_id in self.sections:
            out.append(section_id)
            section_id = self.sections[section_id].parent
        return out

    def zone_of_section(self, section_id: str | None) -> str | None:
        """The zone the nearest heading names, the place of what its section describes."""
        for sid in self.chain(section_id):
            if sid not in self.section_zone:
                title = clean_title(self.sections[sid].title)
                refs = zone_refs(title)
                self.section_zone[sid] = refs[0][2] if refs else None
            if self.section_zone[sid]:
                return self.section_zone[sid]
        return None

    def industry_heading(self, section_id: str) -> str | None:
        """The industry a section's heading names (——合成生物。/ 1、生物制造 / 4、氢能利用产业)."""
        if section_id in self.section_industry:
            return self.section_industry[section_id]
        sec = self.sections[section_id]
        title = strip_cues(clean_title(sec.title))
        title = re.sub(r"领域$", "", title)
        counted = COUNTED_INDUSTRY.match(title)
        if counted and not re.search(r"[、，,和与及]", counted.group(1)) and not VERBISH.search(
                counted.group(1)) and not re.fullmatch(KIND_OF_INDUSTRY, counted.group(1)) and \
                not zone_refs(counted.group(1)) and label_of(counted.group(1)) is None:
            # 聚焦发展甲1大国家级创新产业: the one industry named before its count.
            self.section_industry[section_id] = counted.group(1)
            return counted.group(1)
        chain = self.chain_named(sec, title)
        if chain:
            self.section_industry[section_id] = chain
            return chain
        result = None
        parent_is_industry = False
        if sec.parent and sec.parent in self.sections:
            pt = clean_title(self.sections[sec.parent].title)
            parent_is_industry = bool(re.search(r"产业|集群|服务业|制造业", pt)) or bool(
                self.industry_heading(sec.parent)) or (
                # 前瞻布局甲、乙、丙等X个新赛道 enumerates the headings below it
                title in pt and "、" in pt and bool(re.search(r"赛道|领域|方向|产业", pt)))
        if title and len(title) <= 14 and not VERBISH.search(title) and not re.search(
                r"[，,、；]", title) and (taxonomy().canonical(title) or
                                       not NOT_AN_INDUSTRY.search(title)):
            if taxonomy().canonical(title) or re.search(
                    r"(产业|产业链|经济|服务业|制造业|制造|装备|材料)$", title) or parent_is_industry:
                if not NOT_HEADING_INDUSTRY.search(title) and not zone_refs(title) and label_of(
                        title) is None:
                    result = title
        self.section_industry[section_id] = result
        return result

    def chain_named(self, sec: Section, title: str) -> str | None:
        """——“甲-乙-丙”丁产业链。 whose quotes and dashes were lost: the chain is 丁, the one of
        the chains its parent section's lead enumerates that ends the heading."""
        core = title.strip("“”\"")
        if not core.endswith("产业链") or not sec.parent or sec.parent not in self.sections:
            return None
        core = core[:-3]
        body = " ".join(p.text for p in self.doc.passages
                        if p.section == sec.parent and p.kind != "heading")
        for cut in range(1, len(core) - 1):
            tail = core[cut:]
            if re.search(rf"(?:^|[、，,和及与]|发展|布局|聚焦){re.escape(tail)}"
                         rf"(?=[、，,和及与等]|[0-9一二三四五六七八九十两]+大)", body):
                return tail
        return None

    def industry_of_section(self, section_id: str | None) -> tuple[str, str] | None:
        """(industry, section id) of the nearest enclosing industry heading."""
        for sid in self.chain(section_id):
            ind = self.industry_heading(sid)
            if ind:
                return ind, sid
        return None

    def cluster_of_section(self, section_id: str | None) -> str | None:
        """三大先进制造业集群 → 先进制造业: the broad industry a heading groups its children under."""
        for sid in self.chain(section_id):
            title = clean_title(self.sections[sid].title)
            named = ENUMERATED_KIND.search(title)
            if named and re.search(r"赛道|产业|领域", named.group(1)):
                return named.group(1)  # 甲、乙等X个未来新赛道 → X个未来新赛道
            m = CLUSTER.search(title)
            if m:
                name = m.group(1).split("的")[-1]
                name = re.sub(r"^[一二三四五六七八九十两\d]+[大个]", "", name)
                if m.group(2) == "产业集群":
                    name += "产业"
                if len(name) >= 2 and strip_cues(name) == name and industryish(name):
                    return name
        return None
