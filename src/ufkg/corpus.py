"""Files -> Documents: finding the reports and reading them whatever their format.

`discover` turns the command line's files and folders into a sorted list of
report files, `read_document` reads one of them into a cleaned `Document`.
Neither raises for a bad file: each trouble becomes a `Problem` with a
one-line reason, and the good files are still read.

Memory is bounded: a plain-text file over `STREAM_TEXT_BYTES` (8 MiB) is read
in parts of about that size, split at line ends and decoded as a stream
(`open_report`), so a 50 MB file never sits in memory whole; the other
formats over their cap (`MAX_TEXT_BYTES` for .html, `MAX_PACKAGE_BYTES` for
.docx and .pdf, whose images inflate the size) are refused with "file too
large". Smaller files are read whole.
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from ufkg.clean import clean_text, without_related_links
from ufkg.model import Document
from ufkg.readers import RawText, ReadError, megabytes, read_docx, read_html, read_pdf, read_txt

MAX_TEXT_BYTES = 20 * 1024 * 1024
MAX_PACKAGE_BYTES = 100 * 1024 * 1024
STREAM_TEXT_BYTES = 8 * 1024 * 1024  # a .txt file larger than this is read in parts of this size
MAX_STREAM_BYTES = 2 * 1024 * 1024 * 1024  # even streamed, a "report" of 2 GiB is not one

READERS: dict[str, Callable[[bytes], RawText]] = {
    ".txt": read_txt,
    ".docx": read_docx,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
}
SUPPORTED_SUFFIXES = tuple(READERS)
_TEXT_SUFFIXES = (".txt", ".html", ".htm")

# A text is taken as traditional Chinese when OpenCC t2s changes this share of
# its Han characters. Simplified reports score 0; traditional ones about 0.35.
_TRADITIONAL_SHARE = 0.05


@dataclass(frozen=True)
class Problem:
    """A file or folder that could not be used, and why (one line, human readable)."""

    path: Path
    reason: str


# --- discovery ------------------------------------------------------------


def _is_report_name(name: str) -> bool:
    return name.lower().endswith(SUPPORTED_SUFFIXES)


def _is_hidden(name: str) -> bool:
    # "~$name.docx" is the lock file Word leaves beside an open document.
    return name.startswith((".", "~$"))


def _os_reason(error: OSError) -> str:
    """A one-line reason for an OS error on a path."""
    if error.errno == errno.ELOOP:
        return "symlink loop"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.ENOENT:
        return "no such file or folder"
    if error.errno == errno.ENAMETOOLONG:
        return "path too long"
    return (error.strerror or type(error).__name__).lower()


def _stat(path: Path) -> os.stat_result | Problem:
    """stat() following symbolic links, or the Problem that prevents it."""
    try:
        return path.stat()
    except OSError as error:
        if error.errno == errno.ENOENT and path.is_symlink():
            return Problem(path, "broken symbolic link")
        return Problem(path, _os_reason(error))


def discover(inputs: Sequence[Path]) -> tuple[list[Path], list[Problem]]:
    """The report files named by `inputs` (files and folders), and the problems met.

    Folders are walked recursively in sorted name order, following symbolic
    links; a link back to a folder being walked is reported as a symlink loop.
    Hidden files and folders (and Word's "~$" lock files) are skipped, as are
    files whose type is not .txt, .docx, .html, .htm or .pdf. A file named
    directly is taken whatever its name, but an unsupported type is a Problem.
    Each real file is listed once, under the first path that reached it.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    seen_files: set[str] = set()
    walked_dirs: set[tuple[int, int]] = set()

    def add_file(path: Path) -> None:
        real = os.path.realpath(path)
        if real not in seen_files:
            seen_files.add(real)
            files.append(path)

    for given in inputs:
        given = Path(given)
        info = _stat(given)
        if isinstance(info, Problem):
            problems.append(info)
        elif stat.S_ISDIR(info.st_mode):
            _walk(given, info, files_out=add_file, problems=problems, walked_dirs=walked_dirs)
        elif not stat.S_ISREG(info.st_mode):
            problems.append(Problem(given, "not a regular file"))
        elif not _is_report_name(given.name):
            problems.append(Problem(given, f"not a report: unsupported file type {given.suffix or '(none)'}"))
        else:
            add_file(given)
    return files, problems


def _walk(
    root: Path,
    root_info: os.stat_result,
    *,
    files_out: Callable[[Path], None],
    problems: list[Problem],
    walked_dirs: set[tuple[int, int]],
) -> None:
    """Depth-first walk in name order, iterative so that deep trees cannot exhaust the stack."""
    # Each stack entry: (path, stat, the (dev, inode) of the folders above it).
    stack: list[tuple[Path, os.stat_result, frozenset[tuple[int, int]]]] = [(root, root_info, frozenset())]
    while stack:
        path, info, ancestors = stack.pop()
        if not stat.S_ISDIR(info.st_mode):
            if stat.S_ISREG(info.st_mode):
                files_out(path)
            else:
                problems.append(Problem(path, "not a regular file"))
            continue
        key = (info.st_dev, info.st_ino)
        if key in ancestors:
            problems.append(Problem(path, "symlink loop"))
            continue
        if key in walked_dirs:  # reached again through another link: already read
            continue
        walked_dirs.add(key)
        try:
            with os.scandir(path) as entries:
                names = sorted(entry.name for entry in entries)
        except OSError as error:
            problems.append(Problem(path, _os_reason(error)))
            continue
        below = ancestors | {key}
        children: list[tuple[Path, os.stat_result, frozenset[tuple[int, int]]]] = []
        for name in names:
            if _is_hidden(name):
                continue
            child = path / name
            child_info = _stat(child)
            if isinstance(child_info, Problem):  # broken link, link loop, unreadable entry
                problems.append(child_info)
                continue
            if stat.S_ISDIR(child_info.st_mode) or _is_report_name(name):
                children.append((child, child_info, below))
        stack.extend(reversed(children))


# --- reading --------------------------------------------------------------


def read_document(path: Path) -> Document | Problem:
    """Read and clean one report; a Problem with a one-line reason if it is not usable.

    Never raises for a bad file: missing, unreadable, empty, too large, binary,
    undecodable, damaged, or without Chinese text all come back as a Problem.
    """
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        return Problem(path, f"not a report: unsupported file type {path.suffix or '(none)'}")
    info = _stat(path)
    if isinstance(info, Problem):
        return info
    if not stat.S_ISREG(info.st_mode):
        return Problem(path, "not a regular file")
    if info.st_size == 0:
        return Problem(path, "empty file")
    cap = MAX_TEXT_BYTES if path.suffix.lower() in _TEXT_SUFFIXES else MAX_PACKAGE_BYTES
    if info.st_size > cap:
        return Problem(path, f"file too large ({megabytes(info.st_size)}; the limit is {megabytes(cap)})")
    try:
        with open(path, "rb") as handle:
            data = handle.read(cap + 1)  # bounded even if the file grew since stat()
    except OSError as error:
        return Problem(path, _os_reason(error))
    if len(data) > cap:
        return Problem(path, f"file too large (over {megabytes(cap)})")
    if not data:
        return Problem(path, "empty file")

    try:
        raw = reader(data)
    except ReadError as error:
        return Problem(path, str(error))
    except Exception as error:  # a reader library failing on a damaged file must not stop the build
        return Problem(path, f"cannot read file ({type(error).__name__})")

    text = without_related_links(clean_text(raw.text))
    if not text:
        return Problem(path, "empty file" if path.suffix.lower() == ".txt" else "no text found")
    if not _HAN.search(text):
        return Problem(path, "no Chinese text")
    return Document(
        path=path,
        source_file=path.name,
        text=text,
        report_id=report_id_for(path, text),
        matching_text=simplified_twin(text, raw.encoding),
    )


def open_report(path: Path) -> Iterator[Document] | Problem:
    """The parts of one report: one Document for a normal file, several for a very large .txt.

    A large plain-text file is decoded as a stream in the encoding detected from
    its first part, and cut at line ends; every part carries the report's id and
    its offset, so that the parts together are one report.
    """
    path = Path(path)
    if path.suffix.lower() != ".txt":
        return _single(read_document(path))
    info = _stat(path)
    if isinstance(info, Problem) or not stat.S_ISREG(info.st_mode) or info.st_size <= STREAM_TEXT_BYTES:
        return _single(read_document(path))
    if info.st_size > MAX_STREAM_BYTES:
        return Problem(path, f"file too large ({megabytes(info.st_size)}; the limit is {megabytes(MAX_STREAM_BYTES)})")
    try:
        with open(path, "rb") as handle:
            head = handle.read(STREAM_TEXT_BYTES)
    except OSError as error:
        return Problem(path, _os_reason(error))
    head = head[: head.rfind(b"\n") + 1] or head
    try:
        raw = read_txt(head)
    except ReadError as error:
        return Problem(path, str(error))
    text = clean_text(raw.text)
    if not _HAN.search(text):
        return Problem(path, "no Chinese text")
    first = Document(path, path.name, text, report_id_for(path, text), simplified_twin(text, raw.encoding))
    return _streamed(path, first, len(head), raw.encoding)


def _single(result: Document | Problem) -> Iterator[Document] | Problem:
    return result if isinstance(result, Problem) else iter([result])


def _streamed(path: Path, first: Document, consumed: int, encoding: str) -> Iterator[Document]:
    """The first part, then the rest of the file in parts, decoded incrementally."""
    yield first
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    offset, part, pending = len(first.text) + 1, 1, ""
    with open(path, "rb") as handle:
        handle.seek(consumed)
        while True:
            data = handle.read(STREAM_TEXT_BYTES)
            chunk = pending + decoder.decode(data, final=not data)
            cut = chunk.rfind("\n") + 1 if data else len(chunk)
            text, pending = clean_text(chunk[:cut]), chunk[cut:]
            if text:
                yield replace(first, text=text, matching_text=simplified_twin(text, encoding), part=part,
                              offset=offset)
                offset += len(text) + 1
                part += 1
            if not data:
                return


# CJK Unified Ideographs, Extension A, compatibility ideographs, Extensions B-F.
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")


# --- identifiers ----------------------------------------------------------

_SLUG_UNSAFE = re.compile(r"[^\w.-]+")


def report_id_for(path: Path, text: str) -> str:
    """A stable slug for the report's IRI: the file stem made IRI-safe.

    Letters (Chinese included), digits, "_", "-" and "." are kept; any other
    run of characters becomes "-". When that changed the stem, a short hash of
    the stem is appended so that different stems never share a slug. A stem
    with nothing usable falls back to a hash of the text.
    """
    stem = unicodedata.normalize("NFC", Path(path).stem)
    slug = _SLUG_UNSAFE.sub("-", stem).strip("-.")
    if not slug:
        return "report-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    if slug != stem:
        slug = f"{slug}-{hashlib.sha1(stem.encode('utf-8')).hexdigest()[:6]}"
    return slug


# --- traditional characters -----------------------------------------------


@cache
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


# variant forms of traditional characters that OpenCC's t2s leaves as they are (陜西 is 陝西, 陕西)
_VARIANTS = {"陜": "陕", "衞": "卫", "鄕": "乡", "淸": "清", "緖": "绪"}


@cache
def _simplified_char(ch: str) -> str:
    """The simplified form of one character, or the character itself if t2s would change the length."""
    if ch in _VARIANTS:
        return _VARIANTS[ch]
    converted = _t2s().convert(ch)
    return converted if len(converted) == 1 else ch


def simplified_twin(text: str, encoding: str | None = None) -> str | None:
    """A simplified-Chinese copy of `text` with exactly its length, or None if `text` is simplified.

    Conversion is character by character (OpenCC t2s) so that every offset in
    the twin points at the same character in `text`. The text counts as
    traditional when it came from a Big5 file or when t2s changes at least 5%
    of its Han characters.
    """
    table = {ord(ch): simple for ch in set(text) if _HAN.match(ch) and (simple := _simplified_char(ch)) != ch}
    if not table:
        return None
    is_big5 = encoding is not None and encoding.lower().replace("-", "").startswith(("big5", "cp950"))
    if not is_big5:
        counts = Counter(text)
        han = sum(n for ch, n in counts.items() if _HAN.match(ch))
        changed = sum(n for ch, n in counts.items() if ord(ch) in table)
        if changed < _TRADITIONAL_SHARE * han:
            return None
    return text.translate(table)
