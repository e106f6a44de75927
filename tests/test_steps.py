"""Work taken a step at a time while waiting: the same results and the same warnings, in the same order,
however many steps were taken early; a step marked for later waits for `finished`."""

from __future__ import annotations

import itertools
import warnings

import pytest

from compare.util.errors import DataWarning
from compare.util.steps import LATER, Stepped, outcome

log: list[str] = []


def _piece(name: str, steps: int, later: bool = False):
    for number in range(steps):
        log.append(f"{name}{number}")
        warnings.warn(f"{name} step {number}", DataWarning, stacklevel=1)
        yield
    if later:
        yield LATER
        log.append(f"{name} later")
    return name.upper()


def _pieces():
    return [("a", _piece("a", 2, later=True)), ("b", _piece("b", 3)), ("c", _piece("c", 1))]


@pytest.mark.parametrize("early", [0, 1, 4, 100])
def test_the_same_results_and_warnings_in_order_however_many_steps_are_taken_early(early):
    log.clear()
    stepped = Stepped(_pieces())
    list(itertools.islice(stepped.steps, early))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        files = list(stepped.finished())
    assert files == [("a", "A"), ("b", "B"), ("c", "C")]
    assert [str(w.message) for w in caught] == ["a step 0", "a step 1", "b step 0", "b step 1", "b step 2", "c step 0"]


def test_a_step_marked_for_later_is_taken_only_when_finished():
    log.clear()
    stepped = Stepped(_pieces())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _ in stepped.steps:
            pass
        assert "a later" not in log and log[-1] == "c0"  # every early step taken, but not a's last
        dict(stepped.finished())
    assert log[-1] == "a later"


def test_outcome_takes_every_step():
    log.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert outcome(_piece("x", 2, later=True)) == "X"
    assert log == ["x0", "x1", "x later"]


def _cleaned_up(done: list[str]):
    try:
        yield
        yield
    finally:
        done.append("cleaned")


def test_closing_stops_the_pieces_left_and_lets_them_clean_up():
    done: list[str] = []
    stepped = Stepped([("a", _cleaned_up(done))])
    next(stepped.steps)
    stepped.close()
    assert done == ["cleaned"]
