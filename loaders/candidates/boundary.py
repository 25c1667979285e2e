"""Where a name that ends with a known ending begins.

A name is the run of words in front of its ending (甲乙 + 产业园) back to the last word that
cannot be part of a name: a verb, a preposition, a particle, punctuation (see loaders.words).
A division's name (某某, 某某区) always belongs to the name it fronts, whatever the
segmenter made of it; descriptive words a text puts in front of a name (全球药企前20强,
国际领军…企业) end with a head noun that classes things, and the name starts after it.
"""

from __future__ import annotations

import re

from loaders.candidates.endings import cues
from loaders.divisions import divisions
from loaders.words import Word, word_at, words

# Head nouns that close a descriptor in front of a name (某国机器人领军企业某某公司).
_DESCRIPTOR_HEAD = re.compile(r"(?:企业|央企|国企|外企|民企|药企|车企|品牌|巨头|龙头|单位|机构|代表|"
                              r"项目|强|之一|首家|第一|领军者|独角兽)$")
# Words that qualify a kind of thing rather than name one (国家级, 各, 该, 相关, 一批).
_QUALIFIER = re.compile(r"^(?:国家级|省级|市级|区级|国家|省|各|该|本|其|相关|有关|一批|多个|若干|"
                        r"全国|全省|全市|全区|我国|我市|我区|首批|重点|重大|主要|其他|多家|这些|"
                        r"一系列|第[一二三四五六七八九十\d]+批)$")
_NAME_TAGS = frozenset({"n", "ns", "nr", "nz", "nt", "nrt", "nrfg", "j", "unk", "b", "s", "an",
                        "v", "vn", "eng", "l", "i", "g", "a", "k", "h", "z", "t", "tg", "m", "ng", "nx", "q", "mq", "zg"})
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LEADING_VERB_TAGS = frozenset({"v", "vd", "d", "ad"})
# What a work does, on both sides of a 和/及/与 inside its name.
_ACTIVITIES = frozenset({"研发", "生产", "制造", "运营", "研究", "产业化", "总部", "临床", "测试",
                         "销售", "服务", "设计", "检测", "封装", "智能", "中试", "孵化", "应用"})
_PROPER_TAGS = frozenset({"unk", "nr", "nrt", "nrfg", "nz", "nt", "ns", "j", "eng"})


def _division_before(text: str, end: int) -> int | None:
    """Start of a division's name (full or short) that ends at `end`, the longest; a short
    form that is also a governing word (会同, 通过) is that word."""
    d = divisions()
    govern = cues()["govern"]
    for size in range(min(9, end), 1, -1):
        piece = text[end - size:end]
        if (d.named(piece) or d.county_short(piece)) and piece not in govern:
            return end - size
    return None


def name_start(text: str, end: int, max_chars: int = 16,
               ws: tuple[Word, ...] | None = None, also_break: frozenset[str] = frozenset(),
               qualifiers: bool = True) -> int:
    """Start of the name whose ending starts at `end` (the first character of 产业园 in
    甲乙产业园): `end` itself when no word in front can be part of a name.

    A division at the front ends the name (建设某某开发区 is 某某开发区); a governing word
    (lexicons/cues.json `govern`) or a word of a tag in `also_break` ends it too. Leading
    qualifiers (国家级, 各) are dropped unless `qualifiers` is False (国家电投 is a firm's name)."""
    govern = cues()["govern"]
    ws = ws if ws is not None else words(text)
    start = end
    if end == 0:
        return 0
    k = word_at(ws, end - 1)
    while k >= 0 and end - ws[k].start <= max_chars:
        w = ws[k]
        if w.end > end:  # the ending starts inside this word: take the word's front part
            piece = text[w.start:end]
        else:
            piece = w.text
        division = _division_before(text, start)
        if division is not None and division < start and start - division <= 9:
            start = division
            # Divisions in a row (某市某某区) are one chain; anything else ends the name.
            while start > 0 and _division_before(text, start) is not None:
                start = _division_before(text, start)  # type: ignore[assignment]
            break
        if piece in ("(", "（") or piece in (")", "）"):
            # 中国(某市)某某: a place in brackets inside a name.
            inner = re.search(r"[(（]([\u4e00-\u9fffA-Za-z0-9]{2,12})[)）]$", text[max(0, start - 14):start]) \
                if piece in (")", "）") else None
            if inner:
                start -= len(inner.group(0))
                k = word_at(ws, start - 1) if start > 0 else -1
                continue
            break
        if piece in ("和", "及", "与") and k > 0 and k + 1 < len(ws) and \
                ws[k - 1].text in _ACTIVITIES and ws[k + 1].text in _ACTIVITIES:
            start = w.start  # 研发与产业化基地, 总部及智能制造基地: one work of two activities
            k -= 1
            continue
        if piece in govern or (w.breaks or w.tag in also_break) and not (
                len(piece) >= 2 and divisions().is_place(piece)):
            break
        if w.tag not in _NAME_TAGS or not (_HAN.search(piece) or piece.replace(".", "").isalnum()):
            break
        if _DESCRIPTOR_HEAD.search(piece) and start < end:
            break  # 领军企业某某, 央企某某: a descriptor, then the name
        start = w.start if w.end <= end else w.start
        k -= 1
    # Leading qualifiers (国家级, 各, 相关) class a thing and a leading verb governs it
    # (走进…开发区, 统称…高新区); neither names it.
    while start < end:
        k = word_at(ws, start)
        w = ws[k]
        if w.start == start and w.end <= end and not divisions().is_place(w.text) and (
                qualifiers and _QUALIFIER.match(w.text) or w.tag in _LEADING_VERB_TAGS):
            start = w.end
        else:
            break
    return start
