"""Resolution that makes again only the batches of documents whose look-ups are answered
differently, so that one document more costs its own batch, not every document's.

A document's resolved batch (`Resolver.batch`) is made from its own extraction and from the
answers the corpus-wide resolver gives it, and from nothing else: the node id of each form it
names (`node`), whether and as what a form is known (`ref`), and the firm form a project's
name starts with (`firm_of`). Every entity node in the batch is the resolver's node of its id,
and where a node sits in the batch follows from the ids alone. So a batch made in an earlier
change from the same extraction (the same text key), whose every look-up this change's
resolver answers as before, is the batch this resolver would make, once its entity nodes are
this resolver's nodes of the same ids (their aliases and sources follow the whole corpus).

The resolver itself (every document's forms collected and merged) is made afresh each time.
Where two entities would have one node id, which of the two nodes a batch holds depends on
the order nodes were made in; a batch that holds such an id is made again. The look-ups are
asked again in the order the batch first asked them, which makes nodes in the order a full
resolution makes them (a batch asks the same questions in the same order until an answer
differs, and the asking stops there).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from loaders.model import Extraction, Ref
from loaders.resolve import Resolver
from ontology.batch import GraphBatch, Node
from ontology.schema import ID_PREFIX

Lookup = tuple[str, str, str]  # ("node" | "ref", label, form) or ("firm", "", form)


@dataclass(slots=True)
class _Made:
    """A batch as made, the look-ups it was made from, and the ids of its entity nodes."""

    lookups: dict[Lookup, object]  # answers, in the order first asked
    batch: GraphBatch
    entities: frozenset[str]


class _Recording(Resolver):
    """A resolver that writes down each answer it gives while `lookups` is set."""

    def __init__(self, extractions: list[Extraction], before: dict[str, Node]) -> None:
        self.lookups: dict[Lookup, object] | None = None
        self._before = before
        super().__init__(extractions)
        ids = Counter(f"{ID_PREFIX[ent.label]}:{ent.name()}" for ent in self.entities.values())
        self.shared_ids = {node_id for node_id, n in ids.items() if n > 1}

    def node(self, label: str, surface: str) -> Node:
        made = len(self._nodes)
        node = super().node(label, surface)
        if len(self._nodes) != made:
            # A node equal to the last resolution's is that node: a batch whose nodes are all
            # the same objects is the same batch, which later stages know without comparing.
            old = self._before.get(node.id)
            if old is not None and old == node:
                self._entity(label, surface).node = self._nodes[node.id] = node = old
        if self.lookups is not None:
            self.lookups.setdefault(("node", label, surface), node.id)
        return node

    def ref(self, ref: Ref) -> tuple[str, str] | None:
        hit = super().ref(ref)
        if self.lookups is not None:
            self.lookups.setdefault(("ref", ref.label, ref.surface), hit)
        return hit

    def firm_of(self, project: str) -> str | None:
        form = super().firm_of(project)
        if self.lookups is not None:
            self.lookups.setdefault(("firm", "", project), form)
        return form

    def made(self, ex: Extraction) -> _Made:
        self.lookups = {}
        try:
            batch = self.batch(ex)
            lookups = self.lookups
        finally:
            self.lookups = None
        entities = frozenset(v for k, v in lookups.items() if k[0] == "node")
        return _Made(lookups, batch, entities)

    def answers_as(self, lookups: dict[Lookup, object]) -> bool:
        """Every look-up answered as recorded, asked in the order the batch asked them (so
        nodes are made in the order a full resolution makes them)."""
        for (kind, label, form), answer in lookups.items():
            if kind == "node":
                # A form no document names any more is not made an entity here.
                if ((label, form) not in self._of_form and
                        self.uf.find(self._k(label, form)) not in self.entities) or \
                        self.node(label, form).id != answer:
                    return False
            elif kind == "ref":
                if self.ref(Ref(label, form)) != answer:
                    return False
            elif self.firm_of(form) != answer:
                return False
        return True

    def again(self, made: _Made, doc_id: str) -> GraphBatch:
        """The batch `made` with this resolver's nodes for its entities: that batch itself
        when they are the nodes it holds."""
        nodes = self._nodes
        now = [nodes[n.id] if n.id in made.entities else n for n in made.batch.nodes]
        if all(a is b for a, b in zip(now, made.batch.nodes)):
            return made.batch
        return GraphBatch(doc_id, now, made.batch.edges)



class ResolveMemo:
    """The batches of the last resolution by text key (a document's extraction: equal keys,
    equal extractions), kept from one change to the next."""

    def __init__(self) -> None:
        self._made: dict[str, _Made] = {}
        self._nodes: dict[str, Node] = {}  # the last resolver's entity nodes by id
        self.reused = 0  # batches of the last resolution taken from the one before

    def resolve(self, extractions: list[Extraction], keys: list[str]) -> dict[str, GraphBatch]:
        """What loaders.resolve.resolve gives, each batch by document id."""
        resolver = _Recording(extractions, self._nodes)
        out: dict[str, GraphBatch] = {}
        made: dict[str, _Made] = {}
        reused = 0
        for ex, key in zip(extractions, keys, strict=True):
            doc_id = ex.doc.doc_id
            old = self._made.get(key)
            if old is not None and old.entities.isdisjoint(resolver.shared_ids) and \
                    resolver.answers_as(old.lookups):
                out[doc_id] = resolver.again(old, doc_id)
                made[key] = _Made(old.lookups, out[doc_id], old.entities)
                reused += 1
                continue
            made[key] = resolver.made(ex)
            out[doc_id] = made[key].batch
        self._made = made
        self._nodes = resolver._nodes
        self.reused = reused
        return out
