"""Organisations: parties and committees, party and state bodies, associations, other organisations."""
from __future__ import annotations

import pytest

from conftest import extraction_of, mentions_of

TITLE = "2023年绵阳市统一战线工作综述\n"


def orgs(sentence: str, cls: str) -> list[str]:
    return mentions_of(TITLE + sentence, cls)


def test_the_eight_parties_by_short_name():
    found = orgs("民革、民盟、民建、民进、农工党、致公党、九三学社、台盟共同参与。", "PoliticalParty")
    assert found == ["中国国民党革命委员会", "中国民主同盟", "中国民主建国会", "中国民主促进会",
                     "中国农工民主党", "中国致公党", "九三学社", "台湾民主自治同盟"]


def test_the_party_across_the_strait_whatever_the_revolutionary_committee_named_after_it():
    found = orgs("台湾中国国民党副主席率团来访，国民党青年代表同行，民革绵阳市委会接待。", "PoliticalParty")
    assert "中国国民党" in found and "民革绵阳市委会" in found
    assert orgs("中国国民党革命委员会绵阳市委员会开展调研。", "PoliticalParty").count("中国国民党") == 0


def test_a_person_acting_on_behalf_of_a_body_is_no_part_of_its_name():
    assert orgs("商会会长王大明代表商会向县慈善总会捐赠5万元。", "Association") == ["县慈善总会"]
    assert orgs("该会馆主席王海生代表会馆向大使馆移交捐款，各兄弟商会代表出席。", "Association") == []
    assert orgs("村党代表工作室开放。", "Organization") == ["党代表工作室"]


def test_a_party_committee_with_a_region_and_its_party():
    found = orgs("民进绵阳市委会举办读书分享会。", "PoliticalParty")
    assert found == ["民进绵阳市委会", "中国民主促进会"]


def test_a_party_committee_with_only_a_level_keeps_its_scope():
    mentions = [m for m in __import__("conftest").extraction_of(TITLE + "农工党市委开展义诊。").mentions
                if m.cls == "PoliticalParty" and m.parent_name]
    assert [(m.name, m.scope) for m in mentions] == [("农工党市委", "市")]


def test_central_committee_of_a_party():
    assert "民建中央" in orgs("协助民建中央开展专题调研。", "PoliticalParty")


def test_local_party_committee_and_its_department():
    assert orgs("市委统战部会同市委组织部开展培训。", "GovernmentBody") == ["市委统战部", "市委组织部"]


def test_a_full_region_name_before_a_committee():
    assert orgs("四川省委统战部召开会议。", "GovernmentBody") == ["四川省委统战部"]


def test_a_name_followed_directly_by_a_verb():
    assert orgs("州政协办牵头组织调研。", "GovernmentBody") == ["州政协办"]


def test_the_word_committee_member_is_not_a_committee():
    assert orgs("推荐市政协委员和人大代表。", "GovernmentBody") == []


def test_a_verb_before_a_level_character_is_not_a_region():
    # 召开州委 is 召开 + 州委: the 开州 of 重庆 must not be read across the word boundary
    assert orgs("先后召开州委民族工作会议。", "GovernmentBody") == ["州委"]


def test_the_whole_city_is_not_its_committee():
    assert orgs("全市统战部长会议在会上部署。", "GovernmentBody") == []


def test_nested_names_in_brackets_are_both_found():
    assert orgs("市工商联（总商会）换届。", "Association") == ["市工商联", "工商联"]  # 总商会 is its other name


def test_a_name_in_brackets_is_the_same_organisation():
    from conftest import knowledge_of

    kb = knowledge_of(TITLE + "市工商联（总商会）换届。")
    labels = {e.label: e.alt_labels for e in kb.entities.values() if e.cls == "Association"}
    assert labels == {"绵阳市工商联": {"市工商联", "总商会"}}


def test_descriptors_before_an_association_head():
    assert orgs("圆满完成市民族商会换届工作。", "Association") == ["市民族商会"]


def test_a_society_of_an_elite_of_its_trade_is_an_association():
    assert orgs("温州市青年企业家精英会举办年会。", "Association") == ["温州市青年企业家精英会"]
    assert orgs("高雄市工商菁英会参访团一行出席。", "Association") == ["高雄市工商菁英会"]


def test_a_verbs_tail_jieba_guessed_as_a_word_opens_no_name():
    assert orgs("帮她实现了上大学的愿望。", "Organization") == []  # 实现|了上|大学: going to college, no 了上大学


def test_what_is_handed_to_a_body_is_no_part_of_its_name():
    assert orgs("村民执意要把自家种的土豆送给商会会员。", "Association") == []
    assert orgs("将募得的善款转交慈善基金会。", "Association") == []
    # nor is how a body's work is led or joined (以某某引领某会建设, 融入某某组织)
    assert orgs("坚持以文化引领侨商会建设，把服务融入各类同乡会。", "Association") == []
    assert orgs("定期组织侨界成员赴基地义诊。", "Organization") == []  # 赴 (going to) is no part of a name
    assert orgs("感谢关注侨商会发展的各界朋友，感谢华人政党民联公会的支持。", "Association") == ["民联公会"]
    assert orgs("向各爱心商会颁发锦旗。", "Association") == []  # caring chambers: a kind, no name
    # acting for a body, or a body settled in another (代表某会感谢…, 某馆落户某校): no part of the name after it
    assert orgs("她代表商会向灾区捐款。", "Association") == []
    assert orgs("光华博物馆落户红星中学。", "Organization") == ["光华博物馆", "红星中学"]


def test_a_hometown_association_abroad_with_two_regions():
    assert orgs("推动成立澳门四川同乡会。", "Association") == ["澳门四川同乡会"]


def test_a_bare_local_association_means_the_reports_own():
    assert orgs("引导工商联发挥作用。", "Association") == ["工商联"]


def test_a_bare_religious_association_means_the_reports_own_and_gives_as_it():
    # each religion's patriotic association exists at every level, as a federation does: bare, the report's own
    from conftest import knowledge_of

    text = "道教协会为市红十字会筹款12万元，基督教三自爱国会、伊斯兰教协会也募集善款5万元。"
    assert orgs(text, "Association") == ["道教协会", "市红十字会", "基督教三自爱国会", "伊斯兰教协会"]
    labels = {e.label for e in knowledge_of(TITLE + text).entities.values() if e.cls == "Association"}
    assert {"绵阳市道教协会", "绵阳市基督教三自爱国会", "绵阳市伊斯兰教协会"} <= labels


def test_generic_kinds_are_not_entities():
    assert orgs("组织各民主党派、商会和民营企业参与。", "Association") == []
    assert orgs("各乡镇建立乡贤联谊会。", "Association") == []
    assert orgs("本地已培育上市公司8家。", "Organization") == []  # a listed company: a kind
    assert orgs("会议研究成立结对工作领导小组。", "GovernmentBody") == []  # a group no body owns
    assert orgs("依托各县慈善基金开展帮扶。", "Organization") == []  # funds of a kind, no named one
    assert orgs("商会设立公益基金，资助困难学生。", "Organization") == []  # 设立 is no part of a name


def test_an_enterprise_named_as_an_example():
    assert orgs("长虹电器等12家企业入围百强榜单。", "Organization") == ["长虹电器"]


def test_a_studio_after_a_dash():
    assert orgs("成立全市首个党外人士创新基地——王建华工作室。", "Organization")[-1] == "王建华工作室"


def test_an_embassy_is_a_government_body():
    assert orgs("会同中国驻法国大使馆开展交流。", "GovernmentBody") == ["中国驻法国大使馆"]


def test_national_bodies():
    found = orgs("认真落实党中央和中央统战部部署。", "GovernmentBody")
    assert found == ["党中央", "中央统战部"]


def test_a_leading_group_with_its_subject():
    assert orgs("召开民族宗教工作领导小组会议。", "GovernmentBody") == ["民族宗教工作领导小组"]


def test_a_category_after_an_example_is_not_a_name():
    assert orgs("打造青少年科技活动基地等青年交流基地。", "Organization") == ["青少年科技活动基地"]
    assert orgs("王某某会长等一行来到徽州区潜口中心学校参加捐赠仪式。", "Organization") == ["徽州区潜口中心学校"]


def test_a_body_on_whose_behalf_someone_gives_is_named_without_the_verb():
    assert orgs("某某受会长委托，代表温州市侨商会向学校捐资。", "Association") == ["温州市侨商会"]
    assert orgs("钱某某代表区慈善总会与某公司签约。", "Association") == ["区慈善总会"]
    assert orgs("成立县党外知识界代表人士联谊会。", "Association") == ["县党外知识界代表人士联谊会"]


def test_a_meeting_is_not_a_chamber_of_commerce():
    assert orgs("市委召开政党协商会、情况通报会12次。", "Association") == []
    assert orgs("商会召开会长办公会研究换届工作。", "Association") == []  # a meeting of the chamber's leaders


def test_a_partys_society_of_its_entrepreneurs_is_one_society_named_with_the_party():
    assert orgs("绍兴市民进企业家协会向山区学校捐款。", "Association") == ["绍兴市民进企业家协会"]
    assert orgs("民盟甘肃省企业家协会开展调研。", "Association") == ["民盟甘肃省企业家协会"]
    assert orgs("省民建企业家协会带会员考察。", "Association") == ["省民建企业家协会"]
    assert "PoliticalParty" not in {m.cls for m in extraction_of("某会新闻\n绍兴市民进企业家协会捐款。\n").mentions}


def test_bodies_named_in_someones_words_are_read_and_a_quoted_slogans_words_are_not():
    said = "某会新闻\n会长说：“西山寺18年来坚持敬老，县工商联也捐款近百万元。”\n"
    assert mentions_of(said, "Organization") == ["西山寺"] and mentions_of(said, "Association") == ["县工商联"]
    assert mentions_of("某会新闻\n开展“商会助农”主题活动。\n", "Association") == []
    # a slogan of two halves and a proposal's title pause too, and are no one's words
    assert mentions_of("某会新闻\n开展“苗岭花开映山红，苗乡儿女永跟党”主题活动。\n", "Region") == []
    assert mentions_of("某会新闻\n提交《关于弘扬某某文化，建设两岸青年研学营地的建议》。\n", "Organization") == []


def test_churches_dioceses_and_parishes_are_organisations_and_a_countys_church_a_society():
    assert orgs("苏州杨家桥天主堂向灾区捐献消毒液50箱，温州教区也捐款1万元。", "Organization") \
        == ["苏州杨家桥天主堂", "温州教区"]
    assert orgs("安吉县基督教会组织信众捐款3000元。", "Association") == ["安吉县基督教会"]


def test_welfare_homes_old_peoples_and_nursing_homes_and_a_provinces_academy_of_agriculture():
    found = orgs("支部到江宁社会福利院、松鹤老人院和康宁护理院慰问，省农科院专家同行。", "Organization")
    assert found == ["江宁社会福利院", "松鹤老人院", "康宁护理院", "省农科院"]


def test_a_temple_named_in_one_word():
    assert orgs("报恩寺、清真寺等场所开展活动。", "Organization") == ["报恩寺"]


def test_a_party_committee_in_a_university():
    found = orgs("九三学社西南科技大学委员会开展调研。", "PoliticalParty")
    assert found == ["九三学社西南科技大学委员会", "九三学社"]


def test_a_partys_central_committee_is_not_the_cpc_centre():
    assert orgs("协助农工党中央组织义诊。", "PoliticalParty") == ["农工党中央", "中国农工民主党"]
    assert orgs("协助农工党中央组织义诊。", "GovernmentBody") == []


def test_a_description_of_common_words_is_not_an_organisation():
    assert orgs("在红星村建设奶牛养殖基地。", "Organization") == []


def test_a_brand_jieba_does_not_know():
    assert orgs("安踏集团等12家企业入选。", "Organization") == ["安踏集团"]


def test_a_brand_whose_first_character_jieba_reads_as_a_word_of_its_own_after_a_place():
    # 均 read as an adverb, 再 as one too: still the first characters of brands after their place
    assert orgs("协调杭州均琪集团等企业结对帮扶贫困村。", "Organization") == ["杭州均琪集团"]
    assert orgs("福建再琦集团捐资建校。", "Organization") == ["福建再琦集团"]


def test_a_studio_named_after_a_person_jieba_cut_in_two():
    assert orgs("成立党外知识分子实践创新基地——刘智谋工作室。", "Organization")[-1] == "刘智谋工作室"


def test_the_autonomous_regions_committee_department():
    from conftest import knowledge_of

    kb = knowledge_of("2021年吴忠市统一战线工作综述\n在自治区党委统战部的指导下开展工作。\n")
    assert "宁夏回族自治区党委统战部" in {e.label for e in kb.entities.values()}


def test_government_departments_by_level_and_purpose():
    found = orgs("会同市教育局、市民政局和四川省民政厅开展工作，形成大统战工作格局。", "GovernmentBody")
    assert found == ["市教育局", "市民政局", "四川省民政厅"]
    # jieba reads a county's 县 as a rare word of its own before the department's word
    assert orgs("县教育局、县民政局派员参加。", "GovernmentBody") == ["县教育局", "县民政局"]
    assert orgs("全县教育局长会议召开。", "GovernmentBody") == []  # every county's, a meeting of its heads
    # jieba's one word for a level and a department, and a department's short name it tags a verb (发改: 发展和改革)
    assert orgs("县卫健局、县发改局派员参加。", "GovernmentBody") == ["县卫健局", "县发改局"]
    assert orgs("市场监管局派员参加。", "GovernmentBody") == ["市场监管局"]  # 市场 is a word, no level
    assert orgs("全县卫健局系统职工参加。", "GovernmentBody") == []  # every county's


def test_a_city_chamber_of_commerce_of_another_province():
    from conftest import knowledge_of

    kb = knowledge_of(TITLE + "市工商联联合市浙江商会开展活动。")
    assert "绵阳市浙江商会" in {e.label for e in kb.entities.values() if e.cls == "Association"}


@pytest.mark.parametrize("sentence, named", [
    ("向我市涪城区金凤小学等三所学校赠书。", "涪城区金凤小学"),  # a district inside the text's own city
    ("我市浙江商会举行年会。", "市浙江商会"),  # a province's people in the city: the city's chamber
])
def test_the_texts_own_level_before_a_place_inside_it_is_no_part_of_the_bodys_name(sentence, named):
    assert named in orgs(sentence, "Organization") + orgs(sentence, "Association")


def test_a_department_belongs_to_its_committee():
    from conftest import knowledge_of

    kb = knowledge_of(TITLE + "市委台办组织交流。")
    names = {key: e.label for key, e in kb.entities.items()}
    assert ("绵阳市委台办", "绵阳市委") in {(names[l.subject], names[l.object]) for l in kb.links
                                          if l.predicate == "subOrganizationOf"}


def test_a_group_named_by_a_slogan_in_quotation_marks():
    assert orgs("组建“同心·智汇涪江”专家服务团。", "Association") == ["同心·智汇涪江专家服务团"]


def test_a_base_named_after_its_trade_is_a_kind_of_place():
    assert orgs("在永兴镇建设沙田柚标准化种植基地。", "Organization") == []
    assert orgs("宣传进商会、进企业。新建基层商会14个。", "Association") == []


