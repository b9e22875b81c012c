"""Where a command's CPU goes, by kind of process: run it, sample /proc, print one JSON object.

    python bench/suite_cpu.py -- .venv/bin/python -m pytest -q          # the whole suite
    python bench/suite_cpu.py -- .venv/bin/python -m pytest -q tests/e2e

Every process on the machine seen while the command runs is sampled five times a second (Linux
only; run nothing else meanwhile); its CPU is what it used while seen (a process that lives less
than one interval is missed; one already running when the sampling starts counts from then).
Kinds are told by the command line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter

INTERVAL_S = 0.2
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def kind(pid: str) -> str:
    """What a process is, from its command line."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            command = fh.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "gone before seen"
    if "chrom" in command:
        for part in ("renderer", "gpu-process", "utility", "zygote"):
            if f"--type={part}" in command:
                return f"chromium {part}"
        return "chromium browser"
    if "streamlit run" in command:
        return "streamlit server"
    if "playwright" in command and "driver" in command:
        return "playwright driver"
    if "pytest" in command or "execnet" in command or "exec(eval" in command:
        return "pytest"
    if "postgres" in command:
        return "postgresql"
    if "python" in command:
        return "other python"
    return "other" if command.strip() else "gone before seen"


def cpu_seconds(pid: str) -> float | None:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS


def sample(seen: dict, first: dict, started: bool) -> None:
    """Record every process's CPU so far: ``seen[(pid, start)] = [kind, cpu]``."""
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as fh:
                start = fh.read().rsplit(")", 1)[1].split()[19]
        except (OSError, IndexError):
            continue
        cpu = cpu_seconds(pid)
        if cpu is None:
            continue
        key = (pid, start)
        if key not in seen:
            seen[key] = [kind(pid), cpu]
            if not started:
                first[key] = cpu
        seen[key][1] = max(seen[key][1], cpu)


def main(command: list[str]) -> dict:
    seen: dict = {}
    first: dict = {}
    sample(seen, first, started=False)
    began = time.perf_counter()
    process = subprocess.Popen(command)
    while process.poll() is None:
        time.sleep(INTERVAL_S)
        sample(seen, first, started=True)
    wall = time.perf_counter() - began
    by_kind, processes = Counter(), Counter()
    for key, (name, cpu) in seen.items():
        used = cpu - first.get(key, 0.0)
        if used > 0:
            by_kind[name] += used
            processes[name] += 1
    return {
        "command": command, "returncode": process.returncode, "wall_s": round(wall, 1),
        "cpus": os.cpu_count(), "cpu_s": round(sum(by_kind.values()), 1),
        "by_kind": {name: {"cpu_s": round(cpu, 1), "processes": processes[name]}
                    for name, cpu in by_kind.most_common()},
    }


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        sys.exit(__doc__)
    print(json.dumps(main(args)))
