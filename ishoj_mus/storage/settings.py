"""Per-user settings and the recent-files list, as small JSON files in the user folders."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ishoj_mus.storage import userdirs
from ishoj_mus.storage.atomic import SaveError, atomic_write, clean_stale_in

ZOOM_STEPS = (80, 90, 100, 110, 125, 150, 175, 200)


@dataclass
class Settings:
    language: str = "da"
    zoom: int = 100
    default_folder: str = ""
    pdf_folder: str = ""
    pkcs12_path: str = ""  # the organisation's certificate; empty: the per-user certificate
    show_framework: bool = True
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    private_note_explained: bool = False  # the "Kun mellem os" explanation was read once
    recent: list[dict[str, str]] = field(default_factory=list)

    @classmethod
    def load(cls) -> Settings:
        path = userdirs.config_dir() / "settings.json"
        clean_stale_in(path.parent)  # temp files of a save a crash cut short
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        settings = cls()
        if isinstance(data, dict):
            for key, default in asdict(settings).items():
                value = data.get(key, default)
                if isinstance(value, type(default)):
                    setattr(settings, key, value)
        if settings.language not in ("da", "en"):
            settings.language = "da"
        if settings.zoom not in ZOOM_STEPS:
            settings.zoom = 100
        return settings

    def save(self) -> None:
        """Best effort: settings must never stop the program."""
        try:
            atomic_write(
                userdirs.config_dir() / "settings.json",
                json.dumps(asdict(self), ensure_ascii=False, indent=1).encode("utf-8"),
                keep_backup=False,
            )
        except SaveError:
            pass

    def conversation_folder(self) -> str:
        """Where file dialogs for conversations start: the chosen folder, or Documents."""
        return self.default_folder or str(userdirs.documents_dir())

    def remember(self, path: Path, employee: str, when: str, form: str, state: str) -> None:
        entry = {"path": str(path), "employee": employee, "date": when, "form": form, "state": state}
        self.recent = [entry] + [r for r in self.recent if r.get("path") != str(path)]
        del self.recent[10:]

    def forget(self, path: Path) -> None:
        self.recent = [r for r in self.recent if r.get("path") != str(path)]
