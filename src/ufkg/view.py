"""Graph -> graph.html: an interactive view that opens offline and stays a tool at a thousand reports.

What the page holds, and why it stays small and quick:

- Entities are the nodes. Reports and mentions are not drawn: a report's
  mentions would double the edges and turn the picture into a hairball, so
  each entity's card lists the reports that mention it, with the sentences,
  and a report has a card of its own (reachable by search and from any entity).
- The layout is computed here, once (ufkg.layout: one disc per locality, O(n
  log n)), and stored in the page; the browser runs no physics, so it draws at
  once and nothing moves afterwards.
- Every evidence sentence is stored once, in one table, and referenced by
  index; entities and reports are referenced by index too, so an IRI appears
  once in the page.
- Links are stored once, as (from, predicate, to, evidence); the page draws
  those whose predicate and end classes the legend shows, and builds each
  card's relations from the same list.

vis-network is inlined from the copy that pyvis ships (its own template links
Bootstrap and tom-select from CDNs, and the contract says graph.html works
offline), so the page references nothing outside the file.

A comparison chart shows, for each measure that several localities report in one
year (ufkg.compare), every locality's figure as a bar, largest first, each with its
quantity as written, its sentence and its report: drawn with HTML and CSS, no library.

Document text (labels, evidence sentences) reaches the page only as JSON inside
<script type="application/json">, escaped so that it cannot close that element,
and the page's script shows it with textContent, never as markup.

The same graph gives byte-identical HTML: everything is sorted and the layout
is integer arithmetic on sorted input.
"""
from __future__ import annotations

import importlib.util
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import unquote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, SKOS

from .compare import load_corpus, series_for_view
from .graph import UF
from .layout import layout

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
ENTITY_CLASSES = [name for name in CLASS_STYLE if name != "Report"]
# Links between entities drawn as edges, in legend order, each shown at first.
EDGE_STYLE: dict[str, tuple[str, str]] = {  # predicate -> (colour, gloss)
    "partOf": ("#17becf", "隶属区域"),
    "locatedIn": ("#6b9bc3", "所在区域"),
    "subOrganizationOf": ("#d98c8c", "下属于"),
    "participatesIn": ("#f0a35e", "参与"),
    "implementedIn": ("#b5b5b5", "实施地"),
}
FACTS = {UF.adminCode: "adminCode", UF.level: "level", UF.sourceFile: "sourceFile", DCTERMS.title: "title",
         UF.coversYear: "coversYear", DCTERMS.publisher: "publisher", DCTERMS.issued: "issued"}
# An outcome in the page is a list in this order; "evidence" is a sentence index, "reports" report indices.
OUTCOME_FIELDS = {UF.quantityText: "text", UF.value: "value", UF.unit: "unit", UF.counts: "counts",
                  UF.qualifier: "qualifier", UF.status: "status", UF.period: "period", UF.evidence: "evidence"}
# terms read per node or statement, made once (rdflib's Namespace makes and checks a new URIRef on every attribute read)
_ALT_LABEL, _LABEL, _TITLE, _SOURCE_FILE = SKOS.altLabel, RDFS.label, DCTERMS.title, UF.sourceFile
_MENTIONED_IN, _COVERS_REGION, _HAS_OUTCOME = UF.mentionedIn, UF.coversRegion, UF.hasOutcome
_SUBJECT, _PREDICATE, _OBJECT = RDF.subject, RDF.predicate, RDF.object
_STATED_IN, _EVIDENCE, _SURFACE = UF.statedIn, UF.evidence, UF.surface
OUTCOME_KEYS = [*OUTCOME_FIELDS.values(), "reports"]
# Beyond this many drawn nodes the canvas gets slow; the best-attested are drawn, every entity stays searchable.
MAX_NODES = 20000
LABEL_CHARS = 14  # longer names are cut on the canvas; the panel shows them whole
SHARED = ""  # the group of entities that several localities share: the middle of the picture


@dataclass
class Node:
    """One entity or report and everything its card shows."""

    id: str
    cls: str
    label: str = ""
    alt: list[str] = field(default_factory=list)
    facts: list[list[str]] = field(default_factory=list)
    reports: set[str] = field(default_factory=set)
    evidence: set[tuple[str, str, str]] = field(default_factory=set)  # (report, sentence, surface)
    outcomes: list[dict] = field(default_factory=list)
    covers: list[str] = field(default_factory=list)  # for a report: the regions it covers


def render_view(graph: Graph) -> str:
    """The whole graph.html page for a graph: drawn entities, legend, search, evidence cards and the comparison chart."""
    values = _Values(graph)
    nodes = _nodes(graph, values)
    links = _links(graph, nodes)
    relation_evidence = _attach_statements(graph, values, nodes)
    for node in nodes.values():
        node.outcomes = _outcomes(values, URIRef(node.id))
    series = series_for_view(load_corpus(graph))
    return _page(_data(nodes, links, relation_evidence, series))


