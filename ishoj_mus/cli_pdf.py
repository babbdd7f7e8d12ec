"""``ishoj-mus pdf``, ``plan``, ``sheet``, ``timestamp``, ``demo-tsa`` and ``demo-organisation``:
the commands that make PDFs or keys (``ishoj_mus.pdf.commands``), with the PDF stack."""

from __future__ import annotations

import argparse

from ishoj_mus.cli_commands import CliError
from ishoj_mus.cli_files import load_conversation, refuse_a_pdf
from ishoj_mus.cli_output import check_output
from ishoj_mus.pdf import commands
from ishoj_mus.pdf.demo_organisation import write_demo_organisation


def run(args: argparse.Namespace) -> int:
    if args.command == "demo-organisation":
        try:
            written = write_demo_organisation(args.folder)
        except OSError as exc:
            raise CliError(f"ishoj-mus: mappen »{args.folder}« kan ikke skrives ({exc.strerror}).") from None
        print(written)
        return 0
    if args.command in ("pdf", "plan", "sheet"):
        if args.output is not None:
            check_output(args.command, args.output)
        refuse_a_pdf(args.command, args.file)
    return commands.run(args, load_conversation, CliError)
