"""The service under load: `wgcompare serve` in its own process on loopback, driven over HTTP.

1. Page latency: 20 concurrent clients (threads, each its own connection)
   read report pages in turn for 10 s; p50 / p99 / max of every request.
2. Upload to pair page: the seed report written as a PDF (reportlab, via
   tests/formats.py) is uploaded to a corpus that lacks that meeting; the
   time from sending the upload to having the new pair page, 3 runs, each
   with a fresh corpus copy and an empty memo for the upload (the corpus
   itself already served once, as a running service would have).
3. Start-up: the time until the address line is printed (the service
   listens; the comparison is computed in the background), and until the
   first page is answered, with a cold and with a warm memo.

Everything is bounded: each phase stops by itself; the server process is
ended by its own id. Prints one line per figure.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import formats  # noqa: E402  (tests/formats.py: the seed as PDF)

CLIENTS, SECONDS, UPLOAD_RUNS = 20, 10.0, 3
SEED_ID = "wg-international-cooperation-2012-04"
PAGES = [
    "/index.html",
    "/recommendations.html",
    f"/pairs/{SEED_ID}--wg-international-cooperation-2013-05.html",
    "/pairs/wg-international-cooperation-2013-05--wg-international-cooperation-2014-06.html",
    "/themes/extradition.html",
    "/changes.csv",
]


class Server:
    """`python -m compare serve CORPUS` on a free loopback port, with its own memo folder."""

    def __init__(self, corpus: Path, memo: Path) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        env = {**os.environ, "WGCOMPARE_CACHE": str(memo)}
        command = [sys.executable, "-m", "compare", "serve", str(corpus), "--port", str(port)]
        started = time.perf_counter()
        self.process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        self.process.stdout.readline()  # the address line: printed once it listens (the comparison is computed after)
        self.start_s = time.perf_counter() - started
        first = httpx.get(self.url + PAGES[0], timeout=120)  # waits for the comparison computed in the background
        self.first_page_s = time.perf_counter() - started
        assert first.status_code == 200, first.status_code

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def corpus_copy(folder: Path, without: str = "") -> Path:
    shutil.copytree(ROOT / "meetings", folder, ignore=shutil.ignore_patterns("decisions.yaml", ".*", "raw"))
    for suffix in (".json", ".md"):
        (folder / f"{without}{suffix}").unlink(missing_ok=True)
    return folder


def read_pages(url: str, deadline: float, times: list[float], failures: list[int]) -> None:
    with httpx.Client(base_url=url, timeout=10) as client:
        index = 0
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            status = client.get(PAGES[index % len(PAGES)]).status_code
            times.append(time.perf_counter() - started)
            if status != 200:
                failures.append(status)
            index += 1


def page_latency(url: str) -> dict:
    times: list[float] = []
    failures: list[int] = []
    deadline = time.perf_counter() + SECONDS
    threads = [threading.Thread(target=read_pages, args=(url, deadline, times, failures)) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ordered = sorted(times)
    return {
        "requests": len(times),
        "failures": len(failures),
        "p50_ms": 1000 * statistics.median(ordered),
        "p99_ms": 1000 * ordered[int(0.99 * (len(ordered) - 1))],
        "max_ms": 1000 * ordered[-1],
        "per_s": len(times) / SECONDS,
    }


def upload_to_pair(url: str, pdf: bytes) -> float:
    with httpx.Client(base_url=url, timeout=30) as client:
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/_serve/upload").text).group(1)
        started = time.perf_counter()
        reply = client.post(
            "/_serve/upload",
            files={"report": ("seed.pdf", pdf)},
            data={"csrf": token},
            headers={"Accept": "application/json"},
        )
        status = reply.json()["status"]
        for _ in range(1200):  # at most 60 s
            job = client.get(status, headers={"Accept": "application/json"}).json()
            if job["state"] != "working":
                break
            time.sleep(0.05)
        if not job.get("next"):
            raise SystemExit(f"upload not added: {job}")
        page = client.get(job["next"])
        elapsed = time.perf_counter() - started
        assert page.status_code == 200 and SEED_ID in job["next"], job
        return elapsed


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="wgcompare-bench-serve-") as scratch:
        scratch = Path(scratch)
        pdf = formats.write_pdf(formats.seed_blocks(), scratch / "seed.pdf").read_bytes()
        server = Server(corpus_copy(scratch / "reading"), scratch / "memo-reading")
        try:
            print(f"serve: listening (cold memo) in {server.start_s:.2f} s, first page in {server.first_page_s:.2f} s")
            result = page_latency(server.url)
        finally:
            server.stop()
        again = Server(scratch / "reading", scratch / "memo-reading")
        again.stop()
        print(f"serve: listening again (warm memo) in {again.start_s:.2f} s, first page in {again.first_page_s:.2f} s")
        print(
            f"serve: {CLIENTS} clients x {SECONDS:.0f} s: {result['requests']} requests ({result['per_s']:.0f}/s), "
            f"{result['failures']} failed; p50 {result['p50_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms, "
            f"max {result['max_ms']:.1f} ms"
        )
        runs = []
        for run in range(UPLOAD_RUNS):
            server = Server(corpus_copy(scratch / f"upload-{run}", without=SEED_ID), scratch / f"memo-upload-{run}")
            try:
                runs.append(upload_to_pair(server.url, pdf))
            finally:
                server.stop()
        print(
            f"serve: upload of the seed as PDF ({len(pdf) // 1024} KB) to its new pair page: "
            f"median {statistics.median(runs):.2f} s, max {max(runs):.2f} s over {UPLOAD_RUNS} runs"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
