"""Atomic writing: `--out` holds the old report or the new one, whole, at every instant.

A report is staged in `.<out>.new-XXXX` beside `--out`, then swapped in with one
`renameat2(RENAME_EXCHANGE)` call (Linux): the two names trade places in one
step, so no kill at any moment can leave `--out` missing or half-written. Where
the kernel or filesystem has no exchange (other systems, some network mounts),
two renames are used, and a run killed between them leaves the old report in
`.<out>.old-XXXX`, which the next run puts back before anything else.

Runs into one `--out` are serialised by `fcntl.flock` on `.<out>.lock` beside
it; under that lock, staging folders left by killed runs are removed. A folder
is replaced only when it holds exactly the files its `.wgcompare-manifest`
lists (what wgcompare wrote there), never a user's other files.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from contextlib import contextmanager
from pathlib import Path

from compare.util.errors import InputError, OutputError
from compare.util.safepaths import inside

MANIFEST = ".wgcompare-manifest"
PAUSE_HOOK = "WGCOMPARE_TEST_SWAP_PAUSE"  # tests only: seconds to wait before and after the swap step
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
Made = Iterable[tuple[str, bytes | None]]  # (relative path, its bytes; None: already written into the folder)
Files = Mapping[str, bytes] | Made | Callable[[Path], Made]


def umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def write_file_atomic(path: Path, data: bytes) -> None:
    """Write `path` through a temporary file in the same folder, then rename over it (mode from the umask)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(handle, 0o666 & ~umask())
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _listing(folder: Path) -> set[str]:
    """What `folder` holds: files as `a/b.html`, folders as `a/`; dotfiles at its top (kept on replace) excepted."""
    found = set()
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).as_posix()
        is_folder = path.is_dir() and not path.is_symlink()
        if is_folder:
            found.add(relative + "/")
        elif "/" in relative or not relative.startswith("."):
            found.add(relative)
    return found


def _with_folders(files: set[str]) -> set[str]:
    """The files of a manifest and the folders they imply."""
    return files | {parent.as_posix() + "/" for name in files for parent in Path(name).parents if parent.parts}


def _manifest(folder: Path) -> set[str] | None:
    try:
        return set((folder / MANIFEST).read_text("utf-8").splitlines())
    except (OSError, UnicodeDecodeError):
        return None


def check_replaceable(folder: Path) -> None:
    """Refuse (InputError) a folder that holds anything wgcompare did not write there."""
    if not folder.exists() and not folder.is_symlink():
        return
    if folder.is_symlink() or not folder.is_dir():
        raise InputError(folder, "exists and is not a folder")
    present = _listing(folder)
    if not present:
        return
    listed = _manifest(folder)
    if listed is None:
        raise InputError(
            folder,
            "output folder holds files wgcompare did not write (no .wgcompare-manifest); choose an empty or new folder",
        )
    extra = sorted(present - _with_folders(listed))
    if extra:
        raise InputError(
            folder,
            f"output folder holds files wgcompare did not write ({extra[0]}); move them or choose another folder",
        )


@contextmanager
def _locked(out_dir: Path):
    """The lock `.<out>.lock` beside `out_dir`, held for the whole swap: runs into one folder take turns."""
    import fcntl

    handle = os.open(out_dir.parent / f".{out_dir.name}.lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


def _recover(out_dir: Path) -> None:
    """Under the lock: put back an old report a killed two-rename swap left aside, remove stale staging."""
    parent, name = out_dir.parent, out_dir.name
    retired = sorted(parent.glob(f".{name}.old-*"))
    if retired and not out_dir.exists():
        os.rename(retired.pop(), out_dir)
    for stale in retired + sorted(parent.glob(f".{name}.new-*")):
        shutil.rmtree(stale, ignore_errors=True)


def put(folder: Path, relative: str, data: bytes) -> None:
    """`data` written to `relative` inside `folder` (the folders between made as the umask says)."""
    target = inside(folder, relative)
    if not target.parent.exists():
        target.parent.mkdir(parents=True, exist_ok=True)  # exist_ok: another process may make it meanwhile
    target.write_bytes(data)


def _fill(staging: Path, out_dir: Path, files: Files) -> None:
    """Write the report, its manifest and the old folder's dotfiles into `staging`."""
    os.chmod(staging, 0o777 & ~umask())
    written = set()
    made = files.items() if isinstance(files, Mapping) else files(staging) if callable(files) else files
    with contextlib.closing(made) if hasattr(made, "close") else contextlib.nullcontext():
        for relative, data in made:  # closed on the way out: its workers stop before `staging` goes
            if data is not None:
                put(staging, relative, data)
            written.add(relative)
    (staging / MANIFEST).write_text("".join(f"{name}\n" for name in sorted(written)), "utf-8")
    if out_dir.is_dir():
        for dotfile in out_dir.iterdir():
            if dotfile.name.startswith(".") and dotfile.name != MANIFEST and dotfile.is_file():
                shutil.copy2(dotfile, staging / dotfile.name)


def write_folder_atomic(out_dir: Path, files: Files) -> None:
    """Replace `out_dir` with exactly `files` (relative path -> bytes, or such pairs as they are made:
    each is written to the staging folder as it comes; or a function of the staging folder giving such
    pairs, a pair's bytes None for a file it wrote there itself with `put`), all at once.

    Dotfiles of the old folder (such as .gitkeep) are kept. A folder holding
    anything wgcompare did not write is refused (InputError), never emptied;
    a folder that cannot be written raises OutputError.
    """
    out_dir = Path(os.path.abspath(out_dir))
    if out_dir == out_dir.parent or out_dir == Path.cwd() or out_dir in Path.cwd().parents:
        raise InputError(out_dir, "cannot replace the current folder or one of its parents; name a new folder")
    blocking = next((p for p in out_dir.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise OutputError(out_dir, f"cannot write: {blocking} is a file, not a folder")
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        with _locked(out_dir):
            _recover(out_dir)
            check_replaceable(out_dir)
            staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
            try:
                _fill(staging, out_dir, files)
                _swap(staging, out_dir)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except OSError as exc:
        raise OutputError(out_dir, exc) from None


def _pause() -> None:
    seconds = os.environ.get(PAUSE_HOOK)
    if seconds:
        time.sleep(float(seconds))


def _exchange(first: Path, second: Path) -> bool:
    """Trade the names of two folders in one step; False where the system cannot."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    errno = ctypes.get_errno()
    if errno in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: no exchange here
        return False
    raise OSError(errno, os.strerror(errno), str(second))


def _swap(staging: Path, out_dir: Path) -> None:
    _pause()
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    if _exchange(staging, out_dir):
        _pause()
        return  # `staging` now holds the old report; the caller removes it
    retired = staging.with_name(staging.name.replace(".new-", ".old-", 1))
    os.rename(out_dir, retired)
    _pause()
    try:
        os.rename(staging, out_dir)
    except OSError:
        os.rename(retired, out_dir)
        raise
    shutil.rmtree(retired, ignore_errors=True)
