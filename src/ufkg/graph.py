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
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from itertools import repeat
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, SKOS

from .measures import Measure, outcome_measure
from .model import Entity, KnowledgeBase, Outcome, Report
from .paths import ontology_dir
from .turtle import TurtleWriter, order_text

UF = Namespace("https://w3id.org/ufkg/ontology#")
RES = Namespace("https://w3id.org/ufkg/resource/")
PREFIXES = {"uf": UF, "res": RES, "rdfs": RDFS, "skos": SKOS, "dcterms": DCTERMS, "xsd": XSD, "prov": PROV, "rdf": RDF}
# the vocabularies the ontology aligns to, written with prefixes too
WRITTEN_PREFIXES = {**PREFIXES, "owl": OWL, "org": Namespace("http://www.w3.org/ns/org#"),
                    "schema": Namespace("https://schema.org/"), "foaf": FOAF}
SAFE = "/-_.~"


class _Terms:
    """A namespace's terms made once: rdflib's Namespace builds and checks a new URIRef on every attribute read,
    which was a tenth of making the quads."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = self._namespace[name]
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return getattr(self, name)


_UF, _RDF, _RDFS, _SKOS, _DCTERMS, _XSD = (_Terms(ns) for ns in (UF, RDF, RDFS, SKOS, DCTERMS, XSD))


@lru_cache(maxsize=1 << 17)
def iri(key: str) -> URIRef:
    """The IRI of a key: letters and digits of any script kept (readable Chinese), everything else percent-encoded."""
    return RES["".join(char if char.isalnum() or char in SAFE else quote(char, safe="") for char in key)]


@lru_cache(maxsize=1 << 12)
def _word(text: str) -> Literal:
    """A plain literal of a short, often repeated text (a unit, a status, a measure): made once.

    rdflib's Literal constructor is Python code that checks and converts its
    lexical form; equal literals are interchangeable, so one is shared.
    """
    return Literal(text)


@lru_cache(maxsize=1 << 17)
def _text(text: str) -> Literal:
    """A plain literal of a text that recurs: a sentence is the evidence of every statement read from it."""
    return Literal(text)


@lru_cache(maxsize=1 << 14)
def _typed(text: str, datatype: URIRef) -> Literal:
    """A typed literal made once per lexical form (a year, a value): rdflib parses each one it makes."""
    return Literal(text, datatype=datatype)


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


def graph_quads(kb: KnowledgeBase, with_ontology: bool = True, digests: dict | None = None) -> list[tuple]:
    """Every quad of the graph, each once, sorted: (s, p, o, report IRI or None for the default graph).

    The dataset, the union graph and the Turtle and TriG files are all made
    from this one list, so the triples are generated and sorted once.
    digests, if given, is filled with each named graph's digest (_sorted_unique).
    """
    return sorted_quads(raw_quads(kb, with_ontology), digests)


def sorted_quads(raw: list[tuple], digests: dict | None = None) -> list[tuple]:
    """raw_quads sorted and each once (graph_quads); digests as graph_quads fills them."""
    return _sorted_unique(raw, digests)


def raw_quads(kb: KnowledgeBase, with_ontology: bool = True) -> list[tuple]:
    """Every quad of the graph as generated: unsorted, some more than once (graph_quads sorts them).

    What reads only the set of triples (SHACL, the view, the network) can
    start from these while the sort, a third of graph_quads, goes on.
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
        add(subject, _UF[link.predicate], obj, graph)
        if link.report:
            _statement(subject, _UF[link.predicate], obj, link.report, link.evidence, None, add)
    regions = {report.id: report.region for report in kb.reports}
    for outcome in kb.outcomes:
        _outcome_triples(outcome, add)
        _measure_triples(outcome, outcome_measure(outcome, kb.entities, regions.get(outcome.report)), add)
    return quads


