"""Patterns of works and institutions: build actions (改扩建), routes and numbered lines,
port works, hospitals, airports, institutes known by a number, platforms a lead introduces.
Pattern data, apart from the rules, so that it can move to a data file.
"""

from __future__ import annotations

import re


AIRPORT_WORK = re.compile(r"^([\u4e00-\u9fff]{2,10}(?:国际机场|机场))(?:[一二三四五六七八九十\d]+期|"
                          r"改扩建|扩建|航站楼)")

QUALIFIER = re.compile(r"[(（][^()（），。、]{2,12}[)）]|提级改造|拓宽改造|电气化改造|改扩建|扩建|迁建")

SHARED_ACTION = re.compile(r"((?:[^，。；、,;]{2,14}、)+)([^，。；、,;]{2,14}?)"
                           r"(提级改造|拓宽改造|电气化改造|改扩建)")

NUMBERED_INSTITUTE = re.compile(r"[零〇一二三四五六七八九十0-9]{2,4}所(?!属|有|在|得|需|以)")

PLATFORM_LEAD = re.compile(r"(?:聚焦|建设|打造|依托)(?:重点|承接|创新)平台")

# Leads that open a sentence with a topic, not a carrier (主要任务:, 发展目标:).
NOT_A_CARRIER = re.compile(r"(?:任务|目标|措施|举措|路径|重点|方向|内容|要求|原则|思路|定位|机制|"
                           r"政策|方式|模式|领域|产业|行业|经济|服务|功能定位)$")

COLON_ITEM = re.compile(r"([^，,。；;：:、“”()（）\s]{4,16})[:：]")

LEADING_RATE = re.compile(r"[0-9.]+[\u4e00-\u9fff]{0,5}/(?:日|年|小时|天)")

HOSPITAL_WORK = re.compile(r"(?:医院|院区)(?:[一二三四]期)?(?:项目|工程|改扩建|扩建|迁建)?$")

HOSPITAL_ROLE = re.compile(r"成为([\u4e00-\u9fff]{2,8}医疗中心)")

ACTION_BEFORE = re.compile(r"(改扩建|扩建|迁建|新建)$")

# A build verb caught at the head of a work's name (新建某某站): the work is the rest.
LEADING_BUILD = re.compile(r"^(?:改扩建|新建|扩建|改建|建设)")

# 引进/招引 + "<technology> 研发与生产项目": the kind of project sought, not one project.
SOUGHT_KIND = re.compile(r"(?:研发|生产|制造)(?:[与和及](?:研发|生产|制造))?项目$")

# Works of a port, and the cue that puts a thing inside one (港内打通某路).
PORT_WORK = re.compile(r"(?:码头|航道|锚地|泊位|港池|防波堤|集疏港|疏港)")

IN_PORT = re.compile(r"^(?:港内|港区内)")

# What is built on a road or line named in front of it (联络线, 高架桥, 某某东段).
ROUTE_PART = re.compile(r"[\u4e00-\u9fff]{0,4}(?:联络线|延伸线|延长线|支线|高架桥|[东西南北]段|[东西南北]延)")

ACTIONS = ("提级改造", "拓宽改造", "改扩建", "扩建", "改造", "加长")

BUILD_ONE = re.compile(
    r"(?:打通|新建|建设|推动|推进|实施|启动|建成|加快建设|推动建设|积极推动|加快推动|加快推进|加快)"
    r"([\u4e00-\u9fff0-9A-Z]{2,10}?(?:大道|公路|高速|城际|铁路|地道|大桥|路|桥|站|东延|西延|南延|北延|"
    r"机场|锚地|航道|码头|物流枢纽))"
    r"(提级改造|拓宽改造|改扩建|扩建|改造|加长|建设|等|、|，|,|。|；|和|及)")

SHARED_LINES = re.compile(r"([\u4e00-\u9fff]{0,3}?(?:轨道交通|轨道|地铁|铁))((?:[A-Z]\d{1,2}|\d{1,2}号线?)"
                          r"(?:、(?:[A-Z]\d{1,2}|\d{1,2}号线?))+)线?")
