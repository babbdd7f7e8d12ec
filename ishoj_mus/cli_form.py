"""``ishoj-mus check-form FILE.toml``: is a form (a conversation for two, or a group conversation's)
right, every Danish text with its English beside it."""

from __future__ import annotations

import argparse

from ishoj_mus.cli_commands import CliError
from ishoj_mus.domain.form import FormError
from ishoj_mus.domain.grus_form import GroupForm
from ishoj_mus.storage.forms import load_any_form


def run(args: argparse.Namespace) -> int:
    try:
        form = load_any_form(args.file)
    except FormError as exc:
        raise CliError(f"ishoj-mus: {exc}") from None
    gaps = form.english_gaps()
    if gaps:
        more = f" (og {len(gaps) - 1} mere)" if len(gaps) > 1 else ""
        raise CliError(
            f"ishoj-mus: {args.file}, {gaps[0]}{more}: hver dansk tekst i formularen skal have sin "
            "engelske ved siden af (nøglen med _en, fx title_en). Tilføj den, og prøv igen."
        )
    if isinstance(form, GroupForm):
        questions = sum(len(s.questions) for s in form.stations)
        print(
            f"{args.file}: gruppeformularen »{form.title}« er i orden ({len(form.stations)} emnekort, "
            f"{questions} spørgsmål, {form.min_participants}–{form.max_participants} deltagere og en leder)."
        )
        return 0
    fields = sum(len(s.fields) for s in form.steps)
    print(f"{args.file}: formularen »{form.title}« er i orden ({len(form.steps)} trin, {fields} felter).")
    return 0
