"""Graph -> graph.html: an interactive pyvis view that opens with no network connection.

pyvis builds the nodes, edges and vis options, but its own template links
Bootstrap and tom-select from CDNs even with cdn_resources="in_line", and the
contract says graph.html works offline. So the page comes from our template
(templates/graph.html), which inlines the vis-network JS and CSS that pyvis ships
and references nothing outside the file.

Document text (labels, evidence sentences) reaches the page only as JSON inside
<script type="application/json">, escaped so that it cannot close that element,
and the page's script shows it with textContent, never as markup.

The same graph gives byte-identical HTML: everything is sorted and the layout's
random seed is fixed.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, SKOS

from .graph import UF
from .network import entity_graph

if TYPE_CHECKING:
    from pyvis.network import Network

# The scored classes of the contract, in the order a node with two of them is shown as,
# each with its colour and a Chinese gloss for the legend. Colours follow Tableau 10,
# which stays distinguishable for most colour-blind readers.
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "PoliticalParty": ("#d62728", "政党"),
    "GovernmentBody": ("#1f77b4", "党政机关"),
    "Association": ("#2ca02c", "社会团体"),
    "Organization": ("#8c564b", "其他组织"),
    "Initiative": ("#ff7f0e", "活动·项目"),
    "Policy": ("#9467bd", "政策文件"),
    "Region": ("#17becf", "行政区域"),
    "Person": ("#e377c2", "人物"),
    "Report": ("#7f7f7f", "报告"),
}
# Links drawn as edges, in legend order; mentionedIn (entity -> report) would
# double the edge count, so it starts hidden.
EDGE_STYLE: dict[str, tuple[str, str, bool]] = {  # predicate -> (colour, gloss, shown at first)
    "partOf": ("#17becf", "隶属区域", True),
    "locatedIn": ("#6b9bc3", "所在区域", True),
    "subOrganizationOf": ("#d98c8c", "下属于", True),
    "participatesIn": ("#f0a35e", "参与", True),
    "implementedIn": ("#b5b5b5", "实施地", True),
    "coversRegion": ("#999999", "报告地区", True),
    "mentionedIn": ("#cccccc", "提及于", False),
}
FACTS = {UF.adminCode: "adminCode", UF.level: "level", UF.sourceFile: "sourceFile", DCTERMS.title: "title",
         UF.coversYear: "coversYear", DCTERMS.publisher: "publisher", DCTERMS.issued: "issued"}
OUTCOME_FIELDS = {UF.quantityText: "text", UF.value: "value", UF.unit: "unit", UF.counts: "counts",
                  UF.qualifier: "qualifier", UF.status: "status", UF.period: "period", UF.evidence: "evidence"}
# Beyond this many nodes vis becomes sluggish in a browser; the best-attested are kept and the page says so.
MAX_NODES = 3000
LABEL_CHARS = 14  # longer names are cut on the canvas; the panel shows them whole
LAYOUT_SEED = 7


@dataclass
class Node:
    """One node of the view and everything its side panel shows."""

    id: str
    cls: str
    label: str
    alt: list[str] = field(default_factory=list)
    facts: list[list[str]] = field(default_factory=list)
    reports: set[str] = field(default_factory=set)
    evidence: set[tuple[str, str, str]] = field(default_factory=set)  # (report, sentence, surface)
    relations: set[tuple[str, str, str]] = field(default_factory=set)  # (direction, predicate, other node)
    outcomes: list[dict] = field(default_factory=list)
    mentions: set[str] = field(default_factory=set)  # for a report: the shown entities it mentions


def render_view(graph: Graph) -> str:
    """The whole graph.html page for a graph: vis network, legend, search and evidence panel."""
    nodes = _nodes(graph)
    total = len(nodes)
    nodes = _cap(nodes, graph)
    links = _links(graph, nodes)
    relation_evidence = _attach_statements(graph, nodes)
    for node in nodes.values():
        node.outcomes = _outcomes(graph, URIRef(node.id))
        for report in node.reports & nodes.keys():
            nodes[report].mentions.add(node.id)
    network = _network(nodes, links, relation_evidence)
    return _page(network, nodes, links, relation_evidence, total)


# --- reading the graph ---------------------------------------------------------


def _nodes(graph: Graph) -> dict[str, Node]:
    """Every instance of a scored class, and every report, keyed by IRI."""
    shown_as = _shown_class_of_types(graph)
    nodes: dict[str, Node] = {}
    for subject, rdf_type in graph.subject_objects(RDF.type):
        cls = shown_as.get(rdf_type)
        if cls is None or not isinstance(subject, URIRef):
            continue
        current = nodes.get(str(subject))
        if current is None or _rank(cls) < _rank(current.cls):
            nodes[str(subject)] = Node(id=str(subject), cls=cls, label="")
    for key, node in nodes.items():
        subject = URIRef(key)
        node.label = _label(graph, subject)
        node.alt = sorted({str(alt) for alt in graph.objects(subject, SKOS.altLabel)} - {node.label})
        node.facts = sorted([name, str(value)] for prop, name in FACTS.items()
                            for value in graph.objects(subject, prop))
        node.reports = {str(r) for r in graph.objects(subject, UF.mentionedIn)}
    return nodes


def _shown_class_of_types(graph: Graph) -> dict[URIRef, str]:
    """rdf:type value -> the scored class it is shown as, following rdfs:subClassOf (uf:Enterprise -> Organization)."""
    scored = {UF[name]: name for name in CLASS_STYLE}
    shown: dict[URIRef, str] = {}
    for rdf_type in set(graph.objects(None, RDF.type)):
        ancestors = [scored[a] for a in graph.transitive_objects(rdf_type, RDFS.subClassOf) if a in scored]
        if ancestors:
            shown[rdf_type] = min(ancestors, key=_rank)
    return shown


def _rank(cls: str) -> int:
    return list(CLASS_STYLE).index(cls)


def _label(graph: Graph, subject: URIRef) -> str:
    """The Chinese label, else any label, else a report's title or file, else the IRI's last segment."""
    labels = sorted(graph.objects(subject, RDFS.label), key=lambda label: (getattr(label, "language", None) != "zh",
                                                                          str(label)))
    titles, files = sorted(graph.objects(subject, DCTERMS.title)), sorted(graph.objects(subject, UF.sourceFile))
    for candidate in (labels, titles, files):
        if candidate:
            return str(candidate[0])
    return unquote(str(subject).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1])


def _cap(nodes: dict[str, Node], graph: Graph) -> dict[str, Node]:
    """At most MAX_NODES nodes: every report, then the entities mentioned in most reports."""
    if len(nodes) <= MAX_NODES:
        return nodes
    degree = dict(entity_graph(graph).degree())
    order = sorted(nodes.values(), key=lambda n: (n.cls != "Report", -len(n.reports), -degree.get(n.id, 0), n.id))
    return {node.id: node for node in order[:MAX_NODES]}


def _links(graph: Graph, nodes: dict[str, Node]) -> list[tuple[str, str, str]]:
    """(subject, predicate, object) for every drawn predicate between two shown nodes, sorted."""
    links = set()
    for name in EDGE_STYLE:
        for subject, obj in graph.subject_objects(UF[name]):
            if str(subject) in nodes and str(obj) in nodes and subject != obj:
                links.add((str(subject), name, str(obj)))
    for subject, name, obj in links:
        if name != "mentionedIn":
            nodes[subject].relations.add(("out", name, obj))
            nodes[obj].relations.add(("in", name, subject))
    return sorted(links)


def _attach_statements(graph: Graph, nodes: dict[str, Node]) -> dict[tuple[str, str, str], set[tuple[str, str]]]:
    """Evidence from uf:Statement nodes: mentions go to their subject, relations are returned by (s, p, o)."""
    relation_evidence: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    for statement in graph.subjects(RDF.type, UF.Statement):
        subject, predicate = _first(graph, statement, RDF.subject), _first(graph, statement, RDF.predicate)
        obj, report = _first(graph, statement, RDF.object), _first(graph, statement, UF.statedIn)
        sentence = _first(graph, statement, UF.evidence)
        if subject is None or predicate is None or str(subject) not in nodes or sentence is None:
            continue
        report_key = str(report) if report is not None else ""
        if predicate == UF.mentionedIn:
            surface = _first(graph, statement, UF.surface)
            nodes[str(subject)].evidence.add((report_key, str(sentence), str(surface) if surface else ""))
        else:
            name = str(predicate).rsplit("#", 1)[-1]
            relation_evidence[(str(subject), name, str(obj))].add((report_key, str(sentence)))
    return relation_evidence


def _first(graph: Graph, subject, predicate):
    """One value of a property, the same one every time (Graph.value picks any)."""
    return min(graph.objects(subject, predicate), key=str, default=None)


def _outcomes(graph: Graph, subject: URIRef) -> list[dict]:
    """The outcomes reported for a subject, each as a dict of its fields."""
    outcomes = []
    for outcome in graph.objects(subject, UF.hasOutcome):
        fields = {name: str(value) for prop, name in OUTCOME_FIELDS.items()
                  if (value := _first(graph, outcome, prop)) is not None}
        fields["report"] = " ".join(sorted(str(r) for r in graph.objects(outcome, UF.mentionedIn)))
        outcomes.append(fields)
    return sorted(outcomes, key=lambda o: json.dumps(o, ensure_ascii=False, sort_keys=True))


# --- the pyvis network ------------------------------------------------------------


def _network(nodes: dict[str, Node], links: list[tuple[str, str, str]], relation_evidence) -> Network:
    """The pyvis Network: coloured nodes, labelled edges and options that stabilise the layout once."""
    from pyvis.network import Network  # imported here: pyvis pulls in IPython, which `ufkg query` does not need

    network = Network(height="100%", width="100%", directed=True, bgcolor="#ffffff")
    shown = nx.MultiDiGraph()
    shown.add_nodes_from(nodes)
    shown.add_edges_from((subject, obj, name) for subject, name, obj in links)
    degree = dict(shown.degree())
    for key in sorted(nodes):
        node = nodes[key]
        colour, gloss = CLASS_STYLE[node.cls]
        short = node.label if len(node.label) <= LABEL_CHARS else node.label[:LABEL_CHARS - 1] + "…"
        network.add_node(key, label=short, color=colour, shape="diamond" if node.cls == "Report" else "dot",
                         title=f"{node.label}\n{node.cls} {gloss}", value=1 + len(node.reports) + degree[key],
                         cls=node.cls)
    edge_labels = len(links) <= 1500  # labels on thousands of edges cost more than they tell
    for number, (subject, name, obj) in enumerate(links):
        colour, gloss, shown = EDGE_STYLE[name]
        evidence = sorted(relation_evidence.get((subject, name, obj), ()))
        title = f"{nodes[subject].label} —{name}→ {nodes[obj].label}"
        if evidence:
            title += "\n" + evidence[0][1]
        network.add_edge(subject, obj, id=f"e{number}", predicate=name, title=title, hidden=not shown,
                         color=colour, dashes=name == "mentionedIn", **({"label": name} if edge_labels else {}))
    network.set_options(json.dumps(_options(len(nodes), len(links))))
    return network


def _options(node_count: int, edge_count: int) -> dict:
    """vis options: a seeded force layout that stops after stabilising, so big graphs stay responsive."""
    return {
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": False},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -45, "centralGravity": 0.012, "springLength": 90,
                                 "springConstant": 0.08, "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": 400 if node_count <= 1000 else 150,
                              "updateInterval": 25, "fit": True},
        },
        "nodes": {"font": {"size": 13, "color": "#222222", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1, "scaling": {"min": 7, "max": 26}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.45}}, "width": 1,
                  "smooth": {"enabled": edge_count <= 1500, "type": "continuous"},
                  "font": {"size": 9, "color": "#888888", "strokeWidth": 2, "align": "middle"}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": edge_count > 1500,
                        "multiselect": False},
    }


# --- the page ------------------------------------------------------------------------


def _page(network, nodes: dict[str, Node], links, relation_evidence, total: int) -> str:
    """The HTML: our template around pyvis' node, edge and option data, with vis inlined."""
    vis_nodes, vis_edges, _, _, _, options = network.get_network_data()
    details = {key: _details(node, relation_evidence) for key, node in nodes.items()}
    classes = [{"name": name, "color": colour, "gloss": gloss, "count": count}
               for name, (colour, gloss) in CLASS_STYLE.items()
               if (count := sum(1 for n in nodes.values() if n.cls == name))]
    predicates = [{"name": name, "color": colour, "gloss": gloss, "shown": shown, "count": count}
                  for name, (colour, gloss, shown) in EDGE_STYLE.items()
                  if (count := sum(1 for link in links if link[1] == name))]
    data = {"nodes": sorted(vis_nodes, key=lambda n: n["id"]), "edges": vis_edges,
            "options": json.loads(options), "details": details}
    template = _environment().get_template("graph.html")
    return template.render(data_json=Markup(script_json(data)), vis_js=Markup(_asset("vis-network.min.js")),
                           vis_css=Markup(_asset("vis-network.css")), classes=classes, predicates=predicates,
                           node_count=len(nodes), edge_count=len(links), total=total)


