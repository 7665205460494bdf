"""Store one re-collected text: python3 save.py SET FILE

Reads /work/collect/raw/FILE (the excerpt as the search tool returned it, written by
the create tool), checks its length and SHA-1 prefix against tests/realdev/sources-SET.tsv
and the file name, and stores it in /work/realdev/<dir>/FILE.  Trailing-newline variants
are tried because an editor may add or drop one.
"""
import csv, hashlib, os, sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/realdev

def folder(s):
    return "/work/realdev/reports" if s in ("a", "b") else f"/work/realdev/reports-{s}"

def recorded(s, name):
    with open(f"{REPO}/sources-{s}.tsv", encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row and row[0] == name:
                return int(row[5])
    sys.exit(f"{name} is not in sources-{s}.tsv")

def main():
    s, name = sys.argv[1], sys.argv[2]
    raw = open(f"/work/collect/raw/{name}", encoding="utf-8").read()
    want_hash = name.split("_")[1].split(".")[0]
    want_len = recorded(s, name)
    variants = [raw, raw.rstrip("\n"), raw + "\n", raw[:-1] if raw.endswith("\n") else raw]
    for text in variants:
        if hashlib.sha1(text.encode("utf-8")).hexdigest()[:8] == want_hash:
            os.makedirs(folder(s), exist_ok=True)
            with open(os.path.join(folder(s), name), "w", encoding="utf-8", newline="") as out:
                out.write(text)
            print(f"OK {name} ({len(text)} chars)")
            return
    got = hashlib.sha1(raw.encode("utf-8")).hexdigest()[:8]
    print(f"MISMATCH {name}: {len(raw)} chars (recorded {want_len}), sha1 {got} (recorded {want_hash})")
    sys.exit(1)

if __name__ == "__main__":
    main()
