"""What things are about: FOCUSES_ON and IN_INDUSTRY, for facts no sentence rule stated.

- A place focuses on the industries the document develops for it: an industry the document
  names with no place of its own is a focus of the document's place (a zone's report on its
  signings names the zone once and its industries throughout), and a park focuses on the
  industry its name carries (某某医疗装备产业园).
- A firm, work or platform is in the industries its name carries (某某锂电池科技产业园项目),
  in the industry its list says (…等氢能系列项目, …等甲研发、乙服务项目), and a firm in
  the industries of the works it undertakes.
"""

from __future__ import annotations

import re
from collections import defaultdict

from loaders.candidates.works import products_of
from loaders.industries import industryish, taxonomy
from loaders.model import Extraction, Fact, Mention, Ref
from loaders.relations.context import DocPlaces
from loaders.relations.who import _clause

WORKS = ("Enterprise", "Project", "Platform", "Park")


def _industries(ex: Extraction) -> list[Mention]:
    return [m for m in ex.mentions if m.label == "Industry"]


def _named_in(surface: str, industries: set[str]) -> list[str]:
    """Industries written inside a name, longest first and not overlapping."""
    found = sorted((i for i in industries if len(i) >= 2 and i in surface and i != surface),
                   key=len, reverse=True)
    out: list[str] = []
    for ind in found:
        if not any(ind in kept for kept in out):
            out.append(ind)
    for _, _, surf, _ in taxonomy().find(surface):
        if len(surf) >= 2 and not any(surf in kept for kept in out) and surf != surface:
            out.append(surf)
    return out


def focus(ex: Extraction, places: DocPlaces) -> None:
    focused = {f.dst.surface for f in ex.facts if f.rel == "FOCUSES_ON"}
    industries = _industries(ex)
    names = {m.surface for m in industries}
    for m in ex.mentions:
        if m.label != "Park":
            continue
        for ind in _named_in(m.surface, names):
            ex.facts.append(Fact("FOCUSES_ON", Ref("Park", m.surface), Ref("Industry", ind),
                                 m.passage))
            focused.add(ind)
    subject = places.subject
    if subject is None:
        return
    done: set[str] = set()
    for m in industries:
        if m.surface in focused or m.surface in done:
            continue
        done.add(m.surface)
        ex.facts.append(Fact("FOCUSES_ON", Ref(subject.label, subject.surface),
                             Ref("Industry", m.surface), m.passage,
                             {"how": "an industry of the document's place"}))


def products(ex: Extraction) -> None:
    """What a work makes, as its name says (loaders.candidates.works.products_of), is its
    industry and its maker's: read from the works that typing kept. Only a product that is an
    industry on its own (the taxonomy knows it, or the document names it as one elsewhere):
    what a single work's name holds (某某叉车, 某某系统, 零部件) is mostly a product line, not a
    field the plan develops. Measured on both labelled sets: 73 industries dropped, 6 of them
    labelled."""
    makers = {f.src.surface: f.dst.surface for f in ex.facts if f.rel == "UNDERTAKEN_BY"}
    fronts = tuple({m.surface for m in ex.mentions if m.label in ("Enterprise", "Park", "Zone")})
    seen: set[str] = set()
    named = {m.surface for m in ex.mentions if m.label == "Industry"}
    for m in list(ex.mentions):
        if m.label not in ("Project", "Platform") or m.surface in seen:
            continue
        seen.add(m.surface)
        maker = makers.get(m.surface)
        for product in products_of(m.surface, fronts + ((maker,) if maker else ())):
            if product not in named and not taxonomy().canonical(product):
                continue
            ex.mentions.append(Mention("Industry", product, m.passage, {"family": "product"}))
            ex.facts.append(Fact("IN_INDUSTRY", Ref(m.label, m.surface), Ref("Industry", product),
                                 m.passage))
            if maker:
                ex.facts.append(Fact("IN_INDUSTRY", Ref("Enterprise", maker),
                                     Ref("Industry", product), m.passage))


