"""Before anyone signs, the summary step says which characters the PDF will show as □, and where."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ishoj_mus.demo import demo_conversation
from ishoj_mus.domain.codes import Voice
from tests.helpers import open_window


def _summary(window, conv):
    window.show_conversation(conv, None)
    view = window.view
    view.go([s.id for s in conv.form.steps].index("opsummering"))
    return view, view.current_page()


def test_the_summary_step_names_the_answers_whose_characters_become_boxes(qtbot):
    conv = demo_conversation()
    conv.set_answer("trivsel", Voice.MEDARBEJDER, "Godt 🙂🙂 – og 中文")
    window = open_window(qtbot)
    view, page = _summary(window, conv)
    notice = page.boxed_notice
    assert notice.isVisible()
    text = notice.text()
    assert "Nogle tegn kan ikke vises i PDF'en" in text and "4 tegn" in text and "□" in text
    step, field = conv.form.step("trivsel").title, conv.form.field("trivsel").label
    assert f"{step}: {field} (medarbejder)</a> – 4 tegn: 🙂 中 文" in text
    # Keyboard: Tab to the link, Enter takes you to the answer.
    notice.setFocus()
    qtbot.keyClick(notice, Qt.Key.Key_Tab)
    qtbot.keyClick(notice, Qt.Key.Key_Return)
    assert conv.form.steps[view.step_list.currentRow()].id == "trivsel"


def test_no_notice_for_plain_danish_and_the_notice_in_english(qtbot):
    window = open_window(qtbot)
    _, page = _summary(window, demo_conversation())
    assert not page.boxed_notice.isVisible()

    conv = demo_conversation()
    conv.agreements[0] = conv.agreements[0].__class__(**{**conv.agreements[0].__dict__, "why": "Fordi 🚲"})
    english = open_window(qtbot, lang="en")
    try:
        _, page = _summary(english, conv)
        text = page.boxed_notice.text()
        assert page.boxed_notice.isVisible() and "will appear as □" in text and "agreement 1" in text
    finally:
        english.dirty = False
        english.close()
        from PySide6.QtCore import QCoreApplication

        from ishoj_mus.ui.widgets import i18n

        i18n.install(QCoreApplication.instance(), "da")  # the next tests are in Danish again


def test_one_character_is_singular_in_english(qtbot):
    """Walk 2: one emoji in an answer read »1 characters (such as emoji …) are not in the PDF's
    font« and »– 1 characters: 🙂«."""
    conv = demo_conversation()
    conv.set_answer("trivsel", Voice.MEDARBEJDER, "Godt 🙂")
    window = open_window(qtbot, lang="en")
    _, page = _summary(window, conv)
    text = page.boxed_notice.text()
    assert "1 character (such as an emoji" in text and "is not in the PDF's font" in text, text
    assert "– 1 character: 🙂" in text and "1 characters" not in text, text
