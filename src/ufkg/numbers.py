"""Number and quantity normalisation: pure functions over short strings.

Reports write the same number many ways: 1,200 / 1，200 / １２００ / 一千二百 /
1.2千, and wrap it in words that say how exact it is (近, 余, 超, 以上). This
module turns one such written form into a `Decimal` and a qualifier, so that
7.29亿元 and 729000000 元 compare equal. It never guesses context: whether a
number in a sentence is a reported quantity at all is the extractor's job
(`ufkg.extract.quantities`).

Everything is `Decimal`: a float would turn 7.29亿 into 728999999.9999999.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

# ------------------------------------------------------------------ tables

# Digits, including the financial forms (壹贰叁, used on cheques and in formal
# money amounts) and the traditional characters some sources keep.
CHINESE_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0,
    "一": 1, "壹": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
ZERO_CHARS = frozenset("零〇○")
# Units that multiply inside one four-digit section ...
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# ... and the ones that close a section (Chinese groups digits by four, not three).
BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
SCALES: dict[str, int] = {**SMALL_UNITS, **BIG_UNITS}

CHINESE_NUMERAL_CHARS = "".join(CHINESE_DIGITS) + "".join(SCALES)

# Markers around a number that say it is a bound or an estimate. They are the
# language's grammar rather than domain knowledge, so they live here.
AT_LEAST_PREFIXES = ("不少于", "不低于", "超过", "突破", "至少", "超", "逾")
APPROX_PREFIXES = ("大约有", "大约", "约为", "约有", "接近", "将近", "约", "近")
AT_LEAST_SUFFIXES = ("以上", "有余")  # after the unit: 100人以上
APPROX_SUFFIXES = ("左右", "上下")  # after the unit: 200人左右
BARE_AT_LEAST_SUFFIXES = ("余", "多", "上")  # closing a bare number: 1000余, 100上
# "Some" before a bare scale (数十家, 几百名, 数万元): an impression, not a figure (see ufkg.extract.quantities).
VAGUE_PREFIXES = ("数", "几")
VAGUE_SCALES = ("十", "百", "千", "万")
# 余/多/几 may also sit right after the number, before its scale or unit: 3000余万, 30多位, 十几家.

QUALIFIER_EXACT = "exact"
QUALIFIER_AT_LEAST = "atLeast"
QUALIFIER_APPROX = "approx"

UNIT_MONEY = "CNY"
MONEY_WORDS = ("元", "人民币", "块钱", "塊錢")  # 捐款2万人民币: the currency's name stands for 元; 200多块钱, the spoken yuan
UNIT_PERCENT = "%"
KILO_UNITS = ("千米", "千克", "千瓦")  # 10千米 is ten kilometres: its 千 is the unit's, no scale of the number

_ARABIC_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# Arabic digits around a big scale, with what is left below it: 24万零200, 1万6千, 3万5 (colloquial 35000)
_MIXED_RE = re.compile(r"(?P<left>\d+)(?P<big>[万萬亿億])(?P<zero>[零〇])?(?P<right>\d+)(?P<small>[千仟百佰十拾])?")
# A number as written, then its inner qualifier and scale: "3000余万", "1.2亿", "三百余万", "十几".
_NUMBER_PART_RE = re.compile(
    rf"(?P<num>{_MIXED_RE.pattern}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{CHINESE_NUMERAL_CHARS}]+(?:点[{''.join(CHINESE_DIGITS)}]+)?)"
    rf"(?P<inner>[余多几])?(?P<scale>[{''.join(SCALES)}]*)(?P<inner2>[余多])?"
)


@dataclass(frozen=True)
class Quantity:
    """A normalised quantity: money in yuan (unit "CNY"), shares in "%", else the unit as written."""

    value: Decimal
    unit: str  # "CNY", "%", the measure word as written, or "" for a bare number
    qualifier: str  # exact | atLeast | approx


# ------------------------------------------------------------------ helpers


def _tidy(value: Decimal) -> Decimal:
    """Drop trailing zeros so 7.29 × 10^8 reads 729000000, not 729000000.00 or 7.29E+8."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _normalise_text(text: str) -> str:
    """Full-width digits, dots, commas and % become ASCII; spaces go (１２．５ → 12.5); a middle dot between
    digits is a decimal point as some typesetters print it (51·9%)."""
    return re.sub(r"(?<=\d)[·・](?=\d)", ".", re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))


