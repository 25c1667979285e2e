"""How a named thing looks in Chinese policy text: its suffix, where its name begins, and
whether it is a real name or a generic phrase (一批企业, 公共服务平台).

Names in these documents are noun phrases glued to the verbs around them (加快建设X产业园),
so the left edge of a name is found by cutting after the last verb or function word that cannot
be part of it, keeping at least two characters in front of the suffix.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.zones import without_zones

# Characters a name may contain. Brackets and quotes occur inside names (中国(天津)…, “一站式”…).
NAME_CHARS = r"0-9A-Za-z\u4e00-\u9fff·\-—+()（）"
_NAME_RUN = re.compile(f"[{NAME_CHARS}]+")

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

_ZONE_CORE_MAX = {"综合保税区": 6, "保税物流园区": 4, "保税港区": 4, "综保区": 4, "经济区": 4,
                  "工业区": 4, "片区": 4, "港区": 3}

SUFFIX_LABEL: list[tuple[str, str]] = sorted(
    ((s, lab) for lab, ss in SUFFIXES.items() for s in ss), key=lambda x: -len(x[0]))
_SUFFIX_RE = re.compile("|".join(re.escape(s) for s, _ in SUFFIX_LABEL))
_LABEL_OF = dict(SUFFIX_LABEL)
_SUFFIX_END = re.compile("(?:" + "|".join(re.escape(s) for s, _ in SUFFIX_LABEL) + ")$")

# Words after which a name starts: verbs, prepositions, adverbs, quantifiers. Longest first.
_CUT_WORDS = sorted({
    "依托", "推动", "推进", "加快", "加速", "建设", "建成", "打造", "支持", "鼓励", "引进", "引入",
    "引导", "培育", "发展", "围绕", "聚焦", "积极", "大力", "加强", "谋划", "筹建", "设立", "成立",
    "组建", "搭建", "构建", "完善", "提升", "发挥", "充分", "利用", "以及", "实施", "开展",
    "布局", "规划", "争取", "申报", "创建", "形成", "高水平", "高标准", "进一步", "落户", "入驻",
    "承接", "对接", "吸引", "招引", "深化", "强化", "做强", "做大", "优化", "整合", "包括", "新建",
    "改扩建", "扩建", "启动", "开工", "建立", "共建", "借助", "借重", "瞄准", "集聚",
    "聚集", "依靠", "探索", "获批", "获得", "成为", "作为", "通过", "加大",
    "持续", "全面", "着力", "努力", "重点", "主要", "以及", "同时", "其中", "位于", "设在", "带动",
    "促进", "保障", "投用", "投产", "竣工", "贯通", "开通", "实现",
    "力争", "争创", "积极推进", "做优", "壮大", "拓展", "延伸", "吸纳",
    "放大", "用好", "用足", "办好", "举办", "承办", "参与", "加入", "筹划", "谋划建设", "培养",
    "一批", "一系列", "若干", "多个", "各类", "各级", "一个", "一流的", "高能级", "以“", "的",
    "在", "将", "把", "对", "向", "由", "从", "为", "以", "至", "是", "等", "和", "与", "及",
    "并且", "及其", "推动建设",
    "加快建设", "助力", "赋能", "对标", "面向", "立足", "抓住", "抢抓", "把握", "结合", "依据",
    "按照", "根据", "借鉴", "学习", "复制", "其中", "包括", "例如", "全力", "开启", "进入", "迈入",
    "纳入", "凸显", "理顺", "支撑", "入选", "选取了", "涌现了", "拥有", "缺乏类似", "坚持", "提高",
    "确保", "健全", "抓好", "做好", "做深", "编制", "制定", "公布", "推荐", "继续", "指导", "完成",
    "配合", "落实", "密切关注", "给予", "要求", "提出", "符合", "引育", "增强", "营造", "激发",
    "突破", "扩大", "统筹", "融入", "引领", "巩固", "激活", "用好", "加速", "倾力", "服务好",
    "构筑", "深入", "深度", "有序", "稳步", "逐步", "不断", "切实", "率先", "优先", "主动", "全力",
    "积极", "努力", "加快推进", "推动形成", "着眼", "围绕着", "好", "出台", "设计", "加入", "在",
    "从", "结合", "振兴", "针对", "满足", "掌握", "扩展", "遴选", "连接", "迁建", "适时启动", "增加", "赋予", "紧抓", "推行", "改进", "覆盖", "部署", "试点建设",
    "留足",
}, key=len, reverse=True)
_CONJ = frozenset({"和", "与", "及", "以及"})
_INNER_WORDS = ("促进", "发展", "服务", "合作")
_WEAK_CUTS = frozenset({"发展", "建设", "服务", "合作", "研究", "利用", "提升", "改造", "保护"})
_CUT_RE = re.compile("|".join(re.escape(w) for w in _CUT_WORDS))
_CUT_RE_END = re.compile("(?:" + "|".join(re.escape(w) for w in _CUT_WORDS) + ")$")

# Characters that, alone in front of a suffix, make no name (园区, 平台, 中心).
GENERIC_WORDS = sorted({
    "一批", "一个", "一系列", "若干", "多个", "各类", "各级", "相关", "重点", "龙头", "骨干", "领军",
    "主要", "部分", "有关", "其他", "周边", "两大", "三大", "四大", "五大", "沿海", "南部", "北部",
    "东部", "西部", "中部",
    "大型", "中小", "中小型", "小型", "国家级", "省级", "市级", "区级", "新型", "专业", "专业化",
    "公共", "服务", "创新", "研发", "技术", "产业", "特色", "主题", "综合", "高水平", "一流",
    "国际", "国内外", "国内", "现有", "重大", "优质", "知名", "高端", "高能级", "功能型", "功能",
    "示范", "科技", "科研", "智能", "智慧", "数字", "信息", "共享", "合作", "交流", "开放", "平台",
    "中心", "基地", "园区", "载体", "企业", "机构", "项目", "工程", "建设", "发展", "运营",
    "管理", "双创", "孵化", "创业", "人才", "各", "该", "本", "其", "区内", "区域", "本地", "全国", "全市", "全区", "世界", "全球", "配套", "公共技术",
    "行业", "领域", "成果", "转化", "成果转化", "应用", "试点", "试验", "实验", "研究", "政策",
    "资源", "要素", "生态", "体系", "网络", "线上", "线下", "一站式", "世界级", "标志性",
    "核心", "龙头企业", "总部", "分支", "区域性", "全国性", "国家", "等", "和", "及",
    "与", "的", "民营", "外资", "央企", "国企", "跨国", "重点企业", "骨干企业", "优势",
    "新兴", "未来", "传统", "现代", "先进", "前沿", "基础", "关键", "共性", "通用", "高新技术",
    "高成长", "瞪羚", "独角兽", "雏鹰", "科技型", "制造业", "服务业", "规上", "规模以上",
    "上下游", "产业链", "供应链", "创新链", "价值链", "配套企业", "承接", "引进", "培育",
    "数字化", "智能化", "网络化", "绿色", "低碳", "安全", "质量", "标准", "品牌", "文化",
    "社区", "社会", "城市", "街道", "街镇", "乡村", "农村", "学校", "医院", "新建",
    "改扩建", "投资", "引导", "股权", "天使", "风险", "创投",
}, key=len, reverse=True)
_GENERIC_RE = re.compile("|".join(re.escape(w) for w in GENERIC_WORDS))

_STARTS_WITH_VERB = re.compile(r"^(?:鼓励|实现|代表|提升|支持|推动|推进|加强|强化|完善|开展|健全|"
                               r"做好|抓好|确保|提高|布局|搭建|引导|设立|形成|加快|打造|建设|"
                               r"有关|相关|符合|具有|纳入|对于|关于|通过|按照|拥有|聚力|自建|组织|招聘|全球招聘|知名|国内外知名|"
                               r"国际知名|全国性|保障|凸显|构建|加速|共建|链接|释放|做实|缺乏|新增长极|增长极|类似|适时|启动)")
_LEAD_STRIP = re.compile(r"^(?:一批|一系列|若干|多个|各类|各级|一个|相关|现有|新建|其中|包括|"
                         r"以及|及|和|与|等|的|“|\(|（)+")


# Titles the state awards to many bodies (国家重点实验室): 国家 + one of them names a kind.
_DESIGNATIONS = frozenset({"重点实验室", "技术创新中心", "制造业创新中心", "产业创新中心", "工程中心",
                           "研究中心", "技术中心", "示范基地", "产业基地", "检测中心"})


@lru_cache(maxsize=65536)
def suffix_of(name: str) -> str | None:
    """The longest known suffix a name ends with (the leftmost match of an end-anchored search)."""
    m = _SUFFIX_END.search(name)
    return m.group(0) if m else None


def label_of(name: str) -> str | None:
    """The label a name's suffix gives it, or None."""
    suffix = suffix_of(name)
    return _LABEL_OF[suffix] if suffix else None


