"""Turn a decoded file into structured documents: articles, a section tree, sentence
passages and rebuilt table rows, every piece with offsets into the normalised text and the
1-based line of the file it came from.

Order of work: normalise (offset map) → blank site chrome (metadata kept) → split appended
articles → per article: skip the table of contents, rebuild flattened tables, recognise
headings (and recover lost ones from their cues), then cut paragraphs into sentences.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from loaders.articles import split_articles
from loaders.chrome import build_meta, strip_chrome
from loaders.headings import (
    RANK,
    SEQUENCED,
    Heading,
    cn_to_int,
    first_clause,
    is_titleish,
    lead_sentence,
    match_heading,
)
from loaders.model import (
    DocMeta,
    DocumentError,
    Passage,
    RawDocument,
    Section,
    StructuredDocument,
    TableRow,
)
from loaders.normalise import normalise
from loaders.tables import Table, find_tables

# A sentence runs to 。!? and takes closing quotes and an attribution in brackets that
# follows at once: `推广应用。(区某某局)` names who answers for that sentence.
_SENTENCE = re.compile(r"[^。!?！？]*(?:[。!?！？]+(?:[”’」』)]|\([^()。]{1,24}\))*|$)")
_CLOSED = re.compile(r"[。!?！？;；:：”’」』)]$")
_TOC = re.compile(r"^目\s*录$")
_CITED = re.compile(r"《([^《》\n]{2,80})》")
# Title lines that cannot end a title: the headline continues on the next line.
_TITLE_OPEN = re.compile(r"(印发|关于|和|及|与|的|之)$")
_TITLE_CLOSE = re.compile(r"(通知|意见|方案|规划|纲要|办法|决定|措施|计划|细则|报告|规定|条例|批复|函)$")
# Sentences longer than this are cut at a clause boundary: a passage is evidence to read.
_MAX_SENTENCE = 400


@dataclass(slots=True)
class _Line:
    idx: int  # 0-based line index in the file
    start: int  # char offset of the line start in the article text
    raw: str  # line text (normalised)
    text: str  # stripped
    indent: str


@dataclass(slots=True)
class _Open:
    rank: float
    section: Section
    box: bool = False  # a 专栏 box closes at a wider gap of blank lines


@dataclass(slots=True)
class _Builder:
    doc_id: str
    text: str
    line_base: int  # 0-based index of the article's first line in the file
    sections: list[Section] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    tables: list[TableRow] = field(default_factory=list)
    front: Section | None = None

    def front_section(self, title: str) -> Section:
        if self.front is None:
            self.front = Section(id=f"{self.doc_id}:s0", title=title, level=0, order=0,
                                 parent=None, number=None, start=0, end=len(self.text), line=1)
            self.sections.insert(0, self.front)
        return self.front

    def passage(self, text: str, start: int, end: int, line_idx: int, section: Section,
                kind: str = "sentence") -> Passage:
        p = Passage(id=f"{self.doc_id}:p{len(self.passages) + 1}", text=text, start=start,
                    end=end, line=line_idx + 1, section=section.id, kind=kind)  # type: ignore[arg-type]
        self.passages.append(p)
        return p


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
            _Line(i, line_starts[i] - a_start, lines[i], lines[i].strip(),
                  lines[i][: len(lines[i]) - len(lines[i].lstrip())])
            for i in range(span.start, span.end)
        ]
        if n == 0:
            title_idx = _title_lines(article_lines)
            fields = dict(chrome.fields)
            for key, value in _front_matter_fields(article_lines).items():
                fields.setdefault(key, value)
            meta = build_meta(fields, [lines[i] for i in title_idx], manifest)
        else:
            title_idx = list(span.title_lines)
            meta = DocMeta(title=_headline(lines, title_idx) or f"{stem} a{n}", kind="article")
        if not meta.title:
            meta.title = stem
        builder = _Builder(doc_id, a_text, span.start)
        _build(builder, article_lines, set(title_idx), meta)
        doc = StructuredDocument(
            doc_id=doc_id, file=raw.file, meta=meta, text=a_text,
            sections=builder.sections, passages=builder.passages, tables=builder.tables,
            cites=_cited(a_text, meta.title), line_offset=span.start + 1,
        )
        doc.offsets = offsets[a_start:a_end]
        docs.append(doc)
    return docs


def _title_lines(lines: list[_Line]) -> list[int]:
    """The document's headline: its first line, continued while it is visibly unfinished."""
    content = [ln for ln in lines if ln.text]
    if not content:
        return []
    first = content[0]
    if len(first.text) > 80 or match_heading(first.text):
        return []
    picked = [first.idx]
    title = first.text
    for ln in content[1:3]:
        if len(ln.text) > 60 or match_heading(ln.text):
            break
        if _TITLE_OPEN.search(title) or (_TITLE_CLOSE.search(ln.text)
                                         and not _TITLE_CLOSE.search(title)):
            picked.append(ln.idx)
            title += ln.text
        else:
            break
    return picked


