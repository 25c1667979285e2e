"""The endings that mark a name and the label each gives (产业园 → Park, 实验室 → Platform,
有限公司 → Enterprise, 项目 → Project, 片区 → Zone).

Names in these documents are known by their last words, not by a list of names; this is the
one table of those words, kept as data so that it can move to a data file.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Characters a name may contain. Brackets and quotes occur inside names (中国(天津)…, “一站式”…).
NAME_CHARS = r"0-9A-Za-z\u4e00-\u9fff·\-—+()（）"

# Suffixes by label, longest first inside each group. Order of groups matters where one
# suffix ends another (创新中心 is a platform, 产业园 a park, 集团 an enterprise).
SUFFIXES: dict[str, tuple[str, ...]] = {
    "Zone": ("综合保税区", "保税物流园区", "保税港区", "综保区", "自贸试验区", "自由贸易试验区",
             "经济技术开发区", "高新技术产业开发区", "经济区", "工业区", "片区", "港区", "商务区"),
    "Park": ("产业园区", "工业园区", "产业园", "科技园", "工业园", "创新园", "示范园", "软件园", "创业园",
             "物流园", "产业基地", "示范基地", "研发基地", "制造基地", "生产基地", "总部基地",
             "基地", "集聚区", "聚集区", "产业区", "合作区", "示范区", "综合试验区", "特区", "谷", "小镇"),
    "Platform": ("重点实验室", "实验室", "技术创新中心", "制造业创新中心", "产业创新中心",
                 "创新中心", "技术中心", "工程中心", "研发中心", "研究中心", "转化中心",
                 "检测中心", "检验检测中心", "计量中心", "服务中心", "运营中心", "示范中心",
                 "研究院", "研究所", "孵化器", "加速器", "众创空间", "创新平台", "服务平台",
                 "交易平台", "贸易平台", "公共平台", "平台", "联盟",
                 "科技大市场", "创业中心", "保护中心", "会展中心", "展览中心", "分所",
                 "产业基金", "发展基金", "基金", "产业集群", "创新创业基地", "双创基地", "孵化基地",
                 "实验基地", "人才基地", "先导区", "先行区", "枢纽节点", "示范城区",
                 "大赛", "年会", "博览会", "交易会", "洽谈会", "论坛"),
    # An exchange (某某排放权交易所) is a company that runs a market, not a lab or a centre.
    "Enterprise": ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团", "交易所"),
    "Project": ("项目", "工程", "城际铁路", "城际", "铁路", "高速公路", "高速", "公路", "大桥",
                "地道", "码头", "船闸", "管道", "管线", "医院", "小学", "中学", "幼儿园", "学校",
                "博物馆", "体育中心", "福利院", "养护院", "号线", "一期", "二期", "三期", "四期",
                "延伸线", "联络线", "东延", "西延", "南延", "北延",
                "一期工程", "二期工程", "三期工程", "院区", "分校", "校区", "学院", "试验场",
                "体育健身中心", "东站", "西站", "南站", "北站", "站点", "变电站", "特高压站",
                "一中", "二中", "三中", "四中", "五中", "六中", "七中", "八中", "九中", "段"),
}

ZONE_CORE_MAX = {"综合保税区": 6, "保税物流园区": 4, "保税港区": 4, "综保区": 4, "经济区": 4,
                 "工业区": 4, "片区": 4, "港区": 3}

SUFFIX_LABEL: list[tuple[str, str]] = sorted(
    ((s, lab) for lab, ss in SUFFIXES.items() for s in ss), key=lambda x: -len(x[0]))
SUFFIX_RE = re.compile("|".join(re.escape(s) for s, _ in SUFFIX_LABEL))
LABEL_OF = dict(SUFFIX_LABEL)
_SUFFIX_END = re.compile("(?:" + "|".join(re.escape(s) for s, _ in SUFFIX_LABEL) + ")$")
# Letters after an ending that make it part of a longer word (项目 in 项目库, 工程 in 工程师).
SUFFIX_CONTINUES = {**{n + "中": "心央华国东西南北小全" for n in "一二三四五六七八九"},
                    "学院": "士派", "段": "落", "高速": "增发度化联", "高速公路": "网", "谷": "物歌底峰类雨线产科园", "大桥": "局", "公路": "局", "铁路": "局", "项目": "录库组部制化", "工程": "师院局学化技装机咨总建药食菌平", "基地": "建", "平台": "化"}


@lru_cache(maxsize=65536)
def suffix_of(name: str) -> str | None:
    """The longest known suffix a name ends with (the leftmost match of an end-anchored search)."""
    m = _SUFFIX_END.search(name)
    return m.group(0) if m else None


def label_of(name: str) -> str | None:
    """The label a name's suffix gives it, or None."""
    suffix = suffix_of(name)
    return LABEL_OF[suffix] if suffix else None
