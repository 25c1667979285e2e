"""Turn a decoded file into structured documents: articles, a section tree, sentence
passages and rebuilt table rows, every piece with offsets into the normalised text and the
1-based line of the file it came from.

Order of work: normalise (offset map) → blank site chrome (metadata kept) → split appended
articles → per article: skip the table of contents, rebuild flattened tables, recognise
headings (and recover lost ones from their cues), then cut paragraphs into sentences.

The pieces live apart: the front matter (loaders.front_matter), headings found and lost
ones recovered (loaders.lost_headings), and the sentences and table rows cut into passages
(loaders.passages). This module walks an article's lines and builds its section tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.articles import split_articles
from loaders.chrome import build_meta, strip_chrome
from loaders.front_matter import cited as _cited
from loaders.front_matter import front_matter_fields, headline, title_lines, toc_lines
from loaders.headings import RANK, SEQUENCED, Heading, cn_to_int, is_titleish
from loaders.lost_headings import find_headings, recover_lost
from loaders.model import DocMeta, DocumentError, RawDocument, Section, StructuredDocument
from loaders.normalise import normalise
from loaders.passages import Builder, Line, sentences, table_passages
from loaders.tables import Table, find_tables

_CLOSED = re.compile(r"[。!?！？;；:：”’」』)]$")


@dataclass(slots=True)
class _Open:
    rank: float
    section: Section
    box: bool = False  # a 专栏 box closes at a wider gap of blank lines


def structure(raw: RawDocument, manifest: dict | None = None) -> list[StructuredDocument]:
    """One StructuredDocument per article in the file; the first is the main document."""
    if not raw.text:
        raw.text, raw.offsets = normalise(raw.raw_text)
    chrome = strip_chrome(raw.text, raw.offsets)
    text, offsets = chrome.text, chrome.offsets
    if not text.strip():
        raise DocumentError(raw.file, "no text left after removing the web page's navigation "
                                      "and footer; is this the page of a document?")
    lines = text.split("\n")
    line_starts = [0]
    for line in lines[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    stem = raw.path.stem if raw.path else raw.file.rsplit(".", 1)[0]
    base_id = f"doc:{stem}"
    docs: list[StructuredDocument] = []
    spans = split_articles(lines)
    for n, span in enumerate(spans):
        a_start = line_starts[span.start]
        a_end = (line_starts[span.end] - 1) if span.end < len(lines) else len(text)
        a_text = text[a_start:a_end]
        doc_id = base_id if n == 0 else f"{base_id}:a{n}"
        article_lines = [
            Line(i, line_starts[i] - a_start, lines[i], lines[i].strip(),
                  lines[i][: len(lines[i]) - len(lines[i].lstrip())])
            for i in range(span.start, span.end)
        ]
        if n == 0:
            title_idx = title_lines(article_lines)
            fields = dict(chrome.fields)
            for key, value in front_matter_fields(article_lines).items():
                fields.setdefault(key, value)
            meta = build_meta(fields, [lines[i] for i in title_idx], manifest)
        else:
            title_idx = list(span.title_lines)
            meta = DocMeta(title=headline(lines, title_idx) or f"{stem} a{n}", kind="article")
        if not meta.title:
            meta.title = stem
        builder = Builder(doc_id, a_text, span.start)
        _build(builder, article_lines, set(title_idx), meta)
        doc = StructuredDocument(
            doc_id=doc_id, file=raw.file, meta=meta, text=a_text,
            sections=builder.sections, passages=builder.passages, tables=builder.tables,
            cites=_cited(a_text, meta.title), line_offset=span.start + 1,
        )
        doc.offsets = offsets[a_start:a_end]
        docs.append(doc)
    return docs


def _build(b: Builder, lines: list[Line], title_idx: set[int], meta: DocMeta) -> None:
    toc = toc_lines(lines)
    raw_lines = [ln.raw for ln in lines]
    tables = find_tables(raw_lines, taken={ln.idx - b.line_base for ln in lines
                                           if ln.idx in toc or ln.idx in title_idx})
    table_at: dict[int, Table] = {}
    table_lines: set[int] = set()
    for t in tables:
        table_at[t.caption_line + b.line_base] = t
        table_lines.update(i + b.line_base for i in t.lines)
    skip = toc | table_lines | title_idx
    headings = find_headings(lines, skip)
    headings.update(recover_lost(lines, skip, headings))

    stack: list[_Open] = []
    order = 0
    last_value: dict[str, int] = {}
    pending: list[Line] = []  # paragraph lines waiting for their continuation

    def current() -> Section:
        return stack[-1].section if stack else b.front_section(meta.title)

    def flush() -> None:
        if pending:
            sentences(b, pending, current())
            pending.clear()

    for idx in sorted(title_idx):
        ln = lines[idx - b.line_base]
        b.passage(ln.text, ln.start + len(ln.indent), ln.start + len(ln.raw), ln.idx,
                  b.front_section(meta.title), "heading")

    k = 0
    gap = 0  # blank lines before the current line
    while k < len(lines):
        ln = lines[k]
        k += 1
        if not ln.text:
            gap += 1
            continue
        line_gap, gap = gap, 0
        if ln.idx in toc or ln.idx in title_idx:
            continue
        gap_before = line_gap
        if ln.idx in table_at:
            flush()
            _close_boxes(stack, gap_before)
            table = table_at[ln.idx]
            table_passages(b, lines, table, current())
            k = table.end
            continue
        if ln.idx in table_lines:
            continue
        h = headings.get(ln.idx)
        if h is not None and h.style in SEQUENCED and not h.recovered:
            prev = last_value.get(h.style)
            if h.value is None or not (h.value == 1 or (prev is not None and 1 <= h.value - prev <= 3)):
                h = None
            else:
                last_value[h.style] = h.value
        if h is None:
            if pending and not _continues(pending[-1], ln):
                flush()
            if not pending:
                _close_boxes(stack, gap_before)
            pending.append(ln)
            continue
        flush()
        if h.style == "annex":
            last_value.clear()
        # A wrapped heading: short unpunctuated lines right after it belong to its title.
        title, text_ = h.title, h.text
        end_line = ln
        if h.head_len == len(ln.text) and h.style in ("part", "chapter", "section", "annex",
                                                      "named", "box"):
            while k < len(lines):
                nxt = lines[k]
                if not nxt.text:
                    k += 1
                    continue
                limit = 80 if h.style == "annex" else 30
                if (nxt.idx in skip or nxt.idx in headings or not is_titleish(nxt.text, limit)
                        or len(title) + len(nxt.text) > limit * 2 or h.style == "box"
                        and h.title):
                    break
                title = (title + " " + nxt.text).strip()
                text_ = text_ + " " + nxt.text
                end_line = nxt
                k += 1
        rank = RANK.get(h.style, RANK["chapter"])
        if h.style == "named":
            rank = min((o.rank for o in stack), default=_top_rank(headings))
        while stack and stack[-1].rank >= rank:
            stack.pop()
        order += 1
        parent = stack[-1].section if stack else None
        sec = Section(id=f"{b.doc_id}:s{order}", title=title or text_, level=len(stack) + 1,
                      order=order, parent=parent.id if parent else None, number=h.number,
                      start=ln.start + len(ln.indent), end=len(b.text), line=ln.idx + 1)
        b.sections.append(sec)
        stack.append(_Open(rank, sec, h.style == "box"))
        if h.body_only:
            pending.append(ln)
            continue
        head_end = ln.start + len(ln.indent) + h.head_len
        if end_line is not ln:
            head_end = end_line.start + len(end_line.raw)
        head_text = re.sub(r"\s*\n\s*", " ", b.text[sec.start:head_end]).strip()
        b.passage(head_text, sec.start, head_end, ln.idx, sec, "heading")
        if h.head_len < len(ln.text):
            # The body after a run-in heading; `text` stays the whole line, which is what
            # tells a line cut by a page break.
            rest = Line(ln.idx, head_end, b.text[head_end:ln.start + len(ln.raw)], ln.text, "")
            pending.append(rest)
    flush()
    _close_spans(b)


def _top_rank(headings: dict[int, Heading]) -> int:
    ranks = [RANK[h.style] for h in headings.values() if h.style in RANK and h.style != "annex"]
    return min(ranks, default=RANK["chapter"])


def _close_boxes(stack: list[_Open], gap: int) -> None:
    """A 专栏 box has no closing mark; pages set it off from the text after it with a wider
    gap (two or more blank lines) than they use inside it."""
    while stack and stack[-1].box and gap >= 2:
        stack.pop()


def _continues(prev: Line, ln: Line) -> bool:
    """A paragraph cut by a page break: the previous line stops mid-sentence."""
    return len(prev.text) >= 40 and not _CLOSED.search(prev.text) and len(ln.text) > 0


def _close_spans(b: Builder) -> None:
    """Each section ends where the next section of the same or a higher level begins."""
    secs = [s for s in b.sections if s.order > 0]
    for n, s in enumerate(secs):
        s.end = len(b.text)
        for later in secs[n + 1:]:
            if later.level <= s.level:
                s.end = later.start
                break
    if b.front is not None:
        b.front.start = 0
        b.front.end = secs[0].start if secs else len(b.text)


__all__ = ["structure", "cn_to_int"]
