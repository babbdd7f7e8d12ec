"""The group's agreement table in the English window (issue 25, walk at 150 %): a new agreement's
"who" is the domain's default "Hele gruppen" – data the file and the PDFs keep in Danish – and
the English window shows it as "The whole group"; what a person types is shown as typed."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ishoj_mus.demo_grus import demo_group_conversation
from ishoj_mus.storage.forms import group_form
from ishoj_mus.ui.grus.document import GroupDocument
from ishoj_mus.ui.grus.pages import AgreementsPage
from ishoj_mus.ui.grus.window import GroupWindow
from ishoj_mus.ui.shell.app import make_window
from ishoj_mus.ui.widgets import i18n


def test_the_default_who_is_english_in_the_english_window(qtbot) -> None:
    _app, main = make_window(lang="en")
    qtbot.addWidget(main)
    window = GroupWindow(GroupDocument(demo_group_conversation(group_form())))
    qtbot.addWidget(window)
    window.show()
    try:
        page = next(
            window.pages.widget(i)
            for i in range(window.pages.count())
            if isinstance(window.pages.widget(i), AgreementsPage)
        )
        group = window.document.group
        shown = {group.agreements[r].who: page.table.item(r, 1).text() for r in range(page.table.rowCount())}
        assert shown.get("Hele gruppen") == "The whole group", shown
        assert shown.get("Camilla og Jonas") == "Camilla og Jonas", shown  # typed by a person
        assert any(a.who == "Hele gruppen" for a in window.document.group.agreements)  # the file's
    finally:
        window.document.undo_stack.setClean()
        window.document.recovered = False
        window.close()
        QApplication.processEvents()
        i18n.install(QApplication.instance(), "da")
