"""Typing: which label each candidate takes, or none — decided by a model learned from the
labelled documents rather than by an exception per missed fact.

Every extractor proposes candidates with a label; the model (loaders.typing.model, trained by
`make train`) sees how each was found and how it looks (loaders.typing.features) and keeps
it, relabels it (a 生产基地 in news on signings is a project, not a park) or drops it (口号,
kinds, fragments). Facts follow their ends: a fact whose end is dropped goes with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.model import Extraction, Fact, Mention, Ref
from loaders.typing.features import LABELS, NONE, candidates, features
from loaders.typing.model import Typing, default_model


@dataclass(frozen=True, slots=True)
class Decision:
    label: str  # one of LABELS, or NONE
    p: float


def decide(ex: Extraction, model: Typing) -> dict[str, Decision]:
    out = {}
    found = candidates(ex)
    others = list(found)
    for surface, cand in found.items():
        feats = features(cand, ex, others)
        p_none = model.keep.proba(feats).get(NONE, 0.0)
        if p_none >= model.threshold:
            out[surface] = Decision(NONE, p_none)
            continue
        proposed = {m.label for m in cand.mentions}
        if len(proposed) == 1:
            out[surface] = Decision(proposed.pop(), 1.0 - p_none)
            continue
        probs = model.label.proba(feats)
        label = max(probs, key=lambda k: probs[k])
        out[surface] = Decision(label, (1.0 - p_none) * probs[label])
    return out


def apply(ex: Extraction, model: Typing | None = None) -> Extraction:
    model = model or default_model()
    if model is None:
        return ex
    decisions = decide(ex, model)

    def typed(label: str, surface: str) -> str | None:
        if label not in LABELS:
            return label
        d = decisions.get(surface)
        if d is None:
            return label
        return None if d.label == NONE else d.label

    mentions: list[Mention] = []
    seen: set[tuple[str, str, str]] = set()
    for m in ex.mentions:
        label = typed(m.label, m.surface)
        if label is None or (label, m.surface, m.passage) in seen:
            continue
        seen.add((label, m.surface, m.passage))
        props = dict(m.props)
        alias_of = props.get("alias_of")
        if isinstance(alias_of, str) and typed(m.label, alias_of) != label:
            props.pop("alias_of")
        mentions.append(Mention(label, m.surface, m.passage, props))
    facts: list[Fact] = []
    for f in ex.facts:
        src, dst = typed(f.src.label, f.src.surface), typed(f.dst.label, f.dst.surface)
        if src is None or dst is None:
            continue
        facts.append(Fact(f.rel, Ref(src, f.src.surface), Ref(dst, f.dst.surface), f.passage,
                          dict(f.props)))
    out = Extraction(doc=ex.doc, mentions=mentions, facts=facts, targets=list(ex.targets),
                     tasks=list(ex.tasks))
    return out
