"""Region mentions: gazetteer names at word boundaries, homonyms by context, townships and villages by pattern."""
import pytest

from ufkg.extract.regions import RegionHit, find_regions
from ufkg.gazetteer import load_gazetteer

QIANNAN, SANDU = "522700", "522732"


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def find(gazetteer, text, context=None, taken=()):
    return find_regions(text, gazetteer, gazetteer.place(context) if context else None, list(taken))


def surfaces(hits):
    return [hit.surface for hit in hits]


def coded(hits):
    return [(hit.surface, hit.place.code if hit.place else None) for hit in hits]


# --- official names and short forms ---------------------------------------------------------


@pytest.mark.parametrize("name", ["黔南布依族苗族自治州", "黔南州", "黔南", "黔南自治州"])
def test_every_form_of_an_autonomous_prefecture_resolves_to_its_code(gazetteer, name):
    hits = find(gazetteer, f"今年{name}召开了民族工作会议。")
    assert coded(hits) == [(name, QIANNAN)]
    assert hits[0].level == "prefecture" and hits[0].parent_code == "520000"


def test_a_district_named_as_the_county_level_city_it_was(gazetteer):
    assert coded(find(gazetteer, "吴江市政协组织委员考察15次，文登市统战部召开座谈会。")) == [
        ("吴江市", "320509"), ("文登市", "371003")]
    assert find(gazetteer, "新城市建设加快，古城市容整治。") == []  # 新城区, 古城区: "a new city", "the old city's"


def test_a_full_chain_of_regions(gazetteer):
    hits = find(gazetteer, "调研组来到贵州省黔南布依族苗族自治州三都水族自治县。")
    assert coded(hits) == [("贵州省", "520000"), ("黔南布依族苗族自治州", QIANNAN), ("三都水族自治县", SANDU)]
    assert hits[2].parent_code == QIANNAN


def test_short_county_name_needs_the_reports_own_province(gazetteer):
    assert coded(find(gazetteer, "工作组赴三都开展帮扶。", QIANNAN)) == [("三都", SANDU)]
    assert find(gazetteer, "工作组赴三都开展帮扶。") == []


def test_short_county_names_supported_by_a_following_level_word(gazetteer):
    hits = find(gazetteer, "三都、荔波、独山等县的群众代表。")
    assert coded(hits) == [("三都", SANDU), ("荔波", "522722"), ("独山", "522726")]


def test_a_short_county_name_before_a_disaster_is_the_place_it_struck(gazetteer):
    assert coded(find(gazetteer, "侨团为定日地震灾区募款。")) == [("定日", "540223")]
    assert find(gazetteer, "和平地震") == []  # a name that is an ordinary word needs more than that


def test_names_with_their_level_may_run_into_an_organisation(gazetteer):
    text = "黔南州委和三都县政府、成都市政府、香港特区政府联合发文。"
    assert surfaces(find(gazetteer, text)) == ["黔南州", "三都县", "成都市", "香港特区"]


def test_conventional_abbreviations_from_data(gazetteer):
    assert coded(find(gazetteer, "克州、博州和巴州的代表")) == [("克州", "653000"), ("博州", "652700"), ("巴州", "652800")]
    assert coded(find(gazetteer, "察右前旗和阿左旗的代表")) == [("察右前旗", "150926"), ("阿左旗", "152921")]


# --- homonyms ---------------------------------------------------------------------------------


@pytest.mark.parametrize("context, expected", [("110000", "110112"), ("320600", "320612")])
def test_homonymous_districts_resolved_by_context(gazetteer, context, expected):
    assert coded(find(gazetteer, "通州的侨联组织了座谈。", context)) == [("通州", expected)]


@pytest.mark.parametrize("context, expected", [("310000", "310107"), ("330900", "330903")])
def test_homonymous_full_names_resolved_by_context(gazetteer, context, expected):
    assert coded(find(gazetteer, "普陀区的统战干部参加培训。", context)) == [("普陀区", expected)]


def test_a_preceding_region_picks_the_homonym_inside_it(gazetteer):
    hits = find(gazetteer, "天津市和平区与辽宁省沈阳市和平区结对。")
    assert coded(hits) == [("天津市", "120000"), ("和平区", "120101"), ("辽宁省", "210000"), ("沈阳市", "210100"), ("和平区", "210102")]


def test_a_list_of_counties_supports_its_ordinary_word_members(gazetteer):
    hits = find(gazetteer, "和平、紫金、龙川等县开展了活动。", "441600")
    assert coded(hits) == [("和平", "441624"), ("紫金", "441621"), ("龙川", "441622")]


