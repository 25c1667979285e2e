"""Parks, platforms and projects by their endings, and the firm a work is named after.

A work is named by what it is (产业园, 研究院, 生产基地, 项目) at its end and by the words in
front back to the last word that cannot be part of a name. News on projects names most works
after their maker: [place] + firm + what it makes + what is built (某国某某零部件生产
基地项目, 某某科技某某基板生产和研发基地). The firm is the run of proper words at the front
(words the dictionary does not know or tags as a name), closed by a trade word where one
follows (某某电子, 某某控股), never by a word that begins what the work makes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.candidates.boundary import name_start
from loaders.candidates.endings import endings
from loaders.divisions import divisions
from loaders.industries import industryish, names_a_thing, taxonomy
from loaders.words import Word, words

_WORK_LABELS = ("project", "park", "platform")
_LABEL = {"project": "Project", "park": "Park", "platform": "Platform"}
_PROPER = frozenset({"unk", "nr", "nrt", "nrfg", "nz", "nt", "ns", "j", "eng"})
_HAN_OR_ALNUM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


@dataclass(frozen=True, slots=True)
class WorkName:
    start: int
    end: int
    surface: str
    label: str
    ending: str
    maker: str | None = None  # the firm the work is named after


@lru_cache(maxsize=1)
def _endings() -> tuple[re.Pattern[str], dict[str, str]]:
    by_ending: dict[str, str] = {}
    for kind in _WORK_LABELS:
        for e in endings()[kind]:
            by_ending.setdefault(e, _LABEL[kind])
    pattern = re.compile("(?:" + "|".join(map(re.escape, sorted(by_ending, key=len, reverse=True)))
                         + ")")
    return pattern, by_ending


@lru_cache(maxsize=1)
def _activity() -> frozenset[str]:
    return frozenset(endings()["activity"])


@lru_cache(maxsize=1)
def _trades() -> tuple[str, ...]:
    return tuple(sorted(endings()["firm_trade"], key=len, reverse=True))


def maker_of(name: str) -> str | None:
    """The firm at the front of a work's name, or None."""
    ws = words(name)
    d = divisions()
    k = 0
    while k < len(ws) and d.is_place(ws[k].text) and k < 2:
        k += 1  # 某市某某产业园: the place is the work's, not the firm's
    start = ws[k].start if k < len(ws) else len(name)
    end = start
    activity = _activity()
    while k < len(ws) and ws[k].tag in _PROPER and not taxonomy().canonical(ws[k].text) \
            and ws[k].text not in activity:
        end = ws[k].end
        k += 1
    if end - start < 2:
        return None
    rest = name[end:]
    trade = next((t for t in _trades() if rest.startswith(t)), None)
    if trade and not _begins_product(rest, trade):
        end += len(trade)  # 某某电子, AB医疗: the trade word ends the firm's name
        rest = name[end:]
    if len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", rest)) < 3 and rest != "项目":
        return None  # 某某谷 alone: the name is the park's own, no firm in front
    if _ROUTE_HEAD.match(rest):
        return None  # 甲乙高速公路改扩建工程, 某某中线配套工程: a route's name, no firm's
    maker = name[start:end]
    return maker if _could_be_firm(maker) else None


# What follows a route's own name in a work's name: the route is the public's, not a maker's.
_ROUTE_HEAD = re.compile(r"(?:高速公路|高速|快速路|铁路|城际|公路|国道|省道|大桥|隧道|地铁|轨道|"
                         r"干线|中线|东线|西线|管线|管道|航道|运河|引水|调水)")


_NOT_FIRMS = frozenset({"中国", "国家", "全国", "国际", "全球", "世界", "省", "市", "区"})


