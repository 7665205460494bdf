"""Specification of ufkg.validate and ontology/shapes.ttl: a well-formed graph passes, each defect is named.

Each broken graph is the small valid graph below with one thing wrong; the violation names the
node at fault, the property (in prefixed form) and what was expected.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import build_reports
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ufkg.graph import RES, UF
from ufkg.validate import Violation, validate_graph

VALID = """
@prefix uf:   <https://w3id.org/ufkg/ontology#> .
@prefix res:  <https://w3id.org/ufkg/resource/> .
@prefix rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .

res:report\\/a a uf:Report ; uf:sourceFile "a.txt" ; uf:coversYear "2022"^^xsd:gYear ;
    uf:coversRegion res:region\\/520300 .

res:region\\/CN a uf:Region ; rdfs:label "中国"@zh ; uf:level "country" ; uf:adminCode "CN" .
res:region\\/520000 a uf:Region ; rdfs:label "贵州省"@zh ; uf:level "province" ; uf:adminCode "520000" ;
    uf:partOf res:region\\/CN .
res:region\\/520300 a uf:Region ; rdfs:label "遵义市"@zh ; skos:altLabel "遵义"@zh ; uf:level "prefecture" ;
    uf:adminCode "520300" ; uf:partOf res:region\\/520000 ; uf:mentionedIn res:report\\/a .
res:region\\/520328 a uf:Region ; rdfs:label "湄潭县"@zh ; uf:level "county" ; uf:adminCode "520328" ;
    uf:partOf res:region\\/520300 ; uf:mentionedIn res:report\\/a .
res:region\\/village a uf:Region ; rdfs:label "某某村"@zh ; uf:level "village" ;
    uf:partOf res:region\\/520328 ; uf:mentionedIn res:report\\/a .

res:party\\/cdl a uf:PoliticalParty ; rdfs:label "中国民主同盟"@zh .
res:party\\/committee a uf:PoliticalParty ; rdfs:label "民盟遵义市委会"@zh ; uf:mentionedIn res:report\\/a ;
    uf:subOrganizationOf res:party\\/cdl ; uf:locatedIn res:region\\/520300 ;
    uf:participatesIn res:initiative\\/wanqi .
res:org\\/firm a uf:Organization , uf:Enterprise ; rdfs:label "某某公司"@zh ; uf:mentionedIn res:report\\/a .

res:initiative\\/wanqi a uf:Initiative ; rdfs:label "万企兴万村"@zh ; skos:altLabel "“万企兴万村”行动"@zh ;
    uf:mentionedIn res:report\\/a ; uf:implementedIn res:region\\/520300 ; uf:hasOutcome res:outcome\\/1 .

res:outcome\\/1 a uf:Outcome ; uf:value "120"^^xsd:decimal ; uf:unit "家" ; uf:counts "民营企业" ;
    uf:measure "民营企业" ; uf:unitFamily "organisations" ;
    uf:qualifier "exact" ; uf:status "achieved" ; uf:period "2022"^^xsd:gYear ; uf:quantityText "120家" ;
    uf:evidence "动员120家民营企业。" ; uf:mentionedIn res:report\\/a .

res:statement\\/1 a uf:Statement ; rdf:subject res:initiative\\/wanqi ; rdf:predicate uf:implementedIn ;
    rdf:object res:region\\/520300 ; uf:statedIn res:report\\/a ; uf:evidence "在遵义市推进万企兴万村。" .
