"""What the commands on conversation files share: reading one (a passphrase asked for when it is
protected; a note when it is open in a window). Never writing over one: ``cli_output``."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from ishoj_mus.cli_commands import CliError
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.storage.errors import BadFile, MusFileError
from ishoj_mus.storage.filelock import held_elsewhere
from ishoj_mus.storage.musfile import load, load_sealed


def refuse_a_pdf(command: str, file: Path) -> None:
    """``show``, ``pdf``, ``plan`` and ``sheet`` read a conversation, not a PDF."""
    if Path(file).suffix.lower() == ".pdf":
        raise CliError(
            f"ishoj-mus: »{Path(file).name}« er en PDF, og »ishoj-mus {command}« læser en "
            "samtalefil (.mus). Brug samtalefilen, eller kontrollér PDF'en med »ishoj-mus verify«."
        )


def _say_if_open_elsewhere(path: Path) -> None:
    """Reading a file open in a window is fine, but its unsaved changes are not in it."""
    owner = held_elsewhere(path)
    if owner is not None:
        print(
            f"ishoj-mus: Bemærk: »{path.name}« er åbnet af {owner.describe()}. Her bruges den senest "
            "gemte udgave; ændringer, der ikke er gemt dér, kommer ikke med.",
            file=sys.stderr,
        )


def load_conversation(path: Path) -> Conversation:
    notes: list[str] = []
    try:
        conv = load(path, notes=notes)
    except MusFileError as exc:
        if exc.kind != BadFile.SEALED:
            raise CliError(f"ishoj-mus: {exc.message}") from None
        conv = None
    if conv is None:
        # Protected with a passphrase: from ISHOJ_MUS_PASSPHRASE, or asked for on a terminal.
        passphrase = os.environ.get("ISHOJ_MUS_PASSPHRASE")
        if passphrase is None:
            if not sys.stdin.isatty():
                raise CliError(
                    f"ishoj-mus: »{path.name}« er beskyttet med en adgangskode. Kør kommandoen i en "
                    "terminal, så du kan skrive den, eller sæt ISHOJ_MUS_PASSPHRASE."
                )
            passphrase = getpass.getpass(f"Adgangskode til {path.name}: ")
        try:
            conv = load_sealed(path, passphrase, notes)[0]
        except MusFileError as exc:
            raise CliError(f"ishoj-mus: {exc.message}") from None
    for note in notes:  # what the loader repaired: said, never silent
        print(f"ishoj-mus: Bemærk: {note}", file=sys.stderr)
    _say_if_open_elsewhere(path)
    return conv
