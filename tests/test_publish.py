"""`ufkg publish` against a real Oxigraph server on loopback, and against small stand-in servers for failures."""
from __future__ import annotations

import base64
import http.server
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from conftest import build_reports, run_ufkg

from ufkg.publish import MANIFEST, batches

LISHUI = """携手同心谱新篇——2023年丽水市统一战线工作综述
市委统战部牵头开展“同心共富”行动，组织43家民营企业结对帮扶61个村，落实帮扶资金8600万元。
民盟丽水市委会开展“烛光行动”，培训乡村教师350人次。
丽水统战2024-1-20
"""

JIUJIANG = """凝聚共识促发展——2022年九江市统一战线工作情况
九江市工商联组织开展“千企帮千村”活动，参与企业75家，投入资金1.2亿元。
农工党九江市委会开展义诊活动12场，服务群众3000余人。
九江统战2023-1-8
"""

BAOJI = """同心筑梦——2023年宝鸡市统一战线工作总结
宝鸡市委统战部推进“同心助学”工程，资助困难学生800余名。
致公党宝鸡市支部引进项目5个，协调资金2000万元。
宝鸡统战2024-2-2
"""

REPORTS = {"lishui_2023.txt": LISHUI, "jiujiang_2022.txt": JIUJIANG, "baoji_2023.txt": BAOJI}

COUNT_PER_GRAPH = ("SELECT ?g (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } "
                   "GROUP BY ?g")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def oxigraph_command() -> str:
    beside_python = Path(sys.executable).parent / "oxigraph"
    found = str(beside_python) if beside_python.exists() else shutil.which("oxigraph")
    assert found, "the oxigraph server is part of the test extra: pip install -e '.[test]'"
    return found


