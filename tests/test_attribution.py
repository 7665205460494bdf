"""Which entity each reported quantity belongs to, on sentences written for the test."""
from __future__ import annotations

import pytest

from conftest import extraction_of
from ufkg.extract.attribution import _guideline
from ufkg.model import Mention

TITLE = "2023年泸州市统一战线工作综述\n"


def subjects(sentence: str) -> list[tuple[str, str]]:
    """(quantity as written, subject name or 'region') for each quantity of the sentence."""
    return subjects_in(TITLE + sentence)


def subjects_in(text: str) -> list[tuple[str, str]]:
    """(quantity as written, subject name or 'region') for each quantity of a whole report."""
    extraction = extraction_of(text)
    return [(q.text, extraction.mentions[q.subject].name if q.subject is not None else "region")
            for q in extraction.quantities]


def test_the_initiative_before_the_quantities():
    assert subjects("深入推进“千企帮千村”行动，动员210家企业结对帮扶，投入资金1.2亿元。") == [
        ("210家", "千企帮千村"), ("1.2亿元", "千企帮千村")]


def test_the_only_initiative_after_the_quantities():
    assert subjects("组织36所学校结对共建，深化“侨爱心工程”内涵。") == [("36所", "侨爱心工程")]


def test_initiatives_counted_together_belong_to_the_region():
    assert subjects("开展“光彩行”“同心健康行”等活动45场。") == [("45场", "region")]


def test_an_initiative_named_inside_what_is_counted():
    assert subjects("深入推进“千企帮千村”行动。打造12个“千企帮千村”示范点。") == [("12个", "千企帮千村")]


def test_occurrences_of_an_initiative_are_its_own():
    assert subjects("每季度举办3期“酒城讲坛”。") == [("3期", "酒城讲坛")]


def test_the_body_that_acts():
    assert subjects("市委统战部开展专题调研12次，形成报告9篇。") == [("12次", "市委统战部"), ("9篇", "市委统战部")]


def test_an_example_is_not_the_subject():
    assert subjects("市政协办等5家单位被评为先进集体。") == [("5家", "region")]


def test_a_partner_is_not_the_subject():
    assert subjects("与市委组织部联合举办培训班4期。") == [("4期", "region")]


def test_the_counted_organisations_are_not_the_subject():
    assert subjects("全市建立乡贤联谊会86个。") == [("86个", "region")]


def test_what_a_document_holds_belongs_to_the_document():
    assert subjects("制定《泸州市党外干部培养实施方案》，明确4个方面12条措施。") == [
        ("4个", "泸州市党外干部培养实施方案"), ("12条", "泸州市党外干部培养实施方案")]


def test_a_sentence_that_gives_the_figures_of_the_one_before():
    found = subjects("企业积极参与“千企帮千村”行动。据不完全统计，共有320家企业参与，投入资金2亿元。")
    assert found == [("320家", "千企帮千村"), ("2亿元", "千企帮千村")]


def test_the_body_a_clause_opens_with_acts_in_that_clause():
    found = subjects("市委常委会专题研究统战工作4次，市委统战工作领导小组召开全体会议2次。")
    assert found == [("4次", "市委常委会"), ("2次", "市委统战工作领导小组")]


def test_a_short_topic_sentence_names_what_the_next_one_counts():
    found = subjects("组织“同心·光明行”活动。协助民盟中央组织专家义诊，接诊群众800余人次。")
    assert found == [("800余人次", "同心·光明行")]


def test_an_enterprise_that_opens_the_sentence_acts_in_it():
    assert subjects("泸州老窖有限公司在叙永县建设种植基地，吸纳就业300人。") == [("300人", "泸州老窖有限公司")]


def test_the_body_a_sentence_opens_with_before_an_initiative_after_the_quantity():
    found = subjects("市侨联与12个侨团建立联系，并开展“亲情中华”活动。")
    assert found == [("12个", "市侨联")]


# ------------------------------------------------------------------ figures whose sentence names no actor

def subjects_of(report: str) -> list[tuple[str, str]]:
    """(quantity as written, subject name or 'region') for each quantity of a whole report."""
    extraction = extraction_of(report)
    return [(q.text, extraction.mentions[q.subject].name if q.subject is not None else "region")
            for q in extraction.quantities]


SECTIONS = """2023年泸州市统一战线工作综述
凝心铸魂
筑牢共同思想政治基础
思想是行动的先导。
一年来，市委统战部把思想政治引领摆在首位，扎实推进各项工作。
举办党外人士培训班6期，培训学员300余人次。
各民主党派市委会围绕乡村振兴开展调研，提交调研报告15篇。
服务大局
彰显统一战线法宝作用
过去的一年，全市统一战线围绕中心、服务大局。
组织民营企业开展专题调研12次。
"""


def test_the_actor_of_a_sections_lead_governs_its_figures():
    assert subjects_of(SECTIONS)[:2] == [("6期", "市委统战部"), ("300余人次", "市委统战部")]


def test_a_collective_actor_keeps_its_figures_with_the_region():
    assert subjects_of(SECTIONS)[2] == ("15篇", "region")


def test_a_heading_ends_the_lead_and_a_lead_naming_no_body_gives_the_region():
    assert subjects_of(SECTIONS)[3] == ("12次", "region")


def test_a_sentence_listing_the_figures_of_two_bodies_does_not_lead():
    report = ("2023年泸州市统一战线工作综述\n自身建设\n市委常委会专题研究统战工作3次，市委统战工作领导小组召开全体会议2次。\n"
              "在全市56个乡镇配备统战委员。\n")
    assert subjects_of(report)[2] == ("56个", "region")


def test_a_news_item_gives_its_organisation_the_figures_that_name_no_actor():
    report = ("兴文县工商联召开第十三次会员代表大会\n10月12日，兴文县工商联召开第十三次会员代表大会。\n"
              "会议选举产生执委45名，新发展会员企业32家。\n")
    assert subjects_of(report) == [("45名", "兴文县工商联"), ("32家", "兴文县工商联")]


def test_a_programme_that_opens_a_paragraph_frames_its_figures():
    report = "2023年泸州市统一战线工作综述\n“同心·侨乡行”活动期间，海外侨胞代表来到泸州。签约项目60个，金额12亿元。\n"
    assert subjects_of(report) == [("60个", "同心·侨乡行"), ("12亿元", "同心·侨乡行")]


def test_a_programme_in_another_paragraph_frames_nothing():
    report = "2023年泸州市统一战线工作综述\n“同心·侨乡行”活动期间，海外侨胞代表来到泸州。\n签约项目60个。\n"
    assert subjects_of(report) == [("60个", "region")]


def test_a_persons_own_work_belongs_to_the_person():
    assert subjects("商会会长刘建华牵头组织捐款1600余万元。") == [("1600余万元", "刘建华")]


def test_a_body_a_person_founded_keeps_its_figures():
    found = subjects("企业家刘建华带头成立泸州市白酒产业联盟，带动会员企业45家抱团发展。")
    assert found == [("45家", "泸州市白酒产业联盟")]


def test_a_lead_that_opens_after_a_time_clause_and_reports_figures():
    report = ("2023年泸州市统一战线工作综述\n一、强化思想引领\n"
              "全会召开后，市委统战部组建宣讲团开展宣讲36场。与市委党校联合举办培训班3期。\n")
    assert subjects_of(report) == [("36场", "市委统战部"), ("3期", "市委统战部")]


def test_a_short_phrase_heading_its_paragraph_lets_the_next_sentence_lead():
    report = ("2023年泸州市统一战线工作综述\n一年来，全市统一战线团结奋进。\n"
              "坚持思想引领，共同思想基础更加牢固。市委统战部深化理论学习，推动学习走深走实。举办专题研讨班2期。\n")
    assert subjects_of(report) == [("2期", "市委统战部")]


def test_a_maxim_right_after_a_heading_is_the_lead_and_names_no_body():
    report = ("2023年泸州市统一战线工作综述\n同心抗洪显担当\n灾情就是命令，救灾就是责任。"
              "汛情发生后，市委统战部发出倡议。\n海外侨胞向灾区捐赠物资1200余件。\n")
    assert subjects_of(report) == [("1200余件", "region")]


def test_a_group_that_acts_keeps_its_figures_with_the_region():
    report = ("2023年泸州市统一战线工作综述\n一年来，市委统战部扎实推进各项工作。\n"
              "民营企业纷纷响应，捐款捐物300余万元。\n")
    assert subjects_of(report) == [("300余万元", "region")]


def test_a_news_item_after_its_dateline_and_reporter():
    report = ("凝心聚力开新局\n本报讯（记者 张明）10月12日，兴文县工商联召开第十三次会员代表大会。"
              "会议选举产生执委45名。\n")
    assert subjects_of(report) == [("45名", "兴文县工商联")]


def test_a_party_committees_own_summary_gives_it_the_figures_after_every_heading():
    report = ("民盟泸州市委会2023年工作总结\n一年来，在中共泸州市委的领导下，全市盟员积极履职。\n"
              "一、参政议政\n提交集体提案12件，社情民意信息86条。\n")
    assert subjects_of(report) == [("12件", "民盟泸州市委会"), ("86条", "民盟泸州市委会")]


def test_a_text_opening_on_a_party_committee_at_work_is_its_account():
    report = ("爱心助学暖人心\n12月27日，民盟泸县支部携手爱心企业开展助学活动。"
              "是日上午，支部成员来到玄滩镇中心小学，为86名孩子送上爱心礼包，总价值2.3万元。\n")
    assert subjects_of(report) == [("86名", "民盟泸县支部"), ("2.3万元", "民盟泸县支部")]
    whole = ("民建界别委员履职\n今年以来，民建会员踊跃建言献策，全年提交提案21件。"
             "民建泸州市委会组织会员开展调研。\n")
    assert subjects_of(whole) == [("21件", "民建泸州市委会")]  # the whole party: the committee the text names


def test_a_departments_own_summary_gives_it_the_figures_that_name_no_actor():
    report = "泸州市委统战部2023年工作总结\n一、参政议政\n提交集体提案12件。全市新增民营企业300家。\n"
    assert subjects_of(report) == [("12件", "泸州市委统战部"), ("300家", "region")]


def test_a_sponsored_event_that_opens_a_paragraph_frames_its_figures():
    report = ("2023年泸州市统一战线工作综述\n9月5日，由市委统战部主办的“同心·侨乡行”活动在泸州开幕。"
              "活动共吸引海外侨胞300余人。\n")
    assert subjects_of(report) == [("300余人", "同心·侨乡行")]


def test_a_news_item_on_a_body_named_with_its_other_name():
    report = ("兴文县工商联（总商会）召开第十三次会员代表大会\n会议选举产生执行委员会委员45名。"
              "过去五年，新发展会员企业320家。\n")
    assert subjects_of(report) == [("45名", "兴文县工商联"), ("320家", "兴文县工商联")]


def test_a_title_naming_an_association_before_a_colon():
    report = "兴文县侨联：侨心聚力助振兴\n一年来，走访慰问归侨侨眷230户，发放慰问金8万元。\n"
    assert subjects_of(report) == [("230户", "兴文县侨联"), ("8万元", "兴文县侨联")]


def test_a_person_who_acts_after_the_initiative_is_named():
    found = subjects("深入开展“新乡贤回归”工程，引回投资项目12个，乡贤刘建华返乡创办茶厂，带动就业60余人。")
    assert found == [("12个", "新乡贤回归"), ("60余人", "刘建华")]


def test_an_enterprise_named_as_an_example_does_not_take_the_count():
    found = subjects("今年3月，泸州市工商联发布光荣榜，泸州长江酿造集团有限公司等12家民营企业入榜。")
    assert found == [("12家", "泸州市工商联")]


def test_the_programme_not_the_way_it_is_run():
    found = subjects("深化“同心驿站”助企服务，实行“3+2”轮值模式，今年以来举办涉企活动36场。")
    assert found == [("36场", "同心驿站")]
    found = subjects("深化“同心驿站”助企服务，按照“一月一主题”，实行“3+2”轮值模式，今年以来举办涉企活动36场。")
    assert found == [("36场", "同心驿站")]


def test_a_sentence_opening_with_its_count_describes_what_was_just_named():
    found = subjects("活动现场，与会人员和各界代表一同参观了“同心筑梦”主题展览活动，现场反响热烈。36块展板全面展示统战工作成就。")
    assert [subject for _, subject in found] == [subjects("参观“同心筑梦”主题展览活动，展出36块展板。")[0][1]]
    assert found[0][1] != "region"


MEETING = "民建凯里市委会召开三届五次全委会议\n3月8日，民建凯里市委会三届五次全委会议在市政协会议室召开。\n"


def meeting_subjects(sentence: str) -> list[tuple[str, str]]:
    extraction = extraction_of(MEETING + sentence)
    return [(q.text, extraction.mentions[q.subject].name if q.subject is not None else "region")
            for q in extraction.quantities]


def test_people_listed_and_counted_are_not_the_actor_of_their_count():
    assert meeting_subjects("张志强、刘晓燕、陈国华等3名同志当选常委。") == [("3名", "民建凯里市委会")]


def test_our_city_names_the_region_as_the_actor():
    assert meeting_subjects("我市现有新的社会阶层人士2万余人。") == [("2万余人", "region")]


def test_a_counted_group_that_acts_as_a_collective_stays_the_regions():
    assert subjects("泸州市温州商会、泸州市福建商会等15家异地商会积极参与招商引资。") == [("15家", "region")]


def text_subjects(report: str) -> list[tuple[str, str]]:
    extraction = extraction_of(report)
    return [(q.text, extraction.mentions[q.subject].name if q.subject is not None else "region")
            for q in extraction.quantities]


def test_a_news_item_on_what_a_body_carried_out_gives_it_the_figures():
    report = ("暖侨心 送温暖\n本报讯 近日，凯里市侨联在市委统战部的指导下组织开展新春走访慰问活动。\n"
              "共走访慰问困难归侨12户，发放慰问金3.6万元。\n")
    assert text_subjects(report) == [("12户", "凯里市侨联"), ("3.6万元", "凯里市侨联")]


def test_a_news_item_on_what_a_body_carried_out_in_places_it_names_gives_it_the_figures():
    report = ("关爱困难群众\n9月5日上午，凯里市慈善总会先后在大十字社区和凯里市聋哑学校开展慈善活动。\n"
              "为大十字社区15户低保户各送去慰问金500元。\n")
    assert text_subjects(report) == [("15户", "凯里市慈善总会"), ("500元", "凯里市慈善总会")]


def test_a_bodys_programme_named_short_in_quotes_and_held_is_the_news_items():
    report = ("民建桐城市委“春雨”助学行动在桐城中学举行\n9月3日，民建桐城市委“春雨”助学行动在桐城中学举行。\n"
              "活动自2016年启动以来，共资助学生260名，发放助学金130万元。\n")
    assert text_subjects(report) == [("260名", "春雨"), ("130万元", "春雨")]


def test_a_news_item_on_a_bodys_launch_gives_it_the_figures():
    report = "凯里市新联会揭牌\n本报讯（记者 张某）5月10日上午，凯里市新联会揭牌。\n目前会员有85名。\n"
    assert text_subjects(report) == [("85名", "凯里市新联会")]
    # …and a headline saying a place founded the society (某地某村成立“乡贤联谊会”)
    report = ("开阳县一山村成立“乡贤联谊会”\n3月1日，开阳县南江乡一村的乡贤们聚在一起。\n"
              "半年来，共出资修路资金15万元，安装路灯40盏。\n")
    assert text_subjects(report) == [("15万元", "乡贤联谊会"), ("40盏", "乡贤联谊会")]


