"""Plain-text rendering of a conversation (for ``ishoj-mus show`` and for tests)."""

from __future__ import annotations

from ishoj_mus.domain.behaviours import step_behaviour_groups
from ishoj_mus.domain.conversation import Conversation, ConversationState
from ishoj_mus.domain.form import FieldKind, StepKind


def format_date(value) -> str:
    return value.strftime("%d.%m.%Y") if value else "–"


# Danish for the domain's codes, for the CLI and the PDFs (the window translates them with tr()).
STATE_TEXT = {
    ConversationState.DRAFT: "kladde",
    ConversationState.PARTLY_SIGNED: "delvist underskrevet",
    ConversationState.SIGNED: "underskrevet",
}


def scale_number(value: int | None) -> str:
    """A scale value as shown: 0 is a value like any other (missing() counts it as given)."""
    return "–" if value is None else str(value)


def format_datetime(value) -> str:
    return value.strftime("%d.%m.%Y kl. %H.%M") if value else "–"


def joined(*parts: str | None, sep: str = ", ") -> str:
    """Parts joined without the empty ones (no "Leder Et," when the title is empty)."""
    return sep.join(p.strip() for p in parts if p and p.strip())


def perspective_name(conv: Conversation, perspective_id: str | None) -> str:
    if not perspective_id:
        return ""
    try:
        return conv.form.framework.perspective(perspective_id).name
    except KeyError:
        return perspective_id


def wrap_line(line: str, width: int) -> list[str]:
    """Greedy word wrap in linear time; a word longer than a line is cut into line lengths.

    (``textwrap`` slices a long word again for every line: quadratic, 40 s on 16 MB.)
    """
    width = max(width, 10)
    lines: list[str] = []
    current: list[str] = []
    used = 0
    for word in line.split():
        if used and used + 1 + len(word) <= width:
            current.append(word)
            used += 1 + len(word)
            continue
        if current:
            lines.append(" ".join(current))
            current, used = [], 0
        while len(word) > width:
            lines.append(word[:width])
            word = word[width:] if len(word) < 4 * width else _rest(word, width, lines)
        if word:
            current, used = [word], len(word)
    if current:
        lines.append(" ".join(current))
    return lines or [""]


def _rest(word: str, width: int, lines: list[str]) -> str:
    """Cut a very long word into lines with one pass of slices; return the last, short piece."""
    cut = len(word) - len(word) % width or len(word) - width
    lines.extend(word[i : i + width] for i in range(width, cut, width))
    return word[cut:]


def summary_text(conv: Conversation, width: int = 90) -> str:
    out: list[str] = []

    def para(text: str, indent: str = "    ") -> None:
        for line in text.splitlines() or [""]:
            out.extend(indent + part for part in wrap_line(line, width - len(indent)))

    e, ld = conv.employee, conv.leader
    out.append(f"{conv.form.title}  [{STATE_TEXT[conv.state]}]")
    out.append("=" * min(width, 60))
    out.append(
        f"Medarbejder: {e.name or '–'}, {e.job_title or '–'}, {e.workplace or '–'}"
        + (f" (medarbejdernr. {e.employee_number})" if e.employee_number else "")
    )
    out.append(f"Leder:       {ld.name or '–'}, {ld.title or '–'}")
    out.append(f"Dato:        {format_date(conv.date)}   Sted: {conv.place or '–'}")

    def topic(t) -> None:
        for v in t.voices:
            out.append(f"    [{v.label}]")
            para(t.answer(v) or "–", "      ")

    own_before = conv.own_steps_before()
    for step in conv.form.steps:
        if step.id == own_before:
            for t in conv.topics_of(None):
                out.append("")
                out.append(f"## Eget emne: {t.title}")
                topic(t)
        if step.kind in (StepKind.PARTICIPANTS, StepKind.SUMMARY, StepKind.SIGNATURES):
            continue
        out.append("")
        out.append(f"## {step.title}")
        for f in step.fields:
            if f.id in conv.not_relevant and f.kind not in (FieldKind.FOLLOWUPS, FieldKind.AGREEMENTS):
                out.append(f"  {f.label}: Ikke relevant")
                continue
            if f.kind == FieldKind.FOLLOWUPS:
                for fu in conv.followups:
                    status = fu.status.label if fu.status else "mangler status"
                    out.append(f"  - {fu.agreement.what}: {status}")
                    if fu.comment:
                        para(fu.comment, "      ")
                if not conv.followups:
                    out.append("  (ingen aftaler hentet)")
            elif f.kind == FieldKind.AGREEMENTS:
                for i, a in enumerate(conv.agreements, 1):
                    carried = " (videreført fra sidste år)" if a.carried_from else ""
                    out.append(
                        f"  {i}. {a.what or '–'}{carried} – ansvarlig: "
                        f"{a.responsible.label.lower() if a.responsible else '–'}, "
                        f"frist: {format_date(a.deadline)}, opfølgning: {format_date(a.follow_up)}"
                    )
                    if a.why:
                        para(f"Hvorfor: {a.why}", "     ")
                    if a.perspective:
                        para(f"Perspektiv: {perspective_name(conv, a.perspective)}", "     ")
                if not conv.agreements:
                    out.append("  (ingen aftaler)")
            elif f.kind == FieldKind.SCALE:
                parts = []
                for v in f.voices:
                    s = conv.scale(f.id, v)
                    parts.append(
                        f"{v.label.lower()} i dag {scale_number(s.today)}, fremover {scale_number(s.future)}"
                    )
                out.append(f"  {f.label} ({'; '.join(parts)})")
            else:
                out.append(f"  {f.label}")
                for v in f.voices:
                    answer = conv.answer(f.id, v)
                    if f.kind == FieldKind.CHOICE and answer:
                        answer = f.option_label(answer)
                    out.append(f"    [{v.label}]")
                    para(answer or "–", "      ")
        groups = step_behaviour_groups(conv.form.framework, step.framework)
        marked = conv.marked_behaviours(groups) if groups else []
        if marked:
            out.append("  Adfærd, I har peget på:")
            for b, marks in marked:
                lines = wrap_line(f"{b.group_name} {b.number}: {b.text}", width - 4)
                out.append("  - " + lines[0])
                out.extend("    " + line for line in lines[1:])
                for v, m in marks.items():
                    para(f"[{v.label}] {m.mark.label}" + (f": {m.comment}" if m.comment else ""), "      ")
        for t in conv.topics_of(step.id):
            out.append(f"  Eget emne: {t.title}")
            topic(t)
    if conv.signatures:
        out.append("")
        out.append("## Underskrifter")
        for sig in conv.signatures.values():
            out.append(f"  {sig.role.label}: {sig.signer}, {format_datetime(sig.signed_at)}")
            if sig.remark:
                para(f"Bemærkning: {sig.remark}", "    ")
    missing = conv.missing()
    if missing:
        out.append("")
        out.append(f"Mangler ({len(missing)}):")
        for item in missing:
            out.append(f"  - {item.describe()}")
    return "\n".join(out) + "\n"
