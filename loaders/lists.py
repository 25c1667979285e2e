"""Enumerations: A、B和C等… — the commonest way these documents name several things at once.

A list is read back from the 等 (or the clause end) that closes it to the clause boundary that
opens it; its first item still carries the verb that introduced it (依托A), which the caller
trims. The word after 等 (企业, 园区, 平台, 项目, 产业 …) says what the items are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLAUSE_END = re.compile(r"[，,。；;：:！!？?\n]")
_LAST_JOIN = re.compile(r"(?:以及|和|与|及)")

# Head nouns after 等 and the label they give the items before them.
HEAD_LABEL: tuple[tuple[str, str], ...] = (
    ("平台企业", "Enterprise"), ("企业集团", "Enterprise"), ("科技企业", "Enterprise"),
    ("龙头企业", "Enterprise"), ("重点企业", "Enterprise"), ("骨干企业", "Enterprise"),
    ("领军企业", "Enterprise"), ("头部企业", "Enterprise"), ("知名企业", "Enterprise"),
    ("企业", "Enterprise"), ("集团", "Enterprise"), ("公司", "Enterprise"),
    ("主题园区", "Park"), ("产业园区", "Park"), ("园区", "Park"), ("产业园", "Park"),
    ("基地", "Park"), ("载体", "Park"), ("创新标志区", "Park"),
    ("创新平台", "Platform"), ("众创空间", "Platform"), ("平台", "Platform"), ("研发机构", "Platform"),
    ("科研院所", "Platform"), ("院所", "Platform"), ("机构", "Platform"),
    ("重点项目", "Project"), ("重大项目", "Project"), ("项目", "Project"), ("工程", "Project"),
    ("主导产业", "Industry"), ("新兴产业", "Industry"), ("未来产业", "Industry"),
    ("产业集群", "Industry"), ("产业", "Industry"), ("领域", "Industry"), ("行业", "Industry"),
    ("业态", "Industry"), ("服务业", "Industry"), ("商圈", "Zone"), ("旅游目的地", "Zone"),
    ("物流节点", "Zone"), ("服务节点", "Zone"), ("商业街区", "Zone"), ("开发区", "Zone"),
)
_HEADS = sorted((h for h, _ in HEAD_LABEL), key=len, reverse=True)
_HEAD_RE = re.compile(r"(?:等|[两三四五六七八九十]大)(?:一批|一系列|多家|重点|新|优势|特色|高端|国内外|知名|全球|国际|"
                      r"[\u4e00-\u9fff]{0,12}?)(" + "|".join(_HEADS) + ")")
_HEAD_LABEL = dict(HEAD_LABEL)
_VERB_IN_MODIFIER = re.compile(r"方式|途径|手段|渠道|打造|推动|推进|形成|实现|保护|提升|促进|带动|"
                               r"开展|支持|引导|鼓励")


@dataclass(slots=True)
class ItemList:
    items: list[str]  # raw item texts (the first may still carry its verb)
    start: int  # offset of the list's first character in the passage
    end: int  # offset just after the last item (before 等)
    head: str | None  # the noun after 等, if any
    label: str | None  # what the head says the items are
    modifier: str = ""  # words between 等 and the head (船舶高端配套企业 → 船舶高端配套)


def split_items(span: str) -> list[str]:
    """Split 'A、B和C' into items; a trailing 和/及/与 joins the last two only."""
    from loaders.patterns import label_of  # noqa: PLC0415 - patterns imports nothing of ours

    parts = [p for p in span.split("、")]
    last = parts[-1]
    pieces = _LAST_JOIN.split(last)
    # 甲研究院和乙实验室 splits; 医疗机器人与智能系统研究院 is one name whose suffix only the
    # right part carries.
    if len(pieces) == 2 and all(len(p) >= 2 for p in pieces) and len(parts) >= 2 and not (
            label_of(pieces[1]) and not label_of(pieces[0])):
        parts[-1:] = pieces
    return [p.strip() for p in parts if p.strip()]


def clause_start(text: str, end: int) -> int:
    start = 0
    for m in _CLAUSE_END.finditer(text, 0, end):
        start = m.end()
    return start


def lists_closed_by_deng(text: str) -> list[ItemList]:
    """Every 'A、B等<head>' list in a passage."""
    out = []
    for m in _HEAD_RE.finditer(text):
        end = m.start()
        if m.group(0).startswith("等") and text[end - 1:end] in ("平", "同", "对", "均", "相"):
            continue  # 平等保护, 同等条件: 等 inside a word closes no list
        start = clause_start(text, end)
        if _HEAD_LABEL.get(m.group(1)) == "Industry" and start > 0 and text[start - 1] in ",，":
            # 重点发展甲、乙,丙等产业: a comma slipped into the list.
            prev_start = clause_start(text, start - 1)
            prev = text[prev_start:start - 1]
            if "、" in prev and re.search(r"发展|聚焦|布局|培育", prev[:8]):
                start = prev_start
        span = text[start:end].replace(",", "、").replace("，", "、")
        # 以A、B为代表 / 以A为龙头: the list sits between 以 and 为.
        span = re.sub(r"为(?:代表|龙头|重点|核心|主|载体|依托|抓手)的?$", "", span)
        items = split_items(span)
        if not items:
            continue
        head = m.group(1)
        # 等特大型工程咨询及工程总承包企业: the noun phrase ends with its head; a kind word met
        # on the way (工程) is a modifier.
        rest = re.match(r"[\u4e00-\u9fff]{0,12}", text[m.end():]).group(0)
        firm = re.search(r"(企业|集团|公司)(?![\u4e00-\u9fff]*(?:企业|集团|公司))", rest)
        if firm and _HEAD_LABEL.get(head) != "Enterprise" and not (
                head in ("领域", "行业") and rest.startswith(("龙头", "重点", "骨干", "领军", "企业"))):
            # 甲、乙等领域龙头企业 lists fields (of the firms), not firms.
            head = firm.group(1)
            m_end = m.end() + firm.end()
        else:
            m_end = m.end()
        modifier = text[m.start() + 1: m_end - len(head)]
        if _VERB_IN_MODIFIER.search(modifier):
            continue  # 等方式打造大企业: the clause goes on past the list, no head closes it
        out.append(ItemList(items, start, end, head, _HEAD_LABEL.get(head), modifier))
    return out


def list_after(text: str, pos: int) -> ItemList | None:
    """The list that starts at `pos` and runs to the next clause end or 等 (依托A、B，…)."""
    m = _CLAUSE_END.search(text, pos)
    end = m.start() if m else len(text)
    deng = text.find("等", pos, end)
    if deng != -1:
        end = deng
    # 依托甲公司、乙公司两大龙头…: a count closes the list.
    count = re.search(r"[两三四五六七八九十]大|[两三四五六七八九十]家", text[pos:end])
    if count:
        end = pos + count.start()
    span = text[pos:end]
    items = split_items(span)
    return ItemList(items, pos, end, None, None) if items else None
