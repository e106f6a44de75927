"""Warnings kept while a piece of work runs, to be raised again at the piece's turn.

A piece made in a worker process, or a step taken while waiting for one, raises its warnings at a
moment that depends on timing. `recorded` keeps them (as category and text: they cross processes) and
`raise_again` raises them where the piece's result is taken, so that what the user is told comes in
the same order however the work was shared.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

Caught = list[tuple[type[Warning], str]]


def recorded(make: Callable, *args: object) -> tuple[object, Caught]:
    """`make(*args)`, and the warnings it raised (every one, none shown)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = make(*args)
    return result, [(warning.category, str(warning.message)) for warning in caught]


def raise_again(caught: Caught) -> None:
    """The warnings `recorded` kept, raised here in their order."""
    for category, message in caught:
        warnings.warn(message, category, stacklevel=2)
