"""A corpus of N documents generated from the bundled ones, for the scale benchmark.

A district's policy library holds thousands of plans and notices that reuse each other's
chapters and name the same kinds of things; copying the five bundled files would grow the text
but not the graph. So each generated document is a header (title, date, publisher) and two to
six chapters drawn from the bundled documents, and the names of their parks, firms, platforms
and projects are varied: documents go in groups of ten, and every group but the first writes
those names with a prefix of its own (甲X产业园 → 云溪甲X产业园). The number of entities
therefore grows with N, while each varied name still recurs in about ten documents, as a real
firm recurs across a district's papers. Document i is the same file whatever N is, so a
smaller corpus is part of every larger one, and questions about it can be asked of all sizes.

The names to vary are read from a graph built from the bundled corpus by the project's own
loader; nothing is taken from labelled data. Output is deterministic for a given N and seed.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from loaders.pipeline import find_documents, load_corpus, load_manifest, read_document, structure

# Labels whose names are varied: the things a document names by its own patterns. Zones and
# bureaus come from national divisions and naming rules, so they stay as they are.
VARIED = ("Park", "Enterprise", "Platform", "Project")
# Invented two-character prefixes, combined in pairs: no real place of the lexicons.
_HEADS = "云泰嘉锦瑞丰宏昌盛祥景鸿润翠岚澄"
_TAILS = "溪源岭湾峰林苑泉谷屿坪塬"
# A varied name keeps a leading place word, so 天津甲公司 becomes 天津云溪甲公司.
_KEEP_LEADING = ("天津市", "天津", "滨海新区", "滨海", "中国", "北京", "河北")
GROUP_SIZE = 10


@dataclass(frozen=True)
class Chapter:
    doc: str  # the bundled file it comes from
    order: int
    text: str


@dataclass(frozen=True)
class Source:
    """What the generator draws from: chapters, document headers and the names to vary."""

    chapters: tuple[Chapter, ...]
    headers: tuple[dict, ...]  # title, publisher, date of each bundled policy document
    names: tuple[str, ...]  # longest first


def read_source(corpus_dir: Path) -> Source:
    """Split the bundled policy documents into their top-level chapters (by the loader's own
    section tree), and list the names the loader finds for the labels in VARIED."""
    paths, _ = find_documents(corpus_dir)
    manifest, _ = load_manifest(corpus_dir)
    chapters: list[Chapter] = []
    headers: list[dict] = []
    for path in paths:
        raw = read_document(path)
        doc = structure(raw, manifest.get(path.name))[0]  # the policy; appended articles follow
        lines = raw.raw_text.split("\n")
        tops = [s for s in doc.sections if s.level == 1]
        if not tops or not doc.passages:
            continue
        ends = [s.line for s in tops[1:]] + [doc.passages[-1].line + 1]
        for section, end in zip(tops, ends):
            text = "\n".join(lines[section.line - 1:end - 1]).strip("\n")
            if text:
                chapters.append(Chapter(path.name, section.order, text))
        headers.append({"title": doc.meta.title, "publisher": doc.meta.publisher,
                        "date": doc.meta.date})
    built = load_corpus(corpus_dir)
    forms: set[str] = set()
    for batch in built.batches:
        for node in batch.nodes:
            if node.label in VARIED:
                forms.update(f for f in [node.name, *node.aliases] if len(f) >= 3)
    text = "\n".join(c.text for c in chapters)
    names = sorted((f for f in forms if f in text), key=lambda f: (-len(f), f))
    return Source(tuple(chapters), tuple(headers), tuple(names))


def prefix(group: int) -> str:
    """The invented prefix of a group; group 0 keeps the names as they are."""
    if group == 0:
        return ""
    n = group - 1
    head, tail = _HEADS[n % len(_HEADS)], _TAILS[(n // len(_HEADS)) % len(_TAILS)]
    extra = n // (len(_HEADS) * len(_TAILS))
    return head + tail + ("" if extra == 0 else _HEADS[extra % len(_HEADS)])


def vary(text: str, pattern: re.Pattern[str] | None, group_prefix: str) -> str:
    if not group_prefix or pattern is None:
        return text

    def one(m: re.Match[str]) -> str:
        name = m.group(0)
        for lead in _KEEP_LEADING:
            if name.startswith(lead) and len(name) > len(lead) + 1:
                return lead + group_prefix + name[len(lead):]
        return group_prefix + name

    return pattern.sub(one, text)


def generate(n: int, out_dir: Path, corpus_dir: Path, seed: int = 2026,
             source: Source | None = None) -> dict:
    """Write `n` documents (and a manifest.json) into `out_dir`; return what was written."""
    source = source or read_source(corpus_dir)
    rnd = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    pattern = re.compile("|".join(map(re.escape, source.names))) if source.names else None
    manifest: dict[str, dict] = {}
    total = 0
    for i in range(n):
        group = i // GROUP_SIZE
        head = source.headers[i % len(source.headers)]
        picked = sorted(rnd.sample(range(len(source.chapters)), rnd.randint(2, 6)))
        chapters = [source.chapters[k].text for k in picked]
        title = "{}（汇编第{}号）".format(vary(head["title"], pattern, prefix(group)), i + 1)
        date = head["date"] or "2021-01-01"
        publisher = head["publisher"] or "天津市滨海新区人民政府"
        body = vary("\n\n".join(chapters), pattern, prefix(group))
        text = "{t}\n发布日期: {d} 09:00      来源: {p}\n\n    {t}\n\n{b}\n".format(
            t=title, d=date, p=publisher, b=body)
        name = "gen-{:05d}.txt".format(i + 1)
        (out_dir / name).write_text(text, encoding="utf-8")
        manifest[name] = {"title": title, "publisher": publisher, "date": date}
        total += len(text.encode("utf-8"))
    (out_dir / "manifest.json").write_text(
        json.dumps({"documents": manifest}, ensure_ascii=False, indent=1), encoding="utf-8")
    return {"documents": n, "bytes": total, "groups": -(-n // GROUP_SIZE),
            "names_varied": len(source.names)}
