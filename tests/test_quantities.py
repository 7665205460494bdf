"""Specification of ufkg.extract.quantities: which numbers in a sentence are reported quantities.

Every sentence here is made up for the test; none is copied from the seed reports.
"""
from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ufkg.extract.quantities import FoundQuantity, find_quantities, plan_year
from ufkg.paths import lexicon_path

YEAR = 2023


def found(sentence: str, report_year: int | None = YEAR, previous: str = "") -> list[FoundQuantity]:
    quantities = find_quantities(sentence, report_year, previous)
    for quantity in quantities:
        assert sentence[quantity.start:quantity.end] == quantity.text
    return quantities


def brief(sentence: str, **kwargs) -> list[tuple[Decimal, str, str]]:
    """(value, unit, qualifier) of every quantity found."""
    return [(q.value, q.unit, q.qualifier) for q in found(sentence, **kwargs)]


# ------------------------------------------------------------------ counts with a measure word


def test_a_number_before_its_noun_counts_that_noun():
    [quantity] = found("全县组织426家个体工商户参加培训")
    assert (quantity.value, quantity.unit, quantity.counts, quantity.text) == (426, "家", "个体工商户", "426家")


def test_bodies_of_townships_counted_by_jia_are_no_hometown():
    assert brief("全县已有32家乡镇商会完成换届，9家乡（镇）侨联挂牌") == [(32, "家", "exact"), (9, "家", "exact")]
    assert brief("他心系家乡，回到家乡投资办厂") == []


def test_a_number_after_its_noun_counts_the_noun_before_it():
    [quantity] = found("新建基层联络站58个")
    assert (quantity.value, quantity.unit, quantity.counts) == (58, "个", "基层联络站")


def test_people_counted_by_wan_before_or_after_a_noun_of_people_with_no_measure_word():
    assert brief("全省有归侨侨眷近300万，海外华侨华人700多万。") == [(3000000, "人", "approx"), (7000000, "人", "atLeast")]
    assert brief("联系服务2万新的社会阶层人士，阅读量达3000万。") == [(20000, "人", "exact")]


def test_thousands_set_off_by_a_space_as_yearbooks_print_them():
    assert brief("组织1 539名专家与1 513名群众结对，投入资金1 171万元") == [
        (1539, "名", "exact"), (1513, "名", "exact"), (11710000, "CNY", "exact")]


def test_products_counted_by_kuan_but_not_money_or_styles():
    assert brief("开发民族团结主题文创产品20余款，3款式服装") == [(20, "款", "atLeast")]


def test_brackets_belong_to_the_counted_noun():
    [quantity] = found("对接87个镇（街道）开展服务")
    assert quantity.counts == "镇（街道）"


def test_quoted_names_belong_to_the_counted_noun_but_are_not_counted():
    [quantity] = found("评选出“同心示范点”16个")
    assert (quantity.value, quantity.counts) == (16, "“同心示范点”")


def test_every_quantity_in_a_sentence_is_found():
    assert brief("评出4个市级、11个县级侨务示范点") == [(4, "个", "exact"), (11, "个", "exact")]
    assert brief("落地合作项目64个，协议资金82亿元，吸纳就业1.6万人") == [
        (64, "个", "exact"),
        (8_200_000_000, "CNY", "exact"),
        (16_000, "人", "exact"),
    ]


def test_conjunctions_between_quantities_end_the_counted_noun():
    first, second = found("5所高校和17名专家参与")
    assert (first.counts, second.counts) == ("高校", "专家")


def test_the_measure_word_is_kept_as_written():
    assert [q.unit for q in found("慰问困难户86户，服务群众420人次，开展宣讲11场次")] == ["户", "人次", "场次"]


def test_wan_before_a_measure_word_scales_the_value():
    assert brief("线上课程点击量4.6万人次") == [(46_000, "人次", "exact")]
    assert brief("惠及群众1.2万余人") == [(12_000, "人", "atLeast")]


def test_chinese_numerals_above_one_are_counts():
    assert brief("召开恳谈会十余场") == [(10, "场", "atLeast")]
    assert brief("联系非公企业三百家") == [(300, "家", "exact")]
    assert brief("新增会员两百名") == [(200, "名", "exact")]


def test_full_width_digits_and_separators():
    assert brief("帮扶资金２，６００万元") == [(26_000_000, "CNY", "exact")]
    assert brief("覆盖农户3,450户") == [(3450, "户", "exact")]


def test_durations_are_not_counted():
    assert brief("用3个月时间完成摸底") == []


# ------------------------------------------------------------------ money and shares


def test_money_is_in_yuan():
    [quantity] = found("筹集助学资金385.6万元")
    assert (quantity.value, quantity.unit, quantity.counts) == (3_856_000, "CNY", "助学资金")
    assert brief("撬动社会资本2.05亿元") == [(205_000_000, "CNY", "exact")]


def test_money_with_a_bound_between_number_and_scale():
    assert brief("募集善款2000余万元") == [(20_000_000, "CNY", "atLeast")]


def test_yuan_in_a_word_is_not_money():
    assert brief("打破城乡二元结构") == []


def test_percentages():
    assert brief("党外干部占比达到23.5%") == [(Decimal("23.5"), "%", "exact")]
    assert brief("满意率为百分之九十八") == [(98, "%", "exact")]
    assert brief("参保率提高4.2个百分点") == [(Decimal("4.2"), "%", "exact")]


def test_cheng_is_a_share_only_where_it_is_a_share():
    assert brief("少数民族干部占四成") == [(40, "%", "exact")]
    assert brief("交易额提高两成") == [(20, "%", "exact")]
    assert brief("非公经济贡献了五成以上的税收") == [(50, "%", "atLeast")]
    assert brief("三成员单位联合发文") == []


# ------------------------------------------------------------------ qualifiers


