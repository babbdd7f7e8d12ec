"""The tests' helpers: driving the real window with real key and mouse events, answering its
modal dialogs, and reading the text of a PDF (pypdfium2: no external program, Windows too)."""

from __future__ import annotations

import copy
import errno
import hashlib
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QWidget,
)

from ishoj_mus.demo import sign_demo
from ishoj_mus.pdf.attached import read_summary_pdf
from ishoj_mus.storage import atomic
from ishoj_mus.ui.conversation.commands import Sign
from ishoj_mus.ui.conversation.followups import FollowupsEditor
from ishoj_mus.ui.conversation.question_page import FieldsPage
from ishoj_mus.ui.conversation.topics import TopicsPanel
from ishoj_mus.ui.shell.app import make_window
from ishoj_mus.ui.widgets import i18n
from ishoj_mus.ui.year.calendar_export import save_calendar
from ishoj_mus.ui.year.loading import load_any
from ishoj_mus.ui.year.overview_view import OverviewView

# QTest types Latin-1 only (æøå yes, the dash "–" no): test texts keep to that.


def open_window(qtbot, lang: str | None = None):
    app, window = make_window(lang=lang)
    qtbot.addWidget(window, before_close_func=_forget_changes)
    window.resize(1366, 768)
    window.show()
    reactivate(qtbot, window)  # window shortcuts (Ctrl+Z, Ctrl+S ...) need the active window
    return window


def _forget_changes(window):
    """At teardown nobody is there to answer 'Gem ændringer?'."""
    window.dirty = False


def forget_group_changes(window) -> None:
    """At a GRUS window's teardown nobody is there to answer »Gem GRUS?«."""
    window.document.undo_stack.setClean()
    window.document.recovered = False


def visible_box(name: str) -> QMessageBox | None:
    """The message box with this object name that is on screen now, if any."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def folder_snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Each file's content hash and modification time: a folder nobody touched compares equal."""
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in folder.iterdir()
    }


def reactivate(qtbot, window):
    """The offscreen platform does not hand activation back after a dialog closes."""
    from PySide6.QtTest import QTest

    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def when_modal(handler, timeout_ms: int = 5000, kind: type | None = None):
    """Run ``handler(dialog)`` as soon as a modal dialog is showing (it blocks the test); with
    ``kind``, wait until the modal dialog on top is one (past a progress or file dialog first).
    If none comes within ``timeout_ms`` the test's own wait fails (pytest-timeout at the latest)."""
    state = {"waited": 0}

    def check():
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible() or (kind is not None and not isinstance(widget, kind)):
            state["waited"] += 20
            if state["waited"] < timeout_ms:
                QTimer.singleShot(20, check)
            return
        try:
            handler(widget)
        except BaseException:
            widget.reject()  # fail the test (pytest-qt reports the error) instead of hanging
            raise

    QTimer.singleShot(0, check)


def file_dialog_answer(qtbot, path: Path, type_name: bool = True, keyboard: bool = False):
    """In the (non-native) file dialog, already showing ``path``'s folder: type the name (or
    keep the name the program suggests) and click the dialog's Open/Save button."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    def handle(dialog):
        assert isinstance(dialog, QFileDialog), type(dialog)
        assert Path(dialog.directory().absolutePath()) == path.parent.resolve(), (
            dialog.directory().absolutePath()
        )
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        # A person clicks into the name field. The offscreen platform does not always activate a
        # dialog that opens right after another one closed (e.g. past a key's progress dialog):
        # without focus, Qt's dialog keeps the folder selected while the name is typed, and its
        # Save button stays disabled.
        _focus(qtbot, dialog, edit)
        # The folder listing loads in the background; a person waits for it too.
        qtbot.waitUntil(lambda: _listing_loaded(dialog), timeout=5000)
        if type_name:
            edit.selectAll()
            qtbot.keyClick(edit, Qt.Key.Key_Delete)
            qtbot.keyClicks(edit, path.name)
            completer = edit.completer()
            if completer is not None and completer.popup().isVisible():
                completer.popup().hide()
        else:
            assert edit.text() == path.name, edit.text()
        box = dialog.findChild(QDialogButtonBox)
        accept = next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
        qtbot.waitUntil(accept.isEnabled)
        if keyboard:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)

    when_modal(handle, kind=QFileDialog)  # past the progress of a passphrase's key, if any


def _focus(qtbot, dialog, edit) -> None:
    from PySide6.QtTest import QTest

    dialog.activateWindow()
    QTest.qWaitForWindowActive(dialog)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)


def _listing_loaded(dialog: QFileDialog) -> bool:
    """The dialog lists every entry of its folder that it is going to list."""
    from fnmatch import fnmatch

    from PySide6.QtWidgets import QFileSystemModel

    model = dialog.findChild(QFileSystemModel)
    folder = Path(dialog.directory().absolutePath())
    root = model.index(str(folder))
    patterns = re.findall(r"\*[^\s)]*", dialog.selectedNameFilter()) or ["*"]
    expected = [
        entry
        for entry in folder.iterdir()
        if not entry.name.startswith(".")
        and (
            entry.is_dir() or model.nameFilterDisables() or any(fnmatch(entry.name, pat) for pat in patterns)
        )
    ]
    return model.rowCount(root) == len(expected)


def when_message_box(handler, timeout_ms: int = 10000):
    """``handler(box)`` for the next message box, waiting past a file dialog that comes first."""
    when_modal(handler, timeout_ms, kind=QMessageBox)


def message_box_answer(button):
    def handle(box):
        assert isinstance(box, QMessageBox), type(box)
        box.button(button).click()

    when_modal(handle)


def lock_by_hanne(path: Path) -> None:
    """The file is open in another window: hanne's lock on PC-HR-07 since 27.11.2026 09:12."""
    import json

    from ishoj_mus.storage.filelock import lock_path_for

    owner = {
        "user": "hanne",
        "host": "PC-HR-07",
        "pid": 1,
        "since": "2026-11-27T09:12:00+01:00",
        "token": "x",
    }
    lock_path_for(path).write_text(json.dumps(owner), encoding="utf-8")


