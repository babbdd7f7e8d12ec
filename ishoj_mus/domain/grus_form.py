"""The group conversation's form (GRUS) as data: topic cards (stations) and the texts around them.

A group form is a TOML file in ``forms/`` with ``kind = "grus"``; it is read from there or from
the snapshot stored in a group conversation file, both through :meth:`GroupForm.from_dict`,
which checks everything and names the file and the station of the first problem it finds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ishoj_mus.domain.form import GROUP_KIND, MAX_FORM_TEXT, Where
from ishoj_mus.domain.form_steps import English
from ishoj_mus.domain.framework import Framework

MIN_PARTICIPANTS, MAX_PARTICIPANTS = 2, 8  # the bounds every group form must lie within
MAX_STATIONS = 20
MAX_QUESTIONS = 10


@dataclass(frozen=True)
class Station:
    """A topic card: questions for the group, and the framework it shows beside them."""

    id: str
    title: str
    questions: tuple[str, ...]
    intro: str = ""
    framework: tuple[str, ...] = ()
    centre: str | None = None  # the framework reference the card puts in the middle
    minutes: int | None = None
    private_note_hint: str = ""
    en: English = ()  # title_en, intro_en, private_note_hint_en
    questions_en: tuple[str, ...] = ()  # one English per question, in the same order


@dataclass(frozen=True)
class Section:
    """A part of the session after the cards (agreements, plans, the individual offer, signing)."""

    title: str
    intro: str = ""
    minutes: int | None = None
    en: English = ()  # title_en, intro_en


@dataclass(frozen=True)
class Documents:
    """What the group's documents are called (titles and the file-name prefix are data)."""

    referat_title: str = "Referat af gruppeudviklingssamtale (GRUS)"
    edition_title: str = "Udviklingsplan fra gruppeudviklingssamtale (GRUS)"
    plan_title: str = "Gruppens aftaler fra GRUS"
    sheet_title: str = "Forberedelsesark til GRUS"
    file_prefix: str = "GRUS"


SECTION_IDS = ("agreements", "plans", "individual", "signatures")


