"""The lexical layer of the graph: Document → Section (tree) → Passage, as ontology nodes.

Every domain fact points at a Passage; the Passage knows its text, offsets and line, and its
Section and Document say where in the plan it stands. Built from the StructuredDocument after
extraction, so passages an extractor added (e.g. a task row) are written too.
"""

from __future__ import annotations

from ontology.batch import Edge, Node
from ontology.schema import ID_PREFIX

from loaders.model import StructuredDocument

_NAME_CHARS = 60


def cited_id(title: str) -> str:
    """A cited document has no file; its id comes from its title."""
    return f"{ID_PREFIX['Document']}:cited:{title}"


def lexical_layer(doc: StructuredDocument, cites: bool = True) -> tuple[list[Node], list[Edge]]:
    meta = doc.meta
    props = {"file": doc.file, "title": meta.title, "kind": meta.kind}
    for key in ("publisher", "date", "doc_number", "index_number", "url"):
        value = getattr(meta, key)
        if value:
            props[key] = value
    nodes = [Node("Document", doc.doc_id, meta.title or doc.file, [], props)]
    edges: list[Edge] = []
    by_id = doc.section_by_id()
    for sec in doc.sections:
        path = []
        parent = sec
        while parent is not None:
            path.append(parent.title)
            parent = by_id.get(parent.parent) if parent.parent else None
        sprops = {"level": sec.level, "order": sec.order, "doc": doc.doc_id,
                  "path": " > ".join(reversed(path)), "line": sec.line,
                  "start": sec.start, "end": sec.end}
        if sec.number:
            sprops["number"] = sec.number
        nodes.append(Node("Section", sec.id, sec.title or sec.number or sec.id, [], sprops))
        if sec.parent and sec.parent in by_id:
            edges.append(Edge("HAS_SECTION", sec.parent, sec.id, "Section", "Section"))
        else:
            edges.append(Edge("HAS_SECTION", doc.doc_id, sec.id, "Document", "Section"))
    for p in doc.passages:
        pprops = {"text": p.text, "start": p.start, "end": p.end, "doc": doc.doc_id,
                  "line": p.line, "kind": p.kind}
        if p.section:
            pprops["section"] = p.section
        name = p.text if len(p.text) <= _NAME_CHARS else p.text[:_NAME_CHARS] + "…"
        nodes.append(Node("Passage", p.id, name or p.id, [], pprops))
        if p.section and p.section in by_id:
            edges.append(Edge("HAS_PASSAGE", p.section, p.id, "Section", "Passage"))
    if cites:
        for title in doc.cites:
            cid = cited_id(title)
            nodes.append(Node("Document", cid, title, [], {"file": "(cited)", "title": title,
                                                          "kind": "cited"}))
            edges.append(Edge("CITES", doc.doc_id, cid, "Document", "Document",
                              {"sources": _citing_passages(doc, title)}))
    return nodes, edges


def _citing_passages(doc: StructuredDocument, title: str) -> list[str]:
    quoted = f"《{title}》"
    found = [p.id for p in doc.passages if quoted in p.text]
    return found[:20] or [doc.passages[0].id] if doc.passages else []
