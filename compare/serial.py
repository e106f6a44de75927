"""The model as plain JSON data and back: the one converter of the package.

`to_plain` turns model values (frozen dataclasses, enums, tuples, dicts with
tuple keys, and plain bytes: report pieces) into JSON-ready data with a type tag on each object; `from_plain`
rebuilds them, accepting only the model's own classes and checking each
field's scalar type, so data read back can never name code to run or forge an
object of another shape: anything off raises `SchemaError`.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import enum
import functools
import typing

from compare import model

_SCALARS = (str, int, float, bool, type(None))
_CLASSES: dict[str, type] = {
    name: kind
    for name, kind in vars(model).items()
    if isinstance(kind, type) and (dataclasses.is_dataclass(kind) or issubclass(kind, enum.Enum))
}


class SchemaError(ValueError):
    """Data that is not a value of the model."""


def to_plain(value: object) -> object:
    """JSON-ready data: objects tagged `{"$": class name, ...fields}`, enums `{"$e": class, "v": value}`,
    dicts `{"$d": [[key, value], ...]}`, tuples and lists as lists (read back as tuples)."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    convert = _CONVERTERS.get(kind) or _converter(kind)
    return convert(value)


_PLAIN = frozenset(_SCALARS)


def _sequence(value: tuple | list) -> list:
    return [item if type(item) in _PLAIN else to_plain(item) for item in value]


def _mapping(value: dict) -> dict:
    return {"$d": [[to_plain(k), to_plain(v)] for k, v in value.items()]}


def _bytes_plain(value: bytes) -> dict:
    return {"$b": base64.b64encode(value).decode("ascii")}


_CONVERTERS: dict[type, typing.Callable[[typing.Any], object]] = {
    tuple: _sequence,
    list: _sequence,
    dict: _mapping,
    bytes: _bytes_plain,
}


def _converter(kind: type) -> typing.Callable[[typing.Any], object]:
    """How values of `kind` become plain data, worked out once per class (its field names, its tag)."""
    if issubclass(kind, enum.Enum):
        convert = _enum_converter(kind.__name__)
    elif kind.__name__ in _CLASSES:
        convert = _object_converter(kind.__name__, _field_names(kind))
    else:
        raise SchemaError(f"not a model value: {kind.__name__}")
    _CONVERTERS[kind] = convert
    return convert


def _enum_converter(name: str) -> typing.Callable[[enum.Enum], dict]:
    return lambda value: {"$e": name, "v": value.value}


def _object_converter(name: str, fields: tuple[str, ...]) -> typing.Callable[[typing.Any], dict]:
    def convert(value: object) -> dict:
        data = {"$": name}
        for field in fields:
            item = getattr(value, field)
            data[field] = item if type(item) in _PLAIN else to_plain(item)
        return data

    return convert


def from_plain(data: object) -> object:
    """The value `to_plain` gave `data` for; SchemaError for anything else."""
    kind = type(data)
    if kind in _PLAIN:
        return data
    if kind is list:
        return tuple([item if type(item) in _PLAIN else from_plain(item) for item in data])
    if kind is not dict:
        raise SchemaError(f"unexpected {kind.__name__}")
    if "$d" in data:
        return {_hashable(from_plain(k)): from_plain(v) for k, v in _pairs(data["$d"])}
    if "$e" in data:
        return _enum(data)
    if "$b" in data:
        return _bytes(data)
    return _reader(data.get("$"))(data)


def _pairs(items: object) -> list:
    if not isinstance(items, list) or not all(isinstance(i, list) and len(i) == 2 for i in items):
        raise SchemaError("malformed mapping")
    return items


def _hashable(key: object) -> object:
    try:
        hash(key)
    except TypeError:
        raise SchemaError("unhashable mapping key") from None
    return key


def _bytes(data: dict) -> bytes:
    if set(data) != {"$b"} or not isinstance(data["$b"], str):
        raise SchemaError("malformed bytes")
    try:
        return base64.b64decode(data["$b"], validate=True)
    except (binascii.Error, ValueError):
        raise SchemaError("malformed bytes") from None


def _enum(data: dict) -> enum.Enum:
    kind = _CLASSES.get(data.get("$e"))
    if kind is None or not issubclass(kind, enum.Enum):
        raise SchemaError(f"unknown enum {data.get('$e')!r}")
    try:
        return kind(data.get("v"))
    except ValueError:
        raise SchemaError(f"not a {kind.__name__}: {data.get('v')!r}") from None


@functools.cache
def _reader(name: str) -> typing.Callable[[dict], object]:
    """How an object tagged `name` is read back, worked out once per class: its exact fields, each field's
    scalar type where it declares one (SchemaError for a name that is not a class of the model)."""
    kind = _CLASSES.get(name)
    if kind is None or not dataclasses.is_dataclass(kind):
        raise SchemaError(f"unknown class {name!r}")
    names, shape, checks = _field_names(kind), {"$", *_field_names(kind)}, tuple(_scalar_types(kind).items())

    def read(data: dict) -> object:
        if data.keys() != shape:
            raise SchemaError(f"{kind.__name__} with other fields than its own")
        fields = {}
        for name in names:
            item = data[name]
            fields[name] = item if type(item) in _PLAIN else from_plain(item)
        for name, expected in checks:
            if not isinstance(fields[name], expected):
                raise SchemaError(f"{kind.__name__}.{name} is not {expected}")
        return kind(**fields)

    return read


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


@functools.cache
def _scalar_types(kind: type) -> dict[str, type | tuple[type, ...]]:
    """The fields of `kind` declared as one plain scalar type, with that type (int accepted for float)."""
    hints = typing.get_type_hints(kind)
    plain = {str: str, bool: bool, int: int, float: (int, float)}
    return {name: plain[hint] for name, hint in hints.items() if hint in plain}
