"""Resolution: one node per real thing, local short forms completed, homonymous bodies kept apart."""
from __future__ import annotations

import pytest

from conftest import extraction_of, knowledge_of

GUIYANG = "2022年贵阳市统一战线工作综述\n市委统战部深入推进“万企兴万村”行动。省委统战部指导工作。\n"
ZUNYI = "2022年遵义市统一战线工作综述\n市委统战部扎实推进万企兴万村行动，民盟市委会积极参与。\n"
SANDU_COUNTY = "2022年三都县统一战线工作综述\n县委统战部推进工作，州委统战部给予指导。\n"


def labels(kb, cls):
    return sorted(e.label for e in kb.entities.values() if e.cls == cls and e.evidence)


def test_local_short_forms_are_completed_from_the_reports_region():
    kb = knowledge_of(GUIYANG)
    assert labels(kb, "GovernmentBody") == ["贵州省委统战部", "贵阳市委统战部"]
    implied = sorted(e.label for e in kb.entities.values() if e.cls == "GovernmentBody" and not e.evidence)
    assert implied == ["贵州省委", "贵阳市委"]  # their committees are in the graph, not mentioned by the report
    body = next(e for e in kb.entities.values() if e.label == "贵阳市委统战部")
    assert "市委统战部" in body.alt_labels


def test_an_office_written_out_or_short_is_one_body():
    kb = knowledge_of("2022年绵阳市侨务工作综述\n市侨务外事办公室组织侨商考察，市侨务外事办牵头举办侨商座谈会。\n")
    assert labels(kb, "GovernmentBody") == ["绵阳市侨务外事办公室"]
    office = next(e for e in kb.entities.values() if e.label == "绵阳市侨务外事办公室")
    assert "市侨务外事办" in office.alt_labels


def test_a_countys_office_named_after_its_province_and_short_name_is_the_countys():
    kb = knowledge_of("云南施甸侨办向缅甸学校捐赠物资\n记者从施甸县侨办获悉，施甸县侨办将物资捐赠给学校。\n")
    assert labels(kb, "GovernmentBody") == ["施甸县侨办"]


def test_the_same_short_form_in_two_cities_is_two_bodies():
    kb = knowledge_of(GUIYANG, ZUNYI)
    assert {"贵阳市委统战部", "遵义市委统战部"} <= set(labels(kb, "GovernmentBody"))


def test_an_initiative_named_by_two_reports_is_one_node():
    kb = knowledge_of(GUIYANG, ZUNYI)
    initiatives = [e for e in kb.entities.values() if e.cls == "Initiative"]
    assert len(initiatives) == 1 and set(initiatives[0].evidence) == {"report0", "report1"}
    assert initiatives[0].key == "initiative/万企兴万村"


def test_a_party_committee_gets_the_locality_and_belongs_to_its_party():
    kb = knowledge_of(ZUNYI)
    committee = next(e for e in kb.entities.values() if e.label == "民盟遵义市委会")
    party = kb.entities["party/cdl"]
    assert party.label == "中国民主同盟" and "民盟" in party.alt_labels
    assert any(l.subject == committee.key and l.predicate == "subOrganizationOf" and l.object == party.key
               for l in kb.links)


def test_a_party_committee_written_out_or_short_with_or_without_its_hui_is_one_node():
    kb = knowledge_of("中国民主促进会泸州市委员会2021年工作总结\n2021年，中国民主促进会泸州市委员会共有会员120名。"
                      "民进泸州市委会全年发展会员7名。民进泸州市委组织会员参加培训。九三学社泸州市委员会开展调研。九三学社泸州市委提交提案。\n")
    committees = sorted(e.key for e in kb.entities.values() if e.cls == "PoliticalParty" and e.evidence
                        and e.key.startswith("party/") and "泸州" in e.key)
    assert committees == ["party/九三学社泸州市委会", "party/民进泸州市委会"]


def test_a_county_report_completes_the_prefecture_above_it():
    kb = knowledge_of(SANDU_COUNTY)
    assert "黔南州委统战部" in labels(kb, "GovernmentBody")
    assert "三都县委统战部" in labels(kb, "GovernmentBody")


def test_regions_carry_code_level_and_parents_up_to_the_country():
    kb = knowledge_of(SANDU_COUNTY)
    county = kb.entities["region/522732"]
    assert (county.label, county.level, county.code) == ("三都水族自治县", "county", "522732")
    chain = []
    key = county.key
    while key:
        chain.append(kb.entities[key].label)
        key = kb.entities[key].parent
    assert chain == ["三都水族自治县", "黔南布依族苗族自治州", "贵州省", "中国"]
    assert "三都县" in county.alt_labels


def test_a_short_form_without_a_known_region_stays_apart_per_report():
    text = "县委统战部2022年度工作总结\n县委常委会专题研究统战工作。\n"
    kb = knowledge_of(text, text)
    committees = [e for e in kb.entities.values() if e.label == "县委"]
    assert len(committees) == 2


