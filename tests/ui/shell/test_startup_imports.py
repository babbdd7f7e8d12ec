"""What the program imports before its first frame is decided in ui/shell/startup.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from ishoj_mus.ui.shell import startup
from tests.conftest import ROOT

FIRST_FRAME = r"""
import json, sys
from ishoj_mus.ui.shell.app import make_window
from ishoj_mus.ui.shell.first_frame import after_first_frame
app, window = make_window()
def done():
    print(json.dumps(sorted(sys.modules)))
    window.dirty = False
    app.quit()
window.show()
after_first_frame(window, done)
app.exec()
"""


def _modules_at_first_frame(user_home) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISHOJ_MUS_HOME=str(user_home))
    out = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_first_frame_imports_only_what_startup_allows(user_home):
    modules = _modules_at_first_frame(user_home)
    ours = {m for m in modules if m == "ishoj_mus" or m.startswith("ishoj_mus.")}
    assert ours <= startup.FIRST_FRAME, (
        f"imported before the first frame: {sorted(ours - startup.FIRST_FRAME)}"
    )
    early = [m for m in modules if m not in startup.FIRST_FRAME
             and (m.startswith(tuple(p + "." for p in startup.NEVER_BEFORE_FIRST_FRAME))
                  or m in startup.NEVER_BEFORE_FIRST_FRAME)]  # fmt: skip
    assert not early, f"must wait for the first frame: {early}"
    assert len(modules) <= startup.MODULE_BUDGET, f"{len(modules)} modules at the first frame"
