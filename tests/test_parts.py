"""Specification of ufkg.extract.parts: which figures a report gives as parts of a total.

Each case is a sentence (or two) as a work report writes them; the quantities are found by
ufkg.extract.quantities, as in a build, and the answer is each part with its total, as written.
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from ufkg.extract.parts import compatible, link_parts
from ufkg.extract.quantities import find_quantities
from ufkg.model import QuantityMention
from ufkg.text import split_sentences


def quantities_of(text: str) -> list[QuantityMention]:
    sentences = split_sentences(text)
    return [QuantityMention(q.value, q.unit, q.counts, q.qualifier, q.status, q.period, q.text,
                            s.start + q.start, s.start + q.end, s.index)
            for s in sentences for q in find_quantities(s.text, 2022)]


def parts(text: str) -> list[tuple[str, str]]:
    """(part, its total) for each part in text, as written."""
    quantities = link_parts(quantities_of(text), split_sentences(text), text)
    return [(q.text, quantities[q.part_of].text) for q in quantities if q.part_of is not None]


# ------------------------------------------------------------------ 其中, 包括 and brackets

def test_qizhong_after_money():
    assert parts("投入资金1.2亿元，其中产业投资8000万元。") == [("8000万元", "1.2亿元")]


def test_qizhong_with_several_parts():
    assert parts("全年捐赠公益资金约2.6亿元，其中助学1.1亿元、修路和人居环境整治8600余万元。") == [
        ("1.1亿元", "约2.6亿元"), ("8600余万元", "约2.6亿元")]


def test_qizhong_reaches_the_nearest_figure_of_the_same_kind():
    # 人次 counts attendances, 期 counts classes: the 2期 are two of the 15 classes
    assert parts("举办各类培训班15期，参训1380人次，其中首次开设外籍商友研修班2期。") == [("2期", "15期")]


def test_qizhong_with_the_count_before_its_verb():
    assert parts("形成调研报告23篇，其中7篇获市领导批示。") == [("7篇", "23篇")]


def test_baokuo_lists_the_parts():
    assert parts("全年开展联谊活动30场，包括座谈会12场、专题调研18场。") == [("12场", "30场"), ("18场", "30场")]


def test_a_breakdown_in_brackets():
    assert parts("动员民营企业150家（其中规模以上企业40家），结对帮扶村80个。") == [("40家", "150家")]


def test_han_right_after_a_bracket():
    assert parts("侨资企业总投资3.2亿元（含侨资1.1亿元）。") == [("1.1亿元", "3.2亿元")]


def test_people_counted_by_two_measure_words_of_one_kind():
    assert parts("新发展会员85人，其中女性会员32名。") == [("32名", "85人")]


def test_a_sentence_that_opens_with_qizhong_breaks_down_the_one_before():
    assert parts("全年培训党外干部600人次。其中，少数民族干部210人次，女干部150人次。") == [
        ("210人次", "600人次"), ("150人次", "600人次")]


def test_the_parts_of_a_part():
    assert parts("总投资5亿元，其中社会资本3亿元（含民营资本1.2亿元）。") == [("3亿元", "5亿元"), ("1.2亿元", "3亿元")]


# ------------------------------------------------------------------ 分别, lists and 合计

def test_fenbie_after_a_marked_total():
    assert parts("共培训干部500人次，党外干部、少数民族干部分别为300人次、120人次。") == [
        ("300人次", "500人次"), ("120人次", "500人次")]


def test_fenbie_that_adds_up_to_the_figure_before():
    assert parts("筹集帮扶资金80万元，民盟、民进分别出资50万元、30万元。") == [("50万元", "80万元"), ("30万元", "80万元")]


def test_a_list_after_a_marked_total():
    assert parts("共开展活动30场，座谈会12场、调研18场。") == [("12场", "30场"), ("18场", "30场")]


def test_a_list_after_a_colon():
    assert parts("开展活动30场：座谈会12场、调研10场。") == [("12场", "30场"), ("10场", "30场")]


def test_heji_after_its_parts():
    assert parts("组织提案立案7项，委员署名提案立案17项，合计24项。") == [("7项", "24项"), ("17项", "24项")]


# ------------------------------------------------------------------ what is not a part

@pytest.mark.parametrize("text", [
    "投入资金1.2亿元，其中带动就业3000人。",  # 其中 introducing another unit
    "新增会员1275人，其中90%以上为企业会员。",  # a share is not an amount
    "培训干部500人次，其中党外干部300人。",  # attendances and people are not one kind
    "投入资金1.2亿元，其中产业投资2亿元。",  # larger than its total
    "投入资金3亿元，撬动社会资金1亿元，其中银行贷款2亿元。",  # larger than the nearest: not hung on an older one
    "民盟市委会、民建市委会分别捐赠资金50万元、30万元。",  # 分别 with two subjects and no total
    "投入资金20万元，民盟、民建分别捐赠50万元、30万元。",  # 分别 whose figures exceed the one before
    "举办培训班20期，市工商联、市侨联分别举办讲座6期、4期。",  # no total marked, and they do not add up
    "引进项目42个，签约项目30个，开工项目10个。",  # stages of one pipeline, not a breakdown the text states
    "开展座谈会30场、调研12场、走访18场。",  # items of one list
    "共同开展活动30场，座谈会12场、调研10场。",  # 共同 marks no total
    "组织提案立案7项，委员署名提案立案17项，合计25项。",  # a 合计 its figures do not add up to
    "投入资金1.2亿元，其中产业投资8000万元，同时募集善款500万元。",  # a new topic ends the reach of 其中
])
def test_not_a_part(text):
    assert [pair for pair in parts(text) if pair[0] in ("3000人", "90%以上", "300人", "2亿元", "50万元", "30万元",
                                                        "6期", "4期", "30个", "10个", "12场", "18场", "10场",
                                                        "7项", "17项", "500万元")] == []


def test_a_new_topic_leaves_the_earlier_part_linked():
    assert parts("投入资金1.2亿元，其中产业投资8000万元，同时募集善款500万元。") == [("8000万元", "1.2亿元")]


def test_qizhong_in_the_next_paragraph_is_not_read_back():
    assert parts("全年培训党外干部600人次。\n其中，少数民族干部210人次。") == []


def test_a_quoted_marker_is_a_name():
    assert parts("开展“其中有我”志愿活动30场，服务群众12场。") == []


# ------------------------------------------------------------------ compatible units

def mention(value: str, unit: str, start: int = 0, status: str = "achieved") -> QuantityMention:
    return QuantityMention(Decimal(value), unit, "", "exact", status, 2022, f"{value}{unit}", start, start + 3, 0)


def test_money_goes_only_with_money():
    assert compatible(mention("120000000", "CNY"), mention("80000000", "CNY"))
    assert not compatible(mention("120000000", "CNY"), mention("300", "人"))


def test_a_target_is_not_part_of_what_was_achieved():
    total = mention("100000000", "CNY")
    assert not compatible(total, replace(mention("20000000", "CNY"), status="target"))


def test_a_traditional_measure_word_is_read_through_its_simplified_form():
    total, part = mention("12", "個", start=0), mention("5", "項", start=10)
    assert not compatible(total, part)  # 個 and 項 are not in the lexicon as written
    assert compatible(total, part, {0: "个", 10: "项"})  # both count items
