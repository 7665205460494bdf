"""Removal of conversion debris from report text.

Reports reach us through Word-to-text converters, web pages and PDF extractors,
each of which leaves its own litter: bookmark markers, zero-width characters,
odd spaces, blank lines. `clean_text` removes that litter and nothing else: the
words, the full-width punctuation and the spacing inside a line stay as written.
`without_related_links` cuts a web page's list of other items (相关阅读, 最近更新) after its text.

Scans and PDFs of yearbooks break every line at the page's width, inside words
(某县基|层委员会); when most lines of a text are that full width, a full line that does
not end a sentence is joined to the next, so that names are read whole.
"""
from __future__ import annotations

import re
import unicodedata

# Markers written by docx-to-text converters, e.g. `[bookmark: _GoBack]`,
# `[bookmark: _Toc128824230]`, `[image: media/image1.png]`. Only the known
# ASCII keywords are matched so that real bracketed text such as `[注: ...]` stays.
_MARKER_KEYWORDS = (
    "bookmark",
    "anchor",
    "image",
    "picture",
    "figure",
    "comment",
    "footnote",
    "endnote",
    "page ?break",
    "section ?break",
    "column ?break",
)
_BRACKET_MARKER = re.compile(
    r"\[\s*(?:" + "|".join(_MARKER_KEYWORDS) + r")\s*:[^\]\n]{0,300}\]",
    re.IGNORECASE,
)
# Word's hidden bookmark names on their own in brackets: `[_GoBack]`, `[_Toc123]`.
_BARE_ANCHOR = re.compile(r"\[\s*_(?:GoBack|Toc\d+|Hlk\d+|Ref\d+)\s*\]")
# Pandoc's anchors: `[]{#_Toc128824230 .anchor}` or `{#_GoBack}`.
_PANDOC_ANCHOR = re.compile(r"(?:\[\])?\{#[^\s{}]+(?:\s+\.[\w-]+)*\}")

# Characters with no visible form that converters scatter through text.
_INVISIBLE = (
    "\u00ad"  # soft hyphen
    "\u180e"  # Mongolian vowel separator
    "\u200b\u200c\u200d"  # zero-width space, non-joiner, joiner
    "\u200e\u200f"  # left-to-right / right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2060\u2061\u2062\u2063\u2064"  # word joiner, invisible operators
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\ufeff"  # byte order mark / zero-width no-break space
)
# Typographic spaces become an ordinary space. The ideographic space U+3000 is a
# full-width character the author typed, so inside a line it stays.
_ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
# Line breaks other than "\n": page breaks from PDFs, vertical tabs from Word,
# Unicode line and paragraph separators.
_LINE_BREAKS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"

_TRANSLATION = {ord(ch): None for ch in _INVISIBLE}
_TRANSLATION.update({ord(ch): " " for ch in _ODD_SPACES})
_TRANSLATION.update({ord(ch): "\n" for ch in _LINE_BREAKS})
# Remaining C0/C1 control characters carry nothing; tab and newline are kept.
_TRANSLATION.update(
    {code: None for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)] if chr(code) not in "\t\n" + _LINE_BREAKS}
)
# A radical set where its character belongs (副理事⾧ with the Kangxi radical ⾧ for 長), as some pages' and PDFs'
# fonts encode them: the character, by Unicode's compatibility mapping, so that names and titles read whole.
_TRANSLATION.update(
    {code: unicodedata.normalize("NFKC", chr(code)) for code in [*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6)]
     if unicodedata.normalize("NFKC", chr(code)) != chr(code)}
)


# A hard-wrapped text: lines cut at one width (counted in half-width columns: a CJK
# character is two, and so is a mark of ambiguous width such as “ in CJK type) that
# most of its prose lines fill to within a few columns.
MIN_WRAP_WIDTH = 40  # 20 characters: narrower lines are headings, lists or table cells
WRAP_SLACK = 6  # a full line may fall short of the width by a punctuation mark or two, or by half-width digits
MIN_WRAPPED_LINES = 8
WRAPPED_SHARE = 0.5  # of the lines at least MIN_WRAP_WIDTH wide
PROSE_LINE = 20  # columns of a line that counts as prose when the share is taken
SENTENCE_ENDS = "。！？!?…"  # a full line ending a sentence may end its paragraph too
NOT_CONTINUED = ("【", "[", "（一）", "(一)", "一、")  # a heading starts a line of its own


