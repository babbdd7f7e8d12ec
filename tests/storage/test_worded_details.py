"""What is wrong inside a file is worded once (issue 25): each check raises ``Bad`` with a
``da()`` template and its values, so the Danish stays as it was (the CLI, the PDFs, ``message``)
and the window says the same through its ``tr`` – numbers and sizes the English way there
(2,000 characters, 2.5 MB), the Danish way here (2.000 tegn, 2,5 MB)."""

from __future__ import annotations

import json
import re

import pytest

from ishoj_mus.demo import demo_conversation
from ishoj_mus.storage import grus_file, musfile
from ishoj_mus.storage.bounded import MIB, Refusal, format_size
from ishoj_mus.storage.errors import BadFile, MusFileError, file_error_text
from tests.helpers import DANISH, in_english


def _error(tmp_path, change) -> MusFileError:
    doc = json.loads(musfile.dumps(demo_conversation()))
    change(doc["conversation"])
    path = tmp_path / "samtale.mus"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(MusFileError) as info:
        musfile.load(path)
    return info.value


@pytest.mark.parametrize(
    ("change", "danish", "english"),
    [
        (
            lambda c: c["employee"].update(name="x" * 2_001),
            "medarbejderen: medarbejderens navn er længere end 2.000 tegn",
            "the employee: the employee's name is longer than 2,000 characters",
        ),
        (
            lambda c: c["agreements"][0].update(responsible="chefen"),
            "aftalerne (1): ansvaret har den ukendte værdi »chefen«",
            "the agreements (1): the responsibility has the unknown value “chefen”",
        ),
        (
            lambda c: c["agreements"][0].update(deadline="i morgen"),
            "aftalerne (1): fristen er ikke en dato",
            "the agreements (1): the deadline is not a date",
        ),
        (
            lambda c: c["employee"].pop("name"),
            "medarbejderen: »name« mangler",
            "the employee: “name” is missing",
        ),
        (
            lambda c: c["scales"].update(nope={"leder": {"today": 1, "future": 2}}),
            "der er en skala til feltet »nope«, som formularen ikke har som skala",
            "there is a scale for the field “nope”, which the form does not have as a scale",
        ),
        (  # said without the jargon »stemme« (danish-style.md): who wrote it
            lambda c: c["private_notes"]["trivsel"].update(faelles="Skrevet sammen"),
            "den private note til trinnet »trivsel« er skrevet af en anden end medarbejderen eller lederen",
            "the private note on the step “trivsel” is written by someone other than the employee or the leader",
        ),
    ],
)
def test_a_wrong_value_reads_as_before_in_danish_and_in_english_in_the_window(
    qapp, tmp_path, change, danish, english
):
    exc = _error(tmp_path, change)
    assert exc.message == f"»samtale.mus« er beskadiget: {danish}. Prøv en anden kopi af filen."
    shown = in_english(lambda tr: file_error_text(exc, tr))
    assert shown == f"“samtale.mus” is damaged: {english}. Try another copy of the file.", shown
    assert not PLACES_IN_DANISH.search(shown) and not DANISH.search(shown.replace("chefen", "")), shown


# The Danish names of the places above (the declared parts' labels): none in the English.
PLACES_IN_DANISH = re.compile(r"\b(medarbejderen|medarbejderens|navn|aftalerne|ansvaret|fristen|skala)\b")


@pytest.mark.parametrize(
    ("change", "danish", "english"),
    [
        (
            lambda g: g["members"][1].update(job_title="x" * 301),
            "deltager 2: stillingen er længere end 300 tegn",
            "participant 2: the job title is longer than 300 characters",
        ),
        (
            lambda g: g["agreements"][0].update(deadline="snart"),
            "gruppens aftale 1: fristen er ikke en dato",
            "the group's agreement 1: the deadline is not a date",
        ),
        (
            lambda g: g["plans"][next(iter(g["plans"]))].update(note=5),
            "noten »Kun mellem os« skal være tekst",
            "the “Just between us” note must be text",
        ),
    ],
)
def test_a_group_file_s_place_is_worded_too(qapp, tmp_path, change, danish, english):
    from ishoj_mus.demo_grus import demo_group_conversation
    from ishoj_mus.storage.forms import group_form

    doc = json.loads(grus_file.dumps(demo_group_conversation(group_form())))
    change(doc["group"])
    with pytest.raises(MusFileError) as info:
        grus_file.group_from_document(doc, tmp_path / "gruppe.mus")
    assert info.value.message == f"»gruppe.mus« er beskadiget: {danish}. Prøv en anden kopi af filen."
    shown = in_english(lambda tr: file_error_text(info.value, tr))
    assert shown == f"“gruppe.mus” is damaged: {english}. Try another copy of the file.", shown
    assert not DANISH.search(shown.replace("gruppe.mus", "")), shown


