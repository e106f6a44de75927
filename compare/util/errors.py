"""Typed errors the library raises; only cli.py turns them into messages and exit codes."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """An input that cannot be used: the CLI prints `error: <file>: <reason>` and exits 2."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason

    def __reduce__(self):  # as it was made, when it comes back from a worker process
        return self.__class__, (self.path, self.reason)


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


class OutputError(Exception):
    """An output that cannot be written (full disk, read-only folder ...): `error: <path>: <reason>`, exit 3."""

    def __init__(self, path: Path | str, cause: OSError | str):
        self.path = str(path)
        self.reason = cause if isinstance(cause, str) else f"cannot write: {os_reason(cause)}"
        super().__init__(f"{self.path}: {self.reason}")


def os_reason(error: OSError) -> str:
    """What the system said, in words ("No space left on device"), never a Python exception name."""
    return (error.strerror or "input/output error").lower()


def shown(text: object) -> str:
    """`text` for one line of a terminal: control characters (newline, escape ...) shown escaped, as repr does."""
    value = str(text)
    if value.isprintable():
        return value
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in value)


def error_line(path: object, reason: object) -> str:
    """The one line a fault is shown as: `error: <path>: <reason>`."""
    return f"error: {shown(path)}: {shown(reason)}"
