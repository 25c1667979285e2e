"""Run the benchmark modules and print one table of figures.

Usage: `python -m bench` (every module) or `python -m bench store build` (those named).
A module that fails is reported in the table and makes the exit code 1; the others still run.
"""

from __future__ import annotations

import importlib
import sys
import time
import traceback
from pathlib import Path

from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent


def modules() -> list[str]:
    return sorted(p.stem for p in HERE.glob("*.py") if not p.stem.startswith("_"))


def fmt(value: float | str) -> str:
    if isinstance(value, float):
        return "{:.3f}".format(value) if abs(value) < 100 else "{:,.0f}".format(value)
    return str(value)


def main(argv: list[str]) -> int:
    names = argv or modules()
    unknown = [n for n in names if n not in modules()]
    if unknown:
        print("no bench module {}; known: {}".format(", ".join(unknown), ", ".join(modules())),
              file=sys.stderr)
        return 2
    console = Console()
    table = Table(title="policykg bench")
    for col, justify in (("module", "left"), ("figure", "left"), ("value", "right"),
                         ("unit", "left")):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    failed = False
    for name in names:
        t0 = time.perf_counter()
        try:
            module = importlib.import_module("bench." + name)
            rows = module.run()
        except Exception as exc:  # noqa: BLE001 - report and go on with the others
            failed = True
            traceback.print_exc()
            table.add_row(name, "FAILED", type(exc).__name__, str(exc)[:80])
            continue
        for figure, value, unit in rows:
            table.add_row(name, figure, fmt(value), unit)
        console.print("[dim]{} done in {:.1f} s[/dim]".format(name, time.perf_counter() - t0))
    console.print(table)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
