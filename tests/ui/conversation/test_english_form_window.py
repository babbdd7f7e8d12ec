"""With ``--lang en`` the conversation is in English (issue 25): every step of the MUS shows the
form's English; only the framework's quotations stay Danish, and they are marked as such. A file
whose form snapshot has no English (written before the forms had it) opens and shows Danish."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import Form
from ishoj_mus.domain.records import Agreement, Employee, Leader
from ishoj_mus.paths import forms_dir
from ishoj_mus.storage import musfile
from ishoj_mus.storage.form_files import default_form, load_form
from tests.helpers import open_window

DANISH_LETTERS = re.compile(r"[æøåÆØÅ»«]")  # and Danish quotation marks: English quotes with “…”
DANISH_WORDS = re.compile(
    r"\b(og|ikke|hvad|hvordan|hvor|jeres|jer|vi|jeg|du|der|som|til|med|det|af|på|er|en|et|eller|"
    r"samtalen|trin|aftaler|svar|leder|medarbejder)\b",
    re.IGNORECASE,
)
NAMES = ("Anna Berg", "Bo Lund", "Course")  # the only words in the conversation that are not the program's
FRAMEWORK = "Grundlag for lederskab og følgeskab"  # a name: the English window names it so too


def _danish_texts(form: Form) -> set[str]:
    """The form's Danish texts that read differently in English (so "MUS" is not one)."""
    english = form.in_english()
    pairs = [(form.title, english.title), (form.description, english.description)]
    for step, shown in zip(form.steps, english.steps, strict=True):
        pairs += [(step.title, shown.title), (step.intro, shown.intro), (step.help, shown.help)]
        pairs += [(step.private_note_hint, shown.private_note_hint)]
        for f, g in zip(step.fields, shown.fields, strict=True):
            pairs += [(f.label, g.label), (f.help, g.help), (f.low_label, g.low_label)]
            pairs += [(f.high_label, g.high_label)]
            pairs += [(o.label, p.label) for o, p in zip(f.options, g.options, strict=True)]
    return {da for da, en in pairs if da and da != en}


def _framework_quotations(form: Form) -> list[str]:
    """What the window quotes from the framework, in Danish."""
    fw = form.framework
    out = [p.name for p in fw.perspectives] + [d.name for d in fw.directions]
    out += [b.heading for b in fw.behaviours] + [x for b in fw.behaviours for x in b.items]
    return sorted(out, key=len, reverse=True)


def _quoted(widget: QWidget) -> bool:
    w: QWidget | None = widget
    while w is not None:
        if w.property("quotation"):
            return True
        w = w.parentWidget()
    return False


def _texts(root: QWidget) -> list[tuple[str, str]]:
    """What a person sees or hears (accessible names) in the page, outside the quotations."""
    found: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or _quoted(w):
            continue
        name = type(w).__name__
        if w.accessibleName():
            found.append((f"{name} (accessible name)", w.accessibleName()))
        if isinstance(w, QLabel):
            found.append((name, re.sub(r"<[^>]+>", " ", w.text())))
        elif isinstance(w, QAbstractButton):
            found.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((name, w.title()))
        elif isinstance(w, QTextBrowser):
            found.append((name, w.toPlainText()))
        elif isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
            found.append((f"{name} (placeholder)", w.placeholderText()))
        elif isinstance(w, QComboBox):
            found += [(f"{name} (item)", w.itemText(i)) for i in range(w.count())]
    return found


def _open(qtbot, tmp_path, lang: str, form: Form, agreement: bool = False):
    conv = Conversation(form=form, employee=Employee(NAMES[0]), leader=Leader(NAMES[1]))
    if agreement:  # its editor offers the perspectives by name
        conv.insert_agreement(0, Agreement(what="Course", perspective="modstandskraft-og-robusthed"))
    path = tmp_path / "samtale.mus"
    musfile.save(conv, path)
    window = open_window(qtbot, lang=lang)
    assert window.open_path(path, ask=False) is not False
    return window


@pytest.mark.parametrize("name", ["mus.toml", "opfoelgning.toml"])
def test_every_step_is_english_outside_the_framework_quotations(qtbot, tmp_path, name):
    form = load_form(forms_dir() / name)
    known = _danish_texts(form)
    framework = _framework_quotations(form)
    assert len(known) > (60 if name == "mus.toml" else 20)  # the whole form, not a few strings
    window = _open(qtbot, tmp_path, "en", form, agreement=True)
    view = window.view
    steps = [view.step_list.item(i).text() for i in range(view.step_list.count())]
    assert any("The core task" in s for s in steps) and not any(DANISH_LETTERS.search(s) for s in steps), (
        steps
    )
    problems: list[str] = []
    quotations = 0
    for index in range(view.step_list.count()):
        view.go(index)
        page = view.stack.currentWidget()
        qtbot.waitUntil(lambda page=page: page.isVisible())
        texts = [*_texts(page), ("header", view.where.text())]
        for kind, text in texts:
            text = re.sub("|".join((*NAMES, FRAMEWORK)), "", text)
            for quoted in framework:  # quoted in a sentence: only between quotation marks
                text = text.replace(f"“{quoted}”", "")
            hits = [da for da in known if da in text]
            if hits or DANISH_LETTERS.search(text) or DANISH_WORDS.search(text):
                problems.append(f"step {index + 1} {kind}: {text!r} {hits}")
        quotations += len([w for w in page.findChildren(QWidget) if w.property("quotation")])
        if view.framework_panel.isVisible():
            # the framework panel: Danish, and says it is a quotation
            shown = view.framework.toPlainText()
            assert shown.startswith("Quoted in Danish from the framework"), shown[:80]
            assert view.framework.property("quotation")
    assert problems == [], "\n".join(problems)
    if name == "mus.toml":
        assert quotations > 0  # the behaviours and the radar's perspective names are marked
    view.go(next(i for i, e in enumerate(view.entries) if e.id == "aftaler"))
    combos = view.stack.currentWidget().findChildren(QComboBox)
    offered = [c.itemText(i) for c in combos for i in range(c.count())]
    if name == "mus.toml":  # the form's English name of the step about it
        assert "Resilience and robustness" in offered, offered
    else:  # no step about it: the framework's name, quoted
        assert "“Modstandskraft og robusthed”" in offered, offered


@pytest.mark.parametrize("lang", ["en", "da"])
def test_an_old_file_without_english_opens_and_shows_danish(qtbot, tmp_path, lang):
    shipped = default_form()
    data = shipped.to_dict()

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if not k.endswith("_en")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    old = Form.from_dict(strip(data), "gammel fil")
    assert old.english_gaps()
    window = _open(qtbot, tmp_path, lang, old)
    view = window.view
    steps = [view.step_list.item(i).text() for i in range(view.step_list.count())]
    assert any("Kerneopgaven" in s for s in steps), steps
    for index in range(view.step_list.count()):  # every page builds, in Danish
        view.go(index)
    view.go(1)
    labels = [w.text() for w in view.stack.currentWidget().findChildren(QLabel)]
    assert "Kerneopgaven" in labels
    assert any(t.startswith("Sådan formulerer vi kerneopgaven") for t in labels)


def test_the_english_window_keeps_the_danish_form_for_the_pdf_and_the_file(qtbot, tmp_path):
    window = _open(qtbot, tmp_path, "en", default_form())
    conv = window.view.conv
    assert conv.form.step("kerneopgaven").title == "Kerneopgaven"  # what the PDF and the file use
    assert conv.form.step("kerneopgaven").en  # ... and the snapshot keeps the English
