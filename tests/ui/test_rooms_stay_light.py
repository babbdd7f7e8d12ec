"""The rooms a person opens from the window (the outputs, the preparation, the group
conversation, the leader's year) import what they need at their top (issue 25), and still
leave the heavy PDF libraries to the PDF worker: importing them all in a fresh process loads
none of reportlab, pikepdf, pyHanko or cryptography. A room that needed one at its top would
make every conversation (the signing step, the outputs) pay for it when it opens."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

ROOMS = ("outputs", "preparation", "grus", "year")
HEAVY = ("reportlab", "pikepdf", "pyhanko", "cryptography")

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


def test_the_rooms_import_no_heavy_pdf_library(user_home):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISHOJ_MUS_HOME=str(user_home))
    out = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL, ",".join(ROOMS), ",".join(HEAVY)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert "ishoj_mus.ui.outputs.outputs" in report["imported"]  # the rooms' modules were all there
    assert "ishoj_mus.ui.year.overview_view" in report["imported"]
    assert report["heavy"] == [], (
        f"a room's imports load the PDF stack into the window: {report['heavy'][:5]}"
    )