def test_a_short_policy_title_stands_for_the_long_one():
    kb = knowledge_of("2022年贵阳市统一战线工作综述\n学习《中国共产党统一战线工作条例》，把《条例》纳入培训。\n")
    policies = [e for e in kb.entities.values() if e.cls == "Policy"]
    assert [(p.label, p.alt_labels) for p in policies] == [("中国共产党统一战线工作条例", {"条例"})]


def test_outcome_subjects_are_entities_or_the_region():
    kb = knowledge_of(GUIYANG + "全年培训党外干部300人次。\n")
    region = kb.reports[0].region
    assert [o.subject for o in kb.outcomes] == [region]


def test_a_declared_abbreviation_names_the_same_policy_everywhere_in_the_report():
    kb = knowledge_of("2021年贵阳市统一战线工作综述\n出台《贵阳市支持民营企业发展若干措施》（以下简称“惠企十条”）。\n"
                      "抓好“惠企十条”落地见效。\n")
    policies = [(e.label, e.alt_labels) for e in kb.entities.values() if e.cls == "Policy"]
    assert policies == [("贵阳市支持民营企业发展若干措施", {"惠企十条"})]


def test_a_city_abroad_belongs_to_its_country():
    kb = knowledge_of("2022年贵阳市统一战线工作综述\n市侨联在阿联酋迪拜设立联络站。\n")
    city = next(e for e in kb.entities.values() if e.label == "迪拜")
    assert (city.level, city.parent) == ("city", "region/AE")


def test_a_county_named_with_one_character_keeps_its_level_twice():
    kb = knowledge_of("2022年容县统一战线工作综述\n县委统战部开展工作，在县委领导下推进。\n")
    assert {"容县县委统战部", "容县县委"} <= set(labels(kb, "GovernmentBody"))


def test_a_township_named_again_without_its_county_is_the_same_node():
    text = ("台江县基层侨联慰问归侨\n本报讯 贵州省台江县台拱街道侨联走访慰问归侨侨眷12户。\n"
            "走访中，台拱街道侨联送去慰问金3000元。\n")
    kb = knowledge_of(text)
    townships = [e for e in kb.entities.values() if e.cls == "Region" and e.label == "台拱街道"]
    assert len(townships) == 1 and townships[0].parent == "region/522630"


def test_the_item_of_a_list_before_a_shared_head_is_no_other_name():
    kb = knowledge_of("2022年绵阳市统一战线工作综述\n会上，江油、安州工商联作交流发言。\n")
    federation = next(e for e in kb.entities.values() if e.label == "江油工商联")
    assert "江油" not in federation.alt_labels


def test_the_own_department_of_a_municipality():
    kb = knowledge_of("2022年重庆市统一战线工作综述\n统战部深入推进民营经济统战工作。\n")
    assert "重庆市委统战部" in labels(kb, "GovernmentBody")


def _sub_organizations(kb) -> list[tuple[str, str]]:
    names = {key: entity.label for key, entity in kb.entities.items()}
    return sorted((names[l.subject], names[l.object]) for l in kb.links if l.predicate == "subOrganizationOf")


def test_a_partys_base_unit_belongs_to_the_one_local_committee_of_that_party_the_report_names():
    kb = knowledge_of("民盟凯里市委会召开全委会\n民盟凯里市委会召开三届五次全委会议，民盟凯里市第一中学支部作交流发言。\n")
    assert ("民盟凯里市第一中学支部", "民盟凯里市委会") in _sub_organizations(kb)
    assert ("民盟凯里市第一中学支部", "中国民主同盟") not in _sub_organizations(kb)


def test_a_partys_base_unit_belongs_to_the_party_when_the_report_names_no_committee_of_it():
    kb = knowledge_of("2023年凯里市统一战线工作综述\n支持民盟凯里市第一中学支部开展“同心讲堂”活动。\n")
    assert ("民盟凯里市第一中学支部", "中国民主同盟") in _sub_organizations(kb)


def test_a_cppccs_liaison_group_belongs_to_it():
    kb = knowledge_of("2023年凯里市侨务工作综述\n市政协侨务联络组走访侨企12家。\n")
    assert ("凯里市政协侨务联络组", "凯里市政协") in _sub_organizations(kb)


def test_a_slogan_written_with_other_separators_is_one_initiative():
    from conftest import knowledge_of

    kb = knowledge_of("2022年四川省统一战线工作综述\n省委统战部组团走进绵阳、德阳，开展“看发展·聚共识”学习考察活动。\n"
                      "深入开展“看发展、聚共识”学习考察活动，成效明显。\n")
    assert [e.label for k, e in kb.entities.items() if k.startswith("initiative/")] == ["看发展·聚共识"]


