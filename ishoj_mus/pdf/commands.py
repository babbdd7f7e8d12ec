"""The PDF subcommands of ``ishoj-mus``: pdf, plan, sheet, verify."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ishoj_mus.text import format_datetime


def run(args, load, CliError) -> int:  # noqa: N803 – the CLI's error class is passed in
    from ishoj_mus.pdf import pipeline
    from ishoj_mus.pdf.archive import ArchiveError
    from ishoj_mus.pdf.signing import SigningError
    from ishoj_mus.storage.atomic import SaveError

    try:
        if args.command == "verify":
            return _verify(args.file, CliError)
        if args.command == "sheet":
            from ishoj_mus.domain.form import FormError, load_form

            try:
                form = load_form(args.file)
            except FormError as exc:
                raise CliError(f"ishoj-mus: {exc}") from None
            out = args.output or Path(pipeline.default_sheet_name(form))
            pipeline.write_pdf(pipeline.sheet_pdf(form), out)
            print(f"Forberedelsesarket er gemt i {out}")
            return 0
        conv = load(args.file)
        if args.command == "plan":
            out = args.output or args.file.with_name(pipeline.default_plan_name(conv))
            pipeline.write_pdf(pipeline.plan_pdf(conv), out)
            print(f"Udviklingsplanen er gemt i {out}")
            return 0
        from ishoj_mus.domain.edition import Edition
        from ishoj_mus.storage.hr_profile import ProfileError

        try:
            edition = Edition.employee_copy() if args.copy == "medarbejder" else pipeline.default_hr_edition()
        except ProfileError as exc:
            raise CliError(f"ishoj-mus: {exc}") from None
        out = args.output or args.file.with_name(pipeline.default_edition_name(conv, edition))
        material = None
        org = os.environ.get("ISHOJ_MUS_PKCS12")
        if conv.is_fully_signed and org:
            from ishoj_mus.pdf.signing import organisation_key_material

            passphrase = os.environ.get("ISHOJ_MUS_PKCS12_PASSPHRASE")
            if passphrase is None:
                import getpass

                passphrase = getpass.getpass("Adgangskode til organisationens certifikat: ")
            material = organisation_key_material(Path(org), passphrase)
        pipeline.write_pdf(pipeline.summary_pdf(conv, material, edition=edition), out)
        state = "underskrevet og digitalt signeret" if conv.is_fully_signed else "UDKAST – ikke underskrevet"
        if not edition.is_hr:
            what = "Medarbejderens eksemplar (journaliseres ikke)"
        elif edition.is_plan_only:
            what = "HR-udgaven (udviklingsplan og bekræftelse af samtalen)"
        else:
            what = "HR-udgaven (referatet uden private noter)"
        print(f"{what} er gemt i {out} – {state}.")
        return 0
    except (SaveError, SigningError, ArchiveError) as exc:
        raise CliError(f"ishoj-mus: {exc}") from None


def _verify(path: Path, CliError) -> int:  # noqa: N803
    from ishoj_mus.pdf.signing import verify_pdf

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CliError(f"ishoj-mus: »{path}« kan ikke læses ({exc.strerror}).") from None
    result = verify_pdf(data)
    if result.status == "unreadable":
        raise CliError(f"ishoj-mus: »{path.name}«: {result.message}")
    if result.status != "intact":
        label = "IKKE SIGNERET" if result.status == "unsigned" else "ÆNDRET"
        print(f"{label}: {result.message}", file=sys.stderr)
        return 1
    print(f"UÆNDRET: {result.message}")
    for sig in result.signatures:
        when = format_datetime(sig.signed_at.astimezone()) if sig.signed_at else "ukendt tidspunkt"
        print(f"  Signeret af: {sig.signer}, {when}")
        print(f"  Certifikatets SHA-256-fingeraftryk: {sig.fingerprint}")
    try:
        from ishoj_mus.pdf.archive import attached_conversation

        conv = attached_conversation(data, path.name)
        for s in conv.signatures.values():
            print(f"  Underskrevet af {s.role.label.lower()}: {s.signer}, {format_datetime(s.signed_at)}")
    except Exception:  # noqa: BLE001 – the attachment is extra information only
        pass
    return 0
