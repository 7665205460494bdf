"""Initiatives and policies: quotations, titles and named actions."""
from __future__ import annotations

import pytest

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


def test_a_quoted_bodys_name_joined_to_the_next_item_shares_no_head():
    assert names("“宜宾青年商会”和江安县茶叶种植项目入选。", "Initiative") == []
    assert names("“宜宾青年商会”和江安县茶叶种植项目入选。", "Association") == ["宜宾青年商会"]
    assert names("深入推进“同心共建”和民族联谊活动。", "Initiative") == ["同心共建"]  # a programme's name does


def test_a_numbered_slogan_is_not_an_initiative():
    assert names("增强“四个意识”、坚定“四个自信”。", "Initiative") == []


def test_a_quotation_without_a_head_is_not_an_initiative():
    assert names("进行“结对”帮扶，效果良好。", "Initiative") == []


def test_a_quoted_post_is_no_initiative():
    text = "2023年遵义市统一战线工作综述\n王某某任红星村“乡村振兴顾问”，李某某任光明村“名誉镇长”。开展“万企兴万村”行动。\n"
    assert mentions_of(text, "Initiative") == ["万企兴万村"]


def test_a_construction_job_is_no_initiative():
    text = "2023年遵义市统一战线工作综述\n某商会捐资实施村道硬化工程、街巷亮化工程。全县实施惠农工程、育才工程等。\n"
    assert mentions_of(text, "Initiative") == ["惠农工程", "育才工程"]


def test_an_unquoted_named_action():
    assert names("大力实施民族地区人才振兴工程。", "Initiative") == ["民族地区人才振兴工程"]


def test_a_kind_of_action_is_not_named():
    assert names("开展专项排查整治行动。", "Initiative") == []
    assert names("这是商会推出的关爱行动。", "Initiative") == []  # 推出的关爱行动: a kind, and its 的 starts no name


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
    issued = names("各民主党派相继出台了对口支援黔西南州民族地区的实施方案。", "Policy")
    assert issued == ["对口支援黔西南州民族地区的实施方案"]  # 出台了: the aspect particle opens no name


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


def test_a_proposal_named_by_its_title_without_marks():
    found = names("民进某县支部提出的关于加快城乡供水一体化建设的建议被县政府采纳。", "Policy")
    assert found == ["关于加快城乡供水一体化建设的建议"]
    assert names("民盟市委提交的关于推进特色农产品品牌培育的提案被列为重点提案。", "Policy") == [
        "关于推进特色农产品品牌培育的提案"]


def test_counted_suggestions_are_not_a_proposal():
    assert names("全年提出关于优化营商环境的建议12条。", "Policy") == []


def test_a_proposal_in_title_marks():
    assert names("报送《关于促进县域民营经济高质量发展的建议》。", "Policy") == ["关于促进县域民营经济高质量发展的建议"]


def test_a_regulation_named_without_title_marks():
    assert names("认真学习贯彻新修订的宗教事务条例，开展法规宣传。", "Policy") == ["宗教事务条例"]
    assert names("贯彻落实四川省民营经济促进条例。", "Policy") == ["四川省民营经济促进条例"]


def test_a_regulation_needs_a_name():
    assert names("严格遵守相关条例。", "Policy") == []


def test_an_event_named_with_its_year():
    found = names("举行2023年宜宾市统一战线政策宣传周启动仪式。", "Initiative")
    assert found == ["2023年宜宾市统一战线政策宣传周"]


def test_a_festival_named_with_its_edition():
    assert names("成功举办第五届三江侨乡民俗文化节，吸引游客3万人次。", "Initiative") == ["第五届三江侨乡民俗文化节"]


def test_a_forum_with_a_name_of_its_own():
    assert names("举办民营经济创新发展论坛，邀请专家12名。", "Initiative") == ["民营经济创新发展论坛"]


def test_a_kind_of_forum_is_not_named():
    assert names("组织企业家参加高峰论坛。", "Initiative") == []


def test_a_sub_forum_does_not_swallow_the_forum():
    assert names("举办川南青年创业论坛翠屏分论坛。", "Initiative") == ["川南青年创业论坛"]


def test_a_quotation_before_an_event_ceremony_names_the_event():
    assert names("举行“同心逐梦”启动仪式。", "Initiative") == ["同心逐梦"]


def test_quoted_festivals_weeks_and_exhibitions():
    assert names("举办“侨乡文化周”，签约项目12个。", "Initiative") == ["侨乡文化周"]
    assert names("市委统战部主办的“翰墨颂党恩”书画展在市图书馆开展。", "Initiative") == ["翰墨颂党恩"]


def test_an_unquoted_campaign_month_whose_words_jieba_tags_as_adverbs():
    assert names("开展第三十个民族团结进步宣传月活动。", "Initiative") == ["民族团结进步宣传月"]


