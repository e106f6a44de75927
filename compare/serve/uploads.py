"""Uploaded reports: read and normalised in a background thread, then added to the corpus atomically.

A job is `working` through its steps (STEPS: checking, reading,
normalising, comparing, done; the page polls them), then `failed` (with the
CLI's one-line reason, nothing written), `confirm` (the corpus already holds
that meeting: the reviewer chooses) or `added` (the comparison with it is
computed, so its pair page opens at once). The upload is read from a private temporary folder
outside the corpus; only a report that normalised is written into it: the
raw file as `raw/<meeting_id><suffix>`, then `<meeting_id>.md`, then
`<meeting_id>.json` (what the comparison reads), each atomically.
"""

from __future__ import annotations

import dataclasses
import json
import secrets
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from compare import pipeline
from compare.ingest.markdown_out import meeting_markdown
from compare.model import Meeting, meeting_to_dict
from compare.serve.state import Corpus
from compare.util.atomic import write_file_atomic
from compare.util.errors import InputError
from compare.util.safepaths import check_meeting_id, inside

MAX_JOBS = 200
STEPS = ("checking", "reading", "normalising", "comparing", "done")
STEP_LABELS = {
    "checking": "Checking the file (waiting for the upload before it, if any)",
    "reading": "Reading the report",
    "normalising": "Normalising it (themes, the corpus's JSON and Markdown)",
    "comparing": "Comparing it with the meetings of its body",
    "done": "Done",
}


@dataclass
class Job:
    id: str
    name: str
    state: str = "working"  # working | failed | confirm | added
    step: str = "checking"  # one of STEPS
    reason: str = ""
    meeting_id: str = ""
    meeting: Meeting | None = None
    data: bytes = b""
    suffix: str = ""

    def public(self) -> dict:
        public = {"state": self.state, "step": self.step, "step_label": STEP_LABELS[self.step], "steps": STEPS}
        return {**public, "reason": self.reason, "meeting_id": self.meeting_id, "name": self.name}


class Uploads:
    """The jobs of one service; one report is read at a time, so memory stays bounded."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.jobs: dict[str, Job] = {}
        self._reading = threading.Semaphore(1)
        self._writing = threading.Lock()

    def start(self, name: str, data: bytes, suffix: str) -> Job:
        job = Job(id=secrets.token_urlsafe(12), name=name, data=data, suffix=suffix)
        while len(self.jobs) >= MAX_JOBS:
            self.jobs.pop(next(iter(self.jobs)))
        self.jobs[job.id] = job
        threading.Thread(target=self._run, args=(job,), daemon=True, name=f"upload-{job.id}").start()
        return job

    def _run(self, job: Job) -> None:
        """Whatever happens in here ends the job, never the service."""
        try:
            with self._reading:
                job.step = "reading"
                job.meeting = self._read(job)
            job.meeting_id = job.meeting.meeting_id
            if job.meeting_id in self.corpus.snapshot().refs():
                job.state = "confirm"
            else:
                self.add(job)
        except InputError as error:
            job.state, job.reason, job.data = "failed", error.reason, b""
        except Exception:  # noqa: BLE001  a bug in a reader must not stop the service
            job.state, job.reason, job.data = "failed", "could not be read (an internal error; nothing was added)", b""

    def _read(self, job: Job) -> Meeting:
        folder = Path(tempfile.mkdtemp(prefix="wgcompare-upload-"))
        try:
            path = folder / f"upload{job.suffix}"
            path.write_bytes(job.data)
            loaded = pipeline.load([path], self.corpus.memo)
            if loaded.errors:
                raise InputError(job.name, loaded.errors[0].reason)
            meeting = next(iter(loaded.meetings.values()))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        check_meeting_id(job.name, meeting.meeting_id)
        return dataclasses.replace(meeting, source=f"{meeting.meeting_id}{job.suffix}")

    def add(self, job: Job) -> None:
        """Write the job's report into the corpus: raw file, normalised text, then the JSON."""
        folder = self.corpus.folder
        job.step = "normalising"
        meeting = pipeline.themed(job.meeting, self.corpus.taxonomy, self.corpus.memo)
        text = json.dumps(meeting_to_dict(meeting), ensure_ascii=False, indent=1) + "\n"
        with self._writing:
            write_file_atomic(inside(folder, f"raw/{meeting.meeting_id}{job.suffix}"), job.data)
            write_file_atomic(inside(folder, f"{meeting.meeting_id}.md"), meeting_markdown(meeting).encode("utf-8"))
            write_file_atomic(inside(folder, f"{meeting.meeting_id}.json"), text.encode("utf-8"))
        job.step, job.data = "comparing", b""
        self.corpus.snapshot()
        job.step, job.state = "done", "added"

    def cancel(self, job: Job) -> None:
        job.state, job.data = "failed", b""
        job.reason = "not added: the reviewer kept the meeting already in the corpus"
