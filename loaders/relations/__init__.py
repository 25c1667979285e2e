"""Relations no sentence rule stated, by family: where things are (where.py), what they are
about (what.py) and who is there or courted (who.py), over a document's typed mentions
(after loaders.typing).

These fill what the reading of single sentences leaves open, from the document as a whole:
its place, its sections, the lists and names its things stand in. Each fact keeps the passage
that names its thing, so the evidence shown is the sentence that put it in the graph.
"""

from __future__ import annotations

from loaders.model import Extraction
from loaders.relations.context import doc_places
from loaders.relations.what import fields, firm_kinds, focus, industries_of, products
from loaders.relations.where import locate, nest_zones
from loaders.relations.who import reported_firms


def relate(ex: Extraction) -> Extraction:
    places = doc_places(ex)
    reported_firms(ex)
    locate(ex, places)
    nest_zones(ex, places)
    products(ex)
    firm_kinds(ex)
    focus(ex, places)
    industries_of(ex)
    fields(ex)
    return ex
