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


def _network(labels: list[str], predicate: str = "partOf"):
    import networkx as nx

    network = nx.MultiDiGraph()
    for number, label in enumerate(labels):
        network.add_node(f"https://example.org/n{number}?a=1&b=\"2\"<{number}>", label=label, cls="Region",
                         **({"adminCode": f"11010{number}"} if number % 2 else {}))
    nodes = list(network.nodes)
    for number in range(len(nodes) - 1):
        network.add_edge(nodes[number + 1], nodes[0], key=predicate, predicate=predicate)
        network.add_edge(nodes[number + 1], nodes[0], key="locatedIn", predicate="locatedIn")
    network.add_edge(nodes[0], nodes[-1], key=predicate, predicate=predicate)
    return network


def test_graphml_written_directly_is_networkx_s_bytes_and_control_characters_go_through_networkx():
    from ufkg.network import _direct_graphml, _networkx_graphml, graphml

    plain = _network(["海淀区", "A&B <甲> \"乙\" 'c'", "", "阿克苏地区"])
    assert _direct_graphml(plain) is not None
    assert graphml(plain) == _networkx_graphml(plain)
    assert b"A&amp;B &lt;" in graphml(plain) and b"&amp;b=&quot;2&quot;&lt;0&gt;" in graphml(plain)
    tabbed = _network(["容县", "环江\t毛南族自治县"])
    assert _direct_graphml(tabbed) is None
    assert graphml(tabbed) == _networkx_graphml(tabbed)
    lonely = _network(["海淀区"])  # no edge: networkx writes no edge key
    lonely.remove_edges_from(list(lonely.edges))
    assert _direct_graphml(lonely) is None and graphml(lonely) == _networkx_graphml(lonely)