def test_a_local_body_with_a_national_bodys_name_stays_local():
    from conftest import knowledge_of

    kb = knowledge_of(TITLE + "市欧美同学会（留学人员联谊会）换届。")
    assert [e.label for e in kb.entities.values() if e.cls == "Association"] == ["绵阳市欧美同学会"]


def test_an_industry_alliance_is_named_but_a_stray_character_before_a_kind_is_not():
    assert orgs("牵头成立富硒茶产业联盟，吸纳会员企业67家。", "Association") == ["硒茶产业联盟"]
    assert orgs("动员民营企业和商协会418家参与。", "Association") == []


def test_the_cpc_prefix_of_a_committee_is_not_a_separate_party_mention():
    assert orgs("中共绵阳市委统战部召开会议。", "PoliticalParty") == []
    assert orgs("中共绵阳市委统战部召开会议。", "GovernmentBody") == ["绵阳市委统战部"]


def test_sponsors_named_by_their_city_right_before_a_programme():
    assert orgs("联合北京大学和清华大学“名师讲堂”项目。", "Organization") == ["北京大学", "清华大学"]
    assert orgs("争取杭州阿里公益和上海复星基金“春蕾书屋”项目。", "Organization") == ["杭州阿里公益", "上海复星基金"]


def test_places_before_a_programme_are_not_sponsors():
    assert orgs("在贵州和四川“同心行”活动中。", "Organization") == []
    assert orgs("组织成都市和德阳市“同心”行动。", "Organization") == []
    assert orgs("民盟绵阳市委会和德阳市委会正在开展“送教下乡”结对。", "Organization") == []  # a verb: a clause


def test_departments_for_ethnic_and_religious_affairs_and_no_verb_phrases():
    assert orgs("区民族宗教办开展检查，州民宗委参与。", "GovernmentBody") == ["区民族宗教办", "州民宗委"]
    assert orgs("同心聚力开新局。", "GovernmentBody") == []


def test_newspapers_stations_and_web_media():
    assert orgs("据锡山日报报道，丽江电视台、春城在线进行了转载。", "Organization") == ["锡山日报", "丽江电视台", "春城在线"]


def test_a_publisher_line_is_no_organisation_of_the_text():
    assert orgs("锡山日报2024-1-18", "Organization") == []
    assert orgs("来源：锡山日报　发布时间：2024-01-23", "Organization") == []


def test_schools_by_level_region_and_number():
    assert orgs("市一中、县实验学校、城关小学开展活动。", "Organization") == ["市一中", "县实验学校", "城关小学"]
    assert orgs("宁波市第二中学和滨海县第三小学师生参加。", "Organization") == ["宁波市第二中学", "滨海县第三小学"]


def test_a_school_named_by_its_place_and_its_kind_in_common_words():
    text = "为荔波中等职业学校捐赠校服，为龙场镇中心学校捐赠图书。"  # 荔波, 龙场: common nouns to jieba
    assert orgs(text, "Organization") == ["荔波中等职业学校", "龙场镇中心学校"]


def test_a_name_whose_last_character_jieba_reads_as_a_measure_word_is_whole():
    # 观澜|台, 石门|堂: no count before them, the measure words close the names of the place and the hall
    assert orgs("某企业为宁陕县观澜台中心小学送去棉被。", "Organization") == ["宁陕县观澜台中心小学"]
    assert orgs("走访宁陕县石门堂九年制学校师生。", "Organization") == ["宁陕县石门堂九年制学校"]


def test_malaysias_chinese_primary_and_national_type_secondary_schools():
    assert orgs("拨款下，巴都华小、新港华小和中华国民型中学受惠。", "Organization") == [
        "巴都华小", "新港华小", "中华国民型中学"]
    assert orgs("州内有65间华小。", "Organization") == []  # the kind, counted


def test_kinds_of_schools_are_no_school():
    assert orgs("全市中小学校开展教育活动。", "Organization") == []
    assert orgs("其中一中队表现突出。", "Organization") == []
    assert orgs("侨胞在临沂市捐建侨爱小学。", "Organization") == []
    assert orgs("基金每年资助平江考上大学的学子，奖励考入大学的新生。", "Organization") == []  # got into a university
    assert orgs("学子们考入厦门大学。", "Organization") == ["厦门大学"]


def test_a_company_by_its_legal_name():
    assert orgs("浙江绿源生态农业发展有限公司捐赠物资。", "Organization") == ["浙江绿源生态农业发展有限公司"]
    assert orgs("市工商联组织天津瑞和信息技术有限公司参加。", "Organization") == ["天津瑞和信息技术有限公司"]


def test_a_company_by_its_legal_name_without_a_region_as_an_item_of_a_list():
    assert orgs("市光彩会、青禾灌溉机具有限公司派员参加座谈。", "Organization") == [
        "青禾灌溉机具有限公司"]
    assert orgs("远航动力船舶有限公司、市侨商会捐赠物资。", "Organization") == ["远航动力船舶有限公司"]
    # a verb before the legal form opens no name, and a bracket inside one is no item's start
    assert orgs("他们商议投资组建新材料有限公司。", "Organization") == []
    assert orgs("参观了某展馆、云岭(云南)蜂蜜加工有限公司。", "Organization") == ["云岭(云南)蜂蜜加工有限公司"]


def test_a_later_item_of_a_list_read_short_of_its_start_is_whole():
    # the one or two characters between the list's mark and the name read are nothing of their own
    assert orgs("师生们走访了鲁迅故居、中德学院、岳麓书院。", "Organization") == ["鲁迅故居", "中德学院", "岳麓书院"]
    # a function word or a level before the name is no part of it
    assert orgs("组织向阳中学、市一中参加。", "Organization") == ["向阳中学", "市一中"]


def test_a_company_by_the_short_name_it_declares():
    from conftest import knowledge_of

    kb = knowledge_of(TITLE + "江苏恒瑞医药股份有限公司（以下简称“恒瑞医药”）捐资。\n恒瑞医药还设立奖学金。\n")
    companies = [e for e in kb.entities.values() if e.cls == "Organization"]
    assert [(e.label, sorted(e.alt_labels)) for e in companies] == [("江苏恒瑞医药股份有限公司", ["恒瑞医药"])]
    found = orgs("江苏恒瑞医药股份有限公司（以下简称“恒瑞医药”）捐资。\n恒瑞医药还设立奖学金。", "Organization")
    assert found == ["江苏恒瑞医药股份有限公司", "恒瑞医药", "恒瑞医药"]


def test_a_company_named_again_by_its_own_words_past_its_place():
    from conftest import knowledge_of

    text = "绵阳丰驼乳品加工有限公司落户北川县。目前，丰驼乳品带动养殖户800户。丰驼乳品加工还建成牧场。"
    assert orgs(text, "Organization") == ["绵阳丰驼乳品加工有限公司", "绵阳丰驼乳品加工有限公司", "绵阳丰驼乳品加工有限公司"]
    companies = [e for e in knowledge_of(TITLE + text + "\n").entities.values() if e.cls == "Organization"]
    assert [(e.label, sorted(e.alt_labels)) for e in companies] == [("绵阳丰驼乳品加工有限公司", ["丰驼乳品", "丰驼乳品加工"])]
    assert orgs("绵阳信息服务有限公司成立。全市信息服务加快。", "Organization") == ["绵阳信息服务有限公司"]  # common words


def test_bank_branches():
    found = orgs("农行滨州分行、建设银行宁波分行、中国农业银行杭州分行提供贷款。", "Organization")
    assert found == ["农行滨州分行", "建设银行宁波分行", "中国农业银行杭州分行"]


def test_labs_parks_and_venues():
    assert orgs("之江实验室、南湖民营经济总部园区承办。", "Organization") == ["之江实验室", "南湖民营经济总部园区"]
    assert orgs("推动企业入驻产业园区。", "Organization") == []


def test_overseas_and_clan_associations():
    found = orgs("英国华人华侨联合会、美国福建同乡会、陈氏宗亲会参加恳谈会。", "Association")
    assert found == ["英国华人华侨联合会", "美国福建同乡会", "陈氏宗亲会"]


def test_a_part_of_a_head_that_named_nothing_names_nothing():
    assert orgs("全省各级建立新的社会阶层人士联合会126个。", "Association") == []


def test_a_level_of_bodies_is_no_body():
    assert orgs("全国各地的县级工商联积极参与。", "Association") == []


def test_a_place_and_its_firm_before_a_legal_name_are_no_part_of_it():
    assert orgs("经协调，浙江企业华联创新科技有限公司为某中学捐资20万元。", "Organization") == ["华联创新科技有限公司"]
    # a firm whose legal name says it manages or groups firms keeps the word
    assert orgs("江西企业集团公司和新疆企业管理咨询公司出资。", "Organization") == [
        "江西企业集团公司", "新疆企业管理咨询公司"]


def test_the_bodies_inside_and_outside_a_place_are_no_body():
    assert orgs("市委统战部发动县内外商会投身招商引资。", "Association") == []
    assert orgs("全市发动境内外商会和侨团捐款。", "Association") == []
    assert orgs("县内商会和个体户纷纷解囊。", "Association") == []  # those inside it alone too


def test_base_committees_and_branches_of_the_parties():
    found = orgs("民盟宁波市基层委、民建开发区基层委、民进高新区支部联合开展调研。", "PoliticalParty")
    assert found == ["民盟宁波市基层委", "中国民主同盟", "民建开发区基层委", "中国民主建国会", "民进高新区支部", "中国民主促进会"]


def test_a_base_committee_belongs_to_its_party():
    mentions = [m for m in __import__("conftest").extraction_of(TITLE + "民建开发区基层委开展调研。").mentions
                if m.cls == "PoliticalParty" and m.parent_name]
    assert [(m.name, m.parent_name) for m in mentions] == [("民建开发区基层委", "中国民主建国会")]


def test_a_standing_committee_and_national_organs_written_out():
    assert orgs("市委常委会研究部署统战工作。", "GovernmentBody") == ["市委常委会"]
    assert orgs("中共中央执行委员会发布决定。", "GovernmentBody") == ["中共中央执行委员会"]
    assert orgs("中国共产党中央委员会作出决定。", "GovernmentBody") == ["党中央"]


def test_a_newspaper_written_as_a_title():
    assert orgs("在《绵州日报》开设统战专栏。", "Organization") == ["绵州日报"]


def test_a_university_in_one_word_with_a_title():
    assert "东南工业大学" in orgs("东南工业大学教授、民盟盟员王晓东作报告。", "Organization")


def test_a_party_committee_in_a_university_named_after_a_region():
    found = orgs("民盟四川大学委员会开展调研。", "PoliticalParty")
    assert found == ["民盟四川大学委员会", "中国民主同盟"]


def test_an_institution_of_a_town_after_a_description():
    assert orgs("乡贤出资修建的石门镇敬老院投入使用。", "Organization") == ["石门镇敬老院"]


def test_an_enterprise_given_as_example_with_a_count_in_words():
    assert orgs("蓝天乳业等三家民营企业入选百强。", "Organization") == ["蓝天乳业"]


def test_a_kind_of_enterprise_before_a_legal_form_is_no_company():
    assert orgs("关于民营企业有限公司改制的意见。", "Organization") == []


def test_a_party_committees_study_group():
    assert orgs("区委理论学习中心组开展专题学习。", "GovernmentBody") == ["区委理论学习中心组"]


def test_a_company_by_its_brand_and_trade():
    assert orgs("飞燕乳业、伊利乳业捐赠物资。", "Organization") == ["飞燕乳业", "伊利乳业"]
    assert orgs("推动宁夏乳业高质量发展，推进精细化工产业。", "Organization") == []
    assert orgs("恒瑞制药、碧桂园地产、飞燕电子厂捐赠物资。", "Organization") == ["恒瑞制药", "碧桂园地产", "飞燕电子厂"]


def test_a_partys_central_committee_written_out():
    found = orgs("中国国民党革命委员会中央委员会召开会议。", "PoliticalParty")
    assert found == ["中国国民党革命委员会中央委员会", "中国国民党革命委员会"]
    assert orgs("中国国民党革命委员会中央委员会召开会议。", "GovernmentBody") == []


def test_a_trade_inside_a_legal_name_is_read_with_it():
    assert orgs("云南滇红春茶业有限公司流转土地。", "Organization") == ["云南滇红春茶业有限公司"]


def test_a_base_committee_in_a_district_the_gazetteer_does_not_hold():
    found = orgs("民盟城南区基层委受到表彰。", "PoliticalParty")
    assert found == ["民盟城南区基层委", "中国民主同盟"]


def test_clinics_publishers_firms_hotels_and_farms():
    found = orgs("石门镇卫生院、浙江人民出版社、之江律师事务所参与义诊和普法。", "Organization")
    assert found == ["石门镇卫生院", "浙江人民出版社", "之江律师事务所"]
    assert orgs("与会人员入住滨江大酒店，参观红星家庭农场。", "Organization") == ["滨江大酒店", "红星家庭农场"]
    assert orgs("组织律师事务所、会计师事务所开展服务，入住酒店和宾馆。", "Organization") == []


def test_online_is_a_medium_only_where_a_medium_stands():
    assert orgs("开通湖湘在线服务平台，企业可通过政务服务网在线申请。", "Organization") == []
    assert orgs("湖湘在线、潇湘晨报等媒体进行了报道。", "Organization") == ["湖湘在线", "潇湘晨报"]


def test_a_newspaper_in_a_title_on_its_publisher_line_is_the_publisher():
    assert orgs("《绵州日报》2024年1月18日 第3版", "Organization") == []


# ------------------------------------------------------------------ heads of other places and scripts

def test_hong_kong_federations_of_societies_and_of_commerce():
    found = orgs("澳门江西社团联会与九龙城工商业联会、香港荃湾工商业联合总会共同举办。", "Association")
    assert found == ["澳门江西社团联会", "九龙城工商业联会", "香港荃湾工商业联合总会"]


def test_a_commercial_association_of_a_taiwan_county():
    assert orgs("参访团拜会了彰化县商业会。", "Association") == ["彰化县商业会"]


def test_a_level_character_that_ends_a_word_is_part_of_the_name():
    assert orgs("参访团拜会了高雄市直辖市商业会。", "Association") == ["高雄市直辖市商业会"]
    assert orgs("各省市县统战部参加。", "GovernmentBody") == []


def test_a_village_named_after_a_union_is_no_association():
    assert orgs("团结镇联盟村是全县唯一的民族村。", "Association") == []


def test_a_person_and_a_verb_do_not_start_an_associations_name():
    assert orgs("召集人郑永棠寄望新界工商团体联盟继续发挥作用。", "Association") == ["新界工商团体联盟"]


def test_a_preposition_that_is_a_surname_does_not_join_a_place():
    assert orgs("活动由澳门中药材同业商会主办。", "Association") == ["澳门中药材同业商会"]


def test_bank_branches_in_the_reports_own_city():
    assert orgs("农行市分行、农发行市分行、绵阳农商行参加签约。", "Organization") == ["农行市分行", "农发行市分行", "绵阳农商行"]


