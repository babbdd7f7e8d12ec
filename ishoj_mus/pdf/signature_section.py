"""The referat's signatures: the drawn or typed ones of both parties, and who signed the PDF digitally."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table

from ishoj_mus.domain.conversation import Conversation, referat_version
from ishoj_mus.domain.form_steps import PARTIES
from ishoj_mus.domain.records import EventKind
from ishoj_mus.pdf.drawings import signature_drawing, typed_signature
from ishoj_mus.pdf.layout import CONTENT_W, VOICE_COLOURS, p, printable, rich, table_style, voice_block
from ishoj_mus.pdf.pages import shortened
from ishoj_mus.text import VOICE_TEXT, format_datetime

CONFIRMATION = (
    "Underskriften bekræfter, at samtalen har fundet sted, og at referatet er læst. "
    "Den er ikke en erklæring om enighed i hvert ord."
)


def signatures_section(
    conv: Conversation, fingerprint: str | None, personal_key: bool = False, signed_by: str = ""
) -> list[Any]:
    """The drawn signatures, and the digital one: who signed (``signed_by``: the certificate's
    name and issuer, in a plain sentence) and its fingerprint below."""
    story: list[Any] = [
        CondPageBreak(80 * mm),
        p("Underskrifter", "h1"),
        p(CONFIRMATION, "small"),
        Spacer(1, 2 * mm),
    ]
    cells = []
    for role in PARTIES:
        sig = conv.signatures.get(role)
        block: list[Any] = [
            rich(
                f'<font color="{VOICE_COLOURS[role].hexval()}"><b>{escape(VOICE_TEXT[role].upper())}</b></font>',
                "voice",
            )
        ]
        if sig and sig.is_typed:
            block += [
                typed_signature(sig),
                p(shortened(sig.signer), "fw_head"),
                p(
                    f"Underskrevet {format_datetime(sig.signed_at)} ved at skrive navnet (tastatur)",
                    "small",
                ),
            ]
        elif sig:
            block += [
                signature_drawing(sig),
                p(shortened(sig.signer), "fw_head"),
                p(f"Underskrevet {format_datetime(sig.signed_at)}", "small"),
            ]
        else:
            name = conv.employee.name if role.value == "medarbejder" else conv.leader.name
            block += [
                Spacer(1, 22 * mm),
                p(shortened(name) or "–", "fw_head"),
                p("Ikke underskrevet", "missing"),
            ]
        cells.append(block)
    t = Table([cells], colWidths=[CONTENT_W / 2, CONTENT_W / 2])
    t.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP")))
    story.append(KeepTogether([t]))
    emp_sig = conv.signatures.get(PARTIES[0])
    if emp_sig and emp_sig.remark:
        story.append(p("Medarbejderens bemærkning", "h2"))
        story.append(voice_block(PARTIES[0], emp_sig.remark))
    events = [e for e in conv.history if e.kind == EventKind.REOPENED]
    if events:
        story.append(p("Historik", "h2"))
        for e in events:
            story.append(p(f"{format_datetime(e.at)}: Genåbnet af {e.by}. {e.note}".strip(), "small"))
    if fingerprint:
        story.append(Spacer(1, 3 * mm))
        story.append(p("Digital signatur", "h2"))
        # A plain sentence for the reader first; the technical detail for HR below it.
        plain = "Referatet er signeret digitalt, så enhver senere ændring af det kan opdages."
        if signed_by:
            plain = (
                f"Referatet er signeret digitalt af {printable(signed_by)[0]}, så enhver senere ændring "
                "af det kan opdages."
            )
        if personal_key:
            plain += (
                " Signaturen er lavet med et certifikat, som programmet selv har lavet til lederen. "
                "Hvem der har signeret, er derfor ikke bekræftet af organisationen."
            )
        story.append(p(plain))
        technical = (
            "Teknisk: en PAdES-signatur. Kontrollér den med »ishoj-mus verify« eller et PDF-program, "
            "der viser signaturer."
        )
        if personal_key:
            technical += (
                " »ishoj-mus verify« svarer UBEKRÆFTET; fingeraftrykket kan sammenlignes med lederens."
            )
        story.append(p(f"{technical} Certifikatets SHA-256-fingeraftryk: {fingerprint}", "small"))
    version = referat_version(conv)
    if conv.is_fully_signed:
        story.append(p("Version", "h2"))
        text = f"Samtale-id {conv.id}, version {version.number}."
        if version.replaces_signed_at is not None:
            text += (
                f" Referatet erstatter version {version.number - 1}, underskrevet "
                f"{format_datetime(version.replaces_signed_at)}."
            )
        story.append(p(text, "small"))
    return story
