"""Settings are declared once, as data; loading checks each value against its declaration."""

from __future__ import annotations

import json

import pytest

from ishoj_mus.storage import userdirs
from ishoj_mus.storage.settings import SETTINGS, Settings


def test_every_setting_is_declared_with_its_default_and_a_description():
    declared = {s.name: s for s in SETTINGS}
    # A setting added to Settings without its declaration (or the other way round) fails here.
    assert list(declared) == list(Settings.__annotations__)
    defaults = Settings()
    for name, spec in declared.items():
        assert getattr(defaults, name) == spec.default, name
        assert spec.description.strip(), name
        assert spec.accepts(spec.default), name
    # Each window's settings keep their own recent list; a misspelt setting is refused.
    assert Settings().recent is not defaults.recent
    with pytest.raises(TypeError):
        Settings(langauge="en")


def test_a_stored_value_that_does_not_fit_its_declaration_falls_back_to_the_default():
    path = userdirs.config_dir() / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {"language": "fr", "zoom": 333, "show_framework": 1, "pdf_folder": "/tmp/pdf", "recent": [3]}
        ),
        encoding="utf-8",
    )
    loaded = Settings.load()
    assert (loaded.language, loaded.zoom, loaded.show_framework) == ("da", 100, True)
    assert loaded.pdf_folder == "/tmp/pdf"
    assert loaded.recent == []


def test_saved_settings_load_back():
    settings = Settings(language="en", zoom=150, default_folder="/tmp/mus")
    settings.save()
    loaded = Settings.load()
    assert (loaded.language, loaded.zoom, loaded.default_folder) == ("en", 150, "/tmp/mus")
