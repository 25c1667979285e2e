"""Train the typing model from labelled documents, and measure it honestly.

The candidates of every labelled document are extracted once (without typing); each gets the
label of the labelled fact it matches (by the scoring rules of gold/dev/README.md), or
`none` where the labels are complete (the unseen-document sets) and it matches nothing.
Where labels are only a sample (the seed sample), an unmatched candidate is left out: it may
well be right. A multinomial logistic regression (scikit-learn; deterministic, seconds on
two cores, a few hundred kilobytes of weights) is fitted on them and written as JSON.

Figures on the labelled documents are leave-one-document-out: each document is typed by a
model that never saw it, then all are resolved and scored together, beside the same
documents with no typing at all (rules alone).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from loaders.model import Extraction
from loaders.relations import relate
from loaders.typing import apply as apply_typing
from loaders.typing.features import LABELS, NONE, candidates, features
from loaders.typing.model import MODEL_FILE, Typing, TypingModel
from policykg.evaluate import Report, evaluate, forms_match, forms_of, variants
from policykg.gold import GoldSet, load_gold

KIND_TO_LABEL = {"zone": "Zone", "park": "Park", "industry": "Industry",
                 "enterprise": "Enterprise", "platform": "Platform", "project": "Project"}
C = 0.1  # inverse regularisation strength (checked leave-one-document-out)
COMPLETE_WEIGHT = 1.0
THRESHOLD = 0.5  # drop a candidate when P(none) reaches this


@dataclass
class LabelledDoc:
    gold: GoldSet  # the labels of the set this document belongs to
    file: str
    complete: bool  # labels complete (unmatched candidates are wrong) or a sample
    extractions: list[Extraction] = field(default_factory=list)
    _samples: tuple[list[dict[str, float]], list[str]] | None = None

    def samples(self) -> tuple[list[dict[str, float]], list[str]]:
        if self._samples is None:
            xs, ys = [], []
            for ex in self.extractions:
                found = candidates(ex)
                others = list(found)
                for surface, cand in found.items():
                    y = _label(self, surface, {m.label for m in cand.mentions})
                    if y is not None:
                        xs.append(features(cand, ex, others))
                        ys.append(y)
            self._samples = (xs, ys)
        return self._samples

    @property
    def name(self) -> str:
        return Path(self.file).stem


def extract_untyped(path: Path) -> list[Extraction]:
    from loaders.one_file import extractors
    from loaders.pipeline import read_document, structure

    out = []
    for doc in structure(read_document(path)):
        ex = Extraction(doc=doc)
        for mod in extractors():
            ex.extend(mod.extract(doc))
        out.append(ex)
    return out


def rules_alone(docs: list[LabelledDoc]) -> dict[str, list[Extraction]]:
    return {d.name: [relate(apply_typing(ex, use_model=False)) for ex in d.extractions]
            for d in docs}


def load_labelled(gold_dirs: list[Path], corpus_for: Callable[[GoldSet], Path]) -> list[LabelledDoc]:
    docs = []
    for folder in gold_dirs:
        gold = load_gold(folder)
        corpus = corpus_for(gold)
        complete = gold.corpus is not None  # the unseen-document sets are labelled completely
        for file in gold.files():
            path = corpus / file
            if path.is_file():
                docs.append(LabelledDoc(gold, file, complete, extract_untyped(path)))
    return docs


def _label(doc: LabelledDoc, surface: str, proposed: set[str]) -> str | None:
    forms = variants(surface)
    kinds = []
    for fact in doc.gold.facts:
        if fact.file != doc.file or fact.kind not in KIND_TO_LABEL:
            continue
        if forms_match(forms, forms_of(fact.names)):
            kinds.append(KIND_TO_LABEL[fact.kind])
    if kinds:
        return next((k for k in kinds if k in proposed), kinds[0])
    return NONE if doc.complete else None


def samples(docs: list[LabelledDoc]) -> tuple[list[dict[str, float]], list[str], list[float],
                                             list[bool]]:
    """Features, labels and weights; a document labelled completely teaches what is wrong as
    well as what is right, so its candidates weigh more than the seed sample's."""
    xs: list[dict[str, float]] = []
    ys: list[str] = []
    ws: list[float] = []
    complete: list[bool] = []
    for doc in docs:
        dx, dy = doc.samples()
        xs.extend(dx)
        ys.extend(dy)
        ws.extend([COMPLETE_WEIGHT if doc.complete else 1.0] * len(dx))
        complete.extend([doc.complete] * len(dx))
    return xs, ys, ws, complete


