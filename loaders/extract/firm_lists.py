"""Lists closed by 等<head>, led by 依托 or 以…为代表: the head and the cue decide what each item
is and its status (依托A、B等企业: present; 引进…等企业: courted; 甲产业园、乙基地等一批项目:
works), and a list that names a known firm is a list of firms.
"""

from __future__ import annotations

import re

from loaders.endings import label_of
from loaders.extract.cues import RELY, REPRESENT, VERBISH
from loaders.extract.firm_shapes import (
    cue_status,
    enterprise_name_ok,
    item_name,
    looks_like_brand,
    proper_project,
    rely_enterprise_ok,
)
from loaders.extract.firm_words import CLOSER_HEADS, CLOSER_MODIFIER, PARK_HEADS, PRODUCT_KIND
from loaders.extract.industry_lists import industry_item, industry_list
from loaders.extract.industry_phrases import is_industry_phrase, loose_industry
from loaders.extract.industry_words import ACTIVITY_CATEGORIES
from loaders.extract.relate import relate_enterprise, relate_named
from loaders.extract.scope import context_industry, industries_in, known_industry
from loaders.extract.state import Named, State
from loaders.firm_names import FIRM_TRADE
from loaders.industries import industryish, taxonomy
from loaders.lists import ItemList, clause_start, list_after, lists_closed_by_deng, split_items
from loaders.model import Passage, Ref
from loaders.name_checks import acceptable, is_specific
from loaders.zones import zone_lexicon


def enterprise_lists(st: State, p: Passage, named: list[Named]) -> None:
    """Every list of the passage, each item read as what the list's head and cue make it."""
    lists = lists_in(st, p)
    named_names = {n[2] for n in named}
    unheaded_firm_lists(st, p, lists)
    for il in lists:
        read_list(st, p, il, named_names)


def lists_in(st: State, p: Passage) -> list[ItemList]:
    """Lists closed by 等<head>, lists after 依托 (short and not closed by 等), and the firms
    of 以甲、乙为代表 (whose industries are read on the way)."""
    text = p.text
    lists: list[ItemList] = [il for il in lists_closed_by_deng(text)]
    for m in RELY.finditer(text):
        il = list_after(text, m.end())
        if il and (len(il.items) > 6 or (text[il.end: il.end + 1] == "等" and
                                         text[il.end + 1: il.end + 2] not in "，,、；;")):
            continue
        if il and not any(o.start <= il.start < o.end or il.start <= o.start < il.end
                          for o in lists):
            lists.append(il)
    for m in REPRESENT.finditer(text):
        il = list_after(text, m.start(1))
        if il:
            il.end = min(il.end, m.end(1))
            il.items = [i for i in re.split(r"、|和|及", m.group(1)) if i]
            if re.match(r"的?[\u4e00-\u9fff]{0,4}(?:产业|行业|领域|业态)", text[m.end():]):
                continue  # 以甲、乙等为主体的产业结构: the items are lines of business
            il.label = il.label or "Enterprise"
            lists.append(il)
            represented_industries(st, p, m, il)
    return lists


def unheaded_firm_lists(st: State, p: Passage, lists: list[ItemList]) -> None:
    """扩大甲、乙等日用消费品生产规模: a list closed by a word no head table knows is a list of
    firms when it names a firm (firm_siblings)."""
    text = p.text
    for m in re.finditer(r"等", text):
        start = clause_start(text, m.start())
        if "、" in text[start:m.start()] and not any(
                o.start <= m.start() <= o.end + 1 for o in lists):
            items = split_items(text[start:m.start()])
            if items:
                firm_siblings(st, p, ItemList(items, start, m.start(), None, None))


