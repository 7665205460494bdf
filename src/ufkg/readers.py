"""One reader per file format: bytes in, raw text out.

Each reader takes the file's bytes and returns a `RawText`, or raises `ReadError`
with a one-line reason a user can act on. Readers do not clean the text
(see `ufkg.clean`) and do not touch the file system (see `ufkg.corpus`).

A small file can expand into gigabytes once read, so each format's expansion
is bounded before the costly step, and a file over a bound is refused whole:

- .docx: every part of the zip package is checked by its uncompressed size
  before python-docx opens it (`MAX_DOCX_PART_BYTES`, `MAX_DOCX_TOTAL_BYTES`);
  zipfile itself stops a part that inflates beyond the size it declares.
- .html: at most `MAX_HTML_ELEMENTS` tags, nested at most `MAX_HTML_DEPTH`
  deep (libxml2 silently drops what lies deeper than 255 levels); pages of
  more than `MAX_ARTICLE_ELEMENTS` tags skip trafilatura, whose cost grows
  faster than the page.
- .pdf: every decoded stream is capped by pypdf at `MAX_PDF_STREAM_BYTES`,
  one page's content at `MAX_PDF_PAGE_CONTENT_BYTES` and all pages' content
  together at `MAX_PDF_CONTENT_BYTES`.
"""
from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass
from functools import cache
from statistics import median

__all__ = [
    "RawText",
    "ReadError",
    "decode_text",
    "looks_binary",
    "megabytes",
    "read_docx",
    "read_html",
    "read_pdf",
    "read_txt",
]

MAX_DOCX_PART_BYTES = 64 * 1024 * 1024
MAX_DOCX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_DOCX_PARTS = 10_000
MAX_HTML_ELEMENTS = 200_000
MAX_ARTICLE_ELEMENTS = 20_000
MAX_HTML_DEPTH = 250
MAX_PDF_STREAM_BYTES = 16 * 1024 * 1024
MAX_PDF_PAGE_CONTENT_BYTES = 2 * 1024 * 1024
MAX_PDF_CONTENT_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class RawText:
    """Text as extracted from a file, before cleaning."""

    text: str
    encoding: str | None = None  # the byte encoding the text was decoded from, for text formats


class ReadError(Exception):
    """A file that cannot be read as a report; the message is a one-line reason."""


