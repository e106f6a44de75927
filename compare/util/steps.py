"""Work done a step at a time, while this process would otherwise wait for its workers.

A piece of stepped work is a generator: it yields between steps and returns its result. `outcome`
takes all its steps at once. `Stepped` takes the steps of several such pieces only when asked (its
`steps` iterator, which `compare.util.workers.ordered_map` advances whenever no result has come yet),
keeps the warnings each step raises, and `finished` takes what is left and raises those warnings
again, in order: the same warnings, in the same order, however many steps were taken while waiting
(`close` stops the pieces instead, for a caller that stops early).

A piece yields `LATER` where what follows needs memory best taken once the workers are gone (the
database read back whole): its steps stop there until `finished`.
"""

from __future__ import annotations

import warnings
from collections.abc import Generator, Iterator, Sequence

LATER = object()  # yielded by a piece whose next step should wait for `finished`

Piece = Generator[object, None, object]


def outcome(steps: Piece):
    """What the generator `steps` returns, all its steps taken."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


class Stepped:
    """The results of named pieces of stepped work, taken a step at a time by `steps`, then by `finished`."""

    def __init__(self, pieces: Sequence[tuple[str, Piece]]) -> None:
        self._pieces = list(pieces)
        self._results: dict[str, object] = {}
        self._caught: list[warnings.WarningMessage] = []
        self.steps: Iterator[None] = self._early_steps()

    def _early_steps(self) -> Iterator[None]:
        for name, piece in self._pieces:
            while self._step(name, piece):
                yield

    def _step(self, name: str, piece: Piece) -> bool:
        """One step of `piece`, its warnings kept; False once it is done or its next step is for later."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                signal = next(piece)
            except StopIteration as done:
                self._results[name] = done.value
                signal = LATER
        self._caught += caught
        return signal is not LATER

    def finished(self) -> Iterator[tuple[str, object]]:
        """Every piece's (name, result), in the order given, the steps left taken now; then the warnings
        of all the steps are raised again, in the order they were raised."""
        for _ in self.steps:
            pass
        for name, piece in self._pieces:
            while name not in self._results:
                self._step(name, piece)
        for warning in self._caught:
            warnings.warn(warning.message, warning.category, stacklevel=2)
        yield from ((name, self._results[name]) for name, _ in self._pieces)

    def close(self) -> None:
        """Stop every piece not done (a caller that stops early): each cleans up as it would when done."""
        for _, piece in self._pieces:
            piece.close()
