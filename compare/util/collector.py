"""The objects alive now kept out of the cyclic garbage collector's passes while a piece of work runs.

A run holds millions of long-lived objects (the meetings, the comparison). Each full pass of the
collector walks them all, and a growing heap triggers pass after pass: a quarter of the report's time
at 200 meetings. Forked workers also gain: a pass in a worker would touch, and so copy, every page it
inherited. `gc.freeze` moves the objects alive now out of the collector's reach; `frozen()` hands them
back when the work ends. Only the outermost `frozen()` hands them back: an inner one (a worker pool
inside the report) freezes what is new and leaves the rest frozen for the outer one to release.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def frozen() -> Iterator[None]:
    outermost = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if outermost:
            gc.unfreeze()
