"""The group conversation in an English window (issue 25): the cards, their questions and the
sections show the form's English; the framework's names on a card stay Danish, marked as quoted."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication, QLabel

from ishoj_mus.demo_grus import demo_group_conversation
from ishoj_mus.storage.forms import group_form
from ishoj_mus.ui.grus.document import GroupDocument
from ishoj_mus.ui.grus.window import GroupWindow
from ishoj_mus.ui.shell.app import make_window
from ishoj_mus.ui.widgets import i18n


def test_the_group_window_shows_the_forms_english(qtbot) -> None:
    _app, main = make_window(lang="en")
    qtbot.addWidget(main)
    form = group_form()
    window = GroupWindow(GroupDocument(demo_group_conversation(form)))
    qtbot.addWidget(window)
    window.show()
    try:
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert "Well-being and working together" in nav and "The group's agreements" in nav, nav
        assert not [t for t in nav if re.search("[æøå]", t)], nav
        danish = {q for s in form.stations for q in s.questions} | {s.intro for s in form.stations}
        for i in range(window.nav.count()):
            window.nav.setCurrentRow(i)
            page = window.pages.currentWidget()
            for label in page.findChildren(QLabel):
                if label.property("quotation"):
                    assert label.text().startswith("Quoted in Danish from the framework")
                    continue
                hits = [d for d in danish if d in label.text()]
                assert not hits, (i, label.text())
        window.nav.setCurrentRow(nav.index("Well-being and working together"))
        shown = [w.text() for w in window.pages.currentWidget().findChildren(QLabel)]
        assert any("What gives us energy in the work, and what drains it?" in t for t in shown), shown
        assert window.document.group.form.station("trivsel").title == "Trivsel og samarbejde"  # the file's
    finally:
        window.document.undo_stack.setClean()
        window.document.recovered = False
        window.close()
        QApplication.processEvents()
        i18n.install(QApplication.instance(), "da")  # the next test's window is Danish again