@lru_cache(maxsize=65536)
def is_specific(name: str, suffix: str | None = None) -> bool:
    """True when a name says which thing it is, not only what kind (公共服务平台, 产业园)."""
    suffix = suffix if suffix is not None else (suffix_of(name) or "")
    core = name[: len(name) - len(suffix)] if suffix and name.endswith(suffix) else name
    core = re.sub(r"[()（）“”\"·\-—+]", "", core)
    if core == "国家" and len(suffix) >= 4 and _LABEL_OF.get(suffix) != "Zone" and \
            suffix not in _DESIGNATIONS:
        return True  # 国家某某博览中心: a national institution of its kind is one thing
    rest = _GENERIC_RE.sub("", core)
    return len(rest) >= 2 or (len(rest) == 1 and len(core) >= 4 and not rest.isdigit())


_STRONG_CUES = frozenset({"依托", "鼓励", "支持", "推动", "引进", "引入", "对接", "吸引", "招引", "发挥",
                          "借重", "依靠", "集聚", "聚集", "积极", "重点", "加快", "推进", "大力",
                          "培育", "打造", "建设", "加强", "深化", "服务", "带动", "以"})


def strip_cues(item: str) -> str:
    """Drop the verbs in front of a list's first item (鼓励联合某某 → 联合某某).

    A strong cue goes whenever two characters remain; any other cut word only when three
    remain, so a name that begins like a verb (联合某某) keeps its head.
    """
    while True:
        m = _CUT_RE.match(item)
        if not m:
            return item
        rest = item[m.end():]
        if (m.group(0) in _STRONG_CUES and len(rest) >= 2) or len(rest) >= 3:
            item = rest
        else:
            return item


