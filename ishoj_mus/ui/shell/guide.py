"""A short built-in guide (Hjælp → "Sådan holder I samtalen") and a first-time tour of the window
that can be skipped. Our own words; the framework is quoted elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus import __version__
from ishoj_mus.domain.form_steps import Step
from ishoj_mus.text import fill
from ishoj_mus.ui.conversation.framework_text import framework_html
from ishoj_mus.ui.widgets.i18n import tr

if TYPE_CHECKING:
    from ishoj_mus.ui.conversation.conversation_view import ConversationView


def guide_sections() -> list[tuple[str, str]]:
    return [
        (
            tr("En dialog, ikke en bedømmelse"),
            tr(
                "MUS er en samtale mellem to ligeværdige parter om arbejdet, samarbejdet og udviklingen det "
                "kommende år. Ingen får karakterer. Skalaerne og markeringerne er redskaber til at komme i gang "
                "med at tale sammen – ikke en måling."
            ),
        ),
        (
            tr("Roller"),
            tr(
                "Lederen sørger for rammen: tid, ro og et sted, hvor I ikke bliver forstyrret. Medarbejderen "
                "har ordet først ved de fleste spørgsmål. I skriver begge undervejs – ved den samme skærm."
            ),
        ),
        (
            tr("Forbered jer hver for sig"),
            tr(
                "Vælg »Forbered dig« på startskærmen, og svar på spørgsmålene alene. Gem forberedelsen som en "
                "fil. I samtalen henter I begges forberedelse ind med »Hent forberedelse«. Svarene er "
                "skjult, indtil I vælger »Vis begges forberedelse«, så I ikke påvirker hinanden. "
                "Det, I allerede har skrevet i samtalen, bliver aldrig overskrevet, uden at I bliver spurgt."
            ),
        ),
        (
            tr("Hvem skriver hvad"),
            tr(
                "Mærkat og farve viser, hvem der skriver hvad: medarbejderen, lederen eller I sammen "
                "(fælles). Skriv i jeres egen boks, og skriv det, I er enige om, i den fælles."
            ),
        ),
        (
            tr("Tid og dagsorden"),
            tr(
                "Samtalen er planlagt til omkring en time. Øverst til højre kan I se, hvor lang tid I har brugt "
                "på trinnet og på hele samtalen. Uret stopper ingenting – brug det som en rettesnor. Under "
                "»Dagsorden« kan I flytte minutter mellem trinnene."
            ),
        ),
        (
            tr("Egne emner og adfærd"),
            tr(
                "Har en af jer noget på hjerte, som spørgsmålene ikke dækker, så tilføj jeres eget emne – under "
                "det trin, det hører til, eller som et trin for sig, der står i listen før aftalerne. Under "
                "»Lederskab og følgeskab« kan I hver især pege på punkter fra rammen, som I lykkes med, eller som "
                "I vil styrke."
            ),
        ),
        (
            tr("Det får HR"),
            tr(
                "Når I begge har underskrevet, gemmer I HR-udgaven som en underskrevet PDF til "
                "medarbejderens personalesag. Hvad den indeholder, bestemmer kommunens HR-politik – siden "
                "»Underskrift« siger det præcist. Noterne »Kun mellem os«, jeres forberedelser, dagsordenen og "
                "uret kommer aldrig med. Alt bliver på denne computer, indtil I selv gemmer og sender PDF'en."
            ),
        ),
    ]


def guide_html() -> str:
    return "".join(f"<h3>{escape(title)}</h3><p>{escape(text)}</p>" for title, text in guide_sections())


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sådan holder I samtalen"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(tr("Sådan holder I samtalen"))
        self.browser.setHtml(guide_html())
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # 640 × 560, never taller or wider than the screen's room (walk 2: at 150 % display
        # scaling a 1366 × 768 laptop has 512 px, and the Close button was below the screen).
        screen = (parent.window().screen() if parent is not None else None) or QApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = 640, 560
        if room is not None:  # room for the frame around it, and its title bar
            width, height = min(width, room.width() - 16), min(height, room.height() - 40)
        self.resize(width, height)


def tour_stops(view: ConversationView) -> list[tuple[QWidget | None, str, str]]:
    """(widget to point at, title, text) for each stop of the tour."""
    framework = [
        (
            view.framework_panel,
            tr("Rammen"),
            tr(
                "Til højre står rammen, Grundlag for lederskab og følgeskab, når et trin bygger på den. F9 skjuler den."
            ),
        )
    ]
    return [
        (view.step_list, tr("Trinnene"), tr("Her er samtalens trin. Flueben viser, hvad der er udfyldt.")),
        (
            view.stack,
            tr("Jeres svar"),
            tr("Ved hver tekstboks kan I se, hvem der skriver i den: medarbejderen, lederen eller I sammen."),
        ),
        *(framework if _framework_step(view) is not None else []),  # a form without the framework
        (
            view.preparation_bar,
            tr("Forberedelse"),
            tr(
                "Har I forberedt jer hver for sig, henter I forberedelserne ind her og viser dem, når I er klar."
            ),
        ),
        (
            view.timer,
            tr("Tiden"),
            tr("Uret viser brugt og planlagt tid for trinnet og samtalen. Det stopper ingenting."),
        ),
        (
            None,
            tr("Til sidst"),
            tr(
                "Opsummeringen viser det hele på én side. Når I begge har underskrevet, gemmer I PDF'en til HR."
            ),
        ),
    ]


def _framework_step(view: ConversationView) -> Step | None:
    """The step the framework stop shows: the one on screen if it builds on the framework, else
    the form's first that does."""
    shown = view.entries[max(0, view.step_list.currentRow())]
    if isinstance(shown, Step) and shown.framework:
        return shown
    return next((step for step in view.conv.form.steps if step.framework), None)


