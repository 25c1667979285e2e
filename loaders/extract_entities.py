"""Zones, parks, industries, enterprises, platforms and projects, and how they relate.

Everything is read from the text by its patterns (suffixes, cue phrases, lists closed by 等,
section headings, rebuilt table rows); only zones and national industry categories come from a
lexicon. Where a fact needs a place and the sentence names none, the nearest place in the
section tree is used, and finally the zone the document is about (its issuing 功能区).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

from loaders import bureaus
from loaders.industries import industry_ending, industry_key, industryish, taxonomy
from loaders.lists import ItemList, clause_start, list_after, lists_closed_by_deng, split_items
from loaders.model import (
    Extraction,
    Fact,
    Mention,
    Passage,
    Ref,
    Section,
    StructuredDocument,
    TableRow,
)
from loaders.patterns import (
    acceptable,
    FIRM_TRADE,
    firm_prefix,
    fragment_or_class,
    is_specific,
    label_of,
    names_ending_with_suffix,
    strip_cues,
    suffix_of,
    trim_left,
)
from loaders.zones import zone_lexicon

PLACE_LABELS = ("Zone", "Park")

# Cue verbs in front of a list of enterprises: already there, or to be attracted.
_TARGET_CUES = ("引进", "引入", "招引", "吸引", "对接", "招商", "争取", "洽谈", "瞄准", "引聚",
                "引育", "招大引强", "落地")
_PRESENT_CUES = ("依托", "发挥", "支持", "鼓励", "推动", "集聚", "聚集", "联合", "借重", "依靠",
                 "以", "培育", "服务", "做大做强", "壮大", "落户", "入驻", "已有", "现有", "推进",
                 "扩大", "聚集了", "涌现")
_RELY = re.compile(r"(?:依托|借重|依靠)")
_REPRESENT = re.compile(r"以([^，。；：]{2,60}?)(?:(?:等)?为(?:代表|龙头)的?[^，。；]{0,8}?"
                        r"(?:企业|平台|公司|品牌|集团|服务)|等为(?:重点|主体|支撑))")
_ALIAS_DEF = re.compile(r"[(（](?:以下)?简称[“\"]?([^”\"()（）]{1,15})[”\"]?[)）]")
_INDUSTRY_VERBS = re.compile(r"(?:重点发展|积极发展|大力发展|培育发展|加快发展|提升发展|发展壮大|"
                             r"重点布局|积极布局|前瞻布局|聚焦|主导产业|做大做强|培育壮大|打造|做强|"
                             r"做优|引育|发展)")
_DEVELOP_INDUSTRY = re.compile(r"(?:发展|壮大|培育|提升|做强|做大|做优|扶持)(?:壮大)?"
                               r"([\u4e00-\u9fff]{2,10}?)产业(?![园链集基区带体化])")
_DEVELOP_SECTOR = re.compile(r"(?:加快|大力|积极|重点|培育)发展([\u4e00-\u9fff]{2,8}?)"
                             r"(?:农业|服务业|制造业)(?![\u4e00-\u9fff]{0,2}(?:园|基地|区|集群|体系))")
_AIRPORT_WORK = re.compile(r"^([\u4e00-\u9fff]{2,10}(?:国际机场|机场))(?:[一二三四五六七八九十\d]+期|"
                           r"改扩建|扩建|航站楼)")
_SUPERVISION = re.compile(r"隐患|安全整治|安全生产|排查整治|安全监管|安全检查|事故")
_ACTIVITY_HEAD = re.compile(r"(?:处理|监测|检测|储运|运输|制造|应用|加工|维修|设计|开发|研发|运营)")
_QUARTER = re.compile(r"[东西南北中]区(?![\u4e00-\u9fff]{0,2}(?:街|路|道|门))")
# Where an area ranks (全国一流, 京津冀…): not part of the industry's name.
_SCOPE = re.compile(r"^(?:全国|全市|全区|全省|京津冀|国家级|国家|国际|北方|华北|区域|临海|临港|"
                    r"世界级|一流)+")
_NUMBERED_SYSTEM = re.compile(r"“[0-9X+]{2,9}”[\u4e00-\u9fff]{0,4}?产业(?:体系)?(?![目集链园基区])")
_NATIONAL_CLUSTER = re.compile(r"(?<![级亿])国家级?([\u4e00-\u9fff]{2,8}?)产业集群|"
                               r"(?:做强|打造|培育|建设|壮大|发展|提升)?([\u4e00-\u9fff]{2,8}?)"
                               r"国家级(?:先进制造业|战略性新兴产业)集群")
_MADE_INTO_AREA = re.compile(r"将([\u4e00-\u9fff]{2,6}(?:(?:和|与|、)[\u4e00-\u9fff]{2,6})*)"
                             r"打造成为?[^，。；,;]{2,24}区")
_BUILD_INDUSTRY_AREA = re.compile(r"(?:打造|建设|建成)([\u4e00-\u9fff]{2,6}?)产业"
                                  r"(?:集聚区|聚集区|集聚地|基地|高地)")
# Words that only rank or qualify industries (新兴产业, 优势产业): no industry by themselves.
_KIND_OF_INDUSTRY = r"(?:新兴|优势|主导|特色|相关|重点|传统|支柱|未来|战略性新兴|现代|高端|先进|" \
                    r"新型|新|全|各类|本地|区域|实体|配套|上下游|关联|绿色|高新技术|高技术|一批)+"
_LEAD_DOMAIN = re.compile(r"(?:^|[；;。])\s*(?:——)?([^，。；：,;]{1,16}?)领域[，,：:]")
# 某某养生养老产业园 / 某某智能计算产业创新中心: the field a carrier is named after.
_FIELD_NAME = re.compile(r"([\u4e00-\u9fff]{2,14})产业(?:创新中心|集群|技术研究院|研究院|园区|园|基地|"
                         r"示范基地)(?:项目)?$")
# 重点发展A、B等Y / 开发A、B等Y: Y, the kind of what is developed, closes its clause.
_DEVELOPED = re.compile(r"(?:重点发展|加快发展|大力发展|积极发展|发展|开发)[^，。；,;]*?等"
                        r"([\u4e00-\u9fffA-Za-z0-9+]{2,12})(?=[，。；,;]|$)")
# 等关键材料 / 等核心设备 / 等新技术: a rank or a kind of thing, not a line of business.
_GENERIC_KIND = re.compile(r"^(?:关键|核心|新|主要|重点|相关|其他|高端)|(?:关键|核心|专用|配套|细分|新型|"
                           r"优势)[\u4e00-\u9fff]{0,4}$|领域|环节|方向|功能|项目|技术$|产品$")
# Kinds of works named by what they are, and the field words a section title uses for them.
_INSTITUTION_FIELDS = (
    (re.compile(r"(?:医院|院区|医疗中心|卫生院|卫生服务中心|诊所|治疗)"),
     re.compile(r"(?:医疗|卫生|健康){2,}")),  # two field words: 医疗 of 医疗服务体系 alone is none
    (re.compile(r"(?:码头|锚地|航道|泊位|港池)"), re.compile(r"港口")),
    (re.compile(r"(?:众创空间|孵化器|加速器|创业园|创业中心)$"), re.compile(r"(?:创新)?创业(?:孵化|服务)+|孵化服务")),
    (re.compile(r"(?:会展中心|展览中心|会议中心|博览中心)"), re.compile(r"会展")),
    (re.compile(r"[A-Z]?\d+号?线[\u4e00-\u9fff]{2,}站"), re.compile(r"轨道交通")),
)
_CHAIN_CLOSE = re.compile(r"等[\u4e00-\u9fff]{0,6}?(?:链|环节|产业|领域)")
_BUILD_OR_RELY = re.compile(r"(?:加快|积极|高标准)?(?:建设|打造|依托|建成)")
_SUPPORTED = re.compile(r"^(?:支持|促进|推动|鼓励)[^，,。；;]*?等([\u4e00-\u9fff]{2,10}?(?:服务业|产业|业))发展$")
_SERVES = re.compile(r"(?:促进|推动|带动|支撑)([^，,。；;]{2,30}?)(?:产业)?(?:发展|集聚)")
_ACTIVITY_TAIL = re.compile(r"(?:研发设计|研发制造|开发制造|研发|设计|制造|生产)$")
_OPENS_SCOPE = re.compile(r"\s*(?:——)?[^，。；：,;]{1,16}?领域[，,：:]")
_HEADING_NUM = re.compile(r"^\s*(?:第[一二三四五六七八九十百]+[章节]|[一二三四五六七八九十]+、|"
                          r"[(（][一二三四五六七八九十]+[)）]|\d{1,2}[、.．]|专栏\s*\d*|——)\s*")
_ENUMERATED_KIND = re.compile(r"、[^、]{2,12}等([^，。、等]{2,10})$")
# 甲1大国家级创新产业 / 乙两大支柱产业集群: a heading that counts the industries it names.
_COUNTED_INDUSTRY = re.compile(r"^([\u4e00-\u9fff+]{2,10}?)[1-9一二三四五六七八九十两]大"
                               r"[\u4e00-\u9fff]{0,10}?(?:产业|产业集群|集群)$")
_CLUSTER = re.compile(r"([\u4e00-\u9fff+“”]{2,12}?)(产业集群|集群)")
_VERBISH = re.compile(r"(?:推动|推进|加快|建设|打造|建成|构建|实施|深化|提升|强化|完善|优化|"
                      r"坚持|围绕|聚焦|依托|培育|引育|发展|增强|促进|健全|营造|加强|激发|实现|"
                      r"保障|突破|拓展|扩大|统筹|融入|争创|落实|开展|引领|支撑|做强|"
                      r"做优|形成|提高|巩固|激活|开启|面向|对接|用好|共建)")
_NOT_INDUSTRY = re.compile(r"(?:企业|公司|集团|项目|工程|平台|中心|园区|基地|政策|机制|体系|能力|"
                           r"水平|环境|服务体系|建设|发展|规模|人才|资金|资源|技术研发|产品|生产设备|"
                           r"环节|场景|模式|试点|示范|工作|活动|业务|方式|需求|要素|标准|指标|"
                           r"目标|任务|措施|意见|方案|规划|等)$")


_LOCATION_TEXT = re.compile(r"[东西南北](?:至|到|接|临|侧)[^,，|；;]*|[^,，|；;]*以[东西南北]")
_QUALIFIER = re.compile(r"[(（][^()（），。、]{2,12}[)）]|提级改造|拓宽改造|电气化改造|改扩建|扩建|迁建")
_SHARED_ACTION = re.compile(r"((?:[^，。；、,;]{2,14}、)+)([^，。；、,;]{2,14}?)"
                            r"(提级改造|拓宽改造|电气化改造|改扩建)")
_NUMBERED_INSTITUTE = re.compile(r"[零〇一二三四五六七八九十0-9]{2,4}所(?!属|有|在|得|需|以)")
_PLATFORM_LEAD = re.compile(r"(?:聚焦|建设|打造|依托)(?:重点|承接|创新)平台")
# Leads that open a sentence with a topic, not a carrier (主要任务:, 发展目标:).
_NOT_A_CARRIER = re.compile(r"(?:任务|目标|措施|举措|路径|重点|方向|内容|要求|原则|思路|定位|机制|"
                            r"政策|方式|模式|领域|产业|行业|经济|服务|功能定位)$")
_COLON_ITEM = re.compile(r"([^，,。；;：:、“”()（）\s]{4,16})[:：]")
_LEADING_RATE = re.compile(r"[0-9.]+[\u4e00-\u9fff]{0,5}/(?:日|年|小时|天)")
_HOSPITAL_WORK = re.compile(r"(?:医院|院区)(?:[一二三四]期)?(?:项目|工程|改扩建|扩建|迁建)?$")
_HOSPITAL_ROLE = re.compile(r"成为([\u4e00-\u9fff]{2,8}医疗中心)")
_ACTION_BEFORE = re.compile(r"(改扩建|扩建|迁建|新建)$")
# A build verb caught at the head of a work's name (新建某某站): the work is the rest.
_LEADING_BUILD = re.compile(r"^(?:改扩建|新建|扩建|改建|建设)")
# 引进/招引 + "<technology> 研发与生产项目": the kind of project sought, not one project.
_SOUGHT_KIND = re.compile(r"(?:研发|生产|制造)(?:[与和及](?:研发|生产|制造))?项目$")
_SEEK_CUE = re.compile(r"(?:引进|招引|引入|吸引)[^，。；;]{0,14}$")
# Works of a port, and the cue that puts a thing inside one (港内打通某路).
_PORT_WORK = re.compile(r"(?:码头|航道|锚地|泊位|港池|防波堤|集疏港|疏港)")
_IN_PORT = re.compile(r"^(?:港内|港区内)")
# 支持甲建设… / 推动乙牵头建设…: the firm named as the builder of what follows.
_BUILT_BY = re.compile(r"(?:支持|推动|推进|鼓励|引导|由)([^，,。；;、]{2,12}?)(?:牵头)?(?:投资)?(?:建设|新建|打造)")
_BUILD_VERB = re.compile(r"建设|新建|打造|推进|推动|实施")
_MAINSTAYS = re.compile(r"以[^，,。；;]{2,60}?等?为重点")
_SUPPORT_ZONE = re.compile(r"(?:支持|推动|鼓励|引导)")
_AROUND_PARK = re.compile(r"围绕([^，,。；;]{2,16}?)(?:的)?(?:建设|发展)[，,]")
# 与人工智能、大数据等先进技术跨界融合 / 加强5G、区块链等技术在…领域的应用: tools a body
# applies, not the industry it is in.
_APPLIED_TECH = re.compile(r"(?:^|[，,；;。与])([^，,；;。与]*?)等(?:先进|新兴|前沿|现代|新一代)?"
                           r"(?:信息|数字)?技术(?=跨界|融合|在|赋能|应用|手段)")
# 提取制备+细胞存储+…+冷链物流: links of a value chain, each done by someone else.
_CHAIN = re.compile(r"[^，,。；;、+]{2,12}(?:\+[^，,。；;、+]{2,12}){2,}")
# 甲、乙、丙等一批教育医疗、健康养老、文化休闲项目: each item is of one of the kinds, not all.
_KINDS_AFTER = re.compile(r"等(?:一批|若干|多个|一系列)((?:[^，,。；;、等]{2,10}、)+[^，,。；;、等]{2,10}?)"
                          r"(?:重大|重点)?(?:项目|企业|平台|载体|设施|工程)")
# 聚焦党政、金融等行业在核心系统国产化替代中的需求 / 面向甲、乙等领域提供解决方案: the
# sectors served, not the industry of whoever serves them.
_SERVED = re.compile(r"(?:面向|服务于?|聚焦|围绕)([^，,。；;]{2,40}?)等[^，,。；;、]{0,12}(?:行业|领域)"
                     r"(?=在[^，,。；;]{0,20}(?:替代|需求|应用|转型|改造)|提供|推出)")
# 鼓励向甲、乙等方向延伸: where a firm may grow, not what it is in.
_TOWARDS = re.compile(r"向([^，,。；;]{2,40}?)等?(?:方向|领域|环节)(?:延伸|拓展|转型|迈进)")
# 布局甲、乙等领域处理器芯片: where a product is used, not the industry of its makers.
_USED_IN = re.compile(r"((?:[^，,；;。、]{2,12}、)*[^，,；;。、]{2,12})等领域的?[\u4e00-\u9fff]{0,6}"
                      r"(?:系统|芯片|软件|产品|设备|装备|器件|终端|解决方案)")
_BENCHMARK = re.compile(r"类似|对标|借鉴|学习[^，。]{0,12}经验")

# Categories that, met in running text, name an activity rather than an industry of a firm.
# Steps of a value chain (研发、生产制造、销售), listed like industries but done in every one.
_ACTIVITIES = frozenset({"生产制造", "研发", "生产", "制造", "销售", "使用", "服务", "应用",
                         "设计", "集成服务", "总装测试", "后服务"})
_ACTIVITY_CATEGORIES = frozenset({"研发设计", "信息服务", "科技服务", "金融服务", "商贸服务", "服务贸易",
                                  "会展", "制造业", "服务业", "现代服务业", "生产性服务业",
                                  "生活性服务业", "农业", "物流"})

_NOT_HEADING_INDUSTRY = re.compile(r"(?:企业|公司|集团|项目|工程|平台|中心|园区|基地|政策|机制|"
                                   r"体系|能力|水平|环境|建设|发展|工作|任务|措施|意见|方案|规划|"
                                   r"思想|原则|目标)$")


# A school, hospital or wharf the clause leans on (依托某医院, 以甲学校和乙小学为核心, 发挥某码头
# 优势, 做强做优某中学) already stands: without a word of building it is no work.
_FACILITY_END = re.compile(r"(?:医院|小学|中学|幼儿园|学校|学院|码头|养护院|福利院|博物馆|[一二三四五六七八九]中)$")
_RELIED_ON = re.compile(r"^(?:依托|发挥|借助|利用|做强做优|深化与|以)")
_BUILT = re.compile(r"建设|新建|迁建|扩建|改建|改造|建成|开工|投用|竣工|启用|落地|推进|推动|加快")


def _only_relied_on(text: str, start: int, end: int) -> bool:
    if not _FACILITY_END.search(text, 0, end):
        return False
    begin = clause_start(text, start)
    close = _CLAUSE_MARK.search(text, end)
    clause = text[begin:close.start() if close else len(text)]
    return bool(_RELIED_ON.match(clause)) and not _BUILT.search(clause)


# What is built on a road or line named in front of it (联络线, 高架桥, 某某东段).
_ROUTE_PART = re.compile(r"[\u4e00-\u9fff]{0,4}(?:联络线|延伸线|延长线|支线|高架桥|[东西南北]段|[东西南北]延)")


@dataclass
class _Found:
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    seen: set[tuple] = field(default_factory=set)
    by_key: dict[tuple[str, str, str], Mention] = field(default_factory=dict)
    by_passage: dict[str, list[Mention]] = field(default_factory=dict)

    def mention(self, label: str, surface: str, passage: str, **props: object) -> Ref:
        key = (label, surface, passage)
        found = self.by_key.get(key)
        if found is None:
            found = self.by_key[key] = Mention(label, surface, passage, dict(props))
            self.mentions.append(found)
            self.by_passage.setdefault(passage, []).append(found)
        elif props:
            found.props.update(props)
        return Ref(label, surface)

    def relabel(self, surface: str, passage: str, old: str, new: str) -> None:
        """A name first read by its suffix (海油工程 → Project) that a list head shows to be
        something else (…等总承包企业 → Enterprise): move its mention and drop its facts."""
        m = self.by_key.pop((old, surface, passage), None)
        if m is None:
            return
        self.mentions.remove(m)
        self.by_passage[passage].remove(m)
        self.facts = [f for f in self.facts if not (
            f.passage == passage and Ref(old, surface) in (f.src, f.dst))]
        self.mention(new, surface, passage, **{k: v for k, v in m.props.items()
                                                 if k != "alias_of"})

    def fact(self, rel: str, src: Ref, dst: Ref, passage: str, **props: object) -> None:
        if src == dst:
            return
        key = (rel, src.label, src.surface, dst.label, dst.surface, passage)
        if key not in self.seen:
            self.seen.add(key)
            self.facts.append(Fact(rel, src, dst, passage, dict(props)))


def clean_title(title: str) -> str:
    t = _HEADING_NUM.sub("", title.strip())
    t = re.split(r"[。：:]", t)[0]
    return t.strip(" “”\"")


@lru_cache(maxsize=16384)
def _zone_refs(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, surface) of zone names in `text`: lexicon forms and zone-suffixed names."""
    found = [(s, e, surf) for s, e, surf, _ in zone_lexicon().find(text)]
    for s, e, name, label in names_ending_with_suffix(text):
        if label != "Zone" or not is_specific(name):
            continue
        core = name[: len(name) - len(suffix_of(name) or "")]
        if len(_ZONE_KIND_WORDS.sub("", core)) < 2:
            continue  # 特殊综保区, 各自贸片区: kinds of zone
        if _ZONE_VERB.search(core) and not zone_lexicon().canonical(name):
            continue  # 升级为综合保税区, 连接港区: a verb and a kind of zone
        if any(s <= fs and fe <= e for fs, fe, _ in found) and not any(
                fs == s and fe == e for fs, fe, _ in found):
            # 天津港保税区临港经济区: keep the inner lexicon zone and the outer name both.
            pass
        if any(fs <= s and e <= fe for fs, fe, _ in found):
            continue
        if re.search(r"[和与及]", name) and not zone_lexicon().canonical(name):
            continue
        if not zone_lexicon().canonical(name) and any(
                fe == e and fs > s for fs, fe, _ in found):
            continue  # 构建自贸试验区: the lexicon form is the zone, the rest a verb
        found.append((s, e, name))
    for i, (s, e, surf) in enumerate(found):
        if _QUARTER.match(text, e) and zone_lexicon().canonical(surf) and len(surf) >= 3:
            found[i] = (s, e + 2, surf + text[e:e + 2])  # 某开发区北区: a quarter of it
    found.extend(_shared_suffix_zones(text))
    for m in _TOWN_LIST.finditer(text):
        pos = m.start()
        for i, item in enumerate(re.split(r"、|和|及", m.group(0))):
            name = strip_cues(item) if i == 0 else item
            if len(_ZONE_KIND_WORDS.sub("", name[:-1])) < 2 or re.search(r"小城镇|小镇$", name):
                continue
            at = text.find(name, pos)
            if at >= 0 and len(name) >= 3 and not any(fs <= at < fe for fs, fe, _ in found):
                found.append((at, at + len(name), name))
                pos = at + len(name)
    return tuple(sorted(found))