def trim_left(chunk: str, suffix_len: int, min_core: int = 2) -> str:
    """Cut a run of name characters after the last word that cannot belong to the name.

    The cut that leaves the shortest name still holding `min_core` characters before the
    suffix wins; a cut inside the suffix is never taken.
    """
    limit = len(chunk) - suffix_len - min_core  # a cut must end at or before this
    cuts = [0]
    for m in _CUT_RE.finditer(chunk):
        if m.end() > limit:
            continue
        # A conjunction splits two names only when the left one is itself a name
        # (A研究院和B实验室); inside a name it stays (某某技术与装备研究所).
        if m.group(0) == "等" and chunk[max(m.start() - 1, 0):m.start()] in ("高", "中", "同", "平"):
            continue  # 高等级某实验室: 等 inside a word, not the close of a list
        if m.group(0) == "及其":
            continue  # 甲及其乙平台: the platform belongs to 甲, so 乙平台 alone names nothing
        if m.group(0) in ("和", "与", "及") and label_of(chunk[: m.start()]) is None and not (
                m.group(0) in ("和", "及") and len(chunk) - m.end() - suffix_len >= 4):
            continue  # 甲治理和乙船闸工程 splits; 甲与乙研究所 stays whole
        # 发展/建设 inside a name (…人工智能发展战略研究院) is not the verb in front of it: it
        # cuts only after another cut word (大力发展…) or when a full name remains.
        if m.group(0) in _WEAK_CUTS and m.start() > 0 and not _CUT_RE_END.search(
                chunk[: m.start()]) and len(chunk) - m.end() - suffix_len < 3:
            continue
        cuts.append(m.end())
    # The nearest cut wins; a generic remainder (…公共服务平台) is left for is_specific to
    # reject rather than widened into the verb in front of it.
    name = _LEAD_STRIP.sub("", chunk[max(cuts):])
    if len(cuts) > 1 and suffix_len and not is_specific(name, chunk[len(chunk) - suffix_len:]):
        # 某某进口贸易促进创新示范区: a word that also names a purpose (促进) cut off the
        # name's own words; the cut before it gives the whole name.
        last = max(cuts)
        word = next((w for w in _INNER_WORDS if chunk[:last].endswith(w)), None)
        if word:
            wider = _LEAD_STRIP.sub("", chunk[sorted(cuts)[-2]:])
            if not _STARTS_WITH_VERB.match(wider) and not _CUT_RE.match(wider):
                name = wider
    if _STARTS_WITH_VERB.match(name):
        return ""
    lead = _CUT_RE.match(name)
    if lead and suffix_len and len(name) - lead.end() - suffix_len < min_core:
        return ""  # 发挥综保区: a verb and a kind word, no name between them
    # Unbalanced brackets from a cut: drop a dangling opener or closer at the edges.
    if name.count("(") + name.count("（") < name.count(")") + name.count("）"):
        name = re.sub(r"^[^(（]*?[)）]", "", name)
    if name.count("(") + name.count("（") > name.count(")") + name.count("）"):
        # 某某起步区(某某产业园): the name is the one inside the open bracket.
        name = re.split(r"[(（]", name)[-1]
    return name.strip("—-·+")


