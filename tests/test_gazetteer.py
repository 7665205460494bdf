"""The gazetteer: official regions with codes and hierarchy, countries, names and homonyms."""

import pytest

from ufkg.gazetteer import Gazetteer, ethnic_groups, load_gazetteer, short_names
from ufkg.paths import lexicon_path


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def codes(places):
    return [place.code for place in places]


def test_loads_once():
    assert load_gazetteer() is load_gazetteer()


def test_autonomous_county_code_level_parent_and_ancestors(gazetteer):
    sandu = gazetteer.place("522732")
    assert sandu.name == "三都水族自治县"
    assert sandu.level == "county"
    assert sandu.parent == "522700"
    assert codes(gazetteer.ancestors("522732")) == ["522700", "520000", "CN"]


def test_autonomous_prefecture_names_all_lead_to_one_code(gazetteer):
    for name in ("黔南布依族苗族自治州", "黔南州", "黔南", "黔南自治州"):
        assert codes(gazetteer.lookup(name)) == ["522700"], name


@pytest.mark.parametrize(
    "official, expected",
    [
        ("三都水族自治县", ("三都县", "三都", "三都自治县")),
        ("新疆维吾尔自治区", ("新疆", "新疆自治区")),
        ("广西壮族自治区", ("广西", "广西自治区")),
        ("内蒙古自治区", ("内蒙古",)),  # 蒙古 is not stripped: 内 alone is too short
        ("博尔塔拉蒙古自治州", ("博尔塔拉州", "博尔塔拉", "博尔塔拉自治州")),
        ("香港特别行政区", ("香港", "香港特区")),
        ("贵州省", ("贵州",)),
        ("青白江区", ("青白江",)),
        ("锡林郭勒盟", ("锡林郭勒",)),
        ("神农架林区", ("神农架",)),
        ("沛县", ()),  # a one-character stem makes no short name
        ("土默特左旗", ()),  # banner names with a direction keep their full form
    ],
)
def test_short_names_by_general_rules(official, expected):
    assert short_names(official) == expected


def test_fifty_six_nationalities_are_data():
    assert sum(1 for name in ethnic_groups() if name.endswith("族")) == 56


def test_municipality_districts_hang_from_the_municipality(gazetteer):
    assert gazetteer.place("110000").level == "province"
    assert gazetteer.place("110105").parent == "110000"
    assert gazetteer.place("110100") is None  # the 市辖区 container is dropped
    assert codes(gazetteer.lookup("北京")) == ["110000"]
    assert gazetteer.place("500105").name == "江北区"  # missing from the table, added as data


def test_codes_without_prefecture_hang_from_the_province(gazetteer):
    assert gazetteer.place("429004").parent == "420000"  # 仙桃市, 省直辖县级行政区划
    assert gazetteer.place("659001").parent == "650000"  # 石河子市
    assert gazetteer.place("469007").parent == "460000"  # 东方市
    assert gazetteer.place("810101").parent == "810000"  # a district of 香港


def test_taiwan_hong_kong_macao_are_province_level_under_china(gazetteer):
    for code, short in (("710000", "台湾"), ("810000", "香港"), ("820000", "澳门")):
        place = gazetteer.place(code)
        assert (place.level, place.parent) == ("province", "CN")
        assert codes(gazetteer.lookup(short)) == [code]
    assert gazetteer.place("710100").parent == "710000"  # 台北市


def test_a_state_abroad_is_known_without_its_state_suffix(gazetteer):
    # 昆士兰 as 昆士兰州, as 加利福尼亚 is 加州; not 维多利亚 (a city too) nor 新州 (a Chinese place too)
    for short, code in (("昆士兰", "AU-QLD"), ("新南威尔士", "AU-NSW"), ("塔斯马尼亚", "AU-TAS")):
        assert codes(gazetteer.lookup(short)) == [code]
    assert "AU-VIC" not in codes(gazetteer.lookup("维多利亚"))
    assert "AU-NSW" not in codes(gazetteer.lookup("新州"))