def test_a_programme_verb_takes_every_quotation_of_its_list():
    found = names("今年开展了“科技助农”“法律进企”和“侨心暖冬”，成效明显。", "Initiative")
    assert found == ["科技助农", "法律进企", "侨心暖冬"]


def test_an_unquoted_set_of_measures_issued_by_the_body():
    found = names("县委、县政府出台支持民营企业纾困发展若干措施，惠及企业300家。", "Policy")
    assert found == ["支持民营企业纾困发展若干措施"]


def test_a_quotation_that_goes_somewhere_is_an_event():
    assert names("“同心·光彩行”走进兴文县，签约项目8个。", "Initiative") == ["同心·光彩行"]
    assert names("让“同心”理念走进千家万户，让“团结”走进人心。", "Initiative") == []


# --- real-text patterns: carriers, pilots, apps, bases, campaign years, corner quotes, events, agreements, proposals

def test_a_quotation_that_carries_the_work_is_an_initiative():
    assert names("以“同心筑梦”为抓手，凝聚各方力量。", "Initiative") == ["同心筑梦"]


def test_a_quotation_that_is_the_theme_is_not_an_initiative():
    assert names("以“团结奋进”为主题，召开座谈会。", "Initiative") == []


def test_quotations_before_pilots_and_apps_are_initiatives():
    assert names("聚焦“山区共富样板”和“侨乡振兴示范”两大试点。", "Initiative") == ["山区共富样板", "侨乡振兴示范"]
    assert names("上线“侨务通”微信小程序，服务归侨侨眷。", "Initiative") == ["侨务通"]


def test_a_base_named_by_its_slogan_is_an_initiative():
    assert names("挂牌成立“同心湖畔·创客汇”新阶层人士实践基地。", "Initiative") == ["同心湖畔·创客汇"]


def test_a_campaign_year_is_an_initiative():
    assert names("今年是全县统战“服务基层深化年”。", "Initiative") == ["服务基层深化年"]


def test_hundreds_helping_hundreds_is_a_campaign():
    assert names("走访“百商帮百户”结对对象。", "Initiative") == ["百商帮百户"]


def traditional_names(sentence: str, cls: str) -> list[str]:
    """Names found in a traditional-script report, read (as the pipeline does) on its simplified twin."""
    from pathlib import Path

    from ufkg.corpus import simplified_twin
    from ufkg.extract.report import extract_report
    from ufkg.model import Document

    text = "2023年某縣僑聯工作綜述\n" + sentence
    twin = simplified_twin(text)
    assert twin is not None
    extraction = extract_report(Document(Path("report.txt"), "report.txt", text, "report", twin))
    return [m.name for m in extraction.mentions if m.cls == cls]


def test_corner_quotation_marks_quote_names():
    assert traditional_names("本會積極參與「暖心助學行動」，資助貧困學生。", "Initiative") == ["暖心助学行动"]
    assert traditional_names("本會積極參與『愛心送考行動』，服務考生。", "Initiative") == ["爱心送考行动"]


def test_a_name_quoted_with_single_marks_alone_or_inside_someones_words():
    assert names("某寺持续举办‘重阳敬老捐资活动’，捐款近百万元。", "Initiative") == ["重阳敬老捐资活动"]
    assert names("住持说：“本寺18年来坚持举办‘重阳敬老捐资活动’，今后还将继续。”", "Initiative") == ["重阳敬老捐资活动"]


def test_nested_corner_quotes_stay_inside_the_outer_name():
    found = traditional_names("本會組團參加「情繫桑梓:第三屆『海絲』僑商論壇」。", "Initiative")
    assert found == ["情系桑梓:第三届‘海丝’侨商论坛"]


def test_an_event_about_a_quoted_slogan_keeps_its_whole_name():
    found = names("出席了金融服务“乡村振兴”论坛、“双碳”与绿色发展论坛等活动。", "Initiative")
    assert found == ["金融服务“乡村振兴”论坛", "“双碳”与绿色发展论坛"]


def test_a_numbered_forum_jieba_reads_as_one_word():
    assert names("将举办第六届世界佛教论坛。", "Initiative") == ["第六届世界佛教论坛"]


def test_events_joined_by_ji_are_one_event():
    assert names("举办高原特色农产品展暨投资贸易洽谈会。", "Initiative") == ["高原特色农产品展暨投资贸易洽谈会"]
    assert names("成功举办2023海峡青年论坛暨数字经济对话。", "Initiative") == ["2023海峡青年论坛暨数字经济对话"]
    assert names("2024海峡青年论坛暨数字经济对话在福州举行。", "Initiative") == ["2024海峡青年论坛暨数字经济对话"]