# Words that make a project name generic when nothing else is left (重大外资项目, 民生工程).
_PROJECT_GENERIC = re.compile(
    r"重大|重点|外资|内资|招商引资|民生|民计民生|产业化|生产|制造|研发|示范|升级|扩建|新建|改造|"
    r"提升|能级|跃升|强化|培育|基础设施|新基建|公办|民办|普惠性|义务教育|优质|配套|前沿|高附加值|"
    r"智能化|海外|计划|功能|储备|签约|龙头|战略|主导|融通型|特色|一批|领域|行业|领军|大中小|"
    r"高端|关键|装备|系统|零部件|企业|产业|项目|工程|专项|资金|环境|综合|标志性|省部级|科研|"
    r"国家级|市级|区级|全民|健身|卓越|实用|精品|生态|绿色|保护|修复|治理|整治|垃圾|分类|污水|"
    r"供水|水质|管网|雨水|应用|亮化|绿化|景观|美化|道路|夜景|城市|乡村|农村|文化|惠民|人才|"
    r"创业|创新|科技|企业孵化|孵化|能源|工业|产业链|补链|强链|建链|串链|基础|一流|品牌|学校|"
    r"优化|教育|医疗|卫生|公共|服务|体育|养老|托育|住房|保障|安居|社会|安全|应急|智慧|数字|信息|"
    r"休闲|健康|旅游|文体|惠民|便民|三级|二级|甲等|定点|救治|传染病|一贯制|九年|十二年|高铁|"
    r"城际|新增|非首都功能|运输|产业|生物制药|乡村|轨道|交通|地铁|专科|中医|康复|以上|公立|完全|"
    r"阶段|主次干|便捷|高效|国省|疏港|环内|环外|货运|客运|市郊|高速|港口|岸线|邮轮|长输|油气|压力|"
    r"管廊|园区|外省市|团队|携带|军民融合|垂直|供应商|高层次|储备|首个|重资产|区外|无人机|"
    r"航道|疏浚|清淤|河道|堤防|防洪|排涝|水利|改建|建设|非首都")
# Field words a kind of institute, exchange, service centre or contest is named by (临床医学研究所,
# 社区卫生服务中心): with nothing proper beside them the name says what kind, not which one.
_PLATFORM_FIELD = re.compile(
    r"知识产权|临床|医学|医疗|卫生|证券|期货|商品|产权|社区|党群|职业|技能|便民|政务|海关|特殊|监管|"
    r"金融|法律|人力资源|就业|养老|老年|青少年|儿童|志愿|物流|文化|体育|健康|环境|能源|农业|"
    r"劳动|民生|综合|一站式|公益|教育|培训|招商|投资|贸易|外贸|进出口|口岸|通关")
