"""Sentences and clauses of a report, with their offsets in the text.

Work reports pack several facts into one long sentence joined by commas and
semicolons; outcomes are attributed within a sentence, so the split is on the
strong stops only (。！？；), never inside quotation marks or brackets.
"""
from __future__ import annotations

from .model import Sentence

SENTENCE_STOPS = frozenset("。！？；!?;")
CLAUSE_STOPS = frozenset("，,：:")
OPENERS = {"“": "”", "「": "」", "『": "』", "《": "》", "（": "）", "(": ")", "〈": "〉", "【": "】"}
CLOSERS = frozenset(OPENERS.values())
MAX_QUOTE = 200  # longest plausible quotation or bracket, in characters
MAX_SENTENCE = 2000  # a "sentence" longer than this is cut, so that one endless line cannot stall extraction


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, each within one paragraph (line)."""
    sentences: list[Sentence] = []
    offset = 0
    for paragraph, line in enumerate(text.split("\n")):
        for start, end in _sentence_spans(line):
            piece = line[start:end]
            stripped = piece.strip()
            if not stripped:
                continue
            lead = len(piece) - len(piece.lstrip())
            begin = offset + start + lead
            sentences.append(Sentence(len(sentences), begin, begin + len(stripped), stripped, paragraph))
        offset += len(line) + 1
    return sentences


def _sentence_spans(line: str) -> list[tuple[int, int]]:
    spans, start, open_marks = [], 0, []  # open_marks: (expected closer, position)
    for i, char in enumerate(line):
        # a mark left open far too long was a typo, not a quotation: forget it
        while open_marks and i - open_marks[-1][1] > MAX_QUOTE:
            open_marks.pop()
        if open_marks and char == open_marks[-1][0]:
            open_marks.pop()
        elif char in OPENERS:
            open_marks.append((OPENERS[char], i))
        elif (char in SENTENCE_STOPS and not open_marks) or i - start >= MAX_SENTENCE:
            spans.append((start, i + 1))
            start = i + 1
            open_marks = []
    if start < len(line):
        spans.append((start, len(line)))
    return spans


def clause_bounds(sentence: str) -> list[tuple[int, int]]:
    """Spans of the comma-separated clauses of a sentence, outside quotes and brackets."""
    spans, start, depth = [], 0, 0
    for i, char in enumerate(sentence):
        if char in OPENERS:
            depth += 1
        elif char in CLOSERS and depth:
            depth -= 1
        elif char in CLAUSE_STOPS and not depth:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(sentence)))
    return spans


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans (inclusive of the marks) of text inside quotation marks or title marks."""
    spans, stack = [], []
    for i, char in enumerate(sentence):
        if char in "“「『《〈":
            stack.append(i)
        elif char in "”」』》〉" and stack:
            spans.append((stack.pop(), i + 1))
    return sorted(spans)
