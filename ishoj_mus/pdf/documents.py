"""The two other outputs: the preparation sheet (forberedelsesark) and the plan extract."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import Form
from ishoj_mus.domain.form_steps import FieldKind, StepKind
from ishoj_mus.domain.outline import agreement_rows
from ishoj_mus.pdf.layout import (
    CONTENT_W,
    RULE,
    VOICE_COLOURS,
    format_date,
    p,
    printable_copy,
    replaced_note,
    rich,
    table_style,
)
from ishoj_mus.pdf.pages import FOOTER, Metadata, PageInfo, build_pdf
from ishoj_mus.pdf.summary import agreements_table, framework_box
from ishoj_mus.text import VOICE_TEXT


def _writing_lines(height_mm: float) -> Table:
    rows = max(2, int(height_mm // 8))
    # Full width from the left margin, under the question they belong to (centred and
    # narrower, they looked as if they belonged to nothing).
    t = Table([[""] for _ in range(rows)], colWidths=[CONTENT_W], rowHeights=[8 * mm] * rows, hAlign="LEFT")
    t.setStyle(table_style(("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)))
    return t


def sheet_story(form: Form) -> list[Any]:
    story: list[Any] = [
        p(form.documents.sheet_title, "title"),
        p(f"{form.title} · version {form.version}", "subtitle"),
        p(
            "Brug arket til at forberede dig til samtalen. Noter stikord ved de spørgsmål, der er til dig. "
            "Spørgsmålene er markeret med, hvem de er til: MEDARBEJDER, LEDER eller FÆLLES (som I "
            "formulerer sammen under samtalen). Arket afleveres ikke – det er dine egne noter.",
        ),
        Spacer(1, 3 * mm),
        rich("Navn: ______________________________  Dato for samtalen: ______________", "body"),
    ]
    for step in form.steps:
        if step.kind in (StepKind.PARTICIPANTS, StepKind.SUMMARY, StepKind.SIGNATURES):
            continue
        story.append(CondPageBreak(60 * mm))
        # The step's heading, introduction and framework stay with its first question.
        head: list[Any] = [p(step.title, "h1")]
        if step.intro:
            head.append(p(step.intro))
        items = [it for ref in step.framework for it in form.framework.resolve(ref)]
        if items:
            head.append(Spacer(1, 2 * mm))
            head.append(framework_box(items))
        for f in step.fields:
            if f.kind == FieldKind.FOLLOWUPS:
                block = [  # the form's own label: the step's intro already asks how it went
                    p(f.label, "question"),
                    _writing_lines(24),
                ]
            elif f.kind == FieldKind.AGREEMENTS:
                block = [
                    p("Hvilke aftaler vil du foreslå? (hvad, hvorfor, hvem, hvornår)", "question"),
                    _writing_lines(40),
                ]
            elif f.kind == FieldKind.SCALE:
                gap = "&nbsp;" * 16
                nums = "&nbsp;&nbsp;&nbsp;".join(f"({n})" for n in range(f.scale_min, f.scale_max + 1))
                block = [
                    p(f"{f.label} Sæt ring om et tal for i dag og for det kommende år.", "question"),
                    rich(f"I dag: {nums}{gap}Fremover: {nums}"),
                    p(
                        f"({f.scale_min} = {f.low_label.lower() or 'lidt'}, {f.scale_max} = {f.high_label.lower() or 'meget'})",
                        "small",
                    ),
                ]
            else:
                who = " · ".join(
                    f'<font color="{VOICE_COLOURS[v].hexval()}"><b>{VOICE_TEXT[v].upper()}</b></font>'
                    for v in f.voices
                )
                block = [p(f.label, "question"), rich(who, "voice")]
                if f.help:  # the hint belongs to its question: above the lines, not under them
                    block.append(p(f.help, "small"))
                if f.kind == FieldKind.CHOICE:
                    block.append(p("  ".join(f"☐ {o.label}" for o in f.options)))
                else:
                    block.append(_writing_lines(24 if f.kind == FieldKind.LONG_TEXT else 8))
            block.append(Spacer(1, 4 * mm))  # room between one question's lines and the next
            story.append(KeepTogether(head + block))
            head = []
        story.extend(head)  # a step without questions
    return story


def render_sheet(form: Form) -> bytes:
    form, _ = printable_copy(form)  # a form's own texts: □ for what the fonts cannot draw
    info = PageInfo(
        header_left=f"Forberedelsesark · {form.title}",
        header_right="Til egne noter",
        footer_left=FOOTER,
        draft=False,
    )
    meta = Metadata(
        title=f"Forberedelsesark – {form.title}",
        author="Ishøj Kommune",
        subject=f"Spørgsmål og rammetekst: {form.documents.sheet_title}",
        keywords=[form.documents.name, "forberedelse", "Grundlag for lederskab og følgeskab"],
    )
    return build_pdf(sheet_story(form), info, meta)


def plan_story(conv: Conversation, hr_files_referat: bool = True) -> list[Any]:
    e, ld = conv.employee, conv.leader
    rows = [
        ["Medarbejder", ", ".join(part for part in (e.name, e.job_title) if part)],
        ["Arbejdssted", e.workplace or "–"],
        ["Leder", f"{ld.name}, {ld.title}" if ld.title else ld.name],
        ["Aftalt", f"{format_date(conv.date)} ved {conv.form.documents.name_in_text}"],
    ]
    t = Table(
        [[p(k, "fw_head"), p(v)] for k, v in rows], colWidths=[34 * mm, CONTENT_W - 34 * mm], splitInRow=1
    )
    t.setStyle(table_style(("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)))
    return [
        p("Udviklingsplan", "title"),
        p(f"{e.name} · aftalt {format_date(conv.date)}", "subtitle"),
        t,
        Spacer(1, 5 * mm),
        p("Aftaler", "h1"),
        agreements_table(agreement_rows(conv)),
        Spacer(1, 4 * mm),
        p(
            f"Udviklingsplanen er et uddrag af {conv.form.documents.name_in_text} og indeholder kun "
            "aftalerne. Samtalens øvrige indhold er fortroligt"
            + (
                " og står i referatet i personalesagen."
                if hr_files_referat
                else " mellem medarbejder og leder."
            ),
            "small",
        ),
    ]


def render_plan(conv: Conversation, hr_files_referat: bool = True) -> bytes:
    conv, replaced = printable_copy(conv)
    info = PageInfo(
        header_left=f"{conv.employee.name} · Udviklingsplan {format_date(conv.date)}",
        header_right="Udviklingsplan",
        footer_left=FOOTER,
        draft=False,
    )
    meta = Metadata(
        title=f"Udviklingsplan – {conv.employee.name} – {format_date(conv.date)}",
        author=conv.leader.name or "Ishøj MUS",
        subject=f"Udviklingsplan (aftaler fra {conv.form.documents.name_in_text}), Ishøj Kommune",
        keywords=["udviklingsplan", conv.form.documents.name, "kompetenceudvikling", conv.employee.name],
    )
    story = plan_story(conv, hr_files_referat)
    if replaced:
        story.insert(1, replaced_note(replaced))
    return build_pdf(story, info, meta)
