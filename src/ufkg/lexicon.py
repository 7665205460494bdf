"""The lexicons of ontology/lexicon/ loaded into matchers, and the jieba tokenizer built from them.

Knowledge (party names, organisation heads, initiative heads, surnames …) lives
in those files as data a reviewer can read; this module only loads it.
"""
from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass
from functools import cache

import jieba

from .gazetteer import load_gazetteer
from .paths import lexicon_path
from .segmenter import private_tokenizer

jieba.setLogLevel(logging.WARNING)


@dataclass(frozen=True)
class Party:
    name: str
    short_forms: tuple[str, ...]
    slug: str


@dataclass(frozen=True)
class NationalBody:
    name: str
    cls: str
    alt_names: tuple[str, ...]
    parent: str | None


@dataclass(frozen=True)
class OrgHead:
    head: str
    cls: str
    attach: str  # level | optional | named
    local_form: str | None


@dataclass(frozen=True)
class PartyUnit:
    suffix: str
    needs_level: bool
    kind: str


@dataclass(frozen=True)
class Lexicon:
    parties: tuple[Party, ...]
    party_units: tuple[PartyUnit, ...]
    national_bodies: tuple[NationalBody, ...]
    org_heads: tuple[OrgHead, ...]
    generic_names: frozenset[str]
    not_org_words: frozenset[str]
    descriptor_stops: frozenset[str]
    initiative_heads: tuple[str, ...]  # longest first
    initiative_verbs: tuple[str, ...]  # longest first
    generic_initiatives: frozenset[str]
    national_programmes: tuple[str, ...]
    policy_heads: tuple[str, ...]  # longest first
    person_cues: tuple[str, ...]
    surnames: frozenset[str]
    known_people: tuple[str, ...] = ()  # longest first: leaders every report may name bare (邓小平)
    given_name_parts: tuple[str, ...] = ()  # longest first: parts of names with no surname (扎西, 巴特尔)
    short_heads: tuple[tuple[str, str], ...] = ()  # (long head, short form), longest first: 工商业联合会 -> 工商联

    def party_by_form(self) -> dict[str, Party]:
        """Every name and short form of a party, to its party."""
        forms: dict[str, Party] = {}
        for party in self.parties:
            for form in (party.name, *party.short_forms):
                forms[form] = party
        return forms


def _rows(name: str) -> list[dict[str, str]]:
    path = lexicon_path(name)
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def _words(name: str) -> list[str]:
    words: list[str] = []
    for line in lexicon_path(name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        words.extend(line.split())
    return words


def _split(value: str) -> tuple[str, ...]:
    return tuple(part for part in value.split("|") if part)


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def load_lexicon() -> Lexicon:
    """All lexicons of ontology/lexicon/, loaded once per process."""
    return Lexicon(
        parties=tuple(Party(r["name"], _split(r["short_forms"]), r["slug"]) for r in _rows("parties.csv")),
        party_units=tuple(PartyUnit(r["suffix"], r["needs_level"] == "yes", r["kind"]) for r in _rows("party_units.csv")),
        national_bodies=tuple(
            NationalBody(r["name"], r["class"], _split(r["alt_names"]), r["parent"] or None)
            for r in _rows("national_bodies.csv")
        ),
        org_heads=tuple(OrgHead(r["head"], r["class"], r["attach"], r["local_form"] or None) for r in _rows("org_heads.csv")),
        generic_names=frozenset(_words("generic_names.txt")),
        not_org_words=frozenset(_words("not_org_words.txt")),
        descriptor_stops=frozenset(_words("org_descriptor_stops.txt")),
        initiative_heads=_longest_first(_words("initiative_heads.txt")),
        initiative_verbs=_longest_first(_words("initiative_verbs.txt")),
        generic_initiatives=frozenset(_words("generic_initiatives.txt")),
        national_programmes=_longest_first(_words("national_programmes.txt")),
        policy_heads=_longest_first(_words("policy_heads.txt")),
        person_cues=_longest_first(_words("person_cues.txt")),
        surnames=frozenset(_words("surnames.txt")),
        known_people=_longest_first(_words("known_people.txt")),
        given_name_parts=_longest_first(_words("given_name_parts.txt")),
        short_heads=tuple(sorted(((r["long"], r["short"]) for r in _rows("org_short_heads.csv")),
                                 key=lambda pair: (-len(pair[0]), pair[0]))),
    )


DEPARTMENT_END, HEAD_OF = "部", "长"  # a department (统战部) and its head's title written short (统战部长)
# the kinds of development zone among the local suffixes (某市经开区, 某某高新区): one word each, however jieba's own
# dictionary cuts them (经|开区), so that a zone's name stays whole before the body it holds (某市经开区慈善总会)
ZONE_KINDS = ("开发区", "经开区", "高新区")
ZONE_KIND_FREQ = 300  # about jieba's own count for 高新区 (270)


def user_dictionary_lines(lexicon: Lexicon) -> list[str]:
    """jieba user-dictionary lines (word freq tag) generated from the lexicons and the gazetteer.

    Organisation heads and party names become single tokens, so that a name is
    never cut inside them; region names are tagged `ns` so that the extractors
    can tell a place from an ordinary word.
    """
    entries: dict[str, tuple[int, str]] = {}

    def add(word: str, freq: int, tag: str) -> None:
        if word and not re.search(r"\s", word) and word not in entries:
            entries[word] = (freq, tag)

    for party in lexicon.parties:
        for form in (party.name, *party.short_forms):
            add(form, 50000, "nt")
    for body in lexicon.national_bodies:
        for form in (body.name, *body.alt_names):
            add(form, 50000, "nt")
    for head in lexicon.org_heads:
        word = head.head.removeprefix("委")
        add(word, 20000, "nt")
        if head.cls == "GovernmentBody" and word.endswith(DEPARTMENT_END) and head.attach != "named":
            add(word + HEAD_OF, 30000, "n")  # 统战部长: its head, not 统战部|长某某
    for word in lexicon.initiative_heads:
        add(word, 2000, "n")
    for row in _rows("region_suffixes.csv"):
        if row["kind"] == "local" and row["suffix"].endswith(ZONE_KINDS):
            add(row["suffix"], ZONE_KIND_FREQ, "n")
    for name, place in load_gazetteer().names():
        if len(name) >= 2:
            add(name, 3000 if place.level in ("province", "prefecture", "country") else 800, "ns")
    return [f"{word} {freq} {tag}" for word, (freq, tag) in sorted(entries.items())]


@cache
def tokenizer() -> jieba.posseg.POSTokenizer:
    """A private jieba tokenizer with the generated user dictionary (the global one is left alone)."""
    tagger = private_tokenizer()  # jieba's default dictionary, copied rather than read again
    base = tagger.tokenizer
    for line in user_dictionary_lines(load_lexicon()):
        word, freq, tag = line.split(" ")
        if tag == "ns" and base.FREQ.get(word):
            continue  # 和平, 东方, 全州: an ordinary word keeps jieba's own reading
        base.add_word(word, int(freq), tag)
    return tagger
