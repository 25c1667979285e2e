"""What kind of thing a question asks for, read from its shape.

A Chinese question puts its kind word at the head of the noun phrase the question word opens
(哪些[以氢能为代表的新能源类]企业, 哪四个园区), or, when the question word closes the
sentence, at the end of the phrase before it (六大产业链是哪些, 责任单位有哪些). Kind words
joined by 和/、/及/与/或 ask for several kinds at once (哪些企业和机构). The kind decides which
labels an answer may hold, and nothing of another label is ever listed as an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Kind words, longest first within a label, with the labels an answer to them may have.
# A 园区 question also takes zones: development zones (开发区, 高新区) are parks in everyday
# speech, and a document may call one either.
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"研究机构|科研机构|创新机构|服务机构|新型研发机构", ("Platform",)),
    (r"创新平台|创新中心|实验室|研究院|研究所|孵化器|加速器|众创空间|工程中心|技术中心|联盟|平台", ("Platform",)),
    (r"机构", ("Platform", "Bureau")),
    (r"责任单位|牵头单位|配合单位|责任部门|牵头部门|部门|单位|机关|委办局", ("Bureau",)),
    (r"措施|任务|事项|举措", ("Task",)),
    (r"项目|工程", ("Project",)),
    (r"招商对接目标|对接目标|招引目标|招商对象|对接对象|招引对象|引进对象|目标名单|企业|公司|集团|龙头|厂商|央企|国企|"
     r"外企|民企|名单", ("Enterprise",)),
    (r"产业园|科技园|工业园|园区|基地|科技城|产业城|新城|小镇", ("Park", "Zone")),
    (r"功能区|片区|开发区|高新区|示范区|试验区|先导区|核心区|集聚区|区块|街镇|街道|乡镇|区域", ("Zone",)),
    (r"细分领域|产业链|产业集群|集群|产业|行业|领域|赛道|细分|方向", ("Industry",)),
    (r"目标|指标", ("Target",)),
)
KIND = re.compile("|".join(f"(?:{p})" for p, _ in KIND_WORDS))
_LABELS = [(re.compile(f"^(?:{p})$"), labels) for p, labels in KIND_WORDS]

# Kind words that are a kind of name, not just a label: an answer to 哪些创新中心 is named …创新中心.
GENERIC_KINDS = {"企业", "公司", "集团", "龙头", "厂商", "名单", "园区", "基地", "平台", "机构", "项目", "工程",
                 "部门", "单位", "机关", "功能区", "区域", "区块", "产业", "行业", "领域", "细分",
                 "细分领域", "方向", "赛道", "集群", "产业集群", "产业链", "目标", "指标", "措施", "任务", "事项",
                 "举措", "责任单位", "牵头单位", "配合单位", "责任部门", "牵头部门", "委办局", "央企", "国企",
                 "外企", "民企", "创新平台", "工业园", "研究机构", "科研机构", "创新机构", "服务机构", "新型研发机构", "招商对接目标", "对接目标", "招引目标", "引进对象", "目标名单", "招商对象", "对接对象", "招引对象", "核心区"}
# How the names of a specific kind end, where the kind word is a pair (街镇: …街 or …镇).
NAME_ENDS = {"街镇": ("街", "镇", "街道"), "乡镇": ("乡", "镇"), "街道": ("街", "街道")}

# Question words: what opens the asked-for phrase.
QUESTION_WORD = re.compile(r"哪[一二三四五六七八九十两几\d]*[个家项所条大类座批]?些?|什么|何种|谁|有没有|是否有")
_CLAUSE = re.compile(r"[,，;；]")
# A joining word with a short modifier of the next kind word (、试验区和特色小镇).
_JOINED = re.compile(r"^(?:和|、|及|与|或|以及|/|或者)(.{0,3})$")


def _joined(gap: str) -> bool:
    m = _JOINED.match(gap)
    return bool(m and not _BREAK.search(m.group(1)))

# A verb or preposition between two kind words ends the first phrase (园区有…企业, 企业在…项目).
_BREAK = re.compile(r"[有是在为与对向把将被由从给到让使要需能会可已正和及或、,;:，；：\s]|开展|推进|建设|发展|布局|签约|"
                    r"服务|打造|培育|引进|引育|依托|支持|落户|入驻|承接|对接|招引|实施|完成|参与|合作|协同|牵头|负责|配合")
# Only these kinds are written before another as its modifier (产业项目, 企业项目, 平台企业).
_MODIFIERS = ("Industry", "Enterprise", "Platform")
WHERE = re.compile(r"在哪|哪里|位于|坐落|落户在|落户于|所在|在什么地方|地址")
TARGET_WORDS = re.compile(r"多少|目标是|目标为|达到多少|规模")


@dataclass
class Kind:
    labels: list[str]  # labels an answer may have, in order of preference
    words: list[str]  # the kind words read, e.g. ["创新中心"]

    @property
    def specific(self) -> list[str]:
        """Kind words that are kinds of names (创新中心, 开发区), not bare labels."""
        return [w for w in self.words if w not in GENERIC_KINDS]


def labels_of(word: str) -> tuple[str, ...]:
    for pattern, labels in _LABELS:
        if pattern.match(word):
            return labels
    return ()


def _heads(span: str) -> list[str]:
    """The head kind words of the phrase that opens `span`: the last of a run of kind words
    with no verb between them, and every head joined to it by 和/、/及."""
    heads: list[str] = []
    current: str | None = None
    last_end = 0
    for m in KIND.finditer(span):
        gap = span[last_end:m.start()]
        if current is None:
            if m.start() > 14:
                break
            current = m.group()
        elif _joined(gap):
            heads.append(current)
            current = m.group()
        elif len(gap) <= 4 and not _BREAK.search(gap) and any(x in _MODIFIERS for x in labels_of(current)):
            current = m.group()  # 产业投资项目: the later word is the head
        else:
            break
        last_end = m.end()
    if current:
        heads.append(current)
    return heads


def _later_heads(after: str) -> list[str]:
    """The kind words a second question word asks for in a later clause of the same sentence
    (要建设哪个产业园，目标建成什么示范区): each clause asks for its own kind."""
    words: list[str] = []
    for clause in _CLAUSE.split(after)[1:]:
        if m := QUESTION_WORD.search(clause):
            words += _heads(clause[m.end():])
    return words


def asked_kind(residue: str) -> Kind | None:
    """The kind a question asks for, read on its residue (the names blanked out)."""
    words: list[str] = []
    for m in QUESTION_WORD.finditer(residue):
        after = residue[m.end():]
        words = _heads(after)
        if words:
            words += [w for w in _later_heads(after) if w not in words]
            break
        if m.group() == "谁":
            return Kind(["Bureau"], ["谁"]) if re.search(r"负责|牵头|主责|配合|协助", residue) \
                else Kind(["Enterprise", "Bureau"], ["谁"])
        # The question word closes the sentence: the kind word is the last before it.
        before = residue[:m.start()]
        found = list(KIND.finditer(before))
        if found:
            last = found[-1]
            words = [last.group()]
            # 园区、先导区和平台有哪些: the kind words joined before it too
            start = last.start()
            for prev in reversed(found[:-1]):
                if _joined(before[prev.end():start]):
                    words.insert(0, prev.group())
                    start = prev.start()
                else:
                    break
            break
    if not words:
        if WHERE.search(residue):
            return Kind(["Park", "Zone"], ["哪里"])
        if TARGET_WORDS.search(residue):
            return Kind(["Target"], ["目标"])
        found = list(KIND.finditer(residue))
        if not found:
            return None
        words = [found[-1].group()]
    labels: list[str] = []
    for w in words:
        for label in labels_of(w):
            if label not in labels:
                labels.append(label)
    return Kind(labels, words) if labels else None


def name_fits(name: str, word: str) -> bool:
    """Whether a name is of the specific kind a word says (…创新中心 for 创新中心, …镇 for 街镇)."""
    ends = NAME_ENDS.get(word)
    if ends:
        return name.endswith(ends)
    return word in name
