"""Patterns of firms and of list heads: the word after 等 that says what the items are
(等一批项目, 等主题园区), products named in place of a firm, kind words of firms, state groups
by short name. Pattern data, apart from the rules, so that it can move to a data file.
"""

from __future__ import annotations

import re


PARK_HEADS = ("主题园区", "产业园区", "园区", "产业园")

# List heads that name one kind of thing; 平台/载体 also close lists of parks.
CLOSER_HEADS = ("项目", "重点项目", "重大项目", "众创空间", "创新平台")

CLOSER_MODIFIER = r"(?:一批|新|新的|重点|重大|国家级|国家|专业化|国家专业化)?"

# What a firm makes, named in place of the firm (某某构件、某某软件等企业).
PRODUCT_KIND = re.compile(r"(?:件|系统|数据库|服务器|终端|整机|设备|模组)$")

FIRM_KIND_WORDS = re.compile(r"应用|服务|运营|管理|技术|科技|开发|研发|生产|制造|销售|贸易|全球|知名|"
                             r"国际|国内|互联网|专业|综合|新型|领先|龙头")

# A list of state groups by short name: 甲控股、乙建投、丙集团 (two or three characters each).
HOLDING_WORD = r"(控股|建投|城投|集团)"

HOLDING_ITEM = re.compile(r"([\u4e00-\u9fff]{2,3})" + HOLDING_WORD)

HOLDING_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,3}" + HOLDING_WORD + r"、)+[\u4e00-\u9fff]{2,3}" +
                          HOLDING_WORD)

# Whose share a word is (国有控股): an ownership, not a firm's name.
NOT_A_HOLDER = re.compile(r"国有|外资|民营|集体|中外|合资|参股|绝对|相对|国家|企业|公司|大型|龙头|骨干|相关|有关")
