"""List the rows of the given sets not yet stored: python3 todo.py SET...  (file, url, query)"""
import csv, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from save import folder, REPO
for s in sys.argv[1:]:
    with open(f"{REPO}/sources-{s}.tsv", encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and r[0].startswith("r")]
    for r in rows:
        if not os.path.exists(os.path.join(folder(s), r[0])):
            print(s, r[0], r[1], r[2], sep="\t")
