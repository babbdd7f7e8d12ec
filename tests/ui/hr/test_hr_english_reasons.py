"""HR's desk in the English window says why in English (issue 25, point 3): verify's reasons –
with the signer's name, the certificate's issuer, a file name in them – are a code and
parameters from the catalogue (``pdf.verify_words``), worded through Qt's translation. Before,
every sentence with a name in it stood in Danish under the label "The check's own words"."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt

from tests.helpers import open_window

# Danish function words our sentences are made of; names and file names hold none of them as
# words ("kopi_af_Al-Sayed.pdf" is one word).
DANISH = re.compile(
    r"\b(er|ikke|og|af|til|som|med|kan|den|det|der|men|efter|samtalens|underskrevet|"
    r"underskriveren|certifikat|certifikatet|journaliseres|filen|bekræftet|lederen)\b",
    re.IGNORECASE,
)
# A certificate's fingerprint ("…:7E:AF:…", new certificates every run) is hex, not words.
HEX = re.compile(r"\b[0-9A-F]{2}(?::[0-9A-F]{2})+\b")


def test_every_reason_on_the_desk_is_english(qtbot, hr_folder, monkeypatch):
    monkeypatch.setenv("ISHOJ_MUS_ORGANISATION", str(hr_folder.profile))
    window = open_window(qtbot, lang="en")
    try:
        window.start_page.hr_button.click()
        view = window.hr_desk
        with qtbot.waitSignal(view.check_finished, timeout=180_000):
            view.check_paths([hr_folder.folder])
        seen: list[str] = []
        for row in range(view.proxy.rowCount()):
            view.table.setCurrentIndex(view.proxy.index(row, 0))
            details = view.details.toPlainText()
            tips = [
                view.proxy.index(row, c).data(Qt.ItemDataRole.ToolTipRole) or ""
                for c in range(view.proxy.columnCount())
            ]
            for text in [details, *tips]:
                seen.append(text)
                assert "The check's own words" not in text, text
                # the XMP lines are the file's own data (the organisation's document type names)
                ours = "\n".join(line for line in text.splitlines() if not line.startswith("  "))
                found = DANISH.findall(HEX.sub("", ours))
                assert not found, (found, text)
        everything = "\n".join(seen)
        # the reasons that carry names were Danish before: now each is there in English
        assert "is not confirmed by the organisation" in everything or "does not confirm" in everything
        assert "a certificate the program made itself" in everything, everything
        assert "The same file as “" in everything, everything
    finally:
        from ishoj_mus.ui.widgets import i18n

        i18n.install(QCoreApplication.instance(), "da")


def test_a_file_that_is_gone_is_said_in_english(qtbot, tmp_path):
    """A chosen file that is not there (or a FIFO, a folder …) is ULÆSELIG with storage's Danish
    sentence ("»x« findes ikke. Tjek stavemåden …"); the English desk says that same sentence in
    English, from its code (issue 25: worded once, in storage.bounded)."""
    window = open_window(qtbot, lang="en")
    try:
        window.start_page.hr_button.click()
        view = window.hr_desk
        with qtbot.waitSignal(view.check_finished, timeout=60_000):
            view.check_paths([tmp_path / "væk.pdf"])
        view.table.setCurrentIndex(view.proxy.index(0, 0))
        details = view.details.toPlainText()
        tip = view.proxy.index(0, view.COLUMNS.index("filing")).data(Qt.ItemDataRole.ToolTipRole) or ""
        assert "“væk.pdf” does not exist. Check the spelling, or choose the file again." in details, details
        assert tip == "Unreadable: “væk.pdf” does not exist. Check the spelling, or choose the file again.", (
            tip
        )
        for text in (details, tip):
            assert "findes ikke" not in text and "The check's own words" not in text, text
        assert view.rows[0].result.message.startswith("»væk.pdf« findes ikke.")  # the CLI's words
    finally:
        from ishoj_mus.ui.widgets import i18n

        i18n.install(QCoreApplication.instance(), "da")


def test_the_danish_desk_says_storage_s_sentence_for_every_file_not_read(qapp):
    """Worded once (issue 25): the Danish desk's details and filing reason for a file not read are
    verify's lines as the command line prints them, for every reason a file is refused."""
    from pathlib import Path

    from ishoj_mus.pdf.verify_result import unreadable
    from ishoj_mus.pdf.verify_words import Reason, say
    from ishoj_mus.storage.bounded import InputRefused, Refusal
    from ishoj_mus.ui.hr import texts

    for reason in Refusal:
        if reason == Refusal.TOO_LARGE:  # verify says that in its own words
            continue
        exc = InputRefused(reason, Path("/tmp/HR/væk.pdf"))
        r = unreadable("væk.pdf", exc.message, reason.value)
        filing = say(Reason.FILE_UNREADABLE, r.message)
        # the command line's lines, byte for byte
        assert texts.detail_lines(r) == r.lines == [f"ULÆSELIG: »væk.pdf«: {r.message}"]
        assert texts.filing_reason(filing, r) == filing
