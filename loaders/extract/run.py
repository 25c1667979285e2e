"""`extract(doc)`: the headings, every passage, the table rows, then the passes that need all
of the document found (undertakers, the industries in names, the taxonomy), and last the
fragments dropped from whichever path found them.
"""

from __future__ import annotations

from loaders.extract.firm_lists import link_firm_kinds
from loaders.extract.firms import firms_where_their_works_are, undertakers
from loaders.extract.industry_mentions import heading_industry, industry_hierarchy
from loaders.extract.name_industries import field_in_name, institution_fields, named_after_industry
from loaders.extract.passage import read_passage
from loaders.extract.state import State
from loaders.extract.table_rows import table_row
from loaders.extract.works import airports_of_works, short_valleys
from loaders.model import Extraction, StructuredDocument
from loaders.name_checks import fragment_or_class


def extract(doc: StructuredDocument) -> Extraction:
    """Mentions and facts of one document, before resolution."""
    st = State.of(doc)
    for sid in st.ctx.sections:
        heading_industry(st, sid)
    for p in doc.passages:
        read_passage(st, p)
    for row in doc.tables:
        table_row(st, row)
    link_firm_kinds(st)
    undertakers(st)
    short_valleys(st)
    firms_where_their_works_are(st)
    airports_of_works(st)
    named_after_industry(st)
    field_in_name(st)
    institution_fields(st)
    industry_hierarchy(st)
    drop_fragments(st)
    return Extraction(doc=doc, mentions=st.out.mentions, facts=st.out.facts)


def drop_fragments(st: State) -> None:
    """Some paths take a name as written (quotes, table cells); a fragment or a class of
    things is dropped from all of them at the end, with the facts that name it."""
    bad = {(m.label, m.surface) for m in st.out.mentions
           if m.label in ("Platform", "Park") and fragment_or_class(m.surface)}
    if bad:
        st.out.drop(bad)