_ACTIONS = ("提级改造", "拓宽改造", "改扩建", "扩建", "改造", "加长")
_BUILD_ONE = re.compile(
    r"(?:打通|新建|建设|推动|推进|实施|启动|建成|加快建设|推动建设|积极推动|加快推动|加快推进|加快)"
    r"([\u4e00-\u9fff0-9A-Z]{2,10}?(?:大道|公路|高速|城际|铁路|地道|大桥|路|桥|站|东延|西延|南延|北延|"
    r"机场|锚地|航道|码头|物流枢纽))"
    r"(提级改造|拓宽改造|改扩建|扩建|改造|加长|建设|等|、|，|,|。|；|和|及)")
_SHARED_LINES = re.compile(r"([\u4e00-\u9fff]{0,3}?(?:轨道交通|轨道|地铁|铁))((?:[A-Z]\d{1,2}|\d{1,2}号线?)"
                           r"(?:、(?:[A-Z]\d{1,2}|\d{1,2}号线?))+)线?")
# 杨柳青镇、精武镇和大寺镇: towns and streets named in a list are zones of the document's area.
_TOWN_LIST = re.compile(r"[\u4e00-\u9fff]{2,5}(?:镇|街道|乡)(?:(?:、|和|及)[\u4e00-\u9fff]{2,3}(?:镇|街道|乡))+")
_ZONE_KIND_WORDS = re.compile(r"各|该|本|相关|特殊|综合|自贸|外向型|贸易|示范|特色|城镇|小城|主要|"
                              r"重点|部分|其他|周边|国家级|市级|区级|新")
_PARK_HEADS = ("主题园区", "产业园区", "园区", "产业园")
# List heads that name one kind of thing; 平台/载体 also close lists of parks.
_CLOSER_HEADS = ("项目", "重点项目", "重大项目", "众创空间", "创新平台")
_CLOSER_MODIFIER = r"(?:一批|新|新的|重点|重大|国家级|国家|专业化|国家专业化)?"
_ZONE_VERB = re.compile(r"为|连接|遴选|支持|推动|推进|升级|整合|依托|联动|加快|建设")
_SHARED_SUFFIX = re.compile(r"((?:[\u4e00-\u9fff]{2,3}(?:、|和|与|及))+)([\u4e00-\u9fff]{2,3})(港区|片区)")
_LAYOUT_ITEM = re.compile(r"^——“?([^()（）:：，。,“”]{2,16})(?:[(（]([^()（）]{1,8})[)）])?[:：]")


def _shared_suffix_zones(text: str) -> list[tuple[int, int, str]]:
    """甲港、乙港和丙港港区: each item of a list takes the suffix written once at its end."""
    out = []
    for m in _SHARED_SUFFIX.finditer(text):
        items = [i for i in re.split(r"、|和|与|及", m.group(1)) if i] + [m.group(2)]
        items[0] = strip_cues(items[0])
        if any(_ZONE_VERB.search(i) or strip_cues(i) != i for i in items):
            continue  # 支持与某片区: a verb, not a sibling place
        before = text[m.start() - 1: m.start()] if m.start() else ""
        if any(re.search(r"[区头道路站线]$", i) for i in items) or (
                before and re.match(r"[\u4e00-\u9fff]", before) and items[0] == m.group(1)[:len(
                    items[0])] and not m.group(1).startswith(items[0])):
            continue
        pos = m.start()
        for item in items:
            pos = text.find(item, pos)
            if len(item) >= 2 and pos >= 0:
                out.append((pos, pos + len(item), item + m.group(3)))
    return out


# 支持甲建设…基地, 推进乙打造…平台: the one named between the cue and the build verb builds.
_BUILDER = re.compile(r"(?:支持|推进|推动|鼓励)([\u4e00-\u9fff]{3,6}?)(?:牵头)?(?:建设|打造)")
_NOT_A_BUILDER = re.compile(r"园区|新区|企业|机构|高校|院所|大学|学院|研究|中心|政府|部门|社会|"
                            r"城市|乡村|农村|街道|街镇|社区|科学家|人才|团队|片区|港|加快|率先|"
                            r"探索|启动|全面|积极|重点|共同|联合|^[一二三四五六七八九十各该本]")

# 推进甲A320…: a name in front of a model code is its maker's.
_MAKER = re.compile(r"(?:支持|推进|推动|鼓励)([\u4e00-\u9fff]{2,4}?)(?:公司)?[A-Z]{1,2}\d{2,4}(?![\dA-Za-z])")

# What a firm makes, named in place of the firm (某某构件、某某软件等企业).
_PRODUCT_KIND = re.compile(r"(?:件|系统|数据库|服务器|终端|整机|设备|模组)$")
_FIRM_KIND_WORDS = re.compile(r"应用|服务|运营|管理|技术|科技|开发|研发|生产|制造|销售|贸易|全球|知名|"
                            r"国际|国内|互联网|专业|综合|新型|领先|龙头")


def _without_industries(text: str) -> str:
    """The text with every industry the taxonomy knows taken out."""
    for _, _, surf, _ in sorted(taxonomy().find(text), key=lambda f: -len(f[2])):
        text = text.replace(surf, "")
    return text


# A list of state groups by short name: 甲控股、乙建投、丙集团 (two or three characters each).
_HOLDING_WORD = r"(控股|建投|城投|集团)"
_HOLDING_ITEM = re.compile(r"([\u4e00-\u9fff]{2,3})" + _HOLDING_WORD)
_HOLDING_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,3}" + _HOLDING_WORD + r"、)+[\u4e00-\u9fff]{2,3}" +
                           _HOLDING_WORD)
# Whose share a word is (国有控股): an ownership, not a firm's name.
_NOT_A_HOLDER = re.compile(r"国有|外资|民营|集体|中外|合资|参股|绝对|相对|国家|企业|公司|大型|龙头|骨干|相关|有关")

# What a place is to become (打造…集聚区, 建设成为…示范基地): a goal, not a named carrier.
_GOAL_VERB = re.compile(r"打造|建设成为|建设成|建成为|打造成|成为|争创|创建|构筑|构建")
# 某片区建成某示范区: what a named place is to become is its aim, not a second place.
_PLACE_BECOMES = re.compile(r"(?:区|园|谷|城|镇|港|基地)(?:加快|全面|基本|率先|努力)?建成$")
# 某区入选/获批某示范区: a title the state gives a place, not another place.
_AWARDED = re.compile(r"(?:入选|获批|获评|荣获|被评为|被认定为|被命名为|作为)$")
# 一批某某基地: a number of a kind the plan wants, not one named place.
_MANY = re.compile(r"一批|若干|一系列|多个|各类")
_GOAL_HEAD = re.compile(r"(?:基地|集聚区|聚集区|示范区|试验区|先行区|先导区|引领区|高地|繁华区)$")
_CLAUSE_MARK = re.compile(r"[，,。；;：:]")


def _is_aspiration(text: str, start: int, end: int, name: str) -> bool:
    """True when a base or cluster name is the goal of its clause (打造国际知名的某某产业基地).

    Only the last item of the clause counts: a goal verb followed by an enumeration
    (打造甲园、乙基地、丙园等) lists carriers that exist, and a name with a letter, digit or
    quote is a designation, not a description.
    """
    if not _GOAL_HEAD.search(name) or re.search(r"[0-9A-Za-z“”]", name):
        return False
    after = text[end:end + 1]
    core = re.match(r"的?(?:中心区|核心区)", text[end:])
    if core:  # 打造某某基地中心区: the part of the goal a place is to be is a goal too
        end += core.end()
        after = text[end:end + 1]
    if after and after not in "，,。；;、和及与":
        return False
    close = _CLAUSE_MARK.search(text, end)
    if re.search(r"等|[一二三四五六七八九十两]+[区园个大基]", text[end:close.start() if close else len(
            text)]):
        return False  # 打造甲园、乙基地等一批园区 / …“五区”引领: carriers that exist
    begin = 0
    for m in _CLAUSE_MARK.finditer(text, 0, start):
        begin = m.end()
    return bool(_GOAL_VERB.search(text[begin:start]) or _PLACE_BECOMES.search(text[begin:start]))


def _not_one_park(text: str, start: int, name: str) -> bool:
    """A park-shaped name that its sentence makes a title, a kind or a shared head.

    某区入选某示范区 gives the place a title; 建设一批某某基地 asks for several of a kind;
    文化、休闲、旅游小镇 spreads one head over short qualities, none of which is a name.
    """
    if _AWARDED.search(text, 0, start) or _AWARDED.search(text[:start].removesuffix("建设")):
        return True
    if re.match(r"(?:行动|计划|工程|战略)", text[start + len(name):]):
        return True  # 实施某某谷行动: a programme named after the kind of place it wants
    begin = 0
    for m in _CLAUSE_MARK.finditer(text, 0, start):
        begin = m.end()
    many = _MANY.search(text, begin, start)
    if many and not re.search(r"[与和同及]|对接|联动|带动|共建", text[many.end():start]):
        return True  # (若干园区与某产业园合作: the name is a partner, not one of the many)
    m = re.search(r"((?:[\u4e00-\u9fff]{2}、){2,})$", text[begin:start])
    if m:
        words = m.group(1).split("、")[:-1]
        words[0] = strip_cues(words[0])
        return all(len(w) == 2 and not zone_lexicon().canonical(w) for w in words)
    return False


def _split_zone_prefix(name: str) -> tuple[str | None, str]:
    """高新区渤龙湖片区 → (高新区, 渤龙湖片区): a name that begins with a known zone."""
    for s, e, surf, _ in zone_lexicon().find(name):
        rest = name[e:]
        core = rest[: len(rest) - len(suffix_of(rest) or "")]
        if s == 0 and len(rest) >= 3 and len(_ZONE_KIND_WORDS.sub("", core)) >= 2:
            return surf, rest  # not 某港 + 综合保税区: the rest is a kind, the whole one zone
        break
    return None, name


_NOT_AN_INDUSTRY = re.compile(
    r"[在的或等]|基于|^(?:产业|产品|各|积极|重点|加快|推动|推进|企业|新区|集|后|上游|下游|中游|"
    r"保护|传承|振兴)|(?:协同|延伸|延展|主导产业|办公|品牌)$|"
    r"[一二三四五六七八九十\d]+(?:大|个)|一[廊带核区]")


def _industry_items(parts: list[str]) -> list[str]:
    """Split 甲和乙 only when both halves are industries; 深海钻采和储运装备 shares its head."""
    out = []
    for part in parts:
        m = re.search(r"和|及", part)
        left_whole = _is_industry_phrase(part[:m.start()]) or bool(
            re.search(r"[品器机车剂料件]$", part[:m.start()])) if m else False
        if m and left_whole and (_is_industry_phrase(
                part[m.end():]) or taxonomy().canonical(part[:m.start()])):
            right = part[m.end():]
            if not _is_industry_phrase(right) and len(right) <= 3:
                right = part[:m.start()] + right  # 汽车及零部件: the parts are the car's
            out.extend((part[:m.start()], right))
        elif part:
            out.append(part)
    return out


def _loose_industry(item: str) -> bool:
    """A product or field word (整车, 重型运载器) read as an industry inside an industry list."""
    item = item.strip("“”\"")
    return 3 <= len(item) <= 14 and strip_cues(item) == item and not _VERBISH.search(item) and \
        not re.match(r"当地|本地|天津|我国|国内|布局|结合", item) and "布局" not in item and not _NOT_AN_INDUSTRY.search(
        item) and not re.search(r"[0-9%，。；：]|企业|公司|项目|平台|中心|园区|基地|能力|水平|"
                                r"体系|机制|政策|环境|规模|需求|模式|场景|工作|建设|发展$", item) \
        and label_of(item) is None and not _zone_refs(item) and is_specific(item, "")


