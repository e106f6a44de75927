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

from collections.abc import Callable, Generator, Iterator, Sequence

from compare.util.caught import Caught, raise_again, recorded

LATER = object()  # yielded by a piece whose next step should wait for `finished`

Piece = Generator[object, None, object]


def outcome(steps: Piece):
    """What the generator `steps` returns, all its steps taken."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def in_one_step(make: Callable[[], object]) -> Piece:
    """`make()` as stepped work of one step."""
    made = make()
    yield
    return made


def _advanced(piece: Piece) -> tuple[object, StopIteration | None]:
    """What `piece` yields at its next step, or `LATER` and how it stopped when it is done."""
    try:
        return next(piece), None
    except StopIteration as done:
        return LATER, done


class Stepped:
    """The results of named pieces of stepped work, taken a step at a time by `steps`, then by `finished`."""

    def __init__(self, pieces: Sequence[tuple[str, Piece]]) -> None:
        self._pieces = list(pieces)
        self._results: dict[str, object] = {}
        self._caught: Caught = []
        self.steps: Iterator[None] = self._early_steps()

    def _early_steps(self) -> Iterator[None]:
        for name, piece in self._pieces:
            while self._step(name, piece):
                yield

    def _step(self, name: str, piece: Piece) -> bool:
        """One step of `piece`, its warnings kept; False once it is done or its next step is for later."""
        (signal, done), caught = recorded(_advanced, piece)
        self._caught += caught
        if done is not None:
            self._results[name] = done.value
        return signal is not LATER

    def finished(self) -> Iterator[tuple[str, object]]:
        """Every piece's (name, result), in the order given, the steps left taken now; then the warnings
        of all the steps are raised again, in the order they were raised."""
        for _ in self.steps:
            pass
        for name, piece in self._pieces:
            while name not in self._results:
                self._step(name, piece)
        raise_again(self._caught)
        yield from ((name, self._results[name]) for name, _ in self._pieces)

    def close(self) -> None:
        """Stop every piece not done (a caller that stops early): each cleans up as it would when done."""
        for _, piece in self._pieces:
            piece.close()
