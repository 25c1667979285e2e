"""Reading a question: the names it holds, the kind of thing it asks for, year, task, document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from queries.ask.names import Entry, NameIndex
from queries.ask.kinds import KIND, WHERE, Kind, asked_kind, labels_of
from queries.ask.text import COUNTED, COURTING, DOC_WORDS, GENERIC, bigrams, cn_number, content, normalise


# A short form of a place right after another place's name (合肥高新区, where only 高新区 is known)
# names that other place, not ours; after these characters it stands alone (在高新区, 与保税区).
_STANDS_ALONE = set("在的与和及由对向从把将为是有据、,，;；:：(（“")


@dataclass
class Parsed:
    question: str
    entities: dict[str, list[Entry]] = field(default_factory=dict)  # label → entries, in order
    keys: dict[str, list[str]] = field(default_factory=dict)  # label → matched surface forms
    year: int | None = None
    number: str | None = None
    document: str | None = None
    document_words: str | None = None  # the part of the question that named the document
    kind: Kind | None = None  # what the question asks for
    residue: str = ""

    @property
    def asks(self) -> str | None:
        return self.kind.labels[0] if self.kind else None

    @property
    def kinds(self) -> list[str]:
        return list(self.kind.labels) if self.kind else []

    def first(self, label: str) -> str | None:
        entries = self.entities.get(label)
        return entries[0].name if entries else None


def _another_place(q: str, start: int, key: str, entries: list[Entry]) -> bool:
    """Whether a short place form is the tail of a place the graph does not hold (合肥 + 高新区)."""
    if len(key) > 3 or start < 2 or any(e.label not in ("Park", "Zone") for e in entries):
        return False
    if any(normalise(e.name) == key for e in entries):
        return False
    before = q[start - 2:start]
    return all("\u4e00" <= c <= "\u9fff" for c in before) and before[-1] not in _STANDS_ALONE


def _document(q: str, index: NameIndex) -> tuple[str, str] | None:
    """A document named by a distinctive part of its title (行动方案, 十四五规划 …)."""
    for size in range(min(len(q), 12), 3, -1):
        found: tuple[str, str] | None = None
        for i in range(len(q) - size + 1):
            frag = q[i:i + size]
            if not DOC_WORDS.search(frag):
                continue
            hits = [d for d, title in index.documents if frag in title]
            if len(hits) == 1:
                found = (hits[0], frag)
                break
        if found:
            return found
    return None


def _inside_kind_word(q: str, start: int, end: int) -> bool:
    """Whether a name lies inside a longer kind word of the question (核心 in 的核心区是哪里): there
    the question writes a kind of thing, not the name."""
    return any(m.start() <= start and end <= m.end() and m.end() - m.start() > end - start
               for m in KIND.finditer(q))


def _head_first(p: Parsed, label: str) -> None:
    """Two names written back to back (新能源动力电池领域) are a modifier and its head: the later,
    narrower one is what the question is about, so it comes first."""
    keys, entries = p.keys.get(label, []), p.entities.get(label, [])
    if len(keys) < 2 or len(keys) != len(entries):
        return
    for i in range(len(keys) - 1):
        if keys[i] + keys[i + 1] in p.question:
            keys.insert(0, keys.pop(i + 1))
            entries.insert(0, entries.pop(i + 1))
            return


def parse(question: str, index: NameIndex) -> Parsed:
    q = normalise(question)
    p = Parsed(question=q)
    residue = q
    for start, end, key, entries in index.find(q):
        if _another_place(q, start, key, entries) or _inside_kind_word(q, start, end):
            continue
        # Several entities may share a form (an industry and a park named alike): keep all.
        for e in entries:
            p.entities.setdefault(e.label, []).append(e)
            p.keys.setdefault(e.label, []).append(key)
        residue = residue[:start] + " " * (end - start) + residue[end:]
    _head_first(p, "Industry")
    if m := re.search(r"(20\d{2})\s*年", q):
        p.year = int(m.group(1))
    # 措施8, 任务一, 第12项: a task's number (第三届, 第七章 are not).
    if m := re.search(r"(?:措施|任务)\s*([0-9一二三四五六七八九十两]+)|第\s*([0-9一二三四五六七八九十两]+)\s*(?:项|条)", q):
        n = cn_number(m.group(1) or m.group(2))
        if n is not None:
            p.number = str(n)
    if doc := _document(q, index):
        p.document, p.document_words = doc
    p.kind = asked_kind(residue)
    if any(re.search(COUNTED.pattern + re.escape(k), q) for k in p.keys.get("Industry", [])):
        # "两大新兴赛道是哪些": the members of the counted industry
        p.kind = Kind(["Industry"], [k for k in p.keys["Industry"]][:1])
    elif p.kind is None and COURTING.search(q):
        p.kind = Kind(["Enterprise"], ["企业"])  # "X产业的招引对象": the courted firms
    p.residue = re.sub(r" +", " ", residue)
    return p


# Words of how a question asks, not of what it is about: they pick out no sentence.
STOP = re.compile(r"20\d\d年?|第?\d+项?|到|年|重点|发展|建设|推进|加快|要|需要|需|主要|具体|分别|文中|点名|列出|"
                  r"提出|明确|包括|包含|其中|这次|本次|此次|这批|该|各|具名|哪|些|个|家")


def specific_words(p: "Parsed") -> tuple[list[str], list[str]]:
    """The bigrams that pick out the sentence a question is about: its own words (依托, 签约,
    国家级), and, apart, its kind words (创新平台), which count for less."""
    # A remark in brackets (不含同版面其他报道, 含共同负责) qualifies the question; it names no sentence.
    residue = re.sub(r"\([^()]*\)", " ", p.residue)
    rest = content(residue.replace(p.document_words, " ") if p.document_words else residue)
    kinds = [m.group() for m in KIND.finditer(rest)] + ([p.document_words] if p.document_words else [])
    own = bigrams(STOP.sub(" ", KIND.sub(" ", rest)))
    return own, list(dict.fromkeys(g for w in kinds for g in bigrams(w) if g not in own))


def where_subject(p: "Parsed") -> str | None:
    """What a where-question asks about when the graph holds no name for it (某某在哪里 → 某某)."""
    m = WHERE.search(p.residue)
    if not m:
        return None
    before = re.split(r"\s", p.residue[:m.start()].strip())[-1]
    before = re.sub(r"(现在|目前|主要|具体|是|的|都|又|还|将|要)$", "", before)
    return before if len(before) >= 2 else None


def _specific(p: "Parsed") -> bool:
    """Whether the question says more than its names and its kind (then its sentence helps)."""
    return bool(specific_words(p)[0])


def _starts_other_kind(q: str, start: int, end: int) -> bool:
    """Whether the word at q[start:end] opens a longer kind word of another kind (产业 in 产业园)."""
    m = KIND.match(q, start)
    return bool(m and m.end() > end and "Industry" not in labels_of(m.group()))


def _free_term(q: str, suffixes: str) -> str | None:
    """A term the graph did not name, read from the wording: 快速消费品领域 → 快速消费品."""
    m = next((m for m in re.finditer(r"([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:" + suffixes + ")", q)
              if not _starts_other_kind(q, m.end(1), m.end())), None)
    if not m:
        return None
    term = re.sub(r"^(在|对|从|把|将|为|以|关于|哪些|什么|有|的|与|和|\d{4}年)+", "", m.group(1))
    term = re.sub(r"(的|中|里|内)$", "", term).rsplit("的", 1)[-1]  # …提出的主要目标: after 的
    if _QUALIFIERS.fullmatch(term):
        return None  # 主要经济预期目标: which kind of targets, not what they measure
    return term if len(term) >= 2 and term not in GENERIC else None


# Words that say which of the targets (主要, 预期, 量化), not what they measure.
_QUALIFIERS = re.compile(r"(?:主要|重点|核心|总体|各项|具体|经济|发展|预期|量化|约束性|预期性)+")


# Words that say what kind of firm by size, role or ownership, not by industry.
FIRM_KINDS = re.compile(r"龙头|重点|骨干|领军|优质|高新技术|科技型|高成长|外资|国有|民营|上市|规上|规模以上|头部|知名|代表")


def _firm_kind(residue: str) -> str | None:
    """The industry a question names only as a kind of firm the graph has no name for: 有芯片企业 → 芯片."""
    m = re.search(r"(?:有|的|类)(?:哪些|哪家|哪几家|什么)?([\u4e00-\u9fffA-Za-z0-9]{2,6}?)(?:类)?企业", residue)
    if not m or FIRM_KINDS.search(m.group(1)) or re.search(r"哪|什么|多少|几|些", m.group(1)) \
            or m.group(1) in GENERIC:
        return None
    return m.group(1)

