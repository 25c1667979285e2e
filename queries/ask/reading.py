"""Reading a question: the names it holds, the kind of thing it asks for, year, task, document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from queries.ask.names import Entry, NameIndex
from queries.ask.text import (COUNTED, COURTING, DOC_WORDS, GENERIC, LABEL_CUES, LABEL_WORDS, bigrams,
                              cn_number, content, normalise)

@dataclass
class Parsed:
    question: str
    entities: dict[str, list[Entry]] = field(default_factory=dict)  # label → entries, in order
    keys: dict[str, list[str]] = field(default_factory=dict)  # label → matched surface forms
    year: int | None = None
    number: str | None = None
    document: str | None = None
    document_words: str | None = None  # the part of the question that named the document
    asks: str | None = None  # the label the question asks for
    residue: str = ""

    def first(self, label: str) -> str | None:
        entries = self.entities.get(label)
        return entries[0].name if entries else None


def _asked_label(q: str) -> str | None:
    """The kind of thing asked for: the label word nearest after 哪些/哪个/什么/谁, else the last."""
    m = re.search(r"(哪些|哪个|哪几个|哪家|哪几家|什么|何种|谁)(.{0,12})", q)
    tail = m.group(2) if m else q
    best: tuple[int, str] | None = None
    for label, pattern in LABEL_WORDS:
        for mm in re.finditer(pattern, tail):
            if best is None or mm.start() < best[0]:
                best = (mm.start(), label)
    if best:
        return best[1]
    if m and m.group(1) == "谁":
        return "Bureau" if re.search(r"负责|牵头", q) else "Enterprise"
    if COURTING.search(q):
        return "Enterprise"  # "X产业的招引对象有哪些": the courted firms, whatever kind word comes before
    last: tuple[int, str] | None = None
    for label, pattern in LABEL_WORDS:
        for mm in re.finditer(pattern, q):
            if last is None or mm.start() > last[0]:
                last = (mm.start(), label)
    return last[1] if last else None


def parse(question: str, index: NameIndex) -> Parsed:
    q = normalise(question)
    p = Parsed(question=q)
    residue = q
    for start, end, key, entries in index.find(q):
        # Several entities may share a form (an industry and a park named alike): keep all.
        for e in entries:
            p.entities.setdefault(e.label, []).append(e)
            p.keys.setdefault(e.label, []).append(key)
        residue = residue.replace(key, " ")
    if m := re.search(r"(20\d{2})\s*年", q):
        p.year = int(m.group(1))
    if m := re.search(r"(?:措施|任务|第)\s*([0-9一二三四五六七八九十两]+)\s*(?:项|条|号)?", q):
        n = cn_number(m.group(1))
        if n is not None and not (m.group(0).startswith("第") and re.match(r"第.+?[章节]", q[m.start():])):
            p.number = str(n)
    # A document named by a distinctive part of its title (行动方案, 十四五规划 …).
    best_doc: tuple[int, str] | None = None
    words = ""
    for size in range(min(len(q), 12), 2, -1):
        for i in range(len(q) - size + 1):
            frag = q[i:i + size]
            if not DOC_WORDS.search(frag):
                continue
            hits = [d for d, title in index.documents if frag in title]
            if len(hits) == 1 and (best_doc is None or size > best_doc[0]):
                best_doc = (size, hits[0])
                words = frag
        if best_doc:
            break
    if best_doc and best_doc[0] >= 4:
        p.document, p.document_words = best_doc[1], words
    p.asks = _asked_label(q)
    if any(re.search(COUNTED.pattern + re.escape(k), q) for k in p.keys.get("Industry", [])):
        p.asks = "Industry"  # "两大新兴赛道是哪些": the members of the counted industry
    p.residue = residue
    return p


# Verbs of role and emphasis: part of how a question asks, not of what it is about.
def _specific(p: "Parsed") -> bool:
    """Whether the question says more than its slots and its kind (then its sentence helps)."""
    rest = LABEL_CUES.sub(" ", content(p.residue))
    rest = re.sub(r"20\d\d年?|到|年|第?\d+项?|措施|任务|重点|发展|建设|推进|加快|积极|招商|对接|招引|引进|目标|对象",
                  " ", rest)
    return len(bigrams(rest)) >= 2


def _free_term(q: str, suffixes: str) -> str | None:
    """A term the graph did not name, read from the wording: 快速消费品领域 → 快速消费品."""
    m = re.search(r"([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:" + suffixes + ")", q)
    if not m:
        return None
    term = re.sub(r"^(在|对|从|把|将|为|以|关于|哪些|什么|有|的|与|和)+", "", m.group(1))
    term = re.sub(r"(的|中|里|内)$", "", term)
    return term if len(term) >= 2 and term not in GENERIC else None


# Words that say what kind of firm by size, role or ownership, not by industry.
FIRM_KINDS = re.compile(r"龙头|重点|骨干|领军|优质|高新技术|科技型|高成长|外资|国有|民营|上市|规上|规模以上|头部|知名|代表")


def _firm_kind(residue: str) -> str | None:
    """The industry a question names only as a kind of firm the graph has no name for: 有芯片企业 → 芯片."""
    m = re.search(r"(?:有|的|类)([\u4e00-\u9fffA-Za-z0-9]{2,6}?)(?:类)?企业", residue)
    if not m or FIRM_KINDS.search(m.group(1)) or re.search(r"哪|什么|多少|几|些", m.group(1)) \
            or m.group(1) in GENERIC:
        return None
    return m.group(1)

