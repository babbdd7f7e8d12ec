"""``ishoj-mus verify PATH...`` and ``ishoj-mus file PATH... -o FOLDER``: HR's desk on the command line.

One file's judgement and its printed lines are trust's (``ishoj_mus.pdf.judge``); here they are
run for many files and folders at once (``ishoj_mus.pdf.batch``), printed, or filed
(``ishoj_mus.pdf.hr_filing``). Exit status of ``verify``: the worst file's (ULÆSELIG 2 › ÆNDRET 1
› IKKE UNDERSKREVET 5 › UBEKRÆFTET 3 › employee's copy 4 › GYLDIG 0). ``file``: 0 when every
file was filed, 1 when some were refused (the manifest says why), 2 for bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ishoj_mus.terminal import plain

COMMANDS = {"verify", "file"}


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "verify",
        help="kontrollér underskrevne referater: uændrede, hvem der har signeret, hvilket papir",
        description="Kontrollér en eller flere PDF'er og mapper (også undermapper). Afslutningskoder: "
        "0 GYLDIG, 1 ÆNDRET, 2 ulæselig, 3 UBEKRÆFTET (uændret, men underskriveren er ikke bekræftet "
        "som samtalens leder), 4 medarbejderens eksemplar (må ikke journaliseres), 5 ikke et "
        "underskrevet referat. Flere filer: den værste af dem.",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="STI", help="PDF-filer og mapper")
    _trust_argument(p)
    p.add_argument(
        "--json",
        action="store_true",
        help="én JSON-liste med ét objekt pr. fil (file, verdict, exit, edition, employee, leader, "
        "signers, conversation_id, version …)",
    )
    p.add_argument("--now", help=argparse.SUPPRESS)  # the judgement's clock (tests)

    p = sub.add_parser(
        "file",
        help="klargør referater til journalisering: kopiér de gyldige HR-udgaver til en mappe med manifest",
        description="Kontrollerer filerne og kopierer GYLDIGE HR-udgaver til MAPPE, navngivet efter "
        "organisationsprofilens [filing] name_pattern, og skriver et manifest (CSV til Excel og JSON) "
        "med hver fils metadata og hver afvist fil med begrundelsen. Medarbejderens eksemplar, udkast, "
        "ændrede filer og ældre versioner af en samtale, hvis nyere version også er med, journaliseres "
        "aldrig. Inputfilerne ændres aldrig, og en fil i MAPPE overskrives aldrig. "
        "Afslutningskoder: 0 alle filer journaliseret, 1 nogle afvist (se manifestet), 2 fejl.",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="STI", help="PDF-filer og mapper")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="MAPPE", help="journaliseringsmappen")
    p.add_argument(
        "--include-unconfirmed",
        action="store_true",
        help="journalisér også UBEKRÆFTEDE HR-udgaver (uændrede, men underskriveren er ikke bekræftet)",
    )
    _trust_argument(p)
    p.add_argument("--now", help=argparse.SUPPRESS)


def _trust_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT.pem",
        help="godkend dette certifikat (CA eller leder) som tillidsanker; kan gentages",
    )


def run(args: argparse.Namespace, CliError: type[Exception]) -> int:  # noqa: N803
    from ishoj_mus.pdf.judge import TrustSettingsError

    try:
        if args.command == "verify":
            return _verify(args, CliError)
        return _file(args, CliError)
    except TrustSettingsError as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None


def _check(args: argparse.Namespace, CliError: type[Exception], skip: Path | None = None) -> list[Any]:  # noqa: N803
    from ishoj_mus.pdf.batch import check_files, collect

    paths, notes = collect(args.paths, skip=skip)
    for note in notes:
        print(f"ishoj-mus: {note}", file=sys.stderr)
    if not paths:
        raise CliError("ishoj-mus: der er ingen filer at kontrollere i det, du har angivet.")
    return check_files(paths, args.trust, now=args.now)


def _verify(args: argparse.Namespace, CliError: type[Exception]) -> int:  # noqa: N803
    from ishoj_mus.pdf.batch import worst_exit
    from ishoj_mus.pdf.judge import print_verification

    checked = _check(args, CliError)
    results = [c.result for c in checked]
    if args.json:
        docs = []
        for c in checked:
            doc = c.result.to_dict()
            doc = {"file": str(c.path), "verdict": doc.pop("verdict"), "exit": doc.pop("exit_code"), **doc}
            doc["filing"] = dict(c.filing)
            docs.append(doc)
        # JSON is UTF-8 (RFC 8259) whatever the console's code page: a name outside cp1252 must
        # not end a redirected run on Windows with an encoding error.
        text = json.dumps(docs, ensure_ascii=False, indent=1) + "\n"
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            sys.stdout.flush()
            buffer.write(plain(text).encode("utf-8"))  # a name that is not UTF-8: U+FFFD
            buffer.flush()
        else:
            sys.stdout.write(text)
        return worst_exit(results)
    several = len(checked) > 1
    for n, c in enumerate(checked):
        if several:
            if n:
                print()
            print(f"== {c.path} ==")
        # several files: everything on stdout, in order (one file: ÆNDRET/ULÆSELIG on stderr, as before)
        print_verification(c.result, sys.stdout, sys.stdout if several else sys.stderr)
        if c.filing and c.result.intact:
            _print_filing(c.filing)
    if several:
        _print_tally(results)
    return worst_exit(results)


def _print_filing(filing: dict[str, str]) -> None:
    from ishoj_mus.text import visible

    parts = [
        filing.get("documentTypeName", ""),
        f"KLE {filing['kle']}" if filing.get("kle") else "",
        f"facet {filing['handlingFacet']}" if filing.get("handlingFacet") else "",
        f"nøgle {filing['documentTypeKey']}" if filing.get("documentTypeKey") else "",
    ]
    text = ", ".join(visible(p) for p in parts if p)
    if text:
        print(f"  Journalisering: {text}")


def _print_tally(results: list[Any]) -> None:
    from collections import Counter

    counts = Counter(r.verdict.value for r in results)
    text = ", ".join(f"{n} {verdict}" for verdict, n in sorted(counts.items()))
    print(f"\nI alt {len(results)} filer: {text}.")


def _file(args: argparse.Namespace, CliError: type[Exception]) -> int:  # noqa: N803
    from ishoj_mus.pdf.hr_filing import FilingError, analyse, file_batch
    from ishoj_mus.storage.filing import load_filing_settings
    from ishoj_mus.storage.organisation import OrganisationError

    output: Path = args.output
    if output.exists() and not output.is_dir():
        raise CliError(f"ishoj-mus: »{output}« er ikke en mappe. Angiv en mappe til journaliseringen med -o.")
    try:
        settings = load_filing_settings()
    except OrganisationError as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None
    checked = _check(args, CliError, skip=output)
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
