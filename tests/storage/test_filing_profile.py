"""HR's filing keys of the organisation profile: the name pattern, KLE, facet and document types."""

from __future__ import annotations

import shutil

import pytest

from ishoj_mus import paths
from ishoj_mus.storage.file_names import DocumentType, safe_file_name
from ishoj_mus.storage.filing import FilingSettings, NameParts, file_name, load_filing_settings
from ishoj_mus.storage.organisation import OrganisationError, OrganisationProblem, load_profile


def _load(tmp_path, text: str) -> FilingSettings:
    profile = tmp_path / "organisation.toml"
    profile.write_text(text, encoding="utf-8")
    return load_filing_settings(load_profile(profile))


def _parts(**kw) -> NameParts:
    base = dict(
        employee_name="Mette Hansen",
        employee_number="10234",
        date="2026-11-19",
        version=1,
        document_type=DocumentType.REFERAT,
        conversation_id="abc123",
    )
    base.update(kw)
    return NameParts(**base)


def test_the_example_profile_files_by_the_issue_pattern(tmp_path, ca_pem):
    profile = tmp_path / "organisation.toml"
    shutil.copy(paths.resource("organisation.example.toml"), profile)
    (tmp_path / "ishoj-mus-ca.pem").write_bytes(ca_pem)
    settings = load_filing_settings(load_profile(profile))
    assert (settings.kle, settings.facet) == ("81.03.00", "G01")
    assert file_name(settings, _parts()) == "10234_Hansen_Mette_MUS_2026-11-19.pdf"


def test_without_a_profile_the_name_says_who_what_and_when():
    settings = load_filing_settings(load_profile(None))
    assert file_name(settings, _parts()) == "10234_Hansen_Mette_MUS-referat_2026-11-19.pdf"
    follow_up = _parts(document_type=DocumentType.OPFOELGNING, employee_number="")
    assert file_name(settings, follow_up) == "uden-nr_Hansen_Mette_Halvårsopfølgning_2026-11-19.pdf"


def test_document_type_keys_and_kle_go_into_the_name(tmp_path):
    settings = _load(
        tmp_path,
        '[filing]\nname_pattern = "{kle}{facet}_{medarbejdernr}_{nøgle}_v{version}.pdf"\n'
        'kle = "81.03.00"\nfacet = "G01"\ndocument_types = { referat = "MUS01" }\n',
    )
    assert file_name(settings, _parts(version=2)) == "81.03.00G01_10234_MUS01_v2.pdf"
    # a type without a key is named by its Danish name
    assert "Udviklingsplan" in file_name(settings, _parts(document_type=DocumentType.UDVIKLINGSPLAN))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('name_pattern = "{efternavn}_{alder}.pdf"', "pladsholderen {alder} kendes ikke"),
        ('name_pattern = "{efternavn}_{dato}.docx"', "mønsteret skal ende på .pdf"),
        ('name_pattern = "HR/{efternavn}.pdf"', "må ikke indeholde tegnene"),
        ('name_pattern = "{dato}_MUS.pdf"', "hvis referat det er"),
        ('name_pattern = "{efternavn:>20}.pdf"', "uden : eller !"),
        ('name_pattern = "{efternavn.pdf"', "står alene"),
        ('kle = "81-03-00"', "81.03.00"),
        ('facet = "g1"', "G01"),
        ('document_types = { referatet = "X" }', "kendte dokumenttyper er referat"),
        ('document_types = { referat = "" }', "skal være en kort tekst"),
        ("document_types = 3", "en tabel af dokumenttyper"),
        ("kle = 81.03", "[filing] kle skal være et KLE-nummer som tekst"),
    ],
)
def test_a_wrong_filing_key_is_named_in_danish(tmp_path, text, expected):
    with pytest.raises(OrganisationError) as info:
        _load(tmp_path, f"[filing]\n{text}\n")
    message = info.value.message
    assert expected in message and "organisation.toml" in message and "[filing]" in message
    assert info.value.code in (OrganisationProblem.BAD_VALUE, OrganisationProblem.WRONG_TYPE)
    assert info.value.section == "filing"


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("Ærø Ølstykke", "10234_Ølstykke_Ærø_MUS-referat_2026-11-19.pdf"),
        ('Bo "Bosse" <Ib>/Larsen', "10234_Ib-Larsen_Bo-Bosse_MUS-referat_2026-11-19.pdf"),
        ("Anna\u202eenoJ", "10234_AnnaenoJ_AnnaenoJ_MUS-referat_2026-11-19.pdf"),
    ],
)
def test_names_from_the_referat_become_safe_file_names(name, ok):
    result = file_name(FilingSettings(), _parts(employee_name=name))
    assert result == ok


def test_a_file_name_is_at_most_255_bytes_and_never_a_device_name():
    long = file_name(FilingSettings(), _parts(employee_name="Å" * 300 + " Ø" * 50))
    assert len(long.encode("utf-8")) <= 255 and long.endswith(".pdf")
    assert safe_file_name("CON.pdf") == "_CON.pdf"
    assert safe_file_name("nul.pdf") == "_nul.pdf"
    assert safe_file_name("rapport. .pdf") == "rapport.pdf"
    assert safe_file_name("a:b\x00c.pdf") == "a-b-c.pdf"
