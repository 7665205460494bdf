"""Initiatives and policies: quotations, titles and named actions."""
from __future__ import annotations

from conftest import mentions_of

TITLE = "2023年宜宾市统一战线工作综述\n"


def names(sentence: str, cls: str) -> list[str]:
    return mentions_of(TITLE + sentence, cls)


def test_a_quotation_followed_by_an_initiative_head():
    assert names("深入推进“千企帮千村”行动，成效明显。", "Initiative") == ["千企帮千村"]


def test_a_quotation_that_ends_in_a_head():
    assert names("持续开展“同心助学行动”。", "Initiative") == ["同心助学行动"]


def test_quotations_in_a_list_closed_by_activities():
    found = names("开展“光彩行”“同心健康行”等系列活动30场。", "Initiative")
    assert found == ["光彩行", "同心健康行"]


def test_quotations_joined_share_the_head_after_them():
    assert names("实施“希望厨房”及“爱心书屋”项目。", "Initiative") == ["希望厨房", "爱心书屋"]


def test_a_numbered_slogan_is_not_an_initiative():
    assert names("增强“四个意识”、坚定“四个自信”。", "Initiative") == []


def test_a_quotation_without_a_head_is_not_an_initiative():
    assert names("进行“结对”帮扶，效果良好。", "Initiative") == []


def test_an_unquoted_named_action():
    assert names("大力实施民族地区人才振兴工程。", "Initiative") == ["民族地区人才振兴工程"]


def test_a_kind_of_action_is_not_named():
    assert names("开展专项排查整治行动。", "Initiative") == []


def test_a_policy_in_title_marks():
    assert names("认真学习《中国共产党统一战线工作条例》。", "Policy") == ["中国共产党统一战线工作条例"]


def test_a_policy_inside_a_policy_title():
    found = names("出台《宜宾市贯彻〈宗教事务条例〉实施办法》。", "Policy")
    assert found == ["宜宾市贯彻〈宗教事务条例〉实施办法", "宗教事务条例"]


def test_a_book_title_is_not_a_policy():
    assert names("编印《宜宾统战故事》一书。", "Policy") == []


def test_a_quoted_package_of_measures_is_a_policy():
    assert names("制定“稳企15条”等措施。", "Policy") == ["稳企15条"]


def test_an_unquoted_plan_issued_by_the_body():
    found = names("率先出台民营经济人士理想信念教育工作实施方案，推动落实。", "Policy")
    assert found == ["民营经济人士理想信念教育工作实施方案"]


def test_a_masked_locality_in_a_title_keeps_the_rest():
    assert names("制定《**县民族团结进步创建工作任务清单》。", "Policy") == ["县民族团结进步创建工作任务清单"]
    assert names("贯彻落实《****规划》。", "Policy") == []


def test_a_quoted_organisation_name():
    assert names("发挥“同心·侨智服务团”作用。", "Association") == ["同心·侨智服务团"]


def test_a_quotation_after_a_programme_verb_is_an_initiative():
    assert names("推动统战成员参与“慈善一日捐”，成效明显。", "Initiative") == ["慈善一日捐"]


def test_a_quotation_after_other_verbs_is_not():
    assert names("唱好“双城记”，在思想上政治上行动上保持一致。", "Initiative") == []


def test_numbered_articles_are_a_policy_package():
    assert names("落实福建省“66条”措施。", "Policy") == ["66条"]
    assert names("推动出台《宜宾市助企强企“十六条”》。", "Policy") == ["宜宾市助企强企“十六条”"]


def test_an_abbreviation_in_brackets_after_a_title():
    from conftest import knowledge_of

    kb = knowledge_of(TITLE + "贯彻《宜宾市促进非公有制经济发展十二条措施》（“非公经济12条”）。")
    assert [(e.label, e.alt_labels) for e in kb.entities.values() if e.cls == "Policy"] == [
        ("宜宾市促进非公有制经济发展十二条措施", {"非公经济12条"})]
