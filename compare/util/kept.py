"""The last few values a stage made in this process, by key: `Kept(size)`.

For work a run asks for again soon (the pool of dropped units from one pair to the next, a meeting
searched from each earlier meeting whose window it is in). Bounded (the oldest goes first), safe for
the service's threads, held in this process only: never written anywhere, never read back.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable


class Kept:
    def __init__(self, size: int) -> None:
        self._size = size
        self._values: dict[Hashable, object] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable):
        """The value kept under `key`, or None."""
        with self._lock:
            return self._values.get(key)

    def newest_first(self) -> list[tuple[Hashable, object]]:
        """Every (key, value) kept, the newest first."""
        with self._lock:
            return list(reversed(self._values.items()))

    def put(self, key: Hashable, value: object) -> None:
        """`value` kept under `key` as the newest, the oldest dropped beyond `size`."""
        with self._lock:
            self._values.pop(key, None)
            self._values[key] = value
            while len(self._values) > self._size:
                del self._values[next(iter(self._values))]

    def clear(self) -> None:
        """Nothing kept any more."""
        with self._lock:
            self._values.clear()
