"""Whether what a suffix pattern caught is one named thing: not a kind (公共服务平台), not a
goal or a rank (世界一流某园), not a fragment cut from a longer phrase (级生物安全实验室).

Most wrong nodes are phrases with a name's suffix, so these tests look at the shape of the
name alone; the sentence around it is judged by the extractor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.cut_words import HE_WORDS, ROADS_JOINED, STARTS_WITH_VERB
from loaders.endings import LABEL_OF, label_of, suffix_of
from loaders.industries import industry_ending, taxonomy
from loaders.kind_words import (
    COUNTED,
    DESIGNATIONS,
    EVENTS,
    GENERIC_RE,
    NAME_VERBS,
    NUMERAL_SLOGAN,
    PARK_ACTIVITY_RE,
    PLATFORM_FIELD,
    PLATFORM_KIND_RE,
    PLATFORM_KIND_SUFFIX,
    PLATFORM_MANNER,
    PLATFORM_SERVED,
    PROJECT_GENERIC,
)
from loaders.zones import without_zones


@lru_cache(maxsize=65536)
def is_specific(name: str, suffix: str | None = None) -> bool:
    """True when a name says which thing it is, not only what kind (公共服务平台, 产业园)."""
    suffix = suffix if suffix is not None else (suffix_of(name) or "")
    core = name[: len(name) - len(suffix)] if suffix and name.endswith(suffix) else name
    core = re.sub(r"[()（）“”\"·\-—+]", "", core)
    if core == "国家" and len(suffix) >= 4 and LABEL_OF.get(suffix) != "Zone" and \
            suffix not in DESIGNATIONS:
        return True  # 国家某某博览中心: a national institution of its kind is one thing
    rest = GENERIC_RE.sub("", core)
    return len(rest) >= 2 or (len(rest) == 1 and len(core) >= 4 and not rest.isdigit())


def fragment_or_class(name: str) -> bool:
    """A name cut from a longer phrase (级生物安全实验室, the tail of 三级…), a class of things
    (某某类博览会) or a slogan of parts (甲+乙+平台): whichever pattern found it, no one thing."""
    plain = name.replace("“", "").replace("”", "")
    if plain.startswith(("级", "类", "型", "性")) or STARTS_WITH_VERB.match(plain):
        return True
    if re.match(r"(?:示范区|园区|基地|片区|新区)(?!$)", plain) and label_of(plain) == "Park":
        return True  # 示范区办公基地: a part of a place named before by its kind alone
    if "等" in re.sub(r"高等|中等|等级", "", plain) or plain.endswith("宅基地"):
        return True  # 甲乙等示范基地 closes a list; 宅基地 is a plot of housing land
    if re.search(r"(?<![人分门种])类(?=[\u4e00-\u9fff]{2})", plain):
        return True
    last = plain.rsplit("+", 1)[-1]
    return "+" in plain and bool(label_of(last)) and not is_specific(last)


def acceptable(name: str, label: str) -> bool:
    """Reject what a suffix pattern caught but no reader would call a name."""
    if "”“" in name or ("、" in name and not name.startswith("“")):
        return False  # “甲谷”“乙谷”: several quoted names run together
    plain = name.replace("“", "").replace("”", "")
    if "的" in plain or "或" in plain or COUNTED.match(plain) or NAME_VERBS.search(plain):
        return False
    if re.match(r"(?:全国|全市|全区|国内|北方)?首[家个批座]", plain) or re.search(
            r"\d+(?:亿|万)(?:元)?级", plain):
        return False  # 首家某中心, 营收千亿级集群: a ranking or a size, not a name
    if "等" in plain.replace("高等", "").replace("中等", "").replace("等级", ""):
        return False
    if re.search(r"各|内各|所有|每一", plain):
        return False  # 区内各学校: every one of a kind, not one thing
    if label in ("Park", "Platform", "Project") and "和" in re.sub(
            "和平|[" + "".join(HE_WORDS) + "]和", "", plain) and not ROADS_JOINED.search(plain):
        return False  # 甲中心和乙基地: two things, or a phrase, not one name
    if re.match(r"[\u4e00-\u9fff]{2,6}?首[家个批座](?=[\u4e00-\u9fff]{2})", plain):
        return False  # 某区首家某医院: a first of its kind the text aims at, not a name
    if label == "Project" and re.fullmatch(r"[\u4e00-\u9fff]{1,2}[一二三四]期", plain):
        return False  # 某港一期: a phase of an area named by two characters, not one work
    if NUMERAL_SLOGAN.match(name):
        return False  # “三个一”工程: a programme's slogan, not one work or body
    if re.search(r"([\u4e00-\u9fff])\1有|备案", plain):
        return False  # 季季有论坛: a routine the text sets; 备案众创空间: a class on a register
    if label == "Project" and (plain.startswith(("项目", "工程")) or STARTS_WITH_VERB.match(plain)
                               or "标志性" in plain or ("+" in plain and "“" not in name) or
                               re.match(r"(?:国家|省部|省|市|区)级|创新与|(?:市|区)直属", plain)):
        return False  # 项目储备…, 布局小学, 打造…标志性工程, 省部级…项目: a phrase, not a work
    if label == "Project" and re.search(r"(?:培养|引育|培育|强企|育才|引才|能力提升|素质提升)工程$",
                                        plain):
        return False  # 某某人才培养工程: a programme of the plan, not a work built
    if label in ("Platform", "Enterprise") and plain.endswith(PLATFORM_KIND_SUFFIX) and not re.search(
            r"[A-Za-z0-9]", plain):
        kind_suffix = next(k for k in PLATFORM_KIND_SUFFIX if plain.endswith(k))
        core = plain[: len(plain) - len(kind_suffix)]
        national_event = kind_suffix == "大赛" and core.startswith(("全国", "中国", "世界", "全球"))
        if not national_event and not PLATFORM_FIELD.sub("", GENERIC_RE.sub("", core)):
            return False  # 临床医学研究所, 某技能大赛: a kind of body or event (全国某大赛 is one)
    if "—" in plain and label_of(plain.split("—")[0]):
        return False  # 众创空间—孵化器—科技园: a chain of kinds
    if label == "Platform" and plain.endswith("产业集群") and "国家" not in plain:
        return False  # a cluster is an industry unless it is a national designation
    if label == "Platform" and plain.endswith("基金") and re.search(
            r"(外资|私募|子|母|专项|证券|投资|股权|创投|信托)基金$", plain):
        return False
    if label == "Park" and re.search(r"(集聚区|聚集区|示范区|基地)$", plain) and re.search(
            r"优质|高质量|现代化|和谐|美丽|活力|智慧型|高品质|唯一", plain):
        return False  # a goal the text sets (打造高质量…集聚区), not a place
    if label == "Park" and (re.match(r"(?:全国|全市|全区|全省|全球|世界)", plain) or re.search(
            r"一流|世界级|宜居|领先", plain)):
        return False  # 全国某某基地, 世界一流某园: a rank the text aims at, not a named place
    if label in ("Park", "Platform") and re.search(r"[一二三四五六七八九十百0-9]+条|地铁", plain):
        return False  # 某某十条: a policy's articles; 地铁某某线: a line, not a place
    if label == "Park" and re.search(r"[两二三四五六七八九十]大", plain):
        return False  # 甲、乙、丙三大聚集区: the count of places listed before, no place itself
    if label == "Park" and plain.endswith(("集聚区", "聚集区")):
        if taxonomy().canonical(plain[:-3]) or re.search(r"(?:服务业|制造业)$", plain[:-3]):
            return False  # 某某经济聚集区 with only the industry in front: a goal, not a place
    if label == "Park" and not PARK_ACTIVITY_RE.sub("", GENERIC_RE.sub("", plain[: len(
            plain) - len(suffix_of(plain) or "")])):
        return False  # 联合实训基地, 大学科技园: what is done there, not which place it is
    if label == "Park" and re.search(r"[和与及]", plain) and not PARK_ACTIVITY_RE.sub(
            "", GENERIC_RE.sub("", re.split(r"[和与及]", plain)[-1][: -len(
                suffix_of(plain) or "x")])):
        return False  # 甲与创新实践基地: the kind of base closes a list of kinds
    if label == "Platform":
        if re.search(r"建设|组建|运用|招聘|搭建|拥有|聚力|自建|钻井平台|作业平台|\+平台$", plain):
            return False
        kind = suffix_of(plain) or ""
        core = PLATFORM_SERVED.sub("", PLATFORM_MANNER.sub("", plain[: len(plain) - len(kind)]))
        if kind and kind not in EVENTS and plain[: len(plain) - len(kind)] != "国家" and \
                not re.search(r"[A-Za-z0-9“]", name) and not PLATFORM_KIND_RE.sub(
                    "", GENERIC_RE.sub("", core)):
            return False  # 远程医疗平台, 市场化孵化器, 海外研发中心: a kind, not which one
        if plain.endswith("平台"):
            core = GENERIC_RE.sub("", plain[:-2])
            if len(core) <= 2 and not re.search(r"[A-Za-z“]", name):
                return False  # 结算平台, 交易平台: a kind of platform
            if not PLATFORM_SERVED.sub("", PLATFORM_KIND_RE.sub("", core)) and not re.search(
                    r"[A-Za-z0-9“]", name):
                return False  # 仓储配送大平台, 人才引育平台: what it does, not which one it is
            cut = industry_ending(core)
            if len(core) < 2 or taxonomy().canonical(core) or (cut is not None and cut < 2):
                return False
    m = re.search(r"[和与及]", plain)
    if m and label != "Zone":
        right = plain[m.end():]
        if label_of(right) and not is_specific(right):
            return False
    if label == "Project" and "+项目" in plain:
        return False
    if label == "Project" and plain.endswith(("科学院", "工程院", "社会科学院")):
        return False  # an academy is a research body, not a work
    if label == "Project" and plain.endswith("段") and not re.search(
            r"(?:公路|高速|铁路|城际|大道|[路线河])[\u4e00-\u9fff]{1,4}段$", plain):
        return False  # 唐某高速公路某某段 is a section of a work; 阶段, 手段 are not
    if label == "Project":
        suffix = suffix_of(plain) or ""
        core = plain[: len(plain) - len(suffix)]
        if suffix in ("项目", "工程"):
            core = without_zones(core)  # 某某新区重大项目: a place and kind words name nothing
        rest = PROJECT_GENERIC.sub("", GENERIC_RE.sub("", core))
        need = 3 if suffix in ("项目", "工程") else 2
        if len(re.sub(r"[()（）·\-—+]", "", rest)) < need:
            return False
        if suffix in ("项目", "工程") and not re.search(r"[0-9A-Za-z“]", name) and \
                not label_of(core):  # 某某创新中心项目 builds one named body
            if taxonomy().canonical(rest):
                return False  # 国家某某装备重大工程: works of an industry, not one work
    return True
