"""Which actor governs the figures of a sentence that names none, on reports written for the test."""
from __future__ import annotations

from conftest import extraction_of

from ufkg.extract.attribution import SUBJECT_CLASSES
from ufkg.extract.sections import governors, paragraph_frames


def governed(report: str) -> dict[str, str]:
    """Each sentence's first ten characters -> the name of its governing actor, or 'region'."""
    extraction = extraction_of(report)
    text = extraction.document.matching_text or extraction.document.text
    by_sentence: dict[int, list[int]] = {}
    for index, mention in enumerate(extraction.mentions):
        if mention.cls in SUBJECT_CLASSES:
            by_sentence.setdefault(mention.sentence, []).append(index)
    found = governors(extraction, text, by_sentence)
    return {s.text[:10]: extraction.mentions[found[s.index]].name if found[s.index] is not None else "region"
            for s in extraction.sentences}


def test_a_lead_governs_until_the_next_heading():
    report = ("2023年泸州市统一战线工作综述\n凝心铸魂\n一年来，市委统战部把思想政治引领摆在首位。\n"
              "举办培训班6期。\n服务大局\n组织企业开展调研12次。\n")
    found = governed(report)
    assert found["举办培训班6期。"] == "市委统战部"
    assert found["组织企业开展调研12"] == "region"


def test_a_numbered_heading_inside_a_paragraph_opens_a_section():
    report = ("2023年泸州市统一战线工作综述\n2023年，市委统战部坚持守正创新。\n"
              "（一）强化思想引领。开展宣讲36场。\n")
    found = governed(report)
    assert found["2023年，市委统战"] == "市委统战部"
    assert found["开展宣讲36场。"] == "region"


def test_a_lead_under_guidance_hands_the_section_to_its_body():
    report = "2023年泸州市统一战线工作综述\n自身建设\n一年来，在市委的坚强领导下，市委统战部狠抓自身建设。\n开展调研9次。\n"
    assert governed(report)["开展调研9次。"] == "市委统战部"


def test_a_meeting_news_item_is_governed_by_its_body():
    report = "兴文县工商联召开第十三次会员代表大会\n会议选举产生执委45名。\n"
    assert governed(report)["会议选举产生执委45"] == "兴文县工商联"


def test_paragraph_frames_only_by_a_programme_that_opens_the_paragraph():
    extraction = extraction_of("2023年泸州市统一战线工作综述\n“同心·侨乡行”活动期间，侨胞来到泸州。签约项目6个。\n"
                               "深入推进“同心·侨乡行”活动。签约项目9个。\n")
    text = extraction.document.text
    by_sentence: dict[int, list[int]] = {}
    for index, mention in enumerate(extraction.mentions):
        by_sentence.setdefault(mention.sentence, []).append(index)
    frames = paragraph_frames(extraction, text, by_sentence)
    assert {paragraph: extraction.mentions[index].name for paragraph, index in frames.items()} == {1: "同心·侨乡行"}


def test_a_contributors_closing_line_gives_it_the_figures_that_name_no_actor():
    body = "2023年江阳区统一战线工作\n一是强化思想引领。开设专题讲座16场。\n二是服务发展大局。组织企业调研9次。\n"
    assert governed(body + "（江阳区委统战部供稿）\n")["开设专题讲座16场。"] == "江阳区委统战部"
    assert governed(body)["开设专题讲座16场。"] == "region"


def test_a_programme_carried_out_after_a_dash_subheading_frames_its_section():
    report = ("2017年江阳区统战工作\n——汇聚力量服务发展大局。扎实开展“百企帮百村”活动，组织民营企业32家结对帮扶。"
              "有效开展技能培训，培训农民800人次。\n——凝聚人心筑牢共识。举办培训班3期。\n")
    found = governed(report)
    assert found["有效开展技能培训，培"] == "百企帮百村"
    assert found["举办培训班3期。"] == "region"


