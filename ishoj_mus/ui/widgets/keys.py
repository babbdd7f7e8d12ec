"""The key sequences of the program's actions, declared once (issue 25).

The main window's action table (``ui/shell/menus.py``), the GRUS window's (``ui/grus/actions.py``)
and the few views with shortcuts of their own (the HR desk, the leader's year, the print
preview) take an action's keys from here by the action's name. So an action has the same keys
in every window, and a key never means one thing in one window and another in the next:
``tests/ui/test_keys.py`` holds the windows to it.

Named after what the action does, as the QAction's object name: ``KEYS["redo"]``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Keys = tuple[str | QKeySequence.StandardKey, ...]

_KEY = QKeySequence.StandardKey

KEYS: dict[str, Keys] = {
    # files
    "new": (_KEY.New,),
    "open": (_KEY.Open,),
    "save": (_KEY.Save,),
    "saveAs": ("Ctrl+Shift+S",),
    "preview": ("Ctrl+Shift+P",),  # the referat as a PDF, before signing
    "print": (_KEY.Print,),
    "overview": ("Ctrl+Shift+O",),
    "hrDesk": ("Ctrl+Shift+K",),  # »Kontrollér referater«
    "bringInPreparation": ("Ctrl+Shift+I",),  # one preparation (MUS), all of them (GRUS)
    "close": ("Ctrl+W", "Ctrl+F4"),  # the conversation (and the GRUS window with it)
    "quit": ("Ctrl+Q",),
    # editing
    "undo": (_KEY.Undo,),
    "redo": ("Ctrl+Y", "Ctrl+Shift+Z"),
    # moving and seeing
    "nextStep": ("Ctrl+PgDown", "Alt+Right"),  # the next step (MUS), the next part (GRUS)
    "prevStep": ("Ctrl+PgUp", "Alt+Left"),
    "zoomIn": (_KEY.ZoomIn, "Ctrl+="),
    "zoomOut": (_KEY.ZoomOut,),
    "zoomReset": ("Ctrl+0",),
    "framework": ("F9",),
    "highContrast": ("Ctrl+Shift+H",),  # the GRUS window, for the projector
    "refresh": (_KEY.Refresh,),  # read the folder or the files again (the leader's year, the HR desk)
    "cancel": ("Escape",),  # stop what is running (the HR desk's check)
    # settings and help
    "settings": (_KEY.Preferences,),
    "guide": ("F1",),
}


def keys(name: str) -> Keys:
    """The keys of the action ``name``; none when it has none."""
    return KEYS.get(name, ())


def sequences(name: str) -> list[QKeySequence]:
    return [QKeySequence(k) for k in keys(name)]


def key_shortcuts(name: str, parent: QWidget, run: Callable[[], object]) -> list[QShortcut]:
    """The keys of ``name`` in a view or dialog without menus (the HR desk, the leader's year, the
    print preview): one shortcut per key, named ``name`` as an action would be."""
    made = []
    for sequence in sequences(name):
        shortcut = QShortcut(sequence, parent)
        shortcut.setObjectName(name)
        shortcut.activated.connect(run)
        made.append(shortcut)
    return made
