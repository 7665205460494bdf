"""Region mentions in a text: gazetteer regions, countries, and townships or villages by pattern.

Gazetteer names are matched at word boundaries: a name may not cut through a word
of jieba's default dictionary (长治 in 长治久安, 江西 in 浙江西部, 西班牙 in
西班牙语), except where the word is itself a chain of region names
(贵州省黔南布依族苗族自治州) or the name ends in its level character and runs into
an organisation (黔南州委, 成都市政府). A name followed by 族 is a nationality. Among
overlapping names the strongest, then the longest, then the leftmost wins. Each
reading of a name has a tier:

- strong: countries, provinces, prefectures, and county names of three or more
  characters: a clean boundary is enough;
- weak: two-character county names (三都, 荔波): also needs the report's own
  province (context), or structural evidence; jieba's place tag is enough only when
  the report's province is unknown: a short county name of another province is far
  more often a word of a name, a verse or an idiom (某某古城, 浩渺行无极) than a place;
- common: names that are ordinary words (和平, 东方, 全州; region_common_words.txt
  and frequent non-place words of jieba's dictionary): structural evidence only.

Structural evidence is a containing region right before (天津市和平区), a list
with an accepted region of the same province (和平、紫金), or a following 等县 /
两县. A weak name right after a surname is a person (何凤山). Homonyms go to the
one inside the region named right before, else the one nearest the context.

A province's bare name before a medium's head (浙江广播电视集团, 四川日报) names the outlet, not the
province. A region inside an organisation's name is no mention of that region when the name only
says where its members come from: a region right after another region that does not
contain it (某州浙江商会, 甘肃祁连玉…公司: the second is the members' home or a brand),
a region right after a bare level character and before 商会 (市温州商会), and a region
written without its level right before a democratic party's short name (浙江民建会员之家), unless a unit of
the party follows (某市民进某某总支: the city's branch); the country opening
its ruling party's name or its flag's (中国共产党, 中华人民共和国国旗) is no mention of the country, nor is a place
whose affairs a department's office is for (台湾工作与事务处).
Hometown associations (某某同乡会) are about the hometown and keep it.

Townships, villages and communities are found by a name of 2–4 characters
before 镇/乡/街道/村/社区/嘎查/苏木 (弥牟镇, 国光社区); generic phrases (示范村,
城市社区, 美丽乡村, 各乡镇) are rejected by general rules on the name part, and 同乡 before 会 (某县同乡会)
is fellow townsmen, no township; many firms making a village thrive (千企兴村) is a slogan; 盟 ends a name as
a league's level, but not a word that ends in it (某镇联盟村); a township jieba knows as a place whose tail is an
ordinary word (某城|镇, 城镇) is named when its village follows (某城镇某某村). Their
parent_code is the nearest county or prefecture named before them in the sentence.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

import jieba
import jieba.posseg

from ..gazetteer import Gazetteer, official_suffixes, place_order, standalone_only_names
from ..lexicon import load_lexicon
from ..model import Place
from ..numbers import parse_number
from ..paths import lexicon_path
from ..segmenter import default_segmenter

jieba.setLogLevel(logging.WARNING)

STRONG, WEAK, COMMON = 0, 1, 2

# jieba tags of words that are not places (ns) or people (nr*): a frequent word with one of
# these is an ordinary word even when it is also a county's name.
_ORDINARY_TAGS = frozenset("n v vn vd a ad an s f m d c b nz t l i j z q p r u y e o".split())
_ORDINARY_MIN_FREQ = 300
# A township or village name that is a word of at least this frequency is an ordinary word.
_RARE_LOCAL_FREQ = 50  # a word jieba has seen fewer times than this is no ordinary word of the sentence
_LOCAL_COMMON_FREQ = 1000
# A two-character X市 that is a word of at least this frequency (集市, 超市) names no township before 镇/乡.
_MARKET_WORD_FREQ = 100
# Tags of multi-character words that end a township or village name on the left.
_STOP_TAGS = frozenset("v vd vn p c u uj ul uz ud ug uv d r q mq t tg y e o i l".split())  # i, l: idioms (高度重视)
# "X" + suffix as one dictionary word (农村, 家乡, 全村) at least this frequent is not a name.
_SUFFIX_WORD_FREQ = 20
_SEPARATORS = ("、", "和", "与", "及", "以及", "或", "或者")
_SENTENCE_END = frozenset("。！？；!?;\n")
_CJK = re.compile(r"[\u3400-\u9fff]")
_COUNT = "等两三四五六七八九十几多"
_COMPATRIOTS = "同胞"
_COMMITTEE = "委"
_OWN = ("我", "本", "该", "全")  # 我县, 本县, 该县, 全县: the text's own place or the one just named, by its level
_NOT_IN_NAME = frozenset("的在和与及了是对为各每全将把被")  # characters a township's name never holds
_TRAILING_LEVEL = re.compile(rf"[{_COUNT}]+个?(?:县|市|区|州|旗|盟|地)")
_DISASTER_AFTER = re.compile(r"(?:特大)?(?:地震|震灾|洪灾|水灾|洪涝|泥石流|山洪|旱灾|雪灾)")  # 某某地震: the place struck
_LEVEL_CHARS = "省市州县区旗盟乡镇村"
_COUNTERS = frozenset("批个些座所处位")  # measure words after a numeral: 一批, 多个
_FIRST, _ORDINAL_COUNTERS = "首", _COUNTERS | frozenset("部家届")  # 首部, 首个, 首届: the first one
_HOMETOWN = re.compile(r"[\u4e00-\u9fff]{0,4}同乡")  # 香港某县同乡会: the hometown is what it is about
_CHAMBER = "商会"
# a slogan of the form noun + verb + 村/镇 (产业兴村, 工业强镇, 富民强村): what makes the place thrive
_SLOGAN_VERBS = frozenset("兴强富美活带联帮扶")
_KIND_WORDS = frozenset({("镇", "街"), ("鎮", "街"), ("村", "子"), ("村", "庄"), ("村", "莊"), ("村", "落"), ("村", "史"),
                         ("村", "企")})  # 村史馆: a village's history hall; 村企对接: villages and firms
_GOING_TO = frozenset("给給助驻駐进進入赴到")  # 赠送给社区, 助乡之力, 驻村帮扶: the place a deed goes to, no name's end
_VILLAGE_AFTER = re.compile("[\u4e00-\u9fff]{2,3}村")  # 某某镇|某某村: a township's village named right after it
_LEAGUE = "盟"  # a level of Inner Mongolia, and the end of words (联盟, 同盟)
_HUNDREDS = frozenset("百千万")  # 万企兴村: the many (firms) that make the place thrive
_SLOGAN_SUBJECT_TAGS = frozenset(("n", "vn", "v", "j", "an"))
# where a person's name stands: after a separator or a role (会员刘某, 、赵某), before a separator or
# what a person does (刘某接受采访, 赵某等12名会员)
_NAME_BEFORE = re.compile(r"(?:^|[、，,：:；\s（(]|会员|委员|代表|主席|会长|部长|书记|主任|同志|先生|女士|企业家)$")
_NAME_AFTER = re.compile(r"[、，,；）)]|等|同志|先生|女士|接受|主持|出席|表示|介绍|指出|强调|说|为|获")
# the heads of a medium named after its province (某省广播电视集团, 某省日报); a city's paper keeps its city,
# which says where it is
_MEDIA = re.compile(r"广播电视|电视台|广播电台|卫视|日报|晚报|都市报|报社|新闻网|融媒体中心|出版社")
# a department's office for a place's affairs (台湾工作处, 台湾事务办公室) or the place as a question (台湾问题): a topic
_TOPIC_OFFICE = re.compile("(?:工作与事务|统战工作|工作|事务)(?:处|办公室)|问题")
# what a country's name opens without naming the place: its ruling party, its flag, anthem, emblem, constitution
_OF_THE_COUNTRY = re.compile("共产党|国旗|国歌|国徽|宪法")
# the bodies of a township, which show that the 乡 or 镇 before them ends its name
_FELLOWS_BODY = ("会", "联谊会", "总会", "联合会", "商会")  # after 同乡: an association of people from one place
_TOWNSHIP_BODY = re.compile(r"新乡贤|乡贤联谊会|党委|人民政府|统战|商会|侨联|人大主席团")
TERM_COUNTED = re.compile(r"[一二三四五六七八九十两0-9][届批期轮]")  # 新一届, 第二批: a term or batch counted
_NUMERALS = frozenset("一二三四五六七八九十百千万亿两几多个0123456789０１２３４５６７８９")


@dataclass(frozen=True)
class RegionHit:
    """A region named in the text: a gazetteer place, or a township or village found by pattern (place None)."""

    start: int
    end: int
    surface: str
    place: Place | None
    level: str
    parent_code: str | None


@dataclass(frozen=True)
class _Reading:
    place: Place
    tier: int
    short: bool  # a short name, not the official one
    standalone_only: bool


@dataclass
class _Candidate:
    start: int
    end: int
    surface: str
    readings: tuple[_Reading, ...]
    accepted: tuple[_Reading, ...] = ()
    chosen: Place | None = None


@dataclass(frozen=True)
class _LocalSuffix:
    suffix: str
    level: str


def _words(name: str) -> list[str]:
    words: list[str] = []
    for line in lexicon_path(name).read_text(encoding="utf-8").splitlines():
        if not line.lstrip().startswith("#"):
            words.extend(line.split())
    return words


def _surnames() -> frozenset[str]:
    """Single-character surnames from the persons' lexicon (surnames.txt), if the project has it."""
    path = lexicon_path("surnames.txt")
    if not path.is_file():
        return frozenset()
    return frozenset(word for word in _words("surnames.txt") if len(word) == 1)


