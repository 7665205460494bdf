"""What a report says about itself."""
from __future__ import annotations

import re

import pytest

from ufkg.clean import clean_text
from ufkg.metadata import read_metadata


PLACES = ("黔东南州", "凯里市", "贵州省", "贵阳", "雷山县", "丹寨县", "台江县")


def regions(text: str) -> list[str]:
    """The places of PLACES a piece names, the last first (as the extractor orders a title's)."""
    found = [(text.find(name), name) for name in PLACES if name in text]
    return [name for _, name in sorted(found, reverse=True)]


def is_place(name: str) -> bool:
    return name in PLACES or name in ("安顺", "都匀")


def test_title_year_region_publisher_and_date():
    text = "奋进新征程——2021年黔东南州统一战线工作综述\n正文第一段。\n黔东南日报2022-3-5\n"
    meta = read_metadata(text, regions)
    assert meta.title == "奋进新征程——2021年黔东南州统一战线工作综述"
    assert (meta.year, meta.region, meta.publisher, meta.date) == (2021, "黔东南州", "黔东南日报", "2022-03-05")


def test_a_summary_and_plan_covers_the_first_year():
    meta = read_metadata("县委统战部2021年度工作总结暨2022年度工作计划\n正文。\n", regions)
    assert meta.year == 2021 and meta.region is None


def test_a_source_line_with_labels():
    meta = read_metadata("凯里市统战工作综述\n正文。\n来源：凯里统战 发布时间：2023年1月9日\n", regions)
    assert (meta.publisher, meta.date) == ("凯里统战", "2023-01-09")


def test_no_title_when_the_first_line_is_a_paragraph():
    meta = read_metadata("一年来，全市统一战线凝心聚力，取得了新成效，为全市发展作出了重要贡献。\n", regions)
    assert meta.title is None


def test_year_from_the_date_when_nothing_else_says():
    assert read_metadata("统战工作综述\n正文。\n统战新语2023-2-1\n", regions).year == 2022


def test_a_story_put_up_late_in_the_year_is_of_that_year():
    text = "民盟雷山县支部坚持捐资助学\n去年九月，支部为一所小学赠送图书。今年又资助学生5名。\n统战新语2023-8-21\n"
    assert read_metadata(text, regions).year == 2023  # put up in August: no summary of the year before


def test_a_pages_fields_above_the_sites_closing_lines_date_it():
    text = ("民盟雷山县支部坚持捐资助学\n雷山县支部把捐资助学当作盟员服务山区孩子的长期任务，今年给山里的十多户人家的孩子送去学费5份，"
            "还把两箱课外读物送到一所村小。\n盟员还上门看望孩子。\n支部说这件事会做下去。\n上一篇:某某活动\n下一篇:某某会议\n"
            "时间:2019/5/20 10:12:03      阅读:86 次\n本站访问者：第1024位\n版权所有:某某委员会 | 网站管理\n"
            "地址:某市某路1号    电话:0855-1234567\n黔ICP备12345678号-1\n")
    assert read_metadata(text, regions).date == "2019-05-20"


def test_full_width_digits_in_the_title():
    meta = read_metadata("２０２３年凯里市统一战线工作综述\n正文。\n凯里统战２０２４－１－５\n", regions)
    assert (meta.year, meta.date) == (2023, "2024-01-05")


def test_a_year_in_chinese_numerals():
    meta = read_metadata("二〇二三年凯里市统一战线工作综述\n正文。\n凯里统战二〇二四年一月五日\n", regions)
    assert meta.year == 2023


# ------------------------------------------------------------------ news items

def test_a_dateline_gives_the_region_and_the_publication_year():
    text = ("民族团结之花处处绽放\n新华社贵阳3月2日电（记者 王林）春节以来，各族群众欢聚一堂。\n"
            "贵州日报2024-03-03\n")
    meta = read_metadata(text, regions, is_place)
    assert (meta.region, meta.year, meta.date) == ("贵阳", 2024, "2024-03-03")


def test_a_dateline_with_the_year():
    meta = read_metadata("侨乡春意浓\n中新网安顺2023年5月8日电 侨胞返乡投资兴业。\n", regions, is_place)
    assert (meta.region, meta.year, meta.date) == ("安顺", 2023, "2023-05-08")


def test_the_body_the_reporter_heard_from():
    text = ("同心助力乡村振兴\n本报讯（记者 刘芳）记者从雷山县工商联获悉，今年以来，全县民营企业结对帮扶村寨42个。\n"
            "黔东南日报2023-11-20\n")
    meta = read_metadata(text, regions, is_place)
    assert (meta.region, meta.year) == ("雷山县", 2023)


def test_the_place_that_held_the_meeting_not_the_county_of_an_example():
    text = ("同心聚力促振兴\n9月27日，凯里市召开“万企兴万村”行动推进会。会议指出，丹寨县等地已有企业86家参与。\n"
            "黔东南日报2023年9月28日\n")
    meta = read_metadata(text, regions, is_place)
    assert (meta.region, meta.year) == ("凯里市", 2023)


def test_the_body_whose_meeting_it_is():
    text = "台江县工商联召开第八次会员代表大会\n来源：台江县融媒体中心 发布时间：2023-10-13\n会议选举产生新一届执委会。\n"
    meta = read_metadata(text, regions, is_place)
    assert (meta.region, meta.year, meta.publisher, meta.date) == ("台江县", 2023, "台江县融媒体中心", "2023-10-13")


def test_a_header_labelled_only_as_published_dates_the_news():
    text = "台江县工商联召开执委会议\n栏目：工商联 来源：台江县工商联 发布:2023-10-13\n会议审议了工作报告。\n"
    meta = read_metadata(text, regions, is_place)
    assert (meta.region, meta.year, meta.date) == ("台江县", 2023, "2023-10-13")


def test_a_citys_body_as_author_is_not_its_province():
    text = "凝心聚力谱新篇\n贵州省委统战部部署全省统战工作，各地迅速行动。\n来源：凯里市委统战部\n"
    assert read_metadata(text, regions, is_place).region == "凯里市"


def test_a_city_named_without_its_level_in_the_titles_slot():
    meta = read_metadata("同心筑梦\n——2021年都匀统战工作综述\n正文。\n", regions, is_place)
    assert (meta.region, meta.year) == ("都匀", 2021)


def test_a_summary_published_early_next_year_covers_the_year_before():
    assert read_metadata("凝心聚力谱新篇\n正文。\n凯里统战2024-1-15\n", regions, is_place).year == 2023


def test_a_feature_that_tells_what_it_saw_in_the_last_days_is_of_its_own_year():
    text = "小侨联大作为——雷山县侨联工作纪实\n某报记者 李某\n近日，记者走进雷山县侨联，侨胞们正在座谈。\n凯里统战2024-4-15\n"
    assert read_metadata(text, regions, is_place).year == 2024  # no summary of the year before


def test_the_township_a_body_goes_to_by_its_tie_is_the_news_place():
    def local(piece):  # as a pattern reads townships, the word before the name glued to it
        return re.findall(r"(?:系点)?大塘镇", piece)
    text = "6月5日，凯里市民盟主委率队赴挂钩联系点大塘镇，开展送教活动。\n大塘镇党委书记表示感谢。\n"
    meta = read_metadata(text, regions, is_place, level_of={"凯里市": "prefecture"}.get, find_local=local,
                         holder_at=lambda name, level: None, official_of=lambda name: name)
    assert meta.region == "大塘镇"


def test_a_date_and_source_line_at_the_top():
    text = "丹寨县侨联召开第四次代表大会\n2023-06-12 10:15 来源：丹寨县融媒体中心\n会议选举产生新一届委员会。\n"
    meta = read_metadata(text, regions, is_place)
    assert (meta.region, meta.year, meta.publisher, meta.date) == ("丹寨县", 2023, "丹寨县融媒体中心", "2023-06-12")


def test_a_source_line_in_brackets_at_the_end():
    text = "同心助力乡村振兴\n本报讯 近日，雷山县工商联召开执委会议。\n（来源：黔东南日报 发布时间：2023年10月13日）\n"
    meta = read_metadata(text, regions, is_place)
    assert (meta.region, meta.year, meta.date) == ("雷山县", 2023, "2023-10-13")


def test_without_a_title_region_the_region_the_text_names_most():
    text = ("凝心聚力谱新篇\n近日，在雷山县一处村寨，侨胞们围坐一起。这是凯里市统一战线服务侨胞的缩影。\n"
            "一年来，凯里市统一战线团结奋进，凯里市委统战部扎实推进各项工作。\n")
    assert read_metadata(text, regions, is_place).region == "凯里市"


def test_the_body_that_met_after_a_dateline_filed_from_elsewhere():
    text = "同心共筑中国梦\n新华社贵阳3月2日电 3月1日，凯里市侨联五届三次全委会召开。\n"
    assert read_metadata(text, regions, is_place).region == "凯里市"


# ------------------------------------------------------------------ pages, backgrounds and venues

LEVELS = {"黔东南州": "prefecture", "凯里市": "county", "雷山县": "county", "丹寨县": "county", "台江县": "county",
          "贵州省": "province", "贵阳": "prefecture"}


def test_a_pages_navigation_and_timestamp_above_the_title():
    text = ("您当前的位置：首页 > 工作动态 > 正文\n当前版:03版\n台江县侨联赴丹寨县开展交流\n"
            "某某网 2022-08-16 09:12:30\n8月15日，台江县侨联一行赴丹寨县学习侨务工作经验，双方座谈交流。\n")
    meta = read_metadata(text, regions, is_place, LEVELS.get)
    assert meta.title == "台江县侨联赴丹寨县开展交流"
    assert (meta.date, meta.year, meta.region) == ("2022-08-16", 2022, "丹寨县")  # the title's journey


def test_a_bare_timestamp_makes_a_news_item_of_its_year():
    text = "凯里市侨联走访慰问归侨\n2021-01-20 15:30\n连日来，凯里市侨联走访慰问困难归侨侨眷。\n"
    assert read_metadata(text, regions, is_place).year == 2021


def test_a_background_year_is_not_the_reports():
    text = ("光彩事业助力发展\n本报讯 近日，黔东南州召开光彩事业推进会。光彩事业于1994年发起，自2016年起在州内推开，"
            "截至2015年底已有企业参与。\n")
    assert read_metadata(text, regions, is_place).year is None


def test_a_decade_is_no_year():
    text = ("同乡会向灾区捐款\n同乡会会长赶赴灾区慰问。会长是1980年代来到当地的移民。\n")
    assert read_metadata(text, regions, is_place).year is None


def test_a_news_item_planning_next_year_is_of_the_later_year():
    text = ("我州召开统战工作会议\n本报讯 2月8日，州委统战部召开会议，回顾总结2022年度工作，部署2023年任务。"
            "会议指出，2022年度全州统战工作成效明显。\n")
    assert read_metadata(text, regions, is_place).year == 2023


def test_the_place_a_full_name_ends_with():
    text = "近年来，贵州省凯里市统战工作聚焦中心大局，为凯里发展贡献力量。\n开展宣讲5场。\n"
    assert read_metadata(text, regions, is_place).region == "凯里市"


def test_the_venue_of_a_whole_citys_meeting_is_not_its_region():
    text = ("全州新乡贤工作推进会召开\n12月4日，全州新乡贤工作推进会在雷山县召开。\n"
            "会议指出，近年来，我州推进新乡贤工作，黔东南州新乡贤组织已达86个。会后考察了雷山县乡贤馆。\n")
    assert read_metadata(text, regions, is_place, LEVELS.get).region == "黔东南州"


def test_a_place_only_visited_is_not_the_region():
    text = "台江县侨联组团赴贵州省考察\n本报讯 台江县侨联日前组团赴贵州省参加侨商论坛。\n"
    assert read_metadata(text, regions, is_place).region == "台江县"


def test_a_local_papers_masthead_names_its_place_for_我县():
    text = "今日雷山 数字报\n州领导来我县调研统战工作\n本报讯 5月19日，州领导带队来我县调研民族宗教工作。\n"
    assert read_metadata(text, regions, lambda name: is_place(name) or name == "雷山").region == "雷山"


def test_a_yearbooks_source_names_its_place():
    text = "【作者】编纂委员会 【文章来源】《凯里市年鉴·2015》\n【统战工作】 2014年，全市统一战线团结奋进。\n"
    meta = read_metadata(text, regions, is_place)
    assert (meta.region, meta.year) == ("凯里市", 2014)


def test_a_date_under_the_title_does_not_hide_the_title():
    text = "logo 首页 > 社团新闻 > 正文\n台江县侨联慰问归侨\n2018-06-05\n本报讯 台江县侨联日前走访慰问归侨侨眷。\n"
    meta = read_metadata(text, regions, is_place)
    assert (meta.title, meta.date, meta.year) == ("台江县侨联慰问归侨", "2018-06-05", 2018)


def test_a_place_in_a_societys_name_in_the_title_is_not_the_region():
    text = "贵州省社联宴请来访客人\n本报讯 凯里市的贵州省社团联合会日前宴请来访客人。贵州省社团联合会与凯里市各界出席。\n"
    assert read_metadata(text, regions, is_place).region == "凯里市"


def test_the_host_of_a_visit_not_the_place_the_visitors_come_from():
    text = ("侨联宴请来访代表团\n本报讯（记者 王林）台江县侨联主席李明等昨日接待由凯里市副市长率领的考察团。"
            "凯里市介绍了凯里市的发展，凯里市企业将来投资。\n")
    assert read_metadata(text, regions, is_place).region == "台江县"


def test_a_township_body_named_under_the_titles_county():
    text = ("台江县基层侨联走访慰问归侨\n本报讯 连日来，贵州省台江县台拱街道侨联走访慰问困难归侨侨眷12户。"
            "台江县侨联参加。\n")
    assert read_metadata(text, regions, is_place).region == "台拱街道"


def test_a_township_named_as_an_example_is_not_the_region():
    text = ("台江县侨联走访慰问归侨\n本报讯 连日来，台江县侨联走访慰问困难归侨侨眷12户，"
            "台江县台拱街道党工委参加。\n")
    assert read_metadata(text, regions, is_place).region == "台江县"

# ------------------------------------------------------------------ a text that names no year

def test_no_year_but_the_newest_plenary_it_studies():
    text = ("凯里市统战工作取得新成效\n全市统战系统深入学习贯彻党的二十大和二十届二中、三中全会精神，"
            "举办宣讲会12场。\n")
    assert read_metadata(text, regions).year == 2024


def test_no_year_but_the_congress_it_studies():
    text = "凯里市统战工作取得新成效\n全市统战系统把学习宣传贯彻党的二十大精神作为首要政治任务。\n"
    assert read_metadata(text, regions).year == 2022


def test_no_year_but_an_earlier_cpc_congress_or_the_epidemic_it_names():
    text = "民革某支部工作概况\n支部组织党员学习中共十五大精神，发展新党员3名。\n"
    assert read_metadata(text, regions).year == 1997
    own = "九三学社某市委工作动态\n社市委组织社员学习九三学社十五大精神。\n"  # a party's own congress: no year
    assert read_metadata(own, regions).year is None
    epidemic = "凯里市非公企业在行动\n新型冠状病毒流行期间，全市非公企业捐款50万元。\n"
    assert read_metadata(epidemic, regions).year == 2020


def test_a_five_year_plans_last_year():
    text = "凯里市民营企业结对帮扶成效显著\n在“十三五”收官之年，全市32家企业结对帮扶38个村。\n"
    assert read_metadata(text, regions).year == 2020


def test_a_five_year_plan_to_come_is_not_the_texts_year():
    text = "凯里市民营企业结对帮扶成效显著\n明年是“十四五”开局之年，全市将继续推进结对帮扶。\n"
    assert read_metadata(text, regions).year is None