# --- word boundaries --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, context",
    [
        ("我们维护社会长治久安。", "140000"),
        ("各族群众生活和谐安宁。", "530100"),
        ("坚持走和平发展道路。", "441600"),
        ("东方欲晓，莫道君行早。", "460000"),
        ("他在永和豆浆吃早饭。", "141000"),
        ("如入宝山空手而回。", "310000"),
        ("新华社记者报道。", "130100"),
        ("整合各类资源，全州统一战线加强合作。", "450300"),
        ("他学习西班牙语。", None),
        ("中山大学和四川大学的学者。", None),
        ("全市进出口总额突破百亿元大关。", "530600"),
        ("志愿者们迎着朝阳出发。", "130200"),  # the morning sun, not the city of 朝阳
    ],
)
def test_ordinary_words_and_words_containing_names_are_no_regions(gazetteer, text, context):
    assert find(gazetteer, text, context) == []


def test_a_name_may_not_cut_a_word():
    gazetteer = load_gazetteer()
    assert surfaces(find(gazetteer, "浙江西部和洞庭湖南岸风光秀丽。")) == ["浙江"]  # not 江西, 湖南


def test_full_names_of_ordinary_word_regions_still_count(gazetteer):
    assert coded(find(gazetteer, "海南省东方市和广西资源县", None)) == [
        ("海南省", "460000"),
        ("东方市", "469007"),
        ("广西", "450000"),
        ("资源县", "450329"),
    ]


def test_a_short_name_before_a_township_suffix_names_the_township(gazetteer):
    hits = find(gazetteer, "瓮安县的荔波镇是虚构的例子。", QIANNAN)
    assert [(h.surface, h.level) for h in hits] == [("瓮安县", "county"), ("荔波镇", "township")]


# --- countries and territories ----------------------------------------------------------------


def test_countries_and_territories(gazetteer):
    hits = find(gazetteer, "侨胞分布在西班牙、俄罗斯、韩国和美国，也有来自香港、澳门、台湾的青年。")
    assert coded(hits) == [
        ("西班牙", "ES"),
        ("俄罗斯", "RU"),
        ("韩国", "KR"),
        ("美国", "US"),
        ("香港", "810000"),
        ("澳门", "820000"),
        ("台湾", "710000"),
    ]
    assert {hit.level for hit in hits[:4]} == {"country"}


def test_gang_ao_tai_and_nationalities_are_no_regions(gazetteer):
    assert find(gazetteer, "港澳台同胞和朝鲜族、蒙古族、俄罗斯族群众欢聚一堂。") == []


def test_china_only_when_standing_alone(gazetteer):
    assert find(gazetteer, "坚持中国共产党领导，走中国特色道路，实现中国梦，推进中国式现代化，建设美丽中国。") == []
    assert coded(find(gazetteer, "在中国的侨胞讲述中国与世界的故事。")) == [("中国", "CN"), ("中国", "CN")]


# --- townships, villages, communities ---------------------------------------------------------


def test_township_and_community_chain_after_a_district(gazetteer):
    hits = find(gazetteer, "座谈会在武侯区簇桥街道锦城社区召开。", "510100")
    assert [(h.surface, h.level, h.parent_code) for h in hits] == [
        ("武侯区", "county", "510100"),
        ("簇桥街道", "township", "510107"),
        ("锦城社区", "village", "510107"),
    ]
    assert hits[1].place is None and hits[2].place is None


def test_a_street_office_named_short_between_a_district_and_its_village(gazetteer):
    # 某区某某街某某村: the street office (街道) written 街, as Wuhan names them; not 街道 itself, nor a street alone
    hits = find(gazetteer, "干部们来到新洲区仓埠街紫霞村走访农户。")
    assert [(h.surface, h.level) for h in hits] == [("新洲区", "county"), ("仓埠街", "township"), ("紫霞村", "village")]
    hits = find(gazetteer, "座谈会在武侯区簇桥街道锦城社区召开。", "510100")
    assert [h.surface for h in hits] == ["武侯区", "簇桥街道", "锦城社区"]
    assert [h.surface for h in find(gazetteer, "商户们在武侯区锦里街开展义卖。")] == ["武侯区"]


def test_a_community_of_people_is_no_place(gazetteer):
    # 华人社区, 台湾社区 abroad: the Chinese, the Taiwanese of a city, not a community (社区) that is a place
    assert surfaces(find(gazetteer, "悉尼的台湾社区和华人社区共同发起募款。")) == ["悉尼"]


