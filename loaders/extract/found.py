"""The mentions and facts found in one document so far.

Rules look back at what earlier rules found (the firms the document names, the industries of
a passage), so they share one record, which also keeps each mention once per passage and
label and each fact once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.model import Fact, Mention, Ref


@dataclass
class Found:
    """Mentions in the order found, facts without repeats, and the indexes rules look up."""

    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    seen: set[tuple] = field(default_factory=set)
    by_key: dict[tuple[str, str, str], Mention] = field(default_factory=dict)
    by_passage: dict[str, list[Mention]] = field(default_factory=dict)

    def mention(self, label: str, surface: str, passage: str, **props: object) -> Ref:
        """Record a mention once per label, surface and passage; later props are merged in."""
        key = (label, surface, passage)
        found = self.by_key.get(key)
        if found is None:
            found = self.by_key[key] = Mention(label, surface, passage, dict(props))
            self.mentions.append(found)
            self.by_passage.setdefault(passage, []).append(found)
        elif props:
            found.props.update(props)
        return Ref(label, surface)

    def relabel(self, surface: str, passage: str, old: str, new: str) -> None:
        """A name first read by its suffix (海油工程 → Project) that a list head shows to be
        something else (…等总承包企业 → Enterprise): move its mention and drop its facts."""
        m = self.by_key.pop((old, surface, passage), None)
        if m is None:
            return
        self.mentions.remove(m)
        self.by_passage[passage].remove(m)
        self.facts = [f for f in self.facts if not (
            f.passage == passage and Ref(old, surface) in (f.src, f.dst))]
        self.mention(new, surface, passage, **{k: v for k, v in m.props.items()
                                               if k != "alias_of"})

    def fact(self, rel: str, src: Ref, dst: Ref, passage: str, **props: object) -> None:
        """Record a fact once per passage; nothing is related to itself."""
        if src == dst:
            return
        key = (rel, src.label, src.surface, dst.label, dst.surface, passage)
        if key not in self.seen:
            self.seen.add(key)
            self.facts.append(Fact(rel, src, dst, passage, dict(props)))

    def drop(self, bad: set[tuple[str, str]]) -> None:
        """Forget every mention of these (label, surface) pairs and every fact naming one."""
        self.mentions = [m for m in self.mentions if (m.label, m.surface) not in bad]
        for key in [k for k in self.by_key if k[:2] in bad]:
            del self.by_key[key]
        self.by_passage = {pid: [m for m in ms if (m.label, m.surface) not in bad]
                           for pid, ms in self.by_passage.items()}
        self.facts = [f for f in self.facts if (f.src.label, f.src.surface) not in bad
                      and (f.dst.label, f.dst.surface) not in bad]
