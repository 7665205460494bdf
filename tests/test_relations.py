"""Links stated or implied by a report, traced to their sentence."""
from __future__ import annotations

from conftest import knowledge_of

REPORT = """2022年绵阳市统一战线工作综述
市委统战部深入推进“万企兴万村”行动。
民建市委会承办“同心助企”论坛。
成立绵阳市新联会，开展“新声”活动。
"""


def links(kb, predicate):
    names = {key: entity.label for key, entity in kb.entities.items()}
    return sorted((names[l.subject], names[l.object]) for l in kb.links if l.predicate == predicate)


def test_initiatives_are_implemented_in_the_reports_region():
    kb = knowledge_of(REPORT)
    assert links(kb, "implementedIn") == [("万企兴万村", "绵阳市"), ("同心助企", "绵阳市"), ("新声", "绵阳市")]


def test_the_body_that_runs_an_initiative_participates_in_it():
    kb = knowledge_of(REPORT)
    assert links(kb, "participatesIn") == [("民建绵阳市委会", "同心助企"), ("绵阳市委统战部", "万企兴万村")]


def test_local_bodies_are_located_in_their_locality():
    kb = knowledge_of(REPORT)
    located = links(kb, "locatedIn")
    assert ("绵阳市委统战部", "绵阳市") in located and ("民建绵阳市委会", "绵阳市") in located
    assert ("绵阳市新联会", "绵阳市") in located


def test_a_body_named_again_without_its_place_is_not_placed_in_the_reports_region():
    kb = knowledge_of("台州市工商联赴会理市考察产业项目\n3月12日，浙江省台州市工商联组织企业家赴会理市考察产业项目。\n"
                      "考察中，台州市工商联与会理市两家企业达成合作意向。\n")
    assert [place for body, place in links(kb, "locatedIn") if body == "台州市工商联"] == ["台州市"]


def test_a_body_named_by_its_districts_bare_name_is_not_placed_in_the_district_it_visits():
    # 和平, the bare name of 沈阳's 和平区, is also the word for peace: no place is read inside 和平台协; 同心 is only a
    # word here (同心县 is named nowhere), and 同心商会 stays the report's
    kb = knowledge_of("苏家屯区助学\n近日，沈阳市和平区台协与沈阳市和平区知联会来到苏家屯区助学。"
                      "和平台协会长王某、和平区知联会主席李某出席。\n苏家屯区教育局向和平台协、和平知联会致谢，同心商会也捐款1万元。\n")
    assert links(kb, "locatedIn") == [("同心商会", "苏家屯区"), ("和平区台协", "和平区"), ("和平区知联会", "和平区"),
                                      ("苏家屯区教育局", "苏家屯区")]


def test_departments_and_committees_belong_to_their_parents():
    kb = knowledge_of(REPORT)
    assert links(kb, "subOrganizationOf") == [("民建绵阳市委会", "中国民主建国会"), ("绵阳市委统战部", "绵阳市委")]


def test_every_stated_link_keeps_its_sentence():
    kb = knowledge_of(REPORT)
    stated = [l for l in kb.links if l.predicate == "participatesIn"]
    assert {l.evidence for l in stated} == {"市委统战部深入推进“万企兴万村”行动。", "民建市委会承办“同心助企”论坛。"}


def test_a_committee_or_government_that_leads_does_not_take_part():
    kb = knowledge_of("2022年绵阳市统一战线工作综述\n在市委、市政府的坚强领导下，市工商联深入推进“万企兴万村”行动。\n")
    assert links(kb, "participatesIn") == [("绵阳市工商联", "万企兴万村")]


def test_a_committee_or_government_among_the_sponsors_of_an_event_takes_part_in_it():
    kb = knowledge_of("绵阳市召开乡贤大会\n5月8日，由民盟四川省委、中共绵阳市委、绵阳市人民政府共同主办的第二届绵商大会在绵阳举行。\n")
    assert links(kb, "participatesIn") == [("民盟四川省委", "第二届绵商大会"), ("绵阳市人民政府", "第二届绵商大会"),
                                           ("绵阳市委", "第二届绵商大会")]


def test_the_sponsors_listed_on_in_a_later_clause_take_part_too():
    kb = knowledge_of("绵阳市举办侨乡文化周\n6月1日，由市侨联、市文旅局共同主办，涪城区委、区政府承办的绵阳市“侨乡文化周”在涪城区开幕。\n")
    assert links(kb, "participatesIn") == [("涪城区委", "侨乡文化周"), ("涪城区政府", "侨乡文化周"), ("绵阳市侨联", "侨乡文化周"),
                                           ("绵阳市文旅局", "侨乡文化周")]