@pytest.mark.parametrize(
    "sentence, qualifier",
    [
        ("接待来访近1800人次", "approx"),
        ("培训学员约650人", "approx"),
        ("吸引观众900人左右", "approx"),
        ("开展义诊400余场次", "atLeast"),
        ("带动投资超3亿元", "atLeast"),
        ("结对帮扶20多位困难学生", "atLeast"),
        ("服务企业1200家以上", "atLeast"),
        ("捐赠物资逾百万元", "atLeast"),
        ("结交党外朋友上千名", "atLeast"),
        ("带动社会投资过亿元", "atLeast"),
        ("服务群众千余人次", "atLeast"),
        ("收集建议60条", "exact"),
        ("每位学员补助约300多元", "approx"),  # an estimate word covers the bound it wraps
        ("参加活动的群众大约500余人", "approx"),
    ],
)
def test_qualifiers(sentence, qualifier):
    [quantity] = found(sentence)
    assert quantity.qualifier == qualifier


def test_a_word_ending_in_a_qualifier_does_not_qualify():
    [quantity] = found("现场签约6个项目")
    assert (quantity.value, quantity.qualifier, quantity.text) == (6, "exact", "6个")
    assert found("邻近3家商会联合举办")[0].qualifier == "exact"
    assert brief("经过百余名专家论证") == [(100, "名", "atLeast")]
    assert brief("发起万人签名活动，开展线上千人培训") == []


def test_articles_of_advice_are_counted():
    assert brief("向市委提交意见建议36条") == [(36, "条", "exact")]


def test_a_bare_scale_with_a_bound_is_the_scale():
    assert brief("吸引万余名群众参与，捐款千余元") == [(10_000, "名", "atLeast"), (1000, "CNY", "atLeast")]
    assert brief("有百余年历史的商会") == []
    assert brief("十年间先后出资千万余元，受益群众百万余人") == [(10_000_000, "CNY", "atLeast"), (1_000_000, "人", "atLeast")]
    assert brief("千万不要忘记") == []


def test_a_class_defined_by_a_threshold_is_not_a_quantity():
    assert brief("营收5000万元以上企业38家") == [(38, "家", "exact")]
    assert brief("50人以下的小微企业") == []


# ------------------------------------------------------------------ status and period


@pytest.mark.parametrize(
    "sentence",
    [
        "明年将新建同心驿站12个",
        "我们将继续举办读书班4期",
        "力争培育民族团结示范户300户",
        "计划投入资金800万元",
        "预计吸引参展企业150家",
        "拟推荐党外人士15名",
        "下一步，重点打造实践基地6个",
        "目标是发展会员500名",
    ],
)
def test_plans_are_targets(sentence):
    assert [q.status for q in found(sentence)] == ["target"]


@pytest.mark.parametrize(
    "sentence",
    [
        "将专家学者请进课堂，全年开展讲座26次",  # 将 + noun: the disposal construction, not the future
        "按计划完成轮训任务340人次",
        "有计划地选派9名干部挂职",
        "组织学习《五年规划》，开展研讨8次",  # 规划 inside a title says nothing
    ],
)
def test_plan_words_that_announce_no_plan_leave_achievements(sentence):
    assert [q.status for q in found(sentence)] == ["achieved"]


def test_only_the_quantities_after_a_plan_cue_are_targets():
    achieved, target = found("今年走访企业310家，力争明年走访400家")
    assert (achieved.status, target.status) == ("achieved", "target")


def test_a_later_year_makes_a_target_and_is_the_period():
    [quantity] = found("2024年，全市将培训统战干部1000人次", report_year=2023)
    assert (quantity.status, quantity.period) == ("target", 2024)
    [quantity] = found("到2027年，建成示范社区40个", report_year=2023)
    assert (quantity.status, quantity.period) == ("target", 2027)


def test_the_year_nearest_before_the_quantity_governs_it():
    done, planned = found("2023年完成培训560人，2024年将完成培训700人", report_year=2023)
    assert (done.status, done.period) == ("achieved", 2023)
    assert (planned.status, planned.period) == ("target", 2024)


def test_a_dated_event_in_a_later_year_is_still_an_achievement():
    [quantity] = found("2024年1月9日，召开座谈会1次", report_year=2023)
    assert (quantity.status, quantity.period) == ("achieved", 2024)


def test_the_report_year_is_the_default_period():
    assert found("发放倡议书3000份", report_year=2021)[0].period == 2021
    assert found("发放倡议书3000份", report_year=None)[0].period is None


def test_a_comparison_year_does_not_govern():
    [quantity] = found("会员较2022年增加75名", report_year=2023)
    assert quantity.period == 2023
    [quantity] = found("自2019年以来累计培训干部4000人", report_year=2023)
    assert quantity.period == 2023


def test_a_plan_lead_in_the_previous_sentence_makes_targets():
    [quantity] = found("举办研修班6期", previous="下一步，我们将聚焦以下重点")
    assert quantity.status == "target"
    assert found("举办研修班6期", previous="全年工作取得实效")[0].status == "achieved"


@pytest.mark.parametrize(("sentence", "year"), [
    ("二、2024年工作打算", 2024), ("2024年工作计划：", 2024), ("明年，我们将围绕中心服务大局", 2024),
    ("2023年工作打算", None), ("2024年1月9日召开全会", None), ("全年工作取得实效", None),
])
def test_a_plan_lead_names_the_later_year_it_aims_at(sentence, year):
    assert plan_year(sentence, 2023) == year
    assert plan_year(sentence, None) is None


def test_a_target_without_a_year_takes_the_year_of_its_plan_section():
    [quantity] = find_quantities("一是力争新发展会员50名", 2023, "", planned_year=2024)
    assert (quantity.status, quantity.period) == ("target", 2024)
    [quantity] = find_quantities("举办研修班6期", 2023, "下一步，我们将聚焦以下重点", planned_year=2024)
    assert (quantity.status, quantity.period) == ("target", 2024)
    [quantity] = find_quantities("2025年力争新发展会员50名", 2023, "", planned_year=2024)
    assert quantity.period == 2025  # a year of its own governs
    [quantity] = find_quantities("新发展会员50名", 2023, "", planned_year=2024)
    assert (quantity.status, quantity.period) == ("achieved", 2023)  # an achievement keeps the report's year


# ------------------------------------------------------------------ not quantities


