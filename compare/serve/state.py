"""The live comparison of a corpus folder: recomputed (through the memo) whenever the folder changes."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from compare import pipeline
from compare.ingest import decisions_store as store
from compare.ingest.decisions_file import load_decisions
from compare.memo import Memo
from compare.model import Comparison
from compare.util.errors import InputError


@dataclass(frozen=True)
class Snapshot:
    """One computed state of the corpus: the comparison, its report files, and what could not be used."""

    signature: tuple
    comparison: Comparison | None
    files: dict[str, bytes] = field(default_factory=dict)
    errors: tuple[str, ...] = ()

    def refs(self) -> dict[str, tuple[str, ...]]:
        meetings = self.comparison.meetings if self.comparison else ()
        return {m.meeting_id: tuple(u.ref for u in m.units) for m in meetings}


class Corpus:
    """A corpus folder and its current Snapshot; `snapshot()` recomputes only when a file changed."""

    def __init__(self, folder: Path, memo: Memo) -> None:
        self.folder = Path(folder).resolve()
        self.memo = memo
        self.taxonomy = pipeline.load_taxonomy()
        self.decisions_path = self.folder / store.FILE_NAME
        self._lock = threading.Lock()
        self._current = Snapshot(signature=(), comparison=None)
        self._files_lock = threading.Lock()
        self._every: tuple[Snapshot | None, dict[str, bytes]] = (None, {})

    def signature(self) -> tuple:
        """Name, size and modification time of every file the comparison reads."""
        entries = []
        for path in sorted(self.folder.iterdir()):
            if path.is_file() and not path.name.startswith("."):
                info = path.stat()
                entries.append((path.name, info.st_size, info.st_mtime_ns))
        return tuple(entries)

    def snapshot(self) -> Snapshot:
        signature = self.signature()
        if self._current.signature == signature:
            return self._current
        with self._lock:
            if self._current.signature != signature:
                self._current = self._compute(signature)
            return self._current

    def prepare(self) -> None:
        """Compute the first snapshot (run in the background at start-up); a failure waits for the first page."""
        try:
            self.snapshot()
        except Exception:  # noqa: BLE001  the page that asks next computes it again and answers with the fault
            return

    def _compute(self, signature: tuple) -> Snapshot:
        loaded = pipeline.load([self.folder], self.memo)
        errors = [f"{e.path}: {e.reason}" for e in loaded.errors]
        try:
            decided = load_decisions(self.decisions_path)
        except InputError as error:
            errors.append(f"{error.path}: {error.reason}")
            decided = ()
        if not loaded.meetings:
            return Snapshot(signature, None, {}, tuple(errors))
        comparison = pipeline.build_comparison(list(loaded.meetings.values()), self.taxonomy, decided, memo=self.memo)
        return Snapshot(signature, comparison, pipeline.report_pages(comparison), tuple(errors))

    def every_file(self, snapshot: Snapshot) -> dict[str, bytes]:
        """Every file of the report (workbook, database, redlines ... too), computed once per snapshot, when asked."""
        with self._files_lock:
            if self._every[0] is not snapshot:
                further = pipeline.further_report_files(snapshot.comparison, self.memo) if snapshot.comparison else {}
                files = {**snapshot.files, **further}
                self._every = (snapshot, files)
            return self._every[1]
