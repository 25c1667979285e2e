"""Recognise the heading styles of Chinese official documents, and recover lost ones.

GB/T 9704 documents number their parts 第X章/第X节, 一、, (一), 1., (1), with run-in
headings (`1.明确方向,准确把握承接目标。重点承接…`), 破折号 items (——X。) and boxed
专栏. Conversions from Word sometimes drop the automatic numbering, and with it whole
headings: what is left is a paragraph that starts with a stray space. Both are handled here,
by style and by cue, never by the words of a particular document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_VALUE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
_CN_NUM = r"[一二三四五六七八九十百零〇两]+"

# Rank of each style: lower ranks enclose higher ones.
RANK = {"annex": 0, "part": 1, "chapter": 2, "section": 3, "clause": 3.5, "cn": 4,
        "paren_cn": 5, "arabic": 6, "paren_arabic": 7, "circled": 7.5, "dash": 8, "box": 5.5}
# Styles whose numbers run in sequence; a number far off the sequence is not a heading.
SEQUENCED = ("clause", "cn", "paren_cn", "arabic", "paren_arabic", "circled")

_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("part", re.compile(rf"^第(?P<num>{_CN_NUM}|\d{{1,3}})(?:部分|篇)\s*(?P<title>.*)$")),
    ("chapter", re.compile(rf"^第(?P<num>{_CN_NUM}|\d{{1,3}})章\s*(?P<title>.*)$")),
    ("section", re.compile(rf"^第(?P<num>{_CN_NUM}|\d{{1,3}})节\s*(?P<title>.*)$")),
    ("clause", re.compile(rf"^第(?P<num>{_CN_NUM}|\d{{1,3}})条\s*(?P<title>\S.*)$")),
    ("cn", re.compile(rf"^(?P<num>{_CN_NUM})[、]\s*(?P<title>\S.*)$")),
    ("paren_cn", re.compile(rf"^[(](?P<num>{_CN_NUM})[)]\s*(?P<title>\S.*)$")),
    ("arabic", re.compile(r"^(?P<num>\d{1,5})[.、](?!\d)\s*(?P<title>[^\d\s%].*)$")),
    ("paren_arabic", re.compile(r"^[(]?(?P<num>\d{1,3})[)](?!\d)\s*(?P<title>[^\s%].*)$")),
    ("circled", re.compile(r"^(?P<num>[\u2460-\u2473])\s*(?P<title>\S.*)$")),
    ("dash", re.compile(r"^——\s*(?P<title>[^—\s].*)$")),
    ("box", re.compile(r"^专栏\s*(?P<num>\d{1,3})\s*(?P<title>.*)$")),
    ("annex", re.compile(r"^附\s*件\s*(?P<num>\d{0,2})\s*[:：]?\s*(?P<title>)$")),
)
_NAMED = re.compile(r"^(?P<title>前\s*言|序\s*言|引\s*言|导\s*言|结\s*语|结\s*束\s*语|总\s*则|附\s*则)$")
_SENTENCE_END = re.compile(r"[。!?！？]")
_FINAL_PUNCT = re.compile(r"[。!?！？;；:：,，、]$")
# A run-in heading is one short clause closed by 。 at the start of a paragraph.
_MAX_TITLE = 60


@dataclass(slots=True)
class Heading:
    style: str
    number: str | None  # as written: 三, 2, 专栏3
    value: int | None  # numeric value of the number, for sequence checks
    title: str  # heading text without its number
    text: str  # the heading as written, number included (no trailing 。)
    head_len: int  # characters of the stripped line that the heading covers
    recovered: bool = False
    body_only: bool = False  # a recovered boundary whose line is all body text


def cn_to_int(num: str) -> int | None:
    """Value of a Chinese numeral up to the hundreds (十二 = 12, 二十 = 20, 一百零三 = 103)."""
    if num.isdigit():
        return int(num)
    total, current = 0, 0
    for ch in num:
        if ch in "十百":
            unit = 10 if ch == "十" else 100
            total += (current or 1) * unit
            current = 0
        elif ch in _CN_VALUE:
            current = _CN_VALUE[ch]
        else:
            return None
    return total + current


_LOST_OPEN = re.compile(r"^[)）]\s*(?P<title>[^\s)）].{1,58})$")


def match_heading(text: str) -> Heading | None:
    """The heading a stripped line starts with, if it is one."""
    m = _LOST_OPEN.match(text)
    if m and not _SENTENCE_END.search(m.group("title")[:-1]):
        # `)着力发展…`: a (二)-style heading whose opening bracket and number were lost.
        title = m.group("title").rstrip("。")
        return Heading("paren_cn", None, None, title, text.rstrip("。"), len(text), True)
    m = _NAMED.match(text)
    if m:
        title = re.sub(r"\s+", "", m.group("title"))
        return Heading("named", None, None, title, title, len(text))
    for style, pattern in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        num = m.groupdict().get("num")
        title_start = m.start("title")
        rest = text[title_start:]
        if style == "annex":
            label = "附件" + (num or "")
            return Heading(style, num or None, int(num) if num else None, label, label, len(text))
        head_len = len(text)
        title = rest
        end = _SENTENCE_END.search(rest)
        if end and end.end() < len(rest):
            title = rest[: end.start()]
            head_len = title_start + end.end()
        elif end:
            title = rest[: end.start()]
        title = title.strip()
        if style in ("cn", "paren_cn", "arabic", "paren_arabic", "dash") and not title:
            return None
        if len(title) > _MAX_TITLE:
            title = first_clause(title, _MAX_TITLE)
        if style == "circled":
            num = str(ord(num) - 0x245F)
        value = cn_to_int(num) if num else None
        number = num
        if style == "box":
            number = f"专栏{num}"
        written = text[:head_len].rstrip("。 ")
        return Heading(style, number, value, title, written, head_len)
    return None


def is_titleish(text: str, limit: int = 40) -> bool:
    """A short line without closing punctuation: how a lost or wrapped heading looks."""
    return 0 < len(text) <= limit and not _FINAL_PUNCT.search(text) and \
        not _SENTENCE_END.search(text)


def lead_sentence(text: str, limit: int = 30) -> str | None:
    """`打造智慧港口。推进…` -> 打造智慧港口: a bold run-in lead, short and comma-free."""
    m = _SENTENCE_END.search(text)
    if not m or m.start() == 0 or m.start() > limit:
        return None
    lead = text[: m.start()]
    if re.search(r"[,，;；:：]", lead):
        return None
    return lead


def first_clause(text: str, limit: int = 20) -> str:
    clause = re.split(r"[,，。;；:：]", text, maxsplit=1)[0].strip()
    return clause if len(clause) <= limit else clause[:limit] + "…"
