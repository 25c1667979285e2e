"""Industries listed after a development cue or closed by 等产业/等领域: each is an industry of the
document, a kind of the industry of its part, and a focus of the place in context.
"""

from __future__ import annotations

import re

from loaders.endings import label_of
from loaders.extract.cues import VERBISH
from loaders.extract.firm_shapes import item_name
from loaders.extract.industry_phrases import (
    industry_items,
    is_industry_phrase,
    listed_industries,
    loose_industry,
    rejoined,
)
from loaders.extract.industry_words import (
    ACTIVITIES,
    ACTIVITY_CATEGORIES,
    ACTIVITY_TAIL,
    CHAIN_CLOSE,
    INDUSTRY_VERBS,
    KIND_OF_INDUSTRY,
    NOT_AN_INDUSTRY,
    SERVED,
)
from loaders.extract.scope import context_industry, known_industry, supervised
from loaders.extract.state import State
from loaders.extract.zone_refs import zone_refs
from loaders.industries import industry_key, industryish, taxonomy
from loaders.lists import ItemList, clause_start, list_after
from loaders.model import Passage, Ref
from loaders.name_checks import is_specific
from loaders.name_start import strip_cues
from loaders.zones import zone_lexicon


def industry_list(st: State, p: Passage, il: ItemList, named: set[str]) -> None:
    """甲、乙等产业 / 甲、乙等优势领域: the items are industries (or, after a loose head such
    as 领域, only where the sentence is about industries)."""
    loose_head = il.head in ("领域", "行业", "业态")
    if supervised(st, p) or (loose_head and applied_in(p, il)):
        return
    names = []
    for i, raw in enumerate(il.items):
        name = item_name(st, raw, i == 0)
        cut = re.search(r"(?:布局|发展|聚焦|打造)(?=[^布发聚打]{2,}$)", name) if i == 0 else None
        if cut:
            name = name[cut.end():]  # 新能源产业布局甲、乙: the list starts after the verb
        name = re.sub(r"^(?:当地|本地)(?=\S{2})", "", name)
        if not name or name in named or label_of(name) or zone_lexicon().canonical(name):
            continue
        if loose_head and name in ACTIVITY_CATEGORIES:
            continue  # 围绕研发设计、采购供应等应用领域: activities
        names.append(name)
    names = rejoined(names, p.text)
    # 聚焦甲、乙等领域: a focus cue in front makes the fields ones the plan develops.
    focus = bool(re.search(r"(?:聚焦|重点发展|大力发展|积极发展|重点布局)$", p.text[
        max(0, il.start - 4): il.start])) or bool(il.items and re.match(
            r"(?:聚焦|重点发展|大力发展|积极发展|重点布局)", il.items[0]))
    if loose_head and not (context_industry(st, p) or focus or any(
            taxonomy().canonical(n) or known_industry(st, n) for n in names)):
        return
    listed = listed_industries(industry_items(names))
    if il.head == "领域" and re.fullmatch(r"(?:重点|优势|细分|主导|[一二三四五六七八九十两]大)+",
                                        il.modifier) and context_industry(st, p):
        # 打造甲、乙等重点领域 under an industry: the text itself calls each item a field.
        listed += [n for n in industry_items(names) if n not in listed and not re.search(
            r"(?:研制|研发|开发|[A-Za-z]{4,})$", n) and (
            loose_industry(n) or (len(n) == 2 and is_specific(n, "") and not
                                  NOT_AN_INDUSTRY.search(n) and n not in ACTIVITIES
                                  and not VERBISH.search(n) and label_of(n) is None))]
    for name in listed:
        industry_item(st, p, name, il)


def applied_in(p: Passage, il: ItemList) -> bool:
    """在甲、乙等领域建设应用场景: the fields something is applied in, not industries."""
    before = p.text[clause_start(p.text, il.start):il.start]
    after = p.text[il.end: il.end + 30]
    return bool(re.search(r"在$", before) or "在" in p.text[il.start:il.end]) and bool(
        re.match(r"等[^，。；]{0,4}领域[^。；]{0,20}(?:应用|场景|示范)", after))


