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

from conftest import build_reports, run_ufkg

QUERIES = Path(__file__).resolve().parents[1] / "queries"
PARTS_CORPUS = Path(__file__).resolve().parent / "parts" / "reports"

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
            "region_hierarchy", "evidence_for_entity", "money_per_locality"} <= names


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


def test_money_per_locality_sums_achieved_money_per_region_and_year(graph):
    rows = query(graph, QUERIES / "money_per_locality.rq")
    assert [(r["locality"], r["adminCode"], r["year"], amount(r["moneyCNY"]), amount(r["partsCNY"]), r["reports"])
            for r in rows] == [
        ("遵义市", "520300", "2022", Decimal(370_600_000), Decimal(0), "1"),  # the target of 2023 is left out
        ("株洲市", "430200", "2022", Decimal(8_000_000), Decimal(0), "1"),
    ]


# ------------------------------------------------------------------ totals and their parts: each yuan once
#
# tests/parts/reports holds three reports written for this: 安顺市 2022 (其中 after a total, a figure
# in brackets after its total, （含…）, a figure of the summary restated in the body, a target),
# 宜春市 2022 (分别 after a 共 total, a list after a total, 合计 after its parts, 分别 with no total)
# and 安顺市 2021. The sums below are worked out by hand from the texts.

ANSHUN_2022 = {  # achieved money, yuan
    "投入帮扶资金2.4亿元 (stated in the summary and again in the body: one outcome)": 240_000_000,
    "募集助学资金380万元": 3_800_000,
    "捐赠医疗设备折合资金150万元": 1_500_000,
    "总投资5.6亿元": 560_000_000,
}
ANSHUN_2022_PARTS = {"其中产业帮扶1.5亿元": 150_000_000, "公益帮扶6000万元": 60_000_000, "（含侨资2.1亿元）": 210_000_000}
YICHUN_2022 = {"共捐款捐物9000万元": 90_000_000, "共投入资金1.8亿元": 180_000_000, "合计100万元": 1_000_000,
               "两家商会分别捐赠30万元、20万元 (no total before 分别: not parts)": 500_000}
YICHUN_2022_PARTS = {"分别捐赠3000万元、5500万元": 85_000_000, "产业项目1.2亿元、就业帮扶4000万元": 160_000_000,
                     "助学金60万元、40万元": 1_000_000}
ANSHUN_2021 = {"投入资金1.1亿元": 110_000_000, "捐赠资金200万元": 2_000_000}
ANSHUN_2021_PARTS = {"其中产业帮扶7000万元": 70_000_000}


@pytest.fixture(scope="session")
def parts_graph(tmp_path_factory) -> Path:
    """graph.ttl of tests/parts/reports, built by the real CLI."""
    out = tmp_path_factory.mktemp("parts") / "out"
    result = run_ufkg("build", str(PARTS_CORPUS), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return out / "graph.ttl"


def test_money_per_locality_counts_each_yuan_once(parts_graph):
    rows = query(parts_graph, QUERIES / "money_per_locality.rq")
    assert [(r["locality"], r["year"], amount(r["moneyCNY"]), amount(r["partsCNY"])) for r in rows] == [
        ("安顺市", "2022", sum(ANSHUN_2022.values()), sum(ANSHUN_2022_PARTS.values())),
        ("宜春市", "2022", sum(YICHUN_2022.values()), sum(YICHUN_2022_PARTS.values())),
        ("安顺市", "2021", sum(ANSHUN_2021.values()), sum(ANSHUN_2021_PARTS.values())),
    ]
    assert [amount(r["moneyCNY"]) for r in rows] == [805_300_000, 271_500_000, 112_000_000]


NAIVE_SUM = """
SELECT ?locality ?year (SUM(?amount) AS ?moneyCNY) WHERE {
  ?outcome uf:unit "CNY" ; uf:status "achieved" ; uf:value ?amount ; uf:mentionedIn ?report .
  ?report uf:coversRegion ?region ; uf:coversYear ?year . ?region rdfs:label ?locality .
} GROUP BY ?locality ?year ORDER BY DESC(?moneyCNY)
"""


def test_a_naive_sum_counts_the_parts_twice(parts_graph):
    naive = {(r["locality"], r["year"]): amount(r["moneyCNY"]) for r in query(parts_graph, NAIVE_SUM)}
    once = {(r["locality"], r["year"]): amount(r["moneyCNY"]) for r in query(parts_graph, QUERIES / "money_per_locality.rq")}
    assert naive == {("安顺市", "2022"): Decimal(1_225_300_000), ("宜春市", "2022"): Decimal(517_500_000),
                     ("安顺市", "2021"): Decimal(182_000_000)}
    assert {key: naive[key] - once[key] for key in naive} == {
        ("安顺市", "2022"): sum(ANSHUN_2022_PARTS.values()), ("宜春市", "2022"): sum(YICHUN_2022_PARTS.values()),
        ("安顺市", "2021"): sum(ANSHUN_2021_PARTS.values())}


def test_a_figure_restated_in_the_summary_is_one_outcome(parts_graph):
    rows = query(parts_graph, 'SELECT ?o ?evidence WHERE { ?o uf:value 240000000.0 ; uf:unit "CNY" ; uf:evidence ?evidence }')
    assert len(rows) == 1 and rows[0]["evidence"].startswith("市委统战部牵头推进")  # the body's statement, in context


def test_the_other_money_queries_leave_parts_out_too(parts_graph):
    per_initiative = query(parts_graph, QUERIES / "money_per_initiative.rq")
    assert ("万企兴万村", "anshun_2022.txt", Decimal(240_000_000)) in project_amounts(per_initiative)
    assert ("万企兴万村", "yichun_2022.txt", Decimal(180_000_000)) in project_amounts(per_initiative)
    wanqi = {r["sourceFile"]: amount(r.get("moneyCNY")) for r in query(parts_graph, QUERIES / "localities_wanqi.rq")}
    assert wanqi == {"anshun_2021.txt": Decimal(110_000_000), "anshun_2022.txt": Decimal(240_000_000),
                     "yichun_2022.txt": Decimal(180_000_000)}
    by_status = {r["sourceFile"]: amount(r["achievedCNY"]) for r in query(parts_graph, QUERIES / "outcomes_by_status.rq")}
    assert by_status == {"anshun_2021.txt": Decimal(112_000_000), "anshun_2022.txt": Decimal(805_300_000),
                         "yichun_2022.txt": Decimal(271_500_000)}


def project_amounts(rows):
    return [(r["initiative"], r["sourceFile"], amount(r["moneyCNY"])) for r in rows]


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