def _sorted_unique(quads: list[tuple], digests: dict | None = None) -> list[tuple]:
    """quads sorted by _quad_order, each once.

    rdflib's terms hash and compare in Python, and a key of five strings per
    quad held copies of every term's text: a set of the quads and their sort
    were most of this function's time and its memory. So each quad's key is
    one string, its parts joined by NUL, which sorts exactly as the tuple of
    parts does when no part holds a NUL (else the tuples are used); equal
    quads have equal keys, so after the sort duplicates are neighbours.

    digests, if given, is filled with each named graph's digest: a SHA-256 of
    its quads' keys, which say everything its part of the files is written
    from (graph.Fragment). Left empty when a key could not be joined.
    """
    # an IRI object (most quads) is joined here; any other goes through _joined_order
    keys = ["\0".join((s, p, o, "" if g is None else g, "URIRef", "")) if type(o) is URIRef else _joined_order((s, p, o, g))
            for s, p, o, g in quads]
    joined = sum(map(str.count, keys, repeat("\0"))) == 5 * len(keys)  # no part holds a NUL of its own
    if not joined:
        keys = [_quad_order(quad) for quad in quads]
    order = sorted(range(len(quads)), key=keys.__getitem__)
    result, previous = [], None
    by_graph: dict = {}
    track = digests is not None and joined
    for index in order:
        key = keys[index]
        if key != previous:
            quad = quads[index]
            result.append(quad)
            previous = key
            if track and quad[3] is not None:
                graph_keys = by_graph.get(quad[3])
                if graph_keys is None:
                    graph_keys = by_graph[quad[3]] = []
                graph_keys.append(key)
    for graph, graph_keys in by_graph.items():
        # each key holds exactly five NULs, so keys joined by a NUL are read back one way only
        digests[graph] = hashlib.sha256("\0".join(graph_keys).encode("utf-8", "surrogatepass")).hexdigest()
    return result


def _joined_order(quad) -> str:
    """_quad_order(quad) as one string (NUL between parts): the same order unless a part holds a NUL itself."""
    s, p, o, g = quad
    kind = type(o)
    if kind is Literal or (kind is not URIRef and isinstance(o, Literal)):  # isinstance alone runs abc's check
        parts = (s, p, o, "" if g is None else g, o.language or "", o.datatype or "")
    else:
        parts = (s, p, o, "" if g is None else g, type(o).__name__, "")
    return "\0".join(parts)


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


class TripleIndex:
    """Distinct triples answering the few Graph look-ups the view and the network make, without rdflib's store.

    An rdflib Graph of the union held every triple three times over in its
    indexes (a gigabyte and several seconds at a thousand reports) only to be
    read predicate by predicate. This keeps the triples grouped by predicate
    and builds a subject or object table for a predicate when one is asked
    for. Each method yields what rdflib's method of the same name yields, as a
    set; callers sort what they keep.
    """

    def __init__(self, triples) -> None:
        by_predicate: dict = {}
        for s, p, o in triples:
            pairs = by_predicate.get(p)
            if pairs is None:
                pairs = by_predicate[p] = []
            pairs.append((s, o))
        self._pairs = by_predicate
        self._objects: dict = {}  # predicate -> subject -> objects
        self._subjects: dict = {}  # predicate -> object -> subjects

    def subject_objects(self, predicate):
        return iter(self._pairs.get(predicate, ()))

    def objects(self, subject, predicate):
        if subject is None:
            return iter(dict.fromkeys(o for _, o in self._pairs.get(predicate, ())))
        return iter(self._table(self._objects, predicate, False).get(subject, ()))

    def subjects(self, predicate, obj):
        return iter(self._table(self._subjects, predicate, True).get(obj, ()))

    def transitive_objects(self, subject, predicate):
        """subject, then what it reaches through predicate, each once (rdflib's Graph.transitive_objects)."""
        seen, todo = {subject}, [subject]
        while todo:
            node = todo.pop()
            yield node
            for nxt in self.objects(node, predicate):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)

    def _table(self, tables: dict, predicate, by_object: bool) -> dict:
        table = tables.get(predicate)
        if table is None:
            table = tables[predicate] = {}
            for s, o in self._pairs.get(predicate, ()):
                key, value = (o, s) if by_object else (s, o)
                table.setdefault(key, []).append(value)
        return table


