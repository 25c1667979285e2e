"""Remove the web site around a document (navigation, share widgets, footers) and keep the
metadata the site shows about it (title, publisher, dates, 文号, 索引号).

Pages copied from Chinese government portals carry the same furniture whatever the site:
a breadcrumb (当前位置), font-size and QR widgets, an attribute block (索引号/发布机构/文号…)
and a footer of link lists and registration numbers. None of it is the document's text, and
left in place it would be read as facts. Lines are blanked, never removed, so line numbers
still match the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.model import DocMeta

# Attribute block of a government information-disclosure page: label -> field name.
_FIELDS = {
    "名称": "title", "标题": "title", "索引号": "index_number", "发布机构": "publisher",
    "发文机关": "publisher", "文号": "doc_number", "发文字号": "doc_number",
    "成文日期": "date", "发文日期": "published", "发布日期": "published",
    "来源": "source", "信息来源": "source", "主题分类": "topic", "有效性": "validity",
    "公开方式": "disclosure", "主题词": "keywords", "生成日期": "generated",
    "发布时间": "published", "发文时间": "published", "印发日期": "date", "作者": "author",
}
_FIELD_LINE = re.compile(
    r"^\s*(名\s*称|标\s*题|索\s*引\s*号|发布机构|发文机关|文\s*号|发文字号|成文日期|发文日期|"
    r"发布日期|发布时间|发文时间|印发日期|信息来源|来\s*源|主题分类|有\s*效\s*性|公开方式|主\s*题\s*词|"
    r"生成日期|作\s*者)"
    r"\s*[:：]\s*(.*)$")
# A header line can hold two attributes: "发布日期: 2021-07-20 11:25   来源: 某某区人民政府".
_SECOND_FIELD = re.compile(r"\s{2,}(来\s*源|信息来源|发布机构|发布时间|作\s*者)\s*[:：]\s*(.*)$")

_CHROME_LINE = re.compile(
    r"^\s*(?:当前位置\s*[:：>].*|(?:网站)?首页\s*[>》›/].{0,60}|您(?:现在)?的位置\s*[:：].*|字号\s*[:：]?\s*[大中小\s]*|"
    r"[•·]?\s*扫一扫在手机打开当前页.*|扫一扫在手机.*|打印本页|关闭窗口|【\s*(?:打印|关闭)\s*】.*|"
    r"分享到\s*[:：]?.*|返回顶部|收藏本页|\[?(?:打印|关闭)\]?|[【\[]?\s*字体\s*[:：]?[大中小\s]*[】\]]?.*|"
    r".*(?:浏览次数|阅读次数|点击数|访问量)\s*[:：].*|(?:【[^】]{1,8}】\s*){2,}|"
    r"欢迎(?:光临|访问|来到).{0,40})\s*$")
_FOOTER_LINE = re.compile(
    r"^\s*(?:主办单位\s*[:：].*|承办单位\s*[:：].*|网站标识码.*|备案序号.*|.*ICP备.*|.*公网安备.*|"
    r"版权所有.*|Copyright.*|联系我们.*|网站地图.*|.{0,20}(?:网站|链接)|"
    r"[•·]?\s*扫一扫在手机打开当前页.*|技术支持\s*[:：].*|.*(?:浏览器|分辨率|(?:电子)?邮箱\s*[:：]).*|"
    r"(?:地址|电话|传真|邮编)\s*[:：].{0,60})\s*$", re.I)

# A text saved with a header of its own: `# title: …`, `# source: URL` lines before the body.
_HEADER_LINE = re.compile(r"^#\s*(title|source|url|date|publisher)\s*[:：]\s*(.*)$", re.I)
_HEADER_FIELDS = {"title": "title", "source": "url", "url": "url", "date": "date",
                  "publisher": "publisher"}

_ISO = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")
# How the names of issuing bodies end (人民政府, 委员会, 办公厅, …局, …委, …会).
_ORG_SUFFIX = re.compile(r"(政府|委员会|办公室|办公厅|厅|局|委|会|部|署|院)$")


@dataclass(slots=True)
class Chrome:
    text: str
    offsets: list[int]
    fields: dict[str, str] = field(default_factory=dict)
    removed_lines: list[int] = field(default_factory=list)  # 1-based


def strip_chrome(text: str, offsets: list[int]) -> Chrome:
    """Blank the site's lines, keeping their attributes; the newline of each line stays."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    drop: set[int] = set()
    for i, line in enumerate(lines):
        header = _HEADER_LINE.match(line.strip())
        if not header:
            break
        fields.setdefault(_HEADER_FIELDS[header.group(1).lower()], header.group(2).strip())
        drop.add(i)
    for i, line in enumerate(lines):
        if not line.strip() or i in drop:
            continue
        m = _FIELD_LINE.match(line)
        if m:
            value = m.group(2).strip()
            second = _SECOND_FIELD.search(value)
            if second:
                fields.setdefault(_label(second.group(1)), second.group(2).strip())
                value = value[:second.start()].strip()
            fields.setdefault(_label(m.group(1)), value)
            drop.add(i)
        elif _CHROME_LINE.match(line):
            drop.add(i)
    if "date" not in fields and "published" not in fields:
        dateline = _dateline(lines)
        if dateline:
            fields["dateline"] = dateline
    # The footer: from the bottom, every line that is blank or site furniture.
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line.strip():
            continue
        if _FOOTER_LINE.match(line) or _CHROME_LINE.match(line):
            drop.add(i)
            continue
        break
    if not drop:
        return Chrome(text, offsets, fields, [])
    out: list[str] = []
    out_offsets: list[int] = []
    pos = 0
    for i, line in enumerate(lines):
        end = pos + len(line)
        if i not in drop:
            out.append(line)
            out_offsets.extend(offsets[pos:end])
        else:
            out.append("")
        if end < len(text):  # the newline
            out_offsets.append(offsets[end])
        pos = end + 1
    return Chrome("\n".join(out), out_offsets, fields, sorted(i + 1 for i in drop))


