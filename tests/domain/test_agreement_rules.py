"""Building an agreement or a follow-up from what an editor shows is a domain rule, not a widget's."""

from __future__ import annotations

from datetime import date

from ishoj_mus.domain.codes import FollowUpStatus, Responsible
from ishoj_mus.domain.records import Agreement, FollowUp


def test_an_edited_agreement_keeps_its_id_and_its_link_to_last_year():
    old = Agreement("Kursus", responsible=Responsible.LEDER, carried_from="sidste-aar")
    new = old.edited(
        what="Kursus i konflikthåndtering",
        why="Andet modul mangler",
        perspective="styr-paa-tingene",
        responsible="medarbejder",  # a combobox hands back the code as a plain string
        deadline=date(2027, 3, 1),
        follow_up=None,
    )
    assert (new.id, new.carried_from) == (old.id, "sidste-aar")
    assert new.responsible is Responsible.MEDARBEJDER and new.perspective == "styr-paa-tingene"
    assert new.lacks() == []


def test_an_empty_choice_is_not_chosen():
    new = Agreement("Kursus").edited(
        what="", why="", perspective="", responsible="", deadline=None, follow_up=None
    )
    assert new.perspective is None and new.responsible is None
    assert new.lacks() == ["what", "responsible", "deadline"]


def test_a_follow_up_gets_a_status_from_its_code_or_none():
    fu = FollowUp(Agreement("Sprogkufferter"), source="2025.pdf")
    assert fu.assessed("delvist", "Halvvejs").status is FollowUpStatus.DELVIST
    assessed = fu.assessed(None, "Ikke talt om endnu")
    assert assessed.status is None and assessed.comment == "Ikke talt om endnu"
    assert assessed.agreement == fu.agreement and assessed.source == "2025.pdf"
