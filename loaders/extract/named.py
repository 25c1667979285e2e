"""Things named by their suffix or in quotes: which of them are names in their sentence (not
goals, kinds, sought kinds or the parent of a branch), the other forms they go by, and their
place and industries.
"""

from __future__ import annotations

import re

from loaders.endings import label_of
from loaders.extract.carriers import is_aspiration, not_one_park, only_relied_on
from loaders.extract.cues import SEEK_CUE
from loaders.extract.firm_shapes import enterprise_name_ok, proper_project
from loaders.extract.relate import relate_named
from loaders.extract.state import Named, State
from loaders.extract.work_words import (
    ACTION_BEFORE,
    LEADING_BUILD,
    LEADING_RATE,
    NUMBERED_INSTITUTE,
    QUALIFIER,
    ROUTE_PART,
    SOUGHT_KIND,
)
from loaders.extract.zone_refs import split_zone_prefix
from loaders.industries import industryish
from loaders.model import Passage, Ref
from loaders.name_checks import acceptable, is_specific
from loaders.patterns import names_ending_with_suffix


def suffix_named(p: Passage) -> list[Named]:
    """Suffix-marked names that are names here (not goals, kinds or one of many), and quoted
    names (打造“某某谷”, “互联网+某某”平台)."""
    text = p.text
    named: list[Named] = []
    for s, e, name, label in names_ending_with_suffix(text):
        if label == "Zone":
            continue
        if label == "Park" and name.endswith(("示范区", "集聚区", "聚集区")) and not \
                is_specific(name):
            continue
        if not is_specific(name) or len(name) > 30:
            continue
        if re.search(r"[\u4e00-\u9fff]{1,4}[化型式]、$", text[:s]):
            continue  # 集约化、可视化某平台: the qualities before 、 are part of one name
        if label == "Enterprise" and not enterprise_name_ok(name):
            continue
        if label in ("Park", "Platform") and p.kind != "table_row" and is_aspiration(
                text, s, e, name):
            continue
        if label == "Park" and p.kind != "table_row" and not_one_park(text, s, name):
            continue
        named.append((s, e, name, label))
    # Quoted names: 打造“某某谷”, “互联网+某某”平台.
    for m in re.finditer(r"“([^”]{2,14})”(平台|中心|工程|项目|基地|产业园)?", text):
        q = m.group(1) if not m.group(2) else m.group(0)
        lab = label_of(q)
        if lab and lab != "Zone" and "、" not in q and acceptable(q, lab) and is_specific(
                q.replace("“", "").replace("”", "")) and \
                not any(n[2] == q for n in named):
            named.append((m.start(1), m.end(1), q, lab))
    return named


def refine_named(st: State, text: str,
                 named: list[Named]) -> tuple[list[Named], dict[str, str], set[str]]:
    """The names as the sentence means them: verbs and build words cut off, a firm's 谷 made a
    platform, kinds sought dropped, and the parent of a branch or a work left out. Returns the
    names, the built forms of works (新建某站 → 某站) and the names nested in a longer one."""
    named = [without_verb(st, n) for n in named]
    named = [firm_valley(st, n) for n in named]
    named += numbered_institutes(text)
    built: dict[str, str] = {}
    for i, (s, e, name, label) in enumerate(named):
        lead = LEADING_BUILD.match(name)
        rest = name[lead.end():] if lead else ""
        if label == "Project" and lead and len(rest) >= 4 and label_of(rest) == "Project" \
                and is_specific(rest):
            named[i] = (s + lead.end(), e, rest, label)
            built[rest] = name
    named = [n for n in named if not (n[3] == "Project" and SEEK_CUE.search(text, 0, n[0]) and (
        SOUGHT_KIND.search(n[2]) or kind_sought(st, n[2])))]
    # 某集团 holding a work word (中国某路设计集团) names no work; a branch (某学校某分校)
    # keeps its parent as a thing, but only the branch is where the sentence puts it.
    outer = [(s, e, lab) for s, e, _, lab in names_ending_with_suffix(text)]
    named = [n for n in named if not any(
        lab == "Enterprise" and s <= n[0] and n[1] < e for s, e, lab in outer)]
    nested = {n[2] for n in named if n[3] != "Enterprise" and any(
        s == n[0] and n[1] + 4 <= e for s, e, lab in outer if lab != "Enterprise")}
    # 甲医院乙分院建设: the work is the branch; its parent, named only as the head of
    # the branch's name, is no work of this sentence.
    heads = {n for n in named if n[3] == "Project" and any(
        m[3] == "Project" and m[0] == n[0] and (n[1] + 4 <= m[1] or (
            n[1] < m[1] and ROUTE_PART.fullmatch(text, n[1], m[1]))) for m in named)}
    named = [n for n in named if n not in heads and not (
        n[3] == "Project" and only_relied_on(text, n[0], n[1]))]
    return named, built, nested


