"""Rebuilds after one report is added, changed or removed, against the first build, for two versions of the code.

    python benchmarks/bench_rebuild.py [--reports 300] [--old SRC] [--new SRC] [--runs 2] [--firsts 1] [--keep DIR]

Generates the corpus (benchmarks/corpus.py), then for each version (this
checkout's src/, and --old, a src/ folder of other code, e.g. from
`git archive REV src | tar -x -C DIR`) times, each in a child process through
the real command with a cache folder of its own: the first build, then `--runs`
rebuilds each after one more report was added (a locality not in the corpus
yet), one after a report's text changed, and one after a report was removed.
The versions take turns at every step, so a busy machine slows them alike: read
the ratios to the first build of the same version. Each figure is the least of
its runs (other work on the machine only ever adds time), the runs beside it.
Prints one Markdown table.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def build(src: Path, corpus: Path, out: Path, cache: Path) -> tuple[float, float]:
    """Wall seconds and peak resident MB (the build's or a process it forked, whichever is larger) of one `ufkg build`."""
    env = {**os.environ, "UFKG_CACHE_DIR": str(cache), "PYTHONPATH": str(src)}
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "ufkg", "build", str(corpus), "-o", str(out), "-q"],
                                 stdout=subprocess.DEVNULL, stderr=errors, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"build with {src} failed: {errors.read().decode(errors='replace').strip().splitlines()[-1:]}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--old", type=Path, help="the src/ folder of the code to compare with")
    parser.add_argument("--new", type=Path, default=ROOT / "src", help="the src/ folder of the code measured (this checkout's)")
    parser.add_argument("--runs", type=int, default=2, help="one-report-added rebuilds per version")
    parser.add_argument("--firsts", type=int, default=1, help="first builds per version (each with an empty cache)")
    parser.add_argument("--keep", type=Path, help="keep the corpora, caches and outputs here")
    args = parser.parse_args()
    import corpus as corpus_generator

    work = args.keep or Path(tempfile.mkdtemp(prefix="ufkg-rebuild-"))
    work.mkdir(parents=True, exist_ok=True)
    versions = {"new": args.new.resolve()}
    if args.old:
        versions["old"] = args.old.resolve()
    base = work / "base"
    shutil.rmtree(base, ignore_errors=True)
    files = corpus_generator.generate(base, args.reports)
    spares = corpus_generator.generate(work / "spare", args.reports + args.runs)[args.reports:]
    times: dict[str, dict[str, list[float]]] = {name: {} for name in versions}
    peaks: dict[str, list[float]] = {name: [] for name in versions}  # of the first builds
    for name in versions:
        shutil.rmtree(work / name, ignore_errors=True)
        shutil.copytree(base, work / name / "corpus")

    def step(label: str, change) -> None:
        for name, src in versions.items():
            corpus = work / name / "corpus"
            change(corpus)
            seconds, peak = build(src, corpus, work / name / "out", work / name / "cache")
            times[name].setdefault(label, []).append(seconds)
            if label == "first build":
                peaks[name].append(peak)

    for number in range(args.firsts):
        for name in versions:
            shutil.rmtree(work / name / "cache", ignore_errors=True)
            shutil.rmtree(work / name / "out", ignore_errors=True)
        step("first build", lambda corpus: None)
    for number, spare in enumerate(spares):
        step("one report added", lambda corpus, spare=spare, number=number: shutil.copy(spare, corpus / f"zz_{number}.txt"))
    changed = files[len(files) // 2].name
    step("one report changed", lambda corpus: (corpus / changed).write_text(
        (corpus / changed).read_text(encoding="utf-8") + "\n全年共开展活动12次。\n", encoding="utf-8"))
    step("one report removed", lambda corpus: (corpus / files[1].name).unlink())

    print(f"{args.reports} reports, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print("| step | " + " | ".join(versions) + " |\n|---|" + "---|" * len(versions))
    for label in times["new"]:
        cells = []
        for name in versions:
            first = min(times[name]["first build"])
            runs = times[name][label]
            seconds = min(runs)  # the least disturbed run: other work on the machine only ever adds time
            spread = f" (runs: {', '.join(f'{r:.1f}' for r in runs)})" if len(runs) > 1 else ""
            cells.append(f"{seconds:.1f} s{spread}" if label == "first build"
                         else f"{seconds:.1f} s = {seconds / first:.2f} ×{spread}")
        print(f"| {label} | " + " | ".join(cells) + " |")
    print("| peak memory of the first build | " + " | ".join(f"{max(peaks[name]):,.0f} MB" for name in versions) + " |")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
