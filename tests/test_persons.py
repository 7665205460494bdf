"""People: names confirmed by a title, a count of people, or a list of names."""
from __future__ import annotations

import pytest

from conftest import extraction_of, mentions_of

TITLE = "2023年宜宾市统一战线工作综述\n"


def people(sentence: str) -> list[str]:
    return mentions_of(TITLE + sentence, "Person")


def test_a_name_with_a_count_of_comrades():
    assert people("李明华等6名同志被评为先进个人。") == ["李明华"]


def test_a_name_before_a_title():
    assert "王晓东" in people("王晓东主席出席会议并讲话。")


def test_a_name_before_a_diplomats_title():
    assert people("晚会上，张国华总领事向侨胞颁发感谢信，并代表总领事馆捐款。") == ["张国华"]


def test_a_list_of_names_glued_to_a_verb():
    assert people("宣传黄继光、邱少云、赵一曼等英雄事迹。") == ["黄继光", "邱少云", "赵一曼"]
    # a word's end before a clan's list (由 is a surname too): the list's shared surname opens its first name
    assert people("1980年由林标、林东海、林次、林杰等四人发起。") == ["林标", "林东海", "林次", "林杰"]


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
    assert people("省侨联主席向大会致辞。") == []  # (向: a surname, but 大会 is no given name)


def test_a_name_whose_given_name_is_a_noun_after_a_title_and_before_what_a_guest_does():
    assert people("县委统战部部长邹建平参加座谈。") == ["邹建平"]  # 建平: a county's name, a noun to jieba


def test_names_after_titles_in_a_list_of_officials():
    found = people("市委常委、统战部部长周建华，副市长孙丽出席会议。")
    assert found == ["周建华", "孙丽"]


def test_names_after_the_titles_of_an_association():
    assert people("会长王刚、秘书长赵雪梅分别作报告。") == ["王刚", "赵雪梅"]


def test_a_name_before_a_meeting_role():
    assert people("刘振宇主持会议。") == ["刘振宇"]
    assert people("会上，马丽娟当选为新一届会长。") == ["马丽娟"]
    assert people("2012年3月王海涛继任会长；2016年，张建国接任。") == ["王海涛", "张建国"]  # who took over the office


def test_a_title_before_a_meeting_role_is_no_name():
    assert people("李书记强调要抓落实。") == []
    assert people("王总主持召开座谈会。") == []
    assert people("同时强调要加强联系。") == []


def test_a_name_jieba_cuts_in_two_after_a_title_and_before_a_verb():
    assert people("市委副书记、市长林海涛出席并致辞。") == ["林海涛"]


def test_names_that_follow_a_named_person_in_a_list():
    assert people("民建市委会主委杨帆，副主委吴静、郑宏伟参加活动。") == ["杨帆", "吴静", "郑宏伟"]
    assert people("副市长王海、周虹等出席开幕式。") == ["王海", "周虹"]


def test_places_that_end_a_list_are_no_people():
    assert people("同志们向园区、商圈、楼宇等延伸工作。") == []


def test_honours_are_no_people():
    assert people("他荣获全国优秀企业家荣誉。") == []


def test_a_verb_is_no_given_name():
    assert people("推动乡镇统战委员全覆盖；建立工作台账。") == []


def test_names_in_traditional_script(tmp_path):
    from conftest import build_reports

    out = build_reports(tmp_path, {"quanzhou_2023.txt": "2023年泉州市統一戰線工作綜述\n"
                                   "市委常委、統戰部部長吳建國，副市長孫麗出席會議。\n劉振宇主持會議。\n"})
    graph = (out / "graph.ttl").read_text(encoding="utf-8")
    for written in ("吳建國", "孫麗", "劉振宇"):
        assert f'"{written}"@zh' in graph


def test_a_name_after_a_reporters_byline_with_a_space():
    assert people("本报通讯员　郑晓燕") == ["郑晓燕"]


def test_a_name_after_a_kind_of_person_before_what_they_lead():
    assert people("非公经济人士蒋海生带领员工捐款。") == ["蒋海生"]
    assert people("省工商联执委、民建会员曹志远领衔的课题组完成调研。") == ["曹志远"]


def test_a_transliterated_name_jieba_reads_as_two_before_comrade():
    assert people("泽仁拉姆同志获评先进个人。") == ["泽仁拉姆"]


def test_a_surname_character_before_a_common_noun_is_no_name():
    assert people("市委书记向大会作报告。") == []


def test_names_after_city_leaders_and_before_what_they_say():
    assert people("市领导孙伟、冯丽出席。") == ["孙伟", "冯丽"]
    assert people("蔡晓红表示，将继续支持家乡建设。") == ["蔡晓红"]
    assert people("会议由韩立新主持。") == ["韩立新"]


def test_a_compound_surname_after_a_title():
    assert people("民盟市委会主委欧阳丽出席会议并讲话。") == ["欧阳丽"]


def test_names_before_what_officials_do_at_a_meeting():
    assert people("市委统战部副部长聂海波到会指导。") == ["聂海波"]
    assert people("盟员单卫东、柴晓梅分别作交流发言。") == ["单卫东", "柴晓梅"]


def test_a_kind_of_people_after_a_title_is_no_name():
    assert people("加强统战干部和党外代表人士队伍建设。") == []


def test_a_list_after_a_name_goes_on_with_names_only():
    assert people("会长刘晓光、文化节组委会成员参加。") == ["刘晓光"]
    assert people("副主委萧美玲、龚志刚分别赴基层授课。") == ["萧美玲", "龚志刚"]
    assert people("乡贤萧美玲、龚志刚各捐赠1000元。") == ["萧美玲", "龚志刚"]  # what each of them gave


def test_a_name_joined_before_a_name_confirmed_by_a_count():
    assert people("王立、陈红等5名同志获评先进个人。") == ["王立", "陈红"]
    assert people("表彰了先进集体、陈红等5名同志。") == ["陈红"]


def test_a_word_inside_quotation_marks_is_no_person():
    assert people("推动实施“两岸青年同心圆”计划。") == []


def test_names_with_religious_and_professional_titles():
    assert people("伊斯兰教协会会长马志强阿訇出席。") == ["马志强"]
    assert people("律师何勇、医生郑丽为群众提供咨询。") == ["何勇", "郑丽"]
    assert people("老师们和医生们积极参与。") == []


def test_a_compound_surname_before_a_meeting_role():
    assert people("欧阳明华主持会议。") == ["欧阳明华"]


# ------------------------------------------------------------------ bylines, web punctuation, more titles

def test_the_reporters_of_a_byline_in_brackets():
    assert people("本报讯 （记者 郑雨桐 沈嘉怡） 3月2日，市侨联召开会议。") == ["郑雨桐", "沈嘉怡"]