@cache
def officialese_verbs() -> frozenset[str]:
    """The officialese verbs jieba does not know (选树, 配强…), which begin no name written after them."""
    return frozenset(verb for verb in _lexicons()["leading_verbs"] if len(verb) > 1)


@cache
def _lexicons() -> dict[str, frozenset[str]]:
    return {
        "surnames": _surnames(),
        "common": frozenset(_words("region_common_words.txt")),
        "modifiers": frozenset(_words("region_generic_modifiers.txt")),
        "function": frozenset(_words("region_function_chars.txt")),
        "leading_verbs": frozenset(_words("region_leading_verbs.txt")),
        "suffix_words": frozenset(_words("region_suffix_words.txt")),
        "ethnic": frozenset(_words("region_ethnic_groups.txt")),
        "titles": frozenset(_words("person_cues.txt")),
    }


@cache
def _party_short_names() -> tuple[str, ...]:
    """Short names of the democratic parties (parties.csv; the Communist Party's own are left out)."""
    names: list[str] = []
    for line in lexicon_path("parties.csv").read_text(encoding="utf-8").splitlines()[2:]:
        fields = line.split(",")
        if len(fields) >= 3 and fields[2] != "cpc":
            names.extend(n for n in fields[1].split("|") if n)
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@cache
def _local_suffixes() -> tuple[_LocalSuffix, ...]:
    """Township and village suffixes from region_suffixes.csv, longest first."""
    found = []
    for line in lexicon_path("region_suffixes.csv").read_text(encoding="utf-8").splitlines():
        fields = line.split(",")
        if len(fields) >= 3 and fields[1] == "local":
            found.append(_LocalSuffix(fields[0], fields[2]))
    return tuple(sorted(found, key=lambda s: (-len(s.suffix), s.suffix)))


@cache
def _jieba() -> tuple[dict[str, int], dict[str, str]]:
    """Frequencies and tags of jieba's default dictionary (the global tokenizer, left unmodified)."""
    jieba.dt.check_initialized()
    return jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab


def _going_there(text: str, position: int, suffix: str) -> bool:
    """Whether the suffix closes a verb of going there (返乡, 回乡, 下乡) rather than a name, or follows a word that
    sends something or someone there (赠送给社区, 某省侨联驻村工作队), even right after a place."""
    if position > 0 and text[position - 1] in _GOING_TO:
        return True
    freq, tags = _jieba()
    word = text[position - 1:position + len(suffix)] if position > 0 and len(suffix) == 1 else ""
    return freq.get(word, 0) >= _SUFFIX_WORD_FREQ and tags.get(word) == "v"


def _is_ordinary_word(word: str) -> bool:
    freq, tags = _jieba()
    return freq.get(word, 0) >= _ORDINARY_MIN_FREQ and tags.get(word) in _ORDINARY_TAGS


def _stem_length(name: str) -> int:
    for rule in official_suffixes():
        if name.endswith(rule.suffix):
            return len(name) - len(rule.suffix)
    return len(name)


def function_char(char: str) -> bool:
    """Whether a character is a preposition, a conjunction or a particle that no place's name begins with (经, 在, 和)."""
    return char in _lexicons()["function"]


def function_stem(name: str) -> bool:
    """Whether a place is named by one function character and its level (和县): in running text that is a
    conjunction and a bare level (县政府和县侨联), the place only where nothing runs into it."""
    return _stem_length(name) == 1 and name[0] in _lexicons()["function"]


def _tier(name: str, place: Place) -> int:
    if name in _lexicons()["common"]:
        return COMMON
    if place.level in ("country", "province", "prefecture", "state", "city"):
        return STRONG
    if len(name) == 2 and _is_ordinary_word(name):
        return COMMON
    if name == place.name and function_stem(name):
        return COMMON  # 和县 in 市和县两级
    if len(name) <= 2 or (name == place.name and _stem_length(name) < 2):
        return WEAK
    return STRONG


class _Matcher:
    """Every gazetteer name with its readings, for scanning a text."""

    def __init__(self, gazetteer: Gazetteer):
        standalone = standalone_only_names()
        readings: dict[str, list[_Reading]] = {}
        for name, place in gazetteer.names():
            if len(name) < 2:
                continue
            reading = _Reading(place, _tier(name, place), name != place.name, name in standalone)
            readings.setdefault(name, []).append(reading)
        self.readings = {name: tuple(found) for name, found in readings.items()}
        self.max_length = max(len(name) for name in self.readings)
        # Every proper prefix of a name: the scan at a position stops at the first slice that
        # starts no name, instead of trying every length up to the longest name.
        self.prefixes = frozenset(name[:k] for name in self.readings for k in range(1, len(name)))

    def lengths_at(self, text: str, i: int) -> list[int]:
        """The lengths of the names that start at text[i], longest first."""
        found: list[int] = []
        prefixes, readings = self.prefixes, self.readings
        end, last = i + 1, min(len(text), i + self.max_length)
        while end <= last:
            piece = text[i:end]
            if piece in readings and end - i > 1:
                found.append(end - i)
            if piece not in prefixes:
                break
            end += 1
        found.reverse()
        return found

    def chain_bounds(self, word: str) -> frozenset[int] | None:
        """Where word splits into region names, or None when it is not made of region names only.

        jieba knows some chains as one word (贵州省黔南布依族苗族自治州); a name may cut such a
        word at the places where its names meet.
        """
        bounds, i = {0}, 0
        while i < len(word):
            for length in range(min(self.max_length, len(word) - i), 1, -1):
                if word[i : i + length] in self.readings:
                    i += length
                    bounds.add(i)
                    break
            else:
                return None
        return frozenset(bounds)