def test_conventions_of_a_places_people_and_merchants_are_events():
    assert names("第五届世界江门恳亲大会在江门开幕。", "Initiative") == ["第五届世界江门恳亲大会"]
    assert names("首届全国黔商大会召开。", "Initiative") == ["首届全国黔商大会"]
    assert names("县工商联召开执委会议和会员大会。", "Initiative") == []


def test_agreements_and_memoranda_are_policies():
    found = names("双方签订《乡村产业振兴战略合作协议》和《人才交流合作备忘录》。", "Policy")
    assert found == ["乡村产业振兴战略合作协议", "人才交流合作备忘录"]


def test_a_resolution_is_named_by_the_meeting_that_adopted_it():
    assert names("征求对县委十四届五次全会《决议》的意见。", "Policy") == ["县委十四届五次全会决议"]


def test_proposal_titles_are_policies_by_their_neighbours():
    found = names("提交集体提案《做强县域特色产业》《关于加强古村落保护的建议》获评优秀提案。", "Policy")
    assert found == ["做强县域特色产业", "关于加强古村落保护的建议"]
    assert names("提交了《守护青少年视力健康》等8篇集体提案。", "Policy") == ["守护青少年视力健康"]
    found = names("王某《关于完善养老服务的建议》、李某《让夜市亮起来》获评。", "Policy")
    assert found == ["关于完善养老服务的建议", "让夜市亮起来"]


def test_a_title_that_is_no_proposal_stays_unclassed():
    assert names("阅读《平凡的世界》，交流心得。", "Policy") == []


def test_the_organiser_before_a_quoted_forum_is_not_part_of_its_name():
    assert names("县侨联主办“侨心聚力”论坛。", "Initiative") == ["侨心聚力"]


def test_a_title_ending_in_measures_is_a_policy():
    assert names("县政府出台《青山县稳岗就业“八条举措”》。", "Policy") == ["青山县稳岗就业“八条举措”"]


def test_a_bodys_declared_short_name_is_no_other_body():
    text = "2022年绵阳市统一战线工作综述\n中共绵阳市委统战部（简称“市委统战部”）机关设在市委大楼。\n"
    bodies = [m for m in __import__("conftest").extraction_of(text).mentions if m.cls == "GovernmentBody"
              and "统战部" in m.name]
    assert [(m.name, m.same_as) for m in bodies] == [("绵阳市委统战部", None), ("市委统战部", "绵阳市委统战部")]


def test_quotations_that_win_a_rating_are_initiatives():
    assert names("“同心小屋”“侨心驿站”获评全市统战工作实践创新成果。", "Initiative") == ["同心小屋", "侨心驿站"]
    assert names("某某会计师事务所“同心驿站”被列为市级示范基地。", "Initiative") == ["同心驿站"]


def test_a_counted_title_that_is_selected_names_the_selection():
    assert names("组织首届“十大杰出乡贤”评选活动。", "Initiative") == ["十大杰出乡贤"]
    assert names("争做“十大标兵”。", "Initiative") == []


def test_events_joined_by_ji_share_their_ceremony():
    assert names("某镇承办“海峡科技周”暨“春风行动”启动仪式。", "Initiative") == ["海峡科技周", "春风行动"]


def test_a_united_front_quiz_named_without_quotation_marks():
    assert "统一战线知识竞赛" in names("市委统战部举办全市统一战线知识竞赛，2000余人参赛。", "Initiative")


def test_a_programme_named_before_a_bracketed_note_and_its_head():
    found = names("参加省委统战部和某某广播电视集团联合创办的“和美天下”（后改版为“同心共富”）节目录制。", "Initiative")
    assert found == ["和美天下"]
    assert names("以“共同富裕”（简称“共富”）为主题。", "Initiative") == []


def test_a_salon_or_a_lecture_hall_named_by_its_place_is_an_event():
    assert names("举办宜宾市企业家沙龙活动，开设翠屏乡贤讲堂。", "Initiative") == ["宜宾市企业家沙龙", "翠屏乡贤讲堂"]


def test_a_salon_or_a_contest_without_a_proper_name_or_edition_is_a_kind():
    assert names("举办新的社会阶层人士沙龙活动和创新创业大赛。", "Initiative") == []
    assert names("举办第三届川南创新创业大赛。", "Initiative") == ["第三届川南创新创业大赛"]


def test_a_convention_of_a_places_people():
    assert names("举办首届世界宜宾人大会。", "Initiative") == ["首届世界宜宾人大会"]
    assert names("2021·泸州人大会召开。", "Initiative") == ["2021·泸州人大会"]


def test_a_platform_or_register_built_with_a_proper_name():
    assert names("搭建全球宜宾人乡贤库，上线翠屏同心云平台。", "Initiative") == ["全球宜宾人乡贤库", "翠屏同心云平台"]
    assert names("搭建交流平台，建立新乡贤信息库。", "Initiative") == []


