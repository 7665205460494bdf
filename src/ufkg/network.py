"""The entity graph as networkx: entities and reports as nodes, the contract's links as edges.

RDF is the exchange format; for graph algorithms (who is connected to whom,
which programme reaches most places, degree and centrality) an analyst wants a
networkx graph.

    from ufkg.network import entity_graph
    from ufkg.query import load_graph
    g = entity_graph(load_graph(Path("output/graph.ttl")))
    networkx.degree_centrality(g)

For tools outside Python (Gephi, Cytoscape) the build writes the same graph as
graph.graphml. Its bytes are networkx's (write_graphml through lxml, pretty
printed), written directly by `graphml`: networkx builds a copy of the graph
and an lxml element per node, edge and value, a third of the view's share of a
merge; a text that XML would need more than &, <, > and " escaped for (a
control character) goes through networkx itself.
"""
from __future__ import annotations

import io
import re

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
    predicate links many pairs. The same network gives the same bytes:
    networkx's, written directly when every text is plain (_direct_graphml).
    """
    written = _direct_graphml(network)
    return written if written is not None else _networkx_graphml(network)


def _networkx_graphml(network: nx.MultiDiGraph) -> bytes:
    out = nx.MultiDiGraph()
    for node, data in network.nodes(data=True):
        out.add_node(node, label=data["label"], **{"class": data["cls"]}, adminCode=data.get("adminCode", ""))
    for number, (subject, obj, data) in enumerate(network.edges(data=True)):
        out.add_edge(subject, obj, key=f"e{number}", predicate=data["predicate"])
    buffer = io.BytesIO()
    nx.write_graphml(out, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


_GRAPHML_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
    '<key id="d3" for="edge" attr.name="predicate" attr.type="string"/>\n'
    '<key id="d2" for="node" attr.name="adminCode" attr.type="string"/>\n'
    '<key id="d1" for="node" attr.name="class" attr.type="string"/>\n'
    '<key id="d0" for="node" attr.name="label" attr.type="string"/>\n'
    '<graph edgedefault="directed">'
)
_GRAPHML_TAIL = "</graph></graphml>"
# what lxml writes otherwise than as it is (\t, \n, \r in an attribute) or refuses (other controls, surrogates)
_NOT_PLAIN = re.compile("[\x00-\x1f\ud800-\udfff\ufffe\uffff]")
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def _direct_graphml(network: nx.MultiDiGraph) -> bytes | None:
    """_networkx_graphml's bytes, written as strings; None when a text is not plain or the graph has no node or edge
    (then the keys and elements networkx writes differ from the usual four keys and two kinds of element)."""
    parts = [_GRAPHML_HEAD]
    texts: list[str] = []
    for node, data in network.nodes(data=True):
        label, cls, code = data["label"], data["cls"], data.get("adminCode", "")
        if type(node) is not str or type(label) is not str or type(cls) is not str or type(code) is not str:
            return None
        texts += (node, label, cls, code)
        parts.append(f'<node id="{node.translate(_ATTRIBUTE_ESCAPES)}">\n'
                     f'  <data key="d0">{label.translate(_TEXT_ESCAPES)}</data>\n'
                     f'  <data key="d1">{cls.translate(_TEXT_ESCAPES)}</data>\n'
                     f'  <data key="d2">{code.translate(_TEXT_ESCAPES)}</data>\n</node>\n')
    nodes = len(parts)
    for number, (subject, obj, data) in enumerate(network.edges(data=True)):
        predicate = data["predicate"]
        if type(predicate) is not str:
            return None
        texts.append(predicate)
        parts.append(f'<edge source="{subject.translate(_ATTRIBUTE_ESCAPES)}" target="{obj.translate(_ATTRIBUTE_ESCAPES)}"'
                     f' id="e{number}">\n  <data key="d3">{predicate.translate(_TEXT_ESCAPES)}</data>\n</edge>\n')
    if nodes == 1 or len(parts) == nodes or _NOT_PLAIN.search("".join(texts)):
        return None
    parts.append(_GRAPHML_TAIL)
    return "".join(parts).encode("utf-8")
