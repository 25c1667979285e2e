"""Words and their parts of speech, from jieba's general Chinese dictionary.

Names in policy text are glued to the verbs around them (加快建设甲产业园, 引进了乙、丙等企业);
where a name starts is where the last word that cannot be part of a name ends: a verb, a
preposition, an adverb, a particle. jieba (the de-facto Chinese segmenter, pure Python, its
dictionary shipped in the package) gives those words and their tags, so the boundary is read
from the language, not from a list of the cue words one corpus uses. Only the dictionary's
tags are used (a lookup per word), not its slower tagging model.
"""

from __future__ import annotations

import logging
import marshal
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Tags of words that end a name to their left or right: prepositions, conjunctions,
# particles, adverbs, pronouns, punctuation.
BREAK_TAGS = frozenset({"vd", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r",
                        "rr", "rz", "y", "e", "o", "x", "w", "f", "ad"})


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str
    tag: str  # jieba's part of speech, or "unk" for a word its dictionary lacks

    @property
    def breaks(self) -> bool:
        return self.tag in BREAK_TAGS


@lru_cache(maxsize=1)
def _jieba() -> tuple[object, dict[str, str]]:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    # jieba keeps a parsed copy of its dictionary in a cache file; keep it where a read-only
    # install or a sandbox can still write.
    tokenizer.tmp_dir = str(Path(tempfile.gettempdir()))
    tokenizer.initialize()
    return tokenizer, _tags(tokenizer)


def _tags(tokenizer: object) -> dict[str, str]:
    """Word → part of speech, read from the dictionary (the third column of each
    `word frequency tag` line), without loading jieba's tagging model; kept beside jieba's
    own cache so later runs load it at once."""
    import jieba

    cache = Path(tempfile.gettempdir()) / f"policykg-jieba-tags-{jieba.__version__}.marshal"
    try:
        return marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tags: dict[str, str] = {}
    with tokenizer.get_dict_file() as fh:  # type: ignore[attr-defined]
        for raw in fh:
            parts = raw.decode("utf-8").split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    try:
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(tags))
        tmp.replace(cache)
    except OSError:
        pass  # a read-only temp folder: read the dictionary each time
    return tags


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[Word, ...]:
    tokenizer, tags = _jieba()
    out = []
    pos = 0
    for w in tokenizer.cut(text):  # type: ignore[attr-defined]
        tag = tags.get(w) or ("unk" if any(ch.isalnum() for ch in w) else "x")
        out.append(Word(pos, pos + len(w), w, tag))
        pos += len(w)
    return tuple(out)


def word_at(ws: tuple[Word, ...], offset: int) -> int:
    """Index of the word holding character `offset` (bisect over word starts)."""
    lo, hi = 0, len(ws) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if ws[mid].start <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo
