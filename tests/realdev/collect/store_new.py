"""Store a newly found text: python3 store_new.py SET NUMBER RAWFILE

RAWFILE holds the excerpt exactly as the search tool returned it (written with the create
tool).  Names it rNNN_<sha1[:8]>.txt, stores it in /work/realdev/reports-SET/ and prints the
name, its length in characters and its first 20 characters with newlines written as \\n
(the columns file, first20 and length of sources-SET.tsv)."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from save import folder
s, number, raw_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(raw_path, encoding="utf-8").read()
name = f"r{number:03d}_{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}.txt"
os.makedirs(folder(s), exist_ok=True)
for old in os.listdir(folder(s)):
    if old.startswith(f"r{number:03d}_") and old != name:
        os.remove(os.path.join(folder(s), old))
open(os.path.join(folder(s), name), "w", encoding="utf-8", newline="").write(text)
print(name, len(text), text[:20].replace("\n", "\\n"), sep="\t")