def test_a_correspondent_before_the_reporters_in_a_byline():
    assert people("某某日报讯(钱文昭 记者 蒋明远 韦思齐)近日，全市召开会议。") == ["钱文昭", "蒋明远", "韦思齐"]


def test_the_reporters_after_a_papers_title_on_their_own_line():
    assert people("宜宾日报全媒体记者 邱雨涵 欧阳文\n") == ["邱雨涵", "欧阳文"]


def test_a_list_of_names_closed_by_an_ascii_comma():
    assert people("成员包括常务副会长邵文彬、邝宇昌,副会长参加。") == ["邵文彬", "邝宇昌"]


def test_a_name_after_a_title_and_an_ascii_comma():
    assert people("县委常委、统战部长滕远航,县政协副主席出席。") == ["滕远航"]


def test_a_team_leader_and_a_legislative_councillor():
    assert people("纪检组组长祁明轩等参加了交流。") == ["祁明轩"]
    assert people("立法会议员詹嘉豪等出席。") == ["詹嘉豪"]


def test_a_name_followed_by_its_kind_of_people():
    assert people("陈文博等政协委员提交了提案。") == ["陈文博"]
    assert people("陈文博等单位负责人参加。") == []


def test_a_name_before_what_the_person_thinks_of_something():
    assert people("无党派人士代表温启航对决议给予高度评价。") == ["温启航"]


def test_authors_of_proposals_named_at_the_start_of_a_clause():
    found = mentions_of(TITLE + "韩志刚提交的《关于完善停车设施的建议》、邓丽华提交的《关于加强校园安全的建议》获评优秀提案。", "Person")
    assert found == ["韩志刚", "邓丽华"]


def test_people_rated_at_the_start_of_a_clause():
    found = mentions_of(TITLE + "民盟支部被评为先进集体，姚秀英被评为优秀政协委员，全体盟员获评先进。", "Person")
    assert found == ["姚秀英"]


def test_a_name_before_comrade_keeps_its_surname():
    assert mentions_of(TITLE + "市委常委会3次研究统战工作，郑卫东同志对统战工作批示5次。", "Person") == ["郑卫东"]


def test_a_chairman_who_leads_a_delegation():
    assert mentions_of(TITLE + "旅港同乡会会长施大鹏率九十多人回乡参观。", "Person") == ["施大鹏"]


def test_the_author_of_a_page_is_a_person_but_an_office_is_not():
    assert mentions_of(TITLE + "2023-03-11 09:24  来源：某某客户端  作者：谢小玳\n", "Person") == ["谢小玳"]
    assert mentions_of(TITLE + "作者：统战部办公室 来源：某某网\n", "Person") == []


def test_a_place_or_its_people_after_a_title_is_no_person():
    assert people("搭建世界宜宾人乡贤库，开发江安侨商数据库。") == []


def test_a_word_after_a_counted_kind_of_people_is_no_name():
    assert people("培育一批新乡贤白忙官、打造一批新乡贤项目。") == []
    assert people("乡贤王建国捐资助学。") == ["王建国"]


def test_a_word_jieba_tags_as_a_name_before_a_gathering_after_a_kind_of_people_is_no_name():
    # 代表 is a kind of people, 迎春 a word that names the meeting after it
    assert people("县政协举行党外代表迎春座谈会。") == []
    assert people("县政协举行党外代表迎春座谈会，主席田野出席。") == ["田野"]


def test_a_name_jieba_cut_before_its_honorific_is_whole():
    assert people("侨领陈家明先生出席。") == ["陈家明"]


def test_a_title_read_across_a_place_name_is_no_title():
    assert people("宜宾长江大桥、宜宾古城墙。") == []
    assert people("副市长王立新出席。") == ["王立新"]


def test_names_before_a_speech_they_gave():
    assert people("在分组讨论会上，吴学明、张蕙作了口头发言。") == ["吴学明", "张蕙"]


def test_proposers_named_before_their_proposals():
    found = people("彭立林《关于修复受灾林木的建议》、黄灏个人提案《关于加强心理健康教育的建议》获评优秀提案。")
    assert found == ["彭立林", "黄灏"]
    assert people("樊长领个人建议《关于完善社区路灯的建议》被评为优秀建议。") == ["樊长领"]


def test_a_list_of_counted_people_after_a_verb_of_people():
    assert people("组织濮瑞、任远山等5名非公经济人士参加。") == ["濮瑞", "任远山"]
    assert people("组织企业家、高新区等3名代表参加。") == []


def test_a_given_name_that_is_a_common_word_after_a_title_when_the_person_speaks():
    assert people("促进会会长杨满意表示，将继续组织会员回乡。") == ["杨满意"]
    assert people("会长向大会表示祝贺。") == []


def test_a_name_after_a_long_chain_of_titles_and_before_ji():
    assert "于一元" in people("区政协副主席、民盟某市委副主委、某支部主任委员于一元及区直部门负责人参加。")


def test_every_author_on_the_line_and_the_editor():
    assert people("作者: 韦立新 覃小红 浏览量: 120") == ["韦立新", "覃小红"]
    assert people("编辑：黄晓东") == ["黄晓东"]


def test_a_contributed_piece_signed_with_its_writers_body():
    assert people("（民进某市委  谭国庆）") == ["谭国庆"]



def test_a_returned_overseas_chinese_and_a_relative_are_titles_before_a_name():
    assert people("侨眷黄立伟创作的剪纸作品获奖。") == ["黄立伟"]
    assert people("走访归侨侨眷120户。") == []


def test_names_whose_given_name_is_a_common_word_in_a_titled_list_and_on_an_author_line():
    assert people("副会长陈满意、秘书长黄大为出席活动。") == ["陈满意", "黄大为"]
    assert people("作者：王小明 李大方 来源：某某网") == ["王小明", "李大方"]
    assert people("书记高度重视、亲自部署。") == []
    assert people("确保领导强起来、协作畅起来、氛围浓起来。") == []


def test_people_named_by_what_they_were_made_won_or_wrote():
    assert people("九三学社某委员会完成换届，周立新任主委。") == ["周立新"]
    assert people("黄志远获社中央参政议政先进个人。") == ["黄志远"]
    assert people("孟庆来提报的省政协提案《关于推进某事的建议》获评优秀提案；卢建业的《社区养老调研》在大会发言。") == ["孟庆来", "卢建业"]


def test_people_after_a_title_who_go_somewhere_or_read_out():
    assert people("市长冯立宇到园区调研。") == ["冯立宇"]
    assert people("工商联党组书记胡大力宣读了表彰决定。") == ["胡大力"]
    assert people("党派科副科长邹红林出席会议。") == ["邹红林"]
    assert people("党员周海涛、李晓明撰写的2篇文章获奖。") == ["周海涛", "李晓明"]


