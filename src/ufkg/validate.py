"""SHACL validation of a graph against ontology/shapes.ttl (placeholder until the shapes land)."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str


def validate_graph(graph: Graph) -> list[Violation]:
    """Every SHACL violation of graph (none until ontology/shapes.ttl exists)."""
    return []
