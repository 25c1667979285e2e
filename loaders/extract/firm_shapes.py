"""Whether a name has the shape of a firm (a brand, a registered name, a firm written into a
project's name), how a list item is cut to its name, and which cue in front of it gives its
status: present (依托/集聚) or courted (引进/对接).
"""

from __future__ import annotations

import re

from loaders.endings import suffix_of
from loaders.extract.cues import PRESENT_CUES, TARGET_CUES, VERBISH
from loaders.extract.firm_words import FIRM_KIND_WORDS
from loaders.extract.industry_phrases import is_industry_phrase, without_industries
from loaders.extract.industry_words import NOT_INDUSTRY
from loaders.extract.state import State
from loaders.extract.zone_refs import zone_refs
from loaders.firm_names import FIRM_TRADE, firm_prefix
from loaders.industries import industry_ending, industryish, taxonomy
from loaders.lists import ItemList
from loaders.name_checks import acceptable, is_specific
from loaders.name_start import strip_cues, trim_left


def enterprise_name_ok(name: str) -> bool:
    """A 公司/集团 name that names one firm: not a kind of market (证券交易所), not kind
    words and a line of business (大数据应用公司), not a branch (子公司)."""
    if name.endswith("交易所") and not acceptable(name, "Enterprise"):
        return False  # 证券交易所: a kind of market, not one exchange
    core = re.sub(r"(股份有限公司|有限责任公司|有限公司|集团公司|公司|集团)$", "", name)
    proper = bool(zone_refs(core)) or bool(re.match(r"(天津|中国|中|国家|北京|上海|河北)", core))
    if re.search(r"(各级|重要|知名|优势|跨国|上市|中小|投资运营|国资)", core):
        return False
    if not proper and len(FIRM_KIND_WORDS.sub("", without_industries(core))) < 2:
        return False  # 大数据应用公司: a line of business and kind words, no name
    if not proper and (taxonomy().canonical(core) or industryish(core)):
        # 航空公司, 金融科技公司: a line of business; 昆华科技公司: a firm.
        cut = industry_ending(core)
        prefix = core[:cut] if cut is not None else ""
        if len(prefix) < 2 or industryish(prefix) or taxonomy().canonical(prefix) or \
                not is_specific(prefix, ""):
            return False
    if len(core) < 2 or re.search(r"(保险|代理|公估|资产管理|人身|经纪|投资|融资|租赁|"
                                  r"担保|目的|合资|外商|独资|平台|科技型|设计|基金|经纪)$", core):
        return False
    if re.search(r"(子公司|分公司|母公司)$", name):
        return False
    return is_specific(name)


def item_name(st: State, item: str, first: bool) -> str:
    """A list item as a name: cue verbs, particles and the words of a longer phrase cut
    off, an unclosed bracket or quote dropped."""
    item = item.strip().strip("“”\"—-")
    item = re.sub(r"^(?:的|等|和|与|及|以及)", "", item)
    if first:
        item = strip_cues(item)
        m = re.match(r"(?:联合|创新)(?=\S{2})", item)
        if m and st.full_text.count(item[m.end():]) > st.full_text.count(item):
            item = item[m.end():]  # 联合甲、乙等企业: 甲 is named alone elsewhere
        suffix = suffix_of(item)
        if suffix:  # 某某谷以某某创新中心: a suffixed name starts after the last cut
            item = trim_left(item, len(suffix)) or item
    item = re.sub(r"(?:等)$", "", item)
    if "的" in item:
        item = item.split("的")[-1]
    if item.count("(") > item.count(")"):
        item = item.split("(")[0]
    if item.count("（") > item.count("）"):
        item = item.split("（")[0]
    bare = item.strip("“”\" ")
    if bare.count("“") != bare.count("”"):
        bare = item.strip("\" ")  # “甲”搬迁改造: the quote belongs to the name
    return bare


