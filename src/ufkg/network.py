"""The entity graph as networkx: entities and reports as nodes, the contract's links as edges.

RDF is the exchange format; for graph algorithms (who is connected to whom,
which programme reaches most places, degree and centrality) an analyst wants a
networkx graph.

    from ufkg.network import entity_graph
    from ufkg.query import load_graph
    g = entity_graph(load_graph(Path("output/graph.ttl")))
    networkx.degree_centrality(g)

For tools outside Python (Gephi, Cytoscape) the build writes the same graph as
graph.graphml.
"""
from __future__ import annotations

import io

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef

from .graph import UF

CLASSES = ("Report", "PoliticalParty", "GovernmentBody", "Association", "Organization", "Initiative", "Policy",
           "Region", "Person")
LINKS = ("implementedIn", "locatedIn", "partOf", "subOrganizationOf", "participatesIn", "coversRegion", "mentionedIn")


def entity_graph(graph: Graph, predicates: tuple[str, ...] = LINKS) -> nx.MultiDiGraph:
    """A MultiDiGraph of the entities and reports of an RDF graph, one edge per link triple.

    Nodes are IRIs (as strings) with `label`, `cls` and, for regions, `adminCode`;
    edges carry `predicate`. Nodes are added in IRI order, so the same graph
    gives the same networkx graph.
    """
    network = nx.MultiDiGraph()
    typed: dict[str, str] = {}
    for cls in CLASSES:
        for node in graph.subjects(RDF.type, UF[cls]):
            typed.setdefault(str(node), cls)
    label_of, code_of = RDFS.label, UF.adminCode  # made once: a namespace builds a new term at every read
    for node in sorted(typed):
        label = min((str(l) for l in graph.objects(URIRef(node), label_of)), default=node)
        codes = sorted(str(code) for code in graph.objects(URIRef(node), code_of))
        network.add_node(node, label=label, cls=typed[node], **({"adminCode": codes[0]} if codes else {}))
    for name in predicates:
        for subject, obj in sorted(graph.subject_objects(UF[name]), key=str):
            if str(subject) in typed and str(obj) in typed and subject != obj:
                network.add_edge(str(subject), str(obj), key=name, predicate=name)
    return network


def graphml(network: nx.MultiDiGraph) -> bytes:
    """The entity graph as GraphML: nodes with `label`, `class` and `adminCode`, edges with `predicate`.

    Every node has the three attributes (an empty admin code where there is
    none), so that Gephi and Cytoscape see one column each; edges get ids
    e0, e1 ... in the graph's order, since an XML id must be unique and one
    predicate links many pairs. The same network gives the same bytes.
    """
    out = nx.MultiDiGraph()
    for node, data in network.nodes(data=True):
        out.add_node(node, label=data["label"], **{"class": data["cls"]}, adminCode=data.get("adminCode", ""))
    for number, (subject, obj, data) in enumerate(network.edges(data=True)):
        out.add_edge(subject, obj, key=f"e{number}", predicate=data["predicate"])
    buffer = io.BytesIO()
    nx.write_graphml(out, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()
