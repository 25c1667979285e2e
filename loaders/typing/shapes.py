"""Shapes no name has, whichever family proposed it: the few decisions that hold by the
grammar of the phrase, so the learned model is left the ones that need weighing.

- a tally (11个生物医药项目, 1720家, 四大省级工业园区): a count inside counts things, it
  names none;
- a list's head or a counted category (…等氢能系列项目, 世界500强项目31个): the words right
  after 等 or a count, or right before one, say what kind of thing, not which;
- a category (重大项目, 优质项目, 生物医药项目, 工业园区): only qualifiers, industries and
  places in front of the kind word;
- a governed phrase (也吸引某某, 今年安排某某产业园): a cue word or a descriptor in front of a
  name that is itself a candidate of the document — the inner one is the name;
- a number or a single character.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.candidates.endings import cues, endings
from loaders.divisions import divisions
from loaders.industries import industryish, names_a_thing, taxonomy
from loaders.model import Passage
from loaders.patterns import GENERIC_WORDS, fragment_or_class, is_specific, label_of, suffix_of
from loaders.words import words

_COUNT = re.compile(r"(?:^|[^0-9A-Za-z.\-])(?:[0-9]+|[一二三四五六七八九十两百千]+)(?:个|家|项|大|批|类|座|条|家次)")
_NUMBERISH = re.compile(r"^[0-9.,%％一二三四五六七八九十百千万亿]+$")
_COUNT_AFTER = re.compile(r"^(?:[0-9]+|[一二三四五六七八九十两百千]+)(?:个|家|项|批|座)")
_WORKS = ("Park", "Platform", "Project")
_GENERIC_WORDS = frozenset(GENERIC_WORDS)
_KIND_ENDINGS = re.compile(r"(?:项目|工程|产业园区|工业园区|产业园|工业园|园区|基地|小镇|示范区|集聚区|"
                           r"平台|中心|空间|孵化器|加速器)$")
_MONEY = re.compile(r"[0-9.]+(?:万|亿)?元")
_DESCRIBED = re.compile(r"(?:领军|龙头|知名|头部|\d+强)[^、，,。]{0,10}?企业(?=[\u4e00-\u9fffA-Za-z]{4})")


def _ends_inside_word(text: str, start: int, end: int) -> bool:
    """The name's last word runs on past it (天津市港 of 某市港航管理局, 中国工程 of 中国工程院)."""
    if end >= len(text) or end == 0:
        return False
    from loaders.words import word_at  # noqa: PLC0415

    ws = words(text)
    w = ws[word_at(ws, end - 1)]
    inside = w.start > start and w.start >= end - 2 and len(w.text) <= 3 or w.start == start
    return w.end > end and inside and \
        text[end] not in "和与及、的等" and w.tag in ("n", "vn", "nz", "j", "nt")



@lru_cache(maxsize=1)
def _category_words() -> frozenset[str]:
    return cues().get("category", frozenset())


def _has_proper(text: str) -> bool:
    return bool(re.search(r"[A-Za-z0-9“”\"]", text)) or any(
        w.tag in ("unk", "nr", "nz", "nt", "nrt", "eng", "j", "ns", "nrfg") for w in words(text))


def _strip_category(core: str) -> str:
    """The core without the qualifying words at either end (重大, 优质, 提质增效, 试点…)."""
    words_ = sorted(_category_words() | {"类", "级", "性", "的"}, key=len, reverse=True)
    changed = True
    while core and changed:
        changed = False
        for w in words_:
            if core.startswith(w):
                core, changed = core[len(w):], True
                break
            if core.endswith(w):
                core, changed = core[: -len(w)], True
                break
    return core


def _strip_trailing_category(core: str) -> str:
    category = _category_words()
    ws = words(core)
    while ws and ws[-1].text in category:
        ws = ws[:-1]
    return core[: ws[-1].end] if ws else ""


