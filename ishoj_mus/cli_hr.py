"""``ishoj-mus verify PATH...``: HR's desk on the command line (``file`` is ``cli_filing``'s).

One file's judgement and its printed lines are trust's (``ishoj_mus.pdf.judge``); here they are
run for many files and folders at once (``ishoj_mus.pdf.batch``) and printed. Exit status of
``verify``: the worst file's (ULÆSELIG 2 › ÆNDRET 1 › IKKE UNDERSKREVET 5 › UBEKRÆFTET 3 ›
employee's copy 4 › GYLDIG 0).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from ishoj_mus.cli_commands import CliError
from ishoj_mus.pdf.batch import check_files, collect, worst_exit
from ishoj_mus.pdf.judge import TrustSettingsError, print_verification
from ishoj_mus.terminal import plain
from ishoj_mus.text import visible


def run(args: argparse.Namespace) -> int:
    try:
        return _verify(args)
    except TrustSettingsError as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None


def check_files_given(args: argparse.Namespace, skip: Path | None = None) -> list[Any]:
    paths, notes = collect(args.paths, skip=skip)
    for note in notes:
        print(f"ishoj-mus: {note}", file=sys.stderr)
    if not paths:
        raise CliError("ishoj-mus: der er ingen filer at kontrollere i det, du har angivet.")
    return check_files(paths, args.trust, now=args.now)


def _verify(args: argparse.Namespace) -> int:
    checked = check_files_given(args)
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
    counts = Counter(r.verdict.value for r in results)
    text = ", ".join(f"{n} {verdict}" for verdict, n in sorted(counts.items()))
    print(f"\nI alt {len(results)} filer: {text}.")
