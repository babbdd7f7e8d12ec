"""The two signed outputs, checked on the real PDFs: what HR receives, and the employee's copy.

With the demo (a private note on the wellbeing step, and the wellbeing detail ``balance``
marked ``hr = false`` in the form): the HR edition's text and attachment hold neither, nor any
signature stroke; the employee's copy holds both; the development-plan policy gives HR the
agreements and the signatures but no answers; next year's import works from either HR edition.
"""

import json

import pikepdf
import pytest

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form_steps import FieldKind
from ishoj_mus.domain.records import Employee
from ishoj_mus.importing import plan_import
from ishoj_mus.pdf.archive import ATTACHMENT_NAME
from ishoj_mus.storage import musfile
from tests.conftest import run_cli
from tests.helpers import loose, loose_pdf_text, pdf_text

M, L = Voice.MEDARBEJDER, Voice.LEDER
RETENTION = "Opbevares efter kommunens regler for personalesager."


def _attachment(path) -> bytes:
    with pikepdf.open(path) as pdf:
        return pdf.attachments[ATTACHMENT_NAME].get_file().read_bytes()


def _subject(path) -> str:
    with pikepdf.open(path) as pdf:
        return str(pdf.docinfo.get("/Subject", ""))


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """The signed demo, and its HR edition, employee's copy and HR edition under the plan policy.

    The first two come from the command line; the third in-process (the profile found through
    ISHOJ_MUS_ORGANISATION, as the command line finds it), to keep the test quick.
    """
    import os

    from ishoj_mus.demo import demo_conversation, sign_demo
    from ishoj_mus.pdf import pipeline
    from ishoj_mus.pdf.verification import check_pdf

    root = tmp_path_factory.mktemp("editions")
    home = root / "home"
    conv = demo_conversation()
    sign_demo(conv)
    src = root / "samtale.mus"
    musfile.save(conv, src)
    env = {"ISHOJ_MUS_HOME": str(home)}
    for name, extra in (("hr", []), ("copy", ["--copy", "medarbejder"])):
        result = run_cli("pdf", str(src), *extra, "-o", str(root / f"{name}.pdf"), env=env)
        assert result.returncode == 0, (name, result.stderr)
    profile = root / "organisation.toml"
    profile.write_text(f'hr_edition = "udviklingsplan"\nretention_note = "{RETENTION}"\n', encoding="utf-8")
    saved = {k: os.environ.get(k) for k in ("ISHOJ_MUS_HOME", "ISHOJ_MUS_ORGANISATION")}
    os.environ.update(ISHOJ_MUS_HOME=str(home), ISHOJ_MUS_ORGANISATION=str(profile))
    try:
        (root / "plan.pdf").write_bytes(pipeline.summary_pdf(conv))
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    paths = {name: root / f"{name}.pdf" for name in ("hr", "copy", "plan")}
    for path in paths.values():
        assert check_pdf(path.read_bytes()).intact  # unchanged (self-made key: UBEKRÆFTET)
    return conv, paths


def _private(conv) -> list[str]:
    return [conv.private_note("trivsel", v) for v in (M, L)]


def _hr_false(conv) -> list[str]:
    return [conv.answer("balance", v) for v in conv.form.field("balance").voices]


def _stroke_numbers(conv) -> list[str]:
    """A few coordinates of the drawn signatures, as they would be written in JSON."""
    return [json.dumps(list(sig.strokes[0][3])) for sig in conv.signatures.values()]


def test_hr_edition_has_neither_the_private_note_nor_the_hr_false_detail(made):
    conv, pdf = made
    text, data = loose_pdf_text(pdf["hr"]), _attachment(pdf["hr"]).decode("utf-8")
    for secret in _private(conv) + _hr_false(conv):
        assert secret and loose(secret) not in text
        assert secret not in data and secret[:25] not in data
    assert "KUNMELLEMOS" not in text  # the label of a private note block
    # the rest of the conversation is there
    assert loose(conv.answer("trivsel", M)) in text
    assert loose(conv.answer("feedback_til_leder", M)) in text
    assert "HRUDGAVE(REFERAT)" in text


