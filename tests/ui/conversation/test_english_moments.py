"""Walk F13: a date and time in the English window reads "07.12.2026 at 03:58", not
"07.12.2026 kl. 03.58" (the Danish window and the command line keep "kl.")."""

from __future__ import annotations

from ishoj_mus.demo import demo_conversation, sign_demo
from tests.helpers import open_window


def _banner(qtbot, lang):
    window = open_window(qtbot, lang=lang)
    conv = demo_conversation()
    sign_demo(conv)
    window.show_conversation(conv, None)
    return window.view.banner_text.text()


def test_the_signed_banner_in_english_says_at(qtbot):
    text = _banner(qtbot, "en")
    assert "kl." not in text and " at " in text, text


def test_the_danish_banner_keeps_kl(qtbot):
    text = _banner(qtbot, None)
    assert " kl. " in text, text
