"""The industry taxonomy (lexicons/industries.json) and the rules that relate industry names.

The lexicon holds national classification categories only (GB/T 4754, 战略性新兴产业分类,
海洋及相关产业分类). Narrower industries are learned from the text itself: a compound name
that begins with a broader one (氢能储运装备 under 氢能), or a list under an industry
heading.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON = Path(__file__).with_name("lexicons") / "industries.json"

# Endings that do not change which industry is meant: 氢能产业 = 氢能, 光伏产业集群 = 光伏.
_INDUSTRY_TAIL = re.compile(r"(产业集群|产业链|产业|集群|行业|领域|业态)$")


def industry_key(name: str) -> str:
    """The form two industry names are compared by."""
    key = re.sub(r"[\s“”\"'‘’]", "", name)
    stripped = _INDUSTRY_TAIL.sub("", key)
    stripped = re.sub(r"(?<=..服务)业$", "", stripped)  # 某某服务业 = 某某服务
    return stripped if len(stripped) >= 2 else key


@dataclass
class Taxonomy:
    parent_of: dict[str, str | None]
    by_form: dict[str, str] = field(default_factory=dict)  # form (or its key) -> canonical name
    _pattern: re.Pattern[str] | None = None

    def canonical(self, surface: str) -> str | None:
        return self.by_form.get(surface) or self.by_form.get(industry_key(surface))

    def parent(self, name: str) -> str | None:
        return self.parent_of.get(name)

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, surface, canonical) of taxonomy names in `text`, longest first."""
        assert self._pattern is not None
        return [(m.start(), m.end(), m.group(0), self.by_form[m.group(0)])
                for m in self._pattern.finditer(text)]


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    parent_of: dict[str, str | None] = {}
    by_form: dict[str, str] = {}
    for item in data["industries"]:
        name = item["name"]
        parent_of[name] = item.get("parent")
        for form in (name, *item.get("aliases", ())):
            by_form.setdefault(form, name)
            by_form.setdefault(industry_key(form), name)
    tax = Taxonomy(parent_of, by_form)
    # Single-word forms such as 医药 or 物流 are too loose to find inside running text; they
    # still resolve a name found by the other rules.
    findable = sorted((f for f in by_form if len(f) >= 2 and f not in _LOOSE), key=len,
                      reverse=True)
    tax._pattern = re.compile("|".join(re.escape(f) for f in findable))
    return tax


# Forms that are real categories but, found bare inside a sentence, are mostly part of some
# other phrase (医药企业, 物流园区, 金融机构, 租赁公司 …).
_LOOSE = frozenset({"医药", "物流", "金融", "租赁", "保险", "商贸", "食品", "会展", "文旅", "养老",
                    "芯片", "航空", "汽车", "中药", "石化", "船舶", "农业", "服务业", "制造业",
                    "储能", "风能", "太阳能", "金融服务", "金融业", "物流业", "健康服务",
                    "生物产业", "先进制造", "信息服务", "科技服务", "半导体", "机器人"})


# Endings of names that denote a line of business rather than a product or an activity.
_INDUSTRYISH = re.compile(
    r"(产业|行业|制造|制造业|装备|材料|设备|服务|服务业|经济|能源|医药|药物|新药|汽车|物流|贸易|"
    r"金融|农业|旅游|文旅|电商|商务|软件|芯片|通信|计算|器械|船舶|航空|航天|信息|安全|技术|科技|"
    r"机械|电池|化工|食品|饮料|消费品|养老|健康|医疗|教育|会展|保险|租赁|保理|传媒|创意|动漫|"
    r"娱乐|电子|互联网|物联网|大数据|云|半导体|光伏|风电|氢能|储能|核电|冶金|石化|纺织|建材|"
    r"交易|电商|零售|餐饮|体育|文化|康养|仓储|港口|航运|加工|生物|医疗健康|医学|治疗|诊疗|"
    r"终端|硬件|新药|药|集成|运营|孵化|开发)$")


def industry_ending(name: str) -> int | None:
    """Where an industry word ends a name (昆华科技 → 2), or None."""
    m = _INDUSTRYISH.search(name)
    return m.start() if m else None


def industryish(name: str) -> bool:
    """Whether a phrase names an industry (跨境电商, 海洋装备) rather than a product (叉车)."""
    if taxonomy().canonical(name):
        return True
    if "+" in name and len(name) >= 4:
        return True
    return bool(_INDUSTRYISH.search(name))


# Words that end the name of an event, a park or an institution: a line of business holds
# none of them (平台 it may: 平台经济).
_THING_WORD = re.compile(r"年会|大会|论坛|峰会|博览会|展览会|交易会|洽谈会|发布会|科技城|产业园|工业园|"
                         r"园区|研究院|研究所|实验室|大学|学院|医院|集团|公司")


def names_a_thing(name: str) -> bool:
    """某某制造年会, 某某科技城某某供应链: the name of an event, a place or a body, or a phrase
    holding one, is no industry."""
    return bool(_THING_WORD.search(name))