def test_departments_for_rural_revitalisation_and_agriculture():
    found = orgs("市乡村振兴局、市农业农村委、县发改委负责同志参加。", "GovernmentBody")
    assert found == ["市乡村振兴局", "市农业农村委", "县发改委"]
    found = orgs("省卫生健康委员会、市发展和改革委员会负责同志参加。", "GovernmentBody")
    assert found == ["省卫生健康委员会", "市发展和改革委员会"]
    # the committees' short names (农委, 科委, 商务委), as 发改委 is one
    found = orgs("会上，县农委、市科委、市商务委负责人作了介绍。", "GovernmentBody")
    assert found == ["县农委", "市科委", "市商务委"]


def test_a_street_party_working_committee_and_a_legislative_council():
    assert orgs("在城关街道党工委的领导下，侨联开展走访。", "GovernmentBody") == ["城关街道党工委"]
    assert orgs("澳门特别行政区立法会议员出席。", "GovernmentBody") == ["澳门特别行政区立法会"]


def test_a_provincial_government_press_office():
    assert orgs("记者从四川省政府新闻办召开的发布会上获悉。", "GovernmentBody") == ["四川省政府新闻办"]


def test_theatres_galleries_and_factories():
    found = orgs("与会人员参观了涪城区丰谷镇乡贤馆、李明书画艺术馆和绵阳安州食品加工厂，晚上在游仙剧场观看演出。",
                 "Organization")
    assert found == ["涪城区丰谷镇乡贤馆", "李明书画艺术馆", "绵阳安州食品加工厂", "游仙剧场"]


# ------------------------------------------------------------------ one head shared by a list

def test_short_names_listed_before_one_chamber_are_as_many_chambers():
    found = orgs("据介绍，青溪、梅岭、石坝商会于去年成立。", "Association")
    assert found == ["青溪商会", "梅岭商会", "石坝商会"]


def test_counties_listed_before_one_federation():
    assert orgs("会上，江油、安州工商联作交流发言。", "Association") == ["江油工商联", "安州工商联"]


def test_common_words_listed_before_a_head_are_kinds_not_bodies():
    assert "餐饮商会" not in orgs("组织餐饮、物流商会参加。", "Association")
    assert orgs("乡镇、村商会负责人参加。", "Association") == []


def test_national_bodies_by_their_short_names():
    assert orgs("成立全省首个县级中华职教社。", "Association") == ["中华职业教育社"]
    assert orgs("新阶层人士在央视节目中夺冠。", "Organization") == ["中央广播电视总台"]


def test_a_member_unit_is_not_part_of_a_companys_name():
    found = orgs("川渝商会会长单位宏达实业集团与市政府签约。", "Organization")
    assert found == ["宏达实业集团"]


# ------------------------------------------------------------------ enterprises given as examples

def test_enterprises_listed_before_a_count_of_more_than():
    assert orgs("鑫瑞达、禾丰源等20多家涉农企业参与帮扶。", "Organization") == ["鑫瑞达", "禾丰源"]


def test_enterprises_listed_before_their_kind_without_a_count():
    found = orgs("会上重点听取鑫瑞达、禾丰源、绿野仙踪等涉农企业的意见。", "Organization")
    assert found == ["鑫瑞达", "禾丰源", "绿野仙踪"]


def test_kinds_of_business_listed_before_enterprises_are_none():
    assert orgs("组织民营企业、外资企业等各类企业参加。", "Organization") == []
    assert orgs("种植大户、合作社等涉农企业参加培训。", "Organization") == []
    # people listed before 企业人士 or 企业代表 are people, not enterprises
    assert orgs("商会会长王某、副会长李某某等企业人士走访贫困户。", "Organization") == []


def test_people_listed_before_entrepreneurs_are_no_enterprises():
    assert orgs("听取郑某某、王某某等企业家意见。", "Organization") == []


def test_a_society_named_again_without_its_region_is_the_same_society():
    text = TITLE + "澳门江西社团联会会长接待来访客人。会长介绍江西社团联会的发展情况。\n"
    names = [m.name for m in __import__("conftest").extraction_of(text).mentions if m.cls == "Association"]
    assert names == ["澳门江西社团联会", "澳门江西社团联会"]
    # named short before its full name is written, it is the same society all the same
    text = TITLE + "江西社团联会会长接待来访客人。据介绍，澳门江西社团联会成立于2001年。\n"
    names = [m.name for m in __import__("conftest").extraction_of(text).mentions if m.cls == "Association"]
    assert names == ["澳门江西社团联会", "澳门江西社团联会"]


def test_a_discipline_committee_that_sends_a_team():
    assert orgs("市纪委派驻市委统战部纪检组参加。", "GovernmentBody") == ["市纪委", "市委统战部"]
    assert orgs("上级委派的干部参加。", "GovernmentBody") == []


def test_a_party_committee_written_out_is_the_committee_usually_named():
    found = orgs("民盟绵阳市委员会召开全会。民盟绵阳市委会主委讲话。", "PoliticalParty")
    assert found == ["民盟绵阳市委会", "中国民主同盟", "民盟绵阳市委会", "中国民主同盟"]


def test_a_streets_federation_of_returned_overseas_chinese():
    assert orgs("连日来，涪城区城厢街道侨联走访慰问归侨侨眷。", "Association") == ["城厢街道侨联"]
    assert orgs("各乡镇侨联走访慰问归侨侨眷。", "Association") == []


def test_an_event_named_again_without_its_city_is_the_same_event():
    text = TITLE + "绵阳涪城统战文化周开幕。涪城统战文化周期间，举办展览12场。\n"
    names = [m.name for m in __import__("conftest").extraction_of(text).mentions if m.cls == "Initiative"]
    assert names == ["绵阳涪城统战文化周", "绵阳涪城统战文化周"]


def test_troupes_venues_and_parks_by_their_heads():
    found = orgs("江油市川剧团在涪城体育中心演出，游客走进罗浮山湿地公园。", "Organization")
    assert found == ["江油市川剧团", "涪城体育中心", "罗浮山湿地公园"]


def test_a_kind_of_venue_without_a_proper_word_names_none():
    assert orgs("建成党员活动中心，走进社区和牧区学校。", "Organization") == []


def test_hospitals_by_number_and_by_kind():
    found = orgs("专家走进三台县第二人民医院和盐亭县中医院义诊。", "Organization")
    assert found == ["三台县第二人民医院", "盐亭县中医院"]


def test_a_parks_committee_is_named_whole_and_a_zones_committee_governs():
    assert orgs("绵阳高新区管委会组织培训。", "GovernmentBody") == ["绵阳高新区管委会"]
    assert orgs("罗浮山公园管委会组织培训。", "Organization") == ["罗浮山公园管委会"]


def test_a_venue_before_a_project_is_the_project():
    assert orgs("引进总投资5亿元的涪城陶瓷文化创意园项目。", "Organization") == []


def test_peoples_organisations_at_a_level():
    assert orgs("市妇联、县科协和区残联联合开展活动。", "Association") == ["市妇联", "县科协", "区残联"]
    assert orgs("市社科联主席某某出席会议。", "Association") == ["市社科联"]  # the federation of social sciences


def test_the_work_committee_of_provincial_organs_and_its_department():
    found = orgs("省直工委统战部、市直机关工委获优秀组织奖。", "GovernmentBody")
    assert found == ["省直工委统战部", "市直机关工委"]


def test_a_towns_government_and_party_committee():
    found = orgs("三台县芦溪镇人民政府获评先进集体，芦溪镇党委书记出席。", "GovernmentBody")
    assert found == ["芦溪镇人民政府", "芦溪镇党委"]
    # a town whose name opens on a verb (靠|山镇) is read as a town by the body that follows it
    assert orgs("捐赠仪式上，靠山镇人民政府副镇长致辞。", "GovernmentBody") == ["靠山镇人民政府"]


def test_a_county_whose_name_ends_with_its_level_written_again():
    assert orgs("容县县委书记出席并致辞。", "GovernmentBody") == ["容县县委"]


def test_the_general_chamber_is_the_federation_by_its_other_name():
    assert orgs("市工商联主席、总商会会长出席。", "Association") == ["市工商联", "工商联"]
    assert "香港中华总商会" in orgs("香港中华总商会会长来访。", "Association")


def test_a_kind_of_body_at_a_grade_or_counted_names_none():
    assert orgs("涪城驿站被列为省级示范性实践创新基地。", "Organization") == []
    assert orgs("与8所华文学校结对，走访江油市学校。", "Organization") == []


def test_a_clause_of_verbs_before_a_base_names_none():
    assert orgs("运用贤资做大做强乡贤基地。", "Organization") == []


def test_a_convention_of_a_places_people_is_no_peoples_congress():
    assert orgs("举办首届世界绵阳人大会。", "GovernmentBody") == []
    assert orgs("市人大会议审议通过。", "GovernmentBody") == ["市人大"]


def test_a_policy_named_later_by_a_short_form_is_the_same_policy():
    text = TITLE + "贯彻《中国共产党统一战线工作条例》。开展《统战工作条例》落实“回头看”，推动《条例》落地。\n"
    policies = [m.name for m in __import__("conftest").extraction_of(text).mentions if m.cls == "Policy"]
    assert policies == ["中国共产党统一战线工作条例"] * 3


def test_health_institutions_by_their_heads():
    found = orgs("江油市中心血站、涪城区疾控中心和双碑社区卫生服务中心开展义诊。", "Organization")
    assert found == ["江油市中心血站", "涪城区疾控中心", "双碑社区卫生服务中心"]
    assert orgs("新建卫生服务中心两所。", "Organization") == []


def test_a_word_that_is_a_kind_of_place_is_no_name_but_a_proper_word_is():
    assert orgs("涪城区民族团结进步教育基地揭牌，建成返乡创业示范园区。", "Organization") == []
    assert orgs("游览灵隐寺后座谈。", "Organization") == ["灵隐寺"]


def test_courts_procuratorates_and_customs():
    found = orgs("涪城区人民法院、绵阳市人民检察院和绵阳海关参加。", "GovernmentBody")
    assert found == ["涪城区人民法院", "绵阳市人民检察院", "绵阳海关"]


def test_a_party_base_committee_of_a_citys_organs():
    assert "民盟绵阳市直基层委" in orgs("民盟绵阳市直基层委开展活动。", "PoliticalParty")


def test_youth_is_a_word_of_an_associations_name():
    assert orgs("绵阳市青年企业家协会成立。", "Association") == ["绵阳市青年企业家协会"]


def test_an_associations_aim_of_development_is_part_of_its_name():
    assert orgs("拜访了海峡两岸关系发展促进会等团体。", "Association") == ["海峡两岸关系发展促进会"]
    assert orgs("计划新发展新联会会员五十名。", "Association") == ["新联会"]


def test_a_gathering_for_an_occasion_is_no_association():
    assert orgs("举办绵阳市统一战线迎新春联谊会。", "Association") == []
    assert orgs("绵阳市侨界联谊会成立。", "Association") == ["绵阳市侨界联谊会"]


def test_newspapers_by_their_kind():
    assert orgs("川南商报、巴蜀都市报报道。", "Organization") == ["川南商报", "巴蜀都市报"]


def test_a_city_abroad_before_a_hometown_association():
    assert orgs("加拿大温哥华绵阳同乡会访问。", "Association") == ["加拿大温哥华绵阳同乡会"]


def test_a_federation_of_halls_is_one_association():
    assert orgs("新加坡宗乡会馆联合总会会长来访。", "Association") == ["新加坡宗乡会馆联合总会"]
    assert orgs("建设民族团结公园。", "Organization") == []


def test_the_term_of_a_body_and_a_title_before_it_are_no_part_of_its_name():
    assert orgs("县人大常委会副主任、新一任知联会会长作表态发言。", "Association") == ["知联会"]


def test_the_united_front_department_of_a_zone():
    found = orgs("绵阳经济开发区统战群团部、高新区党群工作部参加。", "GovernmentBody")
    assert found == ["绵阳经济开发区统战群团部", "高新区党群工作部"]


def test_a_title_every_such_place_may_earn_names_none():
    assert orgs("该纪念馆是全国爱国主义教育示范基地。", "Organization") == []


def test_a_note_in_brackets_inside_a_companys_legal_name():
    found = orgs("四川剑南春（集团）有限责任公司捐款。", "Organization")
    assert found == ["四川剑南春（集团）有限责任公司"]


def test_a_mainland_regions_general_chamber_is_its_federation():
    found = orgs("绵阳市总商会、香港总商会、新加坡总商会参加。", "Association")
    assert found == ["绵阳市工商联", "香港总商会", "新加坡总商会"]
    assert orgs("省市县三级统战部联动。", "GovernmentBody") == []


def test_the_offices_a_department_lists_as_its_own():
    found = orgs("市民宗局内设5个科室，分别为：办公室、政策法规科、民族工作科、宗教事务科、督查室。", "GovernmentBody")
    assert found[-5:] == ["办公室", "政策法规科", "民族工作科", "宗教事务科", "督查室"]


def test_the_public_institutions_under_a_department_are_organisations():
    found = orgs("所属事业单位2个，分别为：县民族宗教服务中心、县少数民族语文研究所。", "Organization")
    assert found == ["县民族宗教服务中心", "县少数民族语文研究所"]


def test_a_list_that_is_no_list_of_offices_names_none():
    assert orgs("下设部门包括：加强学习、改进作风。", "GovernmentBody") == []


def test_a_prefecture_committee_and_a_committee_research_office():
    assert "阿勒泰地委" in orgs("阿勒泰地委召开会议，省委政研室参加。", "GovernmentBody")
    assert "甘肃党委政研室" in orgs("甘肃党委政研室专职副书记到村调研。", "GovernmentBody")


def test_the_office_of_a_leading_group_named_after_its_task():
    assert "市新农村建设领导小组办公室" in orgs("市工商联与市新农村建设领导小组办公室共同发起活动。", "GovernmentBody")


def test_a_national_bodys_office_and_a_stray_space_inside_its_name():
    assert orgs("近日，中国侨联办公厅印发通知。", "GovernmentBody") == ["中国侨联办公厅"]
    assert orgs("该会被全 国工商联评为先进集体。", "Association") == ["全国工商联"]


def test_a_measure_word_of_a_count_is_no_part_of_a_name():
    assert orgs("组织12名县工商联执委参加培训。", "Association") == ["县工商联"]


def test_the_new_social_strata_keep_their_particle():
    assert orgs("江北区新的社会阶层人士联谊会召开会员大会。", "Association") == ["江北区新的社会阶层人士联谊会"]


def test_a_provincial_vocational_education_society_and_a_drivers_club():
    assert "浙江中华职教社" in orgs("浙江中华职教社举办培训。", "Association")
    assert "港澳自驾车友会" in orgs("港澳自驾车友会会员到村慰问。", "Association")


def test_the_bodies_of_several_levels_listed_name_none():
    assert orgs("组织委员参加区、市、县政协举办的培训。", "GovernmentBody") == []


def test_a_partys_branch_of_the_members_in_bodies_under_a_level():
    assert "民盟市直支部" in orgs("民盟市直支部开展义诊活动。", "PoliticalParty")
    assert "九三学社遵义市直第一支社" in orgs("九三学社遵义市直第一支社召开会议。", "PoliticalParty")


