"""Totals and their parts: 投入资金1.2亿元，其中产业投资8000万元.

Reports give a figure and then break it down. Both are outcomes (each has its own subject and
sentence), but a sum over outcomes must count each yuan once, so a part carries the index of
its total (`QuantityMention.part_of`) and queries leave parts out of sums.

Recognised, within one sentence (a sentence ends at 。！？；) unless said otherwise:

1. **A part marker**: 其中, 包括, 包含, and 含 right after an opening bracket. The figures after
   it are parts of the nearest figure before it that is compatible with them. The marker's reach
   ends at the close of its bracket (投入资金1.2亿元（其中产业投资8000万元）), else at the end of the
   sentence or at a clause that opens a new topic (同时, 此外, 并, 还 …) or a new total (共计 …).
   A sentence that opens with 其中 breaks down the last figures of the sentence before it, in
   the same paragraph (培训干部500人次。其中，党外干部300人次).
2. **分别 after a total**: 培训干部500人次，党外干部、少数民族干部分别为300人次、120人次. The figures
   after 分别 are parts of the nearest compatible figure before its clause when together they
   are not larger than it, and that figure is marked as a total (共, 共计, 累计 …) or they add up
   to it exactly. Without a figure before, 分别 only hands one figure to each of several
   subjects (民盟、民建分别捐赠50万元、30万元): no total, no parts.
3. **A list of sub-figures right after a total**: 共开展活动30场，座谈会12场、调研18场. Two or more
   figures right after a figure, each compatible with it and together not larger, are parts
   when the figure is marked as a total (or followed by a colon), or when they add up to it
   exactly (开展活动30场：座谈会12场、调研18场).
4. **A total after its parts**: 立案7项，署名提案17项，合计24项. A figure marked as a total (合计,
   共计 …) whose figures right before add up to it exactly.

A part is linked only when it is compatible with its total: money with money (CNY), a measure
word with the same measure word or one of the same kind in ontology/lexicon/measure_words.csv
(名 and 人 both count people; 人次 counts attendances, not people), the same status (achieved
or target), and never a percentage (90%以上为企业会员 is a share, not an amount). A part is
never larger than its total; under 其中 only the nearest compatible figure is tried, so a
larger figure after 其中 is left alone rather than hung on an older one.

Not recognised, on purpose:

- a figure after an unmarked figure that is merely smaller (引进项目42个，签约项目30个): the
  text does not say it is a subset, and reports list stages of one pipeline the same way;
  the sum test of rule 3 needs two figures at least, and an exact sum or a total marker;
- breakdowns across sentences other than a sentence opening with 其中: what a later sentence
  counts is too often a new topic;
- 含 outside brackets (含金量, 含义) and 当中 (在群众当中);
- shares (其中女性占40%) and rates (每人500元, 人均): they do not add up to their total.

A figure restated later in the report (in the summary and again in the body) is one outcome
already: extract/report.py keeps only its later statement.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from ..model import QuantityMention, Sentence
from ..paths import lexicon_path
from ..text import CLAUSE_STOPS, quoted_spans

MONEY = "CNY"
PERCENT = "%"
BRACKETS = {"（": "）", "(": ")"}
EXACT = "exact"


@dataclass(frozen=True)
class _Cues:
    part: tuple[str, ...]
    bracket_part: tuple[str, ...]
    each: tuple[str, ...]
    total: tuple[str, ...]
    not_total: tuple[str, ...]
    scope_break: tuple[str, ...]
    kinds: dict[str, str]  # measure word -> kind (person, event, ...)


@cache
def _cues() -> _Cues:
    """The cue words of ontology/lexicon/part_cues.csv and the kinds of measure words."""
    roles: dict[str, list[str]] = {}
    with lexicon_path("part_cues.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["cue"].strip():
                roles.setdefault(row["role"].strip(), []).append(row["cue"].strip())
    kinds = {}
    with lexicon_path("measure_words.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["word"].strip() and row.get("kind", "").strip():
                kinds[row["word"].strip()] = row["kind"].strip()
    by_length = {role: tuple(sorted(set(words), key=lambda w: (-len(w), w))) for role, words in roles.items()}
    return _Cues(by_length.get("part", ()), by_length.get("bracket_part", ()), by_length.get("each", ()),
                 by_length.get("total", ()), by_length.get("not_total", ()), by_length.get("scope_break", ()), kinds)


def compatible(total: QuantityMention, part: QuantityMention, units: dict[int, str] | None = None) -> bool:
    """Whether `part` can be a part of `total`: the same status, comparable units, not larger.

    `units` maps a quantity's start to its unit in simplified characters (a traditional report
    writes 個 where the lexicon has 个); without it the units are taken as they are.
    """
    if part.status != total.status:
        return False
    total_unit, part_unit = _unit(total, units), _unit(part, units)
    if PERCENT in (total_unit, part_unit):
        return False
    if total_unit != part_unit:
        if MONEY in (total_unit, part_unit):
            return False
        kinds = _cues().kinds
        kind = kinds.get(total_unit)
        if not kind or kind != kinds.get(part_unit):
            return False
    return part.value <= total.value


def _unit(quantity: QuantityMention, units: dict[int, str] | None) -> str:
    return units.get(quantity.start, quantity.unit) if units else quantity.unit


def link_parts(quantities: list[QuantityMention], sentences: list[Sentence], text: str,
               units: dict[int, str] | None = None) -> list[QuantityMention]:
    """The quantities, each part with `part_of` set to the index of its total in the same list.

    `text` is the report's text in simplified characters (its offsets are the sentences' and
    the quantities'); `units` as for `compatible`.
    """
    by_sentence: dict[int, list[int]] = {}
    for index, quantity in enumerate(quantities):
        by_sentence.setdefault(quantity.sentence, []).append(index)
    links: dict[int, int] = {}
    for number, indices in sorted(by_sentence.items()):
        sentence = sentences[number]
        previous = by_sentence.get(number - 1, []) if _same_paragraph(sentences, number) else []
        _Sentence(text[sentence.start:sentence.end], sentence.start, quantities, indices, previous,
                  units, links).link()
    return [replace(q, part_of=links[i]) if i in links else q for i, q in enumerate(quantities)]


def _same_paragraph(sentences: list[Sentence], number: int) -> bool:
    return number > 0 and sentences[number - 1].paragraph == sentences[number].paragraph


class _Sentence:
    """The quantities of one sentence and the rules that link them (module docstring, 1-4)."""

    def __init__(self, text: str, offset: int, quantities: list[QuantityMention], indices: list[int],
                 previous: list[int], units: dict[int, str] | None, links: dict[int, int]):
        self.text, self.offset, self.quantities, self.indices = text, offset, quantities, indices
        self.previous, self.units, self.links = previous, units, links
        self.quoted = quoted_spans(text)

    def link(self) -> None:
        # the last marker first: in 其中社会资本3亿元（含民营资本1.2亿元） the bracket's part is the 3亿元's
        for position, length, bracket in reversed(self._part_markers()):
            self._marked_parts(position, length, bracket)
        for position, length, _ in self._markers(_cues().each):
            self._each(position, length)
        self._lists_after_totals()
        self._totals_after_parts()

    # ------------------------------------------------------------------ positions

    def _start(self, index: int) -> int:
        return self.quantities[index].start - self.offset

    def _end(self, index: int) -> int:
        return self.quantities[index].end - self.offset

    def _compatible(self, total: int, part: int) -> bool:
        return compatible(self.quantities[total], self.quantities[part], self.units)

    def _add(self, total: int, part: int) -> None:
        if part not in self.links and total != part and self.links.get(total) != part:
            self.links[part] = total

    def _quoted(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.quoted)

    def _markers(self, words: tuple[str, ...]) -> list[tuple[int, int, int | None]]:
        """(position, length, the bracket it is in or None) of each marker word outside quotation."""
        found: list[tuple[int, int, int | None]] = []
        for word in words:
            for match in re.finditer(re.escape(word), self.text):
                at = match.start()
                if not self._quoted(at) and not any(start <= at < start + length for start, length, _ in found):
                    found.append((at, len(word), self._open_bracket(at)))
        return sorted(found)

    def _part_markers(self) -> list[tuple[int, int, int | None]]:
        """其中, 包括 … anywhere, and 含 right after an opening bracket (（含产业投资8000万元）)."""
        found = self._markers(_cues().part)
        for at, length, bracket in self._markers(_cues().bracket_part):
            if at and self.text[at - 1] in BRACKETS:
                found.append((at, length, bracket))
        return sorted(found)

    def _open_bracket(self, position: int) -> int | None:
        """The opening bracket that `position` lies inside, if any."""
        for index in range(position - 1, -1, -1):
            if self.text[index] in BRACKETS.values():
                return None
            if self.text[index] in BRACKETS:
                return index
        return None

    def _clause_start(self, position: int) -> int:
        index = position
        while index > 0 and self.text[index - 1] not in CLAUSE_STOPS:
            index -= 1
        return index

    def _clause_end(self, position: int) -> int:
        index = position
        while index < len(self.text) and self.text[index] not in CLAUSE_STOPS:
            index += 1
        return index

    def _opens_new_topic(self, clause_start: int) -> bool:
        """A clause that opens with 同时, 此外 … or with a new total (共计 …)."""
        opening = self.text[clause_start:].lstrip()
        return opening.startswith(_cues().scope_break) or self._total_word_at(opening, 0) is not None

    def _total_word_at(self, text: str, position: int) -> str | None:
        for word in _cues().total:
            if text.startswith(word, position) and not any(
                    text.startswith(other, at) for other in _cues().not_total
                    for at in range(max(0, position - len(other) + 1), position + 1)
                    if at + len(other) > position):
                return word
        return None

    def _marked_total(self, index: int) -> bool:
        """Whether the clause of a figure marks it as a total (共开展活动30场), or a colon follows its clause."""
        start, end = self._clause_start(self._start(index)), self._start(index)
        if any(self._total_word_at(self.text, at) for at in range(start, end)):
            return True
        after = self._clause_end(self._end(index))
        return after < len(self.text) and self.text[after] in "：:"

    # ------------------------------------------------------------------ rule 1: 其中, 包括, （含…）

    def _marked_parts(self, position: int, length: int, bracket: int | None) -> None:
        before = bracket if bracket is not None else position
        totals = [i for i in self.indices if self._end(i) <= before]
        if not totals and not self.text[:position].strip("，,、：: "):
            totals = self.previous  # 其中，党外干部300人次: the sentence before holds the total
        if not totals:
            return
        for part in self._in_reach(position + length, bracket):
            candidates = [t for t in totals if self._family(t, part)]
            if candidates and self._compatible(candidates[-1], part):
                self._add(candidates[-1], part)

    def _family(self, total: int, part: int) -> bool:
        """Compatible but for the size: the nearest figure of the same family is the one tried."""
        quantity = self.quantities[total]
        return compatible(replace(quantity, value=Decimal("Infinity")), self.quantities[part], self.units)

    def _in_reach(self, start: int, bracket: int | None) -> list[int]:
        """The quantities a part marker at `start` governs (see the module docstring)."""
        if bracket is not None:
            closer = self.text.find(BRACKETS[self.text[bracket]], start)
            end = closer if closer >= 0 else len(self.text)
        else:
            end, index = len(self.text), self._clause_end(start)
            while index < len(self.text):
                if self._opens_new_topic(index + 1) or self.text.startswith(_cues().part, index + 1):
                    end = index
                    break
                index = self._clause_end(index + 1)
        return [i for i in self.indices if start <= self._start(i) and self._end(i) <= end]

    # ------------------------------------------------------------------ rule 2: 分别

    def _each(self, position: int, length: int) -> None:
        clause = self._clause_start(position)
        before = [i for i in self.indices if self._end(i) <= clause]
        if not before:
            return
        end = self._clause_end(position)
        parts = [i for i in self.indices if position + length <= self._start(i) and self._end(i) <= end]
        parts = [i for i in parts if i not in self.links]
        if not parts:
            return
        candidates = [t for t in before if all(self._family(t, p) for p in parts)]
        if candidates:
            self._link_list(candidates[-1], parts)

    def _link_list(self, total: int, parts: list[int]) -> bool:
        """Link parts that together are not larger than a marked total, or add up to any total exactly."""
        if not all(self._compatible(total, part) for part in parts):
            return False
        amount = sum(self.quantities[part].value for part in parts)
        value = self.quantities[total].value
        exact = all(self.quantities[i].qualifier == EXACT for i in (total, *parts))
        if amount > value or not (self._marked_total(total) or (exact and amount == value)):
            return False
        for part in parts:
            self._add(total, part)
        return True

    # ------------------------------------------------------------------ rule 3: a list after a total

    def _lists_after_totals(self) -> None:
        for place, total in enumerate(self.indices):
            if total in self.links:
                continue
            following = []
            for part in self.indices[place + 1:]:
                if part in self.links or not self._family(total, part) or self._new_item(part, following, total):
                    break
                following.append(part)
            # the list stands in a clause of its own (共开展活动30场，座谈会12场、调研18场): a figure
            # that is itself an item of a list (座谈会30场、调研12场、走访18场) totals nothing
            opened = any(char in CLAUSE_STOPS for char in self.text[self._end(total):self._start(following[0])]) \
                if following else False
            if len(following) >= 2 and opened:
                self._link_list(total, following)

    def _new_item(self, part: int, following: list[int], total: int) -> bool:
        """Whether the text before `part` (since the figure before it) ends the list: a new topic or a total."""
        since = self._end(following[-1]) if following else self._end(total)
        gap = self.text[since:self._start(part)]
        if any(self._opens_new_topic(since + at + 1) for at, char in enumerate(gap) if char in CLAUSE_STOPS):
            return True
        if any(word in gap for word in (*_cues().part, *_cues().each)):
            return True  # what follows 其中 or 分别 is theirs to link (rules 1 and 2)
        return any(self._total_word_at(self.text, at) for at in range(since, self._start(part)))

    # ------------------------------------------------------------------ rule 4: 合计 after the parts

    def _totals_after_parts(self) -> None:
        for place, total in enumerate(self.indices):
            start = self._start(total)
            clause = self._clause_start(start)
            if total in self.links or not any(self._total_word_at(self.text, at) for at in range(clause, start)):
                continue
            before = []
            for part in reversed(self.indices[:place]):
                if part in self.links or not self._family(total, part):
                    break
                before.insert(0, part)
            value = self.quantities[total].value
            for first in range(len(before) - 1):
                run = before[first:]
                exact = all(self.quantities[i].qualifier == EXACT for i in (total, *run))
                if exact and sum(self.quantities[i].value for i in run) == value:
                    for part in run:
                        self._add(total, part)
                    break
