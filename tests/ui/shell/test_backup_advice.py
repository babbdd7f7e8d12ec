"""Issue 25 (tidy 5): a damaged conversation file advised "Prøv sikkerhedskopien (»x.mus.bak«)"
even when there was no backup beside it. The backup is advised only when it is there."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.helpers import open_window, when_modal


def _says(qtbot, path) -> str:
    window = open_window(qtbot)
    seen: list[str] = []

    def handle(box):
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(handle)
    assert window.open_path(path, ask=False) is False
    return seen[0]


def test_no_backup_is_advised_when_there_is_none(qtbot, tmp_path):
    broken = tmp_path / "MUS_2025_Hansen.mus"
    broken.write_bytes(b'{"format": "ishoj-mus", "version": 2, "conversation": {')
    text = _says(qtbot, broken)
    assert text == (
        "»MUS_2025_Hansen.mus« er ufuldstændig – den slutter midt i indholdet. Prøv en anden kopi af filen."
    )
    assert "sikkerhedskopi" not in text and ".bak" not in text


def test_the_backup_is_advised_by_name_when_it_is_there(qtbot, tmp_path):
    broken = tmp_path / "MUS_2025_Hansen.mus"
    broken.write_bytes(b"")
    (tmp_path / "MUS_2025_Hansen.mus.bak").write_bytes(b"{}")
    assert _says(qtbot, broken) == (
        "»MUS_2025_Hansen.mus« er tom. Den kan være blevet afbrudt under kopiering. Prøv "
        "sikkerhedskopien (»MUS_2025_Hansen.mus.bak«) eller en anden kopi."
    )
