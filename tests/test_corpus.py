"""Finding report files and reading them into Documents; bad files become Problems."""
from __future__ import annotations

import io
import os
import re
import tracemalloc
from pathlib import Path

import docx
import pytest
from opencc import OpenCC

from test_readers import PAGE, make_pdf
from ufkg import corpus
from ufkg.corpus import Problem, discover, read_document, report_id_for, simplified_twin
from ufkg.model import Document

DATA = Path(__file__).resolve().parents[1] / "data"
TITLE = "凝心聚力谱新篇——2022年黔南州统一战线工作综述"
REPORT = f"{TITLE}\n全州党员领导干部开展联谊交友活动近2200人次。\n“万企兴万村”行动结对帮扶村351个。"
TRADITIONAL = OpenCC("s2t").convert(REPORT)
DEBRIS = re.compile(r"\[bookmark|_GoBack|_Toc\d|[\u200b\u200c\u200d\ufeff\u00a0]|\n\n|[ \t]\n|[ \t]$")


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode(encoding) if isinstance(content, str) else content)
    return path


# --- discover -------------------------------------------------------------


def test_folders_are_walked_recursively_in_sorted_order(tmp_path):
    for name in ["b.txt", "a.txt", "sub/c.docx", "sub/deeper/d.pdf", "A.html", "z.htm", "sub/e.TXT"]:
        write(tmp_path / name, REPORT)
    files, problems = discover([tmp_path])
    assert problems == []
    assert [f.relative_to(tmp_path).as_posix() for f in files] == [
        "A.html", "a.txt", "b.txt", "sub/c.docx", "sub/deeper/d.pdf", "sub/e.TXT", "z.htm",
    ]


def test_hidden_files_lock_files_and_other_types_are_skipped(tmp_path):
    write(tmp_path / "report.txt", REPORT)
    for name in [".hidden.txt", ".git/report.txt", "~$report.docx", "notes.md", "image.png", "old.doc"]:
        write(tmp_path / name, REPORT)
    files, problems = discover([tmp_path])
    assert files == [tmp_path / "report.txt"] and problems == []


def test_files_and_folders_mix_and_each_real_file_is_listed_once(tmp_path):
    report = write(tmp_path / "in" / "r.txt", REPORT)
    (tmp_path / "in" / "alias.txt").symlink_to(report)
    (tmp_path / "link").symlink_to(tmp_path / "in")
    files, problems = discover([report, tmp_path / "in", tmp_path / "link", report])
    assert files == [report] and problems == []


def test_a_missing_input_is_a_problem_and_the_rest_still_counts(tmp_path):
    report = write(tmp_path / "r.txt", REPORT)
    files, problems = discover([tmp_path / "missing", report])
    assert files == [report]
    assert problems == [Problem(tmp_path / "missing", "no such file or folder")]


def test_a_named_file_of_another_type_is_a_problem(tmp_path):
    notes = write(tmp_path / "notes.md", REPORT)
    files, problems = discover([notes])
    assert files == [] and problems == [Problem(notes, "not a report: unsupported file type .md")]


