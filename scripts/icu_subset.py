"""A smaller ICU data library for the Linux bundle: Danish, English and the root locale only.

Qt's ICU data (libicudata.so.NN, 32 MB) holds every locale's names, collations and calendars,
every legacy character set and the transliterators. Qt uses ICU for collation, locale-aware
case mapping and legacy codecs; the program shows Danish and English and reads and writes
UTF-8 only. QtCore calls ICU only for collation (ucol_*), case mapping (u_strTo*), codecs
(ucnv_*) and time zones (ucal_*), and no other library in the bundle links ICU (checked with
`nm -D --undefined-only` on every Qt library and plugin). So this keeps the root data, the
normalisation and property tables, collation, time zones and the Danish and English locales,
and leaves out other locales' data, the .cnv character sets, the transliterators, the break
iterators' rules and dictionaries (3.4 MB, mostly the Chinese/Japanese, Thai, Lao, Khmer and
Burmese word dictionaries: Qt breaks text itself), the display names of currencies, units,
languages and regions, character names, confusables and IDNA data. About 32 MB -> 2.9 MB.

Needs icupkg and genccode (Debian: icu-devtools) and a C compiler (gcc); without them the
bundle keeps the full library. Used by build_installer.spec; also runnable on its own:

    python scripts/icu_subset.py PATH/TO/libicudata.so.73 OUT_FOLDER
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = {"root", "da", "en"}
# Data only ICU functions Qt never calls read: transliterators, break iterators (ubrk_*), display
# names of currencies, units, languages and regions (ucurr_*, unum_*, uldn_*), character names
# (u_charName), confusables (uspoof_*) and IDNA (uidna_*).
_UNUSED_TREES = ("translit/", "brkitr/", "curr/", "unit/", "lang/", "region/")
_UNUSED_FILES = {"unames.icu", "confusables.cfu", "uts46.nrm"}
_LOCALE_ITEM = re.compile(r"^([a-z]{2,3}|root)(_[A-Za-z0-9]*)*\.res$")


def _data_blob(library: bytes, version: str) -> bytes:
    """The ICU common data (symbol icudtNN_dat) out of the ELF shared library."""
    nm = subprocess.run(["nm", "-D", "-S", "--defined-only", "-"], input=library, capture_output=True)
    if nm.returncode != 0:  # older nm cannot read stdin: go through a file
        with tempfile.NamedTemporaryFile(suffix=".so") as tmp:
            tmp.write(library)
            tmp.flush()
            nm = subprocess.run(["nm", "-D", "-S", "--defined-only", tmp.name], capture_output=True)
    for line in nm.stdout.decode().splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3] == f"icudt{version}_dat":
            address, size = int(parts[0], 16), int(parts[1], 16)
            break
    else:
        raise ValueError("no ICU data symbol")
    # ELF64 program headers: find the loaded segment holding the symbol's address.
    phoff = struct.unpack_from("<Q", library, 0x20)[0]
    phentsize, phnum = struct.unpack_from("<HH", library, 0x36)
    for i in range(phnum):
        p_type, _, p_offset, p_vaddr, _, p_filesz, _, _ = struct.unpack_from(
            "<IIQQQQQQ", library, phoff + i * phentsize
        )
        if p_type == 1 and p_vaddr <= address < p_vaddr + p_filesz:
            start = address - p_vaddr + p_offset
            return library[start : start + size]
    raise ValueError("ICU data symbol outside every segment")


def _items_to_drop(items: list[str]) -> list[str]:
    drop = []
    for item in items:
        name = item.rsplit("/", 1)[-1]
        if item.startswith(_UNUSED_TREES) or name in _UNUSED_FILES or name.endswith(".cnv"):
            drop.append(item)
            continue
        match = _LOCALE_ITEM.match(name)
        if match and match.group(1) not in KEEP_LANGUAGES:
            drop.append(item)
    return drop


def subset_icudata(library_path: Path, out_dir: Path) -> Path | None:
    """Write a smaller libicudata.so.NN into ``out_dir``; None (and why, on stderr) when the
    tools are missing or anything looks unexpected – the caller then keeps the original."""
    tools = {tool: shutil.which(tool) for tool in ("icupkg", "genccode", "gcc", "nm")}
    if not all(tools.values()) or not sys.platform.startswith("linux"):
        missing = ", ".join(t for t, found in tools.items() if not found) or "not Linux"
        print(f"icu_subset: keeping the full ICU data ({missing})", file=sys.stderr)
        return None
    match = re.match(r"libicudata\.so\.(\d+)", library_path.name)
    if not match:
        return None
    version = match.group(1)
    try:
        blob = _data_blob(library_path.read_bytes(), version)
        work = Path(tempfile.mkdtemp(prefix="icu-subset-"))
        package = f"icudt{version}l"  # the items are named after the package file
        full, small = work / "full" / f"{package}.dat", work / "small" / f"{package}.dat"
        full.parent.mkdir()
        small.parent.mkdir()
        full.write_bytes(blob)
        listing = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True, check=True)
        items = listing.stdout.split()
        drop = _items_to_drop(items)
        (work / "drop.txt").write_text("\n".join(drop) + "\n")
        subprocess.run(
            ["icupkg", "-r", str(work / "drop.txt"), str(full), str(small)],
            capture_output=True,
            check=True,
            cwd=work,
        )
        subprocess.run(
            ["genccode", "-a", "gcc", "-e", f"icudt{version}", "-d", str(work), str(small)],
            capture_output=True,
            check=True,
        )
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / library_path.name
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library_path.name}", "-o", str(target),
             str(work / f"{package}_dat.S")],
            capture_output=True,
            check=True,
        )  # fmt: skip
        shutil.rmtree(work, ignore_errors=True)
    except (OSError, ValueError, subprocess.CalledProcessError) as exc:
        print(f"icu_subset: keeping the full ICU data ({exc})", file=sys.stderr)
        return None
    print(
        f"icu_subset: {library_path.name} {library_path.stat().st_size / 1e6:.1f} MB -> "
        f"{target.stat().st_size / 1e6:.1f} MB ({len(drop)} of {len(items)} items left out)",
        file=sys.stderr,
    )
    return target


if __name__ == "__main__":
    result = subset_icudata(Path(sys.argv[1]), Path(sys.argv[2]))
    sys.exit(0 if result else 1)
