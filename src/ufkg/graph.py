"""KnowledgeBase -> rdflib Dataset under ontology/ufkg.ttl, and its serialisations.

The default graph holds the ontology and the facts that belong to no single
report (entities' classes and names, the region hierarchy from the
administrative-division data); each report has a named graph, named by the
report's IRI, with what was read from it: the report's metadata, every
mention, link and outcome, each with its evidence sentence.

Provenance: every uf:mentionedIn and every relation between entities has a
uf:Statement node that reifies the triple (rdf:subject, rdf:predicate,
rdf:object) and carries uf:statedIn (the report) and uf:evidence (the sentence).
"""
from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from functools import cache, lru_cache
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, SKOS

from .model import Entity, KnowledgeBase, Outcome, Report
from .paths import ontology_dir
from .turtle import TurtleWriter

UF = Namespace("https://w3id.org/ufkg/ontology#")
RES = Namespace("https://w3id.org/ufkg/resource/")
PREFIXES = {"uf": UF, "res": RES, "rdfs": RDFS, "skos": SKOS, "dcterms": DCTERMS, "xsd": XSD, "prov": PROV, "rdf": RDF}
# the vocabularies the ontology aligns to, written with prefixes too
WRITTEN_PREFIXES = {**PREFIXES, "owl": OWL, "org": Namespace("http://www.w3.org/ns/org#"),
                    "schema": Namespace("https://schema.org/"), "foaf": FOAF}
SAFE = "/-_.~"


@lru_cache(maxsize=1 << 17)
def iri(key: str) -> URIRef:
    """The IRI of a key: letters and digits of any script kept (readable Chinese), everything else percent-encoded."""
    return RES["".join(char if char.isalnum() or char in SAFE else quote(char, safe="") for char in key)]


@lru_cache(maxsize=1 << 14)
def report_iri(report_id: str) -> URIRef:
    return iri(f"report/{report_id}")


@cache
def ontology_graph() -> Graph:
    """The ontology (ufkg.ttl), parsed once."""
    return Graph().parse(ontology_dir() / "ufkg.ttl", format="turtle")


def build_dataset(kb: KnowledgeBase, with_ontology: bool = True) -> Dataset:
    """The whole graph: default graph for shared facts, one named graph per report."""
    return dataset_of(graph_quads(kb, with_ontology))


def graph_quads(kb: KnowledgeBase, with_ontology: bool = True) -> list[tuple]:
    """Every quad of the graph, each once, sorted: (s, p, o, report IRI or None for the default graph).

    The dataset, the union graph and the Turtle and TriG files are all made
    from this one list, so the triples are generated and sorted once.
    """
    quads: list[tuple] = []
    default = None  # the default graph's context

    def add(s, p, o, g=default):
        quads.append((s, p, o, g))

    if with_ontology:
        for triple in ontology_graph():
            add(*triple)
    for entity in kb.entities.values():
        _entity_triples(entity, add)
    for report in kb.reports:
        _report_triples(report, kb, add)
    for link in kb.links:
        subject, obj = iri(link.subject), iri(link.object)
        graph = report_iri(link.report) if link.report else None
        add(subject, UF[link.predicate], obj, graph)
        if link.report:
            _statement(subject, UF[link.predicate], obj, link.report, link.evidence, None, add)
    for outcome in kb.outcomes:
        _outcome_triples(outcome, add)
    return sorted(set(quads), key=_quad_order)


def dataset_of(quads: list[tuple]) -> Dataset:
    """A Dataset holding quads (graph_quads), with the prefixes bound."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    default = dataset.default_graph
    graphs: dict = {}
    for s, p, o, g in quads:
        if g is None:
            default.add((s, p, o))
        else:
            graph = graphs.get(g)
            if graph is None:
                graph = graphs[g] = dataset.graph(g)
            graph.add((s, p, o))
    return dataset


def union_triples(quads: list[tuple]) -> list[tuple]:
    """The distinct triples of quads, in the quads' order."""
    return list(dict.fromkeys((s, p, o) for s, p, o, _ in quads))


