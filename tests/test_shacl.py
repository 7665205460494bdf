"""ufkg.shacl finds exactly what pyshacl finds with ontology/shapes.ttl.

The reference is pyshacl on the same graph (validate_with_pyshacl); the graphs are the small valid
graph of test_validate with deliberate defects, a few hundred seeded random ones, and a built graph.
"""
from __future__ import annotations

import random

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from test_validate import PART, REPORT_TEXT, VALID, with_part
from conftest import build_reports, run_ufkg
from ufkg.graph import RES, UF
from ufkg.shacl import compile_shapes
from ufkg.validate import compiled_shapes, validate_graph, validate_with_pyshacl

XSD_NS = "http://www.w3.org/2001/XMLSchema#"
OUTCOME, COUNTY, INITIATIVE = RES["outcome/1"], RES["region/520328"], RES["initiative/wanqi"]
COMMITTEE, REPORT, STATEMENT = RES["party/committee"], RES["report/a"], RES["statement/1"]


def valid_graph() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def changed(*changes) -> Graph:
    graph = valid_graph()
    for change, triple in changes:
        graph.add(triple) if change == "add" else graph.remove(triple)
    return graph


def same_as_pyshacl(graph: Graph):
    fast = validate_graph(graph)
    assert fast == validate_with_pyshacl(graph)
    return fast


def test_the_shapes_compile_so_the_direct_checker_is_used():
    assert compiled_shapes() is not None