def read_list(st: State, p: Passage, il: ItemList, named_names: set[str]) -> None:
    """The items of one list: zones, industries, or things whose status the cue nearest before
    each decides."""
    text = p.text
    if il.label == "Zone":
        zone_items(st, p, il)
        return
    if il.label == "Enterprise":
        firm_kind(st, p, il)
    if il.label in (None, "Industry") and firm_siblings(st, p, il):
        return
    if il.label == "Industry":
        industry_list(st, p, il, named_names)
        return
    first = il.items[0] if il.items else ""
    status = cue_status(text, il.start, il.start + len(first))
    # 推进甲基地项目、乙研发产业化等项目: beside a named project, a sibling item is one too.
    sibling_project = il.label == "Project" and any(
        label_of(item_name(st, raw, i == 0)) == "Project" and
        item_name(st, raw, i == 0) in named_names for i, raw in enumerate(il.items))
    for i, raw in enumerate(il.items):
        name = item_name(st, raw, i == 0)
        if i == 0 and il.label == "Project":
            name = re.sub(r"^(?:.*?[\u4e00-\u9fff])?了(?=\S{2})", "", name)  # 落户了甲
        if not name:
            continue
        if name in named_names:
            relabel_by_head(st, p, il, name, status)
            continue
        at = text.find(name, il.start)
        if at > il.start + len(first):
            status = cue_status(text, il.start, at)
        lab = label_of(name)
        if lab == "Zone" or zone_lexicon().canonical(name):
            continue
        if lab == "Project" and il.label == "Enterprise" and looks_like_brand(name):
            lab = "Enterprise"  # 海某工程等总承包企业: a firm named like a work
        if lab is None:
            lab = unsuffixed_item(st, p, il, name, sibling_project)
            if lab is None:
                continue
        elif not is_specific(name) or (
                (name.endswith("基金") or lab in ("Project", "Platform")) and
                not acceptable(name, lab)) or (
                lab == "Enterprise" and not enterprise_name_ok(name)):
            continue
        props = {"status": status} if lab == "Enterprise" else {}
        ref = st.out.mention(lab, name, p.id, **props)
        if lab == "Enterprise":
            relate_enterprise(st, p, ref, status)
        else:
            relate_named(st, p, ref, name, [], industries_in(st, p, []))


def relabel_by_head(st: State, p: Passage, il: ItemList, name: str, status: str) -> None:
    """An item the passage already names by its suffix, which the list's head calls
    something else."""
    was = label_of(name)
    if il.head in CLOSER_HEADS and (was == "Park" or (
            was == "Platform" and il.label == "Project")) and (
            re.fullmatch(CLOSER_MODIFIER, il.modifier) or il.head == "创新平台"):
        # 甲产业园、乙基地等一批项目 / 甲中心等重点项目建设: the word after 等
        # says what they are.
        st.out.relabel(name, p.id, was, il.label)
        ref = st.out.mention(il.label, name, p.id)
        relate_named(st, p, ref, name, [], industries_in(st, p, []))
        return
    if il.head in PARK_HEADS and label_of(name) == "Platform" and \
            not re.search(r"等|[一二三四五六七八九十两]+[个大]", il.modifier):
        # 甲谷、乙创新中心等一批主题园区: the text calls the centre a park.
        st.out.relabel(name, p.id, "Platform", "Park")
        ref = st.out.mention("Park", name, p.id)
        relate_named(st, p, ref, name, [], industries_in(st, p, []))
        return
    if il.label == "Enterprise" and label_of(name) == "Project" and \
            looks_like_brand(name):
        st.out.relabel(name, p.id, "Project", "Enterprise")
        ref = st.out.mention("Enterprise", name, p.id, status=status)
        relate_enterprise(st, p, ref, status)


def unsuffixed_item(st: State, p: Passage, il: ItemList, name: str,
                    sibling_project: bool) -> str | None:
    """The label of an item without a suffix, or None when it is none of ours here (an
    industry item or a project is read on the way)."""
    text = p.text
    if il.label == "Industry":
        loose_head = il.head in ("领域", "行业", "业态")
        if loose_head and name in ACTIVITY_CATEGORIES:
            return None  # 围绕研发设计、采购供应等应用领域: activities
        if loose_head and not (taxonomy().canonical(name) or
                               known_industry(st, name) or
                               context_industry(st, p)):
            return None
        if is_industry_phrase(name):
            industry_item(st, p, name, il)
        return None
    if il.label == "Project" and il.head in ("项目", "重点项目", "重大项目"):
        # 推动某某新品、某某新厂等项目建设
        after = text[il.end: il.end + 8]
        if 4 <= len(name) <= 16 and acceptable(name + "项目", "Project") and \
                not taxonomy().canonical(name) and not industryish(name) and \
                not re.search(r"人才|计划|资金|基金", after) and \
                not re.search(r"基础设施|新基建", il.modifier) and \
                (proper_project(st, name) or sibling_project):
            ref = st.out.mention("Project", name, p.id)
            relate_named(st, p, ref, name, [], industries_in(st, p, []))
        return None
    if il.label not in (None, "Enterprise"):
        return None
    if re.search(r"配套|相关|类|服务|贸易|制造|上下游|资源|领域", il.modifier + (
            text[il.end + 1 + len(il.modifier) + len(il.head or ""):][:2])):
        return None  # 引育船用钢材、焊材等船舶高端配套企业: kinds of firms, not firms
    if PRODUCT_KIND.search(name):
        return None  # 引进某某构件、某某软件等企业: firms by what they make, no name
    if not looks_like_brand(name):
        return None
    if il.label is None and il.head is None and not rely_enterprise_ok(
            text, il, name):
        return None
    return "Enterprise" if il.label in (None, "Enterprise") else il.label