def test_hr_edition_attachment_holds_no_stroke_coordinates(made):
    conv, pdf = made
    doc = json.loads(_attachment(pdf["hr"]))
    signatures = doc["conversation"]["signatures"]
    assert {s["signer"] for s in signatures} == {"Mette Hansen", "Jonas Kristensen"}
    assert all(s["strokes"] == [] for s in signatures)
    raw = _attachment(pdf["hr"]).decode("utf-8")
    for numbers in _stroke_numbers(conv):
        assert numbers.replace(" ", "") not in raw.replace(" ", "").replace("\n", "")
    assert doc["conversation"]["private_notes"] == {}
    # The drawn signatures are on the page all the same: vector paths in the page content.
    with pikepdf.open(pdf["hr"]) as p:
        content = b"".join(
            page.Contents.read_bytes()
            if not isinstance(page.Contents, pikepdf.Array)
            else b"".join(c.read_bytes() for c in page.Contents)
            for page in p.pages
        )
    assert content.count(b" l ") > 50


def test_employee_copy_holds_everything_and_says_it_is_not_for_filing(made):
    conv, pdf = made
    text = loose_pdf_text(pdf["copy"])
    for secret in _private(conv) + _hr_false(conv):
        assert loose(secret) in text
    assert loose("Medarbejderens eksemplar – journaliseres ikke") in text
    assert "KUNMELLEMOS" in text
    assert "journaliseres ikke" in _subject(pdf["copy"])


def test_udviklingsplan_edition_has_agreements_and_signatures_but_no_answers(made):
    conv, pdf = made
    text = loose_pdf_text(pdf["plan"])
    for a in conv.agreements:
        assert loose(a.what) in text
    assert "MetteHansen" in text and "JonasKristensen" in text and "Underskrevet" in text
    assert loose(conv.signatures[M].remark) in text
    assert "UdviklingsplanogbekræftelseafMUS" in text
    for _, f in conv.form.fields():
        if f.kind in (FieldKind.LONG_TEXT, FieldKind.SHORT_TEXT):
            for v in f.voices:
                answer = conv.answer(f.id, v)
                assert not answer or loose(answer)[:40] not in text, (f.id, v)
    for fu in conv.followups:
        assert loose(fu.comment) not in text
    for secret in _private(conv):
        assert loose(secret) not in text
    data = json.loads(_attachment(pdf["plan"]))["conversation"]
    assert data["answers"] == {} and data["followups"] == [] and data["private_notes"] == {}


def test_retention_note_in_footer_and_metadata_of_the_hr_edition_only(made):
    _, pdf = made
    assert loose(RETENTION) in loose_pdf_text(pdf["plan"])
    assert RETENTION in _subject(pdf["plan"])
    with pikepdf.open(pdf["plan"]) as p:
        with p.open_metadata() as meta:
            assert RETENTION in str(meta.get("dc:description", ""))
        n = len(p.pages)
    assert loose_pdf_text(pdf["plan"]).count(loose(RETENTION)) >= n  # on every page
    assert loose(RETENTION) not in loose_pdf_text(pdf["copy"])


@pytest.mark.parametrize("edition", ["hr", "plan"])
def test_next_year_imports_the_agreements_from_either_hr_edition(made, edition):
    """As »Hent sidste års aftaler« in next year's conversation with the same employee."""
    conv, pdf = made
    plan = plan_import(pdf[edition], Conversation(form=conv.form, employee=Employee(conv.employee.name)))
    assert [f.agreement for f in plan.new] == conv.agreements and not plan.other_employee
    assert all(f.status is None and f.source == plan.previous.description for f in plan.new)
    assert pdf[edition].name in plan.previous.description and "Mette Hansen" in plan.previous.description