def test_an_anniversary_of_a_national_founding():
    text = "凯里市各界人士座谈会召开\n为庆祝新中国成立七十周年，市委统战部召开各界人士座谈会。\n"
    assert read_metadata(text, regions).year == 2019
    text = "凯里市工商联书画展开幕\n为喜迎建国60周年，市工商联举办会员企业书画展。\n"
    assert read_metadata(text, regions).year == 2009
    text = "凯里同乡会举行纪念活动\n今天是孙中山诞辰150周年，凯里同乡会举行纪念活动。\n"
    assert read_metadata(text, regions).year == 2016


def test_a_period_begun_in_a_year_and_counted_to_this_year():
    text = ("凯里市召开民营企业帮扶推进会\n会议指出，自2020年5月行动启动以来，截至今年3月底，"
            "全市已有120家企业参与。\n")
    assert read_metadata(text, regions).year == 2021


def test_the_epidemic_gives_a_news_item_without_a_year_its_earliest_year():
    text = "凯里市新阶联揭牌\n本报讯 4月20日，凯里市新的社会阶层人士联合会揭牌。疫情防控期间，会员捐款30万元。\n"
    assert read_metadata(text, regions).year == 2020


# ------------------------------------------------------------------ news and pages: which year, which title


def test_a_papers_page_navigation_is_no_title_and_its_date_no_year_of_the_text():
    text = ("发布日期:2024年03月12日 上一版  下一版\n同心筑梦谱新篇\n——全州2023年统一战线工作综述\n"
            "2023年，全州统一战线凝心聚力。\n")
    meta = read_metadata(text, regions)
    assert meta.title == "同心筑梦谱新篇 ——全州2023年统一战线工作综述"
    assert (meta.year, meta.date) == (2023, "2024-03-12")


def test_a_section_label_above_the_title_is_navigation():
    meta = read_metadata("贵阳\n【区县动态】雷山县打造新乡贤服务站\n发布时间:2024年02月01日\n2023年，雷山县新建服务站5个。\n",
                         regions)
    assert meta.title == "【区县动态】雷山县打造新乡贤服务站"
    assert (meta.region, meta.year) == ("雷山县", 2023)


def test_a_short_heading_after_the_first_paragraph_is_not_navigation():
    text = ("某某日报讯 近日，2019中国同心行活动在凯里市举行，签约项目12个。\n同心行\n"
            "活动由市委统战部主办。\n")
    meta = read_metadata(text, regions)
    assert meta.year == 2019


def test_a_meeting_told_on_its_day_is_news_of_the_year_it_plans():
    text = ("3月1日，民盟凯里市委会召开全委会议。会议回顾总结2023年工作，部署2024年目标任务。\n"
            "2023年，全市盟员积极建言献策。\n")
    assert read_metadata(text, regions).year == 2024


def test_a_meeting_that_reviews_last_year_is_held_the_year_after():
    text = ("某某网凯里3月3日讯 3月3日上午，凯里市召开全市统战部长会议，总结去年工作，部署今年任务。\n"
            "2023年，全市统一战线事业取得新成就。\n")
    assert read_metadata(text, regions).year == 2024


def test_a_meeting_that_speaks_of_this_year_is_of_its_publication_year():
    text = ("凯里市工商联召开工作现场会\n发布时间:2024.04.07\n4月2日，凯里市工商联在雷山县召开工作现场会。\n"
            "会长总结了2023年全市工商联工作，并就今年商会建设提出要求。\n")
    assert read_metadata(text, regions).year == 2024


def test_a_meeting_named_after_the_year_it_sums_up_is_of_its_publication_year():
    text = ("市委统战部2023年度工作总结表彰大会召开\n2024-03-11 09:24:34  来源:凯里新闻网\n"
            "3月10日，市委统战部召开2023年度工作总结表彰大会。\n")
    assert read_metadata(text, regions).year == 2024
    summary = "市委统战部2023年度工作总结\n2024-03-11 09:24:34  来源:凯里新闻网\n2023年，全市统一战线凝心聚力。\n"
    assert read_metadata(summary, regions).year == 2023


def test_a_society_going_home_is_news_of_its_home_county():
    meta = read_metadata("贵州省台江县同乡会组团回乡访问\n5月8日，同乡会一行40人回到家乡参观。\n", regions, is_place)
    assert meta.region == "台江县"


def test_a_summary_title_glued_to_its_text_on_a_copied_page():
    text = ("预览加载中，请稍候\n1/5\n2/5\n3/5\n4/5\n5/5\n在线预览结束\n"
            "同心聚力谱新篇——2022年贵阳统战工作综述2022年，全市统一战线在市委领导下，凯里市等地成效明显。\n"
            "凯里市新建基地3个。\n")
    assert read_metadata(text, regions, is_place).region == "贵阳"


def test_a_comparison_with_last_year_is_no_review_of_it():
    text = ("某某网凯里讯 今年以来，凯里市新发展会员120名，较去年同期增长20%。\n2023年，全市统一战线事业取得新成就。\n")
    assert read_metadata(text, regions).year == 2023


# ------------------------------------------------------------------ the region of real kinds of text, end to end

def _meta(text: str):
    from conftest import extraction_of

    return extraction_of(text).meta


def test_a_county_level_city_that_names_its_people_after_itself_over_its_prefecture():
    text = ("凝心聚力谱新篇\n2023年，在市委、市政府坚强领导下，全市统一战线守正创新，奋发进取。\n"
            "我市在金华市民营经济大会上获评先进集体，市侨联为金华市唯一获此殊荣的县级单位，金华市委统战部予以通报表扬。"
            "一份份答卷，集中展现了义乌统战人的担当作为。\n")
    assert (_meta(text).region, _meta(text).region_code) == ("义乌", "330782")


def test_a_whole_countys_text_is_the_county_its_site_is_named_after():
    text = ("当前位置：首页 > 统战要闻 > 正文\n2015年全县各乡镇统战工作亮点纷呈\n作者：统战部办公室 来源：清流网 时间：2016-02-01\n"
            "过去的一年，各乡镇党委高度重视统战工作。比如，东关镇承办“赣州春风行动”启动仪式，社会影响大。\n")
    assert (_meta(text).region, _meta(text).year) == ("清流", 2015)


def test_a_place_inside_a_quoted_name_is_not_where_the_text_is():
    text = ("统战工作亮点纷呈\n过去的一年，各乡镇承办“赣州春风行动”启动仪式，“赣州春风行动”覆盖各村，"
            "永春县统战部门加强指导。\n")
    assert _meta(text).region == "永春县"


def test_a_townships_own_body_in_the_title_gives_the_township():
    assert _meta("【乡贤聚力】石门乡新乡贤联谊会成立\n3月5日，石门乡新乡贤联谊会成立大会召开。\n").region == "石门乡"


def test_a_villages_own_news_in_the_title_gives_the_village():
    text = ("浙皖协作又结硕果 石桥村茶叶加工厂开工建设\n5月8日，某商会援建的石桥村茶叶加工厂开工。"
            "该厂投资300万元，投产后可带动石桥村村民增收。\n")
    assert _meta(text).region == "石桥村"


def test_a_meeting_news_item_is_the_city_that_holds_it_not_the_counties_that_speak():
    text = "全市统战部长会议召开\n3月2日，宜昌市召开全市统战部长会议，部署今年任务。会上，远安县、兴山县作交流发言。\n宜昌日报 2023-03-03\n"
    assert (_meta(text).region, _meta(text).year) == ("宜昌市", 2023)


def test_a_party_committees_summary_is_its_city_not_the_counties_it_visited():
    text = "民盟绵阳市委会2023年工作总结\n一年来，民盟绵阳市委会在中共绵阳市委的领导下，组织盟员赴江油市、三台县开展调研。\n"
    assert (_meta(text).region, _meta(text).year) == ("绵阳市", 2023)


def test_a_visit_to_us_is_our_place_and_a_visit_abroad_is_the_visitors_home():
    visited = "市委常委、统战部部长来我县调研统战工作\n本报讯 5月19日，市委常委、统战部部长王某来我县调研统战工作。\n今日东阳 2022-05-20\n"
    assert _meta(visited).region == "东阳"
    abroad = "广州市侨联组团赴贵州开展交流\n6月3日至6日，广州市侨联组团赴贵州毕节开展交流活动，走访了大方县、黔西市。\n"
    assert _meta(abroad).region == "广州市"


def test_a_province_wide_summary_is_the_province_not_its_most_named_city():
    text = ("凝心聚力 共谱新篇——2023年全省统战工作综述\n一年来，在省委坚强领导下，全省统一战线凝心聚力。"
            "四川省委统战部指导成都市、绵阳市、宜宾市创建示范点，成都市创建12个，成都市还开展了培训。\n")
    assert _meta(text).region == "四川省"


def test_a_body_from_above_coming_to_a_place_gives_the_place_visited():
    assert _meta("上海市委统战部来崇明调研\n6月5日，上海市委统战部副部长一行来崇明调研，走访了陈家镇。\n").region == "崇明"
    text = "统战工作调研\n5月19日，省委常委、统战部部长一行来宜宾调研统战工作，先后走访了翠屏区、南溪区。\n"
    assert _meta(text).region == "宜宾"
    entered = "6月3日上午，成都市侨联走进温江开展送健康活动。温江区委统战部部长出席。\n"
    assert _meta(entered).region == "温江"  # a body that comes into a place to work there


def test_the_body_that_opens_a_news_item_gives_its_place_over_the_counties_it_visits():
    text = ("近日，泸州市委统战部组织开展“同心助企”服务月活动，走访了合江县、叙永县、古蔺县民营企业50家，"
            "合江县企业反响热烈。合江县工商联积极配合。\n")
    assert _meta(text).region == "泸州市"


def test_a_meeting_early_in_a_year_that_sums_up_the_last_is_of_the_year_it_is_held():
    held = "民盟江苏省委会召开全会\n1月10日，民盟江苏省委会全体会议在南京召开。会议总结2022年工作。\n"
    assert _meta(held).year == 2023
    december = "民盟江苏省委会召开全会\n12月28日，民盟江苏省委会全体会议在南京召开。会议总结2022年工作。\n"
    assert _meta(december).year == 2022


def test_a_county_level_city_under_the_prefecture_it_names_as_above_it():
    text = ("凝心聚力谱新篇\n2023年，在市委、市政府坚强领导下，全市统一战线守正创新。我市在绍兴市民营经济大会上获评先进集体，"
            "市侨联为绍兴市唯一获此殊荣的县级单位，“新联之家”获评绍兴市实践创新基地。\n5月，诸暨市民营经济人士教育基地揭牌。\n")
    assert _meta(text).region == "诸暨市"
    prefecture = ("凝心聚力谱新篇\n2023年，在市委、市政府坚强领导下，全市统一战线守正创新。绍兴市获评全省先进，绍兴市民营经济持续向好。\n"
                  "5月，诸暨市民营经济人士教育基地揭牌，诸暨市、嵊州市作交流发言。\n")
    assert _meta(prefecture).region == "绍兴市"


def test_an_inspection_visit_is_the_place_inspected_and_a_study_trip_the_travellers():
    inspected = "省委常委、统战部部长到遵义调研统战工作\n5月19日，省委常委、统战部部长一行到遵义调研，走访了红花岗区、汇川区。\n"
    assert _meta(inspected).region == "遵义"
    study = "杭州市工商联到嘉兴考察学习\n6月3日，杭州市工商联一行到嘉兴考察学习民营经济发展经验。\n"
    assert _meta(study).region == "杭州市"


def test_a_body_that_came_to_a_place_and_surveyed_it_after_saying_on_what_gives_the_place():
    text = ("全国工商联督导组到鞍督导\n- 发布日期:2021-09-15\n- 浏览次数:120\n"
            "9月3日—4日，全国工商联督导组一行来到鞍山，就商会建设听取汇报，对三家异地商会作了调研。"
            "辽宁省委统战部副部长陪同。\n")
    assert _meta(text).region == "鞍山"
    study = "杭州市工商联到嘉兴考察学习\n6月3日，杭州市工商联一行来到嘉兴，就商会党建经验考察学习。\n"
    assert _meta(study).region == "杭州市"


def test_a_day_written_alone_after_its_dateline_opens_the_news_of_the_county_it_was_held_in():
    text = ("中新网湛江3月23日电(记者 张某 李某)23日，广东省侨办在廉江市良垌镇举行侨心楼落成仪式。\n"
            "去年，湛江市遭受台风影响，廉江、雷州受灾严重。\n")
    assert _meta(text).region == "廉江市"


def test_a_news_item_opening_on_its_dated_meeting_is_of_the_year_it_was_held():
    text = ("2023年12月26日至28日，绵阳市游仙区政协第六届委员会第三次会议召开。民盟游仙支部的8名盟员委员出席会议。\n"
            "会前，区政协表彰了2023年度履职先进个人，盟员张某某获表彰。\n2024年，盟员委员将继续积极建言。\n")
    assert read_metadata(text, regions).year == 2023


def test_a_meeting_early_in_a_year_that_only_looks_back_on_the_last_is_of_the_year_it_is_held():
    text = ("2月6日，绵阳市举行党外人士新春座谈会，共叙友谊。\n2022年，绵阳市统战系统亮点纷呈。\n")
    assert read_metadata(text, regions).year == 2023
    planned = "1月9日，绵阳市召开统战部长会议。会议部署2023年统战工作。\n"
    assert read_metadata(planned, regions).year == 2023


def test_a_yearbooks_entry_naming_no_year_is_of_the_year_before_its_edition():
    text = ("政协遵义市委员会年鉴-2021\n发表时间:2021-11-5\n政协遵义市委员会年鉴-2021\n综述\n"
            "【协商民主】市政协全年召开专题协商会议12次，收集委员意见建议30条。\n")
    assert _meta(text).year == 2020
    told = "2019遵义年鉴\n目录导航\n2019年，市政协召开专题协商会议12次。\n"
    assert _meta(told).year == 2019
    paged = ("Page 88 - 2019遵义年鉴\nP. 88\n四、市政协\n【协商议政】 9 月 6 日，市政协召开专题协商会议，"
             "收集委员意见建议 30 条。\n")
    assert _meta(paged).year == 2018  # the edition named before its place: of the year before


def test_a_county_level_city_guided_by_its_prefectures_department():
    text = ("凝心聚力谱新篇\n2022年，诸暨市委统战部在绍兴市委统战部的精心指导下，团结带领全市统一战线成员奋发有为。\n"
            "一是强化思想引领。诸暨市新联会组织会员开展学习，绍兴市新联会予以推广。\n")
    assert _meta(text).region == "诸暨市"
    led = "凝心聚力谱新篇\n2022年，在绍兴市委的坚强领导下，全市统一战线奋发有为。诸暨市、上虞市作交流发言。\n"
    assert _meta(led).region == "绍兴市"


def test_a_whole_provinces_text_that_names_only_its_cities_is_the_province():
    text = "同心筑梦新征程\n一年来，省委统战部团结带领全省统一战线成员，助力成都市、绵阳市、宜宾市高质量发展。\n"
    assert _meta(text).region == "四川省"
    city = "同心筑梦新征程\n一年来，市委统战部团结带领全市统一战线成员，推动翠屏区、南溪区、叙州区高质量发展，翠屏区创建示范点5个。\n"
    assert _meta(city).region == "宜宾市"


def test_a_districts_own_united_front_says_its_level_over_the_province_that_ranked_it():
    text = ("近日，全省统战工作会议召开，通报了江西省考核情况，青原区荣获全省先进。\n"
            "一年来，全区统一战线坚持守正创新，青原区统战工作再上台阶。\n")
    assert _meta(text).region == "青原区"


def test_a_national_site_named_by_a_word_that_is_also_a_district_names_no_place():
    text = ("当前位置：首页 > 统战要闻 > 正文\n全区统战工作亮点纷呈\n来源：光明网 时间：2016-02-01\n"
            "过去的一年，各街道党工委高度重视统战工作，永春县、德化县积极响应，永春县表现突出。\n")
    assert _meta(text).region != "光明"


