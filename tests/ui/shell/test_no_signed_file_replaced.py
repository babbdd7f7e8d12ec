"""Issue #24, deliver 3: a second conversation the same day suggested the signed conversation's own
file name in "Gem som"; Enter, then "Ja", replaced it with a draft without a word that it was
signed, and only the .bak survived (until the next save). Now the suggestion is free, the
question names the file as signed, and the signed file is kept beside it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ishoj_mus.demo import demo_conversation, sign_demo
from ishoj_mus.storage import musfile
from ishoj_mus.storage.form_files import load_form
from tests.conftest import ROOT, run_cli
from tests.helpers import button_labelled, open_window, when_modal


def _save_dialog(monkeypatch, answer: Path | None, seen: dict) -> None:
    def fake(parent, title, suggestion, *rest, **kw):
        seen["suggestion"] = Path(suggestion)
        seen["options"] = kw.get("options")
        return (str(answer) if answer else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)


def _signed_and_second(tmp_path, monkeypatch):
    signed = demo_conversation()
    sign_demo(signed)
    folder = tmp_path / "samtaler"
    folder.mkdir()
    path = folder / "MUS_2026-11-19_Hansen_Mette.mus"
    musfile.save(signed, path)
    second = dataclasses.replace(demo_conversation(), id="0123456789abcdef0123456789abcdef")
    return path, second


def test_a_second_conversation_the_same_day_is_offered_a_free_name(qtbot, tmp_path, monkeypatch):
    path, second = _signed_and_second(tmp_path, monkeypatch)
    window = open_window(qtbot)
    window.settings.default_folder = str(path.parent)
    window.show_conversation(second, None, dirty=True)
    seen: dict = {}
    _save_dialog(monkeypatch, None, seen)
    assert window.files.save_as() is False
    assert seen["suggestion"] == path.with_name("MUS_2026-11-19_Hansen_Mette_2.mus")
    assert seen["options"] == QFileDialog.Option.DontConfirmOverwrite  # our own question instead


def test_replacing_a_signed_conversation_names_it_signed_and_keeps_it(qtbot, tmp_path, monkeypatch):
    path, second = _signed_and_second(tmp_path, monkeypatch)
    before = path.read_bytes()
    window = open_window(qtbot)
    window.show_conversation(second, None, dirty=True)
    _save_dialog(monkeypatch, path, {})  # the person picks the signed file's name anyway
    seen: dict = {}

    def cancel(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "confirmReplaceSigned"
        seen["text"] = box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel)
    assert window.files.save_as() is False
    assert "underskrevet samtale" in seen["text"] and "Mette Hansen og Jonas Kristensen" in seen["text"]
    assert "MUS_2026-11-19_Hansen_Mette_underskrevet_2026-11-19.mus" in seen["text"]
    assert path.read_bytes() == before

    def replace(box):
        button = button_labelled(box, "Erstat, og behold en kopi")
        button.click()

    when_modal(replace)
    assert window.files.save_as() is True
    assert musfile.load(path).id == second.id
    kept = path.with_name("MUS_2026-11-19_Hansen_Mette_underskrevet_2026-11-19.mus")
    assert kept.read_bytes() == before and musfile.load(kept).is_fully_signed
    assert kept.name in window.statusBar().currentMessage()


def test_a_half_year_follow_up_is_not_named_mus(qtbot, tmp_path, monkeypatch):
    form = load_form(ROOT / "forms" / "opfoelgning.toml")
    followup = dataclasses.replace(demo_conversation(), form=form)
    window = open_window(qtbot)
    window.settings.default_folder = str(tmp_path)
    window.show_conversation(followup, None, dirty=True)
    seen: dict = {}
    _save_dialog(monkeypatch, None, seen)
    window.files.save_as()
    assert seen["suggestion"].name == "Halvårsopfølgning_2026-11-19_Hansen_Mette.mus"


def test_a_pdf_over_a_signed_referat_asks_and_keeps_it(qtbot, tmp_path, monkeypatch):
    referat = tmp_path / "MUS_2026-11-19_Hansen_Mette_HR.pdf"
    run_cli("demo", "-o", str(tmp_path / "s.mus"), "--signed")
    made = run_cli("pdf", str(tmp_path / "s.mus"), "-o", str(referat))
    assert made.returncode == 0, made.stderr
    before = referat.read_bytes()
    window = open_window(qtbot)
    _save_dialog(monkeypatch, referat, {})
    seen: dict = {}

    def replace(box):
        assert box.objectName() == "confirmReplaceSigned"
        seen["text"] = box.text()
        button = button_labelled(box, "Erstat, og behold en kopi")
        button.click()

    when_modal(replace)
    assert window.outputs._ask_pdf_path("Gem", referat.name) == referat
    assert "underskrevet referat" in seen["text"]
    [kept] = list(tmp_path.glob("*_underskrevet_*.pdf"))
    assert kept.read_bytes() == before


def test_the_command_line_never_writes_over_a_signed_file(tmp_path):
    signed = tmp_path / "signed.mus"
    assert run_cli("demo", "-o", str(signed), "--signed").returncode == 0
    referat = tmp_path / "referat.pdf"
    assert run_cli("pdf", str(signed), "-o", str(referat)).returncode == 0
    before = (signed.read_bytes(), referat.read_bytes())
    for args in (
        ("demo", "-o", str(signed)),
        ("pdf", str(signed), "-o", str(referat)),
        ("plan", str(signed), "-o", str(referat)),
        ("calendar", str(signed), "-o", str(referat) + ".ics"),
    ):
        if args[0] == "calendar":
            (tmp_path / "referat.pdf.ics").write_bytes(referat.read_bytes())  # a referat by any name
        result = run_cli(*args)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, (args, result.stderr)
        assert "underskrevet" in result.stderr and "bliver ikke erstattet" in result.stderr
    assert (signed.read_bytes(), referat.read_bytes()) == before