def test_a_programme_after_a_heading_line_does_not_take_the_section():
    report = "2017年江阳区统战工作\n服务发展大局\n深入开展“百企帮百村”活动，组织民营企业32家结对。\n新建示范点6个。\n"
    assert governed(report)["新建示范点6个。"] == "region"


def test_a_committee_named_as_the_pages_author_governs_below_the_navigation():
    report = ("您当前的位置：首页 > 党派团体 > 正文\n民革泸州市委会召开全委会议\n作者：民革泸州市委会 日期：2023-03-02\n"
              "会议表彰了先进个人12名。\n")
    assert governed(report)["会议表彰了先进个人1"] == "民革泸州市委会"


def test_a_committees_own_story_in_a_title_below_the_navigation():
    report = ("您当前的位置：首页 > 社内动态 > 正文\n九三学社泸州市委会2023年两会履职风采\n"
              "今年两会，社员提交提案21篇。\n")
    assert governed(report)["今年两会，社员提交提"] == "九三学社泸州市委会"


def test_a_regions_meeting_on_a_programme_gives_it_the_figures():
    report = ("推进会召开\n9月27日上午，泸州市召开“万企兴万村”行动推进会。会议指出，全市结对帮扶村400个。\n")
    assert governed(report)["会议指出，全市结对帮"] == "万企兴万村"
    assert governed("推进会召开\n9月27日上午，泸州市召开统战工作推进会。会议指出，全市结对帮扶村400个。\n")[
        "会议指出，全市结对帮"] == "region"


def test_a_short_topic_line_ends_the_part_a_programme_frames():
    report = ("2017年江阳区统战工作\n——汇聚力量服务发展大局。扎实开展“百企帮百村”活动，组织民营企业32家结对帮扶。"
              "有效开展技能培训，培训农民800人次。招商引资成效明显。聘请招商顾问12名。\n")
    found = governed(report)
    assert found["有效开展技能培训，培"] == "百企帮百村"
    assert found["聘请招商顾问12名。"] == "region"


def test_an_association_that_opens_a_paragraph_governs_the_rest_of_it():
    report = ("2023年泸州市统一战线工作综述\n凝心铸魂\n一年来，市委统战部、市工商联把思想政治引领摆在首位。\n"
              "自2019年起，市工商联组织800余家企业参与乡村振兴。该市商会组织通过各种方式推动项目落地12个。\n"
              "市委常委会专题研究统战工作4次。全年出台文件6份。\n")
    found = governed(report)
    assert found["该市商会组织通过各种"] == "市工商联"
    assert found["全年出台文件6份。"] == "市委统战部"  # a state body's paragraph stays the lead's


def test_a_news_item_on_an_event_held_after_a_purpose_clause_gives_the_event_its_figures():
    extraction = extraction_of("全市民族知识竞赛落下帷幕\n本报讯（记者李明）为推动民族团结进步创建，市委统战部举办了"
                               "全市民族团结知识竞赛，近日落下帷幕。\n这次竞赛共收回答卷3.2万余份，20家单位获组织奖。")
    subjects = [extraction.mentions[q.subject].name if q.subject is not None else "region"
                for q in extraction.quantities]
    assert subjects == ["民族团结知识竞赛", "民族团结知识竞赛"]


def test_a_yearbook_label_opens_a_section_led_by_its_first_sentence():
    report = ("统一战线工作\n来源：本馆 日期：2022-01-10\n【概况】 2021年，县委统战部凝聚共识，举办培训班4期。"
              "组织开展联谊活动，参与群众300多人。\n")
    assert governed(report)["组织开展联谊活动，参"] == "县委统战部"


def test_a_text_without_headings_on_one_party_committee_is_governed_by_it():
    report = ("3月2日至5日，遂宁市人大、政协会议相继召开。农工党员中的4名市人大代表、11名市政协委员积极建言。\n"
              "会议期间，农工党遂宁市委会提交集体提案6件。\n农工党遂宁市委会组织党员学习会议精神。\n"
              "农工党遂宁市委会表示将继续履职尽责。\n")
    found = governed(report)
    assert found["会议期间，农工党遂宁"] == "农工党遂宁市委会"
    assert found["农工党员中的4名市人"] == "农工党遂宁市委会"