def _scale_product(scale: str) -> int | None:
    """10^k for a run of scale characters (万亿 → 10^12); None when the run is out of order (亿万)."""
    product, previous = 1, 0
    for char in scale:
        factor = SCALES[char]
        if factor <= previous:
            return None
        product *= factor
        previous = factor
    return product


def _parse_section(text: str) -> int | None:
    """A number below 10^4 in Chinese numerals: 三百二十, 十一, 一千零五, 三百二 (colloquial 320)."""
    if not text:
        return None
    if all(char in ZERO_CHARS for char in text):
        return 0
    total = 0
    pending: int | None = None  # a digit waiting for its unit
    previous_unit = 10**4
    after_zero = False
    for char in text:
        if char in ZERO_CHARS:
            if pending is not None or after_zero or total == 0:
                return None
            after_zero = True
        elif char in CHINESE_DIGITS:
            if pending is not None:
                return None
            pending = CHINESE_DIGITS[char]
        elif char in SMALL_UNITS:
            unit = SMALL_UNITS[char]
            if unit >= previous_unit:
                return None
            if pending is None:
                # 十 alone means 一十 (十一 = 11), but only at the head of the number.
                if unit != 10 or total != 0:
                    return None
                pending = 1
            if pending == 0:
                return None
            total += pending * unit
            pending, previous_unit, after_zero = None, unit, False
        else:
            return None
    if after_zero and pending is None:
        return None  # a dangling 零: 三百零
    if pending is not None:
        if after_zero or previous_unit in (10, 10**4):
            total += pending
        else:
            total += pending * previous_unit // 10  # 三百二 = 320, 一千五 = 1500
    return total


def _parse_chinese_integer(text: str) -> int | None:
    """A Chinese integer of any size below 10^16, sections closed by 万 and 亿 (一万零五百, 三亿五千万)."""
    if not text:
        return None
    if len(text) > 1 and all(char in CHINESE_DIGITS for char in text):
        # Digit by digit, as in years and codes: 二〇二二.
        return int("".join(str(CHINESE_DIGITS[char]) for char in text))
    for big_char in ("亿", "億", "万", "萬"):
        position = text.rfind(big_char) if BIG_UNITS[big_char] == 10**8 else text.find(big_char)
        if position < 0:
            continue
        big = BIG_UNITS[big_char]
        left = _parse_chinese_integer(text[:position])
        if not left or left >= 10**4 * (10**4 if big == 10**8 else 1):
            return None
        rest = _parse_rest(text[position + 1:], big)
        return None if rest is None else left * big + rest
    return _parse_section(text)


def _parse_rest(text: str, big: int) -> int | None:
    """What follows 万 or 亿: nothing, 零 + a smaller number, a lone colloquial digit (三万五), or a smaller number.
    The 零 may stand where no place is skipped (十万零五千, as people write it: 105000)."""
    if not text:
        return 0
    if text[0] in ZERO_CHARS:
        rest = _parse_chinese_integer(text[1:])
        return rest if rest and rest < big else None
    if len(text) == 1 and text in CHINESE_DIGITS:
        return CHINESE_DIGITS[text] * big // 10
    rest = _parse_chinese_integer(text)
    return rest if rest is not None and rest < big else None


