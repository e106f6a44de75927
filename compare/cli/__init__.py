"""The `wgcompare` command: parses options, calls the library, maps errors to exit codes.

Exit status: 0 when everything was written, 2 when any input was rejected
(each on one line `error: <file>: <reason>`), 3 when an output could not be
written (full disk, read-only folder: `error: <path>: <reason>`), 1 only for a bug.
"""

from compare.cli.main import cli, main

__all__ = ["cli", "main"]