# --- reading the graph ---------------------------------------------------------


class _Values:
    """Each property's values by subject, read in one pass over that property.

    A lookup per subject and property in rdflib's memory store costs far more than
    one scan: at a thousand reports, per-subject lookups were most of the view's time.
    """

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.tables: dict[URIRef, dict] = {}

    def all(self, subject, predicate: URIRef) -> list:
        return self._table(predicate).get(subject, [])

    def _table(self, predicate: URIRef) -> dict:
        table = self.tables.get(predicate)
        if table is None:
            table = self.tables[predicate] = defaultdict(list)
            for holder, value in self.graph.subject_objects(predicate):
                table[holder].append(value)
        return table

    def first_of(self, predicate: URIRef):
        """first(subject, predicate) as a function of the subject: for a loop over many subjects."""
        table = self._table(predicate)

        def first(subject):
            found = table.get(subject)
            if not found:
                return None
            return found[0] if len(found) == 1 else min(found, key=str)
        return first

    def first(self, subject, predicate: URIRef):
        """One value of a property, the same one every time (Graph.value picks any)."""
        found = self.all(subject, predicate)
        if len(found) == 1:  # most: nothing to choose between
            return found[0]
        return min(found, key=str, default=None)


def _nodes(graph: Graph, values: _Values) -> dict[str, Node]:
    """Every instance of a scored class, and every report, keyed by IRI."""
    shown_as = _shown_class_of_types(graph)
    nodes: dict[str, Node] = {}
    for subject, rdf_type in graph.subject_objects(RDF.type):
        cls = shown_as.get(rdf_type)
        if cls is None or not isinstance(subject, URIRef):
            continue
        current = nodes.get(str(subject))
        if current is None or _rank(cls) < _rank(current.cls):
            nodes[str(subject)] = Node(id=str(subject), cls=cls)
    for key, node in nodes.items():
        subject = URIRef(key)
        node.label = _label(values, subject)
        node.alt = sorted({str(alt) for alt in values.all(subject, _ALT_LABEL)} - {node.label})
        node.facts = sorted([name, str(value)] for prop, name in FACTS.items() for value in values.all(subject, prop))
        node.reports = {str(r) for r in values.all(subject, _MENTIONED_IN)}
        node.covers = sorted(str(r) for r in values.all(subject, _COVERS_REGION))
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


def _label(values: _Values, subject: URIRef) -> str:
    """The Chinese label, else any label, else a report's title or file, else the IRI's last segment."""
    labels = sorted(values.all(subject, _LABEL), key=lambda label: (getattr(label, "language", None) != "zh",
                                                                       str(label)))
    titles, files = sorted(values.all(subject, _TITLE)), sorted(values.all(subject, _SOURCE_FILE))
    for candidate in (labels, titles, files):
        if candidate:
            return str(candidate[0])
    return unquote(str(subject).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1])


def _links(graph: Graph, nodes: dict[str, Node]) -> list[tuple[str, str, str]]:
    """(subject, predicate, object) for every drawn predicate between two entities, sorted."""
    links = set()
    for name in EDGE_STYLE:
        for subject, obj in graph.subject_objects(UF[name]):
            a, b = nodes.get(str(subject)), nodes.get(str(obj))
            if a is not None and b is not None and a.cls != "Report" and b.cls != "Report" and subject != obj:
                links.add((str(subject), name, str(obj)))
    return sorted(links)


def _attach_statements(graph: Graph, values: _Values,
                       nodes: dict[str, Node]) -> dict[tuple[str, str, str], set[tuple[str, str]]]:
    """Evidence from uf:Statement nodes: mentions go to their subject, relations are returned by (s, p, o)."""
    relation_evidence: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    subject_of, predicate_of, object_of = values.first_of(_SUBJECT), values.first_of(_PREDICATE), values.first_of(_OBJECT)
    report_of, sentence_of, surface_of = values.first_of(_STATED_IN), values.first_of(_EVIDENCE), values.first_of(_SURFACE)
    for statement in graph.subjects(RDF.type, UF.Statement):
        subject, predicate = subject_of(statement), predicate_of(statement)
        obj, report = object_of(statement), report_of(statement)
        sentence = sentence_of(statement)
        if subject is None or predicate is None or str(subject) not in nodes or sentence is None:
            continue
        report_key = str(report) if report is not None else ""
        if predicate == _MENTIONED_IN:
            surface = surface_of(statement)
            nodes[str(subject)].evidence.add((report_key, str(sentence), str(surface) if surface else ""))
        else:
            name = str(predicate).rsplit("#", 1)[-1]
            relation_evidence[(str(subject), name, str(obj))].add((report_key, str(sentence)))
    return relation_evidence


