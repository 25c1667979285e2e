"""The endings (lexicons/endings.json) and cue words (lexicons/cues.json), loaded once."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

LEXICONS = Path(__file__).resolve().parent.parent / "lexicons"
ENDINGS = LEXICONS / "endings.json"
CUES = LEXICONS / "cues.json"


@lru_cache(maxsize=1)
def endings() -> dict:
    data = json.loads(ENDINGS.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if k != "about"}


@lru_cache(maxsize=1)
def zone_kinds() -> re.Pattern[str]:
    kinds = sorted(endings()["zone"], key=len, reverse=True)
    # A kind of zone ends a name only where no longer word goes on (开发区管委会 is a body).
    return re.compile("(?:" + "|".join(map(re.escape, kinds)) + ")(?!管委会|管理委员会|政府|办)")


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    data = json.loads(CUES.read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}
