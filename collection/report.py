"""What a change of the collection reports, and the errors it refuses with."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from loaders.model import DocumentError


class CollectionError(Exception):
    """A change the collection refused; the message says what to do."""


class FilesRefused(CollectionError):
    """Files that cannot be added: each named with its cause. Nothing was changed."""

    def __init__(self, errors: list[DocumentError]) -> None:
        super().__init__("; ".join(str(e) for e in errors) + " — nothing was added")
        self.errors = errors


class NotInCollection(CollectionError):
    """No kept file holds that document."""


class NotBuilt(CollectionError):
    """The store holds a graph the collection did not build."""


@dataclass
class ChangeReport:
    added: list[str] = field(default_factory=list)  # file names
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    documents: dict[str, list[str]] = field(default_factory=dict)  # file → its document ids
    change: dict[str, int] = field(default_factory=dict)
    rebuilt: str | None = None  # why the whole graph was rewritten, when it was
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # other files that could not be built
    batches: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step


class Laps:
    def __init__(self, into: dict[str, float]) -> None:
        self.into, self.t = into, time.perf_counter()

    def __call__(self, what: str) -> None:
        t = time.perf_counter()
        self.into[what] = self.into.get(what, 0.0) + t - self.t
        self.t = t


