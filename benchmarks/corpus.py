"""A large corpus for benchmarks: the seed reports moved to other prefecture-level cities.

    python benchmarks/corpus.py OUT_DIR [--reports N] [--seeds DIR]

Copying the seeds as they are would collapse every copy into the seeds' own
nodes (the same 黔南州, the same 都匀市). So each copy is moved: the seed's home
prefecture (the one it names most), the counties of it that the text names, and
its province are replaced by another prefecture, that prefecture's counties and
its province, every form of a name by the matching form (黔南布依族苗族自治州 →
official name, 黔南州 → a short form with a suffix, 黔南 → the bare short form).
Entities then multiply the way they do across real localities.

Deterministic: the same seeds and N give the same files. Nothing here is
committed; benchmarks write the corpus into a temporary directory.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from ufkg.gazetteer import load_gazetteer
from ufkg.model import Place

SEEDS = Path(__file__).resolve().parents[1] / "data"  # the seed reports, the default corpus
SUFFIX_CHARS = "市州县区盟旗"
ANONYMOUS_COUNTY = "***县"
MIN_COUNTIES = 3  # a target needs counties to stand in for the seed's


def _forms(place: Place) -> list[str]:
    return [name for name in dict.fromkeys((place.name, *place.short_names)) if len(name) >= 2]


def _matching_form(form: str, source: Place, target: Place) -> str:
    """The target's name in the same form as `form` is of source's name."""
    if form == source.name:
        return target.name
    shorts = [s for s in target.short_names if len(s) >= 2]
    if form[-1] in SUFFIX_CHARS:
        return next((s for s in shorts if s[-1] in SUFFIX_CHARS), target.name)
    return min(shorts, key=len, default=target.name)


class Mover:
    """Moves report texts from their home prefecture to a target one."""

    def __init__(self) -> None:
        self.gazetteer = gazetteer = load_gazetteer()
        by_code = {place.code: place for _, place in gazetteer.names()}
        self.prefectures = sorted((p for p in by_code.values() if p.level == "prefecture"), key=lambda p: p.code)
        self.counties: dict[str, list[Place]] = defaultdict(list)
        for place in sorted(by_code.values(), key=lambda p: p.code):
            if place.level == "county" and place.parent:
                self.counties[place.parent].append(place)

    def home(self, text: str) -> Place | None:
        """The prefecture whose names (its own and its counties') the text uses most."""
        best, best_count = None, 0
        for prefecture in self.prefectures:
            count = sum(text.count(form) for form in _forms(prefecture))
            if count > best_count:
                best, best_count = prefecture, count
        return best

    def targets(self, exclude: set[str]) -> list[Place]:
        return [p for p in self.prefectures
                if p.code not in exclude and len(self.counties[p.code]) >= MIN_COUNTIES and p.parent]

    def move(self, text: str, home: Place | None, target: Place) -> str:
        """The text with home's names (prefecture, counties, province) replaced by target's.

        A text without a home names its county only as an anonymised ***县: that becomes a county of target.
        """
        replace: dict[str, str] = {ANONYMOUS_COUNTY: self.counties[target.code][0].name}
        if home is None:
            return _replace_all(text, replace)
        pairs = [(home, target)]
        province, target_province = self.gazetteer.place(home.parent or ""), self.gazetteer.place(target.parent or "")
        if province is not None and target_province is not None and province.code != target_province.code:
            pairs.append((province, target_province))
        named = [c for c in self.counties[home.code] if any(form in text for form in _forms(c))]
        choices = self.counties[target.code]
        pairs += [(county, choices[i % len(choices)]) for i, county in enumerate(named)]
        for source, dest in pairs:
            for form in _forms(source):
                replace.setdefault(form, _matching_form(form, source, dest))
        return _replace_all(text, replace)


def _replace_all(text: str, replace: dict[str, str]) -> str:
    """Every key replaced by its value in one pass, longest key first."""
    pattern = re.compile("|".join(re.escape(form) for form in sorted(replace, key=lambda f: (-len(f), f))))
    return pattern.sub(lambda m: replace[m.group()], text)


def generate(out: Path, reports: int, seeds: Path = SEEDS) -> list[Path]:
    """Write `reports` moved copies of the seeds into out; report r is seed r % 5 moved to the r-th target."""
    mover = Mover()
    files = sorted(p for p in seeds.iterdir() if p.suffix == ".txt")
    texts = [f.read_text(encoding="utf-8") for f in files]
    homes = [mover.home(text) for text in texts]
    targets = mover.targets({h.code for h in homes if h is not None})
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(reports):
        seed = number % len(files)
        target = targets[number % len(targets)]
        path = out / f"{number:04d}_{target.code}_{files[seed].name}"
        path.write_text(mover.move(texts[seed], homes[seed], target), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    args = parser.parse_args()
    files = generate(args.out, args.reports, args.seeds)
    chars = sum(len(f.read_text(encoding="utf-8")) for f in files)
    print(f"{len(files)} reports, {chars} characters in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
