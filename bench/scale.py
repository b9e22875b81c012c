"""Several app processes on one machine, sharing one SQLite file (WAL), behind nginx.

    python bench/scale.py serve [--processes 2] [--port 8500] [--db data/journal.db]
        Starts PROCESSES ``streamlit run app.py`` servers on loopback ports (with
        DEPLOY_FLAGS) and Debian's nginx in front of them on 127.0.0.1:PORT, with sticky
        sessions, until Ctrl-C (or SIGTERM); then stops them all. ``make serve-scaled`` runs it.

    python bench/scale.py measure [--seconds 20] [--clients 8]
        Builds a 10-year journal, then for 1 and for 2 processes drives reruns of the Progress
        page (its default range, "Quarter") through nginx from a bounded load generator (CLIENTS
        websocket clients on loopback, each rerunning as soon as its last rerun finished, for
        SECONDS after a warm-up) and prints reruns per second, the CPU the servers used and
        the ratio, as JSON; then one process with Streamlit's defaults, for reference.

Sticky sessions: a browser's websocket, its uploads (imports) and its downloads (exports) must
reach the process that holds its Streamlit session, so nginx hashes a routing cookie
(``cj_route``) that it sets on the first response; a request without one is routed by its
request id. (``ip_hash`` would send every client behind one address, and every client of a
loopback test, to the same process.) Signing in itself is kept in the shared database, so a
reconnect that lands elsewhere stays signed in; only the open page's state is per process.

Everything listens on 127.0.0.1 only; nginx runs with its own configuration in a temporary
folder, not the system's.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
LOOPBACK = "127.0.0.1"
START_LIMIT_S = 90
DEPLOY_FLAGS = ("--server.fileWatcherType", "none", "--runner.postScriptGC", "false")
"""How serve runs each process. No file watching (nothing is edited on a server; the watcher
walks every loaded module on each rerun), and no forced full garbage collection after every
script run (Streamlit's default: with pandas and Altair loaded it costs about 50-70 ms of CPU on
every rerun, more than the page itself; Python's own collector still runs)."""

NGINX_CONF = """
worker_processes 1;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/nginx-error.log warn;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  client_body_temp_path {folder}/client_body;
  proxy_temp_path {folder}/proxy;
  fastcgi_temp_path {folder}/fastcgi;
  uwsgi_temp_path {folder}/uwsgi;
  scgi_temp_path {folder}/scgi;
  client_max_body_size 110m;
  map $http_upgrade $connection_upgrade {{ default upgrade; "" close; }}
  map $cookie_cj_route $cj_route {{ "" $request_id; default $cookie_cj_route; }}
  map $cookie_cj_route $cj_route_cookie {{
    "" "cj_route=$request_id; Path=/; HttpOnly; SameSite=Lax";
    default "";
  }}
  upstream change_journal {{
    hash $cj_route consistent;
{servers}
  }}
  server {{
    listen {address}:{port};
    location / {{
      proxy_pass http://change_journal;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $http_host;
      proxy_read_timeout 1d;
      proxy_buffering off;
      add_header Set-Cookie $cj_route_cookie;
      add_header X-Upstream $upstream_addr always;
    }}
  }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def wait_port(port: int, process: subprocess.Popen, limit: float = START_LIMIT_S) -> None:
    """Until ``port`` answers Streamlit's health check (or ``process`` ends)."""
    import urllib.request

    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"a server exited early (status {process.returncode})")
        with contextlib.suppress(OSError), urllib.request.urlopen(
                f"http://{LOOPBACK}:{port}/_stcore/health", timeout=2) as response:
            if response.read().strip() == b"ok":
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing answered on port {port}")