def test_a_township_right_after_its_county_by_a_word_jieba_has_hardly_seen(gazetteer):
    hits = find(gazetteer, "仪式在昭觉县翻山乡洛古村举行。")
    assert [(h.surface, h.level) for h in hits] == [("昭觉县", "county"), ("翻山乡", "township"), ("洛古村", "village")]
    assert [h.surface for h in find(gazetteer, "推进昭觉县城乡一体化。")] == ["昭觉县"]


def test_villages_without_a_county_in_the_sentence(gazetteer):
    hits = find(gazetteer, "工作队走访了溪口镇大田村和柳树坪社区。")
    assert [(h.surface, h.level, h.parent_code) for h in hits] == [
        ("溪口镇", "township", None),
        ("大田村", "village", None),
        ("柳树坪社区", "village", None),
    ]


def test_parent_code_does_not_cross_sentences(gazetteer):
    hits = find(gazetteer, "瓮安县召开会议。随后到金竹村调研。", QIANNAN)
    assert [(h.surface, h.parent_code) for h in hits] == [("瓮安县", QIANNAN), ("金竹村", None)]


def test_ethnic_township(gazetteer):
    assert surfaces(find(gazetteer, "石桥苗族乡的群众载歌载舞。")) == ["石桥苗族乡"]


@pytest.mark.parametrize(
    "text",
    [
        "全面推进乡村振兴，推动农村改革和城乡融合。",
        "全县578个行政村都建起了阵地。",
        "创建示范村、民族村，帮扶贫困村和重点村。",
        "打造产业示范村，建设美丽乡村和新农村。",
        "各村（社区）和乡（镇、街道）都要配备统战委员。",
        "各乡镇、全县乡镇按要求完成任务。",
        "政策宣讲进社区，加强社区建设。",
        "打造“互嵌式”社区和城市社区。",
        "发动新乡贤回家乡，成立同乡会。",
        "海外乡亲敦睦乡谊，共叙桑梓情。",
        "开展“万企兴万村”行动，推进十县百乡千村工程。",
        "全县五个村、三个社区参加。",
        "由村党支部书记负责驻村帮扶。",
        "日前，全县首部村志出版发行，首批镇级示范点挂牌。",  # the first of a kind, no place named 首部 or 首批
        "志愿者走进辽阔乡野间，沿着乡间小路探访。",  # the countryside, no township named 辽阔
        "为众多偏乡的学童赠书。",  # remote villages, as Taiwan's papers write it
        "工作队为驻点村修路。",  # the village a team is stationed in, no village named 驻点
    ],
)
def test_generic_phrases_are_no_villages(gazetteer, text):
    assert find(gazetteer, text) == []


# --- taken spans and determinism --------------------------------------------------------------


def test_hits_inside_taken_spans_are_left_out(gazetteer):
    text = "民革黔南州委与三都县统战部联合调研。"
    assert surfaces(find(gazetteer, text)) == ["黔南州", "三都县"]
    organisation = (text.index("民革"), text.index("委") + 1)
    assert surfaces(find(gazetteer, text, taken=[organisation])) == ["三都县"]


def test_hits_are_plain_frozen_records_in_text_order(gazetteer):
    text = "在贵州和四川，在西班牙和香港。"
    hits = find(gazetteer, text)
    assert all(isinstance(hit, RegionHit) for hit in hits)
    assert [hit.start for hit in hits] == sorted(hit.start for hit in hits)
    assert all(text[hit.start : hit.end] == hit.surface for hit in hits)
    assert hits == find(gazetteer, text)
    with pytest.raises(AttributeError):
        hits[0].surface = "x"


def test_empty_text(gazetteer):
    assert find(gazetteer, "") == []


def test_a_township_or_village_right_after_the_place_that_holds_it():
    from ufkg.extract.regions import find_regions as found
    from ufkg.gazetteer import load_gazetteer

    hits = found("在长顺县广顺镇石板村和甘南县兴十四镇开展帮扶。", load_gazetteer(), None)
    assert [h.surface for h in hits] == ["长顺县", "广顺镇", "石板村", "甘南县", "兴十四镇"]


def test_a_region_before_compatriots_and_a_level_word_after_a_suffix():
    from ufkg.extract.regions import find_regions as found
    from ufkg.gazetteer import load_gazetteer

    assert [h.surface for h in found("接待台湾同胞参访团。", load_gazetteer(), None)] == ["台湾"]
    assert found("县侨联新建镇级侨联组织5个。", load_gazetteer(), None) == []


def test_an_ordinary_word_after_a_region_is_not_a_township():
    from ufkg.extract.regions import find_regions as found
    from ufkg.gazetteer import load_gazetteer

    assert [h.surface for h in found("立足广西著名侨乡的优势。", load_gazetteer(), None)] == ["广西"]


