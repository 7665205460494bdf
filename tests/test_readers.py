"""Each reader turns one format's bytes into text, or raises ReadError with a reason."""
from __future__ import annotations

import io

import docx
import pytest
from opencc import OpenCC

import bombs
from ufkg import readers
from ufkg.readers import ReadError, decode_text, looks_binary, read_docx, read_html, read_pdf, read_txt

TITLE = "凝心聚力谱新篇——2022年黔南州统一战线工作综述"
BODY = "全州党员领导干部开展联谊交友活动近2200人次，召开民主党派联席会和党外人士座谈会23次。"
REPORT = f"{TITLE}\n{BODY}\n“万企兴万村”行动共结对帮扶村（社区）351个。\n"
TRADITIONAL = OpenCC("s2t").convert(REPORT)


# --- encodings ------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (REPORT.encode("utf-8"), "utf-8"),
        (REPORT.encode("utf-8-sig"), "utf-8-sig"),
        (REPORT.encode("utf-16"), "utf-16"),
        (REPORT.encode("gbk"), "gb18030"),
        (REPORT.encode("gb18030"), "gb18030"),
    ],
)
def test_simplified_text_is_decoded_in_any_common_encoding(data, encoding):
    assert decode_text(data) == (REPORT, encoding)


def test_gb18030_only_characters_survive():
    text = REPORT + "𠀀€"  # outside GBK
    assert decode_text(text.encode("gb18030"))[0] == text


@pytest.mark.parametrize("text", [TRADITIONAL, TRADITIONAL[:12], "統一戰線工作"])
def test_big5_is_told_apart_from_gbk_even_when_short(text):
    decoded, encoding = decode_text(text.encode("big5"))
    assert decoded == text
    assert encoding in ("big5", "cp950", "big5hkscs")


def test_short_gbk_that_is_also_valid_big5_is_read_as_gbk():
    data = "统一战线工作".encode("gbk")
    data.decode("big5")  # the bytes are ambiguous ...
    assert decode_text(data)[0] == "统一战线工作"  # ... but only GBK gives everyday characters


def test_bytes_no_encoding_can_read_as_chinese_are_rejected():
    with pytest.raises(ReadError, match="cannot decode text"):
        decode_text(bytes(range(0x80, 0x100)) * 4)


def test_binary_is_recognised_by_nul_or_control_bytes():
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert looks_binary(bytes([1, 2, 3, 4, 5]) * 10 + "统战".encode())
    assert not looks_binary(REPORT.encode("utf-8"))
    assert not looks_binary(REPORT.encode("gbk"))


def test_read_txt_rejects_binary_and_reports_the_encoding():
    with pytest.raises(ReadError, match="not a report: binary file"):
        read_txt(b"PK\x03\x04\x00\x00binary")
    assert read_txt(TRADITIONAL.encode("big5")).encoding in ("big5", "cp950", "big5hkscs")


# --- docx -----------------------------------------------------------------


