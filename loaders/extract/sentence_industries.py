"""Industries a sentence gives the firms, platforms, projects and parks it names, narrowed to the
clause, field and list that hold each one; and the paragraph a platform or park opens, whose
fields are its own.
"""

from __future__ import annotations

import re

from loaders.extract.cues import BENCHMARK, CLAUSE_MARK, MAINSTAYS
from loaders.extract.industry_phrases import is_industry_phrase
from loaders.extract.industry_words import (
    ACTIVITY_CATEGORIES,
    APPLIED_TECH,
    BUILD_OR_RELY,
    CHAIN,
    KINDS_AFTER,
    SERVED,
    SERVES,
    SUPPORTED,
    TOWARDS,
    USED_IN,
)
from loaders.extract.state import State
from loaders.industries import taxonomy
from loaders.lists import clause_start
from loaders.model import Passage, Ref
from loaders.patterns import names_ending_with_suffix


def parks_serving(st: State, p: Passage) -> None:
    """加快建设甲园区、乙示范园等平台,促进数字创意产业发展: parks built in one clause for
    the industry the next clause promotes."""
    text = p.text
    parks = [m.surface for m in st.out.by_passage.get(p.id, ())
             if m.label == "Park" and not m.props.get("alias_of")]
    for park in parks:
        at = text.find(park)
        start = clause_start(text, at)
        end = CLAUSE_MARK.search(text, at + len(park))
        if at >= 0 and start > 0 and re.fullmatch(r"(?:加快)?(?:建设|打造)" + re.escape(park),
                                                  text[start:end.start() if end else None]):
            # 支持甲、乙等现代港航服务业发展,建设某集聚区: built for what the clause before
            # it supports.
            prev = SUPPORTED.search(text[clause_start(text, start - 1):start - 1])
            if prev and is_industry_phrase(prev.group(1)):
                st.out.fact("FOCUSES_ON", Ref("Park", park),
                            st.out.mention("Industry", prev.group(1), p.id), p.id)
        if at < 0 or not end or end.group(0) not in "，," or not BUILD_OR_RELY.match(
                text, start):
            continue
        nxt = SERVES.match(text, end.end())
        around = ""
        if text[start:end.start()] == "依托" + park and start > 0:
            # 深化甲合作,依托某产业园,做强乙集群: a clause that only names the park it relies
            # on stands between what it serves.
            before = clause_start(text, start - 1)
            after = CLAUSE_MARK.search(text, end.end())
            around = text[before:start] + text[end.end():after.start() if after else None]
        if not nxt and not around:
            continue
        for s, e, surf, _ in taxonomy().find(nxt.group(1) if nxt else around):
            if surf not in ACTIVITY_CATEGORIES:
                st.out.fact("FOCUSES_ON", Ref("Park", park),
                            st.out.mention("Industry", surf, p.id), p.id)


def opens_sentence(text: str, name: str) -> bool:
    """建成某某一期,依托…,聚焦发展甲、乙等产业: a work built in the sentence's first clause
    is what the rest of the sentence develops."""
    return bool(re.match(r"(?:加快|全面|高标准)?(?:建成|建设|推进|打造|推动)" + re.escape(name) +
                         r"(?:项目)?(?:建设)?[，,]", text))


def in_sibling_name(text: str, org: str, ind: str) -> bool:
    """推进甲晶圆代工、乙乙烯、丙新能源电池等项目: an industry inside another work of the
    list belongs to that work."""
    where = text.find(org)
    if where < 0:
        return False
    start = clause_start(text, where)
    end = CLAUSE_MARK.search(text, where)
    run = text[start:end.start() if end else len(text)]
    items, pos = [], 0
    for item in run.split("、"):
        items.append((pos, pos + len(item), item))
        pos += len(item) + 1
    seen = False
    for k in re.finditer(re.escape(ind), run):
        a, b, item = next(x for x in items if x[0] <= k.start() < x[1])
        if org in item or re.sub(r"等.*$", "", item).strip() in (ind, ""):
            return False
        seen = True
    return seen and len(items) >= 2


def own_industries(name: str, known: set[str]) -> list[str]:
    """The industries a body's name carries: these, not its sentence, say what it works in."""
    own = [surf for _, _, surf, _ in taxonomy().find(name)]
    own += [k for k in known if k in name and k != name]
    # Two characters (某某生物智创谷) are as often a firm's trade name as its field.
    return [o for o in own if len(o) >= 3]