def test_a_level_word_is_not_the_end_of_a_county_name():
    from ufkg.extract.regions import find_regions as found
    from ufkg.gazetteer import load_gazetteer

    assert found("全州县级统战部长进常委实现全覆盖。", load_gazetteer(), None) == []


# --- regions inside organisation names ------------------------------------------------------


def test_the_home_region_of_a_chamber_of_commerce_elsewhere_is_no_mention(gazetteer):
    text = "宜宾市浙江商会、宜宾市福建商会等异地商会作用明显。"
    assert surfaces(find(gazetteer, text)) == ["宜宾市", "宜宾市"]
    assert find(gazetteer, "市江西商会、县湖南商会积极参与。") == []


def test_a_hometown_association_keeps_its_hometown(gazetteer):
    assert surfaces(find(gazetteer, "澳门宜宾同乡会捐资助学。")) == ["澳门", "宜宾"]


def test_a_region_right_before_a_party_short_name_is_part_of_a_name(gazetteer):
    assert find(gazetteer, "四川民盟盟员之家正式揭牌。") == []
    assert surfaces(find(gazetteer, "民盟四川省委召开全会。")) == ["四川省"]


def test_a_county_after_a_province_that_does_not_hold_it_is_a_brand(gazetteer):
    assert surfaces(find(gazetteer, "湖南安溪铁观音茶业公司捐款。")) == ["湖南"]
    assert surfaces(find(gazetteer, "福建安溪铁观音茶业公司捐款。")) == ["福建", "安溪"]


def test_a_level_of_government_before_a_township_suffix_is_no_name(gazetteer):
    assert find(gazetteer, "全区建成区级乡、村两级服务站。") == []


def test_a_grade_or_a_count_before_a_village_suffix_is_no_name(gazetteer):
    assert find(gazetteer, "创建民主法治示范村和省级卫生村。") == []
    assert surfaces(find(gazetteer, "建成一批红星村，走访三合村。")) == ["三合村"]


def test_the_city_a_news_agency_files_from_is_no_mention(gazetteer):
    assert surfaces(find(gazetteer, "新华社成都5月8日电 近日，遵义市召开会议。")) == ["遵义市"]
    assert surfaces(find(gazetteer, "会议5月8日在成都召开。")) == ["成都"]


def test_a_village_named_by_an_ordinary_word_right_after_its_township(gazetteer):
    assert surfaces(find(gazetteer, "城关镇胜利村开展走访。")) == ["城关镇", "胜利村"]
    assert surfaces(find(gazetteer, "城关镇贫困村开展走访。")) == ["城关镇"]


def test_a_township_right_after_its_county_before_a_village_opening_on_a_word_of_the_countryside(gazetteer):
    # 乡野, 乡间 are the countryside (辽阔乡野间), but right after a county the 乡 ends a township's name
    assert surfaces(find(gazetteer, "前往慈利县甘堰乡野竹村开展义诊。")) == ["慈利县", "甘堰乡", "野竹村"]


def test_tokens_segment_block_by_block_as_jieba_cuts_the_whole_text():
    """The lazy per-block segmentation gives every character the span jieba's whole-text tokenize gives."""
    import jieba

    from ufkg.extract.regions import _Tokens

    text = "2023年，长治久安的某市委统战部在A区、B县开展“同心助企”行动；走访企业126家，\r\n西班牙语培训班开班。"
    expected = {}
    for _, start, end in jieba.dt.tokenize(text, HMM=False):
        for i in range(start, end):
            expected[i] = (start, end)
    tokens = _Tokens(text)
    for position in reversed(range(len(text))):  # asked in any order, blocks segmented on demand
        assert tokens.token_at(position) == expected[position]
    assert tokens.right_cut(text.index("久")) == expected[text.index("久")]
    assert not tokens.cuts_left(text.index("长"))


def test_going_back_to_the_countryside_is_no_township(gazetteer):
    found = surfaces(find(gazetteer, "泸州人李明返乡创业，泸县同乡会回乡访问。"))
    assert not any(name.endswith("乡") for name in found)


# --- words of verse and township names before their bodies -----------------------------------


def test_a_county_short_name_of_another_province_needs_structure_not_only_a_place_tag(gazetteer):
    shangqiu = "411400"  # a Henan report: 无极 is a county of Hebei
    assert "无极" not in surfaces(find(gazetteer, "一年来成绩斐然。\n春风过无极，细雨润心田。新的一年继续前行。", shangqiu))
    assert "无极" in surfaces(find(gazetteer, "考察团一行前往河北无极调研民营经济发展情况。", shangqiu))
    assert "无极" in surfaces(find(gazetteer, "考察团一行前往正定、无极等县调研。", shangqiu))


