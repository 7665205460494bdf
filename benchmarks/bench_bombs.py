"""Peak memory of a build with expansion bombs beside good reports, against the good reports alone.

    python benchmarks/bench_bombs.py [--docx-gb 1.5]

Makes, in a temporary folder, the files issue 10 describes: a .docx whose
word/document.xml inflates to --docx-gb gigabytes, a PDF whose content stream
inflates to 1 GB, a PDF of 20 pages of 50 MB each, a page nested 100,000 <div>
deep and a page of 300,000 tags; puts each beside the seed reports of data/
and builds, in a child process, measuring the build's peak resident memory.
The floor is the build of the seed reports alone, measured in the same run.
The goal: every bomb named and skipped, peak memory under 800 MB.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import bombs  # noqa: E402

GOAL_MB = 800
CHILD = """
import json, resource, sys
from pathlib import Path
from ufkg.pipeline import build
skipped = []
result = build([Path(sys.argv[1])], Path(sys.argv[2]), on_problem=lambda p: skipped.append(f"{p.path.name}: {p.reason}"))
print(json.dumps({"reports": result.reports, "skipped": skipped,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(corpus: Path, out: Path) -> dict:
    child = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(out)], capture_output=True, text=True,
                           check=True)
    return json.loads(child.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docx-gb", type=float, default=1.5, help="what word/document.xml inflates to (GB)")
    args = parser.parse_args()
    makers = {
        "bomb.docx": lambda path: bombs.docx_bomb(path, int(args.docx_gb * 1024**3)),
        "bomb.pdf": lambda path: path.write_bytes(bombs.pdf_bomb(1024**3, unit=b" " * 64)),
        "pages.pdf": lambda path: path.write_bytes(bombs.pdf_bomb(50 * 1024**2, pages=20)),
        "deep.html": lambda path: path.write_bytes(bombs.nested_html(100_000)),
        "flat.html": lambda path: path.write_bytes(bombs.flat_html(300_000)),
    }
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        shutil.copytree(ROOT / "data", seeds)
        floor = measure(seeds, Path(tmp) / "out")
        print(f"{'corpus':<22}{'size':>10}{'reports':>9}{'peak MB':>9}  skipped")
        print(f"{'seeds alone (floor)':<22}{'':>10}{floor['reports']:>9}{floor['peak_mb']:>9.0f}")
        for name, make in makers.items():
            corpus = Path(tmp) / name
            shutil.copytree(seeds, corpus)
            make(corpus / name)
            size = f"{(corpus / name).stat().st_size / 1024:.0f} KB"
            figures = measure(corpus, Path(tmp) / f"out-{name}")
            verdict = "ok" if figures["peak_mb"] < GOAL_MB and len(figures["skipped"]) == 1 else "OVER GOAL"
            print(f"{'seeds + ' + name:<22}{size:>10}{figures['reports']:>9}{figures['peak_mb']:>9.0f}  "
                  f"{'; '.join(figures['skipped'])}  [{verdict}]")
    print(f"goal: every bomb skipped, peak memory under {GOAL_MB} MB")


if __name__ == "__main__":
    main()
