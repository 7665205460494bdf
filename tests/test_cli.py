"""The `ufkg` command, run as a user runs it: in a subprocess, on reports written for the tests."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from conftest import XIANGTAN, ZUNYI, run_ufkg, write_report

UF = "https://w3id.org/ufkg/ontology#"


def test_build_writes_every_output_and_one_summary_line(built_corpus: Path):
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.html", "graph.graphml", "outcomes.csv"):
        assert (built_corpus / name).stat().st_size > 0, name
    assert (built_corpus / "graph.oxigraph" / "stamp.json").is_file()  # the query store, a cache of graph.ttl


def test_build_summary_names_reports_entities_outcomes_and_triples(corpus: Path, tmp_path: Path):
    result = run_ufkg("build", str(corpus), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert "2 reports read" in lines[0] and "outcomes" in lines[0] and "triples" in lines[0]
    assert "Initiative" in lines[0] and "SHACL" in lines[0]


def test_turtle_parses_back_to_the_triples_of_all_trig_graphs(built_corpus: Path):
    turtle = Graph().parse(built_corpus / "graph.ttl", format="turtle")
    dataset = Dataset().parse(built_corpus / "graph.trig", format="trig")
    union = {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
    assert len(turtle) == len(union)
    assert set(turtle) == union


def test_trig_has_one_named_graph_per_report_named_by_its_iri(built_corpus: Path):
    dataset = Dataset().parse(built_corpus / "graph.trig", format="trig")
    reports = set(Graph().parse(built_corpus / "graph.ttl").subjects(URIRef(
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(UF + "Report")))
    named = {g.identifier for g in dataset.graphs() if g.identifier != dataset.default_graph.identifier
             and len(g)}
    assert len(reports) == 2
    assert named == reports


def test_jsonld_holds_the_same_triples(built_corpus: Path):
    turtle = Graph().parse(built_corpus / "graph.ttl", format="turtle")
    jsonld = Dataset().parse(built_corpus / "graph.jsonld", format="json-ld")
    assert len({(s, p, o) for s, p, o, _ in jsonld.quads((None, None, None, None))}) == len(turtle)


def test_two_builds_are_byte_identical(corpus: Path, tmp_path: Path):
    for out in ("a", "b"):
        assert run_ufkg("build", str(corpus), "-o", str(tmp_path / out), "-q").returncode == 0
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.html", "graph.graphml", "outcomes.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_build_without_arguments_reads_data_and_writes_output(tmp_path: Path):
    write_report(tmp_path / "data", "report.txt", ZUNYI)
    result = run_ufkg("build", "--quiet", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "output" / "graph.ttl").is_file()


def test_query_counts_the_same_triples_as_rdflib(built_corpus: Path):
    graph = built_corpus / "graph.ttl"
    result = run_ufkg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-g", str(graph), "-f", "json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert int(answer["results"]["bindings"][0]["n"]["value"]) == len(Graph().parse(graph))


def test_query_formats_follow_sparql_results(built_corpus: Path):
    query = ("SELECT ?label WHERE { ?i a uf:Initiative ; rdfs:label ?label } ORDER BY ?label")
    graph = str(built_corpus / "graph.ttl")
    as_json = json.loads(run_ufkg("query", query, "-g", graph, "-f", "json").stdout)
    assert as_json["head"]["vars"] == ["label"]
    labels = [row["label"]["value"] for row in as_json["results"]["bindings"]]
    assert "万企兴万村" in labels and "同心助学" in labels
    assert as_json["results"]["bindings"][0]["label"]["xml:lang"] == "zh"
    as_csv = list(csv.reader(io.StringIO(run_ufkg("query", query, "-g", graph, "-f", "csv").stdout)))
    assert as_csv[0] == ["label"] and [row[0] for row in as_csv[1:]] == labels
    table = run_ufkg("query", query, "-g", graph).stdout.splitlines()
    assert table[0].strip() == "label" and set(table[1]) == {"-"}
    assert table[-1] == f"({len(labels)} rows)"


def test_query_reads_a_rq_file(built_corpus: Path, tmp_path: Path):
    path = tmp_path / "regions.rq"
    path.write_text("SELECT ?r WHERE { ?r a uf:Region ; uf:adminCode ?code }", encoding="utf-8")
    result = run_ufkg("query", str(path), "-g", str(built_corpus / "graph.ttl"), "-f", "csv")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) > 2


def test_one_report_shared_initiative_is_one_node(built_corpus: Path):
    result = run_ufkg("query", "SELECT DISTINCT ?i WHERE { ?i a uf:Initiative ; rdfs:label ?l . FILTER(CONTAINS(?l, '万企兴万村')) }",
                      "-g", str(built_corpus / "graph.ttl"), "-f", "csv")
    assert len(result.stdout.strip().splitlines()) == 2  # header and one node, named by both reports


def test_outcomes_csv_opens_in_a_spreadsheet(built_corpus: Path):
    data = (built_corpus / "outcomes.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM, so spreadsheet programs read UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    money = [row for row in rows if row["unit"] == "CNY" and row["report_file"] == "zunyi_2023.txt"]
    assert [row["value"] for row in money] == ["260000000"]
    assert money[0]["subject"] == "万企兴万村" and money[0]["status"] == "achieved"
    target = [row for row in rows if row["status"] == "target"]
    assert [(row["value"], row["period"]) for row in target] == [("50", "2024")]


# ---------------------------------------------------------------- user errors: one line, no traceback


def _one_line_error(result) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_invalid_query_exits_2_with_one_line(built_corpus: Path):
    result = run_ufkg("query", "SELEKT ?x WHERE {", "-g", str(built_corpus / "graph.ttl"))
    assert result.returncode == 2
    assert "invalid SPARQL" in _one_line_error(result)


def test_update_is_refused_and_changes_nothing(built_corpus: Path):
    graph = built_corpus / "graph.ttl"
    before = graph.read_bytes()
    result = run_ufkg("query", "DELETE WHERE { ?s ?p ?o }", "-g", str(graph))
    assert result.returncode == 2
    assert "read-only" in _one_line_error(result)
    assert graph.read_bytes() == before


def test_missing_graph_exits_2(tmp_path: Path):
    result = run_ufkg("query", "SELECT * WHERE { ?s ?p ?o }", "-g", str(tmp_path / "none.ttl"))
    assert result.returncode == 2
    assert "graph not found" in _one_line_error(result)


def test_missing_input_folder_exits_2(tmp_path: Path):
    result = run_ufkg("build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "input not found" in _one_line_error(result)
    assert not (tmp_path / "out").exists()


def test_folder_without_readable_report_exits_nonzero(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_bytes(b"")
    result = run_ufkg("build", str(tmp_path / "empty"), "-o", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "no readable report" in result.stderr.strip().splitlines()[-1]
    assert "Traceback" not in result.stderr


def test_a_bad_file_is_named_and_the_good_ones_build(corpus: Path, tmp_path: Path):
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    result = run_ufkg("build", str(corpus), "-o", str(tmp_path / "out"), "-q")
    assert result.returncode == 0
    assert "broken.txt" in result.stderr and "Traceback" not in result.stderr
    assert "2 reports read, 1 skipped" in result.stdout


def test_unknown_option_is_one_line(tmp_path: Path):
    result = run_ufkg("build", "--frobnicate")
    assert result.returncode == 2
    assert "unrecognized arguments" in _one_line_error(result)


def test_gbk_report_is_read(built_corpus: Path):
    graph = Graph().parse(built_corpus / "graph.ttl")
    titles = {str(o) for o in graph.objects(None, URIRef("http://purl.org/dc/terms/title"))}
    assert XIANGTAN.splitlines()[0] in titles


def test_a_big5_report_in_traditional_characters(tmp_path: Path):
    text = "2022年綿陽市統一戰線工作綜述\n市委統戰部深入推進“萬企興萬村”行動，動員120家民營企業結對幫扶。\n"
    write_report(tmp_path / "in", "trad.txt", text, encoding="big5")
    assert run_ufkg("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q").returncode == 0
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    labels = {str(o) for o in graph.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    alt = {str(o) for o in graph.objects(None, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}
    assert "万企兴万村" in labels and "“萬企興萬村”行動" in alt  # matched simplified, kept as written
    assert "绵阳市委统战部" in labels and "市委統戰部" in alt
    evidence = {str(o) for o in graph.objects(None, URIRef(UF + "evidence"))}
    assert text.splitlines()[1] in evidence
    counts = {str(o) for o in graph.objects(None, URIRef(UF + "counts"))}
    assert counts == {"民營企業"}


def test_a_query_that_fails_while_running_is_one_line(built_corpus: Path):
    result = run_ufkg("query", "SELECT * WHERE { SERVICE <urn:nowhere> { ?s ?p ?o } }",
                      "-g", str(built_corpus / "graph.ttl"))
    assert result.returncode == 2
    assert _one_line_error(result).startswith("ufkg: query failed")


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def test_query_answers_the_same_from_the_store_and_from_a_copied_graph(built_corpus: Path, tmp_path: Path):
    query = "SELECT ?label ?code WHERE { ?r a uf:Region ; rdfs:label ?label ; uf:adminCode ?code } ORDER BY ?code"
    stored = run_ufkg("query", query, "-g", str(built_corpus / "graph.ttl"))
    assert stored.returncode == 0, stored.stderr
    assert "遵义市" in stored.stdout and "520300" in stored.stdout
    for name in ("graph.ttl", "graph.trig", "graph.jsonld"):
        copy = tmp_path / name  # no store beside it: the file itself is read
        copy.write_bytes((built_corpus / name).read_bytes())
        assert run_ufkg("query", query, "-g", str(copy)).stdout == stored.stdout, name


def test_query_never_answers_from_a_store_that_belongs_to_another_graph(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    assert run_ufkg("build", str(corpus), "-o", str(out), "-q").returncode == 0
    before = int(json.loads(run_ufkg("query", COUNT, "-g", str(out / "graph.ttl"), "-f", "json").stdout)
                 ["results"]["bindings"][0]["n"]["value"])
    graph = Graph().parse(out / "graph.ttl")
    graph.add((URIRef("https://example.org/x"), URIRef(UF + "note"), URIRef("https://example.org/y")))
    (out / "graph.ttl").write_text(graph.serialize(format="turtle"), encoding="utf-8")  # edited by hand
    after = json.loads(run_ufkg("query", COUNT, "-g", str(out / "graph.ttl"), "-f", "json").stdout)
    assert int(after["results"]["bindings"][0]["n"]["value"]) == before + 1


def test_query_reads_a_graph_that_only_rdflib_accepts(tmp_path: Path):
    graph = tmp_path / "loose.ttl"  # an IRI with a space: Oxigraph refuses it, rdflib reads it
    graph.write_text('<http://example.org/a b> <http://example.org/p> "x" .\n', encoding="utf-8")
    result = run_ufkg("query", COUNT, "-g", str(graph), "-f", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["n", "1"]


def test_update_is_refused_on_a_graph_without_a_store(built_corpus: Path, tmp_path: Path):
    copy = tmp_path / "graph.trig"
    copy.write_bytes((built_corpus / "graph.trig").read_bytes())
    result = run_ufkg("query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "-g", str(copy))
    assert result.returncode == 2
    assert "read-only" in _one_line_error(result)


def test_verbose_names_each_file_and_quiet_says_nothing_more(corpus: Path, tmp_path: Path):
    verbose = run_ufkg("build", str(corpus), "-o", str(tmp_path / "v"), "--verbose")
    assert verbose.returncode == 0
    assert "xiangtan_2022.txt" in verbose.stderr and "zunyi_2023.txt" in verbose.stderr
    quiet = run_ufkg("build", str(corpus), "-o", str(tmp_path / "q"), "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_a_failed_write_leaves_the_previous_outputs_whole(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    assert run_ufkg("build", str(corpus), "-o", str(out), "-q").returncode == 0
    before = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.trig")}
    (out / "graph.html").unlink()
    (out / "graph.html").mkdir()  # a folder where a file must go: the write fails
    result = run_ufkg("build", str(corpus), "-o", str(out), "-q")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert {name: (out / name).read_bytes() for name in before} == before
    Graph().parse(out / "graph.ttl", format="turtle")
    from ufkg.store import open_store

    assert open_store(out / "graph.ttl") is not None  # the store of the previous build, put back


def test_word_and_web_reports_build_with_their_regions(tmp_path: Path):
    import docx

    folder = tmp_path / "in"
    folder.mkdir()
    document = docx.Document()
    document.add_heading("2023年遵义市统一战线工作综述", level=1)
    document.add_paragraph("市委统战部深入推进“万企兴万村”行动，动员126家民营企业参与。")
    document.save(folder / "zunyi.docx")
    page = ("<html><head><meta charset='utf-8'><title>2022年湘潭市统一战线工作综述</title></head><body>"
            "<nav><a href='/'>首页</a> <a href='/news'>新闻中心</a></nav><article><h1>2022年湘潭市统一战线工作综述</h1>"
            "<p>市工商联深入开展“光彩助农”活动，帮助销售农产品2000万元。</p>"
            "<p>全市统一战线凝心聚力，各项工作取得新成效，为湘潭高质量发展汇聚了力量。</p></article>"
            "<footer>版权所有 湘潭市委统战部</footer></body></html>")
    (folder / "xiangtan.html").write_text(page, encoding="utf-8")
    result = run_ufkg("build", str(folder), "-o", str(tmp_path / "out"), "-q")
    assert result.returncode == 0, result.stderr
    assert "2 reports read" in result.stdout
    rows = run_ufkg("query", "SELECT ?file ?region WHERE { ?r uf:sourceFile ?file ; uf:coversRegion/rdfs:label ?region }"
                    " ORDER BY ?file", "-g", str(tmp_path / "out" / "graph.ttl"), "-f", "csv").stdout.split()
    assert rows == ["file,region", "xiangtan.html,湘潭市", "zunyi.docx,遵义市"]


def test_bombs_beside_good_reports_are_named_and_skipped(corpus: Path, tmp_path: Path):
    import bombs

    bombs.docx_bomb(corpus / "bomb.docx", 80 * 1024 * 1024)  # the real limit is 64 MB a part
    (corpus / "bomb.pdf").write_bytes(bombs.pdf_bomb(40 * 1024 * 1024, unit=b" " * 64))
    (corpus / "deep.html").write_bytes(bombs.nested_html(10_000))
    result = run_ufkg("build", str(corpus), "-o", str(tmp_path / "out"), "-q")
    assert result.returncode == 0, result.stderr
    assert "2 reports read, 3 skipped" in result.stdout
    lines = result.stderr.splitlines()
    assert any("bomb.docx" in line and "part word/document.xml inflates to" in line for line in lines)
    assert any("bomb.pdf" in line and "a stream inflates beyond pypdf's bounds" in line for line in lines)
    assert any("deep.html" in line and "tags nested 250 or more deep" in line for line in lines)
    assert "Traceback" not in result.stderr


def test_the_default_corpus_builds_with_no_shacl_violation(tmp_path: Path):
    """The seeds in data/, the newcomer's first build: every fact the shapes check holds."""
    data = Path(__file__).resolve().parent.parent / "data"
    result = run_ufkg("build", str(data), "-o", str(tmp_path / "out"), "--no-cache")
    assert result.returncode == 0, result.stderr
    assert "5 reports read" in result.stdout and " 0 SHACL violations" in result.stdout, result.stdout