def test_a_news_item_on_a_body_named_after_a_dash_gives_it_the_figures():
    report = ("凯里乡贤工作迈出新步伐\n8月2日，凯里市第一个乡贤组织——龙头乡乡贤联谊会揭牌，同时80多名乡贤回到故里。\n"
              "乡贤们出资300多万元新建文化广场。\n")
    assert text_subjects(report)[-1] == ("300多万元", "龙头乡乡贤联谊会")


def test_a_news_item_on_an_event_held_gives_it_the_figures_whatever_name_it_opens_with():
    report = ("侨商黔东南行活动举行\n本报讯 近日，以“同心共富”为主题的2023年中国侨商黔东南行活动在凯里举行。\n"
              "活动共签约项目32个，协议投资45亿元。\n“中国侨商黔东南行”活动由省侨联主办。\n")
    assert text_subjects(report) == [("32个", "中国侨商黔东南行"), ("45亿元", "中国侨商黔东南行")]


def test_the_figures_after_a_short_sentence_that_founds_a_body_are_its_own():
    assert subjects("二是成立泸州市新的社会阶层人士联合会。吸纳会员120人，设立分会6个。") == [
        ("120人", "泸州市新的社会阶层人士联合会"), ("6个", "泸州市新的社会阶层人士联合会")]


def test_an_initiative_after_the_quantity_in_a_list_of_separate_deeds_is_not_its_subject():
    assert subjects("召开政企恳谈会4期，开展“酒城问需”专题调研，举办银企对接活动。") == [("4期", "region")]


def test_an_initiative_after_the_quantity_with_a_figure_of_its_own_is_not_its_subject():
    assert subjects("全市16个乡镇建立统战工作站，打造“同心酒城”示范点8个。") == [("16个", "region"), ("8个", "同心酒城")]


def test_an_initiative_people_were_sent_to_is_not_the_subject_of_their_count():
    assert subjects("3月，组织8名党外人士参加“最美泸州人”评选。") == [("8名", "region")]


def test_the_places_written_before_a_news_items_body_do_not_hide_it():
    report = "暖侨心 送温暖\n本报讯 近日，凯里市民盟支部组织开展新春走访慰问活动。\n共走访慰问困难归侨12户。\n"
    assert text_subjects(report) == [("12户", "民盟凯里市支部")]  # the city's branch, written place first


def test_the_attendance_of_a_meeting_belongs_to_the_body_whose_news_it_is():
    report = ("全市侨务工作推进会召开\n发布日期:2024-05-06 信息来源:市委统战部\n5月6日，我市召开侨务工作推进会。\n"
              "各县（市、区）委统战部分管领导30余人参加会议。\n")
    assert text_subjects(report) == [("30余人", "市委统战部")]


def test_the_collective_that_attends_a_meeting_is_counted_not_an_actor():
    report = "侨务工作推进会召开\n5月6日，泸州市委统战部召开侨务工作推进会。\n各县（市、区）委统战部分管领导30余人参加会议。\n"
    assert text_subjects(report) == [("30余人", "泸州市委统战部")]


def test_a_summary_titled_without_its_body_is_that_of_the_party_committee_its_first_sentence_names():
    report = ("2022年工作总结\n2022年，民盟凯里市委坚持以习近平新时代中国特色社会主义思想为指导，全面加强自身建设。\n"
              "一、参政议政\n全年提交提案15件。\n")
    assert text_subjects(report) == [("15件", "民盟凯里市委")]


def test_a_departments_summary_titled_without_its_body_is_the_departments():
    report = "2022年工作总结\n2022年，凯里市委统战部坚持以习近平新时代中国特色社会主义思想为指导。\n一、参政议政\n全年提交提案15件。\n"
    assert text_subjects(report) == [("15件", "凯里市委统战部")]


def test_the_agent_a_sentence_opens_with_did_its_deeds():
    assert subjects("由泸州老窖股份有限公司提供“酒城丰收节”主会场，提供展台60个。") == [("60个", "泸州老窖股份有限公司")]


def test_the_agent_of_a_deed_counted_before_what_it_built_after_a_dateline():
    # what the agent did is counted before the 的 that names what came of it; a news item opens after its dateline
    found = subjects("新华网长沙5月3日电(王某) 由醴陵市侨联在侨界人士中募集善款2万余元捐建的图书室近日建成。")
    assert found == [("2万余元", "醴陵市侨联")]
    # but a figure right before 的 describes the thing named after it, not the agent's deed
    assert subjects("由醴陵市侨联参与引进总投资3亿元的某某项目已签约。")[0][1] != "醴陵市侨联"


def test_a_sponsor_of_what_the_sentence_is_about_is_not_its_agent():
    assert subjects("由市委统战部主办的“酒城同心论坛”举行，签约项目12个。") == [("12个", "酒城同心论坛")]


def test_a_joint_figure_in_a_news_item_on_an_event_belongs_to_the_event():
    report = ("侨商黔东南行活动举行\n本报讯 近日，2023年中国侨商黔东南行活动在凯里举行。\n"
              "活动中，省侨联、省工商联为凯里募集善款600万元。\n“中国侨商黔东南行”活动由省侨联主办。\n")
    assert text_subjects(report) == [("600万元", "中国侨商黔东南行")]


def test_an_event_carried_out_at_a_place_owns_the_figures_that_name_no_actor():
    report = ("某县义诊活动\n中国某网5月4日某县消息 日前，由民进某省委、省侨联共同举办的“同心·健康行”活动在涪城区石塘镇进行。"
              "省侨联主席出席。\n在义诊现场，求医的村民排起长队。活动期间义诊群众约200余人次，发放药品3000余元。\n")
    assert text_subjects(report) == [("约200余人次", "同心·健康行"), ("3000余元", "同心·健康行")]


def test_all_of_a_kind_in_the_region_named_in_what_is_counted_is_not_one_body():
    assert subjects("截至年底，全市街道商会会员达到860人。") == [("860人", "region")]


def test_a_deed_after_clauses_of_different_bodies_goes_on_from_the_latest_body():
    found = subjects("市委常委会专题研究统战工作5次，市委统一战线工作领导小组召开全体会议2次，出台制度文件8份。")
    assert found == [("5次", "市委常委会"), ("2次", "市委统一战线工作领导小组"), ("8份", "市委统一战线工作领导小组")]


def test_a_clause_of_a_region_wide_collective_after_clauses_of_bodies_is_the_regions():
    found = subjects("市委常委会专题研究统战工作5次，市委统一战线工作领导小组健全工作规则，全市7个县区全部建立领导小组。")
    assert found == [("5次", "市委常委会"), ("7个", "region")]


def test_a_departments_summary_with_a_source_line_stays_the_regions():
    report = ("首页 > 工作动态\n2023年泸州市统战工作综述\n发布日期:2024-01-06 信息来源:市委统战部\n"
              "一、凝心铸魂\n全年举办培训班12期。\n")
    assert text_subjects(report) == [("12期", "region")]


def test_the_body_that_owns_the_actors_is_not_their_actor():
    found = subjects("市委统战部召开“百企兴百村”推进会。市侨联所属的36个侨团和担任市侨联常委的52名侨商与90个村结对。")
    assert [subject for _, subject in found] == ["百企兴百村"] * 3


def test_a_programme_whose_course_the_sentence_reports():
    found = subjects("自去年“百企兴百村”行动启动以来，市工商联协同开展了“百企兴百村”消费帮扶专项行动、"
                     "村企结对等活动，聚焦6个重点帮扶县。")
    assert found == [("6个", "百企兴百村")]


def test_examples_counted_before_are_no_actor_of_the_later_figures():
    found = subjects("——助力乡村全面振兴。扎实开展“百企兴百村”活动，组织80家企业与60个村结成对子。"
                     "宏达农业有限公司、丰源食品有限公司等12家涉农企业，采用订单帮扶方式，引导农户种植油菜3万亩。")
    assert found[-1] == ("3万亩", "百企兴百村")


def test_the_items_after_a_semicolon_share_the_first_deed():
    found = subjects("市侨联走访慰问了6位归侨老人，每人800元；5户“侨爱心工程”对象，每户800元；")
    assert found == [("6位", "市侨联"), ("800元", "市侨联"), ("5户", "市侨联"), ("800元", "市侨联")]


def test_a_delegation_belongs_to_the_body_its_leader_heads():
    found = subjects("日前，市政协副主席、市侨联主席王建国等一行9人赴泰国访问。")
    assert found == [("9人", "市侨联")]


def test_a_person_named_as_the_example_of_a_group_is_no_actor():
    extraction = extraction_of("民盟泸州市委会2023年工作总结\n2023年，民盟泸州市委会围绕中心工作积极履职。"
                               "全年提交集体提案8件。王建国等政协委员向大会提交了15篇个人提案。")
    assert [extraction.mentions[q.subject].name for q in extraction.quantities] == ["民盟泸州市委会"] * 2


def test_what_the_deeds_of_several_bodies_are_for_is_none_of_them_alone():
    assert subjects("市侨联捐款20万元，市工商联捐款30万元，用于资助300名贫困学生。") == [
        ("20万元", "市侨联"), ("30万元", "市工商联"), ("300名", "region")]


def test_a_list_of_initiatives_in_a_clause_before_leaves_the_deed_to_the_body():
    assert subjects("县委统战部组织“十佳同心企业”“最美侨胞”评选活动，举办党外干部等4个专题培训班，培训210多人。") == [
        ("4个", "县委统战部"), ("210多人", "县委统战部")]


def test_a_collective_after_a_list_of_initiatives_keeps_the_figures_with_the_region():
    assert subjects("县委统战部组织“迎新春”“话发展”等系列活动，全县统一战线举办各类活动120余场，参与群众8000人次。") == [
        ("120余场", "region"), ("8000人次", "region")]


def test_figures_of_the_regions_economy_stay_with_the_region_whoever_tells_them():
    assert subjects("会长张大海介绍，2022年全县地区生产总值完成300亿元（人民币，下同），增长8.6%。") == [
        ("300亿元", "region"), ("8.6%", "region")]
    assert subjects("民建中央帮扶以来，全县生产总值增加到150亿元，年均增长 9.5%；城镇和农村人均可支配收入为21000元、7600元。") == [
        ("150亿元", "region"), ("9.5%", "region"), ("21000元", "region"), ("7600元", "region")]
    assert subjects("市委统战部介绍，全区民间投资首次突破80亿元，增速达18.5%。") == [("突破80亿元", "region"), ("18.5%", "region")]


def test_a_method_a_body_works_by_is_not_the_subject():
    assert subjects("今年来，泸县工商联以“2+5”工作法推进镇级商会建设，新增会员360人。") == [("360人", "泸县工商联")]
    assert subjects("泸县工商联以“同心助学”为抓手，资助学生120名。") == [("120名", "同心助学")]


def test_figures_given_respectively_go_to_the_listed_items_in_order():
    assert subjects("泸县推出“同心故事”“乡贤风采”访谈栏目，已分别连载20期和9期。") == [
        ("20期", "同心故事"), ("9期", "乡贤风采")]
    assert subjects("泸县工商联和泸县侨联分别捐款30万元和20万元。") == [
        ("30万元", "泸县工商联"), ("20万元", "泸县侨联")]


def test_the_sites_a_programme_sets_up_are_counted_for_the_programme():
    assert subjects("五年来，泸州创建培育“村村兴”实践基地85个。") == [("85个", "村村兴")]


def test_the_body_given_to_is_not_the_giver():
    assert subjects("张大海向泸县慈善总会捐资100万元。") != [("100万元", "泸县慈善总会")]


def test_the_members_of_a_party_give_their_figures_to_the_committee_the_text_is_about():
    report = ("3月2日至5日，遂宁市人大、政协会议相继召开。农工党员中的4名市人大代表、11名市政协委员积极建言。\n"
              "会议期间，农工党遂宁市委会提交集体提案6件。\n农工党遂宁市委会组织党员学习会议精神。\n"
              "农工党遂宁市委会表示将继续履职尽责。\n")
    assert subjects_of(report) == [("4名", "农工党遂宁市委会"), ("11名", "农工党遂宁市委会"),
                                   ("6件", "农工党遂宁市委会")]


def test_the_figures_of_the_examples_a_programme_is_given_are_its_own():
    report = (TITLE + "二、凝聚共识\n"
              "江阳区开展“同心向未来”系列活动，如组织青年企业家参观红色场馆；组织党外人士座谈交流，形成建议48条；"
              "举办主题征文。\n全区新建活动阵地9个。\n")
    assert subjects_of(report) == [("48条", "同心向未来"), ("9个", "region")]


def test_the_enterprise_after_the_office_it_holds_in_a_chamber_acts():
    assert subjects("会上，市温州商会会长单位泸州华晟建设集团有限公司与纳溪区政府签约，计划投资8亿元。") == [
        ("8亿元", "泸州华晟建设集团有限公司")]


def test_a_member_unit_that_opens_a_clause_or_follows_titles_is_the_giver():
    assert subjects("县工商联副主席单位江南恒业建材有限公司向县慈善总会捐赠50万元。") == [("50万元", "江南恒业建材有限公司")]
    assert subjects("县人大代表、县工商联常务理事单位江南恒业建材有限公司向县慈善总会捐赠50万元，用于防疫。") == [
        ("50万元", "江南恒业建材有限公司")]
    assert subjects("县侨商会理事所在企业江南恒业建材有限公司向县慈善总会捐款80万元。") == [
        ("80万元", "江南恒业建材有限公司")]


def test_who_tells_a_figure_is_not_who_did_it():
    assert subjects("据市委统战部副部长王建国介绍，全市共有新的社会阶层人士3.2万人。") == [("3.2万人", "region")]
    assert subjects("会上，李文华表示，今年全市新增商会5个。") == [("5个", "region")]


def test_a_persons_own_donation_is_theirs():
    assert subjects("乡贤张国栋捐款200万元修建村道。") == [("200万元", "张国栋")]


def test_a_programme_named_in_what_is_counted_is_not_split_by_a_shorter_name_inside_it():
    report = TITLE + "二、服务发展\n深化“同心”品牌建设。在江阳区打造“同心家园”基层统战示范点7个。\n"
    assert subjects_of(report)[-1] == ("7个", "同心家园")


def test_organisations_counted_by_their_examples_count_for_the_programme_they_run():
    assert subjects("市工商联组织泸州市湖南商会、泸州市重庆商会等11家异地商会开展“光彩助学”活动，捐赠款物90万元。")[0] == (
        "11家", "光彩助学")
    assert subjects("市工商联走访泸州市湖南商会、泸州市重庆商会等11家异地商会。") == [("11家", "市工商联")]


def test_a_way_of_working_is_never_the_subject():
    assert subjects("泸州华晟茶业有限公司推行“企业+合作社+农户”模式，带动茶农3000户增收。") == [
        ("3000户", "泸州华晟茶业有限公司")]
    assert subjects("推广“茶香富民”增收新模式，带动茶农3000户增收。") == [("3000户", "茶香富民")]
    # the sentence after one that names only a way of working is not that way's
    found = subjects_in("2023年泸州市民族工作综述\n近年来，泸州市创新实施“365”创建模式，广泛开展创建活动。"
                        "目前已有全国示范单位5个、省级示范单位40个。\n")
    assert [subject for _, subject in found] == ["region", "region"]