def link_passage_industries(st: State, p: Passage) -> None:
    """Enterprises, platforms and projects belong to the industries their sentence lists."""
    orgs = [m for m in st.out.by_passage.get(p.id, ()) if m.label in
            ("Enterprise", "Platform", "Project")]
    if not orgs:
        return
    if BENCHMARK.search(p.text):
        return  # 缺乏类似某地某实验室…: a comparison, not a fact about the place
    text = p.text
    spans = [(text.find(m.surface), len(m.surface)) for m in st.out.by_passage.get(p.id, ())
             if m.label in ("Enterprise", "Platform", "Project", "Park")]
    # 某某健康产业园: the category inside any name (a park's too) is the name's.
    named_spans = spans + [(s, e - s) for s, e, _, _ in names_ending_with_suffix(text)]
    industries = {m.surface for m in st.out.by_passage.get(p.id, ()) if m.label == "Industry"}
    # ——某云计算产业集聚区:推进甲、乙等…: the firms a layout item names share its field.
    focus = st.line_focus.get(p.line)
    at_focus = text.find(focus[1]) if focus else -1
    field_of_focus: set[str] = set()
    for s, e, surf, _ in taxonomy().find(text):
        if any(o <= s < o + n for o, n in named_spans if o >= 0):
            if at_focus >= 0 and at_focus <= s < at_focus + len(focus[1]):
                field_of_focus.add(surf)
            continue  # 生物医药产业园: the category inside a name is the name's
        if surf in ACTIVITY_CATEGORIES:
            continue  # 研发设计 in running text is what is done, not a firm's industry
        industries.add(surf)
    applied = [m.span(1) for m in APPLIED_TECH.finditer(text)]
    applied += [m.span() for m in CHAIN.finditer(text)]
    applied += [m.span(1) for m in KINDS_AFTER.finditer(text)]
    applied += [m.span(1) for m in SERVED.finditer(text)]
    applied += [m.span(1) for m in TOWARDS.finditer(text)]
    applied += [m.span(1) for m in USED_IN.finditer(text)]
    industries = {i for i in industries if not applied or any(
        not any(a <= k.start() < b for a, b in applied)
        for k in re.finditer(re.escape(i), text))}
    for ind in sorted(field_of_focus - industries):
        ref = st.out.mention("Industry", ind, p.id)
        for m in orgs:
            if m.label == "Enterprise":
                st.out.fact("IN_INDUSTRY", Ref("Enterprise", m.surface), ref, p.id)

    def segment(pos: int, marks: str) -> int:
        return len(re.findall(marks, text[:pos])) if pos >= 0 else -1

    known = {m.surface for m in st.out.mentions if m.label == "Industry" and len(m.surface) >= 2}
    own = {m.surface: own_industries(m.surface, known) for m in orgs
           if m.label == "Platform"}
    # ——某研发区:以甲、乙、丙等为重点,重点发展A、B、C等: the firms are the area's mainstays,
    # the list what the area develops; it does not say which firm makes which.
    mainstays = []
    for k in MAINSTAYS.finditer(text):
        nxt = CLAUSE_MARK.search(text, k.end() + 1)
        mainstays.append((k.start(), k.end(), nxt.start() if nxt else len(text)))
    for ind in sorted(industries):
        ref = st.out.mention("Industry", ind, p.id)
        at = text.find(ind)
        for m in orgs:
            if ind in m.surface:
                continue
            if m.label == "Enterprise" and len(industries) >= 3 and any(
                    a <= text.find(m.surface) < b <= at < c for a, b, c in mainstays):
                continue  # the list right after them; a theme named later still holds
            if m.label == "Project" and in_sibling_name(text, m.surface, ind):
                continue
            if own.get(m.surface) and not any(o in ind or ind in o for o in own[m.surface]):
                continue  # 某某海水淡化研究所 in a sentence listing ten industries works in its own
            where = text.find(m.surface)
            # Across a semicolon another clause speaks of other firms; a project belongs
            # to the industries of its own comma clause (推进甲、乙等项目建设).
            marks = r"[；;，,]" if m.label == "Project" and not opens_sentence(
                text, m.surface) else r"[；;]"
            if segment(where, marks) in (segment(at, marks), -1):
                st.out.fact("IN_INDUSTRY", Ref(m.label, m.surface), ref, p.id)


def lead_subject(st: State, p: Passage) -> None:
    """某某协同创新平台。以…为载体,吸引一批甲、乙等领域项目落户: a paragraph that opens by
    naming one platform or park speaks of it; the fields it goes on to name are its own."""
    first = st.by_line.get(p.line, [p])[0]
    if first.id == p.id:
        lead = re.sub(r"^[\s——]+", "", p.text).rstrip("。 ")
        hit = next((m for m in st.out.by_passage.get(p.id, ()) if m.surface == lead
                    and m.label in ("Platform", "Park")), None)
        if hit:
            st.line_subject[p.line] = Ref(hit.label, hit.surface)
        return
    subject = st.line_subject.get(p.line)
    if subject is None:
        return
    names = [(p.text.find(m.surface), len(m.surface)) for m in st.out.by_passage.get(p.id, ())
             if m.label in ("Enterprise", "Platform", "Project", "Park", "Zone")]
    found = {m.surface for m in st.out.by_passage.get(p.id, ()) if m.label == "Industry"}
    found |= {surf for s, e, surf, _ in taxonomy().find(p.text)
              if surf not in ACTIVITY_CATEGORIES}
    rel = "FOCUSES_ON" if subject.label == "Park" else "IN_INDUSTRY"
    for ind in sorted(found):
        at = p.text.find(ind)
        if at < 0 or any(o <= at < o + n for o, n in names if o >= 0):
            continue  # inside another name: that name's field
        st.out.fact(rel, subject, st.out.mention("Industry", ind, p.id), p.id)
