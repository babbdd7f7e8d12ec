"""``ishoj-mus show FILE``: a conversation (or a group conversation) as plain text."""

from __future__ import annotations

import argparse
import sys

from ishoj_mus.cli_commands import CliError
from ishoj_mus.cli_files import load_conversation, refuse_a_pdf
from ishoj_mus.show import group_summary_text, summary_text
from ishoj_mus.storage import grus_file
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.storage.grus_head import peek_is_group_file


def run(args: argparse.Namespace) -> int:
    refuse_a_pdf(args.command, args.file)
    if peek_is_group_file(args.file):
        try:
            sys.stdout.write(group_summary_text(grus_file.load(args.file)))
        except MusFileError as exc:
            raise CliError(f"ishoj-mus: {exc.message}") from None
        return 0
    sys.stdout.write(summary_text(load_conversation(args.file)))
    return 0