def fit_typing(xs: list[dict[str, float]], ys: list[str], weights: list[float],
               complete: list[bool], about: dict | None = None) -> Typing:
    """The keep model learns from completely labelled documents only: a sample's unmatched
    candidates are unknown, and its matched ones alone would teach that everything its rules
    find is right. The label model learns from every matched candidate."""
    full = [i for i, c in enumerate(complete) if c]
    keep = fit([xs[i] for i in full], ["none" if ys[i] == NONE else "keep" for i in full],
               [weights[i] for i in full])
    pos = [i for i, y in enumerate(ys) if y != NONE]
    label = fit([xs[i] for i in pos], [ys[i] for i in pos], [weights[i] for i in pos])
    return Typing(keep, label, THRESHOLD, about or {})


def fit(xs: list[dict[str, float]], ys: list[str], weights: list[float] | None = None,
        about: dict | None = None) -> TypingModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=True)
    x = vec.fit_transform(xs)
    clf = LogisticRegression(C=C, max_iter=2000, class_weight=None)
    clf.fit(x, ys, sample_weight=weights)
    names = vec.get_feature_names_out()
    coef = clf.coef_
    classes = list(clf.classes_)
    if len(classes) == 2:  # binary: one row; make it one per class
        coef = [-coef[0], coef[0]]
        intercept = [-clf.intercept_[0], clf.intercept_[0]]
    else:
        intercept = list(clf.intercept_)
    return TypingModel(tuple(classes), {n: i for i, n in enumerate(names)},
                       tuple(tuple(float(v) for v in row) for row in coef),
                       tuple(float(v) for v in intercept), about or {})


def score(docs: list[LabelledDoc], typed: dict[str, list[Extraction]], gold: GoldSet) -> Report:
    from loaders.resolve import resolve

    extractions = [ex for d in docs for ex in typed[d.name]]
    batches = resolve(extractions)
    nodes = {n.id: n for b in batches.values() for n in b.nodes}
    edges = [e for b in batches.values() for e in b.edges]
    return evaluate(list(nodes.values()), edges, gold)


def leave_one_out(docs: list[LabelledDoc]) -> dict[str, list[Extraction]]:
    typed = {}
    for held in docs:
        model = fit_typing(*samples([d for d in docs if d is not held]))
        typed[held.name] = [relate(apply_typing(ex, model)) for ex in held.extractions]
    return typed


def train(gold_dirs: list[Path], corpus_for: Callable[[GoldSet], Path], out: Path = MODEL_FILE,
          lodo: bool = True, log: Callable[[str], None] = print) -> dict:
    t0 = time.perf_counter()
    docs = load_labelled(gold_dirs, corpus_for)
    log(f"{len(docs)} labelled documents read in {time.perf_counter() - t0:.1f} s")
    figures: dict = {}
    if lodo:
        typed = leave_one_out(docs)
        for folder in gold_dirs:
            in_set = [d for d in docs if d.gold.folder == folder]
            gold = in_set[0].gold if in_set else load_gold(folder)
            rules = score(in_set, rules_alone(in_set), gold)
            model = score(in_set, typed, gold)
            figures[folder.name] = {"rules alone": _summary(rules),
                                    "rules + model (leave-one-document-out)": _summary(model)}
    xs, ys, ws, complete = samples(docs)
    about = {"trained_on": [str(f.name) for f in gold_dirs], "documents": len(docs),
             "samples": len(xs), "C": C, "classes": sorted(set(ys)),
             "leave_one_document_out": figures}
    model = fit_typing(xs, ys, ws, complete, about)
    out.write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")),
                   encoding="utf-8")
    log(f"model written to {out} ({out.stat().st_size // 1024} KB, {len(xs)} samples) in "
        f"{time.perf_counter() - t0:.1f} s")
    return figures


def _summary(r: Report) -> dict:
    return {"entity_recall": round(r.entity_overall().value or 0, 3),
            "relation_recall": round(r.relation_overall().value or 0, 3),
            "precision": round(r.precision_overall().value or 0, 3),
            "per_kind": {k: round(s.value or 0, 3) for k, s in sorted(r.entity_recall.items())}}


__all__ = ["train", "fit", "samples", "leave_one_out", "LABELS"]