def pdf_text(path: Path | bytes, first: int | None = None, last: int | None = None) -> str:
    """The text of a PDF (pages ``first``..``last``, counted from 1, both included), one line of
    the page per line, pages separated by a form feed – what ``pdftotext`` gives, without it."""
    import pypdfium2

    document = pypdfium2.PdfDocument(path if isinstance(path, bytes) else Path(path).read_bytes())
    try:
        start = (first or 1) - 1
        stop = len(document) if last is None else last
        pages = []
        for index in range(start, stop):
            page = document[index]
            textpage = page.get_textpage()
            text = textpage.get_text_bounded().replace("\r\n", "\n").replace("\r", "\n")
            pages.append(text.replace("\x02", "-"))  # pdfium's mark for a hyphen it takes as a break
            textpage.close()
            page.close()
        return "\f".join(pages)
    finally:
        document.close()


def flat_pdf_text(path: Path | bytes) -> str:
    """The PDF's text with every run of white space as one space: a sentence read across lines."""
    return " ".join(pdf_text(path).split())


def loose(text: str) -> str:
    """``text`` without white space, hyphens and dashes: a PDF breaks a line anywhere and a word
    at a hyphen, so texts are compared this way."""
    return re.sub(r"[\s\-–]", "", text)


def loose_pdf_text(path: Path | bytes) -> str:
    """The PDF's text, :func:`loose`."""
    return loose(pdf_text(path))


