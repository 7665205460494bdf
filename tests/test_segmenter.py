"""The faster jieba methods must cut exactly as jieba does, and the private dictionary must stay private."""
import jieba
import jieba.posseg

from ufkg.segmenter import FastTokenizer, default_segmenter, private_tokenizer

TEXT = (
    "2023年，某县委统战部组织开展“同心助企”行动，走访民营企业126家，协调解决融资难题38个，"
    "帮助企业获得贷款2.6亿元；县工商联举办乡村振兴论坛，邀请省内外专家学者作专题讲座。"
    "ABC公司和长治久安、西班牙语培训班等词语交替出现，测试英文字母与数字123混排。"
)


def test_default_segmenter_cuts_as_jieba():
    for hmm in (False, True):
        assert list(default_segmenter().tokenize(TEXT, HMM=hmm)) == list(jieba.dt.tokenize(TEXT, HMM=hmm))
        assert default_segmenter().lcut(TEXT, HMM=hmm) == jieba.dt.lcut(TEXT, HMM=hmm)


def test_dag_and_route_match_jieba():
    jieba.dt.check_initialized()
    fast = default_segmenter()
    for block in ("统一战线工作领导小组", "长治久安", "中华人民共和国", "某"):
        assert fast.get_DAG(block) == jieba.dt.get_DAG(block)
        expected, found = {}, {}
        jieba.dt.calc(block, jieba.dt.get_DAG(block), expected)
        fast.calc(block, fast.get_DAG(block), found)
        assert found == expected


def test_private_tokenizer_tags_as_a_fresh_one_and_leaves_the_global_alone():
    before = (len(jieba.dt.FREQ), jieba.dt.total)
    mine = private_tokenizer()
    reference = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    reference.tokenizer.initialize()
    for tagger in (mine, reference):
        tagger.tokenizer.add_word("同心助企", 3000, "nz")
    assert [(p.word, p.flag) for p in mine.cut(TEXT)] == [(p.word, p.flag) for p in reference.cut(TEXT)]
    assert "同心助企" in [p.word for p in mine.cut(TEXT)]
    assert (len(jieba.dt.FREQ), jieba.dt.total) == before
    assert "同心助企" not in jieba.dt.FREQ
    assert isinstance(mine.tokenizer, FastTokenizer)


def test_tagged_words_are_the_words_and_tags_of_posseg_cut():
    from ufkg.lexicon import tokenizer
    from ufkg.segmenter import tagged_words

    mixed = TEXT + "ABC 12.5%，ＡＢＣ\r\n中文English混排3.14和x1y2；某某某乂乃说OK。\t"
    expected = [(pair.word, pair.flag) for pair in tokenizer().cut(mixed, HMM=True)]
    assert list(tagged_words(tokenizer(), mixed)) == expected
    assert any(tag == "eng" for _, tag in expected) and any(tag == "m" for _, tag in expected)


def _fresh_python(code: str) -> str:
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_the_default_dictionary_read_whole_is_the_one_jieba_reads(tmp_path):
    compare = """
import jieba, jieba.posseg
from ufkg import segmenter
segmenter._load_default_dictionary()
reference = jieba.Tokenizer()
reference.tmp_dir = jieba.dt.tmp_dir
reference.initialize()
assert jieba.dt.initialized and jieba.dt.FREQ is not reference.FREQ
print(jieba.dt.FREQ == reference.FREQ and jieba.dt.total == reference.total, len(jieba.dt.FREQ) > 300000)
"""
    assert _fresh_python(compare) == "True True"
    # a cache file that is not jieba's: jieba initializes itself, from its dictionary, as always
    broken = tmp_path / "broken.cache"
    broken.write_bytes(b"not marshal data")
    fallback = f"""
import jieba
from ufkg import segmenter
jieba.dt.cache_file = {str(broken)!r}
segmenter._load_default_dictionary()
reference = jieba.Tokenizer()
reference.initialize()
print(jieba.dt.initialized, jieba.dt.FREQ == reference.FREQ and jieba.dt.total == reference.total)
"""
    assert _fresh_python(fallback) == "True True"


def test_route_is_calc_s_route_over_get_dag():
    fast = default_segmenter()
    for block in ("统一战线工作领导小组", "长治久安", "中华人民共和国", "某", "海淀区阿克苏地区容县ABC123", TEXT):
        expected: dict = {}
        jieba.dt.calc(block, jieba.dt.get_DAG(block), expected)
        assert fast.route(block) == [expected[i] for i in range(len(block) + 1)]


def test_plain_segmentation_through_route_cuts_as_jieba_with_letters_and_digits_run_together():
    text = "海淀区ABC公司x1和阿克苏2023年容县a b9，统一战线工作领导小组。"
    for line in (text, TEXT, "A", "某"):
        assert default_segmenter().lcut(line, HMM=False) == jieba.dt.lcut(line, HMM=False)
    assert "ABC" in default_segmenter().lcut(text, HMM=False)
