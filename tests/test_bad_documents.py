"""Bad documents in a corpus folder: each is built or rejected with a message naming the file
and the cause, and every other document is still built (and written, whole)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from loaders.model import DocumentError
from loaders.pipeline import find_documents, load_corpus, read_document, structure

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
GOOD = "2023_tianjin_beijing-tianjin-hebei-action-plan.txt"
PLAN = ("某某区人民政府关于印发某某区数字经济发展行动方案的通知\n\n"
        "一、总体目标\n\n到2025年,数字经济核心产业增加值达到200亿元。\n\n"
        "二、重点任务\n\n(一)建设数字产业园。推进数据中心项目建设。\n")


@pytest.fixture
def bad_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / GOOD, corpus / GOOD)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (corpus / "gb18030.txt").write_bytes(PLAN.encode("gb18030"))
    (corpus / "utf16.txt").write_bytes(PLAN.encode("utf-16"))
    (corpus / "truncated.txt").write_bytes((PLAN * 3).encode("utf-8")[:-2])
    with open(corpus / "huge.txt", "wb") as f:  # 30 MB
        f.truncate(30 * 1024 * 1024)
    (corpus / "page.html").write_text(
        "<!DOCTYPE html><html><head><title>某某区人民政府</title><style>p{color:red}</style>"
        "<script>var x = '<p>不是正文</p>';</script></head><body><div class='nav'>当前位置:首页"
        "</div><h1>某某区促进新材料产业发展若干措施</h1><p>一、支持企业创新</p>"
        "<p>对新认定的企业给予奖励。</p><p>二、支持园区建设</p><p>支持建设新材料产业园。</p>"
        "</body></html>", encoding="utf-8")
    (corpus / "no-headings.txt").write_text(
        "关于推进某某工作的说明\n这是一段没有任何标题的文字。它有两句话。\n另一段文字。\n",
        encoding="utf-8")
    items = "\n".join(f"{n}.第{n}项工作任务,由相关部门负责落实。" for n in range(1, 10001))
    (corpus / "ten-thousand-items.txt").write_text("某某工作任务清单\n" + items + "\n",
                                                   encoding="utf-8")
    (corpus / "same-title-a.txt").write_text(PLAN, encoding="utf-8")
    (corpus / "same-title-b.txt").write_text(PLAN, encoding="utf-8")
    sub = corpus / "sub"
    sub.mkdir()
    (sub / "same-title-a.txt").write_text(PLAN, encoding="utf-8")  # same file name, elsewhere
    os.symlink(corpus, sub / "loop")  # a folder link back up: a loop
    os.symlink("self.txt", corpus / "self.txt")  # a file link to itself
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    return corpus


def _by_file(errors: list[DocumentError]) -> dict[str, str]:
    return {e.file: e.cause for e in errors}


def test_each_bad_document_is_built_or_named_with_its_cause(bad_corpus: Path) -> None:
    started = time.perf_counter()
    result = load_corpus(bad_corpus)
    elapsed = time.perf_counter() - started
    errors = _by_file(result.errors)
    assert set(errors) == {"empty.txt", "binary.txt", "truncated.txt", "huge.txt", "notes.docx"}
    assert "empty" in errors["empty.txt"]
    assert "binary" in errors["binary.txt"]
    assert "truncated" in errors["truncated.txt"]
    assert "too large" in errors["huge.txt"] and "31.5 MB" in errors["huge.txt"]
    for e in result.errors:
        assert str(e).startswith(e.file + ": ")

    docs = {d.doc_id: d for d in result.documents}
    stem = GOOD.removesuffix(".txt")
    assert {f"doc:{stem}", f"doc:{stem}:a1", f"doc:{stem}:a2"} <= set(docs)
    # Detected, not guessed: the encodings are named in the warnings.
    assert any(w.startswith("gb18030.txt: decoded as gb18030") for w in result.warnings)
    assert any(w.startswith("utf16.txt: decoded as utf-16") for w in result.warnings)
    for name in ("gb18030", "utf16"):
        d = docs[f"doc:{name}"]
        assert d.meta.title == "某某区人民政府关于印发某某区数字经济发展行动方案的通知"
        assert [s.title for s in d.sections if s.level == 1] == ["总体目标", "重点任务"]
    # The HTML page: tags, scripts and the breadcrumb stripped, structure kept.
    page = docs["doc:page"]
    text = " ".join(p.text for p in page.passages)
    assert "<" not in text and "不是正文" not in text and "当前位置" not in text
    assert page.meta.title == "某某区促进新材料产业发展若干措施"
    assert [s.title for s in page.sections if s.level == 1] == ["支持企业创新", "支持园区建设"]
    # No headings: one front section holds the text.
    plain = docs["doc:no-headings"]
    assert [s.level for s in plain.sections] == [0]
    assert [p.text for p in plain.passages][1:] == ["这是一段没有任何标题的文字。", "它有两句话。",
                                                     "另一段文字。"]
    # Ten thousand list items: all of them, quickly.
    many = docs["doc:ten-thousand-items"]
    assert len([s for s in many.sections if s.level == 1]) == 10000
    assert elapsed < 30
    # Same title, different files: different documents.
    assert docs["doc:same-title-a"].meta.title == docs["doc:same-title-b"].meta.title
    assert "doc:sub-same-title-a" in docs
    assert any("already used" in w for w in result.warnings)
    # The folder loop and the self-link are named, not followed forever.
    assert any("loop" in w and w.startswith("sub/loop") for w in result.warnings)
    assert any(w.startswith("self.txt") for w in result.warnings)
    assert "docx" in errors["notes.docx"]  # a Word file, but a broken one: named, not read
    # Every built document has a batch, and the batches' ids do not collide.
    assert {b.source for b in result.batches} == set(docs)
    ids = [n.id for b in result.batches for n in b.nodes if n.label in ("Section", "Passage")]
    assert len(ids) == len(set(ids))


def test_batches_land_whole_in_the_embedded_store(bad_corpus: Path, store_factory) -> None:
    result = load_corpus(bad_corpus)
    store = store_factory()
    store.apply_schema()
    store.rebuild(result.batches)
    rows = store.read("MATCH (d:Document) WHERE d.kind <> 'cited' RETURN d.id AS id",
                      limit=1000).rows
    got = {r["id"] if isinstance(r, dict) else r[0] for r in rows}
    assert got == {d.doc_id for d in result.documents}
    bad = {f"doc:{n}" for n in ("empty", "binary", "truncated", "huge")}
    assert not got & bad
    count = store.read("MATCH (p:Passage {doc: $doc}) RETURN count(p) AS n",
                       {"doc": "doc:ten-thousand-items"}).rows[0]
    n = count["n"] if isinstance(count, dict) else count[0]
    assert n == len(next(d for d in result.documents
                         if d.doc_id == "doc:ten-thousand-items").passages)


def test_read_errors_name_file_and_what_to_do(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(DocumentError, match=r"^missing.txt: cannot be read"):
        read_document(missing)
    small = tmp_path / "small.txt"
    small.write_text(PLAN, encoding="utf-8")
    with pytest.raises(DocumentError, match=r"too large .* raise the limit"):
        read_document(small, max_bytes=10)
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\n  \n", encoding="utf-8")
    with pytest.raises(DocumentError, match="empty file"):
        read_document(blank)


def test_only_site_furniture_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "nav.txt"
    path.write_text("当前位置:首页> 政务公开\n字号:\n扫一扫在手机打开当前页\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="no text left"):
        structure(read_document(path))


def test_missing_corpus_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="corpus folder not found"):
        find_documents(tmp_path / "nowhere")
