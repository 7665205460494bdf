"""`ufkg compare`: figures year against year and localities side by side, through the real command.

The corpus is tests/compare/reports (written for these tests: two years of two counties and
their prefecture); tests/compare/pairs.csv lists by hand what a reader lines up.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from conftest import run_ufkg

HERE = Path(__file__).parent / "compare"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("compare") / "out"
    result = run_ufkg("build", str(HERE / "reports"), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return out


def compare(*args: str) -> str:
    result = run_ufkg("compare", *args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def compare_json(*args: str) -> dict:
    return json.loads(compare(*args, "-f", "json"))


def found_pairs(answer: dict) -> set[tuple]:
    """(kind, place, from year, quantities as written, to year, quantities as written) of every change."""
    found = set()
    for row in answer["rows"]:
        cells = {(cell["year"], cell["status"]): cell for cell in row["cells"]}
        for change in row["changes"]:
            before = cells[(change["from"], "achieved" if change["kind"] == "year" else "target")]
            after = cells[(change["to"], "achieved")]
            found.add((change["kind"], row["place"]["label"], str(change["from"]), _texts(before),
                       str(change["to"]), _texts(after)))
    return found


def _texts(cell: dict) -> str:
    return "+".join(sorted(figure["text"] for figure in cell["figures"]))


def test_year_over_year_pairs_match_the_hand_made_list(built):
    with open(HERE / "pairs.csv", encoding="utf-8", newline="") as handle:
        expected = {(r["kind"], r["place"], r["from_year"], r["from_text"], r["to_year"], r["to_text"])
                    for r in csv.DictReader(handle)}
    found = found_pairs(compare_json("宜宾市", "-g", str(built / "graph.ttl")))
    right = found & expected
    precision, recall = len(right) / len(found), len(right) / len(expected)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall, sorted(found - expected), sorted(expected - found))
    assert len(expected) == 24


def test_a_target_stands_on_the_row_of_the_achieved_figure_of_its_year(built):
    answer = compare_json("江安县", "-g", str(built / "graph.ttl"))
    row, = [r for r in answer["rows"] if r["subject"] == "万企兴万村" and r["measure"] == "民营企业"]
    cells = {(c["year"], c["status"]): c["value"] for c in row["cells"]}
    assert cells == {(2021, "achieved"): "42", (2022, "achieved"): "53", (2022, "target"): "50"}
    target, = [c for c in row["changes"] if c["kind"] == "target"]
    assert (target["fromValue"], target["toValue"], target["percent"]) == ("50", "53", "106.0")
    year, = [c for c in row["changes"] if c["kind"] == "year"]
    assert (year["difference"], year["percent"]) == ("11", "26.2")
    target_cell, = [c for c in row["cells"] if c["status"] == "target"]
    assert target_cell["figures"][0]["sourceFile"] == "jiangan_2021.txt"
    assert "力争动员50家民营企业" in target_cell["figures"][0]["evidence"]


def test_every_figure_keeps_its_sentence_and_report(built):
    answer = compare_json("宜宾市", "-g", str(built / "graph.ttl"))
    reports = {path.name: path.read_text(encoding="utf-8") for path in (HERE / "reports").iterdir()}
    figures = [f for row in answer["rows"] for cell in row["cells"] for f in cell["figures"]]
    assert len(figures) >= 50
    for figure in figures:
        assert figure["evidence"] in reports[figure["sourceFile"]]
        assert figure["text"] in figure["evidence"]


def test_a_region_by_any_of_its_names_and_the_places_under_it(built):
    graph = str(built / "graph.ttl")
    by_name = compare("宜宾市", "-g", graph)
    assert compare("宜宾", "-g", graph) == by_name == compare("511500", "-g", graph)
    places = {line.split()[0] for line in by_name.splitlines()[2:-1]}
    assert places == {"宜宾市", "江安县", "长宁县", "高县"}  # 高县's figures come from the prefecture's report
    county = compare("江安县", "-g", graph)
    assert "长宁县" not in county and "宜宾市" not in county.splitlines()[2]


def test_the_table_shows_years_targets_and_changes(built):
    lines = compare("长宁县", "-g", str(built / "graph.ttl")).splitlines()
    assert lines[0].split() == ["place", "subject", "measure", "unit", "2021", "2022", "change", "reports"]
    row, = [line for line in lines if "民营企业" in line]
    assert row.split()[:7] == ["长宁县", "万企兴万村", "民营企业", "家", "28", "35", "2021→2022"]
    assert "+7 (+25.0%)" in row
    assert lines[-1] == f"({len(lines) - 3} rows)"


def test_a_rate_changes_by_points(built):
    lines = compare("江安县", "-g", str(built / "graph.ttl")).splitlines()
    row, = [line for line in lines if "办结率" in line]
    assert "2021→2022 +2 points" in row and "2.1%" not in row


def test_csv_is_utf8_with_a_bom_and_carries_the_evidence(built):
    result = run_ufkg("compare", "江安县", "-g", str(built / "graph.ttl"), "-f", "csv")
    assert result.returncode == 0
    data = result.stdout
    assert data.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(data[1:])))
    row, = [r for r in rows if r["subject"] == "万企兴万村" and r["measure"] == "帮扶资金"]
    assert (row["2021"], row["2022"], row["2022 target"]) == ("32000000", "43500000", "40000000")
    assert row["2022 report"] == "jiangan_2022.txt" and "4350万元" in row["2022 evidence"]
    assert row["unitFamily"] == "money" and row["adminCode"] == "511523"


def test_localities_side_by_side_sorted_with_their_reports(built):
    graph = str(built / "graph.ttl")
    answer = json.loads(compare("--subject", "万企兴万村", "--measure", "民企", "--year", "2022", "-g", graph, "-f", "json"))
    assert [(r["place"]["label"], r["value"]) for r in answer["rows"]] == [
        ("宜宾市", "326"), ("江安县", "53"), ("长宁县", "35"), ("高县", "19")]
    assert all(r["unitFamily"] == "organisations" and r["unit"] == "家" for r in answer["rows"])
    assert answer["rows"][3]["figures"][0]["sourceFile"] == "yibin_2022.txt"
    data = run_ufkg("compare", "--measure", "帮扶资金", "宜宾市", "-g", graph, "-f", "csv").stdout
    assert data.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(data[1:])))
    assert [(r["year"], r["place"], r["value"], r["unit"]) for r in rows][:4] == [
        ("2022", "宜宾市", "210000000", "元"), ("2022", "江安县", "43500000", "元"),
        ("2022", "长宁县", "23600000", "元"), ("2022", "高县", "9800000", "元")]
    assert rows[0]["rank"] == "1" and rows[0]["evidence"].endswith("投入帮扶资金2.1亿元。")
    assert rows[0]["qualifier"] == "exact"


def test_the_store_and_the_file_give_the_same_answer(built, tmp_path):
    """Without the build's store beside it, the graph file is loaded (Oxigraph) and answers the same."""
    from_store = compare("宜宾市", "-g", str(built / "graph.ttl"), "-f", "json")
    shutil.copy(built / "graph.trig", tmp_path / "graph.trig")
    assert compare("宜宾市", "-g", str(tmp_path / "graph.trig"), "-f", "json") == from_store


