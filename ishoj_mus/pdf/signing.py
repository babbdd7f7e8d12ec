"""PAdES signatures with pyHanko.

``sign_pdf`` is a plain function of (PDF bytes, key) -> PDF bytes, so it can run anywhere (the
PDF worker, the command line). The key is ``ishoj_mus.pdf.keys``'s; checking signatures lives
in ``ishoj_mus.pdf.verification``.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from typing import Any

import pikepdf
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import fields, signers
from pyhanko.sign.signers import constants
from pyhanko_certvalidator.registry import SimpleCertificateStore

from ishoj_mus import __version__
from ishoj_mus.pdf.errors import PdfProblem, SigningError
from ishoj_mus.pdf.keys import KeyMaterial


@functools.lru_cache(maxsize=4)
def _loaded_signer(data: bytes, passphrase: bytes | None) -> Any:
    return signers.SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=passphrase)


def sign_pdf(
    pdf_bytes: bytes,
    material: KeyMaterial,
    *,
    reason: str,
    location: str = "",
    signed_at: dt.datetime | None = None,
) -> bytes:
    """Add a PAdES (B-B) signature as an incremental update; it covers the whole file.

    The file stays PDF 1.7-based (PDF/A-3 is built on PDF 1.7): no ISO 32002 extension and no
    /Version 2.0, whatever the key type; the Info dictionary and XMP keep agreeing.
    """
    material.certificate()  # a wrong passphrase or a broken file: said as such (SigningError)
    try:
        loaded = _loaded_signer(material.pkcs12, material.passphrase)
    except ValueError:
        # The passphrase opened the file: pyHanko refuses a certificate in it (e.g. characters
        # in a CA's name that X.509 string preparation does not allow).
        raise SigningError(PdfProblem.CERTIFICATE_UNUSABLE) from None
    algo = loaded.signing_cert.public_key.algorithm
    if algo not in ("rsa", "ec"):
        raise SigningError(PdfProblem.KEY_TYPE, str(algo))
    # The chain from the PKCS#12 (issuing CA, root) goes into the signature, so a verifier that
    # trusts only the organisation's root can build the path; never the signing certificate
    # itself (pyHanko adds it: it would be there twice).
    chain = [c for c in loaded.cert_registry if c.dump() != loaded.signing_cert.dump()]
    if not chain and material.chain:
        chain = _issuers_of(material.certificate(), material.chain)
    signer = signers.SimpleSigner(
        signing_cert=loaded.signing_cert,
        signing_key=loaded.signing_key,
        cert_registry=SimpleCertificateStore.from_certs(chain),  # type: ignore[no-untyped-call]  # pyHanko: untyped
    )
    when = signed_at or dt.datetime.now(dt.UTC).replace(microsecond=0)
    meta = signers.PdfSignatureMetadata(
        field_name=_free_field_name(pdf_bytes),
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location or None,
    )

    class Pdf17Signer(signers.PdfSigner):
        """PAdES in a PDF 1.7 file: ESIC extension only (ECDSA needs no ISO 32002 marker there)."""

        def register_extensions(self, pdf_out: Any, *, md_algorithm: str) -> None:
            pdf_out.ensure_output_version(version=(1, 7))
            pdf_out.register_extension(constants.ESIC_EXTENSION_1)

    key = loaded.signing_cert.sha256
    reserved = _RESERVED.get(key)
    try:
        try:
            signed = _sign(pdf_bytes, when, Pdf17Signer(meta, signer=signer), reserved)
        except (PdfError, ValueError):
            if reserved is None:
                raise
            _RESERVED.pop(key, None)  # the remembered room was too small after all: measure again
            signed = _sign(pdf_bytes, when, Pdf17Signer(meta, signer=signer), None)
    except (PdfError, ValueError) as exc:
        raise SigningError(PdfProblem.NOT_SIGNED, str(exc)) from None
    if key not in _RESERVED:
        room = _reserved_room(signed)
        if room:
            _RESERVED[key] = room
    return signed


# Room for the signature, per signing certificate. pyHanko measures it by making a trial
# signature (as much work as the real one) unless it is told; the size depends on the key and
# certificate only, so the room it chose for the first PDF is remembered for the next ones.
_RESERVED: dict[bytes, int] = {}


def _sign(pdf_bytes: bytes, when: dt.datetime, pdf_signer: Any, reserved: int | None) -> bytes:
    writer = metadata_keeping_writer(pdf_bytes, when)
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out, bytes_reserved=reserved)
    return out.getvalue()


def producer() -> str:
    """What every PDF of ours names as its producer (Info /Producer and XMP pdf:Producer)."""
    return f"Ishøj MUS {__version__}"


def metadata_keeping_writer(pdf_bytes: bytes, when: dt.datetime) -> Any:
    """pyHanko's incremental writer, except for the metadata it writes with the update.

    pyHanko rewrites the XMP packet with its own serialiser when it signs or timestamps:
    Producer becomes "pyHanko x.y", MetadataDate stays older than the new ModifyDate, and ``dc``
    is declared on each property (valid RDF, but Apache PDFBox Preflight reports "Schema is not
    set: dc"). Here the packet is pikepdf's, as in the unsigned file, with our producer and
    ModifyDate = MetadataDate = ``when``; the Info dictionary says the same.
    """
    packet = _updated_xmp(pdf_bytes, when)
    name = producer()

    class Writer(IncrementalPdfFileWriter):
        def _update_meta(self) -> None:
            info_ref = self.trailer.raw_get("/Info")
            if isinstance(info_ref, generic.IndirectObject):
                info: Any = info_ref.get_object()  # type: ignore[no-untyped-call]  # pyHanko has no type information
                info["/Producer"] = generic.TextStringObject(name)
                info["/ModDate"] = generic.pdf_date(when)
                self.mark_update(info_ref)
            meta_ref = self.root.raw_get("/Metadata")
            if packet is not None and isinstance(meta_ref, generic.IndirectObject):
                stream = generic.StreamObject(
                    generic.DictionaryObject(  # type: ignore[no-untyped-call]  # pyHanko: untyped
                        {
                            generic.NameObject("/Type"): generic.NameObject("/Metadata"),
                            generic.NameObject("/Subtype"): generic.NameObject("/XML"),
                        }
                    ),
                    stream_data=packet,
                )
                self.objects[(meta_ref.generation, meta_ref.idnum)] = stream

    return Writer(io.BytesIO(pdf_bytes))


def _updated_xmp(pdf_bytes: bytes, when: dt.datetime) -> bytes | None:
    """The file's XMP packet (pikepdf's serialisation) with our producer and both dates."""
    stamp = when.astimezone(dt.UTC).isoformat()
    try:
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            if "/Metadata" not in pdf.Root:
                return None
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                meta["pdf:Producer"] = producer()
                meta["xmp:ModifyDate"] = stamp
                meta["xmp:MetadataDate"] = stamp
            return bytes(pdf.Root.Metadata.read_bytes())
    except pikepdf.PdfError:
        return None


def _issuers_of(cert: x509.Certificate, candidates: tuple[bytes, ...]) -> list[Any]:
    """Those of ``candidates`` (DER) that issued ``cert``, as pyHanko's certificates."""
    found = []
    for der in candidates:
        try:
            cert.verify_directly_issued_by(x509.load_der_x509_certificate(der))
        except Exception:  # noqa: BLE001 – not this one's issuer
            continue
        found.append(asn1_x509.Certificate.load(der))
    return found


def _reserved_room(signed: bytes) -> int | None:
    """The room reserved for the signature just added, as pyHanko counts it: the length of
    the placeholder's hex string (the last /Contents string of the file)."""
    start = signed.rfind(b"/Contents <")
    end = signed.find(b">", start + 11) if start >= 0 else -1
    if start < 0 or end < 0:
        return None
    return end - start - 11


def _free_field_name(pdf_bytes: bytes) -> str:
    """A new signature field for each signature (a re-signed file keeps the earlier one)."""
    name, n = "IshoejMUS", 1
    while f"/T ({name})".encode() in pdf_bytes:
        n += 1
        name = f"IshoejMUS{n}"
    return name
