"""The group conversation's documents: the group referat, each participant's HR edition and own
copy, the group's plan, and the preparation sheet.

Every document is laid out from an edition built by the allow-list in
:mod:`ishoj_mus.domain.grus_parts` – never from the whole conversation – and the data attached
to it is that same edition: a participant's HR edition cannot show or carry what is not theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table

from ishoj_mus.domain.grus import GROUP, LEADER, GroupConversation, GroupSignature, OfferAnswer
from ishoj_mus.domain.grus_followup import as_participant_conversation
from ishoj_mus.domain.grus_form import GroupForm
from ishoj_mus.domain.grus_parts import Document, Edition, edition
from ishoj_mus.pdf.archive import to_pdfa
from ishoj_mus.pdf.drawings import signature_drawing, typed_signature
from ishoj_mus.pdf.files import filename_part, surname_first
from ishoj_mus.pdf.filing_xmp import add_filing_xmp, filing_values
from ishoj_mus.pdf.keys import user_key_material
from ishoj_mus.pdf.layout import (
    CONTENT_W,
    REGULAR,
    RULE,
    format_date,
    grid_table,
    p,
    paragraphs,
    printable_copy,
    replaced_note,
    rich,
    table_style,
)
from ishoj_mus.pdf.pages import FOOTER, Metadata, PageInfo, build_pdf, fit_line, shortened
from ishoj_mus.pdf.pipeline import default_hr_edition
from ishoj_mus.pdf.signing import sign_pdf
from ishoj_mus.storage.filing import load_filing_settings
from ishoj_mus.storage.form_files import default_form
from ishoj_mus.storage.grus_file import dumps
from ishoj_mus.text import da, format_datetime

if TYPE_CHECKING:
    from ishoj_mus.pdf.keys import KeyMaterial

CONFIRMATION = (
    "Underskriften bekræfter, at samtalen har fundet sted, og at planen er læst – ikke at man er "
    "enig i hvert ord."
)
OFFER_TEXT = {OfferAnswer.ACCEPTED: "ønsket", OfferAnswer.DECLINED: "ikke ønsket"}


def offer_text(g: GroupConversation, member_id: str) -> str:
    """The individual MUS offer in one sentence, with its dates."""
    o = g.offer(member_id)
    if o.offered_on is None:
        return "Der er ikke registreret et tilbud om individuel samtale."
    text = f"Tilbudt {format_date(o.offered_on)}."
    if o.answer is None:
        return text + " Deltageren har ikke svaret endnu."
    return text + f" Individuel samtale {OFFER_TEXT[o.answer]} ({format_date(o.answered_on)})."


def _facts(rows: list[tuple[str, str]]) -> Table:
    t = Table(
        [[p(k, "fw_head"), p(v)] for k, v in rows], colWidths=[44 * mm, CONTENT_W - 44 * mm], splitInRow=1
    )
    t.setStyle(table_style(("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")))
    return t


def _leader(g: GroupConversation) -> str:
    return f"{g.leader.name}, {g.leader.title}" if g.leader.title else g.leader.name


def _agreements(g: GroupConversation) -> Any:
    if not g.agreements:
        return p("Ingen aftaler.", "small")
    rows: list[list[Any]] = [
        [str(i), a.what or "–", a.who or "–", format_date(a.deadline), format_date(a.follow_up)]
        for i, a in enumerate(g.agreements, 1)
    ]
    return grid_table(
        ["#", "Aftale", "Hvem", "Frist", "Opfølgning"],
        rows,
        [7 * mm, CONTENT_W - 99 * mm, 46 * mm, 23 * mm, 23 * mm],
    )


def _own_items(g: GroupConversation, member_id: str) -> Any:
    items = g.plan(member_id).items
    if not items:
        return p("Ingen egne punkter.", "small")
    rows: list[list[Any]] = [
        [str(i), it.what or "–", format_date(it.deadline), format_date(it.follow_up)]
        for i, it in enumerate(items, 1)
    ]
    return grid_table(
        ["#", "Eget punkt", "Frist", "Opfølgning"], rows, [7 * mm, CONTENT_W - 53 * mm, 23 * mm, 23 * mm]
    )


def _signature_cell(g: GroupConversation, who: str, name: str, role: str) -> list[Any]:
    sig: GroupSignature | None = g.signatures.get(who)
    cell: list[Any] = [p(role.upper(), "voice")]
    if sig is None:
        return [
            *cell,
            Spacer(1, 22 * mm),
            p(shortened(name) or "–", "fw_head"),
            p("Ikke underskrevet", "missing"),
        ]
    drawing = typed_signature(cast(Any, sig)) if not sig.strokes else signature_drawing(cast(Any, sig))
    how = " ved at skrive navnet (tastatur)" if not sig.strokes else ""
    return [
        *cell,
        drawing,
        p(shortened(sig.signer), "fw_head"),
        p(f"Underskrevet {format_datetime(sig.signed_at)}{how}", "small"),
    ]


def _signatures(
    g: GroupConversation, people: list[tuple[str, str, str]], fingerprint: str | None
) -> list[Any]:
    story: list[Any] = [
        CondPageBreak(60 * mm),
        p("Underskrifter", "h1"),
        p(CONFIRMATION, "small"),
        Spacer(1, 2 * mm),
    ]
    cells = [_signature_cell(g, who, name, role) for who, name, role in people]
    rows = [cells[i : i + 2] + [[]] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    for row in rows:
        t = Table([row], colWidths=[CONTENT_W / 2, CONTENT_W / 2])
        t.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP")))
        story.append(KeepTogether([t, Spacer(1, 1 * mm)]))
    if fingerprint:
        story.append(
            p(
                "Dokumentet har en digital signatur (PAdES), så enhver senere ændring kan opdages. Kontrollér "
                "det med »ishoj-mus verify« eller et PDF-program, der viser signaturer. Certifikatets "
                f"SHA-256-fingeraftryk: {fingerprint}",
                "small",
            )
        )
    return story


def referat_story(g: GroupConversation, fingerprint: str | None = None) -> list[Any]:
    """The group referat: the group's agreed points, the participants and the date."""
    docs = g.form.documents
    story: list[Any] = [
        p(docs.referat_title, "title"),
        p(f"{g.team or 'Gruppen'} · {format_date(g.date)}", "subtitle"),
        _facts(
            [
                ("Gruppe", g.team or "–"),
                ("Leder", _leader(g) or "–"),
                ("Dato", format_date(g.date)),
                ("Sted", g.place or "–"),
            ]
        ),
        p("Deltagere", "h1"),
    ]
    story.append(
        grid_table(
            ["#", "Navn", "Stilling"],
            [[str(i), m.name, m.job_title or "–"] for i, m in enumerate(g.members, 1)],
            [7 * mm, CONTENT_W / 2, CONTENT_W / 2 - 7 * mm],
        )
    )
    story += [p(g.form.section("agreements").title, "h1"), _agreements(g)]
    ranked = g.prioritised_needs()
    if ranked:
        story.append(p("Behov, gruppen noterede", "h2"))
        for n in ranked:
            rank = f"{n.priority}. " if n.priority else "Ikke prioriteret: "
            story.append(p(f"{rank}{n.text} ({g.form.station(n.station).title})", "body"))
    cards = [
        s for s in g.form.stations if g.notes.get(s.id) or any(c.station == s.id for c in g.contributions)
    ]
    if cards:
        story.append(p("Gruppens noter ved emnekortene", "h1"))
    for s in cards:
        story.append(p(s.title, "h2"))
        if g.notes.get(s.id):
            story += paragraphs(g.notes[s.id])
        for c in g.contributions:
            if c.station == s.id and c.author == GROUP:
                story.append(rich(f"<b>Gruppen:</b> {escape(c.text)}", "body"))
    people = [(LEADER, g.leader.name, "Leder")] + [(m.id, m.name, "Deltager") for m in g.members]
    return story + _signatures(g, people, fingerprint)


