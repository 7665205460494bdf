"""One piece of work done in a forked process while this one goes on: the merge's second core.

The merge of a large corpus is pure Python, one core's work, while the machine
has more: the view and the network (graph.html, graph.graphml) need nothing
that validation and the graph files make, so a forked copy of the process
makes them meanwhile. A fork shares the merged graph without copying or
pickling it; the child sends back only the files' bytes. Anything going wrong
in the child (an error, a kill, a short read) makes the parent do the work
itself, so the result is always the same bytes, forked or not.
"""
from __future__ import annotations

import json
import os
import signal
import threading
from collections.abc import Callable

Files = dict[str, bytes]


class Background:
    """work()'s files, made in a forked child started at once (call it for them), or here when called."""

    def __init__(self, work: Callable[[], Files], parallel: bool = True) -> None:
        self._work = work
        self._pid: int | None = None
        self._read_end: int | None = None
        # a fork copies no other thread, and a lock another thread holds would stay locked in the child
        if not parallel or not hasattr(os, "fork") or threading.active_count() != 1:
            return
        try:
            read_end, write_end = os.pipe()
            pid = os.fork()
        except OSError:
            return
        if pid == 0:  # the child: do the work, send the files, leave without running the parent's clean-up
            status = 1
            try:
                os.close(read_end)
                with os.fdopen(write_end, "wb") as out:
                    for chunk in _frames(work()):
                        out.write(chunk)
                status = 0
            finally:
                os._exit(status)
        os.close(write_end)
        self._pid, self._read_end = pid, read_end

    def __call__(self) -> Files:
        """The files: the child's if it sent them whole, else made here."""
        if self._pid is None:
            return self._work()
        with os.fdopen(self._read_end, "rb") as source:
            self._read_end = None
            data = source.read()
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        files = _unframed(data) if status == 0 else None
        return self._work() if files is None else files

    def cancel(self) -> None:
        """Stop the child if its files were not asked for (the build failed first); nothing once they were."""
        if self._pid is None:
            return
        if self._read_end is not None:
            os.close(self._read_end)
            self._read_end = None
        try:
            os.kill(self._pid, signal.SIGKILL)
        except OSError:
            pass
        os.waitpid(self._pid, 0)
        self._pid = None


def in_background(work: Callable[[], Files], parallel: bool = True) -> Background:
    """Background(work, parallel): a fork only from a process with one thread, and only when parallel."""
    return Background(work, parallel)


def _frames(files: Files):
    """A header line (each file's name and size), then the files' bytes."""
    yield json.dumps([[name, len(data)] for name, data in files.items()]).encode("utf-8") + b"\n"
    yield from files.values()


def _unframed(data: bytes) -> Files | None:
    """The files of _frames, or None if the data is not whole."""
    header, newline, body = data.partition(b"\n")
    try:
        sizes = json.loads(header) if newline else None
        if not isinstance(sizes, list) or sum(size for _, size in sizes) != len(body):
            return None
    except (ValueError, TypeError):
        return None
    files, offset = {}, 0
    for name, size in sizes:
        files[name] = body[offset:offset + size]
        offset += size
    return files
