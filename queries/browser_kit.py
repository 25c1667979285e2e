"""The Neo4j Browser kit, generated from the ontology and the query library.

`python -m queries.browser_kit` writes neo4j/:
- policykg.grass — one colour per label, caption by name (drag it onto Neo4j Browser);
- favorites/*.cypher — every named query as a Browser favourite (drag the files, or the
  folder, onto the Favorites pane); the first comment line is the favourite's title;
- params.cypher — one `:params {…}` map of every parameter with its default, to edit and run first.

Generated so that a new query or label reaches Browser users without hand edits; a test
checks that neo4j/ matches what this module would write.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ontology.schema import LABELS
from queries import NamedQuery, QueryParam, library

KIT_DIR = Path(__file__).resolve().parent.parent / "neo4j"

# The page (api/static/app.js) uses the same colours, so both views look alike.
COLOURS = {"Document": "#C990C0", "Section": "#A5ABB6", "Passage": "#A5ABB6", "Zone": "#4C8EDA",
           "Park": "#57C7E3", "Industry": "#F16667", "Enterprise": "#D9A35E", "Platform": "#8DCC93",
           "Project": "#ECB5C9", "Task": "#FFC454", "Bureau": "#DA7194", "Target": "#569480"}
# Nodes without a short name are captioned by what identifies them.
CAPTIONS = {"Passage": "{text}", "Task": "{number}", "Target": "{name}"}
EXAMPLES = {"str": "", "int": 0, "float": 0.0, "bool": False, "list[str]": [], "ids": []}


def _darker(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(int(r * 0.85), int(g * 0.85), int(b * 0.85))


def grass() -> str:
    parts = ["node {\n  diameter: 50px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n  border-width: 2px;\n"
             "  text-color-internal: #FFFFFF;\n  font-size: 10px;\n}\n",
             "relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n  padding: 3px;\n"
             "  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n  caption: '<type>';\n}\n"]
    for lab in LABELS:
        colour = COLOURS[lab.name]
        diameter = "35px" if lab.lexical else "55px"
        parts.append("node.{0} {{\n  color: {1};\n  border-color: {2};\n  text-color-internal: #2A2C34;\n"
                     "  diameter: {3};\n  caption: '{4}';\n}}\n".format(
                         lab.name, colour, _darker(colour), diameter, CAPTIONS.get(lab.name, "{name}")))
    return "\n".join(parts)


def favourite(q: NamedQuery) -> str:
    header = [f"// {q.name}: {q.description.split('。')[0]}",
              f"// {q.description}"]
    if q.params:
        header.append("// parameters (set them first, e.g. from params.cypher):")
        header += [f"//   :param {p.name} => {_literal(_value(p))}"
                   f"  // {p.type}{'' if p.required else ', optional'}: {p.description}" for p in q.params]
    return "\n".join(header) + "\n" + q.cypher.strip() + "\n"


def _value(p: QueryParam) -> object:
    """An optional parameter keeps its default (null means "any"); a required one gets an
    empty value of its type for the user to fill in."""
    return p.default if not p.required else EXAMPLES[p.type]


def _literal(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


def params() -> str:
    values: dict[str, str] = {}
    for q in library().values():
        for p in q.params:
            values.setdefault(p.name, _literal(_value(p)))
    body = ",\n  ".join(f"{name}: {values[name]}" for name in sorted(values))
    return ("// Parameters of the policykg queries with their defaults. Edit the values (a name from\n"
            "// your graph, a year, a task number), then run this in Neo4j Browser before a favourite.\n"
            f":params {{\n  {body}\n}}\n")


def files() -> dict[str, str]:
    out = {"policykg.grass": grass(), "params.cypher": params()}
    for q in library().values():
        out[f"favorites/{q.name}.cypher"] = favourite(q)
    return out


def write(folder: Path = KIT_DIR) -> list[Path]:
    written = []
    for rel, text in files().items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    for stale in (folder / "favorites").glob("*.cypher"):
        if f"favorites/{stale.name}" not in files():
            stale.unlink()
    return written


if __name__ == "__main__":  # pragma: no cover
    for path in write(Path(sys.argv[1]) if len(sys.argv) > 1 else KIT_DIR):
        print(path)