def test_the_cpc_prefix_of_a_committee_named_by_a_short_region_and_its_level():
    assert "中国共产党" not in orgs("中共宁夏区党委作出部署。", "PoliticalParty")


def test_an_organs_party_committee_in_a_list_of_offices():
    found = orgs("市委统战部内设机构分别为：办公室、干部科、机关党委、宗教工作科。", "GovernmentBody")
    assert found[-2:] == ["机关党委", "宗教工作科"]


def test_offices_listed_before_their_kind():
    found = orgs("县委统战部内设办公室、经济科、民族宗教股等3个股室。", "GovernmentBody")
    assert found[-3:] == ["办公室", "经济科", "民族宗教股"]
    assert orgs("下设青年、妇女、老年等3个工作组。", "GovernmentBody") == []


def test_a_chamber_named_later_by_its_abbreviation_is_the_same_body():
    found = orgs("珠海澳门建造建材发展商会到村慰问。珠海澳建发展商会理事长表示感谢。", "Association")
    assert found == ["珠海澳门建造建材发展商会", "珠海澳门建造建材发展商会"]
    assert orgs("珠海青年企业家商会和珠海青年商会联合举办。", "Association") == ["珠海青年企业家商会", "珠海青年商会"]


def test_an_autonomous_regions_committee_by_its_short_name_and_level():
    assert orgs("中共广西区党委作出部署。", "GovernmentBody") == ["广西壮族自治区党委"]
    assert orgs("容县县委召开会议。", "GovernmentBody") == ["容县县委"]


# ------------------------------------------------------------------ a party's committees named short in its own texts

def party_units(text: str) -> list[tuple[str, str | None]]:
    mentions = __import__("conftest").extraction_of(text).mentions
    return [(m.surface, m.name) for m in mentions
            if m.cls == "PoliticalParty" and (m.code is None or m.name.endswith("中央"))]


def test_a_party_writes_its_committees_after_one_character_of_its_name():
    found = party_units("九三学社某市委员会2021年工作总结\n九三学社坚持自身建设。全年向社中央、社省委报送信息12篇，"
                        "社市委组织社员开展调研，社绵阳市委表彰先进。")
    names = [name for _, name in found]
    assert "九三学社中央" in names and "九三学社省委" in names and "九三学社市委" in names
    assert "九三学社绵阳市委" in names


def test_one_character_forms_need_the_party_in_the_text():
    found = party_units(TITLE + "社会组织积极参与，联盟市委宣讲，各盟市委统战部负责人参加，报社中央厨房开放。")
    assert found == []


def test_a_bare_committee_is_the_one_party_of_the_text():
    found = party_units("中国致公党某市委员会大事记\n致公党积极履职。市委会举行座谈会，根据省委会安排开展学习。")
    assert ("市委会", "致公党市委会") in found and ("省委会", "致公党省委会") in found


def test_a_bare_committee_after_a_place_is_that_places_committee():
    found = party_units("民盟某市委员会大事记\n民盟绵阳市委会和广元市委会结成对子。")
    assert ("广元市委会", "民盟广元市委会") in found and all(name != "民盟市委会" for _, name in found)


def test_a_bare_committee_is_nobody_when_the_text_names_several_parties():
    found = party_units(TITLE + "民革、民建积极参与。市委会举行座谈会，市委会议研究部署，各民主党派市委会参加。")
    assert all(surface != "市委会" for surface, _ in found)


def test_a_committee_word_of_the_communist_party_is_no_democratic_party_committee():
    found = party_units("民盟2021年工作总结\n民盟开展调研。市委会同市政府召开会议，市委会议听取汇报。")
    assert all(surface not in ("市委会", "市委") for surface, _ in found)


def test_a_working_committee_belongs_to_its_committee():
    mentions = __import__("conftest").extraction_of(
        TITLE + "民盟市委社会服务工作委员会开展义诊，社省委科技专委会召开会议。").mentions
    working = [(m.surface, m.parent_name) for m in mentions if m.cls == "PoliticalParty" and m.surface.endswith("委员会")]
    assert working == [("民盟市委社会服务工作委员会", "民盟市委")]
    # …one named by its field alone, after a committee or after the party's organisation of the city by its level
    mentions = __import__("conftest").extraction_of(
        TITLE + "民建四川省委科技委员会组织调研，市民革教育工作委员会向某校捐赠图书。").mentions
    working = [(m.surface, m.parent_name) for m in mentions if m.cls == "PoliticalParty" and m.surface.endswith("委员会")]
    assert working == [("民建四川省委科技委员会", "民建四川省委"), ("市民革教育工作委员会", "市民革")]
    # …and a party's committee of a province for a field, written without 委 (某党某省科技委员会)
    assert orgs("致公党江西省科技委员会赴某县调研。", "PoliticalParty")[0] == "致公党江西省科技委员会"
    # not a committee's term and its standing or supervisory committee
    assert "民盟遵义市第二届委员会常务委员会" not in orgs("民盟遵义市第二届委员会常务委员会召开。", "PoliticalParty")


def test_a_committee_in_a_persons_office_names_no_committee():
    found = party_units("九三学社2021年工作总结\n九三学社开展调研。市委会委员、副主委某某出席，社市委委员参加。")
    assert all(surface not in ("市委会", "社市委") for surface, _ in found)


def test_a_short_committee_takes_the_name_the_text_gives_it_in_full():
    found = party_units(TITLE + "九三学社绵阳市委会召开全会。社市委组织社员调研，九三学社市委表彰先进。")
    assert ("社市委", "九三学社市委会") in found and ("九三学社市委", "九三学社市委会") in found


def test_a_restaurant_and_an_office_for_foreign_and_overseas_chinese_affairs():
    assert "金龙轩酒楼" in orgs("某某同乡会在金龙轩酒楼举办会庆。", "Organization")
    assert orgs("绵阳市外侨办主任、绵阳市外事侨务局副局长出席。", "GovernmentBody") == ["绵阳市外侨办", "绵阳市外事侨务局"]
    assert orgs("梓潼县侨务外事办主任、游仙区外事办副主任出席。", "GovernmentBody") == ["梓潼县侨务外事办", "游仙区外事办"]


def test_a_general_association_president_is_a_title():
    assert orgs("这次容县同乡总会在郑焕文总会长的牵头下开展联谊。", "Association") == ["容县同乡总会"]
    assert "海淀区商会" in orgs("海淀区商会长期坚持帮扶。", "Association")  # 长期 is another word


def test_a_person_before_a_cities_body_is_no_item_of_a_shared_head():
    assert orgs("人大主任何振邦、阿克苏市侨联主席出席。", "Association") == ["阿克苏市侨联"]
    assert orgs("环江、容县商会出席。", "Association") == ["环江商会", "容县商会"]  # places listed before one head
    assert orgs("协会分会干事龚永年、柘林商会全体理事参加会议。", "Association") == ["柘林商会"]


def test_a_city_abroad_opens_an_association_named_after_a_hometown():
    assert orgs("悉尼容县同乡会捐赠图书。", "Association") == ["悉尼容县同乡会"]
    assert orgs("多伦多海淀区同乡会成立。", "Association") == ["多伦多海淀区同乡会"]


def test_a_country_and_a_hometown_in_brackets_open_an_association():
    found = orgs("菲律宾（玉林）容县北流总会等社团获表彰。", "Association")
    assert found == ["菲律宾（玉林）容县北流总会"]


def test_the_words_after_a_count_of_people_name_no_school():
    assert orgs("资助全市120多名困难学子圆梦大学。", "Organization") == []


def test_the_states_administrations_are_national_bodies():
    found = orgs("国家统计局和国家税务总局联合发文，国家有关部委、国家级基地参加。", "GovernmentBody")
    assert found == ["国家统计局", "国家税务总局"]


def test_a_department_of_a_national_office_and_the_office():
    mentions = [m for m in __import__("conftest").extraction_of(TITLE + "中联办联络部副部长出席。").mentions
                if m.cls == "GovernmentBody"]
    # the office itself is no mention where the report names it only in its department's name
    assert [(m.name, m.parent_name, m.code) for m in mentions] == [("中联办联络部", "中联办", "CN")]
    found = orgs("中联办联络部副部长出席。中联办领导讲话。", "GovernmentBody")
    assert found == ["中联办联络部", "中联办", "中联办"]
    assert orgs("中联办领导到部调研。", "GovernmentBody") == ["中联办"]  # a clause, not a department


def test_a_committees_talent_office_and_a_science_and_economy_commission():
    assert orgs("联合市委人才办开展座谈，海淀区科经委副主任出席。", "GovernmentBody") == ["市委人才办", "海淀区科经委"]


def test_places_of_worship_listed_before_their_kind():
    assert orgs("对紫云宫、慈悲院等场所开展检查。", "Organization") == ["紫云宫", "慈悲院"]
    assert orgs("对寺院、宫观等宗教活动场所开展检查。", "Organization") == []  # kinds of places


def test_a_research_institute_named_after_its_field_of_development():
    assert orgs("海淀区城市发展研究院院长出席。", "Organization") == ["海淀区城市发展研究院"]
    assert orgs("推动经济发展研究院建设。", "Organization") == []


def test_a_joint_conference_of_a_city_is_a_body():
    assert orgs("绵阳市民营经济发展联席会议在涪城区召开。", "GovernmentBody") == ["绵阳市民营经济发展联席会议"]
    assert orgs("建立统战工作联席会议制度。", "GovernmentBody") == []


def test_a_new_strata_federation_and_its_short_name_are_one_association():
    from conftest import knowledge_of
    kb = knowledge_of("2020年海淀区统一战线工作综述\n4月，海淀区新的社会阶层人士联合会成立。区新联会开展助农直播活动。\n")
    labels = sorted(e.label for e in kb.entities.values() if e.cls == "Association")
    assert labels == ["海淀区新的社会阶层人士联合会"]


def test_a_zones_body_with_the_zones_other_name_in_brackets():
    found = orgs("绵阳经济技术开发区（科创商务区）统战群团部负责人参加会议。", "GovernmentBody")
    assert found == ["绵阳经济技术开发区（科创商务区）统战群团部"]


def test_a_centre_under_a_national_body():
    found = orgs("据中央统战部某某事业指导中心副主任介绍。", "GovernmentBody")
    assert found == ["中央统战部某某事业指导中心"]
    assert orgs("中央统战部在中心城区召开会议。", "GovernmentBody") == ["中央统战部"]


def test_a_party_committee_of_a_city_named_without_its_level():
    assert orgs("九三学社容县委员会完成换届。", "PoliticalParty") == ["九三学社容县委会", "九三学社"]
    assert orgs("九三学社涪城委员会完成换届。", "PoliticalParty") == ["九三学社涪城区委会", "九三学社"]  # its level
    assert orgs("九三学社涪城委员会完成换届。", "GovernmentBody") == []


def test_counted_departments_are_no_one_department():
    assert orgs("市委统战部与8个市直局、3个县民政局共建基地。", "GovernmentBody") == ["市委统战部"]


def test_a_head_word_alone_is_the_one_body_named_before_with_it():
    from conftest import knowledge_of
    kb = knowledge_of("2022年容县统一战线工作综述\n容县侨商会举办年会。侨商会成立以来帮扶学子。\n")
    assert sorted(e.label for e in kb.entities.values() if e.cls == "Association") == ["容县侨商会"]
    kb = knowledge_of("2022年容县统一战线工作综述\n容县侨商会、北流侨商会举办年会。侨商会成立以来帮扶学子。\n")
    # which of two, the text says not: neither takes the bare head (侨商会 alone names a kind)
    assert sorted(e.label for e in kb.entities.values() if e.cls == "Association") == ["北流侨商会", "容县侨商会"]


def test_a_charity_hall_named_by_the_characters_its_clause_opens_with():
    assert orgs("政协常委、博济善堂董事会主席出席。", "Organization") == ["博济善堂"]
    assert orgs("积德行善堂而皇之。", "Organization") == []


def test_a_brand_before_industry_is_a_company():
    assert orgs("参观了金丰实业乡村振兴项目。", "Organization") == ["金丰实业"]
    assert orgs("鼓励兴办实业。", "Organization") == []


def test_an_organisations_head_before_a_forum_is_a_word_of_the_forums_name():
    assert orgs("举办海淀归侨智库论坛。", "Organization") == []
    assert orgs("海淀归侨智库成立。", "Organization") == ["海淀归侨智库"]


def test_a_partys_short_form_inside_other_words_names_no_party():
    assert orgs("医生为村民进行体检，帮助居民建房，民进党当局。", "PoliticalParty") == []
    assert orgs("民进容县支部、民盟中央开展活动。", "PoliticalParty") == [
        "民进容县支部", "中国民主促进会", "民盟中央", "中国民主同盟"]


def test_a_party_committee_of_a_place_no_gazetteer_holds():
    assert orgs("1947年，中共皖北区党委组织群众。", "GovernmentBody") == ["中共皖北区党委"]
    assert orgs("1947年，中共皖北区党委组织群众。", "PoliticalParty") == []
    assert orgs("中共党员、中共宜宾市委。", "GovernmentBody") == ["宜宾市委"]


def test_the_bodies_a_federation_owns_are_no_body_named_by_owning():
    assert mentions_of("区工商联共有会员企业1860家，所属商会26个，直属商会3个。", "Association") == ["区工商联"]


def test_a_government_service_centre_of_a_city():
    assert orgs("绵阳市政务服务中心开设代办窗口，市政务中心全程服务。", "GovernmentBody") == ["绵阳市政务服务中心", "市政务中心"]


def test_a_memorial_named_after_a_person_is_one_word_and_nationwide():
    from conftest import extraction_of

    mentions = [m for m in extraction_of(TITLE + "一行人参观了鲁迅纪念馆，接受教育。").mentions if m.cls == "Organization"]
    assert [(m.name, m.code) for m in mentions] == [("鲁迅纪念馆", "CN")]
    assert orgs("参观了军事博物馆。", "Organization") == []


def test_a_company_with_its_city_in_brackets_and_its_branch():
    from conftest import extraction_of

    text = TITLE + "华光电子(绵阳)有限公司江油分公司总经理出席。"
    mentions = [m for m in extraction_of(text).mentions if m.cls == "Organization"]
    assert [(m.name, m.parent_name) for m in mentions] == [
        ("华光电子(绵阳)有限公司江油分公司", "华光电子(绵阳)有限公司"), ("华光电子(绵阳)有限公司", None)]


def test_bodies_inside_and_outside_a_place_or_of_both_places_are_no_one_body():
    assert orgs("组织省内外商会参加，海内外商会代表到会。", "Association") == []
    assert orgs("增进了两地工商联之间的了解。", "Association") == ["工商联"]  # the report's own among the two


def test_overseas_chinese_chambers_as_a_kind_are_no_one_body():
    assert orgs("与侨社团、侨商会、同乡会建立联系。", "Association") == []


def test_a_bureau_named_right_after_its_department_is_one_body():
    found = orgs("由四川省民政厅社会组织管理局审核批准。", "GovernmentBody")
    assert found == ["四川省民政厅社会组织管理局"]
    assert orgs("省民政厅局长出席会议。", "GovernmentBody") == ["省民政厅"]


