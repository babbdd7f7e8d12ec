"""The demo's half-year follow-up (``opfoelgning``), and the demo of any shipped form by its id.

Apart from :mod:`ishoj_mus.demo` so that opening the demo conversation does not import the
leader's year (``domain.years``, the overview's rules)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from ishoj_mus.demo import demo_conversation, set_answers, sign_demo
from ishoj_mus.domain.codes import FollowUpStatus, Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import Form
from ishoj_mus.domain.years import half_year_followup
from ishoj_mus.storage.forms import available_forms

M, L, F = Voice.MEDARBEJDER, Voice.LEDER, Voice.FAELLES


FOLLOW_UP_DATE = date(2027, 5, 20)

FOLLOW_UP_STATUS: dict[str, tuple[FollowUpStatus, str]] = {
    "demo-plan-1": (FollowUpStatus.DELVIST, "Modul 1 er gennemført; modul 2 begynder i september."),
    "demo-plan-2": (FollowUpStatus.OPFYLDT, "Skabelonen bruges i Spirerne og deles med Bien efter sommer."),
    "demo-plan-3": (FollowUpStatus.DELVIST, "Tavlen hænger, men eftermiddagsholdet bruger den sjældent."),
    "demo-plan-4": (FollowUpStatus.OPFYLDT, "Sparringen ligger fast i kalenderen og bliver holdt."),
    "demo-plan-5": (FollowUpStatus.OPFYLDT, "Oplægget blev holdt på personalemødet i februar."),
}

FOLLOW_UP_ANSWERS: dict[str, dict[Voice, str]] = {
    "status": {
        M: "Det går godt med sprogarbejdet, og skabelonen har sparet os for meget dobbeltarbejde. "
        "Overleveringen om eftermiddagen halter stadig.",
        L: "Mette har fået skabelonen godt i gang. Overleveringen tager jeg op med eftermiddagsholdet.",
    },
    "perspektiver": {
        F: "Styr på tingene: overleveringen mellem holdene skal fungere, før vi tager nyt i gang."
    },
    "trivsel": {M: "Jeg trives, og det har hjulpet med mere fleksible vagter i foråret."},
}


def demo_followup(form: Form, previous: Conversation | None = None) -> Conversation:
    """The demo MUS's half-year follow-up on ``form``, unsigned: statuses, answers and the
    adjusted plan (the MUS's agreements carried on, one moved)."""
    if previous is None:
        previous = demo_conversation()
        sign_demo(previous)
    conv = half_year_followup(previous, form, FOLLOW_UP_DATE, "MUS_2026-11-19_Hansen_Mette.pdf")
    conv.id = "demo0000000000000000000000000002"
    conv.created_at = datetime(2027, 5, 20, 9, 0).astimezone()
    conv.followups = [
        fu.assessed(*FOLLOW_UP_STATUS.get(fu.agreement.id, (FollowUpStatus.OPFYLDT, "")))
        for fu in conv.followups
    ]
    set_answers(conv, FOLLOW_UP_ANSWERS)
    conv.agreements = [
        replace(a, deadline=date(2027, 12, 15), follow_up=date(2027, 11, 1)) if a.id == "demo-plan-1" else a
        for a in conv.agreements
        if a.id not in ("demo-plan-4", "demo-plan-5")  # done: not carried on
    ]
    return conv


def demo_for_form(form_id: str) -> Conversation:
    """The fictional demo of a shipped form (``mus``, ``opfoelgning``); KeyError if none."""
    if form_id == "mus":
        return demo_conversation()
    builders = {"opfoelgning": demo_followup}
    if form_id not in builders:
        raise KeyError(form_id)
    for _path, form in available_forms():
        if isinstance(form, Form) and form.id == form_id:
            return builders[form_id](form)
    raise KeyError(form_id)
