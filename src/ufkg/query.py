"""SPARQL over a saved graph, read-only, with results as a terminal table, CSV or JSON.

Queries run on Oxigraph (pyoxigraph): from the store a build leaves beside
its graph files (store.py), or from the graph file loaded into memory; rdflib
parses the file only when Oxigraph cannot. Either way the answer is turned
into rdflib terms, so that values come out exactly as rdflib gave them
(729000000, "遵义市"@zh). CSV and JSON follow the SPARQL 1.1 result formats,
written here as rdflib's serialisers write them (importing rdflib's SPARQL
engine alone would cost a query half a second); the table is aligned for a terminal, counting East Asian wide characters as two
columns, with control characters from documents escaped so that a report
cannot drive the terminal.
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef

from .graph import PREFIXES
from .store import open_store

FORMATS = {".ttl": "turtle", ".trig": "trig", ".jsonld": "json-ld", ".nt": "nt", ".nq": "nquads"}
QUAD_FORMATS = {"trig", "json-ld", "nquads"}
OXIGRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "json-ld": ox.RdfFormat.JSON_LD,
                    "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS}


class QueryError(Exception):
    """A user error: bad query, missing graph. Its message is one line for the terminal."""


@dataclass(frozen=True)
class QueryResult:
    """Variables and rows of a SELECT, the answer of an ASK, or the graph of a CONSTRUCT/DESCRIBE."""

    kind: str  # SELECT | ASK | CONSTRUCT | DESCRIBE
    variables: list[str]
    rows: list[list[object]]  # for the table: IRIs shortened to prefix:name
    boolean: bool | None
    graph: Graph | None
    terms: list[list[object]] | None = None  # the rows as rdflib terms (None where unbound), for CSV and JSON


def query_text(query: str) -> str:
    """The query itself: text, or the contents of a .rq file."""
    if query.endswith(".rq") or (len(query) < 4096 and "\n" not in query and Path(query).suffix == ".rq"):
        path = Path(query)
        try:
            return path.read_text(encoding="utf-8")
        except OSError as error:
            raise QueryError(f"cannot read query file {query}: {error.strerror or error}") from None
    return query


@dataclass(frozen=True)
class StoreGraph:
    """A graph held by Oxigraph, every triple in the default graph, and the prefixes for short names."""

    store: ox.Store
    namespaces: Graph  # empty; its namespace manager shortens IRIs in the table
    from_build: bool = False  # the store a build left beside the file, not the file loaded now


def open_graph(path: Path) -> StoreGraph | Graph:
    """The graph to query: the build's store beside the file, else the file read by Oxigraph, else by rdflib."""
    fmt = _format(path)
    store = open_store(path)
    if store is not None:
        return StoreGraph(store, _namespaces({}), from_build=True)
    return _load_with_oxigraph(path, fmt) or load_graph(path)


def _format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise QueryError(f"unknown graph format: {path} (expected .ttl, .trig, .jsonld, .nt or .nq)")
    if not path.is_file():
        raise QueryError(f"graph not found: {path} (run `ufkg build` first)")
    return fmt


def _load_with_oxigraph(path: Path, fmt: str) -> StoreGraph | None:
    """The triples of a graph file in an in-memory store, named graphs merged; None if Oxigraph cannot read it."""
    try:
        parser = ox.parse(path=str(path), format=OXIGRAPH_FORMATS[fmt], base_iri=path.absolute().as_uri())
        store = ox.Store()
        store.bulk_extend(ox.Quad(quad.subject, quad.predicate, quad.object) for quad in parser)
        return StoreGraph(store, _namespaces(parser.prefixes if fmt not in QUAD_FORMATS else {}))
    except (SyntaxError, ValueError, OSError):
        return None


def _namespaces(prefixes) -> Graph:
    """Prefixes as rdflib binds them on reading a file: the file's own, then ufkg's."""
    graph = Graph()
    for prefix, namespace in dict(prefixes).items():
        graph.bind(prefix, namespace)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=not prefixes)
    return graph


