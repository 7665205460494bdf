"""The Turtle writer: what it writes, rdflib reads back to the same triples."""
from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from ufkg.graph import PREFIXES, RES, UF
from ufkg.turtle import TurtleWriter

HARD_TEXTS = ['说“你好”\\n', 'a "quoted" \\\\ back\\nslash\\ttab\\r', "</script>", "line\u2028sep", "「」《》·、"]


def test_what_is_written_reads_back_the_same():
    graph = Graph()
    node = RES["body/黔南州委统战部"]
    graph.add((node, RDF.type, UF.GovernmentBody))
    for number, text in enumerate(HARD_TEXTS):
        graph.add((node, RDFS.label, Literal(text, lang="zh")))
        graph.add((RES[f"statement/{number}"], UF.evidence, Literal(text)))
    graph.add((RES["outcome/r/0000001"], UF.value, Literal("729000000", datatype=XSD.decimal)))
    graph.add((RES["report/a-b"], UF.sourceFile, Literal("a b.txt")))
    writer = TurtleWriter(PREFIXES)
    text = writer.header() + writer.body(graph)
    assert set(Graph().parse(data=text, format="turtle")) == set(graph)


def test_the_output_is_sorted_and_stable():
    ns = Namespace("https://example.org/")
    triples = [(ns.b, RDFS.label, Literal("乙")), (ns.a, RDFS.label, Literal("甲")), (ns.a, RDF.type, UF.Region)]
    writer = TurtleWriter(PREFIXES)
    assert writer.body(triples) == writer.body(reversed(triples))
    assert writer.body(triples).index("<https://example.org/a> a uf:Region") == 0


def test_characters_an_iri_may_not_hold_are_encoded():
    writer = TurtleWriter(PREFIXES)
    text = writer.header() + writer.body([(URIRef("https://example.org/a b>c"), RDF.type, UF.Region)])
    assert set(Graph().parse(data=text, format="turtle")) == {
        (URIRef("https://example.org/a%20b%3Ec"), RDF.type, UF.Region)}


def test_a_writer_used_twice_writes_the_same_text():
    """The writer remembers each term's text and sort key; the second file must not differ for it."""
    ns = Namespace("https://example.org/")
    triples = [(ns.a, UF.value, Literal("1", datatype=XSD.decimal)), (ns.a, UF.value, Literal("1")),
               (ns.a, RDF.type, UF.Outcome), (ns.b, RDFS.label, Literal("乙", lang="zh")), (ns.a, UF.unit, ns.b)]
    writer = TurtleWriter(PREFIXES)
    first = writer.body(triples, "    ")
    assert writer.body(list(reversed(triples)), "    ") == first == TurtleWriter(PREFIXES).body(triples, "    ")
    assert first.splitlines()[0] == "    <https://example.org/a> a uf:Outcome ;"
    assert '"1", "1"^^xsd:decimal' in first


def test_blocks_are_what_body_joins_one_per_subject_in_its_order():
    ns = Namespace("https://example.org/")
    triples = [(ns.b, RDFS.label, Literal("乙")), (ns.a, RDFS.label, Literal("甲")), (ns.a, RDF.type, UF.Region),
               (ns.c, UF.value, Literal("1", datatype=XSD.decimal))]
    writer = TurtleWriter(PREFIXES)
    blocks = writer.blocks(triples, "    ")
    assert [subject for subject, _ in blocks] == [ns.a, ns.b, ns.c]
    assert "\n".join(block for _, block in blocks) == writer.body(triples, "    ")
    assert all(block.startswith("    <https://example.org/") and block.endswith(" .\n") for _, block in blocks)


def test_the_order_text_of_subjects_sorts_as_the_writer_orders_them():
    from rdflib import BNode

    from ufkg.turtle import _order, order_text

    subjects = [URIRef("https://example.org/ab"), URIRef("https://example.org/a"), BNode("a"), BNode("0"),
                URIRef("https://example.org/a/统战"), URIRef("https://example.org/a b")]
    assert sorted(subjects, key=order_text) == sorted(subjects, key=_order)
    assert type(order_text(subjects[0])) is str and order_text(Literal("a")) is None