def test_a_text_that_names_several_parties_committees_is_not_one_bodys():
    report = ("3月2日至5日，遂宁市人大、政协会议相继召开。党派成员积极建言。\n"
              "会议期间，农工党遂宁市委会提交集体提案6件。\n民盟遂宁市委会提交集体提案4件。\n"
              "农工党遂宁市委会表示将继续履职尽责。\n")
    assert governed(report)["党派成员积极建言。"] == "region"


def test_a_news_item_on_a_bodys_trip_is_governed_by_that_body():
    report = "本报讯（记者 陈明）德阳市侨联日前组团赴云南开展联谊交流。\n未来三年，将持续资助当地学校60万元。\n"
    assert governed(report)["未来三年，将持续资助"] == "德阳市侨联"


def test_a_headline_that_launches_a_programme_gives_the_news_to_it():
    report = ("首页 > 要闻\n湘西州正式启动“百企联百村”活动\n本报讯 日前，湘西州“百企联百村”活动拉开序幕。\n"
              "日前，甲集团、乙集团等30家民营企业与12个乡镇签订了帮扶项目，总投资3.2亿元。\n")
    assert governed(report)["日前，甲集团、乙集团"] == "百企联百村"
    # a headline whose body opens it is the body's news
    report = "湘西州侨联开展“侨爱心”活动\n本报讯 日前，州侨联走访侨眷家庭40户。\n"
    assert governed(report)["本报讯 日前，州侨联"] == "湘西州侨联"


def test_a_headline_that_opens_with_a_programme_gives_the_news_to_it():
    report = "江阳区“百企联百村”行动结对帮扶村庄120个\n本报讯 日前，120家民营企业结对帮扶120个村，投入资金8000万元。\n"
    assert governed(report)["本报讯 日前，120"] == "百企联百村"
    # a yearly account whose title opens with a slogan stays the region's
    report = "“万企兴万村”结硕果——2023年江阳区统一战线工作综述\n二、凝心聚力\n新增党外代表人士30名。\n"
    assert governed(report)["新增党外代表人士30"] == "region"


def test_a_lede_that_opens_a_programme_gives_the_news_to_it():
    report = ("本报讯 日前，湘西州“百企联百村”活动正式拉开序幕。\n州委副书记张明表示，要持续推进。\n"
              "日前，甲集团、乙集团等30家民营企业与12个乡镇签订帮扶项目，总投资3.2亿元。\n")
    assert governed(report)["日前，甲集团、乙集团"] == "百企联百村"


def test_a_headline_that_opens_with_a_slogan_is_no_programmes_news():
    report = "“万企兴万村”推动民营经济高质量发展\n本报讯 今年以来，新增会员企业120家。\n"
    assert governed(report)["本报讯 今年以来，新"] == "region"


def test_a_yearly_account_titled_by_a_programme_stays_the_regions():
    report = "深入开展“万企兴万村”行动——2023年江阳区统一战线工作综述\n二、凝心聚力\n新增党外代表人士30名。\n"
    assert governed(report)["新增党外代表人士30"] == "region"


def test_a_body_that_only_names_a_persons_office_leads_nothing():
    report = ("2023年宜宾市统一战线工作综述\n团结奋进\n省政协副主席李某某出席并讲话。全市新发展党外代表人士56名。\n")
    assert governed(report)["省政协副主席李某某出"] == "region"


def test_a_news_item_on_a_departments_tour_of_the_county_is_the_departments():
    report = ("阿克苏统战网3月1日讯（通讯员 王小明）2月中下旬，阿克苏市委统战部深入全市12个乡镇了解工作要点落实情况。\n"
              "各乡镇共提出意见建议20余条。\n")
    assert governed(report)["各乡镇共提出意见建议"] == "阿克苏市委统战部"


