"""The summary (referat) for the personnel file, rendered from the conversation."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from ishoj_mus.domain.codes import ScaleWhen, Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.edition import HR_MARK, Edition
from ishoj_mus.domain.framework import Behaviours, Direction, Perspective
from ishoj_mus.domain.outline import (
    AgreementRow,
    Agreements,
    Answers,
    Cover,
    FollowUps,
    Item,
    MarkedBehaviours,
    NotRelevant,
    PrivateNotes,
    Scale,
    Section,
    Topic,
    build_outline,
)
from ishoj_mus.pdf.drawings import radar_drawing
from ishoj_mus.pdf.layout import (
    BRAND,
    CONTENT_W,
    FRAMEWORK_BG,
    RULE,
    VOICE_COLOURS,
    format_date,
    grid_table,
    p,
    paragraphs,
    printable_copy,
    replaced_note,
    rich,
    styles,
    table_style,
    voice_block,
)
from ishoj_mus.pdf.pages import FOOTER, Metadata, PageInfo, build_pdf
from ishoj_mus.pdf.signature_section import signatures_section
from ishoj_mus.text import (
    MARK_TEXT,
    RESPONSIBLE_TEXT,
    STATE_TEXT,
    STATUS_TEXT,
    VOICE_TEXT,
    Phrase,
    joined,
    phrase,
    scale_number,
    scale_when_text,
)


def framework_box(items: list[Perspective | Behaviours | Direction]) -> Table:
    """The framework text a step refers to, quoted exactly, in a tinted box."""
    s = styles()
    flow: list[Any] = [rich("Fra <i>Grundlag for lederskab og følgeskab</i>", "small")]
    for item in items:
        if isinstance(item, Perspective):
            flow.append(p(item.name, "fw_head"))
            flow.append(p(item.description, "fw"))
            flow.append(Spacer(1, 1.2 * mm))
            flow.append(p(item.in_practice_intro, "fw"))
            flow.extend(Paragraph(escape(pt), s["fw_bullet"], bulletText="•") for pt in item.in_practice)
        elif isinstance(item, Behaviours):
            flow.append(p(item.heading, "fw_head"))
            flow.extend(
                Paragraph(escape(b), s["fw_bullet"], bulletText=f"{i}.") for i, b in enumerate(item.items, 1)
            )
        elif isinstance(item, Direction):
            flow.append(p(item.name, "fw_head"))
            flow.append(p(item.text, "fw"))
        flow.append(Spacer(1, 1.5 * mm))
    box = Table([[flow]], colWidths=[CONTENT_W], splitInRow=1)
    box.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), FRAMEWORK_BG),
            ("LINEBEFORE", (0, 0), (0, 0), 2, BRAND),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
        )
    )
    box.spaceAfter = 2 * mm
    return box


def _shared_label(label: str, voice: Voice) -> Paragraph:
    """Follow-ups and agreements are the two parties' shared words: say so, as for answers."""
    return rich(
        f'{escape(label)} <font color="{VOICE_COLOURS[voice].hexval()}"><b>'
        f"{escape(VOICE_TEXT[voice].upper())}</b></font>",
        "question",
    )


def _item_story(item: Item) -> list[Any]:
    """One item of a step in the referat."""
    if isinstance(item, NotRelevant):
        return [p(item.label, "question"), p(phrase(Phrase.NOT_RELEVANT), "small")]
    if isinstance(item, FollowUps):
        return [_shared_label(item.label, item.voice), *followups_story(item)]
    if isinstance(item, Agreements):
        return [_shared_label(item.label, item.voice), agreements_table(item.rows)]
    if isinstance(item, Scale):
        parts = [
            f"{VOICE_TEXT[r.voice]}: {scale_when_text(ScaleWhen.TODAY)} {scale_number(r.today)}, "
            f"{scale_when_text(ScaleWhen.FUTURE)} {scale_number(r.future)}"
            for r in item.ratings
        ]
        return [
            p(f"{item.label} – " + "; ".join(parts) + f" (skala {item.scale_min}–{item.scale_max})", "small")
        ]
    if isinstance(item, Answers):
        story: list[Any] = [p(item.label, "question")]
        story += [voice_block(v.voice, v.text, "(ikke besvaret)" if v.required else "–") for v in item.voices]
        return story
    if isinstance(item, MarkedBehaviours):
        return behaviours_story(item)
    if isinstance(item, Topic):
        return topic_story(item)
    if isinstance(item, PrivateNotes):
        return private_notes_blocks(item)
    raise TypeError(item)  # pragma: no cover – a new item kind needs its place in the referat


def followups_story(item: FollowUps) -> list[Any]:
    if not item.rows:
        return [p("Ingen aftaler fra sidst.", "small")]
    rows = [
        [
            fu.what + (f"\n{fu.why}" if fu.why else ""),
            RESPONSIBLE_TEXT[fu.responsible] if fu.responsible else "–",
            STATUS_TEXT[fu.status] if fu.status else "(mangler)",
            fu.comment or "–",
        ]
        for fu in item.rows
    ]
    story: list[Any] = [
        grid_table(
            ["Aftale", "Ansvarlig", "Status", "Kommentar"],
            rows,
            [55 * mm, 25 * mm, 26 * mm, CONTENT_W - 106 * mm],
        )
    ]
    if item.sources:
        story.append(p(f"Hentet fra: {', '.join(item.sources)}", "small"))
    return story