@pytest.mark.parametrize("args, message", [
    (["海淀区"], "no region named '海淀区' in the graph"),
    ([], "compare needs a REGION"),
    (["--subject", "不存在的行动"], "no programme or actor named '不存在的行动'"),
])
def test_user_errors_are_one_line(built, args, message):
    result = run_ufkg("compare", *args, "-g", str(built / "graph.ttl"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr and "Traceback" not in result.stderr


def test_a_missing_graph_is_one_line(tmp_path):
    result = run_ufkg("compare", "江安县", "-g", str(tmp_path / "graph.ttl"))
    assert result.returncode == 2 and result.stderr.startswith("ufkg: graph not found")


# ------------------------------------------------------------------ parts and totals, on a hand-written graph

PARTS = """
@prefix uf:   <https://w3id.org/ufkg/ontology#> .
@prefix res:  <https://w3id.org/ufkg/resource/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .

res:region\\/510000 a uf:Region ; rdfs:label "四川省"@zh ; uf:adminCode "510000" ; uf:level "province" .
res:region\\/511500 a uf:Region ; rdfs:label "宜宾市"@zh ; skos:altLabel "宜宾"@zh ; uf:adminCode "511500" ;
    uf:level "prefecture" ; uf:partOf res:region\\/510000 .
res:report\\/y a uf:Report ; uf:sourceFile "y.txt" ; uf:coversYear "2022"^^xsd:gYear ; uf:coversRegion res:region\\/511500 .
res:initiative\\/w a uf:Initiative ; rdfs:label "万企兴万村"@zh ;
    uf:hasOutcome res:o\\/total , res:o\\/partA , res:o\\/partB , res:o\\/other , res:o\\/firms , res:o\\/private .

res:o\\/total a uf:Outcome ; uf:value "120000000"^^xsd:decimal ; uf:unit "CNY" ; uf:measure "帮扶资金" ;
    uf:unitFamily "money" ; uf:status "achieved" ; uf:qualifier "exact" ; uf:quantityText "1.2亿元" ;
    uf:evidence "投入帮扶资金1.2亿元，其中产业帮扶资金8000万元、公益帮扶资金4000万元。" ; uf:mentionedIn res:report\\/y .
res:o\\/partA a uf:Outcome ; uf:value "80000000"^^xsd:decimal ; uf:unit "CNY" ; uf:measure "帮扶资金" ;
    uf:unitFamily "money" ; uf:status "achieved" ; uf:qualifier "exact" ; uf:quantityText "8000万元" ;
    uf:evidence "投入帮扶资金1.2亿元，其中产业帮扶资金8000万元、公益帮扶资金4000万元。" ; uf:mentionedIn res:report\\/y ;
    uf:partOfTotal res:o\\/total .
res:o\\/partB a uf:Outcome ; uf:value "40000000"^^xsd:decimal ; uf:unit "CNY" ; uf:measure "帮扶资金" ;
    uf:unitFamily "money" ; uf:status "achieved" ; uf:qualifier "exact" ; uf:quantityText "4000万元" ;
    uf:evidence "投入帮扶资金1.2亿元，其中产业帮扶资金8000万元、公益帮扶资金4000万元。" ; uf:mentionedIn res:report\\/y ;
    uf:partOfTotal res:o\\/total .
res:o\\/other a uf:Outcome ; uf:value "5000000"^^xsd:decimal ; uf:unit "CNY" ; uf:measure "帮扶资金" ;
    uf:unitFamily "money" ; uf:status "achieved" ; uf:qualifier "exact" ; uf:quantityText "500万元" ;
    uf:evidence "另追加帮扶资金500万元。" ; uf:mentionedIn res:report\\/y .
res:o\\/firms a uf:Outcome ; uf:value "300"^^xsd:decimal ; uf:unit "家" ; uf:measure "企业" ;
    uf:unitFamily "organisations" ; uf:status "achieved" ; uf:qualifier "exact" ; uf:quantityText "300家" ;
    uf:evidence "动员300家企业，其中民营企业260家。" ; uf:mentionedIn res:report\\/y .
res:o\\/private a uf:Outcome ; uf:value "260"^^xsd:decimal ; uf:unit "家" ; uf:measure "民营企业" ;
    uf:unitFamily "organisations" ; uf:status "achieved" ; uf:qualifier "exact" ; uf:quantityText "260家" ;
    uf:evidence "动员300家企业，其中民营企业260家。" ; uf:mentionedIn res:report\\/y ; uf:partOfTotal res:o\\/firms .
"""


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nt"])
def test_parts_are_not_added_to_their_total(tmp_path, name):
    """1.2亿元 with its parts 8000万 and 4000万, plus 500万 more: 1.25亿, not 2.45亿 (each yuan counted once).

    A part whose total counts something else (260 民营企业 of 300 企业) is that measure's own figure.
    """
    from rdflib import Graph

    graph = Graph().parse(data=PARTS, format="turtle")
    graph.serialize(tmp_path / name, format="nt" if name.endswith(".nt") else "turtle")
    answer = compare_json("宜宾", "-g", str(tmp_path / name))
    cells = {row["measure"]: row["cells"][0] for row in answer["rows"]}
    money = cells["帮扶资金"]
    assert money["value"] == str(120000000 + 5000000)
    assert sorted(f["text"] for f in money["figures"]) == ["1.2亿元", "500万元"]
    assert sorted(f["text"] for f in money["partsNotAdded"]) == ["4000万元", "8000万元"]
    assert cells["企业"]["value"] == "300" and cells["民营企业"]["value"] == "260"
    naive = sum(int(f["value"]) for f in money["figures"] + money["partsNotAdded"])
    assert naive == 245000000  # what a sum over every figure would say


def _figure(outcome: str, value: int, evidence: str, **fields):
    from decimal import Decimal

    from ufkg.compare import Figure

    defaults = dict(place="res:county", subject="", actor="县委统战部", measure="企业", family="organisations",
                    unit="家", qualifier="exact", status="achieved", year=2022, text=f"{value}家", report="res:r",
                    source_file="r.txt", report_year=2022, report_region="res:county")
    return Figure(outcome=outcome, value=Decimal(value), evidence=evidence, **{**defaults, **fields})


def test_one_measure_twice_in_a_sentence_is_one_figure_and_two_sentences_add_up():
    from ufkg.compare import rows_of

    nested = "共有1000家企业参与，其中287家企业开展结对帮扶。"
    figures = [_figure("o1", 1000, nested), _figure("o2", 287, nested), _figure("o3", 40, "下半年新动员企业40家。")]
    row, = rows_of(figures, {})
    cell, = row.cells
    assert cell.value == 1040
    assert [f.outcome for f in cell.counted] == ["o1", "o3"] and [f.outcome for f in cell.nested] == ["o2"]


def test_the_place_s_own_report_of_the_year_gives_a_cell_that_several_reports_give():
    from ufkg.compare import rows_of

    figures = [_figure("a", 53, "动员53家企业。", report="res:own", source_file="county_2022.txt"),
               _figure("b", 50, "该县动员50家企业。", report="res:prefecture", source_file="city_2022.txt",
                       report_region="res:city"),
               _figure("c", 52, "2022年动员52家企业。", report="res:later", source_file="county_2023.txt",
                       report_year=2023)]
    row, = rows_of(figures, {})
    cell, = row.cells
    assert (cell.value, [f.source_file for f in cell.counted]) == (53, ["county_2022.txt"])
    assert sorted(f.source_file for f in cell.other_reports) == ["city_2022.txt", "county_2023.txt"]


OWN = """
@prefix uf:   <https://w3id.org/ufkg/ontology#> .
@prefix res:  <https://w3id.org/ufkg/resource/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .

res:region\\/511523 a uf:Region ; rdfs:label "江安县"@zh ; uf:adminCode "511523" ; uf:level "county" .
res:r21 a uf:Report ; uf:sourceFile "a.txt" ; uf:coversYear "2021"^^xsd:gYear ; uf:coversRegion res:region\\/511523 .
res:r22 a uf:Report ; uf:sourceFile "b.txt" ; uf:coversYear "2022"^^xsd:gYear ; uf:coversRegion res:region\\/511523 .
res:body a uf:GovernmentBody ; rdfs:label "江安县委统战部"@zh ; uf:locatedIn res:region\\/511523 ; uf:hasOutcome res:t .
res:party a uf:PoliticalParty ; rdfs:label "民盟江安县委"@zh ; uf:locatedIn res:region\\/511523 ; uf:hasOutcome res:p .
res:region\\/511523 uf:hasOutcome res:a .
res:t a uf:Outcome ; uf:value "4"^^xsd:decimal ; uf:unit "期" ; uf:measure "培训班" ; uf:unitFamily "events" ;
    uf:status "target" ; uf:period "2022"^^xsd:gYear ; uf:quantityText "4期" ; uf:evidence "2022年力争举办培训班4期。" ;
    uf:mentionedIn res:r21 .
res:a a uf:Outcome ; uf:value "5"^^xsd:decimal ; uf:unit "期" ; uf:measure "培训班" ; uf:unitFamily "events" ;
    uf:status "achieved" ; uf:quantityText "5期" ; uf:evidence "举办培训班5期。" ; uf:mentionedIn res:r22 .
res:p a uf:Outcome ; uf:value "2"^^xsd:decimal ; uf:unit "期" ; uf:measure "培训班" ; uf:unitFamily "events" ;
    uf:status "achieved" ; uf:quantityText "2期" ; uf:evidence "民盟县委举办培训班2期。" ; uf:mentionedIn res:r22 .
"""


def test_figures_of_the_place_its_report_and_its_bodies_are_the_place_s_own(tmp_path):
    """A target the county's 统战部 set and the figure reported for the county line up; a party's stay apart."""
    (tmp_path / "g.ttl").write_text(OWN, encoding="utf-8")
    rows = compare_json("江安县", "-g", str(tmp_path / "g.ttl"))["rows"]
    assert [(r["subject"], [(c["year"], c["status"], c["value"]) for c in r["cells"]]) for r in rows] == [
        (None, [(2022, "achieved", "5"), (2022, "target", "4")]),
        ("民盟江安县委", [(2022, "achieved", "2")])]
    assert rows[0]["changes"][0]["percent"] == "125.0"


def _readme_block(after: str) -> str:
    """The first indented block of README.md after a line containing `after`, unindented."""
    text = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    lines = text[text.index(after):].splitlines()[1:]
    start = next(i for i, line in enumerate(lines) if line.startswith("    "))
    block = []
    for line in lines[start:]:
        if not line.startswith("    "):
            break
        block.append(line[4:])
    return "\n".join(block) + "\n"


def test_the_readme_shows_real_comparisons_of_the_default_corpus(tmp_path):
    root = Path(__file__).parents[1]
    result = run_ufkg("build", str(root / "data"), "-o", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    graph = str(tmp_path / "out" / "graph.ttl")
    assert compare("--subject", "万企兴万村", "-g", graph) == _readme_block("so none shares a rank")
    assert compare("--measure", "调研报告", "-g", graph) == _readme_block("and one measure two localities share")


def test_the_readme_shows_the_real_years_of_the_test_corpus(built):
    assert compare("长宁县", "-g", str(built / "graph.ttl")) == _readme_block("A county's two years").split("\n", 1)[1]
