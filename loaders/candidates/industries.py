"""Industries by the words that class a line of business, and by the heads of lists.

- a phrase closed by a word for an industry (某某装备产业, 某某产业链, 某某服务业, 某某经济,
  某某经济, 某某领域): the phrase back to the last word that cannot be part of it;
- the head of a list of works or firms says their industry (…等氢能系列项目, …等医药研发、
  医疗服务项目, 新能源类项目有…);
- 以甲为代表的乙: 甲 is a kind of 乙.
Which of these the document develops, and for which place, is the relation stage's to say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.candidates.boundary import name_start
from loaders.candidates.endings import cues
from loaders.industries import industryish
from loaders.zones import zone_lexicon
from loaders.words import Word, words

# Words that close an industry's name; `keep` ones stay part of it (某某服务业, 某某经济).
_CLOSE = re.compile(r"(?:产业集群|产业链|产业|行业|领域|赛道|服务业|制造业|农业|经济|业务)"
                    r"(?![园区基地链集群带圈城]|技术|开发|示范|发展|特色|高质量)")
# What no industry's name holds: a count or a size (37个, 万亿级), a time (一季度, 2023年).
_NOT_IN_NAME = re.compile(r"[0-9]|[一二三四五六七八九十两百千万亿]+(?:个|条|大|级|项)|季度|年度|\d+年|今年|上半年|下半年")
_BODY_FRONT = re.compile(r"^(?:新区|全区|全市|全省|全县|我区|我市|我省|本区|本市|[省市区县](?:政府|委)|"
                         r"中国|国家|全国)")
_KEEP = ("服务业", "制造业", "农业", "经济")
_HEAD_INDUSTRY = re.compile(r"^(?P<ind>[^，,；;]{2,24}?)(?:系列|类)?(?:项目|企业|园区|平台|基地)$")
# What a field's works do (医药研发, 装备制造): the field is what comes before.
_ACTIVITY_END = re.compile(r"(?<=..)(?:研发|制造|生产|服务|应用)$")
_REPRESENTED = re.compile(r"以([\u4e00-\u9fffA-Za-z0-9]{2,10})为(?:代表|龙头|主)的([\u4e00-\u9fffA-Za-z0-9]{2,10}?)"
                          r"(?:类|产业|领域|行业)?(?=研发|应用|项目|企业|[，,。；;、]|$)")
_TRAILING_QUALIFIER = re.compile(r"(?:省|市|区|县)?(?:未来|特色|重点|优势|主导|新兴|支柱|战略性新兴|相关)+$")
_GENERIC = re.compile(r"^(?:相关|新兴|优势|主导|特色|重点|传统|支柱|未来|战略性新兴|现代|高端|先进|新型|"
                      r"现代化|全|各类|本地|区域|实体|配套|上下游|关联|绿色|高新技术|一批|其他|该|本|这些|"
                      r"产业|经济|服务|技术|领域|行业|数字|实体经济|民营经济|外向型)+$")


@dataclass(frozen=True, slots=True)
class IndustryName:
    start: int
    end: int
    surface: str
    family: str  # "closed", "list head" or "represented"
    parent: str | None = None
    alias_of: str | None = None


def _strip_govern(core: str) -> str:
    """Drop governing words the segmenter glued to the front (大力发展某某)."""
    govern = cues()["govern"]
    changed = True
    while changed:
        changed = False
        for size in range(min(4, len(core) - 2), 1, -1):
            if core[:size] in govern:
                core = core[size:]
                changed = True
                break
    return core


def _strip_place(core: str) -> str:
    """A place or a body in front (某某区产业, 新区电子信息, 市政府制造业) says where, not
    which industry."""
    for s, e, surf in _places(core):
        if s == 0:
            return core[e:]
    m = _BODY_FRONT.match(core)
    if m:
        return core[m.end():]  # wholly a place or a body (中国经济, 市政府制造业): no industry
    first = words(core)[:1]
    if first and first[0].text in ("省", "市", "区", "县") or \
            core[:1] in ("省", "市", "区", "县") and industryish(core[1:]):
        return core[1:]  # a lone 市 before an industry (市新材料), not of 区块链 or 市场化
    return core


def _places(text: str) -> list[tuple[int, int, str]]:
    from loaders.candidates.places import place_names  # noqa: PLC0415 - places imports boundary too

    found = [(p.start, p.end, p.surface) for p in place_names(text)]
    found += [(s, e, surf) for s, e, surf, _ in zone_lexicon().find(text)]
    return sorted(found)


def _closed(text: str, ws: tuple[Word, ...]) -> list[IndustryName]:
    out = []
    for m in _CLOSE.finditer(text):
        if text[max(0, m.start() - 1):m.start()] == "等":
            continue  # …等产业: the head of a list, read with the list
        start = name_start(text, m.start(), max_chars=10, ws=ws)
        core = _strip_place(_strip_govern(text[start:m.start()]))
        lead = words(core)
        if len(lead) > 1 and lead[0].tag in ("v", "vn", "d") and len(core) - len(lead[0].text) >= 2:
            core = core[len(lead[0].text):]  # 研究某某产业: the verb is not the industry's
        start = m.start() - len(core)
        qualifier = _TRAILING_QUALIFIER.search(core)  # 某某信息未来产业, 某某航天特色产业
        if qualifier and qualifier.start() >= 2:
            core = core[:qualifier.start()]
        if _NOT_IN_NAME.search(core):
            continue
        if len(core) < 2 or _GENERIC.match(core) or re.search(r"[0-9一二三四五六七八九十]+大?$", core):
            continue
        end = start + len(core)
        if text[m.end():m.end() + 1] == "化":
            if not re.search(r"[与和及、]$", core):  # 某某产业化, but 研发与产业化 is two activities
                out.append(IndustryName(start, end, core, "closed"))
            continue
        if m.group(0) in _KEEP and not qualifier:
            end = m.end()
        out.append(IndustryName(start, end, text[start:end], "closed"))
        if m.group(0) == "产业" and not qualifier:
            # 某某产业 = 临空: the name is written both ways; keep the form with 产业 too.
            out.append(IndustryName(start, m.end(), text[start:m.end()], "closed",
                                    alias_of=text[start:end]))
    return out


def _represented(text: str) -> list[IndustryName]:
    out = []
    for m in _REPRESENTED.finditer(text):
        kind, broad = m.group(1), m.group(2)
        if _GENERIC.match(broad) or _GENERIC.match(kind):
            continue
        out.append(IndustryName(m.start(1), m.end(1), kind, "represented", broad))
        out.append(IndustryName(m.start(2), m.end(2), broad, "represented"))
    return out


def industries_of_head(head: str) -> list[str]:
    """The industries a list's head says its items are in (氢能系列项目 → 氢能)."""
    m = _HEAD_INDUSTRY.match(head)
    if not m:
        return []
    return [p for p in m.group("ind").split("、") if len(p) >= 2 and not _GENERIC.match(p)
            and (industryish(p) or industryish(_ACTIVITY_END.sub("", p)))]


def industry_names(text: str, ws: tuple[Word, ...] | None = None) -> list[IndustryName]:
    ws = ws if ws is not None else words(text)
    return _closed(text, ws) + _represented(text)
