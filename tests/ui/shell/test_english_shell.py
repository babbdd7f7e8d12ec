"""The English window's own screens read as English (issue 25, point 3; walk at 100 % and 150 %):
the start page, the menus, settings, the guide, About and the tour. Only names stay Danish – the
program's (Ishøj MUS) and the framework's (Grundlag for lederskab og følgeskab, named, not
translated). Before: the guide quoted »Prepare«, settings said 'called UBEKRÆFTET'."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QWidget,
)

from tests.helpers import open_window, when_modal

NAMES = re.compile(r"Ishøj MUS|Grundlag for lederskab og følgeskab|Mette Hansen|Jonas Kristensen|kerneopgave")
DANISH = re.compile(
    r"[æøåÆØÅ»«]|\b(og|ikke|hvad|hvordan|jeres|jer|vi|jeg|du|der|som|til|med|det|af|på|er|eller|"
    r"samtalen|trin|aftaler|svar|gem|luk|mappe|udgave|referat|underskrift|forberedelse)\b",
    re.IGNORECASE,
)


def _texts(top: QWidget) -> list[str]:
    found = [top.windowTitle()]
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisibleTo(top) or w.property("quotation"):
            continue
        found += [w.toolTip(), w.accessibleName()]
        if isinstance(w, QLabel):
            found.append(re.sub(r"<[^>]+>", " ", w.text()))
        elif isinstance(w, QAbstractButton):
            found.append(w.text())
        elif isinstance(w, QGroupBox):
            found.append(w.title())
        elif isinstance(w, QTextBrowser):
            found.append(w.toPlainText())
        elif isinstance(w, QLineEdit):
            found.append(w.placeholderText())
    return [t for t in found if t]


def _danish(texts: list[str]) -> list[str]:
    return [t for t in texts if DANISH.search(NAMES.sub("", t))]


def _in_dialog(qtbot, open_it) -> list[str]:
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        seen.extend(_texts(dialog))
        dialog.reject()

    when_modal(read)
    open_it()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    return seen


def test_the_english_window_s_own_screens_have_no_danish(qtbot):
    window = open_window(qtbot, lang="en")
    try:
        problems = _danish(_texts(window))
        for action in window.menuBar().actions():
            problems += _danish([action.text(), *(a.text() for a in action.menu().actions())])
        problems += _danish(_in_dialog(qtbot, window.open_settings))
        problems += _danish(_in_dialog(qtbot, window.show_guide))
        problems += _danish(_in_dialog(qtbot, window.about))
        window.open_demo()
        problems += _danish(_in_dialog(qtbot, window.start_tour))
        assert problems == [], "\n".join(problems)
    finally:
        if getattr(window, "document", None) is not None:
            window.document.mark_clean()


def test_each_english_menu_has_one_item_per_mnemonic(qtbot):
    """Walk of issue 25: in the English File menu Alt+F, P was one of five items (Protect, Show
    PDF, Print, development plan, Prepare), O, H, C and B two or three, and the View menu's N two;
    a letter shared only moves between the items. Each letter now opens one item."""
    window = open_window(qtbot, lang="en")
    window.ensure_actions()
    seen = 0
    for top in window.menuBar().actions():
        texts = [a.text() for a in top.menu().actions() if not a.isSeparator()]
        seen += len(texts)
        letters = [re.search(r"&(\w)", t) for t in texts]
        assert all(letters), texts
        keys = [m.group(1).lower() for m in letters if m]
        assert len(set(keys)) == len(keys), (top.text(), texts)
    assert seen > 25  # every menu's items, not menus still empty
