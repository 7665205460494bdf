"""jieba's dictionary segmentation with its two inner loops tightened, and its dictionary loaded once.

jieba builds a graph of the dictionary words at each character (`get_DAG`) and
picks the likeliest path through it (`calc`) for every block of Chinese text;
both are pure Python and were the largest part of extraction after the HMM. The
methods below do the same steps with the dictionary's `get` bound once and the
common one-word case taken without a generator, so they give the same graph and
the same floating-point scores (each score is summed in jieba's order), hence the
same cuts; `route` does both in one pass, and cut(HMM=False) (the regions' plain
segmentation) goes through it. jieba's other code (posseg, HMM, the block
splitting) is untouched.

jieba's default dictionary is read once per process (by `jieba.dt`); the
private tokenizer with ufkg's words starts from a copy of it instead of reading
the cache file and the part-of-speech table a second time. jieba reads its cache
file with `marshal.load` on the open file, which asks the file for every one of
its half a million strings in turn (0.9 s); read whole and unmarshalled from the
bytes, the same dictionary takes a quarter of that (`_load_default_dictionary`).
"""
from __future__ import annotations

import logging
import marshal
import os
import tempfile
from functools import cache
from math import log

import jieba

jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" lines on stderr, as in ufkg.lexicon


class FastTokenizer(jieba.Tokenizer):
    """A jieba.Tokenizer whose `get_DAG` and `calc` give jieba's results with less interpreter work."""

    def get_DAG(self, sentence):
        self.check_initialized()
        get = self.FREQ.get
        dag = {}
        n = len(sentence)
        for k in range(n):
            ends = []
            for i in range(k, n):
                freq = get(sentence[k:i + 1])
                if freq is None:
                    break  # no dictionary word starts with this piece
                if freq:
                    ends.append(i)
            dag[k] = ends or [k]
        return dag

    def calc(self, sentence, DAG, route):
        n = len(sentence)
        route[n] = (0, 0)
        logtotal = log(self.total)
        get = self.FREQ.get
        for idx in range(n - 1, -1, -1):
            ends = DAG[idx]
            if len(ends) == 1:
                x = ends[0]
                route[idx] = (log(get(sentence[idx:x + 1]) or 1) - logtotal + route[x + 1][0], x)
                continue
            best = None
            for x in ends:  # max() over (score, end): the ends are distinct, so the maximum is unique
                candidate = (log(get(sentence[idx:x + 1]) or 1) - logtotal + route[x + 1][0], x)
                if best is None or candidate > best:
                    best = candidate
            route[idx] = best

    def route(self, sentence) -> list:
        """calc's route over get_DAG's graph, as a list: route[idx] = (score, end of the word at idx).

        The same scores, summed in the same order, so the same cuts; each word's
        frequency is looked up once, while the graph is made, rather than again
        in calc (a third less work for the two together).
        """
        self.check_initialized()
        get = self.FREQ.get
        n = len(sentence)
        logtotal = log(self.total)
        words = []  # at each position: (end, log frequency) of each dictionary word there, else the character
        for k in range(n):
            found = []
            for i in range(k, n):
                freq = get(sentence[k:i + 1])
                if freq is None:
                    break  # no dictionary word starts with this piece
                if freq:
                    found.append((i, log(freq)))
            words.append(found or [(k, 0.0)])  # calc's log(frequency or 1) of a character that is no word
        route = [None] * n + [(0, 0)]
        for idx in range(n - 1, -1, -1):
            found = words[idx]
            if len(found) == 1:
                x, weight = found[0]
                route[idx] = (weight - logtotal + route[x + 1][0], x)
                continue
            best = None
            for x, weight in found:  # max() over (score, end), as calc
                candidate = (weight - logtotal + route[x + 1][0], x)
                if best is None or candidate > best:
                    best = candidate
            route[idx] = best
        return route

    def _Tokenizer__cut_DAG_NO_HMM(self, sentence):
        """jieba.Tokenizer's __cut_DAG_NO_HMM (what cut(HMM=False) cuts a block with), over route():
        the same words, with single letters and digits run together as jieba does."""
        route = self.route(sentence)
        english = jieba.re_eng
        x, n, buf = 0, len(sentence), ""
        while x < n:
            y = route[x][1] + 1
            word = sentence[x:y]
            if y - x == 1 and english.match(word):
                buf += word
            else:
                if buf:
                    yield buf
                    buf = ""
                yield word
            x = y
        if buf:
            yield buf


def _load_default_dictionary() -> None:
    """jieba.dt.check_initialized(), with jieba's cache file of the default dictionary read whole first.

    The same file jieba would read (its cache_file and tmp_dir settings, else
    jieba.cache in the temporary folder), the same (FREQ, total) it holds; if
    anything is amiss (no such file, another dictionary, a read error), jieba
    initializes itself as it always does.
    """
    dt = jieba.dt
    if not dt.initialized and dt.dictionary == jieba.DEFAULT_DICT:
        path = os.path.join(dt.tmp_dir or tempfile.gettempdir(), dt.cache_file or "jieba.cache")
        try:
            with open(path, "rb") as source:
                freq, total = marshal.loads(source.read())
        except Exception:  # noqa: BLE001 - jieba's own initialization decides what to do
            freq = None
        if isinstance(freq, dict):
            with dt.lock:
                if not dt.initialized and dt.dictionary == jieba.DEFAULT_DICT:
                    dt.FREQ, dt.total, dt.initialized = freq, total, True
    dt.check_initialized()