def _rejoined(names: list[str], text: str) -> list[str]:
    """信息采集与处理技术 / 海洋环境与装备: one field whose right part is no industry alone."""
    for i in range(1, len(names)):
        field = re.match(r"^([\u4e00-\u9fff]{2,4})领域([\u4e00-\u9fff]{3,12})$", names[i])
        if field and 2 <= len(names[i - 1]) <= 4 and re.search(
                re.escape(names[i - 1]) + "、" + re.escape(names[i]), text):
            # 船舶、电力领域防腐涂层材料: the material, for the fields listed before it.
            kept = f"{field.group(2)}({names[i - 1]}、{field.group(1)}领域)"
            return _rejoined(names[:i - 1] + [kept] + names[i + 1:], text)
    if len(names) >= 2 and not _is_industry_phrase(names[-2]) and (
            (len(names[-2]) <= 2 and len(names[-1]) >= 4) or  # 甲及某某治疗: one field
            (len(names[-1]) <= 4 and _ACTIVITY_HEAD.match(names[-1])) or
            names[-1] in ("装备", "设备", "材料", "服务", "技术", "制造", "产品")):
        joined = re.search(re.escape(names[-2]) + r"(与|和|及)" + re.escape(names[-1]), text)
        if joined:
            return names[:-2] + [joined.group(0)]
    return names


def _listed_industries(names: list[str]) -> list[str]:
    """The industries of a list: every item a reader would call one, and, when most items are
    industries, also the product and field words listed beside them (the list shares a kind)."""
    names = [n for n in names if n not in _ACTIVITIES and not re.fullmatch(_KIND_OF_INDUSTRY, n)]
    strict = [n for n in names if _is_industry_phrase(n)]
    if len(names) >= 3 and len(strict) * 2 >= len(names):
        return [n for n in names if n in strict or _loose_industry(n)]
    return strict


def _is_industry_phrase(item: str) -> bool:
    item = re.sub(r"\([^()]*领域\)$", "", item.strip("“”\""))  # 某材料(甲、乙领域)
    if taxonomy().canonical(item):
        return True
    if not (2 <= len(item) <= 12) or _NOT_AN_INDUSTRY.search(item):
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
    if _VERBISH.search(item) or _NOT_INDUSTRY.search(item):
        return False
    if label_of(item) is not None or not industryish(item):
        return False
    # Industry names are made of kind words (智能科技服务), so is_specific does not apply;
    # being a line of business (industryish, checked above) is what counts.
    return len(item) >= 3 or is_specific(item, "")


