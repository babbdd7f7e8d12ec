"""A GRUS preparation: each participant and the leader prepare apart, in a small file of their own
(their name and a text per topic card), bounded as the group file's parts are declared."""

from __future__ import annotations

from pathlib import Path

from ishoj_mus.domain.grus_form import GroupForm
from ishoj_mus.domain.grus_parts import part
from ishoj_mus.storage.atomic import SaveError, SaveKind, atomic_write
from ishoj_mus.storage.checks import Bad, named, place
from ishoj_mus.storage.errors import BadFile, MusFileError, Origin
from ishoj_mus.storage.grus_file import PLACE_WORDS, an_object, bounded_text
from ishoj_mus.storage.loader import read_file
from ishoj_mus.storage.musfile import encode_json
from ishoj_mus.storage.strict_json import MAX_BYTES, decode_json
from ishoj_mus.text import Words, da, number_words

PREPARATION_FORMAT = "ishoj-mus-grus-forberedelse"


def save_preparation(path: Path, form: GroupForm, name: str, answers: dict[str, str]) -> None:
    """One person's preparation: their name and a text per topic card. Raises SaveError – also,
    before writing anything, for a text :func:`load_preparation` would refuse (the leader could not
    bring the file in)."""
    problem = _preparation_beyond_bounds(form, name, answers)
    if problem is not None:
        raise SaveError(
            Path(path),
            SaveKind.BEYOND_BOUNDS,
            detail=problem,
            words=da("%1 er ikke gemt: %4. Gør teksten kortere, og gem igen. Intet er gået tabt."),
        )
    doc = {
        "format": PREPARATION_FORMAT,
        "version": 1,
        "form": form.id,
        "name": name.strip(),
        "answers": {s.id: answers.get(s.id, "") for s in form.stations if answers.get(s.id, "").strip()},
    }
    atomic_write(Path(path), encode_json(doc, indent=1))


def _preparation_beyond_bounds(form: GroupForm, name: str, answers: dict[str, str]) -> Words | None:
    """The first text of a preparation beyond the bound load_preparation holds it to (None: none)."""
    name_limit, limit = part("team").text_limit, part("contributions").text_limit
    assert name_limit is not None and limit is not None  # declared for both (as bounded_text reads them)
    if len(name.strip()) > name_limit:
        size = (number_words(len(name.strip())), number_words(name_limit))
        return Words(da("navnet er på %1 tegn, men der er plads til %2"), size)
    for station in form.stations:
        text = answers.get(station.id, "")
        if text.strip() and len(text) > limit:
            return Words(
                da("forberedelsen til %1 er på %2 tegn, men der er plads til %3"),
                (named(station.title), number_words(len(text)), number_words(limit)),
            )
    return None


def load_preparation(path: Path, form: GroupForm) -> tuple[str, dict[str, str]]:
    """A preparation file: the name written in it and its texts per card. Raises MusFileError."""
    raw = read_file(Path(path), limit=MAX_BYTES)
    doc = decode_json(raw, path, Origin.MUS)
    if not isinstance(doc, dict) or doc.get("format") != PREPARATION_FORMAT:
        raise MusFileError(
            BadFile.NOT_CONVERSATION,
            path,
            words=da("%1 er ikke en forberedelse til GRUS. Vælg filerne, deltagerne og lederen gemte."),
        )
    try:
        name = bounded_text("team")(doc.get("name"), place(PLACE_WORDS["name"]))
        stations = {s.id for s in form.stations}
        written = an_object(doc.get("answers", {}), place(da("svarene")))
        answers = {
            station: bounded_text("contributions")(text, Words(da("forberedelsen til %1"), (named(station),)))
            for station, text in written.items()
            if station in stations
        }
    except Bad as exc:
        raise MusFileError(BadFile.WRONG_TYPES, path, exc.words) from None
    if written and not answers:  # made on another group form: it would come in with nothing
        raise MusFileError(
            BadFile.NOT_CONVERSATION,
            path,
            words=da(
                "%1 er lavet til en anden samtaleform end denne GRUS, så ingen af svarene passer til "
                "emnekortene. Bed om en forberedelse lavet til denne GRUS."
            ),
        )
    return name, answers
