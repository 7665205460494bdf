"""Named people: a surname-led name that the text confirms as a person.

jieba tags many names (nr), but also tags many words as names; a candidate
counts only when something confirms it: a title after it (总书记, 同志 …),
a count of people after it (朱露等9名同志), a title right before it
(董事长向家林牵头), or its place in a list of names that all start with a surname.
"""
from __future__ import annotations

import re
from functools import cached_property

from ..lexicon import Lexicon
from ..model import Mention
from .tokens import Token

NAME_TAGS = ("nr", "nrfg", "nrt")
PEOPLE_COUNT = re.compile(r"^等\d+[名位人]")
AFTER_NAME = "被|带领|带头|返乡|荣获|获评|当选|独资|捐建|捐资|同志|表示|说|，|。|、"  # what a person does right after being named
NAME_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,3}")


class PersonFinder:
    """Finds people in one sentence."""

    def __init__(self, lexicon: Lexicon, common_word, known_word=lambda word: False):
        self.lexicon = lexicon
        self.common_word = common_word  # word -> bool: is it an ordinary dictionary word?
        self.known_word = known_word  # word -> bool: is it in the dictionary as anything but a name?

    def find(self, text: str, tokens: list[Token], sentence: int, offset: int) -> list[Mention]:
        found: dict[int, Mention] = {}
        for index, token in enumerate(tokens):
            if token.tag not in NAME_TAGS or not 2 <= len(token.word) <= 4:
                continue
            titled = index > 0 and tokens[index - 1].word.endswith(self.lexicon.person_cues)
            if not (self._looks_like_name(token.word) or (titled and not self.known_word(token.word))):
                continue  # a name without a known surname (岩温香) needs a title before it and must be no word
            famous = token.tag == "nrfg" and len(token.word) == 3  # jieba's well-known full names (习近平)
            if self._confirmed(text, token.end) or titled or famous:
                found[token.start] = self._mention(text, token.start, token.end, sentence, offset)
        for start, end in self._name_list(text):
            found.setdefault(start, self._mention(text, start, end, sentence, offset))
        for match in self._titled_pattern.finditer(text):  # 干部王立新被评为: a name jieba cut in two
            start, end = match.span(1)
            name = text[start:end]
            if self._plausible(name) and not self.known_word(name) and not self.common_word(name[:2]):
                found.setdefault(start, self._mention(text, start, end, sentence, offset))
        return [found[key] for key in sorted(found)]

    @cached_property
    def _titled_pattern(self) -> re.Pattern:
        """A title, then a surname and one or two characters, then what a person does next."""
        cues = "|".join(map(re.escape, self.lexicon.person_cues))
        surnames = "".join(sorted(name for name in self.lexicon.surnames if len(name) == 1))
        return re.compile(f"(?:{cues})([{surnames}][\u4e00-\u9fff]{{1,2}}?)(?={AFTER_NAME})")

    def _mention(self, text, start, end, sentence, offset) -> Mention:
        return Mention("Person", text[start:end], text[start:end], offset + start, offset + end, sentence)

    def _looks_like_name(self, word: str) -> bool:
        if not 2 <= len(word) <= 4:
            return False
        return word[:2] in self.lexicon.surnames or word[0] in self.lexicon.surnames

    def _confirmed(self, text: str, end: int) -> bool:
        rest = text[end:end + 8]
        return rest.startswith(self.lexicon.person_cues) or bool(PEOPLE_COUNT.match(rest))

    def _name_list(self, text: str):
        """Lists of three or more names joined by 、, each led by a surname: 张三、李四、王五."""
        for match in re.finditer(r"[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,3}){2,}", text):
            items = match.group(0).split("、")
            first = items[0]
            # the first item may be glued to the verb before it: take the name at its end
            first_name = next((first[-size:] for size in (3, 2) if len(first) >= size and first[-size] in self.lexicon.surnames), None)
            if first_name is None:
                continue
            names = [first_name, *items[1:]]
            if len(names[-1]) > 3 or not all(self._plausible(name) for name in names):
                continue
            position = match.start() + len(first) - len(first_name)
            for name in names:
                yield position, position + len(name)
                position += len(name) + 1

    def _plausible(self, name: str) -> bool:
        return 2 <= len(name) <= 3 and name[0] in self.lexicon.surnames and not self.common_word(name)