def edition_story(e: Edition, fingerprint: str | None = None) -> list[Any]:
    """A participant's HR edition or own copy: the group's agreements and that participant's plan."""
    g, member = e.conversation, e.conversation.member(e.member or "")
    docs = g.form.documents
    for_hr = e.document == Document.HR
    where = (
        "Til personalesagen. Udgaven rummer gruppens aftaler og deltagerens egen plan – ikke de andre "
        "deltageres punkter, ikke hvem der sagde hvad, og ikke noter »Kun mellem os«."
        if for_hr
        else "Deltagerens eget eksemplar – journaliseres ikke. Det rummer også deltagerens egne bidrag og noten »Kun mellem os«."
    )
    story: list[Any] = [
        p(docs.edition_title, "title"),
        p(f"{member.name} · {format_date(g.date)}", "subtitle"),
        p(where, "small"),
        Spacer(1, 2 * mm),
        _facts(
            [
                ("Deltager", f"{member.name}, {member.job_title}" if member.job_title else member.name),
                *([("Medarbejdernummer", member.employee_number)] if member.employee_number else []),
                ("Gruppe", g.team or "–"),
                ("Leder", _leader(g) or "–"),
                ("Dato", format_date(g.date)),
                ("Sted", g.place or "–"),
            ]
        ),
        p(g.form.section("agreements").title, "h1"),
        _agreements(g),
        p("Egne punkter", "h1"),
        _own_items(g, member.id),
        p(g.form.section("individual").title, "h2"),
        p(offer_text(g, member.id)),
    ]
    if not for_hr:
        own = [c for c in g.contributions if c.author == member.id]
        if own:
            story.append(p("Mine bidrag ved emnekortene", "h1"))
            story += [
                rich(f"<b>{escape(g.form.station(c.station).title)}:</b> {escape(c.text)}") for c in own
            ]
        note = g.plan(member.id).note
        if note.strip():
            story += [p("Kun mellem os", "h1"), *paragraphs(note)]
    people = [(LEADER, g.leader.name, "Leder"), (member.id, member.name, "Deltager")]
    return story + _signatures(g, people, fingerprint)