def test_a_township_before_its_body_even_when_its_name_ends_in_a_word(gazetteer):
    text = "王家城乡新乡贤联谊会正式成立"
    assert [(hit.surface, hit.level) for hit in find(gazetteer, text) if hit.place is None] == [("王家城乡", "township")]
    assert [hit.surface for hit in find(gazetteer, "统筹城乡统一战线工作，推动城乡商会发展") if hit.place is None] == []


def test_a_provinces_bare_name_before_a_mediums_head_is_the_outlet(gazetteer):
    text = "参加省委统战部和四川广播电视集团联合在四川电视台创办的栏目，四川日报予以报道。"
    assert [hit.surface for hit in find(gazetteer, text) if hit.place is not None] == []
    assert surfaces(find(gazetteer, "四川省广播电视局、宜宾日报社予以报道。")) == ["四川省", "宜宾"]


def test_a_citys_short_name_where_a_persons_given_name_stands_is_no_region(gazetteer):
    wenzhou = "330300"
    assert surfaces(find(gazetteer, "张丽江、赵常德等12名会员获评优秀会员。", wenzhou)) == []
    assert surfaces(find(gazetteer, "民建会员刘南京接受记者采访。", wenzhou)) == []
    assert surfaces(find(gazetteer, "组织会员赴丽江、常德等地考察。", wenzhou)) == ["丽江", "常德"]


def test_a_management_district_is_a_county_level_unit_of_no_county_named_before_it(gazetteer):
    hits = find(gazetteer, "汨罗市新塘村、大通湖管理区河坝村获评示范村。", "430600")
    assert [(hit.surface, hit.level, hit.parent_code) for hit in hits if hit.place is None] == [
        ("新塘村", "village", "430681"), ("大通湖管理区", "county", None), ("河坝村", "village", None)]
    assert [hit.parent_code for hit in find(gazetteer, "益阳市大通湖管理区统战工作", "430900") if hit.place is None] == ["430900"]


def test_a_slogan_of_what_makes_a_place_thrive_is_no_township_or_village(gazetteer):
    assert [hit.surface for hit in find(gazetteer, "坚持产业兴村、文化兴村，打造工业强镇，推进富民强村工程。")] == []
    assert surfaces(find(gazetteer, "走访了永兴村、大兴村。")) == ["永兴村", "大兴村"]


def test_a_township_listed_with_a_found_one_is_one_too(gazetteer):
    assert surfaces(find(gazetteer, "区新联会依托长虹街道、学府街道建成服务站。")) == ["长虹街道", "学府街道"]
    assert surfaces(find(gazetteer, "民营企业结对帮扶一都镇、东张镇等山区乡镇。")) == ["一都镇", "东张镇"]
    assert surfaces(find(gazetteer, "在高峰街道、太白街道打造教育实践点。")) == ["高峰街道", "太白街道"]
    assert surfaces(find(gazetteer, "走访了东张镇、各乡镇和示范村。")) == ["东张镇"]


def test_a_count_of_villages_names_none():
    from conftest import mentions_of

    report = "2020年某盟统战工作\n动员655家民营企业与3139个嘎查村结对帮扶，走访了巴彦浩特镇和腾格里嘎查，帮扶12个村。\n"
    assert [name for name in mentions_of(report, "Region") if "个" in name] == []
    assert "腾格里嘎查" in mentions_of(report, "Region")


def test_an_association_of_fellow_townsmen_names_no_township(gazetteer):
    assert surfaces(find(gazetteer, "香港阿克苏同乡会举行会庆，石寨乡党委派员出席。")) == ["香港", "阿克苏", "石寨乡"]


def test_many_firms_making_a_village_thrive_is_a_slogan_not_a_village(gazetteer):
    assert surfaces(find(gazetteer, "引导企业参与千企兴村，鼓励创新。")) == []
    assert surfaces(find(gazetteer, "来到长乐镇兴隆村调研。")) == ["长乐镇", "兴隆村"]


def test_a_village_named_by_a_word_ending_in_the_league_character(gazetteer):
    assert surfaces(find(gazetteer, "长乐镇同盟村是全县唯一的民族村。")) == ["长乐镇", "同盟村"]


def test_the_country_opening_its_party_or_its_flag_is_no_mention_of_it(gazetteer):
    assert surfaces(find(gazetteer, "嘉兴是中国共产党的诞生地。")) == ["嘉兴"]
    assert surfaces(find(gazetteer, "开展“中华人民共和国国旗、宪法”进校园活动。")) == []
    assert surfaces(find(gazetteer, "中国经济稳中向好。")) == ["中国"]


