"""What goes wrong with a file is worded once, in storage's catalogue beside its code (issue 25,
item 3): the English window says every such sentence in English, with no Danish left, and the
Danish window says the error's own message, byte for byte – for every kind of damaged file from
every origin, every failed save, a file open elsewhere, every reason a file is not read, and
every reason the overview could not read a file."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from ishoj_mus.domain.overview import UNREADABLE_FOLDER, FileEntry, SourceKind
from ishoj_mus.storage.atomic import SaveError, SaveKind
from ishoj_mus.storage.bounded import InputRefused, Refusal, refused_text
from ishoj_mus.storage.errors import BadFile, MusFileError, Origin
from ishoj_mus.storage.filelock import FileLocked, LockOwner
from ishoj_mus.storage.scan_words import SCAN_TEXT, problem_text
from ishoj_mus.ui.widgets import file_words, i18n
from tests.helpers import DANISH

MORE_DANISH = re.compile(r"\b(og|af|ikke|gemt|mappen|samtalen|fil)\b")


def _english(texts: list[str]) -> list[str]:
    i18n.install(QCoreApplication.instance(), "en")
    try:
        return [text() for text in texts]  # type: ignore[operator]
    finally:
        i18n.install(QCoreApplication.instance(), "da")


def _no_danish(text: str) -> bool:
    rest = re.sub(r"“[^”]*”|Ishøj MUS", "", text)  # the file's name, the program's name
    return not DANISH.search(rest) and not MORE_DANISH.search(rest)


def _errors() -> list[MusFileError]:
    return [
        MusFileError(kind, path, origin=origin)
        for kind in BadFile
        for origin in Origin
        for path in (Path("/tmp/Samtaler") / ("samtale.pdf" if origin == Origin.PDF else "samtale.mus"), None)
    ]


def test_every_damaged_file_is_said_in_english_and_in_danish_as_its_message(qapp):
    errors = _errors()
    english = _english([lambda e=e: file_words.file_error_text(e) for e in errors])
    for exc, text in zip(errors, english, strict=True):
        assert _no_danish(text), (exc.kind, exc.origin, text)
        assert file_words.file_error_text(exc) == exc.message  # the Danish window: byte for byte
    damaged = MusFileError(BadFile.EMPTY, "/tmp/Samtaler/samtale.mus")  # no backup beside it
    assert damaged.message == (
        "»samtale.mus« er tom. Den kan være blevet afbrudt under kopiering. Prøv en anden kopi af filen."
    )
    assert english[errors.index(next(e for e in errors if e.kind == BadFile.EMPTY))] == (
        "“samtale.mus” is empty. It may have been cut off while being copied. Try another copy of the file."
    )


def test_the_backup_is_advised_by_name_when_it_is_there(qapp, tmp_path):
    path = tmp_path / "samtale.mus"
    (tmp_path / "samtale.mus.bak").write_bytes(b"{}")
    damaged = MusFileError(BadFile.EMPTY, path)
    assert damaged.message == (
        "»samtale.mus« er tom. Den kan være blevet afbrudt under kopiering. Prøv sikkerhedskopien "
        "(»samtale.mus.bak«) eller en anden kopi."
    )
    # the backup named as storage names it (before: "»%1.bak«" in English only)
    assert _english([lambda: file_words.file_error_text(damaged)]) == [
        "“samtale.mus” is empty. It may have been cut off while being copied. Try the backup copy "
        "(“samtale.mus.bak”) or another copy."
    ]


def test_every_reason_a_file_is_not_read_is_said_in_english(qapp, tmp_path):
    refused = [InputRefused(reason, tmp_path / "fil.mus", 16 * 1024 * 1024) for reason in Refusal]
    errors = [MusFileError(BadFile.UNREADABLE, r.path, refusal=r.reason, limit=r.limit) for r in refused]
    english = _english([lambda e=e: file_words.file_error_text(e) for e in errors])
    assert all(_no_danish(text) for text in english), english
    for r, e in zip(refused, errors, strict=True):
        assert e.message == r.message == refused_text(r.reason, r.path, r.limit)
    assert english[0] == "“fil.mus” does not exist. Check the spelling, or choose the file again."


def test_every_failed_save_is_said_in_english_and_in_danish_as_its_message(qapp, tmp_path):
    errors = [SaveError(tmp_path / "samtale.mus", kind, 5) for kind in SaveKind]
    english = _english([lambda e=e: file_words.save_error_text(e) for e in errors])
    for exc, text in zip(errors, english, strict=True):
        assert _no_danish(text.replace(str(tmp_path), "")), (exc.kind, text)
        assert file_words.save_error_text(exc) == exc.message
    assert errors[0].message == (
        "Der er ikke plads på disken til at gemme »samtale.mus«. Frigør plads, eller gem et andet sted. "
        "Intet er gået tabt – samtalen er stadig åben."
    )


def test_a_file_open_elsewhere_is_said_in_english_with_the_windows_time(qapp, tmp_path):
    since = datetime.fromisoformat("2026-11-27T09:12:00+01:00")
    locks = [
        FileLocked(tmp_path / "samtale.mus", LockOwner("hanne", "PC-HR-07", 1, since, "x")),
        FileLocked(tmp_path / "samtale.mus", LockOwner("", "", 1, since, "x")),
        FileLocked(tmp_path / "samtale.mus", None),
    ]
    english = _english([lambda e=e: file_words.lock_text(e) for e in locks])
    assert all(_no_danish(text) for text in english), english
    local = since.astimezone()
    assert english[0].startswith(
        f"“samtale.mus” has been in use by hanne on the computer PC-HR-07 since 27 November 2026, {local:%H:%M}."
    ), english[0]
    assert english[2].startswith("“samtale.mus” is open somewhere else."), english[2]
    for exc in locks:
        assert file_words.lock_text(exc) == exc.message
    assert locks[0].message.startswith(
        f"»samtale.mus« er åbnet af hanne på computeren PC-HR-07 siden {local:%d.%m.%Y kl. %H.%M}. "
    )


@pytest.mark.parametrize("kind", [SourceKind.MUS, SourceKind.PDF])
def test_every_reason_the_overview_could_not_read_a_file_is_said_in_english(qapp, kind):
    codes = [*SCAN_TEXT, *(k.value for k in BadFile), "ValueError"]
    suffix = ".pdf" if kind == SourceKind.PDF else ".mus"
    entries = [
        FileEntry(f"/tmp/Samtaler/fil{suffix}", kind, problem_code=code, problem_values=("60",))
        for code in codes
    ]
    english = _english([lambda e=e: file_words.file_problem_text(e) for e in entries])
    for entry, text in zip(entries, english, strict=True):
        assert _no_danish(text), (entry.problem_code, text)
        assert file_words.file_problem_text(entry) == problem_text(entry)
    folder = FileEntry("/tmp/Samtaler", SourceKind.MUS, problem_code=UNREADABLE_FOLDER)
    assert english[codes.index(UNREADABLE_FOLDER)].startswith("The folder cannot be read"), english
    assert problem_text(folder).startswith("Mappen kan ikke læses")
