"""RFC 3161 document timestamps for filed referater (``ishoj-mus timestamp FILE.pdf``).

An archive (HR's filing computer) stamps what it files: a document timestamp in an incremental
update keeps every earlier signature valid, and lets ``verify`` judge the leader's signature at
the stamped time, after the leader's certificate has expired (PAdES B-T/B-LTA). This is the only
network use the program ever has, and only on that command: the timestamp authority (TSA) is
the one the organisation profile names (``[timestamp] url``). The window never stamps.

The HTTP request is the standard library's (``urllib``); the timestamp itself, its request and
its embedding are pyHanko's. ``LoopbackTsa`` serves pyHanko's test timestamper on 127.0.0.1 for
``ishoj-mus demo-tsa`` and the tests – never on another interface.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
import urllib.error
import urllib.request
from asyncio import to_thread
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import pem as asn1_pem
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import signers
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from ishoj_mus.pdf.signing import metadata_keeping_writer

TIMEOUT_S = 30.0
MAX_RESPONSE_BYTES = 1024 * 1024  # a timestamp response is a few kB


class TimestampError(RuntimeError):
    """One Danish line for the user."""


def _timestamper_class() -> Any:
    class UrllibTimeStamper(TimeStamper):
        """pyHanko's TimeStamper over the standard library's HTTP client."""

        def __init__(self, url: str, timeout: float = TIMEOUT_S):
            super().__init__()  # type: ignore[no-untyped-call]  # pyHanko: untyped
            self.url = url
            self.timeout = timeout

        async def async_request_tsa_response(self, req: Any) -> Any:
            return tsp.TimeStampResp.load(await to_thread(self._post, req.dump()))

        def _post(self, body: bytes) -> bytes:
            request = urllib.request.Request(
                self.url, data=body, method="POST", headers={"Content-Type": "application/timestamp-query"}
            )
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as answer:  # noqa: S310 – the profile's URL
                    kind = answer.headers.get("Content-Type", "")
                    data: bytes = answer.read(MAX_RESPONSE_BYTES + 1)
            except (urllib.error.URLError, OSError, ValueError) as exc:
                raise TimestampError(
                    f"Tidsstempeltjenesten {self.url} svarer ikke. Kontrollér forbindelsen og adressen "
                    "i organisationsprofilen ([timestamp] url), og prøv igen. Referatet er ikke ændret."
                ) from exc
            if not kind.startswith("application/timestamp-reply") or len(data) > MAX_RESPONSE_BYTES:
                raise TimestampError(f"Tidsstempeltjenesten {self.url} svarede ikke med et tidsstempel.")
            return data

    return UrllibTimeStamper


def http_timestamper(url: str, timeout: float = TIMEOUT_S) -> Any:
    return _timestamper_class()(url, timeout)


def add_document_timestamp(data: bytes, timestamper: Any, when: dt.datetime | None = None) -> bytes:
    """``data`` with an RFC 3161 document timestamp appended as an incremental update; the
    metadata keep our producer and dates (as when signing)."""
    writer = metadata_keeping_writer(data, when or dt.datetime.now(dt.UTC).replace(microsecond=0))
    out = io.BytesIO()
    try:
        signers.PdfTimeStamper(timestamper).timestamp_pdf(writer, "sha256", output=out)
    except TimestampError:
        raise
    except (TimestampRequestError, PdfError, ValueError) as exc:
        raise TimestampError(f"Tidsstemplet kunne ikke sættes på ({exc}).") from None
    return out.getvalue()


# -- a timestamp authority on loopback (the demo and the tests) ------------------------------


def dummy_timestamper(cert_pem: bytes, key_pem: bytes, fixed: dt.datetime | None = None) -> Any:
    """pyHanko's test timestamper (RSA keys only) with this certificate and key."""
    _, _, cert_der = asn1_pem.unarmor(cert_pem)
    _, _, key_der = asn1_pem.unarmor(key_pem)
    return DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(cert_der),
        tsa_key=asn1_keys.PrivateKeyInfo.load(key_der),
        fixed_dt=fixed,
    )


@dataclass
class LoopbackTsa:
    """A timestamp authority on 127.0.0.1 (HTTP, RFC 3161), answering with ``timestamper``."""

    timestamper: Any
    port: int = 0
    server: Any = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def start(self) -> LoopbackTsa:
        stamper = self.timestamper

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 – the http.server name
                size = min(int(self.headers.get("Content-Length", "0") or 0), 64 * 1024)
                try:
                    request = tsp.TimeStampReq.load(self.rfile.read(size))
                    answer = stamper.request_tsa_response(request).dump()
                except Exception:  # noqa: BLE001 – a bad request: 400, not a crash
                    self.send_error(400)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 – quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def serve_demo_tsa(folder: Path, port: int = 3161) -> LoopbackTsa:
    """The demo organisation's TSA (``tsa.pem``, ``tsa-noegle.pem`` in ``folder``) on loopback."""
    folder = Path(folder)
    stamper = dummy_timestamper((folder / "tsa.pem").read_bytes(), (folder / "tsa-noegle.pem").read_bytes())
    return LoopbackTsa(stamper, port).start()
