"""What a report says about itself: title, covered region, year, publisher and date.

Reports open with their title (…——2022年黔南州统一战线工作综述) and often close
with a source line (贵州日报2023-2-28); both are read from the text itself. A news
item says where it is in its dateline (新华社南京3月2日电), in the place of its meeting
(9月27日，某市召开…推进会), in the body the reporter heard from (记者从某县工商联获悉)
or in the body whose meeting or summary it is; when it is comes from the dateline,
the publication date, or 今年以来 with the publication year.
"""
from __future__ import annotations

import re
import unicodedata

from .model import ReportMeta

YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
DATE = re.compile(r"((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?")
SOURCE_LINE = re.compile(
    r"^(?:(?:来源|来源于|稿件来源|发布单位|发布|供稿)[:：]?\s*)?《?(?P<publisher>[\u4e00-\u9fffA-Za-z0-9·]{2,20}?)?》?\s*"
    r"(?:(?:发布时间|发布日期|时间|日期)[:：]?\s*)?"
    r"(?P<date>(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)\s*$"
)
# a label line near the top: 来源：某某日报  发布时间：2023-03-02
LABELLED_DATE = re.compile(r"(?:发布时间|发布日期|发稿时间|时间|日期)[:：]\s*(?P<date>(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)")
LEADING_DATE = re.compile(r"(?P<date>(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|$)")
LABELLED_SOURCE = re.compile(r"(?:来源|稿件来源|供稿|供稿单位|作者单位)[:：]\s*《?(?P<source>[\u4e00-\u9fffA-Za-z0-9·]{2,20}?)》?(?=\s|$|发布|时间|日期|作者|编辑|[|｜/，,])")
# a dateline: 新华社南京3月2日电, 本报成都讯, 中新网杭州2023年5月8日电 (记者 …)
DATELINE = re.compile(r"(?:社|网|报|台|频道)\s*(?P<place>[\u4e00-\u9fff]{2,8}?)\s*(?:(?P<year>(?:19|20)\d{2})年)?"
                      r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日\s*电")
NEWS_OPENING = re.compile(r"^(?:[^，,。；\s]{0,20}?(?:讯|日电)\s*)?(?:[（(][^）)]{0,30}[）)])?\s*"
                          r"(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚|至\d{1,2}日)?|近日|日前|近期)?[，,\s]*")
EVENT_VERBS = ("召开", "举行", "举办", "开幕", "启动", "成立", "组织召开", "隆重召开", "隆重举行", "成功举办")
HEARD_FROM = re.compile(r"记者(?:近日|日前)?从(?P<body>[^，。,；]{2,30}?)(?:获悉|了解到|得知|悉)")
HELD_IN = re.compile(r"在(?P<place>[^，。,；“”]{2,20}?)(?:召开|举行|举办|开幕)")
# a summary looks back on a year and is published after it; a news item is published when it happens
SUMMARY_TITLE = re.compile(r"综述|总结|回眸|纪实|回顾|年报|年度")
THIS_YEAR = re.compile(r"今年以来|今年[1-9一二三四五六七八九十]|今年，")
# a title's covered place written without its level, in the slot before the work it sums up
# (——2021年某某统战工作综述): a city whose name is also a word (大同, 安康) is still the city there
TITLE_SLOT = re.compile(r"(?:^|——|—|\s|：|:)(?:(?:19|20)\d{2}年度?)?(?P<place>[\u4e00-\u9fff]{2,6}?)(?:(?:19|20)\d{2}年度?)?"
                        r"(?:统一战线|统战|民族宗教|侨务|工商联)工作(?:综述|总结|回眸|纪实|回顾)")
CHINESE_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})年")
CHINESE_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
MAX_TITLE = 120
MAX_SOURCE_LINE = 60


def _ascii_digits(text: str) -> str:
    """２０２３年 and 二〇二三年 read as 2023年: full-width digits and punctuation folded (NFKC), a year
    written digit by digit in Chinese numerals turned into digits; lengths kept."""
    folded = "".join(unicodedata.normalize("NFKC", char) if len(unicodedata.normalize("NFKC", char)) == 1 else char
                     for char in text)
    return CHINESE_YEAR.sub(lambda m: m.group(1).translate(CHINESE_DIGITS) + "年", folded)


def read_metadata(text: str, find_region, is_place=None) -> ReportMeta:
    """Title, region, year, publisher and date of a report.

    `find_region(text)` returns the region names (as written) found in a piece of
    text, the one the piece is about first; `is_place(name)` says whether a name is
    a place at all (for a title's slot, where a name that is also a word is a place).
    The title is asked first, then a dateline, the body at the opening of a news item,
    an author's line, then the opening lines.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title = _title(lines)
    folded = [_ascii_digits(line) for line in lines]
    publisher, date = _source(folded)
    header_publisher, header_date = _header(folded)
    publisher, date = publisher or header_publisher, date or header_date
    dateline = _dateline(folded)
    if dateline and date is None and dateline[1]:
        date = dateline[1]
    body = lines[2:5] if title and len(lines) > 1 and lines[1].startswith("—") else lines[1:4]
    region = _region(title, dateline[0] if dateline else None, body, lines, find_region, is_place)
    year = _year(_ascii_digits(title) if title else None, folded, date, _is_news(title, dateline, folded))
    return ReportMeta(title=title, region=region, year=year, publisher=publisher, date=date)


def _region(title: str | None, dateline_place: str | None, body: list[str], lines: list[str], find_region,
            is_place) -> str | None:
    """The covered region: the title's, else where the news happened, else the author's, else the opening's."""
    if title:
        names = find_region(title)
        if names:
            return names[0]
        slot = TITLE_SLOT.search(title)
        if slot and is_place is not None and is_place(slot.group("place")):
            return slot.group("place")
    for line in body[:2]:
        names = _news_region(line, find_region)
        if names:
            return names[0]  # the body at work is more specific than the city a dateline is filed from
    if dateline_place:
        names = find_region(dateline_place)
        if names:
            return names[0]
        if is_place is not None and is_place(dateline_place):
            return dateline_place
    for line in lines[-3:] + lines[1:4]:
        source = LABELLED_SOURCE.search(line)
        if source and _is_body(source.group("source")):
            names = find_region(source.group("source"))
            if names:
                return names[0]
    return _most_named(body, lines, find_region)