def test_symlink_loops_are_survived_and_reported(tmp_path):
    write(tmp_path / "top" / "r.txt", REPORT)
    (tmp_path / "top" / "sub").mkdir()
    (tmp_path / "top" / "sub" / "back").symlink_to(tmp_path / "top")  # a loop through folders
    (tmp_path / "top" / "self.txt").symlink_to(tmp_path / "top" / "self.txt")  # a link to itself
    (tmp_path / "top" / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    files, problems = discover([tmp_path / "top"])
    assert files == [tmp_path / "top" / "r.txt"]
    assert sorted(problems, key=lambda p: p.path) == [
        Problem(tmp_path / "top" / "dangling.txt", "broken symbolic link"),
        Problem(tmp_path / "top" / "self.txt", "symlink loop"),
        Problem(tmp_path / "top" / "sub" / "back", "symlink loop"),
    ]


def test_deep_folders_are_walked(tmp_path):
    deep = tmp_path.joinpath(*[f"d{i}" for i in range(60)])
    report = write(deep / "r.txt", REPORT)
    files, problems = discover([tmp_path])
    assert files == [report] and problems == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any folder, so chmod 000 blocks nothing")
def test_an_unreadable_folder_is_a_problem(tmp_path):
    locked = tmp_path / "locked"
    write(locked / "r.txt", REPORT)
    locked.chmod(0)
    try:
        files, problems = discover([tmp_path])
    finally:
        locked.chmod(0o755)
    assert files == [] and problems == [Problem(locked, "permission denied")]


# --- read_document: the seed reports ----------------------------------------


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_seed_reports_read_cleanly_with_the_title_first(path):
    document = read_document(path)
    assert isinstance(document, Document)
    title = next(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    title = re.sub(r"\[bookmark: [^\]]*\]", "", title).replace("\u2002", " ")
    assert document.text.split("\n")[0] == title
    assert not DEBRIS.search(document.text)
    assert document.source_file == path.name
    assert document.report_id == path.stem
    assert document.matching_text is None  # the seeds are simplified Chinese


# --- read_document: formats and encodings -----------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_simplified_txt_in_any_encoding_reads_the_same(tmp_path, encoding):
    document = read_document(write(tmp_path / "r.txt", REPORT, encoding))
    assert document.text == REPORT
    assert document.matching_text is None


def test_big5_txt_keeps_its_characters_and_gets_a_simplified_twin(tmp_path):
    document = read_document(write(tmp_path / "r.txt", TRADITIONAL, "big5"))
    assert document.text == TRADITIONAL
    assert document.matching_text == REPORT
    assert len(document.matching_text) == len(document.text)


def test_traditional_text_in_utf8_also_gets_a_twin(tmp_path):
    document = read_document(write(tmp_path / "r.txt", TRADITIONAL))
    assert document.text == TRADITIONAL and document.matching_text == REPORT


def test_the_twin_keeps_offsets_aligned_character_by_character():
    text = "統一戰線工作條例（2022年）：黨外人士座談會召開23次。"
    twin = simplified_twin(text)
    assert twin == "统一战线工作条例（2022年）：党外人士座谈会召开23次。"
    assert [i for i, (a, b) in enumerate(zip(text, twin)) if a != b] == [0, 2, 3, 6, 16, 21, 22, 24]


def test_variant_forms_that_t2s_leaves_are_simplified_too():
    assert simplified_twin("陜西省委統戰部在西安舉行捐款儀式") == "陕西省委统战部在西安举行捐款仪式"


class LengthChangingT2S:
    """A stand-in for OpenCC whose conversion of 戰 is two characters long."""

    @staticmethod
    def convert(text):
        return {"統": "统", "戰": "战线"}[text]


def test_a_conversion_that_would_change_length_keeps_the_original(monkeypatch):
    corpus._simplified_char.cache_clear()
    monkeypatch.setattr(corpus, "_t2s", LengthChangingT2S)
    try:
        assert simplified_twin("統戰") == "统戰"
    finally:
        corpus._simplified_char.cache_clear()


def test_a_few_traditional_forms_in_simplified_text_give_no_twin():
    assert simplified_twin(REPORT + "發") is None


def test_docx_html_and_pdf_reports_read(tmp_path):
    word = docx.Document()
    word.add_paragraph("[bookmark: _GoBack]" + TITLE)
    word.add_paragraph("\u3000\u3000全州开展联谊交友活动近2200人次。\u00a0")
    buffer = io.BytesIO()
    word.save(buffer)
    paths = [
        write(tmp_path / "r.docx", buffer.getvalue()),
        write(tmp_path / "r.html", PAGE.format(charset="utf-8")),
        write(tmp_path / "r.pdf", make_pdf([TITLE, "全州开展联谊交友活动近2200人次。"])),
    ]
    for path in paths:
        document = read_document(path)
        assert isinstance(document, Document), document
        assert document.text.split("\n")[0] == TITLE
        assert "全州党员领导干部开展联谊交友活动近2200人次" in document.text or "全州开展联谊交友活动近2200人次。" in document.text
        assert not DEBRIS.search(document.text)


# --- read_document: bad input -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\r\n\t\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "not a report: binary file"),
        ("controls.txt", bytes(range(1, 8)) * 50 + REPORT.encode(), "not a report: binary file"),
        ("garbled.txt", bytes(range(0x80, 0x100)) * 4, "cannot decode text"),
        ("english.txt", b"Annual report of the United Front Work Department.\n", "no Chinese text"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "not a valid Word (.docx) file"),
        ("scan.pdf", make_pdf(None), "no text layer (scanned PDF?)"),
        ("broken.pdf", b"%PDF-1.4\nnothing", "not a valid PDF"),
        ("script.html", "<html><head><script>var a = '统战';</script></head><body> </body></html>".encode(), "no text found"),
        ("blank.docx", None, "no text found"),
        ("notes.md", REPORT.encode(), "not a report: unsupported file type .md"),
    ],
)
def test_bad_files_are_problems_not_exceptions(tmp_path, name, content, reason):
    if content is None:  # a Word file with no text in it
        buffer = io.BytesIO()
        docx.Document().save(buffer)
        content = buffer.getvalue()
    problem = read_document(write(tmp_path / name, content))
    assert isinstance(problem, Problem)
    assert problem.reason.startswith(reason)
    assert "\n" not in problem.reason