def test_an_association_holding_its_event_in_a_town_is_what_the_news_item_is_about():
    report = "容县同乡会在南宁举办捐赠仪式\n共募集善款80万元。\n"
    assert governed(report)["共募集善款80万元。"] == "容县同乡会"


def test_a_body_holding_a_press_conference_in_its_hall_is_not_what_the_text_is_about():
    report = "6月2日，容县县委宣传部在县新闻发布厅举行新闻发布会，县委统战部负责人介绍统战工作情况。\n全县新增商会5家。\n"
    assert governed(report)["全县新增商会5家。"] == "region"


def test_a_headline_that_opens_with_a_body_doing_something_gives_it_the_figures_under_it():
    report = "阿克苏市侨联助力侨企纾困\n今年，共为侨资企业协调解决问题36个。\n"
    assert governed(report)["今年，共为侨资企业协"] == "阿克苏市侨联"


def test_a_headline_whose_body_acts_by_its_officer_gives_it_the_figures_under_it():
    report = ("旅澳凯里同乡会会长王某某回乡交流访问\n12月12日，同乡会一行与县侨联座谈。\n"
              "200多位在澳乡亲共捐款50万元。\n")
    assert governed(report)["200多位在澳乡亲共"] == "旅澳凯里同乡会"


def test_a_departments_own_summary_keeps_its_figures():
    report = "阿克苏市委统战部2022年工作总结\n全年走访企业36家。\n"
    assert governed(report)["全年走访企业36家。"] == "阿克苏市委统战部"
    report = "阿克苏市委统战部——创新乡贤工作 助力乡村振兴\n阿克苏市立足工作定位。\n一、搭建平台\n组建乡贤组织12个。\n"
    assert governed(report)["组建乡贤组织12个。"] == "阿克苏市委统战部"
    report = "阿克苏市委统战部 2022 年民族团结工作情况总结\n全年走访企业36家。\n"
    assert governed(report)["全年走访企业36家。"] == "阿克苏市委统战部"


def test_a_time_clause_does_not_reach_back_across_the_title():
    report = "阿克苏市侨联：侨心聚力谱新篇\n今年以来，共走访慰问困难归侨侨眷36户。\n"
    assert governed(report)["今年以来，共走访慰问"] == "阿克苏市侨联"


def test_a_news_item_the_reporter_heard_from_a_body_is_that_bodys():
    report = ("新华社南宁4月3日电（记者 李四）记者3日从广西壮族自治区侨联全委会议上获悉，全区已建成侨胞之家60个。\n"
              "服务侨胞2万多人。\n")
    assert governed(report)["服务侨胞2万多人。"] == "广西壮族自治区侨联"


def test_an_association_meeting_in_a_hall_of_a_town_is_what_the_news_item_is_about():
    report = "广西壮族自治区茶业商会在南宁市邕江宾馆举行成立大会\n会员企业80多家。\n"
    assert governed(report)["会员企业80多家。"] == "广西壮族自治区茶业商会"
    # a press conference's host is not what the text is about
    report = "6月2日，容县县委宣传部在容县新闻发布厅举行第三场新闻发布会，县委统战部负责人介绍情况。\n全县新增商会5家。\n"
    assert governed(report)["全县新增商会5家。"] == "region"


def test_a_news_item_told_at_a_press_conference_is_that_of_the_body_the_reporter_was_told_of():
    report = ("容州网讯：记者近日从市政府新闻办公室召开的新闻发布会上了解到，今年以来，玉林市委统战部推动上下联动。\n"
              "新增党外代表人士120人。\n")
    assert governed(report)["新增党外代表人士12"] == "玉林市委统战部"
    # with no body told of, the host it was heard from
    report = "容州网讯：记者从玉林市工商联举行的新闻发布会上获悉，今年以来，全市新增商会5家。\n会员企业80多家。\n"
    assert governed(report)["会员企业80多家。"] == "玉林市工商联"


