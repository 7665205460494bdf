"""Size of graph.html and the time it takes headless Chromium to open and settle it (not a test).

    python benchmarks/bench_view.py [--reports 300 1000] [--runs 3] [--keep DIR]
    python benchmarks/bench_view.py --output OUT [--rerender]   # an existing build's output

For each corpus size, generates the seeds moved to other prefecture-level
cities (benchmarks/corpus.py) in a temporary directory, builds it with
`ufkg build`, and opens OUT/graph.html offline in Debian's Chromium through
Playwright: "settled" is the page's own signal (body[data-ready], set after the
first drawing with every position fixed). Also times a search that selects an
entity and shows its evidence. `--rerender` renders graph.html again from
OUT/graph.ttl first (to measure a changed view without rebuilding).

Prints one row per corpus: reports, entities, links, page size, render time,
time to settled (wall clock from navigation and the page's own clock), search.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def build(corpus: Path, out: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ufkg", "build", str(corpus), "-o", str(out), "-q"], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def rerender(out: Path) -> float:
    """graph.html again from graph.ttl; returns the seconds render_view took (parsing not counted)."""
    from rdflib import Graph

    from ufkg.view import render_view

    graph = Graph().parse(out / "graph.ttl")
    started = time.perf_counter()
    html = render_view(graph)
    seconds = time.perf_counter() - started
    (out / "graph.html").write_text(html, encoding="utf-8")
    return seconds


def page_counts(html: Path) -> dict:
    text = html.read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="ufkg-data">(.*?)</script>', text, re.S)
    data = json.loads(match.group(1)) if match else {}
    if "entities" in data:
        return {"entities": len(data["entities"]), "links": len(data["links"]), "sentences": len(data["sentences"])}
    return {"entities": len(data.get("nodes", ())), "links": len(data.get("edges", ())), "sentences": 0}


def open_in_chromium(html: Path, runs: int) -> dict:
    """Median seconds to the page's settled signal, its own clock for the same, and a search to its evidence."""
    from playwright.sync_api import sync_playwright

    walls, clocks, searches = [], [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            for _ in range(runs):
                context = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
                page = context.new_page()
                started = time.perf_counter()
                page.goto(html.resolve().as_uri(), timeout=300_000)
                page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300_000)
                walls.append(time.perf_counter() - started)
                clock = page.get_attribute("body", "data-ready-ms")
                if clock:
                    clocks.append(int(clock) / 1000)
                label = page.evaluate("""() => { const d = window.ufkg.details;
                    const ids = Object.keys(d).filter(i => d[i].cls && d[i].cls !== "Report");
                    return ids.length ? d[ids[Math.floor(ids.length / 2)]].label : null; }""")
                if label:
                    started = time.perf_counter()
                    page.fill("#search", label)
                    page.wait_for_selector("#panel h2", timeout=60_000)
                    searches.append(time.perf_counter() - started)
                context.close()
        finally:
            browser.close()
    middle = lambda values: statistics.median(values) if values else float("nan")  # noqa: E731
    return {"settled_s": middle(walls), "page_clock_s": middle(clocks), "search_s": middle(searches)}


def row(name: str, reports: int | str, out: Path, runs: int, build_s: float | None, render_s: float | None) -> str:
    html = out / "graph.html"
    counts = page_counts(html)
    timing = open_in_chromium(html, runs)
    size = html.stat().st_size / 1e6
    return (f"| {name} | {reports} | {counts['entities']} | {counts['links']} | {size:.1f} MB | "
            f"{'-' if build_s is None else f'{build_s:.0f} s'} | {'-' if render_s is None else f'{render_s:.1f} s'} | "
            f"{timing['settled_s']:.1f} s | {timing['page_clock_s']:.1f} s | {timing['search_s']:.2f} s |")


HEADER = ("| corpus | reports | nodes | links | graph.html | build | render_view | settled (wall) | settled (page clock) "
          "| search → evidence |\n|---|---|---|---|---|---|---|---|---|---|")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, nargs="+", default=[300, 1000])
    parser.add_argument("--runs", type=int, default=3, help="openings per page; the median is shown")
    parser.add_argument("--keep", type=Path, help="keep corpora and outputs here instead of a temporary directory")
    parser.add_argument("--output", type=Path, help="measure this build output instead of building")
    parser.add_argument("--rerender", action="store_true", help="with --output: render graph.html again first")
    args = parser.parse_args()
    if not CHROMIUM.is_file():
        sys.exit(f"{CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk")
    print(HEADER)
    if args.output:
        render_s = rerender(args.output) if args.rerender else None
        print(row(args.output.name, "?", args.output, args.runs, None, render_s), flush=True)
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        for reports in args.reports:
            corpus, out = root / f"corpus{reports}", root / f"out{reports}"
            generate(corpus, reports)
            build_s = build(corpus, out)
            print(row("moved seeds", reports, out, args.runs, build_s, None), flush=True)


if __name__ == "__main__":
    main()
