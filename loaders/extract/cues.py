"""Cue words and verbs that say what a sentence does with the names in it: already has or
attracts them (依托/引进), aims at them (打造…成为), builds them, compares with them (对标),
inspects them (隐患排查). Pattern data, apart from the rules, so that it can move to a data file.
"""

from __future__ import annotations

import re


# Cue verbs in front of a list of enterprises: already there, or to be attracted.
TARGET_CUES = ("引进", "引入", "招引", "吸引", "对接", "招商", "争取", "洽谈", "瞄准", "引聚",
               "引育", "招大引强", "落地")

PRESENT_CUES = ("依托", "发挥", "支持", "鼓励", "推动", "集聚", "聚集", "联合", "借重", "依靠",
                "以", "培育", "服务", "做大做强", "壮大", "落户", "入驻", "已有", "现有", "推进",
                "扩大", "聚集了", "涌现")

RELY = re.compile(r"(?:依托|借重|依靠)")

REPRESENT = re.compile(r"以([^，。；：]{2,60}?)(?:(?:等)?为(?:代表|龙头)的?[^，。；]{0,8}?"
                       r"(?:企业|平台|公司|品牌|集团|服务)|等为(?:重点|主体|支撑))")

SUPERVISION = re.compile(r"隐患|安全整治|安全生产|排查整治|安全监管|安全检查|事故")

HEADING_NUM = re.compile(r"^\s*(?:第[一二三四五六七八九十百]+[章节]|[一二三四五六七八九十]+、|"
                         r"[(（][一二三四五六七八九十]+[)）]|\d{1,2}[、.．]|专栏\s*\d*|——)\s*")

VERBISH = re.compile(r"(?:推动|推进|加快|建设|打造|建成|构建|实施|深化|提升|强化|完善|优化|"
                     r"坚持|围绕|聚焦|依托|培育|引育|发展|增强|促进|健全|营造|加强|激发|实现|"
                     r"保障|突破|拓展|扩大|统筹|融入|争创|落实|开展|引领|支撑|做强|"
                     r"做优|形成|提高|巩固|激活|开启|面向|对接|用好|共建)")

SEEK_CUE = re.compile(r"(?:引进|招引|引入|吸引)[^，。；;]{0,14}$")

# 支持甲建设… / 推动乙牵头建设…: the firm named as the builder of what follows.
BUILT_BY = re.compile(r"(?:支持|推动|推进|鼓励|引导|由)([^，,。；;、]{2,12}?)(?:牵头)?(?:投资)?(?:建设|新建|打造)")

BUILD_VERB = re.compile(r"建设|新建|打造|推进|推动|实施")

MAINSTAYS = re.compile(r"以[^，,。；;]{2,60}?等?为重点")

SUPPORT_ZONE = re.compile(r"(?:支持|推动|鼓励|引导)")

AROUND_PARK = re.compile(r"围绕([^，,。；;]{2,16}?)(?:的)?(?:建设|发展)[，,]")

BENCHMARK = re.compile(r"类似|对标|借鉴|学习[^，。]{0,12}经验")

# A school, hospital or wharf the clause leans on (依托某医院, 以甲学校和乙小学为核心, 发挥某码头
# 优势, 做强做优某中学) already stands: without a word of building it is no work.
FACILITY_END = re.compile(r"(?:医院|小学|中学|幼儿园|学校|学院|码头|养护院|福利院|博物馆|[一二三四五六七八九]中)$")

RELIED_ON = re.compile(r"^(?:依托|发挥|借助|利用|做强做优|深化与|以)")

BUILT = re.compile(r"建设|新建|迁建|扩建|改建|改造|建成|开工|投用|竣工|启用|落地|推进|推动|加快")

# 支持甲建设…基地, 推进乙打造…平台: the one named between the cue and the build verb builds.
BUILDER = re.compile(r"(?:支持|推进|推动|鼓励)([\u4e00-\u9fff]{3,6}?)(?:牵头)?(?:建设|打造)")

NOT_A_BUILDER = re.compile(r"园区|新区|企业|机构|高校|院所|大学|学院|研究|中心|政府|部门|社会|"
                           r"城市|乡村|农村|街道|街镇|社区|科学家|人才|团队|片区|港|加快|率先|"
                           r"探索|启动|全面|积极|重点|共同|联合|^[一二三四五六七八九十各该本]")

# 推进甲A320…: a name in front of a model code is its maker's.
MAKER = re.compile(r"(?:支持|推进|推动|鼓励)([\u4e00-\u9fff]{2,4}?)(?:公司)?[A-Z]{1,2}\d{2,4}(?![\dA-Za-z])")

# What a place is to become (打造…集聚区, 建设成为…示范基地): a goal, not a named carrier.
GOAL_VERB = re.compile(r"打造|建设成为|建设成|建成为|打造成|成为|争创|创建|构筑|构建")

# 某片区建成某示范区: what a named place is to become is its aim, not a second place.
PLACE_BECOMES = re.compile(r"(?:区|园|谷|城|镇|港|基地)(?:加快|全面|基本|率先|努力)?建成$")

# 某区入选/获批某示范区: a title the state gives a place, not another place.
AWARDED = re.compile(r"(?:入选|获批|获评|荣获|被评为|被认定为|被命名为|作为)$")

# 一批某某基地: a number of a kind the plan wants, not one named place.
MANY = re.compile(r"一批|若干|一系列|多个|各类")

GOAL_HEAD = re.compile(r"(?:基地|集聚区|聚集区|示范区|试验区|先行区|先导区|引领区|高地|繁华区)$")

CLAUSE_MARK = re.compile(r"[，,。；;：:]")