def _could_be_firm(maker: str) -> bool:
    """A firm's name has a proper word of its own: not an industry, a place, a cue word, a
    kind word (央企类, 智能化, 满意度), a code (s319) or a material written in letters."""
    from loaders.candidates.endings import cues  # noqa: PLC0415

    ws = words(maker)
    proper = [w for w in ws if w.tag in ("unk", "nr", "nrt", "nrfg", "nz", "nt", "eng", "j")]
    if taxonomy().canonical(maker) or divisions().is_place(maker) or industryish(maker) and not proper:
        return False
    named = ws[:-1] if len(ws) > 1 and ws[-1].text in _trades() else ws  # 某某科技: its trade
    if any(w.text in cues()["govern"] or w.text in cues()["clause"] or
           w.text in cues()["category"] for w in named) or maker in _NOT_FIRMS:
        return False
    if re.search(r"[0-9]", maker) or not re.search(r"[\u4e00-\u9fff]", maker) or \
            re.search(r"[类化度性]$", maker) and ws[-1].tag not in ("unk", "nr", "nz", "nt", "j"):
        return False  # 智能化, 满意度, 央企类: a quality or a class
    if not any(w.tag in ("unk", "nr", "nrt", "nrfg", "nz", "nt", "eng", "j", "ns") and
               not divisions().is_place(w.text) for w in ws):
        return False
    return not re.search(r"[区湾港城]$", maker)


def _begins_product(rest: str, trade: str) -> bool:
    """某某零部件, 能源装备: the trade word starts what the work makes, not the firm's name."""
    activity = _activity()
    for size in range(min(len(rest), len(trade) + 4), len(trade), -1):
        piece = rest[:size]
        if any(a in piece for a in activity):
            continue  # 电子总部: the firm's trade word, then what it builds
        if taxonomy().canonical(piece) or industryish(piece) and size > len(trade) + 1:
            return True
    return False


# Works a government builds and names after a place: a short word in front of them is the
# place's (某某城际铁路, 某某人民医院), not a firm's.
_PUBLIC_WORKS = re.compile(r"(?:医院|学校|小学|中学|幼儿园|学院|校区|分校|院区|公路|高速|铁路|城际|大桥|码头|"
                           r"船闸|号线|博物馆|体育中心|福利院|养护院|变电站|特高压站|站点|[东西南北]站)$")


def _firm_maker(maker: str | None, label: str, ending: str) -> str | None:
    """A short word with no trade word of a firm (某某科技) in front of a park, a platform or a
    public work names a place far more often than a firm (某某产业园, 某某实验室)."""
    if maker is None or len(maker) > 3 or maker.endswith(_trades()):
        return maker
    if label in ("Park", "Platform") or _PUBLIC_WORKS.search(ending):
        return None
    return maker


def work_names(text: str, ws: tuple[Word, ...] | None = None) -> list[WorkName]:
    pattern, by_ending = _endings()
    ws = ws if ws is not None else words(text)
    out: list[WorkName] = []
    for m in pattern.finditer(text):
        start = name_start(text, m.start(), max_chars=28, ws=ws)
        core = text[start:m.start()]
        if len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", core)) < 2:
            continue
        surface = text[start:m.end()]
        label = by_ending[m.group(0)]
        out.append(WorkName(start, m.end(), surface, label, m.group(0),
                            _firm_maker(maker_of(surface), label, m.group(0))))
    # 某某海洋工程研发生产基地 holds 某某海洋工程: of names that start together, the longest.
    return [w for w in out if not any(o.start == w.start and o.end > w.end
                                      and _HAN_OR_ALNUM.fullmatch(text[w.end:o.end][:1] or "-")
                                      for o in out)]


# A road or line named by its code and the two places it joins: s356甲至乙改扩建二期,
# g351甲至乙段改扩建项目, 107国道甲绕城段, s361甲至乙段公路.
_ROUTE = re.compile(
    r"(?:[A-Za-z]\d{2,4}|\d{2,4}国道|[\u4e00-\u9fff]{2,4}(?:高速|国道|省道|铁路|线))?"
    r"[\u4e00-\u9fff]{2,6}(?:至[\u4e00-\u9fff]{2,6}段?|绕城段|连接线|线[\u4e00-\u9fff]{2,5}段)"
    r"(?:公路|高速公路|铁路|改扩建|提质改造|达标提质改造|改造|工程|项目|[一二三四]期|建设)*")


