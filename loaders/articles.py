"""Find where one file holds several articles, so nothing in an appended article is
attributed to the document it follows.

Policies republished by newspapers are often saved together with the rest of the page:
unrelated reports that follow the policy's last line. A newspaper article announces itself
with a byline (本报讯, 本报记者, 新华社…电, (记者 …)) under a short headline block; that is
the cue used here, never the words of any particular article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BYLINE = re.compile(
    r"^\s*(?:本报讯|本报记者|本报通讯员|新华社[^。]{0,12}电|中新社[^。]{0,12}电|"
    r"[(（]\s*记者[^)）]{0,20}[)）]|记者\s*\S{1,4}\s*(?:通讯员|报道|摄)|通讯员\s*\S{1,4}\s*记者)")
_FINAL = re.compile(r"[。;；!！?？]$")
# A page's "related reading" block: what follows is other material, not this document.
_RELATED = re.compile(r"^\s*[【\[]?(?:相关阅读|相关新闻|延伸阅读|相关文章|相关文件|相关政策|政策解读|"
                      r"图文解读|图片解读|新闻链接)[】\]]?\s*[:：]?\s*$")


@dataclass(slots=True)
class ArticleSpan:
    start: int  # 0-based index of the first line
    end: int  # one past the last line
    title_lines: list[int]  # 0-based indexes of the headline block
    byline: int | None  # 0-based index of the byline, if any


def split_articles(lines: list[str]) -> list[ArticleSpan]:
    """Spans of the articles in the file, in order; the first is the main document."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if not nonblank:
        return [ArticleSpan(0, len(lines), [], None)]
    starts: list[tuple[int, list[int], int]] = []
    for i in nonblank:
        if i == nonblank[0]:
            continue
        if _RELATED.match(lines[i]):
            starts.append((i, [i], i))
            continue
        if not _BYLINE.match(lines[i]):
            continue
        floor = starts[-1][2] if starts else -1
        block = _headline_block(lines, i, floor)
        # The file's own headline and byline (a policy printed in a newspaper) start the
        # first article, not a new one.
        if not block or block[0] == nonblank[0] or starts and block[0] <= starts[-1][0]:
            continue
        if starts and starts[-1][1] == [starts[-1][0]] and _RELATED.match(lines[starts[-1][0]]) \
                and not any(lines[k].strip() for k in range(starts[-1][0] + 1, block[0])):
            # The first item under a related-reading marker: one article, headed by the item.
            starts[-1] = (starts[-1][0], block, i)
            continue
        starts.append((block[0], block, i))
    spans: list[ArticleSpan] = []
    first_end = starts[0][0] if starts else len(lines)
    spans.append(ArticleSpan(0, first_end, [], None))
    for n, (start, block, byline) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        spans.append(ArticleSpan(start, end, block, byline))
    return spans


def _headline_block(lines: list[str], byline: int, floor: int) -> list[int]:
    """The short unpunctuated lines right above a byline (and below the last article's
    byline, `floor`): the headline, kicker, subtitle."""
    block: list[int] = []
    i = byline - 1
    while i > floor and len(block) < 4:
        text = lines[i].strip()
        if not text:
            i -= 1
            continue
        if len(text) > 40 or _FINAL.search(text):
            break
        block.append(i)
        i -= 1
    return sorted(block)
