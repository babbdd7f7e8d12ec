"""Prepare apart, talk together – through the real window: two preparations made and saved, brought
into a new conversation held back until revealed, an own topic, two behaviours marked, an unfinished
agreement carried forward, signed – and the PDF shows all of it in the right voices."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.form_steps import FieldKind
from ishoj_mus.domain.records import ScaleValue
from ishoj_mus.storage import musfile
from ishoj_mus.text import missing_text
from ishoj_mus.ui.conversation import commands
from ishoj_mus.ui.conversation.agreements import AgreementsEditor
from ishoj_mus.ui.conversation.behaviours import BehavioursPanel
from ishoj_mus.ui.conversation.fields import TextAnswer
from ishoj_mus.ui.conversation.followups import FollowupsEditor
from ishoj_mus.ui.conversation.topics import TopicsPanel
from tests.helpers import (
    add_own_step,
    click,
    click_into,
    file_dialog_answer,
    fill_new_dialog,
    message_box_answer,
    open_window,
    pdf_text,
    reactivate,
    sign,
    voice_of_line,
    when_message_box,
    when_modal,
)

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
M, L, F = Voice.MEDARBEJDER, Voice.LEDER, Voice.FAELLES


def text_editor(view, field_id: str, voice: Voice) -> TextAnswer:
    view.go_to_field(view.conv.form.step_of(field_id).id, field_id, voice.value)
    page = view.current_page()
    return next(
        e for e in page.editors if isinstance(e, TextAnswer) and e.field.id == field_id and e.voice == voice
    )


def make_preparation(qtbot, window, voice: Voice, trivsel: str, path) -> None:
    """'Forbered dig' on the start screen: choose the voice, type, answer the rest, save with Ctrl+S."""

    def choose(dialog):
        button = dialog.choices[voice]
        qtbot.mouseClick(button, LEFT, pos=QPoint(10, button.height() // 2))  # on the round indicator
        assert button.isChecked()
        qtbot.keyClicks(dialog.name, "Åse Øberg")  # whom the preparation is for (the conversation below)
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), LEFT)

    when_modal(choose)
    qtbot.mouseClick(window.start_page.prepare_button, LEFT)
    reactivate(qtbot, window)
    view = window.view
    assert view is not None and view.conv.preparation_of == voice
    # Only the preparing party's boxes are there.
    editor = text_editor(view, "trivsel", voice)
    page_voices = {e.voice for e in view.current_page().editors if isinstance(e, TextAnswer)}
    assert page_voices == {voice}
    click_into(qtbot, editor.editor)
    qtbot.keyClicks(editor.editor, trivsel)
    conv = view.conv
    # The other questions of the preparation (typed elsewhere in these tests).
    for _, f in conv.form.fields():
        if voice in f.voices and f.kind == FieldKind.LONG_TEXT and f.id != "trivsel":
            view.push(commands.SetAnswer(conv, f.id, voice, f"{voice.value} har forberedt {f.id}"))
        elif voice in f.voices and f.kind == FieldKind.CHOICE:
            view.push(commands.SetAnswer(conv, f.id, voice, f.options[0].id))
        elif voice in f.voices and f.kind == FieldKind.SCALE:
            view.push(commands.SetScale(conv, f.id, voice, ScaleValue(3, 4)))
    assert conv.missing() == [], [missing_text(m) for m in conv.missing()]
    file_dialog_answer(qtbot, path)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    reactivate(qtbot, window)
    assert path.exists()
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    assert window.view is None


def bring_in(qtbot, window, path) -> None:
    file_dialog_answer(qtbot, path)
    click(qtbot, window.view.preparation_bar.bring)
    reactivate(qtbot, window)


def test_prepare_apart_bring_in_reveal_topic_behaviours_carry_forward_sign(qtbot, tmp_path, demo):
    from dataclasses import replace

    from ishoj_mus.domain.codes import FollowUpStatus

    last_year = tmp_path / "sidste_aar.mus"
    demo.replace_followup(0, replace(demo.followups[0], status=FollowUpStatus.OPFYLDT))
    musfile.save(demo, last_year)
    window = open_window(qtbot)
    window.settings.default_folder = str(tmp_path)
    window.settings.pdf_folder = str(tmp_path)
    med, led = tmp_path / "medarbejder.mus", tmp_path / "leder.mus"
    make_preparation(qtbot, window, M, "Jeg trives med de nye kolleger", med)
    make_preparation(qtbot, window, L, "Mette trives, og det kan ses", led)
    assert musfile.load(med).preparation_of == M and musfile.load(led).preparation_of == L

    # A new conversation; both preparations brought in, held back until revealed.
    fill_new_dialog(qtbot)
    qtbot.mouseClick(window.start_page.new_button, LEFT)
    reactivate(qtbot, window)
    view = window.view
    conv = view.conv
    bring_in(qtbot, window, med)
    bring_in(qtbot, window, led)
    assert conv.answer("trivsel", M) == "Jeg trives med de nye kolleger"
    assert conv.hidden_voices() == (M, L)
    hidden = text_editor(view, "trivsel", M)
    assert hidden.editor.toPlainText() == "" and hidden.editor.isReadOnly()
    assert "vises" in hidden.editor.placeholderText()
    qtbot.keyClicks(hidden.editor, "xyz")  # nothing can be typed over a held-back preparation
    assert conv.answer("trivsel", M) == "Jeg trives med de nye kolleger"
    assert view.preparation_bar.reveal.isVisible()
    click(qtbot, view.preparation_bar.reveal)
    assert conv.hidden_voices() == ()
    shown = text_editor(view, "trivsel", M)
    assert shown.editor.toPlainText() == "Jeg trives med de nye kolleger" and not shown.editor.isReadOnly()
    assert text_editor(view, "trivsel", L).editor.toPlainText() == "Mette trives, og det kan ses"
    assert not view.preparation_bar.isVisible()  # both brought in and shown: the bar steps aside

    # What they write together.
    kerne = text_editor(view, "kerneopgave", F)
    click_into(qtbot, kerne.editor)
    qtbot.keyClicks(kerne.editor, "Trygge rammer for borgerne")

    # Siden sidst: last year's agreements; the second was only partly done and is carried forward.
    view.go_to_field("siden-sidst")
    followups = next(e for e in view.current_page().editors if isinstance(e, FollowupsEditor))
    file_dialog_answer(qtbot, last_year)
    asked = []
    when_message_box(
        lambda box: (asked.append(box.text()), box.button(QMessageBox.StandardButton.Yes).click())
    )
    click(qtbot, followups.import_button)
    assert asked and "Mette Hansen" in asked[0]  # last year's file is another employee's: asked first
    reactivate(qtbot, window)
    assert conv.previous_scales  # last year's scale values came along for the radar
    for i, row in enumerate(followups.rows):
        for _ in range(2 if i == 1 else 1):  # Opfyldt, Delvist opfyldt
            qtbot.keyClick(row.status, Qt.Key.Key_Down)
    row = followups.rows[1]
    assert row.carry.isVisible() and not followups.rows[0].carry.isVisible()
    click(qtbot, row.carry)
    carried = conv.agreements[-1]
    assert carried.carried_from == conv.followups[1].agreement.id and carried.what == demo.agreements[1].what
    assert not row.carry.isVisible() and row.carried.isVisible()

    # An own topic on the Trivsel step, answered by both.
    view.go_to_field("trivsel")
    panel = next(
        e for e in view.current_page().editors if isinstance(e, TopicsPanel) and e.step_id == "trivsel"
    )

    def add_topic(dialog):
        qtbot.keyClicks(dialog.title, "Arbejdstider")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    when_modal(add_topic)
    click(qtbot, panel.add)
    reactivate(qtbot, window)
    assert [t.title for t in conv.topics] == ["Arbejdstider"] and conv.topics[0].step_id == "trivsel"
    card = panel.cards[0]
    assert QApplication.focusWidget() is card.answers[0].editor  # ready to type
    qtbot.keyClicks(card.answers[0].editor, "Jeg vil gerne starte tidligt")
    click_into(qtbot, card.answers[1].editor)
    qtbot.keyClicks(card.answers[1].editor, "Det kan vi finde en løsning på")

    # And one as a step of its own: its own entry in the step list, before the agreements.
    add_own_step(qtbot, window, view, "trivsel", "Ny legeplads")
    own = conv.topics[-1]
    assert own.step_id is None and view.row_of("topic:" + own.id) == view.row_of("aftaler") - 1
    assert view.step_list.currentItem().text().startswith("○  Eget emne: Ny legeplads")
    qtbot.keyClicks(view.current_page().card.answers[0].editor, "Jeg vil gerne være med i planlægningen")

    # Two behaviours marked, with the keyboard.
    view.go_to_field("lederskab-og-foelgeskab")
    behaviours = next(e for e in view.current_page().editors if isinstance(e, BehavioursPanel))
    lead6 = next(r for r in behaviours.rows if r.item.id == "lederskab:6")
    follow1 = next(r for r in behaviours.rows if r.item.id == "foelgeskab:1")
    lead6.marks[M].setFocus()
    qtbot.keyClick(lead6.marks[M], Qt.Key.Key_Down)  # Det lykkes vi med
    assert lead6.comments[M].isEnabled()
    click_into(qtbot, lead6.comments[M])
    qtbot.keyClicks(lead6.comments[M], "Du siger det lige ud")
    follow1.marks[L].setFocus()
    qtbot.keyClick(follow1.marks[L], Qt.Key.Key_Down)
    qtbot.keyClick(follow1.marks[L], Qt.Key.Key_Down)  # Det vil vi styrke
    assert conv.behaviour_marking("lederskab:6", M).comment == "Du siger det lige ud"
    assert conv.behaviour_marking("foelgeskab:1", L).mark.value == "styrke"

    # What else they agree on together, and a deadline for the carried agreement.
    for m in conv.missing():
        if m.voice == F and m.field_id:
            box = text_editor(view, m.field_id, F)
            click_into(qtbot, box.editor)
            qtbot.keyClicks(box.editor, "Det prøver vi af sammen")
    view.go_to_field("aftaler")
    plan = next(e for e in view.current_page().editors if isinstance(e, AgreementsEditor))
    click(qtbot, plan.rows[-1].deadline.check)
    assert conv.agreements[-1].deadline is not None and conv.agreements[-1].carried_from
    assert conv.missing() == [], [missing_text(m) for m in conv.missing()]

    # Sign, save the .mus and the PDF.
    view.go(view.step_list.count() - 1)
    employee, leader = view.current_page().parties
    sign(qtbot, employee, 7)
    message_box_answer(QMessageBox.StandardButton.Ok)
    sign(qtbot, leader, 11)
    reactivate(qtbot, window)
    assert conv.is_fully_signed
    saved = tmp_path / "samtale.mus"
    file_dialog_answer(qtbot, saved)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    reactivate(qtbot, window)
    back = musfile.load(saved)
    assert back.topics[0].answer(L) == "Det kan vi finde en løsning på"
    assert back.behaviour_marking("foelgeskab:1", L).mark.value == "styrke"
    assert back.agreements[-1].carried_from == back.followups[1].agreement.id
    assert all(p.revealed for p in back.preparations.values()) and set(back.preparations) == {M, L}

    pdf = tmp_path / "referat.pdf"
    file_dialog_answer(qtbot, pdf)
    window.a_pdf.trigger()
    qtbot.waitUntil(pdf.exists, timeout=30000)
    text = pdf_text(pdf)
    assert voice_of_line(text, "Jeg trives med de nye kolleger") == "MEDARBEJDER"
    assert voice_of_line(text, "Mette trives, og det kan ses") == "LEDER"
    assert voice_of_line(text, "Trygge rammer for borgerne") == "FÆLLES"
    assert "Eget emne: Arbejdstider" in text
    assert voice_of_line(text, "Jeg vil gerne starte tidligt") == "MEDARBEJDER"
    assert voice_of_line(text, "Det kan vi finde en løsning på") == "LEDER"
    assert "Lederskab 6: Jeg kommunikerer klart og tydeligt." in text
    assert voice_of_line(text, "Det lykkes vi med: Du siger det lige ud") == "MEDARBEJDER"
    assert "Følgeskab 1: Jeg spørger, når jeg er i tvivl." in text
    assert voice_of_line(text, "Det vil vi styrke") == "LEDER"
    assert "Videreført fra sidste år" in text
    # the own step in its place: after Udvikling og kompetencer, before the agreements
    assert voice_of_line(text, "Jeg vil gerne være med i planlægningen") == "MEDARBEJDER"
    assert (
        text.index("Udvikling og kompetencer")
        < text.index("Eget emne: Ny legeplads")
        < text.index("Jeg vil gerne være med i planlægningen")
        < text.index("Aftaler (udviklingsplan)")
    )
    window.close()
