"""The build as a library: one report however many parts it is read in."""
from __future__ import annotations

from pathlib import Path

from ufkg import corpus
from ufkg.pipeline import build

from conftest import write_report

HEAD = "2022年绵阳市统一战线工作综述\n市委统战部深入推进“万企兴万村”行动，动员80家企业参与。\n"
FILLER = "全市统一战线凝心聚力，各项工作取得新成效。\n" * 200
TAIL = "民盟市委会开展“同心助学”活动，资助学生60名。\n"


def test_a_report_read_in_parts_is_one_report(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(corpus, "STREAM_TEXT_BYTES", 4096)
    write_report(tmp_path / "in", "big.txt", HEAD + FILLER + TAIL)
    result = build([tmp_path / "in"], tmp_path / "out", validate=False)
    assert result.reports == 1
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "同心助学" in turtle and "民盟绵阳市委会" in turtle  # read from the last part, completed from the first
    assert turtle.count("a uf:Report") == 1
    outcomes = (tmp_path / "out" / "outcomes.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(outcomes) == 3 and all("绵阳市" in row for row in outcomes[1:])


def test_extraction_in_parallel_gives_the_same_graph(tmp_path: Path):
    for number in range(18):
        write_report(tmp_path / "in", f"report{number:02d}.txt", HEAD.replace("2022", str(2000 + number)) + TAIL)
    one = build([tmp_path / "in"], tmp_path / "one", validate=False, workers=1)
    two = build([tmp_path / "in"], tmp_path / "two", validate=False, workers=2)
    assert one.reports == two.reports == 18
    for name in ("graph.ttl", "graph.trig", "outcomes.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_the_extractors_are_imported_only_by_a_process_that_extracts():
    import subprocess
    import sys

    code = ("import sys, ufkg.pipeline as p; before = sorted(m for m in sys.modules if m.startswith('ufkg.extract'));"
            "p.default_extractor(); after = 'ufkg.extract.report' in sys.modules; print(before, after)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[] True"


def test_what_the_children_make_does_not_depend_on_the_triples_order():
    """SHACL, the view and the network start from the raw quads' triples, before the sort (pipeline._merge)."""
    import random

    from conftest import XIANGTAN, ZUNYI
    from ufkg.graph import graph_quads, raw_quads, union_triples
    from ufkg.model import Document
    from ufkg.pipeline import _pictures, _violation_count, extract_report
    from ufkg.resolve import Resolver

    resolver = Resolver()
    for number, text in enumerate([ZUNYI, XIANGTAN, ZUNYI.replace("遵义", "安顺")]):
        resolver.add(extract_report(Document(Path(f"r{number}.txt"), f"r{number}.txt", text, f"r{number}")))
    kb = resolver.kb
    ordered = union_triples(graph_quads(kb))
    raw = union_triples(raw_quads(kb))
    shuffled = list(ordered)
    random.Random(7).shuffle(shuffled)
    assert sorted(raw) == sorted(ordered) and raw != ordered
    expected = {**_pictures(ordered), **_violation_count(ordered)}
    for triples in (raw, shuffled, ordered[::-1]):
        assert {**_pictures(triples), **_violation_count(triples)} == expected
