"""Reported quantities in a sentence: 351家民营企业, 投入资金7.29亿元, 近2200人次.

A quantity here is a number with a measure word, a money unit or a percent
sign that says what was done or planned (or, after a money noun, a number with
万 or 亿 alone: 善款近80万, 捐款十万五千; or people counted with 万 or 亿 before a noun of people and
no measure word: 带动4.2万农民增收). The stage finds every such number, then throws out
the numbers that count nothing: dates, ordinals and session numbers (第二十届,
县政协十二次会议), numbers inside quotation marks, titles and short names
(“四个意识”, 《…30条》, 简称…十二条), slogans and list headings (四个方面),
numbers that only restate how many names were just listed (甲、乙两个片区),
names that start with a numeral, page hit counters, the articles of a rule
book, masked numbers (**余次), the lone 一 of 一支队伍, ranges (3至5个), terms
and sessions (五届七次会议, 连任两届; 已举办五届 counts), rank changes (排名提升3位) and how far a journey
went or a place lies (驱车200余公里, 距市区70多公里); a range whose two ends carry the unit (6000元至10000元) too.
Where a community lives (分布在40多个国家和地区) is counted: it is the reach a 侨联 or a
place reports. For each one it keeps
what is counted (the noun phrase after the measure word, or before the
number), whether it was achieved or is a target, and the year it refers to. Money in
a foreign currency (11亿新台币, 100万泰铢) takes the currency's ISO 4217 code as its unit (TWD, THB), and so does
money in 元 after the currency's name (新台币11亿元); a report decides what a bare 元 is in (in_local_currency).

The words it relies on are data: measure words in
ontology/lexicon/measure_words.csv, cue words (plan markers, stop words,
slogans) in ontology/lexicon/quantity_cues.csv. Number reading itself is
`ufkg.numbers`.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from ufkg.numbers import (
    APPROX_PREFIXES, AT_LEAST_PREFIXES, CHINESE_DIGITS, CHINESE_NUMERAL_CHARS, MONEY_WORDS, QUALIFIER_APPROX,
    QUALIFIER_AT_LEAST, QUALIFIER_EXACT, UNIT_MONEY, UNIT_PERCENT, VAGUE_PREFIXES, VAGUE_SCALES,
    Quantity, parse_number, parse_quantity,
)
from ufkg.paths import lexicon_path

STATUS_ACHIEVED = "achieved"
STATUS_TARGET = "target"

# Longest text kept as what a quantity counts; past this it is a clause, not a noun.
MAX_COUNTS_CHARS = 20
# A quoted span longer than this is speech, not a name, so its numbers stay quantities.
MAX_NAME_QUOTE_CHARS = 30
# Longest last item of a list of names that a number sums up (河西、城东两个片区).
MAX_LIST_ITEM_CHARS = 15
LAST_JOINS = "和及"  # 甲村和乙村两个村: the word that joins a list's last item (与 is most often "with")
ADVERBS_BEFORE_JOIN = "也还都并又均亦就才将已曾再"  # 某区也和某市两个村结对: 和 is "with" after an adverb
MAX_JOINED_ITEM_CHARS = 4  # characters of the item after 和 (a place's name), not a clause run on
PEOPLE_JOINED_UNITS = frozenset({"位", "名", "人"})

_DIGITS = "0-9０-９"
# thousands set off by commas (1,539) or, as yearbooks print them, by a space (1 539名, 1 171万元)
_ARABIC = (rf"[{_DIGITS}]{{1,3}}(?:[,，][{_DIGITS}]{{3}})+(?:[.．][{_DIGITS}]+)?"
           rf"|(?<![{_DIGITS}] )[{_DIGITS}]{{1,3}}(?: [{_DIGITS}]{{3}})+(?![{_DIGITS}])(?:[.．][{_DIGITS}]+)?"
           rf"|[{_DIGITS}]+(?:[.．·・][{_DIGITS}]+)?")  # (51·9%: a middle dot printed for the decimal point)
_MIXED = rf"[{_DIGITS}]+[万亿][零〇]?[{_DIGITS}]+[千百十]?"  # 24万零200元, 1万6千元: digits around a scale
# A Chinese numeral starts with a digit or 十: 百/千/万 alone are words (百企, 万村), not numbers.
_CHINESE_START = "".join(char for char in CHINESE_DIGITS if char not in "零〇○") + "十拾"
_CHINESE = rf"[{_CHINESE_START}][{CHINESE_NUMERAL_CHARS}]*(?:点[{''.join(CHINESE_DIGITS)}]+(?=[十百千万亿元%个家名人项场次期篇件]))?"
_CHINESE_SHARE = rf"[{_CHINESE_START}][{CHINESE_NUMERAL_CHARS}]*(?:点[{''.join(CHINESE_DIGITS)}]+)?"  # 百分之六点八
# the words before a number that bound or estimate it, longest first (上 and 过 only before a bare scale: 上千名, 过亿元)
_SCALE_ONLY_PREFIXES = ("上", "过")
_PREFIXES = tuple(sorted({*AT_LEAST_PREFIXES, *APPROX_PREFIXES, *_SCALE_ONLY_PREFIXES, *VAGUE_PREFIXES},
                         key=lambda word: (-len(word), word)))
_SUFFIXES = ("以上", "左右", "上下", "以下")
# Spaces a typesetter leaves around a figure in digits (33 名, 近 2000 人, 1.2 万人次): ASCII, no-break,
# thin and ideographic. One is read past; a number in words never has one.
_SPACES = " \u00a0\u2009\u202f\u3000"
_GAP = f"[{_SPACES}]?"

_OPENERS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉", "【": "】", "（": "）", "(": ")"}
_CLOSERS = {closer: opener for opener, closer in _OPENERS.items()}
_QUOTE_OPENERS = {"“", "‘", "「", "『", "《", "〈", "【"}  # brackets （） are not quotation
# Characters that end a noun phrase outright.
_DELIMITERS = set("，,。.；;：:、！!？?…—－-~～/\\|·•　 \t\n") | {'"'}


@dataclass(frozen=True)
class FoundQuantity:
    """One reported quantity, with offsets into the sentence it was found in."""

    value: Decimal
    unit: str  # "CNY", "%", or the measure word as written
    counts: str  # what is counted, as written
    qualifier: str  # exact | atLeast | approx
    status: str  # achieved | target
    period: int | None  # the year the quantity refers to
    text: str  # the quantity as written: 近2200人次
    start: int
    end: int


# ------------------------------------------------------------------ lexicon


@dataclass(frozen=True)
class _Lexicon:
    units_not_before: dict[str, tuple[str, ...]]  # measure word -> what may not follow it
    unit_kinds: dict[str, str]  # measure word -> what it counts (person, item, event, ...)
    cues: dict[str, tuple[str, ...]]  # role -> cue words, longest first
    pattern: re.Pattern[str]
    bare_scaled: re.Pattern[str]
    bare_people: re.Pattern[str]
    bare_money: re.Pattern[str]


MONEY_FOREIGN = "money_foreign"  # the kind of a foreign currency's name as a measure word


@dataclass(frozen=True)
class _Currency:
    code: str  # ISO 4217
    bare_yuan_in: tuple[str, ...]  # ISO country codes and first digits of division codes whose own 元 it is
    not_before: tuple[str, ...]


@cache
def _currency_rows() -> dict[str, _Currency]:
    """ontology/lexicon/currencies.csv: each foreign currency's names with its code."""
    with lexicon_path("currencies.csv").open(encoding="utf-8", newline="") as handle:
        return {row["word"].strip(): _Currency(row["code"].strip(), tuple(row["bare_yuan_in"].split()),
                                               tuple(part for part in row["not_before"].split("|") if part))
                for row in csv.DictReader(handle) if row["word"].strip()}


def currency_code(unit: str) -> str:
    """The ISO 4217 code of a foreign currency's name (美元: USD), else the unit itself."""
    currency = _currency_rows().get(unit)
    return currency.code if currency and currency.code else unit


def country_currency(unit: str, country: str | None) -> str:
    """The code of a currency name several countries share (比索, 先令) in a report of one of them: that
    country's own (比索 in news of Chile: 智利比索, CLP); elsewhere the name as written, as no code is right."""
    currency = _currency_rows().get(unit)
    if currency is None or currency.code or country is None:
        return unit
    own = _currency_rows().get(country + unit)
    return own.code if own is not None and own.code else unit