@pytest.mark.parametrize(
    "sentence",
    [
        "2021年是建党百年",  # a year
        "2022年度考核结果优秀",  # a year
        "于8月15日召开会议",  # a date
        "发布日期2023-3-18",  # a date
        "召开第九届会员代表大会第三次会议",  # ordinals
        "获评第5批全国示范单位",  # an ordinal
        "省委十三届四次全会",  # a session number
        "首届论坛在市里举办",  # an ordinal
        "排名全省前10名",  # a rank
        "一是加强学习，二是健全机制",  # list counters
        "（三）强化队伍建设",  # a list counter
        "增强“四个意识”、坚定“四个自信”",  # slogans in quotes
        "牢固树立四个意识",  # a slogan without quotes
        "出台《促进民营经济发展20条》",  # a title
        "落实“惠企12条”措施",  # a policy name in quotes
        "实施“十四五”规划",  # a plan name
        "庆祝建党100周年暨协会成立二十周年",  # anniversaries
        "开通12345便民热线",  # a service number
        "咨询电话0833-2468135",  # a phone number
        "开展活动**次，覆盖群众***余人次",  # masked numbers
        "投入资金**余万元",  # a masked number
        "省市县三级联动，市县两级统战部",  # levels
        "激活人才队伍“一池春水”",  # an idiom in quotes
        "这是全市统战工作的一个缩影",  # a lone 一
        "建设一支高素质队伍，涌现一大批典型",  # a lone 一
        "一次次座谈凝聚了共识",  # a lone 一
        "用好“一网一号”两个阵地",  # a numeral that sums up the quoted names before it
        "开展活动3至5场",  # a range
        "用两三个月走访三五家企业",  # vague numbers
        "推动5G基站建设",  # a code
        "七台河市侨联换届",  # a place name
        "县政协十二次会议胜利闭幕",  # a session's ordinal after its body, without 第
        "出席县十七届人大四次会议",  # the same after 人大
        "会议审议了五项议程",  # the order of business of a meeting
        "会议议程共三项，",  # the same, the count after its noun
        "该县幅员面积2100平方公里，耕地面积86万亩",  # a place's own extent, what it is, no outcome
        "全县有江岸线32公里，边境线长148公里",  # the same, its lengths
        "市侨联七次归侨侨眷代表大会开幕",  # a session's ordinal after an association
        "会上传达了二十次全国民族工作会议的部署",  # a whole country's meeting numbered, no verb holding it
        "按每20户配备网格员的标准",  # the denominator of a rate
        "据三元区委统战部介绍",
        "元旦春节两节期间走访慰问",  # two festivals, not two lessons
        "修订后的章程共6章45条",  # the articles of a rule book
        "《志愿服务管理办法》共28条",  # the same
  # a district whose name reads as money
        "【来源】县侨联 【浏览次数】2316次",  # the hit counter of the web page
        "【点击量】：586次",  # the same with a colon
        "发布日期:2021年3月2日 来源:某某支社 作者:王某 阅读318次",  # the same, glued to its count on the fields' line
        "56次浏览    发布时间:2024-05-08",  # the same, its label after it
        "时间:2019/5/20 10:12:03      阅读:86 次",  # the same, the reads' label and its colon before the count
        "已有3人评论 我有话说",  # the comments counted under the page
        "多年来，该会与山区的老师们一起，坚持送教下乡",  # together with them, no incident
        "他和乡亲们一起，众筹创办了餐厅",  # the same
        "县四套班子悉数到场",  # a county's leading bodies named by their number
        "新闻评论(共有 2 条评论)",  # the same in brackets
        "发布时间:2024-05-08 10:21:35人气:812",  # a page's popularity, after its clock
        "出台《若干措施》（简称惠企十二条），",  # a short name in brackets
        "他要求把握好三个原则，抓好四个方面的工作",  # headings of a list of points
        "会议强调要抓住三个关键",  # the same
        "考察团拜会了甲商会、六册街商户联谊会等团体",  # a name that starts with a numeral and a measure word
        "捐助陆家村困难群众",  # a financial digit as a name's character
        "在伍家坪社区成立调解室",  # the same
        "拟捐80万人币助学",  # 人民币 shortened to 人币
        "用于河西、城东两个片区的改造",  # a number that only says how many were just named
        "为东关和西关两个清真寺添置空调",  # the same, the last item joined by 和
    ],
)
def test_numbers_that_count_nothing(sentence):
    assert found(sentence) == []


def test_a_number_after_a_list_that_holds_quantities_still_counts():
    assert brief("走访企业五家、商会两个团体") == [(5, "家", "exact"), (2, "个", "exact")]


def test_a_total_after_a_list_ending_in_deng_still_counts():
    assert brief("《甲方案》（民盟）、《乙方案》（民进）等两件提案获评优秀") == [(2, "件", "exact")]


def test_people_named_then_counted_by_their_kind_still_count():
    assert brief("增补了甲某和乙某两位同志为常委") == [(2, "位", "exact")]
    # …and so does a count after 与 or 和 as "with" (某区也与某市两个村结对)
    assert brief("同时，某区也和某市两个村结成对子") == [(2, "个", "exact")]
    assert brief("同时，某区与某市两个村结成对子") == [(2, "个", "exact")]


def test_a_count_after_its_noun_behind_a_list_of_places_still_counts():
    assert brief("在东村、西村建成示范点两个") == [(2, "个", "exact")]


def test_a_meeting_count_after_a_body_is_a_quantity():
    assert brief("全年召开常委会议十二次") == [(12, "次", "exact")]
    assert brief("召开市政协会议3次") == [(3, "次", "exact")]


def test_a_lone_one_after_its_noun_closing_a_clause_is_a_count():
    assert brief("召开领导小组专题会议一次，座谈会两次") == [(1, "次", "exact"), (2, "次", "exact")]
    assert brief("今年再一次，") == []
    assert brief("联席会议坚持每季度一次。") == []


def test_money_without_yuan_after_a_money_noun():
    [quantity] = found("全年募集善款近80万，全部用于助学")
    assert (quantity.value, quantity.unit, quantity.qualifier, quantity.text) == (800_000, "CNY", "approx", "近80万")
    assert brief("争取上级资金1.5亿。") == [(150_000_000, "CNY", "exact")]
    assert brief("合作社年收入180多万，") == [(1_800_000, "CNY", "atLeast")]  # income, output and profit are money


