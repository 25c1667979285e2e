"""Bureaus: the one place the rest of the loaders ask about government bodies
(`from loaders import bureaus`; `bureaus.canonical`, `bureaus.find`, `bureaus.parse_list`).

Documents write the same body many ways (区发改委, 区发展改革委, 滨海新区发展和改革委员会) and
often leave out the level (自贸办 in a column of district bureaus). The rules are naming
conventions of Chinese government, kept in `lexicons/bureaus.json`, so they hold for documents
never seen. They live in three modules: the lexicon and its pattern (loaders.bureau_lexicon),
one canonical name and level per body (loaders.bureau_names), and bureaus found in text and
read off lists (loaders.bureau_mentions).
"""

from __future__ import annotations

from loaders.bureau_lexicon import LEXICON, ZONES, BureauLexicon, lexicon
from loaders.bureau_mentions import LIST_SEPARATORS, BureauSpan, find, match_at, parse_list
from loaders.bureau_names import LEVELS, BureauName, canonical, clean, names_a_list

__all__ = ["LEVELS", "LEXICON", "LIST_SEPARATORS", "ZONES", "BureauLexicon", "BureauName",
           "BureauSpan", "canonical", "clean", "find", "lexicon", "match_at", "names_a_list",
           "parse_list"]
