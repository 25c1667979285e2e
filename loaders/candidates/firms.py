"""Firms by the shapes that name them in any text.

- a legal name: 某某(天津)有限公司, 某某股份有限公司, 某某集团 — the form ends it, the words in
  front (back to a verb or a descriptor) begin it, and a place in brackets stays inside;
- a descriptor, then the firm (瑞士企业某某, 央企某某集团): the descriptor's head noun ends
  before the name;
- a partner of a signing (与某某签署…协议, 某某与某区签约) and the investor of a work
  (该项目投资主体是某某, 由某某投资建设);
- a brand with its product in quotes (某某“一只机”).
Firms named at the front of a work's name come from loaders.candidates.works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.candidates.boundary import name_start
from loaders.candidates.endings import endings
from loaders.divisions import divisions
from loaders.words import Word, words

_PROPER = frozenset({"unk", "nr", "nrt", "nrfg", "nz", "nt", "ns", "j", "eng"})
_DESCRIPTOR = re.compile(r"(?:企业|央企|国企|外企|民企|药企|车企|公司|集团|品牌|巨头|龙头)")
_PARTNER = re.compile(r"与([^，,。；;、与和]{2,30}?)(?:签署|签订|签约|达成|共同签署|正式签约)")
_INVESTOR = re.compile(r"(?:投资主体(?:是|为)|由)([^，,。；;、]{2,30}?)(?:投资|牵头|建设|出资|实施)")
_QUOTED_PRODUCT = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,8})“[^”]{1,8}”")
# A firm opening its clause as the one who builds (某某生物将在某地建设…, 某某科技拟投资…).
_BUILDER = re.compile(r"(?:^|[，,。；;：:])([\u4e00-\u9fffA-Za-z]{2,10}?)(?:将|拟|计划|正|已)"
                      r"(?:在|于|投资|建设|落户|打造|设立)")


@dataclass(frozen=True, slots=True)
class FirmName:
    start: int
    end: int
    surface: str
    family: str  # "legal", "descriptor", "partner", "investor", "brand"


@lru_cache(maxsize=1)
def _legal() -> re.Pattern[str]:
    forms = sorted(endings()["firm"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, forms)) + ")(?![\u4e00-\u9fff]{0,1}(?:园|基地|项目))")


def _proper_run(ws: tuple[Word, ...], k: int, text: str) -> int:
    """End of the run of proper words starting at word `k` (a firm's own name)."""
    end = ws[k].start
    while k < len(ws) and (ws[k].tag in _PROPER or ws[k].text in _forms()) and \
            not divisions().named(ws[k].text):
        end = ws[k].end
        k += 1
    return end


@lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    return frozenset(endings()["firm"]) | frozenset(endings()["firm_trade"])


def _legal_names(text: str, ws: tuple[Word, ...]) -> list[FirmName]:
    out = []
    for m in _legal().finditer(text):
        start = name_start(text, m.start(), max_chars=30, ws=ws, qualifiers=False)
        core = text[start:m.start()]
        if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", core)) < 2:
            continue
        out.append(FirmName(start, m.end(), text[start:m.end()], "legal"))
    return out


def _after_descriptor(text: str, ws: tuple[Word, ...]) -> list[FirmName]:
    out = []
    for k, w in enumerate(ws[:-1]):
        if not _DESCRIPTOR.search(w.text) or w.tag in _PROPER:
            continue
        nxt = ws[k + 1]
        if nxt.tag not in _PROPER or divisions().is_place(nxt.text):
            continue
        end = _proper_run(ws, k + 1, text)
        if end - nxt.start >= 2:
            out.append(FirmName(nxt.start, end, text[nxt.start:end], "descriptor"))
    return out


def _by_cue(text: str) -> list[FirmName]:
    out = []
    for pattern, family in ((_PARTNER, "partner"), (_INVESTOR, "investor")):
        for m in pattern.finditer(text):
            name = m.group(1)
            if divisions().is_place(name) or re.search(r"(?:区|市|县|省|政府|委|局)$", name):
                continue
            out.append(FirmName(m.start(1), m.end(1), name, family))
    trades = tuple(endings()["firm_trade"])
    for m in _BUILDER.finditer(text):
        name = m.group(1)
        if name.endswith(trades) and len(name) - max(len(t) for t in trades if name.endswith(t)) >= 2:
            out.append(FirmName(m.start(1), m.end(1), name, "builder"))
    for m in _QUOTED_PRODUCT.finditer(text):
        ws = words(m.group(1))
        if ws and ws[-1].tag in _PROPER and not divisions().is_place(ws[-1].text):
            s = m.start(1) + ws[-1].start
            out.append(FirmName(s, m.end(1), text[s:m.end(1)], "brand"))
    return out


def firm_names(text: str, ws: tuple[Word, ...] | None = None) -> list[FirmName]:
    ws = ws if ws is not None else words(text)
    legal = _legal_names(text, ws)
    # 某某集团融资租赁有限公司 holds 某某集团: the longer legal name is the firm named.
    legal = [f for f in legal if not any(o.start <= f.start and f.end < o.end for o in legal)]
    found = legal + _after_descriptor(text, ws) + _by_cue(text)
    return sorted(found, key=lambda f: (f.start, -f.end))
