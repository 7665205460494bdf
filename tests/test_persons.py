"""People: names confirmed by a title, a count of people, or a list of names."""
from __future__ import annotations

from conftest import mentions_of

TITLE = "2023年宜宾市统一战线工作综述\n"


def people(sentence: str) -> list[str]:
    return mentions_of(TITLE + sentence, "Person")


def test_a_name_with_a_count_of_comrades():
    assert people("李明华等6名同志被评为先进个人。") == ["李明华"]


def test_a_name_before_a_title():
    assert "王晓东" in people("王晓东主席出席会议并讲话。")


def test_a_list_of_names_glued_to_a_verb():
    assert people("宣传黄继光、邱少云、赵一曼等英雄事迹。") == ["黄继光", "邱少云", "赵一曼"]


def test_ordinary_words_are_not_names():
    assert people("文化、教育、卫生等领域全覆盖。") == []
    assert people("何时召开会议尚未确定。") == []


def test_a_name_right_after_a_title():
    assert people("公司董事长刘德明牵头成立产业联盟。") == ["刘德明"]


def test_a_name_without_a_common_surname_after_a_title():
    found = people("台湾青年陈怡君说，很受启发。")
    assert found == ["陈怡君"]


def test_a_name_jieba_cuts_in_two_after_a_title():
    assert people("市委统战部干部王立新被评为先进个人。") == ["王立新"]
    assert people("乡贤何永清返乡创办综合体。") == ["何永清"]


def test_a_title_before_an_ordinary_word_is_no_name():
    assert people("建立党外干部信息库，分类储备。") == []
