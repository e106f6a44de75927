"""The real service on a loopback port, for the serve tests: uvicorn in a thread over a copy of meetings/."""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from pathlib import Path

import uvicorn

from compare.memo import Memo
from compare.serve.app import create_app
from compare.serve.service import Service

ROOT = Path(__file__).resolve().parent.parent
SEED_2014 = ROOT / "meetings" / "raw" / "wgic-2014-sample.md"
NEW_MEETING = "wg-international-cooperation-2015-07"


class Running:
    """A service started on 127.0.0.1 at a free port; `stop()` ends it."""

    def __init__(self, corpus: Path, memo_folder: Path | None, read_only: bool = False) -> None:
        self.service = Service(corpus, Memo(memo_folder), read_only)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        config = uvicorn.Config(create_app(self.service), log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)
        self.thread.start()
        for _ in range(200):
            if self.server.started:
                return
            time.sleep(0.02)
        raise RuntimeError("the service did not start")

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


def copy_corpus(folder: Path) -> Path:
    """A copy of the repository's meetings/ (JSON, Markdown and raw reports), without any decisions."""
    shutil.copytree(ROOT / "meetings", folder, ignore=shutil.ignore_patterns("decisions.yaml", ".*"))
    return folder


def corpus_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (dotfiles too), by relative path: what 'unchanged' means for a corpus."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def next_meeting_lines() -> list[str]:
    """The 2014 sample moved on a year: the seventh meeting (2015), a few recommendations reworded."""
    text = SEED_2014.read_text("utf-8")
    for old, new in (("sixth", "seventh"), ("fifth", "sixth"), ("2014", "2015"), ("October", "July")):
        text = text.replace(old, new)
    text = text.replace("are important for", "remain essential for")
    return [line for line in text.splitlines() if line.strip() and line.strip() != "---"]


def write_next_meeting_docx(path: Path) -> Path:
    """The next meeting as Word writes it: headings as heading styles, each paragraph a Word paragraph."""
    import docx

    document = docx.Document()
    for line in next_meeting_lines():
        heading = re.match(r"^(#+)\s*(.*)$", line.strip())
        if heading:
            document.add_heading(heading.group(2).replace("**", ""), level=min(len(heading.group(1)), 4))
        else:
            document.add_paragraph(line.strip())
    document.save(str(path))
    return path
