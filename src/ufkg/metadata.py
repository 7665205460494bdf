"""What a report says about itself: title, covered region, year, publisher and date.

Reports open with their title (…——2022年黔南州统一战线工作综述) and often close
with a source line (贵州日报2023-2-28); both are read from the text itself.
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


def read_metadata(text: str, find_region) -> ReportMeta:
    """Title, region, year, publisher and date of a report.

    `find_region(text)` returns the region names (as written) found in a piece of
    text, the one the piece is about first; the title is asked first, then the
    opening lines.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title = _title(lines)
    folded = [_ascii_digits(line) for line in lines]
    publisher, date = _source(folded)
    year = _year(_ascii_digits(title) if title else None, folded, date)
    region = None
    for piece in ([title] if title else []) + lines[1:4]:
        names = find_region(piece)
        if names:
            region = names[0]
            break
    return ReportMeta(title=title, region=region, year=year, publisher=publisher, date=date)


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
    for line in reversed(lines[-3:]):
        if len(line) > MAX_SOURCE_LINE:
            continue
        match = SOURCE_LINE.match(line)
        if match:
            return match.group("publisher") or None, _iso(match.group("date"))
    return None, None


def _iso(written: str) -> str | None:
    match = DATE.search(written)
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _year(title: str | None, lines: list[str], date: str | None) -> int | None:
    """The year a report covers: the first year of its title, else the one its opening names most."""
    if title:
        match = YEAR.search(title)
        if match:
            return int(match.group(1))
    counts: dict[int, int] = {}
    for line in lines[:5]:
        for match in YEAR.finditer(line):
            year = int(match.group(1))
            counts[year] = counts.get(year, 0) + 1
    if counts:
        return max(sorted(counts), key=lambda year: counts[year])
    if date:
        return int(date[:4]) - 1  # a summary is published early in the year after the one it covers
    return None