def test_a_name_quoted_with_mixed_marks_gets_a_balanced_label():
    kb = knowledge_of('2023年某县民革工作总结\n县委统战部印发《“薪火传承，同心筑梦"主题活动方案》。\n')
    for entity in kb.entities.values():
        for name in (entity.label, *entity.alt_labels):
            assert name.count("“") == name.count("”"), name
    assert any("“薪火传承，同心筑梦”" in e.label for e in kb.entities.values())


def test_a_body_written_with_its_long_head_or_its_bare_place_is_one_node():
    kb = knowledge_of("2017年环江县工商联工作总结\n环江工商联召开会议。环江毛南族自治县工商业联合会获评先进。"
                      "县委统一战线工作部、县民族宗教事务局、县委统战部参加。\n")
    assert labels(kb, "Association") == ["环江县工商联"]
    assert kb.entities["association/环江县工商联"].alt_labels == {"环江毛南族自治县工商业联合会", "环江工商联"}
    assert len(labels(kb, "GovernmentBody")) == 2


def test_a_bare_place_before_a_head_is_completed_only_for_the_reports_own_place():
    kb = knowledge_of("2022年广州市统一战线工作综述\n黄埔军校同学会举办活动。\n")
    assert "黄埔军校同学会" in labels(kb, "Association") + labels(kb, "Organization")


def test_a_committee_named_only_in_a_persons_office_gets_no_department_from_that_report():
    office = knowledge_of("安岳县侨联召开第五次代表大会\n县委常委、统战部部长李明远出席会议。县委统战部副部长主持会议。\n")
    assert ("安岳县委统战部", "安岳县委") not in _sub_organizations(office)
    named = knowledge_of("安岳县侨联召开第五次代表大会\n在县委的领导下，县委统战部指导侨联换届。县委常委、统战部部长李明远出席会议。\n")
    assert ("安岳县委统战部", "安岳县委") in _sub_organizations(named)


def test_an_autonomous_regions_committee_is_one_node_however_its_level_is_written():
    kb = knowledge_of("2017年宁夏回族自治区统战工作\n中共宁夏回族自治区党委召开会议。区党委统战部、自治区党委统战部、"
                      "宁夏回族自治区党委统战部参加。民革区委参加。\n")
    assert labels(kb, "GovernmentBody") == ["宁夏回族自治区党委", "宁夏回族自治区党委统战部"]
    assert "民革宁夏区委" in labels(kb, "PoliticalParty")


def test_a_departments_listed_offices_are_its_own_in_each_report():
    first = "2020年某自治区统战工作\n【概况】自治区党委统战部内设5个处室，分别为：办公室、研究室、民族工作处、侨务处、宗教工作处。\n"
    second = "2021年某市统战工作\n【概况】市委统战部内设3个科室，分别为：办公室、研究室、民族工作科。\n"
    kb = knowledge_of(first, second)
    offices = [e for e in kb.entities.values() if e.label == "办公室"]
    assert len(offices) == 2 and all(len(e.evidence) == 1 for e in offices)


def test_a_body_named_with_the_province_before_its_place_or_without_its_committee_is_one_node():
    kb = knowledge_of("2018年北京市海淀区统战工作\n海淀区党外知识分子联谊会成立，北京海淀区知联会由中共海淀区委统战部发起，"
                      "海淀区统战部负责人出席，四川省宜宾市工商联和宜宾市工商联参加。\n")
    assert labels(kb, "Association") == ["宜宾市工商联", "海淀区党外知识分子联谊会"]
    assert "北京海淀区知联会" in kb.entities["association/海淀区知联会"].alt_labels
    assert labels(kb, "GovernmentBody") == ["海淀区委统战部"]


def test_a_working_committee_belongs_to_the_committee_named_before_it():
    kb = knowledge_of("2012年民盟临沂市委工作总结\n民盟临沂市委会召开全会，民盟市委参政议政工作委员会作报告。\n")
    working = [e for e in kb.entities.values() if e.label.endswith("参政议政工作委员会")]
    assert len(working) == 1
    parents = {link.object for link in kb.links if link.subject == working[0].key and link.predicate == "subOrganizationOf"}
    assert parents == {"party/民盟临沂市委会"}


def test_a_one_character_countys_peoples_bodies_name_the_county_once():
    kb = knowledge_of("2022年容县统一战线工作综述\n县侨联、县工商联、县政府共同开展工作。\n")
    assert {"容县侨联", "容县工商联"} <= set(labels(kb, "Association"))
    assert "容县县政府" in labels(kb, "GovernmentBody")


def test_an_association_of_hong_kong_is_named_with_hong_kong_and_its_government_with_the_sar():
    kb = knowledge_of("香港容县同乡会举行会庆\n香港容县同乡会、香港特区容县同乡会会员和香港特区政府代表出席。\n")
    assert labels(kb, "Association") == ["香港容县同乡会"]
    assert labels(kb, "GovernmentBody") == ["香港特区政府"]


