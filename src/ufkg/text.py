"""Sentences and clauses of a report, with their offsets in the text.

Work reports pack several facts into one long sentence joined by commas and
semicolons; outcomes are attributed within a sentence, so the split is on the
strong stops only (。！？；), never inside quotation marks or brackets.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .model import Sentence

# with the small forms some pages print (﹔ ﹐ ﹕, common in traditional script)
SENTENCE_STOPS = frozenset("。！？；!?;﹔﹖﹗")
CLAUSE_STOPS = frozenset("，,：:﹐﹕")
OPENERS = {"“": "”", "「": "」", "『": "』", "《": "》", "（": "）", "(": ")", "〈": "〉", "【": "】"}
CLOSERS = frozenset(OPENERS.values())
MAX_QUOTE = 200  # longest plausible quotation or bracket, in characters
# a dash between spaces after a Chinese character or a citation mark, before a Chinese character or a digit
DASHED_POINT = re.compile(r"(?<=[\u4e00-\u9fff\]）)]) - (?=[\u4e00-\u9fff\d])")
MIN_BULLETS = 4  # fewer dashes are a page's chrome (首页 - 要闻) or a title's site (… - 某某网)
MAX_SENTENCE = 2000  # a "sentence" longer than this is cut, so that one endless line cannot stall extraction


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, each within one paragraph (line)."""
    sentences: list[Sentence] = []
    offset = 0
    for paragraph, line in enumerate(text.split("\n")):
        for start, end in _bulleted_spans(line):
            piece = line[start:end]
            stripped = piece.strip()
            if not stripped:
                continue
            lead = len(piece) - len(piece.lstrip())
            begin = offset + start + lead
            sentences.append(Sentence(len(sentences), begin, begin + len(stripped), stripped, paragraph))
        offset += len(line) + 1
    return sentences


def sentence_at(sentences: list[Sentence], position: int) -> int | None:
    """The index of the sentence `position` lies in (sentences in text order), or None between sentences."""
    at = bisect_right([sentence.start for sentence in sentences], position) - 1
    return sentences[at].index if at >= 0 and position < sentences[at].end else None


def overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a span overlaps any of the spans already taken by a mention."""
    return any(a < end and start < b for a, b in taken)


def free_occurrences(text: str, sentences: list[Sentence], word: str, taken: list[tuple[int, int]], start: int = 0):
    """Each place `word` is written from `start` on inside a sentence where no span of `taken` (the mentions found
    before) stands, as (start, end, sentence index): a name found once, found again (a declared short name, a
    company's own words, a person's name written bare). Each occurrence is taken in turn."""
    position = start
    while (at := text.find(word, position)) >= 0:
        end = position = at + len(word)
        sentence = sentence_at(sentences, at)
        if sentence is None or overlaps(taken, at, end):
            continue
        taken.append((at, end))
        yield at, end, sentence


def _bulleted_spans(line: str) -> list[tuple[int, int]]:
    """The sentences of a line, where a line that lists its facts after dashes (某州实施某工程，建设30所学校 [1] - 组建…
    [1] - 2024年…) ends one at each dash: a summary page's bullet points, run together on one line."""
    dashes = [match.span() for match in DASHED_POINT.finditer(line)]
    if len(dashes) < MIN_BULLETS:
        return _sentence_spans(line)
    spans, start = [], 0
    for dash_start, dash_end in dashes + [(len(line), len(line))]:
        spans += [(start + a, start + b) for a, b in _sentence_spans(line[start:dash_start])]
        start = dash_end
    return spans


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


SPEECH_ENDS = "。；;！？!?"  # a quotation that holds a sentence's end is someone's words, not a name
SPEECH_PAUSES = "，,"  # so is a long one that pauses (a slogan of two halves pauses too: “某某一家亲，同心筑梦”)
MIN_PAUSED_SPEECH = 24  # characters of such a quotation, its marks included


def spoken(quotation: str) -> bool:
    """Whether a quotation (its marks included) is what someone said (他说：“某县工商联…，…。”), whose bodies and
    places are the text's own, rather than a name, a slogan (“同心”专家服务团, “某某一家亲，同心筑梦”) or a title
    (《关于…，…的建议》), whose words name nothing else."""
    return quotation[:1] in "“「『" and (any(mark in quotation for mark in SPEECH_ENDS)
                                        or len(quotation) >= MIN_PAUSED_SPEECH
                                        and any(mark in quotation for mark in SPEECH_PAUSES))


def quoted_names(sentence: str) -> list[tuple[int, int]]:
    """The quotations of a sentence that quote names, slogans or titles, not someone's words (see `spoken`)."""
    return [(start, end) for start, end in quoted_spans(sentence) if not spoken(sentence[start:end])]


def pair_straight_quotes(name: str) -> str:
    """A name whose quotation opens with “ and closes with a straight " (or the reverse), made one pair.

    Writers mix the marks (“薪火相传"活动方案); left as written, the name would carry an
    unclosed “ into its label. Two straight quotes that pair each other stay as they are.
    """
    if '"' not in name:
        return name
    chars = list(name)
    curly_open = straight_open = None  # position of a “ or a " that nothing has closed yet
    for i, char in enumerate(chars):
        if char == "“":
            curly_open = i
        elif char == "”":
            if curly_open is None and straight_open is not None:
                chars[straight_open] = "“"
            curly_open = straight_open = None
        elif char == '"':
            if curly_open is not None:
                chars[i] = "”"
                curly_open = None
            else:
                straight_open = None if straight_open is not None else i
    return "".join(chars)
