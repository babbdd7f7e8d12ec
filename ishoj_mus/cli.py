"""The ``ishoj-mus`` command: the window by default, and subcommands for files and PDFs.

Which module runs what is declared in ``ishoj_mus.cli_commands`` (the command line's start-up
seam); here the arguments are read and the command, a helper process, the self-test or the
window is started. Bad input ends with exit status 2 and one clear line on stderr – never a
traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from pathlib import Path
from typing import TextIO

from ishoj_mus import cli_commands
from ishoj_mus.cli_commands import EXIT_BAD, CliError
from ishoj_mus.terminal import plain, plain_terminal


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
    where = f"{Path(filename).name}:{lineno}"
    cli_commands.load(cli_commands.LOG_NOTE)(
        f"advarsel {category.__module__}.{category.__qualname__} i {where}"
    )


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # the program itself (not a caller passing arguments): warnings are logged
        _quiet_dependencies()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] and argv[0] in cli_commands.PROCESSES:  # the PDF worker, a verify worker, a bounded check
        return int(cli_commands.load(cli_commands.PROCESSES[argv[0]])())
    try:
        if argv and (argv[0] in cli_commands.COMMANDS or argv[0] in ("-h", "--help", "--version")):
            with plain_terminal():  # file names and texts are anyone's: no ESC reaches the terminal
                args = cli_commands.build_parser().parse_args(argv)
                try:
                    return _run(args)
                except CliError as exc:
                    print(str(exc), file=sys.stderr)
                    return exc.status
        args = cli_commands.gui_parser().parse_args(argv)
        if args.self_test:
            return _self_test()
        return int(cli_commands.load(cli_commands.WINDOW)(file=args.file, demo=args.demo, lang=args.lang))
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. "ishoj-mus verify X.pdf | head -1"
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 – a fault (ours or a library's): one line, never a traceback
        log = cli_commands.load(cli_commands.LOG_EXCEPTION)(type(exc), exc.__traceback__, "kommandolinjen")
        where = f" Fejlen er skrevet i logfilen (uden navne og svar): {log}" if log else ""
        print(
            f"ishoj-mus: der skete en uventet fejl, og kommandoen blev ikke gennemført.{where}",
            file=sys.stderr,
        )
        return EXIT_BAD


def _self_test() -> int:
    """The self-test checks an installed program, so a window that cannot even be imported (a
    system library Qt needs is missing, a damaged bundle) is its finding – one line saying what
    failed and what to do, exit 1 as for any failed self-test –, not the command line's
    unexpected error."""
    try:
        run_self_test = cli_commands.load(cli_commands.SELF_TEST)
    except ImportError as exc:
        reason = plain(" ".join(str(exc).split()))  # one line, whatever the library wrote
        print(
            f"Selvtest fejlede: programmets vindue kunne ikke indlæses ({type(exc).__name__}: {reason}). "
            "Installér programmet igen; på Linux skal de systembiblioteker, Qt bruger, også være "
            "installeret (se README).",
            file=sys.stderr,
        )
        return 1
    return int(run_self_test())


def _run(args: argparse.Namespace) -> int:
    command = args.command
    if command is None:
        raise CliError("ishoj-mus: vælg en kommando. Se 'ishoj-mus --help'.")
    return cli_commands.runner(command)(args)