def _quad_order(quad):
    """A total order of quads: two literals of one text differ by language or datatype."""
    s, p, o, g = quad
    kind = (o.language or "", str(o.datatype or "")) if isinstance(o, Literal) else (type(o).__name__, "")
    return str(s), str(p), str(o), "" if g is None else str(g), kind


def _entity_triples(entity: Entity, add) -> None:
    node = iri(entity.key)
    add(node, _RDF.type, _UF[entity.cls])
    add(node, _RDFS.label, Literal(entity.label, lang="zh"))
    for alt in sorted(entity.alt_labels - {entity.label}):
        add(node, _SKOS.altLabel, Literal(alt, lang="zh"))
    if entity.code:
        add(node, _UF.adminCode, Literal(entity.code))
    if entity.level:
        add(node, _UF.level, _word(entity.level))
    if entity.parent:
        add(node, _UF.partOf, iri(entity.parent))
    for report_id, (sentence, surface) in entity.evidence.items():
        add(node, _UF.mentionedIn, report_iri(report_id), report_iri(report_id))
        _statement(node, _UF.mentionedIn, report_iri(report_id), report_id, sentence, surface, add)


def _statement(subject, predicate, obj, report_id, evidence, surface, add) -> None:
    digest = hashlib.sha1(f"{subject}|{predicate}|{obj}|{report_id}".encode()).hexdigest()[:16]
    node = RES[f"statement/{digest}"]
    graph = report_iri(report_id)
    add(node, _RDF.type, _UF.Statement, graph)
    add(node, _RDF.subject, subject, graph)
    add(node, _RDF.predicate, predicate, graph)
    add(node, _RDF.object, obj, graph)
    add(node, _UF.statedIn, report_iri(report_id), graph)
    if evidence:
        add(node, _UF.evidence, _text(evidence), graph)
    if surface:
        add(node, _UF.surface, _text(surface), graph)


def _report_triples(report: Report, kb: KnowledgeBase, add) -> None:
    node = report_iri(report.id)
    meta = report.meta
    add(node, _RDF.type, _UF.Report, node)
    add(node, _UF.sourceFile, Literal(report.source_file), node)
    if meta.title:
        add(node, _DCTERMS.title, Literal(meta.title, lang="zh"), node)
    if report.region:
        add(node, _UF.coversRegion, iri(report.region), node)
    if meta.year:
        add(node, _UF.coversYear, _typed(str(meta.year), _XSD.gYear), node)
    if meta.publisher:
        add(node, _DCTERMS.publisher, Literal(meta.publisher, lang="zh"), node)
    if meta.date:
        add(node, _DCTERMS.issued, Literal(meta.date, datatype=_XSD.date), node)


def _outcome_triples(outcome: Outcome, add) -> None:
    node = iri(outcome.key)
    graph = report_iri(outcome.report)
    subject = iri(outcome.subject) if outcome.subject else report_iri(outcome.report)
    add(node, _RDF.type, _UF.Outcome, graph)
    add(subject, _UF.hasOutcome, node, graph)
    add(node, _UF.value, _typed(_decimal_text(outcome.value), _XSD.decimal), graph)
    add(node, _UF.unit, _word(outcome.unit), graph)
    if outcome.counts:
        add(node, _UF.counts, _word(outcome.counts), graph)
    add(node, _UF.qualifier, _word(outcome.qualifier), graph)
    add(node, _UF.status, _word(outcome.status), graph)
    if outcome.period:
        add(node, _UF.period, _typed(str(outcome.period), _XSD.gYear), graph)
    add(node, _UF.quantityText, _text(outcome.text), graph)
    add(node, _UF.evidence, _text(outcome.evidence), graph)
    add(node, _UF.mentionedIn, graph, graph)
    if outcome.part_of:
        add(node, _UF.partOfTotal, iri(outcome.part_of), graph)