def test_a_broken_profile_is_one_clear_line(tmp_path, demo):
    src = tmp_path / "s.mus"
    musfile.save(demo, src)
    profile = tmp_path / "organisation.toml"
    profile.write_text('hr_edition = "alt"\n', encoding="utf-8")
    result = run_cli("pdf", str(src), env={"ISHOJ_MUS_ORGANISATION": str(profile)})
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "hr_edition" in result.stderr and "Traceback" not in result.stderr


def test_default_names_say_which_is_which(demo):
    from ishoj_mus.domain.edition import Edition
    from ishoj_mus.pdf.files import default_edition_name

    assert default_edition_name(demo, Edition.hr()) == "MUS_2026-11-19_Hansen_Mette_HR.pdf"
    assert (
        default_edition_name(demo, Edition.employee_copy())
        == "MUS_2026-11-19_Hansen_Mette_medarbejderens_eksemplar.pdf"
    )


def test_a_private_note_longer_than_a_page_flows_onto_the_next(tmp_path, demo):
    from ishoj_mus.domain.edition import Edition
    from ishoj_mus.pdf import pipeline

    long_note = ("Noget, der skal blive mellem os, fortalt i detaljer. " * 30 + "\n") * 12
    demo.set_private_note("udvikling", M, long_note)
    out = tmp_path / "copy.pdf"
    out.write_bytes(pipeline.summary_pdf(demo, edition=Edition.employee_copy()))
    text = loose_pdf_text(out)  # every sentence is there, across the page break
    assert text.count("Noget,derskalblivemellemos,fortaltidetaljer.") == 30 * 12


@pytest.mark.parametrize("policy", ["referat", "udviklingsplan"])
def test_every_part_of_a_full_conversation_survives_into_an_importable_attachment(demo, policy):
    """Whatever the two used (topics, behaviour marks, 'ikke relevant', notes), HR's attached
    data still loads as a conversation for next year's import."""
    from ishoj_mus.domain.behaviours import BehaviourMarking
    from ishoj_mus.domain.codes import BehaviourMark
    from ishoj_mus.domain.edition import Edition, HrPolicy, edition_of
    from ishoj_mus.domain.records import OwnTopic
    from ishoj_mus.pdf.archive import attachment_dict

    demo.set_not_relevant("balance", True)
    demo.set_not_relevant("karriere", True)
    demo.insert_topic(0, OwnTopic("Arbejdstider", (M, L), "trivsel").with_answer(M, "Tidligere start"))
    demo.insert_topic(1, OwnTopic("Eget trin", (L,)).with_answer(L, "Et eget emne"))
    ref = next(iter(demo.form.framework.behaviours)).id + ":1"
    demo.set_behaviour_mark(ref, M, BehaviourMarking(BehaviourMark.LYKKES, "Godt"))
    hr = edition_of(demo, Edition.hr(HrPolicy(policy)))
    raw = json.dumps(attachment_dict(hr), ensure_ascii=False).encode("utf-8")
    again = musfile.parse(raw, "HR-udgave")
    assert again.agreements == demo.agreements
    assert "balance" not in again.not_relevant
    assert again.private_notes == {}
    if policy == "udviklingsplan":
        assert again.topics == [] and again.behaviour_marks == {} and again.not_relevant == set()


def test_a_long_retention_note_is_shortened_in_the_footer_and_whole_on_page_one(tmp_path, demo):
    from ishoj_mus.domain.edition import Edition, HrPolicy
    from ishoj_mus.pdf import pipeline

    note = "Opbevares efter kommunens regler for personalesager, " * 8 + "og slettes derefter."
    out = tmp_path / "hr.pdf"
    out.write_bytes(pipeline.summary_pdf(demo, edition=Edition.hr(HrPolicy.UDVIKLINGSPLAN, note)))
    first = pdf_text(out, 1, 1)
    assert loose(note) in loose(first)  # whole in the edition box
    last = pdf_text(out, 2, 2)
    footer = [line for line in last.splitlines() if "Opbevaring:" in line]
    assert footer and footer[0].rstrip().endswith("…")