def test_a_body_named_after_the_province_is_also_in_the_reports_region():
    kb = knowledge_of("2022年绵阳市统一战线工作综述\n“四川港澳青年交流基地”在绵阳挂牌。\n")
    located = links(kb, "locatedIn")
    assert ("四川港澳青年交流基地", "四川省") in located and ("四川港澳青年交流基地", "绵阳市") in located


def test_a_company_named_after_the_province_is_not_also_in_the_reports_region():
    kb = knowledge_of("2022年绵阳市统一战线工作综述\n四川嘉禾茶业集团捐资助学。\n")
    located = links(kb, "locatedIn")
    assert ("四川嘉禾茶业集团", "四川省") in located and ("四川嘉禾茶业集团", "绵阳市") not in located


VISIT = """2023年凯里市统一战线工作综述
凯里市工商联接待湖南省怀化市委统战部考察团一行。
贵州省工商联调研组参观了青田寺和凯里某某茶业有限公司。
据黔东南日报报道，凯里市侨联开展“侨心暖苗乡”活动。
"""


def test_a_body_is_in_the_most_specific_place_its_name_opens_with():
    located = links(knowledge_of(VISIT), "locatedIn")
    assert ("怀化市委统战部", "怀化市") in located  # written 湖南省怀化市委统战部: the node of its shorter name
    assert ("怀化市委统战部", "湖南省") not in located


def test_a_place_written_after_its_county_names_the_township_the_gazetteer_lacks():
    kb = knowledge_of("2023年德阳市统一战线工作综述\n与会人员参观了旌阳区柏隆镇乡贤馆和罗江区调元镇农耕博物馆。\n")
    located = links(kb, "locatedIn")
    assert ("旌阳区柏隆镇乡贤馆", "柏隆镇") in located and ("旌阳区柏隆镇乡贤馆", "旌阳区") not in located
    assert ("罗江区调元镇农耕博物馆", "调元镇") in located


def test_a_body_named_after_the_province_is_not_also_in_the_reports_region():
    located = links(knowledge_of(VISIT), "locatedIn")
    assert ("贵州省工商联", "贵州省") in located and ("贵州省工商联", "凯里市") not in located


def test_a_newspaper_is_not_where_the_news_it_reports_happened():
    located = links(knowledge_of(VISIT), "locatedIn")
    assert ("黔东南日报", "黔东南苗族侗族自治州") in located and ("黔东南日报", "凯里市") not in located


def test_a_bare_county_name_of_another_province_inside_a_name_is_no_place():
    located = links(knowledge_of(VISIT), "locatedIn")
    assert ("青田寺", "凯里市") in located and not any(a == "青田寺" and b.startswith("青田") for a, b in located)


CARRIED_OUT = """2023年安顺市统一战线工作综述
持续推进“黔商助村”行动，市工商联、市侨联联合市农业农村局走访企业60余家。
市浙江商会、市湖南商会等6家异地商会开展“乡贤回引”活动。
“屯堡文化论坛”由市委统战部、民盟安顺市委会主办。
全市各宗教团体开展“和谐寺观”活动，市佛教协会组织寺院捐款。
"""


def test_the_bodies_of_the_clause_after_an_initiative_and_their_partners_take_part_in_it():
    taking_part = links(knowledge_of(CARRIED_OUT), "participatesIn")
    assert [a for a, b in taking_part if b == "黔商助村"] == ["安顺市侨联", "安顺市农业农村局", "安顺市工商联"]


def test_the_examples_of_a_list_that_runs_an_initiative_take_part_in_it():
    taking_part = links(knowledge_of(CARRIED_OUT), "participatesIn")
    assert [a for a, b in taking_part if b == "乡贤回引"] == ["安顺市浙江商会", "安顺市湖南商会"]


def test_the_sponsors_of_an_initiative_named_first_take_part_in_it():
    taking_part = links(knowledge_of(CARRIED_OUT), "participatesIn")
    assert [a for a, b in taking_part if b == "屯堡文化论坛"] == ["安顺市委统战部", "民盟安顺市委会"]


def test_the_sponsors_of_an_initiative_it_is_said_to_be_run_by_take_part_in_it():
    text = "某县统战工作\n“同心·秋季助学”是由县妇联、县总工会和县工商联倡议并发起的公益项目。\n"
    taking_part = links(knowledge_of(text), "participatesIn")
    assert sorted(a for a, b in taking_part if b == "同心·秋季助学") == ["县妇联", "县工商联", "县总工会"]


def test_a_body_after_an_initiative_whose_clause_has_its_own_collective_actor_does_not_take_part():
    taking_part = links(knowledge_of(CARRIED_OUT), "participatesIn")
    assert not [a for a, b in taking_part if b == "和谐寺观"]