def test_the_writers_in_brackets_at_the_end_of_a_piece():
    assert people("会议取得圆满成功。\n（许洁 邓微雨 曾莹莹）") == ["许洁", "邓微雨", "曾莹莹"]
    assert people("全年开展活动（含线上 线下）12场。") == []


def test_a_title_a_name_and_a_gift():
    found = people("荣誉市民郑宏达捐赠图书2000册，某某商会荣誉会长宋亚林捐赠救护车一辆。")
    assert found == ["郑宏达", "宋亚林"]


def test_a_title_a_name_and_a_gift_given_to_someone():
    # 会长某某捐给…, 董事长某某捐出…: the gift's verb after the name closes it, as 捐赠 does
    assert people("侨团会长王明华捐给学校图书500册，董事长周立新捐出善款10万元。") == ["王明华", "周立新"]


def test_a_civil_service_rank_is_a_title():
    assert people("县侨联二级调研员何晓燕出席活动。") == ["何晓燕"]


def test_names_listed_before_a_piece_they_wrote():
    assert people("党员钱立军、范婷婷撰写调研报告3篇。") == ["钱立军", "范婷婷"]


def test_a_name_ending_like_a_place_between_a_title_and_a_meeting_role():
    assert people("座谈会由农工党某支部副主委钟杭州主持。") == ["钟杭州"]
    assert people("副主委钟杭州调研。") == []  # without the role the name may be a place's word


def test_hong_is_a_surname():
    assert people("常务副会长洪志远，秘书长林志华等出席。") == ["洪志远", "林志华"]


def test_every_proposer_of_a_run_of_proposals():
    found = people("苏建国《关于加强古村落保护的建议》、汪海涛《电动车充电安全隐患需引起重视》获评优秀提案。")
    assert found == ["苏建国", "汪海涛"]
    assert people("学习《某某条例》、国务院《某某意见》。") == []  # a body between titles is no proposer


def test_a_name_without_a_known_surname_between_a_title_and_what_is_said():
    assert people("某某州新联会成立，会长岩温罕表示要办好实事。") == ["岩温罕"]


def test_a_tagged_name_before_an_election():
    assert people("市规划研究院连国明当选为理事长。") == ["连国明"]


def test_a_level_that_is_a_surname_before_a_bodys_head_is_a_body():
    assert people("区侨联被评为先进集体，区商会荣获表彰。") == []


def test_a_two_character_name_spaced_as_wide_as_three_in_a_byline():
    mentions = [m for m in __import__("conftest").extraction_of(TITLE + "本报记者 宋 岚\n3月5日，会议召开。").mentions
                if m.cls == "Person"]
    assert [(m.name, m.surface) for m in mentions] == [("宋岚", "宋 岚")]


def test_an_author_line_name_whose_given_name_is_a_word():
    assert "郑科学" in people("时间:2024-05-01 08:10 作者:郑科学 浏览量:120\n会议在县城召开。")


def test_a_byline_name_whose_given_name_is_a_noun():
    assert "侯建设" in people("（记者 侯建设）全县侨联系统召开工作会议。")


def test_names_made_title_holders_by_an_election_or_an_invitation():
    found = people("大会选出了甘晓春为第一届商会会长，特邀来自香港的叶志文为名誉会长，韦金林、覃海峰为特邀顾问。")
    assert found == ["甘晓春", "叶志文", "韦金林", "覃海峰"]


def test_a_clause_making_something_of_a_word_is_no_name():
    assert people("会议以高质量发展为主题，以项目建设为抓手。") == []


def test_writers_of_counted_reports_and_a_donor_with_an_amount():
    found = people("岳晓婷、蒋秀云撰写的2篇调研报告获批示；由蒋秀云主笔撰写的《关于某事的建议》获采纳。")
    assert found == ["岳晓婷", "蒋秀云", "蒋秀云"]
    assert people("其中某某化工有限公司捐款50万元、孙志刚捐款20万元。") == ["孙志刚"]


def test_a_word_jieba_never_saw_between_a_title_and_a_meeting_role_is_a_name():
    assert people("会议由电视台著名主持人晓楼主持。") == ["晓楼"]
    assert people("会议由协会会长亲自主持。") == []


def test_a_three_character_name_after_a_title_whose_first_two_characters_make_a_word():
    assert people("侨商会理事长黄海明、副会长李某某出席会议。")[:1] == ["黄海明"]


def test_a_name_after_a_merchants_or_an_elders_title():
    assert people("知名侨领、成功商人张国栋获颁奖章，元老曹志远出席并致辞。") == ["张国栋", "曹志远"]


def test_a_name_elected_or_appointed_to_a_title():
    assert people("大会选举周筱岑为主委，吴小红为副主委，任命欧阳明为秘书长。") == ["周筱岑", "吴小红", "欧阳明"]


def test_a_name_before_a_professors_title_after_a_conjunction():
    assert people("其中韩永安教授和彭中康副教授分别主持课题。") == ["韩永安", "彭中康"]


def test_a_name_that_takes_a_role_given_by_the_host():
    assert people("晚会由邓佳斯担任司仪。") == ["邓佳斯"]
    assert people("由本单位担任牵头部门。") == []


def test_a_name_after_a_title_and_a_colon():
    assert people("现任党组书记：蒋春霞") == ["蒋春霞"]
    assert people("联系电话：0830-1234567") == []


def test_a_name_after_a_clerks_or_a_secretarys_title():
    assert people("四级主任科员孙伯明以及各乡镇统战委员参加。") == ["孙伯明"]
    assert people("仪式由办公厅主任吴瑞华、福利秘书郑国杰等主持。") == ["吴瑞华", "郑国杰"]


def test_a_name_after_a_title_ending_a_line_or_before_its_speech():
    assert people("宜宾办事处副组长侯建南\n侯建南致词") == ["侯建南", "侯建南"]


def test_a_name_before_the_proposal_written_or_signed():
    found = people("曾影主笔的《关于加快发展的提案》、罗嘉庚主笔的、谢晓辉联名的《关于某事的提案》获评优秀提案。")
    assert found == ["曾影", "罗嘉庚", "谢晓辉"]


def test_a_dictionary_phrase_tagged_as_a_name_is_no_person():
    assert people("有关单位代表应邀出席会议，总领事应邀出席并讲话。") == []


def test_a_name_cut_short_by_jieba_is_the_whole_name_the_report_gives_elsewhere():
    found = people("省侨办主任冯卫中考察集团。慰问期间，冯卫中一行来到归侨家中。")
    assert found == ["冯卫中", "冯卫中"]


def test_a_list_made_title_holders_together_takes_a_rare_surname_too():
    found = people("会议选举周筱岑为主任委员，冯立新、韩秀梅、邬家豪、訾永安为副主任委员。")
    assert found == ["周筱岑", "冯立新", "韩秀梅", "邬家豪", "訾永安"]
    assert people("文化、教育、卫生为重点委员。") == []