def _parse_chinese(text: str) -> Decimal | None:
    """Chinese numerals, with an optional 点 decimal part (三点五 = 3.5, 六点三亿 = 630000000)."""
    whole, dot, fraction = text.partition("点")
    integer = _parse_chinese_integer(whole)
    if integer is None:
        return None
    if not dot:
        return Decimal(integer)
    scale = 1
    while fraction and fraction[-1] in SCALES:  # 六点三亿: the scale closes the decimal
        scale *= SCALES[fraction[-1]]
        fraction = fraction[:-1]
    if not fraction or any(char not in CHINESE_DIGITS for char in fraction):
        return None
    digits = "".join(str(CHINESE_DIGITS[char]) for char in fraction)
    return Decimal(f"{integer}.{digits}") * scale


def _parse_mixed(match: re.Match) -> Decimal | None:
    """24万零200 = 240200, 1万6千 = 16000, 3万5 = 35000: Arabic digits on both sides of a big scale."""
    big = BIG_UNITS[match["big"]]
    right = int(match["right"])
    if match["small"]:
        right *= SMALL_UNITS[match["small"]]
    elif not match["zero"] and len(match["right"]) == 1:
        right *= big // 10  # 3万5: the digit after the scale is the next place down
    if right >= big or match["zero"] and right >= big // 10:
        return None
    return Decimal(int(match["left"]) * big + right)


def _mixed_with_scale(match: re.Match, scale: str) -> Decimal | None:
    """2亿3000万 = 230000000, 1亿2千万 = 120000000, 3亿零500万 = 305000000: Arabic digits around a big scale, the
    right part counted in a smaller scale written after it; None when that part reaches the big scale (2万3000亿)."""
    big, factor = BIG_UNITS[match["big"]], _scale_product(scale)
    if factor is None or factor >= big:
        return None
    right = int(match["right"]) * (SMALL_UNITS[match["small"]] if match["small"] else 1) * factor
    return None if right >= big else _tidy(Decimal(int(match["left"]) * big + right))


def _parse_plain(text: str) -> Decimal | None:
    """An Arabic or Chinese number with no scale suffix."""
    mixed = _MIXED_RE.fullmatch(text)
    if mixed:
        return _parse_mixed(mixed)
    if _ARABIC_RE.fullmatch(text):
        return Decimal(text.replace(",", ""))
    if text and text[0] in CHINESE_DIGITS or text[:1] in ("十", "拾"):
        return _parse_chinese(text)
    return None


# ------------------------------------------------------------------ public API


def parse_number(text: str) -> Decimal | None:
    """The value of one written number, or None when `text` is not a number.

    Accepts Arabic numbers with or without thousands separators (1,200 and 1，200),
    full-width digits, decimals, Chinese numerals in everyday and financial forms
    (三百二十, 两, 一万零五百, 壹佰), and Arabic numbers with Chinese scales (3.5万,
    1.2亿, 1.5万亿) or around one (24万零200, 1万6千). A 余/多/几 that marks a bound (2万余, 3000余万, 十几) is read
    past, because the number part is still exact; `parse_quantity` reports it.
    """
    text = _normalise_text(text)
    match = _NUMBER_PART_RE.fullmatch(text)
    if not match:
        return None
    number, scale = match["num"], match["scale"]
    if match["inner"] == "几" and not number[-1:] in SMALL_UNITS:
        return None  # 几 only follows a unit: 十几, 二十几, not 三几
    mixed = _MIXED_RE.fullmatch(number) if scale else None
    if mixed:
        return _mixed_with_scale(mixed, scale)  # 2亿3000万: the trailing scale is the right part's, 2亿 + 3000万
    if number[0].isdigit():
        value = _parse_plain(number)
        # A Chinese number has its scale inside; a trailing scale is only for Arabic ones.
    else:
        if scale and not (match["inner"] or match["inner2"]):
            number, scale = number + scale, ""
        value = _parse_plain(number)
    if value is None:
        return None
    if scale:
        factor = _scale_product(scale)
        if factor is None:
            return None
        value *= factor
    return _tidy(value)


