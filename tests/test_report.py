"""Specification of ufkg.extract.report: how the extractors' results are put together for one report."""
from __future__ import annotations

import pytest
from conftest import extraction_of

TITLE = "2023年乐山市统一战线工作综述\n"


def quantity_texts(text: str) -> list[str]:
    return [q.text for q in extraction_of(TITLE + text).quantities]


def test_a_figure_restated_in_a_later_paragraph_is_one_outcome():
    text = "一年来，全市走访民营企业320家。\n市工商联组织开展助企行动，走访民营企业320家，解决问题45个。"
    assert quantity_texts(text) == ["320家", "45个"]


def test_a_figure_repeated_within_one_paragraph_is_a_list():
    text = "慰问困难归侨8户，每户500元；慰问困难侨眷6户，每户500元。"
    assert quantity_texts(text).count("500元") == 2


def test_the_targets_of_next_years_plan_are_dated_to_that_year():
    text = ("一年来，全市走访民营企业320家。\n二、2024年工作打算\n"
            "一是力争动员民营企业60家参与万企兴万村行动。\n二是持续开展走访，力争走访企业400家。")
    dated = [(q.text, q.status, q.period) for q in extraction_of(TITLE + text).quantities]
    assert dated == [("320家", "achieved", 2023), ("60家", "target", 2024), ("400家", "target", 2024)]


def test_a_place_in_a_persons_given_name_is_no_region():
    from conftest import mentions_of

    found = mentions_of("2023年宜宾市统一战线工作综述\n刘南京、于红莉、戚征宇等多名会员接受了记者采访。\n", "Region")
    assert "南京" not in found and "南京市" not in found


def test_an_ethnic_township_written_short_is_the_township_named_in_full():
    from conftest import mentions_of

    text = ("某区统战部动态\n义诊活动在延庆区珍珠泉回族乡（以下简称“珍珠泉乡”）举行。医生们走遍珍珠泉乡各村。\n")
    found = mentions_of(text, "Region")
    assert "珍珠泉回族乡" in found and "珍珠泉乡" not in found


def test_a_national_body_named_only_at_the_start_of_its_departments_name_is_no_mention():
    from conftest import mentions_of

    visit = "香港遵义同乡会访问遵义\n中联办青年工作部负责人王某某出席。"
    assert mentions_of(visit + "\n", "GovernmentBody") == ["中联办青年工作部"]
    assert mentions_of(visit + "中联办对活动给予肯定。\n", "GovernmentBody") == ["中联办青年工作部", "中联办", "中联办"]


def test_a_county_short_name_inside_a_name_from_another_province_is_no_region():
    from conftest import mentions_of

    report = "2023年绍兴市越城区统一战线工作综述\n兰亭石刻博物馆、周村美术馆2个基地获评市级基地。\n"
    assert "博山区" not in mentions_of(report, "Region")
    assert "博山区" in mentions_of("2023年淄博市统一战线工作综述\n博山美术馆获评市级基地。\n", "Region")


def test_the_head_after_an_initiatives_quoted_name_is_no_organisation():
    from conftest import mentions_of

    report = "2023年泸州市统一战线工作综述\n五年来，全市创建培育“村村兴”实践基地85个。\n"
    assert mentions_of(report, "Organization") == []


def test_a_headlines_figure_is_no_outcome():
    report = ("某县一季度引回乡贤创业项目42个\n"
              "3月28日，记者从县委统战部获悉，今年一季度，全县引回乡贤创业项目42个，带动就业1300余人。\n")
    assert [q.text for q in extraction_of(report).quantities] == ["42个", "1300余人"]
    assert all(q.start > report.index("\n") for q in extraction_of(report).quantities)


def test_a_first_sentence_too_long_for_a_headline_keeps_its_figures():
    opening = "一年来，全县统一战线坚持围绕中心服务大局，新发展党外代表人士56名，组织开展各类联谊活动28场次，凝聚共识成效明显"
    assert quantity_texts_untitled(opening + "\n全县新建同心驿站6个。\n") == ["56名", "28场次", "6个"]


