"""The query store: the graph's triples in an Oxigraph database beside graph.ttl.

Parsing Turtle with rdflib costs about a minute at a thousand reports; opening
an Oxigraph database (pyoxigraph, on RocksDB) and counting its triples takes
well under a second. So `ufkg build` leaves `graph.oxigraph/` in the output
folder and `ufkg query` answers from it.

The store is a cache of graph.ttl, not an output of its own: RocksDB's files
are not byte-identical from one build to the next, so a stamp (the size and
SHA-256 of graph.ttl, graph.trig and graph.jsonld of the same build) says
which graph it holds, and a store whose stamp does not match the graph file
asked for is never used. Hashing 70 MB costs a query a few tenths of a second,
so the stamp also keeps each file's modification time as the build left it:
a file with the stamped size and time is taken as is, any other is hashed. That also makes it safe against a build that is
killed while the store is being swapped in: at worst the store is missing or
stale, and the query parses the graph file as before.

    graph.oxigraph/
      db/          the Oxigraph database: every triple of graph.ttl, in the default graph
      stamp.json   which graph files it belongs to
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import secrets
import shutil
import tempfile
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox

from .atomic import write_atomic

STORE_DIR = "graph.oxigraph"
STAMP = "stamp.json"
DB = "db"
STAMP_VERSION = 1
STAMPED_FILES = ("graph.ttl", "graph.trig", "graph.jsonld")  # the same triples: any of them may be queried
_CHUNK = 1 << 20
PART_BYTES = 8 << 20  # graph.ttl is bulk-loaded in parts of about this size (turtle_parts)


def stamp_of(files: Mapping[str, bytes]) -> dict:
    """The stamp of a build's graph files: name -> size and SHA-256 of their bytes."""
    return {"version": STAMP_VERSION,
            "files": {name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                      for name, data in sorted(files.items())}}


class StoreLoad:
    """The store of `turtle` filled aside in a thread while the build goes on with its other outputs.

    Oxigraph's bulk loader runs in Rust without holding Python's lock, so
    loading the store and writing the view and the tables share the machine's
    cores instead of taking turns. staged_store then swaps in the folder this
    filled (`wait`); a build that fails first throws it away (`discard`).
    Nothing is loaded when the store beside the outputs already holds this
    very graph (staged_store keeps that one).
    """

    def __init__(self, outdir: Path, turtle: bytes, stamped: Mapping[str, bytes]) -> None:
        outdir.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(outdir)
        self.stamp = stamp_of(stamped)
        self.folder: Path | None = None
        self.updated = False  # whether the store was made from the previous one (update_store), not loaded whole
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        if _holds(outdir / STORE_DIR, self.stamp):
            return
        self.folder = _new_folder(outdir)
        self._thread = threading.Thread(target=self._fill, args=(outdir, turtle), name="ufkg-store", daemon=True)
        self._thread.start()

    def _fill(self, outdir: Path, turtle: bytes) -> None:
        try:
            self.updated = update_store(self.folder, outdir, turtle, self.stamp)
            if not self.updated:
                _fill(self.folder, turtle, self.stamp, collect=False)  # a collection here would scan the build's heap
        except BaseException as error:  # noqa: BLE001 - handed to the build's thread by wait()
            self._error = error

    def wait(self) -> Path | None:
        """The filled folder (None if none was needed); the loader's error if it failed, its folder removed."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            self.discard()
            raise self._error
        return self.folder

    def discard(self) -> None:
        """Wait for the loader and remove what it filled."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def _new_folder(outdir: Path) -> Path:
    temp = Path(tempfile.mkdtemp(prefix=f".{STORE_DIR}.", suffix=".tmp", dir=outdir))
    os.chmod(temp, 0o755)  # mkdtemp makes it private; the other outputs are readable by all
    return temp