def _measure_triples(outcome: Outcome, measure: Measure, add) -> None:
    """uf:measure and uf:unitFamily: what the outcome counts, comparable across reports (ufkg.measures)."""
    node, graph = iri(outcome.key), report_iri(outcome.report)
    add(node, _UF.measure, _word(measure.name), graph)
    add(node, _UF.unitFamily, _word(measure.family), graph)


def _decimal_text(value: Decimal) -> str:
    """A decimal written plainly (729000000, 67.1): no exponent, no trailing zeros."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def union_graph(dataset: Dataset) -> Graph:
    """Every triple of the dataset in one graph, with the dataset's prefixes."""
    return graph_of(union_triples(dataset_quads(dataset)))


def serialize_all(quads: list[tuple], triples: list[tuple] | None = None, fragments=None,
                  digests: dict | None = None) -> dict[str, bytes]:
    """graph.ttl, graph.trig and graph.jsonld of the sorted quads (graph_quads), as bytes.

    triples: union_triples(quads) when the caller has made them already.
    fragments: where each named graph's Fragment is kept between builds
    (ufkg.cache.FragmentStore: get(digest) and put(digest, fragment)), with
    digests, the named graphs' digests that graph_quads gave. A named graph
    whose fragment is stored is not written again; the bytes are the same.
    """
    triples = union_triples(quads) if triples is None else triples
    if fragments is not None and digests is not None:
        written = _serialize_with_fragments(quads, triples, fragments, digests)
        if written is not None:
            return written
    writer = TurtleWriter(WRITTEN_PREFIXES)
    return {
        "graph.ttl": (writer.header() + "\n" + writer.body(triples)).encode("utf-8"),
        "graph.trig": trig_text(quads, writer).encode("utf-8"),
        "graph.jsonld": jsonld_bytes(quads),
    }


@dataclass(frozen=True)
class Fragment:
    """One named graph's share of graph.trig, graph.jsonld and graph.ttl, as they write it.

    A report's named graph holds what was read from that report, so while its
    quads are unchanged (the same digest) so are these bytes: a rebuild after
    one report was added writes that report's graph and reuses every other
    one's. graph.ttl groups the union's triples by subject, so the graph's
    block of a subject is used only when no other graph has that subject (a
    statement, an outcome, the report itself); the shared ones (entities) are
    written afresh from the union.
    """

    trig: bytes  # the graph in graph.trig: "\n<name> {\n" ... "}\n"
    jsonld: bytes  # the graph's node in graph.jsonld's top-level @graph: "{" ... "}"
    subjects: tuple[str, ...]  # each subject's turtle.order_text, in order
    turtle: tuple[bytes, ...]  # each subject's block in graph.ttl, from this graph's triples alone


def make_fragment(name, quads: list[tuple], writer: TurtleWriter) -> Fragment | None:
    """The Fragment of the named graph `name` from its sorted quads; None if a subject is a literal."""
    triples = [(s, p, o) for s, p, o, _ in quads]
    blocks = writer.blocks(triples)
    subjects = tuple(order_text(subject) for subject, _ in blocks)
    if None in subjects:
        return None
    out: list[str] = []
    _jsonld_graph(name, quads, out)
    # the graph's TriG block is the same blocks indented: a line break is only ever a block's own (turtle escapes
    # every one inside a literal and encodes every one in an IRI), so each is where body puts its separator
    indented = "\n".join(["    " + block.replace(" ;\n    ", " ;\n        ") for _, block in blocks])
    return Fragment(trig=f"\n{writer.term(name)} {{\n{indented}}}\n".encode("utf-8"), jsonld="".join(out).encode("utf-8"),
                    subjects=subjects, turtle=tuple(block.encode("utf-8") for _, block in blocks))


