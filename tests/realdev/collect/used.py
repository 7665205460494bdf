"""Is a page or a place already in the development sets?  python3 used.py WORD_OR_URL...

Prints every sources-*.tsv row whose url or note contains the word (a url, a city, a county)."""
import csv, glob, os, sys
for w in sys.argv[1:]:
    hits = []
    for p in sorted(glob.glob(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sources-*.tsv"))):
        for row in csv.reader(open(p, encoding="utf-8"), delimiter="\t"):
            if row and row[0].startswith("r") and any(w in c for c in row[1:2] + row[6:7]):
                hits.append(f"{p.split('/')[-1]}\t{row[0]}\t{(row[6] if len(row) > 6 else '')[:70]}")
    print(f"{w}: {len(hits)} row(s)")
    for h in hits[:8]:
        print("   ", h)
