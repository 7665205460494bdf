"""Specification of queries/*.rq: each competency question, run through `ufkg query`, answers right.

The graph is built once, by `ufkg build`, from two short made-up reports: 遵义市 (贵州省) with
万企兴万村, a democratic-party committee in 同心助学 and a target for next year, and 株洲市
(湖南省) with the same two initiatives.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import build_reports

QUERIES = Path(__file__).resolve().parents[1] / "queries"

REPORTS = {
    "a.txt": (
        "同心聚力谱新篇——2022年遵义市统一战线工作综述\n"
        "2022年，遵义市统一战线围绕中心、服务大局，各项工作取得新成效。\n"
        "扎实推进“万企兴万村”行动，动员120家民营企业结对帮扶86个村，投入资金3.5亿元。\n"
        "民盟遵义市委会积极参与“同心助学”行动，在湄潭县捐建图书室12个，捐赠资金60万元。\n"
        "市工商联组织会员企业开展“光彩助农”活动，帮助销售农产品2000万元。\n"
        "2023年，力争“万企兴万村”行动新增帮扶资金1亿元。\n"
    ),
    "b.txt": (
        "携手奋进新时代——2022年株洲市统一战线工作综述\n"
        "2022年，株洲市统一战线坚持以党的二十大精神为主线，凝心聚力促发展。\n"
        "全市深入开展“万企兴万村”行动，42家企业参与帮扶，捐赠资金800万元。\n"
        "民建株洲市委会参与“同心助学”行动，资助困难学生300名。\n"
    ),
}


@pytest.fixture(scope="session")
def graph(tmp_path_factory) -> Path:
    """graph.ttl of the made-up reports, built by the real CLI."""
    return build_reports(tmp_path_factory.mktemp("queries"), REPORTS) / "graph.ttl"


def query(graph: Path, query: str | Path) -> list[dict[str, str]]:
    """The rows of a SELECT run by `ufkg query -f json`, each a dict of the bound variables' values."""
    done = subprocess.run([sys.executable, "-m", "ufkg.cli", "query", str(query), "-g", str(graph), "-f", "json"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    bindings = json.loads(done.stdout)["results"]["bindings"]
    return [{name: cell["value"] for name, cell in row.items()} for row in bindings]


def edited(path: Path, values_line: str, value: str) -> str:
    """The text of a query with the one value of its VALUES line replaced, as a user would edit it."""
    text = path.read_text(encoding="utf-8")
    changed, count = re.subn(rf'(VALUES \?{values_line} \{{ )"[^"]*"', rf'\1"{value}"', text)
    assert count == 1
    return changed


def project(rows, *names):
    return [tuple(row.get(name) for name in names) for row in rows]


def amount(text: str | None) -> Decimal | None:
    return Decimal(text) if text is not None else None


# ------------------------------------------------------------------ every query file

ALL_QUERIES = sorted(QUERIES.glob("*.rq"))


def test_the_five_competency_questions_are_there():
    names = {path.stem for path in ALL_QUERIES}
    assert {"localities_wanqi", "party_committees_by_initiative", "money_per_initiative",
            "region_hierarchy", "evidence_for_entity"} <= names


@pytest.mark.parametrize("path", ALL_QUERIES, ids=lambda path: path.stem)
def test_each_query_states_its_question_and_is_a_select(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Question: ")
    assert re.search(r"^SELECT ", text, re.MULTILINE)


@pytest.mark.parametrize("path", ALL_QUERIES, ids=lambda path: path.stem)
def test_each_query_answers_on_the_built_graph(graph, path):
    assert query(graph, path)


# ------------------------------------------------------------------ the answers

def test_localities_wanqi_gives_enterprises_and_money_per_report(graph):
    rows = query(graph, QUERIES / "localities_wanqi.rq")
    assert project(rows, "locality", "adminCode", "initiative", "sourceFile", "year") == [
        ("遵义市", "520300", "万企兴万村", "a.txt", "2022"),
        ("株洲市", "430200", "万企兴万村", "b.txt", "2022"),
    ]
    # the target of 2023 (1亿元) is not money spent
    assert [(amount(r["enterprises"]), amount(r["moneyCNY"])) for r in rows] == [
        (Decimal(120), Decimal(350_000_000)),
        (Decimal(42), Decimal(8_000_000)),
    ]


def test_party_committees_by_initiative_lists_committees_with_their_region(graph):
    rows = query(graph, QUERIES / "party_committees_by_initiative.rq")
    assert project(rows, "region", "party", "committee", "initiative", "sourceFile") == [
        ("株洲市", "中国民主建国会", "民建株洲市委会", "同心助学", "b.txt"),
        ("遵义市", "中国民主同盟", "民盟遵义市委会", "同心助学", "a.txt"),
    ]
    assert rows[1]["evidence"].startswith("民盟遵义市委会积极参与")


def test_party_committees_leave_out_other_organisations(graph):
    rows = query(graph, QUERIES / "party_committees_by_initiative.rq")
    assert "光彩助农" not in {row["initiative"] for row in rows}  # run by 市工商联, an association


def test_money_per_initiative_sums_achieved_money_per_report(graph):
    rows = query(graph, QUERIES / "money_per_initiative.rq")
    assert [(r["initiative"], r["region"], r["year"], r["sourceFile"], amount(r["moneyCNY"])) for r in rows] == [
        ("万企兴万村", "遵义市", "2022", "a.txt", Decimal(350_000_000)),
        ("光彩助农", "遵义市", "2022", "a.txt", Decimal(20_000_000)),
        ("万企兴万村", "株洲市", "2022", "b.txt", Decimal(8_000_000)),
        ("同心助学", "遵义市", "2022", "a.txt", Decimal(600_000)),
    ]


def test_region_hierarchy_under_guizhou(graph):
    rows = query(graph, QUERIES / "region_hierarchy.rq")
    assert project(rows, "region", "level", "adminCode", "parent", "depth") == [
        ("贵州省", "province", "520000", "中国", "0"),
        ("遵义市", "prefecture", "520300", "贵州省", "1"),
        ("湄潭县", "county", "520328", "遵义市", "2"),
    ]


def test_region_hierarchy_for_another_province_by_editing_values(graph):
    rows = query(graph, edited(QUERIES / "region_hierarchy.rq", "provinceName", "湖南省"))
    assert project(rows, "region", "depth") == [("湖南省", "0"), ("株洲市", "1")]


def test_evidence_for_entity_gives_its_statements_then_its_outcomes(graph):
    rows = query(graph, QUERIES / "evidence_for_entity.rq")
    facts = project(rows, "subject", "predicate", "object", "status", "sourceFile")
    uf = "https://w3id.org/ufkg/ontology#"
    assert ("万企兴万村", uf + "mentionedIn", "a.txt", None, "a.txt") in facts
    assert ("万企兴万村", uf + "mentionedIn", "b.txt", None, "b.txt") in facts
    assert ("万企兴万村", uf + "implementedIn", "株洲市", None, "b.txt") in facts
    assert ("万企兴万村", uf + "hasOutcome", "120家 民营企业", "achieved", "a.txt") in facts
    assert ("万企兴万村", uf + "hasOutcome", "1亿元 帮扶资金", "target", "a.txt") in facts
    outcomes = [row for row in rows if row["predicate"] == uf + "hasOutcome"]
    assert len(outcomes) == 6 and rows[-len(outcomes):] == outcomes
    assert all(row["evidence"] for row in rows)


def test_evidence_for_entity_finds_facts_where_the_entity_is_the_object(graph):
    rows = query(graph, edited(QUERIES / "evidence_for_entity.rq", "entityName", "遵义市"))
    facts = project(rows, "subject", "predicate", "object")
    uf = "https://w3id.org/ufkg/ontology#"
    assert ("民盟遵义市委会", uf + "locatedIn", "遵义市") in facts
    assert ("万企兴万村", uf + "implementedIn", "遵义市") in facts


def test_outcomes_by_status_totals_achieved_and_target(graph):
    rows = query(graph, QUERIES / "outcomes_by_status.rq")
    assert [(r["sourceFile"], r["targets"], amount(r["achievedCNY"]), amount(r["targetCNY"])) for r in rows] == [
        ("a.txt", "1", Decimal(370_600_000), Decimal(100_000_000)),
        ("b.txt", "0", Decimal(8_000_000), Decimal(0)),
    ]
    assert int(rows[0]["achieved"]) >= 3 and int(rows[1]["achieved"]) >= 2


# ------------------------------------------------------------------ the store answers as rdflib did

def answers(graph, text: str) -> dict[str, object]:
    """The answer in the three formats; JSON parsed, since the order of keys in an object carries nothing."""
    from ufkg.query import format_result, run_query

    result = run_query(graph, text)
    return {"table": format_result(result, "table"), "csv": format_result(result, "csv"),
            "json": json.loads(format_result(result, "json"))}


@pytest.mark.parametrize("path", ALL_QUERIES, ids=lambda path: path.stem)
def test_the_store_and_rdflib_give_the_same_answers(graph, path, tmp_path):
    from ufkg.query import StoreGraph, load_graph, open_graph

    text = path.read_text(encoding="utf-8")
    expected = answers(load_graph(graph), text)
    assert expected["json"]["results"]["bindings"]
    stored = open_graph(graph)
    assert isinstance(stored, StoreGraph) and stored.from_build
    assert answers(stored, text) == expected
    # a graph file from elsewhere is read by Oxigraph in memory, with the same answers
    for name in ("graph.ttl", "graph.trig", "graph.jsonld"):
        copy = tmp_path / name
        copy.write_bytes((graph.parent / name).read_bytes())
        loaded = open_graph(copy)
        assert isinstance(loaded, StoreGraph) and not loaded.from_build
        assert answers(loaded, text) == expected, name
