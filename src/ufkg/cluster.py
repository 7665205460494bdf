"""Extraction on a Dask distributed cluster: the per-report work as tasks, the merge here.

`ufkg build --scheduler tcp://HOST:PORT` sends each report that the cache does
not hold to the cluster as one task: the file's name and bytes go with it, so
workers need no shared file system, only the same ufkg installed. A task reads
and extracts the report as a local build would and returns the extractions (or
the Problem that made the report unusable); this process gathers them in file
order and resolves and writes exactly as a local build does, so the outputs are
byte-identical. A worker that dies mid-build has its tasks rerun by Dask on the
others (each task may be retried `RETRIES` times). At most `IN_FLIGHT` reports
are on the cluster at once, so memory here stays bounded however large the
corpus.
"""
from __future__ import annotations

import tempfile
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .corpus import Problem

TASK_PREFIX = "ufkg-extract"  # the scheduler names every task of ufkg by this prefix
RETRIES = 3
IN_FLIGHT = 64
CONNECT_TIMEOUT = "10s"


class ClusterError(Exception):
    """The scheduler cannot be used; the message is one line for the terminal."""


def connect(address: str):
    """A Dask client connected to the scheduler at address, or ClusterError with the reason."""
    try:
        from distributed import Client
    except ImportError as error:
        raise ClusterError("--scheduler needs the Dask extra: pip install 'ufkg[dask]'") from error
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: "
                           f"{' '.join(str(error).split()) or type(error).__name__}") from error


def extract_remote(name: str, data: bytes):
    """One report on a worker: its extractions, or a Problem, for the file `name` with these bytes.

    The bytes are written under the file's own name in a private folder, so the
    reader chosen by suffix, the report id taken from the name and every
    message are the same as in a local build.
    """
    from .pipeline import extract_path

    with tempfile.TemporaryDirectory(prefix="ufkg-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return extract_path(path)


def extract_on_cluster(client, paths: Iterable[Path]) -> Iterator:
    """The result of extract_remote for each path, in order, with the local paths in it.

    A file over the reader's size cap or that cannot be read here is handled
    here, as a local build would, rather than sent.
    """
    from .corpus import MAX_PACKAGE_BYTES
    from .pipeline import extract_path

    build = uuid.uuid4().hex  # keys of this build never meet a finished task of an earlier one
    pending: deque = deque()
    numbered = enumerate(paths)

    def submit_next() -> bool:
        index, path = next(numbered, (None, None))
        if path is None:
            return False
        try:
            if path.stat().st_size > MAX_PACKAGE_BYTES:
                raise OSError("over the size cap")
            data = path.read_bytes()
        except OSError:
            pending.append((path, None))
            return True
        future = client.submit(extract_remote, path.name, data, key=(TASK_PREFIX, build, index),
                               retries=RETRIES, pure=False)
        pending.append((path, future))
        return True

    while len(pending) < IN_FLIGHT and submit_next():
        pass
    while pending:
        path, future = pending.popleft()
        result = extract_path(path) if future is None else _gathered(future, path)
        submit_next()
        yield _localised(result, path)


def _gathered(future, path: Path):
    try:
        return future.result()
    except Exception as error:  # noqa: BLE001 - a task that failed on every try is a skipped file
        return Problem(path, f"extraction failed on the cluster: {type(error).__name__}: "
                             f"{' '.join(str(error).split())[:200]}")
    finally:
        future.release()


def _localised(result, path: Path):
    """The worker's result with the worker's temporary path replaced by the local one."""
    if isinstance(result, Problem):
        return Problem(path, result.reason)
    for extraction in result:
        extraction.document = replace(extraction.document, path=path)
    return result