def test_missing_file_and_symlink_loop_are_problems(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    assert read_document(tmp_path / "missing.txt") == Problem(tmp_path / "missing.txt", "no such file or folder")
    assert read_document(tmp_path / "loop.txt") == Problem(tmp_path / "loop.txt", "symlink loop")


def test_a_folder_or_pipe_named_like_a_report_is_a_problem_and_never_blocks(tmp_path):
    (tmp_path / "odd.txt").mkdir()
    os.mkfifo(tmp_path / "pipe.txt")
    assert read_document(tmp_path / "odd.txt") == Problem(tmp_path / "odd.txt", "not a regular file")
    assert read_document(tmp_path / "pipe.txt") == Problem(tmp_path / "pipe.txt", "not a regular file")
    assert discover([tmp_path]) == ([], [Problem(tmp_path / "pipe.txt", "not a regular file")])


def test_unreadable_file_is_a_problem(tmp_path):
    path = write(tmp_path / "secret.txt", REPORT)
    path.chmod(0)
    try:
        result = read_document(path)
    finally:
        path.chmod(0o644)
    if os.geteuid() == 0:
        # root reads files whatever their mode, so chmod 000 cannot make the file unreadable here.
        assert isinstance(result, Document)
    else:
        assert result == Problem(path, "permission denied")


def test_a_file_the_os_refuses_to_open_is_permission_denied(tmp_path, monkeypatch):
    """The same check as above, made to work as root by refusing the open itself."""
    path = write(tmp_path / "secret.txt", REPORT)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(corpus, "open", refuse, raising=False)
    assert read_document(path) == Problem(path, "permission denied")


def test_a_folder_the_os_refuses_to_list_is_permission_denied(tmp_path, monkeypatch):
    write(tmp_path / "locked" / "r.txt", REPORT)
    good = write(tmp_path / "open" / "r.txt", REPORT)
    real_scandir = os.scandir

    def scandir(path):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, problems = discover([tmp_path])
    assert files == [good] and problems == [Problem(tmp_path / "locked", "permission denied")]


def test_a_two_million_character_line_still_reads(tmp_path):
    line = "统一战线" * 500_000
    document = read_document(write(tmp_path / "long.txt", f"{TITLE}\n{line}\n"))
    assert isinstance(document, Document)
    assert document.text == f"{TITLE}\n{line}"


def test_a_50_mb_file_is_read_in_parts_with_bounded_memory(tmp_path):
    path = tmp_path / "huge.txt"
    line = "统一战线工作综述，全市统一战线凝心聚力。" * 400 + "\n"
    chunk = (TITLE + "\n" + line * 50).encode("gb18030")
    with open(path, "wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            handle.write(chunk)
    tracemalloc.start()
    try:
        parts = corpus.open_report(path)
        sizes, offsets, ids = [], [], set()
        for part in parts:
            sizes.append(len(part.text))
            offsets.append(part.offset)
            ids.add(part.report_id)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(sizes) >= 6 and ids == {"huge"}
    # the parts, joined at their line ends, are the whole text
    assert offsets == [sum(size + 1 for size in sizes[:i]) for i in range(len(sizes))]
    whole = path.read_bytes().decode("gb18030").rstrip("\n")
    assert sum(sizes) + len(sizes) - 1 == len(whole)
    assert peak < 120 * 1024 * 1024  # the file is 50 MB; decoding it whole would take several times that


def test_the_size_cap_is_checked_before_the_format(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "MAX_TEXT_BYTES", 10)
    assert read_document(write(tmp_path / "r.txt", REPORT)).reason.startswith("file too large")


def test_a_crashing_reader_becomes_a_problem(tmp_path, monkeypatch):
    def crash(data):
        raise RuntimeError("library bug")

    monkeypatch.setitem(corpus.READERS, ".txt", crash)
    assert read_document(write(tmp_path / "r.txt", REPORT)).reason == "cannot read file (RuntimeError)"


def test_good_files_still_read_beside_bad_ones(tmp_path):
    write(tmp_path / "a_empty.txt", b"")
    write(tmp_path / "b_binary.txt", bytes(300))
    good = write(tmp_path / "c_good.txt", REPORT)
    files, problems = discover([tmp_path])
    results = [read_document(path) for path in files]
    assert problems == []
    assert [type(result).__name__ for result in results] == ["Problem", "Problem", "Document"]
    assert results[2].path == good


# --- report ids -------------------------------------------------------------


def test_report_id_is_the_stem_when_it_is_already_iri_safe():
    assert report_id_for(Path("data/000_91944f3505b7ccc5.txt"), REPORT) == "000_91944f3505b7ccc5"
    assert report_id_for(Path("x/黔南州2022年综述.docx"), REPORT) == "黔南州2022年综述"


def test_report_id_replaces_unsafe_characters_and_stays_distinct():
    first = report_id_for(Path("a b.txt"), REPORT)
    second = report_id_for(Path("a#b.txt"), REPORT)
    assert re.fullmatch(r"a-b-[0-9a-f]{6}", first)
    assert first != second
    assert report_id_for(Path("a b.txt"), "other text") == first  # depends on the name only


def test_report_id_falls_back_to_a_hash_of_the_text():
    assert re.fullmatch(r"report-[0-9a-f]{12}", report_id_for(Path("（）.txt"), REPORT))