def test_money_without_yuan_runs_on_into_what_it_goes_to():
    # the sum is told by the money noun before it and ends at the verb of what it pays for
    assert brief("村民合捐款项近300万用于修建村道。") == [(3_000_000, "CNY", "approx")]
    assert brief("镇政府配套85万合力建成文化广场。") == [(850_000, "CNY", "exact")]
    assert brief("公众号阅读量达300万用于宣传。") == []  # no money noun before it


def test_a_bare_number_with_wan_after_any_other_noun_is_no_money():
    assert brief("公众号阅读量达300万，") == []
    assert brief("覆盖人口120万，") == [(1_200_000, "人", "exact")]  # people, not money


def test_a_count_after_a_quoted_code_is_a_quantity():
    [quantity] = found("签约“1314”工程项目9个")
    assert (quantity.value, quantity.unit, quantity.counts) == (9, "个", "“1314”工程项目")


def test_a_count_in_words_after_a_quoted_noun_is_a_quantity():
    assert brief("建成“同心书屋”十个、“侨胞之家”六个。") == [(10, "个", "exact"), (6, "个", "exact")]


def test_a_count_after_an_ordinal_batch_word_is_a_quantity():
    [quantity] = found("首批18个基地授牌")
    assert (quantity.value, quantity.counts) == (18, "基地")


def test_measure_words_for_attendance_and_items_read_whole():
    assert brief("服务专家150名次，办理事项96件次") == [(150, "名次", "exact"), (96, "件次", "exact")]
    assert brief("拍摄微视频12集，新打机井40口") == [(12, "集", "exact"), (40, "口", "exact")]


def test_livestock_pairs_wells_tables_courses_and_tents_are_counted_but_not_the_words_they_open():
    assert brief("捐赠仔猪150头、羊羔80只，赠送老花镜520副，修建水窖300眼，开设8门研学课程，送去帐篷60顶。") == [
        (150, "头", "exact"), (80, "只", "exact"), (520, "副", "exact"), (300, "眼", "exact"),
        (8, "门", "exact"), (60, "顶", "exact")]
    assert brief("两头跑，九峰镇和三道河子村的3副主席出席。") == []


def test_digits_around_a_scale_are_one_amount():
    assert brief("共收到爱心捐款18万零600元，资助学生2万3千余人。") == [
        (Decimal(180_600), "CNY", "exact"), (Decimal(23_000), "人", "atLeast")]


def test_a_number_in_words_opening_a_sentence_counts():
    assert brief("三十余家企业参加座谈") == [(30, "家", "atLeast")]


def test_an_arabic_one_is_a_count():
    assert brief("召开全体会议1次") == [(1, "次", "exact")]


def test_numbers_in_long_quoted_speech_still_count():
    speech = "他说：“这一年我们举办了培训班12期，走访了企业300余家，取得的成绩来之不易，值得总结。”"
    assert brief(speech) == [(12, "期", "exact"), (300, "家", "atLeast")]


# ------------------------------------------------------------------ properties


def _measure_words() -> list[str]:
    with lexicon_path("measure_words.csv").open(encoding="utf-8", newline="") as handle:
        return [row["word"] for row in csv.DictReader(handle)]


@given(st.integers(min_value=2, max_value=10**9), st.sampled_from(_measure_words()))
def test_any_count_after_a_noun_is_found_with_its_measure_word(n, unit):
    [quantity] = found(f"共组织统战成员{n}{unit}，")
    assert (quantity.value, quantity.unit, quantity.qualifier, quantity.status) == (n, unit, "exact", "achieved")


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal(99999), places=2), st.sampled_from([("万元", 10**4), ("亿元", 10**8)]))
def test_any_money_amount_is_found_in_yuan(amount, unit_and_factor):
    unit, factor = unit_and_factor
    [quantity] = found(f"投入专项资金{amount}{unit}。")
    assert (quantity.value, quantity.unit) == (amount * factor, "CNY")


def test_chinese_decimals_with_a_scale_and_in_a_share():
    found = [(q.value, q.unit) for q in find_quantities("签约投资额六点三亿元，产值增长百分之六点八。", 2023)]
    assert found == [(Decimal("630000000"), "CNY"), (Decimal("6.8"), "%")]


def test_an_idiom_of_gathering_counts_nothing():
    found = find_quantities("上周，300多名侨商代表欢聚一堂，共叙乡情。", 2023)
    assert [q.text for q in found] == ["300多名"]


# ------------------------------------------------------------------ number forms of reports from other provinces


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u3000", "\u2009"])
def test_a_typesetters_space_between_a_figure_and_its_measure_word_is_read_past(space):
    [quantity] = found(f"组织党外代表人士{space}48{space}名赴边境县调研")
    assert (quantity.value, quantity.unit, quantity.counts) == (48, "名", "党外代表人士")
    [bounded] = found(f"全年接待来访群众近{space}1.6{space}万人次")
    assert (bounded.value, bounded.unit, bounded.qualifier) == (16_000, "人次", "approx")
    [more] = found(f"累计提交意见建议30{space}多条")
    assert (more.value, more.unit, more.qualifier) == (30, "条", "atLeast")


def test_a_space_is_no_gap_inside_a_number_in_words_or_a_table_row():
    assert brief("联谊会成员三 名参加") == []
    assert brief("2022  14 名") == []
    assert brief("名次 第 3 名") == []  # an ordinal stays one with a space after 第


def test_full_width_digits_and_qualifiers_in_one_sentence():
    assert brief("新发展会员１２８名，联系党外专家逾２００人，资助困难学生近５０名") == [
        (128, "名", "exact"), (200, "人", "atLeast"), (50, "名", "approx")]


def test_a_scale_with_余_and_person_times_in_ten_thousands():
    assert brief("帮扶困难群众万余户，开展义诊服务1.2万人次") == [(10_000, "户", "atLeast"), (12_000, "人次", "exact")]


def test_shares_in_words_and_points_of_a_rate():
    assert brief("民营经济增加值占全县生产总值的百分之六十二，比上年提高1.5个百分点") == [
        (62, "%", "exact"), (Decimal("1.5"), "%", "exact")]


