"""Bringing a preparation into the open conversation: load it, ask about typed text in its way
(naming fields, never showing hidden texts), and apply it as one undoable change.

A room of its own (the start-up seam's "bring_in"): the conversation's preparation bar is handed
this flow, so the domain's rules for preparations load when a preparation is first brought in,
not whenever a conversation opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ishoj_mus.domain.preparation import (
    BringInPlan,
    Occasion,
    PreparationError,
    Resolution,
    merged_content,
    plan_bring_in,
)
from ishoj_mus.storage import musfile
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.text import Phrase, fill, form_title_text, phrase, preparation_error_text, quoted
from ishoj_mus.ui.conversation import prep_commands
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.file_words import file_error_text
from ishoj_mus.ui.widgets.i18n import capitalised, tr, voice_definite, voice_possessive

if TYPE_CHECKING:
    from ishoj_mus.ui.conversation.editor import PageHost


def bring_in(view: PageHost, parent: QWidget, path: Path) -> bool:
    """Load, ask about typed text in the way (naming fields, never showing hidden texts), apply."""
    conv = view.conv
    try:
        prep = musfile.load(path)
        plan = plan_bring_in(conv, prep, path.name)
    except MusFileError as exc:
        messages.warning(parent, tr("Forberedelsen kunne ikke hentes"), file_error_text(exc))
        return False
    except PreparationError as exc:
        messages.warning(parent, tr("Forberedelsen kunne ikke hentes"), preparation_error_text(exc, tr))
        return False
    whose = voice_possessive(plan.voice)
    if (plan.other_employee or plan.other_conversation) and not _other_anyway(parent, plan, path):
        return False
    if plan.is_empty:
        messages.information(
            parent,
            tr("Forberedelsen er tom"),
            fill(tr("Der er ingen svar i %1 forberedelse. Intet er ændret."), whose),
        )
        return False
    if plan.replaces_earlier:
        answer = messages.question(
            parent,
            tr("Hent igen?"),
            fill(tr("%1 forberedelse er allerede hentet. Vil I hente denne fil også?"), capitalised(whose)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    resolution = Resolution.KEEP
    if plan.conflicts:
        asked = _ask(parent, plan)
        if asked is None:
            return False
        resolution = asked
    content = merged_content(conv, plan, resolution)
    if not view.push(
        prep_commands.SetVoiceContent(conv, plan.voice, content, fill(tr("Hent %1 forberedelse"), whose))
    ):
        return False  # refused (and said why): nothing was brought in
    note = fill(tr("%1 forberedelse er hentet: %2."), capitalised(whose), _brought_in(plan))
    if plan.skipped:
        note += " " + fill(
            tr("%1 svar hører til spørgsmål, som denne samtale ikke har, og blev ikke hentet."),
            str(len(plan.skipped)),
        )
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(note, 8000)
    return True


def _other_anyway(parent: QWidget, plan: BringInPlan, path: Path) -> bool:
    """The preparation was made for another employee or another conversation: say both, and
    bring it in only on "Hent alligevel" (Annullér is the default)."""

    def occasion(o: Occasion | None) -> str:
        if o is None:
            return ""
        who = o.employee or phrase(Phrase.NO_NAME, tr)
        when = o.when.strftime("%d.%m.%Y") if o.when else tr("uden dato")
        return fill(tr("%1 med %2, %3"), form_title_text(o.form_title, tr), who, when)

    if plan.other_employee:
        head = tr("Forberedelsen %1 er lavet til en anden medarbejder.")
    else:
        head = tr("Forberedelsen %1 er lavet til en anden samtale.")
    text = (
        fill(head, quoted(path.name, tr))
        + "\n\n"
        + fill(tr("Forberedelsen: %1"), occasion(plan.prepared_for))
        + "\n"
        + fill(tr("Denne samtale: %1"), occasion(plan.this_conversation))
        + "\n\n"
        + tr("Vil I hente den ind i denne samtale alligevel?")
    )
    anyway = [(tr("&Hent alligevel"), QMessageBox.ButtonRole.AcceptRole)]
    answer = messages.ask(
        parent,
        QMessageBox.Icon.Warning,
        tr("En anden samtale"),
        text,
        anyway,
        None,
        name="preparationElsewhere",
    )
    return answer == 0


def _ask(parent: QWidget, plan: BringInPlan) -> Resolution | None:
    fields = "\n".join(f"• {c.label}" for c in plan.conflicts)
    text = (
        fill(
            tr("%1 har allerede skrevet i 1 felt i samtalen, som forberedelsen også har svar til:")
            if len(plan.conflicts) == 1
            else tr("%1 har allerede skrevet i %2 felter i samtalen, som forberedelsen også har svar til:"),
            voice_definite(plan.voice),
            str(len(plan.conflicts)),
        )
        + "\n\n"
        + fields
        + "\n\n"
        + tr("Hvad vil I gøre med dem? (De øvrige svar hentes under alle omstændigheder.)")
    )
    buttons = [
        (tr("&Behold det skrevne"), QMessageBox.ButtonRole.AcceptRole),
        (tr("Behold b&egge"), QMessageBox.ButtonRole.AcceptRole),
        (tr("Br&ug forberedelsen"), QMessageBox.ButtonRole.DestructiveRole),
    ]
    answer = messages.ask(parent, QMessageBox.Icon.Question, tr("Der står allerede tekst"), text, buttons)
    return None if answer is None else (Resolution.KEEP, Resolution.APPEND, Resolution.REPLACE)[answer]


def _counted(n: int, one: str, many: str) -> str:
    return fill(one if n == 1 else many, str(n))


def _brought_in(plan: BringInPlan) -> str:
    """What a preparation brought in, counted right in both languages (walk F8: "1 answers",
    and the two scale values brought in with it were not counted)."""
    parts = [_counted(len(plan.answers), tr("1 svar"), tr("%1 svar"))]
    if plan.scales:
        parts.append(_counted(len(plan.scales), tr("1 værdi på en skala"), tr("%1 værdier på skalaer")))
    if plan.marks:
        parts.append(_counted(len(plan.marks), tr("1 markering af adfærd"), tr("%1 markeringer af adfærd")))
    if plan.topics:
        parts.append(_counted(len(plan.topics), tr("1 eget emne"), tr("%1 egne emner")))
    return ", ".join(parts)
