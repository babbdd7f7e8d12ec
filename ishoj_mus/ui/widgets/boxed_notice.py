"""The summary step's note on characters the PDF will show as □ – said before anyone signs.

Its own small widget (not part of the summary's HTML), so it stays whatever renders the
summary; the places come from ``pdf.glyphs.boxed_places`` (no reportlab, no fonts loaded).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.written import Part, Place
from ishoj_mus.pdf.glyphs import MISSING_GLYPH, Boxed, boxed_places
from ishoj_mus.text import fill
from ishoj_mus.ui.widgets.i18n import tr, voice_label

MAX_PLACES = 12  # more are summed up in one line
MAX_CHARS = 6  # characters shown per place


def place_text(conv: Conversation, place: Place) -> str:
    """Where, in the words of the window: the step and what in it."""
    try:
        step = conv.form.step(place.step_id).title if place.step_id else ""
    except KeyError:
        step = ""
    who = f" ({voice_label(place.voice).lower()})" if place.voice else ""
    number = str((place.item or 0) + 1)
    if place.part == Part.ANSWER:
        try:
            what = conv.form.field(place.field_id).label if place.field_id else ""
        except KeyError:
            what = ""
    elif place.part == Part.PRIVATE_NOTE:
        what = tr("noten »Kun mellem os«")
    elif place.part == Part.BEHAVIOUR:
        what = tr("kommentar til en adfærd")
    elif place.part == Part.AGREEMENT:
        what = fill(tr("aftale %1"), number)
    elif place.part == Part.FOLLOWUP:
        what = fill(tr("opfølgning %1"), number)
    elif place.part == Part.TOPIC:
        what = fill(tr("eget emne %1"), number)
    elif place.part == Part.REMARK:
        what = tr("bemærkning")
    elif place.part == Part.SIGNATURE:
        what = tr("underskriverens navn")
    elif place.part == Part.HISTORY:
        what = tr("historikken")
    else:
        what = ""
    if step and what:
        return f"{step}: {what}{who}"
    return f"{step or what or tr('Samtalen')}{who}"


def boxed_html(conv: Conversation, found: list[Boxed]) -> str:
    total = sum(b.count for b in found)
    head = tr("Nogle tegn kan ikke vises i PDF'en")
    if total == 1:  # English says "1 character … is", Danish "1 tegn" either way
        body = tr(
            "1 tegn (fx en emoji eller et kinesisk tegn) findes ikke i PDF'ens skrifttype og bliver vist "
            "som %2 i referatet. Teksten i samtalen er uændret. Vil I have det med i referatet, så "
            "skriv det med ord, før I skriver under."
        )
    else:
        body = tr(
            "%1 tegn (fx emoji eller kinesiske tegn) findes ikke i PDF'ens skrifttype og bliver vist "
            "som %2 i referatet. Teksten i samtalen er uændret. Vil I have det med i referatet, så "
            "skriv det med ord, før I skriver under."
        )
    body = fill(body, str(total), MISSING_GLYPH)
    items = []
    for b in found[:MAX_PLACES]:
        where = escape(place_text(conv, b.place), quote=False)
        if b.place.step_id:
            voice = b.place.voice.value if b.place.voice else ""
            where = f'<a href="missing:{b.place.step_id}:{b.place.field_id or ""}:{voice}">{where}</a>'
        chars = " ".join(escape(c, quote=False) for c in b.chars[:MAX_CHARS]) + (
            " …" if len(b.chars) > MAX_CHARS else ""
        )
        counted = tr("1 tegn: %2") if b.count == 1 else tr("%1 tegn: %2")
        shown = fill(escape(counted, quote=False), str(b.count), chars)  # chars: escaped above
        items.append(f"<li>{where} – {shown}</li>")
    if len(found) > MAX_PLACES:
        rest = len(found) - MAX_PLACES
        more = tr("og 1 sted mere") if rest == 1 else fill(tr("og %1 steder mere"), str(rest))
        items.append(f"<li>{escape(more, quote=False)}</li>")
    return f"<b>{escape(head, quote=False)}</b><br>{escape(body, quote=False)}<ul>{''.join(items)}</ul>"


class BoxedNotice(QLabel):
    """Hidden unless some written text holds characters the PDF shows as □."""

    link = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boxedNotice")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setAccessibleName(tr("Tegn, der ikke kan vises i PDF'en"))
        self.linkActivated.connect(self.link)
        self.hide()

    def refresh(self, conv: Conversation) -> list[Boxed]:
        found = boxed_places(conv)
        if found:
            self.setText(boxed_html(conv, found))
        self.setVisible(bool(found))
        return found
