"""What a report says about itself."""
from __future__ import annotations

from ufkg.metadata import read_metadata


PLACES = ("黔东南州", "凯里市", "贵州省", "贵阳", "雷山县", "丹寨县", "台江县")


def regions(text: str) -> list[str]:
    """The places of PLACES a piece names, the last first (as the extractor orders a title's)."""
    found = [(text.find(name), name) for name in PLACES if name in text]
    return [name for _, name in sorted(found, reverse=True)]


def is_place(name: str) -> bool:
    return name in PLACES or name in ("安顺", "都匀")


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


# ------------------------------------------------------------------ news items

def test_a_dateline_gives_the_region_and_the_publication_year():
    text = ("民族团结之花处处绽放\n新华社贵阳3月2日电（记者 王林）春节以来，各族群众欢聚一堂。\n"
            "贵州日报2024-03-03\n")
    meta = read_metadata(text, regions, is_place)
    assert (meta.region, meta.year, meta.date) == ("贵阳", 2024, "2024-03-03")


def test_a_dateline_with_the_year():
    meta = read_metadata("侨乡春意浓\n中新网安顺2023年5月8日电 侨胞返乡投资兴业。\n", regions, is_place)
    assert (meta.region, meta.year, meta.date) == ("安顺", 2023, "2023-05-08")


def test_the_body_the_reporter_heard_from():
    text = ("同心助力乡村振兴\n本报讯（记者 刘芳）记者从雷山县工商联获悉，今年以来，全县民营企业结对帮扶村寨42个。\n"
            "黔东南日报2023-11-20\n")
    meta = read_metadata(text, regions, is_place)
    assert (meta.region, meta.year) == ("雷山县", 2023)


def test_the_place_that_held_the_meeting_not_the_county_of_an_example():
    text = ("同心聚力促振兴\n9月27日，凯里市召开“万企兴万村”行动推进会。会议指出，丹寨县等地已有企业86家参与。\n"
            "黔东南日报2023年9月28日\n")
    meta = read_metadata(text, regions, is_place)
    assert (meta.region, meta.year) == ("凯里市", 2023)


def test_the_body_whose_meeting_it_is():
    text = "台江县工商联召开第八次会员代表大会\n来源：台江县融媒体中心 发布时间：2023-10-13\n会议选举产生新一届执委会。\n"
    meta = read_metadata(text, regions, is_place)
    assert (meta.region, meta.year, meta.publisher, meta.date) == ("台江县", 2023, "台江县融媒体中心", "2023-10-13")


def test_a_citys_body_as_author_is_not_its_province():
    text = "凝心聚力谱新篇\n贵州省委统战部部署全省统战工作，各地迅速行动。\n来源：凯里市委统战部\n"
    assert read_metadata(text, regions, is_place).region == "凯里市"


def test_a_city_named_without_its_level_in_the_titles_slot():
    meta = read_metadata("同心筑梦\n——2021年都匀统战工作综述\n正文。\n", regions, is_place)
    assert (meta.region, meta.year) == ("都匀", 2021)


def test_a_summary_published_early_next_year_covers_the_year_before():
    assert read_metadata("凝心聚力谱新篇\n正文。\n凯里统战2024-1-15\n", regions, is_place).year == 2023


def test_a_date_and_source_line_at_the_top():
    text = "丹寨县侨联召开第四次代表大会\n2023-06-12 10:15 来源：丹寨县融媒体中心\n会议选举产生新一届委员会。\n"
    meta = read_metadata(text, regions, is_place)
    assert (meta.region, meta.year, meta.publisher, meta.date) == ("丹寨县", 2023, "丹寨县融媒体中心", "2023-06-12")


def test_a_source_line_in_brackets_at_the_end():
    text = "同心助力乡村振兴\n本报讯 近日，雷山县工商联召开执委会议。\n（来源：黔东南日报 发布时间：2023年10月13日）\n"
    meta = read_metadata(text, regions, is_place)
    assert (meta.region, meta.year, meta.date) == ("雷山县", 2023, "2023-10-13")


def test_without_a_title_region_the_region_the_text_names_most():
    text = ("凝心聚力谱新篇\n近日，在雷山县一处村寨，侨胞们围坐一起。这是凯里市统一战线服务侨胞的缩影。\n"
            "一年来，凯里市统一战线团结奋进，凯里市委统战部扎实推进各项工作。\n")
    assert read_metadata(text, regions, is_place).region == "凯里市"


def test_the_body_that_met_after_a_dateline_filed_from_elsewhere():
    text = "同心共筑中国梦\n新华社贵阳3月2日电 3月1日，凯里市侨联五届三次全委会召开。\n"
    assert read_metadata(text, regions, is_place).region == "凯里市"
