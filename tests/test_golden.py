"""The RDF of a small report, compared with a reviewed golden file.

When a change to extraction or the graph is intended, regenerate with
UFKG_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py, read the diff, and commit it.
"""
from __future__ import annotations

import os
from pathlib import Path

from ufkg.corpus import read_document
from ufkg.extract.report import extract_report
from ufkg.graph import build_dataset, dataset_of, dataset_quads, graph_quads, serialize_all, union_graph, union_triples
from ufkg.resolve import resolve_all

from conftest import write_report

GOLDEN = Path(__file__).parent / "golden" / "two_sentences.ttl"
REPORT = """2022年遵义市统一战线工作综述
市委统战部扎实推进“万企兴万村”行动，动员120家民营企业结对帮扶，投入资金3.5亿元。
民盟市委会开展“同心助学”活动，资助学生300余名。
"""


def test_rdf_of_a_two_sentence_report_matches_the_golden_file(tmp_path: Path):
    document = read_document(write_report(tmp_path, "golden_report.txt", REPORT))
    kb = resolve_all([extract_report(document)])
    turtle = union_graph(build_dataset(kb, with_ontology=False)).serialize(format="turtle")
    if os.environ.get("UFKG_UPDATE_GOLDEN"):
        GOLDEN.write_text(turtle, encoding="utf-8")
    assert turtle == GOLDEN.read_text(encoding="utf-8")


def test_the_files_made_from_the_quads_equal_those_read_back_from_the_dataset(tmp_path: Path):
    """The files written from the build's quads are those written from the same quads read back from a Dataset."""
    document = read_document(write_report(tmp_path, "golden_report.txt", REPORT))
    quads = graph_quads(resolve_all([extract_report(document)]))
    dataset = dataset_of(quads)
    assert any(g is not None for *_, g in quads) and any(g is None for *_, g in quads)
    assert dataset_quads(dataset) == quads
    assert serialize_all(quads) == serialize_all(dataset_quads(dataset))
    triples = union_triples(quads)
    assert set(union_graph(dataset)) == set(triples) and len(triples) == len(set(triples))
