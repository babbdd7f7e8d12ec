"""A signed conversation protected with a passphrase was replaced by a draft without a word
(issue #24, red team): the check for a signed file could not read a protected file, took it for
"not signed", and "Gem som" asked only Qt's plain "Erstat?"; no copy was kept, and the .bak
lasted until the next save. The command line (demo -o) wrote over it without asking."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ishoj_mus.demo import demo_conversation, sign_demo
from ishoj_mus.storage import musfile
from ishoj_mus.storage.sealed import Seal
from ishoj_mus.storage.signed_files import replaced_signed, signed_file
from tests.conftest import run_cli
from tests.helpers import button_labelled, open_window, when_modal

PASS = "solsikke-2026"


def _protected_signed(tmp_path) -> tuple[Path, Seal]:
    signed = demo_conversation()
    sign_demo(signed)
    seal = Seal.new(PASS)
    path = tmp_path / "MUS_2026-11-19_Hansen_Mette.mus"
    musfile.save(signed, path, seal)
    return path, seal


def test_a_protected_file_counts_as_possibly_signed_unless_it_is_the_one_open(tmp_path):
    path, seal = _protected_signed(tmp_path)
    draft = dataclasses.replace(demo_conversation(), id="0123456789abcdef0123456789abcdef")
    assert signed_file(path).kind == "protected"
    assert replaced_signed(path, draft).kind == "protected"
    assert replaced_signed(path, draft, Seal.new("en anden kode")).kind == "protected"
    assert replaced_signed(path, draft, own_file=True) is None  # removing its own protection
    opened, same_seal = musfile.load_sealed(path, PASS)
    assert replaced_signed(path, opened, same_seal) is None  # Ctrl+S of the open conversation


def test_the_command_line_does_not_write_over_a_protected_conversation(tmp_path):
    path, _seal = _protected_signed(tmp_path)
    before = path.read_bytes()
    out = run_cli("demo", "-o", str(path))
    assert out.returncode == 2 and "beskyttet med adgangskode" in out.stderr, out.stderr
    assert path.read_bytes() == before


def test_save_as_over_a_protected_conversation_asks_and_keeps_it(qtbot, tmp_path, monkeypatch):
    path, _seal = _protected_signed(tmp_path)
    before = path.read_bytes()
    window = open_window(qtbot)
    draft = dataclasses.replace(demo_conversation(), id="0123456789abcdef0123456789abcdef")
    window.show_conversation(draft, None, dirty=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    seen: dict = {}

    def replace(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "confirmReplaceSigned", box.objectName()
        seen["text"] = box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        button = button_labelled(box, "Erstat, og behold en kopi")
        button.click()

    when_modal(replace)
    assert window.files.save_as() is True
    assert "beskyttet med en anden adgangskode" in seen["text"], seen["text"]
    [kept] = [p for p in tmp_path.iterdir() if "_beskyttet_" in p.name]
    assert kept.read_bytes() == before
    assert musfile.load_sealed(kept, PASS)[0].is_fully_signed
    assert musfile.load(path).id == draft.id