def _default_ready() -> bool:
    """Whether jieba's global tokenizer still holds its default dictionary as read (nobody added words)."""
    _load_default_dictionary()
    return jieba.dt.dictionary == jieba.DEFAULT_DICT and not jieba.dt.user_word_tag_tab


@cache
def default_segmenter() -> FastTokenizer:
    """jieba's default dictionary (shared with `jieba.dt`, read only) behind the faster methods."""
    _load_default_dictionary()
    segmenter = FastTokenizer()
    segmenter.FREQ, segmenter.total, segmenter.initialized = jieba.dt.FREQ, jieba.dt.total, True
    return segmenter


def private_tokenizer() -> jieba.posseg.POSTokenizer:
    """A part-of-speech tokenizer with its own copy of the default dictionary, free to take more words."""
    import jieba.posseg  # here, not at the top: a process that only resolves never tags

    base = FastTokenizer()
    if _default_ready():
        base.FREQ, base.total, base.initialized = dict(jieba.dt.FREQ), jieba.dt.total, True
        tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
        tagger.tokenizer = base
        tagger.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
        return tagger
    base.initialize()
    return jieba.posseg.POSTokenizer(base)


def tagged_words(tagger: jieba.posseg.POSTokenizer, sentence: str):
    """(word, tag) for each word of `tagger.cut(sentence, HMM=True)`, in the same order, without its `pair` objects.

    The steps and regular expressions are jieba.posseg's own (blocks of Chinese text
    cut by the dictionary path, runs the dictionary does not know tagged by the HMM,
    everything else one character at a time); only the generator layers and the
    per-word objects are gone. The HMM is looked up in jieba.posseg at each call, so
    a replacement there (ufkg.extract.tokens remembers its results) is used here too.
    """
    yield from tagged_list(tagger, sentence)


def tagged_list(tagger: jieba.posseg.POSTokenizer, sentence: str) -> list[tuple[str, str]]:
    """tagged_words(tagger, sentence) as a list: each step appends to it rather than yielding through
    three or four generators (a tenth of tokenisation went to passing pairs up those layers)."""
    import jieba.posseg as posseg

    tagger.makesure_userdict_loaded()
    han, skip, number, english = posseg.re_han_internal, posseg.re_skip_internal, posseg.re_num, posseg.re_eng
    out: list[tuple[str, str]] = []
    append = out.append
    for block in han.split(sentence):
        if han.match(block):
            _dictionary_path(tagger, block, out)
            continue
        for piece in skip.split(block):
            if skip.match(piece):
                append((piece, "x"))
                continue
            for char in piece:
                if number.match(char):
                    append((char, "m"))
                elif english.match(piece):  # jieba tests the piece here, not the character
                    append((char, "eng"))
                else:
                    append((char, "x"))
    return out


def _dictionary_path(tagger: jieba.posseg.POSTokenizer, sentence: str, out: list) -> None:
    """jieba.posseg's __cut_DAG, appended to out: dictionary words on the likeliest path, single characters
    between them gathered and handed to the HMM when together they are no dictionary word."""
    base = tagger.tokenizer
    if isinstance(base, FastTokenizer):
        route = base.route(sentence)
    else:
        route = {}
        base.calc(sentence, base.get_DAG(sentence), route)
    tags, freq = tagger.word_tag_tab, base.FREQ
    append = out.append
    x, buf, n = 0, "", len(sentence)
    while x < n:
        y = route[x][1] + 1
        word = sentence[x:y]
        if y - x == 1:
            buf += word
        else:
            if buf:
                _loose_characters(tags, freq, buf, out)
                buf = ""
            append((word, tags.get(word, "x")))
        x = y
    if buf:
        _loose_characters(tags, freq, buf, out)


def _loose_characters(tags, freq, buf: str, out: list) -> None:
    if len(buf) == 1:
        out.append((buf, tags.get(buf, "x")))
    elif not freq.get(buf):
        _unknown_run(buf, out)
    else:
        out.extend([(char, tags.get(char, "x")) for char in buf])


def _unknown_run(sentence: str, out: list) -> None:
    """jieba.posseg's __cut_detail and __cut, appended to out: the HMM over runs of Chinese characters,
    numbers and letters apart."""
    import jieba.posseg as posseg

    han, skip, number, english = posseg.re_han_detail, posseg.re_skip_detail, posseg.re_num, posseg.re_eng
    append = out.append
    for block in han.split(sentence):
        if han.match(block):
            _, states = posseg.viterbi(block, posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
            begin, following = 0, 0
            for i, char in enumerate(block):
                position = states[i][0]
                if position == "B":
                    begin = i
                elif position == "E":
                    append((block[begin:i + 1], states[i][1]))
                    following = i + 1
                elif position == "S":
                    append((char, states[i][1]))
                    following = i + 1
            if following < len(block):
                append((block[following:], states[following][1]))
            continue
        for piece in skip.split(block):
            if piece:
                if number.match(piece):
                    append((piece, "m"))
                elif english.match(piece):
                    append((piece, "eng"))
                else:
                    append((piece, "x"))
