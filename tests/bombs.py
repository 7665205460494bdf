"""Small files that expand without bound once read: Word, PDF and HTML bombs, made on the fly.

Used by the reader and CLI tests with lowered or real limits, and by
benchmarks/bench_bombs.py, which measures a build's peak memory beside them.
Every generator streams what it compresses, so making a 1.5 GB bomb costs
seconds, not gigabytes.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import docx

PARAGRAPH = "<w:p><w:r><w:t>" + "统战" * 500 + "</w:t></w:r></w:p>"


def docx_bomb(path: Path, inflated_bytes: int) -> Path:
    """A real Word file whose word/document.xml inflates to about `inflated_bytes`."""
    base = io.BytesIO()
    docx.Document().save(base)
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                out.writestr(item, source.read(item))
                continue
            head, tail = source.read(item).decode("utf-8").split("<w:body>")
            block = (PARAGRAPH * 200).encode("utf-8")
            with out.open("word/document.xml", "w", force_zip64=True) as part:
                part.write((head + "<w:body>").encode("utf-8"))
                written = 0
                while written < inflated_bytes:
                    part.write(block)
                    written += len(block)
                part.write(tail.encode("utf-8"))
    return path


def docx_of_many_parts(path: Path, parts: int, part_bytes: int) -> Path:
    """A real Word file with `parts` extra media parts of `part_bytes` each."""
    base = io.BytesIO()
    docx.Document().save(base)
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            out.writestr(item, source.read(item))
        for number in range(parts):
            out.writestr(f"word/media/image{number}.bin", b"\0" * part_bytes)
    return path


def _deflated(unit: bytes, inflated_bytes: int) -> bytes:
    compressor = zlib.compressobj(9)
    chunk = unit * max(1, min(inflated_bytes, 1 << 20) // len(unit))
    parts, written = [], 0
    while written < inflated_bytes:
        parts.append(compressor.compress(chunk))
        written += len(chunk)
    parts.append(compressor.flush())
    return b"".join(parts)


TEXT_OPERATORS = b"BT /F1 12 Tf 72 712 Td (tongzhan) Tj ET\n"


def pdf_bomb(inflated_bytes: int, pages: int = 1, unit: bytes = TEXT_OPERATORS) -> bytes:
    """A PDF of `pages` pages, each drawing one Flate content stream that inflates to `inflated_bytes`."""
    stream = _deflated(unit, inflated_bytes)
    font = 3 + 2 * pages
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        ("<< /Type /Pages /Kids [%s] /Count %d >>"
         % (" ".join(f"{3 + 2 * i} 0 R" for i in range(pages)), pages)).encode(),
    ]
    for number in range(pages):
        objects.append((f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {4 + 2 * number} 0 R >>").encode())
        objects.append(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
                       + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def nested_html(depth: int) -> bytes:
    """A page whose one sentence sits `depth` <div> elements deep."""
    return ("<html><body>" + "<div>" * depth + "市委统战部召开座谈会。" + "</div>" * depth
            + "</body></html>").encode("utf-8")


def flat_html(tags: int) -> bytes:
    """A page of `tags` sibling elements, each holding two characters."""
    return ("<html><body>" + "<b>统战</b>" * tags + "</body></html>").encode("utf-8")