def test_a_title_above_its_pages_header_fields_is_the_title():
    text = ("要闻动态\n我的位置: 首页 > 新闻中心 > 要闻动态\n全县统战工作会议召开\n发布时间:2022-04-12 09:30\n|\n"
            "来源:本站\n4月11日，全县统战工作会议召开。县委常委、统战部部长出席。\n")
    meta = read_metadata(text, regions)
    assert meta.title == "全县统战工作会议召开"


def test_a_line_naming_the_site_and_its_author_under_the_title_is_no_title():
    text = ("黔西县统一战线捐资助学50万元\n贵州省统战部网站 佚名\n2021-05-12 09:30:11\n"
            "近日，黔西县统一战线向贫困学生发放助学金。\n")
    meta = _meta(text)
    assert meta.title == "黔西县统一战线捐资助学50万元"
    assert meta.region == "黔西县"


def test_a_yearbooks_page_gives_its_volume_no_title_and_its_place_from_the_path():
    text = ("当前位置:区情网  /  年鉴  /  《贵州省年鉴》  /  2020卷\n2020卷\n• 统一战线工作\n• 发布时间:09-01\n• 来源:\n"
            "• 【概况】 省委统战部内设12个处室。\n")
    meta = _meta(text)
    assert meta.title == "统一战线工作"
    assert meta.region == "贵州省"


def test_a_meeting_of_a_districts_own_body_is_the_districts_news_though_city_officials_attend():
    text = ("3月2日，南明区新的社会阶层人士联谊会成立大会在区会议中心召开。市委常委、统战部部长出席并讲话，"
            "市委统战部副部长参加会议。\n大会选举产生了第一届理事会。贵阳市有关部门负责人参加。\n")
    assert _meta(text).region == "南明区"


def test_guests_invited_to_a_place_are_not_a_trip_away_from_it():
    text = ("2015年，全区各级侨联组织广泛联系海外侨胞。以“冰雪节”为契机，邀请华侨华人到阿克苏参观考察，"
            "组织教师赴四川省成都市参加培训，四川省侨联给予指导。\n")
    assert _meta(text).region == "阿克苏"


def test_last_years_honours_are_handed_out_the_year_after():
    text = "（上接第一版）对荣获2017年度省级示范的2个单位进行了授牌，表彰2017年度先进集体；2018年度全市有14个单位被命名为示范单位。\n"
    assert read_metadata(text, regions).year == 2018
    assert read_metadata("（上接第一版）对荣获2017年度省级\n" + text, regions).title is None  # a page's cut first line


def test_a_news_item_dated_by_its_day_is_of_its_pages_year_whatever_history_it_recalls():
    text = ("弘扬革命精神|统一战线共绘同心圆\n2021-06-29\n来源:某某商报网\n"
            "6月29日，省委宣传部举行新闻发布会。\n1927年建立党组织，1939年成立抗日民主政府，统一战线由此发展。\n")
    assert read_metadata(text, regions).year == 2021
    january = "统战部召开座谈会\n2022-01-05\n12月30日，县委统战部召开座谈会。\n"
    assert read_metadata(january, regions).year == 2021


def test_a_wire_dated_by_its_day_is_of_its_pages_year_whatever_past_year_it_recalls():
    text = ("某某博览会在江苏某市开幕\n2019-11-02 10:05 来源:某某新闻网\n"
            "某某社南通11月2日电 (记者) 第五届某某博览会2日在南通开幕。\n"
            "该市2003年落户首家台资企业，2018年全市新增台资项目30个。\n")
    assert read_metadata(text, regions).year == 2019


def test_a_news_item_opening_on_yesterday_is_of_its_pages_year_whatever_history_it_recalls():
    text = ("旅欧侨胞援建的某县爱心学校落成\n时间:2016-11-08 08:57:15\n"
            "本报讯(记者某某)昨日,旅欧侨胞出资援建的某县爱心学校正式落成启用。\n"
            "该校始建于1956年,原是一座旧庙,1988年搬到现址。\n")
    assert read_metadata(text, regions).year == 2016


def test_an_undated_account_opening_on_its_day_is_of_that_year_whatever_years_it_recalls():
    text = ("随县委统战部外出学习记\n——某联谊会会员\n"
            "2019年9月2日至6日，县委统战部带领一行15人外出学习。\n"
            "一是平台建设。某区自2016年起建立联谊会，2018年3月成立服务站，2018年全年开展活动20场。\n"
            "二是队伍建设。2018年，该区培训骨干50人。\n")
    assert read_metadata(text, regions).year == 2019


def test_a_pages_date_labelled_in_english_before_its_first_caption_dates_it():
    text = ("date 2023-11-18 某縣同鄉會於十八日在餐廳舉辦會員大會，席開五十桌。（記者攝）\n\n記者某某／報導\n\n"
            "某縣同鄉會於十八日舉辦會員大會，理事長致詞。該會創立於民國七十年。\n")
    meta = read_metadata(text, regions)
    assert (meta.date, meta.year) == ("2023-11-18", 2023)


def test_an_undated_news_item_is_of_the_year_its_event_is_named_by():
    text = ("海外侨胞走进某州参访\n发布时间:    浏览量: 320\n6月9日，由某省侨联主办的“丝路侨心·大美边疆”2022海外侨胞边疆行活动"
            "在某州举行。某州成立于1954年7月13日。\n")
    assert read_metadata(text, regions).year == 2022
    counted = "某会举办联谊活动\n6月9日，某会举办联谊活动，2022名会员参加。\n"
    assert read_metadata(counted, regions).year is None  # a count of people is no year


def test_a_dated_feature_on_recent_years_is_of_its_pages_year():
    text = ("凝聚新阶层 搭建新平台\n[作者:某某报 发布时间:2021-11-08 10:05 来源:某某报]\n"
            "近年来，某市委统战部立足实际，推动党外知识分子联谊交友常态化。\n"
            "2017年，某市入选省级示范单位，2017年建成联谊之家12个，2019年又建成8个。\n")
    assert read_metadata(text, regions).year == 2021


def test_when_a_body_began_told_inside_a_sentence_is_background():
    text = ("民主党派工作\n【民盟某市委概况】 民盟某市委2009 年5 月成立，8 年间，多次被评为先进单位。\n"
            "组织建设。截至2017 年年底，全市建立6 个基层支部，盟员总数120 人。\n")
    assert read_metadata(text, regions).year == 2017


def test_a_city_bodys_news_whose_opening_names_only_its_province_is_the_citys():
    text = ("市委会举行成立纪念座谈会\n发布日期:2015-08-14\n8月14日，致公党成立纪念暨江苏省级组织建立30周年座谈会在市行政中心举行。\n"
            "致公党江苏省委主委出席。致公党无锡组织从1983年起步，在无锡市多党合作舞台上发挥作用。\n")
    assert _meta(text).region in ("无锡", "无锡市")


def test_the_countries_guests_came_from_are_not_where_the_news_is():
    text = ("年会照片。\n会长致辞。据报道，侨商会在酒店举办年会，来自泰国、新加坡等国家的乡亲齐聚一堂。"
            "泰国乡亲代表发言，泰国侨团捐款。湛江市侨联主席出席。\n")
    assert _meta(text).region == "湛江市"


def test_a_papers_page_and_section_before_the_date_under_the_title():
    text = "容县同乡会新一届理事就职\n\n某某报 P08 | 港澳新闻 2012-05-03\n\n【特讯】容县同乡会昨晚举行就职典礼。\n"
    meta = read_metadata(text, regions)
    assert (meta.date, meta.year) == ("2012-05-03", 2012)


def test_a_photo_caption_before_the_dateline_and_a_retold_report_do_not_place_the_news():
    text = ("凯里市侨联主席王某为侨胞颁奖。（图片来源：某某网） 某某社北京10月30日电／据某某网报导，"
            "贵州省雷山县侨商会27日在某酒店举办年会，来自多个国家的乡亲齐聚一堂。\n凯里市侨联主席王某出席并致辞。\n")
    assert read_metadata(text, regions).region == "雷山县"


def test_a_wire_retold_from_a_paper_abroad_is_news_of_the_city_whose_community_it_opens_on():
    text = ("某某社5月20日电 据某国《某某时报》报道，悉尼多个侨团发起为家乡水灾灾民筹款的行动。"
            "某某会馆主席表示，已向各侨社发出倡议。\n某某商会计划周末在唐人街募捐，已收到认捐5000多元。\n"
            "另有一名老侨捐出2000元，指定捐给广东和台湾的灾民。\n两家来自台湾的慈善团体也收到捐款，"
            "捐款者不只有台湾同胞。\n")
    def places(piece):
        return [name for name in ("悉尼", "广东", "台湾") if name in piece]
    assert read_metadata(text, places).region == "悉尼"


def test_a_pages_header_above_a_news_item_is_no_title():
    text = ("时间:2023-04-05 10:12 作者:王小明 浏览量:321\n"
            "新华社贵阳4月3日电 (记者 李四)记者3日从贵州省侨联全委会议上获悉,全省已建成侨胞之家60个。\n")
    meta = read_metadata(text, regions)
    assert meta.title is None and meta.region == "贵州省"


def test_a_provincial_body_meeting_in_its_capital_is_the_provinces_news():
    text = "广西壮族自治区茶业商会在南宁市邕江宾馆举行成立大会\n6月9日上午，商会成立大会举行，会员企业80多家。\n"
    assert _meta(text).region == "广西壮族自治区"
    # a body meeting outside its own place still gives the place it met in
    assert _meta("容县同乡会在南宁举办捐赠仪式\n共募集善款80万元。\n").region != "广西壮族自治区"


def test_a_numeric_date_under_the_title_keeps_the_title():
    meta = read_metadata("2014年黔东南州统战工作综述\n\n11.02.2015  11:29\n  一年来，全州统一战线凝心聚力。\n", regions)
    assert (meta.title, meta.region, meta.year) == ("2014年黔东南州统战工作综述", "黔东南州", 2014)


def test_page_fields_glued_to_a_news_items_text_give_its_date_and_year():
    text = ("凯里市工商联赴丹寨县工商联学习考察\n"
            "发布时间:2019-09-03 来源:8月24日,凯里市工商联组织乡镇负责人和企业代表一行16人赴丹寨县工商联学习考察基层商会建设。"
            "县人大常委会副主任参加了活动，活动由驻会副主席主持。该县各乡镇在2005年全部建了商会，发挥了巨大作用。\n")
    meta = read_metadata(text, regions)
    assert (meta.date, meta.year) == ("2019-09-03", 2019)


def test_a_sites_greeting_above_the_title_is_navigation():
    text = ("欢迎您访问民盟贵州省委员会网站 收藏本站|设为首页\n\n民盟黔东南州委2022年参政议政工作综述\n"
            "发布时间：2023-02-01  作者：本站编辑\n2022年，民盟黔东南州委围绕中心工作，完成调研报告12份。\n")
    meta = read_metadata(text, regions)
    assert (meta.title, meta.region) == ("民盟黔东南州委2022年参政议政工作综述", "黔东南州")


def test_an_anniversary_of_the_united_fronts_own_history_dates_a_text_without_a_year():
    text = ("民盟省委会召开全会\n黔东南日报12月29日讯 民盟贵州省委会全会在贵阳举行。过去一年开展“纪念中共中央发布‘五一口号’70周年”主题月活动。\n")
    assert read_metadata(text, regions).year == 2018
    assert read_metadata("九三学社市委会召开座谈会\n近日，市委会召开纪念九三学社成立75周年座谈会。\n", regions).year == 2021


def test_a_city_governed_as_a_province_speaks_for_its_own_bodies_after_a_purpose_clause():
    text = ("为落实全国民营经济工作会议精神，了解北京市民营经济发展联席会议成员单位相关工作情况，2月23日，"
            "市民营经济发展联席会议在海淀区召开部分联络员会议。市工商联副主席出席。\n会上，海淀区委统战部介绍了海淀区的工作。\n")
    assert _meta(text).region == "北京市"


def test_a_date_above_the_headline_is_not_the_title():
    meta = read_metadata("内容详情\n2025年03月07日\n凯里市侨联获省级荣誉\n近日，凯里市侨联被评为全省先进单位。\n", regions)
    assert (meta.title, meta.date) == ("凯里市侨联获省级荣誉", "2025-03-07")


def test_a_text_counted_up_to_a_years_end_against_a_base_year_is_of_the_year_it_counts_to():
    text = ("近日，记者从凯里市工商联获悉，截至2020年底，全市市场主体总户数达12.6万余户，与2016年市场主体总数相比增长52.4%。\n"
            "“十三五”期间，凯里市工商联积极搭建招商平台。\n")
    assert read_metadata(text, regions).year == 2020


def test_a_title_right_above_its_header_fields_under_a_long_site_menu():
    menu = "首页\n机构概况\n工作动态\n政策法规\n统战理论\n网上服务\n2019凯里市两会专题\n2022年学习二十大精神\n统战要闻\n"
    text = menu + "凝聚新力量 打造新平台\n[作者:凯里日报发布时间:2022-12-12 09:05来源:凯里日报]\n近年来，凯里市委统战部积极探索创新。\n"
    meta = read_metadata(text, regions)
    assert (meta.title, meta.date) == ("凝聚新力量 打造新平台", "2022-12-12")


def test_a_share_buttons_lines_above_the_title_are_no_title():
    text = "請用微信小程序<某某新聞網分享圖製作工具>掃碼\n請用微信掃一掃分享\n凱里市突出四大目標 推動統戰工作\n正文。\n"
    assert read_metadata(text, regions).title == "凱里市突出四大目標 推動統戰工作"


def test_a_pages_date_among_its_edition_buttons_and_a_date_written_day_first():
    text = "第08版:区域 上一版  下一版\n上一版  下一版 2019年2月19日 星期 放大 缩小 默认\n凯里市民企带老乡\n近年来，凯里市委统战部创新开展活动。\n"
    assert read_metadata(text, regions).date == "2019-02-19"
    text = "凯里市委统战部检查“百企联百村”工作\n\n05.01.2016  16:40\n\n近日，市委统战部检查组到雷山县检查督导。\n"
    meta = read_metadata(text, regions)
    assert (meta.date, meta.year) == ("2016-01-05", 2016)


def test_an_event_held_on_its_day_in_a_county_is_that_countys_news_whoever_sponsored_it():
    text = ("中国侨网贵阳12月2日电 作为由贵州省委统战部主办的研修班的活动内容之一，"
            "侨胞捐赠仪式暨项目推介会11月30日在贵州省黔东南州雷山县举行，30余名企业负责人参加。\n")
    assert read_metadata(text, regions).region == "雷山县"


def test_a_wires_dateline_without_a_place_makes_a_news_item_of_its_latest_year():
    text = ("中新网2月10日电 据凯里市侨联消息，2月4日，凯里市侨联举办归侨侨眷2010年迎春晚宴。\n"
            "侨联主席总结回顾了去年的工作。他说，2009年凯里市侨联工作取得了喜人成绩，2009年引进侨资项目两个。\n")
    assert read_metadata(text, regions).year == 2010


def test_a_sites_masthead_with_its_address_is_no_title():
    text = "中共贵州省委统一战线工作部 http://www.example.gov.cn/ 2021-03-18 00:00:00 【阅读 】\n3月17日，凯里市召开统战委员会议。\n"
    assert read_metadata(text, regions).title != "中共贵州省委统一战线工作部 http://www.example.gov.cn/ 2021-03-18 00:00:00 【阅读 】"
    assert read_metadata(text, regions).region == "凯里市"


