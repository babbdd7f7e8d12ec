"""Shared pieces for the trust tests: a small CA, signed referater, and ways to tamper with them."""

from __future__ import annotations

import io
import re
import zlib
from pathlib import Path

PASSPHRASE = "hemmelig-leder"


def incremental(data: bytes, change) -> bytes:
    """Append one incremental update made by ``change(writer)`` (pyHanko's writer)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def contents_span(data: bytes) -> tuple[int, int]:
    """Start and end (exclusive) of the last signature's /Contents hex digits."""
    match = list(re.finditer(rb"/Contents\s*<([0-9A-Fa-f]+)>", data))[-1]
    return match.start(1), match.end(1)


def cms_hex_length(data: bytes) -> int:
    start, end = contents_span(data)
    hex_digits = data[start:end].rstrip(b"0")
    return len(hex_digits) + (len(hex_digits) % 2)


def change_page_text(writer) -> None:
    """Replace the first page's content with other text (a forged referat page)."""
    from pyhanko.pdf_utils import generic

    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    stream = generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 720 Td (Aftalt: fyring) Tj ET")
    page["/Contents"] = writer.add_object(stream)
    writer.update_container(page)


def replace_attachment(writer, new_json: bytes) -> None:
    from pyhanko.pdf_utils import generic

    names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    spec_ref = names[1]
    spec = spec_ref.get_object()
    ef = spec["/EF"]
    stream = generic.StreamObject(
        generic.DictionaryObject({generic.NameObject("/Type"): generic.NameObject("/EmbeddedFile")}),
        stream_data=new_json,
    )
    ref = writer.add_object(stream)
    ef[generic.NameObject("/F")] = ref
    ef[generic.NameObject("/UF")] = ref
    writer.update_container(spec)


def strip_signature_value(writer) -> None:
    """Remove the signature from its field (/V), so no signature is left to check."""
    fields = writer.root["/AcroForm"]["/Fields"]
    for ref in fields:
        field = ref.get_object()
        if "/V" in field:
            del field["/V"]
            writer.update_container(field)


def deep_trailer_update(data: bytes, depth: int = 100_000) -> bytes:
    """An appended revision whose trailer holds ``depth`` nested arrays."""
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    size = int(re.findall(rb"/Size\s+(\d+)", data)[-1])
    root = re.findall(rb"/Root\s+(\d+\s+\d+\s+R)", data)[-1]
    body = b"\n" + b"xref\n0 0\ntrailer\n<< /Size %d /Root %s /Prev %d /Deep " % (size, root, prev)
    start = len(data) + 1
    body += b"[" * depth + b"]" * depth + b" >>\nstartxref\n%d\n%%%%EOF\n" % start
    return data + body


def bomb_update(data: bytes, megabytes: int = 400) -> bytes:
    """An appended revision whose xref stream inflates to ``megabytes`` MB of zeros.

    Built from one compressed megabyte repeated (full flushes make the pieces identical), so
    making it takes milliseconds.
    """
    chunk = b"\0" * (1 << 20)
    comp = zlib.compressobj(9)
    first = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    again = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    adler = 1
    for _ in range(megabytes):
        adler = zlib.adler32(chunk, adler)
    stream = first + again * (megabytes - 1) + b"\x03\x00" + adler.to_bytes(4, "big")
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    size = int(re.findall(rb"/Size\s+(\d+)", data)[-1])
    root = re.findall(rb"/Root\s+(\d+\s+\d+\s+R)", data)[-1]
    offset = len(data) + 1
    obj = (
        b"\n%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Index [0 %d] /Root %s /Prev %d "
        b"/Filter /FlateDecode /Length %d >>\nstream\n" % (size, size + 1, size + 1, root, prev, len(stream))
    )
    return data + obj + stream + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % offset


def write_ca(folder: Path):
    """A small CA and a leader certificate from it (cryptography), written to ``folder``."""
    from ishoj_mus.pdf.demo_organisation import issue_ca_and_leader

    issued = issue_ca_and_leader("Ishøj Kommune (test)", "Jonas Kristensen", PASSPHRASE)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ca.pem").write_bytes(issued.ca_pem)
    (folder / "leder.pem").write_bytes(issued.leader_pem)
    (folder / "leder.p12").write_bytes(issued.pkcs12)
    (folder / "pw.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    return issued