def test_a_programme_named_again_without_its_party_is_the_one_named_before():
    text = "开展“民盟青年读书月”专题学习。各支部积极参与民盟“青年读书月”活动。"
    assert orgs(text, "Initiative") == ["民盟青年读书月", "民盟青年读书月"]
    assert orgs("各支部积极参与民盟“青年读书月”活动。", "Initiative") == ["青年读书月"]


def test_a_named_fund_is_an_organisation_quoted_or_set_up_but_a_counted_one_or_a_scholarship_is_not():
    # the opened gold gives a named fund the class of a body that holds money 14 times, a programme once
    assert orgs("善款全部捐给四川同心爱心基金，用于灾区建设。", "Organization") == ["四川同心爱心基金"]
    assert orgs("各联谊组织成立公益慈善基金56个，筹措资金。", "Organization") == []
    assert orgs("盟员以特殊党费成立“同心·助学基金”，全体参与。", "Organization") == ["同心·助学基金"]
    assert orgs("某侨联随后成立了「某市侨界仁心帮扶基金」，筹得善款。", "Organization") == ["某市侨界仁心帮扶基金"]
    assert orgs("商会设立曾宪梓助学金，资助学生。", "Initiative") == ["曾宪梓助学金"]


def test_a_party_working_committee_of_a_province_and_its_preparatory_committee():
    found = orgs("1983年，中国民主促进会四川省工作委员会筹备委员会在成都成立。", "PoliticalParty")
    assert found[0] == "中国民主促进会四川省工作委员会筹备委员会"
    assert orgs("中国民主促进会四川省工作委员会成立。", "PoliticalParty")[0] == "中国民主促进会四川省工作委员会"


def test_a_shorter_title_without_a_committee_s_name_is_another_body_s_report():
    text = "听取了《民建市委参政议政工作委员会2023年度工作报告》，审议通过了《民建市委2023年度工作报告》。"
    assert orgs(text, "Policy") == ["民建市委参政议政工作委员会2023年度工作报告", "民建市委2023年度工作报告"]
    assert orgs("学习《中国共产党统一战线工作条例》。贯彻《统战工作条例》。", "Policy") == [
        "中国共产党统一战线工作条例", "中国共产党统一战线工作条例"]


def test_a_partys_committee_in_a_university_named_short():
    from conftest import mentions_of

    found = mentions_of("2023年川大统战工作总结\n民盟川大委员会、农工党川大支委会积极建言献策。\n", "PoliticalParty")
    assert "民盟川大委员会" in found and "农工党川大支委会" in found


def test_the_branches_a_party_committees_own_text_lists_without_the_party_are_its_branches():
    from conftest import knowledge_of

    text = ("民建湘西州委会2023年工作总结\n一年来，综合二支部、桃源支部等4个基层组织获评优秀，党支部书记参加培训。\n")
    kb = knowledge_of(text)
    names = {key: entity.label for key, entity in kb.entities.items()}
    branches = sorted((names[l.subject], names[l.object]) for l in kb.links if l.predicate == "subOrganizationOf"
                      and names[l.subject].endswith("支部"))
    assert branches == [("桃源支部", "民建湘西州委会"), ("综合二支部", "民建湘西州委会")]


def test_a_communist_party_branch_in_a_committees_own_text_is_not_its_branch():
    from conftest import mentions_of

    text = "民建湘西州委会2023年工作总结\n一年来，桃源支部、社区党支部结对共建，获评先进。\n"
    assert [m for m in mentions_of(text, "PoliticalParty") if m.endswith("支部")] == ["桃源支部"]


def test_a_provinces_office_named_by_its_several_affairs():
    assert orgs("四川省外事侨务港澳事务办公室举行新春招待会，省侨联负责同志出席。", "GovernmentBody") == [
        "四川省外事侨务港澳事务办公室"]


def test_a_verb_of_honour_jieba_takes_for_a_name_is_no_part_of_an_association():
    assert orgs("大会举行了表彰仪式，荣获商会先进工作者等9个奖项的获奖代表上台领奖。", "Association") == []


def test_villages_and_communities_before_a_quoted_programme_are_no_sponsors():
    assert orgs("联点涪城区青义镇龙门村与游仙区小枧社区的“同心家园”建设工作颇有成效。", "Organization") == []


def test_a_governments_office_for_overseas_chinese_affairs_named_with_the_government():
    assert orgs("绵阳市人民政府外事侨务办公室主办本次活动，市政府侨务办公室协办。", "GovernmentBody") == [
        "绵阳市人民政府外事侨务办公室", "市政府侨务办公室"]


def test_a_party_committee_of_an_autonomous_region_by_its_short_name():
    assert orgs("经民革宁夏区委批复，九三学社西藏区委会主委出席。", "PoliticalParty") == [
        "民革宁夏区委", "中国国民党革命委员会", "九三学社西藏区委会", "九三学社"]
    assert orgs("经民革宁夏区委批复。", "GovernmentBody") == []


def test_a_places_party_organisation_by_the_places_and_the_partys_short_names():
    text = "2024年，涪城民建在民建市委会的领导下开展工作。"
    assert orgs(text, "PoliticalParty")[:2] == ["涪城民建", "中国民主建国会"]
    assert orgs("居民建房得到保障，全市民建会员积极参与。", "PoliticalParty") == ["中国民主建国会"]
    assert orgs("中国民盟章程规定，登录四川民进网。", "PoliticalParty") == ["中国民主同盟", "中国民主促进会"]


def test_a_places_party_organisation_is_its_committee_that_the_report_names():
    text = "民建涪城区委会召开全会。会议指出，一年来涪城民建扎实推进自身建设。"
    assert orgs(text, "PoliticalParty") == ["民建涪城区委会", "中国民主建国会", "民建涪城区委会", "中国民主建国会"]


def test_outlets_a_report_counts_its_pieces_in():
    text = ("被《中国统一战线》采用稿件4条、四川政府网2条、绵阳政协报1条、《当代四川》6条，"
            "在《华夏经纬网》发表稿件6条。认真学习《中国共产党统一战线工作条例》。")
    assert orgs(text, "Organization") == ["中国统一战线", "四川政府网", "绵阳政协报", "当代四川", "华夏经纬网"]
    assert orgs(text, "GovernmentBody") == []


def test_a_trades_chamber_named_after_its_federation():
    assert orgs("副市长一行走访绵阳总商会商贸行业商会，绵阳市工商联餐饮商会成立。", "Association") == [
        "绵阳总商会商贸行业商会", "绵阳工商联", "绵阳市工商联餐饮商会", "绵阳市工商联"]
    assert orgs("绵阳市工商联指导商会建设。", "Association") == ["绵阳市工商联"]
    assert orgs("绵阳市工商联切实发挥商会平台功能。", "Association") == ["绵阳市工商联"]
    # a chamber named after a place is no trade's: the federation moves the city's chamber of that place's firms
    assert "绵阳市工商联发动市湖州商会" not in orgs("绵阳市工商联发动市湖州商会捐款。", "Association")
    assert "绵阳市工商联又称绵阳市总商会" not in orgs("绵阳市工商联又称绵阳市总商会。", "Association")
    # the federation's society of a cause (某某事业促进会), named with it as its chambers are
    assert orgs("成立了绵阳市工商联公益事业促进会，设立基金1000万元。", "Association")[0] == "绵阳市工商联公益事业促进会"


def test_one_association_under_two_names_joined_by_ji():
    assert orgs("张某是太平乡商会暨乡贤促进会会长。", "Association") == ["太平乡商会暨乡贤促进会"]
    assert orgs("秘鲁华侨联谊会暨商会发起捐款。", "Association") == ["秘鲁华侨联谊会暨商会"]  # 暨 a bare head


def test_a_description_a_building_or_a_former_office_is_no_part_of_an_associations_name():
    assert orgs("当前正处于“少壮时期”的同乡会将精力投入家乡建设。", "Association") == []
    assert orgs("调研商会“以商养商”筹建商会大厦集中办公等情况。", "Association") == []
    assert orgs("现任中华会馆主席颁发匾额。", "Association") == ["中华会馆"]
    assert orgs("“同心”专家服务团成立。", "Association") == ["同心专家服务团"]


def test_one_programme_written_out_and_shortened_in_one_report():
    text = ("市委统战部检查“百企帮百村”工作。检查组了解“百家民营企业帮扶百个贫困村”活动开展情况，"
            "肯定“百企帮扶百村”活动成效，推进“同心工程”和“同心工程学习宣传”。")
    assert orgs(text, "Initiative") == ["百企帮百村", "百企帮百村", "百企帮百村", "同心工程", "同心工程学习宣传"]


def test_a_committees_department_by_its_formal_name_with_the_province_before_the_city():
    text = "中共四川省宜宾市委统战部、中共云南省楚雄彝族自治州委统战部和中共湖南省委统战部联合主办。"
    assert orgs(text, "GovernmentBody") == ["四川省宜宾市委统战部", "云南省楚雄彝族自治州委统战部", "湖南省委统战部"]


def test_an_item_joined_by_a_conjunction_shares_no_head():
    text = "先后建成李某陵园与故居、张丙丁纪念馆、王某故居等红色文化统战教育基地。"
    assert "与故居纪念馆" not in orgs(text, "Organization")


def test_departments_whose_names_hold_a_verb_and_a_civilisation_office():
    assert orgs("温州市投资促进局副局长、省文明办主任出席。", "GovernmentBody") == ["温州市投资促进局", "省文明办"]


def test_a_committees_united_front_group_named_without_its_work():
    assert orgs("县委统战领导小组2次研究统战工作。", "GovernmentBody") == ["县委统战领导小组"]


def test_a_journal_that_used_pieces_in_all_is_an_outlet():
    assert orgs("《涪城统战》共刊用会员“金点子”7个。", "Organization") == ["涪城统战"]


def test_our_countys_body_is_the_reports_own():
    assert orgs("目前，我县总商会共有会员1697名。", "Association") == ["县工商联"]


def test_a_verb_or_both_sides_before_a_head_are_no_part_of_its_name():
    assert orgs("会长在车上向会员介绍川渝同乡总会成立背景，推动双方工商联组织建设。", "Association") == [
        "川渝同乡总会", "工商联"]


def test_memorial_parks_folk_parks_and_farmsteads_are_organisations():
    assert orgs("组织会员参观淮海战役纪念园、阿勒泰民俗风情园和青山农庄。", "Organization") == [
        "淮海战役纪念园", "阿勒泰民俗风情园", "青山农庄"]


def test_a_partys_preparatory_committee_is_one_of_its_organs():
    found = orgs("1991年3月，农工党凯里市筹备委员会成立，有党员19人。", "PoliticalParty")
    assert found == ["农工党凯里市筹备委员会", "中国农工民主党"]


def test_a_village_or_communitys_association_and_the_societys_branches_named_alone():
    assert orgs("雷山县侨联丹江镇白岩村侨联小组主动作为。", "Association") == ["雷山县侨联", "白岩村侨联小组"]
    assert orgs("1993年5月，成立医药支社。1998年，将原有工商经济支社分为工商、金融2个支社。", "PoliticalParty") == [
        "医药支社", "工商经济支社"]
    # another party's old 支社委员会, its name given just before, is no branch of the society
    assert "丹寨县支社" not in orgs("中国民主促进会(以下简称民进)丹寨县支社委员会成立。", "PoliticalParty")


def test_a_villages_society_is_named_with_what_it_gathers_between():
    assert orgs("大坪村乡贤联谊会成立。", "Association") == ["大坪村乡贤联谊会"]
    # jieba cuts a rare character's name apart and the village's suffix off it (某|某|垟|村)
    assert orgs("在日前召开的石塅村乡贤联谊会换届会上，乡贤踊跃参加。", "Association") == ["石塅村乡贤联谊会"]


def test_a_federation_is_named_by_its_people_not_one_character_or_a_place():
    assert orgs("九龙东客家联会举行会董就职典礼。", "Association") == ["九龙东客家联会"]
    assert orgs("加强乡联会规范化建设，县侨联会员有120名。", "Association") == ["县侨联"]


def test_an_associations_branch_in_a_place_is_the_branch():
    assert orgs("成立区乡贤联谊会石桥分会、区知联会石桥分会。", "Association") == ["区乡贤联谊会石桥分会", "区知联会石桥分会"]
    assert orgs("市工商联在各地设立分会，省商会所属分会积极响应。", "Association") == ["市工商联", "省商会"]


def test_the_taiwan_offices_written_out():
    assert orgs("中共贵州省委台湾工作办公室、贵州省人民政府台湾事务办公室发来贺信。", "GovernmentBody") == [
        "贵州省委台湾工作办公室", "贵州省人民政府台湾事务办公室"]


def test_a_prefectures_administrative_office():
    assert orgs("截至目前，那曲地委、行署共召开5次表彰大会。", "GovernmentBody") == ["那曲地委", "行署"]
    assert orgs("那曲地区行政公署召开会议。", "GovernmentBody") == ["那曲地区行政公署"]


def test_a_partys_committee_of_one_term_and_its_members_congress_are_its_local_committee():
    found = orgs("会议选出了民盟凯里市第四届委员会，由民进凯里市第六届委员会副主委李某主持。", "PoliticalParty")
    assert found == ["民盟凯里市委会", "中国民主同盟", "民进凯里市委会", "中国民主促进会"]
    assert orgs("九三学社凯里市第二次社员代表大会在市政协召开。", "PoliticalParty") == ["九三学社凯里市委会", "九三学社"]


def test_a_taiwan_compatriots_and_relatives_association():
    assert orgs("1990年，成立了凯里市台胞台属联谊会。", "Association") == ["凯里市台胞台属联谊会"]


def test_a_citys_taiwan_affairs_bureau_and_foreign_affairs_office_by_short_names():
    assert orgs("市台务局牵头，市外办、县台办密切配合。", "GovernmentBody") == ["市台务局", "市外办", "县台办"]


def test_a_kind_of_base_and_a_kind_of_alliance_are_no_names():
    assert orgs("该组织带有政治联盟的性质，先后建成3处爱国主义教育基地。", "Association") == []
    assert orgs("该组织带有政治联盟的性质，先后建成3处爱国主义教育基地。", "Organization") == []


def test_a_list_of_enterprises_that_the_clause_before_runs_into():
    found = orgs("近期，县委统战部、县工商联组织沃嘉乐器、锦骅建筑、昇泰橡塑、鑫铖金属等十余家会员企业赴外地参展。",
                 "Organization")
    assert found == ["沃嘉乐器", "锦骅建筑", "昇泰橡塑", "鑫铖金属"]  # the list opens after the clause's verb
    traded = orgs("县工商联走访华泰集团、锦纶印染集团等企业。", "Organization")
    assert traded == ["华泰集团", "锦纶印染集团"]  # a verb of a company's trade opens no clause


def test_a_programme_head_inside_an_organisations_name_names_no_programme():
    text = "某某科技公司与四川工程职业学院共建实训基地。"
    assert orgs(text, "Organization") == ["四川工程职业学院"]
    assert orgs(text, "Initiative") == []


