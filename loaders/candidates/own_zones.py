"""A kind of zone written alone (高新区, 保税区, 自贸区) is the document's own zone of that kind.

Plans and reports name their zone in full once (in the title, or as 某市高新区) and then write
only its kind: 高新区获批建设…, 保税区引进…. Which 高新区 that is depends on the document, so
the bare word is read as the zone of that kind the document names most often (else the one
it is about), never as one city's zone for every document (the zone lexicon's short forms are
one city's). A document that names no zone of the kind leaves the word as it was read.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from loaders.candidates.endings import endings
from loaders.candidates.places import place_names
from loaders.model import Extraction, Ref, StructuredDocument
from loaders.subject import subject_place
from loaders.zones import zone_lexicon


@lru_cache(maxsize=1)
def _forms() -> list[tuple[str, str]]:
    """(full form, its short kind), longest first: the longest form a name ends with says
    its kind (东疆综合保税区 is a 综保区, 天津港保税区 a 保税区)."""
    pairs = [(form, short) for short, forms in endings()["zone_short"].items() for form in forms]
    return sorted(pairs, key=lambda x: len(x[0]), reverse=True)


def kind_of(name: str) -> str | None:
    """The short kind of a zone's full name (None for a kind written alone)."""
    if name in endings()["zone_short"]:
        return None
    lex = zone_lexicon()
    canon = lex.canonical(name) or name
    for n in (canon, name):
        for form, short in _forms():
            if n.endswith(form) and len(n) > len(form):
                return short
    return None


_CACHE: dict[tuple[str, int], dict[str, str]] = {}


def own_zones(doc: StructuredDocument) -> dict[str, str]:
    """Each kind written alone in the document, to the zone of that kind it is about
    (computed once per document: it is asked before typing and after the relations)."""
    key = (doc.doc_id, len(doc.text))
    if key not in _CACHE:
        if len(_CACHE) > 4096:
            _CACHE.clear()
        _CACHE[key] = _own_zones(doc)
    return dict(_CACHE[key])


def _own_zones(doc: StructuredDocument) -> dict[str, str]:
    shorts_all = {short for _, short in _forms()}
    shorts = {short for short in shorts_all if short in doc.text}
    if not shorts:
        return {}
    named: Counter[str] = Counter()
    for p in doc.passages:
        for place in place_names(p.text):
            named[place.surface] += 1
        for _, _, surf, canon in zone_lexicon().find(p.text):
            if surf not in shorts_all:  # the bare word is what is being settled
                named[canon] += 1
    subject = subject_place(doc)
    out: dict[str, str] = {}
    for short in shorts:
        found = [(n, c) for n, c in named.items() if kind_of(n) == short]
        if found:  # as the text writes it most: 某市高新区 more than the title's full form
            out[short] = max(found, key=lambda x: (x[1], len(x[0])))[0]
        elif subject is not None and kind_of(subject.name) == short:
            out[short] = subject.name
    return out


def rewrite_bare(ex: Extraction) -> Extraction:
    """Every mention and fact of a kind written alone, moved to the document's own zone of
    that kind (a document that names none keeps the word as the extractors read it)."""
    shorts = {short for _, short in _forms()}
    if not any(short in ex.doc.text for short in shorts):
        return ex
    own = own_zones(ex.doc)
    lex = zone_lexicon()
    # A lexicon zone the extractors put for a bare word (高新区 → one city's 高新区) when the
    # document never writes that zone in full is the document's own zone of its kind.
    for name, entry in lex.entries.items():
        short = kind_of(name)
        if short in own and lex.canonical(own[short]) != name and not any(
                form in ex.doc.text for form in (name, *entry.aliases) if form not in shorts):
            own[name] = own[short]

    # Only a word read as another zone than the document's own moves; its parent then came
    # from that other zone's entry, so the document's own zone gets its parent afresh.
    moves = {k: v for k, v in own.items() if (lex.canonical(k) or k) != (lex.canonical(v) or v)}
    moves.update({k: v for k, v in own.items() if k in shorts and lex.canonical(k) is None})

    def moved(ref: Ref) -> Ref:
        # Whatever an extractor took it for (a firm, a park), a kind of zone is the zone.
        return Ref("Zone", moves[ref.surface]) if ref.surface in moves else ref

    for m in ex.mentions:
        if m.surface in moves:
            m.props.setdefault("written", m.surface)
            m.label, m.surface = "Zone", moves[m.surface]
            m.props.pop("alias_of", None)
    ex.facts = [f for f in ex.facts if not (f.rel == "PART_OF" and f.src.surface in moves)]
    for f in ex.facts:
        f.src, f.dst = moved(f.src), moved(f.dst)
    ex.facts = [f for f in ex.facts if (f.src.label, f.src.surface) != (f.dst.label, f.dst.surface)]
    return ex