def _docx_bytes(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_and_table_cells_come_in_document_order():
    def build(document):
        document.add_paragraph(TITLE)
        document.add_paragraph("")
        document.add_paragraph("表1 主要成效")
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "项目"
        table.cell(0, 1).text = "数量"
        table.cell(1, 0).text = "结对帮扶村"
        table.cell(1, 1).text = "351个"
        document.add_paragraph(BODY)

    text = read_docx(_docx_bytes(build)).text
    assert text.split("\n") == [TITLE, "", "表1 主要成效", "项目，数量", "结对帮扶村，351个", BODY]


def test_docx_merged_cell_is_read_once():
    def build(document):
        table = document.add_table(rows=2, cols=3)
        across = table.cell(0, 0).merge(table.cell(0, 1))
        across.text = "黔南州委统战部"
        down = table.cell(0, 2).merge(table.cell(1, 2))
        down.text = "牵头"
        table.cell(1, 0).text = "民革"
        table.cell(1, 1).text = "参与"

    assert read_docx(_docx_bytes(build)).text.split("\n") == ["黔南州委统战部，牵头", "民革，参与"]


def test_docx_nested_table_is_read():
    def build(document):
        outer = document.add_table(rows=1, cols=1)
        cell = outer.cell(0, 0)
        cell.text = "外层"
        inner = cell.add_table(rows=1, cols=1)
        inner.cell(0, 0).text = "内层"

    lines = read_docx(_docx_bytes(build)).text.split("\n")
    assert [line for line in lines if line] == ["外层", "内层"]


def test_damaged_docx_is_a_read_error():
    with pytest.raises(ReadError, match="not a valid Word"):
        read_docx(b"this is not a zip file")
    with pytest.raises(ReadError, match="not a valid Word"):
        read_docx(b"PK\x05\x06" + b"\x00" * 18)  # an empty zip


# --- html -----------------------------------------------------------------

NAV = "".join(f"<li><a href='/c{i}'>栏目导航{i}</a></li>" for i in range(8))
ARTICLE = "".join(f"<p>第{i}段：{BODY}</p>" for i in range(4))
PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="{{charset}}"><title>综述_黔南统战网</title>
<style>p {{{{color: red}}}}</style><script>var menu = "脚本内容";</script></head>
<body><nav><ul>{NAV}</ul></nav><div class="menu">网站首页 | 机构设置 | 联系我们</div>
<article><h1>{TITLE}</h1>{ARTICLE}</article>
<footer>版权所有 黔南州委统战部</footer></body></html>"""


def test_html_gives_the_article_not_the_menu():
    text = read_html(PAGE.format(charset="utf-8").encode("utf-8")).text
    assert text.split("\n")[0] == TITLE
    assert "第3段" in text and BODY in text
    for debris in ("栏目导航", "网站首页", "脚本内容", "color", "版权所有"):
        assert debris not in text


def test_html_meta_charset_gb2312_is_honoured():
    raw = read_html(PAGE.format(charset="gb2312").encode("gbk"))
    assert raw.encoding == "gb18030"
    assert BODY in raw.text


def test_html_without_declared_charset_is_detected():
    page = PAGE.replace('<meta charset="{charset}">', "")
    assert BODY in read_html(page.encode("gbk")).text


def test_html_falls_back_to_body_text_when_trafilatura_finds_nothing(monkeypatch):
    monkeypatch.setattr("trafilatura.bare_extraction", lambda *args, **kwargs: None)
    lines = read_html(PAGE.format(charset="utf-8").encode("utf-8")).text.split("\n")
    lines = [line for line in lines if line.strip()]
    assert "网站首页 | 机构设置 | 联系我们" in lines  # a div menu is indistinguishable from text here
    assert TITLE in lines and f"第0段：{BODY}" in lines
    text = "\n".join(lines)
    for debris in ("栏目导航", "脚本内容", "color", "版权所有", "综述_黔南统战网"):
        assert debris not in text


# --- pdf ------------------------------------------------------------------


def make_pdf(lines: list[str] | None) -> bytes:
    """A minimal one-page PDF whose text layer holds `lines`; None draws only a line, no text.

    The glyphs are CIDs of an unembedded font mapped to Unicode by a ToUnicode
    CMap, which is how real Chinese PDFs carry their text layer.
    """
    lines = lines or []
    chars = sorted({ch for line in lines for ch in line}) or ["x"]
    cid = {ch: i + 1 for i, ch in enumerate(chars)}
    bfchar = "\n".join(f"<{cid[ch]:04X}> <{ord(ch):04X}>" for ch in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{bfchar}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    if lines:
        ops = ["BT", "/F1 12 Tf", "14 TL", "72 760 Td"]
        ops += ["<" + "".join(f"{cid[ch]:04X}" for ch in line) + "> Tj T*" for line in lines]
        ops.append("ET")
    else:
        ops = ["72 700 m 500 700 l S"]
    content = "\n".join(ops)
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        "/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        f"<< /Length {len(content.encode())} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        "/FontDescriptor 8 0 R /DW 1000 >>",
        f"<< /Length {len(cmap.encode())} >>\nstream\n{cmap}\nendstream",
        "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] "
        "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_pdf_text_layer_is_read():
    text = read_pdf(make_pdf([TITLE, "全州开展联谊交友活动近2200人次。"])).text
    assert [line for line in text.split("\n") if line] == [TITLE, "全州开展联谊交友活动近2200人次。"]


def test_pdf_lines_wrapped_at_the_margin_are_rejoined():
    paragraph = "黔南州委将统战工作摆在重要位置，带头履行统战工作主体责任，始终从全局和战略高度重视统一战线工作，定期听取工作汇报。"
    wrapped = [paragraph[i : i + 20] for i in range(0, len(paragraph), 20)]
    assert len(wrapped) >= 3
    title = "2022年黔南州统战工作综述"  # shorter than a full line: ends its paragraph
    full_sentence = "一二三四五六七八九十一二三四五六七八九十。"  # full width, but closed by 。
    text = read_pdf(make_pdf([title, *wrapped, "下一段。", full_sentence, "再下一段"])).text
    lines = [line for line in text.split("\n") if line]
    assert lines == [title, paragraph, "下一段。", full_sentence, "再下一段"]


def test_pdf_without_text_layer_is_a_read_error():
    with pytest.raises(ReadError, match="no text layer"):
        read_pdf(make_pdf(None))


def test_damaged_pdf_is_a_read_error():
    with pytest.raises(ReadError, match="not a valid PDF"):
        read_pdf(b"%PDF-1.4\ngarbage without objects")


def test_readers_share_one_error_type():
    assert issubclass(readers.ReadError, Exception)


def test_a_docx_table_of_figures_reads_like_prose():
    def build(document):
        table = document.add_table(rows=3, cols=4)
        for row, cells in enumerate([("序号", "指标", "单位", "完成数"), ("1", "新发展会员企业", "家", "736"),
                                     ("2", "新建基层商会", "个", "14")]):
            for column, text in enumerate(cells):
                table.cell(row, column).text = text

    lines = read_docx(_docx_bytes(build)).text.split("\n")
    assert lines == ["序号，指标，单位，完成数", "新发展会员企业736家", "新建基层商会14个"]


# --- bounded expansion: bombs are refused before they inflate ---------------


def test_docx_part_inflating_beyond_the_limit_is_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_DOCX_PART_BYTES", 1024 * 1024)
    bomb = bombs.docx_bomb(tmp_path / "bomb.docx", 2 * 1024 * 1024).read_bytes()
    assert len(bomb) < 64 * 1024  # small on disk

    def never(*args, **kwargs):
        raise AssertionError("python-docx must not open a refused package")

    monkeypatch.setattr(docx, "Document", never)
    with pytest.raises(ReadError, match=r"part word/document.xml inflates to 2\.\d MB \(the limit is 1\.0 MB\)"):
        read_docx(bomb)


def test_docx_whose_parts_together_inflate_beyond_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_DOCX_TOTAL_BYTES", 4 * 1024 * 1024)
    bomb = bombs.docx_of_many_parts(tmp_path / "many.docx", parts=6, part_bytes=1024 * 1024).read_bytes()
    with pytest.raises(ReadError, match=r"its parts inflate to 6\.\d MB \(the limit is 4\.0 MB\)"):
        read_docx(bomb)


def test_docx_within_the_limits_is_read(tmp_path):
    page = bombs.docx_bomb(tmp_path / "long.docx", 256 * 1024).read_bytes()
    assert read_docx(page).text.count("统战") > 10_000


def test_html_nested_beyond_the_limit_is_refused():
    with pytest.raises(ReadError, match="tags nested 250 or more deep"):
        read_html(bombs.nested_html(100_000))


def test_html_nested_within_the_limit_is_read():
    assert "市委统战部召开座谈会" in read_html(bombs.nested_html(200)).text


def test_html_with_too_many_tags_is_refused(monkeypatch):
    monkeypatch.setattr(readers, "MAX_HTML_ELEMENTS", 1000)
    with pytest.raises(ReadError, match=r"web page refused: 100[0-9] tags \(the limit is 1000\)"):
        read_html(bombs.flat_html(1001))


def test_large_html_skips_trafilatura_and_is_read_from_its_body(monkeypatch):
    monkeypatch.setattr(readers, "MAX_ARTICLE_ELEMENTS", 100)

    def never(html):
        raise AssertionError("trafilatura must not read a page this large")

    monkeypatch.setattr(readers, "_article_text", never)
    assert read_html(bombs.flat_html(500)).text.count("统战") == 500


def test_pdf_stream_inflating_beyond_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(readers, "MAX_PDF_STREAM_BYTES", 1024 * 1024)
    bomb = bombs.pdf_bomb(8 * 1024 * 1024, unit=b" " * 64)
    assert len(bomb) < 64 * 1024
    with pytest.raises(ReadError, match=r"PDF refused: a stream inflates beyond pypdf's bounds \(1\.0 MB a stream\)"):
        read_pdf(bomb)


def test_pdf_page_whose_content_inflates_beyond_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(readers, "MAX_PDF_PAGE_CONTENT_BYTES", 64 * 1024)
    with pytest.raises(ReadError, match=r"PDF refused: page 1 inflates to 0\.1 MB \(the limit is 0\.1 MB a page\)"):
        read_pdf(bombs.pdf_bomb(100 * 1024))


def test_pdf_pages_together_inflating_beyond_the_limit_are_refused(monkeypatch):
    monkeypatch.setattr(readers, "MAX_PDF_CONTENT_BYTES", 256 * 1024)
    with pytest.raises(ReadError, match="PDF refused: its pages inflate to over 0.2 MB"):
        read_pdf(bombs.pdf_bomb(100 * 1024, pages=3, unit=b" " * 64))


def test_pdf_within_the_limits_is_read():
    assert "tongzhan" in read_pdf(bombs.pdf_bomb(20 * 1024, pages=2)).text