def _is_category(label: str, surface: str) -> bool:
    """Nothing but qualifiers in front of the kind word (重大项目, 特色小镇, 开放平台). A place
    in front makes a park or a platform one (某某工业园区) but a work a class (北京项目)."""
    m = _KIND_ENDINGS.search(surface)
    if not m:
        return False
    core = surface[: m.start()]
    if not core:
        return True
    category = _category_words()
    d = divisions()
    proper = any(w.tag in ("unk", "nr", "nz", "nt", "nrt", "eng", "ns") for w in words(core))
    trade = core.endswith(tuple(endings()["firm_trade"]))
    if label == "Project" and len(core) <= 6 and not proper and (
            taxonomy().canonical(core) or industryish(core) and not trade):
        return True  # 智能制造基地, 医疗服务项目: a field's works (某某科技产业园 is a firm's)
    bare = _strip_category(core)
    if not bare or label != "Park" and (bare in ("类", "级") or d.is_place(bare)):
        return True  # 提质增效试点园区, 新动能项目, 市科技项目
    named = _strip_trailing_category(core)
    if label == "Project" and named != core and label_of(named):
        return True  # 某某研究院优质项目, 某某产业园重点项目: the class of a named thing's works
    ws = words(core)
    if label == "Platform" and len(ws) > 1:
        return False
    for k, w in enumerate(ws):
        if w.text in category or label == "Platform" and w.text in _GENERIC_WORDS or \
                w.tag in ("m", "q", "mq", "b", "t") or \
                w.text in ("类", "系列", "级", "性", "季度", "年度"):
            continue
        if k == 0 and w.text in _BODY_WORDS:
            continue  # 市科技项目, 新区某某产业重大项目: a government's class of works
        if label == "Project" and (d.is_place(w.text) or taxonomy().canonical(w.text) or
                                   industryish(w.text)):
            continue  # 北京项目, 医疗服务项目, 智能制造基地: a place's or a field's works
        return False
    return True


def tally(surface: str) -> bool:
    return bool(_COUNT.search(surface))


def _no_industry(plain: str) -> bool:
    """One generic word (技术, 现代化, 智能) or a phrase opened by a verb or particle (以某某,
    攻坚某某) or a place's (某区产业): a quality, a place or a clause, not a line of business."""
    ws = words(plain)
    if not ws:
        return True
    first = ws[0]
    d = divisions()
    if len(ws) > 1 and (d.by_name.get(first.text) or d.named(first.text) or
                        re.search(r"(?:新区|开发区|高新区|经开区|片区)$", first.text)):
        return True

    if len(ws) > 1 and (first.text in cues()["govern"] or first.tag in ("p", "c", "u", "r")):
        return True
    if _PERSON_TITLE.search(plain):
        return True  # 某院某某院士, 某某教授: a person, not a field
    if names_a_thing(plain):
        return True
    return len(ws) == 1 and not taxonomy().canonical(plain) and (
        plain in _category_words() or plain in _GENERIC_WORDS or first.tag in ("a", "ad", "d", "v"))


_PERSON_TITLE = re.compile(r"(?:院士|教授|博士|专家|研究员|总经理|董事长|书记|主任|市长|区长)$")
_BODY_WORDS = frozenset({"省", "市", "区", "县", "新区", "全市", "全区", "全省", "本市", "本区", "我市",
                         "我区"})
_NUMBERED_KINDS = re.compile(r"^(?:[一二三四五六七八九十两]+[\u4e00-\u9fff]{1,2}?){2,}(?:[^一二三四五六七八九十两]|$)")
_DATED = re.compile(r"^(?:19|20)[0-9]{2}年")
@lru_cache(maxsize=1)
def _all_endings() -> frozenset[str]:
    from loaders.endings import SUFFIXES  # noqa: PLC0415

    return frozenset(e for ends in SUFFIXES.values() for e in ends)


_BARE_KINDS = frozenset({"中心", "基地", "园区", "平台", "项目", "工程", "集团", "公司", "企业", "机构"})


