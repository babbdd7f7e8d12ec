"""HR's desk words one file as one (danish-style: singular after 1)."""

from __future__ import annotations

import pytest

from tests.helpers import open_window, when_modal


@pytest.mark.parametrize(
    ("count", "said"),
    [
        (
            1,
            "1 af filerne er UBEKRÆFTET: uændret, men underskriveren er ikke bekræftet som samtalens "
            "leder. Skal den journaliseres sammen med de gyldige?",
        ),
        (
            3,
            "3 af filerne er UBEKRÆFTEDE: uændrede, men underskriveren er ikke bekræftet som samtalens "
            "leder. Skal de journaliseres sammen med de gyldige?",
        ),
    ],
)
def test_the_question_about_unconfirmed_files_counts_right(qtbot, count, said):
    window = open_window(qtbot)
    window.start_page.hr_button.click()
    seen = []

    def answer(box):
        seen.append(box.text())
        box.reject()

    when_modal(answer)
    assert window.hr_desk.ask_include_unconfirmed(count) is None
    assert seen == [said]


@pytest.mark.parametrize(("zoom", "lang"), [(100, "da"), (100, "en"), (150, "en")])
def test_the_headings_fit_before_any_file_is_checked(qtbot, zoom, lang):
    """Walk at 100 and 150 %: the empty desk showed »of the conver«, »ed by the lea«."""
    from PySide6.QtCore import QCoreApplication, Qt

    window = open_window(qtbot, lang=lang)
    window.settings.zoom = zoom
    window.apply_zoom()
    window.start_page.hr_button.click()
    view = window.hr_desk
    qtbot.waitUntil(lambda: not view._refit_pending)
    QCoreApplication.processEvents()
    fm = view.table.horizontalHeader().fontMetrics()
    for column in range(len(view.COLUMNS) - 1):
        heading = str(view.model.headerData(column, Qt.Orientation.Horizontal))
        assert fm.horizontalAdvance(heading) <= view.table.columnWidth(column) - 8, (heading, zoom)
