"""SHACL validation of a graph against ontology/shapes.ttl.

The graph is validated as it is, without inference: the union graph that a
build writes carries the ontology, so class targets and sh:class already see
rdfs:subClassOf. Each violation is reduced to one line: the focus node, the
path in prefixed form and the shape's message.

The shapes are checked by ufkg.shacl, which reads them once and indexes the
graph once (pyshacl took a build's largest share after extraction); shapes
it does not understand fall back to pyshacl, which stays the reference the
tests compare against.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, NamespaceManager

from .graph import PREFIXES
from .paths import ontology_dir
from .shacl import Checker, Shape, compile_shapes

UFSH = Namespace("https://w3id.org/ufkg/shapes#")
MAX_VALUE_CHARS = 40


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str


@cache
def shapes_graph() -> Graph:
    """The shapes (ontology/shapes.ttl), parsed once."""
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


@cache
def compiled_shapes() -> list[Shape] | None:
    """The targeted shapes, compiled once for ufkg.shacl; None if they need pyshacl."""
    return compile_shapes(shapes_graph())


def validate_graph(graph: Graph | Iterable[tuple]) -> list[Violation]:
    """Every SHACL violation of graph (a Graph or its triples), one per focus node, path and message, in a fixed order."""
    shapes = compiled_shapes()
    if shapes is None:
        return validate_with_pyshacl(graph if isinstance(graph, Graph) else _graph_of(graph))
    names = _namespaces()
    violations = set()
    for result in Checker(graph, shapes).results():
        violations.add(_direct_violation(result, names))
    return sorted(violations, key=lambda v: (v.focus, v.path or "", v.message))


def _direct_violation(result, names: NamespaceManager) -> Violation:
    """A result of ufkg.shacl as pyshacl's would read (_violation)."""
    shape, focus, value = result.shape, result.focus, result.value
    path = _shape_path(shape)
    message = shape.messages[0]
    if value is not None and value != focus:
        message += f" (value: {_term(value, names)})"
    return Violation(_node(focus), path, " ".join(message.split()))


@cache
def _shape_path(shape: Shape) -> str | None:
    shapes, names = shapes_graph(), _namespaces()
    path = shapes.value(shape.node, SH.path)
    if path is None:
        path = shapes.value(shape.node, UFSH.reportedPath)
    return _path(path, shapes, names) if path is not None else None


def _graph_of(triples: Iterable[tuple]) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def validate_with_pyshacl(graph: Graph) -> list[Violation]:
    """Every SHACL violation of graph as pyshacl finds it: the reference for ufkg.shacl, and its fallback."""
    from pyshacl import validate as shacl_validate  # imported only here: ufkg.shacl does the work of a build

    shapes = shapes_graph()
    _, results, _ = shacl_validate(graph, shacl_graph=shapes, inference="none", advanced=False,
                                   inplace=True, allow_infos=True, allow_warnings=True)
    names = _namespaces()
    violations = set()
    for report in results.subjects(RDF.type, SH.ValidationReport):
        for result in results.objects(report, SH.result):
            if results.value(result, SH.resultSeverity) != SH.Violation:
                continue
            violations.add(_violation(result, results, shapes, names))
    return sorted(violations, key=lambda v: (v.focus, v.path or "", v.message))


def _violation(result, results: Graph, shapes: Graph, names: NamespaceManager) -> Violation:
    focus = results.value(result, SH.focusNode)
    shape = results.value(result, SH.sourceShape)
    path = results.value(result, SH.resultPath)
    if path is None and shape is not None:
        path = shapes.value(shape, UFSH.reportedPath)
    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    message = messages[0] if messages else str(results.value(result, SH.sourceConstraintComponent))
    value = results.value(result, SH.value)
    if value is not None and value != focus:
        message += f" (value: {_term(value, names)})"
    path_text = _path(path, results, names) if path is not None else None
    if path_text is None and path is not None:
        path_text = _path(path, shapes, names)
    return Violation(_node(focus), path_text, " ".join(message.split()))


def _path(path, graph: Graph, names: NamespaceManager) -> str | None:
    """A SHACL property path in SPARQL syntax with prefixed names: uf:value, ^uf:hasOutcome, a|^b."""
    if isinstance(path, URIRef):
        return path.n3(names)
    if not isinstance(path, BNode):
        return None
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        inner = _path(inverse, graph, names)
        return f"^{inner}" if inner else None
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        parts = [_path(part, graph, names) for part in Collection(graph, alternatives)]
        return "|".join(parts) if parts and None not in parts else None
    for predicate, suffix in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner_path = graph.value(path, predicate)
        if inner_path is not None:
            inner = _path(inner_path, graph, names)
            return f"{inner}{suffix}" if inner else None
    if graph.value(path, RDF.first) is not None:
        parts = [_path(part, graph, names) for part in Collection(graph, path)]
        return "/".join(parts) if parts and None not in parts else None
    return None


def _node(term) -> str:
    return str(term) if not isinstance(term, BNode) else f"_:{term}"


def _term(term, names: NamespaceManager) -> str:
    if isinstance(term, Literal):
        text = " ".join(str(term).split())
        if len(text) > MAX_VALUE_CHARS:
            text = text[:MAX_VALUE_CHARS] + "…"
        return f'"{text}"' + (f"@{term.language}" if term.language else "")
    if isinstance(term, URIRef):
        return term.n3(names)
    return _node(term)


@cache
def _namespaces() -> NamespaceManager:
    names = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        names.bind(prefix, Namespace(str(namespace)))
    return names
