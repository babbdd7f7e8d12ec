"""The PDF subcommands of ``ishoj-mus``: pdf, plan, sheet, timestamp, demo-tsa (``verify`` and
``file`` are ``ishoj_mus.cli_hr``'s)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.edition import Edition
from ishoj_mus.domain.form import Form, FormError
from ishoj_mus.domain.grus_form import GroupForm
from ishoj_mus.pdf import files, grus_commands, grus_pdf, pipeline
from ishoj_mus.pdf.errors import ArchiveError, PdfLayoutError, PdfProblem, SigningError
from ishoj_mus.pdf.judge import (
    TrustSettingsError,
    clock_from_environment,
    load_trust_settings,
    print_verification,
    verify_data,
)
from ishoj_mus.pdf.keys import KeyMaterial, organisation_key_material, read_passphrase_file
from ishoj_mus.pdf.timestamping import (
    TimestampError,
    add_document_timestamp,
    http_timestamper,
    serve_demo_tsa,
)
from ishoj_mus.pdf.verdict import MAX_BYTES
from ishoj_mus.pdf.verify_result import Judgement
from ishoj_mus.storage import grus_file
from ishoj_mus.storage.atomic import SaveError, atomic_write
from ishoj_mus.storage.bounded import InputRefused, read_regular_file
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.storage.forms import load_any_form
from ishoj_mus.storage.free_names import free_name_for
from ishoj_mus.storage.grus_head import peek_is_group_file
from ishoj_mus.storage.hr_profile import ProfileError
from ishoj_mus.storage.organisation import OrganisationError, load_profile
from ishoj_mus.text import format_datetime


def run(
    args: argparse.Namespace,
    load: Callable[[Path], Conversation],
    CliError: type[Exception],  # noqa: N803
) -> int:  # noqa: N803 – the CLI's error class is passed in
    try:
        if args.command == "timestamp":
            return _timestamp(args, CliError)
        if args.command == "demo-tsa":
            return _demo_tsa(args, CliError)
        if args.command == "sheet":
            form: Form | GroupForm
            if args.file.suffix.lower() == ".mus" and peek_is_group_file(args.file):
                try:  # a group conversation: the sheet of its group form
                    form = grus_file.load(args.file).form
                except MusFileError as exc:
                    raise CliError(f"ishoj-mus: {exc.message}") from None
            elif args.file.suffix.lower() == ".mus":  # a conversation: the sheet of its form
                form = load(args.file).form
            else:
                try:
                    form = load_any_form(args.file)
                except FormError as exc:
                    raise CliError(f"ishoj-mus: {exc}") from None
            if isinstance(form, GroupForm):
                out = args.output or free_name_for(Path(f"Forberedelsesark_{form.documents.file_prefix}.pdf"))
                files.write_pdf(grus_pdf.sheet_pdf(form), out)
                print(f"Forberedelsesarket er gemt i {out}")
                return 0
            out = args.output or free_name_for(Path(files.default_sheet_name(form)))
            files.write_pdf(pipeline.sheet_pdf(form), out)
            print(f"Forberedelsesarket er gemt i {out}")
            return 0
        if peek_is_group_file(args.file):
            return grus_commands.run(args, CliError, _signing_material)
        if getattr(args, "participant", None):
            raise CliError(
                f"ishoj-mus: »{args.file.name}« er en samtale på to; --participant bruges kun til en "
                "gruppeudviklingssamtale (GRUS)."
            )
        conv = load(args.file)
        if args.command == "plan":
            out = args.output or free_name_for(args.file.with_name(files.default_plan_name(conv)))
            files.write_pdf(pipeline.plan_pdf(conv), out)
            print(f"Udviklingsplanen er gemt i {out}")
            return 0
        try:
            edition = Edition.employee_copy() if args.copy == "medarbejder" else pipeline.default_hr_edition()
        except ProfileError as exc:
            raise CliError(f"ishoj-mus: {exc}") from None
        out = args.output or free_name_for(args.file.with_name(files.default_edition_name(conv, edition)))
        material = _signing_material(args, CliError) if conv.is_fully_signed else None
        files.write_pdf(pipeline.summary_pdf(conv, material, edition=edition), out)
        state = (
            " – underskrevet og digitalt signeret."
            if conv.is_fully_signed
            else ". Det er et udkast; samtalen er ikke underskrevet."
        )
        if not edition.is_hr:
            what = "Medarbejderens eksemplar (journaliseres ikke)"
        elif edition.is_plan_only:
            what = "HR-udgaven (udviklingsplan og bekræftelse af samtalen)"
        else:
            what = "HR-udgaven (referatet uden private noter)"
        print(f"{what} er gemt i {out}{state}")
        return 0
    except (SaveError, SigningError, ArchiveError, PdfLayoutError) as exc:
        raise CliError(f"ishoj-mus: {exc}") from None
    except OrganisationError as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None


def _signing_material(args: argparse.Namespace, CliError: type[Exception]) -> KeyMaterial | None:  # noqa: N803
    """--certificate, else the organisation profile's certificate, else the personal key."""
    profile = load_profile()
    certificate = args.certificate or (
        Path(os.environ["ISHOJ_MUS_PKCS12"]) if os.environ.get("ISHOJ_MUS_PKCS12") else None
    )
    certificate = certificate or profile.signing_certificate
    if certificate is None:
        if not profile.allows_personal_key:
            raise SigningError(PdfProblem.ORGANISATION_CERTIFICATE_REQUIRED, str(profile.path))
        return None  # the per-user key
    if args.passphrase_file is not None:
        passphrase = read_passphrase_file(args.passphrase_file)
    elif os.environ.get("ISHOJ_MUS_PKCS12_PASSPHRASE") is not None:
        passphrase = os.environ["ISHOJ_MUS_PKCS12_PASSPHRASE"]
    elif sys.stdin is not None and sys.stdin.isatty():
        passphrase = getpass.getpass(f"Adgangskode til {Path(certificate).name}: ")
    else:
        raise CliError("ishoj-mus: angiv certifikatets adgangskode med --passphrase-file ADGANGSKODE.txt.")
    return organisation_key_material(Path(certificate), passphrase)


