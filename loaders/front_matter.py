"""What comes before a document's body: its headline, the 文号 and signing date printed on
lines of their own, the table of contents, and the titles it cites in 《》.

A title can be read from the text itself only before the body starts (the first heading
ends the front matter), and a table of contents must be skipped, not read as headings.
"""

from __future__ import annotations

import re
import unicodedata

from loaders.headings import match_heading
from loaders.passages import Line

_TOC = re.compile(r"^目\s*录$")
_CITED = re.compile(r"《([^《》\n]{2,80})》")
# Title lines that cannot end a title: the headline continues on the next line.
_TITLE_OPEN = re.compile(r"(印发|关于|和|及|与|的|之)$")
_TITLE_CLOSE = re.compile(r"(通知|意见|方案|规划|纲要|办法|决定|措施|计划|细则|报告|规定|条例|批复|函)$")


def title_lines(lines: list[Line]) -> list[int]:
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


def front_matter_fields(lines: list[Line]) -> dict[str, str]:
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


def headline(lines: list[str], block: list[int]) -> str:
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


def cited(text: str, own_title: str) -> list[str]:
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


def toc_lines(lines: list[Line]) -> set[int]:
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