def pdf_words(path: Path | bytes, page: int = 1) -> list[tuple[str, float, float]]:
    """The words of one page (counted from 1) in reading order, each with its top and bottom in
    points from the top of the page (what ``pdftotext -bbox`` gives)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(path if isinstance(path, bytes) else Path(path).read_bytes())
    try:
        pdf_page = document[page - 1]
        height = pdf_page.get_height()
        textpage = pdf_page.get_textpage()
        words: list[tuple[str, float, float]] = []
        chars: list[str] = []
        top, bottom = float("inf"), float("-inf")
        for index in range(textpage.count_chars()):
            char = textpage.get_text_range(index, 1)
            if char.isspace() or not char:
                if chars:
                    words.append(("".join(chars), top, bottom))
                chars, top, bottom = [], float("inf"), float("-inf")
                continue
            _left, low, _right, high = textpage.get_charbox(index)
            chars.append(char)
            top, bottom = min(top, height - high), max(bottom, height - low)
        if chars:
            words.append(("".join(chars), top, bottom))
        textpage.close()
        pdf_page.close()
        return words
    finally:
        document.close()


def peak_memory_mb() -> float:
    """The most memory this process has held so far, in MiB (Unix: ru_maxrss; Windows: the peak
    working set), so a test can say how much a step made it grow."""
    import sys

    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [
                ("cb", wintypes.DWORD),
                ("PageFaultCount", wintypes.DWORD),
                ("PeakWorkingSetSize", ctypes.c_size_t),
                ("WorkingSetSize", ctypes.c_size_t),
                ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
                ("QuotaPagedPoolUsage", ctypes.c_size_t),
                ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                ("PagefileUsage", ctypes.c_size_t),
                ("PeakPagefileUsage", ctypes.c_size_t),
            ]

        counters = Counters()
        counters.cb = ctypes.sizeof(Counters)
        process = ctypes.windll.kernel32.GetCurrentProcess()  # type: ignore[attr-defined]
        ctypes.windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb)  # type: ignore[attr-defined]
        return counters.PeakWorkingSetSize / 1024 / 1024
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # macOS: bytes, Linux: KiB


# -- clicking as a person does: the page scrolled to the widget first --------------------------
LEFT = Qt.MouseButton.LeftButton


def fill_new_dialog(qtbot):
    """Answer the next "Ny samtale" dialog as a person does: the names typed, then OK."""

    def handle(dialog):
        for edit, text in (
            (dialog.employee, "Åse Øberg"), (dialog.job_title, "Social- og sundhedsassistent"),
            (dialog.workplace, "Plejecenter Ishøjhus"), (dialog.leader, "Bjørn Ærø"),
            (dialog.leader_title, "Afdelingsleder"), (dialog.place, "Mødelokale 2"),
        ):  # fmt: skip
            qtbot.mouseClick(edit, LEFT)
            qtbot.keyClicks(edit, text)
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    when_modal(handle)


def scroll_to(widget):
    """Scroll the page so the widget is on screen, as a user would before clicking."""
    parent = widget.parent()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parent()
    if parent is not None:
        parent.ensureWidgetVisible(widget)


def click(qtbot, widget):
    scroll_to(widget)
    qtbot.mouseClick(widget, LEFT)


def click_into(qtbot, widget):
    scroll_to(widget)
    target = widget.viewport() if isinstance(widget, QPlainTextEdit) else widget
    qtbot.mouseClick(target, LEFT)


def followups_editor(window) -> FollowupsEditor:
    """The agreements editor of the window's 'Siden sidst' step (the step shown on the way)."""
    view = window.view
    for index in range(len(view.conv.form.steps)):
        view.step_list.setCurrentRow(index)
        page = view.current_page()
        if isinstance(page, FieldsPage):
            for editor in page.editors:
                if isinstance(editor, FollowupsEditor):
                    return editor
    raise AssertionError("no 'Siden sidst' step")


def answer_box(seen: list, button=QMessageBox.StandardButton.Ok):
    """Answer the next modal message box with ``button`` (or its first), noting its text in ``seen``."""

    def handle(box):
        assert isinstance(box, QMessageBox), type(box)
        seen.append(box.text())
        (box.button(button) or box.buttons()[0]).click()

    when_modal(handle)


def voice_of_line(text: str, needle: str) -> str:
    """The voice label printed on the same line as ``needle`` (a row of the table is one line of text); the
    first line with both wins (the cover may quote a text without the label)."""
    lines = [line for line in text.splitlines() if needle in line]
    assert lines, f"{needle!r} not in the PDF"
    for line in lines:
        labels = [label for label in ("MEDARBEJDER", "LEDER", "FÆLLES") if label in line]
        if labels:
            assert len(labels) == 1, line
            return labels[0]
    return ""


def add_own_step(qtbot, window, view, step_id: str, title: str) -> None:
    view.go_to_field(step_id)
    panel = next(
        e for e in view.current_page().editors if isinstance(e, TopicsPanel) and e.step_id == step_id
    )

    def fill(dialog):
        qtbot.keyClicks(dialog.title, title)
        qtbot.mouseClick(
            dialog.own, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.own.height() // 2)
        )  # its round indicator
        assert dialog.own.isChecked()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_modal(fill)
    click(qtbot, panel.add)
    reactivate(qtbot, window)


