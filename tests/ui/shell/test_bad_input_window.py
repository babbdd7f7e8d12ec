"""Bad input in the window: a clear Danish message, nothing lost, no traceback."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.helpers import open_window, when_modal


def answer_and_remember(seen: dict):
    def handle(box):
        assert isinstance(box, QMessageBox)
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(handle)


def test_opening_a_broken_file_explains_and_leaves_it_alone(qtbot, tmp_path):
    broken = tmp_path / "MUS_2025_Hansen.mus"
    broken.write_bytes(b'{"format": "ishoj-mus", "version": 2, "conversation": {')
    before = broken.read_bytes()
    window = open_window(qtbot)
    seen: dict = {}
    answer_and_remember(seen)
    assert window.open_path(broken, ask=False) is False
    assert seen["title"] == "Samtalen kunne ikke åbnes"
    assert "ufuldstændig" in seen["text"] and "MUS_2025_Hansen.mus" in seen["text"]
    assert window.view is None and broken.read_bytes() == before


def test_a_failed_save_keeps_the_work_and_says_what_to_do(qtbot, tmp_path, demo):
    window = open_window(qtbot)
    window.show_conversation(demo, tmp_path / "findes-ikke" / "samtale.mus", dirty=True)
    seen: dict = {}
    answer_and_remember(seen)
    assert window.save() is False
    assert seen["title"] == "Samtalen blev ikke gemt"
    assert "findes ikke" in seen["text"] and "Intet er gået tabt" in seen["text"]
    assert window.isWindowModified() and window.view.conv is demo
