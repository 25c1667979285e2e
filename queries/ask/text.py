"""The words of questions: normalising what a user types, and the wording known in advance.

Only how questions are asked (哪些园区, 牵头, 到2025年 …) is written here; what they are about is
read from the graph's own names (names.py).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from graph.bigrams import bigrams as search_bigrams

# Questions and the pieces of text sent to the database are at most this long.
MAX_SENTENCE = 200

# Generic words that are also short names in some graphs; they never identify one entity.
GENERIC = {
    "园区", "产业园", "基地", "片区", "功能区", "区域", "企业", "公司", "集团", "产业", "行业", "领域",
    "平台", "项目", "中心", "部门", "任务", "措施", "目标", "开发区", "示范区", "工作",
    "发展", "建设", "重点", "天津", "全市", "全区", "我区", "本区", "市级", "区级", "国家",
}

# Common short forms of bureau names, as written in government tables everywhere.
BUREAU_SHORT = (("发改委", "发展改革委"), ("规自局", "规划和自然资源局"), ("工信局", "工业和信息化局"),
                ("人社局", "人力资源和社会保障局"), ("住建委", "住房城乡建设委"), ("交通委", "交通运输委"),
                ("政府办", "政府办公厅"), ("商务委", "商务局"), ("网信办", "网络安全和信息化委员会办公室"),
                ("发改委", "发展和改革委员会"), ("科技局", "科学技术局"), ("市场监管局", "市场监督管理局"),
                ("政务服务办", "政务服务办公室"))


def bureau_forms(name: str) -> list[str]:
    """The official long forms of a bureau's short name (市发改委 → 市发展改革委)."""
    out = []
    for short, full in BUREAU_SHORT:
        if short in name and full not in name:
            out.append(name.replace(short, full))
    return out


LABEL_WORDS: tuple[tuple[str, str], ...] = (
    ("Bureau", r"部门|单位|机关|委办局|哪个局|谁负责|谁牵头"),
    ("Task", r"措施|任务|事项"),
    ("Project", r"项目|工程"),
    ("Platform", r"平台|实验室|创新中心|研究院|研究所|孵化器|机构|中心"),
    ("Enterprise", r"企业|公司|集团|龙头|厂商|名单"),
    ("Park", r"园区|产业园|基地|科技园|科技城|产业城|新城"),
    ("Zone", r"片区|功能区|开发区|示范区|核心区|区块|街镇|街道|乡镇|区域|集聚区"),
    ("Industry", r"产业|行业|领域|集群|细分"),
)

# A question names a document by a part of its title that says what kind of document it is.
DOC_WORDS = re.compile(r"方案|规划|纲要|措施|意见|通知|办法|计划|条例|决定|公告|报告")

CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "十": 10}

@lru_cache(maxsize=1)
def _to_simplified():  # type: ignore[no-untyped-def]
    """OpenCC's traditional-to-simplified converter, built once on first use."""
    import opencc

    return opencc.OpenCC("t2s")


def normalise(text: str) -> str:
    """One form for what users type: half-width, simplified characters, no spaces or quotes.

    The graph's names go through the same function, so a name written in traditional
    characters or with full-width brackets still meets the question's form.
    """
    text = unicodedata.normalize("NFKC", text or "")
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        text = _to_simplified().convert(text)
    text = re.sub(r"[\s\u3000\"'“”‘’「」《》〈〉]+", "", text)
    return text.strip("?？!！。.,，;；:：")


def bigrams(text: str) -> list[str]:
    """Bigrams of a phrase for text matching; one-character tokens match far too much."""
    return [b for b in search_bigrams(text) if len(b) > 1]


def cn_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if not text or any(c not in CN_DIGITS for c in text):
        return None
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text] if len(text) == 1 else None


ROLE_WORDS = re.compile(r"牵头|负责|主责|协助|支持|配合|协调|帮助|重点|发展|建设|推进|加快|积极|要|需|位于|属于|包括|包含|"
                        r"招商|对接|招引|引进|目标|对象|名单")
COURTING = re.compile(r"招商|对接|招引|引进")
# "四大未来产业", "三大主导产业": a counted category asks for its members.
COUNTED = re.compile(r"[两二三四五六七八九十几]大")

CUES = re.compile(r"哪些|哪个|哪几个|哪几家|哪家|哪里|什么|多少|是谁|谁|分别|请问|是否|有没有|如何|怎样|"
                  r"需要|要求|主要|具体|目标是|是|呢|吗|的|了|和|与|及|或|等|在|中|有|由|对|把|将|为")
LABEL_CUES = re.compile("|".join(p for _, p in LABEL_WORDS))
# Kinds of thing that documents list side by side with the kind asked for.
RELATED = {"Platform": ["Platform", "Park", "Zone"], "Park": ["Park", "Zone", "Platform"],
           "Zone": ["Zone", "Park"], "Enterprise": ["Enterprise", "Platform"],
           "Project": ["Project", "Platform", "Park"], "Bureau": ["Bureau"], "Industry": ["Industry"],
           "Task": []}


def content(q: str) -> str:
    """The words of a question that say what it is about: without question and kind words."""
    return CUES.sub(" ", q)

