"""The serialisations of the graph: each one read back by rdflib and by Oxigraph gives the same quads in the same graphs."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

DEFAULT = "default"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
FORMATS = {"graph.ttl": ("turtle", ox.RdfFormat.TURTLE), "graph.trig": ("trig", ox.RdfFormat.TRIG),
           "graph.jsonld": ("json-ld", ox.RdfFormat.JSON_LD)}


def _key(term) -> str:
    return term.n3()


def quads_by_rdflib(path: Path, fmt: str) -> set[tuple[str, str, str, str]]:
    dataset = Dataset()
    dataset.parse(path, format=fmt)
    quads = set()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        graph = DEFAULT if name in (None, DATASET_DEFAULT_GRAPH_ID) else _key(name)
        quads.add((_key(s), _key(p), _key(o), graph))
    return quads


def _from_oxigraph(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=None if term.datatype.value == XSD_STRING else URIRef(term.datatype.value))


def quads_by_oxigraph(path: Path, fmt) -> set[tuple[str, str, str, str]]:
    quads = set()
    for quad in ox.parse(path=str(path), format=fmt):
        graph = DEFAULT if isinstance(quad.graph_name, ox.DefaultGraph) else _key(_from_oxigraph(quad.graph_name))
        quads.add((_key(_from_oxigraph(quad.subject)), _key(_from_oxigraph(quad.predicate)),
                   _key(_from_oxigraph(quad.object)), graph))
    return quads


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_rdflib_and_oxigraph_read_the_same_quads_in_the_same_graphs(built_corpus: Path, name: str):
    by_rdflib, by_oxigraph = FORMATS[name]
    quads = quads_by_rdflib(built_corpus / name, by_rdflib)
    assert quads and quads == quads_by_oxigraph(built_corpus / name, by_oxigraph)


def test_trig_and_jsonld_hold_the_same_dataset_and_turtle_its_union(built_corpus: Path):
    trig = quads_by_oxigraph(built_corpus / "graph.trig", ox.RdfFormat.TRIG)
    assert quads_by_oxigraph(built_corpus / "graph.jsonld", ox.RdfFormat.JSON_LD) == trig
    union = {(s, p, o, DEFAULT) for s, p, o, _ in trig}
    assert quads_by_oxigraph(built_corpus / "graph.ttl", ox.RdfFormat.TURTLE) == union


def test_jsonld_keeps_shared_facts_in_the_default_graph_and_reports_in_named_graphs(built_corpus: Path):
    quads = quads_by_oxigraph(built_corpus / "graph.jsonld", ox.RdfFormat.JSON_LD)
    graphs = {graph for *_, graph in quads}
    assert DEFAULT in graphs
    assert all(graph == DEFAULT or graph.startswith("<https://w3id.org/ufkg/resource/report/") for graph in graphs)
    assert len(graphs) == 3  # the default graph and one per report
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    assert any(p == label and '"万企兴万村"@zh' == o and g == DEFAULT for _, p, o, g in quads)
    # no node object in the file is a graph without a name (JSON-LD would give it a blank-node name)
    data = json.loads((built_corpus / "graph.jsonld").read_text(encoding="utf-8"))
    assert all("@id" in node for node in data["@graph"])


def test_every_outcome_carries_its_measure_and_unit_family_beside_the_counts_as_written():
    from conftest import knowledge_of
    from rdflib import RDF

    from ufkg.graph import UF, build_dataset, union_graph

    kb = knowledge_of("同心聚力——2022年宜宾市统一战线工作综述\n"
                      "全市“万企兴万村”结对村达到95个。\n市委统战部组织全市民营企业120家参加。\n")
    graph = union_graph(build_dataset(kb))
    rows = {(str(o.counts), str(o.measure), str(o.family)) for o in graph.query(
        "SELECT ?counts ?measure ?family WHERE { ?x a uf:Outcome ; uf:counts ?counts ; uf:measure ?measure ; "
        "uf:unitFamily ?family }", initNs={"uf": UF})}
    assert rows == {("全市“万企兴万村”结对村", "结对村", "other"), ("全市民营企业", "民营企业", "organisations")}
    assert len(set(graph.subjects(UF.measure, None))) == len(set(graph.subjects(RDF.type, UF.Outcome))) == 2


def test_the_triple_index_answers_as_an_rdflib_graph_does():
    from rdflib import RDF, RDFS, Graph

    from ufkg.graph import UF, TripleIndex

    a, b, c = (URIRef(f"https://w3id.org/ufkg/resource/org/{name}") for name in "abc")
    triples = [(a, RDF.type, UF.Association), (b, RDF.type, UF.Association), (c, RDF.type, UF.GovernmentBody),
               (a, RDFS.label, Literal("工商联", lang="zh")), (a, RDFS.label, Literal("商会")),
               (a, UF.subOrganizationOf, c), (b, UF.subOrganizationOf, c),
               (UF.Association, RDFS.subClassOf, UF.Organization), (UF.Organization, RDFS.subClassOf, UF.Agent),
               (UF.Agent, RDFS.subClassOf, UF.Association)]  # a cycle, which rdflib walks once
    graph, index = Graph(), TripleIndex(triples)
    for triple in triples:
        graph.add(triple)
    assert sorted(index.subject_objects(RDF.type)) == sorted(graph.subject_objects(RDF.type))
    assert sorted(index.subject_objects(UF.partOf)) == []
    assert sorted(index.objects(a, RDFS.label)) == sorted(graph.objects(a, RDFS.label))
    assert sorted(index.objects(None, RDF.type)) == sorted(set(graph.objects(None, RDF.type)))
    assert sorted(index.subjects(RDF.type, UF.Association)) == sorted(graph.subjects(RDF.type, UF.Association))
    assert sorted(index.subjects(UF.subOrganizationOf, c)) == [a, b]
    assert list(index.subjects(UF.subOrganizationOf, a)) == []
    walked = list(index.transitive_objects(UF.Association, RDFS.subClassOf))
    assert walked[0] == UF.Association and len(walked) == len(set(walked))
    assert set(walked) == set(graph.transitive_objects(UF.Association, RDFS.subClassOf))


def test_view_and_network_read_the_triple_index_as_they_read_a_graph(built_corpus: Path):
    from rdflib import Graph

    from ufkg.graph import TripleIndex
    from ufkg.network import entity_graph, graphml
    from ufkg.view import render_view

    graph = Graph().parse(built_corpus / "graph.ttl")
    index = TripleIndex(list(graph))
    assert render_view(index) == render_view(graph)
    assert graphml(entity_graph(index)) == graphml(entity_graph(graph))


@pytest.mark.parametrize("value", [
    {}, [], "plain", {"b": {}, "a": []},
    {"@graph": [{"@id": "res:商会", "rdfs:label": [{"@language": "zh", "@value": "引号\"、反斜杠\\\\、换行\n、\u2028、\x01"}]}]},
    {"z": [[{"y": "1", "@id": "x"}], {"k": [{"q": {}}]}], "numbers": [1, 2.5, None, True]},
    {"deep": {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": {"i": {"j": {"k": {"l": {"m": {"n": {"o": {"p": ["底"]}}}}}}}}}}}}}}}}},
])
def test_jsonld_is_written_as_json_dumps_with_an_indent_writes_it(value):
    from ufkg.graph import _indented_json

    out: list[str] = []
    _indented_json(value, 0, out)
    assert "".join(out) == json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)


def _jsonld_as_json_dumps_writes_it(quads) -> bytes:
    """The document built whole and written by json.dumps: what graph.jsonld was before it was streamed."""
    from rdflib import RDF

    from ufkg.graph import PREFIXES, _jsonld_id, _jsonld_value

    graphs: dict = {}
    for s, p, o, g in quads:
        node = graphs.setdefault(g, {}).setdefault(s, {"@id": _jsonld_id(s)})
        if p == RDF.type and isinstance(o, URIRef):
            node.setdefault("@type", []).append(_jsonld_id(o))
        else:
            node.setdefault(_jsonld_id(p), []).append(_jsonld_value(o))
    top = list(graphs.pop(None, {}).values())
    top += [{"@id": _jsonld_id(name), "@graph": list(graphs[name].values())} for name in sorted(graphs, key=str)]
    document = {"@context": {prefix: str(ns) for prefix, ns in PREFIXES.items()}, "@graph": top}
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


@pytest.mark.parametrize("part", ["all", "default graph only", "named graphs only", "nothing"])
def test_streamed_jsonld_is_the_document_json_dumps_writes(built_corpus: Path, part: str):
    from ufkg.graph import dataset_quads, jsonld_bytes

    quads = dataset_quads(Dataset().parse(built_corpus / "graph.trig", format="trig"))
    quads = {"all": quads, "default graph only": [q for q in quads if q[3] is None],
             "named graphs only": [q for q in quads if q[3] is not None], "nothing": []}[part]
    assert jsonld_bytes(quads) == _jsonld_as_json_dumps_writes_it(quads)


def test_quads_are_sorted_and_deduplicated_as_their_tuple_keys_order_them():
    from ufkg.graph import _quad_order, _sorted_unique

    a, b = URIRef("https://w3id.org/ufkg/resource/a"), URIRef("https://w3id.org/ufkg/resource/ab")
    p = URIRef("https://w3id.org/ufkg/ontology#p")
    g = URIRef("https://w3id.org/ufkg/resource/report/r1")
    quads = [(b, p, Literal("统战"), None), (a, p, Literal("统战", lang="zh"), g), (a, p, Literal("统战"), None),
             (a, p, URIRef("统战"), None), (a, p, BNode("统战"), None), (a, p, Literal("统战"), g),
             (a, p, Literal("2020", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYear")), None),
             (a, p, Literal("统战"), None), (b, p, Literal("统战"), None)]  # two duplicates
    expected = sorted(set(quads), key=_quad_order)
    assert _sorted_unique(quads) == expected and len(expected) == 7
    assert [type(q[2]) for q in _sorted_unique(quads)] == [type(q[2]) for q in expected]
    with_nul = quads + [(a, p, Literal("统\x00战"), None), (a, p, Literal("统"), None)]  # a NUL: the tuple keys decide
    assert _sorted_unique(with_nul) == sorted(set(with_nul), key=_quad_order)


class _Fragments:
    """A FragmentStore in memory (ufkg.cache keeps them on disk), counting what it is asked for."""

    def __init__(self) -> None:
        self.stored: dict = {}
        self.asked: list[str] = []

    def get(self, digest):
        self.asked.append(digest)
        return self.stored.get(digest)

    def put(self, digest, fragment) -> None:
        self.stored[digest] = fragment


def _tricky_quads():
    """Quads where a subject is shared by two named graphs, another by a named graph and the default one."""
    res, uf = "https://w3id.org/ufkg/resource/", "https://w3id.org/ufkg/ontology#"
    r1, r2 = URIRef(res + "report/r1"), URIRef(res + "report/r2")
    entity, alone = URIRef(res + "body/甲委"), URIRef(res + "statement/01")
    shared_named = URIRef(res + "initiative/乙")
    mentioned, label = URIRef(uf + "mentionedIn"), URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    return [(entity, label, Literal("甲委", lang="zh"), None), (entity, mentioned, r1, r1),
            (entity, mentioned, r2, r2), (alone, URIRef(uf + "evidence"), Literal('说"好"\n'), r1),
            (alone, URIRef(uf + "surface"), Literal("甲 ;\n    乙 .\n"), r1),
            (shared_named, mentioned, r1, r1), (shared_named, mentioned, r2, r2),
            (shared_named, label, Literal("乙", lang="zh"), r2), (r2, URIRef(uf + "sourceFile"), Literal("r2.txt"), r2)]


def test_files_written_from_fragments_are_the_bytes_written_whole(built_corpus: Path):
    from ufkg.graph import _sorted_unique, dataset_quads, serialize_all

    for quads in (dataset_quads(Dataset().parse(built_corpus / "graph.trig", format="trig")), _tricky_quads()):
        digests: dict = {}
        quads = _sorted_unique(quads, digests)
        assert digests and all(len(d) == 64 for d in digests.values())
        whole = serialize_all(quads)
        fragments = _Fragments()
        assert serialize_all(quads, fragments=fragments, digests=digests) == whole
        assert len(fragments.stored) == len(digests)  # every named graph written once ...
        fragments.asked.clear()
        assert serialize_all(quads, fragments=fragments, digests=digests) == whole  # ... and then read
        assert sorted(fragments.asked) == sorted(digests.values())


def test_a_named_graph_keeps_its_digest_while_its_quads_do_and_a_stored_fragment_is_what_is_written():
    from ufkg.graph import Fragment, _sorted_unique, serialize_all

    quads = _tricky_quads()
    before: dict = {}
    _sorted_unique(quads, before)
    r1, r2 = sorted(before, key=str)
    after: dict = {}
    changed = [q for q in quads if q[3] != r1] + [(q[0], q[1], Literal("另"), r1) for q in quads[3:4]]
    _sorted_unique(changed, after)
    assert after[r2] == before[r2] and after[r1] != before[r1]
    fragments = _Fragments()
    fragments.stored[before[r2]] = Fragment(trig=b"\n<r2> {}\n", jsonld=b'{"@id": "r2"}', subjects=(), turtle=())
    written = serialize_all(_sorted_unique(quads), fragments=fragments, digests=before)
    assert b"\n<r2> {}\n" in written["graph.trig"] and b'{"@id": "r2"}' in written["graph.jsonld"]


def test_quads_whose_keys_cannot_be_joined_have_no_digests_and_are_written_whole():
    from ufkg.graph import _sorted_unique, serialize_all

    quads = _tricky_quads() + [(URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("a\x00b"),
                                URIRef("https://example.org/g"))]
    digests: dict = {}
    quads = _sorted_unique(quads, digests)
    assert digests == {}
    fragments = _Fragments()
    assert serialize_all(quads, fragments=fragments, digests=digests) == serialize_all(quads)
    assert fragments.stored == {}