def test_a_line_holding_a_full_stop_is_no_title_and_a_masthead_is_skipped():
    text = "统战工作\n\nOriginal URL: http://lib.example.cn/bin/mse.exe?K=c36\n\n2013年，凯里市委统战部内设办公室。编制7人，实有5\n人。\n"
    assert read_metadata(text, regions).title is None
    text = "】 【打 印】\n凯里市侨联新春慰问暖侨心\nhttp://www.example.com   2023-01-13 15:33:05\n\n近日，凯里市侨联组织开展走访慰问活动。\n"
    assert read_metadata(text, regions).title == "凯里市侨联新春慰问暖侨心"


def test_a_dateline_gives_way_to_the_province_only_when_filed_from_its_capital():
    text = "中新网凯里市7月23日电 近日，多位侨商代表走访了多家企业。贵州省侨联表示将继续支持贵州省侨商发展。\n"
    levels = {"凯里市": "prefecture", "贵州省": "province", "凯里": "prefecture"}
    common = dict(level_of=levels.get, holder_at=lambda name, level: "贵州省", official_of=lambda name: name)
    capital = read_metadata(text, regions, is_place, is_capital=lambda name: True, **common)
    elsewhere = read_metadata(text, regions, is_place, is_capital=lambda name: False, **common)
    assert (capital.region, elsewhere.region) == ("贵州省", "凯里市")


def test_a_body_that_comes_to_a_place_to_look_at_something_makes_the_news_that_places():
    text = ("凯里网讯（记者 张某）5月18日，贵州省委统战部副部长李某率队来凯里市，就组织建设方面进行考察交流。\n"
            "李某一行深入凯里市商会，了解工商联工作。\n")
    assert read_metadata(text, regions, is_place).region == "凯里市"


def test_a_papers_masthead_and_page_path_are_no_title_and_the_path_gives_the_date():
    text = ("国内统一刊号:CN52-0099 黔东南日报社出版 广告热线:0855-1234567 订阅热线:0855-7654321\n2023年03月08日\n凯里市侨联\n"
            "获评全国先进侨联\n本报讯 近日，凯里市侨联获评全国先进侨联。\n")
    assert read_metadata(text, regions, is_place).title == "凯里市侨联"
    text = ("复制全文\n更多范文下载 微信:wenku2020\n黔东南日报/2023 年/11 月/09 日/第 003 版民族团结\n雷山县:苗岭花正红\n"
            "这一年，雷山县民族团结进步工作成效显著。\n")
    meta = read_metadata(text, regions, is_place)
    assert (meta.title, meta.date, meta.year) == ("雷山县:苗岭花正红", "2023-11-09", 2023)
    text = ("上一版  下一版  返回目录\n数字报首页 | 版面导航 | 标题导航\n出版日期: 2020-06-15   往期回顾   高级检索\n"
            "2020-06-15 第03版:要闻 【字体】大 中 小\n携手帮扶结硕果\n——凯里市侨联开展帮扶工作纪实\n"
            "凯里市侨联组织侨商开展结对帮扶。\n")
    assert read_metadata(text, regions, is_place).title == "携手帮扶结硕果 ——凯里市侨联开展帮扶工作纪实"


def test_a_township_or_new_area_written_after_the_titles_place_is_the_news_place():
    def local(piece):
        return [name for name in ("开怀新区", "大塘镇") if name in piece]
    text = "携手帮扶结硕果\n——凯里市开怀新区工商联开展帮扶工作纪实\n开怀新区工商联组织会员企业结对帮扶。\n"
    assert read_metadata(text, regions, is_place, find_local=local).region == "开怀新区"
    text = "引言\n2023年，大塘镇统一战线工作稳步推进。\n大塘镇召开统战工作会议，大塘镇商会有会员35家。\n"
    assert read_metadata(text, regions, is_place, find_local=local).region == "大塘镇"


@pytest.mark.parametrize("text, region", [
    pytest.param("民盟凯里市委送教下乡\n6月5日，民盟凯里市委赴雷山县大塘镇新桥村送教下乡，捐赠图书500册。\n"
                 "新桥村小学师生表示感谢。\n", "新桥村", id="the village a body goes to work in, named again"),
    pytest.param("民盟凯里市委送教下乡\n6月5日，民盟凯里市委赴雷山县大塘镇新桥村送教下乡，捐赠图书500册。\n"
                 "盟员们表示将继续关心山区教育。\n", "凯里市", id="a village named once is a chain in passing"),
    pytest.param("民盟凯里市委送医下乡\n6月5日，民盟凯里市委在雷山县大塘镇鸭塘社区送医下乡，服务群众300人次。\n"
                 "鸭塘社区居民表示感谢。\n", "凯里市", id="a neighbourhood called on is no place of the text"),
    pytest.param("民盟凯里市委送教下乡\n6月5日，凯里市侨联主席到该县大塘镇新桥村送教下乡，捐赠图书500册。\n"
                 "新桥村小学师生表示感谢。\n", "新桥村", id="the chain after the place named before (该县)"),
    pytest.param("民盟凯里市委送教下乡\n“我们在新桥村办起了图书室，孩子们有书读了。”民盟凯里市委负责人说。\n"
                 "新桥村小学师生表示感谢。\n", "凯里市", id="a speaker's words are not the text's place"),
    pytest.param("新乡贤的新作为\n近日，雷山县大塘镇新乡贤李某走在新桥村的果园里，查看果树长势。\n"
                 "近年来，大塘镇鼓励能人返乡兴业。新桥村果园是其中之一。\n", "大塘镇",
                 id="where someone walks is not where the work is taken"),
])
def test_the_township_or_village_a_body_takes_its_work_to_is_the_news_place(text, region):
    def local(piece):
        found = [(piece.find(name), name) for name in ("大塘镇", "新桥村", "鸭塘社区") if name in piece]
        return [name for _, name in sorted(found)]
    levels = {"凯里市": "prefecture", "雷山县": "county"}
    meta = read_metadata(text, regions, is_place, level_of=levels.get, find_local=local,
                         holder_at=lambda name, level: "黔东南州" if level == "prefecture" else None,
                         official_of=lambda name: name)
    assert meta.region == region


def test_a_pictures_file_name_above_the_text_is_no_title():
    text = "民盟合影.jpg\n近日，民盟凯里市委到雷山县送教下乡，捐赠图书500册。\n盟员们表示将继续关心山区教育。\n"
    assert read_metadata(text, regions, is_place).title is None


def test_a_sites_bracketed_news_prefix_and_a_meeting_held_in_hong_kong():
    def places(piece):
        return [name for name in ("香港", "凯里市") if name in piece]
    text = ("【某某网讯】9月16日,香港凯里同乡会成立大会在香港举行,凯里市委副书记李某某,凯里市政协副主席、市委统战部部长"
            "王某某出席。\n李某某希望同乡会为两地交流牵线搭桥。\n")
    levels = {"香港": "province", "凯里市": "prefecture"}
    official = {"香港": "香港特别行政区", "凯里市": "凯里市"}
    meta = read_metadata(text, places, lambda name: name in levels, level_of=levels.get, official_of=official.get,
                         holder_at=lambda name, level: None)
    assert meta.region == "香港"


def test_a_title_keeps_past_its_timestamp_and_a_button_and_a_paragraph_opening_on_last_year_covers_it():
    text = ("某某网\n某某网\n\n凯里市委统战部围绕主线 完善工作格局\n\n2023年01月12日09:41 |\n小字号\n\n"
            "2022年，凯里市全面贯彻落实党的二十大精神，凯里市委统战部不断完善大统战工作格局。\n")
    meta = read_metadata(text, regions, is_place)
    assert (meta.title, meta.date, meta.year) == ("凯里市委统战部围绕主线 完善工作格局", "2023-01-12", 2022)
    text = "凯里市侨商会成立\n2023年06月02日18:24 | 来源：某某日报\n小字号\n6月1日，凯里市侨商会举行成立大会。\n"
    meta = read_metadata(text, regions, is_place)
    assert (meta.title, meta.date, meta.year, meta.publisher) == ("凯里市侨商会成立", "2023-06-02", 2023, "某某日报")


@pytest.mark.parametrize("text, title, publisher, date", [
    # a row of buttons under the title's date (打印 放大 缩小), then the reporters' lines: the title stands
    ("凯里市某村组建“乡贤理事会”,共谋发展惠乡邻\n2023-03-01 08:15:20 来源:某某新闻\n打印 放大 缩小\n"
     "某某新闻记者 张某某\n摄影 通讯员\n2月26日,凯里市某村乡贤理事会召开首次会议。\n",
     "凯里市某村组建“乡贤理事会”,共谋发展惠乡邻", "某某新闻", "2023-03-01"),
    # a source field run into the page's date with no space: both are read
    ("首页 > 社会 > 正文\n凯里市侨联开展送温暖活动\n编辑: 张某来源: 某某晚报2021-01-18 10:20:31\n"
     "1月18日，凯里市侨联为归侨老人送去年货。\n", "凯里市侨联开展送温暖活动", "某某晚报", "2021-01-18"),
])
def test_a_pages_header_under_its_title_gives_the_date_and_source_and_leaves_the_title(text, title, publisher, date):
    meta = read_metadata(text, regions, is_place)
    assert (meta.title, meta.publisher, meta.date, meta.year) == (title, publisher, date, int(date[:4]))


def test_the_site_in_a_byline_before_the_text_is_not_the_place_it_speaks_of():
    text = ("中国黔东南州网(通讯员 张某 李某)“众人拾柴火焰高。”近年来，凯里市坚持以铸牢中华民族共同体意识为主线，"
            "全市民族团结进步事业创新发展。\n凯里市组建“百姓名嘴”等宣讲队伍。\n")
    levels = {"黔东南州": "prefecture", "凯里市": "county"}
    meta = read_metadata(text, regions, is_place, level_of=levels.get, holder_at=lambda name, level: "黔东南州",
                         official_of=lambda name: name)
    assert meta.region == "凯里市"


def test_a_meeting_told_on_its_day_past_a_purpose_clause_is_news_of_the_year_it_plans():
    text = ("为了解凯里市民营经济联席会议成员单位2021年相关工作情况，交流2022年工作设想，2月23日，凯里市民营经济联席会议"
            "召开部分联络员会议。\n会上，各成员单位交流了2021年工作情况。\n")
    assert read_metadata(text, regions, is_place).year == 2022


def test_a_sites_clock_is_no_date_and_a_profile_is_of_the_year_it_was_put_up():
    text = ("今天是2019年8月2日 星期五\n当前位置: 首页>组织>市级组织\n今天是2019年8月2日 星期五\n当前位置:\n"
            "农工党凯里市委会简介\n发布日期:2022-06-14 15:40:00\n"
            "农工党凯里市委会成立于1992年5月，现有党员86人。1996年3月，第二次党员代表大会选举产生新一届委员会，有党员41人。"
            "2017年11月，第六次党员代表大会召开。\n")
    meta = read_metadata(text, regions, is_place)
    assert (meta.title, meta.date, meta.year) == ("农工党凯里市委会简介", "2022-06-14", 2022)


def test_a_title_stands_above_its_date_and_source_line_with_a_share_button():
    text = ("首 页 新闻 党派动态\n首页>党派动态>地方\n凯里市:探索“双联双促”工作机制 助力民主党派履职\n"
            "2022年05月20日 09:15  |  来源:某某新闻网 分享到:\n某某新闻网贵阳5月20日电 近年来，凯里市探索联系机制。\n")
    meta = read_metadata(text, regions, is_place)
    assert (meta.title, meta.date) == ("凯里市:探索“双联双促”工作机制 助力民主党派履职", "2022-05-20")
    # and share buttons on lines of their own, one named in Latin letters (Qzone)
    text = ("某某网 正文\n凯里：千余名乡贤回乡兴业\n2019-03-01 17:10:38 来源: 某某网\n关注某某网\n微博\nQzone\n评论\n图集\n"
            "近日，在凯里市某村，乡贤们为村里修路捐款20万元。\n")
    meta = read_metadata(text, regions, is_place)
    assert (meta.title, meta.date) == ("凯里：千余名乡贤回乡兴业", "2019-03-01")


def test_a_datelines_county_without_a_day_is_the_news_place_not_the_province_a_visitor_comes_from():
    text = ("某某网雷山县讯(通讯员 李某)7月8日，贵州省雷山县遭遇强降雨，多个村寨受灾。\n"
            "7月10日，贵州省凯里商会派出工作组赴雷山县，把会员捐赠的物资送到安置点。\n")
    levels = {"贵州省": "province", "雷山县": "county", "凯里市": "county"}
    meta = read_metadata(text, regions, is_place, level_of=levels.get, official_of=lambda name: name,
                         holder_at=lambda name, level: "贵州省" if level == "province" else "黔东南州")
    assert meta.region == "雷山县"


def test_a_body_named_by_its_level_alone_is_of_the_place_its_paper_is_named_after():
    def places(piece):
        return [name for name in ("贵州", "雷山县", "台江县") if name in piece]
    text = ("众志成城丨省侨联号召侨界支援防汛 侨企捐赠逾五百万元\n2021-07-30 18:02:11 某某客户端/贵州日报\n"
            "某某客户端/贵州日报讯(记者 王某)记者从省侨联获悉：截至7月29日，侨资企业和侨界人士捐赠款物共计512万元。\n"
            "近日，雷山县、台江县遭遇洪涝。省侨联随即发出号召。\n"
            "雷山县侨商会向雷山县灾区捐赠物资价值30万元，台江县侨联募集12万元，物资运往雷山县。\n")
    levels = {"贵州": "province", "雷山县": "county", "台江县": "county"}
    meta = read_metadata(text, places, lambda name: name in levels, level_of=levels.get,
                         official_of=lambda name: name, holder_at=lambda name, level: "贵州")
    assert meta.region == "贵州"


def test_the_year_of_a_meeting_that_plans_the_next_and_a_range_run_together_is_no_year():
    meta = read_metadata("农工党凯里市委会举行2020年度工作总结会暨2021年工作部署会\n正文。\n", regions)
    assert meta.year == 2021
    assert read_metadata("县委统战部2021年度工作总结暨2022年度工作计划\n正文。\n", regions).year == 2021
    text = ("凯里市多措并举推进团结进步示范创建\n发布时间:2016-09-27 16:05 浏览次数:207\n"
            "一是印发了《凯里市团结进步示范创建三年行动计划(20162018年)》，明确了责任单位。\n")
    assert read_metadata(text, regions, is_place).year == 2016


def test_a_meeting_early_in_the_year_that_sums_up_the_last_is_of_its_own_year():
    text = ("2月26日，农工党凯里市委会年度总结大会在市政协召开。\n会上总结了2021年度党务工作。2021年，农工党凯里市委会"
            "履职成效明显。\n")
    assert read_metadata(text, regions, is_place).year == 2022


def test_the_place_givers_came_from_is_not_where_they_give():
    text = ("澳门友人荔波义捐\n本报讯 近日，澳门某某联谊会一行20余人再次来到荔波县，为山区小学送去图书。\n"
            "一行人走访了5所乡村小学。\n")
    assert _meta(text).region == "荔波县"


def test_a_society_of_one_places_people_meets_where_it_is():
    def places(piece):
        return [name for name in ("香港", "贵州") if name in piece]
    text = "【本报讯】(记者 张某)香港贵州同乡会日前举办新春联欢宴会，贵州省侨联主席出席。\n会员逾百人欢聚一堂。\n"
    levels = {"香港": "province", "贵州": "province"}
    meta = read_metadata(text, places, lambda name: name in levels, level_of=levels.get, official_of=lambda name: name,
                         holder_at=lambda name, level: None)
    assert meta.region == "香港"


