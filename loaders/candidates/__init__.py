"""Mention candidates read by general patterns, one module per family: zones of any place
(places), lists (enumerations), works by their endings and their makers (works), firms by
their forms and cues (firms); `extractor` runs them over a document."""