def test_a_township_jieba_knows_as_a_place_before_its_village(gazetteer):
    assert surfaces(find(gazetteer, "帮扶组来到临城镇石桥村调研。")) == ["临城镇", "石桥村"]
    assert surfaces(find(gazetteer, "保护古城镇风貌，推进城镇建设。")) == []


def test_a_department_s_office_for_a_place_s_affairs_is_no_mention_of_the_place(gazetteer):
    assert surfaces(find(gazetteer, "部机关内设香港工作与事务处、侨务处。")) == []
    assert surfaces(find(gazetteer, "主办单位：某省人民政府澳门事务办公室")) == []
    assert surfaces(find(gazetteer, "学习关于澳门问题的重要讲话精神。")) == []  # the place as a question, a topic
    assert surfaces(find(gazetteer, "香港同胞来到福建参访。")) == ["香港", "福建"]


def test_an_association_of_villages_joined_abroad_names_no_township():
    assert [h.surface for h in find_regions("旅菲金井联乡会在马尼拉举行理事会议。", load_gazetteer(), None)] == ["马尼拉"]


def test_a_new_area_after_its_city_or_on_its_own_is_a_county_level_unit(gazetteer):
    hits = find(gazetteer, "青岛市星海新区工商联召开会议，星海新区12家商会参加。")
    assert [(hit.surface, hit.level) for hit in hits if hit.place is None] == [("星海新区", "county"), ("星海新区", "county")]
    assert surfaces(find(gazetteer, "二是要紧密联系云岭新区实际。")) == ["云岭新区"]


def test_no_new_area_in_an_ordinary_word_a_party_unit_or_after_a_person_or_a_verb(gazetteer):
    assert surfaces(find(gazetteer, "建设科技创新区，民进新区工委参加。")) == []
    assert surfaces(find(gazetteer, "新区工商联会长张某某率新区30家企业赴德清县考察，客商负责人来新区洽谈，代表前往新区。")) == [
        "德清县"]


def test_a_township_named_after_an_old_market_keeps_its_shi(gazetteer):
    assert surfaces(find(gazetteer, "柳市镇开展活动，白市乡参加。")) == ["柳市镇", "白市乡"]
    assert surfaces(find(gazetteer, "全市镇村干部、县市镇三级和超市镇上的商户")) == []


def test_slogans_of_what_leads_a_village_and_kinds_of_weak_villages_are_no_villages(gazetteer):
    assert surfaces(find(gazetteer, "推行人才带村、能人联村等做法，帮扶薄弱村、空心村，实现富民带村。")) == []
    assert surfaces(find(gazetteer, "走访了红联村、新带村。")) == ["红联村", "新带村"]


def test_a_county_bodys_head_ends_no_township_name_after_it(gazetteer):
    assert "丹江镇" in surfaces(find(gazetteer, "雷山县侨联丹江镇白岩村侨联小组主动作为。"))
    assert "侨联丹江镇" not in surfaces(find(gazetteer, "县侨联丹江镇工作组成立。"))
    assert "联盟村" in surfaces(find(gazetteer, "丹江镇联盟村是民族村。"))


def test_an_officialese_verb_jieba_does_not_know_begins_no_village_or_township(gazetteer):
    assert surfaces(find(gazetteer, "选树白岩村、高坡村等乡村典型。")) == ["白岩村", "高坡村"]
    assert surfaces(find(gazetteer, "选齐、配强镇村专职工作人员。")) == []


def test_a_weak_county_name_that_opens_a_local_bodys_name_is_the_county(gazetteer):
    # 丹徒 and 丰泽 read as given names to jieba, and no report's province says where they are
    assert surfaces(find(gazetteer, "2022年，丹徒统战部召开座谈会。")) == ["丹徒"]
    assert surfaces(find(gazetteer, "丰泽工商联组织会员企业参加展会。")) == ["丰泽"]
    assert surfaces(find(gazetteer, "丹徒同志召开座谈会。")) == []


def test_a_places_fellows_and_a_kind_of_town_right_after_it_are_no_township(gazetteer):
    found = surfaces(find(gazetteer, "悉尼湖南老乡的心意送到一线，长汀篮球小镇开工，泸县玄滩镇召开会议。"))
    assert found == ["悉尼", "长汀", "泸县", "玄滩镇"]


def test_the_folk_and_the_love_of_a_home_place_name_no_township(gazetteer):
    for sentence in ("发扬爱国爱澳爱乡的光荣传统。", "海外川籍乡亲踊跃捐赠。", "广东籍同乡欢聚一堂。", "世界琼崖乡团联谊会举行年会。"):
        assert not [name for name in surfaces(find(gazetteer, sentence)) if name.endswith("乡")], sentence
    assert surfaces(find(gazetteer, "在大坝乡开展义诊，大坝乡亲踊跃参加。")) == ["大坝乡"]