_MATCHERS: dict[int, tuple[Gazetteer, _Matcher]] = {}


def _matcher(gazetteer: Gazetteer) -> _Matcher:
    entry = _MATCHERS.get(id(gazetteer))
    if entry is None or entry[0] is not gazetteer:
        entry = (gazetteer, _Matcher(gazetteer))
        _MATCHERS[id(gazetteer)] = entry
    return entry[1]


class _Tokens:
    """jieba's segmentation of the text (default dictionary, no HMM), as token spans per character.

    jieba cuts a text block by block (runs of Chinese characters, letters and digits,
    and what lies between them) and each block on its own, so a block is segmented
    only when a position in it is asked about: most sentences name no gazetteer
    name, and most blocks of those that do hold none. The spans are the ones
    `jieba.dt.tokenize(text, HMM=False)` gives.
    """

    def __init__(self, text: str):
        self.text = text
        self.spans: dict[int, tuple[int, int]] = {}
        self._block_starts: list[int] | None = None

    def _span(self, position: int) -> tuple[int, int]:
        if position < 0:
            position += len(self.text)  # as a list would read it
        span = self.spans.get(position)
        if span is None:
            self._segment_block(position)
            span = self.spans[position]
        return span

    def _segment_block(self, position: int) -> None:
        if position >= len(self.text):
            raise IndexError(position)
        if self._block_starts is None:
            starts, offset = [], 0
            for block in jieba.re_han_default.split(self.text):  # the blocks jieba.Tokenizer.cut makes
                if block:
                    starts.append(offset)
                    offset += len(block)
            self._block_starts = starts
        starts = self._block_starts
        index = bisect_right(starts, position) - 1
        start = starts[index]
        end = starts[index + 1] if index + 1 < len(starts) else len(self.text)
        offset = start
        for word in default_segmenter().cut(self.text[start:end], HMM=False):
            span = (offset, offset + len(word))
            for i in range(offset, offset + len(word)):
                self.spans[i] = span
            offset += len(word)

    def cuts_left(self, start: int) -> bool:
        return 0 < start < len(self.text) and self._span(start)[0] < start

    def token_at(self, position: int) -> tuple[int, int]:
        return self._span(position)

    def right_cut(self, end: int) -> tuple[int, int] | None:
        """The token that the position `end` cuts, if any."""
        if 0 < end < len(self.text):
            span = self._span(end)
            if span[0] < end:
                return span
        return None


_CPC = "中共"  # the party's prefix, which jieba glues to the committee after it (中共某省委)


def _splits_at(matcher: _Matcher, text: str, token: tuple[int, int], position: int) -> bool:
    bounds = matcher.chain_bounds(text[token[0] : token[1]])
    return bounds is not None and position - token[0] in bounds


def _clean_boundary(text: str, start: int, end: int, tokens: _Tokens, matcher: _Matcher) -> bool:
    """Whether a name at text[start:end] stands as a word of its own."""
    left = tokens.token_at(start) if tokens.cuts_left(start) else None
    if left is not None and not _splits_at(matcher, text, left, start) \
            and not (start - left[0] == len(_CPC) and text.startswith(_CPC, left[0])):
        return False  # (中共|某省委 is one word to jieba: the place after the party's prefix stands apart)
    cut = tokens.right_cut(end)
    if cut is not None and not _splits_at(matcher, text, cut, end):
        # A name ending in its level (黔南州委, 成都市政府, 香港特区政府) may run into the next
        # word; a bare name may not (长治久安, 西班牙语), except before 同胞 (台湾同胞: the people of it).
        if text[end - 1] not in _LEVEL_CHARS and not text.startswith(_COMPATRIOTS, end):
            return False
    if end < len(text) and text[end] == "族":  # 朝鲜族, 蒙古族: a nationality
        return False
    for word in _lexicons()["suffix_words"]:  # 和平区域, 成都市场 even when jieba keeps them apart
        if text.startswith(word, end - 1) and text[end - 1] in _LEVEL_CHARS:
            return False
    return True


def _standalone(text: str, start: int, end: int, tokens: _Tokens) -> bool:
    """Whether a name stands alone: after a function word, verb or punctuation (在中国, 会同中国,
    not 美丽中国) and before one (中国的, 中国与, not 中国特色, 中国梦)."""
    function = _lexicons()["function"]
    after = end >= len(text) or not _CJK.match(text[end]) or text[end] in function
    if not after:
        return False
    if start == 0 or not _CJK.match(text[start - 1]) or text[start - 1] in function:
        return True
    word = text[tokens.token_at(start - 1)[0] : start]
    return _jieba()[1].get(word, "")[:1] in ("v", "p", "c")


def _followed_by_local_suffix(text: str, end: int) -> bool:
    for local in _local_suffixes():
        if text.startswith(local.suffix, end):
            return not any(text.startswith(word, end) for word in _lexicons()["suffix_words"])
    return False


def _candidates(text: str, matcher: _Matcher, tokens: _Tokens) -> list[_Candidate]:
    """Gazetteer names that stand at word boundaries, without overlaps.

    At each position the longest clean name is a candidate; among overlapping candidates
    the one with the strongest reading wins, then the longer, then the leftmost (和安 of
    和安化县 gives way to 安化县).
    """
    found: list[_Candidate] = []
    prefixes = matcher.prefixes
    for i in range(len(text)):
        if text[i] not in prefixes:
            continue  # no name starts with this character (a name has two characters or more)
        for length in matcher.lengths_at(text, i):
            name = text[i : i + length]
            readings = matcher.readings[name]
            if not _clean_boundary(text, i, i + length, tokens, matcher):
                continue
            readings = tuple(r for r in readings if not r.standalone_only or _standalone(text, i, i + length, tokens))
            if readings and all(r.short for r in readings) and _followed_by_local_suffix(text, i + length):
                readings = ()  # 三都镇 names a township, not the county 三都
            if readings:
                found.append(_Candidate(i, i + length, name, readings))
                break
    found = [c for c in found if not _after_surname(text, c, tokens)]
    chosen: list[_Candidate] = []
    used = [False] * len(text)
    for candidate in sorted(found, key=lambda c: (min(r.tier for r in c.readings), c.start - c.end, c.start)):
        if not any(used[candidate.start : candidate.end]):
            chosen.append(candidate)
            for i in range(candidate.start, candidate.end):
                used[i] = True
    return sorted(chosen, key=lambda c: c.start)


def _after_surname(text: str, candidate: _Candidate, tokens: _Tokens) -> bool:
    """Whether a two-character place name is the given name of a person: a county's after a surname
    (何凤山, 李青山); a city's or a province's too where the surname stands where a name does, after
    a separator or a role, and the place is followed by what follows a name (张丽江、赵常德等会员,
    会员刘南京接受采访)."""
    if candidate.start == 0 or len(candidate.surface) != 2:
        return False
    before = text[candidate.start - 1]
    lexicons = _lexicons()
    single = tokens.token_at(candidate.start - 1) == (candidate.start - 1, candidate.start)
    if not (single and before in lexicons["surnames"] and before not in lexicons["function"]):
        return False
    if min(r.tier for r in candidate.readings) != STRONG:
        return True
    return bool(_NAME_BEFORE.search(text, max(0, candidate.start - 5), candidate.start - 1)) \
        and bool(_NAME_AFTER.match(text, candidate.end))