def test_yuan_named_as_renminbi_is_money_in_yuan():
    assert brief("乡贤捐资折合人民币3000余万元，签约项目总投资约12.5亿元人民币") == [
        (30_000_000, "CNY", "atLeast"), (1_250_000_000, "CNY", "approx")]


def test_money_in_another_currency_keeps_its_currency_as_its_iso_code():
    assert brief("侨胞捐资120万美元兴建学校，港澳乡亲捐款2.5亿港元") == [
        (1_200_000, "USD", "exact"), (250_000_000, "HKD", "exact")]
    # the currency named before an amount in 元 is still its currency
    assert brief("台胞捐出新台币11亿元，港澳乡亲捐款港币500万元，另捐资800万元") == [
        (1_100_000_000, "TWD", "exact"), (5_000_000, "HKD", "exact"), (8_000_000, "CNY", "exact")]
    # the currencies of the lexicon (a traditional text is read in its simplified twin)
    assert brief("会馆移交善款50万泰铢，侨团捐出61万5千日元，商会捐款3万加元") == [
        (500_000, "THB", "exact"), (615_000, "JPY", "exact"), (30_000, "CAD", "exact")]
    assert brief("华商联总会向灾民捐赠二十万菲币，另捐500万越南盾") == [(200_000, "PHP", "exact"), (5_000_000, "VND", "exact")]
    assert brief("侨团捐出3亿缅币，商会捐款200万福林、8万披索") == [
        (300_000_000, "MMK", "exact"), (2_000_000, "HUF", "exact"), (80_000, "PHP", "exact")]
    # the currencies' everyday names, and the baht by its measure word alone
    assert brief("侨团捐出泰币10万铢，商会捐款新币3000元、日币20万元，会馆另捐8000铢") == [
        (100_000, "THB", "exact"), (3000, "SGD", "exact"), (200_000, "JPY", "exact"), (8000, "THB", "exact")]
    # …and so is the currency named right after an amount in 元, which the quantity's text then includes
    found = find_quantities("乡亲捐款120万元港币，学校师生捐款8000元澳门元，商会捐资20万元人民币", 2020)
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("120万元港币", 1_200_000, "HKD"), ("8000元澳门元", 8000, "MOP"), ("20万元", 200_000, "CNY")]


def test_what_is_pointed_at_again_or_done_together_is_no_new_figure():
    # a demonstrative before a figure points at things or a sum counted before
    assert brief("乡贤捐资修路，这两个镇的乡亲踊跃参与；上述80万元已全部到位。") == []
    assert brief("这次筹款金额应该6万元左右。") == [(60_000, "CNY", "approx")]  # 应该: it should be, no pointing
    # 一起 after the people who act is together, whoever they are with (一起交通事故 would count one)
    assert brief("志愿者们一起，先到烈士陵园，县领导一起看望了老人。") == []
    # …but a lone 一起 after the incident it counts, closing its clause, is one incident
    assert brief("全年共调处邻里纠纷一起。") == [(1, "起", "exact")]


def test_a_tricycle_is_no_round_of_work():
    assert brief("开展3轮走访，一位村民靠踩三轮车维持生计。") == [(3, "轮", "exact")]


def test_a_day_before_new_years_day_is_no_money_in_yen():
    assert brief("1月1日元旦当天，侨联慰问归侨20户") == [(20, "户", "exact")]


def test_editions_held_are_counted_but_a_term_or_session_is_not():
    assert brief("侨乡文化节自2015年创办以来已举办七届，吸引侨胞5000余人次") == [(7, "届", "exact"), (5000, "人次", "atLeast")]
    assert brief("商会已连续举办三届招商推介会") == [(3, "届", "exact")]
    assert brief("第十二届海外侨胞恳亲大会在县城开幕") == []
    assert brief("县政协十届四次会议期间，委员提交提案85件") == [(85, "件", "exact")]
    assert brief("召开十四届县委统战工作领导小组会议") == []
    assert brief("他连任两届，现任商会会长") == []


def test_a_range_is_no_single_figure():
    assert brief("每个商会选派3至5名会员参加") == []
    assert brief("每村配备一到两名联络员") == []
    assert brief("每期培训二至三天，每班学员三十至四十人") == []


def test_years_and_dates_are_no_quantities():
    assert brief("2023年3月15日，县侨联召开2023年度第一次主席会议") == []


# ------------------------------------------------------------------ what is not an outcome


def test_where_a_community_lives_is_its_reach():
    assert brief("全县有海外侨胞3万余人，分布在世界40多个国家和地区") == [(30_000, "人", "atLeast"), (40, "个", "atLeast")]
    assert brief("旅外乡亲遍布全球20余个国家") == [(20, "个", "atLeast")]


def test_a_place_that_only_describes_what_is_counted_keeps_the_count():
    assert brief("与分布在世界各地的60多个侨团建立联系") == [(60, "个", "atLeast")]


def test_a_rank_moved_up_or_down_counts_no_people():
    assert brief("全县营商环境评价排名提升3位，位列全省第8位") == []
    assert brief("综合考核排名上升两位") == []
    assert brief("向上级推荐提升2位党外干部") == [(2, "位", "exact")]


def test_any_idiom_of_gathering_counts_nothing():
    assert brief("海内外乡贤200余人共聚一堂") == [(200, "人", "atLeast")]
    assert brief("各族群众再聚一堂，共庆佳节") == []
    assert brief("代表们围坐一堂，畅谈发展") == []


def test_the_triathlon_and_one_body_under_two_names_count_nothing():
    assert brief("举办铁人三项公开赛，市侨联与市侨办两块牌子、一套人马") == []


def test_some_tens_or_hundreds_are_an_impression_not_a_figure():
    assert brief("组织数十家民营企业参加，吸引几百名群众观看，筹得数万元") == []
    assert brief("乡贤捐款数十万，用于修路") == []
    assert brief("现场数百名来宾见证，其中侨领32名") == [(32, "名", "exact")]
    assert brief("参会人数12名") == [(12, "名", "exact")]  # 数 of 人数 is no vague word


def test_money_after_renminbi_needs_no_yuan():
    assert brief("侨胞捐款折合人民币1500余万，用于家乡建设") == [(15_000_000, "CNY", "atLeast")]


