"""The thousand-report table of issue 11, measured in one run against bare jieba on the same files.

    python benchmarks/bench_scale.py [--reports 1000] [--keep DIR]

Generates the corpus (benchmarks/corpus.py: the seeds moved to other
prefecture-level cities), then measures, each build in a child process through
the real command with a cache folder of its own:

- bare jieba: one process that imports jieba and runs jieba.lcut over each file's text (the floor);
- the first build (wall time, ratio to bare jieba, characters per second, peak memory);
- an unchanged rebuild and a one-report-added rebuild (ratios to the first build);
- `ufkg query` of a count and of every query in queries/ over the result;
- the size of graph.html and the time it takes to settle in headless Chromium.

Prints one Markdown table with the goals beside the figures.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

BARE_JIEBA = """
import json, sys, time
from pathlib import Path
started = time.perf_counter()
import jieba
jieba.initialize()
chars = 0
for path in sorted(Path(sys.argv[1]).iterdir()):
    text = path.read_text(encoding="utf-8")
    chars += len(text)
    jieba.lcut(text)
print(json.dumps({"seconds": time.perf_counter() - started, "chars": chars}))
"""


def timed(command: list[str], env: dict | None = None) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall seconds and peak resident MB of a child process, and its result."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} failed: {result.stderr.strip().splitlines()[-1:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024, result


def ufkg(*args: str, cache: Path) -> tuple[list[str], dict]:
    return [sys.executable, "-m", "ufkg", *args], {**os.environ, "UFKG_CACHE_DIR": str(cache)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="keep the corpus and outputs here")
    args = parser.parse_args()
    import corpus as corpus_generator
    from bench_view import open_in_chromium

    work = args.keep or Path(tempfile.mkdtemp(prefix="ufkg-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus, out, cache = work / "corpus", work / "out", work / "cache"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    files = corpus_generator.generate(corpus, args.reports)
    spare = corpus_generator.generate(work / "spare", args.reports + 1)[-1]  # a locality not yet in the corpus

    jieba_s, _, result = timed([sys.executable, "-c", BARE_JIEBA, str(corpus)])
    chars = json.loads(result.stdout)["chars"]
    command, env = ufkg("build", str(corpus), "-o", str(out), "-q", cache=cache)
    # peak memory per child: RUSAGE_CHILDREN keeps the largest child so far, so the build runs first
    first_s, first_mb, _ = timed(command, env)
    again_s, _, _ = timed(command, env)
    shutil.copy(spare, corpus / "zz_added.txt")
    added_s, _, _ = timed(command, env)

    queries = {"count": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}
    queries.update({path.name: str(path) for path in sorted((ROOT / "queries").glob("*.rq"))})
    query_s = {}
    for name, query in queries.items():
        command, env = ufkg("query", query, "-g", str(out / "graph.ttl"), cache=cache)
        query_s[name] = timed(command, env)[0]
    html = out / "graph.html"
    page = open_in_chromium(html, runs=3)

    rows = [
        ("reports, characters", f"{len(files)}, {chars:,}", ""),
        ("bare jieba (jieba.lcut), wall", f"{jieba_s:.1f} s", "floor"),
        ("`ufkg build`, wall", f"{first_s:.1f} s = {first_s / jieba_s:.2f} × bare jieba", "≤ 1.5 × bare jieba"),
        ("characters per second", f"{chars / first_s:,.0f} (bare jieba {chars / jieba_s:,.0f})", ""),
        ("peak memory of the build", f"{first_mb:,.0f} MB", "≤ 1.5 GB"),
        ("unchanged rebuild", f"{again_s:.1f} s = {again_s / first_s:.2f} × the first build", "≤ 0.25 ×"),
        ("one report added", f"{added_s:.1f} s = {added_s / first_s:.2f} × the first build", "≤ 0.25 ×"),
        *[(f"`ufkg query` {name}", f"{seconds:.2f} s", "≤ 3 s") for name, seconds in query_s.items()],
        ("graph.html size", f"{html.stat().st_size / 1e6:.1f} MB", "≤ 15 MB"),
        ("graph.html opens and settles (Chromium)", f"{page['settled_s']:.1f} s", "≤ 5 s"),
        ("graph.html search to evidence", f"{page['search_s']:.2f} s", ""),
    ]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print("| measure | figure | goal |\n|---|---|---|")
    for measure, figure, goal in rows:
        print(f"| {measure} | {figure} | {goal} |")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
