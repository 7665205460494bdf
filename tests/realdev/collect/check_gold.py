"""Check a set's gold files against their texts: python3 check_gold.py SET

Every gold file must parse, name classes of the contract, and quote its text: each entity
name or alias, each evidence sentence (outcome text inside it) must be found in the text;
subjects and link ends must be entity names of the file; the report region one of them."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from save import folder

CLASSES = {"PoliticalParty", "GovernmentBody", "Association", "Organization", "Initiative",
           "Policy", "Region", "Person"}
PREDICATES = {"subOrganizationOf", "locatedIn", "participatesIn", "implementedIn", "partOf"}
QUALIFIERS = {"exact", "atLeast", "approx"}

import re
GLOSS = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]+[)）]")

def squash(s):
    """Without spaces and without pinyin glosses some mirror sites put after characters."""
    return GLOSS.sub("", "".join(s.split()))

def check(s):
    gold_dir = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), f"gold-{s}")
    problems = 0
    for g in sorted(os.listdir(gold_dir)):
        path = os.path.join(gold_dir, g)
        try:
            d = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            print(f"{g}: does not parse: {e}"); problems += 1; continue
        text_path = os.path.join(folder(s), d.get("file", ""))
        if not os.path.exists(text_path):
            print(f"{g}: no text {text_path}"); problems += 1; continue
        text = open(text_path, encoding="utf-8").read()
        flat = squash(text)
        names = set()
        for e in d.get("entities", []):
            if e.get("class") not in CLASSES:
                print(f"{g}: bad class {e.get('class')} for {e.get('name')}"); problems += 1
            for n in [e.get("name", "")] + list(e.get("aliases", [])):
                names.add(n)
                if squash(n) not in flat:
                    print(f"{g}: name not in text: {n}"); problems += 1
        rep = d.get("report", {})
        if rep.get("region") and rep["region"] not in names:
            print(f"{g}: report region not an entity: {rep['region']}"); problems += 1
        if rep.get("year") is not None and not isinstance(rep["year"], int):
            print(f"{g}: year not an integer"); problems += 1
        for o in d.get("outcomes", []):
            ev = o.get("evidence", "")
            if squash(ev) not in flat:
                print(f"{g}: evidence not in text: {ev[:40]}"); problems += 1
            if squash(o.get("text", "")) not in squash(ev):
                print(f"{g}: outcome text not in its evidence: {o.get('text')}"); problems += 1
            if o.get("subject") and o["subject"] not in names:
                print(f"{g}: subject not an entity: {o['subject']}"); problems += 1
            if o.get("qualifier") not in QUALIFIERS:
                print(f"{g}: odd qualifier {o.get('qualifier')}"); problems += 1
            if not isinstance(o.get("value"), (int, float)):
                print(f"{g}: value not a number: {o.get('text')}"); problems += 1
        for l in d.get("links", []):
            if l.get("p") not in PREDICATES:
                print(f"{g}: odd predicate {l.get('p')}"); problems += 1
            for end in (l.get("s"), l.get("o")):
                if end not in names:
                    print(f"{g}: link end not an entity: {end}"); problems += 1
    print(f"{s}: {problems} problem(s)")
    return problems

if __name__ == "__main__":
    sys.exit(1 if sum(check(s) for s in sys.argv[1:]) else 0)