def test_a_news_item_an_associations_officer_tells_is_that_associations():
    report = ("中新网南宁7月3日电（记者 李四）“侨界人才荟萃。”广西壮族自治区侨联主席张大明3日在此间表示，要凝聚侨心。\n"
              "当天，自治区归侨侨眷代表大会在南宁召开。\n过去5年，共邀请2000多名海外侨胞到广西考察交流。\n")
    assert governed(report)["过去5年，共邀请20"] == "广西壮族自治区侨联"
    # or tells a reporter, on a day with its month
    report = ("玉林市福建商会会长张大明3月2日告诉某某日报记者，商会当天就设立了应急小组。\n"
              "截至3月1日，会员企业捐出的款物合计约120万元。\n")
    assert governed(report)["截至3月1日，会员企"] == "玉林市福建商会"


def test_a_news_item_heard_at_a_programmes_meeting_is_the_programmes_and_a_paragraph_after_a_time_is_its_bodys():
    report = ("记者从日前召开的湘西州“百企联百村”精准扶贫行动表彰会上了解到，截至目前，参与帮扶企业达584家。\n"
              "2016年初，湘西州工商联向全社会发出《湘西州民营企业参与精准扶贫行动倡议书》，吹响了民营企业参与脱贫攻坚的集结号。共动员22家异地商会参与行动。\n"
              "帮扶企业带动就业3000人。\n")
    found = governed(report)
    assert found["帮扶企业带动就业30"] == "百企联百村"
    assert found["共动员22家异地商会"] == "湘西州工商联"


def test_a_purpose_clause_before_the_date_does_not_hide_the_body_that_meets():
    report = ("为落实全县统战工作会议精神，交流2022年工作设想，2月23日，容县工商联在容县召开商会工作会议。\n"
              "会议表彰先进商会12家。\n")
    assert governed(report)["会议表彰先进商会12"] == "容县工商联"



def test_a_review_titled_with_its_year_before_the_body_is_that_bodys():
    report = "2024年阿克苏市侨联工作回顾\n一、凝聚侨心\n全年走访侨企36家。\n"
    assert governed(report)["全年走访侨企36家。"] == "阿克苏市侨联"


def test_a_text_with_no_title_that_opens_on_a_departments_period_is_the_departments():
    report = ("“十四五”期间，阿克苏市委统战部坚持以习近平新时代中国特色社会主义思想为指导，扎实推动各领域统战工作。\n"
              "一、强化思想引领\n打造示范点位9个。\n")
    assert governed(report)["打造示范点位9个。"] == "阿克苏市委统战部"
    report = "党的十八大以来，阿克苏市侨联坚持为侨服务，工作成效明显。\n一、暖侨心\n走访困难归侨侨眷80户。\n"
    assert governed(report)["走访困难归侨侨眷80"] == "阿克苏市侨联"


def test_a_partys_members_congress_held_and_its_profile_give_it_the_figures():
    report = ("3月5日下午，民盟凯里市第五次盟员代表大会胜利召开，会议选出新的领导班子。\n"
              "五年来，盟员共提交提案40件。\n")
    assert governed(report)["五年来，盟员共提交提"] == "民盟凯里市委会"
    report = "凯里市台胞台属联谊会简介\n联谊会成立于1990年，目前有会员120人。\n"
    assert governed(report)["联谊会成立于1990"] == "凯里市台胞台属联谊会"


def test_a_delegation_under_a_photographs_caption_went_out_to_do_what_the_news_tells():
    report = ("春暖送温情\n张某某会长（左二）、王某副会长（右一）与受助学生合影。\n"
              "香港凯里同乡会一行近日来到凯里市开展慰问助学活动，向学生发放助学金三万元。\n"
              "同乡会还看望了敬老院老人50名。\n")
    assert governed(report)["同乡会还看望了敬老院"] == "香港凯里同乡会"
    report = "凯里市侨务工作简讯\n贵州省侨联一行到我市调研侨务工作。\n全市走访侨企12家。\n"
    assert governed(report)["全市走访侨企12家。"] == "region"  # visitors come to the text's own place