def topic_story(topic: Topic, heading_style: str = "question") -> list[Any]:
    """An own topic: its title and the answers in the voices it was given."""
    story: list[Any] = [p(f"Eget emne: {topic.title}", heading_style)]
    story += [voice_block(v.voice, v.text, "–") for v in topic.voices]
    return story


def behaviours_story(item: MarkedBehaviours) -> list[Any]:
    """The behaviours the parties pointed at on this step, quoted from the framework."""
    story: list[Any] = [p(phrase(Phrase.MARKED_BEHAVIOURS), "question")]
    for b in item.behaviours:
        block: list[Any] = [p(f"{b.group_name} {b.number}: {b.text}", "fw_head")]
        for m in b.marks:
            block.append(voice_block(m.voice, MARK_TEXT[m.mark] + (f": {m.comment}" if m.comment else "")))
        story.append(KeepTogether(block))
    return story


def agreements_table(agreements: tuple[AgreementRow, ...]) -> Table | Paragraph:
    if not agreements:
        return p("Ingen aftaler.", "small")
    rows = []
    for a in agreements:
        what = a.what or "–"
        if a.carried:
            note = a.carried_note or phrase(Phrase.CARRIED)
            what += "\n" + note[:1].upper() + note[1:]
        if a.why:
            what += f"\nHvorfor: {a.why}"
        rows.append(
            [
                str(a.number),
                what,
                a.perspective or "–",
                RESPONSIBLE_TEXT[a.responsible] if a.responsible else "–",
                format_date(a.deadline)
                + ("\n(før samtalens dato)" if a.deadline_before_conversation else ""),
                format_date(a.follow_up),
            ]
        )
    return grid_table(
        ["#", "Aftale", "Perspektiv", "Ansvarlig", "Frist", "Opfølgning"],
        rows,
        [7 * mm, CONTENT_W - 114 * mm, 36 * mm, 25 * mm, 23 * mm, 23 * mm],
    )


def cover_block(cover: Cover) -> list[Any]:
    e, ld = cover.employee, cover.leader
    rows = [
        [
            "Medarbejder",
            (joined(e.name, e.job_title) or "–")
            + (f" (medarbejdernr. {e.employee_number})" if e.employee_number else ""),
        ],
        ["Arbejdssted", e.workplace or "–"],
        ["Leder", joined(ld.name, ld.title) or "–"],
        ["Dato og sted", joined(format_date(cover.date) if cover.date else "", cover.place) or "–"],
        # the form says which answers stand on the front page
        *([f"{a.heading} ({VOICE_TEXT[a.voice].lower()})", a.text] for a in cover.answers),
        ["Samtaleform", f"{cover.form_title} (version {cover.form_version})"],
        ["Status", STATE_TEXT[cover.state].capitalize()],
    ]
    data = [[p(k, "fw_head"), paragraphs(v)] for k, v in rows]
    t = Table(data, colWidths=[34 * mm, CONTENT_W - 34 * mm], splitInRow=1)
    t.setStyle(table_style(("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")))
    return [t]


def section_story(conv: Conversation, section: Section) -> list[Any]:
    """One step of the referat: heading, the framework text it quotes, its items, the radar."""
    story: list[Any] = [CondPageBreak(40 * mm), p(section.title, "h1")]
    if section.framework:
        story.append(framework_box(list(section.framework)))
    for item in section.items:
        story += _item_story(item)
    if section.radar:
        drawing = radar_drawing(conv)
        if drawing is not None:
            story.append(CondPageBreak(85 * mm))
            story.append(p("Hvor meget perspektiverne fylder – i dag og fremover", "h2"))
            story.append(drawing)
    return story


def summary_story(
    conv: Conversation,
    fingerprint: str | None = None,
    edition: Edition | None = None,
    personal_key: bool = False,
    signed_by: str = "",
) -> list[Any]:
    """The summary of ``conv``; with an ``edition``, ``conv`` is already that edition's copy.

    ``personal_key``: signed with the self-made per-user key, which the PDF says plainly.
    """
    story: list[Any] = [
        p((edition or Edition.hr()).title(conv.form.documents), "title"),
        p(
            f"{conv.employee.name or 'Medarbejder'} og {conv.leader.name or 'leder'} · {format_date(conv.date)}",
            "subtitle",
        ),
    ]
    if edition is not None:
        story.append(edition_box(edition))
    outline = build_outline(conv, private_notes=edition is not None and edition.shows_private_notes)
    story += cover_block(outline.cover)
    story.append(Spacer(1, 2 * mm))
    if not (edition and edition.is_plan_only):
        story.append(
            rich(
                "Mærkat og farve viser, hvem der har skrevet hvad: <b>MEDARBEJDER</b> er medarbejderens ord, "
                "<b>LEDER</b> lederens og <b>FÆLLES</b> det, de formulerede sammen. Skalaerne er redskaber til "
                "dialog, ikke en bedømmelse.",
                "small",
            )
        )
    for part in outline.body:
        if isinstance(part, Topic):
            story.append(CondPageBreak(40 * mm))
            story += topic_story(part, "h1")
        else:
            story += section_story(conv, part)
    story += signatures_section(conv, fingerprint, personal_key, signed_by)
    return story