def industry_lists(st: State, p: Passage) -> None:
    """重点发展A、B、C等，/ 以A、B为重点: industries listed after a cue in an industry part,
    or in the paragraph of a layout item (——某集聚区:…做强甲研发设计、乙制造等硬件链)."""
    layout = not context_industry(st, p) and st.line_focus.get(p.line)
    if not (context_industry(st, p) or layout) or supervised(st, p):
        return
    text = p.text
    spans: list[ItemList] = []
    for m in INDUSTRY_VERBS.finditer(text):
        if text[m.end(): m.end() + 1] in ("、", "和", "与"):
            continue  # 在产业发展、城市管理等领域: the verb is a listed noun
        il = list_after(text, m.end())
        if il and len(il.items) >= 2 and not re.match(r"\s*以", text[m.end():]):
            spans.append(il)  # 发展以甲、乙为代表的…: the items are firms
        elif il and len(il.items) == 1 and re.search(r"(?:重点|大力|积极|加快|培育)发展$",
                                                     m.group(0)) and is_industry_phrase(
                il.items[0]) and len(il.items[0]) >= 4:
            spans.append(il)  # 大力发展输变电设备，…: one industry is a list of one
    for m in re.finditer(r"以([^，。；：]{4,80}?)为(?:发展)?(?:重点|主攻方向|核心)", text):
        spans.append(ItemList(industry_items(m.group(1).split("、")),
                              m.start(1), m.end(1), "重点", "Industry"))
    if layout:
        # Only a list its closing word calls a chain or a field of business (等硬件链).
        spans = [il for il in spans if CHAIN_CLOSE.match(text, il.end)]
    parent = context_industry(st, p)
    for m in re.finditer(r"、[^、，。；]{2,20}等([\u4e00-\u9fff]{3,8})(?=[。；;，,]|$)", text):
        # 开发甲、乙等生物类新药: the list closes with the narrower industry it makes up.
        kind = m.group(1)
        if is_industry_phrase(kind) and not re.match(
                KIND_OF_INDUSTRY + r"|关键|核心|基础|高附加值|配套|研发|示范|增值|技术|生产",
                kind) and not re.search(r"[和与及]", kind) and not label_of(kind) \
                and parent and industry_key(parent) != industry_key(kind):
            st.out.fact("SUBINDUSTRY_OF", st.out.mention("Industry", kind, p.id),
                        Ref("Industry", parent), p.id)
    for il in spans:
        if re.match(r"等[^，。；,;]{0,10}产品[\u4e00-\u9fff]{2,}", text[il.end:]):
            continue  # 发展甲、乙等产品适配测试服务: the items qualify what is served
        names = [strip_cues(re.sub(r"等$", "", raw.strip("“”\" "))) for raw in il.items]
        names = rejoined(names, text)
        if layout:
            # What a carrier does with a product (研发设计, 制造) is not a second industry.
            cut = [ACTIVITY_TAIL.sub("", n) for n in names]
            names = [c if len(c) >= 2 and not re.search(r"(?:智能|数字|绿色|及|和)$", c) else n
                     for c, n in zip(cut, names)]  # 智能制造 stays whole
        for name in listed_industries(names):
            if not zone_lexicon().canonical(name):
                industry_item(st, p, name, il)


