"""Sentences and clauses with their offsets."""
from __future__ import annotations

from ufkg.text import clause_bounds, pair_straight_quotes, quoted_spans, split_sentences


def test_sentences_keep_their_offsets():
    text = "标题\n第一句。第二句；第三句！\n第四句"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["标题", "第一句。", "第二句；", "第三句！", "第四句"]
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 1, 1, 1, 2]


def test_no_split_inside_quotations():
    sentences = split_sentences("提出“团结奋进。开拓创新”的口号。后一句。")
    assert [s.text for s in sentences] == ["提出“团结奋进。开拓创新”的口号。", "后一句。"]


def test_an_unclosed_quotation_does_not_swallow_the_paragraph():
    text = "他说“" + "很长的话" * 80 + "。下一句。"
    assert len(split_sentences(text)) == 2


def test_clauses_and_quotations():
    sentence = "开展“甲，乙”活动，动员企业，投入资金"
    assert [sentence[a:b] for a, b in clause_bounds(sentence)] == ["开展“甲，乙”活动", "动员企业", "投入资金"]
    assert [sentence[a:b] for a, b in quoted_spans(sentence)] == ["“甲，乙”"]


def test_a_quotation_closed_with_a_straight_mark_is_one_pair():
    assert pair_straight_quotes('“同心助学"活动方案') == "“同心助学”活动方案"
    assert pair_straight_quotes('"同心助学”活动方案') == "“同心助学”活动方案"
    assert pair_straight_quotes('"同心助学"活动方案') == '"同心助学"活动方案'
    assert pair_straight_quotes("“同心助学”活动方案") == "“同心助学”活动方案"


def test_the_small_semicolon_of_some_pages_ends_a_sentence():
    sentences = split_sentences("邀请客商来厦参加投洽会，促成签约2个项目﹔组织70位侨商参加展览﹐反响良好。")
    assert [s.text for s in sentences] == ["邀请客商来厦参加投洽会，促成签约2个项目﹔", "组织70位侨商参加展览﹐反响良好。"]


def test_a_line_of_dashed_bullet_points_is_one_sentence_per_point_but_a_pages_chrome_is_not():
    text = ("要点 - 某州实施某某工程，建设30所学校 [1] - 组建500余人的宣讲队伍 [1] - "
            "2023年某乡实施12个项目 [2] - 某某村合作社收入达20万元 [3]\n首页 - 要闻 - 某某新闻 - 正文")
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["要点", "某州实施某某工程，建设30所学校 [1]", "组建500余人的宣讲队伍 [1]",
                                           "2023年某乡实施12个项目 [2]", "某某村合作社收入达20万元 [3]",
                                           "首页 - 要闻 - 某某新闻 - 正文"]
    assert all(text[s.start:s.end] == s.text for s in sentences)