NOT_TAKING_PART = """2023年遵义市统一战线工作综述
紧紧围绕省委统战部“同心筑梦”部署要求，市工商联深入实施“黔商兴村”行动。
依托遵义会议纪念馆，组织党外人士开展“红色寻根”教育活动。
省委统战部副部长王某某表示，要把“同心惠民”工程落到实处。
遵义日报遵义5月6日电 市侨联开展“侨爱黔北”活动。
"""


def test_a_body_whose_lead_is_followed_or_whose_venue_is_used_does_not_take_part():
    taking_part = links(knowledge_of(NOT_TAKING_PART), "participatesIn")
    assert ("遵义市工商联", "黔商兴村") in taking_part
    assert not [a for a, b in taking_part if a in ("贵州省委统战部", "遵义会议纪念馆") and b != "同心惠民"]


def test_the_office_of_a_speaker_does_not_take_part_in_what_the_speech_names():
    taking_part = links(knowledge_of(NOT_TAKING_PART), "participatesIn")
    assert not [a for a, b in taking_part if b == "同心惠民"]


def test_the_outlet_of_a_dateline_does_not_take_part_in_the_news():
    taking_part = links(knowledge_of(NOT_TAKING_PART), "participatesIn")
    assert [a for a, b in taking_part if b == "侨爱黔北"] == ["遵义市侨联"]



def test_bodies_the_author_supports_take_part_only_up_to_the_authors_next_deed():
    kb = knowledge_of("2023年遵义市统一战线工作综述\n支持民盟遵义市委会、民建遵义市委会等开展“同心助学”活动，"
                      "组织“黔北青少年行”交流团12批次。\n")
    taking_part = links(kb, "participatesIn")
    assert ("民盟遵义市委会", "同心助学") in taking_part and ("民建遵义市委会", "同心助学") in taking_part
    assert not [a for a, b in taking_part if b == "黔北青少年行"]


def test_an_initiative_a_named_place_hosts_is_implemented_there():
    kb = knowledge_of("2023年香港江西社团联会新闻\n会长表示，南昌今年将举办两个国际性活动，包括“世界赣商论坛”及“滕王阁文化论坛”。\n")
    implemented = links(kb, "implementedIn")
    assert ("世界赣商论坛", "南昌市") in implemented and ("滕王阁文化论坛", "南昌市") in implemented
    assert not any(place.startswith("香港") for _, place in implemented)


def test_an_initiative_held_at_a_place_is_implemented_there():
    kb = knowledge_of("2022年绵阳市统一战线工作综述\n“同心助企”论坛在成都市隆重举行。\n")
    assert links(kb, "implementedIn") == [("同心助企", "成都市")]


def test_what_a_delegation_attended_where_it_went_is_implemented_there():
    kb = knowledge_of("2019年香港侨界新闻\n香港某某侨团联会组团赴广西参加“东盟侨商论坛”。\n"
                      "其间，参加了“北部湾发展峰会”等活动。\n会后在香港举办“侨心”座谈会。\n")
    implemented = dict(links(kb, "implementedIn"))
    assert implemented["东盟侨商论坛"].startswith("广西") and implemented["北部湾发展峰会"].startswith("广西")
    assert implemented["侨心"].startswith("香港")


def test_the_examples_a_programmes_figure_counts_take_part_in_it():
    kb = knowledge_of("2018年某县统战工作\n——助力脱贫攻坚。扎实开展“百企帮百村”活动，组织80家企业与60个村结成对子。"
                      "宏达农业有限公司、丰源食品有限公司等12家涉农企业，引导农户种植油菜3万亩。\n")
    taking_part = links(kb, "participatesIn")
    assert ("宏达农业有限公司", "百企帮百村") in taking_part and ("丰源食品有限公司", "百企帮百村") in taking_part


def test_the_body_whose_figure_counts_a_programmes_own_people_takes_part_in_it():
    kb = knowledge_of("2023年德阳市侨联新春慰问\n春节前，德阳市侨联走访慰问了6位归侨老人，每人800元；"
                      "8户“侨爱心工程”帮扶对象，每户800元。\n")
    assert ("德阳市侨联", "侨爱心工程") in links(kb, "participatesIn")


def test_a_governments_commission_takes_part_where_the_government_leads():
    kb = knowledge_of("2022年绵阳市统一战线工作综述\n市农业农村委、市政府共同推进“万企兴万村”行动。\n")
    taking_part = links(kb, "participatesIn")
    assert ("绵阳市农业农村委", "万企兴万村") in taking_part and ("绵阳市政府", "万企兴万村") not in taking_part


