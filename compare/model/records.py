"""`updated`: a record of the model with some of its fields changed."""

from __future__ import annotations

from typing import TypeVar

Record = TypeVar("Record")


def updated(record: Record, **fields: object) -> Record:
    """`dataclasses.replace(record, **fields)` without its checks of every field on each call (thousands
    of rows and units a run go through here); the class's own `__init__` still runs."""
    return type(record)(**{**vars(record), **fields})