def graph_of(triples) -> Graph:
    """A Graph of triples, with the dataset's prefixes."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for triple in triples:
        graph.add(triple)
    return graph


def _quad_order(quad):
    s, p, o, g = quad
    return str(s), str(p), str(o), "" if g is None else str(g)


def _entity_triples(entity: Entity, add) -> None:
    node = iri(entity.key)
    add(node, RDF.type, UF[entity.cls])
    add(node, RDFS.label, Literal(entity.label, lang="zh"))
    for alt in sorted(entity.alt_labels - {entity.label}):
        add(node, SKOS.altLabel, Literal(alt, lang="zh"))
    if entity.code:
        add(node, UF.adminCode, Literal(entity.code))
    if entity.level:
        add(node, UF.level, Literal(entity.level))
    if entity.parent:
        add(node, UF.partOf, iri(entity.parent))
    for report_id, (sentence, surface) in entity.evidence.items():
        add(node, UF.mentionedIn, report_iri(report_id), report_iri(report_id))
        _statement(node, UF.mentionedIn, report_iri(report_id), report_id, sentence, surface, add)


def _statement(subject, predicate, obj, report_id, evidence, surface, add) -> None:
    digest = hashlib.sha1(f"{subject}|{predicate}|{obj}|{report_id}".encode()).hexdigest()[:16]
    node = RES[f"statement/{digest}"]
    graph = report_iri(report_id)
    add(node, RDF.type, UF.Statement, graph)
    add(node, RDF.subject, subject, graph)
    add(node, RDF.predicate, predicate, graph)
    add(node, RDF.object, obj, graph)
    add(node, UF.statedIn, report_iri(report_id), graph)
    if evidence:
        add(node, UF.evidence, Literal(evidence), graph)
    if surface:
        add(node, UF.surface, Literal(surface), graph)


def _report_triples(report: Report, kb: KnowledgeBase, add) -> None:
    node = report_iri(report.id)
    meta = report.meta
    add(node, RDF.type, UF.Report, node)
    add(node, UF.sourceFile, Literal(report.source_file), node)
    if meta.title:
        add(node, DCTERMS.title, Literal(meta.title, lang="zh"), node)
    if report.region:
        add(node, UF.coversRegion, iri(report.region), node)
    if meta.year:
        add(node, UF.coversYear, Literal(str(meta.year), datatype=XSD.gYear), node)
    if meta.publisher:
        add(node, DCTERMS.publisher, Literal(meta.publisher, lang="zh"), node)
    if meta.date:
        add(node, DCTERMS.issued, Literal(meta.date, datatype=XSD.date), node)


def _outcome_triples(outcome: Outcome, add) -> None:
    node = iri(outcome.key)
    graph = report_iri(outcome.report)
    subject = iri(outcome.subject) if outcome.subject else report_iri(outcome.report)
    add(node, RDF.type, UF.Outcome, graph)
    add(subject, UF.hasOutcome, node, graph)
    add(node, UF.value, Literal(_decimal_text(outcome.value), datatype=XSD.decimal), graph)
    add(node, UF.unit, Literal(outcome.unit), graph)
    if outcome.counts:
        add(node, UF.counts, Literal(outcome.counts), graph)
    add(node, UF.qualifier, Literal(outcome.qualifier), graph)
    add(node, UF.status, Literal(outcome.status), graph)
    if outcome.period:
        add(node, UF.period, Literal(str(outcome.period), datatype=XSD.gYear), graph)
    add(node, UF.quantityText, Literal(outcome.text), graph)
    add(node, UF.evidence, Literal(outcome.evidence), graph)
    add(node, UF.mentionedIn, graph, graph)


def _decimal_text(value: Decimal) -> str:
    """A decimal written plainly (729000000, 67.1): no exponent, no trailing zeros."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def union_graph(dataset: Dataset) -> Graph:
    """Every triple of the dataset in one graph, with the dataset's prefixes."""
    return graph_of(union_triples(sorted(dataset.quads((None, None, None, None)), key=_quad_order)))


def serialize_all(dataset: Dataset, quads: list[tuple] | None = None) -> dict[str, bytes]:
    """graph.ttl, graph.trig and graph.jsonld of a dataset, as bytes.

    quads, the dataset's own (graph_quads), spare reading them back from rdflib's store.
    """
    context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    jsonld = dataset.serialize(format="json-ld", context=context, indent=1, sort_keys=True)
    writer = TurtleWriter(WRITTEN_PREFIXES)
    if quads is None:
        quads = _quads_of(dataset)
    return {
        "graph.ttl": (writer.header() + "\n" + writer.body(union_triples(quads))).encode("utf-8"),
        "graph.trig": trig_text(dataset, writer, quads).encode("utf-8"),
        "graph.jsonld": _stable_json(_default_graph_at_top(jsonld)).encode("utf-8"),
    }


def _quads_of(dataset: Dataset) -> list[tuple]:
    default_id = dataset.default_graph.identifier
    return [(s, p, o, None if g == default_id else g) for s, p, o, g in dataset.quads((None, None, None, None))]


def trig_text(dataset: Dataset, writer: TurtleWriter | None = None, quads: list[tuple] | None = None) -> str:
    """TriG with the default graph first and the named graphs in IRI order, each block sorted."""
    writer = writer or TurtleWriter(WRITTEN_PREFIXES)
    by_graph: dict = {None: []}
    for s, p, o, g in quads if quads is not None else _quads_of(dataset):
        by_graph.setdefault(g, []).append((s, p, o))
    default = by_graph.pop(None)
    parts = [writer.header(), "\n{\n", writer.body(default, "    "), "}\n"]
    for name in sorted(by_graph, key=str):
        parts += [f"\n{writer.term(name)} {{\n", writer.body(by_graph[name], "    "), "}\n"]
    return "".join(parts)


def _default_graph_at_top(text: str) -> dict:
    """JSON-LD whose default graph's nodes stand in the top-level @graph, beside the named graphs.

    rdflib writes the default graph as one more `{"@graph": [...]}` object
    without an @id; by JSON-LD's rules that is a named graph with a blank-node
    name, which is how Oxigraph and other engines read it. Lifting its nodes to
    the top level puts them in the default graph, as graph.trig has them.
    """
    data = json.loads(text)
    if not isinstance(data, dict) or not isinstance(data.get("@graph"), list):
        return data
    top = []
    for item in data["@graph"]:
        if isinstance(item, dict) and "@id" not in item and set(item) <= {"@graph"}:
            top.extend(item.get("@graph", []))
        else:
            top.append(item)
    data["@graph"] = top
    return data


def _stable_json(data: dict) -> str:
    """JSON-LD with its node lists in a fixed order, so two builds are byte-identical."""

    def order(value):
        if isinstance(value, dict):
            return {key: order(item) for key, item in sorted(value.items())}
        if isinstance(value, list):
            items = [order(item) for item in value]
            return sorted(items, key=lambda item: json.dumps(item, ensure_ascii=False, sort_keys=True))
        return value

    return json.dumps(order(data), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
