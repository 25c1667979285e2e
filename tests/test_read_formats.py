"""PDF and Word files, made for real from the bundled documents (reportlab, python-docx),
build to the graph their text files build to; bad ones are refused with a named cause."""

from __future__ import annotations

import io
import shutil
import zipfile
import zlib
from pathlib import Path

import pytest

from loaders.formats import read_file
from loaders.model import DocumentError
from loaders.pipeline import load_corpus, read_document, structure
from tests.documents import HEADER, make_docx, make_pdf

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
DOCS = ("2021-07-20_bonded-zone_14th-five-year-plan", "2021_binhai_14th-five-year-plan")
# Measured on the whole bundled corpus (bench/formats.py prints it): PDF nodes ≥ 0.98,
# relationships ≥ 0.93; Word nodes ≥ 0.99, relationships ≥ 0.98 (Jaccard with the text file).
TOLERANCE = {"pdf": (0.97, 0.92), "docx": (0.98, 0.97)}


def _facts(folder: Path) -> tuple[set, set, list]:
    result = load_corpus(folder)
    assert not result.errors, result.errors
    nodes = {(n.label, n.id) for b in result.batches for n in b.nodes
             if n.label not in ("Document", "Section", "Passage")}
    edges = {(e.rel, e.src, e.dst) for b in result.batches for e in b.edges
             if e.rel not in ("HAS_SECTION", "HAS_PASSAGE", "MENTIONS", "CITES")}
    return nodes, edges, result.documents


def _folder(tmp: Path, stem: str, kind: str) -> Path:
    folder = tmp / kind
    folder.mkdir()
    shutil.copy(CORPUS / "manifest.json", folder / "manifest.json")
    src = CORPUS / f"{stem}.txt"
    target = folder / f"{stem}.{kind}"
    {"txt": shutil.copy, "pdf": make_pdf, "docx": make_docx}[kind](src, target)
    return folder


@pytest.mark.parametrize("stem", DOCS)
def test_pdf_and_docx_build_the_graph_of_their_text(tmp_path: Path, stem: str) -> None:
    text_nodes, text_edges, _ = _facts(_folder(tmp_path, stem, "txt"))
    for kind, (node_floor, edge_floor) in TOLERANCE.items():
        nodes, edges, docs = _facts(_folder(tmp_path, stem, kind))
        same_nodes = len(nodes & text_nodes) / len(nodes | text_nodes)
        same_edges = len(edges & text_edges) / len(edges | text_edges)
        assert same_nodes >= node_floor and same_edges >= edge_floor, (kind, same_nodes,
                                                                      same_edges)
        # Evidence: every passage is the text at its offsets (a sentence across lines is
        # joined), and every offset maps back into the file's text.
        main = docs[0]
        assert main.doc_id == f"doc:{stem}" and main.meta.title
        for p in main.passages:
            if p.kind == "sentence":  # (a table row's passage is its cells joined by |)
                assert "".join(main.text[p.start:p.end].split()) == "".join(p.text.split())
        # The map back into the file is made when the file is read (a build drops it once
        # extraction is done): one offset per character of the text.
        read = structure(read_document(tmp_path / kind / f"{stem}.{kind}"))[0]
        assert read.text == main.text and len(read.offsets) == len(read.text)


def test_pdf_reading_drops_page_furniture_and_joins_wrapped_lines(tmp_path: Path) -> None:
    src = CORPUS / f"{DOCS[0]}.txt"
    raw = read_file(make_pdf(src, tmp_path / "doc.pdf"))
    assert raw.encoding == "pdf"
    assert HEADER not in raw.raw_text
    assert "- 3 -" not in raw.raw_text and "- 12 -" not in raw.raw_text
    # A long paragraph of the text file comes back as one line, not as its printed lines.
    longest = max((ln.strip() for ln in src.read_text(encoding="utf-8").splitlines()), key=len)
    assert longest in [line.strip() for line in raw.raw_text.splitlines()]


