"""echo_check.py BASE [N]: runs of N (6) Chinese characters, in lines added since commit BASE (src, tests, ontology,
README.md; not tests/realdev) or in the commit messages since it, that a collected real text holds, or its simplified
twin when it is written in traditional script; the seeds' runs aside.

Why: rules and tests must not echo the wording of the texts ufkg is measured on. Run before every stop; only the
standard names of national bodies (佛教协会 …) may remain. Texts are read from /work/realdev (see RECOLLECT.md)."""
import glob
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "src"))
from ufkg.corpus import simplified_twin  # noqa: E402


def main(base: str, size: int = 6) -> int:
    raw = [open(path, encoding="utf-8").read() for path in glob.glob("/work/realdev/**/*.txt", recursive=True)]
    texts = "\n".join(raw + [twin for twin in map(simplified_twin, raw) if twin])
    seeds = "\n".join(open(path, encoding="utf-8").read() for path in glob.glob(str(REPO.parent / "shared/seeds/*.txt")))
    diff = subprocess.run(["git", "diff", base, "--", "src", "tests", "ontology", "README.md", ":!tests/realdev"],
                          capture_output=True, text=True, cwd=REPO).stdout.splitlines()
    log = subprocess.run(["git", "log", "--format=%B", f"{base}..HEAD"], capture_output=True, text=True,
                         cwd=REPO).stdout.splitlines()
    added = [line for line in diff if line.startswith("+") and not line.startswith("+++")] + log
    found = {run[i:i + size] for line in added for run in re.findall(r"[\u4e00-\u9fff]{%d,}" % size, line)
             for i in range(len(run) - size + 1) if run[i:i + size] in texts and run[i:i + size] not in seeds}
    for fragment in sorted(found):
        print(fragment)
    print(f"{len(found)} fragment(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 6))