class _Doc:
    """Section-tree context of one document: the place and industry each section is about."""

    def __init__(self, doc: StructuredDocument) -> None:
        self.doc = doc
        self.sections = doc.section_by_id()
        self.subject = self._subject_zone()
        self.section_zone: dict[str, str | None] = {}
        self.section_industry: dict[str, str | None] = {}
        self.section_heading_psg: dict[str, str] = {}
        self.line_zone: dict[int, tuple[str, str]] = {}
        self.line_industry: dict[int, str] = {}
        self.line_focus: dict[int, tuple[str, str]] = {}  # layout items: what a line develops
        for p in doc.passages:
            if p.kind == "heading" and p.section and p.section not in self.section_heading_psg:
                self.section_heading_psg[p.section] = p.id
        self.first_psg_of_section: dict[str, str] = {}
        for p in doc.passages:
            if p.section:
                self.first_psg_of_section.setdefault(p.section, p.id)

    def _subject_zone(self) -> str | None:
        lex = zone_lexicon()
        for text in (self.doc.meta.title or "", self.doc.meta.publisher or ""):
            hits = lex.find(text)
            if hits:
                # 天津市某某区…: of adjacent names the last, narrowest one is the subject.
                chosen = hits[0]
                for nxt in hits[1:]:
                    if nxt[0] != chosen[1]:
                        break
                    chosen = nxt
                return chosen[2]
        counts: dict[str, int] = {}
        for p in self.doc.passages[:400]:
            for _, _, surf, canon in lex.find(p.text):
                counts[canon] = counts.get(canon, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def chain(self, section_id: str | None) -> list[str]:
        out = []
        while section_id and section_id in self.sections:
            out.append(section_id)
            section_id = self.sections[section_id].parent
        return out

    def zone_of_section(self, section_id: str | None) -> str | None:
        for sid in self.chain(section_id):
            if sid not in self.section_zone:
                title = clean_title(self.sections[sid].title)
                refs = _zone_refs(title)
                self.section_zone[sid] = refs[0][2] if refs else None
            if self.section_zone[sid]:
                return self.section_zone[sid]
        return None

    def industry_heading(self, section_id: str) -> str | None:
        """The industry a section's heading names (——合成生物。/ 1、生物制造 / 4、氢能利用产业)."""
        if section_id in self.section_industry:
            return self.section_industry[section_id]
        sec = self.sections[section_id]
        title = strip_cues(clean_title(sec.title))
        title = re.sub(r"领域$", "", title)
        counted = _COUNTED_INDUSTRY.match(title)
        if counted and not re.search(r"[、，,和与及]", counted.group(1)) and not _VERBISH.search(
                counted.group(1)) and not re.fullmatch(_KIND_OF_INDUSTRY, counted.group(1)) and \
                not _zone_refs(counted.group(1)) and label_of(counted.group(1)) is None:
            # 聚焦发展甲1大国家级创新产业: the one industry named before its count.
            self.section_industry[section_id] = counted.group(1)
            return counted.group(1)
        chain = self.chain_named(sec, title)
        if chain:
            self.section_industry[section_id] = chain
            return chain
        result = None
        parent_is_industry = False
        if sec.parent and sec.parent in self.sections:
            pt = clean_title(self.sections[sec.parent].title)
            parent_is_industry = bool(re.search(r"产业|集群|服务业|制造业", pt)) or bool(
                self.industry_heading(sec.parent)) or (
                # 前瞻布局甲、乙、丙等X个新赛道 enumerates the headings below it
                title in pt and "、" in pt and bool(re.search(r"赛道|领域|方向|产业", pt)))
        if title and len(title) <= 14 and not _VERBISH.search(title) and not re.search(
                r"[，,、；]", title) and (taxonomy().canonical(title) or
                                          not _NOT_AN_INDUSTRY.search(title)):
            if taxonomy().canonical(title) or re.search(
                    r"(产业|产业链|经济|服务业|制造业|制造|装备|材料)$", title) or parent_is_industry:
                if not _NOT_HEADING_INDUSTRY.search(title) and not _zone_refs(title) and label_of(
                        title) is None:
                    result = title
        self.section_industry[section_id] = result
        return result

    def chain_named(self, sec: Section, title: str) -> str | None:
        """——“甲-乙-丙”丁产业链。 whose quotes and dashes were lost: the chain is 丁, the one of
        the chains its parent section's lead enumerates that ends the heading."""
        core = title.strip("“”\"")
        if not core.endswith("产业链") or not sec.parent or sec.parent not in self.sections:
            return None
        core = core[:-3]
        body = " ".join(p.text for p in self.doc.passages
                        if p.section == sec.parent and p.kind != "heading")
        for cut in range(1, len(core) - 1):
            tail = core[cut:]
            if re.search(rf"(?:^|[、，,和及与]|发展|布局|聚焦){re.escape(tail)}"
                         rf"(?=[、，,和及与等]|[0-9一二三四五六七八九十两]+大)", body):
                return tail
        return None

    def industry_of_section(self, section_id: str | None) -> tuple[str, str] | None:
        """(industry, section id) of the nearest enclosing industry heading."""
        for sid in self.chain(section_id):
            ind = self.industry_heading(sid)
            if ind:
                return ind, sid
        return None

    def cluster_of_section(self, section_id: str | None) -> str | None:
        """三大先进制造业集群 → 先进制造业: the broad industry a heading groups its children under."""
        for sid in self.chain(section_id):
            title = clean_title(self.sections[sid].title)
            named = _ENUMERATED_KIND.search(title)
            if named and re.search(r"赛道|产业|领域", named.group(1)):
                return named.group(1)  # 甲、乙等X个未来新赛道 → X个未来新赛道
            m = _CLUSTER.search(title)
            if m:
                name = m.group(1).split("的")[-1]
                name = re.sub(r"^[一二三四五六七八九十两\d]+[大个]", "", name)
                if m.group(2) == "产业集群":
                    name += "产业"
                if len(name) >= 2 and strip_cues(name) == name and industryish(name):
                    return name
        return None


class _Extractor:
    def __init__(self, doc: StructuredDocument) -> None:
        self.doc = doc
        self.ctx = _Doc(doc)
        self.out = _Found()
        self.passages = doc.passages
        self.by_id = doc.passage_by_id()
        self.aliases: dict[str, str] = {}
        self.last_port: str | None = None
        self.firm_valleys: dict[str, str] = {}  # 星语谷 → 某公司星语谷
        self.platform_line = -1  # the paragraph whose lead is about platforms
        # 空港片区 → 空港: things named 空港… in this document lie in 空港片区.
        self.zone_cores: dict[str, str] = {}
        for p in doc.passages:
            for s, e, surf in _zone_refs(p.text):
                m = re.match(r"^([\u4e00-\u9fff]{2,4})(片区|经济区)$", surf)
                if m and not zone_lexicon().canonical(surf):
                    self.zone_cores.setdefault(m.group(1), surf)
        self._lead_lines: set[int] = set()
        self._pending_kinds: list[tuple[str, ItemList, str]] = []
        self.line_subject: dict[int, Ref] = {}
        self.by_line: dict[int, list[Passage]] = {}
        for p in doc.passages:
            self.by_line.setdefault(p.line, []).append(p)
        self._systems: dict[str, str] = {}
        self._line_lead: dict[int, str] = {}
        for q in doc.passages:
            self._line_lead.setdefault(q.line, q.text)
        self.full_text = "\n".join(p.text for p in doc.passages)

    # -- places ---------------------------------------------------------------------------
    def place_for(self, p: Passage, exclude: str | None = None) -> tuple[str, str] | None:
        """(label, surface) of the nearest place: paragraph lead, section, document subject."""
        lz = self.ctx.line_zone.get(p.line)
        if lz and lz[1] != exclude:
            return lz
        z = self.ctx.zone_of_section(p.section)
        if z and z != exclude:
            return ("Zone", z)
        if self.ctx.subject and self.ctx.subject != exclude:
            return ("Zone", self.ctx.subject)
        return None

    # -- passes ---------------------------------------------------------------------------
    def run(self) -> Extraction:
        for sid in self.ctx.sections:
            self.heading_industry(sid)
        for p in self.passages:
            self.passage(p)
        for row in self.doc.tables:
            self.table_row(row)
        self.link_firm_kinds()
        self.undertakers()
        self.short_valleys()
        self.firms_where_their_works_are()
        self.airports_of_works()
        self.named_after_industry()
        self.field_in_name()
        self.institution_fields()
        self.industry_hierarchy()
        self.drop_fragments()
        return Extraction(doc=self.doc, mentions=self.out.mentions, facts=self.out.facts)

    def drop_fragments(self) -> None:
        """Some paths take a name as written (quotes, table cells); a fragment or a class of
        things is dropped from all of them at the end, with the facts that name it."""
        bad = {(m.label, m.surface) for m in self.out.mentions
               if m.label in ("Platform", "Park") and fragment_or_class(m.surface)}
        if not bad:
            return
        self.out.mentions = [m for m in self.out.mentions if (m.label, m.surface) not in bad]
        for key in [k for k in self.out.by_key if k[:2] in bad]:
            del self.out.by_key[key]
        self.out.by_passage = {pid: [m for m in ms if (m.label, m.surface) not in bad]
                               for pid, ms in self.out.by_passage.items()}
        self.out.facts = [f for f in self.out.facts if (f.src.label, f.src.surface) not in bad
                          and (f.dst.label, f.dst.surface) not in bad]

    def heading_industry(self, sid: str) -> None:
        ind = self.ctx.industry_heading(sid)
        pid = self.ctx.section_heading_psg.get(sid) or self.ctx.first_psg_of_section.get(sid)
        if not ind or not pid:
            return
        ref = self.out.mention("Industry", ind, pid)
        sec = self.ctx.sections[sid]
        parent = self.ctx.industry_of_section(sec.parent) if sec.parent else None
        if parent:
            self.out.fact("SUBINDUSTRY_OF", ref, Ref("Industry", parent[0]), pid)
        else:
            cluster = self.ctx.cluster_of_section(sec.parent)
            if cluster and industry_key(cluster) != industry_key(ind):
                cref = self.out.mention("Industry", cluster, pid)
                self.out.fact("SUBINDUSTRY_OF", ref, cref, pid)

    def passage(self, p: Passage) -> None:
        if p.kind == "table_row":
            # A row's location column names roads and neighbours (北至中粮码头), not things
            # of the plan; the rest of the row is read like a sentence.
            p = dataclasses.replace(p, text=_LOCATION_TEXT.sub("", p.text))
        text = p.text
        out = self.out
        # A short lead sentence naming only a zone sets the place of its paragraph.
        lead = re.sub(r"^[\s——]+", "", text).rstrip("。：: ")
        zrefs = _zone_refs(text)
        if zrefs and len(lead) <= 16 and zrefs[0][0] <= 2 and zrefs[0][2] in lead \
                and len(lead) - len(zrefs[0][2]) <= 2:
            self.ctx.line_zone[p.line] = ("Zone", zrefs[0][2])
        elif not zrefs and len(lead) <= 12 and text.rstrip().endswith(("。", "：", ":")) and \
                self.lead_industry(p, lead):
            pass

        self.platform_leads(p)
        # A layout list: ——某某产业集聚区(北区):… names a part of the zone it is in.
        m = _LAYOUT_ITEM.match(text.strip())
        if m and strip_cues(m.group(1)) == m.group(1):
            name, short = m.group(1), m.group(2)
            label = label_of(name)
            if label in (None, "Park") and re.search(r"[区核]$", name):
                label = "Zone"  # ——某某集聚区(北区): a part of the area the layout divides
            if label in ("Zone", "Park") and len(name) >= 4:
                ref = out.mention(label, name, p.id)
                self.ctx.line_focus[p.line] = (label, name)
                if short:
                    out.mention(label, short, p.id, alias_of=name)
                home = self.ctx.zone_of_section(p.section)
                if home and home != name:
                    out.fact("PART_OF" if label == "Zone" else "LOCATED_IN", ref,
                             Ref("Zone", home), p.id)

        # 将甲和乙打造成为某某区: what is made into an area is a place.
        for m in _MADE_INTO_AREA.finditer(text):
            for item in re.split(r"和|与|、", m.group(1)):
                if 2 <= len(item) <= 6 and label_of(item) in (None, "Zone") and is_specific(
                        item, "") and not industryish(item) and not _VERBISH.search(item):
                    out.mention("Zone", item, p.id)

        # Alias definitions: 天津滨海高新技术产业开发区(以下简称天津高新区).
        for m in _ALIAS_DEF.finditer(text):
            before = text[: m.start()]
            hits = [h for h in names_ending_with_suffix(before) if h[1] == len(before)]
            zs = [z for z in zrefs if z[1] == m.start()]
            if hits:
                full, label = hits[-1][2], hits[-1][3]
            elif zs:
                full, label = zs[-1][2], "Zone"
            else:
                continue
            out.mention(label, full, p.id)
            out.mention(label, m.group(1), p.id, alias_of=full)

        # Zones.
        zone_names: list[str] = []
        for s, e, surf in zrefs:
            outer, inner = _split_zone_prefix(surf)
            if outer:
                out.mention("Zone", outer, p.id)
                out.mention("Zone", inner, p.id)
                out.fact("PART_OF", Ref("Zone", inner), Ref("Zone", outer), p.id)
                zone_names.append(inner)
            else:
                out.mention("Zone", surf, p.id)
                zone_names.append(surf)
                abbr = re.match(r"[(（]([A-Z]{2,6})[)）]", text[e:])
                if abbr:  # 某某商务区(CBD): the zone is also known by its letters
                    out.mention("Zone", surf + abbr.group(0), p.id, alias_of=surf)
            name = inner if outer else surf
            canon = zone_lexicon().canonical(name)
            if name.endswith("港") and len(name) >= 3:
                self.last_port = name
            if canon is None and name.endswith("港区") and self.last_port:
                out.fact("PART_OF", Ref("Zone", name), Ref("Zone", self.last_port), p.id)
            elif canon is None and re.search(r"(片区|港区|经济区|镇|街道|乡)$", name) and not re.search(
                    r"日本|韩国|美国|德国|意大利|新加坡|俄罗斯|欧洲|上海|深圳|广州|重庆|成都", name):
                # A part of the zone in whose section or document it is described.
                home = self.place_for(p, exclude=name)
                end = _CLAUSE_MARK.search(text, e)
                clause = text[clause_start(text, s):end.start() if end else len(text)]
                partner = re.search(r"与(?:[^，,。；;与]*、)?" + re.escape(name), clause) and \
                    re.search(r"协同|合作|联动|对接|衔接|协作", clause)
                # 加强与甲、乙片区的协同联动: a neighbour the zone works with, not a part of it.
                if home and home[0] == "Zone" and home[1] != name and not outer and not partner:
                    out.fact("PART_OF", Ref("Zone", name), Ref(*home), p.id)
            parent = zone_lexicon().parent(canon) if canon else None
            if parent:
                out.mention("Zone", parent, p.id)
                out.fact("PART_OF", Ref("Zone", name), Ref("Zone", parent), p.id)
            quarter = re.search(r"[东西南北中]区$", name)
            if quarter and canon is None and zone_lexicon().canonical(name[:quarter.start()]):
                # 某开发区东区: a quarter of the zone its name begins with.
                out.mention("Zone", name[:quarter.start()], p.id)
                out.fact("PART_OF", Ref("Zone", name), Ref("Zone", name[:quarter.start()]), p.id)

        sentence_zone = [z for z in zone_names if z != self.ctx.subject]
        spans = [(s, e) for s, e, n, lab in names_ending_with_suffix(text) if lab != "Zone"]
        inside = {surf for s, e, surf in zrefs if any(a <= s and e <= b and (a, b) != (s, e)
                                                      for a, b in spans)}
        # A zone named only inside another name (天津市肿瘤医院) places nothing else.
        sentence_zone = [z for z in sentence_zone if z not in inside]
        # Suffix-marked names.
        named: list[tuple[int, int, str, str]] = []
        for s, e, name, label in names_ending_with_suffix(text):
            if label == "Zone":
                continue
            if label == "Park" and name.endswith(("示范区", "集聚区", "聚集区")) and not \
                    is_specific(name):
                continue
            if not is_specific(name) or len(name) > 30:
                continue
            if re.search(r"[\u4e00-\u9fff]{1,4}[化型式]、$", text[:s]):
                continue  # 集约化、可视化某平台: the qualities before 、 are part of one name
            if label == "Enterprise" and not self._enterprise_name_ok(name):
                continue
            if label in ("Park", "Platform") and p.kind != "table_row" and _is_aspiration(
                    text, s, e, name):
                continue
            if label == "Park" and p.kind != "table_row" and _not_one_park(text, s, name):
                continue
            named.append((s, e, name, label))
        # Quoted names: 打造“某某谷”, “互联网+某某”平台.
        for m in re.finditer(r"“([^”]{2,14})”(平台|中心|工程|项目|基地|产业园)?", text):
            q = m.group(1) if not m.group(2) else m.group(0)
            lab = label_of(q)
            if lab and lab != "Zone" and "、" not in q and acceptable(q, lab) and is_specific(
                    q.replace("“", "").replace("”", "")) and \
                    not any(n[2] == q for n in named):
                named.append((m.start(1), m.end(1), q, lab))

        industry_here = self.industries_in(p, zrefs)
        named = [self._without_verb(n) for n in named]
        named = [self._firm_valley(n) for n in named]
        named += self._numbered_institutes(text)
        built: dict[str, str] = {}
        for i, (s, e, name, label) in enumerate(named):
            lead = _LEADING_BUILD.match(name)
            rest = name[lead.end():] if lead else ""
            if label == "Project" and lead and len(rest) >= 4 and label_of(rest) == "Project" \
                    and is_specific(rest):
                named[i] = (s + lead.end(), e, rest, label)
                built[rest] = name
        named = [n for n in named if not (n[3] == "Project" and _SEEK_CUE.search(text, 0, n[0]) and (
            _SOUGHT_KIND.search(n[2]) or self._kind_sought(n[2])))]
        # 某集团 holding a work word (中国某路设计集团) names no work; a branch (某学校某分校)
        # keeps its parent as a thing, but only the branch is where the sentence puts it.
        outer = [(s, e, lab) for s, e, _, lab in names_ending_with_suffix(text)]
        named = [n for n in named if not any(
            lab == "Enterprise" and s <= n[0] and n[1] < e for s, e, lab in outer)]
        nested = {n[2] for n in named if n[3] != "Enterprise" and any(
            s == n[0] and n[1] + 4 <= e for s, e, lab in outer if lab != "Enterprise")}
        # 甲医院乙分院建设: the work is the branch; its parent, named only as the head of
        # the branch's name, is no work of this sentence.
        heads = {n for n in named if n[3] == "Project" and any(
            m[3] == "Project" and m[0] == n[0] and (n[1] + 4 <= m[1] or (
                n[1] < m[1] and _ROUTE_PART.fullmatch(text, n[1], m[1]))) for m in named)}
        named = [n for n in named if n not in heads and not (
            n[3] == "Project" and _only_relied_on(text, n[0], n[1]))]
        layout = self.ctx.line_focus.get(p.line)
        for s, e, name, label in named:
            if layout and layout[0] == "Zone" and label == "Park" and name == layout[1]:
                label = "Zone"  # the layout item read as a part of the area, not a park
            ref = out.mention(label, name, p.id)
            rate = _LEADING_RATE.match(name)
            if rate and acceptable(name[rate.end():], label) and is_specific(name[rate.end():]):
                out.mention(label, name[rate.end():], p.id, alias_of=name)  # without its size
            # 某某中学(某某初中) / 某某医院改扩建: the qualified form is the same thing.
            qual = _QUALIFIER.match(text, e)
            if qual and label in ("Project", "Platform", "Park"):
                out.mention(label, name + qual.group(0), p.id, alias_of=name)
            outer, inner = _split_zone_prefix(name)
            if outer and label in ("Park", "Platform") and len(inner) >= 5 and label_of(inner):
                # 某某开发区某某科技园: the park is also named without its zone.
                out.mention(label, inner, p.id, alias_of=name)
            if name in built and label == "Project":
                out.mention(label, built[name], p.id, alias_of=name)
            before = _ACTION_BEFORE.search(text, 0, s)
            if before and label == "Project":
                # 改扩建某某医院 / 新建某某中学: the work on it is named either way round.
                act = before.group(1)
                form = act + name if act == "新建" else name + act
                out.mention(label, form, p.id, alias_of=name)
            if name not in nested:
                self.relate_named(p, ref, name, sentence_zone, industry_here)

        self.hospital_roles(p, named)
        # 甲公路、乙大道拓宽改造: every road of the list takes the work written once at its end.
        projects = {n[2] for n in named if n[3] == "Project"}
        for m in _SHARED_ACTION.finditer(text):
            for item in m.group(1).split("、"):
                item = strip_cues(item.strip())
                if item in projects:
                    self.out.mention("Project", item + m.group(3), p.id, alias_of=item)
        self.enterprise_lists(p, named)
        self.holding_lists(p)
        self.builders(p)
        self.developed_by_firms(p)
        self.industry_lists(p)
        self.developed_industries(p)
        self.project_lists(p)
        self.link_passage_industries(p)
        self.parks_serving(p)
        self.lead_subject(p)

    def _kind_sought(self, name: str) -> bool:
        """大力吸引某某诊断终端仪器项目: a product line of an industry, with nothing proper in it,
        to be attracted, is a kind of project (引进某外企新材料项目 keeps its firm)."""
        m = re.fullmatch(r"(.{2,14})(?:仪器|设备|装备|材料|器件|产品|部件|零部件|整机)项目", name)
        return bool(m) and industryish(m.group(1)) and not self._proper_project(name[:-2])

    def platform_leads(self, p: Passage) -> None:
        """聚焦重点平台…。甲:…。乙:…: after a lead about platforms, each sentence of the paragraph
        opening with a name and a colon describes one of them."""
        if _PLATFORM_LEAD.search(p.text):
            self.platform_line = p.line
            return
        m = _COLON_ITEM.match(p.text.strip())
        if not m or p.line != self.platform_line:
            return
        name = m.group(1)
        if label_of(name) not in (None, "Platform") or _VERBISH.match(name) or \
                zone_lexicon().canonical(name) or not is_specific(name, "") or \
                _NOT_A_CARRIER.search(name):
            return
        ref = self.out.mention("Platform", name, p.id)
        place = self.place_for(p)
        if place:
            self.out.fact("LOCATED_IN", ref, Ref(*place), p.id)

    def hospital_roles(self, p: Passage, named: list[tuple[int, int, str, str]]) -> None:
        """某医院建成三级医院，成为北翼医疗中心: the role the plan gives one hospital is a name it
        goes by (某医院（北翼医疗中心）); a role shared by two hospitals names neither."""
        for m in _HOSPITAL_ROLE.finditer(p.text):
            begin = max(p.text.rfind(c, 0, m.start()) for c in "。；;") + 1
            here = [n for n in named if n[3] == "Project" and n[2].endswith("医院") and
                    begin <= n[0] and n[1] <= m.start()]
            if not here:
                continue
            s, e, name, _ = here[-1]
            if p.text[s - 1:s] in ("与", "和", "及", "、") or p.text[e:e + 1] in ("与", "和", "及", "、"):
                continue
            self.out.mention("Project", f"{name}（{m.group(1)}）", p.id, alias_of=name)

    @staticmethod
    def _own_industries(name: str, known: set[str]) -> list[str]:
        """The industries a body's name carries: these, not its sentence, say what it works in."""
        own = [surf for _, _, surf, _ in taxonomy().find(name)]
        own += [k for k in known if k in name and k != name]
        # Two characters (某某生物智创谷) are as often a firm's trade name as its field.
        return [o for o in own if len(o) >= 3]

    def _without_verb(self, found: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
        """创新某医院运行机制 / 联合某站: 创新 and 联合 begin real names too (联合某某 as a brand), so they
        are cut only when the document also names the rest without them."""
        s, e, name, label = found
        m = re.match(r"(创新|联合)(?=[\u4e00-\u9fff]{4})", name)
        if not m or label not in ("Project", "Platform", "Park"):
            return found
        rest = name[m.end():]
        if self.full_text.count(rest) > self.full_text.count(name) and label_of(rest) == label:
            return (s + m.end(), e, rest, label)
        return found

    def _firm_valley(self, found: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
        """某公司星语谷: a 谷 a firm names after itself is its innovation carrier, not an area."""
        s, e, name, label = found
        if label != "Park" or not name.endswith("谷"):
            return found
        firms = {m.surface for m in self.out.mentions if m.label == "Enterprise"}
        firm = next((f for f in firms if len(f) >= 2 and name.startswith(f) and
                     len(name) - len(f) >= 3), None)
        if firm:
            self.firm_valleys[name[len(firm):]] = name
            return (s, e, name, "Platform")
        return found

    def short_valleys(self) -> None:
        """A firm's 谷 named later without the firm is the same carrier."""
        for m in [m for m in self.out.mentions if m.label == "Park" and
                  m.surface in self.firm_valleys]:
            self.out.relabel(m.surface, m.passage, "Park", "Platform")
            self.out.mention("Platform", m.surface, m.passage,
                             alias_of=self.firm_valleys[m.surface])
        for m in [m for m in self.out.mentions if m.label == "Platform" and
                  m.surface.endswith("平台") and m.surface[:-2] in self.firm_valleys]:
            m.props["alias_of"] = self.firm_valleys[m.surface[:-2]]  # 星语谷平台: the same

    @staticmethod
    def _numbered_institutes(text: str) -> list[tuple[int, int, str, str]]:
        """某某有限责任公司七零一所: a firm's institute known by its number."""
        out = []
        for s, e, name, label in names_ending_with_suffix(text):
            m = _NUMBERED_INSTITUTE.match(text, e)
            if label == "Enterprise" and m:
                out.append((s, m.end(), name + m.group(0), "Platform"))
        return out

    def parks_serving(self, p: Passage) -> None:
        """加快建设甲园区、乙示范园等平台,促进数字创意产业发展: parks built in one clause for
        the industry the next clause promotes."""
        text = p.text
        parks = [m.surface for m in self.out.by_passage.get(p.id, ())
                 if m.label == "Park" and not m.props.get("alias_of")]
        for park in parks:
            at = text.find(park)
            start = clause_start(text, at)
            end = _CLAUSE_MARK.search(text, at + len(park))
            if at >= 0 and start > 0 and re.fullmatch(r"(?:加快)?(?:建设|打造)" + re.escape(park),
                                                       text[start:end.start() if end else None]):
                # 支持甲、乙等现代港航服务业发展,建设某集聚区: built for what the clause before
                # it supports.
                prev = _SUPPORTED.search(text[clause_start(text, start - 1):start - 1])
                if prev and _is_industry_phrase(prev.group(1)):
                    self.out.fact("FOCUSES_ON", Ref("Park", park),
                                  self.out.mention("Industry", prev.group(1), p.id), p.id)
            if at < 0 or not end or end.group(0) not in "，," or not _BUILD_OR_RELY.match(
                    text, start):
                continue
            nxt = _SERVES.match(text, end.end())
            around = ""
            if text[start:end.start()] == "依托" + park and start > 0:
                # 深化甲合作,依托某产业园,做强乙集群: a clause that only names the park it relies
                # on stands between what it serves.
                before = clause_start(text, start - 1)
                after = _CLAUSE_MARK.search(text, end.end())
                around = text[before:start] + text[end.end():after.start() if after else None]
            if not nxt and not around:
                continue
            for s, e, surf, _ in taxonomy().find(nxt.group(1) if nxt else around):
                if surf not in _ACTIVITY_CATEGORIES:
                    self.out.fact("FOCUSES_ON", Ref("Park", park),
                                  self.out.mention("Industry", surf, p.id), p.id)

    @staticmethod
    def _opens_sentence(text: str, name: str) -> bool:
        """建成某某一期,依托…,聚焦发展甲、乙等产业: a work built in the sentence's first clause
        is what the rest of the sentence develops."""
        return bool(re.match(r"(?:加快|全面|高标准)?(?:建成|建设|推进|打造|推动)" + re.escape(name) +
                             r"(?:项目)?(?:建设)?[，,]", text))

    @staticmethod
    def _in_sibling_name(text: str, org: str, ind: str) -> bool:
        """推进甲晶圆代工、乙乙烯、丙新能源电池等项目: an industry inside another work of the
        list belongs to that work."""
        where = text.find(org)
        if where < 0:
            return False
        start = clause_start(text, where)
        end = _CLAUSE_MARK.search(text, where)
        run = text[start:end.start() if end else len(text)]
        items, pos = [], 0
        for item in run.split("、"):
            items.append((pos, pos + len(item), item))
            pos += len(item) + 1
        seen = False
        for k in re.finditer(re.escape(ind), run):
            a, b, item = next(x for x in items if x[0] <= k.start() < x[1])
            if org in item or re.sub(r"等.*$", "", item).strip() in (ind, ""):
                return False
            seen = True
        return seen and len(items) >= 2

    def link_passage_industries(self, p: Passage) -> None:
        """Enterprises, platforms and projects belong to the industries their sentence lists."""
        orgs = [m for m in self.out.by_passage.get(p.id, ()) if m.label in
                ("Enterprise", "Platform", "Project")]
        if not orgs:
            return
        if _BENCHMARK.search(p.text):
            return  # 缺乏类似某地某实验室…: a comparison, not a fact about the place
        text = p.text
        spans = [(text.find(m.surface), len(m.surface)) for m in self.out.by_passage.get(p.id, ())
                 if m.label in ("Enterprise", "Platform", "Project", "Park")]
        # 某某健康产业园: the category inside any name (a park's too) is the name's.
        named_spans = spans + [(s, e - s) for s, e, _, _ in names_ending_with_suffix(text)]
        industries = {m.surface for m in self.out.by_passage.get(p.id, ()) if m.label == "Industry"}
        # ——某云计算产业集聚区:推进甲、乙等…: the firms a layout item names share its field.
        focus = self.ctx.line_focus.get(p.line)
        at_focus = text.find(focus[1]) if focus else -1
        field_of_focus: set[str] = set()
        for s, e, surf, _ in taxonomy().find(text):
            if any(o <= s < o + n for o, n in named_spans if o >= 0):
                if at_focus >= 0 and at_focus <= s < at_focus + len(focus[1]):
                    field_of_focus.add(surf)
                continue  # 生物医药产业园: the category inside a name is the name's
            if surf in _ACTIVITY_CATEGORIES:
                continue  # 研发设计 in running text is what is done, not a firm's industry
            industries.add(surf)
        applied = [m.span(1) for m in _APPLIED_TECH.finditer(text)]
        applied += [m.span() for m in _CHAIN.finditer(text)]
        applied += [m.span(1) for m in _KINDS_AFTER.finditer(text)]
        applied += [m.span(1) for m in _SERVED.finditer(text)]
        applied += [m.span(1) for m in _TOWARDS.finditer(text)]
        applied += [m.span(1) for m in _USED_IN.finditer(text)]
        industries = {i for i in industries if not applied or any(
            not any(a <= k.start() < b for a, b in applied)
            for k in re.finditer(re.escape(i), text))}
        for ind in sorted(field_of_focus - industries):
            ref = self.out.mention("Industry", ind, p.id)
            for m in orgs:
                if m.label == "Enterprise":
                    self.out.fact("IN_INDUSTRY", Ref("Enterprise", m.surface), ref, p.id)

        def segment(pos: int, marks: str) -> int:
            return len(re.findall(marks, text[:pos])) if pos >= 0 else -1

        known = {m.surface for m in self.out.mentions if m.label == "Industry" and len(m.surface) >= 2}
        own = {m.surface: self._own_industries(m.surface, known) for m in orgs
               if m.label == "Platform"}
        # ——某研发区:以甲、乙、丙等为重点,重点发展A、B、C等: the firms are the area's mainstays,
        # the list what the area develops; it does not say which firm makes which.
        mainstays = []
        for k in _MAINSTAYS.finditer(text):
            nxt = _CLAUSE_MARK.search(text, k.end() + 1)
            mainstays.append((k.start(), k.end(), nxt.start() if nxt else len(text)))
        for ind in sorted(industries):
            ref = self.out.mention("Industry", ind, p.id)
            at = text.find(ind)
            for m in orgs:
                if ind in m.surface:
                    continue
                if m.label == "Enterprise" and len(industries) >= 3 and any(
                        a <= text.find(m.surface) < b <= at < c for a, b, c in mainstays):
                    continue  # the list right after them; a theme named later still holds
                if m.label == "Project" and self._in_sibling_name(text, m.surface, ind):
                    continue
                if own.get(m.surface) and not any(o in ind or ind in o for o in own[m.surface]):
                    continue  # 某某海水淡化研究所 in a sentence listing ten industries works in its own
                where = text.find(m.surface)
                # Across a semicolon another clause speaks of other firms; a project belongs
                # to the industries of its own comma clause (推进甲、乙等项目建设).
                marks = r"[；;，,]" if m.label == "Project" and not self._opens_sentence(
                    text, m.surface) else r"[；;]"
                if segment(where, marks) in (segment(at, marks), -1):
                    self.out.fact("IN_INDUSTRY", Ref(m.label, m.surface), ref, p.id)

    # -- enterprises ----------------------------------------------------------------------
    def _enterprise_name_ok(self, name: str) -> bool:
        if name.endswith("交易所") and not acceptable(name, "Enterprise"):
            return False  # 证券交易所: a kind of market, not one exchange
        core = re.sub(r"(股份有限公司|有限责任公司|有限公司|集团公司|公司|集团)$", "", name)
        proper = bool(_zone_refs(core)) or bool(re.match(r"(天津|中国|中|国家|北京|上海|河北)", core))
        if re.search(r"(各级|重要|知名|优势|跨国|上市|中小|投资运营|国资)", core):
            return False
        if not proper and len(_FIRM_KIND_WORDS.sub("", _without_industries(core))) < 2:
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

    def _item_name(self, item: str, first: bool) -> str:
        item = item.strip().strip("“”\"—-")
        item = re.sub(r"^(?:的|等|和|与|及|以及)", "", item)
        if first:
            item = strip_cues(item)
            m = re.match(r"(?:联合|创新)(?=\S{2})", item)
            if m and self.full_text.count(item[m.end():]) > self.full_text.count(item):
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

    def _status(self, text: str, start: int, end: int | None = None) -> str:
        """The cue nearest before the names decides: 依托/集聚 → present, 引进/对接 → target."""
        end = start + 4 if end is None else end
        window = text[max(0, start - 16): max(end, start)]
        best, status = -1, "unclear"
        for cues, value in ((_TARGET_CUES, "target"), (_PRESENT_CUES, "present")):
            for cue in cues:
                pos = window.rfind(cue)
                if pos > best:
                    best, status = pos, value
        return status

    def enterprise_lists(self, p: Passage, named: list[tuple[int, int, str, str]]) -> None:
        text = p.text
        lists: list[ItemList] = [il for il in lists_closed_by_deng(text)]
        for m in _RELY.finditer(text):
            il = list_after(text, m.end())
            if il and (len(il.items) > 6 or (text[il.end: il.end + 1] == "等" and
                                              text[il.end + 1: il.end + 2] not in "，,、；;")):
                continue
            if il and not any(o.start <= il.start < o.end or il.start <= o.start < il.end
                              for o in lists):
                lists.append(il)
        for m in _REPRESENT.finditer(text):
            il = list_after(text, m.start(1))
            if il:
                il.end = min(il.end, m.end(1))
                il.items = [i for i in re.split(r"、|和|及", m.group(1)) if i]
                if re.match(r"的?[\u4e00-\u9fff]{0,4}(?:产业|行业|领域|业态)", text[m.end():]):
                    continue  # 以甲、乙等为主体的产业结构: the items are lines of business
                il.label = il.label or "Enterprise"
                lists.append(il)
                self.represented_industries(p, m, il)
        named_names = {n[2] for n in named}
        # 扩大甲、乙等日用消费品生产规模: a list closed by a word no head table knows.
        for m in re.finditer(r"等", text):
            start = clause_start(text, m.start())
            if "、" in text[start:m.start()] and not any(
                    o.start <= m.start() <= o.end + 1 for o in lists):
                items = split_items(text[start:m.start()])
                if items:
                    self.firm_siblings(p, ItemList(items, start, m.start(), None, None))
        for il in lists:
            if il.label == "Zone":
                self.zone_items(p, il)
                continue
            if il.label == "Enterprise":
                self.firm_kind(p, il)
            if il.label in (None, "Industry") and self.firm_siblings(p, il):
                continue
            if il.label == "Industry":
                self.industry_list(p, il, {n[2] for n in named})
                continue
            first = il.items[0] if il.items else ""
            status = self._status(text, il.start, il.start + len(first))
            # 推进甲基地项目、乙研发产业化等项目: beside a named project, a sibling item is one too.
            sibling_project = il.label == "Project" and any(
                label_of(self._item_name(raw, i == 0)) == "Project" and
                self._item_name(raw, i == 0) in named_names for i, raw in enumerate(il.items))
            for i, raw in enumerate(il.items):
                name = self._item_name(raw, i == 0)
                if i == 0 and il.label == "Project":
                    name = re.sub(r"^(?:.*?[\u4e00-\u9fff])?了(?=\S{2})", "", name)  # 落户了甲
                if not name:
                    continue
                if name in named_names:
                    was = label_of(name)
                    if il.head in _CLOSER_HEADS and (was == "Park" or (
                            was == "Platform" and il.label == "Project")) and (
                            re.fullmatch(_CLOSER_MODIFIER, il.modifier) or il.head == "创新平台"):
                        # 甲产业园、乙基地等一批项目 / 甲中心等重点项目建设: the word after 等
                        # says what they are.
                        self.out.relabel(name, p.id, was, il.label)
                        ref = self.out.mention(il.label, name, p.id)
                        self.relate_named(p, ref, name, [], self.industries_in(p, []))
                        continue
                    if il.head in _PARK_HEADS and label_of(name) == "Platform" and \
                            not re.search(r"等|[一二三四五六七八九十两]+[个大]", il.modifier):
                        # 甲谷、乙创新中心等一批主题园区: the text calls the centre a park.
                        self.out.relabel(name, p.id, "Platform", "Park")
                        ref = self.out.mention("Park", name, p.id)
                        self.relate_named(p, ref, name, [], self.industries_in(p, []))
                        continue
                    if il.label == "Enterprise" and label_of(name) == "Project" and \
                            self._looks_like_brand(name):
                        self.out.relabel(name, p.id, "Project", "Enterprise")
                        ref = self.out.mention("Enterprise", name, p.id, status=status)
                        self.relate_enterprise(p, ref, status)
                    continue
                at = text.find(name, il.start)
                if at > il.start + len(first):
                    status = self._status(text, il.start, at)
                lab = label_of(name)
                if lab == "Zone" or zone_lexicon().canonical(name):
                    continue
                if lab == "Project" and il.label == "Enterprise" and self._looks_like_brand(name):
                    lab = "Enterprise"  # 海某工程等总承包企业: a firm named like a work
                if lab is None:
                    if il.label == "Industry":
                        loose_head = il.head in ("领域", "行业", "业态")
                        if loose_head and name in _ACTIVITY_CATEGORIES:
                            continue  # 围绕研发设计、采购供应等应用领域: activities
                        if loose_head and not (taxonomy().canonical(name) or
                                               self.known_industry(name) or
                                               self.context_industry(p)):
                            continue
                        if _is_industry_phrase(name):
                            self.industry_item(p, name, il)
                        continue
                    if il.label == "Project" and il.head in ("项目", "重点项目", "重大项目"):
                        # 推动某某新品、某某新厂等项目建设
                        after = text[il.end: il.end + 8]
                        if 4 <= len(name) <= 16 and acceptable(name + "项目", "Project") and \
                                not taxonomy().canonical(name) and not industryish(name) and \
                                not re.search(r"人才|计划|资金|基金", after) and \
                                not re.search(r"基础设施|新基建", il.modifier) and \
                                (self._proper_project(name) or sibling_project):
                            ref = self.out.mention("Project", name, p.id)
                            self.relate_named(p, ref, name, [], self.industries_in(p, []))
                        continue
                    if il.label not in (None, "Enterprise"):
                        continue
                    if re.search(r"配套|相关|类|服务|贸易|制造|上下游|资源|领域", il.modifier + (
                            text[il.end + 1 + len(il.modifier) + len(il.head or ""):][:2])):
                        continue  # 引育船用钢材、焊材等船舶高端配套企业: kinds of firms, not firms
                    if _PRODUCT_KIND.search(name):
                        continue  # 引进某某构件、某某软件等企业: firms by what they make, no name
                    if not self._looks_like_brand(name):
                        continue
                    if il.label is None and il.head is None and not self._rely_enterprise_ok(
                            text, il, name):
                        continue
                    lab = "Enterprise" if il.label in (None, "Enterprise") else il.label
                elif not is_specific(name) or ((name.endswith("基金") or lab in ("Project", "Platform")) and not acceptable(name, lab)) or (
                        lab == "Enterprise" and not self._enterprise_name_ok(name)):
                    continue
                props = {"status": status} if lab == "Enterprise" else {}
                ref = self.out.mention(lab, name, p.id, **props)
                if lab == "Enterprise":
                    self.relate_enterprise(p, ref, status)
                else:
                    self.relate_named(p, ref, name, [], self.industries_in(p, []))

    def firm_kind(self, p: Passage, il: ItemList) -> None:
        """甲、乙等激光器企业 / 等射频芯片设计企业: the words before the head say what line of
        business the listed firms are in. Runs after the items became firms (see the end of
        enterprise_lists), so only names already read as enterprises are linked."""
        kind = re.sub(r"(?:研发|设计|生产|制造|研制)+$", "", il.modifier)
        if len(kind) < 2 or re.search(r"传统|配套|投资|外商|实体|类", kind):
            return  # 等传统实体贸易企业 / 等船舶配套企业: a kind of firm, not a line of business
        if not (taxonomy().canonical(kind) or _is_industry_phrase(kind) or (
                re.search(r"[器机车剂料件品仪]$", kind) and _loose_industry(kind))):
            return
        self._pending_kinds.append((p.id, il, kind))

    def lead_subject(self, p: Passage) -> None:
        """某某协同创新平台。以…为载体,吸引一批甲、乙等领域项目落户: a paragraph that opens by
        naming one platform or park speaks of it; the fields it goes on to name are its own."""
        first = self.by_line.get(p.line, [p])[0]
        if first.id == p.id:
            lead = re.sub(r"^[\s——]+", "", p.text).rstrip("。 ")
            hit = next((m for m in self.out.by_passage.get(p.id, ()) if m.surface == lead
                        and m.label in ("Platform", "Park")), None)
            if hit:
                self.line_subject[p.line] = Ref(hit.label, hit.surface)
            return
        subject = self.line_subject.get(p.line)
        if subject is None:
            return
        names = [(p.text.find(m.surface), len(m.surface)) for m in self.out.by_passage.get(p.id, ())
                 if m.label in ("Enterprise", "Platform", "Project", "Park", "Zone")]
        found = {m.surface for m in self.out.by_passage.get(p.id, ()) if m.label == "Industry"}
        found |= {surf for s, e, surf, _ in taxonomy().find(p.text)
                  if surf not in _ACTIVITY_CATEGORIES}
        rel = "FOCUSES_ON" if subject.label == "Park" else "IN_INDUSTRY"
        for ind in sorted(found):
            at = p.text.find(ind)
            if at < 0 or any(o <= at < o + n for o, n in names if o >= 0):
                continue  # inside another name: that name's field
            self.out.fact(rel, subject, self.out.mention("Industry", ind, p.id), p.id)

    def developed_by_firms(self, p: Passage) -> None:
        """依托甲等企业,重点发展A、B等某某安全服务 / 发挥甲、乙带动作用,开发A、B等某某新药: what
        the clause has the firms develop, named by the word after 等, is their line of business."""
        firms = [m.surface for m in self.out.by_passage.get(p.id, ()) if m.label == "Enterprise"]
        if not firms:
            return
        pos = 0
        for seg in re.split(r"(?<=[；;])", p.text):
            here = [f for f in firms if f in seg]
            for m in _DEVELOPED.finditer(seg):
                kind = m.group(1)
                if _GENERIC_KIND.search(kind) or not _is_industry_phrase(kind):
                    continue
                ref = self.out.mention("Industry", kind, p.id)
                for firm in here:
                    if seg.find(firm) < m.start():
                        self.out.fact("IN_INDUSTRY", Ref("Enterprise", firm), ref, p.id)
            pos += len(seg)

    def link_firm_kinds(self) -> None:
        for pid, il, kind in self._pending_kinds:
            firms = {m.surface for m in self.out.by_passage.get(pid, ()) if m.label == "Enterprise"}
            names = [self._item_name(raw, i == 0) for i, raw in enumerate(il.items)]
            hits = [n for n in names if n in firms]
            if not hits:
                continue
            ref = self.out.mention("Industry", kind, pid)
            for name in hits:
                self.out.fact("IN_INDUSTRY", Ref("Enterprise", name), ref, pid)

    def industry_list(self, p: Passage, il: ItemList, named: set[str]) -> None:
        """甲、乙等产业 / 甲、乙等优势领域: the items are industries (or, after a loose head such
        as 领域, only where the sentence is about industries)."""
        loose_head = il.head in ("领域", "行业", "业态")
        if self.supervised(p) or (loose_head and self.applied_in(p, il)):
            return
        names = []
        for i, raw in enumerate(il.items):
            name = self._item_name(raw, i == 0)
            cut = re.search(r"(?:布局|发展|聚焦|打造)(?=[^布发聚打]{2,}$)", name) if i == 0 else None
            if cut:
                name = name[cut.end():]  # 新能源产业布局甲、乙: the list starts after the verb
            name = re.sub(r"^(?:当地|本地)(?=\S{2})", "", name)
            if not name or name in named or label_of(name) or zone_lexicon().canonical(name):
                continue
            if loose_head and name in _ACTIVITY_CATEGORIES:
                continue  # 围绕研发设计、采购供应等应用领域: activities
            names.append(name)
        names = _rejoined(names, p.text)
        # 聚焦甲、乙等领域: a focus cue in front makes the fields ones the plan develops.
        focus = bool(re.search(r"(?:聚焦|重点发展|大力发展|积极发展|重点布局)$", p.text[
            max(0, il.start - 4): il.start])) or bool(il.items and re.match(
                r"(?:聚焦|重点发展|大力发展|积极发展|重点布局)", il.items[0]))
        if loose_head and not (self.context_industry(p) or focus or any(
                taxonomy().canonical(n) or self.known_industry(n) for n in names)):
            return
        listed = _listed_industries(_industry_items(names))
        if il.head == "领域" and re.fullmatch(r"(?:重点|优势|细分|主导|[一二三四五六七八九十两]大)+",
                                             il.modifier) and self.context_industry(p):
            # 打造甲、乙等重点领域 under an industry: the text itself calls each item a field.
            listed += [n for n in _industry_items(names) if n not in listed and not re.search(
                r"(?:研制|研发|开发|[A-Za-z]{4,})$", n) and (
                _loose_industry(n) or (len(n) == 2 and is_specific(n, "") and not
                                       _NOT_AN_INDUSTRY.search(n) and n not in _ACTIVITIES
                                       and not _VERBISH.search(n) and label_of(n) is None))]
        for name in listed:
            self.industry_item(p, name, il)

    def builders(self, p: Passage) -> None:
        """支持某某建设某某基地 / 推进某某打造某某平台: who is to build a named carrier is a firm
        already there, when its name looks like a brand and no place, body or kind."""
        text = p.text
        for m in _BUILDER.finditer(text):
            name = m.group(1)
            rest = text[m.end():]
            obj = re.split(r"[，,;；。]", rest)[0]
            if label_of(obj) not in ("Platform", "Park", "Project"):
                obj = re.split(r"[;；。]", rest)[0]
                if label_of(obj) not in ("Platform", "Park", "Project"):
                    continue
            if label_of(name) or zone_lexicon().canonical(name) or bureaus.find(name) or \
                    _NOT_A_BUILDER.search(name) or not self._looks_like_brand(name):
                continue
            ref = self.out.mention("Enterprise", name, p.id, status="present")
            self.relate_enterprise(p, ref, "present")
        for m in _MAKER.finditer(text):
            name = m.group(1)
            if label_of(name) or zone_lexicon().canonical(name) or industryish(name) or \
                    taxonomy().canonical(name) or not self._looks_like_brand(name):
                continue
            ref = self.out.mention("Enterprise", name, p.id, status="present")
            self.relate_enterprise(p, ref, "present")

    def holding_lists(self, p: Passage) -> None:
        """甲控股、乙建投、丙集团: state groups go by a short name and their business word, and
        are listed among the units that answer for a task; each is a firm already there."""
        text = p.text
        for m in _HOLDING_LIST.finditer(text):
            items = m.group(0).split("、")
            # 健全甲控股: the name begins after the verb in front of the list.
            items[0] = trim_left(text[clause_start(text, m.start()):m.start() + len(items[0])], 2)
            if not any(i.endswith(("控股", "建投", "城投")) for i in items):
                continue  # a list of 集团 only is found by the suffix already
            for item in items:
                core = _HOLDING_ITEM.fullmatch(item)
                if not core or _NOT_A_HOLDER.search(core.group(1)) or zone_lexicon().canonical(item):
                    continue
                ref = self.out.mention("Enterprise", item, p.id, status="present")
                place = self.place_for(p)
                if place:
                    self.out.fact("LOCATED_IN", ref, Ref(*place), p.id)

    def firm_siblings(self, p: Passage, il: ItemList) -> bool:
        """甲、乙等日用消费品: when an item is a firm the document names, the list is of firms."""
        firms = {m.surface for m in self.out.mentions if m.label == "Enterprise"}
        # 某某半导体 goes by 某某 too: a firm's name without its line of business.
        short = {f[: -len(t)]: f for f in sorted(firms) for t in FIRM_TRADE
                 if f.endswith(t) and len(f) - len(t) >= 2 and t not in ("集团", "股份", "控股")
                 and not zone_lexicon().canonical(f[: -len(t)]) and f[: -len(t)] not in firms}
        firms |= set(short)
        names = [self._item_name(raw, i == 0) for i, raw in enumerate(il.items)]
        if len(names) < 2 or not any(n in firms for n in names):
            return False
        if not all(n in firms or (label_of(n) in (None, "Enterprise") and self._looks_like_brand(
                n)) for n in names):
            return False
        status = self._status(p.text, il.start, il.start + len(il.items[0]))
        for name in names:
            alias = {"alias_of": short[name]} if name in short else {}
            ref = self.out.mention("Enterprise", name, p.id, status=status, **alias)
            self.relate_enterprise(p, ref, status)
        return True

    def zone_items(self, p: Passage, il: ItemList) -> None:
        """甲街、乙风情区等商圈: districts a list head names as such, suffix or not."""
        if len(il.items) == 1 and re.match(r"[两三四五六七八九十]大", p.text[il.end:]):
            return  # 遴选三大园区: the word before a count is its verb, not a place
        for i, raw in enumerate(il.items):
            name = re.sub(r"^(?:周边|附近|沿线)", "", self._item_name(raw, i == 0))
            if 2 <= len(name) <= 10 and not _VERBISH.search(name) and is_specific(name, "") and \
                    label_of(name) in (None, "Zone", "Park", "Project"):
                if label_of(name) in ("Park", "Project"):
                    # 甲博物馆等旅游目的地: the head says the building is a place to go.
                    self.out.relabel(name, p.id, label_of(name), "Zone")
                self.out.mention("Zone", name, p.id)

    def _proper_project(self, name: str) -> bool:
        """An item of '…等项目' is a project when something in it is proper: a firm or place
        named in the document, a figure, or a facility word (新厂, 二期, 基地, 总部)."""
        if re.search(r"[0-9A-Za-z“]", name) or re.search(
                r"(厂|线|段|基地|中心|站|码头|园|馆|院|校|期|总部)$", name):
            return True
        if _zone_refs(name):
            return True
        firms = {m.surface for m in self.out.mentions if m.label == "Enterprise"}
        return any(name.startswith(f) for f in firms if len(f) >= 2) or bool(
            self.fused_firm(name, ""))

    def represented_industries(self, p: Passage, m: re.Match, il: ItemList) -> None:
        """以甲、乙等为代表的O2O服务、文旅服务: the firms are examples of those industries."""
        after = re.match(r"等?为代表的([^，。；;：,:]{2,40})", p.text[m.end(1):])
        if not after:
            return
        kinds = [k for k in re.split(r"、|和|及", re.sub(r"等$", "", after.group(1))) if k]
        firms = [self._item_name(raw, i == 0) for i, raw in enumerate(il.items)]
        for kind in kinds:
            # 以甲、乙为代表的网络货运平台: the firms run platforms of that line of business.
            bare = re.sub(r"(?:平台|企业|公司)$", "", kind)
            if bare != kind and len(bare) >= 3 and bare + "产业" in self.full_text:
                kind = bare  # 某某货运平台, where the plan speaks of 某某货运产业
            elif bare != kind and _is_industry_phrase(bare):
                kind = bare
            elif not _is_industry_phrase(kind):
                continue
            ref = self.out.mention("Industry", kind, p.id)
            for firm in firms:
                if firm and label_of(firm) in (None, "Enterprise") and self._looks_like_brand(
                        firm) or label_of(firm) == "Enterprise":
                    self.out.fact("IN_INDUSTRY", Ref("Enterprise", firm), ref, p.id)

    def known_industry(self, name: str) -> bool:
        key = industry_key(name)
        return any(industry_key(i) == key for i in self.ctx.section_industry.values() if i)

    def _looks_like_brand(self, name: str) -> bool:
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
        if taxonomy().canonical(name) or _VERBISH.search(name) or _NOT_INDUSTRY.search(name):
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

    def _rely_enterprise_ok(self, text: str, il: ItemList, name: str) -> bool:
        """依托X, without 等企业: X is an enterprise only when short and brand-like."""
        return 3 <= len(name) <= 6

    def relate_enterprise(self, p: Passage, ref: Ref, status: str) -> None:
        place = self.place_for(p)
        if place:
            # A partner named with 与 (加强与某集团协调) is neither here nor courted.
            if status == "target":
                self.out.fact("TARGETS", Ref(*place), ref, p.id)
            elif status == "present":
                self.out.fact("LOCATED_IN", ref, Ref(*place), p.id)
        for ind in self.industries_in(p, [], at=max(p.text.find(ref.surface), 0)):
            self.out.fact("IN_INDUSTRY", ref, ind, p.id)

    # -- parks, platforms, projects -------------------------------------------------------
    @staticmethod
    def zone_before(text: str, name: str, zones: list[str]) -> str | None:
        """The zone named just before a thing in the same clause (在某某片区建设…)."""
        at = text.find(name)
        if at < 0 or not zones:
            return None
        start = clause_start(text, at)
        spans = [(s, e, z) for s, e, z in _zone_refs(text) if z in zones]
        # A zone inside a longer zone name (大港 in 大港港区) is not a place of its own here.
        spans = [(s, e, z) for s, e, z in spans
                 if not any(a <= s and e <= b and (a, b) != (s, e) for a, b, _ in spans)]
        best, where = None, -1
        for s, e, z in spans:
            if re.search(r"、|及|与|和", text[e:at]):
                continue  # 甲工业区、乙产业基地 / 甲港区航道及乙铁路: a sibling, not its place
            if start <= s and e <= at and s > where:
                best, where = z, s
        if best is None:
            # 支持某片区以…为主攻方向,建设某特区: the zone its clause group is about.
            seg = max(text.rfind(c, 0, at) for c in "；;。") + 1
            lead = _SUPPORT_ZONE.match(text, seg)
            if lead:  # the zone as the topic (支持某片区以…), not as an object (推动某区扩区)
                best = next((z for s, e, z in spans if s == lead.end() and re.match(
                    r"以|聚焦|重点|加快|打造|建设", text[e:e + 2])), None)
        return best

    def host_park(self, p: Passage, name: str) -> str | None:
        """围绕某谷建设,新建甲实验室、乙平台: what the sentence builds for a park lies in it."""
        m = _AROUND_PARK.match(p.text)
        if not m or p.text.find(name) < m.end():
            return None
        parks = {x.surface for x in self.out.by_passage.get(p.id, ()) if x.label == "Park"}
        park = m.group(1).strip("“”\"")
        return park if park in parks else None

    def port_for(self, p: Passage, name: str) -> str | None:
        """A port work (锚地, 航道, 码头, 集疏港…) or a thing the clause puts inside the port
        (港内打通某路) lies in the port its paragraph names last before it."""
        at = p.text.find(name)
        if at < 0:
            return None
        inside = bool(_IN_PORT.match(p.text, clause_start(p.text, at)))
        if not (_PORT_WORK.search(name) or inside) or _zone_refs(name):
            return None  # 某港区某码头 carries its own place
        # In its own sentence a port area counts too; from the sentences before it, only a
        # whole port (a 港区 there is the place of the work named with it).
        ends = ("港", "港区")
        for q in reversed([q for q in self.by_line.get(p.line, []) if q.start <= p.start]):
            text = p.text if q.id == p.id else q.text
            ports = [(s, surf) for s, e, surf in _zone_refs(text) if surf.endswith(ends)]
            if q.id == p.id:  # the nearest before it; after it only for 港内…, which names none
                before = [x for x in ports if x[0] < at]
                ports = before or ([x for x in ports if x[0] > at][:1] if inside else [])
            if ports:
                return ports[-1][1]
            ends = ("港",)
        return None

    def relate_named(self, p: Passage, ref: Ref, name: str, sentence_zone: list[str],
                     industries: list[Ref]) -> None:
        label = ref.label
        zone_in_name = None
        starts = [(e, surf) for s, e, surf in _zone_refs(name) if s == 0 and e < len(name)]
        if starts:
            zone_in_name = max(starts)[1]  # 东疆港区…码头: the longest zone name it begins with
        else:
            bare = re.sub(r"^(?:天津市|天津|滨海新区)", "", name)
            # 某线渤龙湖站: a station of a line is at the place its own name gives.
            station = re.sub(r"^[\u4e00-\u9fff]{0,4}[A-Z]?\d{0,2}号?线(?=[\u4e00-\u9fff]{2,}站)", "",
                             bare)
            rest = 1 if station != bare else 3
            for core in sorted(self.zone_cores, key=len, reverse=True):
                if station.startswith(core) and len(station) >= len(core) + rest:
                    zone_in_name = self.zone_cores[core]
                    break
        place: tuple[str, str] | None
        near = self.zone_before(p.text, name, sentence_zone)
        port = self.port_for(p, name) if label in ("Project", "Platform") else None
        host = self.host_park(p, name) if label in ("Project", "Platform") else None
        if zone_in_name:
            place = ("Zone", zone_in_name)
        elif near:
            place = ("Zone", near)
        elif port:
            place = ("Zone", port)
        elif host:
            place = ("Park", host)
        else:
            place = self.place_for(p)
        if label == "Enterprise":
            pos = max(p.text.find(name), 0)
            status = self._status(p.text, clause_start(p.text, pos), pos)
            self.out.mention("Enterprise", name, p.id, status=status)
            self.relate_enterprise(p, ref, status)
            return
        at = p.text.find(name)
        if at >= 0 and _BENCHMARK.search(p.text, clause_start(p.text, at), at):
            place = None  # 缺乏类似某地某实验室: named as a model elsewhere, not here
        end = _CLAUSE_MARK.search(p.text, at + len(name)) if at >= 0 else None
        clause = p.text[clause_start(p.text, at):end.start() if end else len(p.text)] \
            if at >= 0 else ""
        if not zone_in_name and re.search(r"与(?:[^，,。；;与]*、)?" + re.escape(name), clause) \
                and re.search(r"协同|合作|联动|对接|衔接|协作", clause):
            place = None  # 加强与甲研究院、乙基金的合作: a partner, wherever it is
        if place and place[0] == "Zone" and not zone_in_name and at > 0 and \
                p.text[at - 1] in "与和及、" and any(
                    e == at - 1 and (zone_lexicon().canonical(z) or z) ==
                    (zone_lexicon().canonical(place[1]) or place[1])
                    for s, e, z in _zone_refs(p.text)):
            place = None  # 推动甲区与乙示范区联动: named beside the zone, not inside it
        if at >= 0 and re.search(r"境外|国外", p.text[clause_start(p.text, at):at + len(name) + (
                _CLAUSE_MARK.search(p.text[at + len(name):] + "。").start())]):
            place = None  # 推动某某经贸合作区等境外合作区: abroad, not in the plan's zone
        if place and label in ("Park", "Platform", "Project"):
            self.out.fact("LOCATED_IN", ref, Ref(*place), p.id)
            narrower = self.place_for(p)
            if zone_in_name and zone_lexicon().canonical(zone_in_name) == zone_lexicon().canonical(
                    self.ctx.subject or "") and narrower and narrower[1] != self.ctx.subject:
                # 某高新区体育中心 in the part about one of its areas lies in that area too.
                self.out.fact("LOCATED_IN", ref, Ref(*narrower), p.id)
        if industries and at >= 0:
            industries = self.industries_in(p, [], at=at)  # only the lead of its own clause
        own = [Ref("Industry", c) for c in self.industries_named_in(name)]
        if label == "Project" and not own and _HOSPITAL_WORK.search(name):
            # A hospital works in health care, whatever industries its sentence lists.
            own, industries = [Ref("Industry", self.out.mention("Industry", "医疗卫生",
                                                                p.id).surface)], []
        if label == "Park" or (label == "Zone" and self.ctx.line_focus.get(p.line) == (
                "Zone", name)):
            for ind in own or industries:
                self.out.fact("FOCUSES_ON", ref, ind, p.id)
        elif label in ("Platform", "Project"):
            for ind in own or industries:
                self.out.fact("IN_INDUSTRY", ref, ind, p.id)

    def industries_named_in(self, name: str) -> list[str]:
        out = []
        for s, e, surf, canon in taxonomy().find(name):
            out.append(surf)
        return out

    def project_lists(self, p: Passage) -> None:
        """推动某某城际、某某南站建设: short infrastructure names in a construction sentence."""
        text = p.text
        self.lines_sharing_suffix(p)
        for m in _BUILD_ONE.finditer(text):
            name = m.group(1)
            if name.endswith("建站"):
                continue  # 推进联合建站: building stations, not one station
            if re.search(r"(机场|锚地|航道|码头|物流枢纽|基站|充电站|加氢站|换电站)$", name) and \
                    len(name) < 6 and \
                    not _zone_refs(name):
                continue  # 推进集装箱码头建设: a kind of port work, not a named one
            if acceptable(name, "Project") and is_specific(name, "") and \
                    not zone_lexicon().canonical(name):
                ref = self.out.mention("Project", name, p.id)
                action = m.group(2) if m.group(2) in _ACTIONS else None
                if action:
                    self.out.mention("Project", name + action, p.id, alias_of=name)
                port = self.port_for(p, name)
                if port:
                    self.out.fact("LOCATED_IN", ref, Ref("Zone", port), p.id)
                else:
                    self.relate_named(p, ref, name, [], [])  # 某港某枢纽 lies in the zone it names
        if not re.search(r"(建设|建成|改造|拓宽|贯通|打通|开工|竣工|投用|提级|延伸|东延|西延|扩建|"
                         r"改扩建|通车|开通)", text):
            return
        for seg in re.split(r"[，。；：]", text):
            if "、" not in seg:
                continue
            items = seg.split("、")
            shared = next((a for a in _ACTIONS if items[-1].rstrip("建设等").endswith(a)), None)
            for i, raw in enumerate(items):
                name = raw
                if i == 0:
                    name = trim_left(name, 1, 2)
                if i == len(items) - 1:
                    name = re.split(r"(?:等|建设|改造|工程建设|拓宽|贯通|开工|竣工|投用|提级|"
                                    r"通车|开通|和|及|与)", name)[0]
                name = name.strip("“”\" ")
                raw_item = raw.strip("“”\" ")
                if not (3 <= len(name) <= 10):
                    continue
                if not re.search(r"(路|大道|桥|站|线|隧道|地道|东延|西延|南延|北延|铁路|码头|"
                                 r"航道|锚地)$", name) or not acceptable(name, "Project"):
                    continue
                if _VERBISH.search(name) or not is_specific(name, ""):
                    continue
                if zone_lexicon().canonical(name) or re.search(r"(思路|道路|线路|路线|通道|主线|防线|"
                                                               r"底线|红线|一线|业务线|生产线|产品线|"
                                                               r"流水线|热线|战线|建站)$", name):
                    continue
                ref = self.out.mention("Project", name, p.id)
                for action in _ACTIONS:
                    if raw_item.endswith(name + action) or (name + action) in raw_item:
                        self.out.mention("Project", name + action, p.id, alias_of=name)
                        break
                else:
                    if shared:  # 加快甲公路、乙大道拓宽改造: the action is each one's
                        self.out.mention("Project", name + shared, p.id, alias_of=name)
                self.relate_named(p, ref, name, [], [])

    def lines_sharing_suffix(self, p: Passage) -> None:
        """某铁1号线、2号线 / 轨道A1、A2线: numbered lines that share one name."""
        for m in _SHARED_LINES.finditer(p.text):
            prefix = strip_cues(m.group(1))
            codes = re.split(r"、|和|及", m.group(2))
            for code in codes:
                code = code.strip()
                if not code:
                    continue
                name = prefix + code + ("" if code.endswith("线") else "线")
                ref = self.out.mention("Project", name, p.id)
                place = self.place_for(p)
                if place:
                    self.out.fact("LOCATED_IN", ref, Ref(*place), p.id)

    def industry_hierarchy(self) -> None:
        """Narrower industries the document names: a compound that begins with a broader name
        (氢能储运装备 under 氢能), and national categories under their parent category when
        the document names both."""
        first: dict[str, str] = {}
        for m in self.out.mentions:
            if m.label == "Industry":
                first.setdefault(m.surface, m.passage)
        for f in self.out.facts:  # 某生物安全实验室: a category reached only through a name
            if f.dst.label == "Industry" and taxonomy().canonical(f.dst.surface):
                first.setdefault(f.dst.surface, f.passage)
        tax = taxonomy()
        canon_seen = {tax.canonical(n): n for n in first if tax.canonical(n)}
        names = sorted(first, key=len, reverse=True)
        for name in names:
            if tax.canonical(name):
                parent = tax.parent(tax.canonical(name))
                if parent and parent in canon_seen:
                    self.out.fact("SUBINDUSTRY_OF", Ref("Industry", name),
                                  Ref("Industry", canon_seen[parent]), first[name])
                continue
            for broad in names:
                if len(broad) >= 2 and len(name) >= len(broad) + 2 and name.startswith(broad) \
                        and industryish(broad) and industry_key(broad) != industry_key(name) \
                        and name[len(broad)] not in "和与及、":  # 甲和乙 is not a kind of 甲
                    self.out.fact("SUBINDUSTRY_OF", Ref("Industry", name), Ref("Industry", broad),
                                  first[name])
                    break

    def firms_where_their_works_are(self) -> None:
        """A firm building a work in an area of the zone (某某IDC算力中心 in 某片区) is present in
        that area; a firm only courted there (status target) is not."""
        status = {}
        for m in self.out.mentions:
            if m.label == "Enterprise":
                status.setdefault(m.surface, set()).add(m.props.get("status"))
        parts = {f.src.surface for f in self.out.facts if f.rel == "PART_OF"}
        places: dict[tuple[str, str], set[tuple[str, str]]] = {}
        for f in self.out.facts:
            # Only an area the document places inside a broader one narrows where a firm is.
            if f.rel == "LOCATED_IN" and f.src.label == "Project" and f.dst.label == "Zone" \
                    and f.dst.surface != self.ctx.subject and f.dst.surface in parts:
                places.setdefault((f.src.surface, f.passage), set()).add((f.dst.label, f.dst.surface))
        for f in list(self.out.facts):
            if f.rel != "UNDERTAKEN_BY" or "target" in status.get(f.dst.surface, {"target"}):
                continue
            for place in sorted(places.get((f.src.surface, f.passage), ())):
                self.out.fact("LOCATED_IN", f.dst, Ref(*place), f.passage)

    def airports_of_works(self) -> None:
        """某某国际机场三期改扩建工程: the airport the work extends is a place, and the work
        lies there."""
        for m in list(self.out.mentions):
            if m.label != "Project":
                continue
            hit = _AIRPORT_WORK.match(m.surface)
            if hit and is_specific(hit.group(1)) and not _VERBISH.search(hit.group(1)):
                ref = self.out.mention("Zone", hit.group(1), m.passage)
                self.out.fact("LOCATED_IN", Ref("Project", m.surface), ref, m.passage)

    def undertakers(self) -> None:
        """某某集团生产线扩建项目: a project named after an enterprise is undertaken by it."""
        firms = sorted({m.surface for m in self.out.mentions if m.label == "Enterprise"},
                       key=lambda f: (-len(f), f))
        for m in list(self.out.mentions):
            if m.label != "Project":
                continue
            # The firm whose name covers most of the project's front (某某云总部: 某某云, not
            # 某某集团); a port group does not undertake every work named after its port.
            best, covered = None, 0
            for firm in firms:
                core = re.sub(r"(集团|公司|有限公司)$", "", firm)
                if len(core) < 2 or not m.surface.startswith(core) or \
                        len(m.surface) <= len(firm) or zone_lexicon().canonical(core):
                    continue
                cover = len(firm) if m.surface.startswith(firm) else len(core)
                if cover > covered:
                    best, covered = firm, cover
            if best:
                self.out.fact("UNDERTAKEN_BY", Ref("Project", m.surface),
                              Ref("Enterprise", best), m.passage)
            else:
                firm = self.fused_firm(m.surface, self.by_id[m.passage].text)
                if firm:
                    text = self.by_id[m.passage].text
                    pos = max(text.find(m.surface), 0)
                    status = self._status(text, clause_start(text, pos), pos)
                    ref = self.out.mention("Enterprise", firm, m.passage, status=status)
                    self.out.fact("UNDERTAKEN_BY", Ref("Project", m.surface), ref, m.passage)
                else:
                    builder = self.builder_of(m)
                    if builder:
                        self.out.fact("UNDERTAKEN_BY", Ref("Project", m.surface),
                                      Ref("Enterprise", builder), m.passage)

    def builder_of(self, m) -> str | None:
        """支持某某公司建设以…为主的某某总部基地: the firm the sentence has build the work."""
        text = self.by_id[m.passage].text
        at = text.find(m.surface)
        if at < 0:
            return None
        start = max(text.rfind(c, 0, at) for c in "；;。") + 1
        firms = {x.surface for x in self.out.mentions if x.label == "Enterprise"}  # named anywhere
        best = None
        for b in _BUILT_BY.finditer(text, start, at):
            if b.group(1) in firms and not _BUILD_VERB.search(text, b.end(), at):
                best = b.group(1)  # no second build verb between: this work is the one built
        return best

    def named_after_industry(self) -> None:
        """某某操作系统创新中心 / 某某生物安全实验室: a body named after an industry the document
        names works in it, whether or not the taxonomy knows the industry."""
        industries = sorted({m.surface for m in self.out.mentions if m.label == "Industry"
                             and len(m.surface) >= 3 and not _zone_refs(m.surface)},
                            key=lambda s: (-len(s), s))
        done: set[tuple[str, str]] = set()
        for m in list(self.out.mentions):
            if m.label not in ("Platform", "Project", "Park") or (m.label, m.surface) in done:
                continue
            done.add((m.label, m.surface))
            taken: list[tuple[int, int]] = []
            for ind in industries:
                at = m.surface.find(ind)
                if at < 0 or m.surface == ind or any(a <= at < b for a, b in taken):
                    continue
                taken.append((at, at + len(ind)))
                rel = "FOCUSES_ON" if m.label == "Park" else "IN_INDUSTRY"
                self.out.fact(rel, Ref(m.label, m.surface), Ref("Industry", ind), m.passage)

    @staticmethod
    def _brand_before_ending(name: str) -> bool:
        """金桥科技: a line-of-business ending after a proper word names a firm, not a field."""
        cut = industry_ending(name)
        prefix = name[:cut] if cut is not None else ""
        return len(prefix) >= 2 and is_specific(prefix, "") and not industryish(prefix) and \
            not taxonomy().canonical(prefix)

    def institution_fields(self) -> None:
        """A hospital or a port work belongs to the field its paragraph or a section title
        names (专栏 卫生健康名院工程, 打造智慧港口…): the kind of thing says which words to look
        for, the text says whether the plan treats them as a field here."""
        industries = sorted({m.surface for m in self.out.mentions if m.label == "Industry"})
        for m in list(self.out.mentions):
            if m.label not in ("Project", "Platform", "Park") or m.props.get("alias_of"):
                continue
            fields = next((f for kind, f in _INSTITUTION_FIELDS if kind.search(m.surface)), None)
            p = self.by_id.get(m.passage)
            if fields is None or p is None:
                continue
            texts = [" ".join(q.text for q in self.by_line.get(p.line, [p]))]
            texts += [clean_title(self.ctx.sections[sid].title) for sid in self.ctx.chain(p.section)]
            terms = [t.group(0) for t in map(fields.search, texts) if t][:1]
            terms += [i for i in industries if fields.fullmatch(i)]  # one the plan names
            rel = "FOCUSES_ON" if m.label == "Park" else "IN_INDUSTRY"
            for term in dict.fromkeys(terms):
                ref = self.out.mention("Industry", term, m.passage)
                self.out.fact(rel, Ref(m.label, m.surface), ref, m.passage)

    def field_in_name(self) -> None:
        """某某智能计算产业创新中心 / 某某养生养老产业园: the words before 产业 in such a name
        are the line of business it serves, whether or not the taxonomy knows them; a firm
        the name begins with works in it too."""
        firms = sorted({m.surface for m in self.out.mentions if m.label == "Enterprise"
                        and len(m.surface) >= 2}, key=len, reverse=True)
        known = {industry_key(m.surface) for m in self.out.mentions if m.label == "Industry"
                 and len(m.surface) >= 2}
        done: set[tuple[str, str]] = set()
        for m in list(self.out.mentions):
            if m.label not in ("Platform", "Project", "Park") or (m.label, m.surface) in done \
                    or m.props.get("alias_of"):
                continue
            done.add((m.label, m.surface))
            found = _FIELD_NAME.search(m.surface)
            if not found:
                continue
            field_ = found.group(1)
            zones = [e for s, e, _ in _zone_refs(field_) if s == 0]
            if zones:
                field_ = field_[max(zones):]
            firm = next((f for f in firms if field_.startswith(f) and len(field_) > len(f) + 1), None)
            if firm:
                field_ = field_[len(firm):]
            field_ = re.sub(r"^(?:国家级|国家|天津市|天津|全国|中[英韩欧意德法日美俄新])", "", field_)
            # 某湾物联网 / 某某通健康: an unknown place or brand may precede the field, so the
            # longest tail that names an industry the document or the taxonomy knows wins; the
            # whole rest only when it is short and reads as a field by itself.
            name = next((field_[i:] for i in range(len(field_) - 1)
                         if taxonomy().canonical(field_[i:]) or
                         industry_key(field_[i:]) in known), None)
            if name is None and len(field_) <= 6 and _is_industry_phrase(field_) and \
                    not any(field_.startswith(c) for c in self.zone_cores) and \
                    not self._brand_before_ending(field_):
                name = field_
            if name is None:
                continue
            ref = self.out.mention("Industry", name, m.passage)
            rel = "FOCUSES_ON" if m.label == "Park" else "IN_INDUSTRY"
            self.out.fact(rel, Ref(m.label, m.surface), ref, m.passage)
            if firm:
                self.out.fact("IN_INDUSTRY", Ref("Enterprise", firm), ref, m.passage)

    def fused_firm(self, name: str, context: str) -> str | None:
        """某某乳业新厂项目: the firm written into a project's name, when it has a firm's shape."""
        firm = firm_prefix(name, context)
        if not firm or taxonomy().canonical(firm) or _zone_refs(firm):
            return None
        # 某某微电子 is a firm when its trade name (某某) is no industry word itself.
        trade_name = re.sub("(?:" + "|".join(FIRM_TRADE) + ")$", "", firm)
        if not trade_name or industryish(trade_name) or _is_industry_phrase(trade_name) or \
                taxonomy().canonical(trade_name):
            return None
        return firm

    # -- industries -----------------------------------------------------------------------
    def _run_in_lead_section(self, p: Passage) -> bool:
        """True when p's section was opened by a run-in lead (生物医药。依托…) on another line."""
        sec = self.ctx.sections.get(p.section)
        if sec is None or sec.line == p.line:
            return False
        return any(q.kind == "heading" and q.text.rstrip().endswith("。")
                   for q in self.by_line.get(sec.line, ()))

    def lead_industry(self, p: Passage, lead: str) -> bool:
        """新能源。/ 海水淡化产业。: a paragraph that opens by naming its industry."""
        name = strip_cues(lead)
        if name != lead:  # 促进某某科技发展。: the verb's object is the industry
            name = re.sub(r"(?<=[\u4e00-\u9fff]{2})发展$", "", name)
        sec = self.ctx.industry_of_section(p.section)
        sibling = bool(sec) and self._run_in_lead_section(p)
        if sibling:
            # 生物医药。依托…  新能源。扩大…: leads of the same shape are siblings; the
            # section the first one opened is not the broader industry of the next.
            up = self.ctx.sections[p.section].parent
            sec = self.ctx.industry_of_section(up) if up else None
        # Under an industry heading a bare product lead (调味品。) names a kind of it too.
        if not (_is_industry_phrase(name) or taxonomy().canonical(name) or (
                sec and len(name) <= 8 and _loose_industry(name))):
            return False
        in_industry_part = sec is not None or bool(re.search(
            r"产业|制造|集群|服务业|经济", clean_title(self.ctx.sections[p.section].title)
            if p.section in self.ctx.sections else ""))
        if not (in_industry_part or taxonomy().canonical(name) or re.search(
                r"(产业|制造|装备|材料|服务业)$", name)):
            return False
        ref = self.out.mention("Industry", name, p.id)
        self.ctx.line_industry[p.line] = name
        if sec and industry_key(sec[0]) != industry_key(name):
            self.out.fact("SUBINDUSTRY_OF", ref, Ref("Industry", sec[0]), p.id)
        elif not sibling:
            sec_title = clean_title(self.ctx.sections[p.section].title) if p.section in \
                self.ctx.sections else ""
            broad = strip_cues(sec_title)
            if broad != name and re.search(r"(产业|服务业)$", broad) and len(broad) <= 8 and \
                    not _VERBISH.search(broad):
                self.out.fact("SUBINDUSTRY_OF", ref, self.out.mention("Industry", broad, p.id),
                              p.id)
        return True

    @staticmethod
    def applied_in(p: Passage, il: ItemList) -> bool:
        """在甲、乙等领域建设应用场景: the fields something is applied in, not industries."""
        before = p.text[clause_start(p.text, il.start):il.start]
        after = p.text[il.end: il.end + 30]
        return bool(re.search(r"在$", before) or "在" in p.text[il.start:il.end]) and bool(
            re.match(r"等[^，。；]{0,4}领域[^。；]{0,20}(?:应用|场景|示范)", after))

    def supervised(self, p: Passage, paragraph: bool = False) -> bool:
        """Whether the sentence (or the paragraph's lead, or its heading) is about safety
        checks: the fields it lists are inspected (工贸、建筑施工等领域隐患排查), not promoted."""
        if _SUPERVISION.search(p.text):
            return True
        if not paragraph:
            return False
        lead = self._line_lead.get(p.line, "")
        title = self.ctx.sections[p.section].title if p.section in self.ctx.sections else ""
        return bool(_SUPERVISION.search(lead) or _SUPERVISION.search(title))

    def context_industry(self, p: Passage) -> str | None:
        line = self.ctx.line_industry.get(p.line)
        if line:
            return line
        sec = self.ctx.industry_of_section(p.section)
        return sec[0] if sec else None

    def _scope_refs(self, p: Passage) -> list[Ref]:
        """The industry of the passage's line scope (甲领域,…) or else of its section."""
        sec = self.ctx.industry_of_section(p.section)
        line = self.ctx.line_industry.get(p.line)
        return [Ref("Industry", line)] if line else [Ref("Industry", sec[0])] if sec else []

    def industries_in(self, p: Passage, zrefs: list, at: int | None = None) -> list[Ref]:
        """Industries this passage is about: its heading, a lead 'X领域,' and taxonomy names.

        With `at` (where a thing is named), only the lead whose clause holds it counts: one
        sentence may run 甲领域,…;乙领域,… and each scope has its own firms.
        """
        if self.supervised(p, paragraph=True):
            return self._scope_refs(p)
        leads: list[tuple[int, Ref]] = []
        for m in _LEAD_DOMAIN.finditer(p.text):
            name = m.group(1).strip("“”\"—")
            # A label that opens its sentence (甲及乙领域，…) names one field, joined words and
            # all; one character (云领域) only under an industry heading. Elsewhere 甲及乙领域
            # is one field when the plan lists it as one.
            opening = m.start() == 0 and len(name) <= 10
            joined = re.search(r"[和与及]", name) and not re.search(r"[的、]", name) and bool(
                re.search(re.escape(name) + r"(?!领域)[、，,]", self.full_text))
            if not (2 <= len(name) <= 14 or (opening and len(name) == 1 and self.ctx.
                                              industry_of_section(p.section))):
                continue
            if _VERBISH.search(name) or not (industryish(name) or len(name) >= 3 or opening):
                continue
            if re.search(r"[的、]|方面|三大|重点|主要|相关|等", name) or (
                    re.search(r"[和与及]", name) and not (opening or joined)) or \
                    _NOT_AN_INDUSTRY.search(name):
                continue
            sec_ind = self.ctx.industry_of_section(p.section)
            parent = sec_ind[0] if sec_ind else None
            ref = self.out.mention("Industry", name, p.id)
            leads.append((m.start(), ref))
            if parent and industry_key(parent) != industry_key(name):
                self.out.fact("SUBINDUSTRY_OF", ref, Ref("Industry", parent), p.id)
            if m.start() == 0:
                # 创业孵化领域,…: the rest of the paragraph speaks of that domain, until the
                # next sentence that opens with another (核心芯片领域,… 整机终端领域,…).
                self._lead_lines.add(p.line)
                self.ctx.line_industry[p.line] = name
        if _OPENS_SCOPE.match(p.text) and not any(start == 0 for start, _ in leads) and \
                p.line in self._lead_lines:
            # 端领域,… after 射频芯片领域,…: a new scope this reader cannot name; the earlier
            # one no longer holds, the section's industry still does.
            sec = self.ctx.industry_of_section(p.section)
            if sec:
                self.ctx.line_industry[p.line] = sec[0]
            else:
                self.ctx.line_industry.pop(p.line, None)
                self._lead_lines.discard(p.line)
        refs = self._scope_refs(p)
        if at is not None and leads:
            before = [ref for start, ref in leads if start <= at]
            if before:
                return [before[-1]]
            # Named before any lead of its sentence: the scope it is in began earlier.
            own = {ref for _, ref in leads}
            return [ref for ref in refs if ref not in own]
        return refs + [ref for _, ref in leads if ref not in refs]

    def industry_lists(self, p: Passage) -> None:
        """重点发展A、B、C等，/ 以A、B为重点: industries listed after a cue in an industry part,
        or in the paragraph of a layout item (——某集聚区:…做强甲研发设计、乙制造等硬件链)."""
        layout = not self.context_industry(p) and self.ctx.line_focus.get(p.line)
        if not (self.context_industry(p) or layout) or self.supervised(p):
            return
        text = p.text
        spans: list[ItemList] = []
        for m in _INDUSTRY_VERBS.finditer(text):
            if text[m.end(): m.end() + 1] in ("、", "和", "与"):
                continue  # 在产业发展、城市管理等领域: the verb is a listed noun
            il = list_after(text, m.end())
            if il and len(il.items) >= 2 and not re.match(r"\s*以", text[m.end():]):
                spans.append(il)  # 发展以甲、乙为代表的…: the items are firms
            elif il and len(il.items) == 1 and re.search(r"(?:重点|大力|积极|加快|培育)发展$",
                                                         m.group(0)) and _is_industry_phrase(
                    il.items[0]) and len(il.items[0]) >= 4:
                spans.append(il)  # 大力发展输变电设备，…: one industry is a list of one
        for m in re.finditer(r"以([^，。；：]{4,80}?)为(?:发展)?(?:重点|主攻方向|核心)", text):
            spans.append(ItemList(_industry_items(m.group(1).split("、")),
                                  m.start(1), m.end(1), "重点", "Industry"))
        if layout:
            # Only a list its closing word calls a chain or a field of business (等硬件链).
            spans = [il for il in spans if _CHAIN_CLOSE.match(text, il.end)]
        parent = self.context_industry(p)
        for m in re.finditer(r"、[^、，。；]{2,20}等([\u4e00-\u9fff]{3,8})(?=[。；;，,]|$)", text):
            # 开发甲、乙等生物类新药: the list closes with the narrower industry it makes up.
            kind = m.group(1)
            if _is_industry_phrase(kind) and not re.match(
                    _KIND_OF_INDUSTRY + r"|关键|核心|基础|高附加值|配套|研发|示范|增值|技术|生产",
                    kind) and not re.search(r"[和与及]", kind) and not label_of(kind) \
                    and parent and industry_key(parent) != industry_key(kind):
                self.out.fact("SUBINDUSTRY_OF", self.out.mention("Industry", kind, p.id),
                              Ref("Industry", parent), p.id)
        for il in spans:
            if re.match(r"等[^，。；,;]{0,10}产品[\u4e00-\u9fff]{2,}", text[il.end:]):
                continue  # 发展甲、乙等产品适配测试服务: the items qualify what is served
            names = [strip_cues(re.sub(r"等$", "", raw.strip("“”\" "))) for raw in il.items]
            names = _rejoined(names, text)
            if layout:
                # What a carrier does with a product (研发设计, 制造) is not a second industry.
                cut = [_ACTIVITY_TAIL.sub("", n) for n in names]
                names = [c if len(c) >= 2 and not re.search(r"(?:智能|数字|绿色|及|和)$", c) else n
                         for c, n in zip(cut, names)]  # 智能制造 stays whole
            for name in _listed_industries(names):
                if not zone_lexicon().canonical(name):
                    self.industry_item(p, name, il)

    def developed_industries(self, p: Passage) -> None:
        """加快发展某某产业 / 提升某某产业水平 / 发展壮大甲和乙产业: an industry named as the
        object of a development verb, in any part of a plan."""
        for m in _DEVELOP_INDUSTRY.finditer(p.text):
            obj = m.group(1)
            halves = re.split(r"和|与|及", obj)
            names = [h + "产业" for h in halves] if len(halves) == 2 and all(
                industryish(h) or taxonomy().canonical(h) for h in halves) else [obj + "产业"]
            for name in names:
                core = name[:-2]
                if len(core) < 2 or re.search(r"[和与及、的]", core) or _VERBISH.search(core) or \
                        _NOT_AN_INDUSTRY.search(name) or re.fullmatch(_KIND_OF_INDUSTRY, core) or \
                        _zone_refs(core) or re.search(r"一批|新兴$|新$", core):
                    continue  # 培育一批原创性新兴产业: a kind of industry, not one
                self.out.mention("Industry", name, p.id)
        for m in _DEVELOP_SECTOR.finditer(p.text):
            # 加快发展生态康养型农业: a sector named whole; its qualifier is part of the name.
            core = m.group(1)
            if re.search(r"[和与及、的]|一批", core) or _VERBISH.search(core) or _zone_refs(core) \
                    or re.fullmatch(r"(?:新兴|相关|各类|传统|实体|全|本地|区域)+", core):
                continue
            self.out.mention("Industry", m.group(0)[m.start(1) - m.start():], p.id)
        for m in _NUMBERED_SYSTEM.finditer(p.text):
            # “2+5”现代产业体系: a plan's numbered set of industries, named by its formula;
            # the document's other spellings of the formula are the same set.
            formula = m.group(0).split("”")[0]
            first = self._systems.setdefault(formula, m.group(0))
            if first == m.group(0):
                self.out.mention("Industry", first, p.id)
            else:
                self.out.mention("Industry", m.group(0), p.id, alias_of=first)
        for m in _NATIONAL_CLUSTER.finditer(p.text):
            # 国家某某产业集群 / 某某国家级先进制造业集群: a designated cluster of one industry.
            core = _SCOPE.sub("", m.group(1) or m.group(2))
            if len(core) >= 2 and not re.search(r"[和与及、的]|[型性级]$|^创新$", core) and not \
                    _VERBISH.search(core) and not re.fullmatch(_KIND_OF_INDUSTRY, core) and not \
                    _zone_refs(core) and not label_of(core) and not _NOT_AN_INDUSTRY.search(core):
                self.out.mention("Industry", core, p.id)
        for m in _BUILD_INDUSTRY_AREA.finditer(p.text):
            # 打造某某产业集聚区: the area is a goal, the industry it gathers is named.
            core = _SCOPE.sub("", m.group(1))
            if len(core) < 2 or re.search(r"[和与及、的]|[型性]$", core) or _VERBISH.search(core) or \
                    re.fullmatch(_KIND_OF_INDUSTRY, core) or _zone_refs(core) or \
                    _NOT_AN_INDUSTRY.search(core + "产业") or label_of(core):
                continue
            self.out.mention("Industry", core + "产业", p.id)

    def industry_item(self, p: Passage, name: str, il: ItemList) -> None:
        at = p.text.find(name, il.start)
        if any(m.start(1) <= at < m.end(1) for m in _SERVED.finditer(p.text)):
            return
        ref = self.out.mention("Industry", name, p.id)
        # A list in a paragraph that opens by naming its industry (航空航天。强化甲、乙等优势领域)
        # lists kinds of that industry whatever verb introduces it.
        cued = il.head == "重点" or bool(
            _INDUSTRY_VERBS.search(p.text[max(0, il.start - 8): il.start + 6])) or (
            il.label == "Industry" and p.line in self.ctx.line_industry)
        parent = self.context_industry(p)
        # 围绕汽车、重型机械等产业发展需求 names the industries served, not narrower ones;
        # 甲、乙等领域嵌入式系统 names where the product is used.
        opening = p.text[clause_start(p.text, il.start): il.start + 4]
        after = p.text[il.end: il.end + 16]
        served = bool(re.search(r"围绕|面向|服务于|满足", opening) and re.search(
            r"需求|应用|场景", after)) or bool(re.match(
                r"等领域[\u4e00-\u9fff]{0,6}(?:系统|芯片|软件|产品|设备|装备|器件|终端)", after))
        # 推进区块链和生物医药等…融合 under 区块链: a list naming the part's own industry as one
        # of its items lists siblings of it, not kinds.
        sibling = parent is not None and industry_key(parent) not in name and any(
            industry_key(re.sub(r"等.*$", "", strip_cues(tok))) == industry_key(parent)
            for tok in re.split(r"[、和与及]", p.text[il.start:il.end]))
        if cued and parent and industry_key(parent) != industry_key(name) and not served \
                and not sibling:
            self.out.fact("SUBINDUSTRY_OF", ref, Ref("Industry", parent), p.id)
        # 为代表的新材料产业集群: the items are kinds of the cluster named after them.
        after = p.text[il.end: il.end + 20]
        m = re.match(r"等?(?:为代表的|在内的)([\u4e00-\u9fff]{2,8}?)(?:产业集群|集群|产业)", after)
        if m:
            self.out.fact("SUBINDUSTRY_OF", ref, self.out.mention("Industry", m.group(1), p.id),
                          p.id)
        broad = self.broad_of_list(p, il)
        if broad and industry_key(broad) != industry_key(name):
            self.out.fact("SUBINDUSTRY_OF", ref, self.out.mention("Industry", broad, p.id), p.id)
        place = self.ctx.line_focus.get(p.line) or self.ctx.line_zone.get(p.line)
        if place is None:
            z = self.ctx.zone_of_section(p.section)
            place = ("Zone", z) if z else None
        if place is None and self.ctx.subject:
            place = ("Zone", self.ctx.subject)
        if place and cued:
            self.out.fact("FOCUSES_ON", Ref(*place), ref, p.id)

    def broad_of_list(self, p: Passage, il: ItemList) -> str | None:
        """The broader industry a list is of: the one its head names (甲、乙等生活性服务业)
        or the one its sentence develops first (加快发展生产性服务业，大力发展甲、乙等产业)."""
        head = il.modifier + (il.head or "")
        if il.head in ("服务业", "制造业", "产业", "产业集群") and 2 <= len(il.modifier) <= 8 and \
                not re.search(r"[和与及的、]", il.modifier) and not _VERBISH.search(il.modifier) \
                and not re.fullmatch(_KIND_OF_INDUSTRY, il.modifier) and \
                _is_industry_phrase(head) and not _zone_refs(head) and (
                    il.head in ("服务业", "制造业") or taxonomy().canonical(il.modifier) or
                    industryish(il.modifier)):
            return head  # not 等关键产业 / 等涉海产业: a quality, not an industry
        if il.head != "产业" or il.modifier:
            return None
        start = clause_start(p.text, il.start)
        m = re.search(r"(?:^|[。；;])(?:加快|大力|积极|重点)?发展([\u4e00-\u9fff]{2,10})[，,]$",
                      p.text[:start])
        if m:
            broad = m.group(1)
            if _is_industry_phrase(broad) and not re.fullmatch(_KIND_OF_INDUSTRY, broad):
                return broad
        return None

    def taxonomy_mentions(self, p: Passage) -> None:
        pass

    # -- tables ---------------------------------------------------------------------------
    def table_row(self, row: TableRow) -> None:
        header = [h or "" for h in row.header]
        cells = list(row.cells)
        if not cells:
            return
        col_name = next((i for i, h in enumerate(header)
                         if re.search(r"园区|载体|基地|平台|项目", h) and "指标" not in h), None)
        if col_name is None:
            return
        col_ind = next((i for i, h in enumerate(header) if re.search(r"产业|领域|方向", h)), None)
        name = cells[col_name].strip() if col_name < len(cells) else ""
        if not name or len(name) > 30:
            return
        label = label_of(name) or "Park"  # a row named by a zone suffix is that zone
        if not is_specific(name) and label_of(name):
            return
        ref = self.out.mention(label, name, row.passage)
        p = self.by_id.get(row.passage)
        place = None
        for s, e, surf in _zone_refs(name):
            if s == 0 and e < len(name):
                place = ("Zone", surf)
            break
        if place is None:
            for sid in ([row.section] if row.section else []):
                z = self.ctx.zone_of_section(sid)
                if z:
                    place = ("Zone", z)
        cap = _zone_refs(row.caption or "")
        if place is None and cap:
            place = ("Zone", cap[0][2])
        if place is None and p is not None:
            place = self.place_for(p)
        if place and label != "Enterprise":
            self.out.fact("LOCATED_IN", ref, Ref(*place), row.passage)
        if col_ind is not None and col_ind < len(cells):
            for ind in re.split(r"[、，,;；/]", cells[col_ind]):
                ind = ind.strip()
                if ind in _ACTIVITIES or _NOT_AN_INDUSTRY.search(ind):
                    continue  # 总部办公、研发: what the place is used for, not an industry
                if 2 <= len(ind) <= 14:
                    iref = self.out.mention("Industry", ind, row.passage)
                    rel = "FOCUSES_ON" if label == "Park" else "IN_INDUSTRY"
                    if label in ("Park", "Platform", "Project"):
                        self.out.fact(rel, ref, iref, row.passage)


def _taxonomy_pass(ex: _Extractor) -> None:
    """National categories named anywhere in a passage are industries of the document."""
    tax = taxonomy()
    for p in ex.passages:
        for s, e, surf, canon in tax.find(p.text):
            # Inside a longer name (生物医药产业园) the category is the name's, not the text's.
            ex.out.mention("Industry", surf, p.id)


def extract(doc: StructuredDocument) -> Extraction:
    ex = _Extractor(doc)
    result = ex.run()
    result.mentions = ex.out.mentions
    result.facts = ex.out.facts
    return result