def quantity_texts_untitled(text: str) -> list[str]:
    return [q.text for q in extraction_of(text).quantities]


def test_a_prefecture_short_name_in_a_quoted_name_from_another_province_is_no_region():
    from conftest import mentions_of

    report = "2015年永春县统战工作综述\n东关镇承办“赣州春风行动”启动仪式，社会影响大。\n"
    assert "赣州市" not in mentions_of(report, "Region")
    assert "赣州市" in mentions_of("2015年赣州市统战工作综述\n章贡区承办“赣州春风行动”启动仪式。\n", "Region")


@pytest.mark.parametrize("city, code", [("南通市", "320612"), ("北京市", "110112")])
def test_a_homonymous_covered_district_is_the_one_of_the_city_the_text_names(city, code):
    report = f"2022年通州区统一战线工作综述\n一年来，{city}通州区统一战线围绕中心、服务大局。\n"
    assert extraction_of(report).meta.region_code == code


def test_bare_bodies_of_a_townships_news_belong_to_the_county_that_holds_it():
    extraction = extraction_of("【乡贤聚力】石门乡新乡贤联谊会成立\n3月5日，石门乡新乡贤联谊会成立大会召开，"
                               "县委统战部部长出席。\n会议要求新乡贤为威宁县发展贡献力量。\n")
    assert (extraction.meta.region, extraction.meta.region_code) == ("石门乡", "520526")


def test_a_villages_news_is_held_by_a_county_of_the_city_it_names_not_by_a_short_name_of_another_province():
    # 通州 before 支社, three times, reads as a district of another province; the village's county is within 湘潭市
    extraction = extraction_of(
        "民盟湘潭市委会为金星村捐赠图书\n12月5日，民盟湘潭市委会走进花石镇金星村，为金星村小学送去书包1000个。"
        "通州支社、韶山支部参加活动。金星村村民表示感谢。\n"
        "湘潭市政协领导出席。通州支社社员代表发言。通州支社社员共30人。\n")
    assert extraction.meta.region == "金星村" and extraction.meta.region_code.startswith("4303")


def test_a_programme_quoted_once_with_its_head_is_the_programme_wherever_else_it_is_quoted():
    from conftest import mentions_of

    text = ("湘西州招商引资成效明显\n州委统战部副部长张红介绍“大统战+大招商”取得的最新成果。\n"
            "州委统战部赴重点区域开展“大统战+大招商”活动。\n")
    assert mentions_of(text, "Initiative") == ["大统战+大招商", "大统战+大招商"]
    # a name of three characters too (“侨心园”工程 … 捐助建设“侨心园”), not one of two (“双百”)
    text = ("某市侨办助建侨心园\n省侨办发出助建“侨心园”工程倡议书。\n宏达印刷有限公司、广州置业有限公司出资建设“侨心园”。\n")
    assert mentions_of(text, "Initiative") == ["侨心园", "侨心园"]


def test_a_programme_quoted_with_its_head_is_the_programme_where_written_bare_with_that_head_before():
    from conftest import mentions_of

    text = ("某区结对共建活动启动\n12月13日，南开区举办镇街与各党派基层委携手共进、同心发展活动。\n"
            "现场，“携手共进、同心发展”活动正式启动。\n")
    assert mentions_of(text, "Initiative") == ["携手共进、同心发展", "携手共进、同心发展"]


@pytest.mark.parametrize("opening, region", [
    ("民建遵义市委会在湄潭县人民医院为群众义诊，诊治群众300人次。", "湄潭县"),  # the city's work taken to its county
    ("民建遵义市委会在湄潭县召开年度工作会议，全体委员30人参加。", "遵义市"),  # a meeting held there: a venue
])
def test_a_citys_body_taking_its_work_to_one_of_its_counties_is_that_countys_news(opening, region):
    assert extraction_of("6月5日，" + opening + "\n").meta.region == region


