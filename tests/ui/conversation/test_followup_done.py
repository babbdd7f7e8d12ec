"""The walker's half-year follow-up: an agreement marked »Opfyldt« under »Siden MUS« was still
carried into »Justerede aftaler« as an active agreement; and next year, agreements loaded from
the half-year file said »Hentet fra MUS …«."""

from __future__ import annotations

from datetime import date

from ishoj_mus.demo import demo_conversation, sign_demo
from ishoj_mus.domain.codes import FollowUpStatus
from ishoj_mus.domain.years import half_year_followup
from ishoj_mus.importing import plan_import
from ishoj_mus.storage import musfile
from ishoj_mus.storage.form_files import load_form
from ishoj_mus.ui.conversation import commands
from ishoj_mus.ui.conversation.fields import find
from ishoj_mus.ui.conversation.followups import FollowupsEditor
from tests.conftest import ROOT
from tests.helpers import open_window


def _followups(window) -> FollowupsEditor:
    view = window.view
    for index in range(len(view.conv.form.steps)):
        view.go(index)
        for editor in getattr(view.current_page(), "editors", []):
            if isinstance(editor, FollowupsEditor):
                return editor
    raise AssertionError("no follow-ups on any step")


def _half_year():
    previous = demo_conversation()
    sign_demo(previous)
    form = load_form(ROOT / "forms" / "opfoelgning.toml")
    return previous, half_year_followup(previous, form, date(2027, 5, 20), "MUS_Mette.pdf")


def test_an_agreement_marked_done_is_not_carried_on(qtbot):
    _previous, conv = _half_year()
    window = open_window(qtbot)
    window.show_conversation(conv, None, dirty=True)
    conv = window.view.conv
    done = conv.followups[1]
    assert conv.carried_forward(done) is not None, "the half-year carries every agreement on"
    count = len(conv.agreements)
    row = _followups(window).rows[1]
    row.status.setCurrentIndex(find(row.status, FollowUpStatus.OPFYLDT))
    assert conv.followups[1].status == FollowUpStatus.OPFYLDT
    assert conv.carried_forward(conv.followups[1]) is None, "»Opfyldt« and still an active agreement"
    assert len(conv.agreements) == count - 1
    # One undo brings both back.
    window.view.document.undo_stack.undo()
    assert conv.followups[1].status is None and len(conv.agreements) == count
    assert conv.carried_forward(conv.followups[1]) is not None
    # Partly done: it stays carried on.
    row.status.setCurrentIndex(find(row.status, FollowUpStatus.DELVIST))
    assert conv.carried_forward(conv.followups[1]) is not None


def test_an_adjusted_carried_agreement_is_kept_when_marked_done(qtbot):
    _previous, conv = _half_year()
    window = open_window(qtbot)
    window.show_conversation(conv, None, dirty=True)
    conv = window.view.conv
    carried = conv.carried_forward(conv.followups[0])
    at = conv.agreements.index(carried)
    from dataclasses import replace

    adjusted = replace(carried, what=carried.what + " – nu med mentor")
    assert window.document.push(commands.ReplaceAgreement(conv, at, adjusted))
    row = _followups(window).rows[0]
    row.status.setCurrentIndex(find(row.status, FollowUpStatus.OPFYLDT))
    assert conv.carried_forward(conv.followups[0]) is not None, "what they adjusted is never dropped"


def test_agreements_from_a_half_year_file_say_where_they_came_from(tmp_path):
    _previous, half = _half_year()
    path = tmp_path / "Halvårsopfølgning_2027-05-20_Hansen_Mette.mus"
    musfile.save(half, path)
    description = plan_import(path, demo_conversation()).previous.description
    assert description.startswith("Halvårsopfølgning 20.05.2027 mellem "), description
    assert "MUS" not in description.split("(")[0]
