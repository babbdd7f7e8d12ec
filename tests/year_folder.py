"""A leader's folder: 30 conversations of 11 employees over three years (2024–2026).

Drafts, signed, partly signed and reopened conversations, a half-year follow-up, signed PDFs
(one beside its .mus, two with no .mus at all), and broken or foreign files. All fictional.
Signed PDFs are slow-ish to make, so only three are made and callers reuse the folder.

"Today" is 27.11.2026 for everything computed from this folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from ishoj_mus.demo import demo_conversation, signature_strokes
from ishoj_mus.domain.codes import FollowUpStatus, Responsible, Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.records import Agreement, Employee, FollowUp, Leader, ScaleValue, Signature
from ishoj_mus.domain.years import half_year_followup
from ishoj_mus.paths import forms_dir
from ishoj_mus.storage import musfile
from ishoj_mus.storage.form_files import load_form

TODAY = date(2026, 11, 27)
LEADER = Leader("Jonas Kristensen", "Dagtilbudsleder")

EMPLOYEES = {
    "mette": Employee("Mette Hansen", "Pædagog", "Solsikken, Spirerne", "104233"),
    "anders": Employee("Anders Jensen", "Pædagogmedhjælper", "Solsikken, Spirerne", "104250"),
    "fatima": Employee("Fatima Ali", "Pædagog", "Solsikken, Mælkebøtterne", ""),
    "lars": Employee("Lars Nielsen", "Pædagog", "Solsikken, Mælkebøtterne", ""),
    "sofie": Employee("Sofie Larsen", "Pædagogisk assistent", "Solsikken, Spirerne", "104301"),
    "peter": Employee("Peter Holm", "Køkkenleder", "Solsikken, køkkenet", ""),
    "hanne": Employee("Hanne Østergaard", "Pædagog", "Solsikken, Mælkebøtterne", ""),
    "jonas": Employee("Jonas Bæk", "Pædagog", "Solsikken, Spirerne", ""),
    "camilla": Employee("Camilla Friis", "Pædagog", "Solsikken, Spirerne", ""),
    "omar": Employee("Omar Khalil", "Pædagogstuderende", "Solsikken, Spirerne", ""),
    "birgitte": Employee("Birgitte Å. Mortensen", "Pædagog", "Solsikken, Mælkebøtterne", ""),
}

# who: years with a conversation, and how the newest one stands
PLAN = {
    "mette": [2024, 2025, 2026],
    "anders": [2024, 2025, 2026],
    "fatima": [2024, 2025, 2026],
    "lars": [2024, 2025, 2026],
    "sofie": [2024, 2025, 2026],  # + a half-year follow-up in May 2026
    "peter": [2024, 2025, 2026],  # 2025 and 2026 only as signed PDFs
    "hanne": [2024, 2025, 2026],
    "jonas": [2024, 2025],  # nothing in the last twelve months
    "camilla": [2025, 2026],
    "omar": [2026],
    "birgitte": [2024, 2025, 2026],
}
DRAFT_2026 = {"anders", "omar"}
PARTLY_2026 = {"lars"}
REOPENED_2026 = {"fatima"}


@dataclass
class YearFolder:
    root: Path
    conversations: dict[str, list[Conversation]]  # by employee key, oldest first
    broken: dict[str, str]  # file name -> what is wrong
    pdf_only: list[Path]
    followup: Conversation  # Sofie's half-year follow-up

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.conversations.values())


def _scales(conv: Conversation, year: int, seed: int) -> None:
    for i, f in enumerate(conv.form.scale_fields()):
        for j, voice in enumerate(f.voices):
            today = 1 + (seed + i + j + year) % 5
            future = min(5, today + (i + year) % 2)
            conv.scales.setdefault(f.id, {})[voice] = ScaleValue(today, future)


def _answer_the_rest(conv: Conversation) -> None:
    """Every text question the form asks, answered briefly (whatever the form requires)."""
    for _step, f in conv.form.fields():
        if f.kind.value in ("short_text", "long_text"):
            for voice in f.voices:
                if not conv.answer(f.id, voice):
                    conv.answers.setdefault(f.id, {})[voice] = "Det går fint."


def _sign(conv: Conversation, when: datetime, both: bool = True) -> None:
    conv.sign(Signature(Voice.MEDARBEJDER, conv.employee.name, when, signature_strokes(conv.employee.name)))
    if both:
        conv.sign(
            Signature(
                Voice.LEDER,
                conv.leader.name,
                when + timedelta(minutes=3),
                signature_strokes(conv.leader.name),
            )
        )


def _agreements(key: str, year: int, n: int) -> list[Agreement]:
    topics = [
        ("Kursus i konflikthåndtering", Responsible.LEDER),
        ("Sparring med en erfaren kollega hver måned", Responsible.BEGGE),
        ("Oplæg på personalemøde om sprogarbejde", Responsible.MEDARBEJDER),
        ("Ny plan for overlevering mellem vagterne", Responsible.BEGGE),
    ]
    result = []
    for i in range(n):
        what, who = topics[(i + year + len(key)) % len(topics)]
        result.append(
            Agreement(
                what=f"{what} ({year})",
                why="Det giver mere ro i hverdagen",
                responsible=who,
                deadline=date(year + 1, 3 + 3 * i, 1),
                follow_up=date(year + 1, 2 + 3 * i, 15),
                id=f"{key}-{year}-a{i + 1}",
            )
        )
    return result


def build_year_folder(root: Path, make_pdfs: bool = True) -> YearFolder:
    root.mkdir(parents=True, exist_ok=True)
    mus_form = load_form(forms_dir() / "mus.toml")
    opf_form = load_form(forms_dir() / "opfoelgning.toml")
    conversations: dict[str, list[Conversation]] = {}
    pdf_jobs: list[tuple[Conversation, Path]] = []
    pdf_only: list[Path] = []
    followup = None
    for seed, (key, years) in enumerate(PLAN.items()):
        employee = EMPLOYEES[key]
        folder = root / ("Mælkebøtterne" if "Mælke" in employee.workplace else "Spirerne") / employee.name
        folder.mkdir(parents=True, exist_ok=True)
        previous: Conversation | None = None
        convs: list[Conversation] = []
        for year in years:
            when = date(year, 10 + seed % 2, 3 + seed)
            conv = demo_conversation(mus_form)
            conv.id = f"{key}-{year}"
            conv.created_at = datetime(year, when.month, when.day, 9, 0).astimezone()
            conv.employee = employee
            conv.leader = LEADER
            conv.date = when
            conv.place = "Solsikken, mødelokalet"
            _scales(conv, year, seed)
            statuses = [FollowUpStatus.OPFYLDT, FollowUpStatus.DELVIST, FollowUpStatus.IKKE_OPFYLDT]
            source = previous
            if source is not None:
                draft = year == 2026 and key in DRAFT_2026
                conv.followups = [
                    FollowUp(
                        a,
                        None if draft else statuses[i % 3],
                        "" if draft else f"Kommentar til {a.what.lower()}",
                        f"MUS_{source.date}_{employee.name}.mus",
                    )
                    for i, a in enumerate(source.agreements)
                ]
            else:
                conv.followups = []
            conv.agreements = _agreements(key, year, 2 + (seed + year) % 2)
            at = datetime(year, when.month, when.day, 10, 30).astimezone()
            if year < 2026 or key not in DRAFT_2026 | PARTLY_2026:
                _sign(conv, at)
                if year == 2026 and key in REOPENED_2026:
                    conv.reopen(LEADER.name, Voice.LEDER, at + timedelta(days=2), "En dato var forkert.")
            elif key in PARTLY_2026:
                _sign(conv, at, both=False)
            name = f"MUS_{when.isoformat()}_{employee.name.split()[-1]}_{employee.name.split()[0]}"
            if key == "peter" and year >= 2025:
                pdf = folder / f"{name}.pdf"
                pdf_jobs.append((conv, pdf))
                pdf_only.append(pdf)
            else:
                musfile.save(conv, folder / f"{name}.mus")
                if key == "mette" and year == 2026:
                    pdf_jobs.append((conv, folder / f"{name}.pdf"))
            convs.append(conv)
            if key == "sofie" and year == 2025:
                # Half a year later: the follow-up, with one deadline moved.
                followup = half_year_followup(conv, opf_form, date(2026, 5, 20), f"{name}.mus")
                followup.id = "sofie-2026-opf"
                followup.created_at = datetime(2026, 5, 20, 9, 0).astimezone()
                followup.followups = [replace(f, status=FollowUpStatus.DELVIST) for f in followup.followups]
                first = followup.agreements[0]
                followup.agreements[0] = replace(first, deadline=date(2027, 1, 15))
                _answer_the_rest(followup)
                _sign(followup, datetime(2026, 5, 20, 10, 0).astimezone())
                musfile.save(followup, folder / "Opfølgning_2026-05-20_Larsen_Sofie.mus")
                convs.append(followup)
            previous = convs[-1]
        conversations[key] = convs
    if make_pdfs:
        from ishoj_mus.pdf.pipeline import summary_pdf

        for conv, path in pdf_jobs:
            path.write_bytes(summary_pdf(conv))
    broken = _broken_files(root)
    assert followup is not None
    return YearFolder(root, conversations, broken, pdf_only, followup)


def _broken_files(root: Path) -> dict[str, str]:
    odd = root / "Diverse"
    odd.mkdir(exist_ok=True)
    (odd / "tom.mus").write_bytes(b"")
    good = (root / "Spirerne" / "Mette Hansen").glob("*.mus")
    raw = next(iter(sorted(good))).read_bytes()
    (odd / "afbrudt.mus").write_bytes(raw[: len(raw) // 2])
    newer = json.loads(raw)
    newer["version"] = 99
    (odd / "fremtid.mus").write_text(json.dumps(newer), encoding="utf-8")
    (odd / "indkøbsliste.pdf").write_bytes(b"%PDF-1.4\n% not really a PDF\n")
    (odd / "noter.txt").write_text("ikke en samtale", encoding="utf-8")
    (odd / "løkke").symlink_to(root, target_is_directory=True)  # a loop the walk must not follow
    return {
        "tom.mus": "empty",
        "afbrudt.mus": "truncated",
        "fremtid.mus": "newer_version",
        "indkøbsliste.pdf": "not_json",
    }
