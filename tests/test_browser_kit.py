"""The Neo4j Browser kit in neo4j/ is what queries.browser_kit generates, covers every label
and query, and uses the page's colours."""

from __future__ import annotations

import re
from pathlib import Path

from ontology.schema import LABELS
from queries import library
from queries.browser_kit import COLOURS, KIT_DIR, files

ROOT = Path(__file__).resolve().parent.parent


def test_the_kit_is_up_to_date() -> None:
    expected = files()
    for rel, text in expected.items():
        path = KIT_DIR / rel
        assert path.is_file() and path.read_text(encoding="utf-8") == text, \
            f"neo4j/{rel} is stale: run `python -m queries.browser_kit`"
    on_disk = {f"favorites/{p.name}" for p in (KIT_DIR / "favorites").glob("*.cypher")}
    assert on_disk == {k for k in expected if k.startswith("favorites/")}


def test_every_label_has_a_colour_and_a_caption() -> None:
    grass = (KIT_DIR / "policykg.grass").read_text(encoding="utf-8")
    for lab in LABELS:
        block = re.search(r"node\." + lab.name + r" \{(.*?)\}", grass, re.S)
        assert block, lab.name
        assert "caption: '{" in block.group(1) and COLOURS[lab.name] in block.group(1)
    assert len({COLOURS[lab.name] for lab in LABELS if lab.domain}) == sum(1 for lab in LABELS if lab.domain)


def test_the_page_uses_the_same_colours() -> None:
    js = (ROOT / "api" / "static" / "app.js").read_text(encoding="utf-8")
    page = dict(re.findall(r"(\w+): '(#[0-9A-Fa-f]{6})'", js.split("const COLOR = ", 1)[1].split("};", 1)[0]))
    assert page == COLOURS


def test_every_favourite_names_its_parameters_and_params_sets_them_all() -> None:
    params = (KIT_DIR / "params.cypher").read_text(encoding="utf-8")
    for q in library().values():
        fav = (KIT_DIR / "favorites" / f"{q.name}.cypher").read_text(encoding="utf-8")
        assert fav.startswith(f"// {q.name}: ") and q.cypher.strip() in fav
        for p in q.params:
            assert f":param {p.name} =>" in fav
            assert re.search(r"^\s+" + p.name + r": ", params, re.M), p.name
