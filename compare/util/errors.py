"""Typed errors the library raises; only cli.py turns them into messages and exit codes."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """An input that cannot be used: the CLI prints `error: <file>: <reason>` and exits 2."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class UnsupportedFormat(InputError):
    """A file whose suffix no reader accepts."""


class UnreadableReport(InputError):
    """A file of a known format that its reader could not read."""


class NotAReport(InputError):
    """A readable file in which no numbered paragraph was found."""


class ReportTooLarge(InputError):
    """A report beyond the limits that keep a run bounded in time and memory."""


class TaxonomyError(InputError):
    """A malformed taxonomy file; the reason names the line."""


class DataWarning(UserWarning):
    """Something an output could not hold as it is (a cell over Excel's limit, a control character
    XML cannot carry): raised with `warnings.warn`; the CLI prints it as `warning: <message>`."""
