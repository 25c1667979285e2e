"""Whether a phrase is an industry, and how the items of an industry list are split and joined:
甲和乙装备 stays one industry unless both halves are; a list where most items are industries
takes the product words beside them.
"""

from __future__ import annotations

import re

from loaders.endings import label_of
from loaders.extract.cues import VERBISH
from loaders.extract.industry_words import (
    ACTIVITIES,
    ACTIVITY_HEAD,
    KIND_OF_INDUSTRY,
    NOT_AN_INDUSTRY,
    NOT_INDUSTRY,
)
from loaders.extract.zone_refs import zone_refs
from loaders.industries import industryish, taxonomy
from loaders.name_checks import is_specific
from loaders.name_start import strip_cues


def industry_items(parts: list[str]) -> list[str]:
    """Split 甲和乙 only when both halves are industries; 深海钻采和储运装备 shares its head."""
    out = []
    for part in parts:
        m = re.search(r"和|及", part)
        left_whole = is_industry_phrase(part[:m.start()]) or bool(
            re.search(r"[品器机车剂料件]$", part[:m.start()])) if m else False
        if m and left_whole and (is_industry_phrase(
                part[m.end():]) or taxonomy().canonical(part[:m.start()])):
            right = part[m.end():]
            if not is_industry_phrase(right) and len(right) <= 3:
                right = part[:m.start()] + right  # 汽车及零部件: the parts are the car's
            out.extend((part[:m.start()], right))
        elif part:
            out.append(part)
    return out


def loose_industry(item: str) -> bool:
    """A product or field word (整车, 重型运载器) read as an industry inside an industry list."""
    item = item.strip("“”\"")
    return 3 <= len(item) <= 14 and strip_cues(item) == item and not VERBISH.search(item) and \
        not re.match(r"当地|本地|天津|我国|国内|布局|结合", item) and "布局" not in item and not NOT_AN_INDUSTRY.search(
        item) and not re.search(r"[0-9%，。；：]|企业|公司|项目|平台|中心|园区|基地|能力|水平|"
                                r"体系|机制|政策|环境|规模|需求|模式|场景|工作|建设|发展$", item) \
        and label_of(item) is None and not zone_refs(item) and is_specific(item, "")


def rejoined(names: list[str], text: str) -> list[str]:
    """信息采集与处理技术 / 海洋环境与装备: one field whose right part is no industry alone."""
    for i in range(1, len(names)):
        field = re.match(r"^([\u4e00-\u9fff]{2,4})领域([\u4e00-\u9fff]{3,12})$", names[i])
        if field and 2 <= len(names[i - 1]) <= 4 and re.search(
                re.escape(names[i - 1]) + "、" + re.escape(names[i]), text):
            # 船舶、电力领域防腐涂层材料: the material, for the fields listed before it.
            kept = f"{field.group(2)}({names[i - 1]}、{field.group(1)}领域)"
            return rejoined(names[:i - 1] + [kept] + names[i + 1:], text)
    if len(names) >= 2 and not is_industry_phrase(names[-2]) and (
            (len(names[-2]) <= 2 and len(names[-1]) >= 4) or  # 甲及某某治疗: one field
            (len(names[-1]) <= 4 and ACTIVITY_HEAD.match(names[-1])) or
            names[-1] in ("装备", "设备", "材料", "服务", "技术", "制造", "产品")):
        joined = re.search(re.escape(names[-2]) + r"(与|和|及)" + re.escape(names[-1]), text)
        if joined:
            return names[:-2] + [joined.group(0)]
    return names


def listed_industries(names: list[str]) -> list[str]:
    """The industries of a list: every item a reader would call one, and, when most items are
    industries, also the product and field words listed beside them (the list shares a kind)."""
    names = [n for n in names if n not in ACTIVITIES and not re.fullmatch(KIND_OF_INDUSTRY, n)]
    strict = [n for n in names if is_industry_phrase(n)]
    if len(names) >= 3 and len(strict) * 2 >= len(names):
        return [n for n in names if n in strict or loose_industry(n)]
    return strict


def is_industry_phrase(item: str) -> bool:
    """Whether a phrase names one line of business: the taxonomy knows it, or it reads as
    one and holds no verb, body, kind word or count."""
    item = re.sub(r"\([^()]*领域\)$", "", item.strip("“”\""))  # 某材料(甲、乙领域)
    if taxonomy().canonical(item):
        return True
    if not (2 <= len(item) <= 12) or NOT_AN_INDUSTRY.search(item):
        return False
    if len(item) == 2 and item in ("制造", "研发", "创意", "设计", "开发", "服务", "技术", "产品",
                                   "生产", "应用", "加工", "运营", "集成", "教育", "医疗", "零售",
                                   "办公", "总部", "交通", "安全", "贸易", "交易"):
        return False
    m = re.search(r"和", item)
    if m and taxonomy().canonical(item[: m.start()]) and taxonomy().canonical(item[m.end():]):
        return False  # 新能源汽车和智能网联汽车: two industries, listed elsewhere one by one
    if re.search(r"[和与及](?:制造业|服务业|农业|工业)$", item):
        return False  # 港口口岸和制造业: a bare sector joined to something else
    # A letter-digit word (O2O, B2B, 3D) is a term, not a count or a figure.
    probe = re.sub(r"(?<![A-Za-z\d])(?=[A-Za-z\d]*[A-Za-z])[A-Za-z\d]{2,3}(?![A-Za-z\d])", "A",
                   item)
    if re.search(r"[0-9%，。；]", probe) and not re.match(r"^[0-9A-Za-z]+$", item):
        if not re.match(r"^\d+G", item):
            return False
    if VERBISH.search(item) or NOT_INDUSTRY.search(item):
        return False
    if label_of(item) is not None or not industryish(item):
        return False
    # Industry names are made of kind words (智能科技服务), so is_specific does not apply;
    # being a line of business (industryish, checked above) is what counts.
    return len(item) >= 3 or is_specific(item, "")


def without_industries(text: str) -> str:
    """The text with every industry the taxonomy knows taken out."""
    for _, _, surf, _ in sorted(taxonomy().find(text), key=lambda f: -len(f[2])):
        text = text.replace(surf, "")
    return text