def _outcomes(values: _Values, subject: URIRef) -> list[dict]:
    """The outcomes reported for a subject, each as a dict of its fields."""
    outcomes = []
    for outcome in values.all(subject, _HAS_OUTCOME):
        fields = {name: str(value) for prop, name in OUTCOME_FIELDS.items()
                  if (value := values.first(outcome, prop)) is not None}
        fields["reports"] = sorted(str(r) for r in values.all(outcome, _MENTIONED_IN))
        outcomes.append(fields)
    if len(outcomes) < 2:  # nothing to order: sorted() would still write each one's JSON key
        return outcomes
    return sorted(outcomes, key=lambda o: json.dumps(o, ensure_ascii=False, sort_keys=True))


# --- the page's data ---------------------------------------------------------------


class _Table:
    """Strings stored once and referred to by index; indices follow sorted order, so they are stable."""

    def __init__(self, values) -> None:
        self.values = sorted(set(values))
        self.index = {value: number for number, value in enumerate(self.values)}

    def __getitem__(self, value: str) -> int:
        return self.index[value]


def _data(nodes: dict[str, Node], links: list[tuple[str, str, str]], relation_evidence,
          series: list[dict] | None = None) -> dict:
    """The JSON the page reads: entities, reports, links, the comparison series and the sentence table, all by index."""
    series = series or []
    entities = sorted(key for key, node in nodes.items() if node.cls != "Report")
    reports = sorted(key for key, node in nodes.items() if node.cls == "Report")
    entity_index = {key: number for number, key in enumerate(entities)}
    report_index = {key: number for number, key in enumerate(reports)}
    sentences = _Table([sentence for node in nodes.values() for _, sentence, _ in node.evidence]
                       + [sentence for pairs in relation_evidence.values() for _, sentence in pairs]
                       + [o["evidence"] for node in nodes.values() for o in node.outcomes if "evidence" in o]
                       + [f["evidence"] for one in series for bar in one["bars"] for f in bar["figures"]])

    def report_refs(keys) -> list[int]:
        return sorted(report_index[key] for key in keys if key in report_index)

    def cited(report: str, sentence: str) -> list[int]:
        return [report_index.get(report, -1), sentences[sentence]]

    degree: dict[str, int] = defaultdict(int)
    for subject, _, obj in links:
        degree[subject] += 1
        degree[obj] += 1
    drawn = _drawn(nodes, entities, degree)
    group_of = _groups(nodes, drawn)
    positions = layout(sorted(drawn), [(s, o) for s, _, o in links if s in drawn and o in drawn], group_of,
                       center=SHARED)
    groups = sorted(set(group_of.values()))
    group_index = {key: number for number, key in enumerate(groups)}
    entity_rows = []
    for key in entities:
        node = nodes[key]
        row: dict = {"id": key, "label": node.label, "cls": ENTITY_CLASSES.index(node.cls)}
        names = [node.label, *node.alt]
        optional = {
            "alt": node.alt, "facts": node.facts, "reports": report_refs(node.reports),
            # a surface that is the label or an alternative name is stored as its index among them
            "evidence": sorted(([*cited(report, sentence), names.index(surface) if surface in names else surface]
                                for report, sentence, surface in node.evidence), key=lambda e: (e[:2], str(e[2]))),
            "outcomes": [_outcome_row(o, sentences, report_refs) for o in node.outcomes],
        }
        row.update({name: value for name, value in optional.items() if value})
        if key in positions:
            row["xy"] = list(positions[key])
            row["group"] = group_index[group_of[key]]
            row["size"] = min(30, 8 + round(3 * math.log2(1 + len(node.reports) + degree[key])))
        entity_rows.append(row)
    report_rows = []
    for key in reports:
        node = nodes[key]
        row = {"id": key, "label": node.label}
        optional = {"facts": node.facts, "covers": [entity_index[r] for r in node.covers if r in entity_index],
                    "outcomes": [_outcome_row(o, sentences, report_refs) for o in node.outcomes]}
        row.update({name: value for name, value in optional.items() if value})
        report_rows.append(row)
    link_rows = []
    for subject, name, obj in links:
        evidence = sorted(cited(report, sentence) for report, sentence in relation_evidence.get((subject, name, obj), ()))
        link_rows.append([entity_index[subject], list(EDGE_STYLE).index(name), entity_index[obj], evidence])
    return {"classes": ENTITY_CLASSES, "predicates": list(EDGE_STYLE), "outcomeKeys": OUTCOME_KEYS,
            "entities": entity_rows, "reports": report_rows, "links": link_rows, "sentences": sentences.values,
            "groups": groups, "series": [_series_row(one, sentences, report_index) for one in series]}


