"""The data folder of one FalkorDB server: the files that say which process serves it, the
locks that order starting, stopping and building, its password and its log.

Nothing in redis locks a data folder, so the folder holds a pid file and a port file (with
the process's start time, so a reused pid is known as stale), and a lock file serialises
start/stop decisions between processes.
"""

from __future__ import annotations

import fcntl
import os
import secrets
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from graph.falkordb_process import process_start_time
from graph.store import StoreLocked, StoreUnavailable

PID_FILE = "falkordb.pid"
PORT_FILE = "falkordb.port"
# The server's start time (from /proc), so a pid reused by an unrelated process after a
# reboot is recognised as stale instead of locking the folder forever.
STARTED_FILE = "falkordb.started"
LOCK_FILE = "falkordb.lock"
BUILD_LOCK_FILE = "build.lock"
LOG_FILE = "falkordb.log"
# A password only this user can read (0600), passed to the server in a config file rather than
# on its command line (which every local user can see): the port is reachable by any local
# process, the graph should not be.
SECRET_FILE = "falkordb.secret"
CONF_FILE = "falkordb.conf"
DB_FILE = "dump.rdb"


class ServerFolder:
    """The files of one data folder, for the server that runs on it (graph.falkordb_server)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir).resolve()

    def _secret(self) -> str:
        """The folder's server password, made on first use (readable by this user only)."""
        path = self._path(SECRET_FILE)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return path.read_text().strip()
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(24))
        return path.read_text().strip()

    def _path(self, name: str) -> Path:
        return self.data_dir / name

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the folder's lock file while deciding to start, reuse or stop."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fh = open(self._path(LOCK_FILE), "a+")
        except OSError as exc:
            raise StoreUnavailable("cannot use data folder {}: {}; set POLICYKG_DATA_DIR to a "
                                   "writable folder".format(self.data_dir, exc)) from exc
        with fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    @contextmanager
    def build_lock(self) -> Iterator[None]:
        """One build at a time per folder (they share the staging graph). The kernel drops
        the lock when its holder dies, so a killed build never blocks the next one."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with open(self._path(BUILD_LOCK_FILE), "a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreLocked("another build is writing to {} right now; wait for it to "
                                  "finish, then build again".format(self.data_dir)) from None
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _pid_reused(self, pid: int) -> bool:
        """True when the pid file's process has since been replaced by another one."""
        try:
            recorded = self._path(STARTED_FILE).read_text().strip()
        except OSError:
            return False  # no record: treat the pid as the holder
        return bool(recorded) and process_start_time(pid) not in (None, recorded)

    def _import_folder(self) -> Path:
        folder = self._path("import")
        folder.mkdir(exist_ok=True)
        return folder

    def _read_int(self, name: str) -> int | None:
        try:
            return int(self._path(name).read_text().strip())
        except (OSError, ValueError):
            return None

    def _write_files(self, pid: int, port: int) -> None:
        for name, value in ((STARTED_FILE, process_start_time(pid) or ""), (PID_FILE, pid),
                            (PORT_FILE, port)):
            tmp = self._path(name + ".tmp")
            tmp.write_text(str(value))
            os.replace(tmp, self._path(name))

    def _remove_files(self) -> None:
        for name in (PID_FILE, PORT_FILE, STARTED_FILE):
            try:
                self._path(name).unlink()
            except FileNotFoundError:
                pass

    def log_tail(self, lines: int = 5) -> str:
        try:
            text = self._path(LOG_FILE).read_text(errors="replace").strip().splitlines()
        except OSError:
            return "no log at {}".format(self._path(LOG_FILE))
        return " | ".join(text[-lines:])