_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[(（]\d{4}[〕\])）]\s*\d{1,4}\s*号$")
_SIGNED = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")


def _front_matter_fields(lines: list[_Line]) -> dict[str, str]:
    """文号 and signing date as a notice prints them on lines of their own, before the body's
    first heading (`某政办发〔2022〕12号`, `2022年5月6日`)."""
    found: dict[str, str] = {}
    for ln in lines[:80]:
        if not ln.text:
            continue
        if match_heading(ln.text):
            break
        if "doc_number" not in found and _DOC_NUMBER.match(ln.text):
            found["doc_number"] = ln.text.replace(" ", "")
        elif "date" not in found and _SIGNED.match(ln.text):
            found["date"] = ln.text
    return found


def _headline(lines: list[str], block: list[int]) -> str:
    """The main headline of a newspaper headline block: the line after a kicker that ends
    with a colon (引题 `X董事长张毅:`), otherwise the first line (副题 follow it)."""
    texts = [lines[i].strip() for i in block]
    kickers = [k for k, t in enumerate(texts) if t.endswith((":", "："))]
    if kickers and kickers[-1] + 1 < len(texts):
        return texts[kickers[-1] + 1]
    return texts[0] if texts else ""


def _title_key(title: str) -> str:
    """A title as two spellings of it agree: 二〇三五, 二0三五 and 二三五 (the 〇 lost in a
    copy) are one year; spaces and punctuation do not count."""
    text = unicodedata.normalize("NFKC", title)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PSZ")
    return re.sub(r"[〇○0零]", "", text)


def _cited(text: str, own_title: str) -> list[str]:
    """Titles in 《》, the document's own title left out (a plan names itself in its preamble)."""
    seen: dict[str, None] = {}
    own = _title_key(own_title or "")
    for m in _CITED.finditer(text):
        title = m.group(1).strip()
        if title and _title_key(title) != own:
            seen.setdefault(title, None)
    return list(seen)


def _toc_key(text: str) -> str:
    """A heading as a contents entry shows it: no spaces, no dot leader, no page number."""
    return re.sub(r"[.…·—\-]*\d*$", "", re.sub(r"\s+", "", text))


def _toc_lines(lines: list[_Line]) -> set[int]:
    """A table of contents repeats the headings; skip it up to where its first entry recurs."""
    skip: set[int] = set()
    for k, ln in enumerate(lines):
        if not _TOC.match(ln.text.replace(" ", "")):
            continue
        entries = [x for x in lines[k + 1:] if x.text]
        if not entries:
            return skip
        first = _toc_key(entries[0].text)
        block = [ln.idx, entries[0].idx]
        for x in entries[1:]:
            if _toc_key(x.text) == first:
                break
            block.append(x.idx)
            if len(block) > 400:
                block = [ln.idx]
                break
        else:
            block = [ln.idx]
        # Keep only if it really is a list of short entries.
        texts = [x for x in lines if x.idx in set(block) and x.text]
        if texts and all(len(x.text) <= 80 for x in texts):
            skip.update(block)
        else:
            skip.add(ln.idx)
        break
    return skip