def test_a_district_body_in_a_citys_report_takes_the_district_its_sentence_names():
    kb = knowledge_of("北京市民营经济发展联席会议召开联络员会议\n2月23日，市民营经济发展联席会议在海淀区召开联络员会议。\n"
                      "会上，海淀区区委统战部副部长、区工商联党组书记王小明介绍了区工商联的工作。\n")
    assert "海淀区工商联" in labels(kb, "Association")


def test_a_companys_branch_belongs_to_the_company():
    kb = knowledge_of("容县招商引资综述\n2023年，广西恒达建材有限公司容县分公司投资3000万元建设厂房。\n")
    names = {key: entity.label for key, entity in kb.entities.items()}
    assert [(names[l.subject], names[l.object]) for l in kb.links if l.predicate == "subOrganizationOf"] == [
        ("广西恒达建材有限公司容县分公司", "广西恒达建材有限公司")]


def test_a_programme_of_a_traditional_text_keeps_its_name_as_written():
    from pathlib import Path

    from ufkg.corpus import simplified_twin
    from ufkg.extract.report import extract_report
    from ufkg.model import Document
    from ufkg.resolve import resolve_all

    text = "2023年澳門某會工作回顧\n本會推出“掌上聯誼會”平台，服務會員兩千人。\n"
    document = Document(Path("trad.txt"), "trad.txt", text, "trad", matching_text=simplified_twin(text, "big5"))
    kb = resolve_all([extract_report(document)])
    programme = next(entity for entity in kb.entities.values() if entity.cls == "Initiative")
    assert programme.label == "掌上联谊会" and "掌上聯誼會" in programme.alt_labels


def test_a_city_abroad_named_without_its_country_is_the_news_items_place_under_its_state_and_country():
    kb = knowledge_of("多伦多华人社团举行新春联欢会\n本报讯 2月3日，多伦多华人社团联合会在市中心举行新春联欢会，500余名侨胞出席。\n")
    chain, key = [], "region/CATOR"
    while key:
        chain.append((kb.entities[key].label, kb.entities[key].level))
        key = kb.entities[key].parent
    assert chain == [("多伦多", "city"), ("安大略省", "state"), ("加拿大", "country")]
    assert extraction_of("多伦多华人社团举行新春联欢会\n本报讯 2月3日，多伦多华人社团联合会举行新春联欢会。\n").meta.region == "多伦多"


@pytest.mark.parametrize("text, region", [
    pytest.param("西班牙侨界齐心抗疫\n欧洲时报讯 西班牙侨胞近日向当地医院捐赠口罩2万只。马德里侨团代表说，"
                 "马德里侨胞将继续支持抗疫。\n马德里市政府致谢。\n", "马德里", id="a city the country's news keeps naming"),
    pytest.param("西班牙侨界齐心抗疫\n欧洲时报讯 西班牙侨胞近日向当地医院捐赠口罩2万只。马德里侨团代表说，"
                 "侨胞将继续支持抗疫。\n", "西班牙", id="a city named in passing leaves the country"),
])
def test_a_countrys_news_that_keeps_naming_one_of_its_cities_is_that_citys(text, region):
    extraction = extraction_of(text)
    assert extraction.meta.region == region
    assert extraction.mentions[extraction.region_mention].name == region


def test_a_town_abroad_no_gazetteer_knows_is_a_city_of_the_state_the_text_names_as_the_report_wrote_it(tmp_path):
    from ufkg.corpus import read_document
    from ufkg.extract.report import extract_report
    from ufkg.resolve import resolve_all

    path = tmp_path / "news.txt"
    path.write_text("華團捐款助學\n（馬口6日訊）柔佛州華團聯合會昨晚捐獻5萬令吉給10所華小。海南會館也響應號召。\n",
                    encoding="utf-8")
    kb = resolve_all([extract_report(read_document(path))])
    town = kb.entities["region/MY-01/馬口"]
    assert (town.label, town.level, town.parent) == ("馬口", "city", "region/MY-01")
    assert kb.entities["region/MY-01"].parent == "region/MY"


def test_a_county_made_a_district_answers_to_its_former_name():
    kb = knowledge_of("2014年双流县统一战线工作综述\n县委统战部组织30家非公有制企业结对帮扶25个村。\n")
    district = kb.entities["region/510116"]
    assert district.label == "双流区" and "双流县" in district.alt_labels


def test_a_county_level_city_made_a_district_answers_to_its_former_name():
    extraction = extraction_of("《萧山市志》\n第三节 联谊交友\n市政协每年春节举行茶话会。萧山市政协参加横向联系会议15次。\n")
    assert extraction.meta.region == "萧山市"
    kb = knowledge_of("《萧山市志》\n第三节 联谊交友\n市政协每年春节举行茶话会。\n")
    district = kb.entities["region/330109"]
    assert district.label == "萧山区" and "萧山市" in district.alt_labels


