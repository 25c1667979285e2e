"""Industries a thing's own name gives it (某某操作系统创新中心, 某某养生养老产业园, a hospital's
health field), read once every passage is done, so that industries named anywhere in the
document count.
"""

from __future__ import annotations

import re

from loaders.extract.context import clean_title
from loaders.extract.firm_shapes import brand_before_ending
from loaders.extract.industry_phrases import is_industry_phrase
from loaders.extract.industry_words import FIELD_NAME, INSTITUTION_FIELDS
from loaders.extract.state import State
from loaders.extract.zone_refs import zone_refs
from loaders.industries import industry_key, taxonomy
from loaders.model import Ref


def named_after_industry(st: State) -> None:
    """某某操作系统创新中心 / 某某生物安全实验室: a body named after an industry the document
    names works in it, whether or not the taxonomy knows the industry."""
    industries = sorted({m.surface for m in st.out.mentions if m.label == "Industry"
                         and len(m.surface) >= 3 and not zone_refs(m.surface)},
                        key=lambda s: (-len(s), s))
    done: set[tuple[str, str]] = set()
    for m in list(st.out.mentions):
        if m.label not in ("Platform", "Project", "Park") or (m.label, m.surface) in done:
            continue
        done.add((m.label, m.surface))
        taken: list[tuple[int, int]] = []
        for ind in industries:
            at = m.surface.find(ind)
            if at < 0 or m.surface == ind or any(a <= at < b for a, b in taken):
                continue
            taken.append((at, at + len(ind)))
            rel = "FOCUSES_ON" if m.label == "Park" else "IN_INDUSTRY"
            st.out.fact(rel, Ref(m.label, m.surface), Ref("Industry", ind), m.passage)


def institution_fields(st: State) -> None:
    """A hospital or a port work belongs to the field its paragraph or a section title
    names (专栏 卫生健康名院工程, 打造智慧港口…): the kind of thing says which words to look
    for, the text says whether the plan treats them as a field here."""
    industries = sorted({m.surface for m in st.out.mentions if m.label == "Industry"})
    for m in list(st.out.mentions):
        if m.label not in ("Project", "Platform", "Park") or m.props.get("alias_of"):
            continue
        fields = next((f for kind, f in INSTITUTION_FIELDS if kind.search(m.surface)), None)
        p = st.by_id.get(m.passage)
        if fields is None or p is None:
            continue
        texts = [" ".join(q.text for q in st.by_line.get(p.line, [p]))]
        texts += [clean_title(st.ctx.sections[sid].title) for sid in st.ctx.chain(p.section)]
        terms = [t.group(0) for t in map(fields.search, texts) if t][:1]
        terms += [i for i in industries if fields.fullmatch(i)]  # one the plan names
        rel = "FOCUSES_ON" if m.label == "Park" else "IN_INDUSTRY"
        for term in dict.fromkeys(terms):
            ref = st.out.mention("Industry", term, m.passage)
            st.out.fact(rel, Ref(m.label, m.surface), ref, m.passage)


def field_in_name(st: State) -> None:
    """某某智能计算产业创新中心 / 某某养生养老产业园: the words before 产业 in such a name
    are the line of business it serves, whether or not the taxonomy knows them; a firm
    the name begins with works in it too."""
    firms = sorted({m.surface for m in st.out.mentions if m.label == "Enterprise"
                    and len(m.surface) >= 2}, key=len, reverse=True)
    known = {industry_key(m.surface) for m in st.out.mentions if m.label == "Industry"
             and len(m.surface) >= 2}
    done: set[tuple[str, str]] = set()
    for m in list(st.out.mentions):
        if m.label not in ("Platform", "Project", "Park") or (m.label, m.surface) in done \
                or m.props.get("alias_of"):
            continue
        done.add((m.label, m.surface))
        found = FIELD_NAME.search(m.surface)
        if not found:
            continue
        field_ = found.group(1)
        zones = [e for s, e, _ in zone_refs(field_) if s == 0]
        if zones:
            field_ = field_[max(zones):]
        firm = next((f for f in firms if field_.startswith(f) and len(field_) > len(f) + 1), None)
        if firm:
            field_ = field_[len(firm):]
        field_ = re.sub(r"^(?:国家级|国家|天津市|天津|全国|中[英韩欧意德法日美俄新])", "", field_)
        # 某湾物联网 / 某某通健康: an unknown place or brand may precede the field, so the
        # longest tail that names an industry the document or the taxonomy knows wins; the
        # whole rest only when it is short and reads as a field by itself.
        name = next((field_[i:] for i in range(len(field_) - 1)
                     if taxonomy().canonical(field_[i:]) or
                     industry_key(field_[i:]) in known), None)
        if name is None and len(field_) <= 6 and is_industry_phrase(field_) and \
                not any(field_.startswith(c) for c in st.zone_cores) and \
                not brand_before_ending(field_):
            name = field_
        if name is None:
            continue
        ref = st.out.mention("Industry", name, m.passage)
        rel = "FOCUSES_ON" if m.label == "Park" else "IN_INDUSTRY"
        st.out.fact(rel, Ref(m.label, m.surface), ref, m.passage)
        if firm:
            st.out.fact("IN_INDUSTRY", Ref("Enterprise", firm), ref, m.passage)