def draw(pad, points):
    """Press, drag and release the left button across the pad (QTest can't drag with a button held)."""

    def send(kind, x, y, buttons):
        event = QMouseEvent(
            kind,
            QPointF(x, y),
            pad.mapToGlobal(QPointF(x, y)),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(pad, event)

    (x0, y0), *rest = points
    send(QEvent.Type.MouseButtonPress, x0, y0, Qt.MouseButton.LeftButton)
    for x, y in rest:
        send(QEvent.Type.MouseMove, x, y, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, *rest[-1], Qt.MouseButton.NoButton)


def sign(qtbot, party, wiggle: int):
    pts = [(20 + i * 12, 60 + ((i * wiggle) % 40)) for i in range(20)]
    draw(party.pad, pts)
    assert party.pad.has_drawing()
    assert not party.sign_button.isEnabled()  # not before confirming
    qtbot.mouseClick(party.confirm, Qt.MouseButton.LeftButton)
    assert party.sign_button.isEnabled()
    qtbot.mouseClick(party.sign_button, Qt.MouseButton.LeftButton)


def printed_pages(path: Path) -> list:
    import pypdfium2

    document = pypdfium2.PdfDocument(path.read_bytes())
    pages = [document[i].render(scale=0.3).to_pil() for i in range(len(document))]
    document.close()
    return pages


def print_into(qtbot, target: Path) -> None:
    """Answer the print dialog as someone choosing 'print to a PDF file'."""
    from PySide6.QtPrintSupport import QPrintDialog

    def answer(dialog):  # the progress dialog comes first; when_modal waits for the print dialog
        from PySide6.QtWidgets import QComboBox, QLineEdit

        printers = dialog.findChild(QComboBox, "printers")
        # "Udskriv til fil (PDF)": Qt's own PDF printer, present on every machine
        pdf = [i for i in range(printers.count()) if "PDF" in printers.itemText(i)]
        printers.setCurrentIndex(pdf[-1])
        name = dialog.findChild(QLineEdit, "filename")
        name.setText(str(target))
        dialog.accept()

    when_modal(answer, 30000, kind=QPrintDialog)


def wheel(widget: QWidget, notches: int = -1) -> None:
    """One wheel turn with the pointer over ``widget`` (negative: scroll down)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def value_controls(root: QWidget) -> list[QWidget]:
    found = []
    for kind in (QComboBox, QAbstractSpinBox, QAbstractSlider):
        found += [w for w in root.findChildren(kind) if not isinstance(w, QScrollBar)]
    return found


def sign_by_keyboard(qtbot, party, name: str) -> None:
    reactivate(qtbot, party.window())  # offscreen, activation does not come back after a dialog
    party.typed.setFocus()
    party.typed.selectAll()
    qtbot.keyClicks(party.typed, name)
    qtbot.keyClick(party.typed, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is party.confirm
    if not party.confirm.isChecked():
        qtbot.keyClick(party.confirm, Qt.Key.Key_Space)
    qtbot.keyClick(party.confirm, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is party.sign_button
    qtbot.keyClick(party.sign_button, Qt.Key.Key_Space)


DANISH = re.compile(r"\b(er|ikke|kan|den|filen|Filen|eller|kopi|læses|tom|ufuldstændig|Prøv|Vælg)\b|[æøå]")


def in_english(say):
    """``say(tr)`` with the English translation installed; Danish again afterwards."""
    i18n.install(QApplication.instance(), "en")
    try:
        return say(i18n.tr)
    finally:
        i18n.install(QApplication.instance(), "da")


def english_window_refuses(qtbot, path: Path) -> list[str]:
    """The messages an English window shows when it is asked to open ``path`` and refuses it;
    the next window is Danish again."""
    window = open_window(qtbot, lang="en")
    try:
        seen: list[str] = []
        answer_box(seen)
        assert window.open_path(path, ask=False) is False
        return seen
    finally:
        i18n.install(QApplication.instance(), "da")


def disk_full(monkeypatch) -> None:
    """Every save from now on finds the disk full (ENOSPC where the temporary file is made)."""

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_create_owner_only", full)


def year_view(qtbot, root: Path, today: date, size: tuple[int, int] | None = None) -> OverviewView:
    """The leader's year on ``root`` as the window makes it, shown and read (its scan finished)."""
    view = OverviewView(
        str(root), today=today, load=load_any, save_calendar=save_calendar, read_pdf=read_summary_pdf
    )
    qtbot.addWidget(view)
    if size is not None:
        view.resize(*size)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.overview is not None, timeout=20000)
    return view


def button_labelled(box: QMessageBox, label: str) -> QAbstractButton:
    """The one button of ``box`` that reads ``label`` (its Alt+letter's ``&`` left out)."""
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == label.replace("&", "")]
    return button


def sign_demo_in(document) -> None:
    """Both fictional parties sign the open conversation (``demo.sign_demo``'s signatures) as the
    signing page has them sign: ``Sign`` commands through the document (a change that bypasses
    the document is an error: ChangeOutsideCommand)."""
    signed = copy.deepcopy(document.conversation)
    sign_demo(signed)
    for signature in signed.signatures.values():
        assert document.push(Sign(document.conversation, signature)), document.last_refusal