def test_a_place_given_to_in_the_title_is_not_the_givers_news():
    def places(piece):  # the last first, as the extractor orders a title's
        return [name for _, name in sorted(((piece.find(name), name) for name in ("澳门", "四川", "凯里")
                                            if name in piece), reverse=True)]
    text = ("澳门凯里同乡会发起倡议捐助四川抗震\n2021年06月02日10:54 | 来源:某某网\n小字号\n"
            "某某网澳门6月2日电 (记者 王某)澳门凯里同乡会日前发起倡议，捐助四川灾区，会员踊跃捐资。\n")
    levels = {"澳门": "province", "四川": "province", "凯里": "county"}
    meta = read_metadata(text, places, lambda name: name in levels, level_of=levels.get, official_of=lambda name: name,
                         holder_at=lambda name, level: None)
    assert (meta.region, meta.year) == ("澳门", 2021)


@pytest.mark.parametrize("text, title, date, year", [
    pytest.param("为给您更好的浏览服务，本站会使用Cookie等技术，继续浏览即表示您接受我们的隐私政策并同意其条款。\n"
                 "Would you like to go to our English website?\n"
                 "こちらのページは繁体字版です。\n某某新闻APP\n"
                 "凯里同乡会关怀旅外乡亲\n2019/3/6 17:38（3/6 17:51 更新）\n凯里同乡会今天举办关怀活动。\n",
                 "凯里同乡会关怀旅外乡亲", "2019-03-06", 2019, id="a consent banner and prompts in other scripts"),
    pytest.param("1\n侨团服务\n公告栏\n中秋节将至，本会定于9月10日在会所举办联欢活动，欢迎侨胞参加。\n2024-08-30\n查看详情\n"
                 "您目前的位置:首页 » 侨团服务\n凯里市侨联为灾区筹得善款\n侨胞同舟共济渡难关\n发布时间:2017-03-23    点击数:\n"
                 "近日，凯里市侨联发动侨胞为灾区捐款10万元。\n",
                 "凯里市侨联为灾区筹得善款", "2017-03-23", 2017,
                 id="a notice board above a site's path further down, over a dated title"),
])
def test_a_sites_own_matter_stands_above_the_title(text, title, date, year):
    meta = read_metadata(text, regions, is_place)
    assert (meta.title, meta.date, meta.year) == (title, date, year)


def test_a_date_whose_colon_was_lost_in_decoding_and_a_chronicles_span():
    text = "凯里民盟盟员列席市人代会\n时间\ufffd2022-01-20   来源:某某\n1月14日，凯里市人大会议召开。\n"
    assert read_metadata(text, regions, is_place).date == "2022-01-20"
    text = ("第八节 统战工作\n知识类型: 析出资源\n页码: 773-776\n摘要: 本篇记述了凯里市1991年至2010年民族宗教事务概况。\n"
            "一、机构\n市委统战部内设办公室。\n")
    assert read_metadata(text, regions, is_place).year == 2010


def test_the_title_is_the_line_above_a_dated_source_line_under_a_sites_menu():
    text = ("多彩黔韵\n贵阳 安顺 都匀 凯里 兴义 毕节\n热线:0851-1234567\n凯里市争创民族团结模范城市纪实\n"
            "2021-05-06 10:22:06  |  来源:黔东南日报  |  编辑:王某\n凯里市各族群众同心协力。\n")
    meta = read_metadata(text, regions)
    assert (meta.title, meta.region, meta.date) == ("凯里市争创民族团结模范城市纪实", "凯里市", "2021-05-06")


def test_a_year_of_the_republic_of_china_calendar():
    text = "台北市凯里同乡会年会\n昨日，台北市凯里同乡会举行第十届(108年)第三次理监事联席会议。\n"
    assert read_metadata(text, regions).year == 2019
    assert read_metadata("凯里同乡会会讯\n民國110年3月，同乡会举办联谊活动。\n", regions).year == 2021
    assert read_metadata("凯里同乡会会讯\n同乡会成立100年来，会员遍布各地。\n", regions).year is None
    opening = "凯里同乡会会讯\n同乡会回乡捐赠路灯。\n104年凯里旅北同乡会在会长率领下再度返乡。\n"
    assert read_metadata(opening, regions).year == 2015
    assert read_metadata(opening.replace("104年凯里旅北", "104年前凯里旅北"), regions).year is None


def test_a_report_to_a_congress_is_about_the_place_it_names_again_though_its_opening_names_none():
    text = ("关于民族团结进步创建工作情况的报告\n发文时间:2023-06-02\n资料来源:市民族宗教局\n"
            "关于民族团结进步创建工作情况的报告\n——2023年5月30日在市人大常委会会议上\n主任、各位副主任，各位委员：\n"
            "现将绵阳市民族团结进步创建工作情况报告如下。\n一、工作开展情况\n绵阳市创建示范单位120个，示范社区30个。\n")
    meta = _meta(text)
    assert (meta.region_code, meta.date) == ("510700", "2023-06-02")
    once = text.replace("绵阳市创建", "全年创建")
    assert _meta(once).region is None  # named once, in passing: no place the text can be said to be about


def test_a_sites_clock_and_markup_above_the_title_and_a_place_that_names_members_of_a_society():
    text = ('<strike id="ab"></strike>\n• <abbr id="ab"></abbr>\n<ul id="ab"><sup id="ab"></sup></ul>\n'
            "2024年12月19日 星期四\n市台湾同胞投资企业协会第五届会员大会召开\n发布日期:2011-11-14\n信息来源:\n"
            "3月8日，市台湾同胞投资企业协会第五届会员大会召开，选举产生新一届理事会。"
            "绵阳台资企业代表参加会议，为绵阳建设建言献策。\n")
    meta = _meta(clean_text(text))  # as a report is read
    assert (meta.title, meta.date, meta.year, meta.region) == ("市台湾同胞投资企业协会第五届会员大会召开", "2011-11-14", 2011, "绵阳")


@pytest.mark.parametrize("clock", ["2024年05月04日 星期六", "2024年05月04日 Sat", "2024年5月4日 Saturday"])
def test_a_sites_clock_above_the_title_gives_way_to_the_date_the_page_was_published(clock):
    text = (f"{clock}\n市工商联情系老人\n来源: 某某网     发布日期: 2022.03.03     访问量:186\n"
            "近日，绵阳市工商联号召会员为敬老院筹集善款20余万元。\n"
            "3月1日，市工商联把棉被500床送到敬老院。\n3月2日，老人们收到了新衣。\n")
    assert (_meta(text).date, _meta(text).year) == ("2022-03-03", 2022)


def test_a_title_naming_two_counties_of_one_city_is_the_citys_news():
    text = ("省政府支持北川和江油项目120个\n2015-07-18 12:58\n"
            "省政府先后在北川羌族自治县和江油市进行现场办公，确定支持项目120个。\n")
    assert _meta(text).region == "绵阳市"


def test_a_provinces_committee_meeting_in_its_capital_is_the_provinces_news():
    text = ("1月20日，民建四川省第九届委员会第三次全体会议在成都召开。\n省政协副主席出席会议并讲话。\n"
            "会议总结了上一年工作。\n")
    assert _meta(text).region_code == "510000"
    assert _meta("1月20日，绵阳市工商联第三次会员代表大会在涪城区召开。\n会议选举产生新一届领导班子。\n").region_code == "510700"


def test_a_city_that_only_hosts_the_whole_provinces_meeting_leaves_the_news_the_provinces():
    text = ("四川推进“万企兴万村”\n2020/08/29 13:46  某某网\n"
            "日前，全省工商联“万企兴万村”行动推进会在绵阳召开。截至7月底，已有800家民营企业参与。\n")
    assert _meta(text).region_code == "510000"
    by_city = text.replace("全省工商联“万企兴万村”行动推进会在绵阳召开", "绵阳市工商联召开座谈会")
    assert _meta(by_city).region_code == "510700"  # the city's own body at work: the city's news


def test_an_e_papers_article_buttons_above_the_title_are_navigation():
    text = ("往期阅读\n当前版: 08版 上一版  下一版\n上一篇    下一篇\n放大 缩小 默认\n\n"
            "“乡贤助富”聚合力\n今年以来，绵阳市委统战部打造“乡贤助富”班车，惠及群众6万人。\n")
    assert _meta(clean_text(text)).title == "“乡贤助富”聚合力"


def test_an_autonomous_regions_whole_is_its_own_text_though_it_tells_of_a_county():
    text = ("西藏自治区工商联消息，西藏的民营企业参加“万企兴万村”行动。截至2021年底，全区登记民营企业900家。\n"
            "在墨竹工卡县，一家企业带动农牧民300户。\n西藏民营企业投入资金20亿元。西藏各地市工商联积极行动。\n")
    assert _meta(text).region_code == "540000"
    district = ("全区统一战线服务大局。在墨竹工卡县，一家企业带动农牧民300户。\n"
                "墨竹工卡县民营企业投入资金2亿元。墨竹工卡县工商联积极行动。\n")
    assert _meta(district).region_code == "540127"  # a county's 全区 is its own: the one named most


def test_two_counties_of_one_city_in_a_whole_citys_text_are_the_citys():
    text = ("2023年06月18日\n第02版:\n(上接1版B)实施民族团结行动，涪城区、江油市入选全省示范创建试点，"
            "涪城区建成示范社区14个。\n全市投入50余万元，改造社区设施12处。\n")
    assert _meta(text).region_code == "510700"


def test_a_title_opening_with_a_countys_short_name_that_the_text_names_in_full():
    text = ("通许建设同心品牌 服务乡村振兴\n作者: 发布日期:2021-03-18\n"
            "通许县委统战部着眼乡村振兴。在3月举行的河南省统一战线会议上，该县交流发言，为全省县级单位唯一代表。\n")
    assert _meta(text).region_code == "410222"


def test_a_text_that_speaks_of_a_township_as_its_own_again_and_again_is_the_townships():
    text = ("乡贤助力兴村\n2015-07-17 07:29:18\n最近，绵阳市涪城区青义镇太平村文化中心开工。\n"
            "青义镇在春节期间组织乡贤座谈。该镇各村安排专项经费。\n"
            "青义镇有20多名乡贤。该镇还成立了乡贤理事会。\n")
    assert _meta(text).region == "青义镇"
    once = text.replace("该镇还成立了乡贤理事会。", "").replace("青义镇有20多名乡贤。", "涪城区有20多名乡贤。")
    assert _meta(once).region == "涪城区"  # said once, and named twice, it may be an example's township


def test_a_news_item_opening_on_part_of_a_month_is_of_its_publication_year():
    text = ("绵阳侨界人士热心公益\n\n2017-03-28 23:36:49 来源:本网原创稿件\n"
            "1月下旬，寒潮侵袭绵阳，侨界人士为80多名老人送去慰问金。\n"
            "2015年，侨界人士捐款300万元；2015年，又引进项目5个；2014年，捐建学校2所。\n")
    assert _meta(text).year == 2017


def test_a_long_site_menu_ends_at_the_sites_path_above_the_title():
    menu = "首页  新闻中心  侨界动态  华侨华人\n" + "\n".join(["最新动态", "招商项目", "特色产品", "扶持政策", "专 题",
                                                   "侨界领导心系侨乡", "侨务简介", "·", "四川省侨务简介", "·"])
    text = menu + "\n网站链接\n首页>>侨务动态\n四川绵阳归侨喜获社会捐赠(图)\n华声报讯：7月6日，绵阳市侨联将救灾物资送到归侨手中。\n"
    meta = _meta(clean_text(text))
    assert (meta.title, meta.region) == ("四川绵阳归侨喜获社会捐赠(图)", "绵阳")


def test_a_disclosure_pages_index_table_above_the_title():
    rows = ["[ 索引号 ] | 11510700/2023-00116 | [ 发文字号 ] | |", "[ 主题分类 ] | 财政 | [ 体裁分类 ] | 预算决算 |",
            "[ 发布机构 ] | 涪城区财政局 | |", "[ 成文日期 ] | 2023-06-20 | [ 发布日期 ] | 2023-06-25 |"]
    text = "\n".join(rows * 3) + ("\n中共涪城区委统战部2022年度部门绩效自评报告\n"
                                 "2022年我单位纳入绩效自评项目12个，涉及资金300万元。\n")
    meta = _meta(text)
    assert (meta.title, meta.region, meta.year, meta.date, meta.publisher) == (
        "中共涪城区委统战部2022年度部门绩效自评报告", "涪城区", 2022, "2023-06-25", "涪城区财政局")


def test_a_place_aided_is_not_the_place_a_whole_provinces_text_is_about():
    text = ("社会服务\n民建省委提高站位，助力全省乡村振兴。深入江油市开展调研，签署项目协议1个。\n"
            "开展对甘肃省舟曲县结对帮扶，捐赠物资20万元。\n")
    assert _meta(text).region != "甘肃省"


@pytest.mark.parametrize("text, year", [
    # an entry of a chronicle is of the year its book's span ends with
    ("第四章 归国华侨联合会\n知识类型: 析出资源\n内容出处: 《凯里市志(1991-2008)》 图书\n"
     "摘要: 本文记载市侨联历届委员会。\n1992年，市侨联迁入新址。\n", 2008),
    # work since a year, told on a dated page, is of the page's year
    ("凯里：凝聚企业合力助力乡村振兴\n发布日期: 2021-11-05   来源:政府办公室\n"
     "2018年以来，凯里市先后出台扶持政策5项。\n2018年以来，举办展会6次。\n", 2021),
    # a chronicle's entry without a span is of the latest year it names
    ("第六篇 群众团体\n第二章 凯里市工商业联合会\n机构 凯里市工商联于1953年建立，1984年恢复活动，1986年换届。\n"
     "会员 2005年，有会员单位320个。\n", 2005),
    # a dated page whose opening recalls only years long past tells them as background
    ("凯里：民族村寨换新颜\n来源:市民委 发布时间:2016-05-20 10:12\n"
     "2012年，县里出资修缮了村里的祠堂和道路。\n", 2016),
])
def test_the_year_of_a_chronicles_entry_and_of_a_dated_account_of_years_past(text, year):
    assert read_metadata(text, regions, is_place).year == year


def test_a_country_named_as_the_enemy_of_a_war_recalled_is_not_where_the_text_is():
    text = ("第五节 统战工作\n1937年春，为了团结抗日力量，抗击日本侵略，县委深入学校宣传抗日主张。\n"
            "1979年，县委恢复统战部。\n")
    assert _meta(text).region != "日本"


@pytest.mark.parametrize("stamp, date", [
    ("2021/12/27/ 18:28 来源:凯里日报 记者某某", "2021-12-27"),  # the date's path slash left before its clock
    ("2022-03-05 11:45:28 稿件来源:本站原创 编辑:某某校对:某某", "2022-03-05"),  # fields other than 来源 after it
    ("www.example.net 2022-3-5 8:54:41 专栏客服:某某16108382", "2022-03-05"),  # a site's address before, a line after
    ("2022年03月05日09:15:30 要闻 1234", "2022-03-05"),  # the clock glued to the day, a section and a counter after
])
def test_a_date_with_its_clock_above_the_text_is_the_pages_date(stamp, date):
    text = f"凯里市统战部开展慰问活动\n\n{stamp}\n{int(date[5:7])}月{int(date[8:])}日，凯里市委统战部开展慰问活动，走访慰问困难群众20户。\n"
    meta = read_metadata(text, regions)
    assert (meta.title, meta.date, meta.year) == ("凯里市统战部开展慰问活动", date, int(date[:4]))


def test_a_year_and_a_clock_in_a_sentence_are_no_page_date():
    text = "凯里市统战工作综述\n2022年，全市统一战线工作取得新成效，于2023-01-05 10:00召开总结会议。\n"
    assert read_metadata(text, regions).date is None


def test_a_line_of_a_groups_papers_and_a_reporters_byline_are_no_title():
    text = ("□凯里日报/凯里晚报/凯里新闻\n记者 王某\n今年以来，雷山县委统战部围绕中心工作，推动各项行动见效。\n"
            "县委统战部组织开展“同心”行动，走访企业30家。\n")
    meta = read_metadata(text, regions)
    assert meta.title is None