def _timestamp(args: argparse.Namespace, CliError: type[Exception]) -> int:  # noqa: N803
    """A document timestamp from the profile's TSA on an intact referat; the result verified."""
    path: Path = args.file
    try:
        profile = load_profile()
        settings = load_trust_settings(args.trust, now=clock_from_environment(), profile=profile)
    except OrganisationError as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None
    except TrustSettingsError as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None
    if not profile.timestamp_url:
        raise CliError(
            "ishoj-mus: organisationsprofilen nævner ingen tidsstempeltjeneste. Bed IT om at sætte "
            "[timestamp] url i organisation.toml (se resources/organisation.example.toml)."
        )
    try:
        data = read_regular_file(path, MAX_BYTES)
    except InputRefused as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None
    before = verify_data(data, path.name, settings)
    if before.verdict == Judgement.ULAESELIG:
        raise CliError(f"ishoj-mus: »{before.path}«: {before.message}")
    if not before.intact:
        raise CliError(f"ishoj-mus: »{before.path}« tidsstemples ikke: {before.lines[0]}", before.exit_code)
    try:
        stamped = add_document_timestamp(data, http_timestamper(profile.timestamp_url))
    except TimestampError as exc:
        raise CliError(f"ishoj-mus: {exc}") from None
    out: Path = args.output or path
    atomic_write(out, stamped, keep_backup=False)
    after = verify_data(stamped, out.name, settings)
    stamp = next((t for t in reversed(after.timestamps) if t.kind == "dokument"), None)
    if stamp is not None:
        when = format_datetime(dt.datetime.fromisoformat(stamp.at).astimezone())
        print(f"Tidsstemplet fra »{stamp.authority}«, {when}, er sat på {out}.")
    print_verification(after)
    return after.exit_code


def _demo_tsa(args: argparse.Namespace, CliError: type[Exception]) -> int:  # noqa: N803
    """The demo organisation's TSA on 127.0.0.1 until Ctrl+C."""
    try:
        tsa = serve_demo_tsa(args.folder, args.port)
    except OSError as exc:
        raise CliError(
            f"ishoj-mus: demo-tidsstempeltjenesten kan ikke starte ({exc.strerror or exc}). Findes "
            f"{args.folder}/tsa.pem og tsa-noegle.pem, og er port {args.port} fri?"
        ) from None
    print(f"Demo-tidsstempeltjenesten svarer på {tsa.url} (kun på denne computer). Stop den med Ctrl+C.")
    sys.stdout.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        tsa.stop()
    return 0
