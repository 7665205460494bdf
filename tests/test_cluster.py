"""Extraction on a Dask cluster gives the very files a local build gives, on real schedulers and workers.

Every scheduler and worker here listens on 127.0.0.1 and is stopped by the test that started it.
"""
from __future__ import annotations

import filecmp
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import run_ufkg

distributed = pytest.importorskip("distributed")
import cloudpickle  # noqa: E402

# The scheduler cannot import this test module: what runs there is sent by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

from ufkg.cluster import TASK_PREFIX  # noqa: E402
from ufkg.pipeline import build  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data"
DASK = str(Path(sys.executable).parent / "dask")
OUTPUTS = ("graph.html", "graph.jsonld", "graph.trig", "graph.ttl", "outcomes.csv")


def _copies(folder: Path, copies: int) -> Path:
    """A corpus of the default reports `copies` times over, each copy under its own name, plus one bad file."""
    folder.mkdir()
    for copy in range(copies):
        for report in sorted(DATA.glob("*.txt")):
            shutil.copy(report, folder / f"{copy:02d}_{report.name}")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 not a report")
    return folder


def _same_outputs(one: Path, other: Path) -> None:
    for name in OUTPUTS:
        assert filecmp.cmp(one / name, other / name, shallow=False), name


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def _started(*command: str):
    """A process that is killed, with its children, when the block ends however it ends."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


def _client(address: str):
    deadline = time.monotonic() + 60
    while True:
        try:
            return distributed.Client(address, timeout="5s", set_as_default=False)
        except (OSError, TimeoutError):
            if time.monotonic() > deadline:
                raise


def _wait_for_workers(client, count: int) -> None:
    deadline = time.monotonic() + 120
    while len(client.scheduler_info()["workers"]) < count:
        assert time.monotonic() < deadline, "workers did not join the scheduler"
        time.sleep(0.2)


def _ufkg_tasks(dask_scheduler) -> int:
    """How many of ufkg's tasks the scheduler saw finish (state_counts accumulates entries into each state)."""
    prefix = dask_scheduler.task_prefixes.get(TASK_PREFIX)
    return 0 if prefix is None else prefix.state_counts["memory"]


def _finished_and_busy(dask_scheduler, worker_name: str) -> tuple[int, int]:
    finished = _ufkg_tasks(dask_scheduler)
    busy = sum(len(ws.processing) for ws in dask_scheduler.workers.values() if ws.name == worker_name)
    return finished, busy


@pytest.fixture
def scheduler_address():
    port = _free_port()
    with _started(DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"):
        yield f"tcp://127.0.0.1:{port}"


def _worker(address: str, name: str):
    return _started(DASK, "worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny",
                    "--no-dashboard", "--name", name)


def test_a_local_cluster_build_equals_a_local_build(tmp_path):
    corpus = _copies(tmp_path / "corpus", 2)
    problems = []
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        result = build([corpus], tmp_path / "cluster", cache=False, scheduler=cluster.scheduler_address,
                       on_problem=problems.append)
    build([corpus], tmp_path / "local", cache=False)
    _same_outputs(tmp_path / "local", tmp_path / "cluster")
    assert result.reports == 10
    assert [(p.path.name, p.reason) for p in problems] == [("broken.txt", "not a report: binary file")]


def test_tasks_run_on_real_workers_that_the_scheduler_saw(tmp_path, scheduler_address):
    corpus = _copies(tmp_path / "corpus", 1)
    with _worker(scheduler_address, "w1"), _worker(scheduler_address, "w2"):
        client = _client(scheduler_address)
        try:
            _wait_for_workers(client, 2)
            result = run_ufkg("build", str(corpus), "-o", str(tmp_path / "cluster"), "--no-cache",
                              "--scheduler", scheduler_address, "-q")
            assert result.returncode == 0, result.stderr
            assert "5 reports read, 1 skipped" in result.stdout
            assert "broken.txt" in result.stderr
            assert client.run_on_scheduler(_ufkg_tasks) == 6  # one task a file, the bad one included
        finally:
            client.close()
    build([corpus], tmp_path / "local", cache=False)
    _same_outputs(tmp_path / "local", tmp_path / "cluster")


def test_a_worker_killed_mid_build_has_its_tasks_rerun(tmp_path, scheduler_address):
    corpus = _copies(tmp_path / "corpus", 8)
    with _worker(scheduler_address, "doomed") as doomed, _worker(scheduler_address, "survivor"):
        client = _client(scheduler_address)
        try:
            _wait_for_workers(client, 2)
            command = [sys.executable, "-m", "ufkg", "build", str(corpus), "-o", str(tmp_path / "cluster"),
                       "--no-cache", "--scheduler", scheduler_address, "-q"]
            with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as building:
                deadline = time.monotonic() + 240
                while True:  # kill the doomed worker while it holds a task and others are done
                    finished, busy = client.run_on_scheduler(_finished_and_busy, worker_name="doomed")
                    if finished and busy:
                        break
                    assert building.poll() is None, "the build ended before the worker could be killed"
                    assert time.monotonic() < deadline
                    time.sleep(0.05)
                assert finished < 41
                doomed.kill()
                stdout, stderr = building.communicate(timeout=600)
            assert building.returncode == 0, stderr
            assert "40 reports read, 1 skipped" in stdout
        finally:
            client.close()
    build([corpus], tmp_path / "local", cache=False)
    _same_outputs(tmp_path / "local", tmp_path / "cluster")


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    corpus = _copies(tmp_path / "corpus", 1)
    result = run_ufkg("build", str(corpus), "-o", str(tmp_path / "out"), "--scheduler",
                      f"tcp://127.0.0.1:{_free_port()}", "-q")
    assert result.returncode == 2
    assert result.stderr.startswith("ufkg: cannot reach the Dask scheduler at tcp://127.0.0.1:")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()
