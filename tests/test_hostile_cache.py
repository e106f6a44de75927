"""A poisoned cache: planted code never runs, corrupted entries are recomputed, the report is byte-identical."""

from __future__ import annotations

import pickle

from hostile_util import MEETINGS, tree, wgcompare

RAW = MEETINGS / "raw"


class _Planted:
    """Unpickled, it creates the file `marker`: code a cache that trusted pickles would run."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def _flip_one_letter(data: bytes) -> bytes:
    middle = len(data) // 2
    position = next(i for i in range(middle, len(data)) if chr(data[i]).isalpha())
    return data[:position] + (b"q" if data[position : position + 1] != b"q" else b"z") + data[position + 1 :]


def test_a_poisoned_cache_runs_nothing_and_changes_nothing(tmp_path):
    cache = tmp_path / "cache"
    clean = wgcompare("compare", RAW, "--out", tmp_path / "clean", WGCOMPARE_CACHE="off")
    assert clean.returncode == 0, clean.stderr
    warm = wgcompare("compare", RAW, "--out", tmp_path / "warm", WGCOMPARE_CACHE=str(cache))
    assert warm.returncode == 0 and tree(tmp_path / "warm") == tree(tmp_path / "clean")
    entries = [p for p in cache.rglob("*") if p.is_file()]
    assert entries, "the first run filled the cache"
    marker = tmp_path / "pwned"
    for n, entry in enumerate(entries):
        if n % 3 == 0:
            entry.write_bytes(_flip_one_letter(entry.read_bytes()))
        elif n % 3 == 1:
            entry.write_bytes(entry.read_bytes()[: len(entry.read_bytes()) // 2])
        else:
            entry.write_bytes(pickle.dumps(_Planted(marker)))
        (entry.parent / f"{entry.stem}.pyc").write_bytes(b"\x00" * 16 + pickle.dumps(_Planted(marker)))
    (cache / "__init__.py").write_text(f"open({str(marker)!r}, 'w')\n")
    (cache / "sitecustomize.py").write_text(f"open({str(marker)!r}, 'w')\n")
    poisoned = wgcompare("compare", RAW, "--out", tmp_path / "poisoned", WGCOMPARE_CACHE=str(cache))
    assert poisoned.returncode == 0 and "Traceback" not in poisoned.stderr
    assert tree(tmp_path / "poisoned") == tree(tmp_path / "clean"), "byte-identical to a run without cache"
    assert not marker.exists()
