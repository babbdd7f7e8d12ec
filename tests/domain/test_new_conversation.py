"""Starting a new conversation: the rule lives in the domain, the dialog only asks."""

from __future__ import annotations

from datetime import date

import pytest

from ishoj_mus.domain.conversation import NewConversationRefused, new_conversation
from ishoj_mus.domain.records import Employee, Leader
from ishoj_mus.storage.form_files import default_form


def test_both_names_are_needed_to_start():
    form = default_form()
    for employee, leader in (("", "Bo"), ("Åse", "  "), ("", "")):
        with pytest.raises(NewConversationRefused) as refused:
            new_conversation(form, Employee(employee), Leader(leader), date(2026, 11, 27))
        assert refused.value.code == NewConversationRefused.NAMES_MISSING


def test_what_was_typed_is_kept_without_surrounding_spaces():
    conv = new_conversation(
        default_form(),
        Employee(" Åse Øberg ", "Social- og sundhedsassistent ", "", " 104233"),
        Leader("Bjørn Ærø", " Afdelingsleder"),
        date(2026, 11, 27),
        " Mødelokale 2 ",
    )
    assert conv.employee == Employee("Åse Øberg", "Social- og sundhedsassistent", "", "104233")
    assert conv.leader == Leader("Bjørn Ærø", "Afdelingsleder")
    assert (conv.date, conv.place) == (date(2026, 11, 27), "Mødelokale 2")
    assert not conv.is_locked and conv.followups == []