def test_editions_of_a_recurring_event_are_one_initiative():
    kb = knowledge_of("2018年泸州市侨联工作综述\n市侨联协办2018年第七届泸州酒城文化节。第七届泸州酒城文化节期间，"
                      "组织侨胞参观企业12家。\n")
    festivals = sorted(e.key for e in kb.entities.values() if e.cls == "Initiative")
    assert festivals == ["initiative/泸州酒城文化节"]


@pytest.mark.parametrize("text", [
    # named in full first, then alone
    "2024年某某县统战工作\n走进抚州南丰县尖峰乡荷塘村，桔林成片。\n"
    "荷塘村位于南丰县西部，过去基础薄弱。\n在县里推动下，荷塘村引进侨资企业2家。\n",
    # named alone in the title and with its county only in the opening, then in full
    "民进某市委赴荷塘村调研\n5月8日，民进某市委一行来到南丰县荷塘村。\n"
    "荷塘村隶属南丰县尖峰乡，市委在南丰县尖峰乡荷塘村捐建书屋1间。\n",
])
def test_a_village_named_alone_and_with_its_township_is_one_village(text):
    villages = [entity for entity in knowledge_of(text).entities.values() if entity.label == "荷塘村"]
    assert len(villages) == 1
    assert knowledge_of(text).entities[villages[0].parent].label == "尖峰乡"


def test_a_village_node_an_earlier_part_of_a_long_report_made_stays_for_that_parts_figures():
    # a file streamed in parts: the first part's figure is of the village it named short; a later part that names
    # the village both ways makes its own mentions one node, but leaves the first part's node standing
    from dataclasses import replace

    from ufkg.resolve import resolve_all

    first = extraction_of("2024年南丰县统战工作\n南丰县荷塘村新建冷库3座。\n", "long.txt")
    later = extraction_of("县工商联再赴南丰县荷塘村。\n荷塘村隶属南丰县尖峰乡，县工商联在南丰县尖峰乡荷塘村捐建凉亭2座。\n",
                          "long.txt")
    later = replace(later, document=replace(later.document, report_id=first.document.report_id, part=1, offset=100))
    kb = resolve_all([first, later])
    assert all(outcome.subject in kb.entities for outcome in kb.outcomes)


def test_a_body_named_after_its_city_without_the_level_is_the_one_the_report_writes_with_it():
    # a county's report: the chamber of its people in the city, written 成都仁寿商会 and 成都市仁寿商会
    kb = knowledge_of("成都仁寿商会成立暨仁寿县招商推介会举行\n6月2日，成都仁寿商会成立。"
                      "成都市仁寿商会随后与仁寿县签订合作框架。\n")
    chambers = {entity.key: entity.alt_labels for entity in kb.entities.values() if entity.cls == "Association"}
    assert chambers == {"association/成都市仁寿商会": {"成都仁寿商会"}}


def test_a_new_area_covered_by_a_report_lies_in_the_city_written_before_it():
    kb = knowledge_of("携手帮扶结硕果\n——青岛市星海新区工商联开展帮扶工作纪实\n"
                      "星海新区工商联组织30家企业赴德清县考察，德清县客商负责人来新区洽谈。\n")
    areas = [entity for entity in kb.entities.values() if entity.label == "星海新区"]
    assert len(areas) == 1 and kb.entities[areas[0].parent].label == "青岛市"


def test_a_countys_returned_overseas_chinese_federation_under_its_zhejiang_name_is_its_qiaolian():
    kb = knowledge_of("2024年某某县侨联工作\n会议选举产生了武义县归侨侨眷联合会第五届委员会，推举张某某为县侨联主席。\n")
    associations = [entity for entity in kb.entities.values() if entity.cls == "Association"]
    assert len(associations) == 1
    assert "武义县归侨侨眷联合会" in {associations[0].label, *associations[0].alt_labels}


def test_a_branch_named_without_its_party_belongs_to_the_committee_of_the_reports_own_place():
    kb = knowledge_of("凯里市志·九三学社\n1992年4月，九三学社凯里市委员会成立。同年成立某某学院支社，隶属九三学社贵州省委会。"
                      "9月，成立医药支社。\n")
    assert ("医药支社", "九三学社凯里市委会") in _sub_organizations(kb)
    assert ("医药支社", "九三学社") not in _sub_organizations(kb)


def test_no_city_abroad_is_read_after_the_home_countrys_name():
    kb = knowledge_of("2009年伊宁市工商联工作\n为迎接中华人民共和国建国60周年，市工商联举办书画展。\n")
    assert not [e for e in kb.entities.values() if e.cls == "Region" and e.label == "建国"]