def _serialize_with_fragments(quads: list[tuple], triples: list[tuple], fragments, digests: dict) -> dict | None:
    """serialize_all's three files, each named graph from its stored Fragment or made and stored; None to write them whole."""
    default = [quad for quad in quads if quad[3] is None]
    named = {str(name): name for name in digests}
    if len(named) != len(digests) or (not digests and len(default) != len(quads)):
        return None  # two graphs named alike, or graphs without digests: written whole
    writer = TurtleWriter(WRITTEN_PREFIXES)
    stored = {text: fragments.get(digests[name]) for text, name in named.items()}
    missing = {name for text, name in named.items() if stored[text] is None}
    fresh: dict = {}
    if missing:
        for quad in quads:
            if quad[3] in missing:
                fresh.setdefault(quad[3], []).append(quad)
    # graph.ttl: a subject in one named graph alone is that graph's block; the others are written from the union
    shared: set[str] = set()
    for s, _, _, _ in default:
        text = order_text(s)
        if text is None:
            return None
        shared.add(text)
    own: dict[str, bytes] = {}
    trig_parts = [writer.header().encode("utf-8"), b"\n{\n",
                  writer.body([(s, p, o) for s, p, o, _ in default], "    ").encode("utf-8"), b"}\n"]
    jsonld_parts: list[bytes] = []
    for text in sorted(named):
        name = named[text]
        fragment = stored.pop(text)
        if fragment is None:
            fragment = make_fragment(name, fresh.pop(name), writer)
            if fragment is None:
                return None
            fragments.put(digests[name], fragment)
        trig_parts.append(fragment.trig)
        jsonld_parts.append(fragment.jsonld)
        for subject, block in zip(fragment.subjects, fragment.turtle):
            if subject in own:
                shared.add(subject)
            own[subject] = block
    for subject in shared:
        own.pop(subject, None)
    in_union: list[tuple] = []
    last, take = None, False
    for triple in triples:
        subject = triple[0]
        if subject is not last:
            last = subject
            take = order_text(subject) not in own
        if take:
            in_union.append(triple)
    blocks = [(order_text(subject), block.encode("utf-8")) for subject, block in writer.blocks(in_union)]
    blocks += own.items()
    blocks.sort(key=_first)
    return {
        "graph.ttl": writer.header().encode("utf-8") + b"\n" + b"\n".join([block for _, block in blocks]),
        "graph.trig": b"".join(trig_parts),
        "graph.jsonld": _jsonld_document(default, jsonld_parts),
    }


def _first(pair):
    return pair[0]


def dataset_quads(dataset: Dataset) -> list[tuple]:
    """A dataset's quads as graph_quads gives them: sorted, None naming the default graph."""
    default_id = dataset.default_graph.identifier
    quads = [(s, p, o, None if g == default_id else g) for s, p, o, g in dataset.quads((None, None, None, None))]
    return sorted(quads, key=_quad_order)


def trig_text(quads: list[tuple], writer: TurtleWriter | None = None) -> str:
    """TriG with the default graph first and the named graphs in IRI order, each block sorted."""
    writer = writer or TurtleWriter(WRITTEN_PREFIXES)
    by_graph: dict = {None: []}
    for s, p, o, g in quads:
        by_graph.setdefault(g, []).append((s, p, o))
    default = by_graph.pop(None)
    parts = [writer.header(), "\n{\n", writer.body(default, "    "), "}\n"]
    for name in sorted(by_graph, key=str):
        parts.append(_trig_graph(name, by_graph[name], writer))
    return "".join(parts)


def _trig_graph(name, triples: list[tuple], writer: TurtleWriter) -> str:
    """A named graph's block of graph.trig."""
    return f"\n{writer.term(name)} {{\n{writer.body(triples, '    ')}}}\n"


def jsonld_text(quads: list[tuple]) -> str:
    """JSON-LD of the sorted quads (jsonld_bytes), as text."""
    return jsonld_bytes(quads).decode("utf-8")


