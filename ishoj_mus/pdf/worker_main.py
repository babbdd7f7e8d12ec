"""The PDF worker process (``ishoj-mus --pdf-worker``): it imports the PDF stack at its top, warms
it on a throwaway summary and then makes PDFs for the window, one request at a time. The
messages are ``ishoj_mus.pdf.worker``'s; the jobs' functions are ``ishoj_mus.pdf.jobs``'s entries
(their modules, pipeline and grus_pdf, are imported here, so no job imports anything late).
"""

from __future__ import annotations

import os
import sys
from typing import BinaryIO

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ishoj_mus.demo import demo_conversation, sign_demo
from ishoj_mus.pdf import grus_pdf, pipeline  # noqa: F401 – the jobs' modules (pdf.jobs), loaded once
from ishoj_mus.pdf.archive import to_pdfa
from ishoj_mus.pdf.errors import known_error_words
from ishoj_mus.pdf.keys import KeyMaterial, self_signed
from ishoj_mus.pdf.signing import sign_pdf
from ishoj_mus.pdf.summary import render_summary
from ishoj_mus.pdf.worker import (
    Done,
    Failed,
    Message,
    Progress,
    Ready,
    Request,
    encode,
    making_pdf,
    read_frame,
    settle,
    tidy,
)


def warm_up() -> None:
    """Import the PDF stack and run it once on the demo, so its caches are filled."""
    # A throwaway key, never written: signing the warm-up file must not make the user's key.
    key, cert = self_signed(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ishøj MUS opvarmning")]), days=1
    )
    material = KeyMaterial(
        pkcs12.serialize_key_and_certificates(b"warm", key, cert, None, serialization.NoEncryption()), None
    )
    conv = demo_conversation()
    sign_demo(conv)
    sign_pdf(to_pdfa(render_summary(conv, material.fingerprint()), conv, "summary"), material, reason="-")


def serve(stdin: BinaryIO, stdout: BinaryIO) -> int:
    def send(message: Message) -> None:
        stdout.write(encode(message))
        stdout.flush()

    try:
        warm_up()
    except Exception as exc:  # noqa: BLE001 – a failed warm-up only means the first PDF is slower
        send(Ready(ok=False, warm_up_error=type(exc).__name__))
    else:
        send(Ready(ok=True))
    settle()
    while True:
        try:
            request = read_frame(stdin)
        except Exception:  # noqa: BLE001 – a broken pipe or frame: the window is gone
            return 1
        if request is None:
            return 0
        if not isinstance(request, Request):
            return 1  # only the window talks to the worker, and it sends requests
        number = request.id
        result: object = None
        try:

            def progress(percent: int, text: str, n: int = number) -> None:
                send(Progress(n, percent, text))

            with making_pdf():
                result = request.job(progress)
        except Exception as exc:  # noqa: BLE001 – sent back to the window as a Danish message
            words = known_error_words(exc)
            message = None if words is None else words.text()
            send(Failed(number, message or type(exc).__name__, known=words is not None, words=words))
        else:
            send(Done(number, result))
        result = None  # the PDF's bytes are the window's now
        tidy()


def main() -> int:
    """Entry point of ``--pdf-worker``; stdout carries frames only, so prints go to stderr."""
    # A windowed program may start without Python-level stdio even when given pipes.
    stdin = sys.stdin.buffer if sys.stdin is not None else os.fdopen(0, "rb")
    out = sys.stdout.buffer if sys.stdout is not None else os.fdopen(1, "wb")
    sys.stdout = sys.stderr
    return serve(stdin, out)
