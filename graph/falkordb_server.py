"""The embedded FalkorDB server: a redis-server child process with the FalkorDB module,
listening on 127.0.0.1 on a free port, persisting into the data folder.

Nothing in redis locks a data folder, so the folder holds a pid file and a port file, and a
lock file serialises start/stop decisions between processes. A second process that finds a
live FalkorDB serving the same folder reuses it (and never stops it); a live process that is
something else is an error, not something to kill.

The folder's files and locks are in graph.falkordb_folder, the process probes (binaries,
clients, /proc) in graph.falkordb_process; both stay importable from here.
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import redis

from graph.falkordb_folder import (
    BUILD_LOCK_FILE,
    CONF_FILE,
    DB_FILE,
    LOCK_FILE,
    LOG_FILE,
    PID_FILE,
    PORT_FILE,
    SECRET_FILE,
    STARTED_FILE,
    ServerFolder,
)
from graph.falkordb_process import (
    binaries,
    connect,
    free_port,
    no_retry,
    pid_alive,
    process_command,
    process_start_time,
)
from graph.store import StoreLocked, StoreUnavailable

__all__ = ["BUILD_LOCK_FILE", "CONF_FILE", "DB_FILE", "LOCK_FILE", "LOG_FILE", "PID_FILE",
           "PORT_FILE", "SECRET_FILE", "STARTED_FILE", "FalkorServer", "ServerInfo", "binaries",
           "connect", "free_port", "no_retry", "pid_alive", "process_command",
           "process_start_time"]

START_TIMEOUT_S = 60.0  # loading a large dump.rdb takes a while; a fresh start ≈ 0.05 s
REUSE_TIMEOUT_S = 10.0  # a running server of ours that does not answer by then is not usable


@dataclass
class ServerInfo:
    """What ensure() found or started: the process, its port, and whether closing stops it."""

    pid: int
    port: int
    owned: bool  # started by this process: we stop it on close
    started_s: float = 0.0  # how long the start (or attach) took
    password: str | None = None


class FalkorServer(ServerFolder):
    """Start, find, reuse and stop the FalkorDB server of one data folder."""

    def __init__(self, data_dir: Path, *, resultset_size: int | None = None) -> None:
        super().__init__(data_dir)
        self.resultset_size = resultset_size
        self.proc: subprocess.Popen[bytes] | None = None
        self.info: ServerInfo | None = None
        self.password: str | None = None

    def _client(self, port: int, **kwargs: object) -> redis.Redis:
        return connect(port, self.password, **kwargs)

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