def test_a_partys_branch_written_place_first_or_as_a_general_branch():
    assert orgs("凯里民革总支召开全体党员大会。", "PoliticalParty") == ["民革凯里总支", "中国国民党革命委员会"]
    assert orgs("民革凯里市总支部召开会议。", "PoliticalParty") == ["民革凯里市总支部", "中国国民党革命委员会"]


def test_a_sub_districts_chamber_as_a_kind_is_no_association():
    assert orgs("全县23个乡镇、街道商会踊跃捐款。", "Association") == []


def test_the_society_of_a_places_people_the_world_over_keeps_its_world():
    assert orgs("世界黔东联谊总会定期组织乡亲回乡联谊。", "Association") == ["世界黔东联谊总会"]
    assert orgs("世界凯里联谊总会定期组织乡亲回乡联谊。", "Association") == ["世界凯里联谊总会"]


def test_an_association_shortened_without_a_declaration_is_that_association():
    text = "香港工程专业人士协会向凯里学校捐资助学。十年来，工专会累计捐款200万元。"
    found = mentions_of(TITLE + text, "Association")
    assert found.count("香港工程专业人士协会") == 2
    text = "德国华侨餐饮业协会会长出席。华侨会会员踊跃捐款。"
    assert mentions_of(TITLE + text, "Association").count("德国华侨餐饮业协会") == 1


def test_a_former_residence_and_an_experience_hall_are_organisations():
    assert orgs("参观团先后参观了陈独秀故居和王庄村民俗体验馆。", "Organization") == ["陈独秀故居", "王庄村民俗体验馆"]


def test_a_venue_named_after_a_leader_names_no_person():
    text = TITLE + "组织党员参观朱德同志故居。"
    assert mentions_of(text, "Organization") == ["朱德同志故居"] and mentions_of(text, "Person") == []


def test_a_committee_followed_by_hui_that_opens_another_word():
    assert orgs("由县民宗委会同财政局制定方案。", "GovernmentBody") == ["县民宗委"]
    assert orgs("民盟市委会召开全体会议。", "PoliticalParty")[0] == "民盟市委会"


def test_a_standing_committee_of_a_congress_named_with_its_term():
    assert orgs("6月5日在县九届人大常委会第十二次会议上作报告。", "GovernmentBody") == ["县人大常委会"]
    assert orgs("县七届人大三次会议期间，代表们审议报告。", "GovernmentBody") == []  # a session, no body named


def test_a_towns_office_is_its_government_and_a_clans_office_a_society():
    assert orgs("基金会向竹山镇公所捐赠物资。", "GovernmentBody") == ["竹山镇公所"]
    assert orgs("陈氏公所举行春宴，省农会代表出席。", "Association") == ["陈氏公所", "省农会"]


def test_a_place_in_brackets_inside_a_societys_name_and_a_place_named_like_a_verb():
    assert orgs("海峡两岸（福建）农业交流合作促进会捐款。", "Association") == ["海峡两岸（福建）农业交流合作促进会"]
    assert orgs("合作市工商联召开会议。", "Association") == ["合作市工商联"]


def test_a_partys_numbered_branch_of_a_place():
    assert orgs("民建涪城三支部、民盟涪城第二总支积极响应倡议。", "PoliticalParty") == [
        "民建涪城三支部", "中国民主建国会", "民盟涪城第二总支", "中国民主同盟"]
    assert orgs("民盟市委会三个支部参加。", "PoliticalParty") == ["民盟市委会", "中国民主同盟"]


def test_every_walk_of_life_of_a_place_is_a_word_of_an_associations_name():
    assert orgs("澳门各界青年联合会、福建各界助学促进会来访。", "Association") == [
        "澳门各界青年联合会", "福建各界助学促进会"]
    assert orgs("社会各界人士踊跃参与。", "Association") == []


def test_the_word_after_a_country_in_a_companys_name_is_its_brand_not_a_city():
    assert orgs("引进了美国沃尔玛公司、德国巴斯夫公司等外资企业。", "Region") == ["绵阳市", "美国", "德国"]
    assert orgs("阿联酋迪拜绵阳商会成立。", "Region") == ["绵阳市", "阿联酋", "迪拜"]  # a city abroad before a society


def test_the_items_of_a_list_that_repeat_a_bodys_head_are_bodies_of_its_kind():
    assert orgs("基层侨联中，江油侨联、金河侨联、白马侨联和石桥侨联先后成立。", "Association") == [
        "江油侨联", "金河侨联", "白马侨联", "石桥侨联"]
    assert orgs("县工商联和市侨联共同举办。", "Association") == ["县工商联", "市侨联"]


def test_a_banks_branch_starts_past_the_verb_of_the_body_that_brought_it():
    assert orgs("县委统战部对接浙商银行绵阳分行提供授信。", "Organization") == ["浙商银行绵阳分行"]


def test_the_state_councils_offices_by_their_shortest_names():
    assert orgs("国台办、国侨办有关负责人出席。", "GovernmentBody") == ["国务院台办", "国务院侨办"]


def test_the_partys_taiwan_office_and_the_national_federation_of_taiwan_investors_by_their_short_names():
    sentence = "中央台办、全国台企联和黄埔军校同学会负责人出席。"
    assert orgs(sentence, "GovernmentBody") == ["中央台办"]
    assert orgs(sentence, "Association") == ["全国台企联", "黄埔军校同学会"]


def test_a_verbal_noun_after_an_adverb_of_manner_is_the_clauses_verb_not_a_bodys_name():
    assert orgs("在全社会积极营造商会反哺家乡的浓厚氛围。", "Association") == []
    assert orgs("澳门营造商会来访。", "Association") == ["澳门营造商会"]


def test_a_verb_before_a_word_jieba_made_of_a_place_and_a_head_ends_the_name():
    assert orgs("每年有二十多名台湾学生到郑州大学就读。", "Organization") == ["郑州大学"]


def test_a_verb_a_generic_word_or_a_counts_measure_word_before_a_body_is_no_part_of_its_name():
    assert orgs("在乡村振兴中贡献商会智慧。", "Association") == []
    assert "内地工商联" not in orgs("推动内地工商联和港澳商会交流。", "Association")
    assert orgs("选派了8名工商联干部到村任职。", "Association") == ["工商联"]


@pytest.mark.parametrize("sentence, branches", [
    ("民进长沙市非公有制经济支部会员为11名学生送去文具。", ["民进长沙市非公有制经济支部"]),
    ("九三学社长沙市医卫支社开展义诊。", ["九三学社长沙市医卫支社"]),
    ("民盟长沙市积极组织支部开展活动。", []),  # a verb between the place and 支部: no branch's name
])
def test_a_branch_named_by_its_members_field_after_the_party_and_its_place(sentence, branches):
    assert [name for name in orgs(sentence, "PoliticalParty") if name.endswith(("支部", "支社"))] == branches


def test_a_districts_branch_after_its_city_written_short():
    assert "民盟长沙岳麓区基层委" in orgs("民盟长沙岳麓区基层委组织盟员开展义诊。", "PoliticalParty")


@pytest.mark.parametrize("sentence, committee", [
    ("县政协民宗委组织委员调研宗教场所。", "县政协民宗委"),
    ("省政协社会和法制委员会组织委员视察。", "省政协社会和法制委员会"),
    ("市政协提案委员会召开会议。", "市政协提案委员会"),
    ("区政协侨务联络组走访侨企。", "区政协侨务联络组"),  # a liaison group too
])
def test_a_cppccs_special_committee_is_named_with_it(sentence, committee):
    assert committee in orgs(sentence, "GovernmentBody")


def test_a_cppcc_member_or_a_clause_after_it_is_no_committee():
    assert orgs("市政协委员张某发言，市政协组织委员会同有关部门调研。", "GovernmentBody") == ["市政协"]
    # a person's offices listed after the CPPCC name none of its committees
    assert orgs("区委常委、区政协主席、政法委书记张某出席。", "GovernmentBody") == ["区委", "区政协"]
    assert orgs("省政协常委、民盟中央常委李某讲话。", "GovernmentBody") == ["省政协"]
    # nor does a list of bodies going on past one of its committees
    assert orgs("市人大民宗委、市政协港澳联络组、市委统战部派员出席。", "GovernmentBody")[:2] == ["市人大", "市政协港澳联络组"]


def test_a_cppcc_listed_with_a_party_committee_or_named_in_an_office_keeps_its_name():
    assert orgs("区政协、区委领导出席，区政协和区委负责同志参加。", "GovernmentBody")[:1] == ["区政协"]
    assert "市政协" in orgs("民建某市委会主委、市政协法制财金委主任王某作报告。", "GovernmentBody")


def test_a_partys_preparatory_group_is_named_with_its_committee():
    assert "民盟长沙市委筹备组" in orgs("民盟长沙市委筹备组召开会议。", "PoliticalParty")


@pytest.mark.parametrize("sentence", [
    "由一名副部长负责商会组建工作。",  # 负责 商会组建: the verb and its object
    "层层把关商会换届人选。",
    "推动镇街商会规范化建设。",  # the towns' and streets' chambers: a kind
])
def test_a_verb_taking_a_chamber_as_its_object_or_a_kind_of_place_names_no_chamber(sentence):
    assert orgs(sentence, "Association") == []


# ------------------------------------------------------------------ items of a list beside organisations found

def test_the_unknown_items_of_a_list_of_outlets_found_are_outlets_too():
    text = "人民日报、中央电视台、大公报、明报、信报、经济日报，星岛日报、中评社、香港商报、橙新闻等传媒代表出席。"
    assert {"大公报", "明报", "信报", "中评社", "橙新闻"} <= set(orgs(text, "Organization"))


def test_a_list_that_holds_a_place_a_person_or_a_kind_of_body_adds_nothing():
    places = "代表团参观了国家博物馆、中法大学、银川葡萄酒业有限公司、隆德县沙塘镇十八里村等地。"
    assert "隆德县沙塘镇十八里村" not in orgs(places, "Organization")
    people = "中法大学、国家博物馆、王晓明、新华书店等受到嘉奖。"
    assert "新华书店" not in orgs(people, "Organization")
    kinds = "人民日报、中央电视台、医院、学校等单位参加。"
    assert not {"医院", "学校"} & set(orgs(kinds, "Organization"))
    goods = "会员企业甲乙文旅有限公司、丙丁园林建设有限公司送来白菜、萝卜等蔬菜30吨。"
    assert "萝卜" not in orgs(goods, "Organization")
    branches = "九三学社株洲市委下设吉首大学、湖南工业大学两个基层组织及株钢、株机、荷塘等9个支社。"
    assert not {"株机", "荷塘"} & set(orgs(branches, "Organization"))  # a count and 及 end the list of names


def test_a_cppcc_committee_written_in_full_is_that_places_cppcc_not_the_cpc_committee():
    found = mentions_of(TITLE + "政协绵阳市委员会年鉴。中国人民政治协商会议绵阳市游仙区第六届委员会常委会举行。",
                        "GovernmentBody")
    assert found == ["绵阳市政协", "绵阳市游仙区政协"]


def test_a_peoples_congress_written_in_full_is_that_places_congress():
    found = mentions_of(TITLE + "绵阳市游仙区第九届人民代表大会第三次会议召开。绵阳市人民代表大会常务委员会组织视察。",
                        "GovernmentBody")
    assert found == ["绵阳市游仙区人大", "绵阳市人大常委会"]


def test_a_headquarters_and_a_sectors_party_committee_are_government_bodies():
    text = "近日，浙江援疆指挥部、县疫情防控指挥部组织慰问。市非公有制经济组织党委、县物流行业党委开展学习活动。\n"
    bodies = mentions_of("某县统战工作\n" + text, "GovernmentBody")
    assert {"浙江援疆指挥部", "县疫情防控指挥部", "市非公有制经济组织党委", "县物流行业党委"} <= set(bodies)


def test_the_party_is_not_read_from_its_congress_nor_from_characters_of_other_words():
    text = "某市统战工作\n在推动经济发展中共同奋斗。会议学习中共十九大精神和中共十七届六中全会文件。中共党员占30%。\n"
    assert mentions_of(text, "PoliticalParty") == ["中国共产党"]


def test_kinds_of_chambers_and_chambers_a_body_uses_are_not_named_chambers():
    text = ("某县统战工作\n县工商联积极协调，企业家们委托商会发放物资，利用在外商会开展招商，组建镇村商会8个，"
            "县域商会和海外商会共同参与，县温州商会积极响应。\n")
    assert mentions_of(text, "Association") == ["县工商联", "温州商会"]
    assert mentions_of("某县统战工作\n外埠商会、外地商会会员返乡投资。\n", "Association") == []


def test_a_development_zone_written_short_stays_whole_before_the_society_it_holds():
    text = "某市统战工作\n近日，绵阳市经开区慈善总会向灾区捐款5万元。\n"
    assert mentions_of(text, "Association") == ["绵阳市经开区慈善总会"]


def test_a_society_named_after_the_temple_or_university_it_belongs_to_is_one_body():
    text = "某市统战工作\n泉州开元寺慈善会向灾区捐款，暨南大学侨联和集美大学台联参加，暨南大学派员出席。\n"
    assert mentions_of(text, "Association") == ["泉州开元寺慈善会", "暨南大学侨联", "集美大学台联"]
    assert mentions_of(text, "Organization") == ["暨南大学"]
    # …but a company that joins (联合) its member units is no federation
    joined = "某市统战工作\n绿源茶业公司联合会员单位义卖。\n"
    assert (mentions_of(joined, "Association"), mentions_of(joined, "Organization")) == ([], ["绿源茶业公司"])


def test_a_brand_before_the_city_noted_in_brackets_is_no_name_of_its_own_but_the_legal_names_start():
    assert orgs("美的电器(芜湖)有限公司、奥克斯电器（宁波）有限公司向学校捐款。", "Organization") == [
        "美的电器(芜湖)有限公司", "奥克斯电器（宁波）有限公司"]


def test_a_school_named_after_a_place_elsewhere_is_one_school_of_the_county():
    text = "某县统战工作\n商会组织企业走进平遥县西城学校捐赠物资，并与太原市学校结对。\n"
    assert mentions_of(text, "Organization") == ["平遥县西城学校"]


def test_what_is_said_to_a_society_is_no_part_of_its_name():
    text = "某县统战工作\n乡长感谢联谊会长期支持，县长希望温州商会继续发挥作用。\n"
    assert mentions_of(text, "Association") == ["温州商会"]
    assert orgs("校长致辞，谢谢慈善会及各界人士的关心。", "Association") == []


def test_a_legal_name_whose_brand_jieba_spells_out_or_that_follows_的():
    # jieba knows neither brand: 琨|瑶, 玥|丰 come as single characters, the first not even as a noun
    assert orgs("琨瑶纸业有限公司向灾区捐款。", "Organization") == ["琨瑶纸业有限公司"]
    assert orgs("会长、玥丰茶业发展有限公司捐赠物资。", "Organization") == ["玥丰茶业发展有限公司"]
    assert orgs("经营茶叶的翠岭茶业有限公司捐赠物资。", "Organization") == ["翠岭茶业有限公司"]
    assert orgs("本公司和该有限公司捐款。", "Organization") == []  # a pronoun before the form names none


