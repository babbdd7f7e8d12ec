"""Why the group conversation refused a change is worded once, in the catalogue beside the
individual conversation's refusals (``text.GROUP_REFUSAL_TEXT``, issue 25): every ``GroupRule``
has its own sentence, and the English window says it in English – no Danish fallback, and no
»The change could not be made« that leaves the person guessing."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ishoj_mus.demo_grus import demo_group_conversation
from ishoj_mus.domain.codes import GroupRefused, GroupRule
from ishoj_mus.storage.forms import group_form
from ishoj_mus.ui.grus.document import GroupChange, GroupDocument, GroupPart
from ishoj_mus.ui.grus.page_parts import GroupPage, refusal_text
from ishoj_mus.ui.grus.window import GroupWindow
from ishoj_mus.ui.shell.app import make_window
from ishoj_mus.ui.widgets import i18n
from tests.helpers import DANISH


def test_the_english_group_window_says_each_refusal_in_english(qtbot) -> None:
    _app, main = make_window(lang="en")
    qtbot.addWidget(main)
    try:
        said = {code: refusal_text(GroupRefused(code, "Anna")) for code in GroupRule}
        for code, text in said.items():
            assert text and not DANISH.search(text.replace("Anna", "")), (code, text)
        assert len(set(said.values())) == len(GroupRule), said  # each its own

        window = GroupWindow(GroupDocument(demo_group_conversation(group_form())))
        qtbot.addWidget(window)
        window.show()
        page = next(p for p in window.findChildren(GroupPage))
        messages: list[str] = []
        page.message.connect(messages.append)
        assert page.edit("x", lambda g: g.member("nobody"), GroupChange(GroupPart.MEMBERS)) is False
        assert messages == ["That participant is no longer part of the conversation."]
        window.document.undo_stack.setClean()
        window.close()
    finally:
        i18n.install(QApplication.instance(), "da")
