"""The GRUS session window: who said what, group notes, needs into agreements, each person's
plan and the individual-MUS offer – by keyboard, readable from across the table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton

from ishoj_mus.demo_grus import demo_group_conversation
from ishoj_mus.domain.grus import LEADER, OfferAnswer
from ishoj_mus.storage.forms import group_form
from ishoj_mus.ui.grus.document import GroupChange, GroupDocument, GroupPart
from ishoj_mus.ui.grus.pages import AgreementsPage, PlansPage
from ishoj_mus.ui.grus.station_page import StationPage
from ishoj_mus.ui.grus.window import GroupWindow
from tests.helpers import forget_group_changes, when_message_box


def _page(window, cls, index=None):
    row = (
        index
        if index is not None
        else next(i for i in range(window.pages.count()) if isinstance(window.pages.widget(i), cls))
    )
    window.nav.setCurrentRow(row)
    return window.pages.currentWidget()


def test_a_contribution_typed_by_keyboard_shows_who_said_it_and_undoes(qtbot, window) -> None:
    page: StationPage = _page(window, StationPage, 1)
    g = window.document.group
    ali = g.members[0]
    page.author.setFocus()
    page.author.setCurrentIndex(page.author.findData(ali.id))
    qtbot.keyClicks(page.text, "Vi kan bytte vagter oftere")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    texts = [page.contributions.item(i).text() for i in range(page.contributions.count())]
    assert "Ali Yilmaz: Vi kan bytte vagter oftere" in texts
    assert window.document.group.contributions[-1].author == ali.id
    page.author.setCurrentIndex(page.author.findData(LEADER))
    qtbot.keyClicks(page.text, "Jeg tager det med")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    assert (
        page.contributions.item(page.contributions.count() - 1).text()
        == "Hanne Lund (leder): Jeg tager det med"
    )
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)  # Ctrl+Z
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert "Ali Yilmaz: Vi kan bytte vagter oftere" not in [
        page.contributions.item(i).text() for i in range(page.contributions.count())
    ]
    assert "*" not in window.windowTitle()  # back where it started


def test_group_notes_and_a_need_noted_at_the_card(qtbot, window) -> None:
    page: StationPage = _page(window, StationPage, 2)
    page.notes.setFocus()
    page.notes.setPlainText("Vi bruger for meget tid på dobbeltregistrering.")
    page.text.setFocus()  # leaving the notes saves them
    qtbot.waitUntil(lambda: window.document.group.notes["mere-og-bedre"].startswith("Vi bruger"))
    qtbot.keyClicks(page.text, "Færre skemaer")
    before = len(window.document.group.needs)
    page.add_need()
    assert len(window.document.group.needs) == before + 1 and "Færre skemaer" in page.needs.text()


def test_needs_are_prioritised_by_keyboard_into_a_group_agreement(qtbot, window) -> None:
    page: AgreementsPage = _page(window, AgreementsPage)
    last = page.needs.count() - 1
    page.needs.setCurrentRow(last)  # the need without a priority
    page.needs.setFocus()
    qtbot.keyClick(page.needs, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    g = window.document.group
    assert [n.text for n in g.prioritised_needs()][3] == "Biblioteket på besøg hver måned"
    before = page.table.rowCount()
    page.agree()
    assert page.table.rowCount() == before + 1 and g.agreements[-1].what == "Biblioteket på besøg hver måned"
    item = page.table.item(before, 2)
    item.setText("31.05.2027")
    assert window.document.group.agreements[-1].deadline == date(2027, 5, 31)
    page.table.item(before, 3).setText("i morgen")  # not a date: said, and nothing changes
    assert window.document.group.agreements[-1].follow_up is None
    assert "dag.måned.år" in window.statusBar().currentMessage()


def test_each_participant_gets_own_items_and_the_offer_with_dates(qtbot, window) -> None:
    page: PlansPage = _page(window, PlansPage)
    g = window.document.group
    jonas = g.members[3]
    page.who.setCurrentIndex(page.who.findData(jonas.id))
    qtbot.keyClicks(page.item_text, "Kursus i konflikthåndtering")
    qtbot.keyClicks(page.item_deadline, "01.09.2027")
    qtbot.keyClick(page.item_deadline, Qt.Key.Key_Return)
    assert window.document.group.plan(jonas.id).items[-1].what == "Kursus i konflikthåndtering"
    assert all(
        "Kursus i konflikthåndtering" not in [i.what for i in g.plan(m.id).items] for m in g.members[:3]
    )
    page.answer.setCurrentIndex(page.answer.findData(OfferAnswer.ACCEPTED))
    page.answered.setText("25.11.2026")
    page._save_offer()
    offer = window.document.group.offer(jonas.id)
    assert offer.answer == OfferAnswer.ACCEPTED and offer.answered_on == date(2026, 11, 25)


def test_zoom_and_high_contrast_for_the_projector(qtbot, window) -> None:
    size = window.centralWidget().font().pointSizeF()
    qtbot.keySequence(window, QKeySequence.StandardKey.ZoomIn)
    qtbot.keySequence(window, QKeySequence.StandardKey.ZoomIn)
    assert window.zoom_percent == 125 and window.centralWidget().font().pointSizeF() > size * 1.2
    qtbot.keySequence(window, QKeySequence("Ctrl+Shift+H"))
    assert window.high_contrast and "#000000" in window.centralWidget().styleSheet()
    qtbot.keySequence(window, QKeySequence("Ctrl+PgDown"))
    assert window.nav.currentRow() == 1


def test_preparations_come_in_together_and_an_unknown_name_brings_none(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    from ishoj_mus.storage.errors import MusFileError
    from ishoj_mus.storage.grus_preparation import load_preparation, save_preparation
    from ishoj_mus.ui.widgets import messages

    form = window.document.group.form
    save_preparation(tmp_path / "ali.grus", form, "ali yilmaz", {"trivsel": "Flere pauser"})
    save_preparation(tmp_path / "hanne.grus", form, "Hanne Lund", {"innovation": "Biblioteket"})
    save_preparation(tmp_path / "ukendt.grus", form, "Ukendt Person", {"trivsel": "x"})
    shown = []
    monkeypatch.setattr(messages, "information", lambda *a: shown.append(a[2]))
    before = len(window.document.group.contributions)
    assert not window.bring_in(
        [tmp_path / "ali.grus", tmp_path / "ukendt.grus"], load_preparation, MusFileError
    )
    assert len(window.document.group.contributions) == before and "Ukendt Person" in shown[0]
    assert window.bring_in([tmp_path / "ali.grus", tmp_path / "hanne.grus"], load_preparation, MusFileError)
    new = window.document.group.contributions[before:]
    assert {(window.document.group.author_name(c.author), c.text) for c in new} == {
        ("Ali Yilmaz", "Flere pauser"),
        ("Hanne Lund", "Biblioteket"),
    }


def test_ny_samtale_offers_grus(qtbot) -> None:
    from ishoj_mus.ui.shell.new_dialog import NewConversationDialog

    dialog = NewConversationDialog()
    qtbot.addWidget(dialog)
    button = next(
        b
        for b in dialog.findChildren(type(dialog.findChild(QDialogButtonBox).buttons()[0]))
        if "GRUS" in b.text()
    )
    button.click()
    assert dialog.group_requested and dialog.result() == 1


def test_signing_by_typed_name_locks_and_reopening_voids(qtbot, window) -> None:
    from ishoj_mus.ui.grus.signing_page import SigningPage

    page: SigningPage = _page(window, SigningPage)
    g = window.document.group
    page.who.setCurrentIndex(page.who.findData(LEADER))
    qtbot.keyClicks(page.name, "Hanne Lunt")  # a typo: refused, said
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert (
        LEADER not in window.document.group.signatures and "Hanne Lund" in window.statusBar().currentMessage()
    )
    page.name.clear()
    qtbot.keyClicks(page.name, "hanne lund")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    page.who.setCurrentIndex(page.who.findData(g.members[0].id))
    qtbot.keyClicks(page.name, "Ali Yilmaz")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    group = window.document.group
    assert group.is_signed_for(g.members[0].id) and not group.is_signed_for(g.members[1].id)
    assert "underskrevet" in page.signers.item(0).text() and page.reopen_button.isEnabled()
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)  # a signature is not undone by Ctrl+Z
    assert window.document.group.is_signed_for(g.members[0].id) and window.document.modified
    station: StationPage = _page(window, StationPage, 1)
    assert not station.text.isEnabled()  # signed: locked
    window.document.edit(
        "Genåbn",
        lambda g: g.reopen("Hanne Lund", "En aftale manglede"),
        GroupChange(GroupPart.SIGNATURES),
        barrier=True,
    )
    assert not window.document.group.signatures and station.text.isEnabled()


def test_the_window_saves_the_referat_and_each_participants_editions(qtbot, window, tmp_path) -> None:
    from ishoj_mus.demo_grus import sign_group_demo

    sign_group_demo(window.document.group)
    jobs = []
    window.run_pdf = lambda title, job, on_done: (jobs.append(job), on_done(job()))
    from ishoj_mus.ui.widgets import messages

    shown = []
    orig = messages.information
    messages.information = lambda *a: shown.append(a[2])  # type: ignore[assignment]
    try:
        window.make_pdfs(tmp_path)
    finally:
        messages.information = orig
    names = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert len(names) == 1 + 2 * 5 and any(n.endswith("_HR.pdf") for n in names)
    assert "11 PDF'er er gemt" in shown[0] and "5 af deltagernes udgaver" in shown[0]
    # The worker runs pdf/ code, which imports no Qt: import-linter's »Only the UI imports Qt«
    # holds that (a check of the module's namespace for the name "PySide6" passed by construction).
    from ishoj_mus.pdf.jobs import GRUS_DOCUMENTS

    assert jobs[0].function == GRUS_DOCUMENTS and GRUS_DOCUMENTS.module == "ishoj_mus.pdf.grus_pdf"


def test_participants_are_added_and_removed_and_counted_in_good_danish(qtbot, window) -> None:
    from ishoj_mus.ui.grus.pages import ParticipantsPage

    page: ParticipantsPage = _page(window, ParticipantsPage, 0)
    qtbot.keyClicks(page.name, "Søren Ægidius")
    qtbot.keyClicks(page.job, "Pædagog")
    qtbot.keyClick(page.job, Qt.Key.Key_Return)
    assert (
        page.count.text().startswith("6 deltagere")
        and window.document.group.members[-1].name == "Søren Ægidius"
    )
    qtbot.keyClicks(page.name, "søren ægidius")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)  # the same name again: refused, said
    assert (
        len(window.document.group.members) == 6 and "deltager allerede" in window.statusBar().currentMessage()
    )
    while len(window.document.group.members) > 1:
        page.members.setCurrentRow(0)
        page.remove_member()
    assert page.count.text() == "1 deltager (GRUS har 2–8)"


def test_enter_on_a_focused_button_clicks_it_as_in_the_main_window(qtbot, window) -> None:
    from ishoj_mus.ui.grus.pages import ParticipantsPage

    page: ParticipantsPage = _page(window, ParticipantsPage, 0)
    qtbot.keyClicks(page.name, "Søren Ægidius")
    [button] = [b for b in page.findChildren(QPushButton) if b.text() == "Tilføj &deltager"]
    button.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab would: the button has the keyboard
    qtbot.waitUntil(button.hasFocus, timeout=3000)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.group.members[-1].name == "Søren Ægidius", timeout=3000)


def test_unsaved_work_is_copied_automatically_and_offered_back(qtbot, window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ishoj_mus.storage import grus_file
    from ishoj_mus.ui.grus.window import open_group_window

    page: StationPage = _page(window, StationPage, 1)
    qtbot.keyClicks(page.text, "Noget, der ikke må gå tabt")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(grus_file.pending_recoveries()), timeout=5000)  # within 1.5 s of the change
    (_file, copy), *_ = grus_file.pending_recoveries()
    assert copy.contributions[-1].text == "Noget, der ikke må gå tabt"
    # The window was not closed cleanly (a crash: it is gone): a new GRUS offers the copy back.
    monkeypatch.setattr(QApplication, "topLevelWidgets", staticmethod(lambda: []))
    asked: list[str] = []

    def continue_with_it(box: QMessageBox) -> None:  # Enter: the default, »Fortsæt med den«
        asked.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    when_message_box(continue_with_it)
    again = open_group_window(window)
    assert asked == ["&Fortsæt med den"]
    qtbot.addWidget(again, before_close_func=forget_group_changes)
    assert again.document.group.contributions[-1].text == "Noget, der ikke må gå tabt"
    assert again.document.modified and "*" in again.windowTitle()
    again.document.save(tmp_path / "gemt.mus")  # saved: the copy is gone
    assert not grus_file.pending_recoveries()
    monkeypatch.undo()
    window.document.edit(
        "x",
        lambda g: g.set_note("trivsel", "Mens et vindue er åbent"),
        GroupChange(GroupPart.NOTES, "trivsel"),
    )
    qtbot.waitUntil(lambda: bool(grus_file.pending_recoveries()), timeout=5000)
    third = open_group_window(window)  # the open window's own copy is never offered to a second
    qtbot.addWidget(third, before_close_func=forget_group_changes)
    assert third.document.group.id != window.document.group.id and not third.document.modified


def test_a_participant_signs_by_drawing_with_the_mouse(qtbot, window) -> None:
    from PySide6.QtCore import QPoint

    from ishoj_mus.ui.grus.signing_page import SigningPage

    page: SigningPage = _page(window, SigningPage)
    g = window.document.group
    camilla = g.members[2]
    page.who.setCurrentIndex(page.who.findData(camilla.id))
    qtbot.mousePress(page.pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 90))
    for x in range(50, 220, 10):
        qtbot.mouseMove(page.pad, QPoint(x, 80 + (x // 10) % 3 * 10))
    qtbot.mouseRelease(page.pad, Qt.MouseButton.LeftButton, pos=QPoint(220, 90))
    page.sign()
    signature = window.document.group.signatures[camilla.id]
    assert (
        signature.signer == "Camilla Østergaard"
        and len(signature.strokes[0]) > 5
        and not signature.typed_name
    )
    assert not page.pad.has_drawing()  # ready for the next person


def test_the_main_window_opens_a_grus_file_in_the_grus_window(qtbot, tmp_path) -> None:
    from ishoj_mus.storage import grus_file
    from tests.helpers import open_window

    main = open_window(qtbot)
    g = demo_group_conversation(group_form())
    grus_file.save(g, tmp_path / "grus.mus")
    assert main.open_path(tmp_path / "grus.mus", ask=False)
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, GroupWindow) and w.isVisible()]
    assert len(windows) == 1 and windows[0].document.group.id == g.id
    assert windows[0].document.path == tmp_path / "grus.mus" and not windows[0].document.modified
    assert windows[0].run_pdf is not None  # the shell handed it its PDF runner
    windows[0].close()


def test_a_pasted_book_in_the_notes_is_cut_to_what_the_file_holds(qtbot, window, tmp_path) -> None:
    from ishoj_mus.domain.grus_parts import LONG
    from ishoj_mus.storage import grus_file

    page: StationPage = _page(window, StationPage, 3)
    page.notes.setFocus()
    page.notes.setPlainText("ord " * (LONG // 2))  # twice what the notes may hold
    page.text.setFocus()
    qtbot.waitUntil(lambda: len(window.document.group.notes.get("styr-paa-tingene", "")) == LONG)
    assert "kortet af" in window.statusBar().currentMessage()
    window.document.save(tmp_path / "g.mus")
    assert len(grus_file.load(tmp_path / "g.mus").notes["styr-paa-tingene"]) == LONG


def test_forbered_dig_offers_a_grus_preparation_that_comes_in_later(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog, QFileDialog

    from ishoj_mus.storage.grus_preparation import load_preparation
    from ishoj_mus.ui.grus.preparation import PreparationDialog
    from ishoj_mus.ui.preparation.preparation import PrepareDialog

    chooser = PrepareDialog()
    qtbot.addWidget(chooser)
    chooser.group_button.setChecked(True)
    assert chooser.for_group()
    dialog = PreparationDialog(group_form())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Ali Yilmaz")
    dialog.answers["trivsel"].setPlainText("Flere pauser i middagsstunden")
    target = tmp_path / "ali.grus"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog._save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    name, answers = load_preparation(target, group_form())
    assert name == "Ali Yilmaz" and answers == {"trivsel": "Flere pauser i middagsstunden"}


def test_every_control_of_a_card_is_reached_by_tab(qtbot, window) -> None:
    page: StationPage = _page(window, StationPage, 4)
    window.nav.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.nav)
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    wanted = [page.contributions, page.author, page.text, page.notes]
    assert all(w in reached for w in wanted)
    assert reached.index(page.author) < reached.index(page.text) < reached.index(page.notes)
    buttons = [w for w in reached if w.__class__.__name__ == "QPushButton"]
    assert {b.text() for b in buttons} >= {"&Tilføj bidrag", "Notér som &behov"}


def test_a_damaged_grus_file_gets_a_danish_message_and_no_window(qtbot, tmp_path, monkeypatch) -> None:
    from ishoj_mus.storage import grus_file
    from ishoj_mus.ui.widgets import messages
    from tests.helpers import open_window

    main = open_window(qtbot)
    path = tmp_path / "grus.mus"
    grus_file.save(demo_group_conversation(group_form()), path)
    path.write_bytes(path.read_bytes()[:5000])  # cut off, as by a full disk
    shown = []
    monkeypatch.setattr(messages, "warning", lambda *a: shown.append(a[2]))
    assert not main.open_path(path, ask=False)
    assert shown and "grus.mus" in shown[0] and "Traceback" not in shown[0]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, GroupWindow) and w.isVisible()]


def test_a_grus_file_named_like_html_is_named_as_text_in_the_message(qtbot, tmp_path) -> None:
    """Anyone who may write in the shared folder names the files: a name must not take over the box."""
    from PySide6.QtGui import Qt as QtGui
    from PySide6.QtWidgets import QLabel, QWidget

    from ishoj_mus.ui.grus.window import open_group_window
    from tests.helpers import when_message_box

    bad = tmp_path / "<h1>Ring til IT.mus"
    bad.write_text('{"format": "ishoj-mus-grus", "version": 1, "group": {', encoding="utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def grab(box):
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen["text"] = label.text()
        seen["html"] = label.textFormat() != Qt.TextFormat.PlainText and QtGui.mightBeRichText(label.text())
        box.reject()

    when_message_box(grab)
    assert open_group_window(parent, bad) is None
    assert "<h1>Ring til IT.mus" in seen["text"] and seen["html"] is False


def test_the_groups_words_in_the_plan_and_at_a_card_are_shown_as_written(qtbot, window) -> None:
    """An agreement or a need is anyone's text (a .mus file, a preparation): »<b>« and »&« stay
    as written, not as HTML."""
    from PySide6.QtGui import QTextDocument

    from ishoj_mus.domain.grus import GroupAgreement, Need

    words = "Mindst 2 pauser <b>hver</b> dag & <i>ingen</i> møder efter kl. 15"
    g = window.document.group
    g.agreements.append(GroupAgreement(what=words))
    plans: PlansPage = _page(window, PlansPage)
    plans.refresh()
    shown = QTextDocument()
    shown.setHtml(plans.group_items.text())
    assert words in shown.toPlainText()
    station: StationPage = _page(window, StationPage, 1)
    g.needs.append(Need(station=station.station.id, text=words))
    station.refresh()
    assert station.needs.textFormat() == Qt.TextFormat.PlainText and words in station.needs.text()


def test_a_question_from_the_files_form_is_shown_as_written(qtbot) -> None:
    """The group form travels in the file: its questions are anyone's text, not HTML."""
    import dataclasses

    from PySide6.QtGui import QTextDocument

    form = group_form()
    words = "Hvad betyder <b>tillid</b> & frihed for jer?"
    first = dataclasses.replace(form.stations[0], questions=(words,))
    form = dataclasses.replace(form, stations=(first, *form.stations[1:]))
    w = GroupWindow(GroupDocument(demo_group_conversation(form)))
    qtbot.addWidget(w, before_close_func=forget_group_changes)
    page = next(
        w.pages.widget(i) for i in range(w.pages.count()) if isinstance(w.pages.widget(i), StationPage)
    )
    label = page.findChild(QLabel, "grusQuestions")
    shown = QTextDocument()
    shown.setHtml(label.text())
    assert words in shown.toPlainText()