def test_the_place_a_title_opens_with_holding_the_event_is_the_news_items_place():
    text = "温哥华举行侨胞赈济台湾水灾慈善晚会\n来源:某某网 日期:2009-08-24\n8月21日晚，温哥华侨界约300名侨胞举行慈善晚会。\n"
    assert extraction_of(text).meta.region == "温哥华"


def test_a_city_body_opening_a_news_item_under_a_title_that_names_its_province():
    text = "贵州民企担大义 捐资捐物战疫情\n来源:某某网 时间:2020-02-15\n导读:1月28日，遵义市工商联向全市民营企业发出捐赠倡议。\n"
    assert extraction_of(text).meta.region == "遵义市"


def test_a_citys_party_branch_named_after_its_own_area_is_the_citys_news():
    text = "佛山民进正安总支召开2023年终总结会\n12月9日上午，佛山民进正安总支召开2023年终总结会，会议由正安总支副主委主持。\n"
    extraction = extraction_of(text)
    assert extraction.meta.region == "佛山"
    assert "佛山" in [m.surface for m in extraction.mentions if m.cls == "Region"]


def test_a_dateline_with_xun_on_a_texts_first_line_gives_its_country_not_a_city_the_body_names():
    text = ("某某网印度尼西亚3月2日讯(本网特约记者 王某 文/图)近日，印尼华人慈善会应雅加达北区议员的请求，"
            "向当地受水灾影响的民众捐赠食品。\n捐赠仪式由慈善会董事主持。雅加达市政府派代表出席。\n")
    assert extraction_of(text).meta.region == "印度尼西亚"


def test_news_filed_from_a_provincial_capital_about_the_provinces_body_is_the_provinces():
    text = ("中新网成都7月23日电 (记者 王某)四川省侨联主席张某23日在此间表示，要把该省归侨侨眷和海外侨胞的能量凝聚起来。"
            "四川省侨联今年将举办活动12场。\n")
    assert extraction_of(text).meta.region == "四川省"


REGION_CASES = {
    # a city department's summary whose opening names no place: the county-level city its text names most
    "county-level city": ("市委统战部2024年民族团结工作情况总结\n今年以来，在市委的领导下，市统战部坚持以\n"
                          "习近平新时代中国特色社会主义思想为指导，\n紧紧围绕市委中心工作，\n各项工作取得新成效。\n一、工作开展情况\n"
                          "不断提升都匀市创建示范市工作质量，都匀市与周边县市共同打造贵州省示范区。指导三都县制定方案。\n",
                          ("都匀市",)),
    # an untitled summary of a place's party organisation: the place, whatever the proposals it quotes call 我市
    "party organisation": ("2024年，翠屏民建在民建市委会和中共翠屏区委的领导下，扎实推进自身建设。翠屏民建会员、市政协委员撰写的"
                           "《关于推动我市产业高质量发展的建议》《关于建设“宜宾创新区”的建议》被评为优秀提案。\n"
                           "新的一年，翠屏民建将以民建成立80周年为契机，为书写翠屏区高质量发展答卷贡献力量。\n", ("翠屏区",)),
    # a place named mostly by its short name and once before one of its counties
    "short name": ("四川日报阿坝讯（记者 张某）近日，以“携手阿坝”为主题的2023年光彩事业阿坝行活动在阿坝州举行。活动中，"
                   "四川省光彩事业促进会为阿坝组织捐款500万元。同时，阿坝还与企业签订合同12个，阿坝汶川县签约3个。\n"
                   "光彩事业是民营企业的公益事业。四川的民营企业积极参与，阿坝各族群众表示感谢。\n", ("阿坝州", "阿坝")),
    # a province's work told under a title that also names, short, the county it was done in
    "county short in a province's title": ("四川民主党派帮扶项目落地 助力会理产业振兴\n"
                                           "记者从四川省委统战部获悉，各民主党派今年在该省凉山州会理市投入资金300万元，"
                                           "实施项目20个。\n", ("会理市",)),
    # an untitled wire retelling a county body's notice: the county's news, not a township a visitor went to
    "retold notice": ("中新网2月8日电 据永嘉县外侨办消息，近日，省侨办领导到联系点温州永嘉县岩头镇看望归侨。\n"
                      "2月4日，省侨办领导到永嘉县岩坦镇溪口村视察侨爱工程。\n"
                      "据悉，岩坦镇溪口村侨爱工程已投入500多万元，全部是该镇在外侨胞捐助。该镇5000多名侨胞还在捐资。\n",
                      ("永嘉县",)),
    # a city paper's byline under the page's date: the reporter, not a title naming the city
    "byline under the date": ("来源:某某客户端\n2021-05-12\n南阳日报·某某客户端记者 王某某\n"
                              "近日记者从西峡县工商联获悉，该县工商联获评全国先进集体，全省共有5个单位获奖。\n", ("西峡县",)),
    # a city's body travelling to a county its title names without the level, which the opening writes in full
    "journey to a county named short": ("台州市工商联赴会理考察产业项目\n"
                                        "3月12日，台州市工商联组织企业家赴会理市考察产业项目，签约项目3个。\n",
                                        ("会理市",)),
}