"""

REPORT = RES["report/a"]
COUNTY = RES["region/520328"]
PROVINCE = RES["region/520000"]
INITIATIVE = RES["initiative/wanqi"]
COMMITTEE = RES["party/committee"]
OUTCOME = RES["outcome/1"]
STATEMENT = RES["statement/1"]
DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")  # not rdflib's XSD: pytest trips on its attributes


def valid_graph() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def broken(*changes) -> list[Violation]:
    """The violations of the valid graph after some (add|remove, triple) changes."""
    graph = valid_graph()
    for change, triple in changes:
        graph.add(triple) if change == "add" else graph.remove(triple)
    return validate_graph(graph)


def where(violations, focus: URIRef, path: str) -> list[str]:
    return [v.message for v in violations if v.focus == str(focus) and v.path == path]


# ------------------------------------------------------------------ clean graphs

def test_the_hand_made_graph_is_valid():
    assert validate_graph(valid_graph()) == []


def test_a_region_reached_only_as_a_parent_needs_no_mention():
    graph = valid_graph()
    assert (PROVINCE, UF.mentionedIn, None) not in graph
    assert validate_graph(graph) == []


# ------------------------------------------------------------------ outcomes

def test_an_outcome_with_two_values():
    violations = broken(("add", (OUTCOME, UF.value, Literal("121", datatype=DECIMAL))))
    assert violations == [Violation(str(OUTCOME), "uf:value", "an outcome has exactly one uf:value, an xsd:decimal")]


def test_an_outcome_value_that_is_not_a_decimal():
    violations = broken(("remove", (OUTCOME, UF.value, None)), ("add", (OUTCOME, UF.value, Literal("120"))))
    assert where(violations, OUTCOME, "uf:value") == [
        'an outcome has exactly one uf:value, an xsd:decimal (value: "120")']


@pytest.mark.parametrize("prop, path, value", [(UF.qualifier, "uf:qualifier", "about"),
                                               (UF.status, "uf:status", "done"),
                                               (UF.unitFamily, "uf:unitFamily", "enterprises")])
def test_an_outcome_qualifier_or_status_outside_its_list(prop, path, value):
    violations = broken(("remove", (OUTCOME, prop, None)), ("add", (OUTCOME, prop, Literal(value))))
    assert [(v.focus, v.path) for v in violations] == [(str(OUTCOME), path)]
    assert violations[0].message.endswith(f'(value: "{value}")')


def test_an_outcome_without_its_measure_or_unit_family():
    violations = broken(("remove", (OUTCOME, UF.measure, None)), ("remove", (OUTCOME, UF.unitFamily, None)))
    assert [(v.focus, v.path) for v in violations] == [(str(OUTCOME), "uf:measure"), (str(OUTCOME), "uf:unitFamily")]


def test_an_outcome_with_two_measures():
    violations = broken(("add", (OUTCOME, UF.measure, Literal("企业"))))
    assert where(violations, OUTCOME, "uf:measure") == ["an outcome has exactly one uf:measure, a non-empty string"]


def test_an_outcome_period_that_is_not_a_year():
    violations = broken(("remove", (OUTCOME, UF.period, None)), ("add", (OUTCOME, UF.period, Literal("2022"))))
    assert where(violations, OUTCOME, "uf:period")


def test_an_outcome_without_subject_evidence_or_report():
    violations = broken(("remove", (INITIATIVE, UF.hasOutcome, OUTCOME)), ("remove", (OUTCOME, UF.evidence, None)),
                        ("remove", (OUTCOME, UF.mentionedIn, None)))
    assert [(v.focus, v.path) for v in violations] == [
        (str(OUTCOME), "^uf:hasOutcome"), (str(OUTCOME), "uf:evidence"), (str(OUTCOME), "uf:mentionedIn")]


def test_an_outcome_with_two_subjects():
    violations = broken(("add", (COUNTY, UF.hasOutcome, OUTCOME)))
    assert where(violations, OUTCOME, "^uf:hasOutcome") == ["an outcome has exactly one subject (uf:hasOutcome)"]


def test_an_outcome_of_a_persons_own_work_is_allowed():
    person = RES["person/x"]
    violations = broken(("add", (person, RDF.type, UF.Person)), ("add", (person, RDFS.label, Literal("某某", lang="zh"))),
                        ("add", (person, UF.mentionedIn, REPORT)), ("add", (person, UF.hasOutcome, OUTCOME)))
    assert where(violations, person, "uf:hasOutcome") == []


def test_an_outcome_of_an_outcome_is_not_allowed():
    other = RES["outcome/2"]
    violations = broken(("add", (other, UF.hasOutcome, OUTCOME)))
    assert where(violations, other, "uf:hasOutcome") == [
        "the subject of uf:hasOutcome is an initiative, organisation, region, report, policy or person"]


# ------------------------------------------------------------------ parts of totals (uf:partOfTotal)

PART = RES["outcome/2"]


def with_part(value: str = "80", report: URIRef = REPORT, total: URIRef = OUTCOME) -> list[tuple]:
    """Changes that add 其中80家 as a part of the valid graph's 120家 (or of another node, in another report)."""
    return [("add", triple) for triple in (
        (PART, RDF.type, UF.Outcome), (PART, UF.value, Literal(value, datatype=DECIMAL)), (PART, UF.unit, Literal("家")),
        (PART, UF.qualifier, Literal("exact")), (PART, UF.status, Literal("achieved")),
        (PART, UF.measure, Literal("规上企业")), (PART, UF.unitFamily, Literal("organisations")),
        (PART, UF.evidence, Literal("动员120家民营企业，其中80家规上企业。")), (PART, UF.mentionedIn, report),
        (INITIATIVE, UF.hasOutcome, PART), (PART, UF.partOfTotal, total))]