def _strip_prefix(text: str, prefixes: tuple[str, ...]) -> tuple[str, bool]:
    for prefix in sorted(prefixes, key=len, reverse=True):
        if text.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix):], True
    return text, False


def _strip_suffix(text: str, suffixes: tuple[str, ...]) -> tuple[str, bool]:
    for suffix in sorted(suffixes, key=len, reverse=True):
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)], True
    return text, False


def parse_quantity(text: str) -> Quantity | None:
    """A written quantity (number, qualifier, unit) as value + unit + qualifier, or None.

    Money (元, 万元, 亿元, 2万人民币) becomes yuan with unit "CNY"; percentages (67.1%,
    百分之三十, 三成, 3个百分点) become unit "%"; anything else keeps the unit
    as written (家, 人次) or "" when there is none. Bounds map to "atLeast"
    (余 多 超 超过 以上 逾, 上 and 过 before a bare scale, 不少于) and estimates to "approx" (近 约 左右 大约
    接近); an estimate word wins over a bound it wraps (约300多元). `text`
    must be the quantity alone: context such as 占 in 占三成 is the caller's
    business.
    """
    text = _normalise_text(text)
    if not text:
        return None
    at_least = approx = False

    text, found = _strip_prefix(text, AT_LEAST_PREFIXES)
    at_least |= found
    if not found:
        text, found = _strip_prefix(text, APPROX_PREFIXES)
        approx |= found
    # 上千, 过亿, 近万, 逾百, 千余: a bare scale after a bound word, or before one, stands for the scale itself.
    if text[:1] in ("上", "过") and text[1:2] in ("百", "千", "万", "亿"):
        text, at_least = text[1:], True
    scales = len(text) - len(text.lstrip("百千万亿"))  # 千万余元: a bare compound scale before a bound stands for itself
    if 0 < scales <= 2 and (at_least or approx or text[scales:scales + 1] in ("余", "多")):
        text = "一" + text

    text, found = _strip_suffix(text, APPROX_SUFFIXES)
    approx |= found
    if not found:
        text, found = _strip_suffix(text, AT_LEAST_SUFFIXES)
        at_least |= found

    if text.startswith("百分之"):
        value = parse_number(text[3:])
        if value is None:
            return None
        return Quantity(value, UNIT_PERCENT, _qualifier(at_least, approx))

    kilo_unit = next((unit for unit in KILO_UNITS if text.endswith(unit)), None)
    if kilo_unit:
        text = text[:-len(kilo_unit)]
    match = _NUMBER_PART_RE.match(text)
    if not match:
        return None
    unit_text = kilo_unit or text[match.end():]
    value = parse_number(match.group(0))
    if value is None:
        return None
    if match["inner"] or match["inner2"]:
        at_least = True
    if unit_text.endswith("(次)") and len(unit_text) == 4:
        unit_text = unit_text[0] + "次"  # 120场（次）: the bracket only says 场 may be read as 场次
    if unit_text in BARE_AT_LEAST_SUFFIXES:
        unit_text, at_least = "", True  # "100上": a bound marker with no unit after it

    if unit_text in MONEY_WORDS:
        unit = UNIT_MONEY
    elif unit_text in ("%", "个百分点", "百分点"):
        unit = UNIT_PERCENT
    elif unit_text == "成":
        unit, value = UNIT_PERCENT, _tidy(value * 10)
    elif unit_text and any(char.isdigit() for char in unit_text):
        return None
    else:
        unit = unit_text
    return Quantity(value, unit, _qualifier(at_least, approx))


def _qualifier(at_least: bool, approx: bool) -> str:
    """An estimate word covers the whole figure, bound and all: 约300多元 is "about 300-odd", approx."""
    if approx:
        return QUALIFIER_APPROX
    if at_least:
        return QUALIFIER_AT_LEAST
    return QUALIFIER_EXACT
