"""Push a build to a SPARQL 1.1 Graph Store Protocol endpoint, so a group can query one shared server.

A well-kept engine (Oxigraph, Apache Jena Fuseki) holds the graph; ufkg only speaks the W3C Graph
Store Protocol to it with the standard library's urllib:

- each report's named graph of ``graph.trig`` is replaced with HTTP PUT ``URL?graph=IRI``, the
  default graph with PUT ``URL?default``: publishing twice never duplicates a triple, blank nodes
  included, since a PUT replaces the whole graph rather than adding to it;
- a graph bigger than one batch goes as a PUT of its first batch and POSTs of the rest, so no
  request carries more than ``batch_size`` triples; triples that share a blank node stay in one
  batch, because a blank node label means the same node only inside one request body;
- the report graphs of the last publish are listed in a small manifest graph on the server
  (``MANIFEST``); a report graph listed there but absent from the new build is deleted.

The manifest is written first as the union of the old and new report graphs and last as the new
ones alone: a publish that fails half-way leaves every graph it touched listed, so the next publish
still finds and deletes the ones that have gone from the corpus.
"""
from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS

MANIFEST = URIRef("https://w3id.org/ufkg/publish/manifest")
"""The named graph on the server that lists (dcterms:hasPart) the report graphs ufkg published last."""

DEFAULT_BATCH_SIZE = 10_000  # triples per request: a few MB of N-Triples, well under servers' limits
DEFAULT_TIMEOUT = 60.0  # seconds for one request
NTRIPLES = "application/n-triples"
NAMES_IN_A_MESSAGE = 3  # graphs named in a one-line error before "and N more"

Triple = tuple  # (subject, predicate, object) rdflib terms


class PublishError(Exception):
    """A publish that could not finish: one line naming the endpoint, the HTTP status and what was done."""


@dataclass(frozen=True)
class Endpoint:
    """A Graph Store Protocol URL and, for a protected one, the credentials (kept out of every message)."""

    url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = DEFAULT_TIMEOUT

    @classmethod
    def parse(cls, url: str, user: str | None = None, password: str | None = None,
              timeout: float = DEFAULT_TIMEOUT) -> "Endpoint":
        """An endpoint from a URL; credentials written into the URL (http://user:pw@host/…) are taken out of it."""
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PublishError(f"endpoint must be an http:// or https:// URL, not {url!r}")
        if parts.username is not None:
            user = user or urllib.parse.unquote(parts.username)
            if parts.password is not None and password is None:
                password = urllib.parse.unquote(parts.password)
            netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
            if parts.port:
                netloc += f":{parts.port}"
            url = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
        return cls(url, user, password, timeout)

    def graph_url(self, graph: URIRef | None) -> str:
        """The URL of one graph by indirect identification: ?graph=IRI, or ?default for the default graph."""
        query = "default" if graph is None else "graph=" + urllib.parse.quote(str(graph), safe="")
        return f"{self.url}{'&' if '?' in self.url else '?'}{query}"


@dataclass
class PublishResult:
    """What a finished publish did, for the one summary line."""

    endpoint: str
    report_graphs: int
    quads: int
    requests: int
    removed: list[str]

    def summary(self) -> str:
        removed = f"; removed {len(self.removed)} graph{'s' if len(self.removed) != 1 else ''} of reports no longer built" \
            if self.removed else ""
        return (f"ufkg: published {self.report_graphs} report graph{'s' if self.report_graphs != 1 else ''} "
                f"and the default graph ({self.quads} quads, {self.requests} requests) to {self.endpoint}{removed}")


@dataclass(frozen=True)
class Step:
    """One request of a publish: replace (PUT) or add to (POST) a graph with a batch of triples, or delete it."""

    method: str
    graph: URIRef | None  # None: the default graph
    triples: list[Triple]


def read_build(outdir: Path) -> Dataset:
    """The build's graph.trig, one named graph per report and the default graph."""
    path = outdir / "graph.trig" if outdir.is_dir() else outdir
    if not path.is_file():
        raise PublishError(f"no graph.trig in {outdir} (run `ufkg build -o {outdir}` first)")
    try:
        return Dataset().parse(path, format="trig")
    except Exception as error:  # rdflib raises several kinds for a damaged file
        raise PublishError(f"cannot read {path}: {error}") from None