def test_a_stock_the_work_reaches_is_kept():
    # The gold counts what the work covers, stock or not (全市42处场所全部…, 现有…人士10多万人):
    # only where a community lives is background.
    assert brief("全县现有宗教活动场所46处，均已完成消防安全改造") == [(46, "处", "exact")]
    assert brief("全市共有新的社会阶层人士3.2万人") == [(32_000, "人", "exact")]


def test_a_bracketed_次_makes_the_unit_a_count_of_times():
    assert brief("开展联谊活动86场（次），服务侨胞3200余人(次)") == [(86, "场次", "exact"), (3200, "人次", "atLeast")]


def test_how_a_body_is_staffed_is_no_outcome():
    assert brief("统战部内设12个处室，行政编制60名，有人员58人（含离岗干部3人）") == []
    assert brief("核定处级领导职数12正15副，调研员21名") == []
    assert brief("所属事业单位3个") == []
    assert brief("在园区内设立工作站10个，编制印发手册2000册") == [(10, "个", "exact"), (2000, "册", "exact")]


def test_pairs_and_lamps_are_counted_but_one_to_one_help_is_no_pair():
    assert [(value, unit) for value, unit, _ in brief("结成帮扶对子36对，安装太阳能路灯120盏。")] == [
        (Decimal(36), "对"), (Decimal(120), "盏")]
    assert [(q.value, q.unit) for q in found("开展一对一帮扶，5家企业对口帮扶。")] == [(Decimal(5), "家")]


def test_people_counted_with_a_scale_and_no_measure_word():
    [quantity] = found("产业园带动4.2万农民增收。")
    assert (quantity.value, quantity.unit, quantity.counts, quantity.text) == (42000, "人", "农民", "4.2万")
    assert found("资助2000贫困学生，数万群众受益。") == []


def test_money_in_words_with_thousands_after_the_ten_thousands():
    [quantity] = found("企业家捐款十万五千（人民币，下同）。")
    assert (quantity.value, quantity.unit) == (105000, "CNY")
    assert found("捐款2000。") == []


def test_a_middle_dot_printed_for_the_decimal_point():
    assert brief("会员中大专以上学历占51·9%") == [(Decimal("51.9"), "%", "exact")]
    assert brief("5·12地震后捐款100万元") == [(1_000_000, "CNY", "exact")]


def test_taxes_and_sales_in_hundreds_of_millions_without_yuan_are_money():
    assert brief("在渝企业年纳税600多亿，会员企业年销售额超过4亿，") == [
        (60_000_000_000, "CNY", "atLeast"), (400_000_000, "CNY", "atLeast")]


def test_sets_packs_kinds_cartons_tables_buildings_and_square_kilometres_are_counted_but_not_the_words_they_open():
    assert brief("捐资购买40组黑山羊、大米1200包、牛奶10提，推出130多种产品，筵开110席，援建宿舍楼2幢，"
                 "整治河道4.6平方公里。") == [
        (40, "组", "exact"), (1200, "包", "exact"), (10, "提", "exact"), (130, "种", "atLeast"), (110, "席", "exact"),
        (2, "幢", "exact"), (Decimal("4.6"), "平方公里", "exact")]
    assert brief("5组织起来，3包括在内，2种植大户，4提高效益，3席位，4幢楼。") == [(4, "幢", "exact")]
    assert brief("资助某村27组贫困学生，基地位于某社区5组，盖起三层小楼。") == []


def test_the_market_weight_jin_is_a_measure():
    assert brief("合作社年产茶叶3万斤，收购蜂蜜800斤。") == [
        (Decimal("30000"), "斤", "exact"), (Decimal("800"), "斤", "exact")]


def test_money_written_with_the_currencys_name_and_goods_by_the_bag_or_box():
    assert brief("慈善会捐款各三万人民币，合计十五万人民币，另捐赠50袋面粉、40箱牛奶。") == [
        (Decimal("30000"), "CNY", "exact"), (Decimal("150000"), "CNY", "exact"),
        (Decimal("50"), "袋", "exact"), (Decimal("40"), "箱", "exact")]
    assert brief("积极宣传人民币反假知识。") == []


def test_the_field_a_rank_is_among_is_no_count():
    assert brief("该校综合评价居全市9个区县中第二名，居全市35所中学第四名，新增教室12间。") == [
        (Decimal("12"), "间", "exact")]
    assert brief("5家企业中有3家获评先进。") == [(Decimal("5"), "家", "exact"), (Decimal("3"), "家", "exact")]


def test_a_spoken_ge_before_yi_is_read_past():
    assert brief("会员企业年销售额6个多亿，建成2个万人广场。") == [
        (Decimal("600000000"), "CNY", "atLeast"), (Decimal("2"), "个", "exact")]


def test_people_counted_near_ten_thousand_with_a_typesetters_space_or_after_their_population_noun():
    assert brief("带动近万农牧民增收，惠及12.6 万群众。") == [
        (Decimal("10000"), "人", "approx"), (Decimal("126000"), "人", "exact")]
    assert brief("全县常住人口45万，每10万人口拥有医生20名。") == [
        (Decimal("450000"), "人", "exact"), (Decimal("20"), "名", "exact")]


def test_meetings_held_a_number_of_times_are_counted_even_before_a_whole_provinces_meeting_name():
    assert [(q.value, q.unit) for q in found("今年共召开3次全省侨务工作会议。")] == [(3, "次")]


@pytest.mark.parametrize("sentence, value", [
    ("送去大米、蔬菜80吨，价值30万。", 300_000),
    ("项目总投资1000万元，已支付260.5万。", 2_605_000),
    ("县工商联募集的18万扶贫现金已全部到位。", 180_000),
    ("将商城20年3200万资产的租赁权无偿捐出。", 32_000_000),
    ("华侨历年捐物达1.6亿，", 160_000_000),  # goods given, counted by their worth
    ("县财政配套80万，", 800_000),  # the verbs of putting money in
    ("商会先后投入近500万，", 5_000_000),
    ("其中用于修桥铺路的超过3个亿。", 300_000_000),  # the spoken 个亿 ending a clause is only ever money
])
def test_an_amount_of_money_without_yuan_before_or_after_its_money_noun(sentence, value):
    assert (Decimal(value), "CNY") in [(q.value, q.unit) for q in found(sentence)]


