"""Work in a forked process: the same files as done here, and done here when the child fails.

Each case runs in a fresh interpreter: a fork is made only from a process with
one thread, and the test process may hold others (a Dask client's, a server's).
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading

from ufkg.forked import _frames, _unframed, in_background

PREAMBLE = """
import os, sys, threading
from ufkg.forked import in_background
parent = os.getpid()
def files():
    return {"graph.html": "<p>统战</p>".encode(), "empty": b"", "pid": str(os.getpid()).encode()}
"""


def run(body: str) -> str:
    """What a fresh interpreter prints after PREAMBLE and body: "child" or "here" for where the files were made."""
    code = PREAMBLE + body + """
made = result()
assert made["graph.html"] == "<p>统战</p>".encode() and made["empty"] == b""
print("here" if made["pid"] == str(parent).encode() else "child")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_files_come_from_a_child_process_and_are_whole():
    assert run("result = in_background(files)") == "child"


def test_a_failing_child_leaves_the_work_to_this_process():
    assert run("""
def only_here():
    if os.getpid() != parent:
        raise RuntimeError("the child fails")
    return files()
result = in_background(only_here)""") == "here"


def test_a_child_killed_before_it_answers_leaves_the_work_to_this_process():
    assert run("""
def killed():
    if os.getpid() != parent:
        os.kill(os.getpid(), 9)
    return files()
result = in_background(killed)""") == "here"


def test_no_fork_when_not_parallel_or_when_other_threads_run():
    assert run("result = in_background(files, parallel=False)") == "here"
    assert run("""
stop = threading.Event()
threading.Thread(target=stop.wait, daemon=True).start()
result = in_background(files)""") == "here"


def test_without_a_fork_the_work_is_done_when_asked_for():
    done: list[int] = []
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()  # a second thread: never a fork here
    try:
        result = in_background(lambda: done.append(os.getpid()) or {"a": b"1"})
        assert done == []
        assert result() == {"a": b"1"} and done == [os.getpid()]
    finally:
        stop.set()
        other.join()


def test_a_short_or_garbled_answer_is_not_taken():
    files = {"graph.html": "<p>统战</p>".encode(), "empty": b""}
    whole = b"".join(_frames(files))
    assert _unframed(whole) == files
    assert _unframed(whole[:-1]) is None and _unframed(b"") is None and _unframed(b"not json\n") is None
    assert _unframed(b'[["a", "x"]]\nbody') is None


def test_a_child_whose_files_are_not_asked_for_is_stopped():
    assert run("""
import time
def slow():
    if os.getpid() != parent:
        time.sleep(60)
    return files()
waiting = in_background(slow)
child = waiting._pid
started = time.monotonic()
waiting.cancel()
assert time.monotonic() - started < 30
try:
    os.kill(child, 0)
    raise SystemExit("the child still runs")
except ProcessLookupError:
    pass
result = lambda: files()""") == "here"