def _sentence_bounds(text: str) -> list[int]:
    """For each character, the start of its sentence."""
    starts, current = [0] * len(text), 0
    for i, char in enumerate(text):
        starts[i] = current
        if char in _SENTENCE_END:
            current = i + 1
    return starts


class _PlaceTags:
    """jieba's part-of-speech reading of sentences, computed on demand."""

    def __init__(self, text: str, sentence_start: list[int]):
        self.text, self.sentence_start = text, sentence_start
        self.cache: dict[int, set[tuple[int, int]]] = {}

    def is_place(self, start: int, end: int) -> bool:
        first = self.sentence_start[start]
        if first not in self.cache:
            last = first
            while last < len(self.text) and self.text[last] not in _SENTENCE_END:
                last += 1
            spans, offset = set(), first
            for pair in jieba.posseg.dt.cut(self.text[first:last]):
                if pair.flag == "ns":
                    spans.add((offset, offset + len(pair.word)))
                offset += len(pair.word)
            self.cache[first] = spans
        return (start, end) in self.cache[first]


def _order(gazetteer: Gazetteer, anchor: Place | None):
    def key(reading: _Reading):
        place = reading.place
        return (gazetteer.closeness(place, anchor), reading.tier, *place_order(place))

    return key


# the heads of a locality's own bodies, which a weak county name may open without its level (某某统战部, 某某侨联)
LOCAL_BODY_HEADS = ("统战部", "統戰部", "工商联", "工商聯", "侨联", "僑聯", "政协", "政協", "人大常委会", "人民政府",
                    "民宗局", "台办", "侨办")


def _decide(text, candidates, gazetteer, context, place_tags) -> None:
    """Accept readings by tier and evidence, to a fixed point; choose one place per candidate."""
    context_province = _province_of(gazetteer, context)

    for candidate in candidates:
        accepted = []
        for reading in candidate.readings:
            if reading.tier == STRONG:
                accepted.append(reading)
            elif reading.tier == WEAK and (
                (context_province and _province_of(gazetteer, reading.place) == context_province)
                or (context_province is None and place_tags.is_place(candidate.start, candidate.end))
                or text.startswith(LOCAL_BODY_HEADS, candidate.end)
            ):
                accepted.append(reading)
        if accepted:
            candidate.accepted = tuple(accepted)
            candidate.chosen = min(accepted, key=_order(gazetteer, context)).place

    changed = True
    while changed:
        changed = False
        for index, candidate in enumerate(candidates):
            if candidate.chosen is not None:
                continue
            evidence = _evidence(text, candidates, index, gazetteer)
            if evidence is None:
                continue
            anchor, readings = evidence
            candidate.accepted = readings
            candidate.chosen = min(readings, key=_order(gazetteer, anchor or context)).place
            changed = True

    # 沈阳市和平区: right after a region, the homonym inside that region.
    for previous, candidate in zip(candidates, candidates[1:]):
        if previous.chosen is None or candidate.chosen is None or previous.end != candidate.start:
            continue
        inside = [r for r in candidate.accepted if gazetteer.is_within(r.place.code, previous.chosen.code)]
        if inside:
            candidate.chosen = min(inside, key=_order(gazetteer, previous.chosen)).place


def _party_short_name_at(text: str, position: int) -> str | None:
    """The democratic party's short name that starts at position (民建 of 浙江民建会员之家), if any."""
    return next((name for name in _party_short_names() if text.startswith(name, position)), None)


# what follows a party's short name in the name of one of its units: 某市民进|某某总支, 某市民盟|支部
_PARTY_UNIT = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:总支|支部|支社|基层委|委员会|委会)")


_LIST_MARKS = "、，,；;。"


def _written_in_a_list(text: str, candidates: list[_Candidate], index: int, gazetteer: Gazetteer) -> bool:
    """Whether a place written right after another is one item of a list of places (苏州无锡常州、; 某州某州某州召开,
    the last of a run of three of one level), not where a chamber's members come from (某州浙江商会, 香港福建社团);
    a place inside it right after it (某市某州某县商会) makes it the start of the members' origin."""
    candidate, place = candidates[index], candidates[index].chosen
    following = candidates[index + 1] if index + 1 < len(candidates) else None
    adjacent = following is not None and following.start == candidate.end
    if adjacent and any(gazetteer.is_within(reading.place.code, place.code) for reading in following.readings):
        return False
    if text[candidate.end:candidate.end + 1] in _LIST_MARKS or adjacent:
        return True
    run = candidates[index - 2:index] if index >= 2 else []
    return len(run) == 2 and run[0].end == run[1].start and all(item.chosen is not None for item in run) \
        and run[0].chosen.level == run[1].chosen.level == place.level


def _drop_member_origins(text: str, candidates: list[_Candidate], gazetteer: Gazetteer) -> None:
    """Unchoose regions that only name where an organisation's members come from (某州浙江商会)."""
    dropped = []
    for index, candidate in enumerate(candidates):
        place = candidate.chosen
        if place is None or _HOMETOWN.match(text, candidate.end):
            continue
        previous = candidates[index - 1] if index else None
        if (previous is not None and previous.chosen is not None and previous.end == candidate.start
                and not gazetteer.is_within(place.code, previous.chosen.code)
                and not _written_in_a_list(text, candidates, index, gazetteer)):
            dropped.append(candidate)  # 某州浙江商会: a region that does not contain the one after it
        elif (candidate.start > 0 and text[candidate.start - 1] in _LEVEL_CHARS and text.startswith(_CHAMBER, candidate.end)
              and (previous is None or previous.end < candidate.start)):
            dropped.append(candidate)  # 市温州商会
        elif text[candidate.end - 1] not in _LEVEL_CHARS and (party := _party_short_name_at(text, candidate.end)) \
                and not _PARTY_UNIT.match(text, candidate.end + len(party)):
            dropped.append(candidate)  # 浙江民建会员之家; but 某市民进某某总支 is the city's branch
        elif _TOPIC_OFFICE.match(text, candidate.end):
            dropped.append(candidate)  # 台湾工作与事务处, 台湾问题: the place's affairs as a department's or a speech's topic
        elif place.level == "country" and _OF_THE_COUNTRY.match(text, candidate.end):
            dropped.append(candidate)  # 中国共产党, 中华人民共和国国旗: the party's or the state's own name
        elif place.level == "province" and _MEDIA.match(text, candidate.end) \
                and len(candidate.surface) == min(map(len, (place.name, *place.short_names))):
            dropped.append(candidate)  # 浙江广播电视集团, 四川日报: a province-wide medium, not the province
    for candidate in dropped:
        candidate.chosen = None


def _province_of(gazetteer: Gazetteer, place: Place | None) -> str | None:
    province = gazetteer.at_level(place, "province")
    return province.code if province is not None else None


def _evidence(text, candidates, index, gazetteer) -> tuple[Place | None, tuple[_Reading, ...]] | None:
    """Structural support for an undecided candidate: (the supporting place, the readings it supports)."""
    candidate = candidates[index]
    previous = candidates[index - 1] if index > 0 else None
    # 天津市和平区: right after a region that contains it.
    if previous is not None and previous.chosen is not None and previous.end == candidate.start:
        inside = tuple(r for r in candidate.readings if gazetteer.is_within(r.place.code, previous.chosen.code))
        if inside:
            return previous.chosen, inside
    # 和平、紫金、龙川等县: a list, supported by an accepted member of the same province or by 等县.
    group = _list_around(text, candidates, index)
    counties = tuple(r for r in candidate.readings if r.place.level in ("prefecture", "county"))
    if not counties:
        return None
    last = candidates[group[-1]]
    if _TRAILING_LEVEL.match(text, last.end):
        return None, counties
    struck = tuple(r for r in counties if r.tier == WEAK)
    if struck and _DISASTER_AFTER.match(text, candidate.end):
        return None, struck  # 某某地震: a disaster is named after the place it struck (not after a word, 和平)
    for other in group:
        chosen = candidates[other].chosen
        if other == index or chosen is None or chosen.level not in ("prefecture", "county"):
            continue
        same = tuple(r for r in counties if _province_of(gazetteer, r.place) == _province_of(gazetteer, chosen))
        if same:
            return chosen, same
    return None


