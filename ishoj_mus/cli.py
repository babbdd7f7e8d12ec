"""The ``ishoj-mus`` command: the window by default, and subcommands for files and PDFs.

Bad input ends with exit status 2 and one clear line on stderr – never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from ishoj_mus import __version__

if TYPE_CHECKING:
    from ishoj_mus.domain.conversation import Conversation

EXIT_OK, EXIT_CHANGED, EXIT_BAD, EXIT_UNCONFIRMED = 0, 1, 2, 3


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


def _build_parser() -> argparse.ArgumentParser:
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

    from ishoj_mus import cli_hr

    cli_hr.add_parsers(sub)  # verify PATH..., file PATH... -o FOLDER

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

    from ishoj_mus import cli_overview

    cli_overview.add_parsers(sub)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ishoj-mus", add_help=False)
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--lang", choices=["da", "en"])
    parser.add_argument("--self-test", action="store_true")
    return parser


COMMANDS = {
    "demo", "demo-organisation", "show", "check-form", "pdf", "plan", "sheet", "verify", "file",
    "overview", "due", "calendar", "timestamp", "demo-tsa",
}  # fmt: skip


def _quiet_dependencies() -> None:
    """No warning from a library reaches a person's terminal or window: they read it as an error.

    Deliberately a filter, not a pin. pyHanko imports cryptography's DSA types (for type
    checks only; nothing here makes or accepts DSA keys), and cryptography 51 deprecates DSA with
    a CryptographyDeprecationWarning at every import – on every signed ``pdf`` and every
    ``verify``. Pinning ``cryptography<51`` would hold back its security fixes for a word about
    an algorithm we never use, so that one warning is ignored by name. Any other warning (a
    library's or our own) goes to the local log – its kind and where, never its text, which can
    hold data – instead of stderr, so it is found when the libraries are next updated. Whoever
    asks for warnings (``python -W …`` or ``PYTHONWARNINGS``) sees them as usual.
    """
    import os
    import warnings

    if sys.warnoptions or os.environ.get("PYTHONWARNINGS"):
        return
    warnings.filterwarnings("ignore", message="DSA is deprecated", module=r"pyhanko(\.|$)")
    warnings.showwarning = _log_warning


def _log_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    from ishoj_mus.storage import applog

    where = f"{Path(filename).name}:{lineno}"
    applog.log_note(f"advarsel {category.__module__}.{category.__qualname__} i {where}")


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # the program itself (not a caller passing arguments): warnings are logged
        _quiet_dependencies()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--pdf-worker"]:  # the window's PDF process (ishoj_mus.pdf.worker)
        from ishoj_mus.pdf.worker_main import main as worker_main

        return worker_main()
    if argv[:1] == ["--verify-worker"]:  # checks file after file for verify/file/the HR window
        from ishoj_mus.pdf.verify_worker import main as verify_worker_main

        return verify_worker_main()
    if argv[:1] == ["--verify-child"]:  # the bounded PDF check (ishoj_mus.pdf.verification)
        from ishoj_mus.pdf.verification import child_main

        return child_main()
    try:
        if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version")):
            from ishoj_mus.terminal import plain_terminal

            with plain_terminal():  # file names and texts are anyone's: no ESC reaches the terminal
                args = _build_parser().parse_args(argv)
                try:
                    return _run(args)
                except CliError as exc:
                    print(str(exc), file=sys.stderr)
                    return exc.status
        args = _gui_parser().parse_args(argv)
        if args.self_test:
            from ishoj_mus.selftest import run_self_test

            return run_self_test()
        from ishoj_mus.ui.shell.app import run_gui

        return run_gui(file=args.file, demo=args.demo, lang=args.lang)
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. "ishoj-mus verify X.pdf | head -1"
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 – a fault (ours or a library's): one line, never a traceback
        from ishoj_mus.storage import applog

        log = applog.log_exception(type(exc), exc.__traceback__, "kommandolinjen")
        where = f" Fejlen er skrevet i logfilen (uden navne og svar): {log}" if log else ""
        print(
            f"ishoj-mus: der skete en uventet fejl, og kommandoen blev ikke gennemført.{where}",
            file=sys.stderr,
        )
        return EXIT_BAD


def _check_output(command: str, output: Path) -> None:
    """Never write over a conversation: not one open in a window here or on another computer
    (its lock), and never a PDF into a file named .mus."""
    from ishoj_mus.storage.filelock import FileLocked, lock_path_for, refuse_if_held

    if command in ("pdf", "plan", "sheet") and output.suffix.lower() == ".mus":
        raise CliError(
            f"ishoj-mus: »{output.name}« er navnet på en samtalefil, og en PDF skrives ikke i den. "
            "Vælg et navn, der ender på .pdf."
        )
    from ishoj_mus.storage.signed_files import signed_file

    signed = signed_file(output)
    if signed is not None:  # never replaced without a person's "yes": the window asks, we refuse
        what = {
            "conversation": "en underskrevet samtale",
            "referat": "et underskrevet referat",
            "protected": "en samtale beskyttet med adgangskode (den kan være underskrevet)",
        }[signed.kind]
        raise CliError(
            f"ishoj-mus: »{output.name}« er {what} og bliver ikke erstattet. Vælg et andet filnavn, "
            "eller flyt den underskrevne fil først."
        )
    try:
        refuse_if_held(output)
    except FileLocked as exc:
        if exc.owner is not None:
            where = f"er åbnet af {exc.owner.describe()}"
        else:
            where = f"er låst af et andet program (låsefilen »{lock_path_for(output).name}« kan ikke læses)"
        raise CliError(
            f"ishoj-mus: »{output.name}« {where} og bliver ikke overskrevet. Luk samtalen dér, eller "
            f"vælg et andet filnavn. Er den ikke åben længere, så slet »{lock_path_for(output).name}«."
        ) from None


def _say_if_open_elsewhere(path: Path) -> None:
    """Reading a file open in a window is fine, but its unsaved changes are not in it."""
    from ishoj_mus.storage.filelock import held_elsewhere

    owner = held_elsewhere(path)
    if owner is not None:
        print(
            f"ishoj-mus: Bemærk: »{path.name}« er åbnet af {owner.describe()}. Her bruges den senest "
            "gemte udgave; ændringer, der ikke er gemt dér, kommer ikke med.",
            file=sys.stderr,
        )


def _load(path: Path) -> Conversation:
    from ishoj_mus.storage.musfile import BadFile, MusFileError, load, load_sealed

    notes: list[str] = []
    try:
        conv = load(path, notes=notes)
    except MusFileError as exc:
        if exc.kind != BadFile.SEALED:
            raise CliError(f"ishoj-mus: {exc.message}") from None
        conv = None
    if conv is None:
        # Protected with a passphrase: from ISHOJ_MUS_PASSPHRASE, or asked for on a terminal.
        import os

        passphrase = os.environ.get("ISHOJ_MUS_PASSPHRASE")
        if passphrase is None:
            if not sys.stdin.isatty():
                raise CliError(
                    f"ishoj-mus: »{path.name}« er beskyttet med en adgangskode. Kør kommandoen i en "
                    "terminal, så du kan skrive den, eller sæt ISHOJ_MUS_PASSPHRASE."
                )
            import getpass

            passphrase = getpass.getpass(f"Adgangskode til {path.name}: ")
        try:
            conv = load_sealed(path, passphrase, notes)[0]
        except MusFileError as exc:
            raise CliError(f"ishoj-mus: {exc.message}") from None
    for note in notes:  # what the loader repaired: said, never silent
        print(f"ishoj-mus: Bemærk: {note}", file=sys.stderr)
    _say_if_open_elsewhere(path)
    return conv


def _load_any(path: Path) -> Conversation:
    """A conversation from a .mus file or from a summary PDF's attached data."""
    from ishoj_mus.importing import ImportRefused, load_previous
    from ishoj_mus.storage.musfile import MusFileError

    try:
        return load_previous(path)
    except (MusFileError, ImportRefused) as exc:  # ImportRefused: a changed or unsigned PDF
        raise CliError(f"ishoj-mus: {exc.message}") from None


def _run(args: argparse.Namespace) -> int:
    if args.command in ("demo", "pdf", "plan", "sheet") and args.output is not None:
        _check_output(args.command, args.output)
    if args.command == "calendar":  # written as NAME.ics (the suffix is added when missing)
        output = args.output
        _check_output(args.command, output if output.suffix.lower() == ".ics" else Path(f"{output}.ics"))
    if args.command in ("show", "pdf", "plan", "sheet") and Path(args.file).suffix.lower() == ".pdf":
        raise CliError(
            f"ishoj-mus: »{Path(args.file).name}« er en PDF, og »ishoj-mus {args.command}« læser en "
            "samtalefil (.mus). Brug samtalefilen, eller kontrollér PDF'en med »ishoj-mus verify«."
        )
    if args.command == "demo":
        from ishoj_mus import demo, demo_followup
        from ishoj_mus.storage.atomic import SaveError
        from ishoj_mus.storage.musfile import save

        if args.form == "grus":
            from ishoj_mus.demo_grus import demo_group_conversation, sign_group_demo
            from ishoj_mus.storage import grus_file
            from ishoj_mus.storage.forms import group_form

            group = demo_group_conversation(group_form())
            if args.signed:
                sign_group_demo(group)
            try:
                grus_file.save(group, args.output)
            except SaveError as exc:
                raise CliError(f"ishoj-mus: {exc.message}") from None
            print(f"Demo-gruppesamtalen ({len(group.members)} deltagere) er gemt i {args.output}")
            return EXIT_OK
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
        return EXIT_OK
    if args.command == "demo-organisation":
        from ishoj_mus.pdf.demo_organisation import write_demo_organisation

        try:
            written = write_demo_organisation(args.folder)
        except OSError as exc:
            raise CliError(f"ishoj-mus: mappen »{args.folder}« kan ikke skrives ({exc.strerror}).") from None
        print(written)
        return EXIT_OK
    if args.command == "show":
        from ishoj_mus.show import summary_text
        from ishoj_mus.storage.grus_file import peek_is_group_file

        if peek_is_group_file(args.file):
            from ishoj_mus.show import group_summary_text
            from ishoj_mus.storage import grus_file
            from ishoj_mus.storage.musfile import MusFileError

            try:
                sys.stdout.write(group_summary_text(grus_file.load(args.file)))
            except MusFileError as exc:
                raise CliError(f"ishoj-mus: {exc.message}") from None
            return EXIT_OK

        sys.stdout.write(summary_text(_load(args.file)))
        return EXIT_OK
    if args.command == "check-form":
        from ishoj_mus.domain.form import FormError
        from ishoj_mus.domain.grus_form import GroupForm
        from ishoj_mus.storage.forms import load_any_form

        try:
            form = load_any_form(args.file)
        except FormError as exc:
            raise CliError(f"ishoj-mus: {exc}") from None
        gaps = form.english_gaps()
        if gaps:
            more = f" (og {len(gaps) - 1} mere)" if len(gaps) > 1 else ""
            raise CliError(
                f"ishoj-mus: {args.file}, {gaps[0]}{more}: hver dansk tekst i formularen skal have sin "
                "engelske ved siden af (nøglen med _en, fx title_en). Tilføj den, og prøv igen."
            )
        if isinstance(form, GroupForm):
            questions = sum(len(s.questions) for s in form.stations)
            print(
                f"{args.file}: gruppeformularen »{form.title}« er i orden ({len(form.stations)} emnekort, "
                f"{questions} spørgsmål, {form.min_participants}–{form.max_participants} deltagere og en leder)."
            )
            return EXIT_OK
        fields = sum(len(s.fields) for s in form.steps)
        print(f"{args.file}: formularen »{form.title}« er i orden ({len(form.steps)} trin, {fields} felter).")
        return EXIT_OK
    if args.command in ("verify", "file"):
        from ishoj_mus import cli_hr

        return cli_hr.run(args, CliError)
    if args.command in ("pdf", "plan", "sheet", "timestamp", "demo-tsa"):
        from ishoj_mus.pdf import commands

        return commands.run(args, _load, CliError)
    if args.command in ("overview", "due", "calendar"):
        from ishoj_mus import cli_overview

        return cli_overview.run(args, CliError, _load_any)
    if args.command is None:
        raise CliError("ishoj-mus: vælg en kommando. Se 'ishoj-mus --help'.")
    raise CliError(f"ishoj-mus: ukendt kommando {args.command}")
