"""Start and stop a throw-away Virtuoso (Debian's virtuoso-opensource) on loopback, for the tests."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

INSTALL_HINT = "virtuoso-opensource is not installed: run `apt-get update && apt-get install -y virtuoso-opensource` (the CI script .ci/run does) to run the Virtuoso integration tests"
READY_SECONDS = 90
MAX_ROWS = 1000  # ResultSetMaxRows: small, so the truncation trap is exercised

INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
{server_root}MaxClientConnections = 10
ServerThreads = 10
Charset = UTF-8
EnabledDavVSP = 0

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 60
"""


def binary() -> str | None:
    """The virtuoso-t executable, if installed."""
    return shutil.which("virtuoso-t") or next((p for p in ("/usr/bin/virtuoso-t", "/usr/sbin/virtuoso-t") if os.path.exists(p)), None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    """One running server with its database in *directory*; ``stop()`` kills it."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.http_port = free_port()
        self.sql_port = free_port()
        root = "/var/lib/virtuoso-opensource-7/vsp"
        ini = INI.format(d=self.directory, sql_port=self.sql_port, http_port=self.http_port, max_rows=MAX_ROWS,
                         server_root=f"ServerRoot = {root}\n" if os.path.isdir(root) else "")
        (self.directory / "virtuoso.ini").write_text(ini, encoding="utf-8")
        self.log = open(self.directory / "stdout.log", "wb")
        self.proc = subprocess.Popen([binary(), "+foreground", "+configfile", str(self.directory / "virtuoso.ini")],
                                     cwd=self.directory, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        self._wait_ready()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + READY_SECONDS
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {self.proc.returncode}: {self.tail()}")
            try:
                with urllib.request.urlopen(self.endpoint + "?query=ASK%7B%7D", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"Virtuoso did not answer within {READY_SECONDS} s: {self.tail()}")

    def tail(self) -> str:
        path = self.directory / "virtuoso.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(15)
            except (subprocess.TimeoutExpired, ProcessLookupError):
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proc.wait(10)
        self.log.close()