@contextlib.contextmanager
def staged_store(outdir: Path, turtle: bytes, stamped: Mapping[str, bytes],
                 prepared: StoreLoad | None = None) -> Iterator[Path]:
    """Build the store of `turtle` aside, swap it in, and swap the old one back if the body fails.

    The body writes the other outputs (atomic.write_all_atomic): if it raises,
    the previous store is put back as it was, so a failed build leaves every
    output, the store included, as it found them. Building the store happens
    before anything is replaced, so a failure there changes nothing either.
    A store that already holds this very graph (its stamp matches: an unchanged
    rebuild) is kept as it is. prepared: the same store being filled already
    (StoreLoad of the same turtle and stamped files), swapped in when done.
    """
    target = outdir / STORE_DIR
    if prepared is not None:
        stamp = prepared.stamp
        temp = prepared.wait()
        if temp is None or _holds(target, stamp):
            prepared.discard()
            temp = None
    else:
        outdir.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(outdir)
        stamp = stamp_of(stamped)
        temp = None
        if not _holds(target, stamp):
            temp = _new_folder(outdir)
            try:
                _fill(temp, turtle, stamp)
            except BaseException:
                shutil.rmtree(temp, ignore_errors=True)
                raise
    if temp is None:  # a rebuild of the same graph: the store beside it already holds it
        yield target
        _record_times(target, outdir)
        return
    old: Path | None = None
    moved_in = False
    try:
        if target.exists() or target.is_symlink():
            old = outdir / f".{STORE_DIR}.{secrets.token_hex(4)}.old"
            os.replace(target, old)
        os.replace(temp, target)
        moved_in = True
        yield target
    except BaseException:
        if moved_in:
            _remove_tree(target)
        if old is not None:
            with contextlib.suppress(OSError):
                os.replace(old, target)
        shutil.rmtree(temp, ignore_errors=True)
        raise
    if old is not None:
        _remove_tree(old)
    _record_times(target, outdir)


