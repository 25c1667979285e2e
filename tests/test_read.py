"""Reading: encodings detected from evidence, normalisation that maps back, site chrome."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.chrome import build_meta, iso_date, strip_chrome
from loaders.model import DocumentError
from loaders.normalise import LineIndex, normalise
from loaders.read import read_document

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
TEXT = "第一章 总则\n一、发展目标（2021—2025年）：到2025年，建成“一基地三区”。\n"


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("gb18030", "gb18030"), ("gbk", "gb18030"),
    ("utf-16", "utf-16-le"), ("utf-16-be", "utf-16-be"),
])
def test_encodings_are_detected_and_named(tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes((TEXT * 5).encode(encoding))
    raw = read_document(path)
    assert raw.encoding == expected
    assert raw.raw_text.lstrip("\ufeff") == TEXT * 5


def test_big5_is_read_as_big5_not_as_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "big5.txt"
    text = "臺北市政府關於推動產業發展的實施方案\n一、發展目標\n到2025年,產業規模顯著擴大,企業數量明顯增加。\n" * 5
    path.write_bytes(text.encode("big5"))
    raw = read_document(path)
    assert raw.encoding == "big5" and raw.raw_text == text


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    import random

    rng = random.Random(5)
    path = tmp_path / "noise.txt"
    refused = 0
    for _ in range(40):
        path.write_bytes(bytes(rng.randrange(256) for _ in range(rng.randint(200, 2000))))
        try:
            read_document(path)
        except DocumentError as exc:
            refused += 1
            assert exc.file == "noise.txt" and ("binary" in exc.cause or "UTF-8" in exc.cause)
    assert refused == 40


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes((TEXT * 5).encode("utf-16-le"))
    assert read_document(path).encoding == "utf-16-le"


def test_truncated_utf8_is_rejected_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes((TEXT * 20).encode("utf-8")[:-2])
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert err.value.file == "cut.txt"
    assert "truncated" in err.value.cause and "end of the file" in err.value.cause


def test_text_in_no_known_encoding_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Ærøskøbing façade naïve déjà vu ".encode("latin-1") * 10)
    with pytest.raises(DocumentError, match="save it as UTF-8"):
        read_document(path)


def test_normalise_maps_every_character_back() -> None:
    raw = "一、目标\r\n[bookmark: _Toc123]（一）建成　“滨城”，ＡＢＣ１２３——完成。\u200b\n"
    text, offsets = normalise(raw)
    assert len(text) == len(offsets)
    assert "[bookmark" not in text and "\r" not in text and "\u200b" not in text
    assert "(一)建成 “滨城”,ABC123——完成。" in text
    assert text.count("\n") == raw.count("\n")  # line n stays line n
    for i, ch in enumerate(text):
        src = raw[offsets[i]]
        assert ch == src or ch in "(), ABC123" and src not in "\n"


def test_line_index() -> None:
    idx = LineIndex("a\nbb\n\nccc")
    assert [idx.line_of(i) for i in (0, 2, 3, 5, 6, 8)] == [1, 2, 2, 3, 4, 4]
    assert idx.start_of(4) == 6


def test_chrome_blanked_and_metadata_kept() -> None:
    raw = read_document(CORPUS / "2020-06-30_binhai_2020-key-tasks-measures.txt")
    text, offsets = normalise(raw.raw_text)
    chrome = strip_chrome(text, offsets)
    assert chrome.text.count("\n") == text.count("\n")
    assert "当前位置" not in chrome.text and "扫一扫" not in chrome.text
    assert "政府网站" not in chrome.text and "索引号" not in chrome.text
    assert len(chrome.text) == len(chrome.offsets)
    meta = build_meta(chrome.fields, [])
    assert meta.doc_number == "津滨政发〔2020〕20号"
    assert meta.index_number == "87-6344-2020-00035"
    assert meta.date == "2020-06-30"
    assert meta.publisher == "天津市滨海新区人民政府"  # the issuer named in the title
    assert meta.title.startswith("天津市滨海新区人民政府关于印发")


def test_a_site_s_welcome_banner_is_chrome() -> None:
    text = "欢迎光临星河MALL-科技成果交易平台!\n首页  >  新闻详细\n\n某区发布星河产业园建设方案\n"
    chrome = strip_chrome(text, list(range(len(text))))
    assert "欢迎" not in chrome.text and "交易平台" not in chrome.text
    assert "星河产业园建设方案" in chrome.text  # the body stays


def test_site_header_date_and_source() -> None:
    raw = read_document(CORPUS / "2021-07-20_bonded-zone_14th-five-year-plan.txt")
    text, offsets = normalise(raw.raw_text)
    chrome = strip_chrome(text, offsets)
    assert iso_date(chrome.fields["published"]) == "2021-07-20"
    assert chrome.fields["source"] == "天津港保税区"
    assert "主办单位" not in chrome.text and "ICP备" not in chrome.text
    assert "加强规划落实" in chrome.text  # the last heading survives the footer cut


def test_iso_dates() -> None:
    assert iso_date("2020年6月30日") == "2020-06-30"
    assert iso_date("2021-07-31 17:25") == "2021-07-31"
    assert iso_date("十四五") is None


def test_common_portal_furniture_in_an_unseen_page() -> None:
    text = "\n".join([
        "首页 > 政务公开 > 政策文件",
        "当前位置:首页 > 政策文件",
        "某某市人民政府办公厅关于印发某某市促进会展业发展若干措施的通知",
        "发布时间:2022-03-15 09:30    来源:市政府办公厅",
        "【字体:大 中 小】",
        "浏览次数:1024",
        "各区人民政府,市政府各部门:",
        "现将《某某市促进会展业发展若干措施》印发给你们,请认真贯彻落实。",
        "【打印本页】 【关闭窗口】",
        "版权所有:某某市人民政府办公厅",
    ])
    text, offsets = normalise(text)
    chrome = strip_chrome(text, offsets)
    kept = [line for line in chrome.text.split("\n") if line]
    assert kept == ["某某市人民政府办公厅关于印发某某市促进会展业发展若干措施的通知",
                    "各区人民政府,市政府各部门:",
                    "现将《某某市促进会展业发展若干措施》印发给你们,请认真贯彻落实。"]
    meta = build_meta(chrome.fields, [kept[0]])
    assert meta.date == "2022-03-15"
    assert meta.publisher == "某某市人民政府办公厅"


def test_line_ends_of_every_platform(tmp_path: Path) -> None:
    for name, sep in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        path = tmp_path / f"{name}.txt"
        path.write_bytes(sep.join(["第一章 总则", "为规范管理,制定本办法。", "第二章 附则"]).encode())
        raw = read_document(path)
        text, offsets = normalise(raw.raw_text)
        assert text.split("\n") == ["第一章 总则", "为规范管理,制定本办法。", "第二章 附则"], name


@pytest.mark.parametrize("page, date", [
    ("# title: 某区推进某某工作\n首页 > 资讯\n某区推进某某工作\n2022年04月27日 22:174月24日,某区召开会议。\n", "2022-04-27"),
    ("某某新篇章\n时间: 2025-02-14 14:22:38 浏览次数: 次浏览\n新年伊始,某区迎来突破。\n", "2025-02-14"),
    ("# source: https://news.example.cn/2025-06-14/abc.html\n# title: 某某签约\n某某签约仪式举行。\n",
     "2025-06-14"),
    ("某某工作方案\n一、总体要求\n到2025年,某某达到100家。\n", None),
])
def test_a_news_page_s_date_from_its_dateline_or_address(page: str, date: str | None) -> None:
    text, offsets = normalise(page)
    chrome = strip_chrome(text, offsets)
    assert build_meta(chrome.fields, []).date == date