def test_two_slogans_joined_by_a_middle_dot_are_a_programme():
    assert names("树立“新联盟·聚同心”示范点5个。", "Initiative") == ["新联盟·聚同心"]


def test_quotations_in_the_clause_a_list_of_work_closes():
    found = names("会议就“两个健康”示范市创建、“川商回家”、商会改革等工作作出部署。", "Initiative")
    assert found == ["川商回家"]
    assert names("完善“党委出题、部门落实”工作机制，围绕产业发展等重点工作开展调研。", "Initiative") == []


def test_a_reply_is_a_policy():
    found = names("宣读了《关于调整翠屏区知联会会长人选的批复》。", "Policy")
    assert found == ["关于调整翠屏区知联会会长人选的批复"]


def test_a_festival_with_its_place_or_edition_and_not_a_holiday():
    found = names("举办第五届翠屏国际龙舟节，春节、中秋节期间走访慰问。", "Initiative")
    assert found == ["第五届翠屏国际龙舟节"]


def test_the_place_before_an_events_edition_is_part_of_its_name():
    assert names("举办宜宾市第三届民族团结运动会。", "Initiative") == ["宜宾市第三届民族团结运动会"]


def test_a_place_in_brackets_inside_an_events_name():
    found = names("举办第三届海峡两岸（宜宾）经贸交流会和2023中国（泸州）国际龙舟邀请赛。", "Initiative")
    assert found == ["第三届海峡两岸（宜宾）经贸交流会", "2023中国（泸州）国际龙舟邀请赛"]


def test_a_meeting_without_an_edition_is_no_event():
    assert names("召开2023年民营经济人士交流会和全市统战工作大会。", "Initiative") == []


def test_a_quoted_brand_of_a_place_a_programme_opens():
    assert names("建设“同心驿站”15个，打造“川南侨之家”。", "Initiative") == ["同心驿站", "川南侨之家"]


def test_a_fund_set_up_under_a_proper_name():
    assert names("旅港同乡会设立翠屏侨爱奖学金，资助学生。", "Initiative") == ["翠屏侨爱奖学金"]
    assert names("设立专项基金，设立帮扶基金500万元。", "Initiative") == []
    assert names("新乡贤联谊组织成立翠屏公益慈善基金25个，建立全县党外人才库。", "Initiative") == []


def test_a_matchmaking_fair_and_a_recruitment_month_without_quotation_marks():
    assert names("举办民营企业融资需求对接会，120家企业获得贷款。", "Initiative") == ["民营企业融资需求对接会"]
    assert names("开展全省高校毕业生网络招聘月活动。", "Initiative") == ["高校毕业生网络招聘月"]
    assert names("召开银企对接会。", "Initiative") == []


def test_an_event_held_online_keeps_the_word_that_says_so():
    assert names("举办全区高校毕业生线上招聘月活动。", "Initiative") == ["高校毕业生线上招聘月"]


def test_an_edition_marks_the_start_of_a_name_jieba_cannot_read():
    assert names("举办了首届陇商籍才交流会，邀请企业家1100多人。", "Initiative") == ["首届陇商籍才交流会"]
    assert names("召开第三届会员代表大会。", "Initiative") == []


def test_a_handbook_in_title_marks_is_a_policy():
    assert names("某州专门印发《民族团结结对手册》。", "Policy") == ["民族团结结对手册"]


def test_a_symposium_with_its_year_and_edition_is_an_event():
    found = names("指导市侨商会举办2023第五届侨智创新发展研讨会。", "Initiative")
    assert found == ["2023第五届侨智创新发展研讨会"]


def test_a_symposium_without_an_edition_is_a_meeting():
    assert names("召开2023年专题理论研讨会，交流体会。", "Initiative") == []


def test_an_exhibition_with_its_year_and_a_bracketed_place():
    found = names("组织50位侨商参加2023中国（福州）国际数字经济展览。", "Initiative")
    assert found == ["2023中国（福州）国际数字经济展览"]


def test_an_exhibition_of_a_kind_is_no_event():
    assert names("举办书画展览，展出作品80幅。", "Initiative") == []


def test_a_quoted_fair_short_name_is_kept_whole():
    assert names("邀请客商参加第20届“海峡”投洽会。", "Initiative") == ["“海峡”投洽会"]


def test_one_bodys_building_driving_anothers_is_a_programme():
    assert names("“党建带团建”经验做法在全省推广。", "Initiative") == ["党建带团建"]


def test_a_slogan_of_the_rich_driving_the_poor_is_no_programme():
    assert names("坚持“先富带后富”理念。", "Initiative") == []


def test_a_charity_event_held_is_named_by_its_kind():
    assert names("民盟某市委爱心义卖活动在市文化广场举行。", "Initiative") == ["爱心义卖"]


def test_a_charity_event_counted_is_a_kind():
    assert names("开展爱心义卖活动3场。", "Initiative") == []