def industries_of(ex: Extraction) -> None:
    has = defaultdict(set)
    for f in ex.facts:
        if f.rel == "IN_INDUSTRY":
            has[(f.src.label, f.src.surface)].add(f.dst.surface)
    names = {m.surface for m in _industries(ex)}
    by_passage: dict[str, list[Mention]] = defaultdict(list)
    for m in ex.mentions:
        by_passage[m.passage].append(m)
    heads: dict[tuple[str, str], set[str]] = defaultdict(set)
    first: dict[tuple[str, str], Mention] = {}
    for m in ex.mentions:
        key = (m.label, m.surface)
        if m.label in ("Enterprise", "Project", "Platform"):
            first.setdefault(key, m)
            if m.props.get("head"):
                heads[key].add(str(m.props["head"]))
    for key, m in first.items():
        found = [i for i in _named_in(m.surface, names) if i in names]
        for head in heads.get(key, ()):
            found += [i for i in names if i in head and i not in found]
        for ind in found:
            if ind not in has[key]:
                has[key].add(ind)
                ex.facts.append(Fact("IN_INDUSTRY", Ref(*key), Ref("Industry", ind), m.passage))
    # Still nothing: the industries its clause names, when the clause names few.
    passages = {p.id: p for p in ex.doc.passages}
    by_passage_ind: dict[str, list[str]] = defaultdict(list)
    for m in _industries(ex):
        by_passage_ind[m.passage].append(m.surface)
    for key, m in first.items():
        if has[key]:
            continue
        p = passages.get(m.passage)
        if p is None:
            continue
        clause = _clause(p.text, m.surface)
        near = [i for i in dict.fromkeys(by_passage_ind.get(p.id, [])) if i in clause]
        if 0 < len(near) <= 3:
            for ind in near:
                has[key].add(ind)
                ex.facts.append(Fact("IN_INDUSTRY", Ref(*key), Ref("Industry", ind), p.id,
                                     {"how": "an industry its clause names"}))
    # A firm is in the industries of the works named after it.
    for f in list(ex.facts):
        if f.rel != "UNDERTAKEN_BY":
            continue
        for ind in has.get(("Project", f.src.surface), ()):
            firm = (f.dst.label, f.dst.surface)
            if ind not in has[firm]:
                has[firm].add(ind)
                ex.facts.append(Fact("IN_INDUSTRY", Ref(*firm), Ref("Industry", ind), f.passage))


# Words for a whole field (量子科技, 某某技术, 某某产业): kinds named with its head lie under it.
_FIELD = re.compile(r"^(?P<head>[\u4e00-\u9fff]{2,4}?)(?:科技|技术|产业)$")


def fields(ex: Extraction) -> None:
    """量子通信, 量子计算 and 量子科技 in one document: the kinds that share the field's head
    word are its sub-industries, unless a sentence already placed them."""
    names = {m.surface: m for m in _industries(ex)}
    placed = {f.src.surface for f in ex.facts if f.rel == "SUBINDUSTRY_OF"}
    for broad, m in names.items():
        field = _FIELD.match(broad)
        if not field:
            continue
        head = field.group("head")
        for narrow in names:
            if narrow != broad and narrow.startswith(head) and narrow not in placed and \
                    not _FIELD.match(narrow) and len(narrow) > len(head) + 1:
                ex.facts.append(Fact("SUBINDUSTRY_OF", Ref("Industry", narrow),
                                     Ref("Industry", broad), names[narrow].passage))
                placed.add(narrow)


def firm_kinds(ex: Extraction) -> None:
    """某某运输企业, 某某租赁公司 said of a firm (…将设立…子公司——某某有限公司, 这将是首家某某
    运输企业): the industry its class names is the firm's, in the sentence that says so."""
    industries = {m.surface for m in _industries(ex)}
    for p in ex.doc.passages:
        firms = [m.surface for m in ex.mentions if m.passage == p.id and m.label == "Enterprise"]
        if not firms:
            continue
        for kind in _FIRM_KIND.finditer(p.text):
            ind = _strip_generic(kind.group(1))
            if len(ind) < 2 or not (industryish(ind) or ind in industries):
                continue
            ex.mentions.append(Mention("Industry", ind, p.id, {"family": "firm kind"}))
            firm = min(firms, key=lambda f: abs(p.text.find(f) - kind.start()))
            ex.facts.append(Fact("IN_INDUSTRY", Ref("Enterprise", firm), Ref("Industry", ind), p.id))


_FIRM_KIND = re.compile(r"(?:首家|一家|专业|领先的|龙头)([\u4e00-\u9fff]{2,10}?)(?:企业|公司)")


def _strip_generic(text: str) -> str:
    return re.sub(r"^(?:专业|国际|国内|全国|知名|大型|领先的?|龙头)", "", text)