class Cluster:
    """``processes`` Streamlit servers and nginx in front, all on loopback; a context manager."""

    def __init__(self, db_path: Path | str, processes: int, port: int | None = None,
                 folder: Path | None = None, flags: tuple[str, ...] = ()) -> None:
        self.db_path, self.processes, self.flags = db_path, processes, tuple(flags)
        self.port = port or free_port()
        self.folder = Path(folder or tempfile.mkdtemp(prefix="cj-scale-"))
        self.servers: list[subprocess.Popen] = []
        self.server_ports: list[int] = []
        self.nginx: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def start(self) -> Cluster:
        self.folder.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "CHANGE_JOURNAL_DB": str(self.db_path)}
        try:
            for n in range(self.processes):
                port = free_port()
                log = (self.folder / f"streamlit-{n}.log").open("w")
                self.servers.append(subprocess.Popen(
                    [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
                     "--server.port", str(port), "--server.address", LOOPBACK,
                     "--server.headless", "true", "--browser.gatherUsageStats", "false",
                     *self.flags],
                    cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT))
                self.server_ports.append(port)
            for port, server in zip(self.server_ports, self.servers, strict=True):
                wait_port(port, server)
            servers = "\n".join(f"    server {LOOPBACK}:{p};" for p in self.server_ports)
            conf = self.folder / "nginx.conf"
            conf.write_text(NGINX_CONF.format(folder=self.folder, servers=servers,
                                              address=LOOPBACK, port=self.port))
            self.nginx = subprocess.Popen(
                [NGINX, "-c", str(conf), "-p", str(self.folder), "-e",
                 str(self.folder / "nginx-error.log")],
                stdout=(self.folder / "nginx.out").open("w"), stderr=subprocess.STDOUT)
            wait_port(self.port, self.nginx)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        for process in [self.nginx, *self.servers]:
            if process is not None and process.poll() is None:
                process.terminate()
        for process in [self.nginx, *self.servers]:
            if process is None:
                continue
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.servers, self.nginx = [], None

    def server_cpu_seconds(self) -> float:
        """User and system CPU the app processes have used so far."""
        tick = os.sysconf("SC_CLK_TCK")
        total = 0
        for server in self.servers:
            with contextlib.suppress(OSError):
                fields = Path(f"/proc/{server.pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])
        return total / tick

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# ------------------------------------------------------------------------------ load

async def _rerun(socket_, page: str, seen: list[str] | None = None,
                 choices: dict[str, str] | None = None, ids: dict[str, str] | None = None) -> None:
    """Ask for a rerun of ``page`` and read until the script has finished. ``choices`` sets
    segmented controls (their widget id -> option); headings shown are added to ``seen`` and
    segmented controls' ids to ``ids`` (by the key the page gave them)."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    request = BackMsg()
    request.rerun_script.page_name = page
    for widget_id, option in (choices or {}).items():
        state = request.rerun_script.widget_states.widgets.add()
        state.id = widget_id
        state.string_array_value.data.append(option)
    await socket_.send(request.SerializeToString())
    while True:
        message = ForwardMsg()
        message.ParseFromString(await asyncio.wait_for(socket_.recv(), timeout=120))
        kind = message.WhichOneof("type")
        if kind == "script_finished":
            return
        if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
            element = message.delta.new_element
            which = element.WhichOneof("type")
            if seen is not None and which == "heading":
                seen.append(element.heading.body)
            if ids is not None and which == "button_group":
                widget_id = element.button_group.id
                ids[widget_id.rsplit("-", 1)[-1]] = widget_id


async def _client(url: str, token: str, page: str, clock: dict, counts: list[int],
                  warmed: asyncio.Barrier, limit: int, seen: list[str],
                  backends: dict[str, int], quota: int, time_range: str | None) -> None:
    """One browser-like session: the home page and one rerun of ``page`` to warm up, then, once
    every client is warm, rerun ``page`` as soon as the last rerun finished until the window
    closes (or ``limit`` reruns); reruns finished inside the window are counted.

    Sessions spread over the processes as a crowd of people would: a session whose routing
    cookie lands on a process that already has ``quota`` sessions tries another cookie."""
    import websockets

    ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
    for _attempt in range(40):
        cookie = f"cj_route={uuid.uuid4().hex}; change_journal_session={token}"
        socket_ = await websockets.connect(ws_url, subprotocols=["streamlit"],
                                           additional_headers={"Cookie": cookie},
                                           max_size=None, open_timeout=120)
        backend = socket_.response.headers.get("X-Upstream", "?")
        if backends.get(backend, 0) < quota:
            break
        await socket_.close()
    backends[backend] = backends.get(backend, 0) + 1
    async with socket_:
        # The home page first, as a browser opening the app does: app.py's st.navigation then
        # replaces Streamlit's legacy pages/ folder mode in this process (a first request for
        # "progress" would run pages/progress.py alone, without app.py's frame).
        await _rerun(socket_, "")
        ids: dict[str, str] = {}
        await _rerun(socket_, page, seen, ids=ids)
        choices = {}
        if time_range is not None:
            choices = {ids["progress_range"]: time_range}
            await _rerun(socket_, page, choices=choices)
        await warmed.wait()
        done = 0
        while time.monotonic() < clock["stop_at"] and done < limit:
            await _rerun(socket_, page, choices=choices)
            done += 1
            if time.monotonic() <= clock["stop_at"]:
                counts[0] += 1


def drive(cluster: Cluster, token: str, *, page: str = "progress", clients: int = 8,
          seconds: float = 20, limit: int = 100_000, time_range: str | None = None) -> dict:
    """Reruns per second of ``page`` through nginx with ``clients`` concurrent sessions, each
    rerunning as soon as its previous rerun finished. Bounded: after every client's first
    (warm-up) rerun it runs for ``seconds`` (or ``limit`` reruns per client) and stops."""
    counts, seen, clock, cpu, backends = [0], [], {}, {}, {}

    async def run() -> None:
        warmed = asyncio.Barrier(clients + 1)
        quota = -(-clients // max(1, len(cluster.servers)))
        tasks = [asyncio.create_task(_client(cluster.url, token, page, clock, counts, warmed,
                                             limit, seen, backends, quota, time_range))
                 for _ in range(clients)]
        clock["stop_at"] = time.monotonic() + 10**6
        await asyncio.wait_for(warmed.wait(), timeout=300)
        cpu.update(server=cluster.server_cpu_seconds(), load=time.process_time(),
                   start=time.monotonic())
        clock["stop_at"] = cpu["start"] + seconds
        await asyncio.gather(*tasks)

    asyncio.run(run())
    elapsed = time.monotonic() - cpu["start"]
    server_cpu = cluster.server_cpu_seconds() - cpu["server"]
    reruns = counts[0]
    return {"reruns": reruns, "seconds": seconds, "reruns_per_s": round(reruns / seconds, 2),
            "server_cores_used": round(server_cpu / elapsed, 2),
            "server_cpu_ms_per_rerun": round(server_cpu * 1000 / reruns, 1) if reruns else None,
            "load_generator_cores_used": round((time.process_time() - cpu["load"]) / elapsed, 2),
            "clients": clients, "page": page, "time_range": time_range or "Quarter (default)",
            "page_shown": "Progress" in seen, "clients_per_process": sorted(backends.values())}


def measure(person: tuple, folder: Path, *, tiny: bool = False, clients: int = 8,
            seconds: float = 20, place=Path) -> dict:
    """Reruns per second with 1 and with 2 processes, on the journal of ``person``
    (``(db path, account, change ids)``), kept where ``place`` puts a copy of it (the file, or
    a PostgreSQL database: see ``run.on_postgres``); None figures when nginx is missing."""
    if not Path(NGINX).exists():
        return {"skipped": "nginx is not installed (apt-get install nginx)"}
    from change_journal import sessions
    from change_journal.store import open_db

    db_path, account, _ = person
    copy = Path(folder) / "scale.db"
    shutil.copy(db_path, copy)
    copy = place(copy)
    db = open_db(copy, migrate=False)
    token = sessions.start(db, account)
    db.close()
    if tiny:
        clients, seconds = 2, 1
    result: dict = {"cpus": os.cpu_count(), "load_average_before": list(os.getloadavg())}
    result["flags"] = " ".join(DEPLOY_FLAGS)
    for processes in (1, 2):
        with Cluster(copy, processes, folder=Path(folder) / f"scale-{processes}",
                     flags=DEPLOY_FLAGS) as cluster:
            result[f"{processes}_process{'es' if processes > 1 else ''}"] = drive(
                cluster, token, clients=clients, seconds=seconds)
            if processes == 1:  # the heaviest range, "All", on the same process
                result["1_process_all_range"] = drive(cluster, token, clients=clients,
                                                      seconds=seconds, time_range="All")
    # For reference: one process as plain ``streamlit run app.py`` starts it.
    with Cluster(copy, 1, folder=Path(folder) / "scale-default") as cluster:
        result["1_process_streamlit_defaults"] = drive(cluster, token, clients=clients,
                                                       seconds=seconds)
    one, two = result["1_process"]["reruns_per_s"], result["2_processes"]["reruns_per_s"]
    result["two_over_one"] = round(two / one, 2) if one else None
    result["load_average_after"] = list(os.getloadavg())
    return result


# ------------------------------------------------------------------------------ command line

def serve(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from change_journal.config import db_path as configured
    from change_journal.store import open_db

    db_path = args.db or configured()  # a file (its folder made by open_db) or postgresql://
    # Migrate once, before several processes start at the same moment.
    open_db(db_path).close()
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    with Cluster(db_path, args.processes, args.port, flags=DEPLOY_FLAGS) as cluster:
        print(f"Change Journal: {args.processes} processes behind nginx at {cluster.url} "
              f"(database {db_path}); Ctrl-C stops them all.", flush=True)
        try:
            while not stopping and all(s.poll() is None for s in cluster.servers):
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
    return 0


def measure_command(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(BENCH))
    import datasets

    with tempfile.TemporaryDirectory(prefix="cj-scale-") as tmp:
        person = datasets.person_database(Path(tmp), "10_years", 3650)
        print(json.dumps(measure(person, Path(tmp), clients=args.clients, seconds=args.seconds)))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serving = commands.add_parser("serve", help="run N processes behind nginx until Ctrl-C")
    serving.add_argument("--processes", type=int, default=2)
    serving.add_argument("--port", type=int, default=8500)
    serving.add_argument("--db", help="database file or postgresql:// address "
                                      "(default $CHANGE_JOURNAL_DB or data/journal.db)")
    measuring = commands.add_parser("measure", help="reruns per second with 1 and 2 processes")
    measuring.add_argument("--seconds", type=float, default=20)
    measuring.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    return serve(args) if args.command == "serve" else measure_command(args)


if __name__ == "__main__":
    sys.exit(main())