def test_an_event_given_as_an_example_of_counted_events_is_named():
    found = names("精心策划侨界青年人才创新创业沙龙等5项“人才服务月”活动。", "Initiative")
    assert found == ["侨界青年人才创新创业沙龙", "人才服务月"]


def test_a_short_event_kind_given_as_an_example_is_no_name():
    assert names("举办企业家沙龙等3项活动。", "Initiative") == []


def test_a_quoted_base_a_programme_verb_builds_is_a_programme():
    found = names("鼓励支持新侨创新创业，打造“侨梦空间”“闽南侨创基地”。", "Initiative")
    assert found == ["侨梦空间", "闽南侨创基地"]


def test_a_quoted_base_built_alone_stays_an_organisation():
    assert names("市新联会打造“同心电商基地”，开展助农活动。", "Initiative") == []


def test_named_actions_listed_after_their_verb_are_bounded_by_the_list():
    found = names("民进省委打造了致远工程、引才工程等一批有影响力的特色品牌。", "Initiative")
    assert found == ["致远工程", "引才工程"]


def test_a_kind_of_charitable_action_is_no_name():
    assert names("各商会积极开展爱心行动和精准扶贫行动，实施爱心工程。", "Initiative") == []
    assert names("县里实施民生工程，新修公路20公里，推进惠民工程。", "Initiative") == []  # kinds of public works
    assert names("会上通报了助学行动的筹款情况，并安排今后的助学活动。", "Initiative") == []  # the kind of a named drive


def test_a_generic_action_in_such_a_list_is_no_name():
    assert names("深入实施了专项行动、清风行动等。", "Initiative") == ["清风行动"]


def test_a_decision_an_appeal_and_a_work_report_in_title_marks_are_documents():
    found = names("宣读了《关于同意宜宾市新联会登记的决定书》和《致全市民营企业家的倡议书》，审议通过了《民盟市委2023年度工作报告》。", "Policy")
    assert found == ["关于同意宜宾市新联会登记的决定书", "致全市民营企业家的倡议书", "民盟市委2023年度工作报告"]


def test_a_title_right_before_a_proposal_names_it():
    found = names("课题成果《加强古村落保护，提升我市文旅水平》的建议转化为提案。", "Policy")
    assert found == ["加强古村落保护，提升我市文旅水平"]
    assert names("编印《宜宾统战故事》一书。", "Policy") == []


def test_a_hotline_set_up_under_a_quoted_name_is_a_programme():
    assert names("建立“侨心关爱热线”，为侨胞提供咨询。", "Initiative") == ["侨心关爱热线"]
    assert names("开通“12345”热线。", "Initiative") == []  # a telephone number
    assert names("实施“1513”工程。", "Initiative") == ["1513"]


def test_a_quotation_right_after_a_village_names_what_was_built_there():
    assert names("走访了联丰村“蓝莓工坊”，了解销售情况。", "Initiative") == ["蓝莓工坊"]
    assert names("联丰村“两委”班子齐心协力。", "Initiative") == []  # the clause goes on: a word in quotes


def test_a_contest_for_a_quoted_cup_is_named_whole():
    found = names("举办全市第三届“漓江·象山”杯山歌演唱会，汇聚名家。", "Initiative")
    assert found == ["“漓江·象山”杯山歌演唱会"]


def test_an_event_whose_head_opens_with_the_end_of_a_word():
    found = names("组织80人参加省第五届农民体育运动会，获得12项奖项。", "Initiative")
    assert found == ["第五届农民体育运动会"]


def test_a_campaign_of_many_firms_for_villages_without_quotation_marks():
    assert names("引导企业参与百企兴村，鼓励创新。", "Initiative") == ["百企兴村"]
    assert "百企兴村" not in names("引导企业参与百企兴村，鼓励创新。", "Region")


def test_the_battle_against_poverty_as_an_action_is_no_name():
    assert names("引导企业参与到脱贫攻坚行动中来。", "Initiative") == []
    assert names("该会随后开启了面向困难学子的救助行动。", "Initiative") == []  # 救助行动, 帮扶行动: kinds of work


def test_a_festival_head_that_ends_a_place_name_is_no_event():
    assert names("中共奉节县委统战部部署工作。", "Initiative") == []


def test_the_items_of_a_carrying_list_with_one_named_programme():
    found = names("以民族团结宣传月、百名教师进乡村等为载体，开展宣传。", "Initiative")
    assert found == ["民族团结宣传月", "百名教师进乡村"]
    assert names("以党建、业务、项目建设等为抓手，推动发展。", "Initiative") == []


def test_a_quoted_delegation_is_a_programme():
    assert names("“省侨联青年文化交流参访团”应邀赴港访问。", "Initiative") == ["省侨联青年文化交流参访团"]


