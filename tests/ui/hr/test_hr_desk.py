"""HR's desk in the window: the table says what each of 28 files really is, filing copies only
what may be filed, and no checked file is ever changed."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ishoj_mus.text import format_datetime
from tests.helpers import folder_snapshot, open_window

VERDICT_WORDS = {
    "GYLDIG": "GYLDIG",
    "UBEKRÆFTET": "UBEKRÆFTET",
    "ÆNDRET": "ÆNDRET",
    "ULÆSELIG": "ULÆSELIG",
    "IKKE UNDERSKREVET": "IKKE UNDERSKREVET",
}
PAPER_WORDS = {
    "hr_referat": "HR-udgave (referat)",
    "medarbejderens_eksemplar": "Medarbejderens eksemplar",
    "udkast": "Udkast",
    "udviklingsplan": "Udviklingsplan (uddrag)",
    "forberedelsesark": "Forberedelsesark",
    "ukendt": "Ikke vores / ukendt",
}


@pytest.fixture
def desk(qtbot, hr_folder, monkeypatch):
    monkeypatch.setenv("ISHOJ_MUS_ORGANISATION", str(hr_folder.profile))
    window = open_window(qtbot)
    window.start_page.hr_button.click()
    view = window.hr_desk
    assert view is not None and window.stack.currentWidget() is view
    return window, view


def _check(qtbot, view, paths):
    with qtbot.waitSignal(view.check_finished, timeout=180_000):
        view.check_paths(paths)


def test_the_table_says_what_each_file_really_is(qtbot, desk, hr_folder, tmp_path):
    window, view = desk
    before = folder_snapshot(hr_folder.folder)
    _check(qtbot, view, [hr_folder.folder])
    rows = {row["file"]: row for row in view.row_texts()}
    assert set(rows) == set(hr_folder.expected)
    for name, want in hr_folder.expected.items():
        row = rows[name]
        word = VERDICT_WORDS[want.verdict]
        assert row["verdict"].startswith(word), (name, row["verdict"])
        if want.edition == "medarbejderens_eksemplar":
            assert row["verdict"] == "GYLDIG (eksemplar)"
        if want.verdict != "ÆNDRET":
            assert row["paper"] == PAPER_WORDS[want.edition], (name, row["paper"])
        if want.employee and want.verdict != "ÆNDRET":
            assert row["employee"] == want.employee
        if want.verdict in ("GYLDIG", "UBEKRÆFTET"):
            assert row["leader"] == "Jonas Kristensen"
        if want.version is not None:
            assert row["version"].startswith(str(want.version)), (name, row["version"])
    # who signed, and whether that is the conversation's leader
    assert (
        rows["MUS_05_Brøndum.pdf"]["signer"] == "Jonas Kristensen"
        and rows["MUS_05_Brøndum.pdf"]["is_leader"] == "Ja"
    )
    assert rows["MUS_Holm_rettet.pdf"]["is_leader"] == "NEJ"
    # the version, what it replaces, and the newer version in the batch
    replaced = datetime.fromisoformat(hr_folder.expected["MUS_01_Hansen_v2.pdf"].replaces_signed_at)
    assert (
        rows["MUS_01_Hansen_v2.pdf"]["version"]
        == f"2 (erstatter 1, underskrevet {format_datetime(replaced.astimezone())})"
    )
    assert rows["MUS_01_Hansen.pdf"]["newer"] == "Ja: version 2 i »MUS_01_Hansen_v2.pdf«"
    assert rows["MUS_01_Hansen_v2.pdf"]["newer"] == "Nej"
    assert rows["MUS_05_Brøndum.pdf"]["date"] == "05.11.2026"
    # what filing would do, before anything is filed
    assert rows["MUS_05_Brøndum.pdf"]["filing"] == "Kan journaliseres"
    assert rows["MUS_Holm_rettet.pdf"]["filing"] == "Kun hvis du vælger det"
    assert rows["MUS_01_Hansen.pdf"]["filing"] == "Nej: nyere version i bunken"
    assert rows["kopi_af_Al-Sayed.pdf"]["filing"] == "Nej: samme fil som en anden"
    assert rows["MUS_02_Jensen.pdf"]["filing"] == "Nej: ændret efter underskrivningen"
    assert rows["udkast_Thomsen.pdf"]["filing"] == "Nej: ikke et underskrevet referat"
    assert rows["referat.pdf.docx"]["filing"] == "Nej: kan ikke læses"
    # colour is never alone: the verdict cell has words, a colour and an accessible text
    model = view.model
    for r in range(model.rowCount()):
        cell = model.item(r, 0)
        assert cell.text() and cell.background().color().isValid()
        assert cell.data(Qt.ItemDataRole.AccessibleTextRole).startswith(cell.text())

    # the details pane shows everything verify says about the chosen file
    row_index = next(
        i
        for i in range(view.proxy.rowCount())
        if view.proxy.index(i, view.COLUMNS.index("file")).data() == "MUS_01_Hansen_v2.pdf"
    )
    view.table.selectRow(row_index)
    details = view.details.toPlainText()
    assert "Papir: HR-udgaven af referatet" in details and "Samtale: " in details
    assert "Erstatter version 1 i »MUS_01_Hansen.pdf«, som også er i bunken." in details
    assert "kle: 81.03.00" in details

    # filing: only the valid HR editions; the unconfirmed one only when chosen (here: not)
    asked: list[int] = []
    monkey_folder = tmp_path / "journal"
    view.ask_include_unconfirmed = lambda n: asked.append(n) or False
    view.ask_filing_folder = lambda: str(monkey_folder)
    said: list[str] = []
    view.filing_done = said.append
    view.prepare_filing()
    assert asked == [1] and said and "klar til journalisering" in said[0]
    filed = sorted(p.name for p in monkey_folder.glob("*.pdf"))
    assert filed == sorted(e.filed_name for e in hr_folder.expected.values() if e.filed)
    assert len(list(monkey_folder.glob("manifest_*.csv"))) == 1
    rows = {row["file"]: row for row in view.row_texts()}
    want_v2 = hr_folder.expected["MUS_01_Hansen_v2.pdf"].filed_name
    assert rows["MUS_01_Hansen_v2.pdf"]["filing"] == f"Journaliseret som {want_v2}"
    assert rows["MUS_Holm_rettet.pdf"]["filing"] == "Nej: UBEKRÆFTET"
    assert folder_snapshot(hr_folder.folder) == before  # nothing checked or filed was changed


def test_keyboard_only_and_cancel(qtbot, desk, hr_folder):
    window, view = desk
    _check(qtbot, view, [hr_folder.folder / "MUS_05_Brøndum.pdf", hr_folder.folder / "MUS_06_Kløvedal.pdf"])
    view.table.setFocus()
    assert view.table.currentIndex().row() == 0  # the first file is chosen when the check ends
    first = view.details.toPlainText()
    QTest.keyClick(view.table, Qt.Key.Key_Down)
    second = view.details.toPlainText()
    assert first and second and first.splitlines()[0] != second.splitlines()[0]  # the details follow
    QTest.keyClick(view.table, Qt.Key.Key_Tab)
    assert view.details.hasFocus()  # Tab leaves the table for the details
    for widget in (
        view.files_button,
        view.folder_button,
        view.again_button,
        view.file_button,
        view.table,
        view.details,
    ):
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        name = widget.accessibleName() or (widget.text() if hasattr(widget, "text") else "")
        assert name, widget

    # cancel: the check stops, what was checked stays, the buttons come back
    many = sorted(hr_folder.folder.glob("MUS_*.pdf"))
    with qtbot.waitSignal(view.check_finished, timeout=180_000):
        view.check_paths(many)
        assert view.busy() and view.cancel_button.isEnabled()
        qtbot.waitUntil(lambda: view.progress.value() >= 1, timeout=60_000)
        QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not view.busy() and view.files_button.isEnabled()
    assert 1 <= view.model.rowCount() <= len(many)
    assert all(not row["verdict"].startswith("Venter") for row in view.row_texts())


def test_english_words(qtbot, hr_folder, monkeypatch):
    monkeypatch.setenv("ISHOJ_MUS_ORGANISATION", str(hr_folder.profile))
    window = open_window(qtbot, lang="en")
    window.start_page.hr_button.click()
    view = window.hr_desk
    _check(qtbot, view, [hr_folder.folder / "MUS_05_Brøndum.pdf", hr_folder.folder / "MUS_Holm_rettet.pdf"])
    rows = {row["file"]: row for row in view.row_texts()}
    assert (
        rows["MUS_05_Brøndum.pdf"]["verdict"] == "VALID"
        and rows["MUS_05_Brøndum.pdf"]["paper"] == "HR edition (minutes)"
    )
    assert (
        rows["MUS_Holm_rettet.pdf"]["verdict"] == "UNCONFIRMED"
        and rows["MUS_Holm_rettet.pdf"]["is_leader"] == "NO"
    )
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Check"


def test_dropping_files_checks_them(qtbot, desk, hr_folder):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    _window, view = desk
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(hr_folder.folder / n))
            for n in ("MUS_05_Brøndum.pdf", "forberedelsesark.pdf")
        ]
    )
    enter = QDragEnterEvent(
        QPointF(10, 10).toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(view.check_finished, timeout=180_000):
        view.dropEvent(drop)
    rows = {row["file"]: row for row in view.row_texts()}
    assert rows["MUS_05_Brøndum.pdf"]["verdict"] == "GYLDIG"
    assert rows["forberedelsesark.pdf"]["paper"] == "Forberedelsesark"


@pytest.mark.parametrize(
    ("zoom", "lang", "live"), [(150, "da", False), (150, "en", False), (100, "da", False), (150, "da", True)]
)
def test_no_text_in_the_table_is_cut(qtbot, hr_folder, monkeypatch, zoom, lang, live):
    """Readable at 150 %: every cell's text fits its column (the last column stretches)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFontMetrics

    monkeypatch.setenv("ISHOJ_MUS_ORGANISATION", str(hr_folder.profile))
    window = open_window(qtbot, lang=lang)
    if not live:
        window.settings.zoom = zoom
        window.apply_zoom()
    window.start_page.hr_button.click()
    view = window.hr_desk
    _check(qtbot, view, [hr_folder.folder])
    if live:  # zoomed while the table is shown
        window.settings.zoom = zoom
        window.apply_zoom()
    QCoreApplication.processEvents()
    fm = QFontMetrics(view.table.font())
    for column in range(len(view.COLUMNS) - 1):
        width = view.table.columnWidth(column)
        for row in range(view.model.rowCount()):
            text = view.model.item(row, column).text()
            assert fm.horizontalAdvance(text) <= width - 4, (view.COLUMNS[column], text, width)
    assert fm.height() * 1.0 <= view.table.rowHeight(0)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_desk_s_shortcut_letters_clash_with_nothing(qtbot, lang):
    """Alt+letter reaches each button: no two share a letter, and none is a menu's letter."""
    window = open_window(qtbot, lang=lang)
    window.start_page.hr_button.click()
    view = window.hr_desk

    def letter(text: str) -> str:
        at = text.replace("&&", "").find("&")
        return text.replace("&&", "")[at + 1].lower() if at >= 0 else ""

    menus = {letter(a.text()) for a in window.menuBar().actions()}
    buttons = [view.files_button, view.folder_button, view.again_button, view.cancel_button, view.file_button]
    letters = [letter(b.text()) for b in buttons]
    assert all(letters) and len(set(letters)) == len(letters), letters
    assert not set(letters) & menus, (letters, menus)