def _list_around(text, candidates, index) -> list[int]:
    """Indices of the candidates in the same list as candidates[index] (joined by 、 和 与 及 …)."""
    group = [index]
    i = index
    while i > 0 and text[candidates[i - 1].end : candidates[i].start] in _SEPARATORS:
        i -= 1
        group.insert(0, i)
    i = index
    while i + 1 < len(candidates) and text[candidates[i].end : candidates[i + 1].start] in _SEPARATORS:
        i += 1
        group.append(i)
    return group


def _local_hits(text: str, region_hits: list[RegionHit]) -> list[RegionHit]:
    """Townships, villages and communities by pattern: name + 镇/乡/街道/村/社区/嘎查/苏木."""
    covered = [False] * len(text)
    for hit in region_hits:
        for i in range(hit.start, hit.end):
            covered[i] = True
    barrier = sorted(hit.end for hit in region_hits)
    hits: list[RegionHit] = []
    position = 0
    firsts = _local_suffix_first_pattern()
    while position < len(text):
        if firsts is not None:
            found = firsts.search(text, position)
            if found is None:
                break  # no township or village suffix starts anywhere further on
            position = found.start()
        local = _local_suffix_at(text, position)
        if local is None or covered[position]:
            position += 1
            continue
        limit = max([b for b in barrier if b <= position] + [hits[-1].end if hits else 0])
        after_town = bool(hits) and hits[-1].end == limit and hits[-1].level != "village"
        name_start = _name_start(text, position, limit, local, chained=limit > 0, after_town=after_town)
        if name_start is None or _counted(text, name_start):
            position += 1
            continue
        end = position + len(local.suffix)
        if local.level == "county" and (any(_party_short_name_at(text, at) for at in range(name_start, position))
                                        or name_start != limit and not _standalone_area_name(text, name_start, position)):
            position += 1
            continue  # 民进新区工委: a party's unit in the new area the text is about, no place 民进新区
        hits.append(RegionHit(name_start, end, text[name_start:end], None, local.level, None))
        position = end
    return _with_listed_bare_names(text, _with_list_neighbours(text, hits, covered), covered)


# 甲、乙、丙等3个乡镇, 甲、乙和丙等11个贫困村, 甲、乙等嘎查: a list of bare names closed by the kind of place they are
_BARE_LIST = re.compile(r"(?P<items>(?:[\u4e00-\u9fff]{2,4}、)+(?:(?!等)[\u4e00-\u9fff]){2,4}?)(?:和(?P<last>(?:(?!等)[\u4e00-\u9fff]){2,4}?))?"
                        r"(?P<count>等?[0-9一二三四五六七八九十两]+个|等)(?:贫困|行政|重点|少数民族)?"
                        r"(?P<kind>乡镇|镇街|街道|嘎查村|嘎查|社区|乡|镇|村)(?!村|干部|民|委|级|集体|两委|党|书记|主任|贤|亲|长|务|居民|小组|组)")
_SOCIETY = "会"
_BARE_KINDS = {"村": "village", "嘎查": "village", "嘎查村": "village", "社区": "village"}  # else a township


def _with_listed_bare_names(text: str, hits: list[RegionHit], covered: list[bool]) -> list[RegionHit]:
    """Townships or villages named bare in a list that its kind closes (甲、乙、丙等3个乡镇): each item between the
    marks, and the first as jieba's words (or a function word before two characters) start it, is one, unless it is
    read already (a place, a township), a kind (示范), a body's name (某商会) or no name (a numeral in it, a function
    word first)."""
    found = {(hit.start, hit.end) for hit in hits}
    added: list[RegionHit] = []
    for match in _BARE_LIST.finditer(text):
        level = _BARE_KINDS.get(match.group("kind"), "township")
        items, cursor = [], match.start("items")
        for piece in match.group("items").split("、"):
            items.append((cursor, cursor + len(piece)))
            cursor += len(piece) + 1
        if match.group("last"):
            items.append(match.span("last"))
        if _miscounted(match.group("count"), len(items)):
            continue  # 建好一个村广场、办好一个镇夜校: one 镇 closes no list of two names
        first_start, first_end = items[0]
        words = default_segmenter().lcut(text[max(0, first_start - 6):first_end], HMM=False)
        first = words[-1] if words else ""
        if first_end >= 3 and text[first_end - 3] in _lexicons()["function"]:
            first = text[first_end - 2:first_end]  # 恢复了|甲、乙…: two characters after a function word
        items[0] = (first_end - len(first), first_end) if 2 <= len(first) <= 4 else None
        for span in filter(None, items):
            name = text[span[0]:span[1]]
            if span in found or any(covered[span[0]:span[1]]) or _generic_name(name) \
                    or name[0] in _lexicons()["function"] or any(c in _NUMERALS for c in name) \
                    or name.endswith(_body_heads()) or name.endswith(_SOCIETY):
                continue  # 甲商会、乙商会等8个乡镇商会: the bodies of the townships, not their names
            found.add(span)
            added.append(RegionHit(span[0], span[1], name, None, level, None))
    return sorted([*hits, *added], key=lambda h: (h.start, h.end)) if added else hits


def _miscounted(count: str, listed: int) -> bool:
    """Whether a count written without 等 (甲、乙2个村) says fewer places than the list holds: then the words
    before it are no list of names (建好一个村广场、办好一个镇: two pieces, one 镇)."""
    if count.startswith("等"):
        return False  # 甲、乙等3个乡镇: the list is cut short, any count fits
    value = parse_number(count.rstrip("个"))
    return value is not None and value < listed


def _standalone_area_name(text: str, start: int, position: int) -> bool:
    """Whether the name before a county-level suffix not written after its prefecture (考察某某新区) is a name
    on its own: no word running across its start, and a boundary before it, or else a name of two
    characters, no ordinary word, after a function word or a word of two characters or more
    (主席张某某率新区…, 负责人来新区, 代表前往新区: no area)."""
    if not all(_CJK.match(c) for c in text[start:position]):
        return False
    if start == 0 or not _CJK.match(text[start - 1]):
        return True  # 、某某管理区: after a list mark or at the start, even a word is the name
    if position - start != 2:
        return False  # 主席张某某率新区: after a word, only a name of two characters is taken on its own
    window_start = max(0, start - 6)
    word_ends = _word_ends(default_segmenter().lcut(text[window_start:position], HMM=False), window_start)
    if start != window_start and all(end != start for _, end in word_ends):
        return False  # 负责人|来: a word runs into the name
    freq, tags = _jieba()
    name = text[start:position]
    if freq.get(name, 0) >= _SUFFIX_WORD_FREQ and tags.get(name) not in ("ns", "nr") or _has_common_word(name):
        return False  # 代表前往新区, 负责人来新区: an ordinary word, no name
    before = next((word for word, end in word_ends if end == start), "")
    return before in _lexicons()["function"] or len(before) > 1