def test_a_titled_study_is_a_policy():
    found = names("完成《某某古道与民族交往交流交融研究》专家评审。", "Policy")
    assert found == ["某某古道与民族交往交流交融研究"]


def test_a_title_a_place_works_to_earn_carrying_the_work_names_its_campaign():
    found = names("全县以创建全国文明城市示范县为抓手，推动工作。", "Initiative")
    assert found == ["全国文明城市示范县"]
    assert names("全县以项目建设为抓手，推动工作。", "Initiative") == []


def test_a_platform_named_by_a_common_kind_is_no_programme():
    assert names("推广普通话，搭建双语学习平台，开展培训。", "Initiative") == []


def test_a_holiday_after_a_quoted_name_is_no_head_of_it():
    from conftest import extraction_of

    extraction = extraction_of("2023年容县侨联工作综述\n“侨胞之家”围绕春节、中秋等节日，开展各类活动200余场次。\n")
    assert [m.surface for m in extraction.mentions if m.cls == "Initiative"] == ["“侨胞之家”"]


def test_a_quoted_theme_year_is_a_programme():
    report = TITLE + "2024年，民进宜宾市委将根据民进省委“履职能力主题年”的整体部署，积极建言献策。\n"
    assert names(report[len(TITLE):], "Initiative") == ["履职能力主题年"]


def test_a_quoted_investment_promotion_meeting_is_an_event_not_a_chamber_of_commerce():
    sentence = "邀请客商参加宜宾市在成都举办的“宜宾市健康产业专题招商会”等大型招商引资会。"
    assert names(sentence, "Initiative") == ["宜宾市健康产业专题招商会"] and names(sentence, "Association") == []


def test_bodies_that_act_each_on_its_own_or_together_run_no_programme():
    sentence = "各级侨联分头行动，各部门联合行动，开展营商环境大优化行动。"
    assert names(sentence, "Initiative") == ["营商环境大优化行动"]
    # nor those said to act, and how (行动迅速, 行动起来)
    sentence = "灾后，各团体行动迅速，海外侨胞行动起来，开展营商环境大优化行动。"
    assert names(sentence, "Initiative") == ["营商环境大优化行动"]


def test_a_speech_and_a_run_of_titles_ending_as_a_recommendation_are_policies():
    text = ("会员张某作了《强化职业教育，助力乡村振兴》的大会发言。其中《提高乡村教师待遇》《某市文化品牌建设存在的问题及对策建议》"
            "被评为优秀提案。认真学习《习近平谈治国理政》。")
    assert names(text, "Policy") == ["强化职业教育，助力乡村振兴", "提高乡村教师待遇", "某市文化品牌建设存在的问题及对策建议"]


def test_a_counted_slogan_with_a_programme_head_after_it_is_a_programme():
    assert names("组织以一次走访、一堂宣讲课为内容的“三个一”活动，增强“四个意识”。", "Initiative") == ["三个一"]


def test_quotations_listed_before_a_count_of_groups_name_no_group():
    found = names("某县组建“红山”“清溪”等百支宣讲队伍，“青松”“映山红”等千人宣讲团。", "Association")
    assert found == []


def test_a_festivals_one_character_head_ending_an_ordinary_word_is_no_festival():
    assert names("某地9月8日电(记者 王某)金秋时节，走进某村，果园飘香。", "Initiative") == []
    assert names("第六届桐城龙舟节在某地举行。", "Initiative") == ["第六届桐城龙舟节"]
    # a longer word jieba keeps whole that ends in the ordinary word (反|季节): crops out of season, no festival
    assert names("推广反季节瓜果栽培，带动农户增收。", "Initiative") == []


def test_what_something_becomes_names_no_programme():
    assert names("激发侨界活力，让侨联成为“共富之家”。", "Initiative") == []
    assert names("开展“共富之家”创建活动。", "Initiative") == ["共富之家"]


def test_a_programme_a_verb_runs_and_a_theme_year_named_without_quotes():
    assert names("放大返乡创业效应，大力实施归雁工程，吸引在外乡贤回乡投资。", "Initiative") == ["归雁工程"]
    assert names("2022年是民进凯里市委会履职能力主题年，全体会员持续深化“三联三帮”。", "Initiative") == [
        "履职能力主题年", "三联三帮"]


def test_a_service_a_body_opens_is_a_programme():
    assert names("连续5年开通“春运返乡专车”，累计帮助3000余名务工人员返乡。", "Initiative") == ["春运返乡专车"]


def test_a_verb_takes_the_programme_of_the_body_named_between_them():
    assert names("承办了省委统战部“同心走基层”，12家媒体记者深入我市采访。", "Initiative") == ["同心走基层"]


def test_a_counted_slogan_ending_in_a_programmes_head_is_a_programme():
    assert names("市委统战部实施“三项工程”，促进各民族交往交流交融。", "Initiative") == ["三项工程"]
    assert names("增强“四个意识”，坚定“四个自信”。", "Initiative") == []