def _columns(line: str) -> int:
    """Print columns of a line; ASCII punctuation counts as wide, since a page copied from print wrote the
    book's full-width marks in it (，→ ,)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WFA" or char in ASCII_MARKS else 1 for char in line)


ASCII_MARKS = ",.;:!?()"
URL_LINE = re.compile(r"^[\x00-\x7f]*https?://")


def _wrap_width(widths: list[int]) -> int | None:
    """The width a hard-wrapped text was cut at, or None when the text is not hard-wrapped."""
    prose = [width for width in widths if width >= PROSE_LINE]
    best = max(((sum(1 for w in prose if width - WRAP_SLACK <= w <= width), width)
                for width in set(prose) if width >= MIN_WRAP_WIDTH), default=(0, 0))
    count, width = best
    return width if count >= MIN_WRAPPED_LINES and count >= WRAPPED_SHARE * len(prose) else None


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Lines of a hard-wrapped text joined where the wrap, not the writer, broke them: a line that
    fills the text's width and ends no sentence goes on in the next line (民盟某县基|层委员会)."""
    widths = [_columns(line) for line in lines]
    width = _wrap_width(widths)
    if width is None:
        return lines
    joined: list[str] = []
    carry = False
    for line, columns in zip(lines, widths):
        if carry and not line.startswith(NOT_CONTINUED):
            previous = joined[-1]
            words = previous[-1:].isascii() and previous[-1:].isalnum() and line[:1].isascii() and line[:1].isalnum()
            joined[-1] = previous + (" " if words else "") + line  # English words keep their space
        else:
            joined.append(line)
        carry = width - WRAP_SLACK <= columns <= width and not line.endswith(tuple(SENTENCE_ENDS)) \
            and not URL_LINE.match(line)  # Original URL: http://…, a page's address filling the width
    return joined


# A reference database's field labels around a yearbook entry (词条 | 九三学社某市委员会 | / 释义 | 概况…): the
# page's layout, not the entry's words; without them the entry's heading is a line of its own.
_FIELD_LABEL = re.compile(r"^(?:词条|詞條|条目|條目|释义|釋義)\s*[|｜]\s*")
_TRAILING_BAR = re.compile(r"\s*[|｜]$")


def remove_field_labels(line: str) -> str:
    """A line without a reference database's field label (词条 | X | → X); any other line as it is."""
    labelled = _FIELD_LABEL.match(line)
    return _TRAILING_BAR.sub("", line[labelled.end():]) if labelled else line


# A page that glosses its characters' readings in pinyin (區(qū)委統(tǒng)戰(zhàn)部): the gloss is the page's aid, not the
# text's words; only a Latin run with a tone mark is one (the letters of 某某(APP) stay), a space set inside its bracket or not.
_PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（] ?(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7} ?[)）]")
# Such a page's character it could not encode, written ? with its gloss, whose opening bracket went too (當?shù)?): the
# ? is a lost character, no question that ends a sentence.
_LOST_GLOSSED = re.compile(r"\?[(（]? ?(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7} ?[)）]")


def remove_pinyin_glosses(text: str) -> str:
    """The text without the pinyin a page glosses its characters with (區(qū)委 → 區委), and without the characters
    it lost, each a ? glossed (總?cè)丝 → 總丝)."""
    return _LOST_GLOSSED.sub("", _PINYIN_GLOSS.sub("", text))


# A line of a page's markup alone, copied with its text (<strike id="x"></strike>, • <abbr id="x"></abbr>): the
# page's source, not its words. Only a line made of tags is one, so that 《》 and a formula's < stay.
_MARKUP_LINE = re.compile(r"^[\s•·*-]*(?:</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?/?>\s*)+$")