def _word_ends(words: list[str], start: int) -> list[tuple[str, int]]:
    """Each word with the offset where it ends, the words laid end to end from start."""
    ends = []
    for word in words:
        start += len(word)
        ends.append((word, start))
    return ends


def _counted(text: str, start: int) -> bool:
    """3139个嘎查村: a measure word after a count begins no village's name."""
    return text[start] in _COUNTERS and start > 0 and (text[start - 1].isdigit() or text[start - 1] in _NUMERALS
                                                        or text[start - 1] in "多余")


_NAME_LIST_MARKS = "、"  # the mark between townships or villages listed


def _with_list_neighbours(text: str, hits: list[RegionHit], covered: list[bool]) -> list[RegionHit]:
    """Townships or villages listed with one found (长虹街道、学府街道; 一都镇、东张镇): a name of two to four
    characters joined by 、 to a found one with the same suffix is one too, though it is also a word
    (学府) or holds a numeral or a function character (一都), which it does not start with (在某镇)."""
    found = {(hit.start, hit.end) for hit in hits}
    added: list[RegionHit] = []
    for hit in hits:
        suffix = next((s.suffix for s in _local_suffixes() if hit.surface.endswith(s.suffix)), None)
        if suffix is None:
            continue
        after = hit.end  # 某街道、某街道: the next member
        if after < len(text) and text[after] in _NAME_LIST_MARKS and not any(start == after + 1 for start, _ in found):
            neighbour = _list_member(text, after + 1, suffix, covered)
            if neighbour is not None and neighbour not in found:
                found.add(neighbour)
                added.append(RegionHit(*neighbour, text[neighbour[0]:neighbour[1]], None, hit.level, None))
        before = hit.start - 1  # 某镇、某镇: the member before
        if before > 0 and text[before] in _NAME_LIST_MARKS and text.endswith(suffix, 0, before) \
                and not any(end == before for _, end in found):
            for length in range(4, 1, -1):
                start = before - len(suffix) - length
                span = (start, before)
                if start >= 0 and span not in found and _list_member(text, start, suffix, covered) == span \
                        and (start == 0 or not _CJK.match(text[start - 1]) or text[start - 1] in _NAME_LIST_MARKS
                             or text[start - 1] in _lexicons()["function"] or length == 2):
                    found.add(span)
                    added.append(RegionHit(start, before, text[start:before], None, hit.level, None))
                    break
    return sorted([*hits, *added], key=lambda h: (h.start, h.end)) if added else hits


def _list_member(text: str, start: int, suffix: str, covered: list[bool]) -> tuple[int, int] | None:
    """The span of a name of two to four characters with the suffix from start, if one is there."""
    for length in range(2, 5):
        end = start + length
        if text.startswith(suffix, end) and all(_CJK.match(c) for c in text[start:end]) \
                and not any(covered[start:end + len(suffix)]) and not _generic_name(text[start:end]) \
                and not any(c in _LEVEL_CHARS for c in text[start:end]) and text[start] not in _lexicons()["function"]:
            return start, end + len(suffix)  # 在某镇: the preposition is no part of the name
    return None


@cache
def _local_suffix_firsts() -> frozenset[str] | None:
    """The first characters of the township and village suffixes (None if a suffix is empty)."""
    suffixes = _local_suffixes()
    return None if any(not s.suffix for s in suffixes) else frozenset(s.suffix[0] for s in suffixes)


@cache
def _local_suffix_first_pattern() -> re.Pattern[str] | None:
    """A character class of the suffixes' first characters, to jump to where a suffix may start."""
    firsts = _local_suffix_firsts()
    return None if firsts is None else re.compile("[" + "".join(re.escape(c) for c in sorted(firsts)) + "]")


def _local_suffix_at(text: str, position: int) -> _LocalSuffix | None:
    firsts = _local_suffix_firsts()
    if firsts is not None and (position >= len(text) or text[position] not in firsts):
        return None  # no suffix starts with this character
    for local in _local_suffixes():
        if text.startswith(local.suffix, position):
            if any(text.startswith(word, position) for word in _lexicons()["suffix_words"]):
                return None  # 乡村, 乡贤, 村寨: the character does not end a name here
            return local
    return None


def _names_a_body(stretch: str) -> bool:
    """Whether a stretch after a county holds a body's head with a name after it (某县侨联|某某镇): the body is the
    county's, and the township's name starts after it (某镇联盟村 is a village's name all the same)."""
    return any(0 <= stretch.find(head) <= len(stretch) - len(head) - 2 for head in _body_heads())


@cache
def _body_heads() -> tuple[str, ...]:
    """The heads of associations' and state bodies' names of two characters or more (侨联, 工商联, 政府)."""
    return tuple(head.head for head in load_lexicon().org_heads
                 if len(head.head) >= 2 and head.cls in ("Association", "GovernmentBody"))


@cache
def _institution_heads() -> tuple[str, ...]:
    """The heads of institutions' names of three characters or more (卫生院, 有限公司, 研究院): a township's name
    holds none (某乡卫生院向乡敬老院赠药: the clinic, then a verb's 向, then the township's home for the aged). Two-character
    heads are left out, being the words of streets' names as well (学院路街道)."""
    return tuple(head.head for head in load_lexicon().org_heads if len(head.head) >= 3 and head.cls == "Organization")


_HEADED, _HEAD = ("乡", "镇", "村", "鄉", "鎮"), "长"  # 乡长, 镇长, 村长: the title of a township's or village's head
_HOME_FOLK = ("亲", "团", "情", "愁", "音", "事")  # 乡亲, 乡团, 乡情: the folk of a home place (乡事委员会: its rural
# committee, as Hong Kong's New Territories name theirs)
_HOME_LOVE = "爱乡"  # 爱国爱乡
_FELLOWS_OF = "籍同乡"  # 某省籍同乡: people from a place
# words ending in 乡 or 镇 that name people or a kind of place (湖北老乡, 某地特色小镇, 偏乡: remote villages, as
# Taiwan's and overseas papers write it), no township's name, even right after a place
_FOLK_WORDS = ("老乡", "同乡", "家乡", "故乡", "他乡", "异乡", "小镇", "偏乡")
_COUNTRYSIDE_AFTER = ("野", "间")  # 乡野, 乡间: the countryside


