"""graph.html: an offline page whose data cannot break out of its script, coloured by class, laid out once,
compact (every sentence once), byte-stable."""
from __future__ import annotations

import json
import re

import pytest
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import DCTERMS, SKOS

from ufkg import view
from ufkg.graph import RES, UF
from ufkg.layout import SPACING
from ufkg.view import CLASS_STYLE, OUTCOME_KEYS, render_view, script_json

HOSTILE = "</script><script>alert(1)</script>"
HOSTILE_ALT = "<img src=x onerror=alert(2)><!--\u2028&amp;"
SENTENCE = "2023年，市委统战部深入推进“万企兴万村”行动，动员126家民营企业结对帮扶98个村。"

REPORT = RES["report/anshun_2023"]
REGION = RES["region/520400"]
COUNTY = RES["region/520402"]
INITIATIVE = RES["initiative/万企兴万村"]
BODY = RES["body/安顺市委统战部"]
PARTY = RES["party/民盟安顺市委会"]
ENTERPRISE = RES["org/安顺某公司"]
PERSON = RES["person/hostile"]
OUTCOME = RES["outcome/anshun_2023/1"]


def _statement(graph: Graph, name: str, subject, predicate, obj, evidence: str, surface: str | None = None) -> None:
    node = RES[f"statement/{name}"]
    graph.add((node, RDF.type, UF.Statement))
    graph.add((node, RDF.subject, subject))
    graph.add((node, RDF.predicate, predicate))
    graph.add((node, RDF.object, obj))
    graph.add((node, UF.statedIn, REPORT))
    graph.add((node, UF.evidence, Literal(evidence)))
    if surface:
        graph.add((node, UF.surface, Literal(surface)))


def small_graph() -> Graph:
    """A report, entities of six classes (one only by subclass), links, a statement, an outcome, a hostile label."""
    from rdflib.namespace import XSD  # imported here: pytest's collection pokes module globals, and XSD warns
    graph = Graph()
    graph.add((UF.Enterprise, RDFS.subClassOf, UF.Organization))
    graph.add((REPORT, RDF.type, UF.Report))
    graph.add((REPORT, UF.sourceFile, Literal("anshun_2023.txt")))
    graph.add((REPORT, DCTERMS.title, Literal("同心筑梦启新程——2023年安顺市统一战线工作综述", lang="zh")))
    graph.add((REPORT, UF.coversRegion, REGION))
    graph.add((REPORT, UF.coversYear, Literal("2023", datatype=XSD.gYear)))
    for node, cls, label in [(REGION, UF.Region, "安顺市"), (COUNTY, UF.Region, "西秀区"),
                             (INITIATIVE, UF.Initiative, "万企兴万村"), (BODY, UF.GovernmentBody, "安顺市委统战部"),
                             (PARTY, UF.PoliticalParty, "民盟安顺市委会"), (ENTERPRISE, UF.Enterprise, "安顺某公司"),
                             (PERSON, UF.Person, HOSTILE)]:
        graph.add((node, RDF.type, cls))
        graph.add((node, RDFS.label, Literal(label, lang="zh")))
        graph.add((node, UF.mentionedIn, REPORT))
    graph.add((REGION, UF.adminCode, Literal("520400")))
    graph.add((REGION, UF.level, Literal("prefecture")))
    graph.add((REGION, SKOS.altLabel, Literal("安顺", lang="zh")))
    graph.add((PERSON, SKOS.altLabel, Literal(HOSTILE_ALT, lang="zh")))
    graph.add((COUNTY, UF.partOf, REGION))
    graph.add((INITIATIVE, UF.implementedIn, REGION))
    graph.add((BODY, UF.participatesIn, INITIATIVE))
    _statement(graph, "1", INITIATIVE, UF.mentionedIn, REPORT, SENTENCE, "“万企兴万村”行动")
    _statement(graph, "2", INITIATIVE, UF.implementedIn, REGION, SENTENCE)
    _statement(graph, "3", PERSON, UF.mentionedIn, REPORT, f"{HOSTILE} said {HOSTILE_ALT}", HOSTILE)
    graph.add((INITIATIVE, UF.hasOutcome, OUTCOME))
    for prop, value in [(RDF.type, UF.Outcome), (UF.value, Literal("126", datatype=XSD.decimal)),
                        (UF.unit, Literal("家")), (UF.counts, Literal("民营企业")), (UF.qualifier, Literal("exact")),
                        (UF.status, Literal("achieved")), (UF.period, Literal("2023", datatype=XSD.gYear)),
                        (UF.quantityText, Literal("126家民营企业")), (UF.evidence, Literal(SENTENCE)),
                        (UF.mentionedIn, REPORT)]:
        graph.add((OUTCOME, prop, value))
    return graph


@pytest.fixture(scope="module")
def page() -> str:
    return render_view(small_graph())


def page_data(html: str) -> dict:
    """The JSON the page's script reads."""
    match = re.search(r'<script type="application/json" id="ufkg-data">(.*?)</script>', html, re.S)
    assert match, "no data block"
    return json.loads(match.group(1))