def test_a_temple_by_a_name_jieba_spells_out_and_not_by_a_pronoun():
    assert orgs("大愿寺倾心倾力，募集到一批物资。", "Organization") == ["大愿寺"]
    assert orgs("维西县大愿寺举办活动。", "Organization") == ["维西县大愿寺"]
    assert orgs("该寺捐款。", "Organization") == []


def test_a_persons_title_before_a_list_mark_shares_no_head_with_the_company_after():
    assert orgs("县人大代表、县工商联副会长、华宇集团总裁王某某出席。", "Organization") == ["华宇集团"]


def test_a_department_after_a_verb_starts_at_its_level():
    assert orgs("省委统战部协调省林业局。", "GovernmentBody") == ["省委统战部", "省林业局"]


def test_a_glory_society_by_its_short_name_and_not_inside_a_programmes_name():
    assert orgs("年内，市光彩会捐赠资金120万元。", "Association") == ["市光彩会"]
    assert orgs("开展“光彩会泽行”活动。", "Association") == []


def test_an_item_of_common_words_in_a_list_of_enterprises_is_read_past():
    assert orgs("组织华宇乐器、鑫盛建筑、合力食品等企业参加。", "Organization") == ["华宇乐器", "鑫盛建筑", "合力食品"]
    assert orgs("引导餐饮、物流等企业参加。", "Organization") == []


def test_a_federation_of_cooperatives_is_an_organisation():
    assert orgs("青山苗木合作联合社吸纳社员200户。", "Organization") == ["青山苗木合作联合社"]


def test_a_place_jieba_does_not_know_named_by_its_islets_or_flats_end_names_a_venue():
    assert orgs("出资500万元新建青菜洲文化馆。", "Organization") == ["青菜洲文化馆"]
    assert orgs("出资500万元新建文化体育馆。", "Organization") == []


def test_an_association_abroad_opens_with_its_country_past_a_city_jieba_spells_out():
    assert orgs("马来西亚诗巫兰广东会馆一行14人到访。", "Association") == ["马来西亚诗巫兰广东会馆"]
    assert orgs("组团赴马来西亚访问广东会馆。", "Association") == ["广东会馆"]  # a visit, no city between


def test_a_conjunction_jieba_glues_to_a_level_is_no_county():
    assert orgs("县政府和县侨联负责人出席。", "Association") == ["县侨联"]
    assert orgs("和县侨联召开会议。", "Association") == ["和县侨联"]  # the county, where nothing runs into it


def test_the_unit_of_a_bodys_officer_is_named_whatever_its_words():
    assert orgs("此次活动中，省商会会长单位好日子集团与州政府签订了协议。", "Organization") == ["好日子集团"]
    assert orgs("此次活动中，好日子集团与州政府签订了协议。", "Organization") == []  # common words alone name none


def test_an_officialese_verb_jieba_spells_out_begins_no_bodys_name():
    assert orgs("换届时选优配强商会班子。", "Association") == []
    assert orgs("培树商会典型，以点带面。", "Association") == []


def test_the_overseas_chinese_youth_association_by_its_short_name():
    assert orgs("县侨青会组织侨界青年开展交流活动。", "Association") == ["县侨青会"]


def test_the_taiwanese_investors_association_and_a_trade_guild_by_their_short_heads():
    assert orgs("厦门台协会长表示，将组织台商参访。", "Association") == ["厦门台协"]
    assert orgs("建有服装同业会、餐饮协会等行业组织。", "Association") == ["服装同业会", "餐饮协会"]


def test_the_inspection_and_policy_research_offices_of_a_committee_or_government():
    text = "市委督查室、市委政策研究室和区政府督查室联合督办党外人士建议。"
    assert orgs(text, "GovernmentBody") == ["市委督查室", "市委政策研究室", "区政府督查室"]


def test_a_person_and_what_the_person_does_are_no_name_before_a_societys_head():
    found = orgs("接着，郑某带领同乡会众侨领手捧捐款箱，走上街头募款。", "Association")
    assert not any(name.endswith("带领同乡会") for name in found)


def test_a_team_a_place_or_a_body_stations_somewhere():
    assert "泸州市驻叙永县新华村帮扶工作队" in orgs("三年来，泸州市驻叙永县新华村帮扶工作队共筹集资金300万元。",
                                                  "GovernmentBody")
    found = orgs("在县民政局驻光明社区工作组的协调下，27户结对。", "GovernmentBody")
    assert found == ["县民政局", "驻光明社区工作组"]  # a body's team is named on its own, and the body with it
    assert "驻村工作队" not in orgs("各驻村工作队送来慰问品。", "GovernmentBody")  # a kind of team


def test_an_embassy_named_short():
    assert orgs("中国驻英使馆参赞出席。", "GovernmentBody") == ["中国驻英使馆"]
    assert orgs("中国驻大阪总领馆总领事出席。", "GovernmentBody") == ["中国驻大阪总领馆"]


def test_a_legal_name_opens_with_its_province_past_a_countys_name_that_is_also_a_word():
    # 兴业 is a county of Guangxi and an ordinary word: the name opens with the province before it
    assert orgs("山西瑞丰兴业商贸有限公司捐款100万元。", "Organization") == ["山西瑞丰兴业商贸有限公司"]


def test_a_legal_name_does_not_run_back_over_the_place_it_is_in():
    assert orgs("其中，孝义市的金岩矿业股份有限公司捐款500万元。", "Organization") == ["金岩矿业股份有限公司"]


def test_what_is_done_with_a_body_named_right_after_is_no_part_of_its_name():
    assert orgs("会上，王建军汇报商会年度财务情况。", "Association") == []
    assert orgs("马家坪乡激发商会潜力，带动乡村发展。", "Association") == []
    assert orgs("学校颁发奖牌予同乡会。", "Association") == []


def test_a_democratic_partys_branch_named_after_the_hospital_or_school_its_members_work_in():
    honoured = "民建某某工委、长江医学院支部被评为优秀基层组织。"
    assert "长江医学院支部" in orgs(honoured, "PoliticalParty")
    assert "长江医学院" not in orgs(honoured, "Organization")
    assert "协和医院支部" in orgs("由农工党顺城总支、协和医院支部协办第三届健康节。", "PoliticalParty")


def test_a_hospitals_branch_whose_secretary_speaks_is_the_cpcs_and_no_democratic_partys():
    assert "第三人民医院支部" not in orgs("第三人民医院支部书记王某某出席会议。", "PoliticalParty")


@pytest.mark.parametrize("sentence, name", [
    ("新西兰华侨华人会向灾区捐款5万元。", "新西兰华侨华人会"),  # a society of the Chinese abroad
    ("青山村乡贤会组织乡贤捐资修路。", "青山村乡贤会"),  # a village's society of its worthies
])
def test_societies_of_the_chinese_abroad_and_of_a_places_worthies_by_their_heads(sentence, name):
    assert name in orgs(sentence, "Association")


@pytest.mark.parametrize("sentence", ["各地乡镇乡贤会陆续成立。", "各镇街商会陆续换届。"])
def test_a_society_at_every_township_is_a_kind_of_body_and_no_one_body(sentence):
    assert orgs(sentence, "Association") == []


@pytest.mark.parametrize("sentence, branch", [
    ("致公党侨界支部组织党员参加培训。", "致公党侨界支部"),  # a stratum's branch
    ("农工党医卫支部向敬老院捐赠物资。", "农工党医卫支部"),  # a field's branch
])
def test_a_partys_branch_named_by_its_members_field_without_a_place(sentence, branch):
    assert branch in orgs(sentence, "PoliticalParty")


def test_a_partys_grassroots_branches_are_a_kind_and_no_one_branch():
    assert orgs("民盟基层支部开展活动。", "PoliticalParty") == ["中国民主同盟"]


def test_a_branch_named_by_its_field_alone_is_the_reports_partys():
    text = "2023年容县统战工作\n民盟市委会举行会议。科技支部组织盟员开展义诊，教育支部开展送教下乡。\n"
    branches = [m.name for m in extraction_of(text).mentions if m.cls == "PoliticalParty" and m.name.endswith("支部")]
    assert sorted(branches) == ["教育支部", "科技支部"]


@pytest.mark.parametrize("sentence", [
    "村党支部书记张某出席。",  # the CPC's
    "学校团支部开展活动。",  # the Youth League's
    "全市共有14个省直支部。",  # counted: a kind
    "民盟积极组织各支部开展活动。",  # every branch
])
def test_no_democratic_partys_branch_where_the_branch_is_another_bodys_or_a_kind(sentence):
    assert not any(name.endswith(("支部", "总支")) for name in orgs(sentence, "PoliticalParty"))


def test_a_partys_organisation_of_the_reports_city_named_by_its_level_and_the_partys_short_name():
    assert "市民革" in orgs("这次义诊由市民革组织，社会服务部承办。", "PoliticalParty")
    assert "市民建" in orgs("会员某某出席市民建组织的座谈会。", "PoliticalParty")
    assert not any(name.startswith(("市", "全", "县")) for name in orgs("全市民盟盟员参加学习，县民进会员踊跃捐款。", "PoliticalParty"))


def test_a_partys_organisation_named_by_its_level_is_the_committee_of_that_level_the_report_names():
    text = "民建宝鸡市委2023年工作\n近日，民建宝鸡市委召开全会。统战部干部到市民建走访座谈。\n"
    assert mentions_of(text, "PoliticalParty").count("民建宝鸡市委") == 3  # the title's, the opening's and 市民建
    # two committees of that level named: which one is meant is not told
    text = "民建宝鸡市委与民建汉中市委联合调研\n市民建会员参加。到市民建走访座谈。\n"
    assert "民建宝鸡市委" not in [m.name for m in extraction_of(text).mentions if m.surface == "市民建"]


def test_societies_counted_right_after_their_kind_are_no_one_society():
    assert orgs("全年表彰五星商会3个、先进会员企业15个。", "Association") == []
    assert orgs("全年评选示范协会4家、先进会员企业15个。", "Association") == []


def test_a_name_starts_at_the_township_whose_first_character_jieba_cut_off_as_a_word_of_its_own():
    assert orgs("捐赠仪式上，江口县后坪镇中心小学获赠图书。", "Organization") == ["江口县后坪镇中心小学"]  # 县|后|坪镇


def test_a_townships_school_is_named_by_the_township_jieba_cut_apart():
    # 五里|乡|中心小学: jieba reads the township's level as a noun of its own
    assert orgs("工商联为五里乡中心小学送去图书。", "Organization") == ["五里乡中心小学"]
    assert orgs("工商联为宁陕县八道乡中心小学送去图书。", "Organization") == ["宁陕县八道乡中心小学"]


@pytest.mark.parametrize("sentence, cls, name", [
    ("经区统战部协调，项目顺利落地。", "GovernmentBody", "区统战部"),
    ("经县工商联引荐，项目顺利落地。", "Association", "县工商联"),
])
def test_a_preposition_jieba_read_with_the_level_after_a_comma_is_no_part_of_the_bodys_name(sentence, cls, name):
    assert orgs(sentence, cls) == [name]  # 经县|统战部: 'through the county's', no place named 经县


def test_praise_in_quoted_words_before_a_body_names_no_society():
    assert orgs("会长以“积善成德”高度称赞商会的义举。", "Association") == []


def test_an_amounts_foreign_currency_opens_no_funds_name():
    assert orgs("侨团正筹募300万令吉教育基金，以期扩建校舍。", "Organization") == []


@pytest.mark.parametrize("sentence, name", [
    ("旧金山华人互助会向家乡捐款30万元。", "旧金山华人互助会"),
    ("乡亲们欢迎旧金山华人互助会的访问团。", "旧金山华人互助会"),  # a welcome is no part of the name
    ("澳门江门妇女会欢度中秋。", "澳门江门妇女会"),
    ("澳门江门青年会欢度中秋。", "澳门江门青年会"),
    ("马华志工团到访侨乡。", "马华志工团"),
])
def test_mutual_aid_womens_youth_and_volunteer_societies_by_their_heads(sentence, name):
    assert orgs(sentence, "Association") == [name]


def test_a_preposition_jieba_tagged_a_noun_before_the_place_a_name_opens_with_is_no_part_of_it():
    assert orgs("经四川农村发展研究会协调，项目顺利落地。", "Association") == ["四川农村发展研究会"]


def test_a_branch_named_by_its_field_and_its_number_is_the_reports_partys():
    text = "2023年容县统战工作\n民盟市委会组织捐款。市直第二支部捐款3000元，第二支部的盟员踊跃参与。\n"
    branches = [m.name for m in extraction_of(text).mentions if m.cls == "PoliticalParty" and m.name.endswith("支部")]
    assert branches == ["市直第二支部"]  # 第二支部 alone names no field


def test_rousing_a_bodys_members_is_no_part_of_its_name():
    assert orgs("县工商联安排部署，发动商会骨干慷慨解囊。", "Association") == ["县工商联"]


def test_a_vocational_centre_by_its_short_head():
    assert orgs("代表团参观了三台县职教中心。", "Organization") == ["三台县职教中心"]  # 职业教育中心, written short


def test_the_youth_leagues_committees_are_associations_and_no_party_committee():
    # named with its place, or by its level alone: the league's, never the CPC's 县委 or 省委
    assert orgs("共青团四川省委、团市委、市妇联联合开展送教下乡活动。", "Association") == ["共青团四川省委", "共青团市委", "市妇联"]
    assert orgs("共青团四川省委、团市委、市妇联联合开展送教下乡活动。", "GovernmentBody") == []
    # a word that ends in 团 before a committee is no league (某集团市委书记: not 团市委)
    assert orgs("东方集团市委书记出席。", "Association") == []


def test_arriving_looking_raising_and_the_person_in_charge_are_no_part_of_the_name_after_them():
    assert orgs("市红十字会负责人专程来到联合会致谢。", "Association") == ["市红十字会"]
    assert orgs("经李会长观察育英学校缺少图书，晚会募得助学基金2万元。", "Organization") == ["育英学校"]


def test_the_local_federation_is_the_reports_own_and_a_numbered_school_ends_before_academic_words():
    assert orgs("当地工商联带领企业投身帮扶。", "Association") == ["工商联"]
    assert orgs("颁奖仪式在涪城区一中学术楼举行。", "Organization") == ["涪城区一中"]


def test_a_head_written_twice_ends_the_name_at_the_first():
    # 某某商会|商会会长: the chamber's name, then its president's title opening on the head again
    assert orgs("德阳市温州商会商会秘书长出席。", "Association") == ["德阳市温州商会"]


def test_a_zones_management_committee_after_the_county_jieba_split_from_its_zone():
    # 某县|经|开区|管委会: jieba reads 经 as a preposition; the zone's committee is named whole, a state body
    assert orgs("捐赠仪式在梓潼县经开区管委会举行。", "GovernmentBody") == ["梓潼县经开区管委会"]


def test_pupils_are_no_school_and_brokering_is_no_part_of_a_companys_name():
    assert orgs("花莲县国小学童领到奖学金。", "Organization") == []
    assert orgs("协会媒合宏达公司捐赠物资。", "Organization") == ["宏达公司"]


