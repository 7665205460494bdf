"""Organisations named in a list beside organisations already found.

A report lists the media at a meeting (人民日报、中央电视台、某报、某某卫视等传媒代表出席), the firms of a
visit (某某有限公司、某某医疗、某某投资等6家企业) or the venues of a map; the finders name the items whose
head they know, and the items between them are organisations too. An item counts when at least two others of
its list are organisations and no item of the list is a person (found, or a name jieba knows as one), a party,
a body or a place (某县某村); it is read between two 、, or last, up to 等 or the end of its clause. The list of
names ends with an item that goes on past its name (某公司捐赠白菜、萝卜: a verb, a count or a conjunction). A word
jieba knows well (医院, 学校) is a kind of body, not a name, and a word holding a verb no name; both are left alone.
"""
from __future__ import annotations

import re

from ..lexicon import tokenizer
from ..model import Mention
from .tokens import tokenize

# a run of items joined by 、 inside one clause; the first may hold the words of its clause before it
LIST_RUN = re.compile(r"[^、，。；：,;:！？!?\s“”「」《》]{2,30}(?:、[^、，。；：,;:！？!?\s“”「」《》]{2,30})+")
ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z（）()]{2,14}")
LAST_ITEM_END = "等"  # 某某、某某等传媒代表: what closes the last item
MIN_FOUND_SIBLINGS = 2
KIND_WORD = 1000  # jieba frequency from which a word is a kind of body (医院, 企业), not one body's name
AFTER_NAMES = re.compile(r"[及和与\d一二三四五六七八九十两]")  # 某大学2个基层委员会及某某: a count or a second list
OTHER_CLASSES = frozenset({"Person", "PoliticalParty", "GovernmentBody", "Association", "Initiative", "Policy"})


def listed_siblings(text: str, found: list[Mention], offset: int, sentence: int) -> list[Mention]:
    """The unnamed items of lists in one sentence whose other items are organisations found; offsets absolute."""
    spans = [(m.start - offset, m.end - offset, m.cls) for m in found]
    added: list[Mention] = []
    for run in LIST_RUN.finditer(text):
        items = _items(text, run)
        kinds = [_kind(text, start, end, spans) or ("other" if _personal_name(text[start:end]) else None)
                 for start, end in items]
        if "ends" in kinds:  # the names end with the item that goes on past its name
            items, kinds = items[:kinds.index("ends") + 1], kinds[:kinds.index("ends")] + ["Organization"]
        if kinds.count("Organization") < MIN_FOUND_SIBLINGS or "other" in kinds:
            continue
        for (start, end), kind in zip(items[1:], kinds[1:]):  # the first item's start is not known
            name = text[start:end]
            if kind is None and ITEM.fullmatch(name) and not _kind_of_body(name) \
                    and not any(word.tag.startswith("v") for word in tokenize(name)):  # 某某小学开展活动
                added.append(Mention("Organization", name, name, offset + start, offset + end, sentence))
    return added


def _items(text: str, run: re.Match) -> list[tuple[int, int]]:
    """The spans of a run's items; the last one ends at 等, or at the end of its clause, or is dropped."""
    items, position = [], run.start()
    for item in run.group(0).split("、"):
        items.append((position, position + len(item)))
        position += len(item) + 1
    start, end = items[-1]
    closing = text.find(LAST_ITEM_END, start, end)
    if closing > start:
        items[-1] = (start, closing)
    elif end < len(text) and text[end] not in "，。；,;！？!?":
        items.pop()  # the last item runs into the words after it (某某捐赠…): its end is not known
    return items


def _kind(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> str | None:
    """Organization when an organisation found ends the item or opens it before a unit of its own (某台|某地记者站),
    ends when it opens it before a verb, a count or a conjunction, other when a mention of another class overlaps
    it or a place ends it, else None."""
    if any(cls == "Organization" and mention_end == end and start <= mention_start
           for mention_start, mention_end, cls in spans):
        return "Organization"  # the first item may hold its clause's words before the name
    named = next((mention_end for mention_start, mention_end, cls in spans
                  if cls == "Organization" and mention_start == start and mention_end < end), None)
    if named is not None:  # 甲公司捐赠土豆、大葱: a verb, a count or a conjunction after the name ends the list
        rest = text[named:end]
        goes_on = AFTER_NAMES.search(rest) or any(word.tag.startswith("v") for word in tokenize(rest))
        return "ends" if goes_on else "Organization"
    for mention_start, mention_end, cls in spans:
        if mention_start < end and start < mention_end and cls in OTHER_CLASSES:
            return "other"
        if mention_end == end and cls == "Region":
            return "other"  # 某县某乡某村: a place visited among the venues
    return None


def _personal_name(word: str) -> bool:
    """王某明 alone in a list: jieba reads it as one person's name, which no finder confirmed."""
    words = tokenize(word)
    return len(words) == 1 and words[0].tag.startswith("nr")


def _kind_of_body(word: str) -> bool:
    return tokenizer().tokenizer.FREQ.get(word, 0) >= KIND_WORD
