"""``ishoj-mus file PATH... -o FOLDER``: the valid HR editions copied to the filing folder, named
by the profile's pattern, with a manifest (``ishoj_mus.pdf.hr_filing``). Exit status: 0 when every
file was filed, 1 when some were refused (the manifest says why), 2 for bad input."""

from __future__ import annotations

import argparse
from pathlib import Path

from ishoj_mus.cli_commands import CliError
from ishoj_mus.cli_hr import check_files_given
from ishoj_mus.pdf.hr_filing import FilingError, analyse, file_batch
from ishoj_mus.pdf.judge import TrustSettingsError
from ishoj_mus.storage.filing import load_filing_settings
from ishoj_mus.storage.organisation import OrganisationError


def run(args: argparse.Namespace) -> int:
    try:
        return _file(args)
    except TrustSettingsError as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None


def _file(args: argparse.Namespace) -> int:
    output: Path = args.output
    if output.exists() and not output.is_dir():
        raise CliError(f"ishoj-mus: »{output}« er ikke en mappe. Angiv en mappe til journaliseringen med -o.")
    try:
        settings = load_filing_settings()
    except OrganisationError as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None
    checked = check_files_given(args, skip=output)
    try:
        outcome = file_batch(analyse(checked), output, settings, include_unconfirmed=args.include_unconfirmed)
    except FilingError as exc:
        raise CliError(f"ishoj-mus: {exc}") from None
    for plan in outcome.filed:
        print(f"Journaliseret: {plan.row.checked.path.name} → {plan.name}")
    for plan in outcome.refused:
        print(f"Afvist: {plan.row.checked.path.name}: {plan.reason}")
    filed, refused = len(outcome.filed), len(outcome.refused)
    print(
        f"{filed} {'fil' if filed == 1 else 'filer'} journaliseret i {outcome.folder}, {refused} afvist. "
        f"Manifest: {outcome.manifest_csv.name if outcome.manifest_csv else '-'} og "
        f"{outcome.manifest_json.name if outcome.manifest_json else '-'}."
    )
    return 0 if refused == 0 else 1