def _holds(store: Path, stamp: dict) -> bool:
    """Whether store is a whole store of the graph files with this stamp (their sizes and SHA-256s)."""
    try:
        found = json.loads((store / STAMP).read_text(encoding="utf-8"))
        if not (store / DB).is_dir() or store.is_symlink():
            return False
        files = {name: {"size": entry["size"], "sha256": entry["sha256"]} for name, entry in found["files"].items()}
        return found.get("version") == stamp["version"] and files == stamp["files"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def _record_times(store: Path, outdir: Path) -> None:
    """Add to the stamp the modification time of each stamped file the build has just written."""
    stamp_path = store / STAMP
    try:
        stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
        for name, entry in stamp["files"].items():
            status = (outdir / name).stat()
            if status.st_size == entry["size"]:
                entry["mtime_ns"] = status.st_mtime_ns
        write_atomic(stamp_path, json.dumps(stamp, indent=1, sort_keys=True) + "\n")
    except (OSError, ValueError, KeyError):
        pass  # without times every query hashes the file: slower, never wrong


def _fill(folder: Path, turtle: bytes, stamp: dict, collect: bool = True) -> None:
    """The database of the triples in `turtle`, and its stamp, written into `folder`."""
    store = ox.Store(str(folder / DB))
    for part in turtle_parts(turtle):
        store.bulk_load(part, format=ox.RdfFormat.TURTLE)
    store.flush()
    del store  # pyoxigraph closes the database when the Store is dropped
    if collect:
        gc.collect()  # ... and nothing else may keep it open
    (folder / STAMP).write_text(json.dumps(stamp, indent=1, sort_keys=True) + "\n", encoding="utf-8")


MAX_CHANGED_SHARE = 0.2  # beyond this share of subjects changed, loading the graph whole is quicker than updating


def update_store(folder: Path, outdir: Path, turtle: bytes, stamp: dict) -> bool:
    """Fill folder with the store of `turtle` made from the store beside the previous outputs; False if it cannot be.

    A rebuild after one report was added changes a few thousand of a graph's
    subjects; loading the whole graph again took seconds at a thousand
    reports. graph.ttl has one block per subject holding every triple of that
    subject (ufkg.turtle), so the blocks of the previous graph.ttl that are not
    in the new one hold exactly the triples to remove, and the new blocks not
    in the previous one the triples to add. The previous store is copied first
    (a RocksDB checkpoint: hard links to its immutable files), and it is used
    only if its stamp says it holds the graph.ttl still beside it, byte for byte.
    """
    previous = _previous_turtle(outdir)
    if previous is None:
        return False
    old_blocks, new_blocks = _subject_blocks(previous), _subject_blocks(turtle)
    if old_blocks is None or new_blocks is None or old_blocks[0] != new_blocks[0]:
        return False
    header, old_set, new_set = new_blocks[0], set(old_blocks[1:]), set(new_blocks[1:])
    removed, added = sorted(old_set - new_set), sorted(new_set - old_set)
    if len(removed) + len(added) > MAX_CHANGED_SHARE * max(len(new_set), 1):
        return False
    database = folder / DB
    try:
        source = ox.Store.read_only(str(outdir / STORE_DIR / DB))
        source.backup(str(database))
        del source
        store = ox.Store(str(database))
        if removed:
            for quad in ox.parse(b"\n\n".join([header, *removed]) + b"\n", format=ox.RdfFormat.TURTLE):
                store.remove(quad)
        if added:
            store.load(b"\n\n".join([header, *added]) + b"\n", format=ox.RdfFormat.TURTLE)
        store.flush()
        del store
    except Exception:  # noqa: BLE001 - whatever stops the update, loading the graph whole still can (or says why)
        shutil.rmtree(database, ignore_errors=True)
        return False
    (folder / STAMP).write_text(json.dumps(stamp, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return True


def _previous_turtle(outdir: Path) -> bytes | None:
    """The graph.ttl beside the store in outdir, if the store's stamp says it holds exactly that graph."""
    try:
        found = json.loads((outdir / STORE_DIR / STAMP).read_text(encoding="utf-8"))
        entry = found["files"]["graph.ttl"]
        if found.get("version") != STAMP_VERSION or not (outdir / STORE_DIR / DB).is_dir():
            return None
        data = (outdir / "graph.ttl").read_bytes()
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if len(data) != entry.get("size") or hashlib.sha256(data).hexdigest() != entry.get("sha256"):
        return None
    return data


def _subject_blocks(turtle: bytes) -> list[bytes] | None:
    """graph.ttl as its @prefix lines, then each subject's block (turtle_parts: a blank line ends a block); None with blank nodes."""
    if b"_:" in turtle:
        return None
    blocks = [block.rstrip(b"\n") for block in turtle.split(b"\n\n")]
    return [block for block in blocks if block] or None


def turtle_parts(turtle: bytes, size: int = PART_BYTES) -> Iterator[bytes]:
    """graph.ttl as documents of about `size` bytes each: its @prefix lines, then whole subject blocks.

    Oxigraph's bulk loader holds what one call gives it in memory several times
    over (some 650 MB for the 80 MB graph of a thousand reports, the build's
    peak), so the graph is loaded in parts. ufkg.turtle writes one block per
    subject with a blank line between blocks and escapes every line break inside
    a literal, so a blank line is always a block boundary. A graph with blank
    nodes is loaded whole: a label names one node only within one document.
    """
    header_end = turtle.find(b"\n\n")
    if header_end < 0 or b"_:" in turtle or len(turtle) <= size:
        yield turtle
        return
    header = turtle[:header_end + 1]
    start = header_end + 2
    while start < len(turtle):
        end = turtle.find(b"\n\n", start + size)
        end = len(turtle) if end < 0 else end + 2
        yield header + b"\n" + turtle[start:end]
        start = end


def _remove_tree(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _remove_leftovers(outdir: Path) -> None:
    """Stores half-built or set aside by a build that was killed."""
    for leftover in outdir.glob(f".{STORE_DIR}.*"):
        if leftover.name.endswith((".tmp", ".old")):
            _remove_tree(leftover)


def open_store(graph_file: Path) -> ox.Store | None:
    """The store the build of `graph_file` left beside it, read-only; None if there is none or it is another graph's."""
    folder = graph_file.parent / STORE_DIR
    try:
        stamp = json.loads((folder / STAMP).read_text(encoding="utf-8"))
        if stamp.get("version") != STAMP_VERSION or not _matches(graph_file, stamp["files"].values()):
            return None
        return ox.Store.read_only(str(folder / DB))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _matches(graph_file: Path, entries) -> bool:
    """Whether the file has the size and the time, else the size and the SHA-256, of one of the stamped files."""
    status = graph_file.stat()
    size = status.st_size
    entries = list(entries)
    if any(entry["size"] == size and entry.get("mtime_ns") == status.st_mtime_ns for entry in entries):
        return True
    wanted = {(entry["size"], entry["sha256"]) for entry in entries}
    if all(size != stamped for stamped, _ in wanted):
        return False
    digest = hashlib.sha256()
    with open(graph_file, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return (size, digest.hexdigest()) in wanted
