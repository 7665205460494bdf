"""Measures that line up: what an outcome counts, in a canonical form, and its unit family.

Reports write what they count in many ways: `万企兴万村参与企业` in one report is
`参与企业` in the next, `全县民营企业` is `民营企业`, `捐资捐物` is `捐款捐物`, a
traditional-script report writes `民營企業`. Comparing localities or years needs one
form per thing counted, while things that differ must stay apart: `民营企业`,
`企业` and `民营企业家` are three measures. The rules, applied in this order to
`uf:counts` (the text as written stays beside the measure in the graph):

1. Unicode NFKC (full-width brackets and letters become ASCII), traditional
   characters to simplified, no spaces and no quotation or book-title marks
   (the words inside them stay: `“万企兴万村”结对村` → `万企兴万村结对村`).
2. From the start, repeatedly: the subject's names (its label and other names:
   `万企兴万村`, `县工商联`), the names of the places it belongs to (`江安县`,
   `江安`), and filler words (`全年`, `累计`, `全县`, `各类` …:
   ontology/lexicon/measure_fillers.txt). What remains is what is counted.
3. Synonyms that mean the same thing are made one (`民企` → `民营企业`,
   `村(居)` → `村(社区)`: ontology/lexicon/measure_synonyms.csv). Nothing is
   made one that counts a different thing: no stemming, no dropping of
   `民营`, `新增`, `参与` or a level such as `省级`.
4. If nothing remains, the measure is the unit family's own word (`人次`,
   `金额`, `比例` …), so that `其中` or `力争` never become a measure.

The unit family says what kind of number it is: money (yuan), people,
personTimes, organisations, events, percent, or other. It comes from the unit
(ontology/lexicon/unit_families.csv: 家 organisations, 名/人/位 people, 人次
personTimes, 场/次/期 events …), and for 个, 所, 支 and 次 from the last words of the
measure too (ontology/lexicon/measure_heads.csv: 2个商会 organisations, 290个村
other, 10万次点击量 other).

Everything here is a pure function of short strings (the lexicons are read once).
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .paths import lexicon_path

FAMILIES = ("money", "people", "personTimes", "organisations", "events", "percent", "other")
# the measure of an outcome that says nothing more than its unit
FAMILY_WORDS = {"money": "金额", "percent": "比例", "people": "人数", "personTimes": "人次",
                "organisations": "单位", "events": "活动", "other": ""}
_MARKS = re.compile(r"[\s“”\"'‘’「」『』《》〈〉]")


@dataclass(frozen=True)
class Measure:
    """What is counted, canonical, and the kind of number it is."""

    name: str
    family: str


def measure_of(counts: str, unit: str, subject_names: Iterable[str] = (),
               place_names: Iterable[str] = ()) -> Measure:
    """The canonical measure and unit family of a quantity: (`万企兴万村参与企业`, 家) -> 参与企业, organisations."""
    names = _longest_first(clean(name) for name in (*subject_names, *place_names))
    text = clean(counts)
    stripped = _strip_start(text, names) or _strip_start(text, ())  # counts that are only a name stay that name
    name = _synonyms().get(stripped, stripped)
    family = unit_family(unit, name)
    return Measure(name or FAMILY_WORDS[family] or clean(unit), family)


def unit_family(unit: str, measure: str = "") -> str:
    """money, people, personTimes, organisations, events, percent or other, from the unit and what is counted."""
    unit = clean(unit)
    family = _unit_families().get(unit, "other")
    if unit in _HEAD_DECIDES:
        for head, head_family in _heads():
            if measure.endswith(head):
                if head_family == "other" or unit != "次":
                    return head_family
                break
    return family


_HEAD_DECIDES = frozenset({"个", "所", "支", "次"})


def clean(text: str) -> str:
    """NFKC, simplified characters, no spaces or quotation marks."""
    text = _MARKS.sub("", unicodedata.normalize("NFKC", text or ""))
    return "".join(_simplified(char) for char in text)


def _strip_start(text: str, names: tuple[str, ...]) -> str:
    """text without the names and filler words at its start, repeatedly."""
    words = names + _fillers()
    changed = True
    while changed and text:
        changed = False
        for word in words:
            if word and text.startswith(word):
                text = text[len(word):]
                changed = True
                break
    return text


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({word for word in words if word}, key=lambda w: (-len(w), w)))


@cache
def _fillers() -> tuple[str, ...]:
    lines = lexicon_path("measure_fillers.txt").read_text(encoding="utf-8").splitlines()
    return _longest_first(clean(line) for line in lines if line.strip() and not line.startswith("#"))


@cache
def _synonyms() -> dict[str, str]:
    with open(lexicon_path("measure_synonyms.csv"), encoding="utf-8", newline="") as handle:
        return {clean(row["written"]): clean(row["canonical"]) for row in csv.DictReader(handle)}


@cache
def _unit_families() -> dict[str, str]:
    with open(lexicon_path("unit_families.csv"), encoding="utf-8", newline="") as handle:
        rows = {clean(row["unit"]): row["family"] for row in csv.DictReader(handle)}
    unknown = set(rows.values()) - set(FAMILIES)
    if unknown:
        raise ValueError(f"unit_families.csv: unknown families {sorted(unknown)}")
    return rows


@cache
def _heads() -> tuple[tuple[str, str], ...]:
    with open(lexicon_path("measure_heads.csv"), encoding="utf-8", newline="") as handle:
        rows = [(clean(row["head"]), row["family"]) for row in csv.DictReader(handle)]
    return tuple(sorted(rows, key=lambda row: (-len(row[0]), row[0])))


@cache
def _simplified(char: str) -> str:
    """One character in simplified script (OpenCC t2s), or itself."""
    if char.isascii():
        return char
    converted = _t2s().convert(char)
    return converted if len(converted) == 1 else char


@cache
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def outcome_measure(outcome, entities: dict, region: str | None) -> Measure:
    """The measure of a resolved outcome (ufkg.model.Outcome): its subject's names and its report region's go.

    entities: the knowledge base's entities by key; region: the key of the report's covered region.
    """
    subject = entities.get(outcome.subject) if outcome.subject else None
    place = entities.get(region) if region else None
    return _cached_measure(outcome.counts, outcome.unit, _names(subject), _names(place))


def _names(entity) -> tuple[str, ...]:
    if entity is None:
        return ()
    return (entity.label, *sorted(entity.alt_labels))


@cache
def _cached_measure(counts: str, unit: str, subject_names: tuple[str, ...], place_names: tuple[str, ...]) -> Measure:
    return measure_of(counts, unit, subject_names, place_names)
