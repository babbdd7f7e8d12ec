"""The PDF subcommands of ``ishoj-mus``: pdf, plan, sheet, verify."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ishoj_mus.text import VOICE_TEXT, format_datetime

EXIT_UNCONFIRMED = 3

if TYPE_CHECKING:
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.pdf.signing import KeyMaterial


def run(
    args: argparse.Namespace,
    load: Callable[[Path], Conversation],
    CliError: type[Exception],  # noqa: N803
) -> int:  # noqa: N803 – the CLI's error class is passed in
    from ishoj_mus.pdf import pipeline
    from ishoj_mus.pdf.archive import ArchiveError
    from ishoj_mus.pdf.layout import PdfLayoutError
    from ishoj_mus.pdf.signing import SigningError
    from ishoj_mus.storage.atomic import SaveError
    from ishoj_mus.storage.organisation import OrganisationError

    try:
        if args.command == "verify":
            return _verify(args.file, args.trust, CliError)
        if args.command == "sheet":
            from ishoj_mus.domain.form import Form, FormError
            from ishoj_mus.domain.grus_form import GroupForm
            from ishoj_mus.storage.forms import load_any_form

            form: Form | GroupForm
            if args.file.suffix.lower() in (".mus", ".pdf"):  # a conversation: the sheet of its form
                form = load(args.file).form
            else:
                try:
                    form = load_any_form(args.file)
                except FormError as exc:
                    raise CliError(f"ishoj-mus: {exc}") from None
            if isinstance(form, GroupForm):
                from ishoj_mus.pdf import grus_pdf

                out = args.output or _free(Path(f"Forberedelsesark_{form.documents.file_prefix}.pdf"))
                pipeline.write_pdf(grus_pdf.sheet_pdf(form), out)
                print(f"Forberedelsesarket er gemt i {out}")
                return 0
            out = args.output or _free(Path(pipeline.default_sheet_name(form)))
            pipeline.write_pdf(pipeline.sheet_pdf(form), out)
            print(f"Forberedelsesarket er gemt i {out}")
            return 0
        from ishoj_mus.storage.grus_file import peek_is_group_file

        if peek_is_group_file(args.file):
            from ishoj_mus.pdf import grus_commands

            return grus_commands.run(args, CliError, _signing_material)
        if getattr(args, "participant", None):
            raise CliError(
                f"ishoj-mus: »{args.file.name}« er en samtale på to; --participant bruges kun til en "
                "gruppeudviklingssamtale (GRUS)."
            )
        conv = load(args.file)
        if args.command == "plan":
            out = args.output or _free(args.file.with_name(pipeline.default_plan_name(conv)))
            pipeline.write_pdf(pipeline.plan_pdf(conv), out)
            print(f"Udviklingsplanen er gemt i {out}")
            return 0
        from ishoj_mus.domain.edition import Edition
        from ishoj_mus.storage.hr_profile import ProfileError

        try:
            edition = Edition.employee_copy() if args.copy == "medarbejder" else pipeline.default_hr_edition()
        except ProfileError as exc:
            raise CliError(f"ishoj-mus: {exc}") from None
        out = args.output or _free(args.file.with_name(pipeline.default_edition_name(conv, edition)))
        material = _signing_material(args, CliError) if conv.is_fully_signed else None
        pipeline.write_pdf(pipeline.summary_pdf(conv, material, edition=edition), out)
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


def _free(path: Path) -> Path:
    """A default name never replaces a file that is there (a signed referat least of all)."""
    from ishoj_mus.storage.free_names import free_name_for

    return free_name_for(path)


def _signing_material(args: argparse.Namespace, CliError: type[Exception]) -> KeyMaterial | None:  # noqa: N803
    """--certificate, else the organisation profile's certificate, else the personal key."""
    from ishoj_mus.pdf.signing import SigningError, organisation_key_material, read_passphrase_file
    from ishoj_mus.storage.organisation import load_profile

    profile = load_profile()
    certificate = args.certificate or (
        Path(os.environ["ISHOJ_MUS_PKCS12"]) if os.environ.get("ISHOJ_MUS_PKCS12") else None
    )
    certificate = certificate or profile.signing_certificate
    if certificate is None:
        if not profile.allows_personal_key:
            raise SigningError(
                f"Organisationsprofilen »{profile.path}« kræver organisationens certifikat. "
                "Angiv det med --certificate LEDER.p12."
            )
        return None  # the per-user key
    if args.passphrase_file is not None:
        passphrase = read_passphrase_file(args.passphrase_file)
    elif os.environ.get("ISHOJ_MUS_PKCS12_PASSPHRASE") is not None:
        passphrase = os.environ["ISHOJ_MUS_PKCS12_PASSPHRASE"]
    elif sys.stdin is not None and sys.stdin.isatty():
        import getpass

        passphrase = getpass.getpass(f"Adgangskode til {Path(certificate).name}: ")
    else:
        raise CliError("ishoj-mus: angiv certifikatets adgangskode med --passphrase-file ADGANGSKODE.txt.")
    return organisation_key_material(Path(certificate), passphrase)


