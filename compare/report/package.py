"""The zip packages the report writes (the workbook, the Word redlines): the parts in the order given, each
with one fixed time, so the same parts give the same bytes."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Generator, Iterable

from compare.util.steps import outcome

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED_TIME = "2000-01-01T00:00:00Z"  # the documents' own created and modified times
LEVEL = 1  # zlib's fastest level: several times faster than its default on this XML, for a slightly larger file


def package_bytes(parts: dict[str, bytes | Iterable[bytes]]) -> bytes:
    """A zip of `parts` (name -> its bytes, or its bytes in pieces, written as they come)."""
    return outcome(package_steps(parts))


def package_steps(parts: dict[str, bytes | Iterable[bytes]]) -> Generator[None, None, bytes]:
    """`package_bytes` a step at a time (`compare.util.steps`): a step per piece written."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            with archive.open(_entry(name), "w") as stream:
                for piece in [data] if isinstance(data, bytes) else data:
                    stream.write(piece)
                    yield
    return out.getvalue()


def _entry(name: str) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry._compresslevel = LEVEL  # what ZipFile.open(entry, "w") reads (Python 3.11 to 3.13 alike)
    entry.external_attr = 0o644 << 16
    return entry
