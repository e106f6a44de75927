"""Helpers of the hostile suite: run wgcompare (or a snippet) in a child process, measure it, mount a tmpfs."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MEETINGS = REPO / "meetings"
TIME_LIMIT = 10.0  # seconds, per hostile input at the tests' sizes
MEMORY_LIMIT = 1 << 30  # bytes of peak resident memory


def env(**extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("WGCOMPARE_")}
    return {**base, "WGCOMPARE_CACHE": "off", "PYTHONPATH": str(REPO), **extra}


def wgcompare(*args, cwd: Path | None = None, timeout: float = 120, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "compare", *map(str, args)],
        capture_output=True,
        text=True,
        errors="backslashreplace",
        cwd=cwd,
        env=env(**extra),
        timeout=timeout,
    )


def measured(code: str, timeout: float = 60) -> tuple[subprocess.CompletedProcess, float, int]:
    """Run a Python snippet in a fresh child: its result, wall seconds and peak RSS in bytes (from /proc)."""
    runner = (
        "import sys, runpy\n"
        "exec(compile(sys.argv[1], 'snippet', 'exec'))\n"
        "print('PEAK', [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])\n"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", runner, code], capture_output=True, text=True, env=env(), timeout=timeout
    )
    seconds = time.perf_counter() - started
    peak = [line for line in done.stdout.splitlines() if line.startswith("PEAK")]
    rss = int(peak[-1].split()[1]) * 1024 if peak else resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    done.stdout = "".join(line + "\n" for line in done.stdout.splitlines() if not line.startswith("PEAK"))
    return done, seconds, rss


def can_mount() -> str:
    """Empty when this process may mount a tmpfs, else why not."""
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    if not Path("/proc/filesystems").read_text().count("tmpfs"):
        return "no tmpfs in this kernel"
    return ""


@contextmanager
def tmpfs(folder: Path, options: str):
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode:
        import pytest

        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (dotfiles included), by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