def test_a_programme_known_nationwide_by_a_name_with_no_head():
    assert names("企业家们踊跃投身光彩事业，县光彩事业促进会随后换届。", "Initiative") == ["光彩事业"]
    assert "光彩事业" not in names("2019中国光彩事业黔东南行活动举行。", "Initiative")
    assert names("引导企业家弘扬光彩事业精神。", "Initiative") == ["光彩事业"]
    assert names("光彩事业（一项扶贫事业）是企业家的自觉行动。", "Initiative") == ["光彩事业"]
    # and one whose words before the head are an ordinary word, in a list of causes
    assert names("县侨联多年支持防汛救灾、希望工程、春蕾计划等公益。", "Initiative") == ["希望工程", "春蕾计划"]


def test_a_gathering_quoted_with_its_year_or_edition_is_an_event_not_a_society():
    assert names("9月21日晚，“2019年福建侨界中秋联谊会”在福州举行。", "Initiative") == ["2019年福建侨界中秋联谊会"]
    assert names("“第五届闽台青年联谊会”在福州开幕。", "Initiative") == ["第五届闽台青年联谊会"]
    assert names("“厦门市海外联谊会”在厦门召开换届会议。", "Initiative") == []


def test_a_quotation_whose_days_a_figure_counts_names_an_event_but_a_holiday_or_a_plan_does_not():
    assert names("在2022年“同心公益日”期间，会员企业捐款300万元。", "Initiative") == ["同心公益日"]
    assert names("“春节”期间，走访慰问困难群众30户。", "Initiative") == []
    assert names("“十四五”期间，新增会员300名。", "Initiative") == []


def test_a_campaign_named_by_its_big_deeds_when_a_verb_runs_it_but_not_a_slogan_held_to():
    assert names("全县统战系统开展大走访大调研大服务，走访企业300家。", "Initiative") == ["大走访大调研大服务"]
    assert names("始终坚持大团结大联合的主题。", "Initiative") == []


def test_a_brands_events_listed_with_how_often_each_was_held():
    assert names("多年来连续举办6届荔枝节、3届龙舟赛、4次寻根之旅、3次考察团等品牌活动。", "Initiative") == [
        "荔枝节", "龙舟赛", "寻根之旅"]  # 考察团 alone is a kind of event


def test_a_plan_named_by_the_verb_that_carries_it_out():
    assert names("一是实施少数民族青年就业创业扶持计划，帮扶青年200名。", "Initiative") == ["少数民族青年就业创业扶持计划"]
    assert names("制定年度工作计划，实施工作计划。", "Initiative") == []
    assert names("深入实施侨乡文化振兴工程，实施少数民族聚居村提升行动。", "Initiative") == [
        "侨乡文化振兴工程", "少数民族聚居村提升行动"]
    assert names("深入實施僑鄉文化振興工程。", "Initiative") == ["僑鄉文化振興工程"]


def test_a_quotation_before_building_work_names_a_programme():
    assert names("红花村的“幸福邻里”建设工作成效明显。", "Initiative") == ["幸福邻里"]


def test_the_cooperation_of_two_provinces_by_their_one_character_names():
    assert names("全面融入粤黔协作，推动苏陕协作深入开展，加强区域协作。", "Initiative") == ["粤黔协作", "苏陕协作"]
    assert names("推动沪滇合作走深走实，深化校企合作。", "Initiative") == ["沪滇合作"]


def test_the_annual_sessions_are_a_meeting_not_a_programme():
    assert names("充分利用“两会”平台建言献策，开展“同心助企”活动。", "Initiative") == ["同心助企"]


def test_a_sentence_that_quotes_with_straight_marks_names_as_one_that_curls_them():
    assert names('民盟市委联合市教育局举办了"长江上游生态保护与乡村人才发展论坛",专家学者参加。', "Initiative") == [
        "长江上游生态保护与乡村人才发展论坛"]
    assert names('共开展"同心助学"活动12场。', "Initiative") == ["同心助学"]
    # a quotation that opens curled and closes straight
    assert names('市民进携手企业开展“冬日暖阳"活动，为山区学校送去棉衣。', "Initiative") == ["冬日暖阳"]


def test_a_platform_named_by_an_abbreviation_or_by_jiebas_word_for_the_head_is_a_kind():
    assert names("搭建政企沟通交流平台，畅通诉求渠道。", "Initiative") == []
    assert names("县工商联打造信息交流平台。", "Initiative") == []
    assert names("上线宜宾云平台。", "Initiative") == ["宜宾云平台"]


def test_a_convention_of_one_places_merchants_is_an_event_with_its_edition_or_proper_word():
    text = "某市工商联工作\n10月8日，首届晋商大会在太原开幕。第三届闽商大会召开期间，全市统战工作大会也召开了。\n"
    assert {"首届晋商大会", "第三届闽商大会"} <= set(mentions_of(text, "Initiative"))
    assert not any("统战工作大会" in name for name in mentions_of(text, "Initiative"))


