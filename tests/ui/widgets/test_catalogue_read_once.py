"""Walk 2 (/tmp/walk2/22-agreements.png): the English catalogue was read by mapping the .qm
file, so rewriting it under a running window (update_translations.py, or an update that writes
the file in place) turned the window Danish mid-conversation (»Trin 12 af 14«) and crashed it on
the next Ctrl+S (a segfault in libQt6Core). The catalogue is now read into memory once."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = textwrap.dedent(
    """
    import shutil, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    import ishoj_mus.ui.widgets.i18n as i18n
    copy = Path(sys.argv[1]) / "ishoj_mus_en.qm"
    shutil.copy(i18n.resource("translations", "ishoj_mus_en.qm"), copy)
    i18n.resource = lambda *parts: copy  # this test's own copy, never the checkout's
    app = QApplication([])
    i18n.install(app, "en")
    before = i18n.tr("Trin %1 af %2")
    with open(copy, "r+b") as f:  # rewritten in place, as a rebuild or an update does
        f.truncate(0)
        f.write(b"\\0" * 4096)
    after = [i18n.tr("Trin %1 af %2") for _ in range(3)] + [i18n.tr("Samtalen")]
    print(before, "|", " | ".join(after))
    """
)


def test_rewriting_the_catalogue_under_a_running_window_changes_nothing(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISHOJ_MUS_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    said = done.stdout.strip().splitlines()[-1]
    assert said.startswith("Step %1 of %2 | Step %1 of %2"), said
    assert "Trin" not in said, said
