"""graph.html in a real browser: built by the real command, opened offline, searched, clicked and filtered.

Drives Debian's Chromium through Playwright; no browser is downloaded. The page
carries a Content-Security-Policy, which forbids the string evaluation behind
page.wait_for_function, so waits go through DOM selectors and `expect`.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright
from rdflib import Graph

from test_view import HOSTILE, PERSON, small_graph
from ufkg.view import render_view

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")
REPORT_TEXT = """同心筑梦启新程——2023年安顺市统一战线工作综述
2023年，市委统战部牵头推进“万企兴万村”行动，组织86家民营企业结对帮扶72个村，投入帮扶资金1.2亿元。
民盟安顺市委会联合市工商联开展“同心助学”活动，资助困难学生560名。
市侨联在西秀区开展“暖侨行动”，走访慰问归侨侨眷300余人次。
"""
SCORED = ("PoliticalParty", "GovernmentBody", "Association", "Organization", "Initiative", "Policy", "Region",
          "Person", "Report")
PREFIXES = """PREFIX uf: <https://w3id.org/ufkg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium) "
                    "to run the browser tests", pytrace=False)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The output folder of `ufkg build` over one small report written here."""
    root = tmp_path_factory.mktemp("view")
    (root / "reports").mkdir()
    (root / "reports" / "anshun_2023.txt").write_text(REPORT_TEXT, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "ufkg", "build", str(root / "reports"), "-o", str(root / "out")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return root / "out"


class OpenPage:
    """A page opened with the network switched off, recording every request, error and dialog."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
        self.page: Page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.goto(path.resolve().as_uri())
        # the layout has stabilised and physics is off
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=120_000)

    def evaluate(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def close(self):
        self.context.close()


@pytest.fixture(scope="module")
def opened(browser, built):
    page = OpenPage(browser, built / "graph.html")
    yield page
    page.close()


def _one(graph: Graph, query: str):
    rows = list(graph.query(PREFIXES + query))
    assert len(rows) == 1, rows
    return rows[0]


def test_the_page_makes_no_request_outside_the_file(opened):
    assert opened.requests, "the page itself should have been requested"
    outside = [url for url in opened.requests if not url.startswith(LOCAL_SCHEMES)]
    assert outside == []
    assert opened.errors == []


def test_the_network_draws_every_entity_and_folds_reports_into_cards(opened, built):
    graph = Graph().parse(built / "graph.ttl")
    classes = " ".join(f"uf:{name}" for name in SCORED if name != "Report")
    (expected,) = _one(graph, f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{
        ?s rdf:type/rdfs:subClassOf* ?c . VALUES ?c {{ {classes} }} }}""")
    assert int(expected) > 5
    assert opened.page.locator("#network canvas").count() >= 1
    assert opened.evaluate("window.ufkg.nodes.length") == int(expected)
    report, = _one(graph, "SELECT ?r WHERE { ?r a uf:Report }")
    assert opened.evaluate("id => window.ufkg.nodes.get(id)", str(report)) is None
    assert opened.evaluate("id => window.ufkg.details[id].cls", str(report)) == "Report"


def test_the_page_settles_at_once_and_nothing_moves_afterwards(opened):
    """The layout comes with the page: physics is off, and positions are those the page carries."""
    positions = opened.evaluate("() => window.ufkg.network.getPositions()")
    stored = opened.evaluate("""() => Object.fromEntries(Object.values(window.ufkg.details)
        .filter(d => d.xy).map(d => [d.id, d.xy]))""")
    assert {key: [round(p["x"]), round(p["y"])] for key, p in positions.items()} == stored
    assert opened.evaluate("() => window.ufkg.network.physics.options.enabled") is False
    opened.page.wait_for_timeout(300)
    assert opened.evaluate("() => window.ufkg.network.getPositions()") == positions
    assert int(opened.page.get_attribute("body", "data-ready-ms")) > 0


def test_clicking_a_node_shows_its_evidence(opened):
    x, y, node = opened.evaluate("""() => { const n = window.ufkg.network;
        const id = window.ufkg.nodes.getIds().find(i => window.ufkg.details[i].cls === "Initiative"
                                                       && window.ufkg.details[i].evidence);
        const p = n.canvasToDOM(n.getPositions([id])[id]); return [p.x, p.y, n.getNodeAt(p)]; }""")
    assert node, "a node is drawn where the layout put it"
    box = opened.page.locator("#network").bounding_box()
    opened.page.mouse.click(box["x"] + x, box["y"] + y)
    assert opened.evaluate("window.ufkg.network.getSelectedNodes()") == [node]
    expect(opened.page.locator("#panel h2")).to_have_text(opened.evaluate("id => window.ufkg.details[id].label", node))
    quotes = opened.page.locator("#panel li.evidence blockquote")
    assert quotes.count() >= 1
    assert quotes.first.inner_text() in REPORT_TEXT  # a whole sentence of the report, read back from the table
    expect(quotes.first.locator("mark")).to_have_count(1)  # the words that name the node are marked


def test_search_selects_the_node_and_shows_its_evidence(opened, built):
    graph = Graph().parse(built / "graph.ttl")
    node, = _one(graph, 'SELECT ?s WHERE { ?s a uf:Initiative ; rdfs:label "万企兴万村"@zh }')
    sentences = sorted({str(row.e) for row in graph.query(PREFIXES + """SELECT ?e WHERE {
        ?st a uf:Statement ; rdf:subject ?s ; uf:evidence ?e }""", initBindings={"s": node})})
    assert sentences and all(s in REPORT_TEXT for s in sentences)
    opened.page.fill("#search", "万企")
    assert opened.evaluate("window.ufkg.network.getSelectedNodes()") == [str(node)]
    panel = opened.page.locator("#panel")
    expect(panel.locator("h2")).to_have_text("万企兴万村")
    for sentence in sentences:
        expect(panel).to_contain_text(sentence)
    expect(panel).to_contain_text("Drawn with 所在分组: 安顺市")  # the locality its disc stands for
    expect(opened.page.locator("#matches li").first).to_have_text("万企兴万村")


def test_a_legend_checkbox_hides_and_shows_its_class(opened):
    hidden = "cls => window.ufkg.nodes.get({filter: n => n.cls === cls}).map(n => n.hidden === true)"
    assert set(opened.evaluate(hidden, "Region")) == {False}
    opened.page.locator('input[data-class="Region"]').click()
    assert set(opened.evaluate(hidden, "Region")) == {True}
    assert set(opened.evaluate(hidden, "Initiative")) == {False}
    opened.page.locator('input[data-class="Region"]').click()
    assert set(opened.evaluate(hidden, "Region")) == {False}


def test_a_link_checkbox_removes_and_restores_its_edges(opened):
    drawn = "p => window.ufkg.edges.get({filter: e => e.predicate === p}).length"
    before = opened.evaluate(drawn, "implementedIn")
    assert before >= 1
    opened.page.locator('input[data-predicate="implementedIn"]').click()
    assert opened.evaluate(drawn, "implementedIn") == 0
    assert opened.evaluate(drawn, "participatesIn") >= 1
    opened.page.locator('input[data-predicate="implementedIn"]').click()
    assert opened.evaluate(drawn, "implementedIn") == before


def test_a_hidden_class_takes_its_edges_off_the_canvas(opened):
    ends = "() => window.ufkg.edges.get().flatMap(e => [e.from, e.to]).map(i => window.ufkg.details[i].cls)"
    assert "Region" in opened.evaluate(ends)
    opened.page.locator('input[data-class="Region"]').click()
    assert "Region" not in opened.evaluate(ends)
    opened.page.locator('input[data-class="Region"]').click()
    assert "Region" in opened.evaluate(ends)


def test_a_report_is_found_by_its_title_and_its_card_lists_what_it_mentions(opened):
    opened.page.fill("#search", "统一战线工作综述")
    panel = opened.page.locator("#panel")
    expect(panel.locator("h2")).to_have_text("同心筑梦启新程——2023年安顺市统一战线工作综述")
    expect(panel).to_contain_text("Mentions")
    panel.get_by_role("button", name="万企兴万村").first.click()
    expect(panel.locator("h2")).to_have_text("万企兴万村")


def test_hostile_text_is_shown_as_text_and_never_runs(browser, tmp_path):
    path = tmp_path / "graph.html"
    path.write_text(render_view(small_graph()), encoding="utf-8")
    opened = OpenPage(browser, path)
    try:
        opened.page.fill("#search", "alert(1)")
        assert opened.evaluate("window.ufkg.network.getSelectedNodes()") == [str(PERSON)]
        panel = opened.page.locator("#panel")
        expect(panel.locator("h2")).to_have_text(HOSTILE)
        expect(panel).to_contain_text("<img src=x onerror=alert(2)><!--")
        assert panel.locator("img, script").count() == 0
        assert opened.page.locator("body img").count() == 0
        assert opened.dialogs == [] and opened.errors == []
        assert [url for url in opened.requests if not url.startswith(LOCAL_SCHEMES)] == []
        assert opened.requests == [path.resolve().as_uri()]  # no <img src=x> was ever fetched
    finally:
        opened.close()


# ------------------------------------------------------------------ localities side by side

TWO_COUNTIES = {
    "pingshan_2022.txt": """砥砺奋进谱新篇——屏山县2022年统一战线工作总结
县委统战部深入推进“万企兴万村”行动，动员24家民营企业结对帮扶30个村，投入帮扶资金1500万元。
""",
    "xingwen_2022.txt": """同心同行——兴文县2022年统一战线工作总结
县委统战部牵头推进“万企兴万村”行动，动员民营企业61家结对帮扶52个村，投入帮扶资金3680万元。
""",
}


@pytest.fixture(scope="module")
def compared(browser, tmp_path_factory):
    """graph.html of a real build over two counties' reports, opened, with the comparison shown."""
    root = tmp_path_factory.mktemp("compare-view")
    for name, text in TWO_COUNTIES.items():
        (root / "reports").mkdir(exist_ok=True)
        (root / "reports" / name).write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "ufkg", "build", str(root / "reports"), "-o", str(root / "out")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    page = OpenPage(browser, root / "out" / "graph.html")
    yield page
    page.close()


def test_the_comparison_chart_shows_every_locality_largest_first(compared):
    page = compared.page
    expect(page.locator("#compare")).to_be_hidden()
    page.click("#compare-toggle")
    expect(page.locator("#compare")).to_be_visible()
    options = page.locator("#compare-series option").all_inner_texts()
    assert "万企兴万村 · 帮扶资金 · 2022 (2, money 金额)" in options
    page.select_option("#compare-series", label="万企兴万村 · 帮扶资金 · 2022 (2, money 金额)")
    rows = page.locator("#compare-chart .bar-row")
    expect(rows).to_have_count(2)
    assert page.locator("#compare-chart .bar-place").all_inner_texts() == ["兴文县", "屏山县"]
    assert page.locator("#compare-chart .bar-value").all_inner_texts() == ["3680 万元", "1500 万元"]
    widths = [box["width"] for box in (page.locator("#compare-chart .bar").nth(i).bounding_box() for i in range(2))]
    assert widths[1] == pytest.approx(widths[0] * 1500 / 3680, rel=0.03)  # bars are to scale
    page.locator("#compare-chart .bar-row").nth(1).click()
    quote = page.locator("#compare-evidence blockquote")
    expect(quote).to_have_count(1)
    assert quote.inner_text() in TWO_COUNTIES["pingshan_2022.txt"] and "1500万元" in quote.inner_text()
    expect(quote.locator("mark")).to_have_text("1500万元")
    expect(page.locator("#compare-evidence .cite")).to_contain_text("屏山县2022年统一战线工作总结")
    page.click("#compare-toggle")
    expect(page.locator("#compare")).to_be_hidden()
    assert compared.errors == [] and all(url.startswith(LOCAL_SCHEMES) for url in compared.requests)


def test_the_chart_says_so_when_no_two_localities_share_a_measure(opened):
    """One report, one locality: nothing to put side by side, and the page says it rather than showing an empty box."""
    opened.page.click("#compare-toggle")
    expect(opened.page.locator("#compare-chart")).to_contain_text("No measure is reported by two localities")
    opened.page.click("#compare-toggle")