def not_a_name(label: str, surface: str, passages: list[Passage]) -> bool:
    plain = surface.strip("“”\"")
    if len(plain) < 2 or _NUMBERISH.match(plain) or plain in _BARE_KINDS or \
            plain in _all_endings() and label_of(plain) != label:
        return True  # 中心, 基地 alone, 片区 as an industry: a kind, not a name
    if _DATED.match(plain):
        return True  # 2002年某某: a date opens a clause, not a name
    numbered = _NUMBERED_KINDS.match(plain)
    if numbered and re.search(r"[二三四五六七八九十两]", numbered.group(0)) or \
            surface.count("“") != surface.count("”"):
        return True  # 九镇三谷, 一谷三区…: a slogan of several things; a quote cut open
    if label == "Industry" and _no_industry(plain):
        return True
    if label in _WORKS or label == "Enterprise":
        if tally(plain) or label == "Project" and _MONEY.search(plain):
            return True  # 11个生物医药项目, 10亿元以上项目: a tally or a class by size
        if any(w.text in cues()["clause"] for w in words(plain)):
            return True  # 黄埔举行重大项目, 某公司签署项目: a clause, not a name
        if fragment_or_class(plain):
            return True  # 级研发平台, 类项目: the tail of a longer phrase or a class
    if label == "Enterprise" and (_generic_firm(plain) or _ACADEMY.search(plain)):
        return True  # 某某大学, 某某科学院 in 加强与…等合作: a partner, but no firm
    if label in _WORKS or label == "Enterprise":
        ws = words(plain)
        if len(ws) > 1 and ws[0].tag == "c" and len(ws[0].text) == 1:
            return True  # 而某某项目, 及某某公司: a conjunction joins a clause, it opens no name
    if label in _WORKS and _is_category(label, plain):
        return True
    if label in _WORKS and label_of(plain) is None and not _has_proper(plain) and all(
            w.text in _GENERIC_WORDS or w.text in _category_words() for w in words(plain)):
        return True  # 基础设施, 科技创新 as a work: generic words, no ending, no name
    if label in _WORKS and _DESCRIBED.search(plain):
        return True  # 国际领军某某内饰企业某某基地: a descriptor and a name run together
    if label in _WORKS:
        for p in passages:
            at = p.text.find(surface)
            if at < 0:
                continue
            before = p.text[max(0, at - 3):at]
            after = p.text[at + len(surface):at + len(surface) + 4]
            if before and re.match(r"[0-9A-Za-z.\-]", before[-1]) and re.match(r"[0-9A-Za-z]", plain):
                return True  # 0T科研级… of 3.0T科研级…, 1某某园区 of 图6-1: a name starts no number
            if _ends_inside_word(p.text, at, at + len(surface)):
                return True  # 天津市港 of 某市港航管理局: the name runs on
            if before.endswith("等") or re.search(r"(?:[0-9]+|[一二三四五六七八九十两])(?:个|家|项|大)$", before):
                return True  # 等氢能系列项目, 11个生物医药项目: the head of a list or a tally
            if _COUNT_AFTER.match(after) and suffix_of(plain) and not before.endswith("、") and \
                    not words(plain)[0].tag in ("unk", "nr", "nz", "nt", "nrt", "eng"):
                return True  # 世界500强项目31个: a category counted
    return False


# Universities and academies: bodies of learning and research, whoever they partner with.
_ACADEMY = re.compile(r"(?:大学|学院|科学院|工程院|社会科学院|中科院|研究生院)$")
_CLASS_TAIL = re.compile(r"(?:子公司|分公司|有限公司|公司|集团|企业)?类?$")


def _generic_firm(plain: str) -> bool:
    """跨国公司, 航运子公司, 央企类: a class of firms (generic or trade words and a firm's
    ending), no one firm's name."""
    core = _CLASS_TAIL.sub("", plain)
    trades = endings()["firm_trade"]
    if core == plain:
        return False
    if not core or taxonomy().canonical(core):
        return True  # 某行业公司: the firms of a line of business
    return all(w.text in _GENERIC_WORDS or w.text in _category_words() or w.text in trades or
               taxonomy().canonical(w.text) for w in words(core))


def cut_firm(surface: str, others: set[str]) -> bool:
    """A firm's name cut before its own ending (某某 of 某某集团): the longer is the name."""
    return any(surface + form in others for form in _FIRM_FORMS)


_FIRM_FORMS = ("集团", "公司", "有限公司", "股份有限公司", "控股", "集团有限公司", "股份")


def governed(surface: str, others: set[str]) -> bool:
    """Another candidate ends this one and what is left in front governs or describes it:
    a cue word (也吸引某某, 今年安排某某), a particle (了某某), a descriptor (领军企业某某),
    or a place joined to it (某市与某某集团). A conjunction between two activities
    (某某淡化与综合利用研究所) joins parts of one name."""
    govern = cues()["govern"]
    for k in range(1, len(surface) - 2):
        o = surface[k:]
        if o not in others or not is_specific(o):
            continue
        front = surface[: -len(o)]
        ws = words(front)
        if not ws or divisions().is_place(front):
            continue  # 某县高新区: a place in front names the place's own, whatever its tag
        last = ws[-1]
        if last.text in govern or last.tag in ("ul", "uj", "u", "d", "y", "p") and \
                last.text not in _JOINS and last.text != "至":
            return True
        if last.text in _JOINS and (divisions().is_place(front[:-1]) or _PLACE_END.search(front[:-1])):
            return True
        if _DESCRIPTOR_END.search(front) and len(ws) >= 2:
            return True
    return False


_JOINS = ("与", "和", "及")
_PLACE_END = re.compile(r"(?:市|省|区|县|新区|开发区|高新区|片区)$")
_DESCRIPTOR_END = re.compile(r"(?:领军企业|龙头企业|企业|药企|车企|央企|之一|\d+强)$")


__all__ = ["not_a_name", "governed", "tally", "endings"]
