"""The clauses of a passage that a question is about.

Plans are written in long sentences of many clauses (依托A、B等创新平台，推进C、D建设，…), and a
question usually means one of them: the one holding its own words (依托) and its kind word
(创新平台). A list joined by 、 stays within one clause, so the names in the best clauses are
the answer and the names in the others are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPLIT = re.compile(r"[，,；;。！!？?：:]")


@dataclass
class Clause:
    passage_id: str
    text: str
    score: float
    joined: bool = False  # follows the clause before it after a comma, in one sentence


def clauses(passage_id: str, text: str, own: list[str], kinds: list[str]) -> list[Clause]:
    """The clauses of a passage, each scored: two for each of the question's own bigrams it
    holds, one for each bigram of its kind words."""
    out: list[Clause] = []
    if (text or "").startswith("#"):  # a file's header line (# title: …) states nothing
        return out
    parts = re.split(f"({_SPLIT.pattern})", text or "")
    for i in range(0, len(parts), 2):
        part = parts[i]
        if part.strip():
            score = 2 * sum(1 for g in own if g in part) + sum(1 for g in kinds if g in part)
            joined = i > 0 and parts[i - 1] in ",，" and bool(out)
            out.append(Clause(passage_id, part, score, joined))
    return out


def carry(found: list[Clause], names: list[str]) -> list[Clause]:
    """A clause that names nothing, after a comma, says what the names before it do (吸引A、B等企业，
    持续在这里增资扩产): its words count for the clause before it."""
    def names_any(c: Clause) -> bool:
        return any(n in c.text for n in names)

    out = list(found)
    for i in range(1, len(found)):
        c, prev = found[i], found[i - 1]
        if c.joined and c.score > 0 and prev.passage_id == c.passage_id and names_any(prev) \
                and not names_any(c):
            out[i - 1] = Clause(prev.passage_id, prev.text, prev.score + c.score, prev.joined)
    return out


def best_clauses(found: list[Clause]) -> list[Clause]:
    """The clauses worth reading names from: those scoring at least half the best."""
    if not found:
        return []
    top = max(c.score for c in found)
    if top <= 0:
        return []
    return sorted((c for c in found if c.score >= max(1.0, top / 2)), key=lambda c: -c.score)


def outermost(names: dict[str, list[str]], texts: list[str]) -> set[str]:
    """Ids whose every occurrence in the texts lies inside a longer name found there too
    (市委 inside 市委办公厅): those are not named by the text."""
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for key, forms in names.items():
        for t_i, text in enumerate(texts):
            for form in forms:
                for m in re.finditer(re.escape(form), text):
                    spans.setdefault(key, []).append((t_i, m.start(), m.end()))
    inside = set()
    for key, mine in spans.items():
        def covered(s: tuple[int, int, int]) -> bool:
            return any(o != key and t == s[0] and a <= s[1] and s[2] <= b and (b - a) > (s[2] - s[1])
                       for o, others in spans.items() for (t, a, b) in others)
        if mine and all(covered(s) for s in mine):
            inside.add(key)
    return inside