@pytest.mark.parametrize("case", sorted(REGION_CASES))
def test_the_region_a_text_is_about(case):
    text, expected = REGION_CASES[case]
    assert extraction_of(text).meta.region in expected


def test_a_persons_own_story_in_a_quotation_counts_nothing():
    text = ("2023年宜宾市统一战线工作综述\n“我种了8亩黄精，一亩地净收入15000元左右。今年还养了20头牛。”村民张某说。"
            "全市新增会员50名。\n")
    assert [q.text for q in extraction_of(text).quantities] == ["50名"]


def test_a_sites_dateline_with_a_wires_day_still_opens_the_news_of_the_body_that_met():
    text = ("泸州新闻网讯 12月27日电:12月26日，民进泸州市委召开纪念大会。"
            "市委统战部相关负责人及来自全市的200余名民进会员共同参加大会。\n")
    extraction = extraction_of(text)
    assert [extraction.mentions[q.subject].name for q in extraction.quantities] == ["民进泸州市委"]


def test_an_event_called_by_the_tail_of_its_full_name_is_that_event():
    from conftest import extraction_of
    text = ("遵义市举办“同心助学共筑未来公益健步行”活动\n9月27日，市委统战部举办公益活动。"
            "捐赠仪式结束后，“健步行”活动正式开始，共有326名志愿者参加。\n")
    extraction = extraction_of(text)
    assert {m.name for m in extraction.mentions if m.cls == "Initiative"} == {"同心助学共筑未来公益健步行"}


@pytest.mark.parametrize("text, region", [
    # a party's city committee named by its level opens the news: the city that holds the district it names
    ("【民主党派】\n3月5日，民进市委会一行前往长沙市开福区某社区送去口罩，看望一线干部。\n"
     "民进芙蓉区总支的会员们投入防控工作。民进芙蓉区总支捐赠物资。民进芙蓉区总支主委带队慰问。\n", "长沙市"),
    # the quoted slogans of its drives open the news: the body after them places it, not the paper's city
    ("□株洲日报/株洲晚报/株洲新闻\n记者 王某\n“同心助企、服务发展”“法律服务进园区”……今年以来，"
     "炎陵县委统战部围绕全市统战工作部署，推动各项行动落地见效。\n县委统战部组织开展走访活动，走访企业30家。\n", "炎陵县"),
])
def test_the_body_that_opens_a_news_item_places_it(text, region):
    assert extraction_of(text).meta.region == region


def test_a_figure_read_inside_a_places_name_is_no_quantity():
    assert quantity_texts("2023年台州市统战工作\n九三学社三门县委员会社员捐款。三门县社员捐款3万元。\n") == ["3万元"]


def units_of(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.unit) for q in extraction_of(text).quantities]