def load_graph(path: Path) -> Graph:
    """A saved graph, parsed by rdflib; the named graphs of a quad format are merged."""
    fmt = _format(path)
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


def run_query(graph: StoreGraph | Graph, text: str) -> QueryResult:
    """Run a read-only SPARQL query; an update or a syntax error is a QueryError."""
    namespaces = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    if isinstance(graph, StoreGraph):
        return _run_on_store(graph, text, namespaces)
    from rdflib.plugins.sparql import prepareQuery  # builds its grammar on import: only when rdflib answers

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
            terms = [list(row) for row in result]
            rows = [[_short(value, graph) for value in row] for row in terms]
            return QueryResult(kind, variables, rows, None, None, terms)
        if kind == "ASK":
            return QueryResult(kind, [], [], bool(result.askAnswer), None)
        return QueryResult(kind, [], [], None, result.graph)
    except Exception as error:
        raise QueryError(f"query failed: {_one_line(error)}") from None


def _run_on_store(graph: StoreGraph, text: str, namespaces: dict[str, str]) -> QueryResult:
    """The query answered by Oxigraph, its answer in rdflib terms."""
    try:
        answer = graph.store.query(text, prefixes=namespaces)
    except SyntaxError as error:
        if _is_update(text):
            raise QueryError("SPARQL Update is not allowed: `ufkg query` is read-only") from None
        raise QueryError(f"invalid SPARQL query: {_one_line(error)}") from None
    except Exception as error:  # noqa: BLE001 - Oxigraph raises OSError, ValueError ... while evaluating
        raise QueryError(f"query failed: {_one_line(error)}") from None
    try:
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ASK", [], [], bool(answer), None)
        if isinstance(answer, ox.QuerySolutions):
            variables = list(answer.variables)
            terms = [[_rdflib_term(solution[v]) for v in variables] for solution in answer]
            rows = [[_short(value, graph.namespaces) for value in row] for row in terms]
            return QueryResult("SELECT", [v.value for v in variables], rows, None, None, terms)
        result_graph = Graph()
        for triple in answer:
            result_graph.add((_rdflib_term(triple.subject), _rdflib_term(triple.predicate), _rdflib_term(triple.object)))
        return QueryResult("CONSTRUCT", [], [], None, result_graph)
    except Exception as error:  # noqa: BLE001 - evaluation is lazy: errors surface while reading rows
        raise QueryError(f"query failed: {_one_line(error)}") from None


def _rdflib_term(term):
    """An Oxigraph term as rdflib has it: a plain string literal has no datatype (xsd:string is implied)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))
    raise TypeError(f"unexpected term in a query answer: {term!r}")


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
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(text)
        return True
    except Exception:
        return False


def format_result(result: QueryResult, fmt: str) -> str:
    """The result as `table`, `csv` or `json` text (CSV has no form for ASK: it is `true` or `false` as in the table)."""
    if result.graph is not None:
        return result.graph.serialize(format="turtle")
    if fmt == "json":
        return json_text(result) + "\n"
    if result.kind == "ASK":
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "csv":
        return csv_text(result)
    return table(result.variables, result.rows)


def json_text(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON, as rdflib writes it: unbound variables are left out of a row."""
    if result.kind == "ASK":
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [{name: _json_term(value) for name, value in zip(result.variables, row) if value is not None}
                for row in result.terms or []]
    return json.dumps({"results": {"bindings": bindings}, "head": {"vars": result.variables}},
                      allow_nan=False, ensure_ascii=False)


def _json_term(term) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, Literal):
        cell = {"type": "literal", "value": str(term)}
        if term.datatype is not None:
            cell["datatype"] = str(term.datatype)
        if term.language is not None:
            cell["xml:lang"] = term.language
        return cell
    return {"type": "bnode", "value": str(term)}


def csv_text(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV: the plain value of each term, a blank node as _:id, CRLF line ends."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(result.variables)
    for row in result.terms or []:
        writer.writerow(["" if value is None else f"_:{value}" if isinstance(value, BNode) else str(value)
                         for value in row])
    return out.getvalue()


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
