"""A file the window cannot read, in English (walk at 100 %): the message said "“x.mus” cannot be
read (»x.mus« findes ikke. Tjek stavemåden, eller vælg filen igen.)" – storage's Danish sentence
as the detail. Storage now words why a file is not read once, keyed by ``storage.bounded.Refusal``
(issue 25, item 3), and the English window says that same sentence in English."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.helpers import open_window, when_modal


def test_a_missing_file_is_said_in_english(qtbot, tmp_path):
    window = open_window(qtbot, lang="en")
    seen: list[str] = []

    def read(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.done(0)

    when_modal(read)
    window.open_path(tmp_path / "findes-ikke.mus", ask=False)
    qtbot.waitUntil(lambda: bool(seen))
    [text] = seen
    assert "“findes-ikke.mus” does not exist. Check the spelling, or choose the file again." in text, text
    for danish in ("findes ikke", "Tjek", "vælg filen"):
        assert danish not in text, text


def test_the_danish_window_keeps_storage_s_sentence(qtbot, tmp_path):
    window = open_window(qtbot)
    seen: list[str] = []
    when_modal(lambda box: (seen.append(box.text()), box.done(0)))
    window.open_path(tmp_path / "findes-ikke.mus", ask=False)
    qtbot.waitUntil(lambda: bool(seen))
    assert "»findes-ikke.mus« findes ikke. Tjek stavemåden, eller vælg filen igen." in seen[0], seen