def local_currency(place_code: str | None) -> str | None:
    """The currency a bare 元 means in a report of the place so coded (a Taiwanese township: TWD; Toronto, coded
    CATOR by its country: CAD), or None where it is the yuan (the mainland, and Hong Kong and Macao, whose news
    the mainland's outlets write too)."""
    if not place_code:
        return None
    for currency in _currency_rows().values():
        if any(place_code.startswith(prefix) for prefix in currency.bare_yuan_in):
            return currency.code
    return None


RENMINBI = re.compile(r"人民币|RMB", re.IGNORECASE)
MAX_RENMINBI_GAP = 4  # 100万元（约合人民币…）is another sum; 100万元人民币 and 人民币100万元 name this one's


def in_local_currency(sentence: str, start: int, end: int, unit: str, local: str | None) -> str:
    """The unit of a sum read at [start, end): yuan written bare (no 人民币 next to it) in a report of a place
    with a currency of its own is in that currency."""
    if unit != UNIT_MONEY or local is None:
        return unit
    near = sentence[max(0, start - MAX_RENMINBI_GAP):end + MAX_RENMINBI_GAP]
    return unit if RENMINBI.search(near) else local


MONEY_WORD = 2  # 27万扶贫现金: one two-character word between a figure and the money noun after it
# what a sum goes to, right after it (捐款近200万用于…, 县政府配套145万合力建成): the sum ends there
SPENT_ON = ("用于", "用作", "用来", "用以", "支持", "支援", "资助", "援建", "捐建", "修建", "购买", "购置", "合力")


