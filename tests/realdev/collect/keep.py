"""Keep a text whose copy cannot be made to match after retries: python3 keep.py SET FILE

Stores /work/collect/raw/FILE as it is under its recorded name and logs it in
/work/collect/mismatch.txt (near copies still serve for measuring)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from save import folder
s, name = sys.argv[1], sys.argv[2]
raw = open(f"/work/collect/raw/{name}", encoding="utf-8").read()
os.makedirs(folder(s), exist_ok=True)
open(os.path.join(folder(s), name), "w", encoding="utf-8", newline="").write(raw)
open("/work/collect/mismatch.txt", "a", encoding="utf-8").write(f"{s}\t{name}\t{len(raw)}\n")
print(f"KEPT {name} (logged as mismatch)")
