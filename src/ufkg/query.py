"""SPARQL over a saved graph, read-only, with results as a terminal table, CSV or JSON.

CSV and JSON follow the SPARQL 1.1 result formats (rdflib writes them); the
table is aligned for a terminal, counting East Asian wide characters as two
columns, with control characters from documents escaped so that a report
cannot drive the terminal.
"""
from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseUpdate

from .graph import PREFIXES

FORMATS = {".ttl": "turtle", ".trig": "trig", ".jsonld": "json-ld", ".nt": "nt", ".nq": "nquads"}
QUAD_FORMATS = {"trig", "json-ld", "nquads"}


class QueryError(Exception):
    """A user error: bad query, missing graph. Its message is one line for the terminal."""


@dataclass(frozen=True)
class QueryResult:
    """Variables and rows of a SELECT, the answer of an ASK, or the graph of a CONSTRUCT/DESCRIBE."""

    kind: str  # SELECT | ASK | CONSTRUCT | DESCRIBE
    variables: list[str]
    rows: list[list[object]]
    boolean: bool | None
    graph: Graph | None
    raw: object


def query_text(query: str) -> str:
    """The query itself: text, or the contents of a .rq file."""
    if query.endswith(".rq") or (len(query) < 4096 and "\n" not in query and Path(query).suffix == ".rq"):
        path = Path(query)
        try:
            return path.read_text(encoding="utf-8")
        except OSError as error:
            raise QueryError(f"cannot read query file {query}: {error.strerror or error}") from None
    return query


def load_graph(path: Path) -> Graph:
    """A saved graph; the named graphs of a quad format are merged."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise QueryError(f"unknown graph format: {path} (expected .ttl, .trig, .jsonld, .nt or .nq)")
    if not path.is_file():
        raise QueryError(f"graph not found: {path} (run `ufkg build` first)")
    try:
        if fmt in QUAD_FORMATS:
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            graph = Graph()
            for prefix, namespace in PREFIXES.items():
                graph.bind(prefix, namespace)
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        graph = Graph().parse(path, format=fmt)
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace, override=False)
        return graph
    except Exception as error:  # rdflib raises many kinds on a broken file
        raise QueryError(f"cannot read graph {path}: {_one_line(error)}") from None


def run_query(graph: Graph, text: str) -> QueryResult:
    """Run a read-only SPARQL query; an update or a syntax error is a QueryError."""
    namespaces = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    try:
        prepared = prepareQuery(text, initNs=namespaces)
    except Exception as error:
        if _is_update(text):
            raise QueryError("SPARQL Update is not allowed: `ufkg query` is read-only") from None
        raise QueryError(f"invalid SPARQL query: {_one_line(error)}") from None
    try:
        result = graph.query(prepared)
        kind = result.type
        if kind == "SELECT":  # rdflib evaluates lazily: rows are read inside the try
            variables = [str(v) for v in result.vars]
            rows = [[_short(value, graph) for value in row] for row in result]
            return QueryResult(kind, variables, rows, None, None, result)
        if kind == "ASK":
            return QueryResult(kind, [], [], bool(result.askAnswer), None, result)
        return QueryResult(kind, [], [], None, result.graph, result)
    except Exception as error:
        raise QueryError(f"query failed: {_one_line(error)}") from None


def _short(value, graph: Graph):
    """An IRI as prefix:name where a prefix is known (uf:Initiative), for the terminal table."""
    if isinstance(value, URIRef):
        try:
            prefix, namespace, name = graph.namespace_manager.compute_qname(str(value), generate=False)
            if name:
                return f"{prefix}:{name}"
        except (ValueError, KeyError):
            pass
    return value


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
        return True
    except Exception:
        return False


def format_result(result: QueryResult, fmt: str) -> str:
    """The result as `table`, `csv` or `json` text."""
    if result.graph is not None:
        return result.graph.serialize(format="turtle")
    if fmt == "csv":
        return result.raw.serialize(format="csv").decode("utf-8")
    if fmt == "json":
        return result.raw.serialize(format="json").decode("utf-8") + "\n"
    if result.kind == "ASK":
        return ("true" if result.boolean else "false") + "\n"
    return table(result.variables, result.rows)


def table(variables: list[str], rows: list[list[object]]) -> str:
    """An aligned text table; wide characters count double, control characters are escaped."""
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [max([_width(v)] + [_width(row[i]) for row in cells]) for i, v in enumerate(variables)]
    out = io.StringIO()

    def line(values):
        out.write("  ".join(_pad(value, widths[i]) for i, value in enumerate(values)).rstrip() + "\n")

    line(variables)
    line(["-" * width for width in widths])
    for row in cells:
        line(row)
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
    return out.getvalue()


def _cell(value) -> str:
    if value is None:
        return ""
    text = str(value)
    return "".join(char if unicodedata.category(char)[0] != "C" else f"\\u{ord(char):04x}" for char in text)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())[:300] or type(error).__name__