def test_the_place_at_a_level_is_the_place_itself_or_what_holds_it(gazetteer):
    sandu = gazetteer.lookup("三都水族自治县")[0]
    assert gazetteer.at_level(sandu, "province").name == "贵州省"
    assert gazetteer.at_level(sandu, "county") == sandu
    assert gazetteer.at_level(gazetteer.place("CL"), "province") is None  # a country holds no province above it
    assert gazetteer.at_level(None, "province") is None


def test_american_states_as_the_chinese_press_of_washington_and_taiwan_shorten_them(gazetteer):
    for short, code in (("马州", "US-MD"), ("马里兰", "US-MD"), ("德拉瓦", "US-DE"), ("弗州", "US-VA"),
                        ("新泽西", "US-NJ")):
        assert codes(gazetteer.lookup(short)) == [code]


def test_thai_provinces_and_indonesian_cities_under_their_divisions(gazetteer):
    # 某府 as Thai papers write a province (short too where no Chinese place or word shares it: not 大城, 巴蜀, 也拉);
    # a city of Indonesia under its province
    assert [(place.level, place.parent) for place in gazetteer.lookup("北碧")] == [("state", "TH")]
    assert codes(gazetteer.lookup("普吉府")) == ["TH-83"]
    assert "TH-14" not in codes(gazetteer.lookup("大城")) and gazetteer.lookup("巴蜀") == []
    bandung = gazetteer.lookup("万隆")
    assert [(place.level, place.parent) for place in bandung] == [("city", "ID-JB")]


def test_ho_chi_minh_citys_districts_rank_with_a_county_under_their_city(gazetteer):
    # 第五郡, as Vietnam's Chinese press names the city's fifth district; 海防 alone is coastal defence
    assert [(place.code, place.level, place.parent) for place in gazetteer.lookup("第五郡")] == \
        [("VNSGN-Q5", "district", "VNSGN")]
    assert gazetteer.place("VNSGN").parent == "VN"
    assert codes(gazetteer.lookup("海防市")) == ["VNHPH"] and gazetteer.lookup("海防") == []


def test_italys_cities_and_the_philippines_island_groups_as_their_chinese_press_names_them(gazetteer):
    assert codes(gazetteer.lookup("米兰")) == ["ITMIL"] and codes(gazetteer.lookup("波罗尼亚")) == ["ITBLQ"]
    # 棉兰佬 (Mindanao), an island group its Chinese press names as a province, is no 棉兰 (Medan, Indonesia)
    assert [(place.code, place.level, place.parent) for place in gazetteer.lookup("棉兰佬")] == [("PH-MIN", "state", "PH")]
    assert gazetteer.place("PHSUG").parent == "PH-MIN" and gazetteer.place("PHCEB").parent == "PH-VIS"


def test_rows_that_are_no_regions_are_dropped(gazetteer):
    for name in ("苏鲁交界", "海域", "澳门特别行政区直辖"):
        assert gazetteer.lookup(name) == []


def test_every_region_has_a_known_parent(gazetteer):
    for _, place in gazetteer.names():
        if place.level != "country":
            assert gazetteer.place(place.parent) is not None, place


def test_countries_by_iso_code_with_other_names(gazetteer):
    assert gazetteer.place("ES").name == "西班牙"
    assert gazetteer.place("ES").level == "country"
    assert codes(gazetteer.lookup("俄罗斯联邦")) == ["RU"]
    assert codes(gazetteer.lookup("美利坚合众国")) == ["US"]
    assert codes(gazetteer.lookup("韩国")) == ["KR"]
    assert codes(gazetteer.lookup("朝鲜")) == ["KP"]
    china = gazetteer.place("CN")
    assert (china.name, china.level, china.parent) == ("中国", "country", None)
    assert gazetteer.place("520000").parent == "CN"