def test_a_headline_under_a_consent_banner_names_two_bodies_the_first_acts():
    report = ("为给您更好的浏览服务，本站使用Cookie等技术，继续浏览即视为您接受本站隐私条款并同意。\n"
              "Read this story in English?\n某某新闻APP\n下载\n"
              "凯里同乡会和凯里慈善基金会 关爱旅外乡亲\n2019/3/6 17:38\n"
              "两会今天在市区举行记者会。\n同乡会向乡亲发放慰问金20万元。\n")
    assert governed(report)["同乡会向乡亲发放慰问"] == "凯里同乡会"


def test_the_village_a_texts_opening_says_the_work_is_done_in_governs_its_figures():
    report = ("凯里市推进民族团结示范村建设\n凯里市围绕示范村创建，选定在三棵树镇南哨村开展创建试点，效果明显。\n"
              "一是改善设施。新建文化广场800平方米。\n")
    assert governed(report)["新建文化广场800平"] == "南哨村"


def test_a_sites_column_before_the_headline_and_a_body_that_hosts_an_event():
    report = ("首页 > 会员动态\n会员动态丨香港凯里同乡会主办「凯里风光一日游」\n活动吸引会员300人参加。\n")
    assert governed(report)["活动吸引会员300人"] == "香港凯里同乡会"


def test_past_a_photographs_buttons_and_credit_the_news_names_bodies_that_held_it_together():
    report = ("放大图片\n■凯里同乡会和麻江同乡会举办联欢活动。\n本报记者王某 摄\n"
              "【本报讯】(记者 王某)香港凯里同乡会、麻江同乡会及丹寨商会近日联合举办中秋慈善晚宴。\n"
              "晚宴筹得善款20万元。\n")
    assert governed(report)["晚宴筹得善款20万元"] == "香港凯里同乡会"


def test_the_society_a_text_keeps_coming_back_to_is_its_body_when_the_opening_says_none():
    report = ("侨心暖乡情\n凯里同乡会慰问活动见闻\n春节前夕，天气寒冷。\n凯里同乡会的会员们带着米面来到敬老院。\n"
              "凯里同乡会还向学校赠送图书300册。\n县委统战部负责人对凯里同乡会表示感谢。\n")
    assert governed(report)["凯里同乡会还向学校赠"] == "凯里同乡会"
    # a region's account that names many societies, none of them over and over, stays the region's
    report = ("侨心暖乡情\n春节前夕，天气寒冷。\n凯里同乡会的会员们带着米面来到敬老院。\n麻江商会向学校赠送图书300册。\n"
              "丹寨联谊会也参加了活动。\n")
    assert governed(report)["麻江商会向学校赠送图"] == "region"


def test_a_county_congress_of_returned_overseas_chinese_is_its_associations():
    report = ("5月8日上午，麻江县第五次归侨侨眷代表大会召开，90余名代表参会。\n"
              "大会选举产生了麻江县归国华侨联合会第五届委员会。\n五年来，共走访慰问侨眷200户。\n")
    assert governed(report)["五年来，共走访慰问侨"] == "麻江县归国华侨联合会"


def test_a_place_that_convenes_an_associations_congress_gives_the_news_to_the_association():
    report = ("4月2日，涪城区召开知联会第二届第四次理事会。区领导到会讲话。\n大会表决通过了章程修改。\n"
              "目前，全区共发展会员320人。\n")
    assert governed(report)["目前，全区共发展会员"] == "知联会"
    # a place that holds a meeting of its own convenes no association's
    report = "4月2日，涪城区召开侨务会议。区领导到会讲话。\n目前，全区共发展会员320人。\n"
    assert governed(report)["目前，全区共发展会员"] == "region"


