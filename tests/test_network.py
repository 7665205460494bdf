"""The entity graph as networkx."""
from __future__ import annotations

from rdflib import Graph

from ufkg.network import entity_graph


def test_entities_and_links_become_nodes_and_edges(built_corpus):
    network = entity_graph(Graph().parse(built_corpus / "graph.ttl"))
    labels = {data["label"]: node for node, data in network.nodes(data=True)}
    initiative, city = labels["万企兴万村"], labels["遵义市"]
    assert network.nodes[initiative]["cls"] == "Initiative"
    assert network.has_edge(initiative, city, key="implementedIn")
    # one programme run by two cities: the node joins both reports
    reports = [n for n, data in network.nodes(data=True) if data["cls"] == "Report"]
    assert sorted(network.has_edge(initiative, r, key="mentionedIn") for r in reports) == [True, True]


def test_graphml_beside_the_outputs_reads_back_with_networkx(built_corpus):
    import networkx as nx

    network = nx.read_graphml(built_corpus / "graph.graphml", force_multigraph=True)
    assert isinstance(network, nx.MultiDiGraph)
    nodes = {data["label"]: node for node, data in network.nodes(data=True)}
    initiative, city, party = nodes["万企兴万村"], nodes["遵义市"], nodes["中国民主促进会"]
    assert network.nodes[initiative]["class"] == "Initiative" and network.nodes[initiative]["adminCode"] == ""
    assert network.nodes[city] == {"label": "遵义市", "class": "Region", "adminCode": "520300"}
    assert network.nodes[party]["class"] == "PoliticalParty"
    links = {(s, o, data["predicate"]) for s, o, data in network.edges(data=True)}
    assert (initiative, city, "implementedIn") in links
    assert (city, nodes["贵州省"], "partOf") in links
    # the same nodes and links as the networkx graph of graph.ttl
    expected = entity_graph(Graph().parse(built_corpus / "graph.ttl"))
    assert set(network.nodes) == set(expected.nodes)
    assert sorted(links) == sorted((s, o, data["predicate"]) for s, o, data in expected.edges(data=True))
