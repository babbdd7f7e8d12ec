"""The rooms a person opens from the window (the outputs, the preparation, the group
conversation, the leader's year, HR's desk) import what they need at their top (issue 25), and still
leave the heavy libraries to where they are used:

- reportlab, pikepdf and pyHanko to the PDF worker (the leader's year reads a summary PDF's
  data with pikepdf in its reading thread, not when its modules are imported);
- cryptography to opening an organisation's certificate (ui/outputs/organisation_key.py, the
  seam's "certificate" room);
- PDFium (pypdfium2) to the preview and printing (ui/outputs/print_support.py, "printing").

So importing every module of the five rooms loads none of the first three, and a conversation
open in the window, on its signing step, with the PDF worker's runner made as when the window is
idle and the outputs made as for a first PDF, has loaded none of the five.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

ROOMS = ("outputs", "preparation", "grus", "year", "hr")
HEAVY = ("reportlab", "pikepdf", "pyhanko")
WITH_A_CONVERSATION = (*HEAVY, "cryptography", "pypdfium2")

IMPORT_ALL = r"""
import importlib, json, pkgutil, sys
rooms, heavy = sys.argv[1].split(","), sys.argv[2].split(",")
imported = []
for room in rooms:
    package = importlib.import_module(f"ishoj_mus.ui.{room}")
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
        imported.append(info.name)
print(json.dumps({"imported": imported, "heavy": sorted(m for m in sys.modules if m.split(".")[0] in heavy)}))
"""

CONVERSATION = r"""
import json, sys
from PySide6.QtCore import QTimer
from ishoj_mus.ui.shell.app import make_window
heavy = sys.argv[1].split(",")
app, window = make_window()
window.show()
def go():
    window.open_demo()
    view = window.view
    view.go(len(view.conv.form.steps) - 1)  # the signing step: its page and what HR gets
    app.processEvents()
    window._warm_pdf()  # what the window does once idle (the worker itself is off: see env)
    window.outputs  # made as for a first PDF (signed with the personal key: no certificate opened)
    loaded = sorted(m for m in ("ishoj_mus.ui.outputs.signing", "ishoj_mus.ui.outputs.pdf_actions", "ishoj_mus.ui.outputs.outputs") if m in sys.modules)
    print(json.dumps({"loaded": loaded, "heavy": sorted(m for m in sys.modules if m.split(".")[0] in heavy)}))
    window.dirty = False
    app.quit()
QTimer.singleShot(0, go)
app.exec()
"""


def _run(code: str, user_home, *args: str) -> dict:
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", ISHOJ_MUS_HOME=str(user_home), ISHOJ_MUS_PDF_WORKER="0"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_rooms_modules_load_no_heavy_library(user_home):
    report = _run(IMPORT_ALL, user_home, ",".join(ROOMS), ",".join(HEAVY))
    assert "ishoj_mus.ui.outputs.outputs" in report["imported"]  # the rooms' modules were all there
    assert "ishoj_mus.ui.year.overview_view" in report["imported"]
    assert report["heavy"] == [], f"a room's imports load into the window: {report['heavy'][:5]}"


def test_a_conversation_on_its_signing_step_loads_no_pdf_library(user_home):
    report = _run(CONVERSATION, user_home, ",".join(WITH_A_CONVERSATION))
    assert report["loaded"] == [
        "ishoj_mus.ui.outputs.outputs",
        "ishoj_mus.ui.outputs.pdf_actions",
        "ishoj_mus.ui.outputs.signing",
    ]
    assert report["heavy"] == [], f"opening a conversation loads: {report['heavy'][:5]}"