def test_a_label_glued_to_the_first_sentence_makes_it_a_lead_not_a_title():
    report = ("【服务民营经济】2022年，丹徒统战部深入推进“助企纾困”行动，召开座谈会8场次。"
              "为60名民营经济人士建立成长档案。\n")
    assert governed(report)["为60名民营经济人士"] == "丹徒统战部"


def test_the_event_an_opening_says_was_held_is_the_longest_name_found_there():
    report = ("近日，2022中国光彩事业绵竹行活动在绵竹市举行。企业家们踊跃投身光彩事业，热心公益。\n"
              "活动签约项目12个，投资35亿元。“中国光彩事业绵竹行”活动今年办到第三届。\n")
    found = governed(report)
    assert found["活动签约项目12个，"] == "中国光彩事业绵竹行"
    # relaunched, its name in corner brackets (停办3年的「某某之旅」活动再度启动): held all the same
    report = ("【某某会馆讯】停办3年的「绵竹慈善之旅」活动再度启动。\n此行共募得善款25万元，捐赠人员有50多位。\n")
    assert governed(report)["此行共募得善款25万"] == "绵竹慈善之旅"


def test_a_headline_closing_on_a_body_after_a_colon_makes_the_text_its_profile_not_the_sources():
    report = ("第五届某某公益奖获奖集体：绵竹市工商业联合会\n2024年3月2日 来源：四川省某某基金会\n"
              "联合会多年来热心公益事业。三年来组织会员企业捐款300万元。\n")
    assert governed(report)["三年来组织会员企业捐"] == "绵竹市工商业联合会"


def test_a_heading_that_is_a_bodys_name_alone_hands_its_section_to_that_body():
    report = ("第六章 群众团体\n第一节 团体组织\n县侨联\n成立于1981年5月。1995年第三次换届，代表120人。\n"
              "县台联\n成立于1990年3月。2001年第二次换届，代表64人。\n")
    found = governed(report)
    assert (found["1995年第三次换届"], found["2001年第二次换届"]) == ("县侨联", "县台联")


def test_dated_lines_under_a_heading_that_names_a_body_are_that_bodys_history():
    report = ("第五章 群众团体\n一、基层侨联\n（一）城关镇侨联\n城关镇侨联成立于1953年。\n"
              "1982年，旅港乡亲捐资建成侨联会所1座。\n1996年加以扩建，建筑面积800平方米。\n"
              "二、县台联\n2001年，全县开展联谊活动9次。\n")
    found = governed(report)
    assert (found["1982年，旅港乡亲"], found["1996年加以扩建，"]) == ("城关镇侨联", "城关镇侨联")
    assert found["2001年，全县开展"] == "region"


def test_a_dated_line_on_the_whole_place_under_a_bodys_heading_is_the_places():
    report = ("第五章 群众团体\n第一节 侨联\n一、县侨联\n1981年，县侨联成立。\n2006年，全县有归侨侨眷900户。\n"
              "旅居海外乡亲3000人，分布于20个国家和地区。\n二、县台联\n县台联成立于1990年。\n")
    found = governed(report)
    assert (found["2006年，全县有归"], found["旅居海外乡亲3000"]) == ("region", "region")


def test_an_event_opening_below_a_share_widgets_lines_governs_its_figures():
    report = ("点击右上角\n微信好友\n朋友圈\n可用分享功能转发本文\n"
              "3月5日，由播州区委主办的第三届播商大会在播州区开幕。\n"
              "大会当天签约项目12个。\n")
    assert governed(report)["大会当天签约项目12"] == "第三届播商大会"


def test_a_departments_period_lead_after_its_slogans_and_below_a_masthead_and_byline():
    report = ("□某某日报/某某晚报/某某新闻\n记者 王小明\n"
              "“同心聚力、服务发展”“法律进企业、护航促发展”……今年以来，涪城区委统战部聚焦中心工作，推动各项行动落实。\n"
              "全年举办各类培训5期。\n")
    assert governed(report)["全年举办各类培训5期"] == "涪城区委统战部"


