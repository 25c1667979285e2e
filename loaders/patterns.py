"""Every suffix-marked name of a passage (names_ending_with_suffix), and the one place to
import what a name looks like from.

What a name is made of lives in modules of its own: its ending and label (endings.py), where
it begins (name_start.py with the words of cut_words.py), whether it is a name or only a kind
(name_checks.py with kind_words.py), and the firm a project is named after (firm_names.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.endings import (
    LABEL_OF,
    NAME_CHARS,
    SUFFIX_CONTINUES,
    SUFFIX_LABEL,
    SUFFIX_RE,
    SUFFIXES,
    ZONE_CORE_MAX,
    label_of,
    suffix_of,
)
from loaders.firm_names import FIRM_TRADE, firm_prefix
from loaders.kind_words import GENERIC_WORDS
from loaders.name_checks import acceptable, fragment_or_class, is_specific
from loaders.name_start import strip_cues, trim_left

__all__ = [
    "FIRM_TRADE", "GENERIC_WORDS", "NAME_CHARS", "SUFFIXES", "SUFFIX_LABEL", "acceptable",
    "firm_prefix", "fragment_or_class", "is_specific", "label_of", "names_ending_with_suffix",
    "strip_cues", "suffix_of", "trim_left",
]


# A rate (30万吨/日, 2000立方米/小时) belongs to the name it sizes.
_RATE_RUN = re.compile(f"(?:[{NAME_CHARS}]*\\d[\u4e00-\u9fff]{{0,5}}/)?[{NAME_CHARS}]+")


def _name_runs(text: str) -> list[re.Match]:
    return list(_RATE_RUN.finditer(text))


@lru_cache(maxsize=16384)
def names_ending_with_suffix(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, name, label) of every suffix-marked name in a passage."""
    out: list[tuple[int, int, str, str]] = []
    for run in _name_runs(text):
        chunk = run.group(0)
        for m in SUFFIX_RE.finditer(chunk):
            suffix = m.group(0)
            end = m.end()
            # No name holds 等: what precedes it is a list, what follows its head noun.
            deng = chunk.rfind("等", 0, m.start())
            if deng != -1 and (chunk[max(0, deng - 1):deng + 1] in ("高等", "中等") or
                               chunk[deng:deng + 2] == "等级"):
                deng = -1  # 高等级某实验室: 等 inside a word, the name runs on to the left
            de = chunk.rfind("的", deng + 1, m.start()) if deng != -1 else -1
            if de != -1 and m.start() - de - 1 >= 4:
                deng = de  # 甲、乙等技术协同发展的丙基地: after 的 a new noun phrase begins
            elif deng != -1:
                # 等路桥工程: after 等 comes the kind of the listed things, not a name; but
                # 甲等乙治理和丙船闸工程 starts a new name after the conjunction.
                conj = max(chunk.rfind("和", deng, m.start()), chunk.rfind("及", deng, m.start()))
                if conj == -1 or m.start() - conj - 1 < 4:
                    continue
                deng = conj
            piece = chunk[deng + 1:end] if deng != -1 else chunk[:end]
            name = trim_left(piece, len(suffix))
            if len(name) <= len(suffix):
                continue
            label = LABEL_OF[suffix]
            follow = SUFFIX_CONTINUES.get(suffix)
            if follow and end < len(chunk) and chunk[end] in follow:
                continue  # 事项目录, 工程师: the suffix is part of a longer word
            if not acceptable(name, label):
                continue
            if label == "Zone" and len(name) - len(suffix) > ZONE_CORE_MAX.get(suffix, 4):
                continue  # a place name is short; a longer run is a clause, not a name
            start = run.start() + end - len(name)
            out.append((start, run.start() + end, name, label))
    return tuple(out)