def firm_kind(st: State, p: Passage, il: ItemList) -> None:
    """甲、乙等激光器企业 / 等射频芯片设计企业: the words before the head say what line of
    business the listed firms are in. Linked after every passage is read
    (link_firm_kinds), so only names read as enterprises by then are linked."""
    kind = re.sub(r"(?:研发|设计|生产|制造|研制)+$", "", il.modifier)
    if len(kind) < 2 or re.search(r"传统|配套|投资|外商|实体|类", kind):
        return  # 等传统实体贸易企业 / 等船舶配套企业: a kind of firm, not a line of business
    if not (taxonomy().canonical(kind) or is_industry_phrase(kind) or (
            re.search(r"[器机车剂料件品仪]$", kind) and loose_industry(kind))):
        return
    st.pending_kinds.append((p.id, il, kind))


def link_firm_kinds(st: State) -> None:
    """Link the firms of each list whose head names their line of business (firm_kind),
    once every passage is read and the items have become firms."""
    for pid, il, kind in st.pending_kinds:
        firms = {m.surface for m in st.out.by_passage.get(pid, ()) if m.label == "Enterprise"}
        names = [item_name(st, raw, i == 0) for i, raw in enumerate(il.items)]
        hits = [n for n in names if n in firms]
        if not hits:
            continue
        ref = st.out.mention("Industry", kind, pid)
        for name in hits:
            st.out.fact("IN_INDUSTRY", Ref("Enterprise", name), ref, pid)


def firm_siblings(st: State, p: Passage, il: ItemList) -> bool:
    """甲、乙等日用消费品: when an item is a firm the document names, the list is of firms."""
    firms = {m.surface for m in st.out.mentions if m.label == "Enterprise"}
    # 某某半导体 goes by 某某 too: a firm's name without its line of business.
    short = {f[: -len(t)]: f for f in sorted(firms) for t in FIRM_TRADE
             if f.endswith(t) and len(f) - len(t) >= 2 and t not in ("集团", "股份", "控股")
             and not zone_lexicon().canonical(f[: -len(t)]) and f[: -len(t)] not in firms}
    firms |= set(short)
    names = [item_name(st, raw, i == 0) for i, raw in enumerate(il.items)]
    if len(names) < 2 or not any(n in firms for n in names):
        return False
    if not all(n in firms or (label_of(n) in (None, "Enterprise") and looks_like_brand(
            n)) for n in names):
        return False
    status = cue_status(p.text, il.start, il.start + len(il.items[0]))
    for name in names:
        alias = {"alias_of": short[name]} if name in short else {}
        ref = st.out.mention("Enterprise", name, p.id, status=status, **alias)
        relate_enterprise(st, p, ref, status)
    return True


def zone_items(st: State, p: Passage, il: ItemList) -> None:
    """甲街、乙风情区等商圈: districts a list head names as such, suffix or not."""
    if len(il.items) == 1 and re.match(r"[两三四五六七八九十]大", p.text[il.end:]):
        return  # 遴选三大园区: the word before a count is its verb, not a place
    for i, raw in enumerate(il.items):
        name = re.sub(r"^(?:周边|附近|沿线)", "", item_name(st, raw, i == 0))
        if 2 <= len(name) <= 10 and not VERBISH.search(name) and is_specific(name, "") and \
                label_of(name) in (None, "Zone", "Park", "Project"):
            if label_of(name) in ("Park", "Project"):
                # 甲博物馆等旅游目的地: the head says the building is a place to go.
                st.out.relabel(name, p.id, label_of(name), "Zone")
            st.out.mention("Zone", name, p.id)


def represented_industries(st: State, p: Passage, m: re.Match, il: ItemList) -> None:
    """以甲、乙等为代表的O2O服务、文旅服务: the firms are examples of those industries."""
    after = re.match(r"等?为代表的([^，。；;：,:]{2,40})", p.text[m.end(1):])
    if not after:
        return
    kinds = [k for k in re.split(r"、|和|及", re.sub(r"等$", "", after.group(1))) if k]
    firms = [item_name(st, raw, i == 0) for i, raw in enumerate(il.items)]
    for kind in kinds:
        # 以甲、乙为代表的网络货运平台: the firms run platforms of that line of business.
        bare = re.sub(r"(?:平台|企业|公司)$", "", kind)
        if bare != kind and len(bare) >= 3 and bare + "产业" in st.full_text:
            kind = bare  # 某某货运平台, where the plan speaks of 某某货运产业
        elif bare != kind and is_industry_phrase(bare):
            kind = bare
        elif not is_industry_phrase(kind):
            continue
        ref = st.out.mention("Industry", kind, p.id)
        for firm in firms:
            if firm and label_of(firm) in (None, "Enterprise") and looks_like_brand(
                    firm) or label_of(firm) == "Enterprise":
                st.out.fact("IN_INDUSTRY", Ref("Enterprise", firm), ref, p.id)