_FOOTER = f"{FOOTER} · Fortroligt"  # every page of a group conversation's referat and editions


def _render(e: Edition, fingerprint: str | None) -> bytes:
    g, replaced = printable_copy(e.conversation)
    e = Edition(e.document, e.member, g)
    docs = g.form.documents
    if e.document == Document.REFERAT:
        story = referat_story(g, fingerprint)
        signed = g.is_fully_signed
        head = fit_line(g.team or "Gruppen", REGULAR, 8, CONTENT_W * 0.55)
        info = PageInfo(
            f"{head} · {docs.file_prefix} {format_date(g.date)}",
            "Gruppens referat",
            _FOOTER,
            not signed,
        )
        meta = Metadata(
            docs.referat_title,
            g.leader.name or "Ishøj MUS",
            f"{docs.referat_title}, {g.team}",
            [docs.file_prefix, "gruppeudviklingssamtale", g.team],
        )
    else:
        name = e.member_name
        story = edition_story(e, fingerprint)
        signed = g.is_signed_for(e.member or "")
        right = "Til personalesagen" if e.document == Document.HR else "Deltagerens eget eksemplar"
        info = PageInfo(
            f"{fit_line(name, REGULAR, 8, CONTENT_W * 0.6)} · {docs.file_prefix} {format_date(g.date)}",
            right,
            _FOOTER,
            not signed,
        )
        meta = Metadata(
            f"{docs.edition_title} – {name} – {format_date(g.date)}",
            g.leader.name or "Ishøj MUS",
            docs.edition_title,
            [docs.file_prefix, "udviklingsplan", name],
        )
    if replaced:
        story.insert(1, replaced_note(replaced))
    return build_pdf(story, info, meta)


def document_pdf(
    g: GroupConversation, document: Document, member: str | None = None, material: KeyMaterial | None = None
) -> bytes:
    """A finished group document: laid out, PDF/A-3b with its edition attached, and digitally
    signed when its signers have all signed (the referat: everyone; an edition: the leader and
    that participant). ``material``: the signing key; the per-user key when None."""
    e = edition(g, document, member)
    signed = e.conversation.is_fully_signed if document == Document.REFERAT else g.is_signed_for(member or "")
    fingerprint = None
    if signed:
        if material is None:
            material = user_key_material(g.leader.name)
        fingerprint = material.fingerprint()
    archived = to_pdfa(_render(e, fingerprint), None, "grus", attachment=dumps(g, e, strokes=False))
    if document == Document.HR and member is not None:
        archived = _with_filing_metadata(archived, g, member)
    if not signed or material is None:
        return archived
    who = f"{g.form.documents.file_prefix} {e.member_name or g.team}".strip()
    return sign_pdf(
        archived,
        material,
        reason=shortened(
            f"{who}: underskrevet af leder og deltager"
            if member
            else f"{who}: underskrevet af leder og deltagere"
        ),
        location=shortened(g.place),
    )


def default_name(g: GroupConversation, document: Document, member: str | None = None) -> str:
    prefix = filename_part(g.form.documents.file_prefix)
    when = g.date.isoformat() if g.date else "uden-dato"
    if document == Document.REFERAT:
        return f"{prefix}_{when}_{filename_part(g.team or 'gruppe')[:60]}.pdf"
    stem = f"{prefix}_{when}_{surname_first(g.member(member or '').name)}"
    return f"{stem}_HR.pdf" if document == Document.HR else f"{stem}_eget_eksemplar.pdf"