_PLATFORM_KIND_SUFFIX = ("研究所", "交易所", "服务中心", "大赛")
# “五个一”工程, “双百”行动: a slogan of numbers names a programme, not a work or a body.
_NUMERAL_SLOGAN = re.compile(r"“[一二三四五六七八九十百千万亿两双个0-9]+”")
_NAME_VERBS = re.compile(r"列入|承接|承担|做好|做深|推动|引进|争取|控制|签约|加快|严格|坚持|依托|着力|"
                         r"导入|结合|统筹|确保|形成|实现|建立|纳入|带动|拓展|重点布局|完善|健全|"
                         r"鼓励|支持|引导|吸引|探索|加强|开展|提高|强化|推进|打造|实施")
_COUNTED = re.compile(r"^[0-9一二三四五六七八九十两几多]+(?:所|个|家|条|座|项|批|大|类|种)")
_SUFFIX_CONTINUES = {**{n + "中": "心央华国东西南北小全" for n in "一二三四五六七八九"},
                     "学院": "士派", "段": "落", "高速": "增发度化", "高速公路": "网", "谷": "物歌底峰类雨线产科园", "大桥": "局", "公路": "局", "铁路": "局", "项目": "录库组部制化", "工程": "师院局学化技装机咨总建药食菌", "基地": "建", "平台": "化"}


# Words that say what a platform does or whom it serves (交易, 物流, 职工, 调度). A platform
# named by these and generic words alone is a kind; one with a place, an organisation or a code
# in front (某市物流信息平台) keeps a proper part that survives the removal.
_PLATFORM_KIND_RE = re.compile(
    r"贸易|交易|结算|招商引资|招商|投资|融资|金融|资产|资本|管理|监管|监督|执法|审批|政务|"
    r"货物|商品|货运|客运|物流|仓储|配送|调度|运输|集疏港|跨境|进出口|外贸|电子商务|电商|对接|撮合|登记|"
    r"流转|处置|职工|员工|人才|人力资源|就业|用工|创效|创造|协同|集成|攻关|展示|推广|宣传|"
    r"媒体|传播|大|新|统一|高效|一体化|综合性|市场化|功能性|要素|数据|大数据|互联|联网|"
    r"智能|医疗|健康|养老|法律|咨询|培训|教育|办公|活动|消费|生活|监控|追溯|全程|溯源|检测|"
    r"认证|概念验证|验证|中试|科技|技术|成果|信用|诚信|安全|应急|环保|节能|共享")
# Activities a base is for (培养, 实训); alone with generic words they name a kind of base.
_PARK_ACTIVITY_RE = re.compile(r"培养|培训|实训|实习|实践|见习|教学|联合|定向|订单式|离岸|海外|"
                               r"引才|引智|科普|教育|繁育|主题性|大学|高校|工业|农业|设施")