@dataclass(frozen=True)
class GroupForm:
    id: str
    title: str
    version: str
    description: str
    stations: tuple[Station, ...]
    sections: dict[str, Section]
    min_participants: int = MIN_PARTICIPANTS
    max_participants: int = MAX_PARTICIPANTS
    participants_help: str = ""
    preparation_intro: str = ""
    documents: Documents = field(default_factory=Documents)
    framework: Framework = field(repr=False, compare=True, default=None)  # type: ignore[assignment]  # a default only because later fields have one: from_dict always gives it
    # English (issue 25): title, description, participants_help, preparation_intro; documents
    en: English = ()
    documents_en: English = ()

    def in_english(self) -> GroupForm:
        """The form as an English window shows it; a text without English stays Danish."""
        base: GroupForm = _swapped(self, ("title", "description", "participants_help", "preparation_intro"))
        return replace(
            base,
            stations=tuple(
                replace(
                    _swapped(s, _STATION_TEXTS),
                    questions=s.questions_en if len(s.questions_en) == len(s.questions) else s.questions,
                )
                for s in self.stations
            ),
            sections={k: _swapped(v, _SECTION_TEXTS) for k, v in self.sections.items()},
            documents=replace(self.documents, **dict(self.documents_en)),
        )

    def english_gaps(self) -> list[str]:
        """Each Danish text without its English, named by place and key (empty: all there)."""
        english = dict(self.en)
        gaps = [
            f"formularen: '{key}_en' mangler"
            for key in ("title", "description")
            if getattr(self, key) and key not in english
        ]
        if self.participants_help and "participants_help" not in english:
            gaps.append("[participants]: 'help_en' mangler")
        if self.preparation_intro and "preparation_intro" not in english:
            gaps.append("[preparation]: 'intro_en' mangler")
        documents = dict(self.documents_en)
        gaps += [f"[documents]: '{key}_en' mangler" for key in _DOCUMENT_TEXTS if key not in documents]
        for s in self.stations:
            own = dict(s.en)
            gaps += [
                f"emnekort {s.id}: '{k}_en' mangler" for k in _STATION_TEXTS if getattr(s, k) and k not in own
            ]
            if len(s.questions_en) != len(s.questions):
                gaps.append(f"emnekort {s.id}: 'questions_en' skal have en engelsk tekst for hvert spørgsmål")
        for key, section in self.sections.items():
            own = dict(section.en)
            gaps += [
                f"[{key}]: '{k}_en' mangler" for k in _SECTION_TEXTS if getattr(section, k) and k not in own
            ]
        return gaps

    def station(self, station_id: str) -> Station:
        for station in self.stations:
            if station.id == station_id:
                return station
        raise KeyError(station_id)

    def section(self, section_id: str) -> Section:
        return self.sections[section_id]

    @property
    def minutes(self) -> int:
        """The agenda's suggested time for the whole session."""
        cards = sum(s.minutes or 0 for s in self.stations)
        return cards + sum(s.minutes or 0 for s in self.sections.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": GROUP_KIND,
            "title": self.title,
            "version": self.version,
            "description": self.description,
            "participants": {
                "min": self.min_participants,
                "max": self.max_participants,
                "help": self.participants_help,
                **_en_dict(self.en, {"participants_help": "help"}),
            },
            "documents": {
                "referat_title": self.documents.referat_title,
                "edition_title": self.documents.edition_title,
                "plan_title": self.documents.plan_title,
                "sheet_title": self.documents.sheet_title,
                "file_prefix": self.documents.file_prefix,
                **_en_dict(self.documents_en),
            },
            "preparation": {
                "intro": self.preparation_intro,
                **_en_dict(self.en, {"preparation_intro": "intro"}),
            },
            "stations": [_station_to_dict(s) for s in self.stations],
            **{
                key: {
                    "title": s.title,
                    "intro": s.intro,
                    **({"minutes": s.minutes} if s.minutes is not None else {}),
                    **_en_dict(s.en),
                }
                for key, s in self.sections.items()
            },
            "framework": self.framework.to_dict(),
            **_en_dict(self.en, {"title": "title", "description": "description"}),
        }

    @classmethod
    def from_dict(cls, data: Any, source: str, framework: Framework | None = None) -> GroupForm:
        """Check and build a group form. ``framework`` is used when the data carries none."""
        at = _At(source)
        if not isinstance(data, dict):
            raise at.error("formularen skal være en tabel")
        if data.get("kind") != GROUP_KIND:
            raise at.error('formularen er ikke en gruppeformular (kind = "grus")')
        unknown = set(data) - {
            "id", "kind", "title", "version", "description", "participants", "documents", "title_en", "description_en",
            "preparation", "stations", "framework", *SECTION_IDS,
        }  # fmt: skip
        if unknown:
            raise at.error(f"ukendt nøgle: {', '.join(sorted(unknown))}")
        if "framework" in data:
            try:
                framework = Framework.from_dict(data["framework"])
            except (KeyError, TypeError, ValueError) as exc:
                raise at.error(f"rammeteksten er ugyldig ({exc})") from None
        if framework is None:
            raise at.error("der er ingen rammetekst at henvise til")
        participants = at.table(data, "participants")
        low = at.get(participants, "min", int, MIN_PARTICIPANTS)
        high = at.get(participants, "max", int, MAX_PARTICIPANTS)
        if not MIN_PARTICIPANTS <= low <= high <= MAX_PARTICIPANTS:
            raise at.error(
                f"'participants' skal have min og max mellem {MIN_PARTICIPANTS} og {MAX_PARTICIPANTS}, min ikke over max"
            )
        stations_data = at.get(data, "stations", list)
        if not stations_data:
            raise at.error("formularen har ingen emnekort ([[stations]])")
        if len(stations_data) > MAX_STATIONS:
            raise at.error(f"en gruppeformular kan højst have {MAX_STATIONS} emnekort")
        stations: list[Station] = []
        for index, raw in enumerate(stations_data, start=1):
            station = _parse_station(raw, at.at_station(raw, index), framework)
            if any(s.id == station.id for s in stations):
                raise at.at_station(raw, index).error("emnekortets id bruges allerede af et andet emnekort")
            stations.append(station)
        sections: dict[str, Section] = {}
        for key in SECTION_IDS:
            table = at.table(data, key)
            at.only(table, {"title", "intro", "minutes", "title_en", "intro_en"}, key)
            sections[key] = Section(
                title=at.get(table, "title", str, _SECTION_TITLES[key]),
                intro=at.get(table, "intro", str, ""),
                minutes=at.minutes(table),
                en=_english(at, table, {"title_en": "title", "intro_en": "intro"}),
            )
        docs = at.table(data, "documents")
        at.only(docs, set(Documents.__dataclass_fields__) | {f"{k}_en" for k in _DOCUMENT_TEXTS}, "documents")
        defaults = Documents()
        documents = Documents(
            **{k: at.get(docs, k, str, getattr(defaults, k)) for k in Documents.__dataclass_fields__}
        )
        participants_data = at.table(data, "participants")
        at.only(participants_data, {"min", "max", "help", "help_en"}, "participants")
        preparation = at.table(data, "preparation")
        at.only(preparation, {"intro", "intro_en"}, "preparation")
        if not documents.file_prefix.strip() or any(c in documents.file_prefix for c in '\\/:*?"<>| '):
            raise at.error("'file_prefix' skal være et kort ord uden mellemrum og skilletegn")
        return cls(
            id=at.get(data, "id", str),
            title=at.get(data, "title", str),
            version=str(at.get(data, "version", (str, int, float))),
            description=at.get(data, "description", str, ""),
            stations=tuple(stations),
            sections=sections,
            min_participants=low,
            max_participants=high,
            participants_help=at.get(participants, "help", str, ""),
            preparation_intro=at.get(at.table(data, "preparation"), "intro", str, ""),
            documents=documents,
            framework=framework,
            en=_english(at, data, {"title_en": "title", "description_en": "description"})
            + _english(at, participants_data, {"help_en": "participants_help"})
            + _english(at, preparation, {"intro_en": "preparation_intro"}),
            documents_en=_english(at, docs, {f"{k}_en": k for k in _DOCUMENT_TEXTS}),
        )