def card(data: dict, iri) -> dict:
    """What the page's card shows for an entity or a report: its row with every index read back, as the script does."""
    entities, reports, sentences = data["entities"], data["reports"], data["sentences"]

    def report(number: int) -> str:
        return reports[number]["id"] if number >= 0 else ""

    def outcome(row: list) -> dict:
        fields = dict(zip(OUTCOME_KEYS, row))
        fields["evidence"] = sentences[fields["evidence"]] if fields["evidence"] >= 0 else ""
        fields["reports"] = [report(r) for r in fields["reports"]]
        return fields

    row = next(r for r in entities + reports if r["id"] == str(iri))
    names = [row["label"], *row.get("alt", [])]
    number = entities.index(row) if row in entities else None
    relations = [{"dir": "out" if link[0] == number else "in", "predicate": data["predicates"][link[1]],
                  "other": entities[link[2] if link[0] == number else link[0]]["id"],
                  "evidence": [[report(r), sentences[s]] for r, s in link[3]]}
                 for link in data["links"] if number in (link[0], link[2])]
    return {"label": row["label"], "cls": data["classes"][row["cls"]] if "cls" in row else "Report",
            "alt": row.get("alt", []), "facts": row.get("facts", []),
            "reports": [report(r) for r in row.get("reports", [])],
            "evidence": [[report(r), sentences[s], names[x] if isinstance(x, int) else x]
                         for r, s, x in row.get("evidence", [])],
            "relations": relations, "outcomes": [outcome(o) for o in row.get("outcomes", [])],
            "covers": [entities[e]["id"] for e in row.get("covers", [])], "xy": row.get("xy")}


# --- offline ---------------------------------------------------------------------


def test_page_references_nothing_outside_the_file(page):
    attributes = re.findall(r"""\b(?:src|href|action|poster)\s*=\s*["']?\s*([^"'\s>)]*)""", page, re.I)
    css_urls = re.findall(r"""url\(\s*["']?\s*([^"')\s]*)""", page, re.I)
    for target in attributes + css_urls:
        assert not re.match(r"(?i)(https?:)?//", target), target
    assert "@import" not in page
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"@font-face", page, re.I)


def test_vis_network_is_inlined_and_the_page_stands_alone(page):
    assert "vis-network" in page and "new vis.Network" in page
    assert "default-src 'none'" in page  # the browser refuses any fetch, even one vis might try


# --- escaping ---------------------------------------------------------------------


def test_a_hostile_label_cannot_close_the_script_element(page):
    assert "</script><script>" not in page
    assert "<img src=x" not in page and "<!--\u2028" not in page
    assert "\u2028" not in page and "\u2029" not in page
    assert page.count("</script>") == 3  # vis, the data, the page's own script
    assert "<!--" not in page  # would make the HTML parser skip the next </script>


def test_the_hostile_label_reaches_the_page_intact_as_data(page):
    details = card(page_data(page), PERSON)
    assert details["label"] == HOSTILE
    assert details["alt"] == [HOSTILE_ALT]
    assert details["evidence"] == [[str(REPORT), f"{HOSTILE} said {HOSTILE_ALT}", HOSTILE]]