def test_a_name_after_a_title_before_an_investment():
    assert people("乡贤曾厚旺投资1亿多元建设观光项目。") == ["曾厚旺"]


def test_a_name_said_to_hold_a_title():
    assert people("曾清备是太平乡商会暨乡贤促进会会长，在福州从事外贸生意。") == ["曾清备"]
    assert people("关键是各级领导干部。") == []


def test_a_kind_of_people_jieba_tags_as_a_name_is_no_person():
    assert people("举办第五届海外华裔青年研修班。") == []


def test_names_taking_an_honorary_or_a_party_office():
    assert people("会议选举产生新一届班子，叶定安任名誉会长、吴松华任党委书记，何耀明任执行会长。") == [
        "叶定安", "吴松华", "何耀明"]


def test_a_name_elected_or_awarded_at_the_start_of_a_clause():
    assert people("会上，郑文海被选举为县政协副主席，周志强、邝嘉琪被授予先进个人。") == ["郑文海", "周志强", "邝嘉琪"]


def test_a_titled_name_jieba_cuts_apart_before_representing_a_body():
    assert people("会议听取了主委吴建武代表上届委员会所作的报告，副主委刘启明代表省委会致辞。") == ["吴建武", "刘启明"]


def test_names_counted_by_their_kind_after_them():
    assert people("杜明、胡颖丽两名委员就养老服务接受了电视台采访。") == ["杜明", "胡颖丽"]


def test_names_written_before_the_office_they_hold():
    assert people("合影中，刘德明副会长（前排左二）、陈美玲会长（右一）、郑家豪理事出席。") == ["刘德明", "陈美玲", "郑家豪"]
    assert people("全体理事、新任会长出席。") == []


def test_a_titled_name_whose_given_name_is_a_common_word_closed_by_the_clause_going_on():
    assert people("县委常委、组织部部长韩文革，县政协副主席某某出席。") == ["韩文革"]
    assert people("市委会主委温红梅多次深入帮扶村调研。") == ["温红梅"]
    assert people("实现党建工作全覆盖，评选一批新乡贤金点子、打造一批项目。") == []


def test_donors_listed_each_before_the_sum_given():
    assert people("盟员龚立新10000元，严冬青5000元、鲍永和3000元，其余盟员捐款2100元。") == ["龚立新", "严冬青", "鲍永和"]
    assert people("全县投入5000元，其中县财政3000元。") == []


def test_a_name_between_a_company_and_the_office_held_there_even_a_common_words_given_name():
    assert people("3月，碧桂园地产汤和平总经理出资5万元；飞燕电子厂祁长江董事长出资1万元。") == ["汤和平", "祁长江"]
    assert people("碧桂园地产总经理办公室捐助5万元。") == []


def test_a_list_of_names_joined_by_commas_closed_by_deng_and_a_rarer_surname():
    assert people("会长带领吴立川,范孝明,周涛,马林等会员前往灾区。") == ["吴立川", "范孝明", "周涛", "马林"]
    assert people("调研组先后到江苏,浙江,安徽等地考察。") == []
    assert people("会上，陈晓燕、代宝林、姚文华等3人当选常委。") == ["陈晓燕", "代宝林", "姚文华"]


def test_names_after_an_engineers_or_a_commanders_title():
    assert people("工程副总指挥戴明远、县上领导陪同调研。市住建局总工程师顾兰等出席。") == ["戴明远", "顾兰"]


def test_names_after_a_kind_of_person_a_report_names_people_by():
    assert people("台商蔡永林说，过去来大陆创业不容易。") == ["蔡永林"]
    assert people("著名书画家柯明远在现场为村民写春联。") == ["柯明远"]
    assert people("人民楷模邬国强、清真寺教长马福成出席。") == ["邬国强", "马福成"]


def test_a_name_right_after_a_persons_age():
    assert people("52岁的邬建波是某镇某村人，常年在外经商。") == ["邬建波"]


def test_a_name_before_the_address_madam_or_sir():
    assert people("县侨联看望老归侨的遗孀刀玉香女士。") == ["刀玉香"]
    assert people("感谢凃明杰先生多年来的支持。") == ["凃明杰"]
    assert people("市侨联向陈嘉庚老先生的后人致敬。") == ["陈嘉庚"]
    assert people("同乡会会长柯树林先生致辞。") == ["柯树林"]  # a title before: a common word's given name
    assert people("这片树林先生们常来散步。") == []
    # alone in its clause or list item, the name before the address may have a common word for its given name
    assert people("其中，柯树林先生、某某商贸公司各捐款1万元。") == ["柯树林"]


def test_names_with_surnames_the_list_had_left_out():
    assert people("市工商联副会长傅国华出席会议。") == ["傅国华"]
    assert people("市工商联副会长赖建平出席会议。") == ["赖建平"]


def test_a_title_a_name_whose_given_name_is_a_word_and_an_award():
    assert people("某某集团董事长唐光明荣获年度人物称号。") == ["唐光明"]


def test_a_name_before_the_title_of_a_chief_executive():
    assert people("由某某电子公司侯文雄执行长捐款。") == ["侯文雄"]


def test_credit_lines_a_photographs_credit_a_glued_byline_and_a_closing_signature():
    assert people("编辑 宋立平") == ["宋立平"]
    assert people("【编辑:何丽】") == ["何丽"]
    assert people("与会人员合影。 曾志鹏 摄") == ["曾志鹏"]
    assert people("本网讯(通讯员彭向东)近日，县工商联召开会议。") == ["彭向东"]
    assert people("(汪晓梅)") == ["汪晓梅"]


def test_a_name_after_the_title_of_a_secretary_of_a_department():
    assert people("出席嘉宾包括政务司司长林国强、商会会长何桂芳。") == ["林国强", "何桂芳"]


def test_a_leader_of_the_nation_named_bare_is_a_person_but_not_a_longer_name_that_opens_with_them():
    assert people("为缅怀邓小平同志，市工商联举办书画展。") == ["邓小平"]
    assert "朱德" not in people("会议由朱德明主持。")


def test_a_name_jieba_knows_before_a_quoted_saying():
    assert people("留守儿童刘晓燕说：“这里的书真多。”") == ["刘晓燕"]


def test_names_before_a_party_chairs_or_a_members_office_and_an_authors_note():
    assert people("形成《关于加快培育示范企业的建议》（马红执笔）以及周斌委员《关于新赛道的建议》。") == ["马红", "周斌"]
    assert people("会议由副主委李明主持，王刚委员和杨自强主委代表各支部发言。") == ["李明", "王刚", "杨自强"]
    assert people("区政协委员参加会议，各位委员出席。") == []


