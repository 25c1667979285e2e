"""Patterns of places: alias definitions (以下简称), quarters (北区), layout items (——某集聚区:),
lists of towns, the kind words and verbs that make a zone-shaped phrase no zone, and the
location column of a table. Pattern data, apart from the rules, so that it can move to a data
file.
"""

from __future__ import annotations

import re


ALIAS_DEF = re.compile(r"[(（](?:以下)?简称[“\"]?([^”\"()（）]{1,15})[”\"]?[)）]")

QUARTER = re.compile(r"[东西南北中]区(?![\u4e00-\u9fff]{0,2}(?:街|路|道|门))")

MADE_INTO_AREA = re.compile(r"将([\u4e00-\u9fff]{2,6}(?:(?:和|与|、)[\u4e00-\u9fff]{2,6})*)"
                            r"打造成为?[^，。；,;]{2,24}区")

LOCATION_TEXT = re.compile(r"[东西南北](?:至|到|接|临|侧)[^,，|；;]*|[^,，|；;]*以[东西南北]")

# 杨柳青镇、精武镇和大寺镇: towns and streets named in a list are zones of the document's area.
TOWN_LIST = re.compile(r"[\u4e00-\u9fff]{2,5}(?:镇|街道|乡)(?:(?:、|和|及)[\u4e00-\u9fff]{2,3}(?:镇|街道|乡))+")

ZONE_KIND_WORDS = re.compile(r"各|该|本|相关|特殊|综合|自贸|外向型|贸易|示范|特色|城镇|小城|主要|"
                             r"重点|部分|其他|周边|国家级|市级|区级|新")

ZONE_VERB = re.compile(r"为|连接|遴选|支持|推动|推进|升级|整合|依托|联动|加快|建设")

SHARED_SUFFIX = re.compile(r"((?:[\u4e00-\u9fff]{2,3}(?:、|和|与|及))+)([\u4e00-\u9fff]{2,3})(港区|片区)")

LAYOUT_ITEM = re.compile(r"^——“?([^()（）:：，。,“”]{2,16})(?:[(（]([^()（）]{1,8})[)）])?[:：]")
