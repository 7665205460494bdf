"""Work in a forked process: the same files as done here, and done here when the child fails."""
from __future__ import annotations

import os
import threading

from ufkg.forked import _frames, _unframed, in_background


def _files() -> dict[str, bytes]:
    return {"graph.html": "<p>统战</p>".encode(), "empty": b"", "pid": str(os.getpid()).encode()}


def test_the_files_come_from_a_child_process_and_are_whole():
    result = in_background(_files)()
    assert result["graph.html"] == "<p>统战</p>".encode() and result["empty"] == b""
    assert result["pid"] != str(os.getpid()).encode()


def test_a_failing_child_leaves_the_work_to_this_process():
    parent = os.getpid()

    def only_here() -> dict[str, bytes]:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return _files()

    assert in_background(only_here)()["pid"] == str(parent).encode()


def test_a_child_killed_before_it_answers_leaves_the_work_to_this_process():
    parent = os.getpid()

    def killed() -> dict[str, bytes]:
        if os.getpid() != parent:
            os.kill(os.getpid(), 9)
        return _files()

    assert in_background(killed)()["pid"] == str(parent).encode()


def test_no_fork_when_not_parallel_or_when_other_threads_run():
    assert in_background(_files, parallel=False)()["pid"] == str(os.getpid()).encode()
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert in_background(_files)()["pid"] == str(os.getpid()).encode()
    finally:
        stop.set()
        other.join()


def test_a_short_or_garbled_answer_is_not_taken():
    whole = b"".join(_frames(_files()))
    assert _unframed(whole) == _files()
    assert _unframed(whole[:-1]) is None and _unframed(b"") is None and _unframed(b"not json\n") is None
