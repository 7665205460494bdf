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
