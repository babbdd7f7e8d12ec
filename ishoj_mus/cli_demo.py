"""``ishoj-mus demo``: a filled-in, fictional conversation (or group conversation) to try things
with."""

from __future__ import annotations

import argparse

from ishoj_mus import demo, demo_followup
from ishoj_mus.cli_commands import CliError
from ishoj_mus.cli_output import check_output
from ishoj_mus.demo_grus import demo_group_conversation, sign_group_demo
from ishoj_mus.storage import grus_file
from ishoj_mus.storage.atomic import SaveError
from ishoj_mus.storage.forms import group_form
from ishoj_mus.storage.musfile import save


def run(args: argparse.Namespace) -> int:
    check_output(args.command, args.output)
    if args.form == "grus":
        group = demo_group_conversation(group_form())
        if args.signed:
            sign_group_demo(group)
        try:
            grus_file.save(group, args.output)
        except SaveError as exc:
            raise CliError(f"ishoj-mus: {exc.message}") from None
        print(f"Demo-gruppesamtalen ({len(group.members)} deltagere) er gemt i {args.output}")
        return 0
    try:
        conv = demo_followup.demo_for_form(args.form)
    except KeyError:
        raise CliError(
            f"ishoj-mus: der er ingen demo-samtale til formen »{args.form}«. Brug mus eller opfoelgning."
        ) from None
    if args.signed:
        demo.sign_demo(conv)
    try:
        save(conv, args.output)
    except SaveError as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None
    print(f"Demo-samtalen er gemt i {args.output}")
    return 0