def test_country_list_is_complete_and_unique():
    lines = [line for line in lexicon_path("countries.csv").read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    found = [line.split(",")[0] for line in lines[1:]]
    assert len(found) == len(set(found)) >= 195
    assert not {"HK", "MO", "TW"} & set(found)  # they are province-level regions of the admin data


def test_resolve_prefers_the_homonym_near_the_context(gazetteer):
    beijing, nantong = gazetteer.place("110000"), gazetteer.place("320600")
    assert gazetteer.resolve("通州", beijing).code == "110112"
    assert gazetteer.resolve("通州", nantong).code == "320612"
    assert gazetteer.resolve("普陀", gazetteer.place("330900")).code == "330903"  # 舟山
    assert gazetteer.resolve("普陀", gazetteer.place("310000")).code == "310107"  # 上海


def test_resolve_without_context_prefers_higher_level_then_code(gazetteer):
    assert gazetteer.resolve("吉林").code == "220000"
    assert gazetteer.resolve("吉林", gazetteer.place("220200")).code == "220200"
    assert gazetteer.resolve("朝阳").code == "211300"  # the prefecture before the districts
    assert gazetteer.resolve("黑山", gazetteer.place("210700")).code == "210726"  # 锦州's county, not Montenegro
    assert gazetteer.resolve("不存在的地方") is None


def test_names_are_complete_and_deterministic(gazetteer):
    pairs = list(gazetteer.names())
    assert pairs == list(gazetteer.names())
    assert ("黔南", gazetteer.place("522700")) in pairs
    assert ("西班牙", gazetteer.place("ES")) in pairs
    assert pairs == list(load_gazetteer.__wrapped__().names())


def test_malaysias_state_capitals_and_the_states_short_forms_of_its_chinese_press(gazetteer):
    for name, code, parent in (("亚罗士打", "MYAOR", "MY-02"), ("关丹", "MYKUA", "MY-06"), ("哥打巴鲁", "MYKBR", "MY-03")):
        assert codes(gazetteer.lookup(name)) == [code] and gazetteer.place(code).parent == parent
    for short, code in (("霹州", "MY-08"), ("雪州", "MY-10"), ("森州", "MY-05")):
        assert codes(gazetteer.lookup(short)) == [code]


def test_japans_prefectures_and_indonesias_provinces_rank_with_a_province(gazetteer):
    states = {place.code: place for _, place in gazetteer.names() if place.level == "state"}
    prefectures = [place for place in states.values() if place.parent == "JP"]
    provinces = [place for place in states.values() if place.parent == "ID"]
    assert (len(prefectures), len(provinces)) == (47, 34)
    for name, code in (("爱媛县", "JP-38"), ("爱媛", "JP-38"), ("鹿儿岛", "JP-46"), ("冲绳县", "JP-47"),
                       ("邦加勿里洞省", "ID-BB"), ("西加里曼丹省", "ID-KB")):
        assert codes(gazetteer.lookup(name)) == [code]
    # a prefecture whose bare name is a Chinese word or place is found with its level only
    assert codes(gazetteer.lookup("山口")) != ["JP-35"] and codes(gazetteer.lookup("山口县")) == ["JP-35"]


def test_malaysia_by_its_press_short_name(gazetteer):
    assert codes(gazetteer.lookup("大马")) == ["MY"]


def test_a_county_renamed_a_city_is_found_by_its_former_name(gazetteer):
    assert codes(gazetteer.lookup("横县")) == ["450181"]
    assert codes(gazetteer.lookup("横州市")) == ["450181"]


@pytest.mark.parametrize("former, code", [("达县", "511703"), ("郫县", "510117"), ("襄樊市", "420600"),
                                          ("九江县", "360404"), ("中甸县", "533401")])
def test_a_place_renamed_under_another_name_is_found_by_its_former_name(gazetteer, former, code):
    assert codes(gazetteer.lookup(former)) == [code]

