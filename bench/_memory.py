"""Peak memory of a process.

`getrusage(...).ru_maxrss` survives `exec` on Linux: a child started by a benchmark that has
already grown reports the parent's peak as its own. The kernel's high-water mark of a
process's own memory (`VmHWM`) starts again at `exec`, so it is read where it exists."""

from __future__ import annotations

import resource
from pathlib import Path


def vm_hwm_mb(pid: int | str = "self") -> float | None:
    """Peak resident memory of a live process (Linux), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_mb() -> float:
    """This process's peak resident memory, in MB."""
    own = vm_hwm_mb()
    return own if own is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