def test_the_parts_of_a_country_named_by_their_directions_are_no_city_abroad():
    kb = knowledge_of("2019年凯里市侨联工作\n市侨联联系的侨胞居住在意大利南北各个城市。\n")
    assert labels(kb, "Region") == ["凯里市", "意大利"]


def test_the_parent_of_a_national_body_is_known_but_not_mentioned_by_the_report():
    kb = knowledge_of("2022年凯里市侨联工作总结\n市侨联协助国务院侨办开展寻根之旅活动。\n")
    state_council = next(e for e in kb.entities.values() if e.label == "国务院")
    assert not state_council.evidence
    assert ("国务院侨办", "国务院") in {(kb.entities[l.subject].label, kb.entities[l.object].label) for l in kb.links}


def test_a_county_level_zone_with_no_code_is_an_area():
    kb = knowledge_of("2022年大连市统一战线工作综述\n市委统战部赴凯旋新区调研。\n")
    zone = next(e for e in kb.entities.values() if e.label == "凯旋新区")
    assert (zone.level, zone.code) == ("area", None)


def test_bodies_named_by_their_level_in_a_list_opened_by_another_provinces_body_are_that_provinces():
    text = ("2022年贵阳市统一战线工作综述\n在湖南省委、省政府，省政协、省港澳办的关心支持下，两地合作不断深化。"
            "省委统战部指导工作。\n")
    bodies = labels(knowledge_of(text), "GovernmentBody")
    assert {"湖南省委", "湖南省政府", "湖南省政协", "湖南省港澳办", "贵州省委统战部"} <= set(bodies)
    assert "贵州省政府" not in bodies


def test_a_hong_kong_societys_report_has_no_provincial_committee_of_hong_kong():
    text = "香港贵州社团总会会长致辞\n在香港中联办和省委的关心下，总会不断发展。\n"
    bodies = labels(knowledge_of(text), "GovernmentBody")
    assert "香港中联办" in bodies and not any(body.startswith("香港特区委") or body == "香港省委" for body in bodies)


def test_a_department_a_committees_standing_member_heads_is_that_committees():
    text = ("香港贵州社团总会会长致辞\n2018年，湖南省委常委、统战部部长到会指导。"
            "会上，省委常委、部长对社团工作提出要求。\n")
    bodies = labels(knowledge_of(text), "GovernmentBody")
    assert {"湖南省委统战部", "湖南省委"} <= set(bodies)
    assert not any(body.startswith("香港") for body in bodies)


def test_a_citys_standing_member_in_a_countys_report_heads_the_citys_department_in_the_city():
    kb = knowledge_of("2022年三都县统一战线工作综述\n州委常委、统战部部长出席会议，县委统战部汇报工作。\n")
    assert {"黔南州委统战部", "三都县委统战部"} <= set(labels(kb, "GovernmentBody"))
    department = next(key for key, e in kb.entities.items() if e.label == "黔南州委统战部")
    places = {kb.entities[link.object].label for link in kb.links if link.subject == department and link.predicate == "locatedIn"}
    assert "三都水族自治县" not in places


def test_a_committees_departments_named_alone_are_the_reports_places():
    kb = knowledge_of("2022年贵阳市统一战线工作综述\n市委统战部会同组织部、宣传部、编办、发改委研究党外干部工作。\n")
    assert {"贵阳市委组织部", "贵阳市委宣传部", "贵阳市委编办", "贵阳市发改委"} <= set(labels(kb, "GovernmentBody"))


def test_development_zones_named_after_their_city_are_areas_and_a_reports_region():
    text = "绵阳经济开发区召开统战工作会议\n绵阳经开区统战部牵头协调，成员单位10个，服务企业300家。\n"
    kb = knowledge_of(text)
    zones = {e.label: e for e in kb.entities.values() if e.cls == "Region" and e.level == "area"}
    assert {"绵阳经济开发区", "绵阳经开区"} <= set(zones)
    assert {kb.entities[zone.parent].label for zone in zones.values()} == {"绵阳市"}
    assert "绵阳经开区统战部" in labels(kb, "GovernmentBody")
    assert extraction_of(text).meta.region == "绵阳经济开发区"


def test_a_partys_committee_of_an_autonomous_region_named_by_its_level_keeps_the_level():
    kb = knowledge_of("民建新疆区委工作报告\n3月5日，民建新疆区委召开全会。民建区委会同各地州委开展调研。\n")
    assert [e.label for e in kb.entities.values() if e.cls == "PoliticalParty" and e.key != "party/cndca"] == ["民建新疆区委"]


def test_a_place_abroad_has_no_department_of_its_own():
    kb = knowledge_of("马来西亚槟城福建会馆举行庆典\n日前，马来西亚槟城福建会馆举行成立90周年庆典。统战部、宣传部发来贺信。\n")
    assert sorted(labels(kb, "GovernmentBody")) == ["宣传部", "统战部"]