def _verify(path: Path, trust: list[Path], CliError: type[Exception]) -> int:  # noqa: N803
    from ishoj_mus.pdf import verification as v
    from ishoj_mus.storage.bounded import InputRefused, Refusal, read_regular_file
    from ishoj_mus.storage.organisation import OrganisationError, load_certificates, load_profile

    try:
        size = Path(path).stat().st_size
        if size > v.MAX_BYTES:  # refused before reading it
            raise CliError(f"ishoj-mus: »{path.name}«: {v.too_large(size)}")
        data = read_regular_file(path, v.MAX_BYTES)  # a FIFO or a device is refused, never read
    except InputRefused as exc:
        if exc.reason == Refusal.TOO_LARGE:
            raise CliError(f"ishoj-mus: »{path.name}«: {v.too_large(exc.limit + 1)}") from None
        raise CliError(f"ishoj-mus: {exc.message}") from None
    except OSError as exc:
        raise CliError(f"ishoj-mus: »{path}« kan ikke læses ({exc.strerror}).") from None
    try:
        roots = list(load_profile().trust_anchors)
    except OrganisationError as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None
    for cert_path in trust:
        try:
            roots += [der for der, _ in load_certificates(read_regular_file(Path(cert_path), 1024 * 1024))]
        except InputRefused as exc:
            raise CliError(f"ishoj-mus: certifikatet kan ikke bruges: {exc.message}") from None
        except ValueError:
            raise CliError(
                f"ishoj-mus: »{cert_path}« er ikke et certifikat i PEM- eller DER-format."
            ) from None
    verdict = v.verify_bounded(data, roots)
    if verdict.code == v.ULAESELIG:
        raise CliError(f"ishoj-mus: »{path.name}«: {verdict.message}")
    if verdict.code == v.AENDRET:
        print(f"ÆNDRET: {verdict.message}", file=sys.stderr)
        return 1
    print(f"{verdict.label}: {verdict.message}")
    for sig in verdict.signers:
        when = "ukendt tidspunkt"
        if sig.signed_at:
            import datetime as dt

            when = format_datetime(dt.datetime.fromisoformat(sig.signed_at).astimezone())
        state = "bekræftet af organisationen" if sig.trusted else f"IKKE bekræftet: {sig.problem}"
        print(f"  Signatur {sig.number}: {sig.name}, {when} – {state}")
        print(f"    Udstedt af: {sig.issuer}")
        print(f"    Certifikatets SHA-256-fingeraftryk: {sig.fingerprint}")
    if verdict.attachment:
        _print_conversation(verdict.attachment, path.name)
    return 0 if verdict.code == v.GYLDIG else EXIT_UNCONFIRMED


def _print_conversation(raw: bytes, source: str) -> None:
    """The signed conversation's identity: which conversation, which version, who signed."""
    from ishoj_mus.storage.grus_file import GROUP_FORMAT, parse_group
    from ishoj_mus.storage.musfile import MusFileError, parse

    if f'"{GROUP_FORMAT}"'.encode() in raw[:200]:
        try:
            g, edition = parse_group(raw, source)
        except MusFileError:
            print("  (Samtalens data i PDF'en kan ikke læses.)")
            return
        whose = f", udgave til {edition.member_name}" if edition is not None and edition.member else ""
        print(f"  Gruppeudviklingssamtale (GRUS): {g.id}{whose}")
        for group_sig in g.signatures.values():
            print(f"  Underskrevet af {group_sig.signer}, {format_datetime(group_sig.signed_at)}")
        return
    try:
        conv = parse(raw, source)
    except MusFileError:
        print("  (Samtalens data i PDF'en kan ikke læses.)")
        return
    from ishoj_mus.domain.conversation import referat_version

    version = referat_version(conv)
    print(f"  Samtale: {conv.id}, version {version.number}")
    if version.replaces_signed_at is not None:
        print(
            f"  Erstatter version {version.number - 1}, underskrevet {format_datetime(version.replaces_signed_at)}"
        )
    for s in conv.signatures.values():
        print(f"  Underskrevet af {VOICE_TEXT[s.role].lower()}: {s.signer}, {format_datetime(s.signed_at)}")