def test_a_person_the_report_names_elsewhere_opens_the_sentence_of_their_donation():
    report = TITLE + "乡贤施能远出席仪式。施能远并向县慈善总会捐资50万元。\n"
    assert subjects_of(report) == [("50万元", "施能远")]


def test_the_sentence_after_one_that_only_runs_a_programme_gives_its_figures():
    found = subjects("（二）开展民族团结创建。广泛开展以“同心共筑中国梦”为主题的民族团结进步宣传月活动。"
                     "指导各县（区）利用电子屏、宣传栏开展宣传，悬挂横幅60余条，发放宣传单3000余份。"
                     "建设民族团结广场2处。")
    assert found == [("60余条", "民族团结进步宣传月"), ("3000余份", "民族团结进步宣传月"), ("2处", "region")]


def test_a_programme_that_bodies_run_leaves_the_next_sentence_to_the_region():
    found = subjects("市佛教协会、市道教协会开展“爱国爱教 同心同行”主题教育活动。全市35处宗教活动场所全部完成整改。")
    assert found == [("35处", "region")]


def test_every_body_of_a_kind_is_no_actor():
    found = subjects("指导各地民宗局深入乡镇，对860名协管员进行了培训。")
    assert found == [("860名", "region")]


def test_a_place_within_the_region_that_acts_or_owns_the_work():
    assert subjects("江阳区投资80万元建成民族团结广场。") == [("80万元", "江阳区")]
    assert subjects("建设民族团结广场3处、投资60万元的纳溪区民族团结示范街。") == [("3处", "region"), ("60万元", "纳溪区")]
    assert subjects("全市投资120万元建成广场3处。") == [("120万元", "region"), ("3处", "region")]


def test_what_was_sent_to_a_contest_and_won_there_is_the_senders():
    found = subjects("选送作品45篇参加第九届“华文杯”作文大赛，获一等奖2篇。")
    assert found == [("45篇", "region"), ("2篇", "region")]


def test_the_body_a_reporter_heard_the_figures_from_did_not_do_them():
    assert subjects("记者从市工商联获悉，全市民营企业今年新增就业岗位1.2万个。") == [("1.2万个", "region")]
    assert subjects("市工商联今年新增会员企业120家。") == [("120家", "市工商联")]


def test_a_figure_describes_the_named_thing_it_qualifies():
    found = subjects("市工商联协调引进总投资6亿元的泸州青瓷文化产业发展有限公司，带动就业300人。"
                     "江阳区通过乡贤引进总投资8亿元的“青瓷小镇”项目，并开展“百企帮百村”行动。")
    assert found == [("6亿元", "泸州青瓷文化产业发展有限公司"), ("300人", "市工商联"), ("8亿元", "青瓷小镇")]


def test_a_sentence_that_points_at_the_event_before_gives_it_its_figures():
    found = subjects("二、服务发展\n5月12日，市工商联举办“银企携手”融资对接会，邀请12家银行参加。"
                     "会上，45家民营企业与银行签约，融资金额达18亿元。\n市委统战部开展调研12次。")
    assert found == [("12家", "银企携手"), ("45家", "银企携手"), ("18亿元", "银企携手"), ("12次", "市委统战部")]


def test_the_sentence_after_one_that_holds_an_event_reports_its_figures():
    found = subjects("二、服务发展\n一年来，市委统战部积极服务民营经济。5月12日，成功举办“银企携手”融资对接会，"
                     "邀请金融机构20家参加。196家民营企业获得融资56亿元。组织企业家开展调研12次。")
    assert found == [("20家", "银企携手"), ("196家", "银企携手"), ("56亿元", "银企携手"), ("12次", "市委统战部")]
    found = subjects("二、服务发展\n一年来，市委统战部积极服务民营经济。成功举办“银企携手”融资对接会。"
                     "民建市委会开展专题调研，形成报告21篇。")
    assert found == [("21篇", "民建市委会")]


def report_subjects(report: str) -> list[tuple[str, str]]:
    """(quantity as written, subject name or 'region') for each quantity of a whole report."""
    extraction = extraction_of(report)
    return [(q.text, extraction.mentions[q.subject].name if q.subject is not None else "region")
            for q in extraction.quantities]


def test_a_yearbook_entry_headed_by_a_committee_is_that_committees_account():
    report = ("·民盟宜宾市委员会·\n【概况】截至2022年底，全市民盟共有6个支部，有盟员210人。"
              "2022年，民盟宜宾委员会完成换届，新发展盟员12人，提交提案18件。\n")
    assert {subject for _, subject in report_subjects(report)} == {"民盟宜宾市委会"}


def test_a_yearbook_entry_headed_by_a_department_stays_the_regions():
    report = "·宜宾市委统战部·\n【概况】2022年，全市统一战线新发展党外代表人士56名。\n"
    assert report_subjects(report) == [("56名", "region")]


def test_a_ceremony_held_for_a_programme_gives_the_news_to_it_past_the_pages_header():
    report = ("关注我们\n某网 > 新闻频道 > 原创新闻\n江安：乡贤捐资助学\n发布时间:2024年09月30日 来源: 某网\n"
              "某网讯 9月29日，江安县委统战部2024年“乡贤助学·点亮未来”捐赠仪式在底蓬镇举行。"
              "现场乡贤捐款200万元，资助学生300名。\n")
    assert report_subjects(report) == [("200万元", "乡贤助学·点亮未来"), ("300名", "乡贤助学·点亮未来")]


def test_those_who_attend_a_meeting_are_counted_for_the_body_that_holds_it():
    report = ("本报讯 3月2日上午，环江县委召开统战工作会议。县委书记李志明出席会议并讲话，"
              "县政协、县工商联有关负责人，各乡镇统战委员等300余人参加会议。\n")
    assert subjects_in(report) == [("300余人", "环江县委")]


def test_people_a_body_sends_to_a_meeting_stay_the_bodys():
    report = "本报讯 3月2日，环江县委召开统战工作会议。\n县工商联组织80名企业家参加培训。\n"
    assert subjects_in(report) == [("80名", "县工商联")]


def test_a_partys_members_counted_after_its_name_are_its_local_committees():
    report = ("2023年容县统战工作\n县内有民盟容县基层委员会、九三学社容县支社两个民主党派组织，共计80人，其中民盟50人，九三学社30人。\n")
    assert subjects_in(report)[1:] == [("50人", "民盟容县基层委员会"), ("30人", "九三学社容县支社")]


def test_a_person_who_gives_after_the_offices_they_hold_gives_it_themself():
    found = subjects("据悉，在京的北京容县商会创会会长、县侨联荣誉主席王大明捐赠20万元，"
                     "县工商联副主席李秀兰捐赠助学金6万元。")
    assert found == [("20万元", "王大明"), ("6万元", "李秀兰")]


def test_a_person_whose_office_is_in_a_hometown_society_or_who_is_named_as_an_overseas_chinese_gives_it_themself():
    found = subjects("其中，马来西亚容县同乡会会长王大明先生捐赠15万元；旅居英国的华侨李秀兰女士捐赠8万元。")
    assert found == [("15万元", "王大明"), ("8万元", "李秀兰")]


def test_a_person_named_with_a_societys_office_gives_the_gift_with_his_wife_whatever_word_says_so():
    assert subjects("其中，马来西亚容县宗亲总会王大明副会长暨夫人李秀兰乐捐15000美元。") == [("15000美元", "王大明")]
    assert subjects("马来西亚容县宗亲会会长王大明先生暨夫人李秀兰女士报效8000美元。") == [("8000美元", "王大明")]


def test_an_outlets_dateline_set_apart_from_its_day_tells_the_news():
    # (the body after it named with its abbreviation in brackets, which leaves the outlet the first name read)
    found = subjects("泸州新闻网 4月18日电:泸州华人协会(LCA)西部分会,最近10天,在石寨镇的10个地点向群众分发物资。")
    assert found == [("10个", "泸州华人协会")]


def test_the_private_economys_value_added_is_the_regions_whoever_tells_it():
    report = ("凯里市委统战部召开迎春座谈会\n1月15日，凯里市委统战部召开迎春座谈会。\n"
              "部长讲话时说，去年凯里统战系统各项工作稳步推进，全年非公经济增加值100.5亿元，同比增长8.8%。\n")
    assert subjects_in(report) == [("100.5亿元", "region"), ("8.8%", "region")]


@pytest.mark.parametrize("sentence, figure, subject", [
    pytest.param("记者3日从市台联获悉，泸州市台商林文广联合其他台商，为石寨镇中心校的阅览室捐款上万元。", "上万元", "林文广",
                 id="a titled person leading others named by no name, in the clause before the gift"),
    pytest.param("乡贤周志远的侄子周立全接下叔叔的善举，出资25万元维修村道。", "25万元", "周立全",
                 id="the kin named right after the person the sentence opens on"),
    pytest.param("此外，知名企业家、泸州商会荣誉会长向明华还给该县送去价值50万元的口罩和手套。", "50万元", "向明华",
                 id="a name whose surname is 向, which no body's name opens with"),
    pytest.param("此时，乡贤周志远和他的儿子周立凡站了出来，热心捐出1400万元支持中学扩建。", "1400万元", "周志远",
                 id="a person and their kin who give together, the first named"),
])
def test_a_persons_gift_named_past_their_titles(sentence, figure, subject):
    assert subjects(sentence) == [(figure, subject)]


def test_bodies_listed_at_the_opening_act_together_as_the_first_named():
    found = subjects("据悉，自2018年以来，江阳区委统战部、区民宗局积极组织寺观教堂投身扶贫济困，两年来，"
                     "共走访低保家庭500余人次。")
    assert found == [("500余人次", "江阳区委统战部")]
    # not when they run a named programme before the figure: its rules decide
    found = subjects("江阳区委统战部、区侨联深入实施“寻根之旅”和“薪火传承”工程，全年迎来侨胞访问团86批。")
    assert found[0][1] != "江阳区委统战部"


def test_a_gift_of_several_bodies_listed_together_is_the_first_ones():
    found = subjects("义诊仪式上，民建容县委员会、容县工商联、广西容州制药有限公司向石寨村卫生室捐赠药品和器械，"
                     "合计价值12.5万元。")
    assert found == [("12.5万元", "民建容县委会")]
    found = subjects("广西容州制药有限公司、广西绿源茶叶有限公司共同给容县慈善总会捐赠8万元。")
    assert found == [("8万元", "广西容州制药有限公司")]
    # a list closed by 等 that gives without saying to whom, after another body's gift
    found = subjects("容县饮食行业商会出资5万元，石寨镇商会、六王镇商会等捐出2万余元购置口罩。")
    assert found == [("5万元", "容县饮食行业商会"), ("2万余元", "石寨镇商会")]
    # the list may open the sentence, and the clause after the gift may count whom it reached
    found = subjects("容县工商联、容县侨联向石寨村小学捐赠价值8万元的图书，惠及学生300余名。")
    assert found == [("8万元", "容县工商联"), ("300余名", "容县工商联")]
    # the list may count the members who give together and say for whom (A、B共N名会员为某某捐助)
    found = subjects("容县南宁商会、容县广州商会共25名会员为160名困难学生捐助助学金12万元。")
    assert found == [("25名", "容县南宁商会"), ("160名", "容县南宁商会"), ("12万元", "容县南宁商会")]
    # the body named first, then others who give with it by no name (某党某省委、成员和工作人员向灾区捐款)
    found = subjects("民盟四川省委、盟员和工作人员向受灾群众捐款3.5万元。")
    assert found == [("3.5万元", "民盟四川省委")]
    # …or the one body named, then the kind of the others (某商会等单位联袂向某站捐赠)
    found = subjects("重阳节前，容县福建商会等单位联袂向城南敬老院捐赠3万元的慰问品。")
    assert found == [("3万元", "容县福建商会")]
    # an item named after its kind (A、会员企业B向…)
    found = subjects("容县工商联、会员企业广西容州制药有限公司向石寨村中心校捐赠了5万元的图书。")
    assert found == [("5万元", "容县工商联")]
    # the givers on their way in the clause before, the gift's clause naming none (A、B到某乡开展…，向某乡捐赠…)
    found = subjects("近日，民盟容县委员会、容县工商联到石寨镇走访调研，向石寨镇捐赠10万元产业资金。")
    assert found == [("10万元", "民盟容县委会")]
    # bodies that organise a gift for a place at an event are no givers listed (活动中，A、B为某地组织捐款…)
    assert subjects("活动中，容县工商联、容县侨联为灾区组织捐款30万元。")[0][1] != "容县工商联"


def test_how_a_gift_pointed_back_at_is_spent_is_the_givers():
    report = ("爱心企业助学\n近日，容县华兴石材有限公司向城南中学捐赠20万元。县领导出席仪式。\n"
              "这笔捐款中，12万元用于修缮图书室；8万元资助30名学生。\n")
    assert subjects_in(report) == [("20万元", "容县华兴石材有限公司"), ("12万元", "容县华兴石材有限公司"),
                                   ("8万元", "容县华兴石材有限公司"), ("30名", "容县华兴石材有限公司")]


def test_the_items_a_colon_lists_after_a_gift_are_the_givers():
    found = subjects("重阳节前，容县福建商会等单位联袂向城南敬老院捐赠3万元的物资：四台洗衣机、一批棉被。")
    assert found == [("3万元", "容县福建商会"), ("四台", "容县福建商会")]


def test_a_gift_of_people_listed_with_their_offices_is_the_first_ones():
    found = subjects("返乡考察的企业家——广西容州集团董事长王大明、容县绿源茶叶公司总经理王大伟和王大江三兄弟"
                     "当场为家乡捐款120万元。")
    assert found == [("120万元", "王大明")]


def test_a_person_under_whose_lead_a_body_acts_does_not_take_its_figures():
    report = ("容县商会助力抗疫\n本报讯 容县商会组织会员为家乡捐赠物资。在容县商会会长王大明先生和全体理事的努力下，"
              "商会采购到一批防疫物资，包括3000只口罩。\n")
    assert subjects_in(report)[-1] == ("3000只", "容县商会")


def test_every_level_of_one_partys_organisation_in_the_province_reports_to_its_committee():
    report = ("民盟容县委员会召开全会\n本报讯 12月28日，民盟容县委员会三届二次全会召开。"
              "过去一年，全县各级民盟组织反馈民主监督意见建议80条。\n")
    assert subjects_in(report) == [("80条", "民盟容县委会")]


def test_a_body_whose_list_those_counted_enter_is_not_who_counts_them():
    report = ("九三学社容县委员会\n【概况】九三学社容县委员会重视培养代表人士队伍，2名社员入选中共广西区委统战部代表性人才库，"
              "5人入选九三学社广西区委参政议政人才库。\n")
    assert subjects_in(report) == [("2名", "九三学社容县委会"), ("5人", "九三学社容县委会")]


def test_a_body_named_by_a_passive_is_not_who_wrote_the_figures():
    report = "民革容县委员会\n【概况】是年，党员撰写的各类文章被县政协采用20余篇。\n"
    assert subjects_in(report) == [("20余篇", "民革容县委会")]