def _name_start(text: str, position: int, limit: int, local: _LocalSuffix, chained: bool,
                after_town: bool = False) -> int | None:
    """Where the proper name before a township or village suffix starts, or None when there is none.

    `limit` is the end of the region named last before; right after it (岳阳县中和镇,
    弥牟镇国光社区) the whole stretch up to the suffix is the name, even an ordinary word.
    """
    freq, tags = _jieba()
    lexicons = _lexicons()
    stretch = text[limit:position] if chained else ""
    if _going_there(text, position, local.suffix):
        return None  # 泸州人李明返乡, 同乡会回乡, 驻村: going to the countryside, no township
    after = text[position + len(local.suffix) : position + len(local.suffix) + 2]
    if local.suffix in _HEADED and after[:1] == _HEAD and not _VILLAGE_AFTER.match(text, position + len(local.suffix)):
        return None  # 某某乡长, 王某某镇长, 李某村长: the head of a township or village after a name (某镇长江村 stays)
    if (local.suffix, after[:1]) in _KIND_WORDS and after[1:2] != "道":
        return None  # 镇街统战工作 (towns' and streets'), 村子, 村史馆: a kind of place or a word of its own, no name
    if local.level == "county" and position > 0 and freq.get(text[position - 1:position + 1], 0) >= _SUFFIX_WORD_FREQ \
            and tags.get(text[position - 1:position + 1]) != "ns":
        return None  # 科技创新区, 城市更新区: the suffix's first character ends an ordinary word (创新), no 某某新区
    if local.suffix == "乡" and text.startswith(("同乡", "联乡"), position - 1) and text.startswith(_FELLOWS_BODY, position + 1):
        return None  # 某县同乡会, 某地同乡联谊会, 旅菲某某联乡会: an association of people from one place (or several
        # villages joined), no township named 某县同
    if local.suffix == "乡" and (text.startswith(_HOME_FOLK, position + 1) or text.startswith(_HOME_LOVE, position - 1)
                                or text.startswith(_FELLOWS_OF, position - 2)):
        return None  # 桂籍乡亲, 海南乡团, 爱国爱港爱乡, 云南籍同乡: the people and love of a home place, no township
    if text.startswith(_FOLK_WORDS, position - 1):
        return None
    if stretch.startswith(_COMMITTEE) and text[limit - 1] in _LEVEL_CHARS:
        stretch = ""  # 某市委向某某村…: the city's committee (市委), then a deed; the village's name is read on its own
    if 2 <= len(stretch) <= 4 and all(_CJK.match(c) and c not in _NOT_IN_NAME for c in stretch) \
            and stretch[0] not in _NUMERALS and not _generic_name(stretch) and not _names_a_body(stretch) \
            and not any(head in stretch for head in _institution_heads()) \
            and (not _has_common_word(stretch) or after_town and len(stretch) == 2 and local.suffix in ("村", "社区")
                 or len(stretch) == 2 and local.suffix in ("乡", "镇") and _rare_word(stretch)):
        # 某镇联盟村, 某镇团结村: a village right after its township is named so even by an ordinary word
        return limit  # right after the county or township that holds it (甘南县兴十四镇, 自良镇竹山村): its name
    if local.suffix == "乡" and text.startswith(_COUNTRYSIDE_AFTER, position + 1):
        return None  # 广袤乡野, 乡间小路: the countryside, unless right after the county that holds the township (某区某乡野…村)
    before = text[position - 1 : position + len(local.suffix)] if position > 0 else ""
    place_word = next((text[position - size:position] for size in (3, 2)
                       if position >= size and tags.get(text[position - size:position + len(local.suffix)]) == "ns"
                       and text[position - size] not in _NOT_IN_NAME and not _generic_name(text[position - size:position])),
                      None)
    if len(local.suffix) == 1 and place_word is not None and freq.get(before, 0) >= _SUFFIX_WORD_FREQ \
            and _VILLAGE_AFTER.match(text, position + len(local.suffix)):
        # 把某城|镇某某村: jieba knows the whole as a place and a village of it follows; 城镇 is the lesser word
        return position - len(place_word)
    if len(local.suffix) == 1 and freq.get(before, 0) >= _SUFFIX_WORD_FREQ \
            and not _TOWNSHIP_BODY.match(text, position + len(local.suffix)) \
            and not (position >= 2 and _market_name(text[position - 2:position])) \
            and not _place_word_before(text, position, limit):  # 柳市镇: no 市镇; 莫干山|镇: no 山镇
        return None  # 农村, 家乡, 全村, 重镇: the suffix is part of an ordinary word, unless a township's body
        # follows (某家城乡新乡贤联谊会, 某城镇党委): then the word is the end of the township's name
    if len(after) == 2 and after[0] in "（(" and after[1] in _LEVEL_CHARS + "街社":
        return None  # 镇（街道）, 村（社区）: a kind of unit, not a named one
    if position > 0 and text[position - 1] in _NUMERALS:
        return None  # 万企兴万村, 十县百乡千村: a count, not a name
    window_start = max(limit, position - 10)
    for i in range(position - 1, window_start - 1, -1):
        if not _CJK.match(text[i]):
            window_start = i + 1
            break
    if window_start > 0 and text[window_start - 1].isdigit() and text.startswith(("年", "月", "日"), window_start):
        window_start += 1  # 2010年|阳明街道: the year's 年 is no part of the name
    window = text[window_start:position]
    if len(window) < 2:
        return None
    words = default_segmenter().lcut(window, HMM=False)
    ordinary = [w for w in words if w in lexicons["function"] or (len(w) > 1 and tags.get(w) in _STOP_TAGS)]
    if chained and window_start == limit and len(window) <= 4 and not ordinary and not _names_a_body(window):
        return None if _generic_name(window) else window_start
    name: list[str] = []
    ethnic = 0
    for k, word in enumerate(reversed(words)):
        if k == 0 and word in lexicons["modifiers"]:
            return None  # 示范村, 城市社区
        if len(word) == 1 and word in lexicons["function"]:
            break
        if len(word) == 1 and word in _LEVEL_CHARS and k + 1 < len(words) and words[-k - 2] in _OWN:
            break  # 到我县|某某乡: the text's own county, then the township's name
        if len(word) > 1 and (tags.get(word) in _STOP_TAGS or word in lexicons["modifiers"] or word in _body_heads()
                              or word in _institution_heads()
                              or word in lexicons["leading_verbs"] or word in lexicons["titles"]):
            break  # 县侨联|某某镇: a body's head ends no township's name; 积极助力|社区: nor a verb jieba tags otherwise;
            # 会长|某镇某: nor a title, which a person's name follows
        if k == 0 and local.suffix == "乡" and word in lexicons["ethnic"]:
            ethnic = len(word)  # 民族乡: 某某苗族乡
        if sum(map(len, name)) + len(word) > 4 + ethnic:
            break
        name.insert(0, word)
    core = "".join(name)
    verb = next((word for word in lexicons["leading_verbs"] if core.startswith(word)), None)
    if verb is not None:
        core = core[len(verb):]  # 选树|某某村, 配强|镇村: the verb before the name
    core_name = core[: len(core) - ethnic] if ethnic else core
    if not 2 <= len(core_name) <= 4 or _generic_name(core_name) or all(c in _NUMERALS for c in core_name) \
            or TERM_COUNTED.search(core_name):
        return None  # (换届后的新一届|街道台联: the body's new term, no street's name)
    if freq.get(core_name, 0) >= _LOCAL_COMMON_FREQ and tags.get(core_name) not in ("ns", "nr", "nrt", "nrfg"):
        return None
    return position - len(core)


def _place_word_before(text: str, position: int, limit: int) -> bool:
    """Whether a place's name of two or more characters, as jieba knows it (莫干山/ns) and no common word (古城), ends
    right before a suffix whose first character would otherwise make an ordinary word with it (山镇): the suffix is
    the place's."""
    window = text[max(limit, position - 6):position]
    words = default_segmenter().lcut(window, HMM=False) if window else []
    last = words[-1] if words else ""
    freq, tags = _jieba()
    return len(last) >= 2 and tags.get(last) == "ns" and freq.get(last, 0) < _LOCAL_COMMON_FREQ and not _generic_name(last)


def _has_common_word(stretch: str) -> bool:
    """Whether a stretch holds an ordinary word (广西著名侨乡: 著名), which no township name does."""
    freq, tags = _jieba()
    return any(len(word) > 1 and tags.get(word, "")[:2] not in ("ns", "nr", "m") and
               (freq.get(word, 0) >= _LOCAL_COMMON_FREQ or tags.get(word) in _STOP_TAGS or tags.get(word) == "a")
               for word in default_segmenter().lcut(stretch, HMM=False))