# A line of search spam a hacked page carries (某某剧集在线观看, 国产…, 亚洲…): three of these words on one
# line with no sentence's end are no one's report.
SPAM_WORDS = re.compile(r"免费观看|免费视频|在线观看|在线播放|高清视频|精品|国产|无码|久久|夜夜|一区二区|亚洲|欧美|日韩|"
                        r"(?<![A-Za-z])[Aa][Vv](?![A-Za-z])")
MIN_SPAM_WORDS = 3


# A casino's advertisement a hacked page writes into its title or text (某某葡京娱乐城官网某某会…): a brand of
# Macau's gaming, then gaming or entertainment, then where to play. No report names a place or a body so.
GAMBLING_SPAM = re.compile(r"(?:澳[门門]|新?葡京|金沙|威尼斯人|太[阳陽]城)+"
                           r"(?:(?:博彩|[赌賭][场場])(?:[娱娛][乐樂])?|[娱娛][乐樂])"
                           r"(?:平台|城|官[网網]|[网網]址|[开開]户|注[册冊])+")


# Spaces a page sets inside a date (某某新闻网 4 月 18 日电, 2022 年 6 月 22 日): the date is one word to every
# pattern that reads it.
SPACE_BEFORE_DATE_UNIT = re.compile(r"(?<=\d)[ \u3000]+(?=[年月日])")
SPACE_AFTER_DATE_UNIT = re.compile(r"(?<=\d[年月])[ \u3000]+(?=\d)")


def _joined_date(line: str) -> str:
    """A line with the spaces inside its dates taken out (4 月 18 日 → 4月18日), the others kept."""
    return SPACE_AFTER_DATE_UNIT.sub("", SPACE_BEFORE_DATE_UNIT.sub("", line))


def _spam_line(line: str) -> bool:
    return "。" not in line and len(set(SPAM_WORDS.findall(line))) >= MIN_SPAM_WORDS


def remove_markers(text: str) -> str:
    """Remove converter markers such as `[bookmark: _GoBack]` and pandoc anchors."""
    text = _BRACKET_MARKER.sub("", text)
    text = _BARE_ANCHOR.sub("", text)
    return _PANDOC_ANCHOR.sub("", text)


def clean_text(text: str) -> str:
    """Return `text` without conversion debris, one paragraph per line.

    Removes bracketed converter markers, zero-width and control characters;
    turns NBSP and other typographic spaces into a plain space; strips each
    line (leading indentation such as "　　" is layout, not content), drops
    empty lines, spaces inside a date (4 月 18 日), lines of a page's markup alone or of search spam, a casino's
    advertisement written into a line, a
    reference database's field labels (词条 |, 释义 |) and a
    page's pinyin glosses (區(qū)委), and joins the lines of a hard-wrapped text
    where the wrap broke them. Everything else, full-width punctuation
    included, is kept.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_TRANSLATION)
    text = remove_pinyin_glosses(remove_markers(text))
    lines = [line for line in (_joined_date(remove_field_labels(GAMBLING_SPAM.sub("", line).strip()))
                               for line in text.split("\n"))
             if line and not _MARKUP_LINE.match(line) and not _spam_line(line)]
    return "\n".join(join_wrapped_lines(lines))


# A heading of a page's list of other items, on a line of its own after the text (相关阅读, 相關新聞, 最近更新,
# 猜你喜欢): the headlines under it are other reports', their places, figures and bodies none of this one's.
RELATED_HEADING = re.compile(r"^[【\[]?(?:(?:相关|相關)(?:阅读|閱讀|新闻|新聞|文章|链接|鏈接|推荐|推薦|报道|報道)|推荐阅读|推薦閱讀"
                             r"|延伸阅读|延伸閱讀|最近更新|最新更新|猜你喜欢|猜你喜歡|热点新闻|熱點新聞|热门新闻|熱門新聞)[】\]]?[:：]?$")


def without_related_links(text: str) -> str:
    """`text` (one line per paragraph) cut before a page's list of other items, the first such heading that
    follows a sentence of the text; a text with none, or with one only above its first sentence, is whole."""
    lines = text.split("\n")
    told = False
    for index, line in enumerate(lines):
        if told and RELATED_HEADING.match(line):
            return "\n".join(lines[:index])
        told = told or "。" in line
    return text