def cue_status(text: str, start: int, end: int | None = None) -> str:
    """The cue nearest before the names decides: 依托/集聚 → present, 引进/对接 → target."""
    end = start + 4 if end is None else end
    window = text[max(0, start - 16): max(end, start)]
    best, status = -1, "unclear"
    for cues, value in ((TARGET_CUES, "target"), (PRESENT_CUES, "present")):
        for cue in cues:
            pos = window.rfind(cue)
            if pos > best:
                best, status = pos, value
    return status


def proper_project(st: State, name: str) -> bool:
    """An item of '…等项目' is a project when something in it is proper: a firm or place
    named in the document, a figure, or a facility word (新厂, 二期, 基地, 总部)."""
    if re.search(r"[0-9A-Za-z“]", name) or re.search(
            r"(厂|线|段|基地|中心|站|码头|园|馆|院|校|期|总部)$", name):
        return True
    if zone_refs(name):
        return True
    firms = {m.surface for m in st.out.mentions if m.label == "Enterprise"}
    return any(name.startswith(f) for f in firms if len(f) >= 2) or bool(
        fused_firm(name, ""))


def looks_like_brand(name: str) -> bool:
    """Whether an item without a suffix reads as a firm's short name (昆华科技), not a line
    of business, a place, a body, a kind or a quality."""
    if not (2 <= len(name) <= 10):
        return False
    cut = industry_ending(name)
    if cut is not None:
        # 昆华科技 is a firm; 工程机械 and 金融科技 are lines of business.
        prefix = name[:cut]
        if len(prefix) < 2 or not is_specific(prefix, "") or industryish(prefix) or \
                taxonomy().canonical(prefix):
            return False
    if re.search(r"(类|粮|酒|风貌|风情|公园|粉尘|空间|冶炼|招投标|合同|审批|开办|性|升级|补充|"
                 r"美国|贷|[河湖江湾])$", name):
        return False
    if re.search(r"[，。；：、]", name):
        return False
    if taxonomy().canonical(name) or VERBISH.search(name) or NOT_INDUSTRY.search(name):
        return False
    if re.search(r"(领域|产业|行业|经济|技术|服务|资源|能力|优势|作用|功能|基础|条件|政策|"
                 r"机制|机遇|理念|思路|战略|市场|需求|人才|团队|专家|高校|院校|大学|医院|"
                 r"学校|部门|政府|机关|法庭|银行|协会|组织|机构|单位|区域|地区|城市|国家|"
                 r"优质|知名|龙头|骨干|重点|头部|领军|大型|中小|企业|地方|中央|省|市|区)$",
                 name):
        return False
    if re.search(r"(我国|国内|国外|海外|全球|世界|上下游|产业链|创新链|供应链|一批)", name):
        return False
    if not is_specific(name, ""):
        return False
    return True


def rely_enterprise_ok(text: str, il: ItemList, name: str) -> bool:
    """依托X, without 等企业: X is an enterprise only when short and brand-like."""
    return 3 <= len(name) <= 6


def brand_before_ending(name: str) -> bool:
    """金桥科技: a line-of-business ending after a proper word names a firm, not a field."""
    cut = industry_ending(name)
    prefix = name[:cut] if cut is not None else ""
    return len(prefix) >= 2 and is_specific(prefix, "") and not industryish(prefix) and \
        not taxonomy().canonical(prefix)


def fused_firm(name: str, context: str) -> str | None:
    """某某乳业新厂项目: the firm written into a project's name, when it has a firm's shape."""
    firm = firm_prefix(name, context)
    if not firm or taxonomy().canonical(firm) or zone_refs(firm):
        return None
    # 某某微电子 is a firm when its trade name (某某) is no industry word itself.
    trade_name = re.sub("(?:" + "|".join(FIRM_TRADE) + ")$", "", firm)
    if not trade_name or industryish(trade_name) or is_industry_phrase(trade_name) or \
            taxonomy().canonical(trade_name):
        return None
    return firm