def plan_name(g: GroupConversation, member: str | None = None) -> str:
    """»Udviklingsplan_GRUS_2026-11-24_Yilmaz_Ali.pdf«, or the group's »…_plan.pdf«."""
    if member is None:
        return default_name(g, Document.REFERAT)[: -len(".pdf")] + "_plan.pdf"
    prefix = filename_part(g.form.documents.file_prefix)
    when = g.date.isoformat() if g.date else "uden-dato"
    return f"Udviklingsplan_{prefix}_{when}_{surname_first(g.member(member).name)}.pdf"


def plan_pdf(g: GroupConversation, member: str | None = None) -> bytes:
    """The plan extract (not confidential): the group's agreements, and with ``member`` that
    participant's own items."""
    g, _ = printable_copy(g)
    docs = g.form.documents
    title = docs.plan_title if member is None else f"Udviklingsplan – {g.member(member).name}"
    story: list[Any] = [
        p(title, "title"),
        p(f"{g.team or 'Gruppen'} · aftalt {format_date(g.date)}", "subtitle"),
        p(g.form.section("agreements").title, "h1"),
        _agreements(g),
    ]
    if member is not None:
        story += [p("Egne punkter", "h1"), _own_items(g, member)]
    story.append(p("Uddraget rummer kun aftalerne. Samtalens øvrige indhold er fortroligt.", "small"))
    header = g.member(member).name if member else (g.team or "Gruppen")
    info = PageInfo(
        f"{fit_line(header, REGULAR, 8, CONTENT_W * 0.6)} · {docs.file_prefix} {format_date(g.date)}",
        "Udviklingsplan",
        FOOTER,
        False,
    )
    return to_pdfa(
        build_pdf(
            story,
            info,
            Metadata(title, g.leader.name or "Ishøj MUS", title, [docs.file_prefix, "udviklingsplan"]),
        ),
        None,
        "plan",
    )


def sheet_pdf(form: GroupForm) -> bytes:
    """The preparation sheet: every card's questions, with room to write."""
    form, _ = printable_copy(form)
    docs = form.documents
    story: list[Any] = [p(docs.sheet_title, "title"), p(form.description, "subtitle")]
    if form.preparation_intro:
        story.append(p(form.preparation_intro))
    for s in form.stations:
        block: list[Any] = [p(s.title, "h1")]
        if s.intro:
            block.append(p(s.intro, "small"))
        names = [item.name for ref in s.framework for item in form.framework.resolve(ref)]
        if names:
            block.append(p("Fra rammen: " + ", ".join(names), "small"))
        for q in s.questions:
            block += [p(q, "question"), _lines(3)]
        story.append(KeepTogether(block))
    info = PageInfo(f"{docs.sheet_title} · {form.title}", "Til egne noter", FOOTER, False)
    meta = Metadata(
        docs.sheet_title,
        "Ishøj Kommune",
        "Spørgsmål til forberedelse af GRUS",
        [docs.file_prefix, "forberedelse"],
    )
    return to_pdfa(build_pdf(story, info, meta), None, "sheet")


def _lines(count: int) -> Table:
    t = Table([[""] for _ in range(count)], colWidths=[CONTENT_W], rowHeights=[8 * mm] * count)
    t.setStyle(table_style(("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)))
    return t


def all_documents(
    g: GroupConversation, progress: Callable[[int, str], None] | None = None
) -> list[tuple[str, bytes]]:
    """Every document of a group conversation, named for filing: the group referat, and for each
    participant the HR edition and the own copy (each signed when its signers have signed; the
    per-user key). For the window's PDF worker: a module-level function with picklable input."""
    result = [(default_name(g, Document.REFERAT), document_pdf(g, Document.REFERAT))]
    for i, m in enumerate(g.members, 1):
        if progress is not None:
            # No name in it: the window shows it through tr() (and »Jonas Friis« wants »Friis'«)
            progress(int(100 * i / (len(g.members) + 1)), da("Laver deltagernes udgaver …"))
        result.append((default_name(g, Document.HR, m.id), document_pdf(g, Document.HR, m.id)))
        result.append((default_name(g, Document.COPY, m.id), document_pdf(g, Document.COPY, m.id)))
    return result


def _with_filing_metadata(pdf: bytes, g: GroupConversation, member: str) -> bytes:
    """The filing properties HR's ESDH reads (document type GRUS, the participant, KLE …) in the
    HR edition's XMP, as the MUS referat has them – taken from the participant's view only."""
    form = replace(default_form(), id=g.form.id, title=g.form.title)
    conv = as_participant_conversation(g, member, form)
    conv.agreements.clear()  # the properties name the conversation, never its contents
    values = filing_values(conv, default_hr_edition(), load_filing_settings())
    values["edition"] = "grus_hr"
    values.pop("retentionNote", None)
    return add_filing_xmp(pdf, values)