def _details(node: Node, relation_evidence) -> dict:
    """What the side panel shows for one node, in a fixed order."""
    relations = []
    for direction, name, other in sorted(node.relations):
        triple = (node.id, name, other) if direction == "out" else (other, name, node.id)
        relations.append({"dir": direction, "predicate": name, "other": other,
                          "evidence": [list(pair) for pair in sorted(relation_evidence.get(triple, ()))]})
    return {"label": node.label, "cls": node.cls, "alt": node.alt, "facts": node.facts,
            "reports": sorted(node.reports), "evidence": [list(item) for item in sorted(node.evidence)],
            "relations": relations, "outcomes": node.outcomes, "mentions": sorted(node.mentions)}


_SCRIPT_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                                 "\u2028": "\\u2028", "\u2029": "\\u2029"})
_SURROGATE = re.compile("[\ud800-\udfff]")


def script_json(value) -> str:
    """JSON that is safe inside <script>: no <, > or & (so no `</script>` or `<!--`), no line separators.

    These characters can only occur inside JSON strings, where the \\u escape means the same.
    Lone surrogates (from badly decoded files) are escaped too, so the page always encodes as UTF-8.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text.translate(_SCRIPT_ESCAPES))


@cache
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
                       autoescape=select_autoescape(["html"]), keep_trailing_newline=True)


@cache
def _asset(name: str) -> str:
    """A vis-network file shipped inside pyvis, made safe to inline in <script> or <style>."""
    import pyvis

    text = (Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2" / name).read_text("utf-8")
    # "<\/" means "</" in JS strings, regexes and CSS strings, and cannot end the element
    return re.sub(r"</(?=(script|style))", r"<\\/", text, flags=re.IGNORECASE)


__all__ = ["render_view", "script_json", "CLASS_STYLE", "EDGE_STYLE", "MAX_NODES"]