def industry_item(st: State, p: Passage, name: str, il: ItemList) -> None:
    """One listed industry: a kind of the part's industry when a cue lists it (not a
    sector served, not a sibling), a kind of the cluster or broader industry the list names,
    and a focus of the place in context."""
    at = p.text.find(name, il.start)
    if any(m.start(1) <= at < m.end(1) for m in SERVED.finditer(p.text)):
        return
    ref = st.out.mention("Industry", name, p.id)
    # A list in a paragraph that opens by naming its industry (航空航天。强化甲、乙等优势领域)
    # lists kinds of that industry whatever verb introduces it.
    cued = il.head == "重点" or bool(
        INDUSTRY_VERBS.search(p.text[max(0, il.start - 8): il.start + 6])) or (
        il.label == "Industry" and p.line in st.line_industry)
    parent = context_industry(st, p)
    # 围绕汽车、重型机械等产业发展需求 names the industries served, not narrower ones;
    # 甲、乙等领域嵌入式系统 names where the product is used.
    opening = p.text[clause_start(p.text, il.start): il.start + 4]
    after = p.text[il.end: il.end + 16]
    served = bool(re.search(r"围绕|面向|服务于|满足", opening) and re.search(
        r"需求|应用|场景", after)) or bool(re.match(
            r"等领域[\u4e00-\u9fff]{0,6}(?:系统|芯片|软件|产品|设备|装备|器件|终端)", after))
    # 推进区块链和生物医药等…融合 under 区块链: a list naming the part's own industry as one
    # of its items lists siblings of it, not kinds.
    sibling = parent is not None and industry_key(parent) not in name and any(
        industry_key(re.sub(r"等.*$", "", strip_cues(tok))) == industry_key(parent)
        for tok in re.split(r"[、和与及]", p.text[il.start:il.end]))
    if cued and parent and industry_key(parent) != industry_key(name) and not served \
            and not sibling:
        st.out.fact("SUBINDUSTRY_OF", ref, Ref("Industry", parent), p.id)
    # 为代表的新材料产业集群: the items are kinds of the cluster named after them.
    after = p.text[il.end: il.end + 20]
    m = re.match(r"等?(?:为代表的|在内的)([\u4e00-\u9fff]{2,8}?)(?:产业集群|集群|产业)", after)
    if m:
        st.out.fact("SUBINDUSTRY_OF", ref, st.out.mention("Industry", m.group(1), p.id),
                    p.id)
    broad = broad_of_list(st, p, il)
    if broad and industry_key(broad) != industry_key(name):
        st.out.fact("SUBINDUSTRY_OF", ref, st.out.mention("Industry", broad, p.id), p.id)
    place = st.line_focus.get(p.line) or st.line_zone.get(p.line)
    if place is None:
        z = st.ctx.zone_of_section(p.section)
        place = ("Zone", z) if z else None
    if place is None and st.ctx.subject:
        place = ("Zone", st.ctx.subject)
    if place and cued:
        st.out.fact("FOCUSES_ON", Ref(*place), ref, p.id)


def broad_of_list(st: State, p: Passage, il: ItemList) -> str | None:
    """The broader industry a list is of: the one its head names (甲、乙等生活性服务业)
    or the one its sentence develops first (加快发展生产性服务业，大力发展甲、乙等产业)."""
    head = il.modifier + (il.head or "")
    if il.head in ("服务业", "制造业", "产业", "产业集群") and 2 <= len(il.modifier) <= 8 and \
            not re.search(r"[和与及的、]", il.modifier) and not VERBISH.search(il.modifier) \
            and not re.fullmatch(KIND_OF_INDUSTRY, il.modifier) and \
            is_industry_phrase(head) and not zone_refs(head) and (
                il.head in ("服务业", "制造业") or taxonomy().canonical(il.modifier) or
                industryish(il.modifier)):
        return head  # not 等关键产业 / 等涉海产业: a quality, not an industry
    if il.head != "产业" or il.modifier:
        return None
    start = clause_start(p.text, il.start)
    m = re.search(r"(?:^|[。；;])(?:加快|大力|积极|重点)?发展([\u4e00-\u9fff]{2,10})[，,]$",
                  p.text[:start])
    if m:
        broad = m.group(1)
        if is_industry_phrase(broad) and not re.fullmatch(KIND_OF_INDUSTRY, broad):
            return broad
    return None