def test_a_part_of_a_larger_total_in_the_same_report_is_valid():
    assert broken(*with_part()) == []


def test_a_part_equal_to_its_total_is_valid():
    assert broken(*with_part("120")) == []


def test_a_part_larger_than_its_total():
    violations = broken(*with_part("200"))
    assert violations == [Violation(str(OUTCOME), "^uf:partOfTotal/uf:value",
                                    "a part (uf:partOfTotal) is not larger than its total: its uf:value is at most "
                                    'the total\'s (value: "200")')]


def test_a_part_of_an_outcome_of_another_report():
    other = RES["report/b"]
    violations = broken(("add", (other, RDF.type, UF.Report)), ("add", (other, UF.sourceFile, Literal("b.txt"))),
                        *with_part(report=other))
    assert sorted(where(violations, PART, "uf:partOfTotal/uf:mentionedIn")) == [
        f"a part and its total (uf:partOfTotal) are outcomes of the same report (value: <{REPORT}>)",
        f"a part and its total (uf:partOfTotal) are outcomes of the same report (value: <{other}>)"]


def test_a_part_of_something_that_is_not_an_outcome():
    violations = broken(*with_part(total=INITIATIVE))
    assert where(violations, PART, "uf:partOfTotal") == [
        f"uf:partOfTotal points to one uf:Outcome, the direct total (value: <{INITIATIVE}>)"]


def test_only_an_outcome_is_part_of_a_total():
    violations = broken(("add", (COUNTY, UF.partOfTotal, OUTCOME)))
    assert "only a uf:Outcome is uf:partOfTotal another" in where(violations, COUNTY, "uf:partOfTotal")


# ------------------------------------------------------------------ regions

def test_a_county_without_admin_code():
    violations = broken(("remove", (COUNTY, UF.adminCode, None)))
    assert violations == [Violation(str(COUNTY), "uf:adminCode",
                                    "a region at province, prefecture or county level has exactly one 6-digit uf:adminCode")]


def test_a_county_with_a_malformed_admin_code():
    violations = broken(("remove", (COUNTY, UF.adminCode, None)), ("add", (COUNTY, UF.adminCode, Literal("52032"))))
    assert len(where(violations, COUNTY, "uf:adminCode")) == 2


def test_a_country_needs_a_two_letter_code():
    country = RES["region/CN"]
    violations = broken(("remove", (country, UF.adminCode, None)), ("add", (country, UF.adminCode, Literal("100000"))))
    assert "a country has exactly one uf:adminCode of 2 capital letters" in where(violations, country, "uf:adminCode")