@pytest.fixture
def oxigraph(tmp_path: Path):
    """A real `oxigraph serve` on a free loopback port with its store in tmp_path; stopped however the test ends."""
    port = free_port()
    log = (tmp_path / "oxigraph.log").open("wb")
    server = subprocess.Popen([oxigraph_command(), "serve", "--location", str(tmp_path / "store"),
                               "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):  # bounded: at most about 20 s for the server to answer
            if server.poll() is not None:
                pytest.fail(f"oxigraph exited with {server.returncode}: {(tmp_path / 'oxigraph.log').read_text()}")
            try:
                urllib.request.urlopen(base + "/", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("oxigraph did not answer on " + base)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def counts_on_server(base: str) -> dict[str, int]:
    """Triples per graph on the server, by SPARQL over HTTP ('' for the default graph), the manifest left out."""
    url = f"{base}/query?" + urllib.parse.urlencode({"query": COUNT_PER_GRAPH})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        rows = json.load(response)["results"]["bindings"]
    counts = {row.get("g", {}).get("value", ""): int(row["n"]["value"]) for row in rows}
    counts.pop(str(MANIFEST), None)
    return counts


def counts_in_trig(path: Path) -> dict[str, int]:
    """Triples per graph of graph.trig as rdflib reads it ('' for the default graph)."""
    dataset = Dataset().parse(path, format="trig")
    return {"" if graph.identifier == DATASET_DEFAULT_GRAPH_ID else str(graph.identifier): len(graph)
            for graph in dataset.graphs() if len(graph)}


def graph_on_server(base: str, name: str) -> Graph:
    url = f"{base}/store?" + urllib.parse.urlencode({"graph": name})
    request = urllib.request.Request(url, headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return Graph().parse(data=response.read().decode("utf-8"), format="nt")


@pytest.fixture(scope="module")
def three_reports(tmp_path_factory) -> Path:
    """The output folder of a real build over three small reports written for these tests."""
    return build_reports(tmp_path_factory.mktemp("publish-three"), REPORTS)


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory) -> Path:
    """The same corpus with the Baoji report removed."""
    return build_reports(tmp_path_factory.mktemp("publish-two"),
                         {name: text for name, text in REPORTS.items() if name != "baoji_2023.txt"})


def publish(outdir: Path, base: str, *options: str):
    return run_ufkg("publish", str(outdir), "--endpoint", f"{base}/store", *options)


def test_the_server_holds_every_graph_of_graph_trig_with_its_triples(oxigraph: str, three_reports: Path):
    result = publish(three_reports, oxigraph)
    assert result.returncode == 0, result.stderr
    expected = counts_in_trig(three_reports / "graph.trig")
    assert len(expected) == 4  # three report graphs and the default graph
    assert counts_on_server(oxigraph) == expected
    assert result.stdout.strip().splitlines() == [
        f"ufkg: published 3 report graphs and the default graph ({sum(expected.values())} quads, 6 requests) "
        f"to {oxigraph}/store"]
    dataset = Dataset().parse(three_reports / "graph.trig", format="trig")
    report = next(name for name in expected if name)
    assert set(graph_on_server(oxigraph, report)) == set(dataset.graph(URIRef(report)))


def test_publishing_twice_replaces_rather_than_adds(oxigraph: str, three_reports: Path):
    assert publish(three_reports, oxigraph).returncode == 0
    once = counts_on_server(oxigraph)
    second = publish(three_reports, oxigraph, "--batch-size", "40")  # batches of a graph add up to one copy too
    assert second.returncode == 0, second.stderr
    assert counts_on_server(oxigraph) == once == counts_in_trig(three_reports / "graph.trig")


def test_a_report_removed_from_the_corpus_is_removed_from_the_server(oxigraph: str, three_reports: Path,
                                                                      two_reports: Path):
    assert publish(three_reports, oxigraph).returncode == 0
    result = publish(two_reports, oxigraph)
    assert result.returncode == 0, result.stderr
    before, after = counts_in_trig(three_reports / "graph.trig"), counts_in_trig(two_reports / "graph.trig")
    (gone,) = set(before) - set(after)
    assert counts_on_server(oxigraph) == after
    assert gone not in counts_on_server(oxigraph)
    assert "removed 1 graph of reports no longer built" in result.stdout
    listed = {str(name) for name in graph_on_server(oxigraph, str(MANIFEST)).objects()}
    assert listed == set(after) - {""}


def test_graphs_with_blank_nodes_are_published_once_however_often_and_in_small_batches(oxigraph: str,
                                                                                       tmp_path: Path):
    (tmp_path / "graph.trig").write_text("""
@prefix ex: <http://example.org/> .
ex:a ex:address [ ex:street "中山路1号" ; ex:city [ ex:name "丽水" ] ] ; ex:label "甲" .
ex:b ex:address [ ex:street "人民路2号" ] .
ex:r1 { ex:x ex:measure [ ex:value 12 ; ex:unit "家" ] . ex:x ex:note "无空白节点" . }
ex:r2 { [] ex:knows [] . }
""", encoding="utf-8")
    expected = counts_in_trig(tmp_path / "graph.trig")
    for _ in range(3):
        result = publish(tmp_path, oxigraph, "--batch-size", "2")
        assert result.returncode == 0, result.stderr
        assert counts_on_server(oxigraph) == expected
    default = graph_on_server(oxigraph, "http://example.org/r1")
    assert len(set(default.objects(URIRef("http://example.org/x"), URIRef("http://example.org/measure")))) == 1


def test_a_closed_port_is_one_line_naming_the_endpoint_and_nothing_published(three_reports: Path):
    url = f"http://127.0.0.1:{free_port()}/store"
    result = run_ufkg("publish", str(three_reports), "--endpoint", url)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert url in lines[0] and "no HTTP response" in lines[0] and "nothing was published" in lines[0]


def test_a_build_folder_without_graph_trig_and_a_bad_url_are_one_line_errors(tmp_path: Path):
    unnamed = tmp_path / "unnamed"
    unnamed.mkdir()
    (unnamed / "graph.trig").write_text("_:g { <http://example.org/a> <http://example.org/b> 1 . }\n")
    for args, words in [((str(unnamed), "--endpoint", "http://127.0.0.1:9/store"), "blank-node name"),
                        ((str(tmp_path), "--endpoint", "http://127.0.0.1:9/store"), "no graph.trig"),
                        ((str(tmp_path), "--endpoint", "ftp://example.org/store"), "http:// or https://"),
                        ((str(tmp_path),), "--endpoint")]:
        result = run_ufkg("publish", *args)
        assert result.returncode != 0
        assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr, result.stderr


class StandIn(http.server.BaseHTTPRequestHandler):
    """A Graph Store that asks for a password and fails the Nth write, to see what a user is told."""

    password = "s3cret-Ü"
    fail_on_write: int | None = None
    writes: list[tuple[str, str]] = []

    def log_message(self, *args):
        pass

    def _answer(self, status: int, headers: dict | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _handle(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        token = base64.b64encode(f"editor:{self.password}".encode()).decode()
        if self.headers.get("Authorization") != f"Basic {token}":
            return self._answer(401, {"WWW-Authenticate": 'Basic realm="graphs"'})
        if self.command == "GET":
            return self._answer(404)
        StandIn.writes.append((self.command, urllib.parse.unquote(self.path)))
        if self.fail_on_write is not None and len(StandIn.writes) >= self.fail_on_write:
            return self._answer(500)
        assert body is not None
        self._answer(204)

    do_GET = do_PUT = do_POST = do_DELETE = _handle


@pytest.fixture
def stand_in():
    StandIn.writes, StandIn.fail_on_write = [], None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/ds/data"
    finally:
        server.shutdown()
        server.server_close()


def run_with_password(args: list[str], password: str | None) -> subprocess.CompletedProcess:
    import os

    env = {key: value for key, value in os.environ.items() if not key.startswith("UFKG_ENDPOINT")}
    if password is not None:
        env["UFKG_ENDPOINT_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "ufkg", "publish", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_a_protected_endpoint_takes_the_password_from_the_environment_and_never_shows_it(stand_in: str,
                                                                                        three_reports: Path):
    refused = run_with_password([str(three_reports), "--endpoint", stand_in, "--user", "editor"], "wrong")
    assert refused.returncode != 0
    assert refused.stderr.count("\n") == 1 and "HTTP 401" in refused.stderr and stand_in in refused.stderr
    assert "nothing was published" in refused.stderr and "wrong" not in refused.stderr
    accepted = run_with_password([str(three_reports), "--endpoint", stand_in, "--user", "editor"], StandIn.password)
    assert accepted.returncode == 0, accepted.stderr
    assert StandIn.password not in accepted.stdout + accepted.stderr
    methods = [method for method, _ in StandIn.writes]
    assert methods == ["PUT"] * 6  # manifest, three reports, default graph, manifest


def test_a_server_error_midway_says_which_graphs_were_published(stand_in: str, three_reports: Path):
    StandIn.fail_on_write = 3  # the manifest and one report graph go, the second report graph fails
    result = run_with_password([str(three_reports), "--endpoint", stand_in, "--user", "editor"], StandIn.password)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    first_report = StandIn.writes[1][1].split("graph=", 1)[1]
    assert stand_in in line and "HTTP 500" in line and "HALF-PUBLISHED" in line
    assert f"only 1 of 4 graphs were replaced before the failure (<{first_report}>)" in line


def test_batches_are_bounded_and_keep_a_blank_node_with_all_its_triples():
    ex = "http://example.org/"
    node, inner = BNode(), BNode()
    linked = [(URIRef(ex + "a"), URIRef(ex + "p"), node), (node, URIRef(ex + "q"), inner),
              (inner, URIRef(ex + "r"), Literal("x"))]
    plain = [(URIRef(ex + f"s{i}"), URIRef(ex + "p"), Literal(i)) for i in range(5)]
    cut = batches(linked + plain, 2)
    assert sorted(triple for batch in cut for triple in batch) == sorted(linked + plain)
    holding = [batch for batch in cut if any(node in triple for triple in batch)]
    assert len(holding) == 1 and all(triple in holding[0] for triple in linked)
    assert all(len(batch) <= 2 for batch in cut if batch is not holding[0])
    assert batches([], 2) == [[]]


def test_a_digest_challenge_is_answered_and_credentials_in_the_url_are_kept_out_of_it():
    from ufkg.publish import Endpoint, GraphStore

    schemes = []

    class DigestOnly(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_PUT(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            authorization = self.headers.get("Authorization", "")
            schemes.append(authorization.split(" ")[0])
            self.send_response(204 if authorization.startswith("Digest ") and 'username="editor"' in authorization
                               else 401)
            self.send_header("WWW-Authenticate", 'Digest realm="graphs", nonce="n0", qop="auth", algorithm=MD5')
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), DigestOnly)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        endpoint = Endpoint.parse(f"http://editor:pa%40ss@127.0.0.1:{server.server_address[1]}/ds/data")
        assert endpoint.url == f"http://127.0.0.1:{server.server_address[1]}/ds/data"
        assert endpoint.password == "pa@ss" and "pa@ss" not in repr(endpoint)
        GraphStore(endpoint).request("PUT", URIRef("http://example.org/g"), b"<http://a> <http://b> <http://c> .\n")
    finally:
        server.shutdown()
        server.server_close()
    assert schemes == ["Basic", "Digest"]