def route_names(text: str) -> list[WorkName]:
    out = []
    for m in _ROUTE.finditer(text):
        name = m.group(0)
        lead = re.match(r"^(?:[\u4e00-\u9fff]*?(?:推进|确保|做好|启动|加快|实施|完成))", name)
        start = m.start() + (lead.end() if lead else 0)
        name = text[start:m.end()]
        if not re.search(r"[A-Za-z0-9]|国道|省道|高速|公路|铁路|改扩建|改造|工程|项目", name):
            continue  # 甲至乙 alone is a span of places, not a work
        out.append(WorkName(start, m.end(), name, "Project", "route"))
    return out


# Words a work's name ends with after what it makes: the kind of work and the activities
# (研发及生产基地, 技术研究院, 科技产业园项目).
_WORK_TAIL = re.compile(r"(?:项目|子项目|工程|基地|园区|产业园|科技园|园|中心|研究院|研究所|实验室|平台|工厂|"
                        r"总部|研发|生产|制造|研究|技术|科技|工程技术|产业化|产业|创新|运营|临床|"
                        r"和|及|与|、|全国|国际一流的|一流的|的)$")
_PRODUCT_SPLIT = re.compile(r"和|及|与|、")


def products_of(name: str, fronts: tuple[str, ...] = ()) -> list[str]:
    """What a work makes, as its name says (某某新型某某电池科技产业园项目 → 新型某某电池,
    某某光电芯片生产基地 → 光电芯片): the words between its maker or place and the kind of
    work with its activities. `fronts` are the names that may begin it: its maker, the firms,
    parks and zones of the document (某市某某电子某某系统基地, 某某科技城某某供应链项目)."""
    core = name
    d = divisions()
    previous = None
    while core != previous:
        previous = core
        first = words(core)[:1]
        if first and d.is_place(first[0].text) and len(core) > len(first[0].text):
            core = core[len(first[0].text):]
        front = next((f for f in sorted(fronts, key=len, reverse=True)
                      if core.startswith(f) and len(_without_tail(core[len(f):])) >= 2), None)
        if front:
            core = core[len(front):]
    core = _without_tail(core)
    core = re.sub(r"[(（][^()（）]*[)）]", "", core)
    from loaders.candidates.places import place_names  # noqa: PLC0415

    for p in place_names(core)[:1]:
        if p.start == 0:
            core = core[p.end:]
    out = []
    heads = _product_heads()
    for part in _PRODUCT_SPLIT.split(core):
        part = re.sub(r"^(?:新建|建设|国际一流的?|一流的?|高端|先进)(?=.{2})", "", part)
        if len(part) < 2 or not re.search(r"[\u4e00-\u9fff]", part) or _generic(part) or \
                re.search(r"(?:站|医院|学校|中心|总部|区|城|港|园|馆|所|院)$", part):
            continue
        if re.search(r"[0-9]", part) or names_a_thing(part):
            continue  # 3.0T…, 二一三…: a model or a firm's number, not a line of business
        if taxonomy().canonical(part) or len(part) >= 3 and any(h in part for h in heads):
            out.append(part)
    return out


def _without_tail(core: str) -> str:
    previous = None
    while core and core != previous:
        previous = core
        core = _WORK_TAIL.sub("", core)
    return core


@lru_cache(maxsize=1)
def _product_heads() -> tuple[str, ...]:
    return tuple(endings()["product_heads"])


def _generic(part: str) -> bool:
    from loaders.candidates.endings import cues  # noqa: PLC0415

    ws = words(part)
    return all(w.text in cues()["category"] or w.tag in ("m", "q", "b", "a", "t") for w in ws)
