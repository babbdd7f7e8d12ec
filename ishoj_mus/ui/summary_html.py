"""HTML for the summary page and the framework panel (rendered from the model)."""

from __future__ import annotations

from html import escape

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import FieldKind, StepKind
from ishoj_mus.domain.framework import Behaviours, Direction, Perspective
from ishoj_mus.text import format_date, format_datetime, joined, perspective_name, scale_number
from ishoj_mus.ui.i18n import responsible_label, state_label, status_label, tr, voice_label
from ishoj_mus.ui.theme import BORDER_STYLE, voice_colour, voice_tint


def _t(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def voice_html(voice, text: str) -> str:
    colour, tint = voice_colour(voice).name(), voice_tint(voice).name()
    return (
        f'<table width="100%" cellspacing="0" cellpadding="5" style="margin-bottom:4px; background:{tint};'
        f' border-left: 4px {BORDER_STYLE[voice]} {colour};"><tr>'
        f'<td width="120" valign="top" style="color:{colour}; font-weight:bold; white-space:nowrap;">'
        f"{escape(voice_label(voice).upper())}</td>"
        + '<td valign="top">'
        + (_t(text) if text.strip() else "<i>" + escape(tr("(ikke besvaret)")) + "</i>")
        + "</td></tr></table>"
    )


def _before_date(conv: Conversation, when) -> str:
    if when is None or conv.date is None or when >= conv.date:
        return ""
    return f"<br><b>{escape(tr('Før samtalens dato'))}</b>"


def framework_html(items) -> str:
    out = [f"<p><i>{escape(tr('Fra Grundlag for lederskab og følgeskab'))}</i></p>"]
    for item in items:
        if isinstance(item, Perspective):
            out.append(f"<h3>{escape(item.name)}</h3><p>{escape(item.description)}</p>")
            out.append(f"<p>{escape(item.in_practice_intro)}</p><ul>")
            out += [f"<li>{escape(x)}</li>" for x in item.in_practice]
            out.append("</ul>")
        elif isinstance(item, Behaviours):
            out.append(f"<h3>{escape(item.heading)}</h3><ol>")
            out += [f"<li>{escape(x)}</li>" for x in item.items]
            out.append("</ol>")
        elif isinstance(item, Direction):
            out.append(f"<h3>{escape(item.name)}</h3><p>{escape(item.text)}</p>")
    return "".join(out)


def _held_back(voice) -> str:
    return voice_html(voice, tr("(forberedelsen vises, når I viser begges forberedelse)"))


def _topic_html(conv: Conversation, topic, heading: str) -> str:
    hidden = conv.hidden_voices()
    out = [heading.replace("%1", escape(tr("Eget emne: %1").replace("%1", topic.title)))]
    for v in topic.voices:
        out.append(_held_back(v) if v in hidden else voice_html(v, topic.answer(v)))
    return "".join(out)


def _behaviours_html(conv: Conversation, step) -> str:
    from ishoj_mus.domain.behaviours import step_behaviour_groups
    from ishoj_mus.ui.i18n import behaviour_mark_label

    groups = step_behaviour_groups(conv.form.framework, step.framework)
    marked = conv.marked_behaviours(groups) if groups else []
    if not marked:
        return ""
    hidden = conv.hidden_voices()
    out = [f"<p><b>{escape(tr('Adfærd, I har peget på'))}</b></p>"]
    for b, marks in marked:
        out.append(f"<p><i>{escape(b.group_name)} {b.number}: {escape(b.text)}</i></p>")
        for v, m in marks.items():
            text = behaviour_mark_label(m.mark) + (f": {m.comment}" if m.comment else "")
            out.append(_held_back(v) if v in hidden else voice_html(v, text))
    return "".join(out)


def summary_html(conv: Conversation) -> str:
    e, ld = conv.employee, conv.leader
    hidden = conv.hidden_voices()
    out = [
        f"<h2>{escape(conv.form.title)}</h2>",
        f"<p><b>{escape(tr('Medarbejder'))}:</b> {escape(joined(e.name, e.job_title, e.workplace) or '–')}<br>"
        f"<b>{escape(tr('Leder'))}:</b> {escape(joined(ld.name, ld.title) or '–')}<br>"
        f"<b>{escape(tr('Dato og sted'))}:</b> "
        f"{escape(joined(format_date(conv.date) if conv.date else '', conv.place) or '–')}<br>"
        f"<b>{escape(tr('Status'))}:</b> {escape(state_label(conv))}</p>",
    ]
    own_before = conv.own_steps_before()
    for step in conv.form.steps:
        if step.id == own_before:
            out += [_topic_html(conv, t, "<h3>%1</h3>") for t in conv.topics_of(None)]
        if step.kind in (StepKind.PARTICIPANTS, StepKind.SUMMARY, StepKind.SIGNATURES):
            continue
        out.append(f"<h3>{escape(step.title)}</h3>")
        for f in step.fields:
            if f.id in conv.not_relevant and f.kind not in (FieldKind.FOLLOWUPS, FieldKind.AGREEMENTS):
                out.append(f"<p><b>{escape(f.label)}</b><br><i>{escape(tr('Ikke relevant'))}</i></p>")
                continue
            if f.kind in (FieldKind.FOLLOWUPS, FieldKind.AGREEMENTS):
                colour = voice_colour(f.voices[0]).name()
                out.append(
                    f'<p><b>{escape(f.label)}</b> <span style="color:{colour}; font-weight:bold;">'
                    f"{escape(voice_label(f.voices[0]).upper())}</span></p>"
                )
            if f.kind == FieldKind.FOLLOWUPS:
                rows = "".join(
                    f"<tr><td>{escape(fu.agreement.what)}</td><td>{escape(status_label(fu.status)) if fu.status else '–'}</td>"
                    f"<td>{_t(fu.comment)}</td></tr>"
                    for fu in conv.followups
                )
                out.append(
                    f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr><th>{escape(tr("Aftale"))}</th>'
                    f"<th>{escape(tr('Status'))}</th><th>{escape(tr('Kommentar'))}</th></tr>{rows}</table>"
                    if conv.followups
                    else f"<p><i>{escape(tr('Ingen aftaler hentet.'))}</i></p>"
                )
            elif f.kind == FieldKind.AGREEMENTS:
                rows = "".join(
                    f"<tr><td>{i}</td><td>{escape(a.what)}"
                    + (f" <i>({escape(tr('videreført'))})</i>" if a.carried_from else "")
                    + f"<br><small>{escape(a.why)}</small></td>"
                    f"<td>{escape(perspective_name(conv, a.perspective))}</td>"
                    f"<td>{escape(responsible_label(a.responsible)) if a.responsible else '–'}</td>"
                    f"<td>{format_date(a.deadline)}{_before_date(conv, a.deadline)}</td><td>{format_date(a.follow_up)}</td></tr>"
                    for i, a in enumerate(conv.agreements, 1)
                )
                out.append(
                    f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr><th>#</th><th>{escape(tr("Aftale"))}</th>'
                    f"<th>{escape(tr('Perspektiv'))}</th><th>{escape(tr('Ansvarlig'))}</th><th>{escape(tr('Frist'))}</th>"
                    f"<th>{escape(tr('Opfølgning'))}</th></tr>{rows}</table>"
                    if conv.agreements
                    else f"<p><i>{escape(tr('Ingen aftaler endnu.'))}</i></p>"
                )
            elif f.kind == FieldKind.SCALE:
                parts = []
                for v in f.voices:
                    s = conv.scale(f.id, v)
                    parts.append(
                        f"{escape(voice_label(v))}: {scale_number(s.today)} → {scale_number(s.future)}"
                    )
                out.append(f"<p><small>{escape(f.label)} {'; '.join(parts)}</small></p>")
            else:
                out.append(f"<p><b>{escape(f.label)}</b></p>")
                for v in f.voices:
                    answer = conv.answer(f.id, v)
                    if f.kind == FieldKind.CHOICE and answer:
                        answer = f.option_label(answer)
                    out.append(_held_back(v) if v in hidden else voice_html(v, answer))
        out.append(_behaviours_html(conv, step))
        out += [_topic_html(conv, t, "<p><b>%1</b></p>") for t in conv.topics_of(step.id)]
        if conv.private_notes.get(step.id):
            from ishoj_mus.ui.private_note import private_notes_html

            out.append(private_notes_html(conv, step.id))
    for sig in conv.signatures.values():
        out.append(
            f"<p><b>{escape(voice_label(sig.role))}:</b> {escape(sig.signer)}, {format_datetime(sig.signed_at)}</p>"
        )
    return "".join(out)
