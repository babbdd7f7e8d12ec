"""HTML for the summary page and the framework panel (rendered from the model)."""

from __future__ import annotations

from html import escape

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.conversation import Conversation
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
from ishoj_mus.text import Phrase, fill, format_date, joined, phrase, scale_number
from ishoj_mus.ui.conversation.private_note import private_notes_html
from ishoj_mus.ui.widgets.i18n import (
    behaviour_mark_label,
    perspective_name,
    responsible_label,
    state_text,
    status_label,
    tr,
    voice_label,
)
from ishoj_mus.ui.widgets.moments import format_moment
from ishoj_mus.ui.widgets.theme import BORDER_STYLE, voice_colour, voice_tint


def _t(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def voice_html(voice: Voice, text: str) -> str:
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


def _voice(v: VoiceText) -> str:
    """An answer in its voice; a preparation not yet shown to both is held back."""
    if v.held_back:
        return voice_html(v.voice, tr("(forberedelsen vises, når I viser begges forberedelse)"))
    return voice_html(v.voice, v.text)


def _topic_html(topic: Topic, heading: str) -> str:
    out = [fill(heading, escape(fill(tr("Eget emne: %1"), topic.title)))]
    out += [_voice(v) for v in topic.voices]
    return "".join(out)


def _shared_heading(label: str, voice: Voice) -> str:
    colour = voice_colour(voice).name()
    return (
        f'<p><b>{escape(label)}</b> <span style="color:{colour}; font-weight:bold;">'
        f"{escape(voice_label(voice).upper())}</span></p>"
    )


def _item_html(item: Item, perspectives: dict[str, str] | None = None) -> str:
    if isinstance(item, NotRelevant):
        return f"<p><b>{escape(item.label)}</b><br><i>{escape(phrase(Phrase.NOT_RELEVANT, tr))}</i></p>"
    if isinstance(item, FollowUps):
        rows = "".join(
            f"<tr><td>{escape(fu.what)}</td><td>{escape(status_label(fu.status)) if fu.status else '–'}</td>"
            f"<td>{_t(fu.comment)}</td></tr>"
            for fu in item.rows
        )
        return _shared_heading(item.label, item.voice) + (
            f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr><th>{escape(tr("Aftale"))}</th>'
            f"<th>{escape(tr('Status'))}</th><th>{escape(tr('Kommentar'))}</th></tr>{rows}</table>"
            if item.rows
            else f"<p><i>{escape(tr('Ingen aftaler hentet.'))}</i></p>"
        )
    if isinstance(item, Agreements):
        before = f"<br><b>{escape(tr('Før samtalens dato'))}</b>"
        rows = "".join(
            f"<tr><td>{a.number}</td><td>{escape(a.what)}"
            + (f" <i>({escape(phrase(Phrase.CARRIED, tr))})</i>" if a.carried else "")
            + f"<br><small>{escape(a.why)}</small></td>"
            f"<td>{escape((perspectives or {}).get(a.perspective, a.perspective))}</td>"
            f"<td>{escape(responsible_label(a.responsible)) if a.responsible else '–'}</td>"
            f"<td>{format_date(a.deadline)}{before if a.deadline_before_conversation else ''}</td>"
            f"<td>{format_date(a.follow_up)}</td></tr>"
            for a in item.rows
        )
        return _shared_heading(item.label, item.voice) + (
            f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr><th>#</th><th>{escape(tr("Aftale"))}</th>'
            f"<th>{escape(tr('Perspektiv'))}</th><th>{escape(tr('Ansvarlig'))}</th><th>{escape(tr('Frist'))}</th>"
            f"<th>{escape(tr('Opfølgning'))}</th></tr>{rows}</table>"
            if item.rows
            else f"<p><i>{escape(tr('Ingen aftaler endnu.'))}</i></p>"
        )
    if isinstance(item, Scale):
        parts = [
            f"{escape(voice_label(r.voice))}: {scale_number(r.today)} → {scale_number(r.future)}"
            for r in item.ratings
        ]
        return f"<p><small>{escape(item.label)} {'; '.join(parts)}</small></p>"
    if isinstance(item, Answers):
        return f"<p><b>{escape(item.label)}</b></p>" + "".join(_voice(v) for v in item.voices)
    if isinstance(item, MarkedBehaviours):
        out = [f"<p><b>{escape(phrase(Phrase.MARKED_BEHAVIOURS, tr))}</b></p>"]
        for b in item.behaviours:
            out.append(f"<p><i>{escape(b.group_name)} {b.number}: {escape(b.text)}</i></p>")
            for m in b.marks:
                text = behaviour_mark_label(m.mark) + (f": {m.comment}" if m.comment else "")
                out.append(_voice(VoiceText(m.voice, text, held_back=m.held_back)))
        return "".join(out)
    if isinstance(item, Topic):
        return _topic_html(item, "<p><b>%1</b></p>")
    if isinstance(item, PrivateNotes):
        return private_notes_html(item)
    raise TypeError(item)  # pragma: no cover – a new item kind needs its HTML here


def summary_html(conv: Conversation) -> str:
    """The window's Opsummering: a walk over the summary outline (private notes included)."""
    outline = build_outline(conv, private_notes=True)
    # the framework's names of the perspectives, as the window names them (English: the step's)
    perspectives = {p.name: perspective_name(conv.form, p.id) for p in conv.form.framework.perspectives}
    cover = outline.cover
    e, ld = cover.employee, cover.leader
    out = [
        f"<h2>{escape(cover.form_title)}</h2>",
        f"<p><b>{escape(tr('Medarbejder'))}:</b> {escape(joined(e.name, e.job_title, e.workplace) or '–')}<br>"
        f"<b>{escape(tr('Leder'))}:</b> {escape(joined(ld.name, ld.title) or '–')}<br>"
        f"<b>{escape(tr('Dato og sted'))}:</b> "
        f"{escape(joined(format_date(cover.date) if cover.date else '', cover.place) or '–')}<br>"
        f"<b>{escape(tr('Status'))}:</b> {escape(state_text(cover.state.value))}</p>",
    ]
    for part in outline.body:
        if isinstance(part, Topic):
            out.append(_topic_html(part, "<h3>%1</h3>"))
            continue
        out.append(f"<h3>{escape(part.title)}</h3>")
        out += [_item_html(item, perspectives) for item in part.items]
    for sig in outline.signatures:
        out.append(
            f"<p><b>{escape(voice_label(sig.role))}:</b> {escape(sig.signer)}, {format_moment(sig.signed_at)}</p>"
        )
    return "".join(out)