def test_a_change_refused_half_way_leaves_the_conversation_as_it_was(window) -> None:
    """Bringing in preparations together: when one is refused after another came in, none is
    in, and nothing unsaved is left that undo does not know of."""
    from datetime import datetime

    from ishoj_mus.domain.codes import GroupRefused
    from ishoj_mus.domain.grus import GROUP

    g = window.document.group
    before = (list(g.contributions), list(g.preparations))
    ali, station = g.members[0], g.form.stations[0].id
    batch = [(ali.id, "ali.grus", {station: "Flere pauser"}), (GROUP, "gruppen.grus", {station: "x"})]
    with pytest.raises(GroupRefused):
        window.document.edit(
            "Hent forberedelser",
            lambda g: g.bring_in(batch, datetime.now().astimezone()),
            GroupChange(GroupPart.PREPARATIONS),
        )
    g = window.document.group
    assert (g.contributions, g.preparations) == before and not window.document.modified


def test_the_forms_titles_and_intros_are_shown_as_written_on_every_page(qtbot) -> None:
    """Every title and intro of the form (it travels in the file) is plain text on its page."""
    import dataclasses

    from PySide6.QtGui import Qt as QtGui

    form = group_form()
    words = "<h1>Ring til IT</h1>"
    sections = {
        k: dataclasses.replace(s, title=f"{k} {words}", intro=words) for k, s in form.sections.items()
    }
    first = dataclasses.replace(form.stations[0], title=f"kort {words}", intro=words)
    form = dataclasses.replace(
        form,
        stations=(first, *form.stations[1:]),
        sections=sections,
        participants_help=words,
    )
    w = GroupWindow(GroupDocument(demo_group_conversation(form)))
    qtbot.addWidget(w, before_close_func=forget_group_changes)
    as_html = [
        label.text()
        for label in w.findChildren(QLabel)
        if words in label.text()
        and label.textFormat() != Qt.TextFormat.PlainText
        and QtGui.mightBeRichText(label.text())
    ]
    assert as_html == []