def graphs_of(dataset: Dataset) -> tuple[Graph, dict[URIRef, Graph]]:
    """The default graph and the non-empty named graphs, by name."""
    default, named = Graph(), {}
    for graph in dataset.graphs():
        if graph.identifier == DATASET_DEFAULT_GRAPH_ID:
            default = graph
        elif len(graph) and isinstance(graph.identifier, URIRef):
            named[graph.identifier] = graph
        elif len(graph):  # the protocol names a graph by IRI only: better refuse than drop it unseen
            raise PublishError(f"graph.trig has a named graph with a blank-node name ({graph.identifier.n3()}); "
                               "only graphs named by an IRI can be published")
    return default, named


def batches(triples: Iterable[Triple], batch_size: int) -> list[list[Triple]]:
    """Triples cut into lists of at most batch_size, never separating triples that share a blank node.

    A group of triples linked through blank nodes larger than batch_size goes whole, as one batch.
    """
    ordered = sorted(triples, key=lambda triple: tuple(term.n3() for term in triple))
    parent: dict[BNode, BNode] = {}

    def root(node: BNode) -> BNode:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for triple in ordered:
        nodes = [term for term in triple if isinstance(term, BNode)]
        for other in nodes[1:]:
            parent[root(other)] = root(nodes[0])
    units: dict[object, list[Triple]] = {}
    for index, triple in enumerate(ordered):
        nodes = [term for term in triple if isinstance(term, BNode)]
        units.setdefault(root(nodes[0]) if nodes else index, []).append(triple)
    result: list[list[Triple]] = []
    current: list[Triple] = []
    for unit in units.values():
        if current and len(current) + len(unit) > batch_size:
            result.append(current)
            current = []
        current.extend(unit)
    if current or not result:
        result.append(current)
    return result


def plan(default: Graph, named: dict[URIRef, Graph], stale: Iterable[URIRef], batch_size: int) -> list[Step]:
    """The requests that make the server hold exactly this build: report graphs, default graph, deletions."""
    steps: list[Step] = []
    for name, graph in sorted(named.items()) + [(None, default)]:
        for index, batch in enumerate(batches(graph, batch_size)):
            steps.append(Step("PUT" if index == 0 else "POST", name, batch))
    steps.extend(Step("DELETE", name, []) for name in sorted(stale))
    return steps


def manifest_triples(names: Iterable[URIRef]) -> list[Triple]:
    return [(MANIFEST, DCTERMS.hasPart, name) for name in sorted(names)]


