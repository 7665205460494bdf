"""A plain, fast and deterministic Turtle and TriG writer.

rdflib's serializers look for list and nesting patterns the graph never has and
spend most of a build doing so; this writer groups triples by subject, sorts
everything, writes prefixed names only where Turtle surely allows them, and
escapes literals. rdflib reads the output back (the tests check it does, to the
same triples).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from rdflib import RDF, BNode, Literal, URIRef

# A conservative PN_LOCAL: letters (Chinese included), digits, _ and - inside; no dots, slashes or escapes.
_LOCAL = re.compile(r"^[^\W\d]\w*(?:-\w+)*$")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPE = re.compile(r'[\\"\n\r\t]')
# characters an IRIREF may not hold (Turtle grammar): they are percent-encoded so that the file stays readable
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class TurtleWriter:
    """Writes triples with a fixed set of prefixes."""

    def __init__(self, prefixes: Mapping[str, str]):
        # longest namespace first, so that a namespace inside another never wins wrongly
        self.prefixes = sorted(((prefix, str(ns)) for prefix, ns in prefixes.items()), key=lambda p: -len(p[1]))
        self.names: dict[URIRef, str] = {}

    def header(self) -> str:
        """The @prefix lines, in prefix order."""
        return "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in sorted(self.prefixes))

    def body(self, triples: Iterable[tuple], indent: str = "") -> str:
        """The triples as Turtle statements, one block per subject, everything sorted."""
        by_subject: dict = defaultdict(lambda: defaultdict(list))
        for subject, predicate, obj in triples:
            by_subject[subject][predicate].append(obj)
        blocks = []
        for subject in sorted(by_subject, key=_order):
            predicates = by_subject[subject]
            lines = []
            for predicate in sorted(predicates, key=lambda p: (p != RDF.type, str(p))):
                objects = ", ".join(self.term(o) for o in sorted(set(predicates[predicate]), key=_order))
                verb = "a" if predicate == RDF.type else self.term(predicate)
                lines.append(f"{verb} {objects}")
            joined = f" ;\n{indent}    ".join(lines)
            blocks.append(f"{indent}{self.term(subject)} {joined} .\n")
        return "\n".join(blocks)

    def term(self, term) -> str:
        """A term as Turtle: prefixed name where safe, else <IRI>; an escaped literal."""
        if isinstance(term, URIRef):
            name = self.names.get(term)
            if name is None:
                name = self.names[term] = self._iri(str(term))
            return name
        if isinstance(term, Literal):
            text = '"' + _ESCAPE.sub(lambda m: _ESCAPES[m.group(0)], str(term)) + '"'
            if term.language:
                return f"{text}@{term.language}"
            if term.datatype:
                return f"{text}^^{self.term(term.datatype)}"
            return text
        if isinstance(term, BNode):
            return f"_:{term}"
        raise TypeError(f"cannot write {term!r} as Turtle")

    def _iri(self, iri: str) -> str:
        for prefix, ns in self.prefixes:
            if iri.startswith(ns) and _LOCAL.match(iri[len(ns):]):
                return f"{prefix}:{iri[len(ns):]}"
        return "<" + _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode()), iri) + ">"


def _order(term) -> tuple[int, str, str]:
    kind = 0 if isinstance(term, URIRef) else 1 if isinstance(term, BNode) else 2
    extra = (term.language or str(term.datatype or "")) if isinstance(term, Literal) else ""
    return kind, str(term), extra