def test_a_crowd_counted_before_its_kind_is_no_title_before_a_name():
    assert people("论坛吸引来自30多个国家的300余名侨商代表齐聚绵阳。") == []
    assert people("侨商代表王小明发言。") == ["王小明"]


def test_a_long_list_of_members_whose_last_item_runs_into_another_title():
    assert people("支委钱立群、孔雁，会员周庆和、韩嘉宁、邹子墨、潘小溪、入党积极分子程薇，共9人捐款5000元。") == [
        "钱立群", "孔雁", "周庆和", "韩嘉宁", "邹子墨", "潘小溪", "程薇"]


def test_a_name_ending_in_a_common_word_among_three_names_or_more():
    assert people("韦振兴、曹俊哲、杨伟峰、邹刚等爱心人士捐款。") == ["韦振兴", "曹俊哲", "杨伟峰", "邹刚"]
    assert people("推动乡村振兴、全覆盖、向大会、张明等工作。") == []


def test_a_name_that_a_lists_mark_closes_is_read_whole():
    assert people("统战部部长周仁穷、副市长王晨星出席。") == ["周仁穷", "王晨星"]


def test_a_name_before_what_a_person_did_on_their_own():
    assert people("其中外地籍企业家钱海涛个人向灾区捐款3000元。") == ["钱海涛"]


def test_names_in_a_quoted_speech_are_people_and_a_slogans_are_not():
    assert people("“多亏村里邹加明等在外乡贤出资5万元，及时补上了缺口。”村支书韦加春说。") == ["邹加明", "韦加春"]
    assert people("开展“青年同心圆”计划。") == []


def test_a_name_after_a_title_before_what_the_person_went_to_do():
    assert people("某某集团董事长邹海波接过县委书记王海燕颁发的奖牌。") == ["邹海波", "王海燕"]
    assert people("省委统战部部长来义调研。") == []  # 来 is the verb, no surname


def test_names_joined_by_commas_that_each_did_something():
    assert people("台胞邹戚扬,何绍川,李冬梅分别在该县3所中小学设立奖学金。") == ["邹戚扬", "何绍川", "李冬梅"]
    assert people("推进乡村振兴,全覆盖,大团结分别开展。") == []


def test_a_name_elected_to_an_office_named_with_its_body_and_term():
    assert people("全会选举刘志远为政协宜宾市第六届委员会常务委员。") == ["刘志远"]


@pytest.mark.parametrize("sentence, names", [
    ("某县委书记周建设介绍，全县有侨胞20万人。", ["周建设"]),  # 建设, a verb, as the given name
    ("在支部主委、某协会会长孙富贵的带领下，慰问老人。", ["孙富贵"]),
    ("在商会会长王强的带领下，会员走访贫困户。", ["王强"]),  # 的 ends no name: a two-character name, then 的
    ("会长李伟的讲话鼓舞人心。", ["李伟"]),
    ("董事长张超在致辞时说，将继续支持。", ["张超"]),  # 在 and the occasion of what is said close it too
    ("部长高兴地说，工作很好。", []),  # an adverb after a title: no surname and given name
    ("主席高兴地介绍说：“好。”", []),
    ("县侨办副主任赵鹏程为新联会成立揭牌。", ["赵鹏程"]),  # a ceremony the person performs for a body
    ("会长为大会题词。", []),
    ("在侨务局局长王富贵的陪同下，考察团参观了学校。", ["王富贵"]),  # those the person goes with
    ("秘书长何光明受会长委托，专程来到村里。", ["何光明"]),  # sent by another
    ("商会秘书长周建宇亦通过商会捐款。", ["周建宇"]),  # the formal "also"
])
def test_a_name_between_a_title_and_what_is_said_or_done(sentence, names):
    assert people(sentence) == names


def test_a_transliterated_name_in_two_parts_joined_by_a_middle_dot():
    assert people("县政协副主席、工商联主席吐尔逊·买买提出席了仪式。") == ["吐尔逊·买买提"]
    assert people("村党支部书记艾力·热合曼高兴地说：“日子越过越好。”") == ["艾力·热合曼"]
    assert people("代表县委书记、扎西·多吉主席看望慰问群众。") == ["扎西·多吉"]
    assert people("大力实施“同心·献良策”行动，凝聚奋进力量。") == []


def test_names_listed_with_a_name_found_after_a_verb_of_people_or_a_conjunction_or_before_a_joint_deed():
    assert people("会议聘任马建华、罗秀英为新联会顾问。") == ["马建华", "罗秀英"]
    assert people("集体提案和吴志明、邵红撰写的2篇提案得到批示。") == ["吴志明", "邵红"]
    assert people("党员方德才、彭德胜共捐赠现金1万元。") == ["方德才", "彭德胜"]


def test_a_name_after_a_scholars_a_leaders_or_a_directors_title():
    text = "某市侨联工作\n侨乡走出了著名经济学家周明远、印尼华人领袖林国栋和集团执行董事许慧敏等人。\n"
    assert {"周明远", "林国栋", "许慧敏"} <= set(mentions_of(text, "Person"))


def test_a_tibetan_or_mongolian_name_of_two_parts_after_a_title():
    text = ("某县统战工作\n县委常委、统战部部长索朗扎西深入牧区调研，政协主席巴特尔宝音出席会议，"
            "书记次仁卓玛表示感谢。索朗等地发展迅速。\n")
    assert mentions_of(text, "Person") == ["索朗扎西", "巴特尔宝音", "次仁卓玛"]
    # parts of names in the usual spellings of Tibetan (公保, 土旦, 尖措) and Mongolian (乌兰)
    text = "某县统战工作\n州委书记公保加央出席，主席土旦尖措讲话，副主席乌兰其木格陪同。\n"
    assert mentions_of(text, "Person") == ["公保加央", "土旦尖措", "乌兰其木格"]


def test_a_word_jieba_knows_as_a_name_after_a_title_and_before_a_deed():
    assert people("省侨联主席田野应邀与会。") == ["田野"]
    assert people("县委副书记常青、县侨联主席王强参加调研。") == ["常青", "王强"]
    assert people("区政协委员获评优秀委员荣誉。") == []  # the clause ends on the honour: no name


def test_a_four_character_name_jieba_tags_as_transliterated_after_a_title():
    assert people("副县长帕提古丽参加活动。") == ["帕提古丽"]


def test_a_name_jieba_cuts_in_two_after_a_title_and_before_how_the_deed_is_done():
    assert people("县商会副会长、某某公司董事长骆文彬积极奔走，捐赠物资。") == ["骆文彬"]


def test_a_name_jieba_cuts_in_two_after_a_title_and_before_the_persons_unit():
    # 刘|中锋|单位: the unit the person's office names, named next
    assert people("商会副会长何中锋单位、云岭建材公司送来药品。") == ["何中锋"]


