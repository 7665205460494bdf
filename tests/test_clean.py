"""clean_text removes conversion debris and keeps everything the author wrote."""
from hypothesis import given, settings
from hypothesis import strategies as st

from ufkg.clean import clean_text, remove_markers, without_related_links


def test_word_bookmarks_are_removed_and_the_title_comes_first():
    raw = "[bookmark: _Toc128824230]凝心聚力谱新篇——2022年黔南州统一战线工作综述\n正文[bookmark: _GoBack]。\n"
    assert clean_text(raw) == "凝心聚力谱新篇——2022年黔南州统一战线工作综述\n正文。"


def test_spaces_inside_a_date_are_removed_and_others_kept():
    raw = "某某新闻网 4 月 18 日电:某会捐赠物资。\n2022 年 6 月 22 日晚，晚会举行。\n8 月 交响乐团演出，共 3 场。\n"
    assert clean_text(raw) == ("某某新闻网 4月18日电:某会捐赠物资。\n2022年6月22日晚，晚会举行。\n"
                               "8月 交响乐团演出，共 3 场。")


def test_other_converter_markers_are_removed():
    assert remove_markers("甲[image: media/image1.png]乙") == "甲乙"
    assert remove_markers("甲[BOOKMARK:_Hlk1]乙") == "甲乙"
    assert remove_markers("甲[_GoBack]乙[_Toc12]丙") == "甲乙丙"
    assert remove_markers("[]{#_Toc128824230 .anchor}标题") == "标题"


def test_real_brackets_are_kept():
    text = "见[1]和[注: 数据截至年底]及【重要】"
    assert clean_text(text) == text


def test_zero_width_and_control_characters_are_removed():
    assert clean_text("统\u200b战\u200d部\ufeff\u2060工作\x07") == "统战部工作"


def test_a_radical_set_for_its_character_is_that_character():
    # the Kangxi radicals ⾧ (U+2FA7) and ⾦ (U+2FA6), as a page's font set them in a title and a name
    assert clean_text("联会副理事\u2fa7陈某某，\u2fa6融界代表") == "联会副理事長陈某某，金融界代表"


def test_nbsp_and_typographic_spaces_become_plain_spaces():
    assert clean_text("凝心聚力\u00a0谋发展\u2002\u2002团结") == "凝心聚力 谋发展  团结"


def test_full_width_punctuation_and_inner_ideographic_space_are_kept():
    text = "“万企兴万村”行动（2022年）：成效显著！\u3000续"
    assert clean_text(text) == text


def test_blank_lines_indentation_and_trailing_whitespace_go():
    raw = "标题  \n\n\n\u3000\u3000第一段。\t\n   \n\u00a0\n第二段。\r\n\r\n"
    assert clean_text(raw) == "标题\n第一段。\n第二段。"


def test_page_breaks_and_line_separators_become_paragraph_breaks():
    assert clean_text("第一页\f第二页\u2028第三行\v第四行\rX") == "第一页\n第二页\n第三行\n第四行\nX"


def test_tab_inside_a_line_is_kept():
    assert clean_text("单位\t数量") == "单位\t数量"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("统战 \t\n\r\u00a0\u200b\u3000\f[]:_bookmarkGo。"))))
def test_output_is_tidy_and_cleaning_is_idempotent(raw):
    cleaned = clean_text(raw)
    assert clean_text(cleaned) == cleaned
    assert "\n\n" not in cleaned
    assert all(line and line == line.strip() for line in cleaned.split("\n") if cleaned)
    assert "\u200b" not in cleaned and "\u00a0" not in cleaned and "\r" not in cleaned


# A yearbook page cut at 24 characters a line; the wrap breaks names (某县支|社委员会, 某县基层委员|会).
_WRAPPED = [
    "【参政议政】全年，民盟容县基层委员会、民建容县支",
    "社委员会围绕乡村振兴开展专题调研十二次，形成调研",
    "报告八篇，其中三篇获县委主要领导批示，两篇转化为",
    "县政协集体提案，各党派还组织成员开展送教下乡活动",
    "。",
    "【社会服务】各民主党派组织医疗、教育、法律界成员",
    "深入边远乡镇开展义诊和法律咨询，受益群众两千余人",
    "次，并为山区学校捐建图书室四间，民盟容县基层委员",
    "会联系某某村开展结对帮扶，协助修建村道，举办种植",
    "技术培训。",
]


def test_a_hard_wrapped_text_is_joined_where_the_wrap_broke_its_lines():
    cleaned = clean_text("\n".join(_WRAPPED)).split("\n")
    assert cleaned[0].endswith("县政协集体提案，各党派还组织成员开展送教下乡活动。")
    assert "民建容县支社委员会" in cleaned[0] and "民盟容县基层委员会联系" in cleaned[1]
    assert cleaned[1].startswith("【社会服务】")  # a line that ends a sentence ends its paragraph
    assert cleaned[1].endswith("举办种植技术培训。") and len(cleaned) == 2