def test_a_place_whose_share_the_text_names_is_its_own_over_the_place_given_to():
    text = ("企业家捐款逾百万\n2月3日，市工商联发出倡议书，号召会员企业行动起来。各会员企业踊跃向襄阳市慈善总会捐款，"
            "共120万元，展现了赣州民营企业的担当作为。\n")
    assert _meta(text).region == "赣州"


def test_a_periodicals_issue_and_keywords_under_the_title_are_not_the_texts_opening():
    text = ("商会结对帮扶见成效\n2020-05-11王某\n当代湖南 2020年18期\n关键词:商会 帮扶\n"
            "湘潭市雨湖区深入开展“万企兴万村”行动，雨湖区商会结对帮扶12个村。雨湖区还组织企业家培训。\n")
    assert _meta(text).region == "雨湖区"


def test_a_prefecture_named_again_by_its_short_name_outnumbers_its_province():
    text = ("侨联在身边\n2025年3月的贵州省黔东南苗族侗族自治州凯里市某某村，春意正浓。\n"
            "一辆货车开进了村子，黔东南州侨联与贵州湖南商会负责人的身影出现在村寨的巷道里。\n"
            "大家一起卸货，村里很是热闹。\n"
            "这是黔东南侨联工作的缩影。黔东南有归侨侨眷1万名，黔东南籍华侨分布在各国。贵州省侨联给予支持。"
            "黔东南侨联还将开展更多活动。\n")
    assert _meta(text).region == "黔东南州"


def test_a_year_a_title_says_a_period_began_in_is_not_the_news_items_year():
    text = ("自2017年起，某市深入推进商会改革——商会组织量质齐升\n来源：某市新闻网 发布时间：2021-09-14\n"
            "本网讯 近年来，某市工商联推进商会改革，商会组织达到150家。\n")
    assert _meta(text).year == 2021


def test_a_place_given_to_for_its_fight_with_a_disaster_is_not_the_givers_news():
    text = ("湖南湘西州为重庆抗洪救灾捐款捐物300万元\n近日，湘西州各族群众踊跃捐款捐物，支援灾区群众渡过难关。"
            "州工商联组织会员企业捐款120万元。\n")
    assert _meta(text).region == "湘西州"


def test_a_citys_bare_name_is_the_city_not_the_county_named_after_it():
    text = ("衡阳统一战线2023年工作回顾\n一年来，全市统战工作稳步推进，市工商联组织200家企业与村庄结成对子。"
            "衡阳民营企业家踊跃参与。\n")
    assert (_meta(text).region, _meta(text).region_code) == ("衡阳", "430400")
    # the city's full name written too is no sign of the county (衡阳县 is in 衡阳市)
    assert _meta(text + "民盟衡阳市委会组织盟员参与。\n").region_code == "430400"


def test_a_share_button_under_a_titles_dated_header_leaves_the_title_standing():
    text = ("欢迎光临!今天是:\n某市侨联>> 侨界公益\n情暖侨心!漳州市侨联开展2025年春节慰问活动\n"
            "发布时间:2025-01-23 18:00:00  作者:经济科技部   来源: 漳州市侨联   浏览次数:\n分享\n"
            "年关临近，近日，漳州市侨联走访归侨侨眷家庭，送上慰问金。这项活动自2008年起坚持至今。\n")
    meta = read_metadata(text, regions)
    assert (meta.title, meta.year) == ("情暖侨心!漳州市侨联开展2025年春节慰问活动", 2025)


def test_a_publication_time_labelled_发表时间_is_a_header_field_under_the_title():
    text = "政协酒泉市委员会年鉴-2023\n发表时间:2023-12-1\n综述\n【协商议政】全年召开常委会议6次，开展专题调研12项。\n"
    meta = read_metadata(text, regions)
    assert (meta.title, meta.date) == ("政协酒泉市委员会年鉴-2023", "2023-12-01")


def test_an_undated_history_is_of_the_latest_year_it_tells():
    text = ("民建某某支部十年工作回顾\n2013年，支部成立时有会员12名。2016年，支部获评先进基层组织。"
            "2023年，支部会员增至38名，力争到2025年发展到50名。\n")
    assert read_metadata(text, regions).year == 2023


def test_the_place_a_body_travels_to_for_its_work_is_the_news_place():
    donation = "6月3日，民革四川省委会联合爱心企业赴凉山彝族自治州开展捐赠活动。主委王某出席。\n捐赠物资价值50万元。\n"
    assert _meta(donation).region == "凉山彝族自治州"  # a province's body going inside it
    aid = "4月9日，民盟无锡市委会主委李某带队赴西藏自治区拉萨市开展帮扶活动。\n捐赠物资30万元。\n"
    assert _meta(aid).region == "拉萨市"  # a city's body going to another province's city


def test_a_place_travelled_to_for_a_meeting_a_lesson_or_a_body_stays_the_travellers():
    attended = "6月3日，民革无锡市委会组团赴拉萨市参加经贸洽谈会。\n签约项目3个。\n"
    assert _meta(attended).region == "无锡市"
    learned = "6月3日，民革无锡市委会组团赴拉萨市学习统战工作经验。\n座谈2次。\n"
    assert _meta(learned).region == "无锡市"
    called_on = "6月3日，民革无锡市委会组团赴拉萨市工商联考察。\n座谈2次。\n"
    assert _meta(called_on).region == "无锡市"
    above = "6月3日，无锡市侨联组团赴西藏开展交流。\n座谈2次。\n"
    assert _meta(above).region == "无锡市"


def test_the_hour_of_a_news_items_day_is_read_past_to_where_it_happened():
    text = ("8月14日上午10时，“爱心”书屋落成仪式在凉山州昭觉县某某乡隆重举行。四川省委统战部领导出席。\n"
            "四川省民建捐资30万元。\n")
    assert _meta(text).region == "昭觉县"


def test_the_stricken_place_a_title_says_is_aided_is_the_region():
    text = ("各地侨界援助汶川地震灾区\n本报讯 四川省汶川县发生地震后，各地侨联纷纷伸出援手。\n"
            "5月13日，广东省侨联向灾区捐款100万元。\n")
    assert _meta(text).region_code == "513221"
    given = "乌海市工商联善款捐赠到杭锦旗灾区\n7月30日，乌海市工商联赴杭锦旗开展捐赠活动。\n"
    assert _meta(given).region == "杭锦旗"
    # and the place a body supports in its fight with the disaster
    from ufkg.metadata import _disaster_area
    assert _disaster_area("贵州省委统战部支持雷山县抗洪救灾", regions) == "雷山县"


def test_a_drive_for_the_stricken_of_another_country_or_province_is_the_givers_news():
    text = "多伦多20个社团助智利灾民 共筹善款\n多伦多中华总会发起筹款，各社团踊跃参与。\n"
    assert _meta(text).region == "多伦多"
    # aid within the givers' own country stays the stricken place's news
    text = "乌海市侨联援助杭锦旗灾区\n乌海市侨联向灾区捐款。\n"
    assert _meta(text).region == "杭锦旗"
    # so does a drive for the stricken of another province, named after the givers' city and district
    text = "杭州西湖区侨界筹集善款 募捐甘肃岷县灾区\n西湖区侨联发动侨胞捐款。\n"
    assert _meta(text).region == "西湖区"


def test_the_place_a_title_says_is_aided_to_rebuild_after_a_disaster_is_the_region():
    text = ("宝鸡企业捐款300万元 援助陇县灾后重建\n某某网7月9日讯 7月8日，宝鸡市工商联为陇县筹集善款。\n")
    assert _meta(text).region_code == "610327"


@pytest.mark.parametrize("under_title", [
    "欢迎订阅我们的newsletter\n2023/8/2",  # a call to subscribe between the title and its date
    "人气 25\n标签:",  # a page's count of readers and its tags label
])
def test_a_pages_prompts_and_counters_under_the_title_leave_the_title_standing(under_title):
    text = (f"温哥华华人社区募款援助家乡水灾\n{under_title}\n"
            "【本报2023年08月02日讯】温哥华的华人社区今天宣布，已募得善款3万加元。\n")
    meta = _meta(text)
    assert meta.title == "温哥华华人社区募款援助家乡水灾"
    assert meta.region == "温哥华"  # the city, not its Chinese community read as a place


def test_a_news_items_first_sentence_ends_at_a_small_semicolon():
    # ﹔, the small form some pages print, ends the scene the text opens on: the journey after it is no news's place
    text = ("寒冬时节，志愿者守在路口﹔车队连夜赶赴河南，送去物资。温哥华侨界也行动起来。\n"
            "温哥华侨团\n爱心接力\n连日来，温哥华多个侨团发起募捐。\n"
            "温哥华福建社团募集善款2万加元，温哥华福建社团还采购了药品。\n"
            "温哥华潮州会馆随即响应，温哥华潮州会馆理事长带头认捐。\n")
    assert _meta(text).region == "温哥华"


def test_where_people_gather_for_the_news_is_its_region():
    text = ("中新网赣州5月6日电(记者 某某)6日，五百名乡贤齐聚江西省于都县，参加第二届乡贤大会，共200多名嘉宾参会。\n"
            "大会签约项目12个。\n")
    assert _meta(text).region == "于都县"  # not the city the dateline is filed from


def test_a_share_widgets_lines_above_a_news_item_are_no_title():
    text = ("点击右上角\n微信好友\n朋友圈\n可用分享功能转发本文\n"
            "3月5日，第三届播商大会在遵义市播州区开幕。嘉宾百余人参会。\n")
    assert _meta(text).title is None


def test_a_province_in_a_persons_given_name_is_no_place_of_the_text():
    text = ("近日，侨联第四次归侨侨眷代表大会召开。市侨联副主席、调研员刘湖南，区委常委汪某某出席会议。\n"
            "会议选举产生新一届委员会。\n")
    assert _meta(text).region != "湖南"


def test_a_county_the_opening_calls_ours_is_where_the_title_travels():
    text = ("市委统战部干部赴宜都学习乡村建设经验\n12月5日，市委统战部一行十人来我县学习乡村建设的做法。"
            "县委副书记某某陪同。\n")
    assert _meta(text).region == "宜都"


def test_a_venue_written_with_its_province_is_the_city_not_the_province():
    text = "东西部协作产品展销会暨支持云南发展推进会在云南曲靖某某物流园开幕\n1月10日，由多家单位联合主办的展销会开幕。\n"
    assert _meta(text).region == "曲靖"


def test_a_bodys_founding_is_background_and_a_count_as_of_a_month_gives_the_year():
    text = ("本会简介：\n九三学社宜宾市委会创建于1987年3月。多年来，该会凝聚社员力量，积极参政议政。"
            "截至2016年6月，共有支社9个。\n")
    assert read_metadata(text, regions).year == 2016


def test_a_place_a_delegation_goes_to_for_its_work_there_under_a_title_naming_only_its_province():
    text = "云南爱心助学活动\n香港某某同乡会一行日前到云南曲靖市进行爱心慰问及助学活动。捐赠助学金10万元。\n"
    assert _meta(text).region == "曲靖市"


def test_a_title_whose_travellers_go_to_work_in_a_county_of_another_province_is_that_countys():
    text = ("厦门市政协副主席带队到毕节市织金县开展助学活动\n11月1日，厦门市政协副主席某某带队来到织金县，"
            "看望结对学校师生。\n")
    assert _meta(text).region == "织金县"


def test_a_provinces_list_naming_one_citys_counties_is_that_citys_news():
    text = ("近日，2023年度四川省“万企兴万村”行动先进典型名单公布，宜宾市青年商会和江安县种植项目、长宁县养殖项目入选。"
            "四川省工商联表示祝贺。\n")
    assert _meta(text).region == "宜宾市"


def test_a_body_honoured_by_its_provinces_committee_is_its_citys_news_not_the_venue_of_the_award():
    text = ("民盟宜昌市委会获评民盟湖北省脱贫攻坚先进单位\n来源：信息中心 日期：2023-03-17\n"
            "近日，民盟湖北省委员会全会在武汉召开。会上表彰了脱贫攻坚先进单位，民盟宜昌市委会获此殊荣。\n")
    assert _meta(text).region == "宜昌市"


def test_the_writer_hearing_the_news_from_a_body_gives_its_county():
    text = ("爱心企业捐资修建饮水井\n9月17日，笔者从丰宁县台办获悉，一位台商再度捐资20万元，为山村修建饮水井。"
            "承德市台办、承德市侨联对此表示感谢。\n")
    assert _meta(text).region == "丰宁县"


def test_a_sites_blurb_about_its_city_above_the_where_on_site_line_is_not_the_text():
    text = ("在三省交界，有一方大美之地，名谓承德。承德之美，在于山水。这里历史悠久，文化灿烂，誉满天下。\n"
            "当前位置 >> 承德动态\n爱心企业捐资修建饮水井\n发布时间：2014-09-18 09:15\n"
            "9月17日，笔者从丰宁县台办获悉，一位台商再度捐资20万元，为山村修建饮水井。\n")
    assert _meta(text).region == "丰宁县"


def test_travellers_who_work_in_a_district_of_another_province_far_into_the_opening_give_that_district():
    text = ("8月19日至22日，温州市侨商会执行会长某某某、监事长某某某等15人，在市侨办主任某某某陪同下，"
            "在江西省婺源县开展了三天调研和捐赠活动。20日，一行出席了一所中学的揭牌仪式。\n")
    assert _meta(text).region == "婺源县"


def test_visitors_named_by_no_place_give_the_district_they_tour_and_a_citys_own_committee_its_city():
    guests = ("近日，某某民意代表团组一行28人到南开区走访考察，与社区干部交流基层治理。\n"
              "参访团走访了两个社区的活动室。大家感受到天津发展的成就，表示天津之行收获很大，愿常来天津。\n")
    assert _meta(guests).region == "南开区"
    own = ("【民主党派】\n3月3日，市台联会长某某某一行前往成都市锦江区两个社区送去防疫物资，看望一线干部。"
           "成都市社员踊跃参与，成都市各界称赞。\n")
    assert _meta(own).region != "锦江区"
    tour = ("新春将至，12月15日，省侨联一行来到成都市。\n"
            "某某主席等人先后来到锦江区两个小区、青羊区一个小区，慰问归侨侨眷。成都市侨联陪同，成都市侨界表示感谢。\n")
    assert _meta(tour).region != "锦江区"


def test_an_undated_summary_of_the_past_two_years_is_as_of_the_latest_year_it_names():
    text = ("凯里市侨联过去两年，积极开展为侨服务，使关爱侨眷成为全市的风气。\n"
            "2019年，凯里市侨联在市委领导下开展助学活动。2019年3月，侨联慰问归侨20户。\n"
            "2020年1月，侨联开展新春慰问。\n")
    assert read_metadata(text, regions).year == 2020
    assert read_metadata(text.replace("过去两年", "坚持不懈"), regions).year == 2019


def test_a_profiles_title_with_the_pages_fields_on_its_line_is_of_the_year_it_was_put_up():
    text = ("凯里市侨联简介 发布时间:2024/03/28    浏览次数:次    发布人:凯里市侨联\n"
            "凯里市侨联成立于1985年8月，前身是1951年成立的归侨小组，至今已历经九届委员会。\n")
    meta = read_metadata(text, regions)
    assert (meta.title, meta.year) == ("凯里市侨联简介", 2024)


def test_a_title_above_a_line_of_fields_whose_date_is_left_empty_under_other_headlines():
    text = ("某联盟与某报社签订合作协议\n某省侨联牵手某联盟助力开放建设\n"
            "海外媒体走进黔东南州采风\n发布时间:    浏览量: 7578   来源: 某某资讯\n"
            "6月9日，海外媒体采风团来到黔东南州，走访凯里市多个村寨。\n")
    meta = read_metadata(text, regions)
    assert (meta.title, meta.region) == ("海外媒体走进黔东南州采风", "黔东南州")