def test_the_visiting_body_takes_part_in_what_it_attended_there():
    kb = knowledge_of("2019年香港侨界新闻\n香港福建社团联会组团赴广西参加“东盟侨商论坛”。\n"
                      "其间，参加了“北部湾发展峰会”等活动。\n")
    # the label the resolver gives the body (with or without its region's full name) is not this test's matter
    attended = {initiative for body, initiative in links(kb, "participatesIn") if body.endswith("福建社团联会")}
    assert {"北部湾发展峰会", "东盟侨商论坛"} <= attended


def test_the_bodies_of_a_sentence_pointing_at_the_event_of_a_news_item_take_part_in_it():
    kb = knowledge_of("“同心助力乡村振兴”活动在广元市举行\n近日，“同心助力乡村振兴”活动在广元市举行。\n"
                      "活动中，四川省光彩事业促进会为广元组织捐款300万元。\n此次活动中，某某集团与广元市政府签订了投资协议。\n"
                      "此外，广元市工商联召开了执委会。\n")
    taking_part = links(kb, "participatesIn")
    assert ("四川省光彩事业促进会", "同心助力乡村振兴") in taking_part
    assert ("广元市政府", "同心助力乡村振兴") in taking_part  # it signs with the others
    assert ("广元市工商联", "同心助力乡村振兴") not in taking_part


def test_an_initiative_held_in_the_place_that_holds_the_reports_region_stays_in_the_region():
    kb = knowledge_of("2023年崇州市统一战线工作综述\n“同心助企”论坛在四川崇州某某剧场举行。\n")
    assert links(kb, "implementedIn") == [("同心助企", "崇州市")]


def test_bodies_met_during_a_stay_elsewhere_are_not_in_the_reports_region():
    kb = knowledge_of("2019年佛山市台联新闻\n佛山市台联组团赴台交流。\n在台期间，分别拜会了商圈联谊会等团体。\n"
                      "在疫情防控期间，佛山市台联联合爱心企业协会捐赠物资。\n")
    located = links(kb, "locatedIn")
    assert not any(body == "商圈联谊会" for body, _ in located)
    assert ("爱心企业协会", "佛山市") in located


def test_a_county_bodys_own_programme_runs_in_that_county():
    kb = knowledge_of("2022年绵阳市统一战线工作综述\n各县参照江油市工商联“茶旅兴百村”模式，打造特色亮点。\n")
    assert ("茶旅兴百村", "江油市") in links(kb, "implementedIn")
    assert ("茶旅兴百村", "绵阳市") not in links(kb, "implementedIn")


def test_a_programme_run_on_a_tour_of_places_runs_in_each():
    kb = knowledge_of("2022年四川省统一战线工作综述\n8月，省委统战部组织党外人士代表组团走进绵阳、德阳，"
                      "开展“看发展·聚共识”学习考察活动。\n")
    assert [o for s, o in links(kb, "implementedIn") if s == "看发展·聚共识"] == ["德阳市", "绵阳市"]


LEAD_PARAGRAPH = """2023年某市统一战线工作
二、凝聚共识
一年来，广元市委统战部加强思想引领，举办专题培训班6期。组织开展“同心共筑·携手前行”活动，全市统一战线捐款1200万元。推进“百企联百村”“侨心暖乡”等品牌活动，帮扶项目300个。全市统一战线开展“红色寻访”活动40场。
深化“乡贤回归”工程，引进项目12个。
"""


def test_the_lead_actor_takes_part_in_the_programmes_its_paragraph_runs():
    kb = knowledge_of(LEAD_PARAGRAPH)
    assert links(kb, "participatesIn") == [("广元市委统战部", "侨心暖乡"), ("广元市委统战部", "同心共筑·携手前行"),
                                           ("广元市委统战部", "百企联百村")]


LEADING_GROUP_PARAGRAPH = """2023年某县统一战线工作
三、加强领导
县委统一战线工作领导小组召开全体会议2次，研究部署年度重点工作。常态化开展“走基层、解难题”调研走访。
"""


def test_a_leading_group_that_leads_a_paragraph_does_not_take_part_in_its_programmes():
    kb = knowledge_of(LEADING_GROUP_PARAGRAPH)
    assert links(kb, "participatesIn") == []


def test_the_body_a_news_item_is_about_takes_part_in_the_programmes_it_names():
    kb = knowledge_of("德阳市侨联召开2023年工作推进会\n会上，与会人员就开展“侨爱心·光明行”活动进行了交流。\n")
    assert links(kb, "participatesIn") == [("德阳市侨联", "侨爱心·光明行")]


def test_a_party_committee_whose_meeting_a_news_item_is_on_does_not_take_part():
    kb = knowledge_of("德阳市委召开2023年统战工作会议\n会上，与会人员就开展“侨爱心·光明行”活动进行了交流。\n")
    assert links(kb, "participatesIn") == []