def test_a_brand_of_a_common_word_before_a_companys_form_of_business():
    # 某某|企业|集团: the word before the company's form of business is its brand, however common (not 重点企业集团, a kind)
    assert orgs("其中青松企业集团捐款500万元，重点企业集团也积极参与。", "Organization") == ["青松企业集团"]


def test_the_poverty_alleviation_offices_of_every_level_and_the_state_councils():
    assert orgs("国务院扶贫办、省扶贫办和县扶贫开发办公室派员出席。", "GovernmentBody") == [
        "国务院扶贫办", "省扶贫办", "县扶贫开发办公室"]


def test_the_religious_bodies_by_their_short_names():
    found = orgs("全市宗教界踊跃捐款：市佛协捐款60万元，市道协捐款10万元，市基督教“两会”捐款50万元，市天主教两会捐款5万元。",
                 "Association")
    assert found == ["市佛协", "市道协", "市基督教“两会”", "市天主教两会"]


def test_schools_listed_each_with_its_head_are_named_whole():
    # not the head shared: 甲中学、乙中学, each school writes its own
    assert orgs("该镇的岚溪中学、竹韵中学等5所学校收到捐款。", "Organization") == ["岚溪中学", "竹韵中学"]


@pytest.mark.parametrize("sentence, school", [
    ("为悦心学校捐赠图书。", "悦心学校"),  # two characters jieba hardly knows (read as an adjective), after a preposition
    ("在馨雅小学举行捐赠仪式。", "馨雅小学"),  # (read as two single characters)
    ("向桃坪乡第三小学捐资20万元。", "桃坪乡第三小学"),  # a township's numbered school
    ("参加了新建成的桃坪乡育才小学落成仪式。", "桃坪乡育才小学"),  # a township's school after 的
    ("志愿者走进阜平县石桥希望小学送书。", "阜平县石桥希望小学"),  # 希望 a verb to jieba
    ("将持续关注龙岗中心小学的发展。", "龙岗中心小学"),  # a name jieba reads as a verb, then 中心
    ("为化隆县民族中学捐款。", "化隆县民族中学"),  # a named kind of school after its county
])
def test_a_school_named_short_or_by_its_township(sentence, school):
    assert orgs(sentence, "Organization") == [school]


@pytest.mark.parametrize("sentence", [
    "走访公办学校和民办学校。",  # kinds of school by who runs them
    "全县各所中小学开展活动。",  # the head inside a longer word
    "了解了学校的情况。",  # a clause's particle before the head
    "捐建爱心小学和卫生室8所。",  # a kind of school, counted
    "是最偏远的山寨小学。",  # a description after 的
    "结对学校师生参加活动。",  # a deed's word
    "为希望小学捐款，捐建3所希望小学，在农村中心小学办讲座。",  # a programme's kind of school, counted, served
])
def test_kinds_counts_and_descriptions_of_schools_are_no_school(sentence):
    assert orgs(sentence, "Organization") == []


def test_a_society_of_a_hometowns_people_living_in_a_country_by_its_short_name():
    assert orgs("旅澳凯里同乡会会长一行回乡访问。", "Association") == ["旅澳凯里同乡会"]
    assert orgs("各旅美凯里同乡会每年都有聚会。", "Association") == ["凯里同乡会"]  # every such society


def test_the_family_planning_commission_by_its_short_name():
    # 卫计委 (卫生和计划生育委员会), the health commission's name before 2018, after a level like 卫健委
    assert "县卫计委" in mentions_of("某县助学活动\n县卫计委捐助助学金3万元。\n", "GovernmentBody")


def test_a_list_going_on_with_还有_is_no_part_of_the_body_after_it():
    assert mentions_of("某会向学校捐款\n当日出席仪式的嘉宾还有华商总会会长陈志强。\n", "Association") == ["华商总会"]


def test_a_school_named_again_past_every_place_its_name_opened_with_is_the_same_school():
    # 某县某村某小学 … 某小学: the places of the chain dropped one after the other
    text = "民盟某市委捐资助学\n5月20日，民盟某市委走进武威市凉州区清源镇蔡家寨村小学，送去书包。蔡家寨村小学校长致谢。\n"
    names = [m.name for m in extraction_of(text).mentions if m.cls == "Organization"]
    assert names == ["武威市凉州区清源镇蔡家寨村小学", "武威市凉州区清源镇蔡家寨村小学"]


def test_the_village_of_a_school_named_again_past_its_chain_of_places_is_still_read():
    # 某村小学 named again is the school named in full before, and its 某村 still the village the text speaks of
    text = "民盟某市委捐资助学\n5月20日，民盟某市委走进武威市凉州区清源镇蔡家寨村小学，送去书包。蔡家寨村小学校长致谢。\n"
    assert [m.name for m in extraction_of(text).mentions if m.cls == "Region"].count("蔡家寨村") == 2


def test_a_chinese_communitys_bureau_abroad_is_its_association_not_a_state_office():
    # 某国中华某某总局: the community's own body; a state's office abroad (美国移民局) stays a government body
    assert orgs("巴拿马中华公益总局组建了赈灾小组。", "Association") == ["巴拿马中华公益总局"]
    assert orgs("美国移民局发布公告。", "GovernmentBody") == ["美国移民局"]


def test_a_body_written_again_without_the_place_its_name_opened_with_is_that_body():
    from conftest import extraction_of

    text = ("四川青禾集团向某县捐赠物资\n当天上午,四川青禾集团董事长张某一行,将青禾集团携手某商会捐赠的物资运抵某县。\n")
    again = [m for m in extraction_of(text).mentions if m.surface == "青禾集团"]
    assert [(m.cls, m.name) for m in again] == [("Organization", "四川青禾集团")]
    # written short before the text names it in full, it is that body too
    text = ("2023年绵阳市统一战线工作综述\n近日，该村召开老年协会会议，认领项目20个。"
            "城关镇老年协会会长张某说，协会将带好村民。\n")
    bodies = [(m.surface, m.name) for m in extraction_of(text).mentions if m.cls == "Association"]
    assert bodies == [("老年协会", "城关镇老年协会"), ("城关镇老年协会", "城关镇老年协会")]


def test_a_body_whose_place_is_written_short_once_and_in_full_once_is_one_body():
    from conftest import extraction_of

    text = "某某捐赠活动\n捐赠仪式在涪城青义小学举行。\n民盟向我市涪城区青义小学等三所学校赠送了印刷机。\n"
    schools = {m.name for m in extraction_of(text).mentions if m.cls == "Organization"}
    assert schools == {"涪城区青义小学"}


@pytest.mark.parametrize("sentence, named", [
    ("帮助改善偏远山区学校的条件。", []),  # the schools of a kind of place
    ("走进绵阳市偏远山区小学送教。", []),
    ("向绵阳市东山小学赠书。", ["绵阳市东山小学"]),  # one school by its own name
    ("向黔南州民族中学赠书。", ["黔南州民族中学"]),  # a named kind of school is still one school
])
def test_a_school_named_only_by_the_kind_of_place_it_serves_is_no_body(sentence, named):
    assert orgs(sentence, "Organization") == named


def test_a_party_unit_named_again_without_its_city_is_the_unit_named_in_full():
    found = party_units(TITLE + "民进德阳市旌阳支部开展送教活动。民进旌阳支部共捐赠图书500册。")
    assert ("民进旌阳支部", "民进德阳市旌阳支部") in found


def test_a_body_that_one_sets_up_starts_past_the_verb():
    assert orgs("县侨联组建归侨医疗服务团，开展义诊。", "Association") == ["县侨联", "归侨医疗服务团"]


@pytest.mark.parametrize("sentence, named", [
    ("世界越柬寮侨胞互助会举办新春团拜。", ["世界越柬寮侨胞互助会"]),  # 越 read as an adverb
    ("中英商会与中美友好协会联合举办论坛。", ["中英商会", "中美友好协会"]),  # 中 read as "in"
    ("在座谈中英商会代表发言。", ["英商会"]),  # 座谈中: "in the talks", the British chamber
])
def test_an_associations_name_opening_on_countries_named_by_one_character_each(sentence, named):
    assert orgs(sentence, "Association") == named


@pytest.mark.parametrize("sentence, named", [
    ("多年来，嘉泽奖学计划捐助张村学校十余次。", ["张村学校"]),  # the giving verb ends the school's name
    ("多年来，嘉泽奖学计划捐建张村学校十余次。", ["张村学校"]),  # so does the verb of building by a gift
    # the list's joiner, which jieba reads into a name (和嘉泽), starts the next item; the fund itself is lost with the
    # word jieba made of it, but no name runs across the list
    ("嘉泽奖学计划和嘉泽基金会都由乡贤发起。", []),
])
def test_a_giving_verb_or_a_lists_joiner_before_a_body_is_no_part_of_its_name(sentence, named):
    assert orgs(sentence, "Organization") == named


@pytest.mark.parametrize("sentence, named", [
    ("滨海县商界人士心怀大局，踊跃参与公益。", []),  # 大局 is a word, no bureau
    ("滨海县民政局和滨海县教育局联合开展慰问。", ["滨海县民政局", "滨海县教育局"]),
])
def test_a_word_that_ends_in_ju_is_no_bureau(sentence, named):
    assert orgs(sentence, "GovernmentBody") == named


def test_the_new_social_strata_association_by_its_other_short_name():
    assert orgs("蕉岭县新阶联组织会员赴乡村调研，县新阶联会长出席。", "Association") == ["蕉岭县新阶联", "县新阶联"]


@pytest.mark.parametrize("sentence, named", [
    ("李秀英女士荣任协会主席，王志明先生出任晚会筹委会主任。", []),  # the person and the office taken are no name
    ("李秀英女士向绵阳市慈善会捐款。", ["绵阳市慈善会"]),
    ("林彦彬当选闽商总会会长，张仁彬连任晋商总会会长。", ["闽商总会", "晋商总会"]),  # elected or re-elected
])
def test_a_person_named_before_the_office_taken_in_a_body_is_no_part_of_its_name(sentence, named):
    assert orgs(sentence, "Organization") + orgs(sentence, "Association") == named


def test_a_list_item_that_counts_bodies_of_a_kind_names_none():
    assert orgs("另外，台湾同胞、滑县商会、三所中文学校及百名义工也出了力。", "Organization") == []


def test_a_street_office_written_in_full_or_short_is_a_government_body():
    assert orgs("越秀区民宗局、光塔街办事处联合开展活动，人民街道办事处参加。", "GovernmentBody") == [
        "越秀区民宗局", "光塔街办事处", "人民街道办事处"]


def test_a_street_offices_party_committee_is_named_whole():
    assert orgs("光塔街道办事处" + "党工委联合开展活动。", "GovernmentBody") == ["光塔街道办事处" + "党工委"]


def test_a_partys_committee_for_the_members_of_a_fields_bodies_in_a_city_named_without_its_level():
    assert orgs("民进杭州教育系统委员会组织会员开展义诊。", "PoliticalParty")[0] == "民进杭州教育系统委员会"


def test_a_verb_of_meeting_a_bodys_people_is_no_part_of_its_name():
    assert orgs("副市长会见新加坡中华总商会访问团。", "Association") == ["新加坡中华总商会"]


def test_a_hometown_society_abroad_named_with_the_part_of_the_country_it_lives_in():
    assert orgs("意大利北部温州同乡会会长出席。", "Association") == ["意大利北部温州同乡会"]


def test_a_sites_column_glued_before_a_name_is_no_part_of_it():
    assert orgs("分类: 协会动态泉州市青年企业家协会2019年2月1日 春节前，该会走访困难户。", "Association") == [
        "泉州市青年企业家协会"]


def test_centres_named_for_what_they_do_are_organisations_but_a_kind_of_centre_is_none():
    assert orgs("吐鲁番市新时代文明实践中心开展志愿服务。", "Organization") == ["吐鲁番市新时代文明实践中心"]
    assert orgs("兴化农产品展示中心开业，广东侨商投资促进中心成立。", "Organization") == [
        "兴化农产品展示中心", "广东侨商投资促进中心"]
    assert orgs("全县建有新时代文明实践中心12个。", "Organization") == []


def test_a_governments_office_stationed_elsewhere_is_a_government_body_named_with_its_government():
    found = orgs("台湾驻西班牙办事处举办国庆酒会，成都市政府驻重庆办事处主任出席。", "GovernmentBody")
    assert found == ["台湾驻西班牙办事处", "成都市政府驻重庆办事处"]
    assert orgs("会长赴京拜访省政府驻京办事处。", "GovernmentBody") == ["省政府驻京办事处"]
    assert orgs("他常驻北京办事处工作。", "GovernmentBody") == []  # where someone is posted



def test_a_name_starts_after_the_ji_that_joins_an_event_to_it():
    # jieba glues 暨 to the next word (暨某商); the chamber's name is not grown back over the event before it
    assert orgs("2022年晋商回乡创业系列活动暨晋商总会新春联谊会在太原举行。", "Association") == ["晋商总会"]
    assert orgs("暨南大学侨联举办讲座。", "Association") == ["暨南大学侨联"]


def test_a_society_named_after_a_consultative_conference_is_one_association():
    # the society of the conference's friends or youth (某地政协某某联谊会) is no conference of that place
    text = "泉州市政协之友联谊会举办书画展，市政协主席出席。"
    assert orgs(text, "Association") == ["泉州市政协之友联谊会"]
    assert orgs(text, "GovernmentBody") == ["市政协"]


def test_departments_listed_after_one_a_level_opens_share_its_level():
    text = "市侨联与市民政局、水利局、财政局互通情况。"
    assert orgs(text, "GovernmentBody") == ["市民政局", "水利局", "财政局"]
    assert orgs("与市民政局、顾全大局。", "GovernmentBody") == ["市民政局"]  # a word in 局 is no bureau


def test_a_villages_committee_is_named_after_the_village_written_whole():
    assert orgs("经石桥村村委会同意，双方各出资10万元。", "GovernmentBody") == ["石桥村村委会"]
    assert orgs("白云镇石桥村村委会出席。", "GovernmentBody") == ["石桥村村委会"]  # past its township
    # sharing its 村, the committee names the village's office as often as the body: not read
    assert orgs("东风村委会主任出席。", "GovernmentBody") == []


def test_national_bodies_by_their_other_names():
    assert orgs("今年有3名干部在中央党校进修。", "GovernmentBody") == ["中央党校"]
    assert orgs("此前，全国人大常务委员会审议了该议案。", "GovernmentBody") == ["全国人大常委会"]
    assert orgs("省委统战部、市委教育工委负责人出席。", "GovernmentBody") == ["省委统战部", "市委教育工委"]


def test_societies_abroad_named_by_a_side_of_a_country_or_as_hakka_associations():
    # 美东: the east of the United States; a 总商会 of a mainland city's people there is no 工商联 of that city
    text = "美国洛杉矶崇正会会长、美西福州总商会常务理事张某某出席。"
    assert orgs(text, "Association") == ["美国洛杉矶崇正会", "美西福州总商会"]
    assert orgs("完美东莞商会成立。", "Association") == ["东莞商会"]  # 美 closes the word before
