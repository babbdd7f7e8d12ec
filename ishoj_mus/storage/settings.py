"""Per-user settings and the recent-files list, as a small JSON file in the user folders.

Every setting is declared once, as data, in :data:`SETTINGS`: its name, kind, default, the
values it may take and what it is for. Loading checks each stored value against its
declaration (a wrong or unknown value falls back to the default); the settings dialog builds
its rows from the declarations of kind "choice", "folder" and "file".
What the organisation decides (certificates, HR policy) is not here: see the organisation profile.
"""

from __future__ import annotations

import json
from pathlib import Path

from ishoj_mus.storage import userdirs
from ishoj_mus.storage.atomic import SaveError, atomic_write, clean_stale_in
from ishoj_mus.storage.bounded import MIB, read_regular_file

ZOOM_STEPS = (80, 90, 100, 110, 125, 150, 175, 200)


# Plain classes, not dataclasses: ``dataclasses`` and the two classes it would build cost ≈6 ms
# before the window's first frame (start-up, issue 15).
class Setting:
    __slots__ = ("name", "kind", "default", "description", "choices")

    def __init__(
        self, name: str, kind: str, default: object, description: str, choices: tuple[object, ...] = ()
    ) -> None:
        self.name = name
        # "choice", "folder", "file" (in the dialog) or "flag", "state" (kept by the program)
        self.kind = kind
        self.default = default
        self.description = description
        self.choices = choices

    def __repr__(self) -> str:
        return f"Setting({self.name!r}, {self.kind!r}, {self.default!r})"

    def accepts(self, value: object) -> bool:
        if type(value) is not type(self.default):  # bool is not int, int is not bool
            return False
        return not self.choices or value in self.choices


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "language", "choice", "da", "The language of the window (da or en); read at start-up.", ("da", "en")
    ),
    Setting("zoom", "choice", 100, "Text size in per cent, changed with Ctrl++ / Ctrl+-.", ZOOM_STEPS),
    Setting("default_folder", "folder", "", "Where file dialogs for conversations start (empty: Documents)."),
    Setting("pdf_folder", "folder", "", "Where PDFs are suggested (empty: beside the conversation)."),
    Setting("last_folder", "state", "", "Where the last file was saved: the next save dialog starts there."),
    Setting("pkcs12_path", "file", "", "The organisation's PKCS#12 certificate (empty: a per-user one)."),
    Setting("show_framework", "flag", True, "The framework panel beside the steps (F9)."),
    Setting("window_geometry", "state", "", "The window's size and place (base64 of saveGeometry())."),
    Setting("tour_done", "flag", False, "The first-time tour of the window was shown (or skipped)."),
    Setting("overview_folder", "state", "", "The folder the leader's year overview reads."),
    Setting("private_note_explained", "flag", False, "The 'Kun mellem os' explanation was read once."),
    Setting(
        "recent",
        "state",
        [],
        "The ten latest conversations: path, name, date, form, state code (and whose preparation).",
    ),
)


class Settings:
    """One value per declaration in :data:`SETTINGS`, its default unless given by keyword."""

    language: str
    zoom: int
    default_folder: str
    pdf_folder: str
    last_folder: str  # where the last file was saved: the next save dialog starts there
    pkcs12_path: str  # the organisation's certificate; empty: the per-user certificate
    show_framework: bool
    window_geometry: str  # base64 of QWidget.saveGeometry()
    tour_done: bool  # the first-time tour was taken or declined
    overview_folder: str  # the folder the leader's overview reads
    private_note_explained: bool  # the "Kun mellem os" explanation was read once
    recent: list[dict[str, str]]

    def __init__(self, **values: object) -> None:
        unknown = set(values) - {spec.name for spec in SETTINGS}
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        for spec in SETTINGS:
            # A list default is copied: each Settings has its own recent list.
            default = list(spec.default) if isinstance(spec.default, list) else spec.default
            setattr(self, spec.name, values.get(spec.name, default))

    def as_dict(self) -> dict[str, object]:
        return {spec.name: getattr(self, spec.name) for spec in SETTINGS}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and self.as_dict() == other.as_dict()

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it was

    def __repr__(self) -> str:
        return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in self.as_dict().items()) + ")"

    @classmethod
    def load(cls) -> Settings:
        path = userdirs.config_dir() / "settings.json"
        clean_stale_in(path.parent)  # temp files of a save a crash cut short
        try:
            data = json.loads(read_regular_file(path, MIB))
        except (OSError, ValueError, RecursionError):  # RecursionError: absurdly deep nesting
            return cls()
        settings = cls()
        if isinstance(data, dict):
            for spec in SETTINGS:
                value = data.get(spec.name, spec.default)
                if spec.accepts(value):
                    setattr(settings, spec.name, value)
        settings.recent = [r for r in settings.recent if _text_entry(r)][:10]
        return settings

    def save(self) -> None:
        """Best effort: settings must never stop the program."""
        try:
            data = json.dumps(self.as_dict(), ensure_ascii=False, indent=1).encode("utf-8")
        except UnicodeEncodeError:  # a recent file whose name is not UTF-8: kept exact, escaped
            data = json.dumps(self.as_dict(), indent=1).encode("ascii")
        try:
            atomic_write(userdirs.config_dir() / "settings.json", data, keep_backup=False)
        except SaveError:
            pass

    def remember(
        self, path: Path, employee: str, when: str, form: str, state: str, preparation: str = ""
    ) -> None:
        """``preparation``: the voice ("leder"/"medarbejder") whose preparation the file is."""
        entry = {"path": str(path), "employee": employee, "date": when, "form": form, "state": state}
        if preparation:
            entry["preparation"] = preparation
        self.recent = [entry] + [r for r in self.recent if r.get("path") != str(path)]
        del self.recent[10:]

    def forget(self, path: Path) -> None:
        self.recent = [r for r in self.recent if r.get("path") != str(path)]


def setting(name: str) -> Setting:
    return next(s for s in SETTINGS if s.name == name)


def _text_entry(entry: object) -> bool:
    """A recent-list entry the start page can show: texts only (a hand-edited or damaged file
    with ``"path": null`` or a number as the date stopped the program at every start)."""
    return isinstance(entry, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in entry.items()
    )
