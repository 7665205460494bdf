"""The query store a build leaves beside its graph: used only for the graph it was built from, swapped in atomically."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from ufkg.store import STORE_DIR, StoreLoad, open_store, staged_store

TURTLE = b"""@prefix uf: <https://w3id.org/ufkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/ufkg/resource/initiative/a> a uf:Initiative ; rdfs:label "\xe5\x90\x8c\xe5\xbf\x83\xe5\x8a\xa9\xe5\xad\xa6"@zh .
"""
OTHER = TURTLE.replace(b"initiative/a", b"initiative/b")


def write_store(outdir: Path, turtle: bytes) -> Path:
    """What a build does: the store swapped in while graph.ttl is written."""
    with staged_store(outdir, turtle, {"graph.ttl": turtle}):
        (outdir / "graph.ttl").write_bytes(turtle)
    return outdir / "graph.ttl"


def subjects(store) -> list[str]:
    return sorted(row["s"].value for row in store.query("SELECT ?s WHERE { ?s ?p ?o }"))


def test_the_store_holds_the_graph_and_opens_for_its_file(tmp_path: Path):
    graph = write_store(tmp_path, TURTLE)
    store = open_store(graph)
    assert store is not None
    assert subjects(store) == ["https://w3id.org/ufkg/resource/initiative/a"] * 2


def later(path: Path) -> None:
    """Give a file a modification time a second after the one it has, as an edit after the build would."""
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))


def test_a_changed_graph_file_is_not_answered_from_the_old_store(tmp_path: Path):
    graph = write_store(tmp_path, TURTLE)
    graph.write_bytes(OTHER)  # same size, other content: the hash tells them apart
    later(graph)
    assert len(OTHER) == len(TURTLE)
    assert open_store(graph) is None
    graph.write_bytes(TURTLE + b"\n")
    later(graph)
    assert open_store(graph) is None


def test_the_same_graph_with_another_time_is_recognised_by_its_hash(tmp_path: Path):
    graph = write_store(tmp_path, TURTLE)
    later(graph)  # copied back without its time, say
    assert open_store(graph) is not None


def test_the_stamp_keeps_the_time_of_the_written_graph(tmp_path: Path):
    graph = write_store(tmp_path, TURTLE)
    stamp = json.loads((tmp_path / STORE_DIR / "stamp.json").read_text(encoding="utf-8"))
    assert stamp["files"]["graph.ttl"]["mtime_ns"] == graph.stat().st_mtime_ns
    assert stamp["files"]["graph.ttl"]["sha256"] == hashlib.sha256(TURTLE).hexdigest()


def test_a_graph_file_elsewhere_has_no_store(tmp_path: Path):
    graph = write_store(tmp_path / "out", TURTLE)
    copy = tmp_path / "elsewhere" / "graph.ttl"
    copy.parent.mkdir()
    shutil.copy(graph, copy)
    assert open_store(copy) is None


def test_a_broken_stamp_or_store_is_ignored(tmp_path: Path):
    graph = write_store(tmp_path, TURTLE)
    (tmp_path / STORE_DIR / "stamp.json").write_text("{not json", encoding="utf-8")
    assert open_store(graph) is None
    write_store(tmp_path, TURTLE)
    shutil.rmtree(tmp_path / STORE_DIR / "db")
    (tmp_path / STORE_DIR / "db").write_text("not a database", encoding="utf-8")
    assert open_store(graph) is None


def test_a_failed_build_puts_the_previous_store_back(tmp_path: Path):
    graph = write_store(tmp_path, TURTLE)
    with pytest.raises(RuntimeError):
        with staged_store(tmp_path, OTHER, {"graph.ttl": OTHER}):
            raise RuntimeError("writing the other outputs failed")
    assert subjects(open_store(graph)) == ["https://w3id.org/ufkg/resource/initiative/a"] * 2
    assert sorted(path.name for path in tmp_path.iterdir()) == [STORE_DIR, "graph.ttl"]


def test_a_new_build_replaces_the_store_and_leaves_nothing_behind(tmp_path: Path):
    write_store(tmp_path, TURTLE)
    (tmp_path / f".{STORE_DIR}.dead.tmp").mkdir()  # left by a build that was killed
    graph = write_store(tmp_path, OTHER)
    assert subjects(open_store(graph)) == ["https://w3id.org/ufkg/resource/initiative/b"] * 2
    assert sorted(path.name for path in tmp_path.iterdir()) == [STORE_DIR, "graph.ttl"]


def test_a_store_that_cannot_be_built_changes_nothing(tmp_path: Path):
    graph = write_store(tmp_path, TURTLE)
    with pytest.raises(SyntaxError):
        with staged_store(tmp_path, b"this is not turtle", {"graph.ttl": b"x"}):
            pytest.fail("the body must not run")
    assert open_store(graph) is not None
    assert sorted(path.name for path in tmp_path.iterdir()) == [STORE_DIR, "graph.ttl"]


def test_a_rebuild_of_the_same_graph_keeps_the_store_and_another_graph_replaces_it(tmp_path: Path):
    graph = write_store(tmp_path, TURTLE)
    database = tmp_path / STORE_DIR / "db"
    marker = database / "kept-by-the-rebuild"
    marker.write_text("")
    write_store(tmp_path, TURTLE)  # an unchanged rebuild: nothing to load again
    assert marker.exists()
    assert subjects(open_store(graph)) == ["https://w3id.org/ufkg/resource/initiative/a"] * 2
    write_store(tmp_path, OTHER)
    assert not marker.exists()
    assert subjects(open_store(graph)) == ["https://w3id.org/ufkg/resource/initiative/b"] * 2
    assert not list(tmp_path.glob(f".{STORE_DIR}.*"))


def test_a_store_without_its_database_is_built_again(tmp_path: Path):
    graph = write_store(tmp_path, TURTLE)
    shutil.rmtree(tmp_path / STORE_DIR / "db")
    write_store(tmp_path, TURTLE)
    assert subjects(open_store(graph)) == ["https://w3id.org/ufkg/resource/initiative/a"] * 2


def _blocks(count: int) -> bytes:
    lines = [b"@prefix uf: <https://w3id.org/ufkg/ontology#> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"]
    for number in range(count):
        label = f"第{number}个商会\\n（换行已转义）".encode()
        lines.append(b"<https://w3id.org/ufkg/resource/org/%d> a uf:Association ;\n    rdfs:label \"%s\"@zh .\n"
                     % (number, label))
    return b"\n".join(lines)


def test_a_large_graph_is_loaded_in_parts_of_whole_blocks_and_holds_every_triple(tmp_path: Path):
    from ufkg.store import turtle_parts

    turtle = _blocks(300)
    parts = list(turtle_parts(turtle, size=2000))
    assert len(parts) > 5
    assert all(part.startswith(b"@prefix uf:") and part.rstrip(b"\n").endswith(b" .") for part in parts)
    whole = ox.Store()
    whole.load(turtle, format=ox.RdfFormat.TURTLE)
    pieces = ox.Store()
    for part in parts:
        pieces.load(part, format=ox.RdfFormat.TURTLE)
    assert len(pieces) == len(whole) == 600 and set(map(str, pieces)) == set(map(str, whole))
    graph = tmp_path / "graph.ttl"
    with staged_store(tmp_path, turtle, {"graph.ttl": turtle}):
        graph.write_bytes(turtle)
    assert len(subjects(open_store(graph))) == 600


def test_a_graph_with_blank_nodes_is_loaded_whole():
    from ufkg.store import turtle_parts

    turtle = _blocks(300) + b"\n_:b1 a uf:Association .\n"
    assert list(turtle_parts(turtle, size=2000)) == [turtle]
    assert list(turtle_parts(TURTLE, size=2000)) == [TURTLE]  # small: one part


def test_a_store_loaded_aside_while_the_build_goes_on_is_the_one_swapped_in(tmp_path: Path):
    write_store(tmp_path, TURTLE)
    load = StoreLoad(tmp_path, OTHER, {"graph.ttl": OTHER})
    with staged_store(tmp_path, OTHER, {"graph.ttl": OTHER}, load):
        (tmp_path / "graph.ttl").write_bytes(OTHER)
    load.discard()  # what the build does in any case: nothing left to remove
    assert subjects(open_store(tmp_path / "graph.ttl")) == ["https://w3id.org/ufkg/resource/initiative/b"] * 2
    assert sorted(path.name for path in tmp_path.iterdir()) == [STORE_DIR, "graph.ttl"]


def test_a_store_loaded_aside_that_fails_changes_nothing_and_leaves_nothing(tmp_path: Path):
    graph = write_store(tmp_path, TURTLE)
    load = StoreLoad(tmp_path, b"this is not turtle", {"graph.ttl": b"x"})
    with pytest.raises(SyntaxError):
        with staged_store(tmp_path, b"this is not turtle", {"graph.ttl": b"x"}, load):
            pytest.fail("the body must not run")
    assert subjects(open_store(graph)) == ["https://w3id.org/ufkg/resource/initiative/a"] * 2
    assert sorted(path.name for path in tmp_path.iterdir()) == [STORE_DIR, "graph.ttl"]


def test_a_build_that_fails_before_the_swap_discards_what_was_loaded_aside(tmp_path: Path):
    graph = write_store(tmp_path, TURTLE)
    load = StoreLoad(tmp_path, OTHER, {"graph.ttl": OTHER})
    load.discard()
    assert subjects(open_store(graph)) == ["https://w3id.org/ufkg/resource/initiative/a"] * 2
    assert sorted(path.name for path in tmp_path.iterdir()) == [STORE_DIR, "graph.ttl"]


def test_nothing_is_loaded_aside_for_the_graph_the_store_already_holds(tmp_path: Path):
    write_store(tmp_path, TURTLE)
    load = StoreLoad(tmp_path, TURTLE, {"graph.ttl": TURTLE})
    assert load.wait() is None
    assert sorted(path.name for path in tmp_path.iterdir()) == [STORE_DIR, "graph.ttl"]


def _graph_of(labels: dict[str, str]) -> bytes:
    """graph.ttl as ufkg.turtle writes it: the prefixes, a blank line, one block per subject."""
    header = (b"@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
              b"@prefix uf: <https://w3id.org/ufkg/ontology#> .\n")
    blocks = [f"<https://w3id.org/ufkg/resource/region/{key}> a uf:Region ;\n    rdfs:label \"{label}\"@zh .\n"
              for key, label in sorted(labels.items())]
    return header + b"\n" + "\n".join(blocks).encode("utf-8")


def _triples(store) -> set[tuple]:
    return {(q.subject.value, q.predicate.value, str(q.object)) for q in store.quads_for_pattern(None, None, None)}


def _parsed(turtle: bytes) -> set[tuple]:
    return {(q.subject.value, q.predicate.value, str(q.object)) for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)}


def _rebuilt(outdir: Path, turtle: bytes) -> StoreLoad:
    load = StoreLoad(outdir, turtle, {"graph.ttl": turtle})
    with staged_store(outdir, turtle, {"graph.ttl": turtle}, load):
        (outdir / "graph.ttl").write_bytes(turtle)
    return load


def test_a_few_changed_subjects_update_a_copy_of_the_previous_store_to_the_new_graph(tmp_path: Path):
    labels = {f"{number:03d}": f"第{number}区" for number in range(40)}
    write_store(tmp_path, _graph_of(labels))
    changed = dict(labels)
    changed["005"] = "改名区"  # a subject whose triples changed
    del changed["017"]  # one removed
    changed["900"] = "新区"  # one added
    new = _graph_of(changed)
    load = _rebuilt(tmp_path, new)
    assert load.updated
    store = open_store(tmp_path / "graph.ttl")
    assert _triples(store) == _parsed(new) and len(_parsed(new)) == 80
    assert sorted(path.name for path in tmp_path.iterdir()) == [STORE_DIR, "graph.ttl"]


def test_a_store_is_loaded_whole_when_much_changed_or_its_previous_graph_file_is_not_the_one_it_holds(tmp_path: Path):
    labels = {f"{number:03d}": f"第{number}区" for number in range(40)}
    write_store(tmp_path, _graph_of(labels))
    most = _graph_of({key: label + "新" for key, label in labels.items()})
    load = _rebuilt(tmp_path, most)
    assert not load.updated and _triples(open_store(tmp_path / "graph.ttl")) == _parsed(most)
    (tmp_path / "graph.ttl").write_bytes(_graph_of(labels))  # the file beside the store is not the graph it holds
    one = _graph_of({**labels, "900": "新区"})
    load = _rebuilt(tmp_path, one)
    assert not load.updated and _triples(open_store(tmp_path / "graph.ttl")) == _parsed(one)