def test_a_programme_a_county_of_the_region_runs_is_implemented_in_that_county():
    kb = knowledge_of("2023年泸州市统一战线工作综述\n江阳区开展“同心向未来”系列活动，参与群众3000人。\n"
                      "市工商联开展“商会进万家”活动。\n")
    assert links(kb, "implementedIn") == [("同心向未来", "江阳区"), ("商会进万家", "泸州市")]


def test_a_programme_run_on_a_trip_to_places_runs_in_each():
    kb = knowledge_of("2023年德阳市统一战线工作综述\n市工商联组织企业家赴长沙、株洲开展“德商走亲”考察活动，对接项目9个。\n")
    assert links(kb, "implementedIn") == [("德商走亲", "株洲市"), ("德商走亲", "长沙市")]


def test_the_units_a_body_lists_as_its_own_belong_to_it():
    kb = knowledge_of("2022年泸州市统一战线工作综述\n【概况】 市工商联内设4个部门，分别为：办公室、会员部、经济部、宣传部。"
                      "所属社会组织2个，分别为：泸州市光彩事业促进会、泸州市民营经济研究会。代管：泸州市商会联合会。\n")
    assert sorted(links(kb, "subOrganizationOf")) == sorted(
        [(office, "泸州市工商联") for office in ("办公室", "会员部", "经济部", "宣传部")]
        + [("泸州市光彩事业促进会", "泸州市工商联"), ("泸州市民营经济研究会", "泸州市工商联")])  # 宣传部 here is the federation's
    # a list that is no body's own units links nothing
    kb = knowledge_of("2022年泸州市统一战线工作综述\n市委统战部牵头，成员单位包括：泸州市光彩事业促进会、泸州市民营经济研究会。\n")
    assert links(kb, "subOrganizationOf") == [("泸州市委统战部", "泸州市委")]


def test_the_bodies_that_launched_the_programme_a_news_item_is_on_take_part():
    kb = knowledge_of("首页 > 要闻\n湘西州正式启动“百企联百村”活动\n本报讯 日前，湘西州“百企联百村”活动拉开序幕。\n"
                      "为推动民营企业参与乡村振兴，州工商联与州乡村振兴局共同发起了这项活动。\n"
                      "州委副书记张明表示，该活动标志着乡村振兴取得新进展。\n")
    assert links(kb, "participatesIn") == [("湘西州乡村振兴局", "百企联百村"), ("湘西州工商联", "百企联百村")]


def test_a_contest_the_region_sent_works_to_is_not_held_there():
    kb = knowledge_of("2022年泸州市侨联工作综述\n征集作品45篇参加第九届世界华文作文大赛，获一等奖2篇。\n"
                      "组织青年参加第五届“侨乡杯”演讲比赛。组织学生参加全市“中华经典诵读”比赛。\n")
    assert links(kb, "implementedIn") == [("中华经典诵读", "泸州市")]


ATTENDED_PARAGRAPH = """2023年莆田市侨联工作综述
一、服务发展
一年来，莆田市侨联围绕招商引资开展工作，邀请海外客商参加第20届“海峡”投洽会。组织60位侨商参加2023中国（福州）国际数字经济展览。
"""


def test_the_lead_actor_takes_part_in_the_events_its_paragraph_attends_by_edition_or_year():
    kb = knowledge_of(ATTENDED_PARAGRAPH)
    joined = [name for _, name in links(kb, "participatesIn")]
    assert joined == ["2023中国（福州）国际数字经济展览", "“海峡”投洽会"]


def test_a_democratic_partys_city_committee_whose_meeting_a_news_item_is_on_takes_part():
    kb = knowledge_of("民进德阳市委召开2023年会员大会\n会上，与会人员就开展“同心助学”活动进行了交流。\n")
    assert links(kb, "participatesIn") == [("民进德阳市委", "同心助学")]


def test_a_body_that_joins_in_takes_part_in_the_programmes_of_the_clause_before():
    kb = knowledge_of("2015年某市统一战线工作综述\n多年来，民进四川省委打造了“同心助学”“同心助医”等特色品牌，"
                      "民进绵阳市委积极参与，成效明显。\n")
    joined = links(kb, "participatesIn")
    assert ("民进绵阳市委", "同心助学") in joined and ("民进绵阳市委", "同心助医") in joined


def test_a_clause_another_body_opens_is_that_bodys_deed():
    kb = knowledge_of("2015年某市统一战线工作综述\n民进四川省委开展“同心助学”活动，民进绵阳市委打造“书香绵州”品牌。\n")
    assert links(kb, "participatesIn") == [("民进四川省委", "同心助学"), ("民进绵阳市委", "书香绵州")]