def test_a_township_named_three_times_and_twice_as_often_as_the_place_read_for_it_is_the_texts():
    text = ("以产业为基 画好同心圆\n2025-09-02 11:11   来源:黔东南州融媒体中心\n"
            "近年来，雷山县西江镇以产业振兴为抓手，让村民腰包鼓起来。\n"
            "西江镇羊排村积极争取衔接资金，建成温棚17座。西江镇还组织群众开展文化活动。\n")
    assert _meta(text).region == "西江镇"
    county = text.replace("西江镇还组织", "雷山县还组织").replace("2025-09-02", "雷山县 2025-09-02")
    assert _meta(county).region != "西江镇"  # named as often as its county: the county's text


def test_a_page_that_prints_its_date_only_below_the_text_is_of_that_years_news():
    text = ("某某报社出版\n某某市召开团结创建总结会\n本报讯（记者 王某）10月23日，某某市召开团结创建总结会。\n"
            "2019年12月，某某市被命名为示范市。\n--> 2020-10-26 1 1 某某报 content_123.html 1 /enpproperty-->")
    meta = _meta(text)
    assert (meta.date, meta.year) == ("2020-10-26", 2020)
    assert _meta(text.rsplit("\n", 1)[0]).date is None  # the page's own fields are the only date it gives


def test_a_date_field_labelled_with_a_slash_is_the_pages_date():
    text = ("投稿\n某某省委统战部部署助力救灾工作\n来源/ 某某网 作者/ 时间/2023-12-20 17:57:13\n"
            "某某网12月20日讯 灾害发生后，各界踊跃捐助。\n")
    meta = read_metadata(text, regions, is_place)
    assert (meta.date, meta.year) == ("2023-12-20", 2023)


def test_a_timestamp_glued_to_its_outlet_by_a_middle_dot_is_the_pages_date():
    text = "某州举办团结主题座谈\n某某日报·2025-05-31 06:16\n近日，某州召开座谈会。\n"
    assert read_metadata(text, regions, is_place).date == "2025-05-31"


def test_lines_of_bars_alone_are_layout_and_a_streets_body_in_the_title_is_the_streets_news():
    text = ("|\n|\n|\n|\n2025-07-08 第03版:三版\n| 【字体】 | 大 | | 默认 | | 小 |\n|\n广州市海珠区凤阳新村街道商会: |\n"
            "助力社区公益事业 |\n|\n|\n|\n|\n|\n|\n日前，广州市海珠区凤阳新村街道商会组织签约。"
            "凤阳新村街道商会负责人表示，将继续回馈社区。凤阳新村街道商会设立奖学金。\n")
    meta = _meta(text)
    assert (meta.title, meta.region) == ("广州市海珠区凤阳新村街道商会:", "凤阳新村街道")
    # the street is held by the district written right before it, not by a county whose name opens it (凤阳|新村, read in pieces)
    assert meta.region_code == "440105"


def test_a_summary_counted_up_to_a_year_with_a_comma_after_it_is_of_that_year():
    text = "截至2019年，凯里市工商联会员1200个，执委60人。\n建有乡镇商会8个。\n"
    assert read_metadata(text, regions).year == 2019


def test_the_end_of_a_period_set_out_from_a_year_of_background_is_not_the_news_items_year():
    text = ("凯里市侨联举行助学金发放仪式\n8月8日，凯里市侨联举行2022年度助学金发放仪式。\n"
            "该项目计划从2022年至2024年每年资助学生50名。\n")
    assert read_metadata(text, regions).year == 2022


def test_a_news_item_dated_before_a_later_day_of_the_year_it_names_is_of_the_year_after():
    text = ("新华社吉隆坡1月6日电 当地华人社团6日向凯里市侨联捐赠物资。\n"
            "2021年12月20日，凯里市遭受洪灾，社团随即发起募捐。\n")
    assert read_metadata(text, regions).year == 2022
    # a day after the one it tells is of the same year
    text = "新华社吉隆坡12月26日电 当地华人社团26日向凯里市侨联捐赠物资。\n2021年12月20日，凯里市遭受洪灾。\n"
    assert read_metadata(text, regions).year == 2021


def test_an_undated_text_is_of_the_latest_year_it_names_that_is_no_background():
    text = ("市委统战部到市民建调研\n8月13日，调研组来我会调研。\n凯里市侨联成立于1984年。\n"
            "调研组听取了汇报。\n调研组察看了会员之家。\n调研组召开了座谈会。\n调研组走访了2019年重点建设项目。\n")
    assert read_metadata(text, regions).year == 2019
    text = "市委统战部到市民建调研\n8月13日，调研组来我会调研。\n凯里市侨联成立于1984年。\n"
    assert read_metadata(text, regions).year is None


def test_a_byline_that_names_the_place_it_was_filed_from_gives_the_region():
    # as Taiwan's papers write it (記者某某/某縣報導), read in simplified script
    text = ("（记者林某/台东报导）台湾台东同乡总会、高雄市某某同乡会及高雄市某某慈善会为回馈故乡，"
            "捐赠白米给本县弱势家庭，由县长代表接受。\n"
            "前往县府的有高雄市某某同乡会理事长林某、高雄市某某慈善会理事长陈某、台中市台东同乡会理事长王某等人。\n")
    assert _meta(text).region_code == "719012"


def test_an_untitled_news_item_opening_on_its_day_is_of_its_pages_year_whatever_history_it_recalls():
    text = ("发布时间：2017-06-15 15:51\n6月12日，某某爱心帮扶活动在凯里市某某村举行。\n"
            "2005年前，该村经济支柱是煤窑。2005年底，煤窑全部关闭。\n")
    assert read_metadata(text, regions).year == 2017


def test_the_place_whose_work_a_survey_team_surveys_gives_the_region():
    text = ("6月5日，省委统战部调研组调研雷山县非公有制经济人士统战工作。"
            "州委统战部负责人，县委、县政府负责同志陪同。\n"
            "调研组还走访了两家企业。\n")
    assert _meta(text).region == "雷山县"


def test_a_summary_opening_on_its_period_and_a_district_is_the_districts_though_its_city_is_named_more():
    text = ("近年来，西湖区围绕民营经济健康发展，持续完善服务体系。\n"
            "与杭州市某某科技有限公司合作举办讲座，评选优秀商会4家。"
            "联合杭州银行、杭州农商银行为企业授信2亿元。\n")
    assert _meta(text).region == "西湖区"  # not the city its companies and banks are named after


def test_a_provinces_body_named_by_its_level_that_goes_into_a_county_gives_the_county():
    text = ("5月8日，民建省委走进黔东南州雷山县某某小学开展“助学行动”，为学校捐赠图书500套。\n"
            "民建贵州省委多年来坚持开展助学活动。民建贵州省委将继续支持乡村教育。\n")
    assert _meta(text).region == "雷山县"  # not the province whose body went there, named more


def test_the_month_a_school_was_founded_in_is_background_not_the_texts_year():
    text = ("凯里侨校举行校庆\n凯里市某某小学3日举行校庆活动，海外乡亲捐资50万元。\n"
            "该校创办于1936年9月，是当地著名的侨校。\n")
    assert read_metadata(text, regions).year != 1936


def test_a_sites_name_above_its_own_links_is_no_title():
    text = ("四川农村发展研究会\n• 手机版官网\n• 研究会公众号\n研究会助侨胞捐建的便民桥竣工\n"
            "本网讯 在凉山州普格县某乡某村，侨胞捐资修建的便民桥日前竣工。\n")
    assert _meta(text).title == "研究会助侨胞捐建的便民桥竣工"


def test_a_deadline_the_news_plans_for_is_not_its_year():
    text = "（关丹12日讯）彭亨华团总会昨日捐献10万令吉给当地独中。该校计划争取2030年前建成新校舍。\n"
    meta = _meta(text)
    assert (meta.region, meta.year) == ("关丹", None)


def test_a_timestamp_written_year_then_month_and_day_and_a_font_label_under_the_title():
    text = ("某网 > 四川 > 正文\n2025 05/15 09:03:06\n来源:四川日报\n涪城区商会帮扶村庄见成效\n字体:\n"
            "近年来，涪城区工商联组织商会与村庄结对，建成产业基地28个。\n")
    meta = _meta(text)
    assert (meta.title, meta.date, meta.year) == ("涪城区商会帮扶村庄见成效", "2025-05-15", 2025)


@pytest.mark.parametrize("text, region", [
    pytest.param("中国台湾网4月18日南充消息 日前，德阳市台商协会副会长率3名台商代表一行，前往南充市高坪区长乐镇台商爱心"
                 "小学送去书包。校长代表师生致谢。南充市台办副主任出席。\n", "高坪区",
                 id="a site's dateline, day before place: its city and the district visited, not Taiwan the site names"),
    pytest.param("送书下乡暖人心\n9月4日上午，民盟德阳市委赴中江县开展“送书下乡”助学活动，为学生送去图书500册。\n", "中江县",
                 id="a city's body going to work in a county of its own"),
    pytest.param("民盟德阳市委开展“送书下乡”活动\n"
                 "9月4日上午，民盟德阳市委到中江县龙台镇石泉村开展“送书下乡”活动，为村民送去图书500册。\n", "中江县",
                 id="the body a title names by its city, gone to a place three levels long before the deed"),
    pytest.param("党派动态\n2019年5月6日，民盟德阳市委副主委带领盟员代表，到中江县城北外来务工子女学校开展送教活动，"
                 "向20名学生发放奖学金1万元。\n", "中江县",
                 id="a city's body gone to a county of its own, a long school's name before the deed"),
    pytest.param("某网10月21日泉州市讯 台北安溪同乡会会长率20名乡亲于10月15日抵达安溪，为家乡学校捐赠助学金10万元。\n",
                 "安溪", id="a society of a home's people abroad arrived at that home, not the city it lives in"),
    pytest.param("湖南安仁县台胞联谊会开展助学行动\n日前，安仁县台胞联谊会在县城举行资助仪式，资助学生5人。\n", "安仁县",
                 id="a title opening on a province and a county in it"),
    pytest.param("（怡保8日讯）霹州华商联合捐献100万令吉。雪州华团也响应号召，雪州各界踊跃捐款。\n", "怡保",
                 id="a bracketed dateline of place and day, over the state the text names most"),
    pytest.param("发布时间:2024-11-15\n中新网 湖州3月4日电(张明) 浙江湖州安吉乡贤出资500万元设奖学基金，安吉县侨联走访侨企，"
                 "湖州市、安吉县两级商会对接茶农。\n安吉县工商联供图。安吉以竹闻名。\n"
                 "这些年，安吉统一战线办了许多实事。安吉县新联会助学23万元。\n", "安吉",
                 id="a city's wire dateline over the news of the county in it that the text keeps naming"),
    pytest.param("由沙田各界庆典委员会主办「沙田坊众庆贺新加坡成立六十周年晚会」于2024年9月24日在沙田大会堂"
                 "举行。活动得到多位嘉宾出席。\n适逢国庆，香港某某联会赞助1000个福袋送予长者。\n", "香港",
                 id="a country named inside the quoted name of the event a body sponsors is no place of the news"),
    pytest.param("华团捐款助学 | 某某报\n华团捐款助学\n（巴力6日讯）柔佛州华团联合会昨晚捐献5万令吉给10所华小。\n"
                 "海南会馆也响应号召，海南会馆和福建会馆各捐1万令吉。\n", "巴力",
                 id="a bracketed dateline's town no gazetteer knows, over a province a society is named after"),
    pytest.param("华团捐款助学\n（本报6日讯）柔佛州华团联合会昨晚捐献5万令吉给10所华小。\n", "柔佛州",
                 id="a bracketed dateline that names the paper, not a place"),
    pytest.param("霹雳广东会馆青年团到访新山 与当地乡亲交流\n"
                 "（2019年3月2日）霹雳广东会馆青年团一行20人来访新山，与新山广东会馆交流。\n", "新山",
                 id="a society named after a province visiting a city abroad, which ranks as a prefecture"),
    pytest.param("民进市委联合市农业局送技术下乡\n5月8日，由民进市委和市农业局共同主办、桐庐县农业局承办的“农技下乡”"
                 "活动在桐庐县迎春广场举行。二十名专家为群众答疑。杭州市农业局局长讲话。\n", "桐庐县",
                 id="an activity a city's bodies held in a county, no day before the venue that opens on the county"),
    pytest.param("民建某市会员大会召开\n11月25日，民建钦州市会员大会在金桂林宾馆举行。钦州市政协领导出席。\n",
                 "钦州市", id="a place read inside a venue's name is not where the meeting was held"),
    pytest.param("泰国华人侨社齐心助力抗疫\n4月10日，清迈华侨团体向清迈府送去口罩300箱。清迈府官员致谢。\n", "清迈",
                 id="a country in the title only as the home of its Chinese people, the city the opening names"),
    pytest.param("民盟新闻\n岁末将至，暖意渐浓。1月8日，民盟鹤壁市委走进淇滨区大赉店镇开展送春联活动，30名盟员参加。\n"
                 "鹤壁市民盟盟员挥毫泼墨。鹤壁市领导到场。\n", "淇滨区",
                 id="the news begins past a couplet that opens the text"),
    pytest.param("民盟动态\n5月6日，民盟鹤壁市委、民盟安阳市委联合筹办的“书香进校园”赠书活动在民盟浚县总支教育帮扶基地"
                 "浚县城关镇第二实验小学举行。鹤壁市民盟、鹤壁市领导到场。鹤壁市盟员赠书500册。\n", "浚县",
                 id="an activity held at a venue with a long name, which opens on the county"),
    pytest.param("山城暖事：爱心接力助学\n某某报 中国新闻云南5月12日电 ( 记者 李某) 求学之路有人扶，乡村学子心里暖。"
                 "5月12日上午，由中共泸水市委统战部居中联系、中共泸水市委宣传部承办的“爱心助学金颁授仪式”在泸水民族中学"
                 "举行。\n泸水市委常委致辞。泸水市80名学生获奖。\n", "泸水",
                 id="a province's wire dateline over the news of the county in it that the text keeps naming"),
    pytest.param("某公司出资200万元在云南建设「同心水窖」\n某报6月3日讯 某公司当天在上海举行云南「同心水窖」项目签约"
                 "仪式，向云南省保山市昌宁县捐助200万元，建设水窖80口。\n", "昌宁县",
                 id="a title naming a province over an opening that writes out a county of it"),
    pytest.param("某公司出资200万元在云南助学\n某报6月3日讯 李某某，云南省保山市昌宁县人，当天在上海举行签约仪式，"
                 "捐助200万元。\n", "云南", id="a county written out as a person's home is not the news's place"),
    pytest.param("某公司出资200万元在云南建设水窖\n某报6月3日讯 某公司当天在上海举行签约仪式，向云南省昌宁县捐助200万元，"
                 "建设水窖80口。\n", "昌宁县", id="a county written out right after its province, its city left out"),
])
def test_where_a_news_item_happened(text, region):
    assert _meta(text).region == region


def test_a_forums_title_label_alone_on_its_line_gives_the_headline_and_its_repeat_counts_no_figure():
    from conftest import extraction_of

    text = ("某某论坛\n标题:\n侨团捐款120万元 助力家乡抗洪\n[打印本页]\n作者:\n某某\n时间:\n2021-7-25 10:20\n标题:\n"
            "侨团捐款120万元 助力家乡抗洪\n7月24日，某县侨联向灾区捐款120万元，送去物资300箱。\n")
    extraction = extraction_of(text)
    assert extraction.meta.title == "侨团捐款120万元 助力家乡抗洪"
    assert [q.text for q in extraction.quantities] == ["120万元", "300箱"]  # the headline printed twice counts nothing