@cache
def _lexicon() -> _Lexicon:
    """Measure words and cue words from ontology/lexicon, and the pattern built from them."""
    units: dict[str, tuple[str, ...]] = {}
    kinds: dict[str, str] = {}
    with lexicon_path("measure_words.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            word = row["word"].strip()
            if word:
                units[word] = tuple(part for part in row.get("not_before", "").split("|") if part)
                kinds[word] = row.get("kind", "").strip()
    for word, currency in _currency_rows().items():  # foreign money: 100万美元, 100萬泰銖
        units[word] = currency.not_before
        kinds[word] = MONEY_FOREIGN
    cues: dict[str, list[str]] = defaultdict(list)
    with lexicon_path("quantity_cues.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["cue"].strip():
                cues[row["role"].strip()].append(row["cue"].strip())
    by_length = {role: tuple(sorted(set(words), key=len, reverse=True)) for role, words in cues.items()}
    # 元 (人民币), % and 成 are read by ufkg.numbers; 个百分点 must be tried before 个.
    # 120场（次）, 3000人(次): a unit whose 次 is bracketed is read whole, as that unit with 次 (场次, 人次).
    bracketed = [f"{word[:-1]}{opener}次{_OPENERS[opener]}" for word in units if word.endswith("次") and len(word) == 2
                 for opener in ("（", "(")]
    unit_words = [*MONEY_WORDS, "%", "％", "个百分点", "成", *bracketed, *sorted(units, key=len, reverse=True)]
    pattern = re.compile(
        rf"(?:(?P<pre>{'|'.join(_PREFIXES)})(?P<gap1>{_GAP}))?"
        rf"(?:百分之(?P<percent>{_ARABIC}|{_CHINESE_SHARE})"
        rf"|(?P<num>{_MIXED}|{_ARABIC}|{_CHINESE}|(?<=[超逾近约上过于数几])[百千万亿]|[百千万](?=[万亿]?[余多]))"
        rf"(?P<inner>[余多几])?(?P<gap2>[{_SPACES}](?=[十百千万亿余多]))?(?P<scale>[十百千万亿]*)(?P<inner2>[余多])?(?P<gap3>{_GAP})"
        rf"(?P<unit>{'|'.join(map(re.escape, unit_words))}))"
        rf"(?P<post>{'|'.join(_SUFFIXES)})?"
    )
    # a number with nothing after it but 的 (捐款近100万，; 价值310万的物资; 归侨侨眷近300万。) or what it goes to
    # (捐款近200万用于…, 配套145万合力建成): money after a money noun (_with_bare_money), people after a noun of people
    # (_with_bare_people_after); a spoken 个 before its scale (年销售额4个多亿) is read past
    bare_scaled = re.compile(
        rf"(?P<pre>{'|'.join(_PREFIXES)})?(?P<num>{_ARABIC}|{_CHINESE_SHARE})(?P<spoken>个(?=[余多]?亿))?"
        rf"(?P<inner>[余多])?(?P<scale>千万|[万亿])?(?P<inner2>[余多])?(?=[，,。；;、）)（(\s的]|$|{'|'.join(SPENT_ON)})"
    )
    # 带动4.2万农民增收: people counted without a measure word, read only with 万 or 亿 before a noun of people
    # (also 16.53 万群众 with a typesetter's space, 20多万某市籍商人 with the place they come from, and 近万农民: the
    # scale alone after an estimate)
    people = "|".join(map(re.escape, by_length.get("people_noun", ())))
    bare_people = re.compile(
        rf"(?P<pre>{'|'.join(_PREFIXES)})?(?:(?P<num>{_ARABIC}|{_CHINESE_SHARE})(?P<inner>[余多])?[ \u00a0]?"
        rf"|(?P<near>(?<=[近约超逾])))(?P<scale>[万亿])(?P<inner2>[余多])?(?=(?:[\u4e00-\u9fff]{{1,3}}籍)?(?:{people or '(?!)'}))"
    )
    # 27万扶贫现金, 3200万资产: money without 元, told by the money noun after it (one word between at most)
    money = "|".join(map(re.escape, by_length.get("money_after", ())))
    bare_money = re.compile(
        rf"(?P<pre>{'|'.join(_PREFIXES)})?(?P<num>{_ARABIC}|{_CHINESE_SHARE})(?P<inner>[余多])?(?P<scale>千万|[万亿])"
        rf"(?P<inner2>[余多])?(?=(?:[\u4e00-\u9fff]{{{MONEY_WORD}}})?(?:{money or '(?!)'}))"
    )
    return _Lexicon(units, kinds, by_length, pattern, bare_scaled, bare_people, bare_money)


def _cues(role: str) -> tuple[str, ...]:
    return _lexicon().cues.get(role, ())


_BY_LENGTH: dict[int, tuple[tuple[str, ...], tuple[int, ...], frozenset[str]]] = {}


def _by_length(words: tuple[str, ...]) -> tuple[tuple[int, ...], frozenset[str]]:
    """The distinct lengths of `words` (longest first) and the words as a set, made once per tuple.

    Two different words of one length cannot both end (or start) at one position, so
    "the first of the words, longest first, that matches" is "the longest length whose
    slice is one of the words": a few set look-ups instead of a scan of every cue word
    at every character of the noun-phrase walks.
    """
    entry = _BY_LENGTH.get(id(words))
    if entry is None or entry[0] is not words:
        lengths = tuple(sorted({len(word) for word in words if word}, reverse=True))
        entry = (words, lengths, frozenset(words))
        _BY_LENGTH[id(words)] = entry
    return entry[1], entry[2]


def _ends_with_any(text: str, end: int, words: tuple[str, ...]) -> str | None:
    """The first of `words` (longest first) that ends at `end` in `text`."""
    if "" in words or end > len(text):
        return _ends_with_any_scan(text, end, words)
    lengths, members = _by_length(words)
    for length in lengths:
        if end >= length and text[end - length:end] in members:
            return text[end - length:end]
    return None


def _ends_with_any_scan(text: str, end: int, words: tuple[str, ...]) -> str | None:
    for word in words:
        if end >= len(word) and text.startswith(word, end - len(word)):
            return word
    return None


def _starts_with_any(text: str, start: int, words: tuple[str, ...]) -> str | None:
    """The first of `words` (longest first) that starts at `start` in `text`."""
    if "" in words or start < 0:
        return _starts_with_any_scan(text, start, words)
    lengths, members = _by_length(words)
    for length in lengths:
        if text[start:start + length] in members:
            return text[start:start + length]
    return None


def _starts_with_any_scan(text: str, start: int, words: tuple[str, ...]) -> str | None:
    for word in words:
        if text.startswith(word, start):
            return word
    return None


# ------------------------------------------------------------------ quotation and titles


def _quoted_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, opener) of every quotation or title; unclosed ones run to the sentence's edge."""
    spans: list[tuple[int, int, str]] = []
    stack: list[tuple[str, int]] = []
    ascii_open: int | None = None
    for index, char in enumerate(sentence):
        if char in _QUOTE_OPENERS:
            stack.append((char, index))
        elif char in _CLOSERS and _CLOSERS[char] in _QUOTE_OPENERS:
            opener = _CLOSERS[char]
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == opener:
                    spans.append((stack[depth][1], index + 1, opener))
                    del stack[depth:]
                    break
            else:
                spans.append((0, index + 1, opener))  # the quotation opened in an earlier sentence
        elif char == '"':
            if ascii_open is None:
                ascii_open = index
            else:
                spans.append((ascii_open, index + 1, '"'))
                ascii_open = None
    spans.extend((index, len(sentence), opener) for opener, index in stack)
    if ascii_open is not None:
        spans.append((ascii_open, len(sentence), '"'))
    return spans


def _in_name(spans: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside a title, or a quotation short enough to be a name or slogan."""
    for span_start, span_end, opener in spans:
        if span_start <= start and end <= span_end:
            if opener in ("《", "〈", "【") or span_end - span_start - 2 <= MAX_NAME_QUOTE_CHARS:
                return True
    return False


# ------------------------------------------------------------------ what is counted


def _matching_closer(sentence: str, start: int) -> int | None:
    """Index just past the bracket or quotation that opens at `start`, or None."""
    closer = _OPENERS[sentence[start]]
    end = sentence.find(closer, start + 1)
    return None if end < 0 else end + 1


def _matching_opener(sentence: str, end: int) -> int | None:
    """Index of the bracket or quotation that closes just before `end`, or None."""
    opener = _CLOSERS[sentence[end - 1]]
    start = sentence.rfind(opener, 0, end - 1)
    return None if start < 0 else start


def _conditional_stop_after(sentence: str, index: int) -> str | None:
    """A conjunction at `index` that joins two quantities (场所和1名): it ends the noun phrase."""
    word = _starts_with_any(sentence, index, _cues("conditional_stop"))
    if word and index + len(word) < len(sentence) and sentence[index + len(word)].isdigit():
        return word
    return None


def _counts_after(sentence: str, start: int) -> str:
    """The noun phrase right after a measure word: 351家[民营企业]与…"""
    lexicon = _lexicon()
    index = start
    while index < len(sentence) and index - start < MAX_COUNTS_CHARS:
        char = sentence[index]
        if char in _OPENERS:
            closed = _matching_closer(sentence, index)
            if closed is None:
                break
            index = closed
            continue
        if char in _DELIMITERS or char.isspace() or char.isdigit() or char in "*＊×":
            break
        if char in _CHINESE_START and lexicon.pattern.match(sentence, index):
            break  # another numeral with its measure word (二期工程, 三个县) starts here
        keep = _starts_with_any(sentence, index, _cues("noun_keep"))
        if keep:
            index += len(keep)
            continue
        if _starts_with_any(sentence, index, _cues("noun_stop")) or _conditional_stop_after(sentence, index):
            break
        index += 1
    return _trim_counts(sentence[start:index])


def _skip_fillers_back(sentence: str, end: int) -> int:
    """Step back over words like 达, 共计, 等 that sit between a noun and its number."""
    moved = True
    while moved:
        moved = False
        filler = _ends_with_any(sentence, end, _cues("filler"))
        if filler and _ends_with_any(sentence, end, _cues("noun_keep")) is None:
            end -= len(filler)
            moved = True
    return end


def _counts_before(sentence: str, end: int, floor: int = 0) -> str:
    """The noun phrase right before a number: 实施[帮扶项目]233个; the verb itself when there is no noun (培训2万人次).

    `floor` is where the previous quantity ended: a noun phrase never reaches back into it.
    """
    if end > floor:
        end = _lead(sentence, end)  # 新发展会员 58名: the noun before a typesetter's space
    end = _skip_fillers_back(sentence, end)
    if sentence[floor:end].endswith("的"):
        end -= 1  # 占生产总值的三成: the share is of the noun before 的
    index = end
    while index > floor and end - index < MAX_COUNTS_CHARS:
        char = sentence[index - 1]
        if char in "年月日号" and index > 1 and (sentence[index - 2].isdigit() or sentence[index - 2] in CHINESE_NUMERAL_CHARS):
            break  # a date ends here: 2022年全市…
        if char in _CLOSERS:
            opened = _matching_opener(sentence, index)
            if opened is None:
                break
            index = opened
            continue
        if char in _DELIMITERS or char.isspace() or char.isdigit() or char in "*＊×":
            break
        keep = _ends_with_any(sentence, index, _cues("noun_keep"))
        if keep:
            index -= len(keep)
            continue
        # A stop word right before a single collected character is the head of a compound (培训班, 慰问金).
        if _ends_with_any(sentence, index, _cues("noun_stop")) and end - index != 1:
            break
        conjunction = _ends_with_any(sentence, index, _cues("conditional_stop"))
        if conjunction and index < len(sentence) and sentence[index].isdigit():
            break
        index -= 1
    counts = _trim_counts(sentence[index:end])
    if not counts:
        verb = _ends_with_any(sentence, end, _cues("noun_stop"))
        if verb and len(verb) > 1:
            counts = verb
    return counts


def _trim_counts(text: str) -> str:
    """Drop conjunctions and particles left at either edge (和基层委员 → 基层委员)."""
    edges = (*_cues("conditional_stop"), "的", "等", "了", "之")
    changed = True
    while changed and text:
        changed = False
        for word in edges:
            if text.startswith(word) and len(text) > len(word):
                text, changed = text[len(word):], True
            if text.endswith(word) and len(text) > len(word):
                text, changed = text[: -len(word)], True
    return text.strip()


def _counts(sentence: str, start: int, end: int, unit: str, floor: int) -> str:
    """What the quantity counts: the noun after the measure word, else the one before the number."""
    after = _counts_after(sentence, end)
    before = _counts_before(sentence, start, floor)
    if unit == UNIT_PERCENT:
        share_verb = _ends_with_any(sentence, _skip_fillers_back(sentence, start), _cues("share_before"))
        if share_verb and before in ("", share_verb):
            # 女性占30%: the share belongs to the noun before 占, not to 占
            owner = _counts_before(sentence, _skip_fillers_back(sentence, start) - len(share_verb), floor)
            if owner and owner not in _cues("noun_stop"):
                before = owner
    if unit in ("CNY", UNIT_PERCENT):
        return before or after or unit
    return after or before or unit


# ------------------------------------------------------------------ status and period

_YEAR_RE = re.compile(rf"(?<![{_DIGITS}])(?P<year>(?:19|20)[{_DIGITS}]{{2}}|[一二〇零○][〇零○一二三四五六七八九]{{3}})\s*年(?!代|龄|级|轻)")


def _years(sentence: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, bool]]:
    """(position, year, is_date) of each year in the sentence that can govern what follows it.

    `is_date` marks a year with a month (2023年2月28日): a dated event, which a
    report only tells once it has happened, so it never makes a target.
    """
    found = []
    for match in _YEAR_RE.finditer(sentence):
        start, end = match.start(), match.end()
        if _in_name(spans, start, end):
            continue
        before = sentence[max(0, start - 2):start]
        if before[-1:] in "-—－~～至到" and before[:1].isdigit():
            continue  # the end of a range (2021-2025年): the range as a whole has no single year
        if _ends_with_any(sentence, start, _cues("baseline_before")):
            continue
        if _starts_with_any(sentence, end, _cues("baseline_after")) or sentence.startswith("度以来", end):
            continue
        value = parse_number(match["year"])
        if value is not None:
            is_date = re.match(rf"\s*[{_DIGITS}一二三四五六七八九十]{{1,3}}\s*月", sentence[end:]) is not None
            found.append((start, int(value), is_date))
    return found


def _target_cues(sentence: str, spans: list[tuple[int, int, str]]) -> list[int]:
    """Positions of words that announce a plan (力争, 计划, 将 + verb), outside quotations."""
    exceptions = [(m.start(), m.end()) for word in _cues("not_target") if word in sentence
                  for m in _literal(word).finditer(sentence)]
    positions = []
    for word in _cues("target"):
        if word not in sentence:
            continue  # most cue words are absent: a substring test is far cheaper than a regex scan
        for match in _literal(word).finditer(sentence):
            start, end = match.span()
            if _in_name(spans, start, end) or any(s <= start and end <= e for s, e in exceptions):
                continue
            positions.append(start)
    for match in re.finditer("将", sentence):
        after = match.end()
        if _starts_with_any(sentence, after, _cues("future_after_将")) and not _in_name(spans, match.start(), after):
            positions.append(match.start())
    return sorted(positions)


@cache
def _literal(word: str) -> re.Pattern[str]:
    """A compiled pattern for one literal word, made once per process."""
    return re.compile(re.escape(word))


@dataclass(frozen=True)
class _Context:
    """What is read once per sentence and consulted for each number in it."""

    sentence: str
    spans: list[tuple[int, int, str]]  # quotations and titles
    blocked: list[tuple[int, int]]  # slogans, idioms and names that contain a numeral (四个意识, 七台河)
    years: list[tuple[int, int, bool]]
    target_cues: list[int]
    report_year: int | None
    previous_is_plan: bool
    plan_year: int | None  # the year a plan section before this sentence aims at (2022年工作打算 in a 2021 report)
    staffing: bool  # the sentence says how a body is staffed (行政编制70名): its figures are no outcomes


def plan_year(sentence: str, report_year: int | None) -> int | None:
    """The later year a plan lead aims at: 2022年工作打算 or 明年，… in a report about 2021.

    A yearly summary ends with next year's plan; its targets seldom repeat the year
    (力争新发展会员50名), so without this they would be dated to the year under review
    and stand beside the wrong year's achieved figures.
    """
    if report_year is None or not any(cue in sentence for cue in _cues("target_lead")):
        return None
    later = [year for _, year, is_date in _years(sentence, _quoted_spans(sentence))
             if year > report_year and not is_date]
    if later:
        return later[0]
    return report_year + 1 if "明年" in sentence else None


ORDINAL_DIGITS = "一二三四五六七八九十百零〇"  # the numerals an ordinal is written in (第九届)
MAX_ORDINAL_BEFORE = 8  # characters back from a figure to the 第 of the list it continues (第十一届、)


def _next_ordinal(sentence: str, lead: int, unit: str) -> bool:
    """第九届、十届, 第三、四期: a figure after the list mark that follows an ordinal (with its unit or without)."""
    return re.search(rf"第[{_DIGITS}{ORDINAL_DIGITS}]+(?:{re.escape(unit)})?[、和及与與]$",
                     sentence[max(0, lead - MAX_ORDINAL_BEFORE):lead]) is not None


TOWNSHIPS_AFTER = re.compile(r"乡(?:镇|[（(]镇[）)]|村|街)")  # 乡镇, 乡(镇), 乡村, 乡街 after a count of bodies
# (1美元约合7元): the rate a text converts a sum at, in brackets; neither side is anything done
EXCHANGE_RATE = re.compile(r"[（(]\s*1\s*[^\d（）()，,。]{1,4}?(?:约合|約合|约等于|約等於|折合|合|兑换?|兌換?|=|≈)\s*"
                           r"[\d.]+\s*[^\d（）()，,。]{1,4}?[）)]")


def _context(sentence: str, report_year: int | None, previous: str, planned_year: int | None = None) -> _Context:
    spans = _quoted_spans(sentence)
    blocked = [
        (found.start(), found.end())
        for phrase in _cues("not_quantity")
        if phrase in sentence
        for found in _literal(phrase).finditer(sentence)
    ] + [found.span() for found in EXCHANGE_RATE.finditer(sentence)]
    previous_is_plan = any(cue in previous for cue in _cues("target_lead")) if previous else False
    staffing = any(cue in sentence for cue in _cues("staffing_sentence"))
    return _Context(
        sentence, spans, blocked, _years(sentence, spans), _target_cues(sentence, spans), report_year, previous_is_plan,
        planned_year, staffing,
    )


def _status_and_period(context: _Context, start: int) -> tuple[str, int | None]:
    """Target when a plan cue or a later year governs the quantity; the period is the nearest year before it."""
    years = [found for found in context.years if found[0] < start]
    cues = [position for position in context.target_cues if position < start]
    year_position, year, is_date = years[-1] if years else (-1, None, False)
    period = year if year is not None else context.report_year
    if year is None and context.plan_year is not None and (
            (cues and cues[-1] > year_position) or context.previous_is_plan):
        return STATUS_TARGET, context.plan_year
    if year is not None and context.report_year is not None and year > context.report_year and not is_date:
        return STATUS_TARGET, period
    if cues and cues[-1] > year_position:
        return STATUS_TARGET, period
    if year is None and context.previous_is_plan:
        return STATUS_TARGET, period
    return STATUS_ACHIEVED, period


# ------------------------------------------------------------------ rejection rules


def _lead(sentence: str, start: int) -> int:
    """Where the words before a figure end: `start`, or before the spaces a typesetter left (第 3 名).

    Read past the spaces, a digit before a figure is another column of a table row (2022  14 名).
    """
    while start and sentence[start - 1] in _SPACES:
        start -= 1
    return start


def _prefix_is_qualifier(sentence: str, match: re.Match[str]) -> bool:
    """Whether the word before the number qualifies it (近2200人次) or ends another word (签约3个项目)."""
    prefix = match["pre"]
    if not prefix:
        return False
    if prefix in _SCALE_ONLY_PREFIXES and match["num"] not in _BARE_SCALES:
        return False  # 上 and 过 qualify only a bare scale (上千名, 过亿元), not 上一次, 通过3个
    if prefix in VAGUE_PREFIXES:
        return False  # 人数12名: the 数 of a word; before a bare scale see _vague
    return _ends_with_any(sentence, match.end("pre"), _cues("not_approx")) is None


_BARE_SCALES = frozenset("百千万亿")
# Financial digits (壹 伍 陆) are written only in amounts of money; alone before a measure word they
# are a name's character (伍家坪, 陆家嘴).
_FINANCIAL_DIGITS = frozenset("壹贰貳叁參肆伍陆陸柒捌玖")
# Measure words for things, which never count an organisation: 六册 before 街商户联谊会 is part of a name.
_GENERAL_ITEM_UNITS = frozenset({"个", "项", "类"})


def _session_ordinal(sentence: str, start: int, unit: str, unit_end: int) -> bool:
    """县政协十二次会议, 人大四次会议: N次 between a body and a meeting word numbers the session; so does N次 before a
    whole country's meeting that no verb holds (传达二十次全国某某会议精神: the twentieth, not twenty)."""
    if unit != "次":
        return False
    counted = _counts_after(sentence, unit_end)  # 七次会员代表大会开幕: a meeting word inside
    meeting = any(word in counted for word in _cues("session_meeting"))
    if _ends_with_any(sentence, start, _cues("session_body")) is not None:
        return meeting
    return meeting and sentence.startswith(NATIONAL_SERIES, unit_end) \
        and _ends_with_any(sentence, _skip_fillers_back(sentence, start), _cues("held_before")) is None


def _term_not_count(sentence: str, lead: int, unit_end: int) -> bool:
    """五届七次会议, 十四届全国人大, 连任两届: N届 numbers a term or session; it counts editions only
    when they are what was held (已召开五届，, 举办三届文化节)."""
    if _ends_with_any(sentence, _skip_fillers_back(sentence, lead), _cues("term_before")):
        return True
    if unit_end >= len(sentence) or sentence[unit_end] in _DELIMITERS:
        return False
    if not _ends_with_any(sentence, _skip_fillers_back(sentence, lead), _cues("held_before")) \
            and not _listed_after_held(sentence, lead):
        return True
    counted = _counts_after(sentence, unit_end)
    return not counted or any(word in counted for word in (*_cues("session_body"), *_cues("session_meeting")))


def _listed_after_held(sentence: str, lead: int) -> bool:
    """举办8届某某节、5届某某节: an item of a list whose first item counts the editions held counts them too."""
    if not sentence.endswith("、", 0, lead):
        return False
    clause = re.split(r"[，。；,;：:]", sentence[:lead])[-1]
    return any(re.search(re.escape(cue) + r"了?[\d一二三四五六七八九十]+[届屆]", clause) for cue in _cues("held_before"))


NATIONAL_SERIES = ("全国", "全省")  # a series of whole-country or whole-province meetings, numbered
_RANK_UNITS = frozenset({"位", "名"})


# A disaster's toll (8万余人受灾, 3人遇难, 损毁房屋30间, 经济损失超过5亿元) is what struck a place, not what
# anyone did: what is counted suffers it right after the figure, or the loss is named right before it.
SUFFERED = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:受灾|受災|死亡|失踪|失蹤|遇难|遇難|罹难|罹難|身亡|受伤|受傷|倒塌|损毁|損毀"
                      r"|受损|受損|丧命|喪命|丧生|喪生|无家可归|無家可歸|避难所|避難所|水患|泥石流|土石流|滑坡"
                      r"|受[\u4e00-\u9fff]{0,3}?(?:影响|影響))"
                      r"(?=[，,。；;、]|$)")  # 38人丧生, 2000户无家可归, 5起泥石流: the toll, and the disasters counted
# (9人在风灾里不幸身亡, 三千余人受台风影响: the toll told with where it struck)
HELPING = re.compile(r"用于|用於|帮|幫|慰问|慰問|救|援|捐|送|给|給|为|為|向")  # 捐款20万元用于受灾群众: help
LOSS_BEFORE = re.compile(r"(?<!挽回|减少|減少|避免|降低)(?:直接)?(?:经济损失|經濟損失|(?:倒塌|损毁|損毀)[\u4e00-\u9fff]{0,2}"
                         r"|(?:受灾|受災)(?:群众|群眾|人口|人数|人數|面积|面積)|(?:减产|減產))"
                         r"(?:达到?|達到?|近|约|約|超过?|超過|逾|为|為)?了?$")  # not 挽回经济损失200万元: what was saved;
# 受灾人口达1万人, 受灾面积约300亩, 减产四成: the toll named before its figure


def _disaster_toll(sentence: str, lead: int, unit_end: int) -> bool:
    """8万余人受灾, 1200间房屋倒塌, 2人受伤, 损毁房屋30间, 经济损失约800万元, 3000户1.2万人受灾 (the households
    and the people of one toll), 每日新增确诊1万例 (an epidemic's cases): a disaster's toll."""
    second = NEXT_FIGURE.match(sentence, unit_end)
    for after in (unit_end,) + ((second.end(),) if second else ()):
        suffered = SUFFERED.match(sentence, after)
        if suffered is not None and not HELPING.search(suffered.group(0)):
            return True
    before = max(0, lead - 10)
    return LOSS_BEFORE.search(sentence, before, lead) is not None \
        or CASES_BEFORE.search(sentence, before, lead) is not None and sentence.startswith(CASES, unit_end - 1)


NEXT_FIGURE = re.compile(r"[\d.]+[万萬亿億]?[余餘多]?[人户戶间間]")  # 3000户|1.2万人受灾: the toll's second figure
# 每日新增(确诊)1万例, 累计确诊病例300例: an epidemic's cases (免费手术50例 counts)
CASES_BEFORE = re.compile(r"(?:新增|确诊|確診|感染|病例)[^，,。；;\d]{0,4}$")
CASES = "例"


# 驱车200余公里前往, 距市区70多公里的, 二百公里外的: how far a journey went or a place lies, not work done
# (完成12公里健步行, 修建道路1.9公里 count)
JOURNEY_BEFORE = re.compile(r"(?:驱车|驅車|车程|車程|行程|跋涉|跨越|横跨|橫跨)(?:约|約|近|超过?|超過|逾)?$"
                            r"|(?:相距|距离|距離)[^，,。；;\d]{0,16}?(?:约|約|近)?$|(?:距|离|離)[^，,。；;\d]{0,8}?(?:约|約|近)?$"
                            # 东北方向2公里, 海拔2500米, 路面宽6米: where a place lies and how wide or high a thing
                            # is (路面拓宽6米, 提高2米: work done, count)
                            r"|(?:方向|海拔|(?<![拓加])(?:宽|寬)|(?<![提升加增])高|(?<![加])深)(?:约|約|近|达|達)?$")
AWAY_AFTER = ("外", "之外", "以外", "开外", "開外", "远", "遠")
MAX_JOURNEY_GAP = 20  # characters back from a length to the word of a journey or a distance (距离某省省会某市…)


def _distance_away(sentence: str, lead: int, unit: str, unit_end: int) -> bool:
    """驱车200余公里, 距市区70多公里, 二百公里外: a length that measures a journey or how far off a place is."""
    if _lexicon().unit_kinds.get(unit) != "length":
        return False
    return sentence.startswith(AWAY_AFTER, unit_end) \
        or JOURNEY_BEFORE.search(sentence, max(0, lead - MAX_JOURNEY_GAP), lead) is not None


# 6000元至10000元, 从100元到2000元: a range, each end written with its unit (a growth, 由2855户发展到5996户, counts
# both the count it started from and the one it reached)
RANGE_MARK = r"\s*(?:至|到|~|～|－|—|-)\s*"
_RANGE_NUMBER = rf"[{_DIGITS}.．,，]+(?:万|亿|千)?"


def _range_end(sentence: str, lead: int, unit: str, unit_end: int) -> bool:
    """6000元至10000元, 200人到300人: either end of a range whose ends both carry the unit."""
    if re.match(rf"{RANGE_MARK}{_RANGE_NUMBER}{re.escape(unit)}", sentence[unit_end:]):
        return True
    return re.search(rf"{_RANGE_NUMBER}{re.escape(unit)}{RANGE_MARK}$", sentence[:lead]) is not None


def _rank_change(sentence: str, lead: int, unit_end: int) -> bool:
    """排名提升3位, 上升两位: a place won or lost in a ranking, unless people are counted after it (提升2位干部)."""
    if not _ends_with_any(sentence, _skip_fillers_back(sentence, lead), _cues("rank_change")):
        return False
    return not _counts_after(sentence, unit_end)


def _page_counter(sentence: str, start: int, unit_end: int) -> bool:
    """【浏览次数】2316次: the hit counter of the web page the report was saved from; 作者:某某 阅读624次 on the
    line of the page's fields, its label glued to the count, or given its colon (时间:… 阅读:1317 次); 0次浏览 under a
    page's title, its label after it, and so its comments counted (已有0人评论)."""
    if READS_AFTER.match(sentence, unit_end):
        return True
    index = start
    while index > 0 and sentence[index - 1] in "】]：: ":
        index -= 1
    if index < start and (_ends_with_any(sentence, index, _cues("page_counter")) is not None
                          or sentence.endswith(PAGE_READS, 0, index)):
        return True  # 【浏览次数】2316次, 阅读:1317 次: a label and its colon or brackets, then the count
    return PAGE_FIELDS.search(sentence) is not None and sentence.endswith(PAGE_READS, 0, start)


PAGE_FIELDS = re.compile(r"(?:发布日期|发布时间|来源|作者|编辑)[:：]")  # the page's own fields on the line
PAGE_READS = ("阅读", "浏览", "点击", "阅读量", "浏览量")  # …作者:某某 阅读624次
# 0次浏览 alone before the page's next field; 已有0人评论, (共有 0 条评论): the page's comment counter
READS_AFTER = re.compile(r"(?:阅读|浏览|点击|评论)(?:量|数)?(?=\s|$|[|｜/)）])")


_CHAPTERS_RE = re.compile(rf"(?:[{_DIGITS}]+|[{CHINESE_NUMERAL_CHARS}]+)章$")


def _counts_articles(sentence: str, start: int) -> bool:
    """章程共6章45条, 《条例》共36条: N条 after a rule book or its chapters numbers its articles."""
    before = _skip_fillers_back(sentence, start)
    if _CHAPTERS_RE.search(sentence, 0, before):
        return True
    while before and sentence[before - 1] in "》”":
        before -= 1  # 《条例》共36条: the rule book's title
    return _ends_with_any(sentence, before, _cues("article_document")) is not None


def _in_alias(sentence: str, start: int) -> bool:
    """（简称惠企十二条）: a bracket that gives a short name holds a name, not a count."""
    opened = max(sentence.rfind("（", 0, start), sentence.rfind("(", 0, start))
    if opened < 0 or any(closer in sentence[opened:start] for closer in "）)"):
        return False
    return _starts_with_any(sentence, opened + 1, _cues("alias_intro")) is not None


def _sums_up_list(sentence: str, start: int, value: Decimal, unit: str) -> bool:
    """河西、城东两个片区: a number in words right after a list of names only says how many were named.

    After 等 the list is not complete and the number is a real total (…等两件提案), so it stays;
    so does a number after a list that holds quantities of its own (企业五家、商会两个). The caller
    asks only for a number with its noun after it: in 在甲村、乙村打造实践点两个 the count follows
    its noun and reports what was built.
    """
    if start == 0 or sentence[start - 1] in _DELIMITERS or sentence[start - 1] == "等":
        return False
    separators, index, last_item = 0, start, 0
    joins = LAST_JOINS if unit not in PEOPLE_JOINED_UNITS else ""  # (增补了甲和乙两位同志为常委: people counted as named)
    while index > 0:
        char = sentence[index - 1]
        if char in _CLOSERS:
            opened = _matching_opener(sentence, index)
            if opened is None:
                return False
            index = opened
            continue
        if char == "、" or char in joins and not separators and 0 < start - index <= MAX_JOINED_ITEM_CHARS \
                and index > 1 and sentence[index - 2] not in ADVERBS_BEFORE_JOIN:
            separators += 1  # 东关和西关两个清真寺: the last item joined by 和
            last_item = last_item or start - index
        elif char in _DELIMITERS:
            break
        index -= 1
    if separators == 0 or value != separators + 1 or last_item > MAX_LIST_ITEM_CHARS:
        return False
    return _lexicon().pattern.search(sentence, index, start) is None


def _lone_one_counts(sentence: str, start: int, unit: str, unit_end: int) -> bool:
    """专题会议一次。: a lone 一 after the noun it counts, closing the clause, is a count."""
    if _lexicon().unit_kinds.get(unit) != "event" or start == 0:
        return False
    if unit_end < len(sentence) and sentence[unit_end] not in _DELIMITERS:
        return False
    if sentence[start - 1] in _DELIMITERS or _ends_with_any(sentence, start, _cues("lone_one_not_after")):
        return False
    counted = _counts_before(sentence, start)
    return bool(counted) and counted not in _cues("noun_stop")


def _rejected_in_words(sentence: str, match: re.Match[str], start: int, unit: str, qualified: bool) -> bool:
    """Whether a number written in Chinese numerals counts nothing.

    Numbers in words are where the language keeps its set phrases, names, session numbers and
    list headings (四个方面), so these checks are for them alone: the same shapes in digits
    (5个方面 of a plan, 3次会议) are what a report counts.
    """
    number = match["num"] or match["percent"]
    unit_end = match.end("unit") if unit else match.end()
    previous_char = sentence[start - 1] if start else ""
    if previous_char and previous_char in CHINESE_NUMERAL_CHARS:
        return True  # the tail of a longer numeral (十三五期间)
    if len(number) > 1 and all(char in CHINESE_DIGITS for char in number):
        return True  # 三五个, 两三家: "a few", not 35
    if previous_char and previous_char in "”’」』》〉" and _counts_after(sentence, unit_end):
        return True  # “一网一号”两个平台: the numeral only sums up the names before it (建成“书屋”十个 counts)
    value = parse_number(number)
    if value == 1 and unit != "成" and not qualified and not _lone_one_counts(sentence, start, unit, unit_end):
        return True  # 一支队伍, 一大批, 一次次: a lone 一 is an article, not a count
    if len(number) == 1 and number in _FINANCIAL_DIGITS and unit != "元":
        return True  # 伍家坪: a financial digit alone is a name's character
    if len(number) == 1 and unit == "元" and _starts_with_any(sentence, unit_end, _cues("yuan_name_after")):
        return True  # 三元观, 三元西桥: a name that opens with a numeral and 元, not a sum
    if _session_ordinal(sentence, start, unit, unit_end):
        return True
    if _starts_with_any(sentence, unit_end, _cues("list_counter")):
        return True  # 四个方面, 三个关键: the heading of a list of points
    if _lexicon().unit_kinds.get(unit) == "item" and unit not in _GENERAL_ITEM_UNITS:
        counted = _counts_after(sentence, unit_end)
        if _ends_with_any(counted, len(counted), _cues("name_head")):
            return True  # 六册街商户联谊会: a name that starts with a numeral
    bare = not (match["inner"] or match["scale"] or match["inner2"])
    return bare and value is not None and bool(_counts_after(sentence, unit_end)) and _sums_up_list(sentence, start, value, unit)


def _rejected(context: _Context, match: re.Match[str], start: int, end: int) -> bool:
    """Whether a number with a unit still counts nothing (see the module docstring)."""
    sentence = context.sentence
    number = match["num"] or match["percent"]
    number_start = match.start("num") if match["num"] else match.start("percent")
    unit = match["unit"] or ""
    unit_end = match.end("unit") if unit else end
    lead = _lead(sentence, start)  # what precedes the figure, past a typesetter's space (第 3 名)
    previous_char = sentence[lead - 1] if lead else ""
    before_previous = sentence[lead - 2] if lead > 1 else ""
    qualified = _prefix_is_qualifier(sentence, match)

    if _in_name(context.spans, start, end) or _in_alias(sentence, start):
        return True
    if any(block_start < end and number_start < block_end for block_start, block_end in context.blocked):
        return True
    if _page_counter(sentence, start, unit_end):
        return True
    if unit == "条" and _counts_articles(sentence, lead):
        return True
    if _starts_with_any(sentence, unit_end, _cues("not_counted")) or _ends_with_any(
        sentence, _skip_fillers_back(sentence, lead), _cues("not_counted")
    ):
        return True  # 五项议程, 议程共三项: the order of business of a meeting
    # Ordinals, ranks and durations: 第3期, 十二届二次全会, 前10名, 为期3天.
    if _ends_with_any(sentence, lead, _cues("ordinal_before")) and not _ends_with_any(sentence, lead, _cues("not_ordinal")):
        return True
    # Part of a longer token: a code (G20), a masked number (1**, **5), a date or range (2023-2-28, 3至5个).
    if previous_char and (previous_char.isascii() and previous_char.isalnum() or previous_char in "*＊×.．"):
        return True
    if previous_char and previous_char in "-—－~～至到/,，" and before_previous.isdigit():
        return True
    if previous_char and previous_char in "-—－~～至到" and before_previous and (
            before_previous in CHINESE_DIGITS or before_previous in "十百千万"):
        return True  # the end of a range in words (三至五个, 一到两名): a span, not one figure
    if unit == "届" and _term_not_count(sentence, lead, unit_end):
        return True
    if unit and _next_ordinal(sentence, lead, unit):
        return True  # 第九届、十届, 第三、四期: the next ordinal of a list the first 第 opens
    if previous_char in VAGUE_BEFORE and number[:1] in "十百千万":
        return True  # 出资数十万元, 数百名: some tens or hundreds, no figure given
    if unit == BATCH and number == "一":
        return True  # 慰问品一批, 一批企业家: a batch of something, as many as it was, no count
    if unit == ROUNDS and sentence.startswith(QUOTE_OPENERS, unit_end):
        return True  # 投入2亿元实施两轮“某某”: the rounds a programme ran, its figures are the money
    if unit in _RANK_UNITS and _rank_change(sentence, lead, unit_end):
        return True
    if _disaster_toll(sentence, lead, unit_end) or _distance_away(sentence, lead, unit, unit_end) \
            or unit and _range_end(sentence, lead, unit, unit_end):
        return True
    if unit == VOLUME and YEARBOOK_VOLUME.fullmatch(number) and (
            not sentence[:lead].strip() or YEARBOOK_BEFORE.search(sentence, max(0, lead - MAX_YEARBOOK_GAP), lead)):
        return True  # 某某年鉴 / 2021卷, or the label alone: the volume of that year, no volumes counted (图书2000卷 are)
    if unit == ISSUE and ISSUE_OF_YEAR.search(sentence, 0, lead):
        return True  # 某某杂志 2018年52期: a periodical's issue of that year, no sessions held
    if unit == GROUP and sentence.endswith(VILLAGE_BEFORE, 0, lead):
        return True  # 某村27组贫困学生: a villagers' group by its number, where people live (17组书架 are counted)
    if ONE_OF.match(sentence, unit_end):
        return True  # 作为全省30个沿海县之一: the class a place or a body is one of
    if sentence[lead:unit_end] == TOGETHER and (TOGETHER_WITH.search(sentence, max(0, lead - MAX_TOGETHER_GAP), lead)
                                                or not INCIDENTS.search(sentence, max(0, lead - MAX_INCIDENT_GAP), lead)):
        return True  # 某会与山区教师一起，…; 领导一起慰问…: together, no incident counted (调处纠纷一起 is one)
    if REFERRED_BACK.search(sentence, max(0, lead - MAX_REFERRER), lead):
        return True  # 这两个镇, 上述300万元: what the text counted before, pointed at again
    if RANKED_AMONG.match(sentence, unit_end) or RANK_AFTER.match(sentence, unit_end) \
            and RANK_VERB.search(sentence, max(0, lead - MAX_RANK_VERB_GAP), lead):
        return True  # 居全县13个乡镇中第一名, 居全县21所中学第三名: the field a rank is among, not a count of work
    if context.staffing:
        return True  # 行政编制70名, 核定处级领导职数16正18副: what a body is staffed with, not what it did
    if unit and _starts_with_any(sentence, unit_end, _lexicon().units_not_before.get(unit, ())) \
            and not (unit == "家" and TOWNSHIPS_AFTER.match(sentence, unit_end)):
        return True  # (but 27家乡镇商会 counts township chambers: 家 and 乡镇, no 家乡)
    if unit == "元" and _starts_with_any(sentence, unit_end, _cues("money_not_before")):
        return True
    if unit == "元" and UNIT_PRICE.search(sentence, max(0, lead - MAX_UNIT_PRICE), lead):
        return True  # 每公斤8元, 每瓶售价300元: the price of a thing sold, no sum given or raised
    if match["post"] == "以下":
        return True  # an upper bound is a criterion (50人以下企业), not a result
    if match["post"] == "以上" and unit not in ("%", "％", "成") and _starts_with_any(sentence, end, _cues("threshold_after")):
        return True  # 1亿元以上企业 names a class of enterprises; 五成以上的税收 is still a share
    if not number[0].isdigit() and _rejected_in_words(sentence, match, start, unit, qualified):
        return True
    if unit == "成":
        bounded = match["post"] in ("以上", "左右") or match["inner"] or match["inner2"] or qualified
        if not bounded and not _ends_with_any(sentence, lead, _cues("share_before")):
            return True  # 三成 is a share only after 占/提高 or before 以上: 建成, 组成 are verbs
    return False


# ------------------------------------------------------------------ public API


def _currency_before(sentence: str, start: int, names: tuple[str, ...] | None = None) -> str | None:
    """A foreign currency (or one of `names`) named right before an amount in 元 (新台币11亿元, 港币：500万元): the
    amount is in it."""
    before = sentence[max(0, start - MAX_CURRENCY_NAME):start].rstrip(" ：:")
    return next((word for word in names or currency_names() if before.endswith(word)), None)


def _bound_before_currency(sentence: str, start: int) -> str:
    """The bound or estimate said before the currency that an amount opens with (超过港币2846万元, 逾人民币300万元,
    近美元…): the amount's qualifier, as if said right before it; exact when none is."""
    currency = _currency_before(sentence, start, (*currency_names(), *YUAN_NAMES))
    if currency is None:
        return QUALIFIER_EXACT
    said = sentence[:start].rstrip(" ：:")[:-len(currency)]
    if said.endswith(AT_LEAST_PREFIXES):
        return QUALIFIER_AT_LEAST
    return QUALIFIER_APPROX if said.endswith(APPROX_PREFIXES) else QUALIFIER_EXACT


YUAN_NAMES = ("人民币", "人民幣")  # China's own money named before an amount in 元


def _currency_after(sentence: str, end: int) -> str | None:
    """A foreign currency named right after an amount in 元 (100万元港币, 862397.1元澳门元): the amount is in it."""
    if not sentence.endswith("元", 0, end):
        return None
    return next((word for word in currency_names() if sentence.startswith(word, end)
                 and not sentence.startswith(_currency_rows()[word].not_before, end + len(word))), None)


@cache
def currency_names() -> tuple[str, ...]:
    """The foreign currencies' names (currencies.csv), longest first, so that a name wins over one it ends with."""
    return tuple(sorted(_currency_rows(), key=lambda word: (-len(word), word)))


MAX_CURRENCY_NAME = 6
MONEY_CODE = re.compile(r"[A-Z]{3}")  # money's unit: its currency's ISO code
# a bracket opening right after an amount, before the same sum told another way: about, or worth in (按当时汇率，约合…:
# at the day's rate)
CONVERSION = re.compile(r"\s*[（(]\s*(?:(?:按|以)[^（）()，,。]{0,8}?(?:汇率|匯率)(?:计算|計算|折算)?\s*[，,]?\s*)?"
                        r"(?P<about>约合|約合|约|約|合|折合|相当于|相當於|大约|大約)?\s*(?P<yuan>人民币|人民幣)?")
# what follows the field of a rank: 13个乡镇中第一名, 21所中学中排名第三, 百强县中位列第16
RANKED_AMONG = re.compile(r"[^，,。；;、]{0,8}?中(?:排名|位列|位居|名列)?第")
RANK_AFTER = re.compile(r"[^，,。；;、]{0,8}?第[\d一二三四五六七八九十百]+[名位]")  # 21所中学第三名
RANK_VERB = re.compile(r"居|位列|位居|名列|排名|排在")  # …before the field: 居全县21所…
VOLUME = "卷"
ISSUE = "期"
ISSUE_OF_YEAR = re.compile(r"(?:19|20)\d{2}\s*年\s*(?:第\s*)?$")  # the year right before a periodical's issue number
GROUP = "组"
VILLAGE_BEFORE = ("村", "社区", "居委会")  # 某村5组: the village's fifth group (村民小组), a place, no sets counted
YEARBOOK_VOLUME = re.compile(r"(?:19|20)\d{2}")  # 某某年鉴 / 2021卷: a yearbook's volume is named by its year
YEARBOOK_BEFORE = re.compile(r"(?:年鉴|年鑑)[^，,。；;]{0,6}$|[/／]\s*$")  # …年鉴 / 2021卷: the yearbook whose volume it is
MAX_YEARBOOK_GAP = 12
TOGETHER = "一起"
TOGETHER_WITH = re.compile(r"(?:与|和|同|跟)[^，,。；;、]*$")  # 与某某一起: the one done together with
MAX_TOGETHER_GAP = 30
# what 起 counts, named before a lone 一起 that closes its clause (调处矛盾纠纷一起。; 一起 before its noun is an article)
INCIDENTS = re.compile(r"(?:事故|案件|案例|事件|纠纷|火灾|命案)$")
MAX_INCIDENT_GAP = 4
# a demonstrative right before a figure: the things or the sum named before (not 应该 before a figure: it should be)
REFERRED_BACK = re.compile(r"(?:这|這|那|此|上述|前述|(?<![应應])[该該])$")
MAX_REFERRER = 2
VAGUE_BEFORE = "数數"  # 数十万元: how many tens of thousands the text does not say
BATCH, ROUNDS, QUOTE_OPENERS = "批", "轮", ("“", "「", "\"")  # 一批; 两轮“某某”: a batch, a programme's rounds
# 每 and the measure of a thing sold, the thing and its price's word (每斤4元, 每枚鸡蛋20元, 每瓶订价300元)
UNIT_PRICE = re.compile(r"每(?:斤|公斤|千克|克|吨|枚|瓶|袋|箱|盒|只|头|株|棵|件)[\u4e00-\u9fff]{0,4}$")
MAX_UNIT_PRICE = 9
# 该村是全县12个重点村之一, 是全县八个乡镇中唯一…: the class a thing belongs to (or is the only one of), no count of work
ONE_OF = re.compile(r"[^，,。；;、]{0,16}?(?:之一|中唯一)")
MAX_RANK_VERB_GAP = 6


def find_quantities(sentence: str, report_year: int | None, previous: str = "",
                    planned_year: int | None = None) -> list[FoundQuantity]:
    """Every reported quantity in `sentence`, in order, with offsets into it.

    `report_year` is the year the report is about (the period of quantities
    whose sentence names no year); `previous` is the sentence before this one
    in the same paragraph, read only for plan cues such as 下一步; `planned_year`
    is what `plan_year` found in an earlier sentence, the period of a target
    whose sentence names no year.
    """
    pattern = _lexicon().pattern
    context = _context(sentence, report_year, previous, planned_year)
    found: list[FoundQuantity] = []
    position = 0
    while (match := pattern.search(sentence, position)) is not None:
        qualified = _prefix_is_qualifier(sentence, match)
        if match["num"] in _BARE_SCALES and not qualified and not (match["inner"] or match["inner2"]):
            position = match.start("num") + 1  # 万企, 百家: a scale word alone is no number (千余人, 千万余元 are)
            continue
        if _vague(match):
            position = match.end()  # 数百名来宾, 几十家: an impression of size, which no report counts
            continue
        if not _gaps_fit(match):
            position = match.start() + 1
            continue
        start = match.start() if qualified or not match["pre"] else match.end("gap1")
        end = match.end()
        if match["post"] == "上下" and sentence[end:end + 1] not in _DELIMITERS | {""}:
            end = match.end("unit")  # 上下联动: not an estimate but the next words
        if _rejected(context, match, start, end):
            position = start + 1
            continue
        text = sentence[start:end]
        quantity = parse_quantity(text)
        if quantity is None:
            position = start + 1
            continue
        named = None
        if quantity.unit == UNIT_MONEY:  # 新台币11亿元, 100万元港币: in that currency
            named = _currency_before(sentence, start) or _currency_after(sentence, end)
            if named and sentence.startswith(named, end):
                end += len(named)  # the quantity as written holds the currency after it
        quantity = replace(quantity, unit=currency_code(named or quantity.unit))
        if quantity.unit != UNIT_PERCENT and quantity.qualifier == QUALIFIER_EXACT:
            quantity = replace(quantity, qualifier=_bound_before_currency(sentence, start))
        if found and _converted(sentence, found[-1], quantity.unit, start):
            position = end  # 568万泰铢（约新台币536万元）: the same sum in another currency, counted once
            continue
        found.append(_found(context, quantity, start, end, floor=found[-1].end if found else 0))
        position = end
    found = _with_bare_people_after(context, _with_bare_people(context, _with_bare_money(context, found)))
    return _with_shared_currency(context, found)


# an amount written bare right before another that carries the currency for both (认捐10,000和8,000美元, 分别捐赠3和2万元)
SHARED_AMOUNT = re.compile(r"(?<![\d,.第])(?P<num>\d[\d,]*(?:\.\d+)?[万亿]?)(?:和|及|与|、)$")
LEADING_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?(?P<scale>[万亿]?)")
MAX_SHARED_AMOUNT = 16  # characters of a bare amount and its joiner


def _with_shared_currency(context: _Context, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """Add the amounts written bare before an amount that names the currency, joined to it by 和, 及, 与 or 、: the
    currency (and the scale, 3和2万元) is both amounts'. A range (5000至8000元) is no such pair."""
    sentence = context.sentence
    added = []
    for index, quantity in enumerate(found):
        if not MONEY_CODE.fullmatch(quantity.unit):
            continue
        bare = SHARED_AMOUNT.search(sentence, max(0, quantity.start - MAX_SHARED_AMOUNT), quantity.start)
        amount = LEADING_AMOUNT.match(sentence, quantity.start, quantity.end)
        if bare is None or amount is None or any(q.start < bare.end("num") and bare.start("num") < q.end for q in found):
            continue
        number = bare["num"] + ("" if bare["num"].endswith(("万", "亿")) else amount["scale"])
        parsed = parse_quantity(number + sentence[amount.end():quantity.end])
        if parsed is None:
            continue
        floor = found[index - 1].end if index else 0
        added.append(_found(context, replace(parsed, unit=quantity.unit), bare.start("num"), bare.end("num"), floor))
    return sorted(found + added, key=lambda quantity: quantity.start)


def _converted(sentence: str, before: FoundQuantity, unit: str, start: int) -> bool:
    """Whether an amount opens a bracket right after another amount (568万泰铢（约新台币536万元）, 5万美元(合人民币
    35万元)) and says it is about that much or in which currency: the first sum converted, no second one."""
    if not (MONEY_CODE.fullmatch(before.unit) and MONEY_CODE.fullmatch(unit)):
        return False
    currency = _currency_before(sentence, start) or ""
    opening = CONVERSION.fullmatch(sentence, before.end, start - len(currency))
    return opening is not None and bool(opening.group("about") or opening.group("yuan") or currency)


def _vague(match: re.Match[str]) -> bool:
    """数十家, 几百名, 数万元: "some tens" before a bare scale is an impression, not a reported figure."""
    return match["pre"] in VAGUE_PREFIXES and match["num"] in VAGUE_SCALES and not match.groupdict().get("gap1")


def _gaps_fit(match: re.Match[str]) -> bool:
    """Whether the spaces inside a match are a typesetter's (33 名, 1.2 万人次), not a gap between words.

    A space is read past only around a number in digits: 三 名 is no figure (the pattern takes
    one space at most in each place, so 12  名 with two spaces is two columns of a table).
    """
    if not any(match[name] for name in ("gap1", "gap2", "gap3")):
        return True
    return (match["num"] or match["percent"] or "")[:1].isdigit()


def _found(context: _Context, quantity: Quantity, start: int, end: int, floor: int) -> FoundQuantity:
    """The quantity read at [start, end) with what it counts, its status and its year."""
    status, period = _status_and_period(context, start)
    return FoundQuantity(
        value=quantity.value,
        unit=quantity.unit,
        counts=_counts(context.sentence, start, end, quantity.unit, floor),
        qualifier=quantity.qualifier,
        status=status,
        period=period,
        text=context.sentence[start:end],
        start=start,
        end=end,
    )


def _with_bare_money(context: _Context, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """Add amounts of money written without 元 (善款近80万) to the quantities found, in order.

    A number with 万 or 亿 and nothing after it is money only when a money noun (拨款,
    捐款, 资金, 价值) stands right before it, or one (现金, 资产) right after it or after one word
    (27万扶贫现金); 阅读量达3000万 stays a bare number.
    """
    sentence = context.sentence

    def is_money(match: re.Match[str], start: int) -> bool:
        if not match["scale"] and not any(char in match["num"] for char in "万亿"):
            return False  # 捐款十万五千 is money; 捐款2000 says no scale
        # 用于教育超过2个亿: the spoken 个亿 ending a clause is only ever money; else a money noun before it says so
        return not _in_alias(sentence, start) and (bool(match["spoken"]) or _ends_with_any(
            sentence, _skip_fillers_back(sentence, start), _cues("money_noun")) is not None)
    found = _with_bare(context, found, _lexicon().bare_scaled, "元", is_money)
    return _with_bare(context, found, _lexicon().bare_money, "元", lambda match, start: not _in_alias(sentence, start))


def _with_bare_people(context: _Context, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """Add people counted with 万 or 亿 and no measure word (带动4.2万农民增收, 惠及1.5万贫困群众), in order."""
    def counts_people(match: re.Match[str], start: int) -> bool:
        return _ends_with_any(context.sentence, start, _cues("ordinal_before")) is None  # 每10万人口: a rate's base

    return _with_bare(context, found, _lexicon().bare_people, "人", counts_people,
                      counted=lambda end: _starts_with_any(context.sentence, end, _cues("people_noun")) or "")


def _with_bare_people_after(context: _Context, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """Add people counted with 万 or 亿 after a noun of people, with no measure word and nothing after it
    (全省有归侨侨眷近300万，; 海外华侨华人700多万。), in order."""
    sentence = context.sentence

    def after_people(match: re.Match[str], start: int) -> bool:
        if not match["scale"]:
            return False
        noun_end = _skip_fillers_back(sentence, start)
        if sentence.endswith("有", 0, noun_end):
            noun_end -= 1  # 全省有归侨侨眷…; 归侨侨眷有…
        return _ends_with_any(sentence, noun_end, _cues("people_noun")) is not None

    return _with_bare(context, found, _lexicon().bare_scaled, "人", after_people)


def _with_bare(context: _Context, found: list[FoundQuantity], pattern: re.Pattern[str], unit: str, accepts,
               counted=None) -> list[FoundQuantity]:
    """Add the numbers `pattern` finds without a unit, read as `unit`, to the quantities found, in order:
    each that `accepts(match, start)`, overlaps no quantity found, lies in no name and is no part of a code.
    `counted(end)`, if given, says what such a figure counts (the noun after it)."""
    sentence = context.sentence
    for match in pattern.finditer(sentence):
        if _vague(match):
            continue  # 捐款数十万, 数万群众
        qualified = _prefix_is_qualifier(sentence, match)
        start = match.start() if qualified or not match["pre"] else match.end("pre")
        end = match.end()
        if any(q.start < end and start < q.end for q in found) or _in_name(context.spans, start, end):
            continue
        if start and sentence[start - 1].isascii() and sentence[start - 1].isalnum():
            continue  # part of a code
        if not accepts(match, start):
            continue
        written = sentence[start:end]
        if match.groupdict().get("spoken"):
            written = written[:match.start("spoken") - start] + written[match.end("spoken") - start:]
        quantity = parse_quantity(written + unit)
        if quantity is not None:
            floor = max((q.end for q in found if q.end <= start), default=0)
            figure = _found(context, quantity, start, end, floor)
            found.append(figure if counted is None else replace(figure, counts=counted(end)))
    return sorted(found, key=lambda q: q.start)