def test_enterprises_listed_after_a_place_are_in_that_place():
    kb = knowledge_of("绵阳市民营企业捐资助学\n截至9月底，全市企业共捐款1200万元。其中，涪城区的恒达建材有限公司捐款500万元、"
                      "四川宏兴食品有限公司捐款300万元；安州区的新峰电子有限公司捐款100万元。\n")
    located = {company: [place for name, place in links(kb, "locatedIn") if name.endswith(company)]
               for company in ("恒达建材有限公司", "四川宏兴食品有限公司", "新峰电子有限公司")}
    assert located == {"恒达建材有限公司": ["涪城区"], "四川宏兴食品有限公司": ["涪城区"], "新峰电子有限公司": ["安州区"]}


def test_the_sponsors_of_a_news_items_event_named_by_its_head_take_part_in_it():
    kb = knowledge_of("“春晖助学”活动在丹寨启动\n6月5日，“春晖助学”公益活动在丹寨县启动。活动由丹寨县助学基金会、"
                      "丹寨县政府共同主办，丹寨县委统战部、县工商联协办，为学生送去助学金。\n")
    assert links(kb, "participatesIn") == [("丹寨县助学基金会", "春晖助学"), ("丹寨县委统战部", "春晖助学"),
                                           ("丹寨县工商联", "春晖助学"), ("丹寨县政府", "春晖助学")]


def test_a_firm_said_to_be_of_a_place_is_in_that_place():
    kb = knowledge_of("绵阳市企业助学\n经协调，浙江企业华联创新科技有限公司为绵阳市某中学捐资20万元。\n")
    assert links(kb, "locatedIn") == [("华联创新科技有限公司", "浙江省")]  # not the report's city


def test_bodies_that_work_for_the_programme_a_news_item_is_on_take_part_in_it():
    kb = knowledge_of("记者从日前召开的湘西州“百企联百村”精准扶贫行动表彰会上了解到，截至目前，参与帮扶企业达584家。\n"
                      "2016年初，湘西州工商联向全社会发出倡议书。与此同时，吉首市工商联动员31家民营企业帮扶32个村。\n"
                      "企业积极帮助结对村对接市场。\n")
    assert links(kb, "participatesIn") == [("吉首市工商联", "百企联百村"), ("湘西州工商联", "百企联百村")]


def test_a_body_that_only_names_the_office_of_a_speaker_in_one_of_its_units_takes_no_part():
    kb = knowledge_of("湘西州民族团结工作综述\n湘西州启动“民族团结一家亲”活动。\n"
                      "正在结亲的州委政研室机关党委专职副书记高斌称，将“民族团结一家亲”活动引向深入。\n")
    assert ("湘西州委政研室", "民族团结一家亲") not in links(kb, "participatesIn") and \
        not any(name.endswith("政研室") for name, _ in links(kb, "participatesIn"))


def test_an_edition_of_an_event_named_by_a_level_or_a_place_above_the_region_is_held_there():
    for text in ("2023年黔东南州民族工作综述\n全州组织157人参加省第八届民族运动会，获奖57项。贵州省民宗委给予肯定。\n",
                 "2023年黔东南州民族工作综述\n全州组织157人参加贵州省第八届民族运动会，获奖57项。\n"):
        assert [place for _, place in links(knowledge_of(text), "implementedIn")] == ["贵州省"]


def test_a_body_under_whose_push_a_programme_was_held_takes_part_but_a_party_committee_leads():
    kb = knowledge_of("容县同乡会举办捐赠仪式\n在容县侨联的大力推动下，11月21日，容县同乡会在南宁举办“百侨帮百村”捐赠仪式。\n"
                      "在县委的领导下，容县同乡会开展“侨爱心”活动。\n")
    joined = links(kb, "participatesIn")
    assert ("容县侨联", "百侨帮百村") in joined and not any(name == "容县委" for name, _ in joined)


def test_a_supporter_sought_takes_no_part():
    kb = knowledge_of("2023年容县招商工作综述\n容县工商联争取自治区工商联和市商务局支持，赴长三角地区开展“百企入容”招商活动。\n")
    joined = links(kb, "participatesIn")
    assert ("容县工商联", "百企入容") in joined and not any(name in ("广西壮族自治区工商联", "玉林市商务局") for name, _ in joined)


def test_a_committees_own_entry_takes_part_in_the_programme_another_body_runs_when_it_joins_in():
    kb = knowledge_of("九三学社泸州市委员会\n概况2019年末，九三学社泸州市委员会共有社员210名。组织社员参与中共泸州市委统战部"
                      "在全市党外人士中开展的“凝心建言”征文活动，积极建言献策。\n")
    assert ("九三学社泸州市委会", "凝心建言") in links(kb, "participatesIn")