class Tour(QDialog):
    """One stop at a time: Næste / Forrige / Spring over. Esc skips it too."""

    def __init__(self, view: ConversationView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Rundvisning"))
        self.view = view
        self._framework_shown = False  # the framework panel, shown by its stop
        self.stops = tour_stops(view)
        self.index = 0
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.position = QLabel()
        self.position.setObjectName("helpText")
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.position)
        row = QHBoxLayout()
        self.skip = QPushButton(tr("Spring rundvisningen over"))
        self.back = QPushButton(tr("Forrige"))
        self.next = QPushButton(tr("Næste"))
        self.next.setDefault(True)
        row.addWidget(self.skip)
        row.addStretch(1)
        row.addWidget(self.back)
        row.addWidget(self.next)
        layout.addLayout(row)
        self.skip.clicked.connect(self.reject)
        self.back.clicked.connect(lambda: self.show_stop(self.index - 1))
        self.next.clicked.connect(self._next)
        self._marked: QWidget | None = None
        self.setMinimumWidth(380)
        self.show_stop(0)

    def _next(self) -> None:
        if self.index + 1 >= len(self.stops):
            self.accept()
        else:
            self.show_stop(self.index + 1)

    def show_stop(self, index: int) -> None:
        self.index = max(0, min(index, len(self.stops) - 1))
        widget, title, text = self.stops[self.index]
        self.title.setText(title)
        self.text.setText(text)
        self.position.setText(fill(tr("%1 af %2"), str(self.index + 1), str(len(self.stops))))
        self.back.setEnabled(self.index > 0)
        self.next.setText(tr("Færdig") if self.index == len(self.stops) - 1 else tr("Næste"))
        self._show_framework(widget is self.view.framework_panel)
        self._mark(widget if widget is not None and widget.isVisible() else None)
        self.next.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit_text()

    def _show_framework(self, show: bool) -> None:
        """The framework stop shows the panel it speaks of. The tour starts on the first step,
        which does not build on the framework, so the panel was hidden and the stop pointed at
        nothing (walk of issue 25, 63). While the stop is shown, the panel stands at the right
        with the framework of the first step that builds on it; after it, as it was."""
        view = self.view
        if show and not view.framework_panel.isVisible():
            step = _framework_step(view)
            if step is None:
                return
            framework = view.conv.form.framework
            view.framework.setHtml(
                framework_html([it for ref in step.framework for it in framework.resolve(ref)])
            )
            view.framework_panel.setVisible(True)
            self._framework_shown = True
        elif not show and self._framework_shown:
            self._framework_shown = False
            view.set_framework_visible(view.show_framework)  # the step's own panel, or none

    def _fit_text(self) -> None:
        """Tall enough for this stop's text at the width it has: a window keeps its size when
        its text grows, and a stop of three lines after one of two was cut off mid-line (walk
        of issue 25, 62-tour-3.png: "… F9 hides it")."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        # Not narrower than its buttons either: the fixed minimum of 380 px overrode the layout's
        # and cut »Spring rundvisningen over« to "ring rundvisningen ov" (»Næste« turns »Færdig«).
        wide = max(380, layout.minimumSize().width())
        self.setMinimumWidth(wide)
        if self.width() < wide:
            self.resize(wide, self.height())
        height = layout.totalHeightForWidth(self.width())
        if height > self.height():
            self.resize(self.width(), height)

    def _mark(self, widget: QWidget | None) -> None:
        """Point at the part of the window the stop is about: a frame drawn around it."""
        if self._marked is not None:
            marked = self._marked.parentWidget()
            if marked is not None:
                marked.removeEventFilter(self)
            self._marked.hide()
            self._marked.deleteLater()
            self._marked = None
        if widget is None:
            return
        widget.installEventFilter(self)  # the frame keeps its size (the framework panel, just shown)
        frame = QFrame(widget)
        frame.setObjectName("tourMark")
        frame.setStyleSheet("#tourMark { border: 3px solid palette(highlight); border-radius: 4px; }")
        frame.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        frame.setGeometry(widget.rect())
        frame.show()
        self._marked = frame

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Resize
            and self._marked is not None
            and watched is self._marked.parentWidget()
            and isinstance(watched, QWidget)
        ):
            self._marked.setGeometry(watched.rect())
        return False

    def done(self, result: int) -> None:  # noqa: D401 – Qt API
        self._mark(None)
        self._show_framework(False)
        super().done(result)


class TourOffer(QFrame):
    """The first time: a quiet offer of the tour, never a pop-up in the way."""

    def __init__(
        self, start: Callable[[], None], dismiss: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tourOffer")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        text = QLabel(tr("Første gang? Få en kort rundvisning i vinduet."))
        text.setWordWrap(True)
        self.start = QPushButton(tr("Vis rundvisning"))
        self.dismiss = QPushButton(tr("Nej tak"))
        self.start.clicked.connect(start)
        self.dismiss.clicked.connect(dismiss)
        row.addWidget(text, 1)
        row.addWidget(self.start)
        row.addWidget(self.dismiss)


def show_about(parent: QWidget) -> None:
    """Hjælp → Om Ishøj MUS."""

    QMessageBox.about(
        parent,
        tr("Om Ishøj MUS"),
        fill(
            tr(
                "Ishøj MUS %1 – udviklingssamtalen med Grundlag for lederskab og følgeskab. "
                "Alt bliver på denne computer; programmet bruger ikke internettet."
            ),
            __version__,
        ),
    )
