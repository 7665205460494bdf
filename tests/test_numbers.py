"""Specification of ufkg.numbers: every way a report writes a number reads back exactly."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ufkg.numbers import Quantity, parse_number, parse_quantity

# ------------------------------------------------------------------ writers used by the properties

CHINESE_DIGITS = "零一二三四五六七八九"
FULL_WIDTH = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def _section_to_chinese(section: int) -> str:
    """1..9999 in Chinese numerals, one 零 for each run of inner zeros (1005 → 一千零五)."""
    text, pending_zero = "", False
    for power, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = section // power % 10
        if digit == 0:
            pending_zero = bool(text)
            continue
        if pending_zero:
            text += "零"
            pending_zero = False
        text += CHINESE_DIGITS[digit] + unit
    return text


def to_chinese(n: int, liang: bool = False) -> str:
    """0 <= n < 10**12 as a Chinese numeral, with the 零 rules of standard usage.

    Sections of four digits are closed by 万 and 亿; a zero section, or a section
    below 1000 after a higher one, is marked by a single 零 (一万零五百, 一亿零五百).
    A leading 一十 is written 十 (十五万). With `liang`, 二 before a unit is 两.
    """
    if n == 0:
        return "零"
    parts: list[str] = []
    need_zero = False
    for group, unit in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if group == 0:
            need_zero = bool(parts)
            continue
        if parts and (need_zero or group < 1000):
            parts.append("零")
        parts.append(_section_to_chinese(group) + unit)
        need_zero = False
    text = "".join(parts)
    if text.startswith("一十"):
        text = text[1:]
    if liang:
        for unit in "百千万亿":
            text = text.replace("二" + unit, "两" + unit)
    return text


def test_to_chinese_writes_the_textbook_forms():
    assert to_chinese(10) == "十"
    assert to_chinese(15) == "十五"
    assert to_chinese(110) == "一百一十"
    assert to_chinese(1005) == "一千零五"
    assert to_chinese(1050) == "一千零五十"
    assert to_chinese(10500) == "一万零五百"
    assert to_chinese(150000) == "十五万"
    assert to_chinese(12000000) == "一千二百万"
    assert to_chinese(100000500) == "一亿零五百"
    assert to_chinese(105000000) == "一亿零五百万"
    assert to_chinese(200000000, liang=True) == "两亿"


# ------------------------------------------------------------------ properties

integers = st.integers(min_value=0, max_value=10**12 - 1)


@given(integers)
def test_arabic_integers_read_back(n):
    assert parse_number(str(n)) == n


@given(integers)
def test_thousands_separators_read_back(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(f"{n:,}".replace(",", "，")) == n


@given(integers)
def test_full_width_digits_read_back(n):
    assert parse_number(f"{n:,}".translate(FULL_WIDTH)) == n
    assert parse_number(str(n).translate(FULL_WIDTH)) == n


@settings(max_examples=500)
@given(integers, st.booleans())
def test_chinese_numerals_read_back(n, liang):
    assert parse_number(to_chinese(n, liang)) == n


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_financial_numerals_read_back(n):
    financial = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")
    assert parse_number(to_chinese(n).translate(financial)) == n


amounts = st.decimals(min_value=0, max_value=10**6, places=4, allow_nan=False, allow_infinity=False)


@given(amounts)
def test_decimals_with_wan_and_yi_scale_exactly(amount):
    written = format(amount, "f")
    assert parse_number(written + "万") == amount * 10**4
    assert parse_number(written + "亿") == amount * 10**8
    assert parse_number(written + "万亿") == amount * 10**12


@given(st.integers(1, 9999), st.integers(1, 999))
def test_arabic_digits_around_wan_with_a_zero_read_as_one_number(left, right):
    assert parse_number(f"{left}万零{right}") == left * 10**4 + right
    assert parse_quantity(f"{left}万零{right}元") == Quantity(Decimal(left * 10**4 + right), "CNY", "exact")


@given(st.integers(1, 9999), st.integers(1, 9))
def test_arabic_digits_around_wan_and_qian_read_as_one_number(left, thousands):
    assert parse_number(f"{left}万{thousands}千") == left * 10**4 + thousands * 1000
    assert parse_number(f"{left}万{thousands}") == left * 10**4 + thousands * 1000  # colloquial: 3万5 is 35000


@given(st.integers(1, 9999), st.integers(1, 9999), st.booleans())
def test_arabic_digits_around_yi_with_wan_after_them_count_the_right_part_in_wan(yi, wan, traditional):
    written = f"{yi}億{wan}萬" if traditional else f"{yi}亿{wan}万"
    assert parse_number(written) == yi * 10**8 + wan * 10**4  # 2亿3000万 is 2亿 and 3000万
    assert parse_quantity(written + "元") == Quantity(Decimal(yi * 10**8 + wan * 10**4), "CNY", "exact")
    assert parse_number(f"{yi}亿{wan % 10}千万") == yi * 10**8 + (wan % 10) * 10**7 or wan % 10 == 0
    assert parse_number(f"{yi}万{wan}亿") is None  # the part after the scale counted in a bigger one: no number


@given(amounts, st.sampled_from([("元", 1), ("千元", 10**3), ("万元", 10**4), ("亿元", 10**8)]))
def test_money_is_read_in_yuan(amount, unit_and_factor):
    unit, factor = unit_and_factor
    quantity = parse_quantity(format(amount, "f") + unit)
    assert quantity == Quantity(amount * factor, "CNY", "exact")
    assert isinstance(quantity.value, Decimal)


bounds = st.sampled_from(["余", "多", "以上"])
prefix_bounds = st.sampled_from(["超", "超过", "逾", "不少于"])
estimates = st.sampled_from(["近", "约", "大约", "接近", "约有", "大约有"])
units = st.sampled_from(["", "家", "人次", "万元", "个"])


@given(st.integers(1, 10**6), prefix_bounds, units)
def test_bound_prefixes_mean_at_least(n, prefix, unit):
    assert parse_quantity(f"{prefix}{n}{unit}").qualifier == "atLeast"


@given(st.integers(1, 10**6), bounds, units)
def test_bound_suffixes_mean_at_least(n, suffix, unit):
    written = f"{n}{unit}{suffix}" if suffix == "以上" else f"{n}{suffix}{unit}"
    assert parse_quantity(written).qualifier == "atLeast"


@given(st.integers(1, 10**6), estimates, units)
def test_estimate_prefixes_mean_approx(n, prefix, unit):
    assert parse_quantity(f"{prefix}{n}{unit}").qualifier == "approx"


@given(st.integers(1, 10**6), estimates, st.sampled_from(["余", "多"]), units)
def test_an_estimate_word_wins_over_the_bound_it_wraps(n, prefix, bound, unit):
    # 约300多元 is "about 300-odd yuan": the estimate covers the whole figure
    quantity = parse_quantity(f"{prefix}{n}{bound}{unit}")
    assert quantity is not None and quantity.value == n * (10**4 if unit == "万元" else 1)
    assert quantity.qualifier == "approx"


@given(st.integers(1, 10**6), st.sampled_from([" ", "\u00a0", "\u3000"]), units)
def test_a_space_between_a_number_and_its_unit_changes_nothing(n, space, unit):
    assert parse_quantity(f"{n}{space}{unit}") == parse_quantity(f"{n}{unit}")


@given(st.integers(1, 10**6), units)
def test_bare_numbers_are_exact(n, unit):
    assert parse_quantity(f"{n}{unit}").qualifier == "exact"


# ------------------------------------------------------------------ tricky forms


@pytest.mark.parametrize(
    "written, value",
    [
        ("两", 2),
        ("十", 10),
        ("十一", 11),
        ("二十", 20),
        ("一十一", 11),
        ("三百二十", 320),
        ("三百二", 320),  # colloquial: the last digit takes the next unit down
        ("一千二百万", 12_000_000),
        ("一万零五百", 10_500),
        ("十万零五千", 105_000),  # a 零 where no place is skipped, as people write it
        ("一亿零五千万", 150_000_000),
        ("三万五", 35_000),
        ("〇", 0),
        ("零", 0),
        ("二〇二二", 2022),  # digit by digit, as years are written
        ("壹贰叁", 123),
        ("壹佰贰拾叁", 123),
        ("三点五", Decimal("3.5")),
        ("１２．５", Decimal("12.5")),
        ("3.5万", 35_000),
        ("1.2亿", 120_000_000),
        ("7.29亿", 729_000_000),
        ("1.5万亿", 1_500_000_000_000),
        ("3千万", 30_000_000),
        ("2万余", 20_000),  # the number part of a bound
        ("3000余万", 30_000_000),
        ("三百余万", 3_000_000),
        ("十几", 10),
    ],
)
def test_parse_number_reads(written, value):
    assert parse_number(written) == value


@pytest.mark.parametrize(
    "text",
    ["", "百", "万", "千万", "abc", "12a", "1,2000", "1.", "三百零", "十十", "亿万", "三几", "第一", "2022年", "***", "**余"],
)
def test_parse_number_refuses_non_numbers(text):
    assert parse_number(text) is None


def test_values_are_tidy_decimals():
    assert str(parse_number("7.29亿")) == "729000000"
    assert str(parse_number("12.50")) == "12.5"


@pytest.mark.parametrize(
    "written, quantity",
    [
        ("1000余", Quantity(Decimal(1000), "", "atLeast")),
        ("超7亿", Quantity(Decimal(700_000_000), "", "atLeast")),
        ("30多", Quantity(Decimal(30), "", "atLeast")),
        ("100以上", Quantity(Decimal(100), "", "atLeast")),
        ("100上", Quantity(Decimal(100), "", "atLeast")),
        ("近2200人次", Quantity(Decimal(2200), "人次", "approx")),
        ("200人左右", Quantity(Decimal(200), "人", "approx")),
        ("300余场次", Quantity(Decimal(300), "场次", "atLeast")),
        ("30多位", Quantity(Decimal(30), "位", "atLeast")),
        ("十余场", Quantity(Decimal(10), "场", "atLeast")),
        ("2.3万人次", Quantity(Decimal(23_000), "人次", "exact")),
        ("3000余万人次", Quantity(Decimal(30_000_000), "人次", "atLeast")),
        ("近万人", Quantity(Decimal(10_000), "人", "approx")),
        ("上千名", Quantity(Decimal(1000), "名", "atLeast")),
        ("过亿元", Quantity(Decimal(100_000_000), "CNY", "atLeast")),
        ("千余人次", Quantity(Decimal(1000), "人次", "atLeast")),
        ("百多家", Quantity(Decimal(100), "家", "atLeast")),
        ("千万余元", Quantity(Decimal(10_000_000), "CNY", "atLeast")),
        ("百万多人次", Quantity(Decimal(1_000_000), "人次", "atLeast")),
        ("7.29亿元", Quantity(Decimal(729_000_000), "CNY", "exact")),
        ("1310.35万元", Quantity(Decimal(13_103_500), "CNY", "exact")),
        ("3000余万元", Quantity(Decimal(30_000_000), "CNY", "atLeast")),
        ("超7亿元", Quantity(Decimal(700_000_000), "CNY", "atLeast")),
        ("2万余元", Quantity(Decimal(20_000), "CNY", "atLeast")),
        ("67.1%", Quantity(Decimal("67.1"), "%", "exact")),
        ("67.1％", Quantity(Decimal("67.1"), "%", "exact")),
        ("百分之三十", Quantity(Decimal(30), "%", "exact")),
        ("三成", Quantity(Decimal(30), "%", "exact")),
        ("五成以上", Quantity(Decimal(50), "%", "atLeast")),
        ("2.5个百分点", Quantity(Decimal("2.5"), "%", "exact")),
        ("120场（次）", Quantity(Decimal(120), "场次", "exact")),
        ("1 200 名", Quantity(Decimal(1200), "名", "exact")),
        ("３５０\u3000万美元", Quantity(Decimal(3_500_000), "美元", "exact")),
    ],
)
def test_parse_quantity_reads(written, quantity):
    assert parse_quantity(written) == quantity


@pytest.mark.parametrize("text", ["", "余", "超", "近年来", "百分之", "**余次", "第3期"])
def test_parse_quantity_refuses_non_quantities(text):
    assert parse_quantity(text) is None


def test_the_currencys_name_after_a_number_is_yuan():
    assert parse_quantity("2万人民币") == Quantity(Decimal("20000"), "CNY", "exact")


def test_the_spoken_yuan_is_yuan_and_a_piece_is_a_piece():
    assert parse_quantity("300多块钱") == Quantity(Decimal("300"), "CNY", "atLeast")
    assert parse_quantity("50塊錢") == Quantity(Decimal("50"), "CNY", "exact")
    assert parse_quantity("3块") == Quantity(Decimal("3"), "块", "exact")  # 3块牌匾: pieces


@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal(10**4), places=1), st.sampled_from(["", "万"]))
def test_the_kilo_of_a_kilo_unit_is_the_units_not_a_scale_of_the_number(amount, scale):
    quantity = parse_quantity(f"{amount}{scale}千米")
    assert quantity.unit == "千米"
    assert quantity.value == amount * (10**4 if scale else 1)