def test_script_json_escapes_markup_and_line_separators():
    text = script_json({"a": "</script>&<!--\u2028\u2029"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"a": "</script>&<!--\u2028\u2029"}


def test_the_panel_is_built_without_innerhtml(page):
    script = page.split('id="ufkg-data">', 1)[1]
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script


# --- legend and classes --------------------------------------------------------------


def test_every_entity_class_present_gets_its_colour_and_count_in_the_legend(page):
    legend = dict(re.findall(r'data-legend="(\w+)".*?background:(#[0-9a-f]{6})', page))
    present = {"Region", "Initiative", "GovernmentBody", "PoliticalParty", "Organization", "Person"}
    assert legend == {name: CLASS_STYLE[name][0] for name in present}
    assert re.search(r'data-legend="Region".*?<span class="count">2</span>', page)


def test_colours_differ_between_classes():
    colours = [colour for colour, _ in CLASS_STYLE.values()]
    assert len(set(colours)) == len(colours)


def test_a_subclass_instance_is_shown_as_its_scored_class(page):
    assert card(page_data(page), ENTERPRISE)["cls"] == "Organization"


def test_links_between_entities_are_stored_once_with_their_predicate(page):
    data = page_data(page)
    ids = [row["id"] for row in data["entities"]]
    links = {(ids[s], data["predicates"][p], ids[o]) for s, p, o, _ in data["links"]}
    assert links == {(str(INITIATIVE), "implementedIn", str(REGION)), (str(COUNTY), "partOf", str(REGION)),
                     (str(BODY), "participatesIn", str(INITIATIVE))}
    assert len(data["links"]) == 3


def test_reports_outcomes_and_statements_are_not_drawn(page):
    data = page_data(page)
    ids = {row["id"] for row in data["entities"]}
    assert str(OUTCOME) not in ids and str(REPORT) not in ids and not any("/statement/" in i for i in ids)
    assert len(ids) == 7 and all(row.get("xy") for row in data["entities"])
    assert [row["id"] for row in data["reports"]] == [str(REPORT)]


# --- evidence: folded into the cards, each sentence stored once -------------------------------


def test_a_node_brings_its_evidence_relations_and_outcomes(page):
    details = card(page_data(page), INITIATIVE)
    assert details["reports"] == [str(REPORT)]
    assert details["evidence"] == [[str(REPORT), SENTENCE, "“万企兴万村”行动"]]
    relation = next(r for r in details["relations"] if r["predicate"] == "implementedIn")
    assert relation["dir"] == "out" and relation["other"] == str(REGION)
    assert relation["evidence"] == [[str(REPORT), SENTENCE]]
    (outcome,) = details["outcomes"]
    assert outcome["value"] == "126" and outcome["unit"] == "家" and outcome["counts"] == "民营企业"
    assert outcome["evidence"] == SENTENCE and outcome["reports"] == [str(REPORT)]


def test_a_sentence_cited_three_times_is_stored_once(page):
    data = page_data(page)
    assert data["sentences"].count(SENTENCE) == 1
    assert page.count("深入推进") == 1  # mention, relation and outcome all point at the one copy


def test_a_surface_that_is_a_name_is_stored_as_its_index(page):
    (evidence,) = next(row for row in page_data(page)["entities"] if row["id"] == str(PERSON))["evidence"]
    assert evidence[2] == 0  # the label itself, not a second copy of it


def test_a_region_shows_its_code_level_and_alternative_names(page):
    details = card(page_data(page), REGION)
    assert ["adminCode", "520400"] in details["facts"] and ["level", "prefecture"] in details["facts"]
    assert details["alt"] == ["安顺"]
    assert {(r["dir"], r["predicate"]) for r in details["relations"]} >= {("in", "partOf"), ("in", "implementedIn")}


def test_a_report_has_a_card_with_its_title_file_and_region(page):
    details = card(page_data(page), REPORT)
    assert details["label"] == "同心筑梦启新程——2023年安顺市统一战线工作综述" and details["cls"] == "Report"
    assert ["sourceFile", "anshun_2023.txt"] in details["facts"] and details["covers"] == [str(REGION)]


# --- layout, determinism and scale ------------------------------------------------------------


def test_positions_are_in_the_page_and_the_browser_runs_no_physics(page):
    positions = [tuple(row["xy"]) for row in page_data(page)["entities"]]
    assert len(set(positions)) == len(positions)
    assert all(isinstance(c, int) for xy in positions for c in xy)
    assert "physics: {enabled: false}" in page


def test_linked_entities_of_one_locality_sit_together(page):
    data = page_data(page)
    xy = {row["id"]: row["xy"] for row in data["entities"]}
    distance = lambda a, b: ((xy[str(a)][0] - xy[str(b)][0]) ** 2 + (xy[str(a)][1] - xy[str(b)][1]) ** 2) ** .5
    assert distance(INITIATIVE, REGION) <= 2 * SPACING
    assert len({row["group"] for row in data["entities"]}) == 1  # one report: one locality


def test_an_entity_that_reports_of_two_localities_mention_is_drawn_in_the_middle():
    graph = small_graph()
    other = RES["report/xixiu_2023"]
    graph.add((other, RDF.type, UF.Report))
    graph.add((other, UF.coversRegion, COUNTY))
    graph.add((BODY, UF.mentionedIn, other))
    data = page_data(render_view(graph))
    group = {row["id"]: data["groups"][row["group"]] for row in data["entities"]}
    assert group[str(BODY)] == ""  # shared: the middle of the picture
    assert group[str(INITIATIVE)] == str(REGION) and group[str(PARTY)] == str(REGION)
    xy = {row["id"]: row["xy"] for row in data["entities"]}
    assert xy[str(BODY)] == [0, 0]


def test_the_same_graph_gives_the_same_bytes(page):
    shuffled = Graph()
    for triple in sorted(small_graph(), key=lambda t: str(t[::-1]), reverse=True):
        shuffled.add(triple)
    assert render_view(small_graph()) == page
    assert render_view(shuffled) == page


def test_a_graph_over_the_cap_draws_the_best_attested_and_keeps_every_entity_searchable(monkeypatch):
    graph = small_graph()
    graph.add((REGION, UF.mentionedIn, RES["report/other"]))
    graph.add((RES["report/other"], RDF.type, UF.Report))
    monkeypatch.setattr(view, "MAX_NODES", 3)
    html = render_view(graph)
    rows = page_data(html)["entities"]
    assert len(rows) == 7 and sum(1 for row in rows if "xy" in row) == 3
    assert next(row for row in rows if row["id"] == str(REGION)).get("xy")  # mentioned in two reports
    assert "Drawing 3 of 7 entities" in html


def test_an_empty_graph_still_renders():
    html = render_view(Graph())
    assert page_data(html)["entities"] == [] and "</html>" in html
