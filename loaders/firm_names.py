"""The shape of a registered firm name (place + trade name + line of business) and the firm
a project's name begins with (某某乳业新厂项目 → 某某乳业).
"""

from __future__ import annotations

import re

from loaders.cut_words import STARTS_WITH_VERB
from loaders.endings import label_of
from loaders.kind_words import GENERIC_RE
from loaders.zones import zone_lexicon

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
    core = re.sub(r"(?:项目|工程)$", "", name)
    for cut in range(2, min(len(core) - 1, 7)):
        head, rest = core[:cut], core[cut:]
        if not re.fullmatch(r"[\u4e00-\u9fff]+", head) or STARTS_WITH_VERB.match(head):
            continue
        if zone_lexicon().canonical(head) or GENERIC_RE.search(head) or label_of(head):
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
