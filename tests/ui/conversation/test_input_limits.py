"""The window cannot make what the loader refuses (issue #24): every editor keeps within its
part's declared bound, and a paste or a key beyond it is cut or refused with a calm line that
says so. A long paste used to be saved without a word and then refused on opening."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from ishoj_mus.domain.codes import Voice
from ishoj_mus.storage import musfile
from ishoj_mus.ui.conversation.fields import TextAnswer
from ishoj_mus.ui.widgets.limits import LimitNotice
from tests.helpers import open_window

LEFT = Qt.MouseButton.LeftButton


def _demo(qtbot):
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    return window, window.view


def _go(view, kind: str):
    view.go(next(i for i, s in enumerate(view.conv.form.steps) if s.kind.value == kind or s.id == kind))
    return view.current_page()


def _notice_below(editor) -> LimitNotice:
    notices = [n for n in editor.parentWidget().findChildren(LimitNotice)]
    assert notices, "no limit notice beside the editor"
    return next(n for n in notices if n.parentWidget() is editor.parentWidget())


def _paste(qtbot, editor, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    editor.setFocus()
    editor.paste()


def test_a_paste_beyond_200000_characters_is_cut_and_said_and_the_file_opens_again(qtbot, tmp_path):
    window, view = _demo(qtbot)
    page = _go(view, "udvikling")
    box = next(
        e
        for e in page.editors
        if isinstance(e, TextAnswer) and e.voice == Voice.MEDARBEJDER and e.field.kind.value == "long_text"
    )
    editor = box.editor
    editor.setPlainText("")
    notice = _notice_below(editor)
    assert not notice.isVisibleTo(box)
    _paste(qtbot, editor, "ord " * 62_500)  # 250,000 characters
    assert len(view.conv.answer(box.field.id, Voice.MEDARBEJDER)) == 200_000
    assert notice.isVisibleTo(box)
    assert notice.text() == "Her er plads til højst 200.000 tegn – resten kom ikke med."
    # a key at the limit is refused, and said
    qtbot.keyClicks(editor, "x")
    assert len(view.conv.answer(box.field.id, Voice.MEDARBEJDER)) == 200_000
    # saved, and it opens again (on the old code the answer was 250,000 characters: refused)
    path = tmp_path / "mette.mus"
    window.document.path = path
    musfile.save(view.conv, path)
    assert len(musfile.load(path).answer(box.field.id, Voice.MEDARBEJDER)) == 200_000
    # shorter again: the line goes
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert not notice.isVisibleTo(box)


def test_a_name_beyond_2000_characters_is_cut_and_said(qtbot):
    window, view = _demo(qtbot)
    page = _go(view, "participants")
    name: QLineEdit = page.emp_name
    name.selectAll()
    _paste(qtbot, name, "Mette " * 500)  # 3,000 characters
    assert len(view.conv.employee.name) == 2_000
    notice = _notice_below(name)
    assert notice.isVisibleTo(page)
    assert "2.000 tegn" in notice.text()


def test_dates_stay_within_the_years_a_file_can_hold(qtbot):
    window, view = _demo(qtbot)
    page = _go(view, "participants")
    assert page.date.maximumDate() == QDate(2999, 12, 31)
    assert page.date.minimumDate() >= QDate(1900, 1, 1)


def test_every_text_box_on_every_step_has_its_limit(qtbot):
    """A text box added later without keep_within (widgets/limits.py) fails here."""
    from ishoj_mus.ui.conversation.fields import GrowingTextEdit

    window, view = _demo(qtbot)
    seen = 0
    for index in range(view.step_list.count()):
        view.go(index)
        page = view.current_page()
        for box in page.findChildren(GrowingTextEdit):
            assert box._most > 0, (index, box.accessibleName())
            seen += 1
        for line in page.findChildren(QLineEdit):
            if line.isReadOnly() or not line.isVisibleTo(page) or line.objectName() == "qt_spinbox_lineedit":
                continue  # (a spin box's or date editor's own line: bounded by its range)
            assert line.maxLength() <= 32_767
            assert line.parentWidget().findChildren(LimitNotice), (index, line.accessibleName())
    assert seen > 20


def test_control_characters_in_a_paste_never_reach_the_file(qtbot, tmp_path):
    """Qt keeps a pasted vertical tab or escape; the conversation keeps only what a file keeps,
    so the saved file opens again without anything to repair."""
    window, view = _demo(qtbot)
    page = _go(view, "udvikling")
    box = next(
        e
        for e in page.editors
        if isinstance(e, TextAnswer) and e.voice == Voice.MEDARBEJDER and e.field.kind.value == "long_text"
    )
    box.editor.setPlainText("")
    _paste(qtbot, box.editor, "Kursus\x0b i\x1b[2J sprog\r\nog leg")
    assert view.conv.answer(box.field.id, Voice.MEDARBEJDER) == "Kursus i[2J sprog\nog leg"
    path = tmp_path / "mette.mus"
    musfile.save(view.conv, path)
    notes: list[str] = []
    assert musfile.load(path, notes) == view.conv and notes == []


def test_typing_through_an_input_method_stops_at_the_limit_too(qtbot, tmp_path):
    """Compose and dead keys, the emoji panel, Chinese …: an input method commits text without
    a key press, and at the limit it went beyond it – saving then refused the answer, and the
    recovery copy could not be restored after a crash (red team, issue #24)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from ishoj_mus.storage import recovery

    window, view = _demo(qtbot)
    page = _go(view, "udvikling")
    box = next(
        e
        for e in page.editors
        if isinstance(e, TextAnswer) and e.voice == Voice.MEDARBEJDER and e.field.kind.value == "long_text"
    )
    editor = box.editor
    editor.setPlainText("")
    _paste(qtbot, editor, "ord " * 49_999 + "ord")  # 199,999 characters: room for one more
    notice = _notice_below(editor)
    assert not notice.isVisibleTo(box)
    editor.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString("éé😀")
    QApplication.sendEvent(editor, event)
    answer = view.conv.answer(box.field.id, Voice.MEDARBEJDER)
    assert len(answer) == 200_000 and answer.endswith("ordé")
    assert notice.isVisibleTo(box)
    musfile.save(view.conv, tmp_path / "mette.mus")  # the save guard has nothing to refuse
    window.flush_autosave()
    recovery.write(view.conv, tmp_path / "mette.mus")
    assert [len(r.load().answer(box.field.id, Voice.MEDARBEJDER)) for r in recovery.pending()] == [200_000]
