"""Measures: what an outcome counts, made comparable across reports, and its unit family."""
from __future__ import annotations

import pytest

from ufkg.measures import FAMILIES, Measure, clean, measure_of, unit_family


def test_a_programme_name_before_what_is_counted_is_the_subject_and_goes():
    assert measure_of("万企兴万村参与企业", "家", ["万企兴万村"]) == measure_of("参与企业", "家", ["万企兴万村"])
    assert measure_of("“万企兴万村”结对村", "个", ["万企兴万村"]).name == "结对村"


def test_the_programme_name_stays_when_it_is_not_the_subject():
    """Another subject's 万企兴万村示范村 is not a 示范村 of any kind: the name is what is counted."""
    assert measure_of("“万企兴万村”示范村", "个", ["县工商联"]).name == "万企兴万村示范村"


def test_different_things_counted_stay_apart():
    names = {measure_of(counts, unit).name for counts, unit in
             [("民营企业", "家"), ("企业", "家"), ("民营企业家", "名"), ("新增民营企业", "家")]}
    assert names == {"民营企业", "企业", "民营企业家", "新增民营企业"}


def test_places_and_filler_words_at_the_start_go():
    assert measure_of("全县民营企业", "家", [], ["江安县", "江安"]).name == "民营企业"
    assert measure_of("江安县累计新发展会员", "名", [], ["江安县", "江安"]).name == "新发展会员"
    assert measure_of("全年各类培训班", "期").name == "培训班"


def test_an_organisation_s_short_names_go_too():
    names = ["江安县工商联", "县工商联", "工商联"]
    assert measure_of("工商联会员企业", "家", names).name == "会员企业"


def test_traditional_script_full_width_and_quotation_marks_are_one_form():
    assert measure_of("民營企業", "家") == measure_of("民营企业", "家")
    assert measure_of("村（社区）", "個").name == "村(社区)"
    assert clean("“同心 助学”") == "同心助学"


def test_synonyms_that_mean_the_same_thing_are_made_one():
    assert measure_of("民企", "家").name == "民营企业"
    assert measure_of("捐资捐物", "CNY").name == measure_of("捐款捐物", "CNY").name == "捐款捐物"
    assert measure_of("村（居）", "个").name == "村(社区)"


def test_counts_that_say_nothing_become_the_family_word():
    assert measure_of("", "CNY") == Measure("金额", "money")
    assert measure_of("其中", "人次") == Measure("人次", "personTimes")
    assert measure_of("力争", "%").name == "比例"


def test_counts_that_are_only_the_subject_s_name_keep_it():
    assert measure_of("民主党派", "家", ["民主党派"]).name == "民主党派"


@pytest.mark.parametrize("unit, counts, family", [
    ("CNY", "帮扶资金", "money"),
    ("%", "办结率", "percent"),
    ("人次", "党外代表人士", "personTimes"),
    ("名", "党外干部", "people"),
    ("人", "建档立卡贫困人口", "people"),
    ("位", "新乡贤", "people"),
    ("家", "民营企业", "organisations"),
    ("场", "政企恳谈会", "events"),
    ("次", "座谈会", "events"),
    ("期", "培训班", "events"),
    ("批次", "考察交流", "events"),
    ("个", "基层商会", "organisations"),
    ("个", "村", "other"),
    ("个", "帮扶项目", "other"),
    ("所", "高校", "organisations"),
    ("所", "乡村卫生室", "other"),
    ("支", "志愿服务队", "organisations"),
    ("次", "网络点击量", "other"),
    ("件", "提案", "other"),
    ("亩", "种植基地", "other"),
])
def test_the_unit_family_comes_from_the_unit_and_what_is_counted(unit, counts, family):
    assert measure_of(counts, unit).family == family


def test_every_family_is_one_of_the_seven():
    assert unit_family("吨") == "other"
    for unit in ("CNY", "%", "人次", "名", "家", "场", "个", "件"):
        assert unit_family(unit) in FAMILIES


def test_money_in_another_currency_is_no_money_in_yuan():
    assert unit_family("USD") == "other" and unit_family("HKD") == "other"
    assert unit_family("CNY") == "money"