def test_a_scanned_pdf_without_text_is_refused_with_what_to_do(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    for _ in range(3):
        c.rect(50, 50, 400, 600, fill=1)  # a page that is a picture, no text
        c.showPage()
    c.save()
    with pytest.raises(DocumentError, match=r"^scan.pdf: no text layer.*OCR"):
        read_file(path)


def test_an_encrypted_pdf_is_refused_and_a_copy_protected_one_is_read(tmp_path: Path) -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

    def make(name: str, user: str) -> Path:
        path = tmp_path / name
        enc = pdfencrypt.StandardEncryption(user, ownerPassword="owner", canCopy=0)
        c = canvas.Canvas(str(path), encrypt=enc)
        c.setFont("STSong-Light", 12)
        for i in range(3):
            c.drawString(72, 700, f"某某区关于推进数字经济发展的实施意见第{i + 1}页正文内容")
            c.showPage()
        c.save()
        return path

    with pytest.raises(DocumentError, match=r"^locked.pdf: encrypted.*password"):
        read_file(make("locked.pdf", "secret"))
    assert "数字经济" in read_file(make("protected.pdf", "")).raw_text
    # The same with AES, as most PDF writers encrypt today.
    from pypdf import PdfReader, PdfWriter

    for name, user in (("aes-protected.pdf", ""), ("aes-locked.pdf", "secret")):
        writer = PdfWriter(clone_from=PdfReader(make("plain-" + name, "")))
        writer.encrypt(user_password=user, owner_password="owner", algorithm="AES-128")
        with open(tmp_path / name, "wb") as fh:
            writer.write(fh)
    assert "数字经济" in read_file(tmp_path / "aes-protected.pdf").raw_text
    with pytest.raises(DocumentError, match=r"^aes-locked.pdf: encrypted"):
        read_file(tmp_path / "aes-locked.pdf")


def _pdf_with_stream(body: bytes) -> bytes:
    """A minimal one-page PDF whose content stream is `body`, Flate-compressed."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body +
               b"\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def test_a_pdf_that_inflates_to_gigabytes_is_refused_at_once(tmp_path: Path) -> None:
    zipper = zlib.compressobj(9)
    chunk = b"\0" * (16 << 20)
    body = b"".join(zipper.compress(chunk) for _ in range(128)) + zipper.flush()  # 2 GiB
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_pdf_with_stream(body))
    assert path.stat().st_size < 5 << 20
    with pytest.raises(DocumentError, match=r"^bomb.pdf: a stream inflates past"):
        read_file(path)


def test_a_docx_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"<w:t>" + b"a" * (1 << 20)
            for _ in range(300):  # 300 MB of text, a few hundred KB zipped
                fh.write(chunk)
    assert path.stat().st_size < 5 << 20
    with pytest.raises(DocumentError, match=r"^bomb.docx: unpacks to 300 MB.*zip bomb"):
        read_file(path)


def test_word_headings_and_tables_become_lines(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("某某区促进新材料产业发展若干措施", level=0)
    document.add_heading("一、支持园区建设", level=1)
    document.add_paragraph("支持建设新材料产业园。\n引进龙头企业。")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([("序号", "项目", "单位"), ("1", "甲材料项目", "甲公司")]):
        for k, text in enumerate(row):
            table.cell(r, k).text = text
    document.add_paragraph("二、保障措施")
    path = tmp_path / "measures.docx"
    document.save(str(path))
    lines = read_file(path).raw_text.splitlines()
    assert lines[:4] == ["某某区促进新材料产业发展若干措施", "一、支持园区建设",
                         "支持建设新材料产业园。", "引进龙头企业。"]
    assert lines[4:12] == ["序号", "项目", "单位", "", "1", "甲材料项目", "甲公司", ""]
    assert lines[-1] == "二、保障措施"


@pytest.mark.parametrize("name,data,cause", [
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, r"old Word \.doc.*save it as \.docx"),
    ("office.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, r"WPS.*\.docx"),
    ("invoice.ofd", b"PK\x03\x04" + b"\0" * 100, r"OFD.*export it as PDF"),
    ("renamed.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, r"not a \.docx"),
    ("sheet.docx", None, r"without word/document.xml"),
    ("fake.pdf", b"hello, not a pdf at all", r"not a PDF"),
    ("broken.docx", b"PK\x03\x04 truncated", r"not a Word \.docx"),
])
def test_formats_that_cannot_be_read_say_what_to_do(tmp_path: Path, name: str,
                                                    data: bytes | None, cause: str) -> None:
    path = tmp_path / name
    if data is None:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("xl/workbook.xml", "<workbook/>")
    else:
        path.write_bytes(data)
    with pytest.raises(DocumentError, match=rf"^{name}: .*{cause}"):
        read_file(path)
