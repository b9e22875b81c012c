"""A throwaway PostgreSQL server for the tests and the benchmarks.

``initdb`` into a new temporary folder (for tests, in memory under /dev/shm when it has room:
creating a database there takes a twentieth of the time; for benchmarks, on disk), then a server
listening only on a unix socket in that folder (so any number of clusters can run at once
without a free port). PostgreSQL refuses to run as root, so as root the folder is handed to the
``postgres`` account and the server runs as it (``runuser``). :meth:`Cluster.stop` stops the
server and removes the folder.

Usage::

    cluster = start_cluster()
    url = cluster.create_database()     # postgresql://postgres@/journal_0?host=...
    ...
    cluster.stop()
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg.conninfo import conninfo_to_dict

PORT = 5432
"""The socket's name only (``.s.PGSQL.5432`` in the cluster's own folder): nothing listens on TCP."""
TEST_SETTINGS = ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
"""For tests only: losing data on a power cut does not matter to a throwaway cluster."""
MEMORY_FOLDER_MIN_BYTES = 2 * 1024**3


def server_binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` (``$PG_BIN``, Debian's newest, or PATH)."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


@dataclass
class Cluster:
    folder: Path
    bin: Path
    as_postgres: list[str]
    _numbers: itertools.count = field(default_factory=itertools.count)
    _admin: psycopg.Connection | None = None

    def _admin_connection(self) -> psycopg.Connection:
        """One connection to the ``postgres`` database for creating and dropping (a new
        server process per connection is the dearest part of a busy machine's test)."""
        if self._admin is None:
            self._admin = psycopg.connect(self.url("postgres"), autocommit=True)
        return self._admin

    def url(self, dbname: str) -> str:
        return f"postgresql://postgres@/{dbname}?host={self.folder}&port={PORT}"

    def create_database(self, template: str | None = None) -> str:
        """Create a new database, empty or a copy of the one at the address ``template`` (no
        one may be connected to it); return its address."""
        source = conninfo_to_dict(template)["dbname"] if template else "template0"
        name = f"journal_{next(self._numbers)}"
        self._admin_connection().execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = conninfo_to_dict(url)["dbname"]
        self._admin_connection().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
        subprocess.run([*self.as_postgres, str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"),
                        "-m", "immediate", "stop"], capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster(*, for_tests: bool = True) -> Cluster:
    """Start a new cluster; ``for_tests`` turns off durability and may keep the cluster in memory
    (never for benchmarks, which measure it on disk like SQLite's file)."""
    binaries = server_binaries()
    if binaries is None:
        raise FileNotFoundError("PostgreSQL's server programs (initdb, pg_ctl) are not installed "
                                "(Debian: apt-get install postgresql).")
    in_memory = Path("/dev/shm")
    roomy = for_tests and in_memory.is_dir() \
        and shutil.disk_usage(in_memory).free > MEMORY_FOLDER_MIN_BYTES
    folder = Path(tempfile.mkdtemp(prefix="cj-pg-", dir=in_memory if roomy else None))
    as_postgres = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    cluster = Cluster(folder, binaries, as_postgres)
    try:
        subprocess.run([*as_postgres, str(binaries / "initdb"), "-D", str(folder / "data"),
                        "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8",
                        "--no-sync"], check=True, capture_output=True, text=True)
        options = (f"-k {folder} -p {PORT} -c listen_addresses='' -c max_connections=200"
                   + (f" {TEST_SETTINGS}" if for_tests else ""))
        subprocess.run([*as_postgres, str(binaries / "pg_ctl"), "-D", str(folder / "data"),
                        "-l", str(folder / "server.log"), "-o", options, "-w", "start"],
                       check=True, capture_output=True, text=True)
    except subprocess.CalledProcessError as exc:
        cluster.stop()
        raise RuntimeError(f"The throwaway PostgreSQL cluster did not start: {exc.stderr}") from exc
    return cluster
