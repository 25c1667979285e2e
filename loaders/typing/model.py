"""The typing model: a multinomial logistic regression stored as plain JSON.

Training (policykg.train, `make train`) uses scikit-learn; applying it needs only the weights,
so a build does not import scikit-learn and the model file is small, diffable and the same
on every machine. Classes are the labels a candidate may take, and `none`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("model.json")


@dataclass(frozen=True)
class TypingModel:
    classes: tuple[str, ...]
    index: dict[str, int]  # feature name -> column
    coef: tuple[tuple[float, ...], ...]  # one row per class
    intercept: tuple[float, ...]
    about: dict

    def proba(self, feats: dict[str, float]) -> dict[str, float]:
        scores = list(self.intercept)
        for name, value in feats.items():
            col = self.index.get(name)
            if col is None or not value:
                continue
            for k, row in enumerate(self.coef):
                scores[k] += row[col] * value
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp)}

    def to_json(self) -> dict:
        names = sorted(self.index, key=self.index.get)  # type: ignore[arg-type]
        return {"about": self.about, "classes": list(self.classes), "features": names,
                "coef": [[round(v, 5) for v in row] for row in self.coef],
                "intercept": [round(v, 5) for v in self.intercept]}

    @classmethod
    def from_json(cls, data: dict) -> "TypingModel":
        return cls(tuple(data["classes"]), {n: i for i, n in enumerate(data["features"])},
                   tuple(tuple(r) for r in data["coef"]), tuple(data["intercept"]),
                   data.get("about", {}))


@dataclass(frozen=True)
class Typing:
    """Two decisions: whether a candidate is a thing at all (`keep`: classes keep/none), and
    which label it takes when the extractors proposed several (`label`: the labels)."""

    keep: TypingModel
    label: TypingModel
    threshold: float  # a candidate is dropped when P(none) reaches this
    about: dict

    def to_json(self) -> dict:
        return {"about": self.about, "threshold": self.threshold,
                "keep": self.keep.to_json(), "label": self.label.to_json()}

    @classmethod
    def from_json(cls, data: dict) -> "Typing":
        return cls(TypingModel.from_json(data["keep"]), TypingModel.from_json(data["label"]),
                   float(data["threshold"]), data.get("about", {}))


def load(path: Path) -> Typing:
    return Typing.from_json(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def default_model() -> Typing | None:
    """The model shipped with the project, or None before `make train` has made one."""
    return load(MODEL_FILE) if MODEL_FILE.is_file() else None