def test_a_periodical_named_by_its_title_is_not_placed_in_the_reports_region():
    kb = knowledge_of("2022年绵阳市统一战线工作综述\n市委统战部被《当代四川》采用稿件6条、《团结之声》4条。\n")
    located = [pair for pair in links(kb, "locatedIn") if pair[0] in ("当代四川", "团结之声")]
    assert located == [("当代四川", "四川省")]


def test_who_rates_a_body_for_a_programme_takes_no_part_in_it():
    kb = knowledge_of("2018年绵阳市统一战线工作综述\n农工党绵阳市委被省委会评为“环境与健康宣传周”活动先进集体。\n")
    assert all(subject != "农工党四川省委会" for subject, _ in links(kb, "participatesIn"))
    assert links(kb, "participatesIn") == [("农工党绵阳市委", "环境与健康宣传周")]


def test_a_provinces_department_by_its_formal_name_is_in_that_province():
    kb = knowledge_of("2022年绵阳市统一战线工作综述\n中共湖南省委统战部、中共四川省宜宾市委统战部出席。\n")
    assert links(kb, "locatedIn") == [("宜宾市委统战部", "宜宾市"), ("湖南省委统战部", "湖南省")]


def test_a_society_of_another_places_people_is_not_located_in_that_place():
    kb = knowledge_of("2022年绵阳市统一战线工作综述\n温州商会、湖南同乡会和香港绵阳社团总会参加活动，法国青田商会发来贺电。\n")
    located = links(kb, "locatedIn")
    assert not any(place in ("温州市", "湖南省") for _, place in located)
    assert ("香港绵阳社团总会", "香港特别行政区") in located and ("法国青田商会", "法国") in located


def test_a_departments_offices_listed_year_by_year_belong_to_it():
    kb = knowledge_of("泸州市志·统战篇\n一、机构\n2001年，泸州市委统战部内设机构有干部科、办公室和联络科。"
                      "2006年，内设机构有经济科、办公室、宗教科。\n")
    assert links(kb, "subOrganizationOf") == [
        ("办公室", "泸州市委统战部"), ("宗教科", "泸州市委统战部"), ("干部科", "泸州市委统战部"), ("泸州市委统战部", "泸州市委"),
        ("经济科", "泸州市委统战部"), ("联络科", "泸州市委统战部")]


def test_bodies_named_before_others_are_urged_to_join_a_programme_take_no_part_in_it():
    kb = knowledge_of("2023年凯里市统一战线工作综述\n组织凯里温州商会、凯里福建商会等5个商会结成联盟，"
                      "鼓励会员企业踊跃参与“同心助企”行动。\n")
    assert [pair for pair in links(kb, "participatesIn") if pair[1].startswith("同心助企")] == []


def test_a_movement_known_nationwide_runs_in_no_one_region():
    kb = knowledge_of("2022年绵阳市统一战线工作综述\n市工商联引导企业家踊跃投身光彩事业，深入推进“万企兴万村”行动。\n")
    assert links(kb, "implementedIn") == [("万企兴万村", "绵阳市")]


def test_the_society_of_a_places_people_the_world_over_is_not_located_in_that_place():
    kb = knowledge_of("2022年贵州省统一战线工作综述\n世界凯里联谊总会在新加坡召开代表大会。\n")
    assert any(entity.label == "世界凯里联谊总会" for entity in kb.entities.values())
    assert ("世界凯里联谊总会", "凯里市") not in links(kb, "locatedIn")


def test_an_initiative_said_to_be_of_places_within_the_region_ran_in_them():
    kb = knowledge_of("2022年绵阳市统一战线工作综述\n联点三台县塔山镇红花村与涪城区青义镇的“同心乡村”示范工程成效明显。\n")
    assert sorted(links(kb, "implementedIn")) == [("同心乡村", "红花村"), ("同心乡村", "青义镇")]
    kb = knowledge_of("2022年绵阳市统一战线工作综述\n成都市的“同心乡村”示范工程成效明显。\n")
    assert links(kb, "implementedIn") == [("同心乡村", "绵阳市")]  # a place outside the region: the default stands


def test_a_cooperation_of_two_provinces_runs_in_no_one_region():
    kb = knowledge_of("2022年贵阳市统一战线工作综述\n市工商联深度融入粤黔协作，推动项目落地。\n")
    assert any(entity.label == "粤黔协作" for entity in kb.entities.values())
    assert links(kb, "implementedIn") == []


def test_places_a_delegation_visited_take_no_part_in_the_programme_it_learnt_of():
    kb = knowledge_of("2022年贵阳市统一战线工作综述\n考察组先后走进市民族博物馆、贵阳丰泽科技有限公司等处参观，"
                      "了解“同心助企”行动成果。\n")
    assert links(kb, "participatesIn") == []


