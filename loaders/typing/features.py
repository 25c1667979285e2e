"""What the typing model sees of a candidate: how it was found and how it looks, never which
name it is.

A candidate is one surface form in one document, with every mention the extractors made of
it. Its features are the families that proposed it and with which label, its ending and its
first character (the edges of a name), its length and word shape (parts of speech, whether
the dictionary knows it as one word), whether a division or an industry category is in it,
and the words around its mentions when they are cue or function words (引进, 签约, 等, 、);
a word that is part of a name is seen only by its part of speech. So what the model learns
carries over to names it has never seen.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from loaders.candidates.endings import cues
from loaders.divisions import divisions
from loaders.industries import industryish, taxonomy
from loaders.model import Extraction, Mention
from loaders.patterns import GENERIC_WORDS, is_specific, label_of, suffix_of
from loaders.words import Word, word_at, words

LABELS = ("Zone", "Park", "Industry", "Enterprise", "Platform", "Project")
NONE = "none"
_GENERIC = frozenset(GENERIC_WORDS)
_FUNCTION_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "x",
                            "f", "m", "q", "mq", "ad", "v", "vn", "vd"})


@dataclass
class Candidate:
    """One surface form of one document and the mentions made of it."""

    surface: str
    mentions: list[Mention] = field(default_factory=list)
    fact_only: bool = False  # named only as the end of a fact, never as a mention


def candidates(ex: Extraction) -> dict[str, Candidate]:
    out: dict[str, Candidate] = {}
    for m in ex.mentions:
        if m.label in LABELS:
            out.setdefault(m.surface, Candidate(m.surface)).mentions.append(m)
    for f in ex.facts:
        for r in (f.src, f.dst):
            if r.label in LABELS and r.surface not in out:
                out[r.surface] = Candidate(r.surface, [Mention(r.label, r.surface, f.passage,
                                                               {"family": "fact"})], True)
    return out


def _bucket(n: int, edges: tuple[int, ...] = (1, 2, 3, 4, 6, 9, 14)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Words of the lexicons (kinds of things, cues): general language, safe to learn from."""
    from loaders.candidates.endings import endings  # noqa: PLC0415

    out: set[str] = set(cues()["govern"]) | set(cues()["category"]) | set(cues()["clause"])
    for value in endings().values():
        if isinstance(value, list):
            out |= set(value)
        elif isinstance(value, dict):
            for items in value.values():
                out |= set(items)
    return frozenset(out)


def _context_word(w: Word | None, side: str) -> dict[str, float]:
    if w is None:
        return {f"{side}=edge": 1.0}
    f = {f"{side}.tag={w.tag}": 1.0}
    if w.text in _known_words() or len(w.text) == 1 or w.tag in ("p", "c", "u", "uj", "ul", "x"):
        f[f"{side}.word={w.text}"] = 1.0
    return f


def _shape(surface: str) -> dict[str, float]:
    f: dict[str, float] = {}
    plain = surface.strip("“”\"")
    f["len=" + _bucket(len(plain))] = 1.0
    # The name's edges: its last and first character, and the kind word it ends with when it
    # ends with one the lexicons know (产业园, 项目, 有限公司); never more of the name itself.
    if len(plain) > 1:
        f["end1=" + plain[-1]] = 1.0
        f["first=" + plain[:1]] = 1.0
    ending = suffix_of(plain)
    if ending and len(plain) > len(ending):
        f["ending=" + ending] = 1.0
    ws = words(plain)
    f["words=" + _bucket(len(ws), (1, 2, 3, 4, 6))] = 1.0
    if ws:
        f["first.tag=" + ws[0].tag] = 1.0
        f["last.tag=" + ws[-1].tag] = 1.0
        if len(ws) > 1 and ws[-1].text in _known_words():
            f["last.word=" + ws[-1].text] = 1.0
        elif len(ws) == 1:
            f["one_word.tag=" + ws[0].tag] = 1.0
        generic = sum(1 for w in ws if w.text in _GENERIC)
        f["generic_share=" + str(round(generic / len(ws), 1))] = 1.0
        if any(w.text in cues()["govern"] for w in ws):
            f["has_govern_word"] = 1.0
        if any(w.tag in ("unk", "nr", "nz", "nt", "nrt", "eng") for w in ws):
            f["has_proper_word"] = 1.0
    d = divisions()
    if d.is_place(plain):
        f["is_division"] = 1.0
    elif any(d.is_place(plain[:k]) for k in range(2, min(6, len(plain)))):
        f["starts_with_division"] = 1.0
    if taxonomy().canonical(plain):
        f["in_taxonomy"] = 1.0
    elif industryish(plain):
        f["industryish"] = 1.0
    if not is_specific(plain):
        f["not_specific"] = 1.0
    own = label_of(plain)
    f["ending_label=" + (own or "none")] = 1.0
    if re.search(r"[0-9]", plain):
        f["has_digit"] = 1.0
    if re.search(r"[A-Za-z]", plain):
        f["has_latin"] = 1.0
    if re.search(r"[()（）]", plain):
        f["has_bracket"] = 1.0
    if "的" in plain or "等" in plain or "和" in plain or "与" in plain:
        f["has_joiner"] = 1.0
    if _COUNT.search(plain):
        f["has_count"] = 1.0  # 1251个重点项目, 109个重大项目: a tally, not a name
    if ws and any(w.tag == "v" for w in ws[1:]):
        f["has_inner_verb"] = 1.0
    if _DESCRIPTOR.search(plain[:-2]):
        f["has_descriptor_inside"] = 1.0
    return f


