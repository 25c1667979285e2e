"""Normalise text for matching while keeping, for every character, where it came from.

The corpus mixes full-width and half-width punctuation (，/,), several dashes and spaces,
and word-processor debris such as `[bookmark: _Toc123]`. Extractors match one form only, yet
every fact must point back to the original characters, so each output character carries the
offset of its source character. Line breaks are never added or removed: line n of the
normalised text is line n of the file.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

# Word-processor anchors left in text exported from .docx; they carry no words.
_DEBRIS = re.compile(r"\[bookmark: [^\]\n]{1,80}\]|[\u200b-\u200d\u2060\ufeff\u00ad]")

# Dash-like characters policy texts use for 破折号 and ranges; one form after normalising.
_DASHES = {"\u2015": "\u2014", "\u2500": "\u2014", "\u2501": "\u2014", "\u2012": "\u2014",
           "\u2013": "\u2014", "\ufe58": "\u2014", "\u2e3a": "\u2014\u2014"}
_KEEP = {"\n", "\t", "\u3002", "\u3001", "\u300a", "\u300b", "\u3008", "\u3009", "\u201c",
         "\u201d", "\u2018", "\u2019", "\u3014", "\u3015", "\u3010", "\u3011", "\u2014",
         "\u3007"}
_SPACES = set("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
              "\u200a\u202f\u205f\u3000")


# Circled numbers ①…⑳ number list items; NFKC would turn them into bare digits.
_CIRCLED = {chr(c) for c in range(0x2460, 0x2474)}


@lru_cache(maxsize=8192)
def _norm_char(ch: str) -> str:
    if ch in _KEEP or ch in _CIRCLED or ch < "\x7f":
        return "" if ch == "\r" else ch
    if ch in _SPACES:
        return " "
    if ch in _DASHES:
        return _DASHES[ch]
    out = unicodedata.normalize("NFKC", ch)
    return out


def normalise(raw: str) -> tuple[str, list[int]]:
    """Normalised text and, per character of it, the offset of its source in `raw`."""
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _DEBRIS.finditer(raw):
        _normalise_span(raw, pos, m.start(), pieces, offsets)
        pos = m.end()
    _normalise_span(raw, pos, len(raw), pieces, offsets)
    return "".join(pieces), offsets


# Characters that normalise to themselves: copied in runs, not one by one.
_SAFE = re.compile("[\u4e00-\u9fff\t\n\x20-\x7e\u3001-\u3003\u3007-\u3011\u3014-\u301f"
                   "\u201c\u201d\u2018\u2019\u2014]+")


def _normalise_span(raw: str, start: int, end: int, pieces: list[str],
                    offsets: list[int]) -> None:
    pos = start
    for m in _SAFE.finditer(raw, start, end):
        if m.start() > pos:
            _normalise_chars(raw, pos, m.start(), pieces, offsets)
        pieces.append(m.group())
        offsets.extend(range(m.start(), m.end()))
        pos = m.end()
    if pos < end:
        _normalise_chars(raw, pos, end, pieces, offsets)


def _normalise_chars(raw: str, start: int, end: int, pieces: list[str],
                     offsets: list[int]) -> None:
    for i in range(start, end):
        out = _norm_char(raw[i])
        if not out:
            continue
        pieces.append(out)
        offsets.extend([i] * len(out))


class LineIndex:
    """Maps character offsets to 1-based line numbers of the same text."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            self.starts.append(i + 1)
            i = find("\n", i + 1)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def start_of(self, line: int) -> int:
        return self.starts[line - 1]