def test_a_group_file_s_detail_is_worded_too(qapp, tmp_path):
    from ishoj_mus.domain.grus import GroupConversation, Member
    from ishoj_mus.storage.forms import group_form

    g = GroupConversation(form=group_form())
    g.members = [Member("Anna", id="a"), Member("Bo", id="a")]
    doc = grus_file.to_dict(g)
    with pytest.raises(MusFileError) as info:
        grus_file.group_from_document(json.loads(json.dumps(doc)), tmp_path / "gruppe.mus")
    assert "er beskadiget: to deltagere har samme id. " in info.value.message, info.value.message
    shown = in_english(lambda tr: file_error_text(info.value, tr))
    assert "is damaged: two participants have the same id. " in shown, shown


def test_a_size_in_an_english_sentence_has_a_decimal_point(qapp, tmp_path):
    exc = MusFileError(
        BadFile.TOO_LARGE, tmp_path / "stor.mus", refusal=Refusal.TOO_LARGE, limit=5 * MIB // 2
    )
    assert "»stor.mus« er større end 2,5 MB, som" in exc.message, exc.message
    shown = in_english(lambda tr: file_error_text(exc, tr))
    assert "“stor.mus” is larger than 2.5 MB, which" in shown, shown
    assert format_size(5 * MIB // 2) == "2,5 MB"


def test_a_bound_with_decimals_is_written_the_reader_s_way(qapp, tmp_path):
    """The signature pad's slack (half a point) said "mellem -0.5 og 10000.5" – a decimal point
    and no thousands in a Danish sentence."""
    from ishoj_mus.demo import sign_demo

    conv = demo_conversation()
    sign_demo(conv)
    doc = json.loads(musfile.dumps(conv))
    doc["conversation"]["signatures"][0]["strokes"] = [[[99_999, 1]]]
    path = tmp_path / "samtale.mus"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(MusFileError) as info:
        musfile.load(path)
    assert ": x skal ligge mellem -0,5 og 10.000,5. " in info.value.message, info.value.message
    shown = in_english(lambda tr: file_error_text(info.value, tr))
    assert ": x must be between -0.5 and 10,000.5. " in shown, shown


def test_a_joint_signature_is_named_in_danish_words(qapp, tmp_path):
    """ "underskriften fra fællesen" was no Danish word (Fælles + the ending of »lederen«)."""
    from ishoj_mus.demo import sign_demo

    conv = demo_conversation()
    sign_demo(conv)
    doc = json.loads(musfile.dumps(conv))
    doc["conversation"]["signatures"][0]["role"] = "faelles"
    path = tmp_path / "samtale.mus"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(MusFileError) as info:
        musfile.load(path)
    assert ": en fælles underskrift er hverken medarbejderens eller lederens. " in info.value.message
    shown = in_english(lambda tr: file_error_text(info.value, tr))
    assert ": a joint signature is neither the employee's nor the leader's. " in shown, shown


def test_a_damaged_protected_file_is_said_in_english(qapp, tmp_path):
    """Its detail (once "den beskyttede fil er beskadiget, men adgangskoden er rigtig": damaged
    twice in one sentence) was free Danish, not in the catalogue: an English window showed it
    in Danish."""
    from ishoj_mus.storage.sealed import Seal

    path = tmp_path / "samtale.mus"
    musfile.save(demo_conversation(), path, Seal.new("solsikke-2026"))
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) - 500])
    with pytest.raises(MusFileError) as info:
        musfile.load_sealed(path, "solsikke-2026")
    assert "er beskadiget: adgangskoden er rigtig, men indholdet kan ikke læses. " in info.value.message
    shown = in_english(lambda tr: file_error_text(info.value, tr))
    assert "is damaged: the passphrase is right, but the content cannot be read. " in shown, shown


@pytest.mark.parametrize("packed", ["{", '["%1 %2 %3", ["a"]]', '"ab"', "[1, []]", "[" * 5000 + "]" * 5000])
def test_a_damaged_cache_entry_falls_back_to_the_danish_detail(tmp_path, packed):
    """The overview's cache keeps a worded detail packed beside its Danish text; an edited or
    damaged one must never break the window: the Danish detail is shown."""
    from ishoj_mus.domain.overview import FileEntry, SourceKind
    from ishoj_mus.storage.scan_words import problem_text

    entry = FileEntry(
        tmp_path / "x.mus",
        SourceKind.MUS,
        problem_code=BadFile.WRONG_TYPES.value,
        problem_values=("fristen er ikke en dato", packed),
    )
    assert ": fristen er ikke en dato. " in problem_text(entry)


def test_a_preparation_of_nobody_says_what_is_wrong(qapp, tmp_path):
    """A preparation marked as the joint voice's said "en forberedelse tilhører medarbejder eller
    leder" – the rule, not what is wrong; the other sentence for the same problem said it."""
    exc = _error(tmp_path, lambda c: c.update(preparation_of="faelles"))
    assert ": en forberedelse tilhører hverken medarbejder eller leder. " in exc.message, exc.message
    shown = in_english(lambda tr: file_error_text(exc, tr))
    assert ": a preparation belongs to neither the employee nor the leader. " in shown, shown
