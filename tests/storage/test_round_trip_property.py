"""Any conversation the editors and commands can produce survives saving and opening, protected
or not (issue #24: the window could make what the loader refused).

Every text goes in as an editor hands it to the conversation: cut to its declared limit (as
``widgets/limits.keep_within`` does), control characters and all; the conversation tidies what
a file cannot keep. The texts are drawn long and odd on purpose:
control characters, CR LF, lone surrogates, emoji, and lengths around the limits.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ishoj_mus.demo import demo_conversation
from ishoj_mus.domain import shape
from ishoj_mus.domain.behaviours import BehaviourMarking, behaviours_of
from ishoj_mus.domain.bounds import bound_problems
from ishoj_mus.domain.codes import BehaviourMark, FollowUpStatus, Responsible, Voice
from ishoj_mus.domain.form_steps import PARTIES, TEXT_KINDS, FieldKind
from ishoj_mus.domain.records import Agreement, FollowUp, OwnTopic, ScaleValue, Signature
from ishoj_mus.storage import musfile
from ishoj_mus.storage.sealed import Seal

PASSPHRASE = "korrekt hest batteri hæfteklamme"
_SEAL: list[Seal] = []


def _seal() -> Seal:
    if not _SEAL:
        _SEAL.append(Seal.new(PASSPHRASE))  # one key derivation for the whole run
    return _SEAL[0]


ODD = st.sampled_from(["\r\n", "\r", "\x0b", "\x00", "\ud800", "😀", "æøå", "\u202e", "\t", "\n", " "])
SHORT = st.text(max_size=40) | st.lists(ODD, max_size=6).map("".join)


def long_text(limit: int) -> st.SearchStrategy[str]:
    """A text around ``limit``: just under, at, or over it (a paste)."""
    return st.builds(
        lambda n, c, odd: (c * n)[: n - len(odd)] + odd,
        st.sampled_from([limit - 1, limit, limit + 1, limit + 5_000]),
        st.sampled_from(["x", "æ", "ord "]),
        st.lists(ODD, max_size=3).map("".join),
    )


def text_for(path: str) -> st.SearchStrategy[str]:
    return SHORT | long_text(shape.limit(path))


def typed(path: str, value: str) -> str:
    return shape.clip(value, path)[0]


DATES = st.dates(date(shape.YEARS[0], 1, 1), date(shape.YEARS[1], 12, 31))


@st.composite
def edits(draw: st.DrawFn, conv) -> None:
    """One edit, as a page, a panel or a command makes it."""
    form = conv.form
    text_fields = [f for _, f in form.fields() if f.kind in TEXT_KINDS]
    scale_fields = [f for _, f in form.fields() if f.kind == FieldKind.SCALE]
    steps = [s.id for s in form.steps]
    perspectives = [None, *(p.id for p in form.framework.perspectives)]
    kind = draw(st.sampled_from(range(12)))
    if kind == 0:
        f = draw(st.sampled_from(text_fields))
        conv.set_answer(f.id, draw(st.sampled_from(f.voices)), typed("answers", draw(text_for("answers"))))
    elif kind == 1:
        voice = draw(st.sampled_from(PARTIES))
        conv.set_private_note(
            draw(st.sampled_from(steps)), voice, typed("private_notes", draw(text_for("private_notes")))
        )
    elif kind == 2:
        f = draw(st.sampled_from(scale_fields))
        value = st.none() | st.integers(f.scale_min, f.scale_max)
        conv.set_scale(f.id, draw(st.sampled_from(f.voices)), ScaleValue(draw(value), draw(value)))
    elif kind == 3 and len(conv.agreements) < 30:
        agreement = Agreement(what="").edited(
            what=typed("agreements.what", draw(text_for("agreements.what"))),
            why=typed("agreements.why", draw(text_for("agreements.why"))),
            perspective=draw(st.sampled_from(perspectives)),
            responsible=draw(st.none() | st.sampled_from(Responsible)),
            deadline=draw(st.none() | DATES),
            follow_up=draw(st.none() | DATES),
        )
        conv.insert_agreement(draw(st.integers(0, len(conv.agreements))), agreement)
    elif kind == 4 and len(conv.topics) < 10:
        voices = tuple(draw(st.lists(st.sampled_from(list(Voice)), min_size=1, max_size=3, unique=True)))
        topic = OwnTopic(
            typed("topics.title", draw(text_for("topics.title"))),
            voices=voices,
            step_id=draw(st.none() | st.sampled_from(steps)),
        )
        for voice in voices:
            topic = topic.with_answer(voice, typed("topics.answers", draw(text_for("topics.answers"))))
        conv.insert_topic(len(conv.topics), topic)
    elif kind == 5:
        b = draw(st.sampled_from(behaviours_of(form.framework)))
        mark = draw(st.none() | st.sampled_from(BehaviourMark))
        comment = typed("behaviour_marks.comment", draw(text_for("behaviour_marks.comment")))
        marking = None if mark is None else BehaviourMarking(mark, comment)
        conv.set_behaviour_mark(b.id, draw(st.sampled_from(PARTIES)), marking)
    elif kind == 6:
        agenda = draw(
            st.dictionaries(st.sampled_from(steps), st.integers(0, shape.AGENDA_MINUTES), max_size=4)
        )
        conv.set_agenda(agenda)
        conv.add_time(draw(st.sampled_from(steps)), draw(st.integers(1, 4 * shape.STEP_SECONDS)))
    elif kind == 7:
        employee = dataclasses.replace(
            conv.employee,
            name=typed("employee.name", draw(text_for("employee.name"))),
            job_title=typed("employee.job_title", draw(SHORT)),
        )
        conv.set_employee(employee)
        conv.set_leader(
            dataclasses.replace(conv.leader, name=typed("leader.name", draw(text_for("leader.name"))))
        )
        conv.set_place(typed("place", draw(text_for("place"))))
        conv.set_date(draw(st.none() | DATES))
    elif kind == 8:
        f = draw(st.sampled_from(text_fields))
        conv.set_not_relevant(f.id, draw(st.booleans()))
    elif kind == 9:
        conv.set_remark(typed("remark", draw(text_for("remark"))))
    elif kind == 10 and conv.followups:
        i = draw(st.integers(0, len(conv.followups) - 1))
        fu = conv.followups[i].assessed(
            draw(st.none() | st.sampled_from(FollowUpStatus)),
            typed("followups.comment", draw(text_for("followups.comment"))),
        )
        conv.replace_followup(i, fu)
    elif kind == 11:
        source = typed("followups.agreement.what", draw(text_for("followups.agreement.what")))
        conv.set_followups([*conv.followups, FollowUp(Agreement(what=source), source="MUS_2025.mus")])


def _sign_and_reopen(conv, draw: st.DrawFn) -> None:
    """Typed signatures (a name may be anything the name editor allowed), then maybe reopening."""
    conv.preparations = {}
    for f in list(conv.missing()):
        if f.field_id and f.voice is not None:
            conv.set_answer(f.field_id, f.voice, "svar")
    if conv.missing():
        return
    when = datetime(2026, 11, 19, 10, 12, tzinfo=timezone(timedelta(hours=1)))
    for voice in PARTIES:
        name = conv.signer_name(voice)
        if not name.strip():
            return
        conv.sign(Signature(voice, name, when, (), typed_name=name))
    if draw(st.booleans()):
        conv.reopen(
            conv.leader.name, Voice.LEDER, when, typed("history.note", draw(text_for("history.note")))
        )


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@given(data=st.data())
def test_what_the_editors_make_is_saved_and_opens_again_the_same(tmp_path_factory, data):
    conv = demo_conversation()
    for _ in range(data.draw(st.integers(1, 12))):
        data.draw(edits(conv))
    if data.draw(st.booleans()):
        _sign_and_reopen(conv, data.draw)
    assert bound_problems(conv) == []
    path = tmp_path_factory.mktemp("samtaler") / "mette.mus"
    protected = data.draw(st.sampled_from([False, False, False, True]))
    musfile.save(conv, path, _seal() if protected else None)  # the last guard lets it through
    notes: list[str] = []
    if protected:
        reopened, _ = musfile.load_sealed(path, PASSPHRASE, notes)
    else:
        reopened = musfile.load(path, notes)
    assert notes == []  # nothing had to be repaired
    assert reopened == conv
    assert reopened.time_used == conv.time_used