def test_a_label_left_empty_under_the_title_is_the_titles_field():
    # 新闻分类: with its value left out stands under the headline; the photo's caption after it is the text
    text = ("Jump to Navigation\n\n霹雳广东会馆青年团到访新山 与当地乡亲交流\n\n新闻分类:\n"
            "黄志明（左5）与青年团团员合影。\n（2019年3月2日）霹雳广东会馆青年团一行20人来访新山，与新山广东会馆交流。\n")
    assert _meta(text).title == "霹雳广东会馆青年团到访新山 与当地乡亲交流"


def test_a_line_that_opens_on_the_pages_date_and_fields_is_no_opening():
    # under the title, 2018年07月10日 10:20 | 作者:某地统战 | 来源:… and a share button's empty label are the page's;
    # the news opens on the village the event was held in
    text = ("首页>党派>社会服务\n\n多方参与，这场“爱心助农白石行”很实在\n\n2018年07月10日 10:20 | 作者:北京统战 | 来源:某某网站\n"
            "分享到: \n\n7月5日，“爱心助农白石行”活动在密云区石城镇白石村举行。\n\n现状\n\n"
            "白石村是密云区的一个山村，位于石城镇东北。白石村有村民300人，白石村种植板栗。\n")
    meta = _meta(text)
    assert (meta.title, meta.region) == ("多方参与，这场“爱心助农白石行”很实在", "白石村")


def test_a_sites_menu_bar_is_no_title():
    # 会刊首页 |期刊简介 |…: a row of short links between bars above the headline
    text = ("返回首页 | 加入收藏\n会刊首页 |期刊简介 |期刊征订 |投稿须知 |历年目录\n\n照亮回家的路\n\n"
            "  2021 年 9 月 2 日晚 8 点，夜色笼罩山村，新装的路灯亮了。\n  会员李明来到村里走访，捐建路灯40盏。\n")
    assert _meta(text).title == "照亮回家的路"


def test_fields_listed_with_dashes_and_a_font_label_in_brackets_are_the_pages():
    # - 发布时间:… / - 字体:【大中小】 above an untitled text: the page's fields, no title; a news item of its day
    text = ("- 发布时间:2016-11-20\n- 字体:【大中小】\n值此2017年元旦将至，民盟某省委于11月19日到山区小学送去图书。\n"
            "民盟某省委负责人讲话。\n今年9月，民盟某省委调研山区小学。\n")
    meta = _meta(text)
    assert (meta.title, meta.year) == (None, 2016)


def test_a_quoted_slogan_that_ends_like_a_village_is_no_township_of_a_title():
    def find_local(text):
        return [word for word in ("百企联村", "分水镇") if word in text]

    meta = read_metadata("市侨联组织“百企联村”结对行动\n3月10日，市侨联组织企业结对，送去慰问金2万余元。\n",
                         lambda text: [], find_local=find_local)
    assert meta.region is None


@pytest.mark.parametrize("text, date, year", [
    pytest.param("爱心接力|秦淮区新联会“微善”品牌温暖人心\n\nadmin 2024-08-10 阅读:12 评论:0\n"
                 "在秦淮区，“微善”平台由区新联会五位会长于2018年5月倡议设立，至今已捐款50万元。\n", "2024-08-10", 2024,
                 id="a timestamp line with the page's reader counts, not a year of background in the text"),
    pytest.param("某中学师生捐建乡村图书室\n\n师生代表与受助学校合影\n\n某中学师生捐建乡村图书室\n\n"
                 "为支持山区教育，某中学发动师生为偏远乡村小学捐建图书室。\n\n师生踊跃参与，共捐出图书两千册、善款五万元。\n\n"
                 "学校代表一行六人于本月十二日将图书和善款送到受助学校。\n\n受助学校校长致谢。\n\n学生代表朗读了感谢信。\n\n"
                 "双方约定长期结对。\n\n活动在欢笑声中结束。\n\n某报发表日期:2019-05-14\n", "2019-05-14", 2019,
                 id="本月十二日 far below an undated opening: news, of its page's year, not the year before"),
    pytest.param("地方\n|\n北马新闻\n|\n发布: 3:57pm 04/09/2023\n\n某园庆中元 筹捐某华小2.4万令吉\n"
                 "某园中元节委员会把善款交给某华小。校方表示，新校舍仍缺款400万令吉，盼于2027年完工。\n", "2023-09-04", 2023,
                 id="a Malaysian posting label, its clock and the day first; the year is not the plan's"),
    pytest.param("某乡乡贤会看望敬老院老人\n2022-02-08 19:37:57 来源:某某新闻网\n"
                 "某某新闻网讯 通讯员张明 李华报道 正月初四，某乡乡贤会到敬老院看望老人，送上年货。\n2021年，该乡乡贤会成立。\n",
                 "2022-02-08", 2022, id="a lunar day past an unbracketed byline: of the page's year, not the year it recalls"),
    pytest.param("1月23日，民进某市委副主委一行到某县某村看望困难家庭。\n一行人送去米面油等年货。\n"
                 "2024年9月，民进某市委组织会员为该村学校捐书300册。\n", None, 2025,
                 id="an untitled text opening on its day, then a later month of its one year: news, of the year after"),
])
def test_the_date_and_year_of_a_page_and_of_a_news_item_told_by_its_day(text, date, year):
    meta = _meta(text)
    assert (meta.date, meta.year) == (date, year)


def test_a_sites_call_for_contributions_is_no_title():
    text = "當前位置 > 首頁 > 統戰新聞 > 正文\n投稿郵箱:news@example.com\n凯里市侨联8月4日向灾区捐款10万元。\n"
    assert read_metadata(text, regions, is_place).title is None


def test_a_society_of_a_provinces_people_in_hong_kong_does_not_make_hong_kong_stand_for_the_province():
    text = ("中秋送暖\n某某善堂与香港辽宁同乡总会联合派发月饼，受惠的香港长者逾千户。\n"
            "香港辽宁同乡总会会长张某某讲话。\n礼物包里还有辽宁土产，让香港市民了解辽宁风味。\n")
    assert _meta(text).region == "香港"


def test_a_provincial_body_meeting_in_the_city_its_dateline_names_is_that_citys_news():
    text = ("某某网5月3日绵阳消息 近日,四川省台联邀请台胞青年在绵阳市举行茶叙交流会。四川省台办主任李某到会。\n"
            "40余名台胞青年与会。\n")
    assert _meta(text).region == "绵阳"


def test_the_year_of_someones_term_in_an_office_is_no_year_of_the_text():
    text = ("中秋送暖\n某某善堂与某某同乡总会合办中秋送暖活动，同乡总会主席兼2013年度某某善堂主席张某某致辞。\n"
            "逾300名义工参加。\n")
    assert _meta(text).year is None


def test_a_township_that_opens_a_news_item_holding_its_own_event_is_its_place():
    text = ("近日，苍溪县青林乡举办“乡贤回乡 共建家园”主题活动。县领导李某到会。\n"
            "当天，青林乡乡贤共认购果苗500株。\n")
    assert _meta(text).region == "青林乡"


def test_a_county_short_name_from_another_province_than_the_municipality_a_title_names_is_a_schools_name():
    text = "九三学社某区委向重庆奉节县九三阳山学校捐赠书籍\n6月1日，九三学社某区委捐赠图书300册。\n"
    assert (_meta(text).region, _meta(text).region_code) == ("奉节县", "500236")


def test_a_visit_that_goes_on_to_two_townships_stays_the_news_of_the_place_visited():
    text = ("统战部送温暖宁乡行\n1月10日，长沙市委统战部人员来到我市，分别前往花明楼镇和灰汤镇走访困难群众。\n"
            "在花明楼镇，一行人座谈交流。灰汤镇介绍了该镇帮扶情况。\n共走访困难户30户。\n")
    assert (_meta(text).region, _meta(text).region_code) == ("宁乡", "430182")


def test_a_papers_edition_date_beside_its_button_back_to_the_pages_list_dates_the_text():
    text = ("主办单位:某某报社\n第A05版:区域新闻\n2015年3月4日 星期三   版面目录\n放大 缩小 默认\n某县佛教界为学校募捐\n"
            "近日，某县佛教界为新建学校募捐300万元。\n")
    assert (_meta(text).date, _meta(text).year) == ("2015-03-04", 2015)


def test_a_sites_path_line_that_gives_the_pages_source_and_date_stands_under_the_title():
    text = ("新闻中心\n\n某镇乡贤回乡共建家园\n\n所在位置：某某网  >> 新闻中心     来源:某某网 2019-05-08 10:21:14 \n"
            "分享到\n\n近日，城关镇召开乡贤大会，乡贤认领项目20个。\n")
    assert (_meta(text).title, _meta(text).date) == ("某镇乡贤回乡共建家园", "2019-05-08")


def test_the_pages_label_for_its_text_with_its_fields_is_no_title():
    text = ("返回首页\n文章检索\n正文 发布时间:2017-11-07\n\n结对民企助力脱贫\n\n——某市侨联开展帮扶行动纪实\n\n"
            "某社区的某茶叶合作社带动农户300户。\n")
    assert _meta(text).title == "结对民企助力脱贫 ——某市侨联开展帮扶行动纪实"


def test_a_news_items_bracketed_dateline_outweighs_the_sites_clock_above_it():
    text = ("华人社团为山火灾民筹款|某某时报\n\n2025-03-10 | 星期一\n\n华人社团为山火灾民筹款\n\n"
            "【某某时报2017年06月12日讯】(记者某某报导)当地华人社团近日筹得善款两万多元。\n")
    assert (_meta(text).date, _meta(text).year) == ("2017-06-12", 2017)


def test_a_sites_clock_alone_still_dates_a_page_that_has_no_other_date():
    text = "华人社团为山火灾民筹款\n\n2025-03-10 | 星期一\n\n当地华人社团近日筹得善款两万多元。\n"
    assert _meta(text).date == "2025-03-10"


def test_a_countys_general_chamber_opening_the_news_gives_its_county_not_the_city_it_works_with():
    text = "4月10日，启东市侨商总会与南通市台办联合举办慈善晚会，募集善款100万元。\n"
    assert (_meta(text).region, _meta(text).region_code) == ("启东市", "320681")


def test_a_body_from_abroad_coming_home_is_the_news_of_the_home_the_opening_names():
    text = ("血浓于水—马来西亚某某会馆回乡省亲\n来源:某市侨联\n\n"
            "9月5日，马来西亚某某会馆会长带领30多名乡亲回到顺德寻根问祖，受到当地欢迎。\n")
    assert (_meta(text).region, _meta(text).region_code) == ("顺德", "440606")


def test_a_drive_for_a_stricken_province_far_away_is_the_givers_news():
    text = "南海区留学人员联谊会为河南灾区募集善款\n近日，南海区留学人员联谊会募集善款5万元。\n"
    assert (_meta(text).region, _meta(text).region_code) == ("南海区", "440605")


def test_a_society_named_after_its_home_township_that_brings_its_people_home_is_the_townships_news():
    text = ("某某日报讯 8月24日，澳门台山端芬同乡会带领近300名台山籍乡亲回乡观光，看望家乡父老。\n"
            "乡亲们走访了端芬镇的侨乡文化项目。\n")
    assert _meta(text).region == "端芬镇"


def test_a_committee_listed_after_a_democratic_partys_is_that_partys_and_speaks_for_no_city():
    text = ("3月8日，九三学社湖北省委社员、某某医疗器械有限公司经理张某从省城来到罗田县，向罗田县的学校送去2000只口罩。"
            "九三学社省委、市委高度重视罗田的防疫，此次捐助由九三学社黄冈市委第一支社牵线。\n"
            "县教育局李某与九三学社黄冈市委第一支社主委王某接收物资。\n")
    assert (_meta(text).region, _meta(text).region_code) == ("罗田县", "421123")


def test_a_header_line_whose_colons_were_lost_in_decoding_is_no_part_of_the_text():
    text = ("欢迎光临某省民革门户\n某省民革首页 > 工作动\ufffd > 某省民革\n\n民革齐齐哈尔市委会开展送书进校园活\ufffd\n\n"
            "时间\ufffd2013-05-20   来源\ufffd\n"
            "  5\ufffd18日,齐齐哈尔市副市长、民革齐齐哈尔市委主委某某率部分党员来到龙沙区大民乡中心小学,开展送书进校园活动\ufffd\n \n"
            "  在大民乡中心小学,某某察看了学校的阅览室\ufffd\n")
    assert (_meta(text).region, _meta(text).date) == ("大民乡", "2013-05-20")


def test_a_place_that_opens_a_companys_legal_name_in_the_title_is_where_it_was_registered_not_the_news():
    text = ("山西平遥县焦化有限公司向灾区捐款500万元\n"
            "2010年4月14日，青海玉树发生7.1级地震。山西省级工商联向会员发出倡议，山西省非公企业累计捐款3800多万元。\n")
    assert (_meta(text).region, _meta(text).region_code) == ("山西", "140000")


@pytest.mark.parametrize("text, region", [
    # a page's font-size buttons under its date (字体大小:【) are no part of the text, whose opening goes to a township
    ("某会联合某企业为京山市孙桥卫生院送去药品\n2016-05-10 10:20:31\n字体大小:【\n"
     "2016年5月6日，在某党某省委会负责人带领下，一行6人前往京山市孙桥镇卫生院，向孙桥镇卫生院赠送一批药品，价值2万元。\n"
     "孙桥镇卫生院院长表示感谢。\n", "孙桥镇"),
    # a site's 某某网消息 and its byline before the day: the township that opens the news holds its event
    ("福安:乡贤出资铺路\n某某网消息(记者 某某 通讯员 某某) 5月12日,福安赛岐镇举办乡贤奖学金颁发活动。赛岐镇乡贤共出资50万元。\n",
     "赛岐镇"),
    # someone's words set above the lead, and a page's stamp of digits alone, come before the text's opening
    ("党员看望老人\n“谢谢你们！”\n3月5日上午，在攸县网岭镇某某敬老院门口，老人们迎接党员们。网岭镇敬老院院长表示感谢。\n",
     "网岭镇"),
    ("图书室落地某县\n\n11.04.2018  09:30\n\n  近日，我市首个“爱阅图书室”在兴宁市叶塘镇某某小学揭牌。叶塘镇中心校负责人出席。\n",
     "叶塘镇"),
])
def test_the_opening_that_takes_the_news_to_a_township_is_read_past_what_a_page_sets_above_it(text, region):
    assert _meta(text).region == region


def test_a_township_that_opens_a_news_item_after_its_county_is_its_place_whatever_it_does():
    text = "乡贤工作见闻\n近日，东源县义合镇以乡贤工作为抓手，动员在外乡亲返乡投资。义合镇乡贤累计捐资300万元。\n"
    assert _meta(text).region == "义合镇"


def test_a_township_that_opens_a_summary_of_recent_years_after_its_county_is_its_place():
    text = "乡贤工作见闻\n近年来，东源县义合镇以乡贤工作为抓手，动员在外乡亲返乡投资。义合镇乡贤累计捐资300万元。\n"
    assert _meta(text).region == "义合镇"


@pytest.mark.parametrize("opening, region", [
    # the branch of a city's society named after one of its districts, short, which the next line names in full
    ("5月20日上午，泉州市侨联（泉州市归侨联谊会）丰泽分会揭牌。\n丰泽区政协主席出席并讲话。\n", "丰泽区"),
    # a branch named after a district of another city is no place of this one
    ("5月20日上午，泉州市侨联（泉州市归侨联谊会）鼓楼分会揭牌。\n鼓楼区政协主席出席并讲话。\n", "泉州市"),
])
def test_a_city_bodys_branch_named_after_its_district_gives_the_news_that_district(opening, region):
    assert _meta(opening + "分会会员共80余人。\n").region == region