def _series_row(series: dict, sentences: _Table, report_index: dict[str, int]) -> dict:
    """A side-by-side series for the chart: its bars as [place, code, value, qualifier, figures, place IRI],
    each figure [text, sentence index, report index]."""
    return {"subject": series["subject"], "measure": series["measure"], "family": series["family"],
            "year": series["year"], "unit": series["unit"],
            "bars": [[bar["place"], bar["code"], bar["value"], bar["qualifier"],
                      [[f["text"], sentences[f["evidence"]], report_index.get(f["report"], -1)] for f in bar["figures"]],
                      bar["iri"]]
                     for bar in series["bars"]]}


def _outcome_row(outcome: dict, sentences: _Table, report_refs) -> list:
    """An outcome as a list in OUTCOME_KEYS order: text fields, then sentence index, then report indices."""
    row: list = [outcome.get(name, "") for name in OUTCOME_KEYS[:-2]]
    row.append(sentences[outcome["evidence"]] if "evidence" in outcome else -1)
    row.append(report_refs(outcome["reports"]))
    return row


def _drawn(nodes: dict[str, Node], entities: list[str], degree: dict[str, int]) -> set[str]:
    """The entities on the canvas: all of them up to MAX_NODES, else the best attested."""
    if len(entities) <= MAX_NODES:
        return set(entities)
    ranked = sorted(entities, key=lambda key: (-len(nodes[key].reports), -degree[key], key))
    return set(ranked[:MAX_NODES])


def _groups(nodes: dict[str, Node], drawn: set[str]) -> dict[str, str]:
    """Each drawn entity's locality: the region its reports cover, if they all cover one; else SHARED.

    A report that covers no region is a locality of its own.
    """
    locality = {key: node.covers[0] if node.covers else key for key, node in nodes.items() if node.cls == "Report"}
    groups = {}
    for key in drawn:
        places = {locality[report] for report in nodes[key].reports if report in locality}
        groups[key] = places.pop() if len(places) == 1 else SHARED
    return groups


# --- the page ------------------------------------------------------------------------


def _page(data: dict) -> str:
    """The HTML: our template around the data, with vis-network inlined."""
    classes = [{"name": name, "color": CLASS_STYLE[name][0], "gloss": CLASS_STYLE[name][1], "count": count}
               for number, name in enumerate(ENTITY_CLASSES)
               if (count := sum(1 for row in data["entities"] if row["cls"] == number))]
    predicates = [{"name": name, "color": colour, "gloss": gloss, "count": count}
                  for number, (name, (colour, gloss)) in enumerate(EDGE_STYLE.items())
                  if (count := sum(1 for row in data["links"] if row[1] == number))]
    drawn = sum(1 for row in data["entities"] if "xy" in row)
    template = _environment().get_template("graph.html")
    return template.render(data_json=Markup(script_json(data)), series_count=len(data.get("series", ())), vis_js=Markup(_asset("vis-network.min.js")),
                           vis_css=Markup(_asset("vis-network.css")), classes=classes, predicates=predicates,
                           entity_count=len(data["entities"]), drawn=drawn, report_count=len(data["reports"]),
                           link_count=len(data["links"]), label_chars=LABEL_CHARS)


# no replacement holds a character replaced, so replacing one after the other is replacing all at once
_SCRIPT_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))
_SURROGATE = re.compile("[\ud800-\udfff]")


def script_json(value) -> str:
    """JSON that is safe inside <script>: no <, > or & (so no `</script>` or `<!--`), no line separators.

    These characters can only occur inside JSON strings, where the \\u escape means the same.
    Lone surrogates (from badly decoded files) are escaped too, so the page always encodes as UTF-8.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in _SCRIPT_ESCAPES:  # str.replace scans in C; str.translate with a table calls back per character
        text = text.replace(char, escaped)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@cache
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
                       autoescape=select_autoescape(["html"]), keep_trailing_newline=True)


@cache
def _asset(name: str) -> str:
    """A vis-network file shipped inside pyvis, made safe to inline in <script> or <style>."""
    spec = importlib.util.find_spec("pyvis")  # found, not imported: importing pyvis pulls in IPython and takes seconds
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis, which ships vis-network, is not installed")
    folder = Path(list(spec.submodule_search_locations)[0])
    text = (folder / "templates" / "lib" / "vis-9.1.2" / name).read_text("utf-8")
    # "<\/" means "</" in JS strings, regexes and CSS strings, and cannot end the element
    return re.sub(r"</(?=(script|style))", r"<\\/", text, flags=re.IGNORECASE)


__all__ = ["render_view", "script_json", "CLASS_STYLE", "EDGE_STYLE", "MAX_NODES", "OUTCOME_KEYS"]
