"""Collect every tr("…") string of the UI into the Qt translation file and compile it.

    python scripts/update_translations.py          # update resources/translations/*.ts and .qm
    python scripts/update_translations.py --check  # exit 1 if a string has no translation

New strings are added as unfinished; strings no longer in the code are marked vanished.
Translate them in Qt Linguist (pyside6-linguist) or by editing the .ts file.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "ishoj_mus" / "ui"
PACKAGE = ROOT / "ishoj_mus"
DOMAIN = PACKAGE / "domain"
TS = ROOT / "resources" / "translations" / "ishoj_mus_en.ts"
CONTEXT = "ishoj_mus"


def source_strings() -> dict[str, str]:
    """Every literal passed to tr() (or marked da() in the catalogue), with the first file it is used in."""
    found: dict[str, str] = {}
    # tr("…") in the window; da("…") elsewhere: the catalogue of words for the domain's codes
    # (text.py) and texts the window shows from the PDF side (progress); label("…") in the
    # domain, which cannot import text.da: the declared parts' names (domain/shape.py)
    for path, marker in [
        *((p, "tr") for p in sorted(UI.rglob("*.py"))),
        *((p, "da") for p in sorted(PACKAGE.rglob("*.py")) if UI not in p.parents),
        *((p, "label") for p in sorted(DOMAIN.rglob("*.py"))),
    ]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == marker
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, path.relative_to(ROOT).as_posix())
    return found


def read_ts() -> dict[str, tuple[str, str]]:
    """source -> (translation, type) from the .ts file."""
    if not TS.exists():
        return {}
    tree = ET.parse(TS)
    result = {}
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        result[source] = (
            (translation.text or "") if translation is not None else "",
            translation.get("type", "") if translation is not None else "",
        )
    return result


def write_ts(strings: dict[str, str], existing: dict[str, tuple[str, str]]) -> None:
    """Messages sorted by their Danish source, each with its file but no line number: adding a
    string or moving code changes only the lines of that string, so two branches merge cleanly."""
    root = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="da_DK")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, file in sorted(strings.items()):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=f"../../{file}")
        ET.SubElement(message, "source").text = source
        text, _kind = existing.get(source, ("", ""))
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if not text:
            translation.set("type", "unfinished")
    for source, (text, _kind) in sorted(existing.items()):
        if source not in strings and text:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation", type="vanished")
            translation.text = text
    ET.indent(root)
    TS.parent.mkdir(parents=True, exist_ok=True)
    TS.write_bytes(
        b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="utf-8")
        + b"\n"
    )


def compile_qm() -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)


def missing_translations() -> list[str]:
    existing = read_ts()
    return [s for s in source_strings() if not existing.get(s, ("", ""))[0]]


def main() -> int:
    if "--check" in sys.argv:
        missing = missing_translations()
        for s in missing:
            print(f"no English translation: {s!r}")
        return 1 if missing else 0
    write_ts(source_strings(), read_ts())
    compile_qm()
    missing = missing_translations()
    print(f"{TS.name}: {len(source_strings())} strings, {len(missing)} without translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