@pytest.mark.parametrize("sentence", [
    "区委始终高度重视镇街统战工作。",  # an idiom before the suffix; 镇街: towns and streets
    "以结对帮扶方式助力镇街发展。",
    "商会持续帮扶出列村30个。",  # 出列村: villages that have left the poverty list
    "我们不仅要帮村子发展产业。",  # 村子: the word for a village
    "县侨联积极参与社区服务。",
    "推动各旗县区嘎查村发展集体经济。",  # 嘎查村: the villages of a pastoral banner, a kind
    "建成一批全面小康村。",
    "着力壮大村集体收入。",  # 壮大: to grow (the villages' collective income)
    "深化民企帮村、帮镇扶村行动。",  # slogans of firms helping the places
    "换届后，新一届街道台联和新一届社区党委亮相。",  # the bodies' new terms
    "确定第二批示范村。",  # a batch counted
])
def test_words_before_a_township_or_village_suffix_that_name_none(gazetteer, sentence):
    assert [hit.surface for hit in find(gazetteer, sentence) if hit.place is None] == []


@pytest.mark.parametrize("sentence, villages", [
    ("2012年凤鸣街道东湖社区建立侨联小组。", ["凤鸣街道", "东湖社区"]),  # the year's 年 is no part of the name
    ("为家乡援建了一座村史馆。", []),  # 村史馆: a village's history hall
    ("举办研修班暨村企对接会。", []),  # 村企: villages and firms
    ("支部把口罩赠送给社区志愿者。", []),  # the place a gift goes to
    ("在市侨联驻村工作队帮助下，产业兴旺。", []),
    ("在四川省侨联驻村工作队帮助下，产业兴旺。", []),  # the same right after a place's name
    ("这是继红星村党员活动室之后的又一基地。", ["红星村"]),  # 继: following, no part of the name
    ("县政协主席带队下村慰问困难群众。", []),  # 带队下村: a team led down to the villages
    ("党派成员发挥优势，投身社区疫情防控一线。", []),  # 投身: to throw oneself into the communities' work
    ("助学对象含城关镇内11所中学。", ["城关镇"]),  # 含: including, no part of the name
    ("九三学社南宁市委会下社区开展义诊。", []),  # 市委会下社区: a committee goes down to the communities
    ("商会积极助力社区养老服务。", []),  # 助力, a verb jieba tags as a noun
    ("签约活动旨在推进完整社区建设。", []),  # 完整社区: a kind of community the policy names
    ("各街坊团体更动员社区居民参与派饭。", []),  # 动员, a verb jieba tags as a noun: calling on the communities
    ("组建帮扶空白村的工作队。", []),  # 空白村: villages no programme reaches yet, a kind
])
def test_what_before_or_after_a_township_or_village_suffix_tells_it_is_no_name(gazetteer, sentence, villages):
    assert [hit.surface for hit in find(gazetteer, sentence) if hit.place is None] == villages


def test_a_township_after_a_place_name_that_would_make_an_ordinary_word_with_its_suffix(gazetteer):
    hits = [hit.surface for hit in find_regions("医疗队来到莫干山镇义诊，又到黄山镇走访。", gazetteer, None)]
    assert hits == ["莫干山镇", "黄山镇"]
    assert find_regions("江南水乡风光好，全国重镇。", gazetteer, None) == []


def test_places_written_one_after_another_in_a_list_are_each_a_place_but_a_chamber_s_origin_is_not(gazetteer):
    hits = surfaces(find(gazetteer, "分别在苏州无锡常州、扬州召开推进会。"))
    assert hits == ["苏州", "无锡", "常州", "扬州"]
    assert surfaces(find(gazetteer, "在苏州无锡常州召开推进会。")) == ["苏州", "无锡", "常州"]  # the last of a run
    assert surfaces(find(gazetteer, "香港福建社团联会成立。")) == ["香港"]  # two: an association's origin
    assert surfaces(find(gazetteer, "泉州市三明永安商会成立。")) == ["泉州市", "永安"]
    assert surfaces(find(gazetteer, "黔南州浙江商会成立。")) == ["黔南州"]


def test_a_name_before_the_title_of_a_townships_head_is_no_township(gazetteer):
    hits = find(gazetteer, "石门镇王建国镇长出席，大河村李明村长介绍，石门镇长江村发展很快。", None)
    assert surfaces(hits) == ["石门镇", "大河村", "石门镇", "长江村"]


