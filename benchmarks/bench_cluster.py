"""A build on a Dask cluster against the same build here, as figures (not a test).

    python benchmarks/bench_cluster.py [--copies N] [--workers W] [--scheduler tcp://HOST:PORT]

Builds N copies of the seed reports without the cache, once locally (the
process pool) and once with extraction on a Dask cluster: a LocalCluster of W
single-threaded worker processes on 127.0.0.1, or the scheduler given. Prints
both wall times, their ratio, and whether the outputs are byte-identical.
"""
from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed_build(corpus: Path, out: Path, scheduler: str | None) -> float:
    from ufkg.pipeline import build

    started = time.perf_counter()
    build([corpus], out, cache=False, scheduler=scheduler)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=20, help="copies of the seed corpus (default 20)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the local cluster (default 2)")
    parser.add_argument("--scheduler", help="use this scheduler instead of a local cluster")
    args = parser.parse_args()
    from distributed import LocalCluster

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for copy in range(args.copies):
            for seed in sorted((ROOT / "data").glob("*.txt")):
                shutil.copy(seed, corpus / f"{copy:04d}_{seed.name}")
        local = timed_build(corpus, Path(tmp) / "local", None)
        if args.scheduler:
            remote, where = timed_build(corpus, Path(tmp) / "cluster", args.scheduler), args.scheduler
        else:
            with LocalCluster(n_workers=args.workers, threads_per_worker=1, host="127.0.0.1",
                              dashboard_address=None) as cluster:
                remote = timed_build(corpus, Path(tmp) / "cluster", cluster.scheduler_address)
            where = f"a local cluster of {args.workers} workers"
        same = all(filecmp.cmp(Path(tmp) / "local" / name, Path(tmp) / "cluster" / name, shallow=False)
                   for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.html", "outcomes.csv"))
        reports = len(list(corpus.iterdir()))
        print(f"local build:   {local:.1f} s for {reports} reports")
        print(f"cluster build: {remote:.1f} s on {where} ({remote / local:.2f} x the local build); "
              f"outputs {'byte-identical' if same else 'DIFFERENT'}")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
