"""A plain, fast and deterministic Turtle and TriG writer.

rdflib's serializers look for list and nesting patterns the graph never has and
spend most of a build doing so; this writer groups triples by subject, sorts
everything, writes prefixed names only where Turtle surely allows them, and
escapes literals. rdflib reads the output back (the tests check it does, to the
same triples).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rdflib import RDF, BNode, Literal, URIRef

# A conservative PN_LOCAL: letters (Chinese included), digits, _ and - inside; no dots, slashes or escapes.
_LOCAL = re.compile(r"^[^\W\d]\w*(?:-\w+)*$")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPE = re.compile(r'[\\"\n\r\t]')
# characters an IRIREF may not hold (Turtle grammar): they are percent-encoded so that the file stays readable
_RDF_TYPE = RDF.type
_concat = str.__add__
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class TurtleWriter:
    """Writes triples with a fixed set of prefixes."""

    def __init__(self, prefixes: Mapping[str, str]):
        # longest namespace first, so that a namespace inside another never wins wrongly
        self.prefixes = sorted(((prefix, str(ns)) for prefix, ns in prefixes.items()), key=lambda p: -len(p[1]))
        self.names: dict = {}  # term -> its Turtle text
        self.keys: dict = {}  # term -> its sort key
        self.predicate_keys: dict = {}  # predicate -> its sort key
        self.verbs: dict = {}  # predicate -> its Turtle text (a for rdf:type)

    def header(self) -> str:
        """The @prefix lines, in prefix order."""
        return "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in sorted(self.prefixes))

    def body(self, triples: Iterable[tuple], indent: str = "") -> str:
        """The triples as Turtle statements, one block per subject, everything sorted."""
        return "\n".join([block for _, block in self.blocks(triples, indent)])

    def blocks(self, triples: Iterable[tuple], indent: str = "") -> list[tuple[object, str]]:
        """(subject, its block) for each subject of triples, in the order body writes them.

        A block is what body writes for one subject, ending with " .\n";
        body joins them with a blank line. Kept apart, the blocks of one
        named graph can be written once and merged into graph.ttl later
        (ufkg.graph.Fragment).
        """
        by_subject: dict = {}
        for subject, predicate, obj in triples:
            predicates = by_subject.get(subject)
            if predicates is None:
                by_subject[subject] = {predicate: {obj}}
                continue
            objects = predicates.get(predicate)
            if objects is None:
                predicates[predicate] = {obj}
            else:
                objects.add(obj)
        key, text, verbs, predicate_key = self._key, self.term, self.verbs, self._predicate_key
        separator = f" ;\n{indent}    "
        blocks = []
        for subject in sorted(by_subject, key=key):
            predicates = by_subject[subject]
            lines = []
            for predicate in (sorted(predicates, key=predicate_key) if len(predicates) > 1 else predicates):
                objects = predicates[predicate]
                if len(objects) == 1:  # most: one object, nothing to sort or join
                    for obj in objects:
                        lines.append(f"{verbs[predicate] if predicate in verbs else self._verb(predicate)} {text(obj)}")
                else:
                    written = ", ".join([text(o) for o in sorted(objects, key=key)])
                    lines.append(f"{verbs[predicate] if predicate in verbs else self._verb(predicate)} {written}")
            blocks.append((subject, f"{indent}{text(subject)} {separator.join(lines)} .\n"))
        return blocks

    def _verb(self, predicate) -> str:
        """The Turtle text of a predicate (a for rdf:type), remembered by _predicate_key."""
        self._predicate_key(predicate)
        return self.verbs[predicate]

    def _predicate_key(self, predicate) -> tuple[bool, str]:
        """The order of a subject's predicates (rdf:type first), remembered with the verb written for it."""
        found = self.predicate_keys.get(predicate)
        if found is None:
            found = self.predicate_keys[predicate] = _predicate_order(predicate)
            self.verbs[predicate] = "a" if predicate == _RDF_TYPE else self.term(predicate)
        return found

    def _key(self, term) -> tuple[int, str, str]:
        """_order(term), remembered: the Turtle and the TriG file sort the same terms."""
        found = self.keys.get(term)
        if found is None:
            found = self.keys[term] = _order(term)
        return found

    def term(self, term) -> str:
        """A term as Turtle: prefixed name where safe, else <IRI>; an escaped literal."""
        name = self.names.get(term)
        if name is not None:
            return name
        if isinstance(term, URIRef):
            name = self._iri(str(term))
        elif isinstance(term, Literal):
            name = '"' + _ESCAPE.sub(lambda m: _ESCAPES[m.group(0)], str(term)) + '"'
            if term.language:
                name = f"{name}@{term.language}"
            elif term.datatype:
                name = f"{name}^^{self.term(term.datatype)}"
        elif isinstance(term, BNode):
            name = f"_:{term}"
        else:
            raise TypeError(f"cannot write {term!r} as Turtle")
        self.names[term] = name
        return name

    def _iri(self, iri: str) -> str:
        for prefix, ns in self.prefixes:
            if iri.startswith(ns) and _LOCAL.match(iri[len(ns):]):
                return f"{prefix}:{iri[len(ns):]}"
        return "<" + _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode()), iri) + ">"


def _predicate_order(predicate) -> tuple[bool, str]:
    return predicate != _RDF_TYPE, str(predicate)


def order_text(term) -> str | None:
    """The place of a subject among body's blocks as one string (its _order: kind digit, then text); None for a literal.

    Strings compare as the tuples do: the kind is one digit, and a subject's
    order has no third part.
    """
    if isinstance(term, URIRef):
        return _concat("0", term)  # str's own +: URIRef's __radd__ would make an IRI of it
    if isinstance(term, BNode):
        return _concat("1", term)
    return None


def _order(term) -> tuple[int, str, str]:
    kind = 0 if isinstance(term, URIRef) else 1 if isinstance(term, BNode) else 2
    extra = (term.language or str(term.datatype or "")) if isinstance(term, Literal) else ""
    return kind, str(term), extra
