"""A direct SHACL Core checker for the constraints ontology/shapes.ttl uses.

pyshacl re-walks rdflib's store for every focus node and every nested shape
(sh:or, sh:not, sh:node), which made it the costliest step of a build after
extraction. This checker reads the shapes once into plain objects, indexes the
data graph once in dicts, and remembers whether a node conforms to a nested
shape, so a build validates in time linear in the triples. It follows pyshacl
0.40's reading of each component (the datatype test, sh:languageIn on the first
subtag, sh:pattern on the lexical form, class membership through
rdfs:subClassOf in the data graph, no inference), and reports the same results:
focus node, source shape, path and offending value. Shapes that use anything
else make `compile_shapes` return None, and the caller falls back to pyshacl;
tests/test_shacl.py compares both on broken graphs.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH

# what a shape may say; anything else in a shape means "not supported here, use pyshacl"
_SHAPE_KEYS = {
    RDF.type, RDFS.label, RDFS.comment, SH.message, SH.path, SH.property, SH.targetClass, SH.targetSubjectsOf,
    SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH.minLength, SH.pattern, SH.languageIn,
    SH["in"], SH.disjoint, SH["not"], SH.node, SH["or"], SH.qualifiedValueShape, SH.qualifiedMinCount,
    SH.qualifiedMaxCount, SH.name, SH.description, SH.equals, SH.lessThanOrEquals,
}


class Unsupported(Exception):
    """The shapes use a feature this checker does not implement."""


@dataclass(eq=False)
class Shape:
    """One node or property shape, its constraints read once."""

    node: object
    path: object = None  # a Path for a property shape, None for a node shape
    messages: list[str] = field(default_factory=list)
    target_classes: list[URIRef] = field(default_factory=list)
    target_subjects_of: list[URIRef] = field(default_factory=list)
    properties: list[Shape] = field(default_factory=list)
    constraints: list[tuple] = field(default_factory=list)  # (kind, argument)


@dataclass(frozen=True)
class Result:
    """One validation result: the focus node, the shape that reports it and the value at fault (or None)."""

    focus: object
    shape: Shape
    value: object


def compile_shapes(shapes: Graph) -> list[Shape] | None:
    """The targeted shapes of a shapes graph, or None when it uses what this checker does not know."""
    try:
        return _Compiler(shapes).targeted()
    except Unsupported:
        return None


class _Compiler:
    def __init__(self, graph: Graph):
        self.graph = graph
        self.shapes: dict = {}

    def targeted(self) -> list[Shape]:
        g = self.graph
        for subject in set(g.subjects(RDF.type, RDFS.Class)) | set(g.subjects(RDF.type, OWL.Class)):
            if (subject, RDF.type, SH.NodeShape) in g:
                raise Unsupported("implicit class target")
        for predicate in (SH.targetNode, SH.targetObjectsOf, SH.target, SH.deactivated, SH.severity, SH.closed,
                          SH.sparql, SH.rule, SH.qualifiedValueShapesDisjoint):
            if next(g.subject_objects(predicate), None) is not None:
                raise Unsupported(str(predicate))
        nodes = set(g.subjects(SH.targetClass, None)) | set(g.subjects(SH.targetSubjectsOf, None))
        shapes = [self.shape(node) for node in sorted(nodes, key=str)]
        for shape in shapes:
            if shape.path is not None:
                raise Unsupported("a targeted property shape")
            reporting = [shape] if shape.constraints else []
            reporting += shape.properties
            if any(not s.messages for s in reporting):
                raise Unsupported("a shape without sh:message")  # pyshacl's generic messages are not mirrored
        return shapes

    def shape(self, node) -> Shape:
        if node in self.shapes:
            return self.shapes[node]
        g = self.graph
        shape = self.shapes[node] = Shape(node)
        keys = set(g.predicates(node, None))
        if keys - _SHAPE_KEYS - {URIRef("https://w3id.org/ufkg/shapes#reportedPath")}:
            raise Unsupported(f"{node}: {sorted(map(str, keys - _SHAPE_KEYS))}")
        path = g.value(node, SH.path)
        if path is not None:
            shape.path = self.path(path)
        shape.messages = sorted(str(m) for m in g.objects(node, SH.message))
        shape.target_classes = sorted(g.objects(node, SH.targetClass), key=str)
        shape.target_subjects_of = sorted(g.objects(node, SH.targetSubjectsOf), key=str)
        for prop in sorted(g.objects(node, SH.property), key=str):
            inner = self.shape(prop)
            if inner.path is None:
                raise Unsupported("sh:property without sh:path")
            if shape.path is not None:
                raise Unsupported("sh:property on a property shape")
            shape.properties.append(inner)
        add = shape.constraints.append
        for cls in g.objects(node, SH["class"]):
            add(("class", cls))
        datatypes = list(g.objects(node, SH.datatype))
        if len(datatypes) > 1:
            raise Unsupported("two sh:datatype")
        for datatype in datatypes:
            add(("datatype", datatype))
        for kind in g.objects(node, SH.nodeKind):
            add(("nodeKind", kind))
        for name, key in (("minCount", SH.minCount), ("maxCount", SH.maxCount), ("minLength", SH.minLength)):
            for value in g.objects(node, key):
                if not isinstance(value, Literal) or not isinstance(value.value, int) or value.value < 0:
                    raise Unsupported(f"{name} {value!r}")
                add((name, value.value))
        for pattern in g.objects(node, SH.pattern):
            if not isinstance(pattern, Literal):
                raise Unsupported("sh:pattern that is not a literal")
            add(("pattern", re.compile(str(pattern.value))))
        for languages in g.objects(node, SH.languageIn):
            tags = list(Collection(g, languages))
            if not all(isinstance(tag, Literal) and isinstance(tag.value, str) for tag in tags):
                raise Unsupported("sh:languageIn")
            add(("languageIn", frozenset(str(tag.value).lower() for tag in tags)))
        for members in g.objects(node, SH["in"]):
            add(("in", frozenset(Collection(g, members))))
        for name, key in (("disjoint", SH.disjoint), ("equals", SH.equals), ("lessThanOrEquals", SH.lessThanOrEquals)):
            for other in g.objects(node, key):
                if not isinstance(other, URIRef):
                    raise Unsupported(f"sh:{name} with a complex path")
                if name != "disjoint" and shape.path is None:
                    raise Unsupported(f"sh:{name} on a node shape")
                add((name, other))
        for inner in g.objects(node, SH["not"]):
            add(("not", self.shape(inner)))
        for inner in g.objects(node, SH.node):
            add(("node", self.shape(inner)))
        for members in g.objects(node, SH["or"]):
            add(("or", [self.shape(member) for member in Collection(g, members)]))
        qualified = list(g.objects(node, SH.qualifiedValueShape))
        if qualified:
            if len(qualified) > 1 or shape.path is None:
                raise Unsupported("sh:qualifiedValueShape")
            low, high = g.value(node, SH.qualifiedMinCount), g.value(node, SH.qualifiedMaxCount)
            add(("qualified", (self.shape(qualified[0]), low.value if low is not None else None,
                               high.value if high is not None else None)))
        elif (node, SH.qualifiedMinCount, None) in g or (node, SH.qualifiedMaxCount, None) in g:
            raise Unsupported("qualified count without a shape")
        return shape

    def path(self, path):
        """('p', IRI), ('^', IRI), ('|', [paths]) or ('/', [paths]) for a sequence; repetitions are not supported."""
        g = self.graph
        if isinstance(path, URIRef):
            return ("p", path)
        inverse = g.value(path, SH.inversePath)
        if isinstance(inverse, URIRef):
            return ("^", inverse)
        alternatives = g.value(path, SH.alternativePath)
        if alternatives is not None:
            return ("|", [self.path(part) for part in Collection(g, alternatives)])
        if g.value(path, RDF.first) is not None:
            steps = [self.path(part) for part in Collection(g, path)]
            if len(steps) < 2:
                raise Unsupported("a sequence path of fewer than two steps")
            return ("/", steps)
        raise Unsupported(f"path {path!r}")


_WHOLE_SET_KINDS = frozenset({"minCount", "maxCount", "qualified", "disjoint", "equals", "lessThanOrEquals"})  # not per value
# terms the checker compares against for every value, made once (rdflib's namespaces build a new term per read)
_TYPE, _SUBCLASS_OF, _RDFS_LITERAL, _RDFS_DATATYPE = RDF.type, RDFS.subClassOf, RDFS.Literal, RDFS.Datatype
_XSD_STRING, _LANG_STRING = XSD.string, RDF.langString
_STRING_DATATYPES = (None, _LANG_STRING, _XSD_STRING)
_BLANK_NODE_KINDS = (SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI)
_LITERAL_KINDS = (SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral)
_IRI_KINDS = (SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI)


class Checker:
    """Shapes applied to one data graph, indexed once (only the predicates the shapes read)."""

    def __init__(self, triples: Iterable[tuple], shapes: list[Shape]):
        self.shapes = shapes
        forward, backward = _predicates(shapes)
        self.out: dict = defaultdict(lambda: defaultdict(list))  # predicate -> subject -> objects
        self.into: dict = defaultdict(lambda: defaultdict(list))  # predicate -> object -> subjects
        # predicate -> the shapes' own term for it, if read forward and backward: the few predicate objects
        # recur, and keyed by the shapes' terms the tables answer the shapes' look-ups by identity (rdflib's == is
        # Python code that a dictionary calls for an equal key that is another object)
        forward_terms, backward_terms = {p: p for p in forward}, {p: p for p in backward}
        read: dict = {}
        for s, p, o in triples:
            wanted = read.get(p)
            if wanted is None:
                wanted = read[p] = (forward_terms.get(p), backward_terms.get(p))
            if wanted[0] is not None:
                self.out[wanted[0]][s].append(o)
            if wanted[1] is not None:
                self.into[wanted[1]][o].append(s)
        self._superclasses: dict = {}
        self._conforms: dict = {}
        self._checks: dict = {}

    def results(self) -> list[Result]:
        """Every result of the targeted shapes."""
        found = []
        for shape in self.shapes:
            for focus in self.focus_nodes(shape):
                found += self.shape_results(shape, focus)
        return found

    def focus_nodes(self, shape: Shape) -> set:
        nodes = set()
        types = self.into[_TYPE]
        for cls in shape.target_classes:
            nodes.update(types.get(cls, ()))
            for subclass in self._transitive(self.into[_SUBCLASS_OF], cls):
                if subclass != cls:
                    nodes.update(types.get(subclass, ()))
        for predicate in shape.target_subjects_of:
            nodes.update(self.out[predicate].keys())
        return nodes

    def shape_results(self, shape: Shape, focus) -> list[Result]:
        """What a targeted node shape reports about focus: its own constraints, then each property shape's."""
        found = [Result(focus, shape, value) for value in self.failures(shape, focus, {focus})]
        for prop in shape.properties:
            values = self.values(prop.path, focus)
            found += [Result(focus, prop, value) for value in self.failures(prop, focus, values)]
        return found

    def conforms(self, shape: Shape, node) -> bool:
        key = (id(shape), node)
        known = self._conforms.get(key)
        if known is None:
            values = {node} if shape.path is None else self.values(shape.path, node)
            known = not any(True for _ in self.failures(shape, node, values))
            if known:
                known = all(self.conforms(prop, node) for prop in shape.properties)
            self._conforms[key] = known
        return known

    def values(self, path, node) -> set:
        kind, argument = path
        if kind == "p":
            return set(self.out[argument].get(node, ()))
        if kind == "^":
            return set(self.into[argument].get(node, ()))
        if kind == "/":
            reached = {node}
            for step in argument:
                reached = set().union(*(self.values(step, at) for at in reached))
            return reached
        return set().union(*(self.values(part, node) for part in argument))

    def checks(self, shape: Shape) -> list[tuple]:
        """(kind, argument, the test of one value or None) of each constraint of shape, looked up once per shape."""
        found = self._checks.get(shape)
        if found is None:
            found = self._checks[shape] = [(kind, argument, None if kind in _WHOLE_SET_KINDS else getattr(self, "_" + kind))
                                           for kind, argument in shape.constraints]
        return found

    def failures(self, shape: Shape, focus, values: set):
        """The value of each failing check (None for a count): one per failing value node and constraint."""
        for kind, argument, test in self.checks(shape):
            if test is not None:
                for value in values:
                    if not test(argument, value):
                        yield value
            elif kind == "minCount":
                if len(values) < argument:
                    yield None
            elif kind == "maxCount":
                if len(values) > argument:
                    yield None
            elif kind == "qualified":
                inner, low, high = argument
                count = sum(1 for v in values if self.conforms(inner, v))
                if high is not None and count > high:
                    yield None
                if low is not None and count < low:
                    yield None
            elif kind == "disjoint":
                yield from values & set(self.out[argument].get(focus, ()))
            elif kind == "equals":  # each value missing on either side (pyshacl: value nodes, then the property's)
                compared = set(self.out[argument].get(focus, ()))
                yield from values - compared
                yield from compared - values
            elif kind == "lessThanOrEquals":
                compared = set(self.out[argument].get(focus, ()))
                for value in values:
                    if any(not _at_most(value, other) for other in compared):
                        yield value

    # ------------------------------------------------------------------ one value node against one parameter

    def _class(self, cls, value) -> bool:
        if isinstance(value, Literal):
            return False
        return any(cls in self.superclasses(t) for t in self.out[_TYPE].get(value, ()))

    def superclasses(self, cls) -> set:
        known = self._superclasses.get(cls)
        if known is None:
            known = self._superclasses[cls] = self._transitive(self.out[_SUBCLASS_OF], cls)
        return known

    @staticmethod
    def _transitive(edges: dict, start) -> set:
        seen, todo = {start}, [start]
        while todo:
            for nxt in edges.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    @staticmethod
    def _datatype(datatype, value) -> bool:
        if not isinstance(value, Literal):
            return False
        if value.datatype == datatype:
            return getattr(value, "ill_typed", None) is not True and _is_value_of(value.value, datatype)
        if datatype == _RDFS_LITERAL:
            return True
        if datatype == _RDFS_DATATYPE and value.datatype:
            return True
        if value.datatype is None and value.language is None and datatype == _XSD_STRING:
            return _is_value_of(value.value, datatype)
        if datatype == _LANG_STRING and value.language:
            return _is_value_of(value.value, datatype)
        return False

    @staticmethod
    def _nodeKind(kind, value) -> bool:
        if isinstance(value, BNode):
            return kind in _BLANK_NODE_KINDS
        if isinstance(value, Literal):
            return kind in _LITERAL_KINDS
        return kind in _IRI_KINDS

    @staticmethod
    def _minLength(length, value) -> bool:
        if length == 0:
            return True
        return not isinstance(value, BNode) and len(_string(value)) >= length

    @staticmethod
    def _pattern(pattern, value) -> bool:
        return not isinstance(value, BNode) and pattern.search(_string(value)) is not None

    @staticmethod
    def _languageIn(tags, value) -> bool:
        if not isinstance(value, Literal) or not value.language:
            return False
        language = str(value.language).lower()
        return "*" in tags or language in tags or language.split("-")[0] in tags

    @staticmethod
    def _in(members, value) -> bool:
        return value in members

    def _not(self, inner, value) -> bool:
        return not self.conforms(inner, value)

    def _node(self, inner, value) -> bool:
        return self.conforms(inner, value)

    def _or(self, members, value) -> bool:
        return any(self.conforms(member, value) for member in members)