def edition_box(edition: Edition) -> Table:
    """What this edition is, at the top of page 1: the employee's copy in a strong frame."""
    colour = colors.HexColor("#7a1f5c") if not edition.is_hr else BRAND
    # The employee's copy says so once, in its heading (with "journaliseres ikke").
    heading = edition.name if edition.is_hr else edition.mark
    flow = [
        rich(f'<font color="{colour.hexval()}"><b>{escape(heading.upper())}</b></font>', "voice"),
        p(edition.explanation, "small"),
    ]
    if edition.is_hr and edition.retention_note:
        flow.append(p(f"Opbevaring: {edition.retention_note}", "small"))
    box = Table([[flow]], colWidths=[CONTENT_W], splitInRow=1)
    box.setStyle(
        table_style(
            ("BOX", (0, 0), (-1, -1), 1.2 if not edition.is_hr else 0.6, colour),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        )
    )
    box.spaceAfter = 3 * mm
    return box


PRIVATE_INK = colors.HexColor("#7a1f5c")
PRIVATE_TINT = colors.HexColor("#f8edf4")


def private_notes_blocks(notes: PrivateNotes) -> list[Any]:
    """The step's "Kun mellem os" notes (employee's copy only), unmistakably marked.

    Plain paragraphs, not a table: a long note flows across pages instead of failing.
    """
    body = ParagraphStyle(
        "private",
        parent=styles()["body"],
        backColor=PRIVATE_TINT,
        borderColor=PRIVATE_INK,
        borderWidth=0.8,
        borderPadding=(3, 5, 4, 5),
        leftIndent=5,
        rightIndent=5,
        spaceAfter=3 * mm,
    )
    blocks: list[Any] = []
    for note in notes.notes:
        voice, text = note.voice, note.text
        label = rich(
            f'<font color="{PRIVATE_INK.hexval()}"><b>KUN MELLEM OS</b></font> · '
            f'<font color="{VOICE_COLOURS[voice].hexval()}"><b>{escape(VOICE_TEXT[voice].upper())}</b></font>',
            "voice",
        )
        label.keepWithNext = True
        blocks += [
            Spacer(1, 1.5 * mm),
            label,
            Spacer(1, 1.5 * mm),
            Paragraph(escape(text).replace("\n", "<br/>"), body),
        ]
    return blocks


def metadata(conv: Conversation, edition: Edition | None = None) -> Metadata:
    words = conv.form.documents
    kind = words.plan_title if edition and edition.is_plan_only else words.referat_title
    mark = edition.mark if edition else HR_MARK
    subject = f"{words.referat_title}, Ishøj Kommune. {mark}."
    if edition is not None:
        subject = f"{edition.title(words)}, Ishøj Kommune. {edition.name}. {mark}."
        if edition.is_hr and edition.retention_note:
            subject += f" Opbevaring: {edition.retention_note}"
    return Metadata(
        title=f"{kind} – {conv.employee.name} – {format_date(conv.date)}"
        + ("" if edition is None or edition.is_hr else " – medarbejderens eksemplar"),
        author=conv.leader.name or "Ishøj MUS",
        subject=subject,
        keywords=[
            words.name,
            "referat",
            "Ishøj Kommune",
            conv.employee.name,
            conv.date.isoformat() if conv.date else "",
            *([edition.name] if edition else []),
        ],
    )


def page_info(conv: Conversation, edition: Edition | None = None) -> PageInfo:
    footer_note = ""
    if edition is not None and edition.is_hr and edition.retention_note:
        footer_note = f"Opbevaring: {edition.retention_note}"
    return PageInfo(
        header_left=f"{conv.employee.name or '–'} · {conv.form.documents.name} {format_date(conv.date)}",
        header_right=edition.mark if edition else HR_MARK,
        footer_left=FOOTER,
        draft=not conv.is_fully_signed,
        footer_note=footer_note,
    )


def render_summary(
    conv: Conversation,
    fingerprint: str | None = None,
    edition: Edition | None = None,
    personal_key: bool = False,
    signed_by: str = "",
) -> bytes:
    """The summary as plain (not yet PDF/A) PDF bytes; ``conv`` is the edition's copy.

    Every text goes through the fonts' character set first: what they cannot draw is shown as
    □, and the first page says so (the attached data keep the original text).
    """
    conv, replaced = printable_copy(conv)
    story = summary_story(conv, fingerprint, edition, personal_key, signed_by)
    if replaced:
        story.insert(2, replaced_note(replaced))
    return build_pdf(story, page_info(conv, edition), metadata(conv, edition))
