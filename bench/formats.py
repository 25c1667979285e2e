"""PDF and Word against text: each bundled document printed to a real PDF (reportlab, Chinese
CID font, wrapped lines, running header, page numbers) and written to a real .docx
(python-docx, headings, tables), then built; the share of the text file's entities and
relationships each gives (Jaccard, domain only), and the reading time per format."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from loaders.formats import read_file
from loaders.pipeline import load_corpus
from policykg.settings import PROJECT_ROOT


def _facts(folder: Path) -> tuple[set, set]:
    result = load_corpus(folder)
    nodes = {(n.label, n.id) for b in result.batches for n in b.nodes
             if n.label not in ("Document", "Section", "Passage")}
    edges = {(e.rel, e.src, e.dst) for b in result.batches for e in b.edges
             if e.rel not in ("HAS_SECTION", "HAS_PASSAGE", "MENTIONS", "CITES")}
    return nodes, edges


def run() -> list[tuple[str, float | str, str]]:
    import sys

    sys.path.insert(0, str(PROJECT_ROOT))
    from tests.documents import make_docx, make_pdf

    corpus = PROJECT_ROOT / "data" / "corpus"
    rows: list[tuple[str, float | str, str]] = []
    worst = {"pdf": (1.0, 1.0), "docx": (1.0, 1.0)}
    reading = {"txt": 0.0, "pdf": 0.0, "docx": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        for src in sorted(corpus.glob("*.txt")):
            facts = {}
            for kind in ("txt", "pdf", "docx"):
                folder = Path(tmp) / f"{src.stem}-{kind}"
                folder.mkdir()
                shutil.copy(corpus / "manifest.json", folder / "manifest.json")
                target = folder / f"{src.stem}.{kind}"
                {"txt": shutil.copy, "pdf": make_pdf, "docx": make_docx}[kind](src, target)
                t0 = time.perf_counter()
                read_file(target)
                reading[kind] += time.perf_counter() - t0
                facts[kind] = _facts(folder)
            for kind in ("pdf", "docx"):
                (tn, te), (n, e) = facts["txt"], facts[kind]
                jn, je = len(tn & n) / len(tn | n), len(te & e) / len(te | e)
                worst[kind] = (min(worst[kind][0], jn), min(worst[kind][1], je))
                rows.append((f"{src.stem[:40]} {kind}: entities / relationships", f"{jn:.3f} / {je:.3f}",
                             "Jaccard"))
    for kind in ("pdf", "docx"):
        rows.append((f"{kind} worst over the corpus: entities / relationships",
                     f"{worst[kind][0]:.3f} / {worst[kind][1]:.3f}", "Jaccard"))
    for kind, seconds in reading.items():
        rows.append((f"reading all 5 documents as {kind}", seconds, "s"))
    return rows


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure:60} {value} {unit}")