def _predicates(shapes: list[Shape]) -> tuple[set, set]:
    """The predicates read forwards (subject to objects) and backwards (object to subjects) by shapes."""
    forward, backward = {RDF.type, RDFS.subClassOf}, {RDF.type, RDFS.subClassOf}
    seen: set = set()

    def path(p) -> None:
        kind, argument = p
        if kind in ("|", "/"):
            for part in argument:
                path(part)
        else:
            (forward if kind == "p" else backward).add(argument)

    def visit(shape: Shape) -> None:
        if id(shape) in seen:
            return
        seen.add(id(shape))
        if shape.path is not None:
            path(shape.path)
        forward.update(shape.target_subjects_of)
        for prop in shape.properties:
            visit(prop)
        for kind, argument in shape.constraints:
            if kind in ("disjoint", "equals", "lessThanOrEquals"):
                forward.add(argument)
            elif kind in ("not", "node"):
                visit(argument)
            elif kind == "or":
                for member in argument:
                    visit(member)
            elif kind == "qualified":
                visit(argument[0])

    for shape in shapes:
        visit(shape)
    return forward, backward


def _at_most(value, other) -> bool:
    """pyshacl 0.40's sh:lessThanOrEquals test of one pair: IRIs and string literals compare as strings,
    never with other terms; other literals as rdflib orders them; a blank node cannot be compared."""
    if isinstance(value, BNode) or isinstance(other, BNode):
        return False
    value, value_is_string = _comparable(value)
    other, other_is_string = _comparable(other)
    if value_is_string != other_is_string:
        return False
    try:
        return bool(value <= other)
    except TypeError:
        return False


def _comparable(term) -> tuple:
    if isinstance(term, URIRef):
        return str(term), True
    if isinstance(term, Literal) and isinstance(term.value, str):
        return term.value, True
    return term, False


def _string(value) -> str:
    """The string a string-based constraint tests (pyshacl: the value of a plain or string literal, else the lexical form)."""
    if isinstance(value, Literal) and value.value is not None and value.datatype in _STRING_DATATYPES:
        return str(value.value)
    return str(value)


_PYTHON_TYPES = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
                 XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime}


def _is_value_of(value, datatype) -> bool:
    """pyshacl's test of a literal's Python value for the datatypes it knows; any other datatype passes."""
    kind = _PYTHON_TYPES.get(datatype)
    return True if kind is None else isinstance(value, kind)