def test_people_counted_in_wan_are_no_money():
    assert all(q.unit != "CNY" for q in found("全市总人口78万，拥有3万产业人才。"))


def test_a_disasters_toll_is_no_outcome():
    assert brief("受台风袭击，全县8万余人受灾，1200间房屋倒塌，3人遇难、2人受伤，经济损失超过5亿元。") == []
    assert brief("某乡2000多名群众受灾，损毁房屋30间，直接经济损失约800万元。") == []
    assert brief("全镇受灾人口达1.2万人，受灾面积约3000亩，5000余户房屋受损，玉米减产40%。") == []
    assert brief("商会捐款20万元用于受灾群众安置。") == [(Decimal(200000), "CNY", "exact")]
    # who died or lost their homes, who fled to shelters, and the mudslides a storm set off
    assert brief("台风引发九起泥石流，二十人丧生，三千户房屋被冲毁后无家可归，五千人转移至避难所。") == []
    # the households and the people of one toll, and an epidemic's new cases; operations a clinic did count
    assert brief("暴雨造成全县2600户8.5万人受灾；当地每日新增确诊也在5000例左右。") == []
    assert brief("医疗队为群众免费手术50例。") == [(Decimal(50), "例", "exact")]
    # the dead told with where it struck them, and those it touched
    assert brief("台风过后，共有9人在风灾里不幸身亡，约三千人受台风影响，无法回家。") == []


def test_how_far_a_journey_went_or_a_place_lies_is_no_outcome_but_a_walk_or_a_road_is():
    assert brief("会员驱车300余公里赶到灾区，来到距县城40多公里的山村，再前往百公里外的牧场。") == []
    assert brief("志愿者完成15公里健步行，新修村道2.5公里。") == [
        (Decimal(15), "公里", "exact"), (Decimal("2.5"), "公里", "exact")]
    # metres and kilometres too (千米's 千 is the unit's); rice, noodles and oil after a number are goods, not metres
    assert brief("新修水渠600米，建成全长3.5千米的环湖步道，送去米面油。") == [
        (Decimal(600), "米", "exact"), (Decimal("3.5"), "千米", "exact")]
    assert brief("驱车20千米来到海拔3000多米的牧区，参观建筑高度120米的大楼。") == []
    # where a place lies (东北方向, 开外), a journey across a country, and how wide a road is; widening one is work done
    assert brief("小学在镇上西南方向2公里左右，师生要到500米开外挑水；少年团跨越3000多公里来访。") == []
    assert brief("新路路面宽7米，路肩宽1.5米。") == []
    assert brief("该村距离某国某省首府某某市约80公里，捐赠物资2吨。") == [(Decimal(2), "吨", "exact")]
    assert brief("将老路拓宽7米，新修村道2.5公里。") == [(Decimal(7), "米", "exact"), (Decimal("2.5"), "公里", "exact")]


def test_a_batch_and_the_rounds_a_programme_ran_are_no_counts_but_batches_counted_are():
    assert brief("送去慰问金3万元、慰问品一批。") == [(Decimal(30000), "CNY", "exact")]
    assert brief("投入2亿元实施两轮“美丽乡村”建设。") == [(Decimal(200_000_000), "CNY", "exact")]
    assert brief("接待台胞12批300余人次。") == [(Decimal(12), "批", "exact"), (Decimal(300), "人次", "atLeast")]


def test_the_rate_a_sum_is_converted_at_is_no_outcome():
    assert brief("商会向灾民捐赠5万兰特（1美元约合18兰特）现金。") == [(Decimal(50_000), "ZAR", "exact")]
    # the same sum at the day's rate, in brackets: one gift
    assert brief("乡亲们凑了3万美元（按当时汇率，约合人民币20万元）设立奖学金。") == [(Decimal(30_000), "USD", "exact")]
    assert brief("侨团捐出5万欧元（约合人民币38万元）。") == [(Decimal(50_000), "EUR", "exact")]


def test_the_next_ordinal_of_a_list_is_no_count():
    assert brief("第九届、十届省政协委员，第三、四期培训班学员，共举办培训班五期、六期。") == [
        (Decimal(5), "期", "exact"), (Decimal(6), "期", "exact")]


def test_some_tens_or_hundreds_are_no_figure():
    assert brief("乡贤们出资数十万元修路，数百名群众受益。") == []
    assert brief("乡贤出资十万元修路。") == [(Decimal(100_000), "CNY", "exact")]


def test_a_range_whose_ends_carry_the_unit_is_no_outcome_but_a_growth_counts_both_ends():
    assert brief("为每户受灾户补助5000元至8000元，采摘季用工150人到260人。") == []
    assert brief("个体工商户由1200户发展到3500户。") == [(1200, "户", "exact"), (3500, "户", "exact")]


def test_help_for_those_a_disaster_struck_is_counted():
    assert brief("捐款20万元用于受灾群众安置，帮助500户受灾家庭重建。") == [
        (Decimal(200_000), "CNY", "exact"), (Decimal(500), "户", "exact")]
    assert brief("组织30名志愿者赶赴受灾地区。") == [(Decimal(30), "名", "exact")]
    assert brief("为企业挽回经济损失200万元。") == [(Decimal(2_000_000), "CNY", "exact")]


def test_the_northeasts_hectare_is_a_measure_of_land():
    assert brief("合作社流转土地三垧，社员种了四坰玉米。") == [(3, "垧", "exact"), (4, "坰", "exact")]


def test_the_rand_and_the_real_are_money_in_their_own_codes():
    assert brief("捐赠了500件物资，总价值约25万兰特") == [(500, "件", "exact"), (250_000, "ZAR", "approx")]
    assert brief("侨团为当地学校筹得30多万雷亚尔") == [(300_000, "BRL", "atLeast")]
    assert brief("侨胞为灾区筹得5万多索尔") == [(50_000, "PEN", "atLeast")]


def test_new_zealands_dollar_as_its_chinese_press_writes_it():
    assert brief("同乡会为灾区筹得12,380纽元") == [(12_380, "NZD", "exact")]