def test_a_list_of_names_closes_on_all_of_them_acting_in_turn():
    # 纷纷: each of the people listed does the deed
    assert people("企业家黄振松、林建国纷纷慷慨捐款。") == ["黄振松", "林建国"]


def test_an_initiator_and_an_expert_are_titles_and_kin_close_a_list_of_names():
    assert people("助学活动发起人钱秀梅祖籍某某镇。") == ["钱秀梅"]
    assert people("如优秀企业家林某福、林振宇父子，交通规划专家黄振松，都热心家乡事业。") == ["林某福", "林振宇", "黄振松"]
    assert people("旅港企业家郑奕帆、何秋萍伉俪捐资兴学。") == ["郑奕帆", "何秋萍"]


def test_a_name_introduced_by_what_it_is_called_is_a_person():
    assert people("一位名叫韩秋实的老华侨每年都回乡探亲。") == ["韩秋实"]


def test_a_titled_name_before_leading_or_from_whose_hands_is_whole_though_jieba_glues_its_last_character_on():
    assert people("基金会理事长尤海城率爱心企业家来到学校。") == ["尤海城"]
    assert people("孩子们从九三学社某市委主委董建军手中接过新书包。") == ["董建军"]
    assert people("县政协副主席眭荣生，县民宗局局长出席。") == ["眭荣生"]
    assert people("据站长邱宁说，驿站已接待侨胞200人次。") == ["邱宁"]


def test_a_titled_name_before_the_reporters_so_he_said_is_a_person():
    assert people("“回乡一趟，感触很深。”某同乡会名誉会长许奕棠如是说。") == ["许奕棠"]


def test_names_ranked_on_a_list_are_people():
    assert people("其中林乃刚列第5位、刘彪列第18位、党平列第35位。某县列第3位。") == ["林乃刚", "刘彪", "党平"]


def test_a_name_after_a_title_before_whom_the_person_gives_to_or_the_post_they_move_to():
    assert people("某某联谊会会长许湘军向某乡小学捐赠图书。") == ["许湘军"]  # 湘军, a word, glued to nothing here
    assert people("市侨联主席何淑芬调任市委组织部副部长，原市委书记郭志强荣调省委。") == ["何淑芬", "郭志强"]
    assert people("副主席陈立新接任侨联主席。") == ["陈立新"]


def test_a_titled_name_whose_given_name_is_a_common_word_before_where_the_person_travels():
    assert people("某局副主任周建设赴某区调研。") == ["周建设"]  # 建设, a common word



def test_a_titled_name_before_since_when_the_person_has_acted():
    assert people("乡贤周雪亮自2021年起每月资助学生。") == ["周雪亮"]


def test_a_name_opening_a_profile_by_the_persons_sex():
    assert people("年度人物名单如下：甘丽云，女，民进会员。") == ["甘丽云"]


def test_a_name_opening_a_profile_by_the_persons_party_membership():
    assert people("返乡创业带头人。周雪梅，民盟盟员，2023年起在村里流转土地种植茶叶。") == ["周雪梅"]
    assert people("郑海涛，中共党员，在镇上经营茶厂。") == ["郑海涛"]


def test_the_adverb_once_is_no_part_of_a_name():
    # 曾 is a surname too, but before 荣获 or 获 it says that something happened once
    assert people("该同志勤恳工作，曾荣获县级劳模称号。") == []
    assert people("曾宪平荣获县级劳模称号。") == ["曾宪平"]
    assert people("邵建华，男，民盟盟员，某市政协委员。") == ["邵建华"]


def test_the_last_name_of_a_list_lends_no_character_to_the_verb_after_it():
    assert people("会议选举产生新一届领导班子，甘立新、邵建华、马骏当选为副会长。") == ["甘立新", "邵建华", "马骏"]


def test_a_list_counted_as_things_names_no_people():
    assert people("当地大力推广钱柑、钱柚、钱橙等三个特色品种。") == []


def test_names_after_an_artist_or_a_master_or_before_the_address_master():
    assert people("著名书法大师郝之远现场挥毫。") == ["郝之远"]
    assert people("歌曲演唱者邝丽萍等参加交流。") == ["邝丽萍"]
    assert people("电商达人简文斌提出的建议被采纳。") == ["简文斌"]
    assert people("钟岳师傅在社区开设太极拳班。") == ["钟岳"]


def test_the_last_name_of_a_list_joined_by_and():
    assert people("委员甘立新、邵建华、马骏和邝丽萍共同参与资助。") == ["甘立新", "邵建华", "马骏", "邝丽萍"]
    assert people("甘立新、邵建华、马骏、邝丽萍和周边村民一起参加。") == ["甘立新", "邵建华", "马骏", "邝丽萍"]


def test_a_kind_of_person_and_a_surname_before_the_address_name_no_one():
    assert people("“收获很大。”居民邝先生表示。") == []
    assert people("村民甘女士说，今年收入翻了一番。") == []
    assert people("主席王树林先生致辞。") == ["王树林"]


def test_coming_to_a_place_after_a_kind_of_person_is_no_name():
    assert people("商会组织企业家来遵义还有洽谈项目的安排。") == []


def test_names_before_the_office_of_a_deputy_in_a_list():
    assert people("会上，甘立新代表、邝丽萍代表、马骏委员作了发言。") == ["甘立新", "邝丽萍", "马骏"]


def test_a_name_before_an_office_under_whose_lead_something_is_done():
    assert people("商会成立以来，在于和平会长的带领下，会员企业抱团发展。") == ["于和平"]


def test_a_name_between_a_societys_name_and_the_office_held_there():
    # a list of guests naming each with the society first, the office after the name
    found = people("某某华人服务中心陈少东主任，某某同乡总会黄朝明常务副会长，"
                   "某某侨团联合会林学安会长等参加了义卖。")
    assert set(found) >= {"陈少东", "黄朝明", "林学安"}
    assert "朝明" not in found


def test_a_name_between_a_state_bodys_or_a_councils_name_and_the_office_held_there():
    # whatever follows the office: a list's 、, the deed of the guest (代表…致辞), a conjunction
    found = people("某某工作部韩志远副处长、某区议会林国栋主席出席。某某部高立新部长代表主办方致辞。")
    assert set(found) >= {"韩志远", "林国栋", "高立新"}
    assert people("在某某传播部宋明远部长和某报社的支持下，捐款由某某总会郭天佑主席交给学校。") == ["宋明远", "郭天佑"]
    assert people("市委副书记出席，工商联主席讲话，区议会主席致辞。") == []
    assert people("某某局原副局长出席，九三学社某市委直属支社主委讲话。") == []


def test_a_name_whose_given_name_is_a_word_between_two_names_of_a_list():
    assert people("某区侨联的副主席林美芳、郑国民、黄丽华代表侨联赠送礼物。") == ["林美芳", "郑国民", "黄丽华"]
    assert people("会上，国民经济、国民教育等议题被提及。") == []