def _rare_word(word: str) -> bool:
    """Whether jieba has (almost) never seen a word, whatever it tags it (翻山/v): right after its county, a
    township's name (某县翻山乡), not a verb of the sentence."""
    return _jieba()[0].get(word, 0) < _RARE_LOCAL_FREQ


def _market_name(name: str) -> bool:
    """Whether a two-character name ending in 市 is a township's own (柳市镇, 新市镇: named after an old market),
    not a level or an ordinary word before the suffix (全市, 县市, 城市, 超市)."""
    return len(name) == 2 and name[1] == "市" and name[0] not in _NUMERALS and name[0] not in "全各本我该省县区州城乡镇村" \
        and _jieba()[0].get(name, 0) < _MARKET_WORD_FREQ


def _generic_name(name: str) -> bool:
    """Whether the name part of a township or village is a generic modifier (示范, 城市, 各乡)."""
    modifiers = _lexicons()["modifiers"]
    if name[-1] in _LEVEL_CHARS and not (name[-1] == _LEAGUE and name in _jieba()[0]) and not _market_name(name) \
            or name[0] in "乡镇村" or name in modifiers:
        return True  # 各乡(镇), 镇和平(村): a level character is no part of the name (联盟 is a word, no league)
    if "级" in name:
        return True  # 区级乡, 省级卫生村: a level or grade, not a name
    if len(name) > 2 and name[0] in _NUMERALS and name[1] in _COUNTERS:
        return True  # 一批同心村, 一个示范村: a count of places, not a name
    if len(name) > 1 and name[0] == _FIRST and name[1] in _ORDINAL_COUNTERS:
        return True  # 全县首部村志, 首个示范村: the first of a kind, not a name
    if len(name) == 3 and name[2] in _SLOGAN_VERBS and (_jieba()[1].get(name[:2]) in _SLOGAN_SUBJECT_TAGS
                                                        or name[0] in _HUNDREDS or name[0] in _SLOGAN_VERBS):
        return True  # 产业兴村, 项目带村, 富民强村, 万企兴村, 联农带村: a slogan (what makes the place thrive), no name
    return any(name.startswith(m) or name.endswith(m) for m in modifiers if len(m) > 1)


def find_regions(
    text: str, gazetteer: Gazetteer, context: Place | None, taken: list[tuple[int, int]] = ()
) -> list[RegionHit]:
    """Regions named in text, in text order; homonyms resolved towards context; hits inside a taken span left out."""
    if not text:
        return []
    matcher = _matcher(gazetteer)
    tokens = _Tokens(text)
    sentence_start = _sentence_bounds(text)
    candidates = _candidates(text, matcher, tokens)
    _decide(text, candidates, gazetteer, context, _PlaceTags(text, sentence_start))
    _drop_member_origins(text, candidates, gazetteer)
    region_hits = [
        RegionHit(c.start, c.end, c.surface, c.chosen, c.chosen.level, c.chosen.parent)
        for c in candidates
        if c.chosen is not None
    ]
    local_hits = _local_hits(text, region_hits)
    local_hits = _with_streets_between(text, region_hits, local_hits)
    local_hits += _streets_by_their_office(text, region_hits, local_hits)
    hits = sorted([*region_hits, *local_hits], key=lambda h: (h.start, h.end))
    hits = _with_local_parents(hits, sentence_start)
    return [h for h in hits if not any(a <= h.start and h.end <= b for a, b in taken) and not _filed_from(text, h)]


STREET = "街"  # a street office written short (某区某某街某某村), as cities of Hubei and Guangdong name their 街道
_STREET_NAME = range(2, 4)  # characters of such a street's name
MIN_VILLAGE = 3  # a village's name and its suffix: 某某村
STREET_OFFICE = "街道"  # the street office named in full, which the township pattern reads


def _with_streets_between(text: str, region_hits: list[RegionHit], local_hits: list[RegionHit]) -> list[RegionHit]:
    """A township written as 某某街 between a county or district and a village or community of it (某区某某街某某村):
    the street office, named short, that holds the village, which the pattern may have read into the village's
    name (某区某|某街某某村). Only there: 某某街 alone is as often a road or a market street (步行街, 商业街)."""
    county_ends = sorted(hit.end for hit in region_hits if hit.level == "county")
    result = []
    for hit in local_hits:
        before = [end for end in county_ends if end <= hit.start]
        street = text.find(STREET, before[-1], hit.end) if hit.level == "village" and before else -1
        name_end = street + len(STREET)
        if street < 0 or street - before[-1] not in _STREET_NAME or hit.end - name_end < MIN_VILLAGE \
                or text.startswith(STREET_OFFICE, street) \
                or not all(_CJK.match(char) for char in text[before[-1]:hit.end]):
            result.append(hit)
            continue
        result.append(RegionHit(before[-1], name_end, text[before[-1]:name_end], None, "township", None))
        result.append(RegionHit(name_end, hit.end, text[name_end:hit.end], None, "village", None))
    return result


SHORT_STREET_OFFICE = "街办事处"  # 某某街办事处: the office of a street written short, as Guangzhou names its 街道


def _streets_by_their_office(text: str, region_hits: list[RegionHit], local_hits: list[RegionHit]) -> list[RegionHit]:
    """A street written short before its office (某区某某街办事处, 、某某街办事处): the township it governs, its name
    the two or three characters from the mark or the district before it to 街."""
    found = []
    bounds = {hit.end for hit in region_hits} | {hit.end for hit in local_hits}
    at = text.find(SHORT_STREET_OFFICE)
    while at >= 0:
        end = at + len(STREET)
        start = at
        while start > 0 and _CJK.match(text[start - 1]) and start not in bounds and at - start < _STREET_NAME.stop - 1:
            start -= 1
        opened = start == 0 or start in bounds or not _CJK.match(text[start - 1])
        if opened and at - start in _STREET_NAME and _jieba()[1].get(text[start:end], "ns") == "ns" \
                and not any(hit.start < end and start < hit.end for hit in local_hits):  # 步行街: a word, a kind of street
            found.append(RegionHit(start, end, text[start:end], None, "township", None))
        at = text.find(SHORT_STREET_OFFICE, at + 1)
    return found


_DATELINE_BEFORE = re.compile(r"(?:社|网|報|报|台|频道)\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日\s*[电電]")


def _filed_from(text: str, hit: RegionHit) -> bool:
    """新华社北京3月2日电: the city a news agency files from is no place the report speaks of."""
    return bool(_DATELINE_BEFORE.search(text, max(0, hit.start - 4), hit.start)) \
        and bool(_DATELINE_AFTER.match(text, hit.end))


def _with_local_parents(hits: list[RegionHit], sentence_start: list[int]) -> list[RegionHit]:
    """Give each township or village the code of the nearest county or prefecture before it in its sentence,
    and a county-level unit found by pattern (某某管理区) the prefecture's."""
    result: list[RegionHit] = []
    nearest: RegionHit | None = None
    for hit in hits:
        if nearest is not None and sentence_start[nearest.start] != sentence_start[hit.start]:
            nearest = None
        if hit.place is not None:
            if hit.place.level in ("prefecture", "county"):
                nearest = hit
            result.append(hit)
        elif hit.level == "county":  # 某某管理区: a county-level unit of its prefecture; a county named before
            parent = nearest.place.code if nearest is not None and nearest.place.level == "prefecture" else None
            result.append(RegionHit(hit.start, hit.end, hit.surface, None, hit.level, parent))
            nearest = None  # it is no part of that county, nor are the villages after it
        else:
            parent = nearest.place.code if nearest is not None else None
            result.append(RegionHit(hit.start, hit.end, hit.surface, None, hit.level, parent))
    return result
