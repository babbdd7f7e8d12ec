"""Crashes a type checker found before any user did; each test failed before its fix."""

from __future__ import annotations

import gc
import warnings

from PySide6.QtCore import QPoint, QThread
from PySide6.QtGui import QColor

from ishoj_mus.domain.codes import MissingCode
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.records import Employee, Leader
from ishoj_mus.importing import plan_import
from ishoj_mus.storage import musfile
from ishoj_mus.storage.form_files import default_form
from tests.helpers import open_window


def _first_page(pdf: bytes):
    import pypdfium2

    return pypdfium2.PdfDocument(pdf)[0]


def _sheet_pdf() -> bytes:
    from ishoj_mus.pdf.pipeline import sheet_pdf

    return sheet_pdf(default_form())


def test_a_preview_page_with_an_alpha_channel_shows_in_its_own_colours(qapp):
    """QImage has no Format_BGRA8888: a 4-channel page used to crash the preview."""
    from ishoj_mus.ui.outputs.pdf_actions import bitmap_image

    page = _first_page(_sheet_pdf())
    opaque = bitmap_image(page.render(scale=0.5, rev_byteorder=True, fill_color=(255, 200, 0, 255)))
    clear = bitmap_image(page.render(scale=0.5, rev_byteorder=True, fill_color=(255, 200, 0, 0)))
    assert opaque.hasAlphaChannel() is False and clear.hasAlphaChannel() is True
    # The page background is the fill colour, in the right byte order (orange, not blue).
    assert opaque.pixelColor(2, 2) == QColor(255, 200, 0)
    assert clear.pixelColor(2, 2).alpha() == 0
    assert opaque.size() == clear.size() and opaque.width() > 100


def test_the_pdf_runner_is_still_a_qobject_with_its_thread(qtbot):
    """``self.thread = None`` hid QObject.thread(): Qt's own calls on the runner failed."""
    window = open_window(qtbot)
    runner = window.pdf
    assert runner.thread() is QThread.currentThread()
    assert not runner.busy()


def test_the_agreements_editor_can_be_moved_on_screen_like_any_widget(qtbot):
    """``AgreementsEditor.move(index, delta)`` replaced QWidget.move(x, y)."""
    from ishoj_mus.ui.conversation.agreements import AgreementsEditor

    window = open_window(qtbot)
    window.open_demo()
    view = window.view
    index = [s.id for s in view.conv.form.steps].index("aftaler")
    view.go(index)
    editor = view.current_page().findChild(AgreementsEditor)
    before = [a.id for a in view.conv.agreements]
    editor.move(12, 34)
    assert editor.pos() == QPoint(12, 34)
    assert [a.id for a in view.conv.agreements] == before


def test_importing_last_years_file_leaves_no_file_open(tmp_path, demo):
    """An unclosed handle keeps the file locked on Windows (it could not be moved or deleted)."""
    path = tmp_path / "sidste.mus"
    musfile.save(demo, path)
    next_year = Conversation(form=default_form(), employee=Employee(demo.employee.name))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        assert plan_import(path, next_year).new  # what »Hent sidste års aftaler« asks
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_a_conversation_without_a_date_shows_no_made_up_date(qtbot):
    """Qt's default date, 01.01.2000, used to appear as if it were the conversation's date."""
    window = open_window(qtbot)
    conv = Conversation(form=default_form(), employee=Employee("Åse"), leader=Leader("Bo"))
    window.show_conversation(conv, None)
    page = window.view.current_page()
    assert "2000" not in page.date.text()
    assert page.date.text() == page.date.specialValueText()
    assert conv.date is None
    assert MissingCode.DATE in [m.code for m in conv.missing()]


def test_the_radar_chart_answers_qts_layout_question(qtbot, demo):
    """``RadarChart.layout(data)`` replaced QWidget.layout(): asking a chart for its layout crashed."""
    from ishoj_mus.ui.widgets.radar import RadarChart

    chart = RadarChart(demo)
    qtbot.addWidget(chart)
    assert chart.layout() is None
    chart.resize(400, 300)
    assert not chart.grab().isNull()
