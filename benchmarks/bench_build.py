"""Speed and memory of a build, as figures (not a test).

    python benchmarks/bench_build.py [--copies N] [--big-mb M]

Builds a corpus of N copies of the seed reports (each copy a separate file, so a
separate report), then, if --big-mb is given, one report of about M megabytes;
prints reports per second and the peak resident memory of each build, measured
in a child process so that one build's memory does not hide the next one's.
The first build fills a report cache in a temporary folder; the corpus is then
built again unchanged, and once more with one report added, each timed as a
ratio to the first build (the goal is at most 0.25).
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, resource, sys, time
from pathlib import Path
from ufkg.pipeline import build
started = time.perf_counter()
result = build([Path(sys.argv[1])], Path(sys.argv[2]), validate=sys.argv[3] == "1",
               cache=Path(sys.argv[4]) if sys.argv[4] else False)
print(json.dumps({"reports": result.reports, "triples": result.triples, "outcomes": result.outcomes,
                  "seconds": time.perf_counter() - started,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(corpus: Path, out: Path, validate: bool, cache: Path | None = None) -> dict:
    child = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(out), "1" if validate else "0",
                            str(cache) if cache else ""],
                           capture_output=True, text=True, check=True)
    return json.loads(child.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=20, help="copies of the seed corpus (default 20)")
    parser.add_argument("--big-mb", type=float, default=0, help="also build one report of about this many MB")
    parser.add_argument("--no-validate", action="store_true", help="leave SHACL validation out of the timing")
    args = parser.parse_args()
    seeds = sorted((ROOT / "data").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for copy in range(args.copies):
            for seed in seeds:
                shutil.copy(seed, corpus / f"{copy:04d}_{seed.name}")
        cache = Path(tmp) / "cache"
        figures = measure(corpus, Path(tmp) / "out", not args.no_validate, cache)
        rate = figures["reports"] / figures["seconds"]
        print(f"corpus: {figures['reports']} reports, {figures['triples']} triples, {figures['outcomes']} outcomes")
        print(f"build:  {figures['seconds']:.1f} s ({rate:.1f} reports/s), peak memory {figures['peak_mb']:.0f} MB")
        again = measure(corpus, Path(tmp) / "out", not args.no_validate, cache)
        print(f"unchanged rebuild: {again['seconds']:.1f} s ({again['seconds'] / figures['seconds']:.2f} x the first build), "
              f"peak memory {again['peak_mb']:.0f} MB")
        shutil.copy(seeds[0], corpus / f"added_{seeds[0].name}")
        added = measure(corpus, Path(tmp) / "out", not args.no_validate, cache)
        print(f"one-report-added rebuild: {added['seconds']:.1f} s ({added['seconds'] / figures['seconds']:.2f} x the first build), "
              f"peak memory {added['peak_mb']:.0f} MB")
        if args.big_mb:
            big = Path(tmp) / "big"
            big.mkdir()
            body = "\n".join(seed.read_text(encoding="utf-8") for seed in seeds)
            repeats = max(1, int(args.big_mb * 1024 * 1024 / len(body.encode("utf-8"))))
            (big / "big.txt").write_text(body * repeats, encoding="utf-8")
            size = (big / "big.txt").stat().st_size / 1024 / 1024
            started = time.perf_counter()
            figures = measure(big, Path(tmp) / "bigout", not args.no_validate)
            print(f"big:    one {size:.0f} MB report in {time.perf_counter() - started:.1f} s, "
                  f"peak memory {figures['peak_mb']:.0f} MB")
    print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