def jsonld_bytes(quads: list[tuple]) -> bytes:
    """JSON-LD of the sorted quads, written directly: the default graph's nodes in the top-level @graph,
    each named graph as a node with its own @graph, as graph.trig has them.

    Every literal is a value object with its lexical form and its language or
    datatype, so any JSON-LD reader (rdflib, Oxigraph) gets back exactly the
    quads; IRIs are written with the prefixes of the context. The order is the
    quads' own, so two builds are byte-identical. The text is what
    json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) writes,
    but made and encoded graph by graph, so that the whole document never
    exists as Python objects at once (it took a gigabyte at a thousand reports).
    """
    by_graph: dict = {}
    for quad in quads:
        g = quad[3]
        by_graph.setdefault(None if g is None else str(g), []).append(quad)
    default = by_graph.pop(None, [])

    def named():
        for name in sorted(by_graph):
            out: list[str] = []
            graph_quads = by_graph.pop(name)
            _jsonld_graph(graph_quads[0][3], graph_quads, out)
            yield "".join(out).encode("utf-8")
    return _jsonld_document(default, named())


def _jsonld_document(default: list[tuple], named_graphs) -> bytes:
    """The JSON-LD document of the default graph's quads and the named graphs' nodes (_jsonld_graph, encoded), in order."""
    context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    chunks: list[bytes] = []
    out: list[str] = ["{", _INDENTS[1], '"@context": ']
    _indented_json(context, 1, out)
    out += [",", _INDENTS[1], '"@graph": ']
    separator = _INDENTS[2]
    out.append("[")
    for number, node in enumerate(_jsonld_nodes(default)):
        out.append(separator)
        separator = "," + _INDENTS[2]
        _write_node(node, 2, out)
        if number % 1000 == 999:
            chunks.append("".join(out).encode("utf-8"))
            out.clear()
    chunks.append("".join(out).encode("utf-8"))
    out.clear()
    for graph in named_graphs:
        chunks.append(separator.encode("utf-8"))
        separator = "," + _INDENTS[2]
        chunks.append(graph)
    if separator == _INDENTS[2]:  # nothing in the @graph
        chunks[-1] = chunks[-1][:-1] + b"[]"
    else:
        out += [_INDENTS[1], "]"]
    out += [_INDENTS[0], "}\n"]
    chunks.append("".join(out).encode("utf-8"))
    return b"".join(chunks)


def _jsonld_graph(name, quads: list[tuple], out: list[str]) -> None:
    """A named graph's node in graph.jsonld's top-level @graph, appended to out."""
    out += ["{", _INDENTS[3], '"@graph": [']  # {"@graph": [...], "@id": ...} as _indented_json writes it
    inner = _INDENTS[4]
    for node in _jsonld_nodes(quads):
        out.append(inner)
        inner = "," + _INDENTS[4]
        _write_node(node, 4, out)
    out += [_INDENTS[3], "],", _INDENTS[3], '"@id": ', _JSON_STRING(_jsonld_id(name)), _INDENTS[2], "}"]


def _jsonld_nodes(quads: list[tuple]):
    """The node objects of one graph's quads, in the order of their subjects' first quads.

    A node is {"@id": id, "@type": [ids], predicate id: [terms]}: the terms
    are made value objects only as they are written (_write_node).
    """
    nodes: dict = {}
    rdf_type = _RDF.type
    keys: dict = {}  # predicate -> its key, None for rdf:type (rdflib's == is Python code, a dict's identity check is not)
    for s, p, o, _ in quads:
        node = nodes.get(s)
        if node is None:
            node = nodes[s] = {"@id": _jsonld_id(s)}
        key = keys.get(p, keys)
        if key is keys:
            key = keys[p] = None if p == rdf_type else _jsonld_id(p)
        if key is None and type(o) is URIRef:
            types = node.get("@type")
            if types is None:
                node["@type"] = [_jsonld_id(o)]
            else:
                types.append(_jsonld_id(o))
        else:
            key = key or _jsonld_id(p)
            values = node.get(key)
            if values is None:
                node[key] = [o]
            else:
                values.append(o)
    return nodes.values()


