"""One passage through every family of rules, in the order they depend on each other: the
places first (later rules ask where a thing is), then the things named by their suffix, then
lists, industries and the relations between them.
"""

from __future__ import annotations

import dataclasses
import re

from loaders.extract.firm_lists import enterprise_lists
from loaders.extract.firms import builders, developed_by_firms, holding_lists
from loaders.extract.industry_lists import industry_lists
from loaders.extract.industry_mentions import developed_industries, lead_industry
from loaders.extract.named import mention_named, refine_named, suffix_named
from loaders.extract.place_words import LOCATION_TEXT
from loaders.extract.scope import industries_in
from loaders.extract.sentence_industries import lead_subject, link_passage_industries, parks_serving
from loaders.extract.state import State
from loaders.extract.works import hospital_roles, platform_leads, project_lists, shared_actions
from loaders.extract.zone_mentions import (
    alias_definitions,
    layout_item,
    made_into_area,
    sentence_zones,
    zone_mentions,
)
from loaders.extract.zone_refs import ZoneRefs, zone_refs
from loaders.model import Passage


def read_passage(st: State, p: Passage) -> None:
    """Read one passage; a table row without its location column."""
    if p.kind == "table_row":
        # A row's location column names roads and neighbours (北至中粮码头), not things
        # of the plan; the rest of the row is read like a sentence.
        p = dataclasses.replace(p, text=LOCATION_TEXT.sub("", p.text))
    text = p.text
    zrefs = zone_refs(text)
    paragraph_lead(st, p, zrefs)
    platform_leads(st, p)
    layout_item(st, p)
    made_into_area(st, p)
    alias_definitions(st, p, zrefs)
    zone_names = zone_mentions(st, p, zrefs)
    sentence_zone = sentence_zones(st, text, zrefs, zone_names)
    named = suffix_named(p)
    industry_here = industries_in(st, p, zrefs)
    named, built, nested = refine_named(st, text, named)
    mention_named(st, p, named, built, nested, sentence_zone, industry_here)
    hospital_roles(st, p, named)
    shared_actions(st, p, named)
    enterprise_lists(st, p, named)
    holding_lists(st, p)
    builders(st, p)
    developed_by_firms(st, p)
    industry_lists(st, p)
    developed_industries(st, p)
    project_lists(st, p)
    link_passage_industries(st, p)
    parks_serving(st, p)
    lead_subject(st, p)


def paragraph_lead(st: State, p: Passage, zrefs: ZoneRefs) -> None:
    """A short lead sentence naming only a zone sets the place of its paragraph; one naming
    only an industry (新能源。) sets its industry."""
    text = p.text
    lead = re.sub(r"^[\s——]+", "", text).rstrip("。：: ")
    if zrefs and len(lead) <= 16 and zrefs[0][0] <= 2 and zrefs[0][2] in lead \
            and len(lead) - len(zrefs[0][2]) <= 2:
        st.line_zone[p.line] = ("Zone", zrefs[0][2])
    elif not zrefs and len(lead) <= 12 and text.rstrip().endswith(("。", "：", ":")):
        lead_industry(st, p, lead)
