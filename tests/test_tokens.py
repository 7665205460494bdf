"""The jieba tokens extraction shares: the remembered HMM tagging gives what jieba gives."""
from __future__ import annotations

import jieba.posseg

from ufkg.extract import tokens
from ufkg.extract.tokens import tokenize
from ufkg.lexicon import tokenizer

# names jieba's dictionary does not hold, so that its HMM tags them (twice, to hit the memory)
TEXT = ("副县长潘晓琳、乡贤代表覃志勇出席座谈会，覃志勇介绍了兰溪镇茶油合作社的做法。"
        "潘晓琳说，要把茶油合作社办成乡亲们的致富平台。")


def _plain(text: str) -> list[tuple[str, str]]:
    """jieba.posseg's own reading, with its own Viterbi search for every run."""
    jieba.posseg.viterbi = tokens._VITERBI
    try:
        return [(pair.word, pair.flag) for pair in tokenizer().cut(text, HMM=True)]
    finally:
        jieba.posseg.viterbi = tokens._remembered_viterbi


def test_tokens_are_jiebas_words_tags_and_offsets():
    found = tokenize(TEXT)
    assert [(t.word, t.tag) for t in found] == _plain(TEXT)
    assert "".join(t.word for t in found) == TEXT
    assert all(TEXT[t.start:t.end] == t.word for t in found)


def test_a_remembered_run_gives_the_same_tokens_again():
    tokens._tagged_run.cache_clear()
    first = tokenize(TEXT)
    assert tokens._tagged_run.cache_info().currsize > 0  # the HMM did tag runs here
    hits = tokens._tagged_run.cache_info().hits
    again = tokenize(TEXT)
    assert again == first
    assert tokens._tagged_run.cache_info().hits > hits


def test_another_model_is_not_answered_from_memory():
    states, start, trans, emit = tokens._MODEL
    other_start = {state: -100.0 for state in start}
    run = "覃志勇"
    tokens._remembered_viterbi(run, *tokens._MODEL)  # remembered under the real model
    assert tokens._remembered_viterbi(run, states, other_start, trans, emit) == tokens._VITERBI(run, states, other_start, trans, emit)
