"""The command line's start-up seam (issue 25): every command, its arguments, and the module
that runs it – declared here, loaded here.

``ishoj-mus --help``, ``show`` or ``verify`` import only what their own module needs: ``verify``
never pays for Qt, ``show`` never for the PDF stack, and the window never for pyHanko,
reportlab or pikepdf. This module imports nothing of ours but the version; each command's module
(``COMMANDS``), the helper processes' (``PROCESSES``), the window and the self-test are imported
by name, in ``load`` only (tests/test_imports_ordinary.py SEAMS). Everywhere else in the command
line, imports are ordinary.

A command's module has ``run(args) -> int``; bad input raises ``CliError`` (one line, exit 2).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, cast

from ishoj_mus import __version__

EXIT_BAD = 2

# command -> the module whose ``run(args)`` does it
COMMANDS: dict[str, str] = {
    "demo": "ishoj_mus.cli_demo",
    "check-form": "ishoj_mus.cli_form",
    "show": "ishoj_mus.cli_show",
    "pdf": "ishoj_mus.cli_pdf",
    "plan": "ishoj_mus.cli_pdf",
    "sheet": "ishoj_mus.cli_pdf",
    "timestamp": "ishoj_mus.cli_pdf",
    "demo-tsa": "ishoj_mus.cli_pdf",
    "demo-organisation": "ishoj_mus.cli_pdf",
    "verify": "ishoj_mus.cli_hr",
    "file": "ishoj_mus.cli_filing",
    "overview": "ishoj_mus.cli_overview",
    "due": "ishoj_mus.cli_overview",
    "calendar": "ishoj_mus.cli_calendar",
}
# the program's own helper processes: flag -> (module, its main function)
PROCESSES: dict[str, tuple[str, str]] = {
    "--pdf-worker": ("ishoj_mus.pdf.worker_main", "main"),  # the window's PDF process
    "--verify-worker": ("ishoj_mus.pdf.verify_worker", "main"),  # verify/file/the HR window, file after file
    "--verify-child": ("ishoj_mus.pdf.verification", "child_main"),  # one bounded check
}
WINDOW = ("ishoj_mus.ui.shell.app", "run_gui")
# the local log: loaded when a warning or a fault is written to it, never on the way to a command
LOG_NOTE = ("ishoj_mus.storage.applog", "log_note")
LOG_EXCEPTION = ("ishoj_mus.storage.applog", "log_exception")
SELF_TEST = ("ishoj_mus.selftest", "run_self_test")
# a leader's folder read as the overview reads it (its referater through pikepdf): ``calendar``
# loads it for a folder only, so a single .mus file pays for no PDF stack
SCAN_FOLDER = ("ishoj_mus.cli_overview", "scan_folder")


def load(entry: tuple[str, str]) -> Callable[..., Any]:
    """The function ``entry`` names, its module imported now."""
    module, name = entry
    return cast(Callable[..., Any], getattr(importlib.import_module(module), name))


def runner(command: str) -> Callable[[argparse.Namespace], int]:
    """The ``run`` of the module that does ``command``."""
    return cast(Callable[[argparse.Namespace], int], load((COMMANDS[command], "run")))


class CliError(Exception):
    """One line for stderr, and an exit status."""

    def __init__(self, message: str, status: int = EXIT_BAD):
        super().__init__(message)
        self.status = status


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "brug: " if prefix is None else prefix)


# argparse's own words in its messages, in Danish.
_DANISH_ERRORS = (
    ("unrecognized arguments:", "ukendte argumenter:"),
    ("the following arguments are required:", "disse argumenter mangler:"),
    ("invalid choice:", "ugyldigt valg:"),
    ("(choose from", "(vælg mellem"),
    ("expected one argument", "mangler en værdi"),
)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "kommandoer"
        self._optionals.title = "valg"
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = "vis denne hjælp, og afslut"

    def error(self, message: str) -> NoReturn:  # one line, exit 2, in Danish where we can
        for english, danish in _DANISH_ERRORS:
            message = message.replace(english, danish)
        raise CliError(f"ishoj-mus: {message}. Se 'ishoj-mus --help'.")


def build_parser() -> argparse.ArgumentParser:
    """Every command and its arguments: ``--help`` and parsing need nothing else."""
    parser = _Parser(
        prog="ishoj-mus",
        description="Ishøj MUS – udviklingssamtalen med udgangspunkt i Grundlag for lederskab og følgeskab.",
        epilog=(
            "Uden kommando åbner programmet vinduet: ishoj-mus [SAMTALE.mus] [--demo] [--lang en]. "
            "Hjælp til en kommando: ishoj-mus KOMMANDO --help."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"ishoj-mus {__version__}", help="vis versionen, og afslut"
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser(
        "demo-organisation",
        help="skriv en fiktiv organisation (CA, lederens .p12, profil) til at prøve verify med",
    )
    p.add_argument("folder", type=Path)

    p = sub.add_parser("demo", help="skriv en udfyldt, fiktiv demo-samtale")
    p.add_argument("-o", "--output", required=True, type=Path, help="filen, der skal skrives (.mus)")
    p.add_argument("--signed", action="store_true", help="underskrevet af alle fiktive parter")
    p.add_argument(
        "--form",
        choices=["mus", "opfoelgning", "grus"],
        default="mus",
        help="mus (standard): en samtale på to; opfoelgning: halvårsopfølgningen af demo-samtalen; "
        "grus: en gruppeudviklingssamtale med fem deltagere",
    )

    p = sub.add_parser("show", help="vis en samtale som tekst")
    p.add_argument("file", type=Path)

    p = sub.add_parser("check-form", help="kontrollér en formular (.toml)")
    p.add_argument("file", type=Path)

    p = sub.add_parser(
        "pdf",
        help="lav HR-udgaven af referatet som PDF (underskrevet, når samtalen er det)",
        description="Laver HR-udgaven efter organisationens HR-politik. Med --copy medarbejder: "
        "medarbejderens eget eksemplar med alt, også noterne »Kun mellem os« (journaliseres ikke).",
    )
    p.add_argument("file", type=Path)
    p.add_argument("-o", "--output", type=Path)
    p.add_argument(
        "--copy",
        choices=["hr", "medarbejder"],
        default="hr",
        help="hr (standard): udgaven til personalesagen; medarbejder: medarbejderens eksemplar",
    )
    p.add_argument(
        "--participant",
        metavar="NAVN",
        help="GRUS: deltagerens HR-udgave (eller med --copy medarbejder: deltagerens eget eksemplar); "
        "uden --participant laves gruppens referat",
    )
    p.add_argument(
        "--certificate",
        type=Path,
        metavar="LEDER.p12",
        help="signér med organisationens certifikat (PKCS#12) i stedet for det personlige",
    )
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="ADGANGSKODE.txt",
        help="fil med certifikatets adgangskode på første linje (ellers spørges der)",
    )

    p = sub.add_parser("plan", help="lav udviklingsplanen som PDF")
    p.add_argument("file", type=Path)
    p.add_argument("-o", "--output", type=Path)
    p.add_argument(
        "--participant", metavar="NAVN", help="GRUS: deltagerens plan (gruppens aftaler og egne punkter)"
    )

    p = sub.add_parser("sheet", help="lav forberedelsesarket til en formular som PDF")
    p.add_argument(
        "file", type=Path, help="formularen (.toml) eller en samtale (.mus), hvis formular arket følger"
    )
    p.add_argument("-o", "--output", type=Path)

    _hr_parsers(sub)  # verify PATH..., file PATH... -o FOLDER

    p = sub.add_parser(
        "timestamp",
        help="sæt et dokumenttidsstempel (RFC 3161) på et underskrevet referat – HR's journalisering",
        description="Henter et tidsstempel fra den tidsstempeltjeneste, organisationsprofilen nævner "
        "([timestamp] url), og sætter det på referatet, så signaturen kan kontrolleres, også når lederens "
        "certifikat er udløbet. Det eneste, programmet bruger netværket til. Afslutningskoder som verify.",
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "-o", "--output", type=Path, help="skriv det tidsstemplede referat hertil (ellers: samme fil)"
    )
    p.add_argument(
        "--trust", type=Path, action="append", default=[], metavar="CERT.pem", help="som ved verify"
    )

    p = sub.add_parser(
        "demo-tsa",
        help="kør demo-organisationens tidsstempeltjeneste lokalt (127.0.0.1), til at prøve timestamp med",
    )
    p.add_argument("folder", type=Path, help="mappen fra »ishoj-mus demo-organisation«")
    p.add_argument("--port", type=int, default=3161)

    _year_parsers(sub)
    return parser


def _hr_parsers(sub: Any) -> None:
    """verify PATH..., file PATH... -o FOLDER (``ishoj_mus.cli_hr``)."""
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


def _year_parsers(sub: Any) -> None:
    """overview, due, calendar (``ishoj_mus.cli_overview``, ``ishoj_mus.cli_calendar``)."""
    p = sub.add_parser("overview", help="overblik over alle samtaler i en mappe (og dens undermapper)")
    p.add_argument("folder", type=Path)
    p.add_argument("--json", action="store_true", help="maskinlæsbart (JSON)")
    p.add_argument("--today", type=_date_arg, help=argparse.SUPPRESS)

    p = sub.add_parser("due", help="aftaler med frist eller opfølgning i en periode")
    p.add_argument("folder", type=Path)
    p.add_argument("--from", dest="start", type=_date_arg, help="fra og med (ÅÅÅÅ-MM-DD; standard: i dag)")
    p.add_argument("--to", dest="end", type=_date_arg, help="til og med (ÅÅÅÅ-MM-DD; standard: om 90 dage)")
    p.add_argument("--json", action="store_true", help="maskinlæsbart (JSON)")
    p.add_argument("--today", type=_date_arg, help=argparse.SUPPRESS)

    p = sub.add_parser("calendar", help="aftalernes datoer som kalenderfil (.ics) til fx Outlook")
    p.add_argument("source", type=Path, help="en mappe, en .mus-fil eller et referat (PDF)")
    p.add_argument("-o", "--output", required=True, type=Path, help="kalenderfilen (.ics)")
    p.add_argument("--today", type=_date_arg, help=argparse.SUPPRESS)


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"»{text}« er ikke en dato (skriv ÅÅÅÅ-MM-DD)") from None


def gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ishoj-mus", add_help=False)
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--lang", choices=["da", "en"])
    parser.add_argument("--self-test", action="store_true")
    return parser
