"""``ishoj-mus pdf`` and ``plan`` for a group conversation (GRUS).

Without ``--participant``, ``pdf`` makes the group referat; with it, that participant's HR
edition (or, with ``--copy medarbejder``, the participant's own copy).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from ishoj_mus.domain.grus import GroupConversation
from ishoj_mus.domain.grus_parts import Document
from ishoj_mus.pdf import files, grus_pdf
from ishoj_mus.pdf.keys import KeyMaterial
from ishoj_mus.storage import grus_file
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.storage.free_names import free_name_for


def _member(g: GroupConversation, name: str | None, CliError: type[Exception]) -> str | None:  # noqa: N803
    if name is None:
        return None
    member = g.find_member(name)
    if member is None:
        names = ", ".join(m.name for m in g.members) or "ingen"
        raise CliError(f"ishoj-mus: »{name}« deltog ikke i samtalen. Deltagerne er: {names}.")
    return member.id


def run(
    args: argparse.Namespace,
    CliError: type[Exception],  # noqa: N803 – the CLI's error class is passed in
    signing_material: Callable[[argparse.Namespace, type[Exception]], KeyMaterial | None],
) -> int:
    try:
        g = grus_file.load(args.file)
    except MusFileError as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None
    member = _member(g, args.participant, CliError)
    if args.command == "pdf" and member is None and args.copy == "medarbejder":
        raise CliError(
            "ishoj-mus: I en GRUS har hver deltager sit eget eksemplar. Angiv deltageren med --participant NAVN."
        )
    if args.command == "plan":
        out = args.output or free_name_for(args.file.with_name(grus_pdf.plan_name(g, member)))
        files.write_pdf(grus_pdf.plan_pdf(g, member), Path(out))
        print(f"Udviklingsplanen er gemt i {out}")
        return 0
    if member is None:
        document = Document.REFERAT
        signed = g.is_fully_signed
    else:
        document = Document.COPY if args.copy == "medarbejder" else Document.HR
        signed = g.is_signed_for(member)
    out = args.output or free_name_for(args.file.with_name(grus_pdf.default_name(g, document, member)))
    material = signing_material(args, CliError) if signed else None
    files.write_pdf(grus_pdf.document_pdf(g, document, member, material), Path(out))
    what = {
        Document.REFERAT: "Gruppens referat",
        Document.HR: f"HR-udgaven for {g.member(member or '').name if member else ''}",
        Document.COPY: f"Deltagerens eget eksemplar for {g.member(member or '').name if member else ''} (journaliseres ikke)",
    }[document]
    state = "underskrevet og digitalt signeret" if signed else "UDKAST – ikke underskrevet af alle"
    print(f"{what} er gemt i {out} – {state}.")
    return 0
