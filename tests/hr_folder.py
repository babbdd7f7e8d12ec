"""HR's in-tray: a folder of 30 mixed files, and what each one really is.

Genuine HR editions for 20 employees signed with the leader's certificate from a test CA (one
of them also as a re-signed version 2), the employee's copy, a draft, a development plan, a
preparation sheet, a forged referat (its agreements softened and signed with a self-made
certificate), a tampered one (a page changed after signing), a copy of a genuine referat under
another name, a half-year follow-up, a referat whose employee has no number and a file that
is not a PDF. All fictional. Made once per test session (signing is the slow part).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

PASSPHRASE = "hemmelig-leder"
LEADER = "Jonas Kristensen"
NAMES = [
    ("Mette Hansen", "104233"),
    ("Anders Jensen", "104250"),
    ("Fatima Al-Sayed", "104301"),
    ("Søren Østergaard", "104312"),
    ("Åse Brøndum", "104320"),
    ("Ib Kløvedal", "104331"),
    ("Lene Mikkelsen", "104342"),
    ("Yusuf Demir", "104353"),
    ("Kirsten Ærø", "104364"),
    ("Peter Holm", "104375"),
    ("Hanne Bech", "104386"),
    ("Omar Hussein", "104397"),
    ("Birgitte Lund", "104408"),
    ("Jens Nørgaard", "104419"),
    ("Camilla Friis", "104420"),
    ("Rasmus Dahl", "104431"),
    ("Signe Vestergaard", "104442"),
    ("Tobias Krogh", "104453"),
    ("Nadia Petersen", "104464"),
    ("Morten Skov", "104475"),
]


@dataclass
class Expected:
    """What a file really is: the verdict and paper ``verify`` must find, and whether it is filed."""

    verdict: str
    edition: str
    employee: str | None
    filed: bool  # filed by ``file`` without --include-unconfirmed
    reason: str = ""  # a phrase the refusal must contain
    version: int | None = None
    filed_name: str = ""
    replaces_signed_at: str = ""  # ISO 8601: when the version it replaces was signed


@dataclass
class HrFolder:
    folder: Path
    ca: Path
    profile: Path
    expected: dict[str, Expected] = field(default_factory=dict)


def build(root: Path) -> HrFolder:
    """Write the folder under ``root`` (profile, CA, and ``indbakke/`` with the 30 files)."""
    from ishoj_mus.demo import demo_conversation, sign_demo
    from ishoj_mus.domain.codes import Voice
    from ishoj_mus.domain.edition import Edition
    from ishoj_mus.domain.records import new_id
    from ishoj_mus.paths import forms_dir
    from ishoj_mus.pdf import pipeline
    from ishoj_mus.pdf.demo_organisation import issue_ca_and_leader
    from ishoj_mus.pdf.keys import KeyMaterial, user_key_material
    from ishoj_mus.storage.form_files import load_form
    from tests.pdf.trust_helpers import change_page_text, incremental

    root.mkdir(parents=True, exist_ok=True)
    issued = issue_ca_and_leader("Ishøj Kommune (test)", LEADER, PASSPHRASE)
    ca = root / "ca.pem"
    ca.write_bytes(issued.ca_pem)
    profile = root / "organisation.toml"
    profile.write_text(
        'retention_note = "Opbevares i 5 år efter fratræden."\n'
        '[trust]\nanchors = ["ca.pem"]\n'
        '[filing]\nname_pattern = "{medarbejdernr}_{efternavn}_{fornavn}_MUS_{dato}_v{version}.pdf"\n'
        'kle = "81.03.00"\nfacet = "G01"\ndocument_types = { referat = "MUS01", opfoelgning = "MUS03" }\n',
        encoding="utf-8",
    )
    old_profile = os.environ.get("ISHOJ_MUS_ORGANISATION")
    os.environ["ISHOJ_MUS_ORGANISATION"] = str(profile)  # the HR edition's retention note and KLE
    try:
        leader_key = KeyMaterial(issued.pkcs12, PASSPHRASE.encode())
        folder = root / "indbakke"
        folder.mkdir()
        hr = HrFolder(folder, ca, profile)

        def conversation(name: str, number: str, day: int):
            conv = demo_conversation()
            conv.id = new_id()
            conv.set_employee(dataclasses.replace(conv.employee, name=name, employee_number=number))
            conv.date = conv.date.replace(day=day) if conv.date else None
            return conv

        def write(file: str, data: bytes, expected: Expected) -> None:
            (folder / file).write_bytes(data)
            hr.expected[file] = expected

        for n, (name, number) in enumerate(NAMES):
            conv = conversation(name, number, 1 + n % 28)
            sign_demo(conv)
            first, last = " ".join(name.split()[:-1]), name.split()[-1]
            file = f"MUS_{n + 1:02d}_{last}.pdf"
            stem = f"{number}_{last}_{first.replace(' ', '-')}_MUS_{conv.date.isoformat()}"
            if n == 0:  # Mette: version 1 and a re-signed version 2
                write(
                    file,
                    pipeline.summary_pdf(conv, leader_key),
                    Expected("GYLDIG", "hr_referat", name, False, "Erstattet af version 2", 1),
                )
                conv.reopen(LEADER, Voice.LEDER, datetime(2026, 11, 20, 9, 30).astimezone())
                conv.set_answer("trivsel", Voice.LEDER, "Rettet efter genåbning.")
                sign_demo(conv)
                from ishoj_mus.domain.conversation import referat_version

                replaced = referat_version(conv).replaces_signed_at
                assert replaced is not None
                write(
                    "MUS_01_Hansen_v2.pdf",
                    pipeline.summary_pdf(conv, leader_key),
                    Expected(
                        "GYLDIG",
                        "hr_referat",
                        name,
                        True,
                        version=2,
                        filed_name=f"{stem}_v2.pdf",
                        replaces_signed_at=replaced.isoformat(),
                    ),
                )
                # the employee's copy, signed like the rest
                write(
                    "MUS_01_Hansen_medarbejderens_eksemplar.pdf",
                    pipeline.summary_pdf(conv, leader_key, edition=Edition.employee_copy()),
                    Expected(
                        "GYLDIG", "medarbejderens_eksemplar", name, False, "Medarbejderens eksemplar", 2
                    ),
                )
                continue
            data = pipeline.summary_pdf(conv, leader_key)
            if n == 1:  # tampered: a page changed after signing
                write(
                    file,
                    incremental(data, change_page_text),
                    Expected("ÆNDRET", "ukendt", None, False, "ÆNDRET"),
                )
                continue
            if n == 2:  # a copy of Fatima's referat under another name as well
                write(
                    "kopi_af_Al-Sayed.pdf",
                    data,
                    Expected("GYLDIG", "hr_referat", name, False, "Samme fil som", 1),
                )
            if n == 3:  # no employee number
                conv2 = conversation(name, "", 1 + n % 28)
                sign_demo(conv2)
                data = pipeline.summary_pdf(conv2, leader_key)
                stem = stem.replace(number, "uden-nr")
            write(
                file,
                data,
                Expected("GYLDIG", "hr_referat", name, True, version=1, filed_name=f"{stem}_v1.pdf"),
            )

        # a forged referat: the agreements softened, then signed with a self-made certificate
        forged = conversation("Peter Holm", "104375", 12)
        forged.set_answer("trivsel", Voice.LEDER, "Alt er fint; ingen aftaler om fravær.")
        sign_demo(forged)
        write(
            "MUS_Holm_rettet.pdf",
            pipeline.summary_pdf(forged, user_key_material()),
            Expected("UBEKRÆFTET", "hr_referat", "Peter Holm", False, "UBEKRÆFTET", 1),
        )
        # a draft (not signed), the development plan, the preparation sheet
        draft = conversation("Lars Thomsen", "104500", 3)
        write(
            "udkast_Thomsen.pdf",
            pipeline.summary_pdf(draft),
            Expected("IKKE UNDERSKREVET", "udkast", None, False, "Ikke et underskrevet referat"),
        )
        write(
            "udviklingsplan_Hansen.pdf",
            pipeline.plan_pdf(conversation("Mette Hansen", "104233", 1)),
            Expected("IKKE UNDERSKREVET", "udviklingsplan", None, False, "Ikke et underskrevet referat"),
        )
        form = load_form(forms_dir() / "mus.toml")
        write(
            "forberedelsesark.pdf",
            pipeline.sheet_pdf(form),
            Expected("IKKE UNDERSKREVET", "forberedelsesark", None, False, "Ikke et underskrevet referat"),
        )
        # not a PDF at all
        write(
            "referat.pdf.docx",
            b"PK\x03\x04 not a pdf",
            Expected("ULÆSELIG", "ukendt", None, False, "Ulæselig"),
        )
        return hr
    finally:
        os.environ["ISHOJ_MUS_ORGANISATION"] = old_profile if old_profile is not None else ""