def test_shapes_with_a_feature_it_does_not_know_fall_back_to_pyshacl():
    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s> a sh:NodeShape ; sh:targetClass <urn:C> ;
            sh:property [ sh:path <urn:p> ; sh:uniqueLang true ; sh:message "m" ] .""", format="turtle")
    assert compile_shapes(shapes) is None


DEFECTS = {
    "valid": [],
    "outcome without subject": [("remove", (INITIATIVE, UF.hasOutcome, OUTCOME))],
    "outcome with two subjects": [("add", (COUNTY, UF.hasOutcome, OUTCOME))],
    "outcome value missing": [("remove", (OUTCOME, UF.value, None))],
    "outcome value not a decimal": [("remove", (OUTCOME, UF.value, None)), ("add", (OUTCOME, UF.value, Literal("120")))],
    "outcome value ill-typed": [("remove", (OUTCOME, UF.value, None)),
                                ("add", (OUTCOME, UF.value, Literal("lots", datatype=URIRef(XSD_NS + "decimal"))))],
    "outcome status outside its list": [("remove", (OUTCOME, UF.status, None)), ("add", (OUTCOME, UF.status, Literal("done")))],
    "outcome empty unit": [("remove", (OUTCOME, UF.unit, None)), ("add", (OUTCOME, UF.unit, Literal("")))],
    "outcome of a person": [("add", (RES["person/x"], RDF.type, UF.Person)), ("add", (RES["person/x"], UF.hasOutcome, OUTCOME))],
    "outcome in no report": [("remove", (OUTCOME, UF.mentionedIn, None))],
    "county without code": [("remove", (COUNTY, UF.adminCode, None))],
    "county with a short code": [("remove", (COUNTY, UF.adminCode, None)), ("add", (COUNTY, UF.adminCode, Literal("52032")))],
    "country with a numeric code": [("remove", (RES["region/CN"], UF.adminCode, None)),
                                    ("add", (RES["region/CN"], UF.adminCode, Literal("100000")))],
    "region with two levels": [("add", (COUNTY, UF.level, Literal("village")))],
    "region part of an initiative": [("add", (COUNTY, UF.partOf, INITIATIVE))],
    "initiative part of a region": [("add", (INITIATIVE, UF.partOf, COUNTY))],
    "region neither mentioned nor a parent": [("remove", (RES["region/520300"], UF.partOf, None))],
    "entity without label": [("remove", (INITIATIVE, RDFS.label, None))],
    "label in English": [("remove", (INITIATIVE, RDFS.label, None)), ("add", (INITIATIVE, RDFS.label, Literal("Wanqi", lang="en")))],
    "label tagged zh-Hans": [("remove", (INITIATIVE, RDFS.label, None)),
                             ("add", (INITIATIVE, RDFS.label, Literal("万企兴万村", lang="zh-hans")))],
    "alt label equal to the label": [("add", (INITIATIVE, SKOS.altLabel, Literal("万企兴万村", lang="zh")))],
    "unbalanced quotes": [("add", (INITIATIVE, SKOS.altLabel, Literal("万企兴万村”行动", lang="zh"))),
                          ("add", (COUNTY, RDFS.label, Literal("《湄潭县", lang="zh")))],
    "two scored classes": [("add", (INITIATIVE, RDF.type, UF.Policy))],
    "no scored class through a subclass": [("remove", (RES["org/firm"], RDF.type, UF.Organization)),
                                           ("add", (UF.Enterprise, RDFS.subClassOf, UF.Organization))],
    "enterprise located in a county": [("add", (RES["org/firm"], UF.locatedIn, COUNTY))],
    "initiative located in a county": [("add", (INITIATIVE, UF.locatedIn, COUNTY))],
    "committee part of an initiative": [("add", (COMMITTEE, UF.subOrganizationOf, INITIATIVE))],
    "participation in a region": [("add", (COMMITTEE, UF.participatesIn, COUNTY))],
    "a literal where a node belongs": [("add", (COMMITTEE, UF.subOrganizationOf, Literal("民盟")))],
    "a blank node mentioned in an initiative": [("add", (BNode("b1"), UF.mentionedIn, INITIATIVE))],
    "report with a folder in its file name": [("add", (REPORT, UF.sourceFile, Literal("x/b.txt")))],
    "report covering an initiative": [("add", (REPORT, UF.coversRegion, INITIATIVE))],
    "region covering a region": [("add", (COUNTY, UF.coversRegion, COUNTY))],
    "statement without report or subject": [("remove", (STATEMENT, UF.statedIn, None)), ("remove", (STATEMENT, RDF.subject, None))],
    "statement with a literal subject and two predicates": [
        ("remove", (STATEMENT, RDF.subject, None)), ("add", (STATEMENT, RDF.subject, Literal("x"))),
        ("add", (STATEMENT, RDF.predicate, UF.locatedIn))],
    "statement with empty evidence": [("remove", (STATEMENT, UF.evidence, None)), ("add", (STATEMENT, UF.evidence, Literal("")))],
    "year that is not a gYear": [("remove", (REPORT, UF.coversYear, None)), ("add", (REPORT, UF.coversYear, Literal(2022)))],
    "part of a larger total": with_part(),
    "part larger than its total": with_part("200"),
    "part of a total in another report": [("add", (RES["report/b"], RDF.type, UF.Report)),
                                          ("add", (RES["report/b"], UF.sourceFile, Literal("b.txt"))),
                                          *with_part(report=RES["report/b"])],
    "part of an initiative": with_part(total=INITIATIVE),
    "part of two totals": [*with_part(), ("add", (PART, UF.partOfTotal, RES["outcome/3"])),
                           ("add", (RES["outcome/3"], RDF.type, UF.Outcome))],
    "region part of a total": [("add", (COUNTY, UF.partOfTotal, OUTCOME))],
    "part with a string value": [*with_part(), ("remove", (PART, UF.value, None)), ("add", (PART, UF.value, Literal("80")))],
    "part whose total has no value": [*with_part(), ("remove", (OUTCOME, UF.value, None))],
}


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_a_deliberate_defect_gives_the_same_violations(name):
    violations = same_as_pyshacl(changed(*DEFECTS[name]))
    assert (violations == []) == (name in {"valid", "enterprise located in a county", "label tagged zh-Hans",
                                           "part of a larger total"})


def random_defects_found(rng, triples, rounds, remove_share, nodes, predicates, objects) -> list:
    """The violations of `rounds` graphs, each the triples with one to three random removals or additions;
    the direct checker must find exactly what pyshacl finds in every one."""
    found = []
    for _ in range(rounds):
        graph = Graph()
        for triple in triples:
            graph.add(triple)
        for _ in range(rng.randint(1, 3)):
            if rng.random() < remove_share:
                graph.remove(rng.choice(triples))
            else:
                graph.add((rng.choice(nodes), rng.choice(predicates), rng.choice(objects)))
        fast, reference = validate_graph(graph), validate_with_pyshacl(graph)
        assert fast == reference
        found.append(fast)
    return found


def test_seeded_random_defects_give_the_same_violations():
    """Random removals and additions of typed, untyped, tagged, blank and misplaced terms."""
    rng = random.Random(11)
    base = valid_graph()
    triples = sorted(base, key=lambda t: tuple(map(str, t)))
    nodes = sorted({t[0] for t in triples} | {o for _, _, o in triples if isinstance(o, URIRef)}, key=str)
    predicates = sorted({t[1] for t in triples} | {UF.partOf, UF.coversRegion, UF.locatedIn, UF.hasOutcome}, key=str)
    literals = [Literal("2022", datatype=URIRef(XSD_NS + "gYear")), Literal("x", datatype=URIRef(XSD_NS + "decimal")),
                Literal("county"), Literal("某某", lang="zh"), Literal("“某某", lang="zh"), Literal("AB"),
                Literal(""), Literal(3), BNode("b")]
    objects = nodes + literals + [UF.Region, UF.Initiative, UF.Report, UF.Person]
    found = random_defects_found(rng, triples, 120, 0.5, nodes, predicates, objects)
    assert sum(bool(violations) for violations in found) > 60  # most random defects are found at all


def test_seeded_random_defects_of_parts_and_totals_give_the_same_violations():
    """Random changes to a graph with a part and its total: values, units, reports and links moved about."""
    rng = random.Random(14)
    base = changed(*with_part())
    triples = sorted(base, key=lambda t: tuple(map(str, t)))
    nodes = [OUTCOME, PART, RES["outcome/3"], REPORT, RES["report/b"], INITIATIVE, COUNTY]
    predicates = [UF.partOfTotal, UF.value, UF.mentionedIn, UF.unit, RDF.type]
    objects = nodes + [UF.Outcome, UF.Report, Literal("2022", datatype=URIRef(XSD_NS + "gYear")),
                       Literal("x", datatype=URIRef(XSD_NS + "decimal")), Literal("80"), Literal("家"), Literal(3)]
    objects += [Literal(str(value), datatype=URIRef(XSD_NS + "decimal")) for value in (0, 80, 120, 121, 300)]
    found = random_defects_found(rng, triples, 80, 0.4, nodes, predicates, objects)
    assert sum(any("partOfTotal" in (v.path or "") for v in violations) for violations in found) > 20  # exercised


def test_a_built_graph_gives_the_same_violations_none(tmp_path):
    graph = Graph().parse(build_reports(tmp_path, {"zunyi.txt": REPORT_TEXT}) / "graph.ttl")
    assert same_as_pyshacl(graph) == []
    county = RES["region/520328"]
    graph.remove((county, UF.adminCode, None))
    for outcome in list(graph.subjects(RDF.type, UF.Outcome))[:2]:
        graph.remove((None, UF.hasOutcome, outcome))
    violations = same_as_pyshacl(graph)
    assert [v.path for v in violations].count("^uf:hasOutcome") == 2
    assert (str(county), "uf:adminCode") in {(v.focus, v.path) for v in violations}


def test_a_province_only_named_inside_a_companys_name_places_it_without_a_violation(tmp_path):
    text = ("2023年漳浦县工商联工作总结\n漳浦县工商联组织会员企业开展捐赠，浙江兴农集团有限公司出资50万元。\n")
    graph = Graph().parse(build_reports(tmp_path, {"zhangpu.txt": text}) / "graph.ttl")
    province = RES["region/330000"]
    assert (None, UF.locatedIn, province) in graph and (province, UF.mentionedIn, None) not in graph
    assert same_as_pyshacl(graph) == []


def test_validation_reads_triples_as_well_as_a_graph():
    graph = changed(*DEFECTS["outcome without subject"])
    assert validate_graph(iter(graph)) == validate_graph(graph) != []



def test_a_build_that_names_a_zone_with_no_code_is_valid(tmp_path):
    out = build_reports(tmp_path, {"dalian.txt": "2022年大连市统一战线工作综述\n市委统战部赴凯旋新区调研，走访企业12家。\n"})
    result = run_ufkg("validate", str(out / "graph.ttl"))
    assert result.returncode == 0, result.stdout


def test_a_province_only_named_inside_a_name_that_places_nothing_leaves_no_node(tmp_path):
    text = "2023年甘孜州工商联工作总结\n甘孜州工商联邀请西藏商会来甘孜考察，签约项目3个。\n"
    graph = Graph().parse(build_reports(tmp_path, {"ganzi.txt": text}) / "graph.ttl")
    assert (RES["region/540000"], None, None) not in graph
    assert same_as_pyshacl(graph) == []