def test_save_as_over_a_signed_conversation_asks_first_and_keeps_it(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    """»Gem som« onto a signed MUS conversation: the window's question names it as signed, and
    Annullér leaves it as it was. The GRUS window replaced it with only a .bak behind."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ishoj_mus.demo import sign_demo
    from ishoj_mus.demo_followup import demo_for_form
    from ishoj_mus.storage.musfile import save
    from tests.helpers import when_message_box

    signed = tmp_path / "samtale.mus"
    conv = demo_for_form("mus")
    sign_demo(conv)
    save(conv, signed)
    before = signed.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(signed), ""))
    seen = {}

    def cancel(box):
        seen["name"] = box.objectName()
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_message_box(cancel)
    assert window.save_as() is False
    assert seen["name"] == "confirmReplaceSigned" and signed.read_bytes() == before


def test_the_preparations_suggested_file_name_is_a_name_not_a_path(qtbot, monkeypatch) -> None:
    """»Ali/Yilmaz: A« suggested »GRUS_forberedelse_Ali/Yilmaz:_A.grus«: a folder »Ali« that
    is not there (the save then failed), and a name Windows refuses."""
    from PySide6.QtWidgets import QFileDialog

    from ishoj_mus.ui.grus.preparation import PreparationDialog

    dialog = PreparationDialog(group_form())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Ali/Yilmaz: A")
    offered = []

    def cancelled(parent, title, suggestion, *rest, **kwargs):
        offered.append(suggestion)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancelled)
    dialog._save()
    suggested = Path(offered[0])  # in a folder that is there (walk 2: not the program's folder)
    assert suggested.parent.is_dir() and suggested.name.startswith("GRUS_forberedelse_Ali")
    assert suggested.name.endswith(".grus") and not set(suggested.name) & set('/\\:*?"<>|')