def test_a_gala_with_a_name_of_its_own_is_an_event_but_a_seasons_gala_is_a_kind():
    text = ("某市工商联工作\n企业踊跃参与绵阳市慈善助学晚会捐赠。侨胞在悉尼举行四川地震灾区筹款晚会，"
            "同乡会举行新春联欢晚会，理事长担任晚会主持。\n")
    assert mentions_of(text, "Initiative") == ["绵阳市慈善助学晚会", "四川地震灾区筹款晚会"]


def test_a_quoted_list_of_parts_counted_as_a_set_of_programmes_names_none_of_them():
    assert "强基础、优服务、促发展" not in names("实施“强基础、优服务、促发展”三大工程，帮扶成效明显。", "Initiative")
    assert names("形成“理论学习+现场教学+交流研讨”三维模式。", "Initiative") == []
    # a slogan of parts that is one programme keeps its name
    assert names("开展“送政策、送服务、送温暖”进侨企活动。", "Initiative") == ["送政策、送服务、送温暖"]


def test_a_quotation_listing_programmes_names_each_of_them_and_not_the_list():
    text = "某县以“青年研学交流计划、民族手工传承计划、邻里互助共建计划”为抓手，推进团结进步。"
    assert names(text, "Initiative") == ["青年研学交流计划", "民族手工传承计划", "邻里互助共建计划"]
    listed = "企业家按照“助学筑梦行动、关爱老人、帮扶低收入户”3个主题开展帮扶。"
    assert names(listed, "Initiative") == ["助学筑梦行动"]  # one programme among slogans: named as it was


def test_a_space_a_page_set_inside_a_titles_brackets_is_no_part_of_the_title():
    text = "全县认真贯彻《中共中央关于加强和改进新时代统一战线工作的意见 》。"
    assert names(text, "Policy") == ["中共中央关于加强和改进新时代统一战线工作的意见"]


def test_the_kinds_of_task_a_work_is_taken_for_are_no_programmes():
    text = "全县把民族团结创建作为民生工程、先导性工程和“书记”工程来抓，成立专班12个。"
    assert names(text, "Initiative") == []
    assert names("全县实施文化润乡工程、乡村振兴工程。", "Initiative") == ["文化润乡工程", "乡村振兴工程"]


def test_a_register_built_is_named_only_by_its_place():
    assert names("县侨联开展普查，建立了侨界青年数据库。", "Initiative") == []
    assert names("镇里着手建立乡贤名录库，分门别类登记。", "Initiative") == []
    assert names("市委统战部搭建世界宁波人乡贤库。", "Initiative") == ["世界宁波人乡贤库"]


def test_a_quoted_way_of_doing_the_work_is_no_programme():
    assert names("通过“两对一”或“多帮一”的方式，已有6家企业结对。", "Initiative") == []
    assert names("采取“线上讲解+线下体验”方式开展宣传。", "Initiative") == []
    assert names("开展“同心助学”活动。", "Initiative") == ["同心助学"]


def test_principles_quoted_as_set_phrases_are_no_programme():
    sentence = "按照“统筹兼顾、分类施策、精准服务、建好平台”的工作思路，积极开展工作。"  # 平台 ends many a programme
    assert names(sentence, "Initiative") == []


def test_set_phrases_a_programme_verb_takes_are_a_programme():
    assert names("县宗教界开展“爱国守法、和谐共建”专题学习。", "Initiative") == ["爱国守法、和谐共建"]


def test_a_quotation_running_over_a_sentences_end_is_no_name():
    sentence = "“每一位来访的乡亲都能找到帮手。”联络站负责人介绍，全年接待来访50批次。"
    assert names(sentence, "Initiative") == []


def test_a_day_of_the_year_quoted_before_its_festival_is_no_programme():
    assert names("3月8日，市妇联举办“三八”节座谈会。", "Initiative") == []
    assert names("开展“六一”儿童节慰问活动。", "Initiative") == []
    assert names("开展“三个一”活动。", "Initiative") == ["三个一"]


def test_a_holiday_the_work_is_done_at_names_no_event():
    # 到归侨聚居点实行中秋佳节走访活动: 佳节 ends the holiday, not an event headed by 节
    text = "某县侨联开展走访\n9月20日，县侨联干部到归侨聚居点实行中秋佳节走访活动。\n"
    assert not any("佳节" in name for name in mentions_of(text, "Initiative"))


def test_a_programme_a_place_holds_an_event_of_starts_past_the_verb():
    assert names("5月9日，蓬溪县举行春晖工程“助学圆梦”捐赠会。", "Initiative") == ["春晖工程"]