class GraphStore:
    """The Graph Store Protocol requests ufkg makes: GET, PUT, POST and DELETE of one graph."""

    def __init__(self, endpoint: Endpoint):
        self.endpoint = endpoint
        handlers = []
        if endpoint.user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, endpoint.url, endpoint.user, endpoint.password or "")
            handlers.append(urllib.request.HTTPDigestAuthHandler(passwords))
        self.opener = urllib.request.build_opener(*handlers)

    def request(self, method: str, graph: URIRef | None, body: bytes | None = None) -> bytes | None:
        """The response body, or None for a graph the server does not have (404 on GET and DELETE)."""
        headers = {"Accept": NTRIPLES} if method == "GET" else {}
        if body is not None:
            headers["Content-Type"] = NTRIPLES
        if self.endpoint.user is not None:  # Basic at once: a large body is not sent twice for a challenge
            token = f"{self.endpoint.user}:{self.endpoint.password or ''}".encode()
            basic = "Basic " + base64.b64encode(token).decode("ascii")
        request = urllib.request.Request(self.endpoint.graph_url(graph), data=body, method=method, headers=headers)
        if self.endpoint.user is not None:  # unredirected, so a Digest answer to a challenge can replace it
            request.add_unredirected_header("Authorization", basic)
        try:
            with self.opener.open(request, timeout=self.endpoint.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as error:
            if error.code == 404 and method in ("GET", "DELETE"):
                return None
            raise

    def get(self, graph: URIRef) -> Graph:
        body = self.request("GET", graph)
        return Graph().parse(data=body.decode("utf-8"), format="nt") if body else Graph()

    def send(self, method: str, graph: URIRef | None, triples: list[Triple]) -> None:
        if method == "DELETE":
            self.request("DELETE", graph)
            return
        self.request(method, graph, ntriples(triples))


def ntriples(triples: list[Triple]) -> bytes:
    """N-Triples, the one format every Graph Store accepts and that needs no prefixes."""
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph.serialize(format="nt", encoding="utf-8") if triples else b""


def publish(outdir: Path, endpoint: Endpoint, batch_size: int = DEFAULT_BATCH_SIZE,
            progress: Callable[[int, int], None] | None = None) -> PublishResult:
    """Make the server hold the build in outdir: its report graphs, its default graph, and no stale report graph.

    progress(done, total) is called after each request. Raises PublishError with one line on any failure.
    """
    if batch_size < 1:
        raise PublishError("--batch-size must be at least 1")
    default, named = graphs_of(read_build(outdir))
    store = GraphStore(endpoint)
    state = _State(endpoint, len(named) + 1)
    try:
        listed = {name for name in store.get(MANIFEST).objects(MANIFEST, DCTERMS.hasPart) if isinstance(name, URIRef)}
        stale = listed - set(named)
        steps = plan(default, named, stale, batch_size)
        total = len(steps) + 2
        state.current = Step("PUT", MANIFEST, [])
        store.send("PUT", MANIFEST, manifest_triples(listed | set(named)))
        state.started = True
        for number, step in enumerate([*steps, Step("PUT", MANIFEST, manifest_triples(named))], start=2):
            state.current = step
            store.send(step.method, step.graph, step.triples)
            state.sent(step)
            if progress:
                progress(number, total)
    except urllib.error.HTTPError as error:
        hint = " (check --user and $UFKG_ENDPOINT_PASSWORD)" if error.code in (401, 403) else ""
        raise PublishError(state.message(f"HTTP {error.code} {error.reason}".rstrip() + hint)) from None
    except urllib.error.URLError as error:
        reason = getattr(error.reason, "strerror", None) or str(error.reason)
        raise PublishError(state.message(f"no HTTP response ({reason})")) from None
    except OSError as error:  # a timeout or a connection dropped mid-response
        raise PublishError(state.message(f"no HTTP response ({error.strerror or error})")) from None
    quads = len(default) + sum(len(graph) for graph in named.values())
    return PublishResult(endpoint.url, len(named), quads, total, sorted(str(name) for name in stale))


def _label(graph: URIRef | None) -> str:
    return "the default graph" if graph is None else f"<{graph}>"


@dataclass
class _State:
    """Which graphs the server holds from this build so far, for the one line of a failure."""

    endpoint: Endpoint
    graphs: int
    started: bool = False
    current: Step | None = None
    replaced: list[str] = field(default_factory=list)
    deleted: int = 0

    def sent(self, step: Step) -> None:
        if step.method == "DELETE":
            self.deleted += 1
        elif step.graph == MANIFEST:
            return
        else:
            label = _label(step.graph)
            if not self.replaced or self.replaced[-1] != label:
                self.replaced.append(label)

    def message(self, status: str) -> str:
        where = "" if self.current is None else f" on {self.current.method} {_label(self.current.graph)}"
        head = f"publish to {self.endpoint.url} failed: {status}{where}"
        if not self.started:
            return f"{head}; nothing was published"
        failed = self.current.graph if self.current else None
        replaced = [label for label in self.replaced if not (label == _label(failed) and self.current.method == "POST")]
        partial = f"; {_label(failed)} holds only its first batches" if self.current and self.current.method == "POST" else ""
        if not replaced:
            return f"{head}; no graph was replaced yet{partial}; publish again to finish"
        shown = ", ".join(replaced[:NAMES_IN_A_MESSAGE])
        more = f" and {len(replaced) - NAMES_IN_A_MESSAGE} more" if len(replaced) > NAMES_IN_A_MESSAGE else ""
        if len(replaced) == self.graphs:
            done = f"all {self.graphs} graphs were replaced and {self.deleted} stale graph(s) deleted before the failure"
        else:
            done = (f"only {len(replaced)} of {self.graphs} graphs were replaced before the failure ({shown}{more}), "
                    f"the others hold what they held{partial}")
        return f"{head}; HALF-PUBLISHED: {done}; publish again to finish"
