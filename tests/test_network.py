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