def test_a_base_unit_named_with_its_place_belongs_to_the_committee_of_the_city_that_holds_it():
    kb = knowledge_of("涪城区统战工作\n近日，民建涪城支部响应民建绵阳市委的倡议，民建四川省委也发出号召。\n")
    assert ("party/民建涪城支部", "party/民建绵阳市委会") in {
        (link.subject, link.object) for link in kb.links if link.predicate == "subOrganizationOf"}


def test_a_province_named_only_inside_company_and_committee_names_places_them_but_is_not_mentioned():
    text = ("2023年漳浦县工商联工作总结\n漳浦县工商联组织会员企业捐款。浙江兴农集团有限公司出资50万元，"
            "民盟江西省委调研组到县考察，浙江兴农集团有限公司还资助学生20名。\n")
    kb = knowledge_of(text)
    assert "浙江省" not in labels(kb, "Region") and "江西省" not in labels(kb, "Region")
    company = next(e for e in kb.entities.values() if e.label == "浙江兴农集团有限公司")
    assert any(link.subject == company.key and link.predicate == "locatedIn" and link.object == "region/330000"
               for link in kb.links)
    told = "2023年漳浦县工商联工作总结\n漳浦县工商联赴浙江考察，浙江兴农集团有限公司出资50万元。\n"
    assert "浙江省" in labels(knowledge_of(told), "Region")  # named on its own as well: a place the report speaks of


def test_a_city_named_only_inside_society_names_is_not_mentioned_unless_it_holds_the_reports_place():
    text = "2023年漳浦县工商联工作总结\n厦门市漳浦商会出资50万元，漳州市工商联给予指导。\n"
    regions = labels(knowledge_of(text), "Region")
    assert "厦门市" not in regions and "漳州市" in regions  # 漳州 holds 漳浦
    told = "2023年漳浦县工商联工作总结\n漳浦县工商联赴厦门考察，厦门市漳浦商会出资50万元。\n"
    assert "厦门市" in labels(knowledge_of(told), "Region")


def test_a_place_named_only_in_the_name_of_the_paper_a_report_came_from_is_not_mentioned():
    text = ("曲靖日报讯（记者 张某）近日，罗平县工商联组织会员企业开展捐赠活动，共捐款20万元。\n"
            "来源：曲靖日报\n")
    kb = knowledge_of("罗平县工商联开展捐赠活动\n" + text)
    assert labels(kb, "Region") == ["罗平县"]


@pytest.mark.parametrize("dateline", ["云南经济网曲靖讯", "云南在线曲靖讯", "云南新闻网·云南掌上新闻讯"])
def test_a_province_named_only_in_a_sites_name_before_its_dateline_is_not_mentioned(dateline):
    text = f"罗平县工商联助学\n{dateline}（记者 张某）近日，罗平县工商联为山区学校筹款20万元。\n"
    assert "云南省" not in labels(knowledge_of(text), "Region")


def test_a_bodys_bracketed_other_name_is_placed_where_the_body_is():
    text = "2023年准格尔旗统一战线工作综述\n鄂尔多斯市工商联（总商会）通过各种渠道筹集善款。\n"
    kb = knowledge_of(text)
    body = next(e for e in kb.entities.values() if e.label == "鄂尔多斯市工商联")
    places = {kb.entities[link.object].label for link in kb.links if link.subject == body.key and link.predicate == "locatedIn"}
    assert places == {"鄂尔多斯市"}


def test_the_glory_societys_short_name_is_the_same_association():
    kb = knowledge_of("2023年陇南市统一战线工作综述\n陇南市光彩事业促进会成立。年内，市光彩会捐赠资金120万元。\n")
    assert labels(kb, "Association") == ["陇南市光彩事业促进会"]


def test_a_township_and_a_village_named_earlier_in_full_keep_their_places():
    text = ("民建会员捐赠活动举行\n9月8日，民建会员捐赠活动在凯里市旁海镇中心小学举行。"
            "发起人某某向麻江县宣威镇新场村捐赠服装200套。\n"
            "州驻麻江县新场村工作队、旁海镇中心小学的负责人出席仪式。\n")
    kb = knowledge_of(text)
    places = sorted((e.label, e.parent) for e in kb.entities.values() if e.cls == "Region" and e.label in ("旁海镇", "新场村"))
    assert places == [("新场村", "region/522635/宣威镇"), ("旁海镇", "region/522601")]
    # named again alone, after another place in its sentence (首个书屋落户某市后，…某村小学成了…): the same village
    text = ("民盟某支部捐建书屋\n4月28日，民盟某支部为麻江县宣威镇新场村小学送去一批读物。\n"
            "首个书屋落户凯里市后，新场村小学成了支部援建的第九个书屋。\n")
    kb = knowledge_of(text)
    villages = [(e.label, e.parent) for e in kb.entities.values() if e.cls == "Region" and e.label == "新场村"]
    assert villages == [("新场村", "region/522635/宣威镇")]