def test_a_name_before_a_council_members_office():
    found = mentions_of("某会新闻\n活动得到某某局副局长、林志豪立法会议员、黄家明议员出席。\n")
    assert "林志豪" in found and "黄家明" in found
    assert not [m for m in extraction_of("某会新闻\n林志豪立法会议员出席。\n").mentions if m.cls == "GovernmentBody"]
    assert "香港立法会" in mentions_of("某会新闻\n香港立法会议员出席。\n", "GovernmentBody")


def test_a_surname_then_a_particle_is_no_name():
    assert people("这批归侨都得到关怀，大家都得了实惠。") == []


def test_a_husband_before_his_office_and_his_wife_after_it_are_both_named():
    found = people("某某同乡总会黄朝明副会长暨夫人林秀清乐捐5000美元；浙江商会代表刘德胜常务副会长、"
                   "郑家豪理事出席；某商会陈少东会长偕夫人王丽华女士到场。")
    assert set(found) >= {"黄朝明", "林秀清", "刘德胜", "王丽华"}
    assert people("会长夫人出席了活动，夫人们参加义卖。") == []


def test_a_name_after_the_compatriots_it_is_one_of_and_no_preposition_before_a_place():
    assert people("2018年，苗族同胞王阿明、壮族同胞李阿条相继搬入新区。")[0] == "王阿明"
    assert people("祖籍某县、旅居香港的同胞周大川伉俪捐赠8万元。") == ["周大川"]
    assert people("海外同胞向广东灾区捐款。") == []


def test_names_after_the_offices_of_diplomats_and_of_councils_abroad():
    assert "刘文逸" in people("某市主计长刘文逸也到场表示支持。")
    assert "张平" in people("中国驻某国大使馆公参张平出席招待会。")


def test_a_name_after_a_department_heads_title_written_short():
    # 统战部长, 宣传部长: the head of the department, which jieba would cut 统战部|长某某
    assert "杨伟" in people("市委常委、统战部长杨伟一同调研。")
    assert "李刚" in people("县委常委、宣传部长李刚等陪同。")


def test_a_titled_name_whose_first_two_characters_are_a_word_closed_by_a_deed():
    assert "高兴文" in people("中医院院长高兴文率领的医疗队抵达灾区。")
    assert "王建设" in people("县委书记王建设介绍了全县情况。")
    assert people("部长高兴地说，今年的工作很好。") == []  # a word made an adverb names no one


def test_a_name_between_a_companys_name_and_its_gift():
    assert "周立强" in people("泸州金鼎广告有限公司周立强向县慈善会捐赠2万元。")
    assert people("某某商贸公司向武汉捐赠物资。") == []  # 向 before a place is a preposition


@pytest.mark.parametrize("sentence, name", [
    ("省委专职副主委何海国2019年在某县挂任副县长。", "何海国"),  # a year
    ("基金会会长郑海涛是某国某协会常务会长。", "郑海涛"),  # what the person is
    ("某某公司董事长江远航以《新形势下的企业发展》为题作讲座。", "江远航"),  # what the talk was on
    ("市文联干部孙青云“驻村帮扶”三年。", "孙青云"),  # a quoted name of the work
    ("捐赠方代表向实验小学校长冯松林授牌。", "冯松林"),  # a plaque handed over
])
def test_a_titled_name_closed_by_a_year_a_verb_of_being_a_topic_a_quote_or_a_plaque(sentence, name):
    assert name in people(sentence)


@pytest.mark.parametrize("sentence, names", [
    ("活动中，刘红梅、陈志刚等一批热心会员慷慨解囊。", ["刘红梅", "陈志刚"]),  # so many of a kind after 等
    ("侨胞代表黄美玲小姐一行3人来到学校。", ["黄美玲"]),  # the address 小姐, as 女士
    ("感谢当地里长吴文雄的协助。", ["吴文雄"]),  # a Taiwanese village's chief, 里长
])
def test_names_confirmed_by_a_kind_after_a_list_an_address_or_a_village_chiefs_title(sentence, names):
    assert people(sentence) == names


def test_a_preposition_and_the_day_it_says_are_no_name():
    assert people("侨领林海涛先生于近日率团回乡考察。") == ["林海涛"]


def test_a_hostess_is_no_name():
    assert people("礼仪小姐引导嘉宾入场。") == []


@pytest.mark.parametrize("sentence, names", [
    ("活动中涌现出刘红梅、陈志刚等一批热心会员。", ["刘红梅", "陈志刚"]),
    ("大会评选出张建华、王丽萍等10名优秀会员。", ["张建华", "王丽萍"]),
])
def test_the_first_of_a_list_of_names_after_a_verb_that_brings_people_forth(sentence, names):
    assert people(sentence) == names


@pytest.mark.parametrize("sentence, names", [
    ("“感谢好心人的资助。”受助学子陈思雨说。", ["陈思雨"]),
    ("受助学生陈思雨表示，将努力学习回报社会。", ["陈思雨"]),
    ("学生会主席出席仪式，学生代表发言。", []),
])
def test_a_student_named_after_the_word_for_one(sentence, names):
    assert people(sentence) == names


@pytest.mark.parametrize("sentence, names", [
    ("旅美侨胞林海涛、林海喜获悉家乡学校急需改造。", ["林海涛", "林海喜"]),  # a kind of person, then a list, then 获悉
    ("乡贤周志远和他的儿子周立凡站了出来。", ["周志远", "周立凡"]),  # kin before a name
    ("村里的五保老人李春恒捐出了积蓄。", ["李春恒"]),
    ("基金由蔡文棋、庄丽霞伉俪出资50万元设立。", ["蔡文棋", "庄丽霞"]),  # two names a word of kin closes
    ("该行动自2013年由罗志祯、何丽芹夫妇发起。", ["罗志祯", "何丽芹"]),
    ("商会会长江文良及理事江国斌等四人出席。", ["江文良", "江国斌"]),  # a board member's title
    ("民革某区总支部李立梁、陈晓燕当选为委员。", ["李立梁", "陈晓燕"]),  # a party unit's members, listed
    ("增补了严惠芳和贺晓东两位同志为委员。", ["严惠芳", "贺晓东"]),  # a name of three before 和 and a name
    ("中心督导韩丽萍与协会理事长出席。", ["韩丽萍"]),  # a supervisor's title
    ("奖状由其子陈明轩代为领取。", ["陈明轩"]),  # 其子, 其女: kin
    ("负责人邵文华则说，今年人数翻了一番。", ["邵文华"]),  # 则说, 也说: what the person says, after another
    ("会长李强也说，会员热情很高。", ["李强"]),  # (not 李强也)
    ("乡贤周志远的侄子周立全接过接力棒，出资修路。", ["周志远", "周立全"]),  # 侄子, 侄女, 孙子, 孙女: kin
    ("台商林文广联合其他台商，为村小捐款。", ["林文广"]),  # a title, a name, then 联合 others
])
def test_names_after_a_kind_of_person_or_kin(sentence, names):
    assert people(sentence) == names