def test_lines_of_equal_width_that_are_few_or_a_minority_stay_apart():
    assert clean_text("\n".join(_WRAPPED[:4])) == "\n".join(_WRAPPED[:4])  # too few lines for a wrap
    mixed = [line for full in _WRAPPED for line in (full, "这一行是一段较短的正文。")]  # paragraphs of their own
    assert clean_text("\n".join(mixed)) == "\n".join(mixed)


def test_a_wrapped_page_copied_with_ascii_marks_and_half_width_digits_is_joined_all_the_same():
    # the book's full-width marks came out as ASCII (，→ ,) and its digits are half-width: the lines of one
    # width now differ by a few columns
    lines = [line.replace("，", ",").replace("十二", "12").replace("八篇", "8篇").replace("四间", "4间")
             .replace("三篇", "3篇").replace("两篇", "2篇").replace("两千余人", "2000余人") for line in _WRAPPED]
    cleaned = clean_text("\n".join(lines)).split("\n")
    assert len(cleaned) == 2 and "民建容县支社委员会" in cleaned[0] and "民盟容县基层委员会联系" in cleaned[1]


def test_a_pages_address_filling_the_width_is_not_joined_to_the_text():
    lines = ["Original URL: http://ex.org/yb/a.exe?id=12", *_WRAPPED[1:]]  # as wide as the wrapped lines
    assert clean_text("\n".join(lines)).split("\n")[0] == lines[0]


def test_a_wider_line_of_a_wrapped_text_is_not_joined():
    lines = ["原文地址：http://example.org/yearbook/page?id=12345&rec=6&run=7", *_WRAPPED]
    assert clean_text("\n".join(lines)).split("\n")[0] == lines[0]


def test_a_reference_databases_field_labels_go_and_the_entry_heading_is_a_line_of_its_own():
    raw = "词条 | 九三学社泸州市委员会 |\n释义 | 概况2020年末，九三学社泸州市委员会共有社员300名。\n词条是什么"
    assert clean_text(raw) == "九三学社泸州市委员会\n概况2020年末，九三学社泸州市委员会共有社员300名。\n词条是什么"


def test_a_pages_pinyin_glosses_go_but_latin_words_in_brackets_stay():
    assert clean_text("江陽區(qū)委統(tǒng)戰(zhàn)部上線小程序(APP)，(二)") == "江陽區委統戰部上線小程序(APP)，(二)"
    assert clean_text("泰國創(chuàng )業協會( xié )捐款") == "泰國創業協會捐款"  # a space set inside the bracket


def test_a_character_such_a_page_lost_written_as_a_glossed_question_mark_goes_with_its_gloss():
    assert clean_text("為當?shù)孛癖娹k實事12件,你好?(APP)") == "為當孛癖娹k實事12件,你好?(APP)"


def test_lines_of_a_pages_markup_go_but_text_with_angle_brackets_stays():
    text = '<strike id="ab"></strike>\n  • <abbr id="ab"></abbr>\n<fieldset id="ab"><menu id="ab"></menu></fieldset>\n' \
           "某市统战部召开会议。\n满意度<90%的单位整改。\n"
    assert clean_text(text) == "某市统战部召开会议。\n满意度<90%的单位整改。"


def test_a_pages_list_of_other_items_after_the_text_goes_but_a_heading_above_the_text_stays():
    text = "某县侨联换届\n3月2日,某县侨联召开代表大会,会员捐款10万元。\n相关阅读\n某市暴雨 明日起三轮降雨\n最近更新\n某网店拍出300多万"
    assert without_related_links(text) == "某县侨联换届\n3月2日,某县侨联召开代表大会,会员捐款10万元。"
    assert without_related_links("【相關新聞】：\n某會成立。\n會員捐款。") == "【相關新聞】：\n某會成立。\n會員捐款。"
    assert without_related_links("某会成立。\n相关阅读材料已发放给与会人员。") == "某会成立。\n相关阅读材料已发放给与会人员。"


def test_a_line_of_search_spam_goes_but_a_sentence_naming_fine_local_goods_stays():
    text = "某县侨联慰问归侨。\n国产剧集在线观看,亚洲影院无码专区\n县里打造精品民宿，国产设备出口欧美。"
    assert clean_text(text) == "某县侨联慰问归侨。\n县里打造精品民宿，国产设备出口欧美。"


def test_a_casinos_advertisement_written_into_a_title_goes_but_macaus_gaming_industry_stays():
    text = "澳门新葡京博彩娱乐城官网侨联为困难归侨送温暖\n澳門博彩業收入下降，威尼斯人娛樂城官網\n某市金沙镇商会捐款5万元。"
    assert clean_text(text) == "侨联为困难归侨送温暖\n澳門博彩業收入下降，\n某市金沙镇商会捐款5万元。"