def _most_named(body: list[str], lines: list[str], find_region) -> str | None:
    """The region of the opening lines that the whole text names most often, the earliest on a tie:
    a city's report names its city again and again, and the county of one example once."""
    text = "\n".join(lines[1:])
    found: dict[str, int] = {}
    for piece in body:
        for name in find_region(piece):
            found.setdefault(name, text.find(name))
    if not found:
        return None
    return min(found, key=lambda name: (-text.count(name), found[name], name))


def _news_region(line: str, find_region) -> list[str]:
    """Where a news item's first sentence happens: the body the reporter heard from (记者从某县工商联获悉),
    the place it was held in (在某市召开), or the body or place that held it (9月27日，某市召开…)."""
    heard = HEARD_FROM.search(line)
    if heard:
        return find_region(heard.group("body"))
    first = re.split(r"[。；;！？]", line, maxsplit=1)[0]
    opening = NEWS_OPENING.match(first)
    matter = first[opening.end():] if opening else first
    held = HELD_IN.match(matter)
    if held:
        return find_region(held.group("place"))
    for verb in EVENT_VERBS:
        at = matter.find(verb)
        if 0 < at <= 30 and not any(mark in matter[:at] for mark in "，,：:"):
            return find_region(matter[:at])
    return []


def _is_body(name: str) -> bool:
    """Whether a source names a body (某市委统战部, 某县工商联) rather than a paper or a site."""
    return name.endswith(("统战部", "工商联", "侨联", "委会", "民宗局", "民宗委", "台办", "政协", "总商会", "委员会"))


def _header(lines: list[str]) -> tuple[str | None, str | None]:
    """Publisher and date given near the top: 来源：某某日报  发布时间：2023-03-02, or 2023-03-02 10:15 来源：某某日报."""
    publisher = date = None
    for line in lines[1:5]:
        if len(line) > MAX_SOURCE_LINE * 2:
            continue
        labelled = LABELLED_DATE.search(line) or LEADING_DATE.match(line)
        if labelled and date is None:
            date = _iso(labelled.group("date"))
            source = LABELLED_SOURCE.search(line)
            if source and publisher is None:
                publisher = source.group("source")
    return publisher, date


def _dateline(lines: list[str]) -> tuple[str, str | None] | None:
    """The place and, when it gives the year, the date of a dateline at the opening (新华社南京3月2日电)."""
    for line in lines[1:5]:
        match = DATELINE.search(line[:60])
        if match:
            year = match.group("year")
            date = _iso(f"{year}-{match.group('month')}-{match.group('day')}") if year else None
            return match.group("place"), date
    return None


def _is_news(title: str | None, dateline, lines: list[str]) -> bool:
    """Whether a text reports news (published when it happens) rather than summing up a past year."""
    if title and SUMMARY_TITLE.search(title):
        return False
    if title and any(verb in title for verb in EVENT_VERBS):
        return True
    opening = lines[1:4]
    return bool(dateline) or any("讯" in line[:40] for line in opening) or any(
        THIS_YEAR.search(line) for line in opening)


def _title(lines: list[str]) -> str | None:
    if not lines:
        return None
    first = lines[0]
    if len(first) > MAX_TITLE or first.endswith(("。", "；")):
        return None
    if len(lines) > 1 and lines[1].startswith("—") and len(lines[1]) <= MAX_TITLE:
        return f"{first} {lines[1]}"  # a subtitle on its own line: ——2019年齐齐哈尔市统一战线工作综述
    return first


def _source(lines: list[str]) -> tuple[str | None, str | None]:
    """Publisher and date of a closing source line: 贵州日报2023-2-28, （来源：某某日报 2023年10月13日）."""
    for line in reversed(lines[-3:]):
        if len(line) > MAX_SOURCE_LINE:
            continue
        line = line.strip("（）()【】[] ")
        match = SOURCE_LINE.match(line)
        if match:
            return match.group("publisher") or None, _iso(match.group("date"))
        labelled = LABELLED_DATE.search(line)
        if labelled:
            source = LABELLED_SOURCE.search(line)
            return (source.group("source") if source else None), _iso(labelled.group("date"))
    return None, None


def _iso(written: str) -> str | None:
    match = DATE.search(written)
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _year(title: str | None, lines: list[str], date: str | None, news: bool = False) -> int | None:
    """The year a report covers: the first year of its title; a news item's publication year when it
    says 今年以来; else the one its opening names most; else the publication year (of a news item)
    or the year before it (of a summary, published early in the year after the one it covers)."""
    if title:
        match = YEAR.search(title)
        if match:
            return int(match.group(1))
    if date and THIS_YEAR.search("".join(lines[1:4])):
        return int(date[:4])
    counts: dict[int, int] = {}
    for line in lines[:5]:
        for match in YEAR.finditer(line):
            year = int(match.group(1))
            counts[year] = counts.get(year, 0) + 1
    if counts:
        return max(sorted(counts), key=lambda year: counts[year])
    if date:
        return int(date[:4]) if news else int(date[:4]) - 1
    return None