def test_a_village_needs_no_admin_code():
    graph = valid_graph()
    assert (RES["region/village"], UF.adminCode, None) not in graph
    assert validate_graph(graph) == []


def test_a_region_with_an_unknown_level():
    violations = broken(("remove", (COUNTY, UF.level, None)), ("add", (COUNTY, UF.level, Literal("district"))))
    assert where(violations, COUNTY, "uf:level")


def test_a_region_part_of_something_that_is_not_a_region():
    violations = broken(("remove", (COUNTY, UF.partOf, None)), ("add", (COUNTY, UF.partOf, INITIATIVE)))
    assert where(violations, COUNTY, "uf:partOf")


def test_a_region_neither_mentioned_nor_a_parent():
    violations = broken(("remove", (RES["region/520300"], UF.partOf, PROVINCE)))
    assert where(violations, PROVINCE, "uf:mentionedIn|^uf:partOf|^uf:locatedIn") == [
        "a region is mentioned in a report, is the uf:partOf parent of a region or the uf:locatedIn place of an entity"]


# ------------------------------------------------------------------ entities

def test_an_entity_without_label():
    violations = broken(("remove", (INITIATIVE, RDFS.label, None)))
    assert violations == [Violation(str(INITIATIVE), "rdfs:label", "an entity has exactly one rdfs:label")]


def test_an_entity_label_not_in_chinese():
    violations = broken(("remove", (INITIATIVE, RDFS.label, None)),
                        ("add", (INITIATIVE, RDFS.label, Literal("Wanqi", lang="en"))))
    assert where(violations, INITIATIVE, "rdfs:label") == ['rdfs:label is a non-empty @zh string (value: "Wanqi"@en)']


def test_an_alt_label_without_language_or_equal_to_the_label():
    violations = broken(("add", (INITIATIVE, SKOS.altLabel, Literal("万企"))),
                        ("add", (INITIATIVE, SKOS.altLabel, Literal("万企兴万村", lang="zh"))))
    assert sorted(where(violations, INITIATIVE, "skos:altLabel")) == [
        'skos:altLabel is a non-empty @zh string (value: "万企")',
        'skos:altLabel repeats the rdfs:label (value: "万企兴万村"@zh)',
    ]


def test_a_name_with_an_unbalanced_quotation_mark():
    violations = broken(("add", (INITIATIVE, SKOS.altLabel, Literal("万企兴万村”行动", lang="zh"))))
    assert where(violations, INITIATIVE, "skos:altLabel") == [
        'skos:altLabel has an unbalanced quotation or book-title mark (value: "万企兴万村”行动"@zh)']


def test_an_initiative_mentioned_in_no_report():
    violations = broken(("remove", (INITIATIVE, UF.mentionedIn, None)))
    assert where(violations, INITIATIVE, "uf:mentionedIn") == ["an entity is mentioned in at least one report"]


def test_an_entity_with_two_scored_classes():
    violations = broken(("add", (INITIATIVE, RDF.type, UF.Policy)))
    assert where(violations, INITIATIVE, "rdf:type") == [
        "an entity asserts exactly one of the scored classes with rdf:type"]


# ------------------------------------------------------------------ links

@pytest.mark.parametrize("subject, predicate, obj, path, message", [
    (RES["party/committee"], UF.implementedIn, COUNTY, "uf:implementedIn",
     "only a uf:Initiative is uf:implementedIn a region"),
    (INITIATIVE, UF.implementedIn, RES["party/cdl"], "uf:implementedIn",
     "uf:implementedIn points to a uf:Region (value: <https://w3id.org/ufkg/resource/party/cdl>)"),
    (INITIATIVE, UF.locatedIn, COUNTY, "uf:locatedIn",
     "only an organisation (party, government body, association, organization) is uf:locatedIn a region"),
    (COMMITTEE, UF.participatesIn, COUNTY, "uf:participatesIn",
     "uf:participatesIn points to a uf:Initiative (value: <https://w3id.org/ufkg/resource/region/520328>)"),
    (COMMITTEE, UF.subOrganizationOf, INITIATIVE, "uf:subOrganizationOf",
     "uf:subOrganizationOf points to an organisation (party, government body, association, organization)"
     " (value: <https://w3id.org/ufkg/resource/initiative/wanqi>)"),
    (REPORT, UF.coversRegion, INITIATIVE, "uf:coversRegion",
     "uf:coversRegion points to a uf:Region (value: <https://w3id.org/ufkg/resource/initiative/wanqi>)"),
])
def test_a_link_with_a_wrong_class_end(subject, predicate, obj, path, message):
    assert broken(("add", (subject, predicate, obj))) == [Violation(str(subject), path, message)]


