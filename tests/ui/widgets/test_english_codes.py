"""English mode is English wherever our own words appear: the domain hands the window codes
(a status, a voice, what is missing, why a signature was refused), and the window words them
through tr(). Before, the missing list and a refused signature came out in Danish."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from ishoj_mus.demo import demo_conversation, signature_strokes
from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.records import Agreement, FollowUp, Signature
from ishoj_mus.storage import musfile
from ishoj_mus.ui.conversation.commands import Sign
from ishoj_mus.ui.conversation.summary_page import SummaryPage
from tests.helpers import open_window

DANISH = re.compile(
    r"Aftale|Hvad|Ansvarlig|Frist|mangler|Medarbejder|MEDARBEJDER|LEDER|FÆLLES|Fælles|Opfyldt|opfyldt|"
    r"Bortfaldet|Status for «|Underskriv|underskrevet|Opsummering"
)


def test_the_window_in_english_says_codes_in_english(qtbot, tmp_path):
    conv = demo_conversation()
    conv.insert_agreement(len(conv.agreements), Agreement(what="", responsible=None))
    first = conv.followups[0]
    conv.replace_followup(0, FollowUp(first.agreement, None, first.comment, first.source))
    path = tmp_path / "engelsk.mus"
    musfile.save(conv, path)

    window = open_window(qtbot, lang="en")
    try:
        assert window.open_path(path, ask=False)
        view = window.view
        conv = view.conv
        n = len(conv.agreements)

        # The missing list on the summary page.
        summary_at = next(i for i, s in enumerate(conv.form.steps) if s.kind.value == "summary")
        view.go(summary_at)
        page = view.current_page()
        assert isinstance(page, SummaryPage)
        missing = page.missing_label.text()
        assert f"Agreement {n}: What" in missing and f"Agreement {n}: Responsible" in missing
        assert f"Status for “{first.agreement.what}”" in missing
        ours = missing.replace(first.agreement.what, "")
        for step in conv.form.steps:  # the form's own titles are data, in the form's language
            ours = ours.replace(step.title, "")
        assert not DANISH.search(ours), ours

        # Voice labels in the window's summary.
        shown = page.browser.toPlainText()
        assert "EMPLOYEE" in shown and "LEADER" in shown and "TOGETHER" in shown
        assert not re.search(r"MEDARBEJDER|LEDER\b|FÆLLES", shown)

        # The status and responsible choices.
        for index, step in enumerate(conv.form.steps):
            if any(f.kind.value in ("followups", "agreements") for f in step.fields):
                view.go(index)
        items = [c.itemText(i) for c in window.findChildren(QComboBox) for i in range(c.count())]
        assert {"Achieved", "Partly achieved", "Not achieved", "Dropped"} <= set(items)
        assert {"Opfyldt", "Delvist opfyldt", "Ikke opfyldt", "Bortfaldet", "Begge"}.isdisjoint(items)

        # A refused signature says why in English.
        signature = Signature(
            Voice.MEDARBEJDER, conv.employee.name, datetime.now().astimezone(),
            signature_strokes(conv.employee.name),
        )  # fmt: skip
        assert not view.document.push(Sign(conv, signature), quiet=True)
        refusal = view.document.last_refusal
        assert refusal.startswith(f"{len(conv.missing())} answers are still missing"), refusal
        assert not DANISH.search(refusal), refusal
    finally:
        window.dirty = False
        window.close()
        from ishoj_mus.ui.widgets import i18n

        i18n.install(QCoreApplication.instance(), "da")