_COUNT = re.compile(r"[0-9一二三四五六七八九十百千]+(?:个|家|项|批|亿|万|大)")
_DESCRIPTOR = re.compile(r"企业|强|领军|龙头|之一")


def _overlaps(surface: str, others: list[str]) -> dict[str, float]:
    """How a candidate sits among the others of its document: one found inside it, or it
    inside another, says which of two readings of the same words is the name."""
    f: dict[str, float] = {}
    for o in others:
        if o == surface or len(o) < 2:
            continue
        if surface.endswith(o):
            f["other_is_my_suffix"] = 1.0
        elif surface.startswith(o):
            f["other_is_my_prefix"] = 1.0
        elif o.endswith(surface):
            f["i_am_suffix_of_other"] = 1.0
        elif o.startswith(surface):
            f["i_am_prefix_of_other"] = 1.0
    return f


def features(c: Candidate, ex: Extraction, others: list[str] | None = None) -> dict[str, float]:
    f = _shape(c.surface)
    if others is not None:
        f.update(_overlaps(c.surface, others))
    passages = {p.id: p for p in ex.doc.passages}
    f["mentions=" + _bucket(len({m.passage for m in c.mentions}))] = 1.0
    if c.fact_only:
        f["fact_only"] = 1.0
    title = ex.doc.meta.title or ""
    if c.surface in title:
        f["in_title"] = 1.0
    proposed = defaultdict(set)
    for m in c.mentions:
        family = str(m.props.get("family") or "rules")
        proposed[m.label].add(family)
        f[f"prop={m.label}"] = 1.0
        f[f"prop={m.label}|{family}"] = 1.0
        if m.props.get("head"):
            f[f"list.head_end={str(m.props['head'])[-2:]}"] = 1.0
        if m.props.get("position"):
            f[f"list.position={m.props['position']}"] = 1.0
        if m.props.get("close"):
            f[f"list.close={m.props['close']}"] = 1.0
        if m.props.get("status"):
            f[f"status={m.props['status']}"] = 1.0
    f["labels_proposed=" + str(len(proposed))] = 1.0
    for m in c.mentions[:3]:
        p = passages.get(m.passage)
        if p is None:
            continue
        f[f"passage={p.kind}"] = 1.0
        at = p.text.find(c.surface)
        if at < 0:
            continue
        ws = words(p.text)
        before = ws[word_at(ws, at - 1)] if at > 0 else None
        end = at + len(c.surface)
        after = ws[word_at(ws, end)] if end < len(p.text) else None
        if before is not None and before.end > at:
            f["starts_inside_word"] = 1.0
            before = ws[word_at(ws, before.start - 1)] if before.start > 0 else None
        if after is not None and after.start < end:
            f["ends_inside_word"] = 1.0
        f.update(_context_word(before, "before"))
        f.update(_context_word(after, "after"))
    return f
