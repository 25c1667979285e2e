"""The files of the collection, kept in the data folder, and their record.

A copy of every file is kept (`files/<name>`), so the graph can be rebuilt from the
collection alone, whatever happens to the folder or the upload it came from. The record
(`registry.json`) lists them in the order a full build of a folder holding them reads them,
with each file's content hash, manifest entry, and when and from where it was added.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from loaders.model import DocumentError

REGISTRY = "registry.json"
FILES = "files"
# A file name as kept: no folder parts from an upload, nothing hidden, no control characters.
_BAD_NAME = re.compile(r"[\x00-\x1f\x7f/\\]")
MAX_NAME = 200


@dataclass(slots=True)
class FileRecord:
    name: str  # relative path as listed: a/b.txt from a build, b.pdf from an add
    sha256: str
    size: int
    added_at: str  # ISO 8601, UTC
    source: str  # the path or upload it came from
    manifest: dict[str, Any] | None = None

    def order(self) -> tuple[tuple[str, ...], str]:
        """Where a full build of a folder reads it: a folder's own files before its
        subfolders, each in name order (os.walk with sorted names)."""
        parts = PurePosixPath(self.name).parts
        return tuple(parts[:-1]), parts[-1]


@dataclass
class Registry:
    files: list[FileRecord] = field(default_factory=list)

    def by_name(self) -> dict[str, FileRecord]:
        return {f.name: f for f in self.files}

    def sorted(self) -> "Registry":
        return Registry(sorted(self.files, key=FileRecord.order))

    def to_json(self) -> dict[str, Any]:
        return {"files": [asdict(f) for f in self.files]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Registry":
        return cls([FileRecord(**f) for f in data.get("files", [])])


def upload_name(name: str) -> str:
    """The name an uploaded or added file is kept under; refuses a name that could reach
    outside the collection (../, a folder, a hidden or empty name)."""
    raw = name or ""
    base = raw.replace("\\", "/").rsplit("/", 1)[-1]
    if raw != base or base in ("", ".", "..") or base.startswith(".") or _BAD_NAME.search(base) \
            or len(base) > MAX_NAME:
        raise DocumentError(raw[:80] or "(no name)",
                            "not a plain file name (it has a folder part, '..', a leading dot, "
                            f"a control character, or is over {MAX_NAME} characters); "
                            "rename the file and send it again")
    return base


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over
    `path`: a reader finds the old content or the new, never a part."""
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def load_registry(folder: Path) -> Registry:
    path = folder / REGISTRY
    if not path.is_file():
        return Registry()
    return Registry.from_json(json.loads(path.read_text(encoding="utf-8")))


def save_registry(folder: Path, registry: Registry) -> None:
    data = json.dumps(registry.sorted().to_json(), ensure_ascii=False, indent=1)
    write_atomic(folder / REGISTRY, data.encode("utf-8"))


def keep_files(folder: Path, after: Registry, staged: dict[str, Path], replace_all: bool) -> None:
    """Copy the staged files in and drop the ones no longer kept; a whole new set (a build)
    is made beside the old one and swapped in by renames."""
    files = folder / FILES
    target = folder / ("staging" if replace_all else FILES)
    if replace_all:
        shutil.rmtree(target, ignore_errors=True)
    for name, src in staged.items():
        dst = target / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        tmp = dst.with_name(dst.name + ".part")
        shutil.copyfile(src, tmp)
        os.replace(tmp, dst)
    if replace_all:
        old = folder / (FILES + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if files.exists():
            files.rename(old)
        target.rename(files)
        shutil.rmtree(old, ignore_errors=True)
        return
    keep = {f.name for f in after.files}
    for path in [p for p in files.rglob("*") if p.is_file()]:
        if path.relative_to(files).as_posix() not in keep:
            path.unlink()
