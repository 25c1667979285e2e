"""Mention candidates read by general patterns: the families that hold for any document.

Each family is a module; this runs them over a document's passages and hands the mentions
and facts on as an Extraction, like the other extractors. What a candidate finally is (which
label, or none) is decided after all extractors ran (loaders.typing).
"""

from __future__ import annotations

import re

from loaders.candidates.enumerations import ListItem, enumerations
from loaders.candidates.firms import firm_names
from loaders.candidates.industries import industries_of_head, industry_names
from loaders.candidates.works import route_names, work_names
from loaders.candidates.places import PlaceName, place_names
from loaders.divisions import divisions
from loaders.industries import industryish, taxonomy
from loaders.patterns import label_of
from loaders.model import Extraction, Fact, Mention, Ref, StructuredDocument
from loaders.subject import subject_place


def _zone_mentions(doc: StructuredDocument, ex: Extraction) -> None:
    subject = subject_place(doc)
    for p in doc.passages:
        found = place_names(p.text)
        for i, place in enumerate(found):
            nxt = found[i + 1] if i + 1 < len(found) else None
            if place.kind == "division" and nxt is not None and nxt.start == place.end:
                continue  # 某市某某区: the narrower division is the place named
            if place.kind == "division" and not (subject and subject.name == place.surface):
                div = divisions().named(place.surface)
                if div is not None and div.level != "county":
                    # A city or province is named in passing (某市企业, 江苏省委) far more
                    # often than as the place of a fact; only the document's own is a zone.
                    continue
            surface = place.surface
            prev = found[i - 1] if i else None
            chain = prev is not None and prev.end == place.start
            if chain and prev is not None and prev.kind == "division":
                ex.mentions.append(Mention("Zone", p.text[prev.start:place.end], p.id,
                                           {"alias_of": surface, "family": "division chain"}))
            elif chain and prev is not None:
                core = surface[: -len(place.kind)] if place.kind != "division" else surface
                if place.parts and core in place.parts:
                    # 某临空经济区廊坊片区: a part named by a city is named with its whole.
                    surface = p.text[prev.start:place.end]
                ex.facts.append(Fact("PART_OF", Ref("Zone", surface), Ref("Zone", prev.surface),
                                     p.id))
            ex.mentions.append(Mention("Zone", surface, p.id, {"family": _family(place)}))


def _family(place: PlaceName) -> str:
    return "division" if place.kind == "division" else "zone kind"


def _item_label(item: ListItem) -> str | None:
    """What a list item is, before the typing stage: its own ending first (甲产业园 in a
    list of projects is still a park), then the list's head, then the industry taxonomy."""
    own = label_of(item.surface)
    if own:
        return own
    if item.label == "Project" and len(item.surface) <= 4 and not industryish(item.surface):
        return "Enterprise"  # 甲、乙等新增外资项目: short names with no work's ending are firms
    if item.label:
        return item.label
    if taxonomy().canonical(item.surface) or industryish(item.surface):
        return "Industry"
    if divisions().is_place(item.surface):
        return "Zone"
    return None


def _list_labels(items: list[ListItem]) -> list[str | None]:
    """Each item's label; in a list most of whose items are known industries, an item that is
    nothing else is one too (甲产业、乙产业、轻工: a list holds things of one kind)."""
    labels = [_item_label(i) for i in items]
    start = 0
    for k, item in enumerate(items):
        if item.position == "first":
            start = k
        if item.position != "last":
            continue
        run = range(start, k + 1)
        known = sum(1 for j in run if labels[j] == "Industry")
        if known * 2 <= len(run) or known < 2:
            continue
        for j in run:
            if labels[j] is None and 2 <= len(items[j].surface) <= 8 and \
                    re.fullmatch(r"[\u4e00-\u9fff]+", items[j].surface):
                labels[j] = "Industry"
    return labels


def _industry_mentions(doc: StructuredDocument, ex: Extraction) -> None:
    for p in doc.passages:
        for ind in industry_names(p.text):
            props: dict[str, object] = {"family": ind.family}
            if ind.alias_of:
                props["alias_of"] = ind.alias_of
            ex.mentions.append(Mention("Industry", ind.surface, p.id, props))
            if ind.parent:
                ex.facts.append(Fact("SUBINDUSTRY_OF", Ref("Industry", ind.surface),
                                     Ref("Industry", ind.parent), p.id))


def _list_mentions(doc: StructuredDocument, ex: Extraction) -> None:
    for p in doc.passages:
        heads_done: set[str] = set()
        items = enumerations(p.text)
        labels = _list_labels(items)
        for item, label in zip(items, labels):
            if item.head and item.head not in heads_done:
                heads_done.add(item.head)
                for ind in industries_of_head(item.head):
                    ex.mentions.append(Mention("Industry", ind, p.id, {"family": "list head"}))
            if label is None or label == "Zone" and not divisions().is_place(item.surface):
                continue
            ex.mentions.append(Mention(label, item.surface, p.id, {
                "family": "list", "head": item.head, "position": item.position,
                "close": item.close, "list_size": item.size}))


def _work_and_firm_mentions(doc: StructuredDocument, ex: Extraction) -> None:
    for p in doc.passages:
        for w in work_names(p.text):
            label, family = w.label, "ending"
            if w.maker and re.search(r"(?:基地|总部|工厂)(?:项目)?$", w.surface):
                # 某某公司某某生产基地: what a firm builds for itself is its project.
                label, family = "Project", "maker work"
            ex.mentions.append(Mention(label, w.surface, p.id,
                                       {"family": family, "ending": w.ending}))
            if w.maker:
                ex.mentions.append(Mention("Enterprise", w.maker, p.id, {"family": "maker"}))
                if label == "Project":
                    ex.facts.append(Fact("UNDERTAKEN_BY", Ref("Project", w.surface),
                                         Ref("Enterprise", w.maker), p.id))
        for r in route_names(p.text):
            ex.mentions.append(Mention("Project", r.surface, p.id, {"family": "route"}))
        for f in firm_names(p.text):
            ex.mentions.append(Mention("Enterprise", f.surface, p.id, {"family": f.family}))


def extract(doc: StructuredDocument) -> Extraction:
    ex = Extraction(doc=doc)
    _zone_mentions(doc, ex)
    _list_mentions(doc, ex)
    _industry_mentions(doc, ex)
    _work_and_firm_mentions(doc, ex)
    return ex
