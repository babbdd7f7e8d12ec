"""The GRUS window's change notices say which part changed (issue 25, as the individual
conversation's): every page shows what the group holds after each edit, undo and redo – as a
page made afresh would – while a page that the change does not concern is left as it is (its
selection, its scroll position)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from ishoj_mus.domain.grus import LEADER, OfferAnswer
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.ui.grus.pages import AgreementsPage, ParticipantsPage, PlansPage
from ishoj_mus.ui.grus.signing_page import SigningPage
from ishoj_mus.ui.grus.station_page import StationPage
from ishoj_mus.ui.widgets.i18n import shown_form


def _shown(page: QWidget) -> list[object]:
    """What a person sees on the page: texts, list and table rows, choices, what is enabled."""
    seen: list[object] = []
    for w in page.findChildren(QWidget):
        if isinstance(w, QLabel):
            seen.append(w.text())
        elif isinstance(w, QLineEdit):
            seen.append((w.accessibleName(), w.text(), w.isEnabled()))
        elif isinstance(w, QPlainTextEdit):
            seen.append((w.accessibleName(), w.toPlainText(), w.isEnabled()))
        elif isinstance(w, QListWidget):
            seen.append([w.item(i).text() for i in range(w.count())])
        elif isinstance(w, QTableWidget):
            seen.append([[w.item(r, c).text() for c in range(w.columnCount())] for r in range(w.rowCount())])
        elif isinstance(w, QComboBox):
            seen.append(([w.itemText(i) for i in range(w.count())], w.isEnabled()))
        elif isinstance(w, QAbstractButton):
            seen.append((w.text(), w.isEnabled()))
    return seen


def _fresh_pages(window) -> list[QWidget]:
    document = window.document
    form = shown_form(document.group.form)
    pages: list[QWidget] = [ParticipantsPage(document)]
    pages += [StationPage(document, s) for s in form.stations]
    pages += [AgreementsPage(document), PlansPage(document), SigningPage(document)]
    return pages


def _nothing_stale(window) -> None:
    for index, fresh in enumerate(_fresh_pages(window)):
        page = window.pages.widget(index)
        if isinstance(page, PlansPage):
            assert isinstance(fresh, PlansPage)
            fresh.who.setCurrentIndex(page.who.currentIndex())  # the participant on show
        assert _shown(page) == _shown(fresh), type(page).__name__
        fresh.deleteLater()


def _station(window, station_id: str) -> tuple[int, StationPage]:
    for i in range(window.pages.count()):
        page = window.pages.widget(i)
        if isinstance(page, StationPage) and page.station.id == station_id:
            return i, page
    raise AssertionError(station_id)


def _of(window, cls):
    return next(
        window.pages.widget(i) for i in range(window.pages.count()) if isinstance(window.pages.widget(i), cls)
    )


def test_every_page_shows_the_group_after_each_edit_undo_and_redo(qtbot, window, tmp_path) -> None:
    document = window.document
    participants: ParticipantsPage = _of(window, ParticipantsPage)
    agreements: AgreementsPage = _of(window, AgreementsPage)
    plans: PlansPage = _of(window, PlansPage)
    signing: SigningPage = _of(window, SigningPage)
    _, trivsel = _station(window, "trivsel")
    plans.who.setCurrentIndex(1)

    def add_member() -> None:
        participants.name.setText("Bo Berg")
        participants.job.setText("Pædagog")
        participants.add_member()

    def contribution() -> None:
        trivsel.author.setCurrentIndex(trivsel.author.findData(document.group.members[0].id))
        trivsel.text.setText("Vi savner en fast pause")
        trivsel.add_contribution()

    def need() -> None:
        trivsel.text.setText("Faste pauser")
        trivsel.add_need()

    def notes() -> None:
        trivsel.notes.setPlainText("Pauserne ligger skævt")
        trivsel._save_notes()

    def details() -> None:
        participants.team.setText("Børnehuset Mælkebøtten")
        participants.leader.setText("Hanne Lund")
        participants._save_details()

    def agree() -> None:
        agreements.needs.setCurrentRow(agreements.needs.count() - 1)
        agreements.agree()

    def prioritise() -> None:
        agreements.needs.setCurrentRow(agreements.needs.count() - 1)
        agreements.move_need(-1)

    def deadline() -> None:
        agreements.table.item(0, 2).setText("31.05.2027")

    def plan_item() -> None:
        plans.item_text.setText("Kursus i motorik")
        plans.item_deadline.setText("01.06.2027")
        plans.add_item()

    def offer() -> None:
        plans.offered.setText("20.11.2026")
        plans.answer.setCurrentIndex(plans.answer.findData(OfferAnswer.DECLINED))
        plans._save_offer()

    def bring_in() -> None:
        leader = document.group.leader.name
        window.bring_in([tmp_path / "x.grus"], lambda _p, _f: (leader, {"trivsel": "Mere ro"}), MusFileError)

    def remove_member() -> None:
        participants.members.setCurrentRow(participants.members.count() - 1)
        participants.remove_member()

    steps = (
        add_member, contribution, need, notes, details, agree, prioritise, deadline, plan_item, offer, bring_in,
        remove_member,
    )  # fmt: skip
    for step in steps:
        count = document.undo_stack.count()
        step()
        assert document.undo_stack.count() == count + 1, step.__name__  # it was an edit
        _nothing_stale(window)
        document.undo()
        _nothing_stale(window)
        document.redo()
        _nothing_stale(window)
    # signing: the lock reaches every card (the new agreement gets its deadline first)
    for row in range(agreements.table.rowCount()):
        if not agreements.table.item(row, 2).text():
            agreements.table.item(row, 2).setText("31.05.2027")
    assert not document.group.missing()
    signing.who.setCurrentIndex(signing.who.findData(LEADER))
    signing.name.setText(document.group.leader.name)
    signing.sign()
    assert LEADER in document.group.signatures and not trivsel.text.isEnabled()
    _nothing_stale(window)


def test_a_change_at_one_card_leaves_the_other_pages_as_they_are(qtbot, window) -> None:
    """The participants' list and another card's list keep their selection (they were rebuilt,
    and the selection lost, on every change)."""
    participants: ParticipantsPage = _of(window, ParticipantsPage)
    participants.members.setCurrentRow(1)
    _, other = _station(window, "innovation")
    other.contributions.setCurrentRow(0)
    index, trivsel = _station(window, "trivsel")
    window.nav.setCurrentRow(index)
    before = trivsel.contributions.count()
    trivsel.text.setFocus()
    qtbot.keyClicks(trivsel.text, "Vi kan bytte vagter")
    qtbot.keyClick(trivsel.text, Qt.Key.Key_Return)
    assert trivsel.contributions.count() == before + 1  # this card shows it
    assert participants.members.currentRow() == 1
    assert other.contributions.currentRow() == 0
    window.document.undo()  # undone: the same part changes back, and only there
    assert trivsel.contributions.count() == before
    assert participants.members.currentRow() == 1 and other.contributions.currentRow() == 0