# --- text encodings -------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Python codec names of the Chinese encodings charset-normalizer may report,
# grouped by family; the first of a family is the superset we decode with.
_GB_FAMILY = ("gb18030", "gbk", "gb2312", "hz")
_BIG5_FAMILY = ("big5", "cp950", "big5hkscs")
_FALLBACK_ORDER = ("gb18030", "big5", "cp950", "big5hkscs")
# Control bytes that never occur in text (tab, newlines, form feed, escape allowed).
_CONTROL_BYTES = bytes([*range(0x01, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_BINARY_SAMPLE = 64 * 1024
_BINARY_CONTROL_SHARE = 0.01


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NUL bytes, or more than 1% control bytes."""
    if b"\x00" in data:
        return True
    sample = data[:_BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * _BINARY_CONTROL_SHARE


@cache
def _is_common(ch: str) -> bool:
    """A character of the everyday sets: GB2312 or Big5 level 1 (Han and full-width punctuation)."""
    try:
        gb = ch.encode("gb2312")
        if len(gb) == 2:
            return True
    except UnicodeEncodeError:
        pass
    try:
        code = int.from_bytes(ch.encode("big5"), "big")
    except UnicodeEncodeError:
        return False
    return 0xA140 <= code <= 0xC67E


def _plausibility(text: str) -> float:
    """Share of the non-ASCII characters that are everyday Chinese characters.

    A correct decoding of a Chinese report scores about 0.9; GBK bytes read as
    Big5, or Big5 read as GBK, produce rare characters and symbols and score
    around 0.3-0.5. Only a bounded sample is looked at.
    """
    wide = [ch for ch in text[:20000] if ord(ch) > 0x7F and not ch.isspace()]
    if not wide:
        return 0.0
    common = sum(1 for ch in wide if _is_common(ch))
    return common / len(wide)


def _family_of(encoding: str | None) -> str | None:
    if not encoding:
        return None
    name = encoding.lower().replace("-", "_")
    if name in _GB_FAMILY or name.startswith("gb"):
        return "gb18030"
    if name in _BIG5_FAMILY or name.startswith("big5") or name == "cp950":
        return "big5"
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _guess(data: bytes) -> str | None:
    """charset-normalizer's best guess, as a Python codec name, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return best.encoding if best is not None else None


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding; return (text, encoding).

    Order: a byte order mark; strict UTF-8 (GB and Big5 byte sequences are
    almost never valid UTF-8); then every Chinese encoding that decodes the
    bytes strictly (gb18030, big5, cp950, big5hkscs and charset-normalizer's
    guess) is scored by the share of everyday Chinese characters it yields,
    the guess winning near-ties. Raises ReadError when no decoding yields
    Chinese characters.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                raise ReadError("cannot decode text")
            return text, encoding
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"

    guess = _guess(data)
    guess_family = _family_of(guess)
    # family -> (encoding, text); an encoding outside the Chinese families
    # (UTF-16 without BOM, say) competes under its own name.
    candidates: dict[str, tuple[str, str]] = {}
    for encoding in (*_FALLBACK_ORDER, guess):
        if encoding is None:
            continue
        family = _family_of(encoding) or encoding
        if family in candidates:
            continue
        text = _strict(data, encoding)
        if text is not None:
            candidates[family] = (encoding, text)
    scores = {family: _plausibility(text) for family, (_, text) in candidates.items()}
    # A decoding without a single everyday Chinese character is a wrong one.
    usable = [family for family, score in scores.items() if score > 0]
    if usable:
        # The guess wins near-ties; list order (GB first) breaks exact ones.
        family = max(usable, key=lambda f: scores[f] + (0.1 if f == (guess_family or guess) else 0.0))
        encoding, text = candidates[family]
        return text, encoding
    raise ReadError("cannot decode text")


# --- formats --------------------------------------------------------------


def read_txt(data: bytes) -> RawText:
    """A plain-text report in UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK or Big5."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) and looks_binary(data):
        raise ReadError("not a report: binary file")
    text, encoding = decode_text(data)
    return RawText(text, encoding)


def megabytes(size: int) -> str:
    """A size in bytes as a reader of a refusal wants it: 1536.5 MB."""
    return f"{size / (1024 * 1024):.1f} MB"


def check_docx_package(data: bytes) -> None:
    """Refuse a Word package whose parts would inflate beyond the bounds, before anything is inflated.

    The sizes come from the zip's central directory; a part that inflates
    beyond the size it declares fails zipfile's own check when read.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise ReadError("not a valid Word (.docx) file") from error
    if len(parts) > MAX_DOCX_PARTS:
        raise ReadError(f"Word file refused: {len(parts)} parts (the limit is {MAX_DOCX_PARTS})")
    total = 0
    for part in parts:
        if part.file_size > MAX_DOCX_PART_BYTES:
            raise ReadError(f"Word file refused: part {part.filename} inflates to {megabytes(part.file_size)} "
                            f"(the limit is {megabytes(MAX_DOCX_PART_BYTES)})")
        total += part.file_size
    if total > MAX_DOCX_TOTAL_BYTES:
        raise ReadError(f"Word file refused: its parts inflate to {megabytes(total)} "
                        f"(the limit is {megabytes(MAX_DOCX_TOTAL_BYTES)})")


def read_docx(data: bytes) -> RawText:
    """A Word report: body paragraphs and tables in document order, one line per table cell."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_docx_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as error:
        raise ReadError("not a valid Word (.docx) file") from error
    except Exception as error:  # zipfile.BadZipFile, lxml errors, ...
        raise ReadError(f"not a valid Word (.docx) file ({type(error).__name__})") from error
    lines: list[str] = []
    _docx_lines(document, lines)
    return RawText("\n".join(lines))


def _docx_lines(container, lines: list[str]) -> None:
    """Append the lines of a document or table cell, recursing into tables."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            seen_cells = set()  # holds the <w:tc> elements, so their identity stays valid
            for row in block.rows:
                cells = []
                for cell in row.cells:
                    # A merged cell is returned once per grid row and column it spans.
                    if cell._tc in seen_cells:
                        continue
                    seen_cells.add(cell._tc)
                    cells.append(cell)
                texts = [cell.text.strip() for cell in cells]
                if all(len(cell.paragraphs) <= 1 and len(text) <= _MAX_TABLE_CELL for cell, text in zip(cells, texts)):
                    lines.append(_table_row(texts))  # a row of figures reads as one line
                else:
                    for cell in cells:  # a table used for layout holds paragraphs
                        _docx_lines(cell, lines)
        else:
            lines.append(block.text)


_MAX_TABLE_CELL = 60
_NUMBER_CELL = re.compile(r"^[\d０-９][\d０-９,，.．]*$")
_UNIT_CELL = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}|%|％)$")


def _table_row(cells: list[str]) -> str:
    """One table row as a line; a statistic (指标 | 单位 | 数值) is written the way prose writes it: 指标736家."""
    cells = [cell for cell in cells if cell]
    numbers = [cell for cell in cells if _NUMBER_CELL.match(cell)]
    if len(numbers) == 2 and cells[0] == numbers[0]:  # 序号 | 指标 | 单位 | 数值: the first number only counts rows
        cells, numbers = cells[1:], numbers[1:]
    units = [cell for cell in cells if _UNIT_CELL.match(cell)]
    if len(numbers) == 1 and len(units) == 1:
        label = "，".join(cell for cell in cells if cell not in (numbers[0], units[0]))
        return f"{label}{numbers[0]}{units[0]}"
    return "，".join(cells)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_FALLBACK_DROP = ("script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form", "iframe")
_BLOCK_TAGS = frozenset(
    "address article blockquote br dd details div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 "
    "hr li main ol p pre section summary table tbody td th thead tr ul".split()
)


def _decode_html(data: bytes) -> tuple[str, str]:
    """Decode a web page: BOM, then the declared meta charset if it decodes, then detection."""
    if looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("not a report: binary file")
    declared = _META_CHARSET.search(data[:8192])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        encoding = declared.group(1).decode("ascii").lower()
        # Pages that say gb2312 or gbk routinely use characters only gb18030 has.
        if _family_of(encoding) == "gb18030":
            encoding = "gb18030"
        text = _strict(data, encoding)
        if text is not None:
            return text, encoding
    return decode_text(data)


_START_TAG = re.compile(r"<[A-Za-z]")


def read_html(data: bytes) -> RawText:
    """A web page: the article's main text (trafilatura), else the body without menus and scripts."""
    html, encoding = _decode_html(data)
    elements = sum(1 for _ in _START_TAG.finditer(html))
    if elements > MAX_HTML_ELEMENTS:
        raise ReadError(f"web page refused: {elements} tags (the limit is {MAX_HTML_ELEMENTS})")
    root = _parse_html(html)
    if _depth(root) >= MAX_HTML_DEPTH:
        raise ReadError(f"web page refused: tags nested {MAX_HTML_DEPTH} or more deep")
    text = _article_text(html) if elements <= MAX_ARTICLE_ELEMENTS else None
    if not text or not text.strip():
        text = _body_text(root)
    return RawText(text, encoding)


def _parse_html(html: str):
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except Exception as error:  # lxml.etree.ParserError on an empty or broken page
        raise ReadError("cannot parse HTML") from error


def _depth(root) -> int:
    """How deep the tree nests, counted without recursion."""
    deepest, stack = 0, [(root, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _article_text(html: str) -> str | None:
    """The main text as trafilatura finds it, with the article title as first line."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        article = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception:  # trafilatura fails on some malformed pages; the fallback handles them
        return None
    if article is None or not article.text:
        return None
    text = article.text
    title = (article.title or "").strip()
    head = text.lstrip().split("\n", 3)[:3]
    if title and not any(title in line for line in head):
        text = f"{title}\n{text}"
    return text


def _body_text(root) -> str:
    """Plain text of <body> without script, style, navigation, header and footer, one line per block."""
    for element in list(root.iter(*_FALLBACK_DROP)):
        element.drop_tree()
    body = root.find("body")
    if body is None:
        body = root
    parts: list[str] = []
    for event, element in _walk(body):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if element.text and tag:
                parts.append(element.text)
        else:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if element.tail:
                parts.append(element.tail)
    return "".join(parts)


def _walk(root):
    """Yield ("start", el) and ("end", el) for every element, iteratively (pages can nest deeply)."""
    stack = [(root, False)]
    while stack:
        element, done = stack.pop()
        if done:
            yield "end", element
            continue
        yield "start", element
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))


# A line that ends like this closes its paragraph.
_PARAGRAPH_END = tuple("。！？；：…”’」』）)!?;:")


def read_pdf(data: bytes) -> RawText:
    """A PDF's text layer (pypdf), page by page; wrapped lines of a paragraph are rejoined."""
    import pypdf
    from pypdf.errors import PdfReadError

    from pypdf.errors import LimitReachedError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    known = pypdf.Configuration.__dataclass_fields__  # later pypdf releases add decoders and their bounds
    limits = {name: MAX_PDF_STREAM_BYTES for name in known if name.endswith("_output_length")
              or name == "maximum_declared_stream_length"}
    try:
        with pypdf.apply_configuration(**limits):
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ReadError("encrypted PDF")
            pages = _pdf_pages(reader)
    except ReadError:
        raise
    except LimitReachedError as error:
        raise ReadError(f"PDF refused: a stream inflates beyond pypdf's bounds "
                        f"({megabytes(MAX_PDF_STREAM_BYTES)} a stream)") from error
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise ReadError(f"not a valid PDF ({type(error).__name__})") from error
    except Exception as error:  # pypdf raises many kinds on damaged files
        raise ReadError(f"not a valid PDF ({type(error).__name__})") from error
    if not any(page.strip() for page in pages):
        raise ReadError("no text layer (scanned PDF?)")
    return RawText("\n".join(_rejoin_wrapped_lines(page) for page in pages))


def _pdf_pages(reader) -> list[str]:
    """Each page's text, refusing content that inflates beyond the page and document bounds.

    The content is decoded once to be measured; pypdf parses a page's content
    into objects some fifty times its size, so the bound is checked first.
    """
    pages: list[str] = []
    total = 0
    for number, page in enumerate(reader.pages, 1):
        contents = page.get_contents()
        size = len(contents.get_data()) if contents is not None else 0
        if size > MAX_PDF_PAGE_CONTENT_BYTES:
            raise ReadError(f"PDF refused: page {number} inflates to {megabytes(size)} "
                            f"(the limit is {megabytes(MAX_PDF_PAGE_CONTENT_BYTES)} a page)")
        total += size
        if total > MAX_PDF_CONTENT_BYTES:
            raise ReadError(f"PDF refused: its pages inflate to over {megabytes(MAX_PDF_CONTENT_BYTES)}")
        pages.append(page.extract_text() or "")
    return pages


def _latin_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _rejoin_wrapped_lines(page: str) -> str:
    """Join lines a PDF broke only because the paragraph reached the right margin.

    Chinese glyphs are of equal width, so the full lines of a page have nearly
    the same number of characters: the median of the longer half of the lines
    (needs 4 lines of 10+ characters to judge). A line that long (within 5%)
    that does not end with closing punctuation continues on the next line.
    Titles and last lines of paragraphs are shorter, so they end their paragraph;
    a title exactly as wide as the text is the known blind spot.
    """
    lines = [line.rstrip() for line in page.split("\n")]
    lengths = sorted(len(line) for line in lines if len(line) >= 10)
    if len(lengths) < 4:
        return "\n".join(lines)
    full_width = median(lengths[len(lengths) // 2 :])
    out: list[str] = []
    joining = False
    for line in lines:
        if joining and out:
            continuation = line.lstrip()
            # Latin words broken at the margin were separated by a space.
            space = " " if _latin_letter(out[-1][-1:]) and _latin_letter(continuation[:1]) else ""
            out[-1] += space + continuation
        else:
            out.append(line)
        stripped = line.strip()
        joining = bool(stripped) and len(line) >= 0.95 * full_width and not stripped.endswith(_PARAGRAPH_END)
    return "\n".join(out)
