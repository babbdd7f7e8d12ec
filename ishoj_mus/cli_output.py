"""Never write over a conversation from the command line: not a signed file, not one open in a
window here or on another computer."""

from __future__ import annotations

from pathlib import Path

from ishoj_mus.cli_commands import CliError
from ishoj_mus.storage.filelock import FileLocked, lock_path_for, refuse_if_held
from ishoj_mus.storage.signed_files import signed_file


def check_output(command: str, output: Path) -> None:
    """Never write over a conversation: not one open in a window here or on another computer
    (its lock), and never a PDF into a file named .mus."""
    if command in ("pdf", "plan", "sheet") and output.suffix.lower() == ".mus":
        raise CliError(
            f"ishoj-mus: »{output.name}« er navnet på en samtalefil, og en PDF skrives ikke i den. "
            "Vælg et navn, der ender på .pdf."
        )
    signed = signed_file(output)
    if signed is not None:  # never replaced without a person's "yes": the window asks, we refuse
        what = {
            "conversation": "en underskrevet samtale",
            "referat": "et underskrevet referat",
            "protected": "en samtale beskyttet med adgangskode (den kan være underskrevet)",
        }[signed.kind]
        raise CliError(
            f"ishoj-mus: »{output.name}« er {what} og bliver ikke erstattet. Vælg et andet filnavn, "
            "eller flyt den underskrevne fil først."
        )
    try:
        refuse_if_held(output)
    except FileLocked as exc:
        if exc.owner is not None:
            where = f"er åbnet af {exc.owner.describe()}"
        else:
            where = f"er låst af et andet program (låsefilen »{lock_path_for(output).name}« kan ikke læses)"
        raise CliError(
            f"ishoj-mus: »{output.name}« {where} og bliver ikke overskrevet. Luk samtalen dér, eller "
            f"vælg et andet filnavn. Er den ikke åben længere, så slet »{lock_path_for(output).name}«."
        ) from None