def test_a_subheading_that_names_a_programme_bare_hands_it_the_section_across_its_items():
    report = ("合力同行 服务发展\n今年以来，某某县统一战线打造“同心·暖心工程”“同心·育才工程”两项品牌。\n"
              "同心·暖心工程，服务公益事业。凝聚各方力量，形成帮扶合力。一是广泛动员。"
              "慰问困难家庭800余户。二是精准发力。新建帮扶车间6个。\n"
              "同心·育才工程，服务人才成长。举办培训班4期。\n“同心·暖心工程”，再续新篇。新建爱心驿站3个。\n")
    found = governed(report)
    assert found["慰问困难家庭800余"] == "同心·暖心工程"
    assert found["新建帮扶车间6个。"] == "同心·暖心工程"
    assert found["举办培训班4期。"] == "同心·育才工程"
    assert found["新建爱心驿站3个。"] == "同心·暖心工程"


def test_a_party_branch_that_opens_the_sentence_after_one_that_only_sets_the_scene_governs_the_text():
    report = ("近日，针对汛期山区道路受损、学生出行不便的情况。\n"
              "民盟城东二支部接到民盟昆明市委的倡议后迅速行动。\n支部共12人参与，筹款5600元。\n")
    assert governed(report)["支部共12人参与，筹"] == "民盟城东二支部"


def test_an_event_held_as_its_opening_writes_it_with_more_words_than_its_name():
    from conftest import extraction_of

    extraction = extraction_of("某国侨界办第三届“华人文化日”暨爱心义卖活动\n"
                               "当地时间5月9日，某国侨界第三届“华人文化日”暨爱心义卖活动在某市举办。"
                               "共有30个侨团参加，9家企业捐出物资。\n")
    assert [extraction.mentions[q.subject].name for q in extraction.quantities] == ["华人文化日", "华人文化日"]


def test_a_pages_own_title_above_the_headline_it_repeats_is_not_the_texts_first_sentence():
    report = ("侨领吁续发助学金 | 某某日报 China News\n侨领吁续发助学金\n(怡保20日讯)怡保永春会馆主席张大明指出,政府应续发助学金。\n"
              "他说,教育是家乡的根本。\n组长李小红指出,今年获奖的学生有63人。\n")
    assert governed(report)["组长李小红指出,今年"] == "怡保永春会馆"


def test_a_body_whose_officer_led_its_delegation_out_is_the_news_items_body():
    report = ("台商情暖校园\n近日,德阳市台胞联谊会会长王立新率会员8人一行,前往某县某乡中心小学送温暖。\n"
              "为学生们送去价值3万余元的文具。\n")
    assert governed(report)["为学生们送去价值3万"] == "德阳市台胞联谊会"


def test_the_owner_a_pages_field_names_above_the_headline_is_no_body_the_text_is_about():
    from test_attribution import subjects_in

    text = "主办单位:中国商报社\n\n第A05版:区域新闻\n某县佛教界为学校募捐\n近日，某县佛教界为新建学校募捐，共捐款300万元。\n"
    assert subjects_in(text) == [("300万元", "region")]


def test_a_body_opening_the_second_clause_of_a_lead_whose_first_names_none_leads_the_section():
    report = ("近年来，欧美同学会帮扶某县发展，成效明显。\n"
              "做强特色产业，助力农民致富。坚持以项目为纽带，海归服务团为某镇加工车间捐赠5万元的设备。"
              "在某镇某村投入改造资金10万元，建成生产车间。\n")
    assert governed(report)["在某镇某村投入改造资"] == "海归服务团"
    # the first of a list of examples opening that clause is none
    report = ("近年来，欧美同学会帮扶某县发展，成效明显。\n"
              "夯实基层基础，扩大组织覆盖。稳步推进乡镇商会组建，城关镇商会、河口镇商会等7个乡镇商会完成登记。目前共有会员300人。\n")
    assert governed(report)["目前共有会员300人"] == "欧美同学会"