def test_an_enterprise_is_an_organisation_for_links():
    assert broken(("add", (RES["org/firm"], UF.locatedIn, COUNTY))) == []


# ------------------------------------------------------------------ reports and statements

def test_a_report_with_two_files_or_a_folder_in_its_file_name():
    violations = broken(("add", (REPORT, UF.sourceFile, Literal("x/b.txt"))))
    assert [v.path for v in violations] == ["uf:sourceFile", "uf:sourceFile"]


def test_a_statement_without_its_report_or_subject():
    violations = broken(("remove", (STATEMENT, UF.statedIn, None)), ("remove", (STATEMENT, RDF.subject, None)))
    assert [(v.focus, v.path) for v in violations] == [(str(STATEMENT), "rdf:subject"), (str(STATEMENT), "uf:statedIn")]


def test_violations_come_sorted_by_focus_then_path():
    violations = broken(("remove", (INITIATIVE, RDFS.label, None)), ("remove", (COUNTY, UF.adminCode, None)),
                        ("add", (OUTCOME, UF.value, Literal("1", datatype=DECIMAL))))
    assert violations == sorted(violations, key=lambda v: (v.focus, v.path or "", v.message))
    assert len(violations) == 3


# ------------------------------------------------------------------ a built graph and the CLI

REPORT_TEXT = (
    "同心聚力谱新篇——2022年遵义市统一战线工作综述\n"
    "2022年，遵义市统一战线围绕中心、服务大局，各项工作取得新成效。\n"
    "扎实推进“万企兴万村”行动，动员120家民营企业结对帮扶86个村，投入资金3.5亿元。\n"
    "民盟遵义市委会积极参与“同心助学”行动，在湄潭县捐建图书室12个，捐赠资金60万元。\n"
    "2023年，力争“万企兴万村”行动新增帮扶资金1亿元。\n"
)


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """graph.ttl built by `ufkg build` from one made-up report."""
    return build_reports(tmp_path_factory.mktemp("validate"), {"zunyi.txt": REPORT_TEXT}) / "graph.ttl"


def ufkg(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ufkg.cli", *args], capture_output=True, text=True)


def test_a_built_graph_validates_clean(built):
    assert validate_graph(Graph().parse(built)) == []


def test_cli_validate_exits_0_on_a_clean_graph(built):
    done = ufkg("validate", str(built))
    assert done.returncode == 0
    assert done.stdout.strip().endswith(f"0 violations in {built}")


def test_cli_validate_exits_1_and_names_the_focus_node(built, tmp_path):
    graph = Graph().parse(built)
    county = RES["region/520328"]
    assert (county, UF.adminCode, None) in graph
    graph.remove((county, UF.adminCode, None))
    broken_file = tmp_path / "broken.ttl"
    graph.serialize(broken_file, format="turtle")
    done = ufkg("validate", str(broken_file))
    assert done.returncode == 1
    assert f"{county} uf:adminCode: a region at province, prefecture or county level" in done.stdout
    assert done.stdout.strip().endswith(f"1 violation in {broken_file}")


def test_cli_validate_a_missing_file(tmp_path):
    done = ufkg("validate", str(tmp_path / "nothing.ttl"))
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "nothing.ttl" in done.stderr
