"""English mode says who has a file open, why a save failed, why the automatic copy was not
written and why a changed PDF is refused – in English. The Danish window keeps the storage
layer's own words, byte for byte."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ishoj_mus.importing import ImportRefusal, ImportRefused
from ishoj_mus.pdf.verify_words import Reason, say
from ishoj_mus.storage import atomic, musfile, recovery
from ishoj_mus.storage.filelock import FileLocked, LockOwner
from ishoj_mus.ui.widgets import i18n, import_words
from tests.helpers import DANISH, answer_box, disk_full, lock_by_hanne, open_window, visible_box, when_modal


def _cancel(seen: list[str]) -> None:
    def handle(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.reject()

    when_modal(handle)


def test_an_english_window_says_who_has_the_file_open_and_since_when(qtbot, tmp_path, demo):
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    lock_by_hanne(path)
    window = open_window(qtbot, lang="en")
    try:
        seen: list[str] = []
        _cancel(seen)
        assert window.open_path(path, ask=False) is False
        text = seen[0]
        since = datetime.fromisoformat("2026-11-27T09:12:00+01:00").astimezone()
        assert text.startswith("“samtale.mus” has been in use by hanne on the computer PC-HR-07 since"), text
        assert f"27 November 2026, {since:%H:%M}" in text, text
        assert "Open it read-only" in text, text
        assert not DANISH.search(text.replace("samtale.mus", "")), text
    finally:
        i18n.install(QCoreApplication.instance(), "da")


def test_the_danish_window_keeps_the_lock_message(qtbot, tmp_path, demo):
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    lock_by_hanne(path)
    window = open_window(qtbot)
    seen: list[str] = []
    _cancel(seen)
    assert window.open_path(path, ask=False) is False
    owner = LockOwner("hanne", "PC-HR-07", 1, datetime.fromisoformat("2026-11-27T09:12:00+01:00"), "x")
    assert seen == [FileLocked(path, owner).message]


def test_an_english_window_says_why_a_save_failed(qtbot, tmp_path, demo, monkeypatch):
    window = open_window(qtbot, lang="en")
    try:
        window.show_conversation(demo, tmp_path / "samtale.mus", dirty=True)
        disk_full(monkeypatch)
        seen: list[str] = []
        answer_box(seen)
        assert window.save() is False
        assert seen == [
            "There is no room on the disk to save “samtale.mus”. Free some space, or save somewhere else. "
            "Nothing is lost – the conversation is still open."
        ]
        assert not (tmp_path / "samtale.mus").exists()
    finally:
        i18n.install(QCoreApplication.instance(), "da")


def test_the_danish_window_keeps_the_save_message(qtbot, tmp_path, demo, monkeypatch):
    window = open_window(qtbot)
    window.show_conversation(demo, tmp_path / "samtale.mus", dirty=True)
    disk_full(monkeypatch)
    seen: list[str] = []
    answer_box(seen)
    assert window.save() is False
    try:
        musfile.save(demo, tmp_path / "samtale.mus")
        raise AssertionError("the save did not fail")
    except atomic.SaveError as exc:
        assert exc.kind == atomic.SaveKind.DISK_FULL
        assert seen == [exc.message]


def test_an_english_window_says_why_the_automatic_copy_failed(qtbot, tmp_path, demo, monkeypatch):
    window = open_window(qtbot, lang="en")
    try:
        window.show_conversation(demo, tmp_path / "samtale.mus", dirty=True)
        disk_full(monkeypatch)
        window.document.autosave()
        qtbot.waitUntil(lambda: visible_box("autosaveFailed") is not None, timeout=10000)
        box = visible_box("autosaveFailed")
        assert box is not None
        reason = box.informativeText()
        assert reason.startswith("There is no room on the disk to save"), reason
        assert not DANISH.search(box.text() + " " + reason), (box.text(), reason)
        box.done(0)
    finally:
        i18n.install(QCoreApplication.instance(), "da")


def test_an_english_window_says_why_a_changed_pdf_is_refused(qapp):
    """verify's own reason, in the reader's language (before: a fixed English sentence beside
    the Danish one, which named the reason)."""
    reason = say(Reason.APPENDED_AFTER_SIGNATURE, "1")
    refused = ImportRefused(ImportRefusal.CHANGED, "r.pdf", reason=reason)
    assert refused.message == (
        "Aftalerne hentes ikke fra »r.pdf«: Der er tilføjet data efter signatur 1: dokumentet er ikke det, "
        "der blev underskrevet. Brug sidste års samtalefil (.mus) eller en uændret kopi af referatet."
    )
    i18n.install(QCoreApplication.instance(), "en")
    try:
        text = import_words.import_refusal_text(refused)
        assert text == (
            "The agreements are not imported from “r.pdf”: Data has been added after signature 1: the "
            "document is not the one that was signed. Use last year's conversation file (.mus) or an "
            "unchanged copy of the summary."
        ), text
        assert not DANISH.search(text), text
    finally:
        i18n.install(QCoreApplication.instance(), "da")
    assert import_words.import_refusal_text(refused) == refused.message


def test_a_value_beyond_its_bound_is_not_saved_and_the_window_says_which(qtbot, tmp_path, demo):
    """The save's last guard (issue #24), in both languages: nothing is written, nothing is lost.
    (The editors cut before this can happen; a conversation changed outside them still meets it.)"""
    import dataclasses

    demo.employee = dataclasses.replace(demo.employee, name="M" * 2_500)
    for lang, words in (
        (
            "en",
            [
                "“samtale.mus” was not saved: the employee: the employee's name is 2,500 characters long; "
                "at most 2,000 are allowed. Shorten it",
                "Nothing is lost",
            ],
        ),
        (
            "da",
            [
                "»samtale.mus« er ikke gemt: medarbejderen: medarbejderens navn har 2.500 tegn",
                "Intet er gået tabt",
            ],
        ),
    ):
        window = open_window(qtbot, lang=lang)
        try:
            window.show_conversation(demo, tmp_path / "samtale.mus", dirty=True)
            seen: list[str] = []
            answer_box(seen)
            assert window.save() is False
            assert len(seen) == 1 and all(w in seen[0] for w in words), seen
            assert not (tmp_path / "samtale.mus").exists()
        finally:
            i18n.install(QCoreApplication.instance(), "da")


def test_the_english_window_quotes_a_file_s_name_in_english_quotation_marks(qtbot, tmp_path, demo):
    """Walk of issue 25: opening a file with unsaved work from last time asked in English about
    the copy 'in »samtale.mus«' – the Danish quotation marks were put in by the code, not the
    catalogue. Now the file's name is quoted as the window's language quotes it."""
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    recovery.write(dataclasses.replace(demo, place="Mødelokale 3"), path)
    window = open_window(qtbot, lang="en")
    try:
        seen: list[str] = []
        _cancel(seen)
        assert window.open_path(path, ask=False) is False
        text = seen[0]
        assert text.startswith("There is an automatic copy of the conversation in “samtale.mus” with"), text
        assert "»" not in text and "«" not in text, text
    finally:
        i18n.install(QCoreApplication.instance(), "da")
