"""The leader's overview in English, a file in the folder with a wrong value (issue 25): the
reason read "“svar.mus” is damaged: der er svar til feltet »nope«, som formularen ikke har som
tekstfelt. Try another copy of the file." The scan keeps the worded detail beside its Danish
text (also in its cache), and the window says it in English; the Danish stays as it was."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QCoreApplication

from ishoj_mus.demo import demo_conversation
from ishoj_mus.storage import musfile, overview_scan
from ishoj_mus.ui.widgets import i18n
from tests.helpers import year_view

ENGLISH = (
    "“svar.mus” is damaged: there are answers to the field “nope”, which the form does not have as a "
    "text field. Try another copy of the file."
)
DANISH = (
    "»svar.mus« er beskadiget: der er svar til feltet »nope«, som formularen ikke har som tekstfelt. "
    "Prøv en anden kopi af filen."
)


def _reasons(view) -> list[str]:
    model = view.problem_model
    return [model.index(i, 1).data() for i in range(model.rowCount())]


def test_the_english_overview_says_a_wrong_value_in_english(qtbot, tmp_path):
    root = tmp_path / "Samtaler"
    root.mkdir()
    doc = json.loads(musfile.dumps(demo_conversation()))
    doc["conversation"]["answers"]["nope"] = {"medarbejder": "Et svar"}
    (root / "svar.mus").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    i18n.install(QCoreApplication.instance(), "en")
    try:
        assert _reasons(year_view(qtbot, root, date(2026, 3, 1))) == [ENGLISH]
        again = overview_scan.scan(root)
        assert again.from_cache == 1 and [e.problem for e in again.entries] == [DANISH]  # from the cache
        assert _reasons(year_view(qtbot, root, date(2026, 3, 1))) == [ENGLISH]
    finally:
        i18n.install(QCoreApplication.instance(), "da")
    assert _reasons(year_view(qtbot, root, date(2026, 3, 1))) == [DANISH]