def test_a_programme_whose_award_closes_the_sentence_is_not_what_its_figures_were_for():
    report = "民革容县委员会\n【概况】民革容县委员会组织支部活动3次，提交征文13篇；党员王大明撰写的文章获“同心杯”主题征文三等奖。\n"
    assert subjects_in(report) == [("3次", "民革容县委会"), ("13篇", "民革容县委会")]


def test_the_outlet_of_a_news_items_dateline_does_nothing_in_it():
    report = ("环江县侨联开展走访慰问\n环江新闻网讯（记者 李梅）近日，环江县侨联深入各乡镇，"
              "走访慰问困难归侨侨眷36户，送去慰问金1.8万元。\n")
    assert subjects_in(report) == [("36户", "环江县侨联"), ("1.8万元", "环江县侨联")]


def test_the_outlet_of_a_dateline_that_calls_its_item_news_does_nothing_in_it():
    report = ("县志编纂工作侧记\n\n发布时间:2019年03月05日 来源:环江新闻网\n\n  环江新闻网3月5日消息:日前,环江县新编县志付印。\n\n"
              "  在随后的座谈会上,乡贤又捐资50万元,用于修缮古迹。\n")
    assert subjects_in(report) == [("50万元", "region")]


def test_the_whole_prefecture_is_a_collective_of_the_region():
    report = ("阿克苏地区召开民营经济统计工作座谈会\n3月5日，阿克苏地委统战部召开民营经济统计工作座谈会。"
              "会议通报了全地区民营经济运行情况：全地区民营企业达1.2万户。\n")
    assert subjects_in(report) == [("1.2万户", "region")]


def test_a_comma_after_a_figure_parts_one_givers_deed_from_the_next():
    assert subjects("其中，恒达建材有限公司捐款50万元、宏兴食品有限公司捐赠30万元；新峰电子有限公司捐款20万元。") == [
        ("50万元", "恒达建材有限公司"), ("30万元", "宏兴食品有限公司"), ("20万元", "新峰电子有限公司")]


def test_a_programmes_sites_counted_at_a_level_are_counted_for_the_body():
    assert subjects("市侨联新命名“侨胞之家”12个，累计建成市级“侨胞之家”55个。") == [
        ("12个", "市侨联"), ("55个", "市侨联")]


def test_chambers_counted_by_their_whereabouts_are_counted_for_the_body():
    assert subjects("2023年，市工商联共动员12家海外泸州商会、30家异地泸州商会参与行动。") == [
        ("12家", "市工商联"), ("30家", "市工商联")]


def test_a_clause_naming_a_programme_by_its_head_noun_alone_is_that_programmes():
    extraction = extraction_of("2019年湘西州“百企联百村”行动综述\n湘西州“百企联百村”精准扶贫行动参与帮扶企业达580家。\n"
                               "企业积极帮助结对村对接市场。2019年底，行动覆盖了全州68.42%的贫困乡镇。\n")
    assert [(q.text, extraction.mentions[q.subject].name if q.subject is not None else "region")
            for q in extraction.quantities] == [("580家", "百企联百村"), ("68.42%", "百企联百村")]


def test_a_programme_pointed_at_raising_or_aiding_is_that_programme():
    # 该计划累计募集…, 资助…: the plan named before, whoever runs it
    text = ("桐城市工商联公益工作\n“青苗助学计划”是桐城市工商联创办的公益品牌，每年组织会员捐资助学。\n"
            "12年来，该计划累计募集资金860万元，资助了520名学生。\n该计划募集图书3000册，分送各校。\n")
    assert subjects_in(text) == [("860万元", "青苗助学计划"), ("520名", "青苗助学计划"), ("3000册", "青苗助学计划")]


def test_figures_quoted_as_a_programmes_results_are_the_programmes():
    extraction = extraction_of("湘西州帮扶工作成效明显\n“召开推进会议12次，开展入企走访40次，结对帮扶村15个，投入资金8.2亿元。”州委统战部副部长张红介绍"
                               "2023年以来“大走访+大帮扶”取得的阶段性成效时表示。\n州委统战部赴各县开展“大走访+大帮扶”活动。\n")
    assert {extraction.mentions[q.subject].name if q.subject is not None else "region" for q in extraction.quantities} == {
        "大走访+大帮扶"}


def test_the_host_of_the_meeting_a_figure_was_honoured_at_is_not_its_actor():
    assert subjects("在全国民族团结进步表彰大会暨国务院第七次表彰会上，我市38个单位和个人受到表彰。") == [
        ("38个", "region")]


def test_guests_invited_to_an_event_are_counted_for_the_body_that_invited_them():
    assert subjects("凝聚侨力\n2024年，市侨联多措并举，服务招商引资工作。邀请来自25个国家和地区的38个团组200多名客商来泸"
                    "参加第24届“九八”投洽会，促成签订2个项目合作框架协议。")[1:] == [
        ("38个", "市侨联"), ("200多名", "市侨联"), ("2个", "市侨联")]


def test_a_short_item_of_a_list_closed_by_a_semicolon_is_no_topic_for_the_next():
    assert subjects("服务人才\n2024年，市侨联多措并举，服务招才引智工作。指导市侨商会举办“侨智论坛”；进行人才政策宣介8场次。") == [
        ("8场次", "市侨联")]


def test_a_text_that_speaks_as_the_school_its_title_names_gives_that_school_its_figures():
    report = ("2021年泸州医科大学统战工作获得多项表彰\n近日，省委统战部召开工作会议，我校民主党派基层组织获得表彰多项。\n"
              "我校民主党派基层组织和个人荣获先进集体3项、先进个人12人次。\n")
    assert subjects_of(report) == [("3项", "泸州医科大学"), ("12人次", "泸州医科大学")]


def test_a_news_items_body_with_the_day_before_its_event_has_the_figures_that_name_no_one_else():
    report = ("新春招待会在蓉举行\n新华社成都1月12日电 四川省外事侨务港澳事务办公室12日举行新春招待会。"
              "去年，该办收到海外捐款约860万元，用于修建12所学校。\n")
    assert subjects_of(report) == [("约860万元", "四川省外事侨务港澳事务办公室"), ("12所", "四川省外事侨务港澳事务办公室")]


def test_the_attendance_of_a_bodys_own_meeting_named_after_it_is_that_bodys():
    report = ("首页\n> 商会建设 > 异地商会建设\n泸州市温州商会庆祝成立十周年暨春节联谊会\n"
              "时间:2020-01-22 11:18:43 浏览次数: 来源:某某商会总会 字号:[ ]\n"
              "1月9日，泸州市温州商会庆祝成立十周年暨春节联谊会在泸州某酒店隆重举行。"
              "全国工商联副主席、四川省工商联主席张某某，温州市某局局长李某某等领导以及商会会员共200多人出席大会。\n")
    assert subjects_of(report) == [("200多人", "泸州市温州商会")]


def test_a_paragraph_opening_on_this_programme_gives_it_the_figures_that_name_no_actor():
    report = ("2023年泸州市统一战线工作综述\n企业与村对接\n市委统战部开展“百企联百村”志愿行动，以此为课题展开调研。\n"
              "很快，此项志愿行动纳入全市乡村振兴总体规划。规划为期3年，确定300名企业家与120个村结对。\n")
    extraction = extraction_of(report)
    assert [extraction.mentions[q.subject].name for q in extraction.quantities] == ["百企联百村", "百企联百村"]


def test_a_headline_on_inspecting_a_programme_gives_it_the_figures_that_name_no_actor():
    report = ("市委统战部到合江县检查“百企联百村”工作\n近日，市委统战部检查组到合江县检查督导活动开展情况。\n"
              "据统计，合江县共有40家企业与30个村结成帮扶对子，帮扶资金100多万元。\n")
    extraction = extraction_of(report)
    assert [extraction.mentions[q.subject].name for q in extraction.quantities] == ["百企联百村"] * 3


def test_this_occasion_is_not_the_programme_named_before():
    report = ("2023年泸州市统一战线工作综述\n近日，市侨联开展走访慰问活动，看望4户“百侨帮百村”对象。\n"
              "此次活动还慰问了9位老侨务工作者。\n")
    extraction = extraction_of(report)
    assert [extraction.mentions[q.subject].name for q in extraction.quantities][-1] == "市侨联"


def test_the_outlet_that_published_the_pieces_is_not_their_writer():
    found = subjects("县委统战部被《当代四川》采用稿件6条、四川政府网2条、《宜宾日报》4条。")
    assert found == [("6条", "县委统战部"), ("2条", "县委统战部"), ("4条", "县委统战部")]


def test_the_body_that_receives_a_gift_is_not_its_giver():
    found = subjects("某县慈善总会接受了由区工商联组织的2家企业：宜宾方正实业有限公司、宜宾嵘泰工业有限公司捐赠的3万元和2万元善款。")
    assert [subject for _, subject in found][1:] == ["宜宾方正实业有限公司", "宜宾嵘泰工业有限公司"]



def test_guests_counted_at_the_close_of_a_reception_are_the_hosts():
    report = ("泸州市侨办举行新春招待会\n泸州市侨办10日举行新春招待会。\n"
              "当日，有来自泸州市人大侨工委、泸州市侨联以及各行各业的归侨侨眷等130余人参加了招待会。\n")
    extraction = extraction_of(report)
    assert [extraction.mentions[q.subject].name for q in extraction.quantities] == ["泸州市侨办"]
    meeting = extraction_of("泸州市委召开统战工作会议\n3月8日，泸州市委召开统战工作会议。县委统一战线工作领导小组成员、"
                            "统战系统全体干部职工等800余人参加会议。\n")
    assert [meeting.mentions[q.subject].name for q in meeting.quantities] == ["泸州市委"]


def test_a_sentence_describing_a_place_gives_it_its_figures_wherever_the_report_is():
    report = ("世界福建同乡会在吉隆坡举行\n吉隆坡9月5日电 世界福建同乡会第八届大会在吉隆坡举行。\n"
              "福建是著名侨乡，有海外乡亲1500多万人。\n")
    extraction = extraction_of(report)
    assert [extraction.mentions[q.subject].name for q in extraction.quantities] == ["福建省"]


def test_people_counted_by_an_office_in_a_body_are_not_that_bodys_figure():
    found = subjects("民建市委会员中有10人担任人大代表，其中全国人大代表1人，市人大代表4人。")
    assert [subject for _, subject in found] == ["民建市委会"] * 3
    found = subjects("民革市委会党员中有30人担任人大代表、政协委员。其中，全国人大常务委员会委员1人，全国政协委员2人。")
    assert [subject for _, subject in found] == ["民革市委会"] * 3


def test_the_body_that_gives_an_award_is_not_its_winner():
    found = subjects("2022年，民盟泸州市委荣获市政协优秀提案4篇。")
    assert found == [("4篇", "民盟泸州市委")]
    # the award's later items, which name no giver of their own, do not fall to the giver either
    found = subjects("近年来，全市累计创建示范单位9个，还荣获国务院模范集体3个、模范个人5人。")
    assert found == [("9个", "region"), ("3个", "region"), ("5人", "region")]


def test_a_village_of_the_reports_county_that_opens_the_sentence_has_its_figures():
    text = ("2024年南丰县统战工作\n南丰县尖峰乡荷塘村在市侨联结对下发展蜜桔产业。\n"
            "到今年年底，荷塘村共获得侨商资助85万元。\n荷塘村新建冷库320平方米，年储运蜜桔6万斤。\n")
    assert subjects_in(text) == [("85万元", "荷塘村"), ("320平方米", "荷塘村"), ("6万斤", "荷塘村")]


def test_a_village_that_opens_the_first_of_parts_joined_by_semicolons_goes_on_acting_in_the_later_parts():
    text = ("2024年南丰县统战工作\n南丰县尖峰乡荷塘村在市侨联结对下发展蜜桔产业。\n"
            "荷塘村按照标准建起了加工厂240平方米，年加工蜜桔4万斤；建设冷库300平方米，可储存蜜桔6万斤；"
            "县工商联组织企业捐款20万元。\n")
    assert subjects_in(text) == [("240平方米", "荷塘村"), ("4万斤", "荷塘村"), ("300平方米", "荷塘村"),
                                 ("6万斤", "荷塘村"), ("20万元", "县工商联")]


def test_a_village_report_describing_its_village_in_full_gives_it_the_figures_over_the_chamber_it_pairs_with():
    # the village the report is about, which the gazetteer lacks, told of by its whole place run, and on past a
    # semicolon: its own stock, not the figures of the chamber whose news it is
    text = ("涪城区商会与东坪村结对帮扶纪实\n近年来，涪城区商会动员会员出资，共捐助320万元，"
            "并与三台县芦溪镇东坪村结对。\n三台县芦溪镇东坪村地处芦溪镇西部，有耕地2400亩，常住1850人；"
            "全村有农户540户。2016年，涪城区商会赴东坪村考察。\n")
    assert subjects_in(text) == [("320万元", "涪城区商会"), ("2400亩", "东坪村"), ("1850人", "东坪村"),
                                 ("540户", "东坪村")]


def test_a_village_written_after_the_township_a_townships_report_is_about_has_its_figures():
    text = ("产业兴 民族和\n2025-03-02 10:00 来源：某某新闻中心\n近年来，南丰县尖峰乡着力发展特色产业。"
            "尖峰乡以产业为基础，带动群众增收。\n尖峰乡荷塘村争取衔接资金，已建成冷库12座。\n"
            "尖峰乡还组织文化活动。\n")
    assert subjects_in(text) == [("12座", "荷塘村")]


def test_a_body_after_up_to_now_opens_its_clause():
    assert subjects("大塘镇成立统一战线工作领导小组，召开会员大会，截至目前大塘镇商会现有会员单位三十五家。") == [
        ("三十五家", "大塘镇商会")]


def test_the_clause_after_goes_on_from_the_body_that_opened_the_one_before_past_up_to_now():
    assert subjects("大塘镇成立统一战线工作领导小组，截至目前大塘镇商会现有理事单位十家，会员单位三十五家。") == [
        ("十家", "大塘镇商会"), ("三十五家", "大塘镇商会")]


def test_a_body_right_before_its_count_is_what_it_counts():
    assert subjects("去年市委常委会议5次、市委统战工作领导小组3次研究统战工作。") == [
        ("5次", "市委常委会"), ("3次", "市委统战工作领导小组")]
    assert subjects("市工商联300余家会员企业积极参与。") == [("300余家", "市工商联")]


def test_a_person_named_to_an_office_is_no_actor():
    text = ("农工党凯里市委会简介\n农工党凯里市委会成立于1992年5月，现有党员86人。\n"
            "1994年4月，第一次党员大会选举产生第一届委员会，有党员23人。1999年10月，第二次党员大会选出第二届"
            "委员会，李文华任主任委员，有党员47人。\n")
    assert subjects_in(text) == [("86人", "农工党凯里市委会"), ("23人", "农工党凯里市委会"), ("47人", "农工党凯里市委会")]


def test_a_programme_that_opens_the_sentence_does_what_it_tells():
    assert subjects("今年以来，“石榴籽驿站”收集群众诉求46件，参与“同心献策”活动提交建议15条，为困难侨眷办理实事33件，"
                    "组织义诊、法律咨询等服务9场。") == [
        ("46件", "石榴籽驿站"), ("15条", "同心献策"), ("33件", "石榴籽驿站"), ("9场", "石榴籽驿站")]
    # but a body acting later, or a programme run later, has the figures
    assert subjects("“山海同行”系列活动稳步推进，民进遵义市委会组织“山海送学”活动，捐赠教学设备价值约27万元。") == [
        ("约27万元", "山海送学")]
    assert subjects("“侨界驿站”围绕重阳、冬至等节日，持续开展“侨心暖巷”主题活动80余场次，近2300名群众受益。") == [
        ("80余场次", "侨心暖巷"), ("近2300名", "侨心暖巷")]


