"""jieba's dictionary segmentation with its two inner loops tightened, and its dictionary loaded once.

jieba builds a graph of the dictionary words at each character (`get_DAG`) and
picks the likeliest path through it (`calc`) for every block of Chinese text;
both are pure Python and were the largest part of extraction after the HMM. The
methods below do the same steps with the dictionary's `get` bound once and the
common one-word case taken without a generator, so they give the same graph and
the same floating-point scores (each score is summed in jieba's order), hence the
same cuts. jieba's other code (posseg, HMM, the block splitting) is untouched.

jieba's default dictionary is read once per process (by `jieba.dt`); the
private tokenizer with ufkg's words starts from a copy of it instead of reading
the cache file and the part-of-speech table a second time.
"""
from __future__ import annotations

from functools import cache
from math import log

import jieba
import jieba.posseg


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


def _default_ready() -> bool:
    """Whether jieba's global tokenizer still holds its default dictionary as read (nobody added words)."""
    jieba.dt.check_initialized()
    return jieba.dt.dictionary == jieba.DEFAULT_DICT and not jieba.dt.user_word_tag_tab


@cache
def default_segmenter() -> FastTokenizer:
    """jieba's default dictionary (shared with `jieba.dt`, read only) behind the faster methods."""
    jieba.dt.check_initialized()
    segmenter = FastTokenizer()
    segmenter.FREQ, segmenter.total, segmenter.initialized = jieba.dt.FREQ, jieba.dt.total, True
    return segmenter


def private_tokenizer() -> jieba.posseg.POSTokenizer:
    """A part-of-speech tokenizer with its own copy of the default dictionary, free to take more words."""
    base = FastTokenizer()
    if _default_ready():
        base.FREQ, base.total, base.initialized = dict(jieba.dt.FREQ), jieba.dt.total, True
        tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
        tagger.tokenizer = base
        tagger.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
        return tagger
    base.initialize()
    return jieba.posseg.POSTokenizer(base)
