"""A summary PDF whose attached data inflates without end is refused, not read into memory."""

from __future__ import annotations

import io
import time
import zlib

import pikepdf
import pytest

from ishoj_mus.pdf.archive import ATTACHMENT_NAME, attached_conversation
from ishoj_mus.pdf.attached import read_summary_pdf
from ishoj_mus.storage.errors import MusFileError
from tests.helpers import peak_memory_mb


def _bomb_pdf(gigabytes: int = 1) -> bytes:
    """A one-page PDF with an attachment that inflates to ``gigabytes`` GiB of zeros."""
    deflater = zlib.compressobj(9)
    chunk = b"\0" * (1 << 24)
    parts = [deflater.compress(chunk) for _ in range(gigabytes * 64)]
    parts.append(deflater.flush())
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.attachments[ATTACHMENT_NAME] = pikepdf.AttachedFileSpec(pdf, b"{}")
    stream = pdf.attachments[ATTACHMENT_NAME].get_file().obj
    stream.write(b"".join(parts), filter=pikepdf.Name.FlateDecode)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    data = _bomb_pdf()
    assert len(data) < 2 * 1024 * 1024  # about 1 MB on disk, 1 GiB inflated
    return data


def test_the_overview_refuses_an_attachment_bomb_quickly_and_small(bomb, tmp_path):
    path = tmp_path / "MUS_bombe.pdf"
    path.write_bytes(bomb)
    peak_before = peak_memory_mb()
    started = time.perf_counter()
    with pytest.raises(MusFileError) as caught:
        read_summary_pdf(path)
    assert time.perf_counter() - started < 5
    grown_mb = peak_memory_mb() - peak_before
    assert grown_mb < 100, f"{grown_mb:.0f} MB"
    assert "for store" in str(caught.value)


def test_reading_last_years_data_refuses_the_bomb_too(bomb):
    with pytest.raises(MusFileError):
        attached_conversation(bomb, "bombe.pdf")