def test_a_paragraph_of_results_so_far_reports_the_programme_the_one_before_runs():
    text = (TITLE + "今年，泸州市继续深化“民企联百村”帮扶行动，动员全市非公有制企业参与。"
            "市工商联多次深入乡村，梳理结对需求。\n目前已有72家民营企业结对帮扶210户农户，投入帮扶资金85万元。\n")
    assert subjects_in(text) == [("72家", "民企联百村"), ("210户", "民企联百村"), ("85万元", "民企联百村")]


def test_a_sections_lead_opening_on_the_county_hands_its_figures_back_to_the_region():
    text = ("2023年雷山县统战工作\n近年来，雷山县委统战部以乡贤工作为抓手，把在外乡贤作为重点联系对象，凝聚了一批乡贤力量。\n"
            "二是服务产业强“底气”，让乡贤成为“致富带头人”。该县着力培育特色产业，目前，全县有26家乡贤企业成功落地；"
            "目前，在外乡贤与县内14家合作社签订了产销协议，每年带动群众增收1200余万元。\n")
    extraction = extraction_of(text)
    assert {extraction.mentions[q.subject].name if q.subject is not None else "region"
            for q in extraction.quantities} == {"region"}


def test_a_method_with_counted_steps_is_no_programme_and_an_event_people_were_brought_to_has_them():
    assert subjects("推行“一访二议三办”三步工作法，先后组建了昆明、上海、深圳3个异地商会。") == [("3个", "region")]
    assert subjects("邀请16个国家和地区280余名侨界代表参加“根在黔中”寻根交流系列活动。") == [
        ("16个", "根在黔中"), ("280余名", "根在黔中")]
    # a body that invites them has them
    assert subjects("市侨联邀请280余名侨界代表参加“根在黔中”寻根交流系列活动。") == [("280余名", "市侨联")]


def test_a_programme_closing_the_sentence_before_past_what_it_is_for_has_the_next_ones_figures():
    text = (TITLE + "发挥统一战线人才荟萃的优势，积极构建大招商格局，持续开展“同心招商·携手共赢”活动，助推泸州经济高质量发展。"
            "今年以来累计开展外出招商活动6次，收集招商线索90余条。\n")
    assert subjects_in(text) == [("6次", "同心招商·携手共赢"), ("90余条", "同心招商·携手共赢")]


def test_an_associations_own_members_and_the_work_its_officer_introduces_are_its_own():
    text = "泸州市温州商会\n泸州市温州商会成立于2003年，会址位于泸州市江阳区。全体会员热心公益，累计捐资助学85万元，资助学生300余名。\n"
    extraction = extraction_of(text)
    assert [extraction.mentions[q.subject].name if q.subject is not None else "region"
            for q in extraction.quantities] == ["泸州市温州商会", "泸州市温州商会"]
    text = (TITLE + "市委统战部带队赴深圳调研。深圳泸州商会会长王德明向调研组介绍商会工作情况：服务家乡发展。"
            "提供招商信息20多条，为家乡捐款80多万元。\n")
    assert subjects_in(text) == [("20多条", "深圳泸州商会"), ("80多万元", "深圳泸州商会")]


def test_a_bodys_quoted_own_ceremony_makes_the_text_its_own_and_a_speaker_only_tells():
    text = ("东区客家联会“成立十周年暨第五届理事就职典礼”昨晚在某某酒店举行，新任会长王德明率第五届理事就职。\n"
            "王德明表示，该会成立十年来，团结乡亲，至今会员已超过8000人。他说，该会今年筹得善款320万元。\n")
    assert subjects_in(text) == [("超过8000人", "东区客家联会"), ("320万元", "东区客家联会")]
    # what the speaker tells of a place is the place's
    text = ("泸州市侨联召开常委会议\n记者从泸州市侨联常委会议上获悉，全市侨胞之家建设成效明显。\n"
            "王德明表示，泸州持续推动海外侨团建设，海外泸州籍侨团增至36家。\n")
    assert subjects_in(text) == [("36家", "泸州市")]  # the region, named where it opens an earlier clause


def test_a_body_whose_meetings_spirit_is_conveyed_does_nothing_and_a_whole_party_is_its_local_committee():
    text = ("民进遵义市委召开全委会议\n1月8日，民进遵义市委召开全委会议。会议学习了中共二十届三中全会精神，传达了民进贵州省委"
            "五届六次全体会议精神，并对48名优秀会员进行了表彰。\n")
    assert subjects_in(text) == [("48名", "民进遵义市委")]
    text = ("聚焦两会丨民盟界别委员积极履职\n民盟遵义市委会组织盟员政协委员参加市政协会议。\n积极建言献策\n"
            "会议期间，民盟界别的政协委员们认真讨论各项报告，提交集体提案21件、个人提案16件。\n")
    assert subjects_in(text) == [("21件", "民盟遵义市委会"), ("16件", "民盟遵义市委会")]


def test_a_body_that_launches_a_named_thing_under_a_theme_holds_the_news():
    text = ("遵义市发布统一战线地图\n5月8日，中共遵义市委统战部以“同心·同行”为主题发布“遵义统一战线地图”。相关部门、"
            "14个乡镇负责人及各界代表参加发布会。\n")
    assert subjects_in(text) == [("14个", "遵义市委统战部")]


def test_givers_listed_with_their_offices_take_their_gifts_in_order():
    assert subjects("期间，名誉会长王德明、常务副会长李文华分别捐出30万元和8万元支持“春蕾助学”。") == [
        ("30万元", "王德明"), ("8万元", "李文华")]


def test_a_programme_counted_first_in_a_list_of_stock_is_not_the_doer_of_the_next_items():
    found = subjects("全县共建成“五星侨胞之家”12个，乡镇全覆盖，联谊服务站等4个，联络点3个。")
    assert found == [("12个", "region"), ("4个", "region"), ("3个", "region")]
    # a programme counted with more than its name, then another measure, still runs what follows
    assert subjects("拍摄“凯里故事”系列短片20部，累计播放量超300万次。")[-1] == ("超300万次", "凯里故事")


def test_a_head_word_alone_opening_a_clause_is_the_body_named_last_with_it():
    text = ("2023年凯里市统一战线工作综述\n去年，镇党委把商会建设作为重点，打造了凯里市青年商会。\n"
            "青年商会设在镇政府旁。\n截至目前，商会现有会员单位120家，理事单位30家。\n")
    assert subjects_in(text) == [("120家", "凯里市青年商会"), ("30家", "凯里市青年商会")]
    # …and when it gives to others (商会向某校捐赠…, 商会为…)
    text = "2023年凯里市侨商会工作动态\n凯里市侨商会召开理事会。\n会后，商会向某校赠送课桌500套。\n"
    assert subjects_in(text) == [("500套", "凯里市侨商会")]
    # …and when it is the society's kind and head, the end of its name (某村乡贤联谊会 … ，乡贤联谊会向某校捐资…)
    text = "乐业县乡贤工作动态\n在日前召开的大坪村乡贤联谊会换届会上，县领导讲话。会后，乡贤联谊会向村小捐资80万元。\n"
    assert subjects_in(text) == [("80万元", "大坪村乡贤联谊会")]
    # …but 该县 is the county: the tail of 某县在外商会 does not open after its level word (该县在外商会、…)
    text = ("乐业县商会抗疫纪实\n乐业县在外商会积极支援家乡。\n据了解，该县在外商会、县直机关和一些个体户捐款80万元。\n")
    assert subjects_in(text) == [("80万元", "region")]


def test_what_is_within_the_place_is_the_places_stock_in_an_associations_own_text():
    text = ("凯里市侨联简介\n凯里市侨联成立于1985年。全市有归侨侨眷3000多人，县内有海外侨胞近8000人。\n"
            "目前侨联有会员120人。\n")
    assert subjects_in(text)[1:] == [("近8000人", "region"), ("120人", "凯里市侨联")]


def test_the_body_that_received_or_handled_what_is_counted_is_its_subject():
    found = subjects("民盟市委会的提案从今年县政协收到的320件提案中入选优秀提案。")
    assert found == [("320件", "县政协")]


def test_a_body_whose_meeting_is_the_venue_of_what_is_counted_is_no_subject():
    text = ("民盟凯里市委会2023年工作总结\n一年来，民盟凯里市委会积极参政议政。\n"
            "在县政协全体会议上作口头发言6次，集体提案12件。\n")
    assert subjects_in(text)[-2:] == [("6次", "民盟凯里市委会"), ("12件", "民盟凯里市委会")]


def test_members_sitting_in_a_state_body_are_no_actor_of_their_own_in_a_partys_summary():
    text = ("民盟凯里市委会2023年工作总结\n一年来，民盟凯里市委会积极参政议政。\n"
            "盟员中的省人大代表提出议案5件，县政协委员撰写提案21件。\n")
    assert subjects_in(text)[-2:] == [("5件", "民盟凯里市委会"), ("21件", "民盟凯里市委会")]
    assert subjects("五年来，市人大代表提出建议9件。") == [("9件", "region")]


def test_a_programme_others_are_urged_to_join_is_not_what_the_figures_before_were_for():
    text = ("2023年凯里市统一战线工作综述\n一年来，市委统战部服务民营经济。\n"
            "新成立3个异地商会，组织甲商会、乙商会等5个商会结成联盟，鼓励会员企业踊跃参与“同心助企”行动。\n")
    assert subjects_in(text)[-2:] == [("3个", "市委统战部"), ("5个", "市委统战部")]


def test_what_a_journal_or_a_forum_took_up_is_the_writers_work_not_the_programmes():
    text = ("民盟凯里市委会2023年工作总结\n一年来，民盟凯里市委会积极参政议政。\n"
            "盟员撰写的6篇论文入选盟中央主办的“第九届中部论坛”论文集。\n")
    assert subjects_in(text)[-1] == ("6篇", "民盟凯里市委会")


def test_members_of_a_party_as_a_whole_counted_are_not_the_partys():
    found = subjects_in("2023年凯里市统一战线工作综述\n民建凯里市委会积极履职。\n"
                        "年终考评中，甲某、乙某、丙某3位民建会员获得履职标兵称号。\n")
    assert found[-1][1] != "中国民主建国会"


def test_a_body_whose_deed_the_counted_words_tell_is_the_subject_not_the_counted():
    assert subjects("2019年，民盟凯里市委发展新盟员21名，平均年龄41岁。")[0] == ("21名", "民盟凯里市委")


def test_a_body_that_took_up_what_was_sent_is_not_the_sender():
    text = ("民进凯里市委会2023年工作总结\n一年来，民进凯里市委会积极参政议政。\n"
            "全年报送社情民意信息96条，其中省政协采用8篇，市委领导批示3篇；中共中央办公厅采用1条。\n")
    assert [subject for _, subject in subjects_in(text)[-4:]] == ["民进凯里市委会"] * 4


def test_a_person_acting_on_behalf_of_a_body_does_the_bodys_deed():
    assert subjects("会上，市工商联主席张某某代表市工商联向县慈善总会捐款20万元。") == [("20万元", "市工商联")]


def test_a_person_leading_a_delegation_does_the_deed_of_the_body_named_as_theirs():
    report = ("民进凯里市委帮扶活动\n民进凯里市委主委王海涛带队赴某县调研。\n"
              "王海涛一行向某镇小学赠送图书800册，价值2万元。\n")
    assert subjects_in(report) == [("800册", "民进凯里市委"), ("2万元", "民进凯里市委")]


def test_a_person_acting_on_behalf_of_the_body_of_their_office_named_by_its_head_alone_does_its_deed():
    assert subjects("某市潮州商会会长张某某代表商会向当地学校捐赠了5万元。") == [("5万元", "潮州商会")]
    assert subjects("某市潮州商会会长张某某代表个人向当地学校捐赠了5万元。") == [("5万元", "张某某")]


def test_one_acting_on_behalf_of_people_named_after_daibiao_does_their_deed():
    report = ("某小学收到爱心文具\n6月1日，凯里市侨办干部张某某代表侨胞李文华、王海平两位会长向某小学"
              "赠送了200个文具盒。\n")
    assert subjects_in(report) == [("200个", "李文华")]


def test_a_movement_known_nationwide_is_no_subject_of_the_figures():
    report = ("近日，绵竹市工商联召开会员大会。\n会员企业踊跃投身光彩事业，捐资助学13万元。\n")
    assert subjects_in(report)[-1] == ("13万元", "绵竹市工商联")


def test_a_part_that_names_no_subject_of_its_own_is_its_totals_subjects():
    text = ("近日，凯里市召开产业帮扶推进会。\n目前，市工商联所属企业兴办帮扶项目已有40个。"
            "其中，养殖项目12个，种植项目20个。\n")
    assert subjects_in(text)[-3:] == [("40个", "市工商联"), ("12个", "市工商联"), ("20个", "市工商联")]


def test_standing_members_of_a_state_body_are_no_actor_of_their_own():
    found = subjects("民建凯里市委现有会员300人，其中凯里市政协常委3人，市政协委员20人。")
    assert found == [("300人", "民建凯里市委"), ("3人", "民建凯里市委"), ("20人", "民建凯里市委")]
    assert subjects("县委常委会研究统战工作6次。") == [("6次", "县委常委会")]


def test_the_counts_of_a_brands_listed_events_are_each_events():
    assert subjects("多年来连续举办6届荔枝节、3届龙舟赛、4次寻根之旅等品牌活动。") == [
        ("6届", "荔枝节"), ("3届", "龙舟赛"), ("4次", "寻根之旅")]


def test_figures_quoted_as_a_programmes_results_though_another_sentence_names_it_without_its_plus():
    text = TITLE + ("“今年以来，我们召开专题推进会议12次，开展入企走访20次，签约项目9个，签约资金5亿元。”"
                    "县工商联主席介绍今年以来“大走访+大帮扶”取得的成效时表示。\n"
                    "全市优化营商环境，开展大走访大帮扶。\n各地赴长三角开展“大走访+大帮扶”活动。\n")
    assert {subject for _, subject in subjects_in(text)} == {"大走访大帮扶"}


def test_the_outlet_of_a_dateline_under_a_pages_header_lines_is_no_actor():
    text = ("某县获批项目120个\n18.07.2014 12:58\n本文来源: 某网\n某省政府在某地现场办公\n某县获批项目120个\n"
            "绵阳新闻网7月17日讯(记者 王某)7月16日，省政府在北川羌族自治县召开现场推进会，确定支持项目120个，承诺支持资金4.7亿元。\n")
    assert {subject for _, subject in subjects_in(text) if subject != "region"} <= {"省政府"}


def test_an_items_lead_that_only_runs_a_programme_gives_it_the_items_figures():
    assert subjects("一是实施少数民族青年就业扶持计划。深入推进创建模式，打造5个示范点。与8个城市建立协作机制。"
                    "二是实施民族文化传承计划。举办展示活动60场。三是加强队伍建设。培训干部120人次。") == [
        ("5个", "少数民族青年就业扶持计划"), ("8个", "少数民族青年就业扶持计划"), ("60场", "民族文化传承计划"),
        ("120人次", "region")]
    # …and when the lead says the programme is helped to run (一是助力实施“某某工程”。)
    assert subjects("一是助力实施“山茶富民工程”。已开通兰溪村9公里的便道。种植油茶1130亩。"
                    "二是协助实施“亮灯惠民工程”。建成路灯200盏。") == [
        ("9公里", "山茶富民工程"), ("1130亩", "山茶富民工程"), ("200盏", "亮灯惠民工程")]