def test_the_fiji_dollar_and_the_argentine_peso_as_their_chinese_press_writes_them():
    assert brief("社团共捐款52,300斐元") == [(52_300, "FJD", "exact")]
    assert brief("物资价值约30万阿币") == [(300_000, "ARS", "approx")]


def test_kenyas_shilling_as_its_chinese_press_writes_it():
    assert brief("侨团为旱灾灾民募得50多万肯先令（约合3800美元）") == [(500_000, "KES", "atLeast")]


def test_people_counted_with_the_place_they_come_from_before_their_noun():
    assert brief("全球有10多万永兴籍商人在外创业") == [(100_000, "人", "atLeast")]
    assert brief("联系15万乡亲") == [(150_000, "人", "exact")]
    assert brief("捐款5万慰问困难群众") == []  # a deed between: no people counted


def test_volumes_pieces_and_kinds_counted_by_their_broad_class():
    assert brief("向学校捐赠图书85卷、暖宝宝900片") == [(85, "卷", "exact"), (900, "片", "exact")]
    assert brief("推出4大类、18小项服务") == [(4, "大类", "exact"), (18, "小项", "exact")]
    assert brief("某省年鉴 / 2022卷 / 政治") == []  # a yearbook's volume
    # a number that could be a year counts volumes given, unless a yearbook names it
    assert brief("为乡村小学赠送图书2000卷") == [(2000, "卷", "exact")]
    assert brief("2021卷") == []  # the volume's label alone on its line
    assert brief("一片片茶园，到处一片欢腾") == []


def test_the_class_a_thing_is_one_of_is_no_count_of_work():
    assert brief("该村是全县12个重点村之一，全村430户") == [(430, "户", "exact")]
    assert brief("作为全省30个沿海县之一，该县投入资金300万元") == [(3_000_000, "CNY", "exact")]
    assert brief("该镇入选全国1000个特色产业强镇示范名单(第一批)之一，全镇1200户") == [(1200, "户", "exact")]
    assert brief("该镇是全县八个乡镇中唯一获评示范镇的，全年新建书屋12间") == [(12, "间", "exact")]


def test_about_there_being_a_number_is_an_estimate():
    assert brief("商会约有八百位会员左右，大约有300家会员企业。") == [
        (Decimal(800), "位", "approx"), (Decimal(300), "家", "approx")]


def test_an_old_couple_is_no_count():
    # 老两口 (an elderly couple), 小两口 (a young one): a word for the two, not a number of mouths
    assert brief("企业家为老华侨夫妇老两口送来3万元，解决老两口建房的费用。") == [(Decimal(30000), "CNY", "exact")]


def test_a_congress_numbered_without_its_ordinal_mark_counts_nothing():
    # 县十三次党代会: the congress's number, 第 left out; the meetings held still count
    assert brief("贯彻县十三次党代会部署，召开座谈会5次。") == [(5, "次", "exact")]


def test_a_periodicals_issue_of_a_year_counts_nothing():
    # 某某杂志 2018年52期: the issue a piece appeared in; sessions held that year still count
    assert brief("某某杂志 2018年52期") == []
    assert brief("2023年举办培训班3期") == [(3, "期", "exact")]


@pytest.mark.parametrize("sentence, written", [
    ("募集568万泰铢（约新台币536万元）的善款。", ["568万泰铢"]),  # the same sum converted, counted once
    ("捐款5万美元（合人民币35万元）。", ["5万美元"]),
    ("捐助100万元（其中现金50万元）。", ["100万元", "50万元"]),  # a part of it, a figure of its own
])
def test_an_amount_converted_in_brackets_is_the_sum_before_it(sentence, written):
    assert [q.text for q in find_quantities(sentence, 2020)] == written


def test_hours_that_bound_a_time_window_count_nothing_but_hours_of_service_do():
    assert [q.text for q in find_quantities("同乡会会员踊跃解囊，48小时内筹得25万元。", 2020)] == ["25万元"]
    assert [q.text for q in find_quantities("在2小时的活动期间，共有462名群众受益。", 2020)] == ["462名"]
    assert [q.text for q in find_quantities("全年志愿服务3000小时。", 2020)] == ["3000小时"]


def test_an_amount_worth_so_many_wan_before_the_goods_it_values_is_money():
    assert [(q.text, q.unit) for q in find_quantities("向某县送去价值310万的药品及慰问金3万元。", 2020)] == [
        ("310万", "CNY"), ("3万元", "CNY")]


def test_a_name_that_opens_with_a_numeral_and_yuan_is_no_sum():
    assert brief("青云三元观道长向某乡政府捐款1万元。") == [(Decimal("10000"), "CNY", "exact")]
    assert brief("通讯地址：某市三元西桥某号。") == []
    # three yuan given is still a sum
    assert brief("每人捐款三元。") == [(Decimal("3"), "CNY", "exact")]


def test_the_price_of_a_thing_sold_is_no_sum():
    assert brief("义卖现场，每枚鸡蛋20元。") == []
    assert brief("按每公斤6元收购，共收购茶叶3000公斤。") == [(Decimal("3000"), "公斤", "exact")]
    # what each household is given is
    assert brief("每户援助1万元。") == [(Decimal("10000"), "CNY", "exact")]


@pytest.mark.parametrize("sentence, qualifier", [
    ("当晚募得款项超过港币1200万元。", "atLeast"),  # the bound said before the currency the amount opens with
    ("共筹善款逾人民币300万元。", "atLeast"),
    ("共筹善款人民币300万元。", "exact"),
])
def test_a_bound_said_before_the_currency_of_an_amount_is_its_qualifier(sentence, qualifier):
    assert [q.qualifier for q in found(sentence)] == [qualifier]


def test_an_amount_written_bare_before_one_that_names_the_currency_shares_it():
    assert brief("两会分别认捐12,000和9,000美元。") == [(Decimal(12_000), "USD", "exact"), (Decimal(9_000), "USD", "exact")]
    assert brief("分别捐赠3和2万元。") == [(Decimal(30_000), "CNY", "exact"), (Decimal(20_000), "CNY", "exact")]
    # a range, an ordinal or a count of people: no amount of money shared
    assert brief("每户补助5000至8000元，共有会员120和80人，分列第3和第4名。") == [(Decimal(80), "人", "exact")]