_SECTION_TITLES = {
    "agreements": "Gruppens aftaler",
    "plans": "Hver deltagers udviklingsplan",
    "individual": "Tilbud om individuel samtale",
    "signatures": "Underskrift",
}


def _station_to_dict(s: Station) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": s.id,
        "title": s.title,
        "intro": s.intro,
        "questions": list(s.questions),
        "framework": list(s.framework),
    }
    if s.centre is not None:
        data["centre"] = s.centre
    if s.minutes is not None:
        data["minutes"] = s.minutes
    if s.private_note_hint:
        data["private_note_hint"] = s.private_note_hint
    data.update(_en_dict(s.en))
    if s.questions_en:
        data["questions_en"] = list(s.questions_en)
    return data


def _parse_station(data: Any, at: _At, framework: Framework) -> Station:
    if not isinstance(data, dict):
        raise at.error("et emnekort skal være en tabel")
    at.only(
        data,
        {"id", "title", "intro", "questions", "framework", "centre", "minutes", "private_note_hint"}
        | {f"{k}_en" for k in _STATION_TEXTS}
        | {"questions_en"},
        None,
    )
    station_id = at.get(data, "id", str)
    if not station_id.strip():
        raise at.error("emnekortet mangler et id")
    refs = at.framework_refs(data, framework)
    centre = at.get(data, "centre", str, None)
    if centre is not None and centre not in refs:
        raise at.error("'centre' skal være en af emnekortets henvisninger i 'framework'")
    questions = at.get(data, "questions", list)
    if not questions or len(questions) > MAX_QUESTIONS:
        raise at.error(f"et emnekort skal have 1–{MAX_QUESTIONS} spørgsmål")
    for q in questions:
        if not isinstance(q, str) or not q.strip() or len(q) > MAX_FORM_TEXT:
            raise at.error("hvert spørgsmål skal være en tekst")
    questions_en = at.get(data, "questions_en", list, [])
    if questions_en and len(questions_en) != len(questions):
        raise at.error("'questions_en' skal have lige så mange spørgsmål som 'questions', i samme rækkefølge")
    for q in questions_en:
        if not isinstance(q, str) or not q.strip() or len(q) > MAX_FORM_TEXT:
            raise at.error("hvert spørgsmål i 'questions_en' skal være en tekst")
    return Station(
        id=station_id,
        title=at.get(data, "title", str),
        questions=tuple(questions),
        intro=at.get(data, "intro", str, ""),
        framework=tuple(refs),
        centre=centre,
        minutes=at.minutes(data),
        private_note_hint=at.get(data, "private_note_hint", str, ""),
        en=_english(at, data, {f"{k}_en": k for k in _STATION_TEXTS}),
        questions_en=tuple(questions_en),
    )


_STATION_TEXTS = ("title", "intro", "private_note_hint")
_SECTION_TEXTS = ("title", "intro")
_DOCUMENT_TEXTS = ("referat_title", "edition_title", "plan_title", "sheet_title")


def _swapped(item: Any, texts: tuple[str, ...]) -> Any:
    english: dict[str, str] = dict(getattr(item, "en"))  # noqa: B009
    return replace(item, **{key: english[key] for key in texts if key in english})


def _en_dict(en: English, keys: dict[str, str] | None = None) -> dict[str, str]:
    """The ``key_en`` entries of a table; ``keys`` maps stored names to the table's."""
    if keys is None:
        return {f"{k}_en": v for k, v in en}
    return {f"{keys[k]}_en": v for k, v in en if k in keys}


def _english(at: _At, data: dict[str, Any], keys: dict[str, str]) -> English:
    """The English texts of a table: ``keys`` maps the TOML key (``title_en``) to the name kept."""
    pairs: list[tuple[str, str]] = []
    for toml_key, name in keys.items():
        if toml_key in data:
            value = at.get(data, toml_key, str)
            if not value.strip():
                raise at.error(f"'{toml_key}' er tom")
            pairs.append((name, value))
    return tuple(pairs)


class _At(Where):
    """Where a problem is: the file and, when known, the station (in the step's place)."""

    def __init__(self, source: str, station: str | None = None):
        super().__init__(source, station)
        self.station = station

    def at_station(self, data: Any, index: int) -> _At:
        name = (
            data.get("id") if isinstance(data, dict) and isinstance(data.get("id"), str) else f"nr. {index}"
        )
        return _At(self.source, f"emnekort {name}")

    def table(self, data: dict[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise self.error(f"'{key}' skal være en tabel")
        return value

    def only(self, data: dict[str, Any], keys: set[str], where: str | None) -> None:
        unknown = set(data) - keys
        if unknown:
            place = f" i '{where}'" if where else ""
            raise self.error(f"ukendt nøgle{place}: {', '.join(sorted(unknown))}")

    def minutes(self, data: dict[str, Any]) -> int | None:
        minutes: int | None = self.get(data, "minutes", int, None)
        if minutes is not None and not 0 <= minutes <= 600:
            raise self.error("'minutes' skal ligge mellem 0 og 600")
        return minutes