def test_a_slogan_followed_as_a_way_of_working_is_no_actor_of_the_figures():
    assert subjects("按照“一园一特色、一点一品牌”的思路，在9个县(市、区)打造13个示范基地。") == [
        ("9个", "region"), ("13个", "region")]
    assert subjects("开展“一园一特色、一点一品牌”创建活动，打造13个示范基地。") == [("13个", "一园一特色、一点一品牌")]


def test_the_body_a_sentence_profiles_owns_its_figures():
    assert subjects("位于涪城区青义镇的绵阳丰谷食品有限公司，是一家民营企业，年营业收入达9000万元。") == [
        ("9000万元", "绵阳丰谷食品有限公司")]


def test_a_body_the_work_was_done_for_is_no_actor_of_it():
    text = TITLE + ("一、参政议政\n五年来，民建泸州市委完成市政协委托调研报告12篇；完成市委统战部专题课题9项；"
                    "完成民建中央委托课题3项。\n")
    assert {subject for _, subject in subjects_in(text)} == {"民建泸州市委"}


def test_a_sentence_that_opens_by_running_a_programme_gives_it_the_figures_of_its_semicolon_parts():
    text = ("推进民族地区发展。实施少数民族聚居村提升行动，重点扶持特色产业，投入300余万元建成4个种植基地；"
            "对于民族聚居村，投入资金200余万元，修建道路12条；对于城市社区，协调30余万元。全年培训干部80人次。")
    assert subjects(text) == [("300余万元", "少数民族聚居村提升行动"), ("4个", "少数民族聚居村提升行动"),
                              ("200余万元", "少数民族聚居村提升行动"), ("12条", "少数民族聚居村提升行动"),
                              ("30余万元", "少数民族聚居村提升行动"), ("80人次", "region")]
    acted = text.replace("对于民族聚居村，投入资金", "县工商联投入资金")
    assert subjects(acted)[2] == ("200余万元", "县工商联")  # a part with its own actor is that actor's


def test_an_enterprise_that_opens_an_earlier_clause_acts_in_the_later_ones():
    assert subjects("为推进当地养殖业发展，绵阳丰驼乳品有限公司为农户发放扶持资金，累计支付220万元。") == [
        ("220万元", "绵阳丰驼乳品有限公司")]
    assert subjects("全市建立5个基层支部，绵阳师范学院1个支部筹委会，会员人数达到106人。")[2] == ("106人", "region")
    # the short name it declares in brackets is the same enterprise, no other actor between
    assert subjects("此外，绵阳丰驼乳品有限公司（以下简称“丰驼乳品”）将在两周内，组织12家合作社参与培训。") == [
        ("12家", "绵阳丰驼乳品有限公司")]


def test_a_paragraph_that_dates_itself_from_a_programmes_start_tells_its_progress():
    text = ("自“万企联万村”行动开展以来，县工商联认真落实县委部署，号召民营企业家参与。各乡镇商会迅速响应。"
            "截至6月底，已有260家民营企业结对帮扶180个村。")
    assert subjects(text) == [("260家", "万企联万村"), ("180个", "万企联万村")]
    assert subjects(text.replace("自“万企联万村”行动开展以来，", "今年以来，")) == [("260家", "县工商联"), ("180个", "县工商联")]


def test_a_member_named_after_their_title_gives_on_their_own():
    assert subjects("支部会员孔丹瑜则个人捐赠600元购买防护用品。") == [("600元", "孔丹瑜")]
    assert subjects("已在外地定居的会员孔丹瑜也向灾区捐赠了300元。") == [("300元", "孔丹瑜")]


def test_a_person_who_brings_or_leads_a_body_does_the_deeds_of_the_sentence():
    assert subjects("2016年，邹德明委员携澳门绵阳联谊会捐资40万元建设教学楼，为某小学捐资5万元，"
                    "率领青年联合会赴绵交流并捐赠12万元图书。") == [
        ("40万元", "邹德明"), ("5万元", "邹德明"), ("12万元", "邹德明")]


def test_a_clause_on_that_township_is_the_townships_named_before():
    assert subjects("7月6日，市侨联将首批12万多元物资送到涪城区青义镇700多名归侨手中。至此，该镇已收到各界捐助25万多元。")[-1] == (
        "25万多元", "青义镇")


def test_a_departments_own_self_evaluation_report_gives_it_its_figures():
    rows = "\n".join(["[ 索引号 ] | 11510700/2023-00116 |", "[ 发布机构 ] | 涪城区财政局 |"] * 5)
    found = subjects_in(rows + "\n中共涪城区委统战部2022年度部门绩效自评报告\n"
                               "2022年我单位纳入绩效自评项目12个，涉及资金300万元。\n")
    assert found == [("12个", "涪城区委统战部"), ("300万元", "涪城区委统战部")]


def test_a_clause_on_that_company_is_the_company_named_before():
    assert subjects("所说的公司是绵阳丰驼乳品加工有限公司，2016年该公司落户北川县，年加工鲜奶2000余吨。") == [
        ("2000余吨", "绵阳丰驼乳品加工有限公司")]
    assert subjects("绵阳浙江商会成立于2010年。该商会现有会员120家。")[-1] == ("120家", "绵阳浙江商会")
    # a guild or a clan hall, as overseas papers call their societies (该公会, 该会馆)
    found = text_subjects("（怡保20日讯）霹雳机械公会前晚举办周年宴会，捐出10万令吉给州内独中。\n"
                          "育才华小正筹集500万令吉迁校经费。\n该公会宴会筹委会决定捐出8万令吉给育才华小。\n")
    assert found[-1] == ("8万令吉", "霹雳机械公会")


def test_a_chronicles_chapter_on_an_association_is_that_associations_account():
    assert subjects_in("第三章 市归国华侨联合会\n第一节 主要活动\n举办归侨侨眷培训班8次。\n") == [
        ("8次", "市归国华侨联合会")]


def test_a_person_after_a_long_chain_of_offices_does_the_work_and_goes_on_past_a_semicolon():
    found = subjects("市政协委员、县工商联副会长、万山食品有限公司董事长王建国，组织30多名企业家捐资60万元；"
                     "并为20户贫困户送化肥50袋；慰问困难群众45人。")
    assert found == [("30多名", "王建国"), ("60万元", "王建国"), ("20户", "王建国"), ("50袋", "王建国"),
                     ("45人", "王建国")]


def test_a_part_after_a_semicolon_with_its_own_doer_is_not_the_persons():
    found = subjects("县工商联副会长王建国捐资5万元；县侨联开展慰问活动3次。")
    assert found == [("5万元", "王建国"), ("3次", "县侨联")]


def test_the_programme_a_body_joins_after_a_national_programmes_years_has_the_figures():
    found = subjects("全国“万企兴万村”行动实施以来，县工商联积极发动300多家企业投身“百企联百村”工作，共计投入资金2.1亿元。")
    assert found == [("300多家", "百企联百村"), ("2.1亿元", "百企联百村")]


def test_those_counted_as_taking_part_took_part_in_the_programme_run_shortly_before():
    found = subjects_in(TITLE + "县工商联结合乡村振兴工作，推行“千名企业家进万家”系列活动。比如，城关镇商会组织会员举办游园活动；"
                        "新华镇商会举行茶话会。截至目前，80多家企业和600多名商会会员参加。\n")
    assert found[-2:] == [("80多家", "千名企业家进万家"), ("600多名", "千名企业家进万家")]


def test_those_counted_as_taking_part_with_a_doer_named_are_the_doers():
    found = subjects_in(TITLE + "县工商联推行“千名企业家进万家”系列活动。县侨联组织侨商30多人参加。\n")
    assert found == [("30多人", "县侨联")]


def test_a_news_item_on_one_committee_written_with_its_place_and_without_is_that_committees():
    text = ("1月6日至10日，遵义市政协五届二次会议召开。\n会议期间，民盟遵义市委提交集体提案6件。"
            "盟员委员积极参政议政。\n民盟市委主委在大会发言。盟员委员提交个人提案32件。\n"
            "民盟市委组织盟员代表学习会议精神。\n")
    assert subjects_in(text)[-1] == ("32件", "民盟遵义市委")


def test_the_person_named_first_among_givers_and_a_titled_persons_venture():
    assert subjects("乡贤李明华等人为南湖村捐助修路资金80万元。") == [("80万元", "李明华")]
    assert subjects("多亏了王德明等在外乡贤出资3.5万元。") == [("3.5万元", "王德明")]
    assert subjects("上海市泸州商会副会长李明华投资2.5亿元建设冷链中心。") == [("2.5亿元", "李明华")]
    assert subjects("王德明等5人获评优秀会员。") == [("5人", "region")]


def test_what_a_committees_own_account_counts_across_its_place_is_its_own_reach():
    text = ("民革凯里市委会2023年工作总结\n一年来，民革凯里市委会坚持履职尽责。\n"
            "组织建设\n截至年底，全市共有党员86名，建立基层支部6个。\n全市共有归侨侨眷5000人。\n")
    assert subjects_in(text) == [("86名", "民革凯里市委会"), ("6个", "民革凯里市委会"), ("5000人", "region")]


def test_a_places_businesses_counted_in_a_federations_account_are_the_places():
    text = ("凯里市工商联2023年工作总结\n一年来，凯里市工商联积极履职。\n"
            "全市登记在册市场主体5.2万户。\n")
    assert subjects_in(text) == [("5.2万户", "region")]


def test_a_societys_officers_counted_without_its_name_are_that_societys():
    text = (TITLE + "城关镇商会于2018年5月正式挂牌，首批入会企业86家。\n大会选举产生了第一届领导班子，"
            "有名誉会长12人、会长1人、副会长5人。\n")
    assert subjects_in(text)[-3:] == [("12人", "城关镇商会"), ("1人", "城关镇商会"), ("5人", "城关镇商会")]
    found = subjects_in(TITLE + "城关镇商会成立。\n发来贺信的有：县侨联、文化协会理事长王明等35个单位和个人。\n")
    assert found[-1][1] not in ("城关镇商会", "文化协会")  # a list that ends on an officer's name counts the senders


def test_the_investment_a_place_drew_is_the_places_whoever_reports_it():
    text = ("凯里市台湾同胞投资企业协会简介\n凯里市台协会成立于2005年。\n截至去年底，全市新批台资项目120个，"
            "合同利用台资达8.5亿美元。\n")
    assert subjects_in(text)[-2:] == [("120个", "region"), ("8.5亿美元", "region")]


def test_a_clause_set_in_a_place_that_names_no_doer_tells_that_places_figures():
    text = (TITLE + "龙马潭区统一战线助力乡村振兴。\n在龙马潭区石洞街道花博村，12个民族2100多人和睦相处。\n")
    assert subjects_in(text)[-2:] == [("12个", "花博村"), ("2100多人", "花博村")]


def test_the_figures_after_a_sentence_that_defines_the_programme_it_opens_on_are_the_programmes():
    text = ("2023年某县工商联工作\n县工商联召开执委会议。\n“爱心助学”活动是全县民营企业共同参与的民心工程、公益工程，旨在帮助学子圆梦。"
            "自2015年起，累计有120家企业捐赠现金300万元，资助大学生800人，受到县委、县政府表扬。\n")
    assert [subject for _, subject in subjects_in(text)] == ["爱心助学", "爱心助学", "爱心助学"]


def test_a_bodys_record_since_it_was_set_up_leads_the_items_after_it():
    text = ("某市统战工作\n12月20日，民盟长沙市委首届代表会议开幕。\n"
            "民盟长沙市委筹备组自2015年成立以来，思想坚定，成效显著。一是服务大局有作为。"
            "5年来提交提案超过80件，为2万余名患者送去医药。\n")
    assert [subject for _, subject in subjects_in(text)] == ["民盟长沙市委筹备组", "民盟长沙市委筹备组"]


@pytest.mark.parametrize("text, quoted, taken", [
    ("其中，通过“一帮一”或“多帮一”的方式，已有30个商协会结对共建。", "一帮一", True),
    ("其中，通过“一帮一”或“多帮一”的方式，已有30个商协会结对共建。", "多帮一", True),
    ("采取“企业+合作社”模式，带动农户200户。", "企业+合作社", True),
    ("通过“百企联百村”行动，30家企业结对25个村。", "百企联百村", False),
])
def test_a_way_of_working_in_quotation_marks_does_nothing_the_figures_count(text, quoted, taken):
    start = text.index(quoted) - 1
    mention = Mention("Initiative", f"“{quoted}”", quoted, start, start + len(quoted) + 2, 0)
    assert _guideline(text, mention) is taken


def test_a_gift_the_person_opening_the_sentence_made_themself_is_theirs():
    assert subjects("市工商联副主席、长沙建安建材有限公司董事长王志强得知灾情后，立即在会员群中发出倡议，"
                    "并亲自带头出资5万元。") == [("5万元", "王志强")]


def test_an_actor_after_especially_still_opens_its_clause():
    assert subjects("特别是绵阳丰谷酒业有限公司在新华村出资30余万元建起烘干房。") == [("30余万元", "绵阳丰谷酒业有限公司")]


def test_a_person_named_again_bare_goes_on_giving():
    report = (TITLE + "某某食品公司总裁吕秀芬出席座谈会。"
              "疫情发生后，吕秀芬立即联系卫生部门，向当地医院捐赠5000箱牛奶。\n")
    assert subjects_in(report) == [("5000箱", "吕秀芬")]


def test_a_person_who_opens_an_earlier_clause_gives_what_follows():
    report = TITLE + "民建市委会主委吕秀芬带队走访。慰问时，吕秀芬详细了解老人的事迹，并送上5000元慰问金。\n"
    assert subjects_in(report) == [("5000元", "吕秀芬")]
    # the figure's clause opens on its own subject: the person's deed ends with its clause
    assert subjects("会上，吕秀芬获评优秀会员，8名会员获表彰。")[0][1] != "吕秀芬"


def test_who_speaks_at_an_occasion_is_no_actor_of_the_figures_told():
    report = ("本报长沙5月9日电 湖南省侨联主席吕秀芬9日在会上表示，要凝聚侨心侨力。\n"
              "当天，湖南省侨界代表大会在长沙开幕，吕秀芬作工作报告时透露，五年来，湖南各级侨联共组织600多名侨商回乡投资。\n")
    assert subjects_in(report) == [("600多名", "湖南省侨联")]


def test_the_body_that_took_pieces_up_and_a_body_in_an_aside_are_not_the_writers():
    report = (TITLE + "民盟某区支部召开年终总结会。\n会上，支部主委作工作总结。"
              "支部先后开展（或参与盟市委）调研5次；提交调研报告3篇（市委座谈会采用3篇）。\n")
    assert subjects_in(report) == [("5次", "民盟某区支部"), ("3篇", "民盟某区支部"), ("3篇", "民盟某区支部")]


