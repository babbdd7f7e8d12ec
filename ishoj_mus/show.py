"""The conversation as plain text (``ishoj-mus show``, and tests): a walk over its summary
outline, and the group referat. The words come from the catalogue in :mod:`ishoj_mus.text`."""

from __future__ import annotations

from collections.abc import Callable

from ishoj_mus.domain.codes import ScaleWhen
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.grus import GroupConversation
from ishoj_mus.domain.grus_parts import Document, edition
from ishoj_mus.domain.outline import (
    Agreements,
    Answers,
    FollowUps,
    Item,
    MarkedBehaviours,
    NotRelevant,
    PrivateNotes,
    Scale,
    Topic,
    VoiceText,
    build_outline,
)
from ishoj_mus.text import (
    MARK_TEXT,
    RESPONSIBLE_TEXT,
    STATE_TEXT,
    STATUS_TEXT,
    VOICE_TEXT,
    Phrase,
    format_date,
    format_datetime,
    missing_text,
    phrase,
    scale_number,
    scale_when_text,
    wrap_line,
)

TODAY, FUTURE = scale_when_text(ScaleWhen.TODAY), scale_when_text(ScaleWhen.FUTURE)


def summary_text(conv: Conversation, width: int = 90) -> str:
    """The conversation as plain text: a walk over its summary outline."""
    outline = build_outline(conv)
    out: list[str] = []

    def para(text: str, indent: str = "    ") -> None:
        for line in text.splitlines() or [""]:
            out.extend(indent + part for part in wrap_line(line, width - len(indent)))

    def voices(items: tuple[VoiceText, ...]) -> None:
        for v in items:
            out.append(f"    [{VOICE_TEXT[v.voice]}]")
            para(v.text or "–", "      ")

    cover = outline.cover
    e, ld = cover.employee, cover.leader
    out.append(f"{cover.form_title}  [{STATE_TEXT[cover.state]}]")
    out.append("=" * min(width, 60))
    out.append(
        f"Medarbejder: {e.name or '–'}, {e.job_title or '–'}, {e.workplace or '–'}"
        + (f" (medarbejdernr. {e.employee_number})" if e.employee_number else "")
    )
    out.append(f"Leder:       {ld.name or '–'}, {ld.title or '–'}")
    out.append(f"Dato:        {format_date(cover.date)}   Sted: {cover.place or '–'}")
    for part in outline.body:
        out.append("")
        if isinstance(part, Topic):
            out.append(f"## Eget emne: {part.title}")
            voices(part.voices)
            continue
        out.append(f"## {part.title}")
        for item in part.items:
            _item_text(item, out, para, voices, width)
    if outline.signatures:
        out.append("")
        out.append("## Underskrifter")
        for sig in outline.signatures:
            out.append(f"  {VOICE_TEXT[sig.role]}: {sig.signer}, {format_datetime(sig.signed_at)}")
            if sig.remark:
                para(f"Bemærkning: {sig.remark}", "    ")
    if outline.missing:
        out.append("")
        out.append(f"Mangler ({len(outline.missing)}):")
        for missing in outline.missing:
            out.append(f"  - {missing_text(missing)}")
    return "\n".join(out) + "\n"


def _item_text(
    item: Item,
    out: list[str],
    para: Callable[[str, str], None],
    voices: Callable[[tuple[VoiceText, ...]], None],
    width: int,
) -> None:
    if isinstance(item, NotRelevant):
        out.append(f"  {item.label}: {phrase(Phrase.NOT_RELEVANT)}")
    elif isinstance(item, FollowUps):
        for fu in item.rows:
            status = STATUS_TEXT[fu.status] if fu.status else "mangler status"
            out.append(f"  - {fu.what}: {status}")
            if fu.comment:
                para(fu.comment, "      ")
        if not item.rows:
            out.append("  (ingen aftaler hentet)")
    elif isinstance(item, Agreements):
        for a in item.rows:
            carried = f" ({a.carried_note or phrase(Phrase.CARRIED)})" if a.carried else ""
            out.append(
                f"  {a.number}. {a.what or '–'}{carried} – ansvarlig: "
                f"{RESPONSIBLE_TEXT[a.responsible].lower() if a.responsible else '–'}, "
                f"frist: {format_date(a.deadline)}, opfølgning: {format_date(a.follow_up)}"
            )
            if a.why:
                para(f"Hvorfor: {a.why}", "     ")
            if a.perspective:
                para(f"Perspektiv: {a.perspective}", "     ")
        if not item.rows:
            out.append("  (ingen aftaler)")
    elif isinstance(item, Scale):
        parts = [
            f"{VOICE_TEXT[r.voice].lower()} {TODAY} {scale_number(r.today)}, {FUTURE} {scale_number(r.future)}"
            for r in item.ratings
        ]
        out.append(f"  {item.label} ({'; '.join(parts)})")
    elif isinstance(item, Answers):
        out.append(f"  {item.label}")
        voices(item.voices)
    elif isinstance(item, MarkedBehaviours):
        out.append(f"  {phrase(Phrase.MARKED_BEHAVIOURS)}:")
        for b in item.behaviours:
            lines = wrap_line(f"{b.group_name} {b.number}: {b.text}", width - 4)
            out.append("  - " + lines[0])
            out.extend("    " + line for line in lines[1:])
            for m in b.marks:
                text = f"[{VOICE_TEXT[m.voice]}] {MARK_TEXT[m.mark]}" + (
                    f": {m.comment}" if m.comment else ""
                )
                para(text, "      ")
    elif isinstance(item, Topic):
        out.append(f"  Eget emne: {item.title}")
        voices(item.voices)
    elif not isinstance(item, PrivateNotes):  # not in the plain text (built without them)
        raise TypeError(item)  # pragma: no cover – a new item kind needs its lines here


def group_summary_text(g: GroupConversation) -> str:
    """The group referat as plain text (``ishoj-mus show`` on a GRUS file): the group's agreed
    points, the participants and the date – never anyone's own plan or note."""
    g = edition(g, Document.REFERAT).conversation
    docs = g.form.documents
    lines = [docs.referat_title, "=" * len(docs.referat_title), ""]
    lines.append(f"Gruppe: {g.team or '–'}")
    lines.append(f"Leder: {g.leader.name or '–'}" + (f", {g.leader.title}" if g.leader.title else ""))
    lines.append(f"Dato: {format_date(g.date)}")
    if g.place:
        lines.append(f"Sted: {g.place}")
    lines += ["", f"Deltagere ({len(g.members)}):"]
    lines += [f"  {m.name}" + (f", {m.job_title}" if m.job_title else "") for m in g.members]
    lines += ["", "Gruppens aftaler:"]
    for i, a in enumerate(g.agreements, 1):
        lines.append(f"  {i}. {a.what}")
        lines.append(
            f"     Hvem: {a.who or '–'} · frist {format_date(a.deadline)} · opfølgning {format_date(a.follow_up)}"
        )
    if not g.agreements:
        lines.append("  (ingen endnu)")
    signed = [s.signer for s in g.signatures.values()]
    lines += ["", f"Underskrevet af: {', '.join(signed)}" if signed else "Ikke underskrevet endnu.", ""]
    return "\n".join(lines)
