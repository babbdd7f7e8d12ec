"""Test setup: Qt offscreen, and every user folder moved into a temporary directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# PDFs are still made in the worker process, but it is started when a PDF is asked for, not in
# the background behind every window a test opens (tests/ui/outputs/test_pdf_worker.py checks that).
os.environ.setdefault("ISHOJ_MUS_PDF_WARMUP", "0")
os.environ["ISHOJ_MUS_HOME"] = str(Path(os.environ.get("TMPDIR", "/tmp")) / f"ishoj-mus-tests-{os.getpid()}")
# No organisation profile unless a test deploys one (never the machine's own), and never the
# real OS credential store: keyring's always-failing backend, also in child processes.
os.environ["ISHOJ_MUS_ORGANISATION"] = ""
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

# Qt's own file dialogs, so tests can type into them on every platform.
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)

ROOT = Path(__file__).resolve().parents[1]
# A word-for-word copy of shared/framework/framework.md (the structured source the program quotes),
# kept in the repository so the quotation test always runs.
FRAMEWORK_SOURCE = ROOT / "tests" / "data" / "framework-source.md"


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory, monkeypatch) -> Path:
    """Never touch the real user folders: each test gets its own – beside its ``tmp_path``, not in
    it, so a test that lists its folder sees only what it made there (the program keeps parsed
    forms in the user's cache folder, storage/parsed_cache.py)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ISHOJ_MUS_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def danish_window_afterwards():
    """Every test starts with the window in Danish: a test that switches the window to English
    (``i18n.install(app, "en")``) left the translation installed, and a later test reading Danish
    words failed – depending on the order the tests ran in."""
    yield
    i18n = sys.modules.get("ishoj_mus.ui.widgets.i18n")
    if i18n is None or i18n.language() == "da":
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        i18n.install(app, "da")


@pytest.fixture
def demo():
    from ishoj_mus.demo import demo_conversation

    return demo_conversation()


@pytest.fixture
def signed_demo():
    from ishoj_mus.demo import demo_conversation, sign_demo

    conv = demo_conversation()
    sign_demo(conv)
    return conv


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None):
    """Run ``python -m ishoj_mus`` in a subprocess; returns CompletedProcess."""
    import subprocess

    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "ishoj_mus", *args],
        cwd=cwd or ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="session")
def year_folder(tmp_path_factory):
    """A leader's folder of conversations (tests/year_folder.py), built once per run (it makes
    three signed PDFs); tests must not change it. Used by tests/overview and tests/ui/year."""
    from tests.year_folder import build_year_folder

    return build_year_folder(tmp_path_factory.mktemp("leder") / "Samtaler")


@pytest.fixture(scope="session")
def hr_folder(tmp_path_factory):
    """HR's in-tray of 28 mixed files (tests/hr_folder.py), made once per session."""
    from tests.hr_folder import build

    root = tmp_path_factory.mktemp("hr")
    old_home = os.environ.get("ISHOJ_MUS_HOME")
    os.environ["ISHOJ_MUS_HOME"] = str(root / "home")  # the forger's self-made key lives here
    try:
        return build(root)
    finally:
        if old_home is not None:
            os.environ["ISHOJ_MUS_HOME"] = old_home
