"""Issue 25 (tidy 4): HR's desk ended the details' filing line with a bare dash in English –
"No: cannot be read –", "No: changed after signing –" – where the Danish desk says why. The line
now says why in both languages, and never ends in a dash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from ishoj_mus.ui.widgets import i18n
from tests.helpers import open_window


@pytest.fixture
def english_back():
    yield
    i18n.install(QCoreApplication.instance(), "da")


def _filing_lines(qtbot, view, paths) -> dict[str, str]:
    """Each file's filing line in the details pane, as a person selecting its row sees it."""
    with qtbot.waitSignal(view.check_finished, timeout=180_000):
        view.check_paths(paths)
    lines = {}
    for n in range(view.proxy.rowCount()):
        view.table.selectRow(n)
        text = view.details.toPlainText().splitlines()
        name = text[0].rsplit("/", 1)[-1]
        [line] = [t for t in text if t.startswith(("No:", "Nej:", "Only if", "Kun hvis", "Can be", "Kan "))]
        lines[name] = line
    return lines


@pytest.mark.parametrize("lang", ["en", "da"])
def test_the_filing_line_says_why_and_never_ends_in_a_dash(qtbot, hr_folder, monkeypatch, lang, english_back):
    monkeypatch.setenv("ISHOJ_MUS_ORGANISATION", str(hr_folder.profile))
    window = open_window(qtbot, lang=lang)
    window.start_page.hr_button.click()
    view = window.hr_desk
    changed = next(p for p, e in hr_folder.expected.items() if e.verdict == "ÆNDRET")
    names = [changed, "referat.pdf.docx", "MUS_05_Brøndum.pdf", "udviklingsplan.pdf"]
    lines = _filing_lines(
        qtbot, view, [hr_folder.folder / n for n in names if (hr_folder.folder / n).exists()]
    )
    assert len(lines) >= 3, lines
    for name, line in lines.items():
        assert not line.rstrip().endswith("–"), (name, line)
    if lang == "en":
        assert lines["referat.pdf.docx"].startswith("No: cannot be read: "), lines
        assert lines[changed].startswith("No: changed after signing: "), lines
        assert "must not be filed: The document was changed after signing" in lines[changed], lines
    else:
        assert lines["referat.pdf.docx"].startswith("Nej: kan ikke læses: "), lines
        assert lines[changed].startswith("Nej: ændret efter underskrivningen: "), lines
