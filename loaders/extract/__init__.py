"""Zones, parks, industries, enterprises, platforms and projects, and how they relate.

Everything is read from the text by its patterns (suffixes, cue phrases, lists closed by 等,
section headings, rebuilt table rows); only zones and national industry categories come from a
lexicon. Where a fact needs a place and the sentence names none, the nearest place in the
section tree is used, and finally the zone the document is about (its issuing 功能区).

`extract(doc)` (run.py) calls the families of rules in order over one typed State (state.py):
places (zone_refs, zone_mentions, where), named things (named), works (works), firms
(firm_shapes, firm_lists, firms), industries (scope, industry_lists, industry_mentions), the
relations that pair them (relate, sentence_industries, name_industries) and table rows
(table_rows). The words the rules look for are data modules of their own (cues, place_words,
work_words, firm_words, industry_words).
"""

from loaders.extract.run import extract

__all__ = ["extract"]