def _write_node(node: dict, level: int, out: list[str]) -> None:
    """A node of _jsonld_nodes, its terms as _jsonld_value's objects, appended to out as _indented_json writes it.

    The generic writer recursed into every value object (a few dicts of one
    or two strings each); the shapes here are fixed, so they are written
    directly: the same bytes, tests/test_graph.py compares them.
    """
    key_indent, item_indent, value_indent = _INDENTS[level + 1], _INDENTS[level + 2], _INDENTS[level + 3]
    encode = _JSON_STRING
    out.append("{")
    separator = key_indent
    for key in sorted(node):
        out.append(separator)
        separator = "," + key_indent
        out.append(encode(key))
        value = node[key]
        if key == "@id":
            out.append(": ")
            out.append(encode(value))
            continue
        out.append(": [")
        between = item_indent
        if key == "@type":
            for item in value:
                out.append(between)
                between = "," + item_indent
                out.append(encode(item))
        else:
            for term in value:
                out.append(between)
                between = "," + item_indent
                out.append("{")
                out.append(value_indent)
                if type(term) is not Literal and not isinstance(term, Literal):
                    out.append('"@id": ')
                    out.append(encode(_jsonld_id(term)))
                elif term.language:
                    out += ['"@language": ', encode(term.language), ",", value_indent, '"@value": ', encode(str(term))]
                elif term.datatype is not None and term.datatype != XSD.string:
                    out += ['"@type": ', encode(_jsonld_id(term.datatype)), ",", value_indent, '"@value": ',
                            encode(str(term))]
                else:
                    out.append('"@value": ')
                    out.append(encode(str(term)))
                out.append(item_indent)
                out.append("}")
        out.append(key_indent)
        out.append("]")
    out.append(_INDENTS[level])
    out.append("}")


_JSON_STRING = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) writes a string with
_INDENTS = ["\n" + " " * level for level in range(16)]


def _indented_json(value, level: int, out: list[str]) -> None:
    """value as json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) writes it, appended to out.

    json.dumps with an indent runs its pure-Python encoder, a generator per
    nested value: a fifth of a merge at a thousand reports went there. This
    writes the same bytes (tests/test_graph.py compares them) in one pass.
    """
    kind = type(value)
    if kind is str:
        out.append(_JSON_STRING(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = _INDENTS[level + 1] if level + 1 < len(_INDENTS) else "\n" + " " * (level + 1)
        separator = "," + inner
        out.append("{")
        out.append(inner)
        first = True
        for key in sorted(value):
            if not first:
                out.append(separator)
            first = False
            out.append(_JSON_STRING(key))
            out.append(": ")
            item = value[key]
            if type(item) is str:  # most values: written here rather than by a call
                out.append(_JSON_STRING(item))
            else:
                _indented_json(item, level + 1, out)
        out.append(_INDENTS[level] if level < len(_INDENTS) else "\n" + " " * level)
        out.append("}")
    elif kind is list:
        if not value:
            out.append("[]")
            return
        inner = _INDENTS[level + 1] if level + 1 < len(_INDENTS) else "\n" + " " * (level + 1)
        separator = "," + inner
        out.append("[")
        out.append(inner)
        first = True
        for item in value:
            if not first:
                out.append(separator)
            first = False
            if type(item) is str:
                out.append(_JSON_STRING(item))
            else:
                _indented_json(item, level + 1, out)
        out.append(_INDENTS[level] if level < len(_INDENTS) else "\n" + " " * level)
        out.append("]")
    else:
        out.append(json.dumps(value))  # numbers, booleans, null: not in graph.jsonld today, written as json would


_COMPACTING = sorted(((str(namespace), prefix) for prefix, namespace in PREFIXES.items()), reverse=True)


@lru_cache(maxsize=1 << 17)
def _jsonld_id(term) -> str:
    if isinstance(term, BNode):
        return f"_:{term}"
    text = str(term)
    for namespace, prefix in _COMPACTING:  # the longest namespace first
        if text.startswith(namespace) and len(text) > len(namespace) and not text[len(namespace):].startswith("//"):
            return f"{prefix}:{text[len(namespace):]}"
    return text


def _jsonld_value(term) -> dict:
    if not isinstance(term, Literal):
        return {"@id": _jsonld_id(term)}
    if term.language:
        return {"@value": str(term), "@language": term.language}
    if term.datatype is not None and term.datatype != XSD.string:
        return {"@value": str(term), "@type": _jsonld_id(term.datatype)}
    return {"@value": str(term)}