def test_a_fund_a_hospital_or_an_enterprise_named_without_a_place_is_not_placed_in_the_reports_region():
    text = ("2022年绵阳市工商联工作总结\n市工商联联合恒达建材有限公司、春晖慈善基金会和同心医院开展义诊捐赠活动，"
            "共捐赠物资20万元。会员又向红星纪念馆赠书。\n")
    located = links(knowledge_of(text), "locatedIn")
    assert not any(subject.endswith(("公司", "基金会", "医院")) for subject, _ in located)
    assert ("红星纪念馆", "绵阳市") in located  # a venue named in a local report is there


def test_a_programme_carried_out_at_a_place_within_the_region_is_implemented_there():
    kb = knowledge_of("绵阳市侨联开展中秋活动\n9月30日，绵阳市侨联在涪城区开展“侨爱同行”主题活动，归侨侨眷30余人参加。\n")
    assert ("侨爱同行", "涪城区") in links(kb, "implementedIn")


def test_a_programme_quoted_right_after_a_place_within_the_region_is_that_places():
    kb = knowledge_of("绵阳市侨联工作动态\n绵阳市侨联在涪城区“侨胞之家”开展“侨爱同行”主题活动。\n")
    assert ("侨胞之家", "涪城区") in links(kb, "implementedIn")


def test_an_initiative_carried_out_where_those_who_went_there_did_it_is_implemented_there():
    kb = knowledge_of("2021年绵阳市统一战线工作综述\n市政协赴石马镇青林村联合开展“翰墨迎春”送春联活动。\n")
    assert links(kb, "implementedIn") == [("翰墨迎春", "青林村")]


def test_a_programme_a_districts_body_runs_in_a_citys_report_is_implemented_in_the_district():
    kb = knowledge_of("2023年绵阳市统一战线工作综述\n游仙区委统战部举办“同心聚力”联谊活动。\n")
    assert links(kb, "implementedIn") == [("同心聚力", "游仙区")]


def test_the_owners_written_right_before_their_programme_take_part_in_it():
    kb = knowledge_of("2023年遵义市统一战线工作综述\n按照民革中央、民建中央“博爱•牵手”工作要求，民革某支部开展关爱留守儿童活动。\n"
                      "为落实市委统战部“同心助学行”工作要求，民建遵义市委举办“同心送温暖”活动。\n")
    taking_part = links(kb, "participatesIn")
    assert ("民革中央", "博爱•牵手") in taking_part and ("民建中央", "博爱•牵手") in taking_part
    assert ("遵义市委统战部", "同心助学行") in taking_part
    assert ("民建遵义市委", "同心送温暖") in taking_part


def test_a_school_named_after_its_township_and_village_is_in_the_village():
    # 某镇某村小学: the village the gazetteer lacks follows its township, and the school is in the village
    kb = knowledge_of("民盟某市委捐资助学\n5月20日，民盟某市委走进武威市凉州区清源镇蔡家寨村小学，送去书包。\n")
    assert [place for school, place in links(kb, "locatedIn") if school.endswith("小学")] == ["蔡家寨村"]


def test_a_school_named_after_a_township_or_village_the_report_names_is_there():
    # 云峰中心学校 after 云峰乡, 马坑小学 after 马坑村: the place its name opens with; a fund named after a village is not
    kb = knowledge_of("某县侨联助学纪实\n云峰乡党委书记出席。县侨联为云峰中心学校送去书包。马坑村村民参加，马坑小学师生参加。"
                      "马坑助学基金同时成立。\n")
    located = links(kb, "locatedIn")
    assert ("云峰中心学校", "云峰乡") in located and ("马坑小学", "马坑村") in located
    assert not any(name == "马坑助学基金" and place == "马坑村" for name, place in located)


def test_a_townships_chamber_named_after_it_is_there_but_not_a_society_of_its_people_elsewhere():
    kb = knowledge_of("某区商会工作纪实\n白云镇党委书记出席。白云商会捐资10万元。青溪旅台同乡会组团返乡，青溪乡乡亲表示感谢。\n")
    located = links(kb, "locatedIn")
    assert ("白云商会", "白云镇") in located
    assert not any(name.endswith("同乡会") and place == "青溪乡" for name, place in located)


def test_a_society_of_a_citys_people_on_a_side_of_a_country_abroad_is_not_in_that_city():
    kb = knowledge_of("深圳市侨联工作纪实\n美西福州总商会向深圳市侨联捐款10万元。\n")
    assert not any(name == "美西福州总商会" for name, place in links(kb, "locatedIn"))