def _build(b: _Builder, lines: list[_Line], title_idx: set[int], meta: DocMeta) -> None:
    toc = _toc_lines(lines)
    raw_lines = [ln.raw for ln in lines]
    tables = find_tables(raw_lines, taken={ln.idx - b.line_base for ln in lines
                                           if ln.idx in toc or ln.idx in title_idx})
    table_at: dict[int, Table] = {}
    table_lines: set[int] = set()
    for t in tables:
        table_at[t.caption_line + b.line_base] = t
        table_lines.update(i + b.line_base for i in t.lines)
    skip = toc | table_lines | title_idx
    headings = _find_headings(lines, skip)
    headings.update(_recover_lost(lines, skip, headings))

    stack: list[_Open] = []
    order = 0
    last_value: dict[str, int] = {}
    pending: list[_Line] = []  # paragraph lines waiting for their continuation

    def current() -> Section:
        return stack[-1].section if stack else b.front_section(meta.title)

    def flush() -> None:
        if pending:
            _sentences(b, pending, current())
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
            _table(b, lines, table, current())
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
            rest = _Line(ln.idx, head_end, b.text[head_end:ln.start + len(ln.raw)], ln.text, "")
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


def _continues(prev: _Line, ln: _Line) -> bool:
    """A paragraph cut by a page break: the previous line stops mid-sentence."""
    return len(prev.text) >= 40 and not _CLOSED.search(prev.text) and len(ln.text) > 0


def _close_spans(b: _Builder) -> None:
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