def test_money_spent_on_a_programme_named_right_after_it_is_the_programmes():
    report = (TITLE + "深入实施“兴边富民”行动，投入1.5亿元先后实施两期“沿边安居三年计划”，"
              "投入了3.2亿元实施三期“百村示范”建设工程，投入了800万元实施边民意外伤害保险。\n")
    found = dict(subjects_in(report))
    assert (found["1.5亿元"], found["3.2亿元"]) == ("沿边安居三年计划", "百村示范")
    assert found["800万元"] not in ("沿边安居三年计划", "百村示范", "兴边富民")  # spent on no programme named


def test_a_figure_told_of_the_reports_own_region_is_the_regions():
    report = (TITLE + "一、凝聚党外力量\n一年来，市委统战部加强党外人士工作。"
              "据统计，泸州市共有民营经济人士约30万人。泸州市各级侨联共联系归侨侨眷2万人。\n")
    assert subjects_in(report) == [("约30万人", "泸州市"), ("2万人", "市委统战部")]


def test_a_news_item_on_the_appeal_a_body_sent_out_gives_it_the_figures():
    report = ("民企爱心汇聚\n1月28日，市侨联向广大侨商、侨企发出《同舟共济倡议书》。"
              "倡议书发出后，累计捐款380万元。\n")
    assert text_subjects(report) == [("380万元", "市侨联")]


def test_the_platform_a_body_works_through_is_its_means_not_the_doer():
    assert subjects("截至目前，县委统战部依托“同心小屋”开展各类活动40余次。") == [("40余次", "县委统战部")]
    assert subjects("依托“巧手绣娘”项目，为山区免费培训了60多名妇女。") == [("60多名", "巧手绣娘")]  # no body before


def test_a_place_that_opens_an_earlier_clause_goes_on_acting():
    report = ("乡村振兴有新气象\n今年以来，广昌县统一战线助力乡村振兴。"
              "同时，广昌县龙头村依托商会资源建起了网上商城，花费10万元打造助农直播间。\n")
    assert subjects_in(report)[-1] == ("10万元", "龙头村")


def test_a_figure_a_place_owns_right_after_it_is_the_places():
    report = "乡村振兴有新气象\n时值柑橘成熟期，广昌县头陂镇龙头村的300亩柑橘挂果满枝。\n"
    assert subjects_in(report) == [("300亩", "龙头村")]


def test_a_text_whose_first_sentences_tell_a_committees_members_at_the_congress_is_the_committees_account():
    report = ("建言献策显担当\n——2023年社员中的区人大代表、政协委员履职纪实\n"
              "3月2日至5日，四川省遂宁市船山区人大、政协会议先后举行。九三学社船山区委员会的社员里有5位区人大代表、"
              "9位区政协委员到会，建言献策。\n会上，社员们提出集体提案6件、个人提案11件。\n")
    committee = "九三学社船山区委会"
    assert subjects_of(report) == [("5位", committee), ("9位", committee), ("6件", committee), ("11件", committee)]
    # and so are the whole party's members seated as a sector, whose one committee the text names by its level
    report = ("衡阳市两会闭幕 民建界别代表委员履职有为\n3月2日至6日，衡阳市人大和衡阳市政协分别召开年度全体会议。\n"
              "民建界别的6名人大代表、20名政协委员认真履职。\n会后，民建市委对履职情况进行了总结。\n")
    assert subjects_of(report) == [("6名", "民建市委"), ("20名", "民建市委")]


def test_a_gift_of_a_person_named_between_a_company_and_the_office_held_there_is_the_persons():
    report = ("某县工商联公益工作回顾\n一年来，县工商联引导会员回馈社会。3月，碧桂园地产汤和平总经理出资5万元救助困难儿童；"
              "11月，飞燕电子厂祁长江董事长出资1万元救助一名病患。\n")
    assert subjects_of(report) == [("5万元", "汤和平"), ("1万元", "祁长江")]


def test_a_member_profiled_after_a_clause_of_titles_did_the_work_the_later_clauses_count():
    report = ("某市委会获评社会服务先进单位\n民盟某县总支盟员，某县农技推广中心副主任汪某某，30年来扎根基层，"
              "先后推广水稻新品种15个，示范面积近50万亩，带动农民增收。\n")
    assert subjects_of(report) == [("15个", "汪某某"), ("近50万亩", "汪某某")]


def test_a_body_named_after_the_kind_it_is_of_opens_its_clause():
    report = ("某区推进会召开\n会上举行了捐赠仪式。县直宗教场所开元寺向东山村捐赠30万元、灵泉寺向西坪村捐赠10万元。\n")
    assert subjects_of(report) == [("30万元", "开元寺"), ("10万元", "灵泉寺")]
    # or after the event the clause is about
    report = "某区推进会召开\n会上举行了捐赠仪式。这次募捐活动开元寺共募得价值3万元的米面物资。\n"
    assert subjects_of(report) == [("3万元", "开元寺")]
    # or after its kind of investor (侨企某公司: a company of overseas Chinese)
    report = "容县侨联工作\n侨企广西华兴纺织有限公司经容县侨联向学校送去现金14万元。\n"
    assert subjects_of(report) == [("14万元", "广西华兴纺织有限公司")]


def test_a_body_a_clause_works_through_is_the_means_and_one_that_goes_on_to_act_acts():
    report = ("某县统战工作\n今年以来，县委统战部凝聚统战力量，组织宣讲活动20余场次。同时，完善党外人士信息库，"
              "依托县籍在外商会，组织党外人士赴外地招商引资15次。依托县社会主义学院举办培训班9期。\n")
    found = subjects_of(report)
    assert found[:2] == [("20余场次", "县委统战部"), ("15次", "县委统战部")]
    assert found[2] == ("9期", "县社会主义学院")


def test_an_event_a_place_held_with_those_taking_part_named_before_it_has_the_figures_of_its_news():
    report = ("您当前的位置：首页 > 区内要闻\n12月13日，南开区举办镇街与各党派基层委、知联会携手共进、同心发展活动。\n"
              "市委常委、统战部部长某某某出席活动。\n现场，“携手共进、同心发展”活动正式启动，南开区将以此为契机深化共建。\n"
              "活动中，6个党派基层委与各街道签订协议，4个项目集中签约。\n")
    assert subjects_of(report) == [("6个", "携手共进、同心发展"), ("4个", "携手共进、同心发展")]


def test_a_quoted_honour_among_the_titles_of_a_person_who_gives_is_no_programme():
    found = subjects("城关镇红星村“荣誉村长”、某某食品有限公司总经理刘志华率先向灾区捐赠价值2.5万元的消毒液。")
    assert found == [("2.5万元", "刘志华")]


def test_a_sentence_that_goes_on_from_one_set_in_a_township_of_the_region_gives_it_the_figures():
    text = ("尤溪县乡贤工作综述\n近年来，在尤溪县西城镇，乡贤回报桑梓的事例不胜枚举。其中，有乡贤捐建路灯80盏，照亮村道。\n")
    assert subjects_in(text) == [("80盏", "西城镇")]


def test_what_a_news_item_on_an_event_adds_as_hearsay_is_the_places_not_the_events():
    text = ("第三届绵商大会在绵阳举行\n5月8日，由绵阳市人民政府牵头举办的第三届绵商大会在绵阳举行。\n"
            "大会现场签约项目12个。\n据悉，绵阳籍商人遍布各地，在外绵商超过5万人。\n")
    assert subjects_in(text) == [("12个", "第三届绵商大会"), ("超过5万人", "绵阳市")]  # the region


def test_what_the_place_itself_does_in_a_news_item_on_a_gathering_is_the_places():
    text = ("第三届绵商大会在绵阳举行\n5月8日，由绵阳市人民政府牵头举办的第三届绵商大会在绵阳举行。\n"
            "今年以来，绵阳认领回乡项目资金共计800多万元，涉及多项公益事业。\n")
    assert subjects_in(text) == [("800多万元", "绵阳市")]  # the region, as the text names it


def test_the_figures_after_a_persons_profile_are_that_persons_record():
    assert subjects("十佳人物名单如下：甘丽云，女，民进会员。履职情况：报送社情民意9篇；提交提案3件。"
                    "邵建华，男，民盟盟员。履职情况：撰写调研报告2篇。") == [
        ("9篇", "甘丽云"), ("3件", "甘丽云"), ("2篇", "邵建华")]


def test_a_programmes_progress_told_by_the_region_after_its_topic_sentence_is_the_programmes():
    assert subjects("持续深化“千企联千户”行动。目前，泸州市共有86家企业参与结对。") == [("86家", "千企联千户")]


def test_a_places_record_over_the_years_in_a_programmes_news_is_the_places():
    report = ("“春晖助学”公益活动在武宁县启动\n6月5日，“春晖助学”公益活动在武宁县启动。截至目前，武宁县已有80名学生受助。"
              "近年来，武宁县累计投入1.2亿元新建校舍。\n")
    assert subjects_in(report) == [("80名", "春晖助学"), ("1.2亿元", "武宁县")]


def test_the_region_opening_a_sentence_goes_on_counting_in_its_later_clauses():
    report = ("泸州市委统战部2023年工作总结\n一年来，泸州市委统战部着力凝聚共识。\n"
              "去年，泸州市党外人士提交提案90件，报送信息170篇。\n")
    assert subjects_in(report) == [("90件", "泸州市"), ("170篇", "泸州市")]


def test_a_body_in_brackets_after_a_figure_names_what_was_counted_and_counts_nothing():
    assert subjects("泸州市工商联新建乡镇商会8个；另有在外商会1个（泸州福建商会），建有商会党支部4个。") == [
        ("8个", "泸州市工商联"), ("1个", "泸州市工商联"), ("4个", "泸州市工商联")]


def test_a_quotation_a_company_spokesman_said_is_the_companys_account():
    report = ("泸州市民企带动就业\n“我们的合作社今年吸纳周边群众务工800余人，发放工资300余万元。”"
              "泸州某某茶业有限公司负责人介绍。\n")
    assert subjects_in(report) == [("800余人", "泸州某某茶业有限公司"), ("300余万元", "泸州某某茶业有限公司")]
    # the results of a programme its department's officer tells are the programme's
    report = ("泸州市统战工作\n今年以来，泸州市扎实推进招商引资。\n“我们组织推进会12次，开展外出招商20次，签约项目17个，签约资金8亿元。”"
              "泸州市委统战部副部长介绍“同心招商”行动取得的成果时说。\n")
    assert subjects_in(report) == [("12次", "同心招商"), ("20次", "同心招商"), ("17个", "同心招商"), ("8亿元", "同心招商")]


def test_a_programme_counted_with_its_star_rating_is_the_thing_counted():
    assert subjects("泸州市侨联新建3个星级“侨胞之家”。") == [("3个", "泸州市侨联")]


def test_a_motto_a_body_keeps_to_counts_nothing():
    assert subjects("泸州市侨联紧扣“为侨服务”核心宗旨，开展联谊活动12次。") == [("12次", "泸州市侨联")]


def test_the_region_after_a_year_without_a_comma_opens_its_sentence_over_the_news_items_event():
    text = ("第二届某某经贸洽谈会在江苏南通开幕\n新华社南通9月20日电 第二届某某经贸洽谈会20日在江苏南通市开幕。\n"
            "本届洽谈会吸引企业120家参展。\n近年来，南通市加大招商力度。2018年南通市有15个外资项目开工，总投资3.2亿美元。\n")
    assert subjects_in(text)[-2:] == [("15个", "南通市"), ("3.2亿美元", "南通市")]


def test_the_body_a_gift_is_made_to_right_after_its_verb_is_not_who_gave():
    assert subjects("全市各界踊跃捐款，其中指定捐助我县防汛指挥部的52.3万元。") == [("52.3万元", "region")]
    assert subjects("企业家们捐赠给市慈善总会爱心款30万元。") == [("30万元", "region")]


def test_a_papers_page_buttons_and_edition_above_the_title_do_not_hide_whose_account_it_is():
    page = ("|\n|\n2024-05-06 第03版:三版\n| 【字体】 | 大 | | 默认 | | 小 |\n|\n杭州市西湖区北山街道商会: |\n"
            "探索公益新路径 |\n|\n日前,杭州市西湖区北山街道商会与某校签订“爱心助学”协议。\n目前，已累计结对帮扶学生36名。\n")
    assert subjects_in(page) == [("36名", "北山街道商会")]


def test_the_body_a_subtitle_opens_with_as_the_doer_gives_the_account():
    text = ("共绘团结新画卷\n——罗甸县政协助力民族团结进步创建侧记\n金秋时节，走进罗甸县，各族群众笑逐颜开。\n"
            "近年来，累计开展专题协商12次。\n")
    assert subjects_in(text) == [("12次", "罗甸县政协")]


def test_a_company_after_the_place_it_is_in_acts_in_its_clause():
    assert subjects("孝义市的山西瑞丰兴业商贸有限公司捐款100万元。") == [("100万元", "山西瑞丰兴业商贸有限公司")]


def test_the_body_of_the_sentence_before_goes_on_in_one_that_opens_on_the_time_its_figures_span():
    text = "侨商返乡兴业的多了，泸州市侨联主动做好对接服务。近年来，共引进侨资项目11个，总投资10亿元以上。"
    assert subjects(text) == [("11个", "泸州市侨联"), ("10亿元以上", "泸州市侨联")]
    # a sentence with an actor of its own keeps it
    assert subjects("泸州市侨联做好对接服务。近年来，市工商联共引进项目11个。") == [("11个", "市工商联")]
    # a hospital given to is no actor of the sentence
    text = "侨资企业回乡多了，泸州市侨联热情搞好服务。近年来，共引进侨资项目11个，为泸州市中医院扩建募集捐款50万元。"
    assert subjects(text) == [("11个", "泸州市侨联"), ("50万元", "泸州市侨联")]


def test_a_delegation_a_person_leads_is_counted_for_the_body_whose_titles_open_the_list():
    text = ("为深入贯彻党中央关于对口支援的决策部署，近日，泸州市委统战部副部长，市侨联主席，"
            "市二级巡视员王某一行8人赴某县考察学习。")
    assert subjects(text) == [("8人", "泸州市委统战部")]


def test_the_person_of_a_company_who_gives_is_the_giver():
    assert subjects("泸州金鼎广告有限公司周立强向县慈善会捐赠2万元。") == [("2万元", "周立强")]


def test_a_place_a_later_clause_opens_by_describing_it_is_the_subject_of_its_figure():
    # 某省有3个单位…: the clause tells the province's figure, though the report is of a city in it
    assert subjects("据了解，在新一批先进名单里，四川有3个单位入选。") == [("3个", "四川省")]


def test_a_place_outside_the_region_that_opens_its_clause_dealing_with_another_does_the_deed():
    # a district of the visiting city signs with villages of the report's county and gives the money
    report = ("台州市企业家赴会理市考察\n3月12日，台州市企业家代表团到会理市考察产业项目。\n"
              "同时，台州市黄岩区也与会理市两个村结成对子，出资20万元修建村道，援建大棚8座。\n")
    assert subjects_in(report) == [("两个", "黄岩区"), ("20万元", "黄岩区"), ("8座", "黄岩区")]


def test_a_programme_named_inside_the_name_of_the_money_given_is_not_the_giver():
    assert subjects("县侨联向某镇侨联转交“闽宁协作教育帮扶资金”8万元。") == [("8万元", "县侨联")]


def test_a_clergymans_gift_after_the_title_is_the_persons():
    assert subjects("某市基督教牧师王志明第一时间向红十字会捐款3000元。") == [("3000元", "王志明")]