def fragment_or_class(name: str) -> bool:
    """A name cut from a longer phrase (级生物安全实验室, the tail of 三级…), a class of things
    (某某类博览会) or a slogan of parts (甲+乙+平台): whichever pattern found it, no one thing."""
    plain = name.replace("“", "").replace("”", "")
    if plain.startswith(("级", "类", "型", "性")) or _STARTS_WITH_VERB.match(plain):
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
    if "的" in plain or "或" in plain or _COUNTED.match(plain) or _NAME_VERBS.search(plain):
        return False
    if re.match(r"(?:全国|全市|全区|国内|北方)?首[家个批座]", plain) or re.search(
            r"\d+(?:亿|万)(?:元)?级", plain):
        return False  # 首家某中心, 营收千亿级集群: a ranking or a size, not a name
    if "等" in plain.replace("高等", "").replace("中等", "").replace("等级", ""):
        return False
    if re.search(r"各|内各|所有|每一", plain):
        return False  # 区内各学校: every one of a kind, not one thing
    if label in ("Park", "Platform", "Project") and "和" in plain.replace("和平", ""):
        return False  # 甲中心和乙基地: two things, or a phrase, not one name
    if re.match(r"[\u4e00-\u9fff]{2,6}?首[家个批座](?=[\u4e00-\u9fff]{2})", plain):
        return False  # 某区首家某医院: a first of its kind the text aims at, not a name
    if label == "Project" and re.fullmatch(r"[\u4e00-\u9fff]{1,2}[一二三四]期", plain):
        return False  # 某港一期: a phase of an area named by two characters, not one work
    if _NUMERAL_SLOGAN.match(name):
        return False  # “三个一”工程: a programme's slogan, not one work or body
    if label in ("Platform", "Enterprise") and plain.endswith(_PLATFORM_KIND_SUFFIX) and not re.search(
            r"[A-Za-z0-9]", plain):
        kind_suffix = next(k for k in _PLATFORM_KIND_SUFFIX if plain.endswith(k))
        core = plain[: len(plain) - len(kind_suffix)]
        national_event = kind_suffix == "大赛" and core.startswith(("全国", "中国", "世界", "全球"))
        if not national_event and not _PLATFORM_FIELD.sub("", _GENERIC_RE.sub("", core)):
            return False  # 临床医学研究所, 某技能大赛: a kind of body or event (全国某大赛 is one)
    if "—" in plain and label_of(plain.split("—")[0]):
        return False  # 众创空间—孵化器—科技园: a chain of kinds
    if label == "Platform" and plain.endswith("产业集群") and "国家" not in plain:
        return False  # a cluster is an industry unless it is a national designation
    if label == "Platform" and plain.endswith("基金") and re.search(
            r"(外资|私募|子|专项|证券|投资|股权|创投)基金$", plain):
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
        from loaders.industries import taxonomy  # noqa: PLC0415

        if taxonomy().canonical(plain[:-3]):
            return False  # 某某经济聚集区 with only the industry in front: a goal, not a place
    if label == "Park" and not _PARK_ACTIVITY_RE.sub("", _GENERIC_RE.sub("", plain[: len(
            plain) - len(suffix_of(plain) or "")])):
        return False  # 联合实训基地, 大学科技园: what is done there, not which place it is
    if label == "Park" and re.search(r"[和与及]", plain) and not _PARK_ACTIVITY_RE.sub(
            "", _GENERIC_RE.sub("", re.split(r"[和与及]", plain)[-1][: -len(
                suffix_of(plain) or "x")])):
        return False  # 甲与创新实践基地: the kind of base closes a list of kinds
    if label == "Platform":
        if re.search(r"建设|组建|运用|招聘|搭建|拥有|聚力|自建|钻井平台|作业平台|\+平台$", plain):
            return False
        if plain.endswith("平台"):
            from loaders.industries import industry_ending, taxonomy  # noqa: PLC0415

            core = _GENERIC_RE.sub("", plain[:-2])
            if len(core) <= 2 and not re.search(r"[A-Za-z“]", name):
                return False  # 结算平台, 交易平台: a kind of platform
            if not _PLATFORM_KIND_RE.sub("", core) and not re.search(r"[A-Za-z0-9“]", name):
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
        rest = _PROJECT_GENERIC.sub("", _GENERIC_RE.sub("", core))
        need = 3 if suffix in ("项目", "工程") else 2
        if len(re.sub(r"[()（）·\-—+]", "", rest)) < need:
            return False
    return True


