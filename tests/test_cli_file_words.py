"""The command line says what is wrong with a file in storage's Danish, unchanged by the
catalogue that now words it once for the window too (issue 25, item 3)."""

from __future__ import annotations

import os

import pytest

from tests.conftest import run_cli

CASES = {
    "tom.mus": (
        b"",
        "»tom.mus« er tom. Den kan være blevet afbrudt under kopiering. Prøv en anden kopi af filen.",
    ),
    "halv.mus": (
        b'{"format": "ishoj-mus", "version": 2, "conversation": {',
        "»halv.mus« er ufuldstændig – den slutter midt i indholdet. Prøv sikkerhedskopien "
        "(»halv.mus.bak«) eller en anden kopi.",  # a backup beside it (below)
    ),
    "ny.mus": (
        b'{"format": "ishoj-mus", "version": 99, "conversation": {}}',
        "»ny.mus« er gemt med en nyere version af Ishøj MUS. Opdatér programmet for at åbne den.",
    ),
    "typer.mus": (
        b'{"format": "ishoj-mus", "conversation": {}}',
        "»typer.mus« er beskadiget: versionsnummeret mangler. Prøv en anden kopi af filen.",
    ),
    "findes-ikke.mus": (None, "»findes-ikke.mus« findes ikke. Tjek stavemåden, eller vælg filen igen."),
    "mappe.mus": ("folder", "»mappe.mus« er en mappe, ikke en fil. Vælg en fil i mappen."),
}


@pytest.mark.parametrize("name", CASES)
def test_show_says_storage_s_danish_sentence_unchanged(tmp_path, name):
    content, sentence = CASES[name]
    path = tmp_path / name
    if content == "folder":
        os.mkdir(path)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    if "sikkerhedskopien" in sentence:  # the backup is advised only when it is there (issue 25)
        path.with_name(path.name + ".bak").write_bytes(b"{}")
    result = run_cli("show", str(path))
    assert result.returncode == 2
    assert result.stderr == f"ishoj-mus: {sentence}\n"