def test_a_path_from_the_home_page_with_one_arrow_is_no_opening_of_a_programmes_news():
    # 首页 今日某县 > 某县要闻 above the headline: the page's path; the news is the programme's, and so are the
    # figures of its years that name no one
    report = ("首页 今日平阳 > 平阳要闻\n\n平阳县举行“同心·春风助学”捐助活动\n\n时间:2019-08-20 09:10 来源:本站\n\n"
              "8月18日，平阳县在县文化馆举行“同心·春风助学”捐助活动，向300名学子颁发奖学金50万元。\n"
              "“同心·春风助学”由县工商联倡议设立，至今已举办九届。九年来共募集善款500万元，资助学生3000人。\n")
    assert subjects_in(report)[-2:] == [("500万元", "同心·春风助学"), ("3000人", "同心·春风助学")]


def test_a_copys_date_field_a_bracketed_news_prefix_and_a_lunar_day_open_a_societys_news():
    # date 2024-10-20 （本报讯）2024年9月17日农历八月十五，某会馆举办…: past all of them the society acts, and
    # what the evening raised is its own
    report = (" date 2024-10-20 （本报讯）2024年9月17日农历八月十五，旧金山宁阳会馆举办中秋敬老宴，"
              "约二百位长者出席。\n会馆主席陈志明致辞时表示，感谢乡亲支持。\n当晚，乡亲们踊跃捐款，共筹得三万美元。\n")
    assert subjects_in(report)[-1] == ("三万美元", "旧金山宁阳会馆")


def test_the_body_a_clause_of_the_opener_describes_gives_and_goes_on_giving():
    # 其中某办指导的某联谊会资助…，每年…: the body named after the clause acts, not the department
    report = ("平阳县爱心助学\n今年共募得善款100万元，其中市台办指导的温州市新乡贤联谊会定向资助在校大学生20名，"
              "每年8万元。\n")
    assert subjects_in(report)[1:] == [("20名", "温州市新乡贤联谊会"), ("8万元", "温州市新乡贤联谊会")]


def test_an_event_held_in_the_opening_under_a_column_name_above_the_title_takes_the_figures():
    # 社务要闻 (the site's column) / headline / the opening: the activity held there is the news's event
    report = ("社务要闻\n民盟市委携手市农业局服务乡村\n\n"
              "5月10日，由民盟市委与市农业局联合主办、桐庐县农业局承办的“农技进村”活动在桐庐县迎春广场举行。\n"
              "活动现场，二十余名专家为群众提供咨询，发放资料八百余份。\n")
    assert subjects_in(report)[-1] == ("八百余份", "农技进村")


def test_a_headline_about_what_one_named_body_did_gives_it_the_figures_no_actor_names():
    report = ("开元寺：弘扬慈悲精神 驰援受灾群众\n9月8日，寺内举行了一场捐助活动。"
              "寺院集体捐出2万元；僧众个人凑出1万元。\n")
    assert subjects_of(report) == [("2万元", "开元寺"), ("1万元", "开元寺")]


def test_the_united_front_of_a_place_above_the_reports_acts_as_that_place():
    report = ("贵州省委统战部支持雷山县抗洪救灾\n据统计，截至7月9日，贵州省统一战线动员80家企业捐出款物900万元。\n")
    assert subjects_of(report) == [("80家", "贵州省"), ("900万元", "贵州省")]


def test_a_party_branch_named_in_what_its_money_counts_is_one_body_not_two():
    # 民革某县支部采购了价值…: the party's short name inside the branch's is no second body named
    assert subjects("民革泸县支部又采购了价值1.5万元的防疫用品。") == [("1.5万元", "民革泸县支部")]


@pytest.mark.parametrize("clock", ["2024年05月04日 星期六", "2024年05月04日 Sat"])
def test_a_sites_clock_is_no_sentence_of_the_top_where_the_society_a_text_is_about_is_named(clock):
    text = (f"{clock}\n川浙情深\n来源: 某某网     发布日期: 2022.03.03\n春节前后，浙江多地遭遇雪灾。\n"
            "四川省浙江商会即刻响应，两天内筹得20余万元救灾款物。\n3月1日，商会秘书处采购棉衣10万件、棉被1500床。\n"
            "3月2日，首批款物运抵丽水，丽水市工商联向四川省浙江商会致谢。\n四川省浙江商会表示，还将持续关心家乡。\n")
    assert subjects_of(text) == [("20余万元", "四川省浙江商会"), ("10万件", "四川省浙江商会"), ("1500床", "四川省浙江商会")]


def test_what_an_officer_tells_after_a_quotation_is_the_body_whose_officer_tells_it():
    text = ("丰谷企业在乡村振兴中大显身手\n“我们每年安置农民1200余人。”丰谷农业科技公司负责人表示，依托合作社，"
            "企业历年带动2000余名农民转岗。\n据市福建商会秘书长王某介绍，今年商会会员累计捐款80万元。\n"
            "市福建商会负责人介绍，丰谷农业科技公司捐款10万元。\n")
    assert [subject for written, subject in subjects_of(text) if written != "1200余人"] == [
        "丰谷农业科技公司", "市福建商会", "丰谷农业科技公司"]


def test_what_an_officer_tells_after_a_malaysian_dateline_and_an_honour_is_the_body_whose_officer_tells_it():
    text = ("某校筹款晚宴将举行\n(怡保3日讯)怡保培南中学董事长拿督林振邦说,建校基金迄今已筹获300万令吉。\n"
            "他说,晚宴筵开80席。\n")
    assert subjects_of(text)[0] == ("300万令吉", "怡保培南中学")


def test_a_sentence_opening_on_he_gives_its_figures_to_the_person_named_before():
    text = ("一位台胞的故乡情\n台湾同胞陈国华先生是某县人，早年回乡投资。\n他在家乡先后办成几件实事：投资2亿余元建起温泉度假村；"
            "出资3000万元建成一座大楼。\n他说，某商会今年还捐款50万元。\n")
    found = subjects_of(text)
    assert found[:2] == [("2亿余元", "陈国华"), ("3000万元", "陈国华")]
    assert found[2][1] != "陈国华"  # what he says another body did


def test_he_after_a_clause_of_when_and_before_the_body_he_gives_to_is_the_person_named_before():
    text = ("一位乡贤的故乡情\n以新乡贤陈国华为例，他创业在外，始终关心家乡。\n创业有成后，他返乡向海宁市慈善总会"
            "捐赠3000万元，设立助学基金。\n多年来，他们还向学校捐款50万元。\n")
    found = subjects_of(text)
    assert found[0] == ("3000万元", "陈国华")
    assert found[1][1] != "陈国华"  # they: not one person


def test_the_worth_of_a_gift_told_in_a_clause_of_its_own_is_the_givers():
    assert subjects("经过协调，海宁远航科技公司向县特教学校送去校车三辆，价值80余万元。") == [
        ("三辆", "海宁远航科技公司"), ("80余万元", "海宁远航科技公司")]


def test_a_person_addressed_by_a_title_who_gives_on_a_bodys_behalf_does_the_bodys_deed():
    assert subjects("张某某先生代表绵阳市侨联向学校捐赠10万元。") == [("10万元", "绵阳市侨联")]
    assert subjects("觉净大和尚代表东山寺慈善会向民族村捐赠10万元善款。") == [("10万元", "东山寺慈善会")]


def test_a_programme_given_to_is_where_the_gift_goes_and_the_giver_keeps_the_figure():
    assert subjects("2024年，民盟绵阳市委向助学“春苗计划”捐赠图书3000册。") == [("3000册", "民盟绵阳市委")]
    # a programme the body runs keeps its figures
    assert subjects("市工商联开展“春苗计划”，共捐赠图书3000册。") == [("3000册", "春苗计划")]


def test_a_programme_that_is_the_reports_first_mention_still_takes_the_progress_its_region_tells():
    # the programme is mention 0 of the report: an index, not a missing one
    assert subjects_in("工作动态\n深化“万企兴万村”行动。目前，泸州市共有80家企业参与结对。\n") == [("80家", "万企兴万村")]


def test_the_group_a_clause_opens_on_is_the_one_named_in_full_with_its_legal_form_after_the_head():
    text = ("某县助学大会召开\n四川金鼎集团公司负责人周文涛出席，县工商联会长讲话。\n"
            "近年来，该集团已累计投入扶贫资金1.2亿元，带动300户增收。\n")
    assert subjects_of(text) == [("1.2亿元", "四川金鼎集团公司"), ("300户", "四川金鼎集团公司")]


def test_what_a_speaker_says_we_gave_is_the_body_of_the_office_the_speaker_was_named_in():
    text = ("某县助学大会召开\n四川金鼎集团公司总经理周文涛出席大会。\n“去年，我们为‘春蕾助学’捐赠40万元，资助80名学生；"
            "教师节期间，投入10余万元慰问教师。”周文涛表示。\n")
    assert [subject for _, subject in subjects_of(text)] == ["四川金鼎集团公司"] * 3


def test_a_delegation_led_by_a_body_s_officer_listed_after_another_is_the_bodys_even_as_the_texts_first_body():
    # the society is the text's first mention (index 0), which the delegation's body may well be
    text = "某街道获赠防疫物资\n洛阳市南阳商会会长张志鹏，副会长刘建伟一行为某街道捐赠消毒液四吨。\n"
    assert subjects_of(text) == [("四吨", "洛阳市南阳商会")]


def test_a_party_as_a_whole_leads_no_delegation():
    text = "某区迎来考察团\n近日，中国国民党" + "民意代表林志华团组一行30人到某区走访考察。\n"
    assert subjects_of(text) == [("30人", "林志华")]


def test_bodies_listed_then_named_by_their_kinds_that_give_for_a_place_give_together_as_the_first():
    assert subjects("株洲市江西商会组织救援队增援救灾，天元区委统战部、醴陵市委统战部、攸县新阶联等部门、团体"
                    "为某县捐赠药品、食品等物资共120余万元。") == [("120余万元", "天元区委统战部")]


def test_a_news_item_on_a_body_that_readily_answers_a_call_is_that_bodys():
    text = "4月10日，启东市侨商总会主动响应南通市台办倡议，决定向徐汇区捐助慰问物品。\n本次捐助的物品共1000份。\n"
    assert subjects_of(text) == [("1000份", "启东市侨商总会")]


def test_a_group_led_by_a_bodys_officer_as_the_sentence_opens_does_that_bodys_deed_whoever_joined_it():
    assert subjects("9月7日，在民盟宁夏区委副主委马建明带领下，民盟固原市委主委张卫东与企业代表一行8人赴某镇小学，"
                    "赠送价值3万元图书。") == [("8人", "民盟宁夏区委"), ("3万元", "民盟宁夏区委")]
    # a leader of two offices: the body of the office named right before the name
    assert subjects("在县工商联常委、南湖区衢州同乡商会会长陈立新的带领下，商会已两次到结对村调研，捐助资金10万元。") == [
        ("两次", "南湖区衢州同乡商会"), ("10万元", "南湖区衢州同乡商会")]


@pytest.mark.parametrize("sentence, subject", [
    # bodies listed, a last item naming no one body, then the group they form
    ("春节前，凤冈县委统战部、县台办、各镇街党委组成走访组，走访台胞台属20人，送去慰问品。", "凤冈县委统战部"),
    # bodies listed, their joint deed in the figure's own clause
    ("春节前，凤冈县委统战部、县台办看望台胞台属20人。", "凤冈县委统战部"),
])
def test_bodies_listed_that_act_together_give_their_figures_to_the_first_named(sentence, subject):
    assert subjects(sentence) == [("20人", subject)]


def test_people_named_before_a_count_of_their_own_are_not_what_the_count_before_them_is_for():
    assert subjects("到上村、下村和高东村等11个贫困村李某华等104户困难家庭发放补助金1000元。")[0] == ("11个", "region")


def test_the_enterprise_after_a_persons_unit_gives_what_the_clause_gives():
    # 某某单位、某某公司: the unit of the officer named first, then named itself
    assert subjects("协会副会长周志刚单位、云岭建材公司送来物资、器材计52000元。") == [
        ("52000元", "云岭建材公司")]


def test_the_last_person_listed_before_a_headcount_is_not_what_it_counts():
    # 甲某等近50人参加: everyone there, the named the first of them, whatever estimate the count carries
    assert subjects("座谈会上，市侨联主席张某某、副主席李某某等近40人参加。") == [("近40人", "市侨联")]


def test_amounts_given_respectively_go_to_the_bodies_listed_in_order_whatever_commas_group_their_digits():
    assert subjects("南非中华总商会、福建同乡会也分别认捐12,000和9,000美元。") == [
        ("12,000", "南非中华总商会"), ("9,000美元", "福建同乡会")]


def test_a_news_agency_given_as_the_pages_source_only_published_it():
    report = ("侨乡企业家兴学\n05.03.2016 09:10\n本文来源: 中国新闻社福建分社主办\n"
              "中新社泉州3月4日电 当地80余位企业家出资逾2亿元，用于兴学。\n")
    assert text_subjects(report) == [("80余位", "region"), ("逾2亿元", "region")]


def test_a_paragraph_that_tells_a_programmes_progress_since_it_began_with_the_verb_first_is_the_programmes():
    report = ("某区乡贤工作\n据介绍，某区自2015年实施“乡贤回归工程”以来，企业家们捐款超过12亿元。"
              "现已完工工程120个，共花费5亿元。\n")
    assert text_subjects(report) == [("超过12亿元", "乡贤回归工程"), ("120个", "乡贤回归工程"), ("5亿元", "乡贤回归工程")]


def test_others_who_give_named_by_their_office_alone_are_not_the_person_before_them():
    report = ("某镇募捐\n镇党委书记张明华主持会议。\n在募捐大会上，张明华带头捐款2万元，镇长捐款1万元，几位副书记也捐了5000元。\n")
    assert text_subjects(report) == [("2万元", "张明华"), ("1万元", "region"), ("5000元", "region")]


def test_a_person_titled_by_a_company_and_a_society_who_gives_on_behalf_of_the_company_by_its_head():
    # in a programme's sentence, past two offices; 代表集团 names the company of the titles, not the society
    text = ("3月2日，县侨联策划的“书香校园”捐书活动在县第一中学开幕，"
            "江苏宏远集团董事长、省侨商会理事长王建国代表集团向该校捐赠图书500册。")
    assert text_subjects(text) == [("500册", "江苏宏远集团")]


def test_a_county_media_centres_dateline_is_no_actor():
    text = ("宁远融媒体中心7月9日讯（通讯员 李明）7月7日，县侨联副主席、宁远恒达建材厂厂长张三一行，"
            "赴灾区捐赠10万元爱心款。")
    assert text_subjects(text) != [("10万元", "宁远融媒体中心")]


@pytest.mark.parametrize("text, subject", [
    # the giver right before 向, in a clause that opens on something else
    ("同时，举行了宏达集团向某县部分学校捐赠30万元教学设备仪式。", "宏达集团"),
    ("走访中，张建国一行向敬老院老人分送了价值5万余元的棉被。", "张建国"),
    # one of several givers, or the channel a gift goes through, is no giver of its own
    ("王某代表县台协和县知联会向某小学捐赠了20套课桌椅。", "县台协"),
])
def test_the_giver_right_before_to_whom_it_gives(text, subject):
    assert [name for _, name in text_subjects(text)] == [subject]