def test_a_title_ends_no_townships_name_before_a_persons_name(gazetteer):
    hits = find(gazetteer, "某市红十字会会长王镇海出席大河村的捐赠仪式。", None)
    assert surfaces(hits) == ["大河村"]  # no township 会长王镇: the title's holder is named after it


def test_a_rural_committee_of_hong_kong_is_no_township():
    from conftest import extraction_of

    mentions = extraction_of("2023年赣州市统一战线工作综述\n香港元朗乡事委员会主席林某率团来我市参观。\n").mentions
    assert not any(m.name.endswith("元朗乡") for m in mentions if m.cls == "Region")
    assert "香港元朗乡事委员会" in [m.name for m in mentions if m.cls == "Association"]


@pytest.mark.parametrize("text, village", [
    ("6月2日，民盟衡阳市委向松柏村困难户捐赠物资。", "松柏村"),  # the city's committee (市委), then a deed
    ("调研组一行到我县青山乡、白石乡出席活动。", "青山乡"),  # the text's own county by its level
])
def test_a_township_or_village_name_holds_no_committee_before_it_nor_the_texts_own_county(gazetteer, text, village):
    named = surfaces(find(gazetteer, text))
    assert village in named
    assert not any(name.endswith(village) and name != village for name in named)


@pytest.mark.parametrize("text, named, level", [
    ("工作队分别到某区内甲岭、青禾、石门下和白沙等11个贫困村开展帮扶。", ["青禾", "石门下", "白沙"], "village"),
    ("已恢复了东坪、西岭、南塘6个乡镇分会的正常运作。", ["东坪", "西岭", "南塘"], "township"),
    ("重点帮扶了乌兰、巴彦、阿拉坦等嘎查的牧民。", ["巴彦", "阿拉坦"], "village"),
])
def test_bare_names_listed_before_the_kind_of_place_they_are_are_townships_or_villages(gazetteer, text, named, level):
    hits = find(gazetteer, text)
    assert all(any(hit.surface == name and hit.level == level for hit in hits) for name in named)


@pytest.mark.parametrize("text", [
    "展馆陈列了石磨、木犁、纺车等乡村旧物。",  # 乡村 is a word, no township
    "青山商会、白水商会等8个乡镇商会参加。",  # the townships' bodies, not their names
    "张明、李华等5个村干部参加培训。",  # people, the villages' officials
    "今年重点做好五件事：建好一个村文化室、改造一个镇敬老院。",  # one 镇 closes no list of two pieces
])
def test_a_list_before_a_word_that_only_starts_with_a_kind_of_place_names_no_places(gazetteer, text):
    assert [hit.surface for hit in find(gazetteer, text) if hit.place is None] == []


def test_a_township_read_with_a_verbs_character_is_named_as_after_its_county():
    from conftest import extraction_of

    text = "2023年巴塘县统战工作\n捐赠仪式在巴塘县木格拉乡举行。\n10台电视机、300余册图书陆续送抵木格拉乡。\n"
    places = [(m.name, m.parent_name) for m in extraction_of(text).mentions if m.cls == "Region" and m.code is None]
    assert places == [("木格拉乡", places[0][1])] * 2  # (no township 抵木格拉乡 in the second sentence)
    text = "2023年巴塘县统战工作\n工作组赴扶贫点木格拉村调研。\n随后向木格拉村捐款。\n"
    assert [m.name for m in extraction_of(text).mentions if m.cls == "Region" and m.code is None] == ["木格拉村"] * 2


def test_malaysia_by_its_press_short_name_but_not_inside_a_road_or_a_city_abroad(gazetteer):
    assert surfaces(find(gazetteer, "大马华团捐款10万令吉。")) == ["大马"]
    assert surfaces(find(gazetteer, "车队沿着大马路前行，途经大马士革。")) == []


def test_an_institutions_name_and_a_verb_after_a_township_make_no_township(gazetteer):
    # the township's clinic gives to the township's home for the aged: 卫生院向 is no township's name before 乡
    assert surfaces(find(gazetteer, "前往石门县新关乡卫生院向乡敬老院赠药。")) == ["石门县", "新关乡"]


def test_a_street_written_short_before_its_office_is_a_township(gazetteer):
    # as Guangzhou names its 街道: 某某街办事处; a word for a kind of street (步行街) is none
    assert surfaces(find(gazetteer, "越秀区民宗局、光塔街办事处联合开展活动。")) == ["越秀区", "光塔街"]
    assert surfaces(find(gazetteer, "步行街办事处开展活动。")) == []


def test_a_delegation_before_a_street_office_names_no_street(gazetteer):
    assert surfaces(find(gazetteer, "副会长刘建伟一行人为街道捐赠消毒液。")) == []
