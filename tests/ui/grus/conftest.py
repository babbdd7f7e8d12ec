"""Fixtures of the GRUS window's tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ishoj_mus.demo_grus import demo_group_conversation
from ishoj_mus.storage.forms import group_form
from ishoj_mus.ui.grus.document import GroupDocument
from ishoj_mus.ui.grus.window import GroupWindow
from tests.helpers import forget_group_changes


@pytest.fixture
def window(qtbot) -> GroupWindow:
    """The demo group conversation in its own window, shown and active (nobody is asked to save it
    at teardown)."""
    w = GroupWindow(GroupDocument(demo_group_conversation(group_form())))
    qtbot.addWidget(w, before_close_func=forget_group_changes)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    return w
