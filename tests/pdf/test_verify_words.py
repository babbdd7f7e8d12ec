"""verify's words, keyed by code (issue 25, point 3): every sentence the checker and the filing
can write is a code with parameters in ``pdf.verify_words``; the Danish the CLI prints is the
catalogue's, and the window can word each one in English."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from ishoj_mus.pdf.verify_words import CHOICES, PHRASES, WORDS, Reason, Said, read, reason_text, say

PDF = Path(__file__).resolve().parents[2] / "ishoj_mus" / "pdf"

# Texts in those modules that are not reasons: what a paper's metadata starts with (read from a
# file, never shown) and the filing manifest's own column names (a file HR keeps, in Danish).
NOT_REASONS = {
    "Udviklingsplan og bekræftelse",
    "Udviklingsplan (aftaler fra",
    "Spørgsmål og rammetekst",
    "certifikatet er udløbet",
    "Erstatter version underskrevet",
    "Signeret af lederen",
}


# The modules that word verify's verdicts, reasons and the filing (pdfimports split the checker).
SOURCES = (
    "verification.py",
    "verdict.py",
    "signature_checks.py",
    "signer_trust.py",
    "revisions.py",
    "leader_rule.py",
    "hr_filing.py",
    "batch.py",
    "verify_worker.py",
    "judge.py",
)


def _sources() -> list[Path]:
    """Those modules, and any other that builds a ``Verdict(``."""
    found = {PDF / name for name in SOURCES}
    found |= {p for p in PDF.rglob("*.py") if "Verdict(" in p.read_text(encoding="utf-8")}
    return sorted(found)


# judge.py's own line labels for the CLI (the window builds its own lines through tr).
CLI_LINES = re.compile(r"^( {2}| \(|genkendt|IKKE genkendt|bekræftet af organisationen|ukendt \(ingen)")


def _texts(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skip.add(id(body[0].value))  # docstrings
        if isinstance(node, ast.JoinedStr):
            skip.update(id(v) for v in node.values)
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):
            yield node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "X" for v in node.values)


def test_every_sentence_the_checker_writes_comes_from_the_catalogue():
    """Nothing worded twice: no sentence-like literal is left in those modules – each is a
    ``say(Reason…)`` – except the few listed that are not reasons and the CLI's line labels."""
    sources = _sources()
    assert all(p.exists() for p in sources), [p.name for p in sources if not p.exists()]
    left = []
    for path in sources:
        for line, text in _texts(path):
            words = re.findall(r"[a-zæøå]{2,}", text)
            if len(words) < 3 or " " not in text or text in NOT_REASONS:
                continue
            if path.name == "judge.py" and CLI_LINES.match(text):
                continue
            left.append(f"{path.name}:{line}: {text}")
    assert not left, "\n".join(left)


@pytest.mark.parametrize("code", list(Reason))
def test_each_code_reads_back_as_itself(code):
    count = len(set(re.findall(r"%(\d+)", WORDS[code])))
    choices = CHOICES.get(code, {})
    args = tuple(choices[n][0] if n in choices else f"Navn {n}" for n in range(1, count + 1))
    said = read(say(code, *args))
    assert said == Said(code, args)


def test_a_reason_inside_a_reason_is_worded_in_the_reader_s_language():
    inner = Said(Reason.OTHER_NAME, ("Mette Hansen", "Jonas Kristensen"))
    sentence = say(Reason.SIGNER_NOT_LEADER, "Mette Hansen", inner)
    assert sentence == (
        "Dokumentet er uændret, men underskriveren »Mette Hansen« er ikke genkendt som samtalens "
        "leder: certifikatet er udstedt til »Mette Hansen«, men samtalens leder er »Jonas Kristensen«. "
        "Kontrollér, hvem der har underskrevet."
    )
    assert read(sentence) == Said(Reason.SIGNER_NOT_LEADER, ("Mette Hansen", inner))
    english = {
        WORDS[Reason.SIGNER_NOT_LEADER]: "The signer “%1” is not the leader: %2.",
        WORDS[Reason.OTHER_NAME]: "issued to “%1”, leader “%2”",
    }
    assert reason_text(sentence, lambda t: english.get(t, t)) == (
        "The signer “Mette Hansen” is not the leader: issued to “Mette Hansen”, leader “Jonas Kristensen”."
    )


def test_a_name_holding_a_placeholder_is_not_filled_in():
    said = Said(Reason.OTHER_NAME, ("%2", "Jonas"))
    assert said.text() == "certifikatet er udstedt til »%2«, men samtalens leder er »Jonas«"


def test_a_sentence_from_elsewhere_is_not_read():
    assert read("Noget helt andet.") is None
    assert read("") is None
    assert read("Noget: andet") is None  # the filing's catch-all "%1: %2" takes a verdict word only


def test_phrases_name_real_parameters():
    for code, places in PHRASES.items():
        count = len(set(re.findall(r"%(\d+)", WORDS[code])))
        assert places <= set(range(1, count + 1)), code