def test_a_community_lies_in_the_one_street_its_sentence_named_before_it():
    kb = knowledge_of("涪城区侨联开展活动\n涪城区侨联、城厢街道于日前在锦华社区开展联谊活动。\n")
    community = next(e for e in kb.entities.values() if e.label == "锦华社区")
    assert kb.entities[community.parent].label == "城厢街道"
    # two streets named before it: which one holds it the sentence does not say
    kb = knowledge_of("涪城区侨联开展活动\n城厢街道、城郊街道于日前在锦华社区开展联谊活动。\n")
    community = next(e for e in kb.entities.values() if e.label == "锦华社区")
    assert kb.entities[community.parent].label == "涪城区"


def test_the_taiwanese_investors_association_by_its_short_name_is_one_association():
    kb = knowledge_of("2023年绵阳市台湾同胞投资企业协会工作综述\n绵阳市台湾同胞投资企业协会召开年会。"
                      "绵阳市台协会长表示，台协将继续服务台商。\n")
    assert labels(kb, "Association") == ["绵阳市台湾同胞投资企业协会"]


def test_a_quotation_written_with_a_space_inside_its_marks_gives_no_spaced_name():
    kb = knowledge_of("2023年某县统战工作综述\n县侨联打造的联谊品牌“ 侨心驿站”深入社区，开展活动12场。\n")
    labels = {label for entity in kb.entities.values() if entity.cls == "Initiative"
              for label in (entity.label, *entity.alt_labels)}
    assert labels and not any(label != label.strip() for label in labels)


def test_a_community_after_a_county_named_past_the_street_lies_in_the_county_not_the_street():
    kb = knowledge_of("涪城区侨联开展活动\n城厢街道商会会员于日前分别到游仙区内锦华社区、富乐社区开展联谊活动。\n")
    community = next(e for e in kb.entities.values() if e.label == "富乐社区")
    assert kb.entities[community.parent].label == "游仙区"


def test_a_village_named_alone_in_a_townships_news_lies_in_that_township():
    kb = knowledge_of("剑阁县龙源镇乡贤工作综述\n剑阁县龙源镇成立乡贤会。\n青树村乡贤捐款8万元修路。\n")
    village = next(e for e in kb.entities.values() if e.cls == "Region" and e.label == "青树村")
    assert village.parent == "region/510823/龙源镇"


def test_the_youth_leagues_committee_named_by_its_level_is_the_reports_places():
    kb = knowledge_of("2023年绵阳市统一战线工作综述\n团市委、市妇联联合开展送教下乡活动。\n")
    assert sorted(entity.label for entity in kb.entities.values() if entity.cls == "Association") == [
        "共青团绵阳市委", "绵阳市妇联"]


def test_a_village_written_right_after_a_country_is_its_peoples_home_not_in_that_country():
    # 印度尼西亚某村籍侨胞: the people live in the country; the village is in the report's county
    kb = knowledge_of("屏南县侨联慰问侨眷\n屏南县侨联邀请印度尼西亚后洋村籍侨胞代表座谈。\n")
    villages = [entity for entity in kb.entities.values() if entity.cls == "Region" and entity.label == "后洋村"]
    assert [village.parent for village in villages] == ["region/350923"]


def test_a_taiwanese_investors_association_by_its_long_head_is_keyed_as_every_other_form_of_it():
    # the Taiwanese investors' association by its long head, as by its other forms, is a 台协: one key for them all
    long_name = "漳州市台商" + "投资企业" + "协会"
    kb = knowledge_of("漳州台商年会\n" + long_name + "举行年会。漳州台商" + "协会会长致辞。\n")
    assert [key for key, entity in kb.entities.items() if entity.cls == "Association"] == ["association/漳州市台协"]


def test_a_governments_office_stationed_elsewhere_is_not_placed_in_the_reports_region():
    kb = knowledge_of("2019年成都市侨联工作\n驻达尼丁办事处举办国庆酒会，市侨联主席出席。\n")
    office = next(e for e in kb.entities.values() if e.label == "驻达尼丁办事处")
    places = {kb.entities[link.object].label for link in kb.links if link.subject == office.key and link.predicate == "locatedIn"}
    assert "成都市" not in places


def test_a_village_whose_committee_is_named_from_its_start_is_still_in_the_township_before_it():
    kb = knowledge_of("石桥村农家书屋揭牌\n12月8日，石桥村农家书屋揭牌仪式于茶陵县严塘镇石桥村村委会举办。石桥村村民参加。\n")
    [village] = [e for e in kb.entities.values() if e.label == "石桥村"]
    assert kb.entities[village.parent].label == "严塘镇"