def _sentences(b: _Builder, para: list[_Line], section: Section) -> None:
    """Cut a paragraph (one or more lines) into sentences with exact offsets."""
    spans: list[tuple[int, int, int]] = []  # (start, end, line) pieces of the article text
    for ln in para:
        lead = len(ln.raw) - len(ln.raw.lstrip())
        tail = len(ln.raw.rstrip())
        if tail > lead:
            spans.append((ln.start + lead, ln.start + tail, ln.idx))
    if not spans:
        return
    # Work on the joined text, remembering where each joined character sits.
    joined = "".join(b.text[s:e] for s, e, _ in spans)
    where: list[int] = []
    line_of_char: list[int] = []
    for s, e, idx in spans:
        where.extend(range(s, e))
        line_of_char.extend([idx] * (e - s))
    for m in _SENTENCE.finditer(joined):
        if m.end() == m.start():
            continue
        for s, e in _cut_long(joined, m.start(), m.end()):
            piece = joined[s:e]
            stripped = piece.strip()
            if not stripped:
                continue
            s += len(piece) - len(piece.lstrip())
            e = s + len(stripped)
            b.passage(stripped, where[s], where[e - 1] + 1, line_of_char[s], section)


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= _MAX_SENTENCE:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    s = start
    while end - s > _MAX_SENTENCE:
        window = text[s:s + _MAX_SENTENCE]
        cut = max(window.rfind(";"), window.rfind("；"), window.rfind(","), window.rfind("，"))
        cut = s + (cut + 1 if cut > _MAX_SENTENCE // 4 else _MAX_SENTENCE)
        pieces.append((s, cut))
        s = cut
    pieces.append((s, end))
    return pieces


def _table(b: _Builder, lines: list[_Line], table: Table, section: Section) -> None:
    by_idx = {ln.idx: ln for ln in lines}
    base = b.line_base

    def span(cells) -> tuple[int, int, int]:
        first = by_idx[cells[0].line + base]
        last = by_idx[cells[-1].line + base]
        return (first.start + len(first.indent), last.start + len(last.raw.rstrip()), first.idx)

    cap = by_idx[table.caption_line + base]
    table_id = table.number if table.number and not table.number.startswith("专栏") else None
    table_id = f"表{table_id}" if table_id else (table.number or f"{b.doc_id}:t{cap.idx + 1}")
    caption = f"{table_id} {table.caption}".strip()
    b.passage(cap.text, cap.start + len(cap.indent), cap.start + len(cap.raw.rstrip()), cap.idx,
              section, "heading")
    header = [c.text for c in table.header]
    if table.header:
        s, e, i = span(table.header)
        b.passage(" | ".join(header), s, e, i, section, "heading")
    for row, group in zip(table.rows, table.groups):
        s, e, i = span(row)
        cells = [c.text for c in row]
        text = " | ".join(cells)
        if group:
            text = f"{group} | {text}"
        p = b.passage(text, s, e, i, section, "table_row")
        b.tables.append(TableRow(table=table_id, caption=caption, header=header, cells=cells,
                                 passage=p.id, line=i + 1, section=section.id, group=group))
    for note in table.notes:
        ln = by_idx[note.line + base]
        b.passage(ln.text, ln.start + len(ln.indent), ln.start + len(ln.raw.rstrip()), ln.idx,
                  section)


# `2航空产业`: an arabic heading whose 、 was lost; only taken as one when it continues the
# numbering of the arabic heading before it (1、甲 … 2乙), since figures open lines too (2025年).
_GLUED_ARABIC = re.compile(r"^(?P<num>\d{1,2})(?P<title>[\u4e00-\u9fff][\u4e00-\u9fff（）()、]{1,15})$")


def _find_headings(lines: list[_Line], skip: set[int]) -> dict[int, Heading]:
    found: dict[int, Heading] = {}
    last_arabic: Heading | None = None
    for ln in lines:
        if not ln.text or ln.idx in skip:
            continue
        h = match_heading(ln.text)
        if h is None and last_arabic is not None and last_arabic.value is not None:
            m = _GLUED_ARABIC.match(ln.text)
            if m and int(m.group("num")) == last_arabic.value + 1 and is_titleish(ln.text):
                h = Heading("arabic", m.group("num"), int(m.group("num")), m.group("title"),
                            ln.text, len(ln.text), recovered=True)
        if h is not None:
            found[ln.idx] = h
            if h.style == "arabic":
                last_arabic = h
            elif h.style in ("part", "chapter", "section", "cn"):
                last_arabic = None
    return found


def _recover_lost(lines: list[_Line], skip: set[int],
                  found: dict[int, Heading]) -> dict[int, Heading]:
    """Headings lost in conversion, recovered from their cues.

    The cue: in a document whose paragraphs are not indented, a line that starts with a
    stray space is where automatic numbering was dropped. A short unpunctuated cue line is
    a lost heading with its text; a cue paragraph opening with a short run-in lead starts a
    lost lower-level section; gaps in the chapter numbers (第二章 … 第五章) say how many
    chapters are missing between them, and which cue lines fill them.
    """
    body = [ln for ln in lines if len(ln.text) > 30 and ln.idx not in skip]
    if not body or sum(1 for ln in body if ln.indent) > len(body) // 2:
        return {}
    chapters = sorted((i, h) for i, h in found.items() if h.style == "chapter")
    cues = [ln for ln in lines if ln.text and ln.indent.startswith(" ") and "\t" not in ln.indent
            and ln.idx not in skip and ln.idx not in found]
    if not cues:
        return {}
    if not chapters:
        return _recover_titles(cues, found)
    prev_content: dict[int, int | None] = {}
    last = None
    for ln in lines:
        if ln.text and ln.idx not in skip:
            prev_content[ln.idx] = last
            last = ln.idx
    next_content: dict[int, int | None] = {}
    nxt = None
    for ln in reversed(lines):
        if ln.text and ln.idx not in skip:
            next_content[ln.idx] = nxt
            nxt = ln.idx
    cue_idx = {ln.idx for ln in cues}
    kind = {}
    for ln in cues:
        if is_titleish(ln.text):
            kind[ln.idx] = "title"
        elif lead_sentence(ln.text):
            kind[ln.idx] = "lead"
        else:
            kind[ln.idx] = "intro"

    def opens_section(i: int) -> bool:
        n = next_content.get(i)
        if n is None:
            return False
        h = found.get(n)
        return (h is not None and h.style == "section") or (n in cue_idx and kind[n] == "lead")

    # Gaps in chapter numbering, including before the first numbered chapter.
    bounds: list[tuple[int, int, int]] = []  # (from line, to line, chapters missing)
    prev_line, prev_num = -1, 0
    for i, h in chapters:
        if h.value is not None:
            bounds.append((prev_line, i, max(0, h.value - prev_num - 1)))
            prev_line, prev_num = i, h.value
    chosen: set[int] = set()
    for lo, hi, missing in bounds:
        if not missing:
            continue
        inside = [ln.idx for ln in cues if lo < ln.idx < hi]
        picks = [i for i in inside if kind[i] == "title"][:missing]
        if len(picks) < missing:
            taken = set(picks)
            intros = [i for i in inside if kind[i] == "intro" and i not in taken
                      and opens_section(i)
                      and not (prev_content.get(i) in taken or
                               (prev_content.get(i) in found and
                                found[prev_content[i]].style == "chapter"))]
            picks += intros[: missing - len(picks)]
        chosen.update(picks)

    recovered: dict[int, Heading] = {}
    first_chapter = min([i for i, _ in chapters] + list(chosen))
    chapter_no = 0
    section_no = 0
    events = sorted(set(found) | set(cue_idx))
    for i in events:
        h = found.get(i)
        if h is not None:
            if h.style == "chapter":
                chapter_no = h.value or chapter_no + 1
                section_no = 0
            elif h.style == "section":
                section_no = h.value or section_no + 1
            continue
        text = next(ln.text for ln in cues if ln.idx == i)
        if i in chosen:
            chapter_no += 1
            section_no = 0
            number = _cn(chapter_no)
            if kind[i] == "title":
                recovered[i] = Heading("chapter", number, chapter_no, text, text, len(text), True)
            else:
                recovered[i] = Heading("chapter", number, chapter_no, f"第{number}章",
                                       f"第{number}章", 0, True, body_only=True)
            continue
        if i < first_chapter:
            continue
        prev = prev_content.get(i)
        if kind[i] == "intro" and prev is not None and (
                prev in chosen or (prev in found and found[prev].style == "chapter")):
            continue  # a chapter's opening paragraph, not a new section
        section_no += 1
        number = _cn(section_no)
        if kind[i] == "title":
            recovered[i] = Heading("section", number, section_no, text, text, len(text), True)
        elif kind[i] == "lead":
            lead = lead_sentence(text) or ""
            broad = _shared_industry(lines, i, found, cue_idx)
            if broad:  # 甲。… 乙。… 丙。…: the lost title is the industry its leads are kinds of
                recovered[i] = Heading("section", number, section_no, broad, broad, 0, True,
                                       body_only=True)
            else:
                recovered[i] = Heading("section", number, section_no, lead, lead, len(lead) + 1,
                                       True)
        else:
            title = first_clause(text)
            recovered[i] = Heading("section", number, section_no, title, title, 0, True,
                                   body_only=True)
    return recovered


def _shared_industry(lines: list[_Line], start: int, found: dict[int, Heading],
                     cue_idx: set[int]) -> str | None:
    """A lost section whose paragraphs open with industries of one national category
    (人工智能。… 区块链。…) was titled by that category; its first lead is only its first item."""
    from loaders.industries import taxonomy
    leads = []
    for ln in lines:
        if ln.idx < start or not ln.text:
            continue
        if ln.idx != start and (ln.idx in found or ln.idx in cue_idx):
            break
        lead = lead_sentence(ln.text)
        if lead:
            leads.append(lead)
    canon = [c for c in (taxonomy().canonical(lead) for lead in leads) if c]
    if len(leads) < 3 or len(canon) < 3:
        return None
    parents = [taxonomy().parent(c) for c in canon]
    best = max(set(parents) - {None}, key=lambda x: (parents.count(x), x), default=None)
    if best and parents.count(best) * 2 > len(canon) and parents.count(best) >= 3:
        return best
    return None


def _recover_titles(cues: list[_Line], found: dict[int, Heading]) -> dict[int, Heading]:
    """Without 第X章 to count by, only short unpunctuated cue lines are taken as lost
    headings: filling the gaps of the top numbered style (一、 … 三、), or, in a document
    with no numbered heading at all, each one a top-level heading of its own."""
    titles = [ln for ln in cues if is_titleish(ln.text)]
    if not titles:
        return {}
    numbered = [(i, h) for i, h in sorted(found.items()) if h.style in SEQUENCED
                and h.value is not None]
    recovered: dict[int, Heading] = {}
    if not numbered:
        for n, ln in enumerate(titles, 1):
            recovered[ln.idx] = Heading("cn", _cn(n), n, ln.text, ln.text, len(ln.text), True)
        return recovered
    top = min((h.style for _, h in numbered), key=lambda st: RANK[st])
    seq = [(i, h.value) for i, h in numbered if h.style == top]
    prev_line, prev_value = -1, 0
    for i, value in seq + [(10 ** 9, None)]:
        gap = [ln for ln in titles if prev_line < ln.idx < i]
        missing = (value - prev_value - 1) if value is not None else 0
        for n, ln in enumerate(gap[:max(0, missing)], prev_value + 1):
            number = _cn(n) if top in ("cn", "paren_cn", "clause") else str(n)
            recovered[ln.idx] = Heading(top, number, n, ln.text, ln.text, len(ln.text), True)
        if value is None:
            break
        prev_line, prev_value = i, value
    return recovered


def _cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


__all__ = ["structure", "cn_to_int"]
