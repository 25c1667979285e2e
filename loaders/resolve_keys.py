"""The form two surfaces of one label are compared by: the zone lexicon's canonical name, the
industry taxonomy's, or the name without its 天津/天津市/滨海新区 prefix, its 集团/有限公司
ending, or the words that say what kind of thing it is rather than which."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from loaders.industries import industry_key, taxonomy
from loaders.patterns import label_of
from loaders.zone_names import zone_key

_PREFIXES = ("天津市", "天津", "滨海新区")
ENTERPRISE_TAIL = re.compile(r"(股份有限公司|有限责任公司|有限公司|集团有限公司|集团公司|公司|集团)$")


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if not ch.isspace()
                   and unicodedata.category(ch)[0] not in "PSZ")


def _strip_prefix(text: str, keep: int = 3) -> str:
    for prefix in _PREFIXES:
        if text.startswith(prefix) and len(text) - len(prefix) >= keep:
            return text[len(prefix):]
    return text


@lru_cache(maxsize=65536)
def key_of(label: str, surface: str) -> str:
    """The form two surfaces of one label are compared by."""
    if label == "Zone":
        return zone_key(surface)
    if label == "Industry":
        canon = taxonomy().canonical(surface) or taxonomy().canonical(norm(surface))
        if canon:
            return "lex:" + canon
        return industry_key(norm(surface))
    n = _strip_prefix(norm(surface))
    # 市某某医院 in a city's own plan is 天津市某某医院 elsewhere: the bare 市 is the same prefix.
    n = re.sub(r"^市(?![场政级内外民属区域])(?=.{5})", "", n)
    if label == "Park":
        # 国家级某某示范区 = 国家某某示范区 = 某某示范区, 中国某某谷 = 某某谷: the title's level
        # and the country a brand puts first are not the place.
        bare = _strip_prefix(re.sub(r"^(?:国家级?|中国)", "", n))
        if len(bare) >= 3:
            n = bare
    if label == "Enterprise":
        core = ENTERPRISE_TAIL.sub("", n)
        if len(core) >= 2:
            n = core
    if label == "Project" and n.endswith("项目") and len(n) >= 6:
        n = n[:-2]  # 某某二期项目 = 某某二期: the word says what it is, not which
    if label == "Project" and n.endswith("高速公路") and len(n) >= 6:
        n = n[:-2]  # 甲乙高速公路 = 甲乙高速: the short form of the same road
    if label == "Project" and n.endswith("工程") and label_of(n[:-2]) == "Project" and \
            len(n) >= 7 and not n[:-2].endswith(("项目", "工程")):
        n = n[:-2]  # 某某码头工程 = 某某码头: the facility names the work on it
    if label == "Project":
        n = re.sub(r"^(?:轨道交通|轨道|地铁)(?=[A-Z]\d)", "", n)  # 轨道某线 = 某线
    return n
