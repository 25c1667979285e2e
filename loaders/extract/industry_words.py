"""Patterns of industry talk: development verbs, field labels (X领域), kinds and qualities that
are no industry by themselves (新兴, 优势), steps of a value chain (研发, 制造), and the spans
that name somebody else's industry (tools applied, sectors served). Pattern data, apart from
the rules, so that it can move to a data file.
"""

from __future__ import annotations

import re


INDUSTRY_VERBS = re.compile(r"(?:重点发展|积极发展|大力发展|培育发展|加快发展|提升发展|发展壮大|"
                            r"重点布局|积极布局|前瞻布局|聚焦|主导产业|做大做强|培育壮大|打造|做强|"
                            r"做优|引育|发展)")

DEVELOP_INDUSTRY = re.compile(r"(?:发展|壮大|培育|提升|做强|做大|做优|扶持)(?:壮大)?"
                              r"([\u4e00-\u9fff]{2,10}?)产业(?![园链集基区带体化])")

DEVELOP_SECTOR = re.compile(r"(?:加快|大力|积极|重点|培育)发展([\u4e00-\u9fff]{2,8}?)"
                            r"(?:农业|服务业|制造业)(?![\u4e00-\u9fff]{0,2}(?:园|基地|区|集群|体系))")

ACTIVITY_HEAD = re.compile(r"(?:处理|监测|检测|储运|运输|制造|应用|加工|维修|设计|开发|研发|运营)")

# Where an area ranks (全国一流, 京津冀…): not part of the industry's name.
SCOPE = re.compile(r"^(?:全国|全市|全区|全省|京津冀|国家级|国家|国际|北方|华北|区域|临海|临港|"
                   r"世界级|一流)+")

NUMBERED_SYSTEM = re.compile(r"“[0-9X+]{2,9}”[\u4e00-\u9fff]{0,4}?产业(?:体系)?(?![目集链园基区])")

NATIONAL_CLUSTER = re.compile(r"(?<![级亿])国家级?([\u4e00-\u9fff]{2,8}?)产业集群|"
                              r"(?:做强|打造|培育|建设|壮大|发展|提升)?([\u4e00-\u9fff]{2,8}?)"
                              r"国家级(?:先进制造业|战略性新兴产业)集群")

BUILD_INDUSTRY_AREA = re.compile(r"(?:打造|建设|建成)([\u4e00-\u9fff]{2,6}?)产业"
                                 r"(?:集聚区|聚集区|集聚地|基地|高地)")

# Words that only rank or qualify industries (新兴产业, 优势产业): no industry by themselves.
KIND_OF_INDUSTRY = r"(?:新兴|优势|主导|特色|相关|重点|传统|支柱|未来|战略性新兴|现代|高端|先进|" \
                    r"新型|新|全|各类|本地|区域|实体|配套|上下游|关联|绿色|高新技术|高技术|一批)+"

LEAD_DOMAIN = re.compile(r"(?:^|[；;。])\s*(?:——)?([^，。；：,;]{1,16}?)领域[，,：:]")

# 某某养生养老产业园 / 某某智能计算产业创新中心: the field a carrier is named after.
FIELD_NAME = re.compile(r"([\u4e00-\u9fff]{2,14})产业(?:创新中心|集群|技术研究院|研究院|园区|园|基地|"
                        r"示范基地)(?:项目)?$")

# 重点发展A、B等Y / 开发A、B等Y: Y, the kind of what is developed, closes its clause.
DEVELOPED = re.compile(r"(?:重点发展|加快发展|大力发展|积极发展|发展|开发)[^，。；,;]*?等"
                       r"([\u4e00-\u9fffA-Za-z0-9+]{2,12})(?=[，。；,;]|$)")

# 等关键材料 / 等核心设备 / 等新技术: a rank or a kind of thing, not a line of business.
GENERIC_KIND = re.compile(r"^(?:关键|核心|新|主要|重点|相关|其他|高端)|(?:关键|核心|专用|配套|细分|新型|"
                          r"优势)[\u4e00-\u9fff]{0,4}$|领域|环节|方向|功能|项目|技术$|产品$")

# Kinds of works named by what they are, and the field words a section title uses for them.
INSTITUTION_FIELDS = (
    (re.compile(r"(?:医院|院区|医疗中心|卫生院|卫生服务中心|诊所|治疗)"),
     re.compile(r"(?:医疗|卫生|健康){2,}")),  # two field words: 医疗 of 医疗服务体系 alone is none
    (re.compile(r"(?:码头|锚地|航道|泊位|港池)"), re.compile(r"港口")),
    (re.compile(r"(?:众创空间|孵化器|加速器|创业园|创业中心)$"), re.compile(r"(?:创新)?创业(?:孵化|服务)+|孵化服务")),
    (re.compile(r"(?:会展中心|展览中心|会议中心|博览中心)"), re.compile(r"会展")),
    (re.compile(r"[A-Z]?\d+号?线[\u4e00-\u9fff]{2,}站"), re.compile(r"轨道交通")),
)

CHAIN_CLOSE = re.compile(r"等[\u4e00-\u9fff]{0,6}?(?:链|环节|产业|领域)")