def mention_named(st: State, p: Passage, named: list[Named], built: dict[str, str],
                  nested: set[str], sentence_zone: list[str], industry_here: list[Ref]) -> None:
    """Mention each name with the other forms it goes by (without its size, with its
    qualifier, without its zone, with its build action) and relate it to its place and
    industries."""
    text = p.text
    out = st.out
    layout = st.line_focus.get(p.line)
    for s, e, name, label in named:
        if layout and layout[0] == "Zone" and label == "Park" and name == layout[1]:
            label = "Zone"  # the layout item read as a part of the area, not a park
        ref = out.mention(label, name, p.id)
        rate = LEADING_RATE.match(name)
        if rate and acceptable(name[rate.end():], label) and is_specific(name[rate.end():]):
            out.mention(label, name[rate.end():], p.id, alias_of=name)  # without its size
        # 某某中学(某某初中) / 某某医院改扩建: the qualified form is the same thing.
        qual = QUALIFIER.match(text, e)
        if qual and label in ("Project", "Platform", "Park"):
            out.mention(label, name + qual.group(0), p.id, alias_of=name)
        outer, inner = split_zone_prefix(name)
        if outer and label in ("Park", "Platform") and len(inner) >= 5 and label_of(inner):
            # 某某开发区某某科技园: the park is also named without its zone.
            out.mention(label, inner, p.id, alias_of=name)
        if name in built and label == "Project":
            out.mention(label, built[name], p.id, alias_of=name)
        before = ACTION_BEFORE.search(text, 0, s)
        if before and label == "Project":
            # 改扩建某某医院 / 新建某某中学: the work on it is named either way round.
            act = before.group(1)
            form = act + name if act == "新建" else name + act
            out.mention(label, form, p.id, alias_of=name)
        if name not in nested:
            relate_named(st, p, ref, name, sentence_zone, industry_here)


def kind_sought(st: State, name: str) -> bool:
    """大力吸引某某诊断终端仪器项目: a product line of an industry, with nothing proper in it,
    to be attracted, is a kind of project (引进某外企新材料项目 keeps its firm)."""
    m = re.fullmatch(r"(.{2,14})(?:仪器|设备|装备|材料|器件|产品|部件|零部件|整机)项目", name)
    return bool(m) and industryish(m.group(1)) and not proper_project(st, name[:-2])


def without_verb(st: State, found: Named) -> Named:
    """创新某医院运行机制 / 联合某站: 创新 and 联合 begin real names too (联合某某 as a brand), so they
    are cut only when the document also names the rest without them."""
    s, e, name, label = found
    m = re.match(r"(创新|联合)(?=[\u4e00-\u9fff]{4})", name)
    if not m or label not in ("Project", "Platform", "Park"):
        return found
    rest = name[m.end():]
    if st.full_text.count(rest) > st.full_text.count(name) and label_of(rest) == label:
        return (s + m.end(), e, rest, label)
    return found


def firm_valley(st: State, found: Named) -> Named:
    """某公司星语谷: a 谷 a firm names after itself is its innovation carrier, not an area."""
    s, e, name, label = found
    if label != "Park" or not name.endswith("谷"):
        return found
    firms = {m.surface for m in st.out.mentions if m.label == "Enterprise"}
    firm = next((f for f in firms if len(f) >= 2 and name.startswith(f) and
                 len(name) - len(f) >= 3), None)
    if firm:
        st.firm_valleys[name[len(firm):]] = name
        return (s, e, name, "Platform")
    return found


def numbered_institutes(text: str) -> list[Named]:
    """某某有限责任公司七零一所: a firm's institute known by its number."""
    out = []
    for s, e, name, label in names_ending_with_suffix(text):
        m = NUMBERED_INSTITUTE.match(text, e)
        if label == "Enterprise" and m:
            out.append((s, m.end(), name + m.group(0), "Platform"))
    return out