def test_a_bare_yuan_in_a_report_of_a_place_with_its_own_currency_is_in_that_currency():
    text = "温哥华华人社团举办慈善晚会\n8月21日晚，温哥华华人社团举办慈善晚会，募得善款五万余元，另有2万元人民币善款。\n"
    assert units_of(text) == [("五万余元", "CAD"), ("2万元", "CNY")]
    # the givers' city, not the country whose stricken they help, says what a bare 元 is
    text = "多伦多20个社团助智利灾民\n多伦多中华总会发起筹款，各社团共筹得善款8000元。\n"
    assert units_of(text) == [("8000元", "CAD")]
    text = "嘉义县某乡同乡会颁发助学金\n嘉义县某乡同乡会日前颁发助学金，共计12万元。\n"
    assert units_of(text) == [("12万元", "TWD")]
    # news of Hong Kong is most often written by the mainland's outlets, in yuan
    text = "香港某同乡会捐资助学\n香港某同乡会日前向家乡学校捐款20万元。\n"
    assert units_of(text) == [("20万元", "CNY")]


@pytest.mark.parametrize("text, units", [
    ("圣地亚哥侨团赈灾\n智利华人商会捐款3000万比索，另捐1万美元。\n", [("3000万比索", "CLP"), ("1万美元", "USD")]),
    ("墨西哥城侨团赈灾\n墨西哥城华人商会捐款20万比索。\n", [("20万比索", "MXN")]),
    ("安曼侨团动态\n约旦华人商会捐款2000第纳尔。\n", [("2000第纳尔", "JOD")]),
    # at home no country says which peso: the name stays as written
    ("某市侨联工作动态\n某市侨联向海外侨团捐款10万比索。\n", [("10万比索", "比索")]),
])
def test_a_currency_name_countries_share_is_the_reports_countrys_own(text, units):
    assert units_of(text) == units


def test_a_branch_named_by_its_chair_alone_belongs_to_the_reports_party():
    from conftest import extraction_of as extract
    text = "民革绵阳市委工作动态\n民革党员、涪城区总支主委甘立新被评为先进个人。民盟绵阳市委会委员、城南中学支部主委邵建华发言。\n"
    branches = {m.name: m.parent_name for m in extract(text).mentions if m.name.endswith(("总支", "支部"))}
    assert branches == {"涪城区总支": "中国国民党革命委员会", "城南中学支部": "中国民主同盟"}
    # the short form of a unit the report names in full is that unit
    text = "民盟绵阳市委工作动态\n民盟涪城区总支召开会议。会议由区总支副主委甘立新主持。\n"
    assert [m.name for m in extract(text).mentions if m.name.endswith("总支")] == ["民盟涪城区总支", "民盟涪城区总支"]


def test_a_branch_named_by_its_chair_is_no_communist_partys():
    from conftest import extraction_of as extract
    text = "中共绵阳市委工作动态\n中共党员、城南中学支部主委甘立新发言。\n"
    assert [m.name for m in extract(text).mentions if m.name.endswith("支部")] == []


def test_the_spoken_yuan_is_read_as_money_and_as_the_local_currency_where_it_has_one():
    assert units_of("某村种植合作社带动增收\n村民说，每亩地多收入300多块钱，还挂上了2块牌匾。\n") == [
        ("300多块钱", "CNY"), ("2块", "块")]
    assert units_of("嘉义县某乡同乡会颁发助学金\n理事长说，每位学生可领到5000塊錢。\n") == [("5000塊錢", "TWD")]


def test_the_issuer_named_only_inside_a_documents_title_is_not_a_body_the_report_speaks_of():
    def bodies(text):
        return [m.name for m in extraction_of(text).mentions if m.cls == "GovernmentBody"]
    titled = "某县统战工作\n县委统战部组织学习《国务院关于进一步加强民族工作的意见》。\n"
    assert "国务院" not in bodies(titled)
    named = "某县统战工作\n国务院印发《国务院关于进一步加强民族工作的意见》，县委统战部召开专题会议。\n"
    assert "国务院" in bodies(named)  # named once on its own: a body the report speaks of