@lru_cache(maxsize=16384)
def names_ending_with_suffix(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, name, label) of every suffix-marked name in a passage."""
    out: list[tuple[int, int, str, str]] = []
    for run in _NAME_RUN.finditer(text):
        chunk = run.group(0)
        for m in _SUFFIX_RE.finditer(chunk):
            suffix = m.group(0)
            end = m.end()
            # No name holds 等: what precedes it is a list, what follows its head noun.
            deng = chunk.rfind("等", 0, m.start())
            if deng != -1 and (chunk[max(0, deng - 1):deng + 1] in ("高等", "中等") or
                               chunk[deng:deng + 2] == "等级"):
                deng = -1  # 高等级某实验室: 等 inside a word, the name runs on to the left
            if deng != -1:
                # 等路桥工程: after 等 comes the kind of the listed things, not a name; but
                # 甲等乙治理和丙船闸工程 starts a new name after the conjunction, and 甲等技术
                # 协同发展的丙基地 after the 的 that closes the list's own phrase.
                conj = max(chunk.rfind("和", deng, m.start()), chunk.rfind("及", deng, m.start()),
                           chunk.rfind("的", deng, m.start()))
                if conj == -1 or m.start() - conj - 1 < 4:
                    continue
                deng = conj
            piece = chunk[deng + 1:end] if deng != -1 else chunk[:end]
            name = trim_left(piece, len(suffix))
            if len(name) <= len(suffix):
                continue
            label = _LABEL_OF[suffix]
            follow = _SUFFIX_CONTINUES.get(suffix)
            if follow and end < len(chunk) and chunk[end] in follow:
                continue  # 事项目录, 工程师: the suffix is part of a longer word
            if not acceptable(name, label):
                continue
            if label == "Zone" and len(name) - len(suffix) > _ZONE_CORE_MAX.get(suffix, 4):
                continue  # a place name is short; a longer run is a clause, not a name
            start = run.start() + end - len(name)
            out.append((start, run.start() + end, name, label))
    return tuple(out)


# A firm's registered name is place + trade name + line of business (企业名称登记管理规定):
# 某某乳业, 某某燃气, 某某微电子. These endings mark the business word of such a name.
FIRM_TRADE = ("微电子", "电子", "乳业", "燃气", "科技", "生物", "药业", "医药", "制药", "能源",
               "电力", "石化", "电气", "通信", "汽车", "钢铁", "重工", "船舶", "化工", "物流",
               "食品", "实业", "控股", "电器", "光电", "半导体", "新材", "软件", "机械", "水务",
               "港务", "置业", "传媒", "航运", "集团", "股份")
# Works and products a firm names after itself: 某某新厂, 某某总部, 某某二期.
_FIRM_WORKS = re.compile(r"^(?:新厂|新工厂|新品|总部|二期|三期|扩建|技改|新建|生产线|先进|高端)")
# 中国某某 (two characters) is how the national carriers and operators call themselves.
# Province-level names begin places, never a trade name.
_PROVINCES = re.compile(r"^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|"
                        r"山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|"
                        r"广西|西藏|宁夏|新疆|香港|澳门|京津冀)")
_NATIONAL_FIRM = re.compile(r"^中国[\u4e00-\u9fff]{2}$")


def firm_prefix(name: str, context: str = "") -> str | None:
    """The firm a project is named after when nothing else names it: 某某乳业新厂项目,
    某燃气LNG储备项目, 中国某某京津冀某基地, or 某某 + a product the sentence names again
    (推动某某肿瘤药物项目建设，加快肿瘤药物…). None when the front is a place or a kind."""
    from loaders.zones import zone_lexicon  # local: zones imports nothing of patterns
    core = re.sub(r"(?:项目|工程)$", "", name)
    for cut in range(2, min(len(core) - 1, 7)):
        head, rest = core[:cut], core[cut:]
        if not re.fullmatch(r"[\u4e00-\u9fff]+", head) or _STARTS_WITH_VERB.match(head):
            continue
        if zone_lexicon().canonical(head) or _GENERIC_RE.search(head) or label_of(head):
            continue
        trade = next((t for t in FIRM_TRADE if head.endswith(t) and len(head) - len(t) >= 2), None)
        if trade and (re.match(r"[A-Za-z0-9]", rest) or _FIRM_WORKS.match(rest)):
            return head
        if _NATIONAL_FIRM.match(head) and re.match(r"京津冀|天津|北京|河北", rest):
            return head
        if cut <= 3 and len(rest) >= 4 and name.endswith("项目") and context.count(rest) >= 2 \
                and label_of(rest) is None and not re.match(r"[第非]", rest) and not \
                _PROVINCES.match(head) and not re.search(r"[省市县区镇港]", head):
            return head
    return None
