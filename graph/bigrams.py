"""Character bigrams: the one text form both engines can search for Chinese.

FalkorDB's full-text tokenizer keeps a run of Chinese characters as one word, so a query for
氢能 misses 氢能产业园; Neo4j's `cjk` analyzer splits into bigrams. Indexing the bigrams of
names and aliases, and querying with the bigrams of the question, behaves the same on both.
Latin letters and digits (5G, AI, GDP) are kept as whole lower-case words, because a bigram of
a Latin word matches far too much.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Han ideographs (basic, extension A, compatibility) plus the iteration mark 々 and 〇.
_HAN = r"\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(r"[" + _HAN + r"]+|[0-9a-z]+")
_HAN_RUN = re.compile(r"[" + _HAN + r"]+")


def bigrams(text: str | None) -> list[str]:
    """Distinct tokens of `text` in order of first appearance: Han bigrams, Latin/digit words.

    A lone Han character between non-Han characters stays a one-character token, so a
    one-character query (区) still finds something.
    """
    if not text:
        return []
    text = unicodedata.normalize("NFKC", text).lower()
    seen: dict[str, None] = {}
    for run in _RUN.findall(text):
        if _HAN_RUN.fullmatch(run):
            if len(run) == 1:
                seen.setdefault(run, None)
            for i in range(len(run) - 1):
                seen.setdefault(run[i:i + 2], None)
        else:
            seen.setdefault(run, None)
    return list(seen)


def han_bigrams(text: str | None) -> list[str]:
    """The two-character Han tokens of `text`: every one of them is a token of any name that
    contains `text`, which is not so of a lone character or a Latin word (A区 in A区园,
    5G in 15G), so these alone look names up through the index."""
    return [t for t in bigrams(text) if len(t) == 2 and _HAN_RUN.fullmatch(t)]


def search_tokens(texts: Iterable[str | None]) -> list[str]:
    """The union of the bigrams of several texts (a name and its aliases), in order."""
    seen: dict[str, None] = {}
    for text in texts:
        for token in bigrams(text):
            seen.setdefault(token, None)
    return list(seen)


def search_text(name: str | None, aliases: Iterable[str] = ()) -> str:
    """The value stored in the SEARCH_FIELD of a node: its tokens joined by spaces."""
    return " ".join(search_tokens([name, *aliases]))


def search_query(text: str) -> str:
    """A full-text query string for `text`: its tokens joined by spaces.

    Tokens hold only Han characters, digits and Latin letters, so nothing in user text can
    reach the full-text query language as an operator.
    """
    return " ".join(bigrams(text))
