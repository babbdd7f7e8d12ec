"""Filing metadata in the referat's XMP, for an ESDH or HR system to read without opening the data.

Every summary PDF (the HR edition and the employee's copy) carries one ``rdf:Description`` in
the namespace ``NAMESPACE`` (prefix ``ishojmus``) with the properties in ``PROPERTIES``: the
document type, the KLE number and handling facet from the organisation profile, the employee's
name and number, the leader, the date, id and version of the conversation, the edition and the
retention note. A PDF/A extension schema (``pdfaExtension:schemas``) describes each property, as
ISO 19005-3 §6.6.2.3 asks of properties outside the predefined schemas.

It is written after PDF/A conversion (pikepdf's PDF/A writer keeps only predefined properties)
and before signing, so the signature covers it; pyHanko keeps unknown properties when it updates
the XMP at signing. The namespace URI is a URN: pyHanko would turn an ``http`` URI in the
extension schema's ``namespaceURI`` into an ``rdf:resource``, which PDF/A's schema does not allow.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

import pikepdf
from lxml import etree

from ishoj_mus.domain.conversation import referat_version
from ishoj_mus.storage.file_names import DOCUMENT_TYPE_NAMES
from ishoj_mus.storage.filing import document_type

if TYPE_CHECKING:
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.domain.edition import Edition
    from ishoj_mus.storage.filing import FilingSettings

NAMESPACE = "urn:ishoj-mus:filing:1.0#"
PREFIX = "ishojmus"
SCHEMA_NAME = "Ishøj MUS – journalisering (filing metadata)"

# name, XMP value type, description (in the extension schema, so in English for any reader)
PROPERTIES: tuple[tuple[str, str, str], ...] = (
    ("documentType", "Text", "Kind of document: referat, udviklingsplan, opfoelgning or grus"),
    ("documentTypeName", "Text", "Danish name of the kind of document, e.g. MUS-referat"),
    ("documentTypeKey", "Text", "The organisation's key for the kind of document (organisation profile)"),
    ("kle", "Text", "KLE number the document is filed under, e.g. 81.03.00"),
    ("handlingFacet", "Text", "KLE handling facet, e.g. G01"),
    ("employeeName", "Text", "The employee's name"),
    ("employeeNumber", "Text", "The employee's number (medarbejdernummer), when given"),
    ("leaderName", "Text", "The leader who held the conversation"),
    ("conversationDate", "Date", "Date of the conversation"),
    ("conversationId", "Text", "Identifier of the conversation, the same in every version"),
    ("version", "Integer", "Version of the referat: 2 after the conversation was reopened and signed again"),
    ("replacesSignedAt", "Date", "When the version this one replaces was signed"),
    ("edition", "Text", "Edition: hr_referat, hr_udviklingsplan or medarbejderens_eksemplar"),
    ("retentionNote", "Text", "The organisation's retention note"),
    ("form", "Text", "Identifier of the conversation form"),
)
_NAMES = {name for name, _, _ in PROPERTIES}

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_EXT = "http://www.aiim.org/pdfa/ns/extension/"
_SCHEMA = "http://www.aiim.org/pdfa/ns/schema#"
_PROPERTY = "http://www.aiim.org/pdfa/ns/property#"
MAX_XMP_BYTES = 1024 * 1024  # a referat's packet is about 5 kB


def edition_code(edition: Edition) -> str:
    """The edition as the verify result names it (``Paper`` values)."""
    if not edition.is_hr:
        return "medarbejderens_eksemplar"
    return "hr_udviklingsplan" if edition.is_plan_only else "hr_referat"


def filing_values(conv: Conversation, edition: Edition, settings: FilingSettings) -> dict[str, str]:
    """The properties for ``conv`` (the edition's copy), empty ones left out."""
    kind = document_type(conv.form.id, edition)
    version = referat_version(conv)
    values = {
        "documentType": kind.value,
        "documentTypeName": DOCUMENT_TYPE_NAMES[kind],
        "documentTypeKey": settings.type_key(kind),
        "kle": settings.kle,
        "handlingFacet": settings.facet,
        "employeeName": conv.employee.name,
        "employeeNumber": conv.employee.employee_number,
        "leaderName": conv.leader.name,
        "conversationDate": conv.date.isoformat() if conv.date else "",
        "conversationId": conv.id,
        "version": str(version.number),
        "replacesSignedAt": version.replaces_signed_at.isoformat() if version.replaces_signed_at else "",
        "edition": edition_code(edition),
        "retentionNote": edition.retention_note if edition.is_hr else "",
        "form": conv.form.id,
    }
    return {k: _xml_text(v) for k, v in values.items() if v and v.strip()}


def _xml_text(text: str) -> str:
    """Characters XML 1.0 cannot hold are left out (a name is typed by people)."""
    return "".join(
        c
        for c in text
        if c in "\t\n\r" or ("\x20" <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd") or c > "\uffff"
    )


def add_filing_xmp(pdf_bytes: bytes, values: dict[str, str]) -> bytes:
    """``pdf_bytes`` (PDF/A) with the filing properties and their extension schema in its XMP."""
    # pyHanko re-serialises the packet when it signs, with lxml's global prefix table: without
    # this it would call our prefix "ns0" (valid RDF, but PDF/A-1 readers expect the declared one).
    etree.register_namespace(PREFIX, NAMESPACE)
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        root = etree.fromstring(pdf.Root.Metadata.read_bytes(), _parser())
        rdf = root.find(f"{{{_RDF}}}RDF")
        assert rdf is not None  # pikepdf's PDF/A writer always writes one
        rdf.append(_extension_schema(etree))
        own = etree.SubElement(rdf, f"{{{_RDF}}}Description", nsmap={PREFIX: NAMESPACE})
        own.set(f"{{{_RDF}}}about", "")
        for name, _kind, _what in PROPERTIES:
            if name in values:
                etree.SubElement(own, f"{{{NAMESPACE}}}{name}").text = values[name]
        body = etree.tostring(root, encoding="utf-8")
        packet = (
            b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
            + body
            + b'\n<?xpacket end="w"?>'
        )
        pdf.Root.Metadata = pdf.make_stream(packet, Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    return out.getvalue()


def _extension_schema(etree: Any) -> Any:
    desc = etree.Element(
        f"{{{_RDF}}}Description",
        nsmap={"rdf": _RDF, "pdfaExtension": _EXT, "pdfaSchema": _SCHEMA, "pdfaProperty": _PROPERTY},
    )
    desc.set(f"{{{_RDF}}}about", "")
    bag = etree.SubElement(etree.SubElement(desc, f"{{{_EXT}}}schemas"), f"{{{_RDF}}}Bag")
    schema = etree.SubElement(bag, f"{{{_RDF}}}li")
    schema.set(f"{{{_RDF}}}parseType", "Resource")
    etree.SubElement(schema, f"{{{_SCHEMA}}}schema").text = SCHEMA_NAME
    etree.SubElement(schema, f"{{{_SCHEMA}}}namespaceURI").text = NAMESPACE
    etree.SubElement(schema, f"{{{_SCHEMA}}}prefix").text = PREFIX
    seq = etree.SubElement(etree.SubElement(schema, f"{{{_SCHEMA}}}property"), f"{{{_RDF}}}Seq")
    for name, kind, what in PROPERTIES:
        item = etree.SubElement(seq, f"{{{_RDF}}}li")
        item.set(f"{{{_RDF}}}parseType", "Resource")
        etree.SubElement(item, f"{{{_PROPERTY}}}name").text = name
        etree.SubElement(item, f"{{{_PROPERTY}}}valueType").text = kind
        etree.SubElement(item, f"{{{_PROPERTY}}}category").text = "external"
        etree.SubElement(item, f"{{{_PROPERTY}}}description").text = what
    return desc


def _parser() -> Any:
    # a packet from outside: no entities, no network, no huge trees
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def read_filing_xmp(pdf: Any) -> dict[str, str]:
    """The filing properties of an open ``pikepdf.Pdf`` ({} when there are none or the packet is
    unreadable). Reads both forms pyHanko and pikepdf write: elements and attributes."""
    try:
        stream = pdf.Root.get("/Metadata")
        if stream is None:
            return {}
        raw = stream.read_raw_bytes()
        if len(raw) > MAX_XMP_BYTES:
            return {}
        data = stream.read_bytes()
        if len(data) > MAX_XMP_BYTES:
            return {}
        root = etree.fromstring(data, _parser())
    except Exception:  # noqa: BLE001 – no readable packet: no filing metadata
        return {}
    found: dict[str, str] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for key, value in element.attrib.items():
            if key.startswith(f"{{{NAMESPACE}}}"):
                found.setdefault(key.split("}", 1)[1], str(value))
        if element.tag.startswith(f"{{{NAMESPACE}}}") and len(element) == 0:
            found.setdefault(element.tag.split("}", 1)[1], element.text or "")
    return {k: v for k, v in found.items() if k in _NAMES}


def read_filing_xmp_bytes(pdf_bytes: bytes) -> dict[str, str]:
    try:
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            return read_filing_xmp(pdf)
    except Exception:  # noqa: BLE001 – not a PDF pikepdf can open: none
        return {}