# A news page prints its date on a line near the top (2022年04月27日 22:17, • 2022-04-14,
# 时间: 2025-02-14), often with the first words of the body after it.
_DATELINE = re.compile(r"^\s*(?:[•·]\s*)?(?:(?:发布)?时间\s*[:：]\s*)?(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2})")
_URL_DATE = re.compile(r"/(20\d\d)[-/]?(\d\d)[-/]?(\d\d)(?:/|[^0-9])")


def _dateline(lines: list[str], within: int = 15) -> str | None:
    seen = 0
    for line in lines:
        if not line.strip():
            continue
        m = _DATELINE.match(line)
        if m and iso_date(m.group(1)):
            return iso_date(m.group(1))
        seen += 1
        if seen >= within:
            return None
    return None


def url_date(url: str | None) -> str | None:
    """The date many news sites write in an article's address (…/2025-06-14/…)."""
    m = _URL_DATE.search(url or "")
    return iso_date("-".join(m.groups())) if m else None


def _label(raw_label: str) -> str:
    return _FIELDS.get(re.sub(r"\s+", "", raw_label), "other")


def iso_date(value: str | None) -> str | None:
    """yyyy-mm-dd from the date forms pages use (2020-06-30, 2020年6月30日)."""
    if not value:
        return None
    m = _ISO.search(value)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    if not (1900 < y < 2200 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


_ISSUED = re.compile(r"^(?P<org>.{2,60}?)(?:关于)?印发(?P<title>.+)$")


def split_issuer(title: str) -> tuple[str | None, str]:
    """`X印发Y` headlines name the issuer X and the document Y; `X关于印发Y的通知` keep all."""
    m = _ISSUED.match(title)
    if not m or "关于" in m.group(0)[: m.start("title")]:
        return None, title
    org = m.group("org").strip("、 ")
    body = m.group("title").strip("《》 ")
    if not body or not _ORG_SUFFIX.search(org.split("、")[-1]):
        return None, title
    return org, body


_NOTICE_ISSUER = re.compile(r"^(?P<org>.{2,40}?(?:政府|委员会|办公室|办公厅|委|会))关于")


def build_meta(fields: dict[str, str], title_lines: list[str],
               fallback: dict | None = None, kind: str = "policy") -> DocMeta:
    """DocMeta from what the file says, filling gaps from `fallback` (the corpus manifest)."""
    fallback = fallback or {}
    title = fields.get("title") or "".join(t.strip() for t in title_lines).strip()
    publisher = None
    if title:
        issuer, bare = split_issuer(title)
        if issuer:
            publisher, title = issuer, bare
        else:
            m = _NOTICE_ISSUER.match(title)
            if m:
                publisher = m.group("org")
    publisher = publisher or fields.get("publisher") or fields.get("source")
    date = iso_date(fields.get("date")) or iso_date(fields.get("published")) or \
        fields.get("dateline") or url_date(fields.get("url"))
    return DocMeta(
        title=title or fallback.get("title") or "",
        publisher=publisher or fallback.get("publisher"),
        date=date or fallback.get("date"),
        doc_number=fields.get("doc_number") or fallback.get("doc_number"),
        index_number=fields.get("index_number") or fallback.get("index_number"),
        kind=kind,
        url=fields.get("url") or fallback.get("url"),
    )
