"""jieba tokens with their offsets, shared by the extractors of one sentence."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import jieba.posseg

from ..lexicon import tokenizer
from ..segmenter import tagged_list

PUNCTUATION = frozenset("，。、；：！？“”‘’《》〈〉（）()【】[]「」『』—…·,.;:!?\"' \t")
# Parts of speech that can be part of a name (nouns, places, proper names, abbreviations, distinguishing words)
NAME_TAGS = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "j", "ng", "b", "vn", "an", "l", "i", "eng", "s", "g"})
# Parts of speech of proper names: a name made only of common words is a description (奶牛养殖基地)
PROPER_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz", "j", "eng"})
# Parts of speech that never are (prepositions, conjunctions, particles, adverbs, pronouns, numerals …)
FUNCTION_TAGS = frozenset({"c", "p"})  # 和, 向, 于: a conjunction or a preposition before a word, no surname
# a character that ends a place's name, cut off alone after the word before it (大麦|屿, 桃花|坪): jieba does not know
# the place, whose name it is (某某屿体育馆)
TOPONYM_ENDS = frozenset("屿岛洲峪垭坪堡寨")
COMMON_WORD = 500  # jieba frequency from which a word of two or three characters is no personal name
RARE_WORD = 20  # jieba frequency under which a word is taken for a proper name, whatever its tag
# Parts of speech a name can start with
PERSON_TAGS = frozenset({"nr", "nrfg"})  # jieba's tags of a person's name
NAME_STARTS = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "j", "ng", "b", "vn", "eng", "s"})
ON_BEHALF = "代表"  # jieba's noun for 代表 (on behalf of), which a person's deed for a body opens with
ASPECT_PARTICLES = "了着过"  # 实现了|上大学: a word jieba guessed that opens on one is a verb's tail, no brand
STOP_TAGS = frozenset({"p", "c", "u", "ud", "ug", "uj", "ul", "uv", "uz", "d", "r", "m", "mq", "q", "y", "e", "o", "zg", "x", "w", "t", "tg"})


@dataclass(frozen=True)
class Token:
    word: str
    tag: str
    start: int
    end: int


_VITERBI = jieba.posseg.viterbi
_MODEL = (jieba.posseg.char_state_tab_P, jieba.posseg.start_P, jieba.posseg.trans_P, jieba.posseg.emit_P)


@lru_cache(maxsize=1 << 16)
def _tagged_run(characters: str):
    return _VITERBI(characters, *_MODEL)


def _remembered_viterbi(obs, states, start_p, trans_p, emit_p):
    """jieba.posseg's HMM tagging of a run of characters its dictionary does not cut, remembered per run.

    The HMM (a Viterbi search over some 250 joint word-position and tag states in
    pure Python) was a third of extraction; it is a pure function of the run, and
    runs (names, unknown words) recur across the sentences and reports of a
    corpus, so each distinct run is tagged once per process. jieba's callers only
    read the result, so sharing it changes nothing.
    """
    if states is _MODEL[0] and start_p is _MODEL[1] and trans_p is _MODEL[2] and emit_p is _MODEL[3]:
        return _tagged_run(obs)
    return _VITERBI(obs, states, start_p, trans_p, emit_p)


jieba.posseg.viterbi = _remembered_viterbi  # jieba.posseg's tokenizers look the name up in their module on every call


def tokenize(text: str) -> list[Token]:
    """The jieba (posseg) tokens of text, with character offsets."""
    tokens, offset = [], 0
    for word, tag in tagged_list(tokenizer(), text):  # tokenizer().cut(text, HMM=True), word by word
        end = offset + len(word)
        tokens.append(Token(word, tag, offset, end))
        offset = end
    return tokens


def has_proper_word(text: str, tokens: list[Token], start: int, end: int, surnames: frozenset[str]) -> bool:
    """Whether text[start:end] holds a proper name (a place, a person, a brand) and not only common words."""
    if 2 <= end - start <= 3 and (text[start] in surnames or text[start:start + 2] in surnames) \
            and not is_common_word(text[start:end]) \
            and not any(t.start == start and t.tag in FUNCTION_TAGS for t in tokens):  # 和|牧区: a conjunction
        return True  # 刘智谋(工作室): a personal name, however jieba cut it (党员 is a word, no name)
    return any(start <= token.start and token.end <= end and (token.tag in PROPER_TAGS or is_unknown_word(token.word)
                                                           or start < token.start and token.word in TOPONYM_ENDS)
               for token in tokens)


def is_common_word(word: str) -> bool:
    """A word jieba knows well and does not take for a name (党员, 职工)."""
    return tokenizer().tokenizer.FREQ.get(word, 0) >= COMMON_WORD and not tokenizer().word_tag_tab.get(word, "").startswith("nr")


def is_unknown_word(word: str) -> bool:
    """A word jieba has (almost) never seen: a brand or a proper name it tags by guess (安踏集团)."""
    return len(word) >= 2 and tokenizer().tokenizer.FREQ.get(word, 0) < RARE_WORD


_STOP_LENGTHS: dict[frozenset[str], tuple[int, ...]] = {}


def _ends_with_long_stop(word: str, stop_words: frozenset[str]) -> bool:
    """Whether word ends in a stop word of two characters or more: one set look-up per length of
    stop word (the lengths found once per set of stop words) instead of a scan of every stop word."""
    lengths = _STOP_LENGTHS.get(stop_words)
    if lengths is None:
        if len(_STOP_LENGTHS) > 64:
            _STOP_LENGTHS.clear()  # callers pass a handful of sets; never let the memo grow
        lengths = _STOP_LENGTHS[stop_words] = tuple(sorted({len(stop) for stop in stop_words if len(stop) > 1}))
    return any(length <= len(word) and word[-length:] in stop_words for length in lengths)


MAX_PLACE_PREFIX = 4  # characters of a place's name that may open a word jieba glued to a head (郑州大学)
MANNER_ADVERBS = ("不断", "积极", "努力", "大力", "持续", "着力", "全力", "共同", "进一步")  # 不断|营造…: a verb follows
ALL_CIRCLES = "各界"  # 某地各界…联合会: every walk of life of a place, a word of many associations' names


def name_start(text: str, tokens: list[Token], position: int, stop_words: frozenset[str], max_length: int,
               is_region=lambda word: False, surnames: frozenset[str] = frozenset(),
               brand_start: bool = False) -> int | None:
    """Where the descriptive words of a name ending at `position` begin, walking back over jieba tokens.

    Nouns, places, abbreviations and distinguishing words are taken; punctuation,
    function words and the stop words end the walk. A verb is taken only inside a
    name (大熊猫繁育研究基地), never at its start (unless `brand_start` and jieba
    does not know the word: 安踏集团), and never right before a place name, which
    starts a name of its own (专题片展示|九江外埠商会). None when nothing
    precedes the head or the run is longer than `max_length` (no clear boundary).
    """
    taken: list[Token] = []
    begin = position
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at]
        if token.start >= position:
            continue
        word = text[token.start:min(token.end, begin)]
        if not word or any(char in PUNCTUATION for char in word) or word in stop_words:
            break
        if word == ALL_CIRCLES and at and is_region(tokens[at - 1].word) and tokens[at - 1].end == token.start:
            token = Token(word, "n", token.start, token.end)  # 香港|各界|某某促进会: a place's circles, part of the name
        if _ends_with_long_stop(word, stop_words):
            break  # 充分发挥: jieba's one word for a verb phrase that ends in a stop word
        if token.tag in STOP_TAGS and brand_start and len(word) == 1 and taken and len(taken[-1].word) == 1 \
                and taken[-1].start == token.end and at and tokens[at - 1].end == token.start \
                and (tokens[at - 1].tag == "ns" or is_region(tokens[at - 1].word)):
            token = Token(word, "j", token.start, token.end)  # 某地|均|瑶|集团: one character jieba read as a word
            # of its own between a place and another lone character is the first of a brand it does not know
        if token.tag == "q" and len(word) == 1 and (taken[-1].start if taken else position) == token.end and at \
                and tokens[at - 1].end == token.start and tokens[at - 1].tag[:1] == "n":
            token = Token(word, "n", token.start, token.end)  # 某某|台|中心小学: no count before it, a measure word is
            # the last character of a name jieba does not know (一|台|电脑 is counted)
        if token.tag in STOP_TAGS:
            if word in surnames and token.tag not in FUNCTION_TAGS and taken and len(taken[-1].word) <= 2 \
                    and taken[-1].start == token.end \
                    and taken[-1].tag != "ns" and not is_region(taken[-1].word):  # 由|香港: a place is no given name
                taken.append(Token(word, "nr", token.start, token.end))  # 刘|智谋: a name jieba cut in two
                begin = token.start
            break
        verb = token.tag.startswith("v") and token.tag != "vn"
        if verb:
            after = taken[-1].word if taken else text[position:position + MAX_PLACE_PREFIX]
            if taken and (taken[-1].tag == "ns" or is_region(taken[-1].word)) \
                    or any(is_region(after[:size]) for size in range(2, min(MAX_PLACE_PREFIX, len(after)) + 1)):
                break  # 到|某州大学: a verb before a place, or before a word jieba made of a place and a head, ends the name
        if not (verb or token.tag in NAME_TAGS or token.tag in ("a", "ad", "nrt")):
            break
        on_behalf = bool(taken) and taken[-1].word == ON_BEHALF
        # 李|大明|代表: a surname and the given name jieba read as a word of its own, before 代表
        cut_name = on_behalf and at and tokens[at - 1].tag in PERSON_TAGS and len(tokens[at - 1].word) == 1 \
            and tokens[at - 1].end == token.start
        if (token.tag in PERSON_TAGS or cut_name) and not is_region(word) and taken \
                and (taken[-1].tag.startswith("v") and taken[-1].tag != "vn" or on_behalf):
            # (jieba tags a county as a name now and then: 某某县|扎|某某寺)
            taken.pop()  # 郑某|带领|同乡会…, 会长王某|代表|商会: a person and what the person does, no words of the name
            break
        taken.append(Token(word, token.tag, token.start, token.start + len(word)))
        begin = token.start
        if position - begin > max_length:
            return None
    while taken and taken[-1].tag not in NAME_STARTS and not (brand_start and is_unknown_word(taken[-1].word)
                                                            and taken[-1].word[0] not in ASPECT_PARTICLES):
        taken.pop()  # 充分发挥|统战工作领导小组, 圆满完成|市民族商会: a name starts with a noun-like word
    if len(taken) == 1 and taken[0].tag == "vn" and text.endswith(MANNER_ADVERBS, 0, taken[0].start):
        return None  # 不断|营造|商会…氛围: after an adverb, a verbal noun is the clause's verb, not a name's first word
    return taken[-1].start if taken else None