BUILD_OR_RELY = re.compile(r"(?:加快|积极|高标准)?(?:建设|打造|依托|建成)")

SUPPORTED = re.compile(r"^(?:支持|促进|推动|鼓励)[^，,。；;]*?等([\u4e00-\u9fff]{2,10}?(?:服务业|产业|业))发展$")

SERVES = re.compile(r"(?:促进|推动|带动|支撑)([^，,。；;]{2,30}?)(?:产业)?(?:发展|集聚)")

ACTIVITY_TAIL = re.compile(r"(?:研发设计|研发制造|开发制造|研发|设计|制造|生产)$")

OPENS_SCOPE = re.compile(r"\s*(?:——)?[^，。；：,;]{1,16}?领域[，,：:]")

ENUMERATED_KIND = re.compile(r"、[^、]{2,12}等([^，。、等]{2,10})$")

# 甲1大国家级创新产业 / 乙两大支柱产业集群: a heading that counts the industries it names.
COUNTED_INDUSTRY = re.compile(r"^([\u4e00-\u9fff+]{2,10}?)[1-9一二三四五六七八九十两]大"
                              r"[\u4e00-\u9fff]{0,10}?(?:产业|产业集群|集群)$")

CLUSTER = re.compile(r"([\u4e00-\u9fff+“”]{2,12}?)(产业集群|集群)")

NOT_INDUSTRY = re.compile(r"(?:企业|公司|集团|项目|工程|平台|中心|园区|基地|政策|机制|体系|能力|"
                          r"水平|环境|服务体系|建设|发展|规模|人才|资金|资源|技术研发|产品|生产设备|"
                          r"环节|场景|模式|试点|示范|工作|活动|业务|方式|需求|要素|标准|指标|"
                          r"目标|任务|措施|意见|方案|规划|等)$")

# 与人工智能、大数据等先进技术跨界融合 / 加强5G、区块链等技术在…领域的应用: tools a body
# applies, not the industry it is in.
APPLIED_TECH = re.compile(r"(?:^|[，,；;。与])([^，,；;。与]*?)等(?:先进|新兴|前沿|现代|新一代)?"
                          r"(?:信息|数字)?技术(?=跨界|融合|在|赋能|应用|手段)")

# 提取制备+细胞存储+…+冷链物流: links of a value chain, each done by someone else.
CHAIN = re.compile(r"[^，,。；;、+]{2,12}(?:\+[^，,。；;、+]{2,12}){2,}")

# 甲、乙、丙等一批教育医疗、健康养老、文化休闲项目: each item is of one of the kinds, not all.
KINDS_AFTER = re.compile(r"等(?:一批|若干|多个|一系列)((?:[^，,。；;、等]{2,10}、)+[^，,。；;、等]{2,10}?)"
                         r"(?:重大|重点)?(?:项目|企业|平台|载体|设施|工程)")

# 聚焦党政、金融等行业在核心系统国产化替代中的需求 / 面向甲、乙等领域提供解决方案: the
# sectors served, not the industry of whoever serves them.
SERVED = re.compile(r"(?:面向|服务于?|聚焦|围绕)([^，,。；;]{2,40}?)等[^，,。；;、]{0,12}(?:行业|领域)"
                    r"(?=在[^，,。；;]{0,20}(?:替代|需求|应用|转型|改造)|提供|推出)")

# 鼓励向甲、乙等方向延伸: where a firm may grow, not what it is in.
TOWARDS = re.compile(r"向([^，,。；;]{2,40}?)等?(?:方向|领域|环节)(?:延伸|拓展|转型|迈进)")

# 布局甲、乙等领域处理器芯片: where a product is used, not the industry of its makers.
USED_IN = re.compile(r"((?:[^，,；;。、]{2,12}、)*[^，,；;。、]{2,12})等领域的?[\u4e00-\u9fff]{0,6}"
                     r"(?:系统|芯片|软件|产品|设备|装备|器件|终端|解决方案)")

# Categories that, met in running text, name an activity rather than an industry of a firm.
# Steps of a value chain (研发、生产制造、销售), listed like industries but done in every one.
ACTIVITIES = frozenset({"生产制造", "研发", "生产", "制造", "销售", "使用", "服务", "应用",
                        "设计", "集成服务", "总装测试", "后服务"})

ACTIVITY_CATEGORIES = frozenset({"研发设计", "信息服务", "科技服务", "金融服务", "商贸服务", "服务贸易",
                                 "会展", "制造业", "服务业", "现代服务业", "生产性服务业",
                                 "生活性服务业", "农业", "物流"})

NOT_HEADING_INDUSTRY = re.compile(r"(?:企业|公司|集团|项目|工程|平台|中心|园区|基地|政策|机制|"
                                  r"体系|能力|水平|环境|建设|发展|工作|任务|措施|意见|方案|规划|"
                                  r"思想|原则|目标)$")

NOT_AN_INDUSTRY = re.compile(
    r"[在的或等]|基于|^(?:产业|产品|各|积极|重点|加快|推动|推进|企业|新区|集|后|上游|下游|中游|"
    r"保护|传承|振兴)|(?:协同|延伸|延展|主导产业|办公|品牌)$|"
    r"[一二三四五六七八九十\d]+(?:大|个)|一[廊带核区]")
