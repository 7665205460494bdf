"""What a report says about itself."""
from __future__ import annotations

from ufkg.metadata import read_metadata


def regions(text: str) -> list[str]:
    return [name for name in ("黔东南州", "凯里市") if name in text]


def test_title_year_region_publisher_and_date():
    text = "奋进新征程——2021年黔东南州统一战线工作综述\n正文第一段。\n黔东南日报2022-3-5\n"
    meta = read_metadata(text, regions)
    assert meta.title == "奋进新征程——2021年黔东南州统一战线工作综述"
    assert (meta.year, meta.region, meta.publisher, meta.date) == (2021, "黔东南州", "黔东南日报", "2022-03-05")


def test_a_summary_and_plan_covers_the_first_year():
    meta = read_metadata("县委统战部2021年度工作总结暨2022年度工作计划\n正文。\n", regions)
    assert meta.year == 2021 and meta.region is None


def test_a_source_line_with_labels():
    meta = read_metadata("凯里市统战工作综述\n正文。\n来源：凯里统战 发布时间：2023年1月9日\n", regions)
    assert (meta.publisher, meta.date) == ("凯里统战", "2023-01-09")


def test_no_title_when_the_first_line_is_a_paragraph():
    meta = read_metadata("一年来，全市统一战线凝心聚力，取得了新成效，为全市发展作出了重要贡献。\n", regions)
    assert meta.title is None


def test_year_from_the_date_when_nothing_else_says():
    assert read_metadata("统战工作综述\n正文。\n统战新语2023-2-1\n", regions).year == 2022


def test_full_width_digits_in_the_title():
    meta = read_metadata("２０２３年凯里市统一战线工作综述\n正文。\n凯里统战２０２４－１－５\n", regions)
    assert (meta.year, meta.date) == (2023, "2024-01-05")


def test_a_year_in_chinese_numerals():
    meta = read_metadata("二〇二三年凯里市统一战线工作综述\n正文。\n凯里统战二〇二四年一月五日\n", regions)
    assert meta.year == 2023