@pytest.mark.parametrize("sentence, names", [
    ("专家组由市人民医院骨科宋立华，市中医院妇科范春燕、儿科韩晓东组成。", ["宋立华", "范春燕", "韩晓东"]),
    ("市医院眼科郝建中、口腔科邢丽萍一同前往。", ["郝建中", "邢丽萍"]),
])
def test_doctors_named_after_their_hospital_department(sentence, names):
    assert people(sentence) == names


@pytest.mark.parametrize("sentence, names", [
    ("“能为村里出点力，心里踏实。”在外地开办工厂二十年的韩德茂说。", ["韩德茂"]),
    ("同村在天津做运输生意的鲍春林也拿出5000元，助力村里修路。", ["鲍春林"]),
    ("他对各界给予的帮助致以谢意，村里的会计说，账目都公开了。", []),
    ("“大家都很热心。”堂区的孙神父表示。", []),
])
def test_a_name_after_the_clause_that_describes_the_person_before_what_the_person_says_or_gives(sentence, names):
    assert people(sentence) == names


def test_a_two_character_name_jieba_glued_to_the_verb_of_saying():
    assert people("交流会上,郑新说:“回报桑梓是本分。”") == ["郑新"]


def test_no_name_runs_across_a_comma_before_an_address():
    # 取得成绩时,王先生…: 时 is a surname, but a name is written in characters alone
    assert mentions_of("某村捐资助学\n看到学生取得成绩时,王先生倍感欣慰。\n", "Person") == []


def test_a_school_boards_member_and_supervisor_are_titles():
    # 校董 and 校监 (a Hong Kong or Macau school's board member and supervisor) before a name
    assert mentions_of("某校援建学校\n出席的有校董陈国伟、校监区美玲。\n", "Person") == ["陈国伟", "区美玲"]


@pytest.mark.parametrize("sentence, named", [
    ("独中董事会主席丹斯里林振邦表示，扩建基金已筹得200万令吉。", ["林振邦"]),  # Tan Sri, before the name
    ("顾问拿督斯里黄德明、署理会长拿督陈志远出席年会。", ["黄德明", "陈志远"]),  # Dato' Sri, Dato'
    ("主礼嘉宾何家辉太平绅士致辞。", ["何家辉"]),  # Hong Kong's Justice of the Peace, after the name
    ("永久名誉会长丹斯里林振邦再次捐出50万令吉。", ["林振邦"]),  # the name, then a deed done again
])
def test_names_by_malaysias_and_hong_kongs_honours_and_the_honour_itself_no_one(sentence, named):
    assert people(sentence) == named


def test_a_titled_name_before_the_office_the_person_is_made():
    assert people("访问团以太平局绅陈志明为顾问、拿督林国华为团长，一行15人抵达。") == ["陈志明", "林国华"]


def test_a_monastics_name_in_religion_before_the_title_it_is_addressed_by():
    assert people("某寺慈善会的明心法师、慧海法师出席赠书仪式。") == ["明心", "慧海"]
    assert people("会长觉净大和尚带领工作人员到达学校。") == ["觉净"]
    # a count of monastics, or the word for all of them, names no one
    assert people("各位法师和三位长老出席。") == []


def test_a_name_right_before_where_a_photos_caption_places_the_person():
    assert people("钟立群（右十起）与嘉宾合影。") == ["钟立群"]
    assert people("图为会长刘明远(左二)向学校代表周晓梅(右一)移交捐款。") == ["刘明远", "周晓梅"]
    # a place in a picture is no one
    assert people("图为活动现场（左）。") == []


def test_a_name_after_a_military_title():
    assert people("军分区司令员马振东、政委吴海平出席仪式。") == ["马振东", "吴海平"]
    assert people("司令部机关干部参加。") == []


@pytest.mark.parametrize("sentence, named", [
    ("商会会长林志强组织会员走访困难户。", ["林志强"]),  # a name after a title, before what the person organises
    ("商会会长何小强组织会员走访困难户。", ["何小强"]),  # a surname jieba tags as another word (何) opens the name
])
def test_a_name_after_a_title_before_the_person_organises_or_leads(sentence, named):
    assert people(sentence) == named


def test_a_name_after_a_commissioners_or_commanders_title_and_before_a_police_rank():
    assert people("区福利专员林志明，警区指挥官黄志强总警司，某市统战部长出席。") == ["林志明", "黄志强"]


@pytest.mark.parametrize("sentence, named", [
    ("走访了受灾较重的黄建华、周立平等12户侨属。", ["黄建华", "周立平"]),  # households named by who heads them
    ("家住某村的郑美玲欣慰地说：“日子越过越好了。”", ["郑美玲"]),  # a described speaker, how she says it before 说
    ("一行来到侨属王建国家里，询问其生活情况。", ["王建国"]),  # 王建|国家: the whole name before 家里
    ("开漳先祖第28代孙李文博斥资500万元兴建学校。", ["李文博"]),  # a descendant named by his generation
    ("德国友人乌尔在领到物资后说很感谢。", ["乌尔"]),  # a friend from abroad
])
def test_people_named_by_their_kind_their_kin_or_their_home(sentence, named):
    assert people(sentence) == named


def test_a_kind_of_people_before_an_ordinary_word_names_no_one():
    assert people("邀请台胞寻访台胞祖籍地的老屋。") == []


@pytest.mark.parametrize("sentence, named", [
    ("委派何建明、孙立新为召集人。", ["何建明", "孙立新"]),  # a verb of people (委派) before a list, a convener's title
    ("嘉宾有总务邝信发，财务长等。", ["邝信发"]),  # an association's general affairs officer (总务)
    ("警察总局主管马丁参加了活动。", ["马丁"]),  # a head of section (主管)
    ("嘉宾有惩教署署长冼日坚，海关关长等。", ["冼日坚"]),  # the head of a department (署长)
    ("寺院住持释慧明大和尚一行来到某县。", ["释慧明"]),  # a monastic's surname 释, part of the name
])
def test_names_after_more_offices_and_a_monastics_name_with_its_surname(sentence, named):
    assert people(sentence) == named


def test_an_office_joined_to_the_last_of_a_list_of_offices_is_no_name():
    assert people("大会选出主席、副主席、常委及监事长。") == []  # 常委及: an office and 及


def test_a_name_whose_office_a_bracket_right_after_it_gives():
    found = people("民进会员陈立新（某某电器公司总经理），曾玉（某某养殖场场长）各捐款1万元。")
    assert found == ["陈立新", "曾玉"]
    assert people("此次活动由县侨联（县侨办）承办。") == []
