"""Writing outputs so that a reader never sees a half-written file.

Every file is first written to a temporary file in its own folder and flushed
to disk; only then is it moved over the old file with `os.replace`, which is
atomic on POSIX and Windows. A build that fails part way leaves the previous
outputs exactly as they were, and no temporary files behind.
"""
from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path

_NEW_FILE_MODE = 0o644


def _as_bytes(data: bytes | str) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)


def _write_temp(path: Path, data: bytes) -> Path:
    """Write `data` to a new temporary file beside `path`, flushed to disk; return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); give it the old file's mode or the usual one.
        try:
            mode = path.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = _NEW_FILE_MODE
        os.chmod(temp, mode)
    except BaseException:
        _remove(temp)
        raise
    return temp


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable; not every platform can open a folder, which is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes | str) -> None:
    """Replace `path` with `data` (str is written as UTF-8) in one step: all or nothing."""
    write_all_atomic({Path(path): data})


def stage_files(files: Mapping[Path, bytes | str]) -> dict[Path, Path]:
    """Each file's content written to a temporary beside it, nothing replaced yet: write_all_atomic's first step, done early.

    A build writes its largest files while it still waits for others, so that
    writing them is off its critical path; the temporaries are then handed to
    write_all_atomic (staged), or removed with remove_staged if the build fails.
    """
    temps: dict[Path, Path] = {}
    try:
        for path, data in files.items():
            temps[Path(path)] = _write_temp(Path(path), _as_bytes(data))
    except BaseException:
        remove_staged(temps)
        raise
    return temps


def remove_staged(temps: Mapping[Path, Path]) -> None:
    """Remove temporaries of stage_files that were not moved into place (nothing once write_all_atomic took them)."""
    for temp in temps.values():
        _remove(temp)


class Staging:
    """stage_files(files) in a thread started at once (writing releases Python's lock): take() its temporaries, or discard().

    A failure to stage is not raised here: write_all_atomic then writes those
    files itself and meets the same error where it always did.
    """

    def __init__(self, files: Mapping[Path, bytes | str]) -> None:
        self._temps: dict[Path, Path] = {}
        self._thread = threading.Thread(target=self._stage, args=(files,), name="ufkg-staging", daemon=True)
        self._thread.start()

    def _stage(self, files: Mapping[Path, bytes | str]) -> None:
        with contextlib.suppress(Exception):
            self._temps = stage_files(files)

    def take(self) -> dict[Path, Path]:
        """The temporaries written (none if staging failed), now the caller's to move in or remove."""
        self._thread.join()
        temps, self._temps = self._temps, {}
        return temps

    def discard(self) -> None:
        """Remove what was staged and not taken."""
        remove_staged(self.take())


def write_all_atomic(files: Mapping[Path, bytes | str], staged: Mapping[Path, Path] | None = None) -> None:
    """Replace several files together: either all get their new content or none changes.

    All contents are written to temporary files first, so a failure while
    writing (disk full, bad data) touches no output. The old files are then
    kept aside as hard links while the new ones are moved in; if a move fails,
    the files already replaced are put back. Re-raises the original error.
    staged: temporaries of stage_files already holding some of the files'
    contents (the same bytes); they are moved in, or removed on failure.
    """
    staged = dict(staged or {})
    targets = [(Path(path), data) for path, data in files.items()]
    temps: dict[Path, Path] = {}
    backups: dict[Path, Path] = {}  # target -> hard link to its previous content
    replaced: list[Path] = []
    try:
        for path, data in targets:
            temps[path] = staged.pop(path) if path in staged else _write_temp(path, _as_bytes(data))
        for path, _ in targets:
            if len(targets) > 1 and path.exists():
                backups[path] = _backup(path)
        for path, _ in targets:
            os.replace(temps[path], path)
            replaced.append(path)
    except BaseException:
        for path in replaced:
            with contextlib.suppress(OSError):
                if path in backups:
                    os.replace(backups[path], path)
                else:
                    os.unlink(path)
        raise
    finally:
        for leftover in [*temps.values(), *backups.values(), *staged.values()]:
            with contextlib.suppress(OSError):
                _remove(leftover)
    for folder in {path.parent for path, _ in targets}:
        _sync_folder(folder)


def _backup(path: Path) -> Path:
    """A hard link (or, where links are not possible, a copy) of `path`'s current content."""
    for _ in range(100):
        backup = path.with_name(f".{path.name}.{secrets.token_hex(4)}.bak")
        try:
            os.link(path, backup)
        except FileExistsError:
            continue
        except OSError:
            break
        return backup
    return _write_temp(path.with_name(f".{path.name}.bak"), path.read_bytes())
