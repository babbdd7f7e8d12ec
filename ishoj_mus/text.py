"""The words for the domain's codes (the catalogue) and the small helpers that write dates,
numbers and text taken from a file; the conversation as plain text is :mod:`ishoj_mus.show`.

Imported by the start page's recent list before the first frame: it imports only the domain's
codes (``domain/codes.py``), never the records, the form or the framework."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from ishoj_mus.domain.codes import (
    BehaviourMark,
    ConversationLocked,
    ConversationState,
    DateKind,
    FollowUpStatus,
    GroupRefused,
    GroupRule,
    MissingCode,
    NotBroughtIn,
    RefusalCode,
    Responsible,
    RuleBroken,
    RuleCode,
    ScaleWhen,
    SigningRefused,
    Voice,
)
from ishoj_mus.domain.codes import State as OverviewState

if TYPE_CHECKING:
    from ishoj_mus.domain.preparation import PreparationError
    from ishoj_mus.domain.radar import Series
    from ishoj_mus.domain.rules import Missing


def visible(text: object, limit: int = 200) -> str:
    """Text taken from a file (a name, an id, a certificate field), safe to show: control, bidi
    and other invisible format characters are written out as ``\\u202e`` – shown, never obeyed –
    and the length is bounded. For the terminal and the window alike."""
    out: list[str] = []
    for char in str(text):
        if unicodedata.category(char) in _HIDDEN_CATEGORIES:
            code = ord(char)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    shown = "".join(out)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


# Cc control (ESC, CR …), Cf format (bidi overrides and isolates, zero-width characters),
# Zl/Zp line and paragraph separators, Cs lone surrogates, Co private use, Cn unassigned.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def format_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "–"


# -- the catalogue of words for the domain's codes ------------------------------------------
# One place for each code's words (issue 25). Danish is the source: the CLI and the PDFs use it
# as it stands; the window passes its ``tr`` as ``translate`` and gets English through Qt's
# translation file (scripts/update_translations.py collects every ``da("…")`` below, like tr()).
# Numbers and names go in as %1, %2 after translating, as in the window's own texts.

Translate = Callable[[str], str]


def da(text: str) -> str:
    """Marks a Danish source text for the translation file; returns it unchanged."""
    return text


def danish(text: str) -> str:
    """The CLI's and the PDFs' ``translate``: the Danish source as it stands."""
    return text


QUOTED = da("»%1«")  # a file's name (or a value) quoted in a sentence; English: “%1”


def quoted(name: str, translate: Translate = danish) -> str:
    return fill(translate(QUOTED), name)


# The shipped forms' titles (forms/*.toml ``title``; their ``title_en`` is the translation, and
# tests/ui/widgets/test_english_form_titles.py keeps the two the same). A file, the overview's
# cache and the recent list keep the Danish title of the conversation's form; the window shows
# a shipped form's title in its own language and any other form's title as it is written.
SHIPPED_FORM_TITLES = (
    da("MUS – medarbejderudviklingssamtale"),
    da("Halvårsopfølgning"),
    da("GRUS – gruppeudviklingssamtale"),
)


def form_title_text(title: str, translate: Translate = danish) -> str:
    return translate(title) if title in SHIPPED_FORM_TITLES else title


@dataclass(frozen=True)
class Words:
    """A sentence or phrase kept as its ``da()`` template and what goes into it (names, numbers,
    other phrases), so it can be said in Danish or through the window's ``translate``."""

    template: str
    values: tuple[str | Words, ...] = ()

    def text(self, translate: Translate = danish) -> str:
        return fill(
            translate(self.template), *(v.text(translate) if isinstance(v, Words) else v for v in self.values)
        )


# A number in the reader's way (issue 25): Danish 12.345,5, English 12,345.5. The separators
# are the translation's, so a number inside an English sentence is written the English way.
THOUSANDS = da("%1.%2")  # the thousands before, the last three digits after (English: %1,%2)
DECIMALS = da("%1,%2")  # the whole part, then the decimals (English: %1.%2)


def number_words(value: float, decimals: int = 0) -> str | Words:
    """``value`` with ``decimals`` decimals (fewer when they are zeros: 1,5 and 16, not 16,0),
    grouped by thousands (2.000, 100.000)."""
    digits = f"{abs(value):.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{abs(round(value))}"
    whole, _, fraction = digits.partition(".")
    head = len(whole) % 3 or 3
    said: str | Words = ("-" if value < 0 and digits.strip("0.") else "") + whole[:head]
    for at in range(head, len(whole), 3):
        said = Words(THOUSANDS, (said, whole[at : at + 3]))
    return Words(DECIMALS, (said, fraction)) if fraction else said


STATE_TEXT = {
    ConversationState.DRAFT: da("kladde"),
    ConversationState.PARTLY_SIGNED: da("delvist underskrevet"),
    ConversationState.SIGNED: da("underskrevet"),
}

VOICE_TEXT = {Voice.MEDARBEJDER: da("Medarbejder"), Voice.LEDER: da("Leder"), Voice.FAELLES: da("Fælles")}

RESPONSIBLE_TEXT = {
    Responsible.MEDARBEJDER: da("Medarbejder"),
    Responsible.LEDER: da("Leder"),
    Responsible.BEGGE: da("Begge"),
}

STATUS_TEXT = {
    FollowUpStatus.OPFYLDT: da("Opfyldt"),
    FollowUpStatus.DELVIST: da("Delvist opfyldt"),
    FollowUpStatus.IKKE_OPFYLDT: da("Ikke opfyldt"),
    FollowUpStatus.BORTFALDET: da("Bortfaldet"),
}

MARK_TEXT = {BehaviourMark.LYKKES: da("Det lykkes vi med"), BehaviourMark.STYRKE: da("Det vil vi styrke")}


# The overview's codes (a conversation in a folder, a date that falls due).
OVERVIEW_STATE_TEXT = {
    OverviewState.KLADDE: da("kladde"),
    OverviewState.DELVIST: da("delvist underskrevet"),
    OverviewState.UNDERSKREVET: da("underskrevet"),
    OverviewState.GENAABNET: da("genåbnet"),
}

DATE_KIND_TEXT = {DateKind.DEADLINE: da("frist"), DateKind.FOLLOW_UP: da("opfølgning")}


def overview_state_text(state: OverviewState, translate: Translate = danish) -> str:
    return translate(OVERVIEW_STATE_TEXT[state])


def date_kind_text(kind: DateKind, translate: Translate = danish) -> str:
    return translate(DATE_KIND_TEXT[kind])


def voice_text(voice: Voice, translate: Translate = danish) -> str:
    return translate(VOICE_TEXT[voice])


def responsible_text(value: Responsible, translate: Translate = danish) -> str:
    return translate(RESPONSIBLE_TEXT[value])


def status_text(value: FollowUpStatus, translate: Translate = danish) -> str:
    return translate(STATUS_TEXT[value])


def state_text(code: str, translate: Translate = danish) -> str:
    """A conversation state code (``ConversationState``; the recent list stores it) in words."""
    try:
        return translate(STATE_TEXT[ConversationState(code)])
    except ValueError:
        return ""


def mark_text(mark: BehaviourMark, translate: Translate = danish) -> str:
    return translate(MARK_TEXT[mark])


MISSING_TEXT = {
    MissingCode.EMPLOYEE_NAME: da("Medarbejderens navn"),
    MissingCode.EMPLOYEE_JOB_TITLE: da("Medarbejderens stilling"),
    MissingCode.WORKPLACE: da("Arbejdssted"),
    MissingCode.LEADER_NAME: da("Lederens navn"),
    MissingCode.DATE: da("Dato"),
    MissingCode.AGREEMENT_WHAT: da("Aftale %1: Hvad"),  # %1: the agreement's number
    MissingCode.AGREEMENT_RESPONSIBLE: da("Aftale %1: Ansvarlig"),
    MissingCode.AGREEMENT_DEADLINE: da("Aftale %1: Frist"),
    MissingCode.FOLLOWUP_STATUS: da("Status for »%1«"),  # %1: the agreement
}


def missing_what(missing: Missing, translate: Translate = danish) -> str:
    """What is missing: the form's question as written, or the catalogue's words for the code."""
    if missing.code == MissingCode.ANSWER:
        return missing.label
    if missing.code == MissingCode.FOLLOWUP_STATUS:
        return fill(translate(MISSING_TEXT[missing.code]), missing.label)
    return fill(translate(MISSING_TEXT[missing.code]), str((missing.item or 0) + 1))


def missing_text(missing: Missing) -> str:
    """A missing answer as one line: where, what and whose."""
    who = f" ({VOICE_TEXT[missing.voice].lower()})" if missing.voice else ""
    return f"{missing.step_title}: {missing_what(missing)}{who}"


RULE_TEXT = {
    RuleCode.NO_SUCH_VOICE: da("Her er der ikke et felt, som den part skriver i."),
    RuleCode.NOT_A_PARTY: da("Det kan kun medarbejder og leder."),
    RuleCode.OUTSIDE_SCALE: da("Vælg en værdi fra %1 til %2."),  # the scale's low and high end
    RuleCode.TOPIC_VOICES: da("Vælg mindst én, der skriver om emnet."),
    RuleCode.MINUTES: da("Skriv et antal minutter fra 0 til 600."),
    RuleCode.NOT_CARRIABLE: da("Kun aftaler, der er delvist eller ikke opfyldt, kan videreføres."),
    RuleCode.ALREADY_CARRIED: da("Aftalen er allerede videreført."),
    RuleCode.TOO_MANY: da(
        "Der kan højst være %2 her. Fjern nogle, før der kommer flere til."
    ),  # %2: the most
    RuleCode.TOO_LONG: da(
        "Teksten ville blive for lang: der er plads til højst %2 tegn. Gør den kortere først."
    ),  # %2: the most characters
}

LOCKED_TEXT = da(
    "Samtalen er underskrevet og kan ikke ændres. Genåbn den for at redigere – det annullerer underskrifterne."
)

REFUSAL_TEXT = {
    RefusalCode.NOT_A_PARTY: da("Kun medarbejder og leder underskriver."),
    RefusalCode.ALREADY_SIGNED: da("%1 har allerede underskrevet."),  # the party
    RefusalCode.NAME_MISMATCH: da("Skriv navnet, som det står i samtalen: %1."),
    RefusalCode.NOTHING_DRAWN: da("Tegn underskriften i feltet, eller skriv dit navn, før du bekræfter."),
    RefusalCode.PREPARATION: da("En forberedelse underskrives ikke. Hent den ind i samtalen."),
    RefusalCode.PREPARATIONS_HIDDEN: da("Vis begges forberedelse, før I underskriver."),
    RefusalCode.ANSWERS_MISSING: da("Der mangler stadig %1 svar. Under »Opsummering« kan I se hvilke."),
}
ONE_ANSWER_MISSING = da(
    "Der mangler stadig 1 svar. Under »Opsummering« kan I se hvilket."
)  # English: "1 answer is"


def rule_text(exc: RuleBroken, translate: Translate = danish) -> str:
    return fill(translate(RULE_TEXT[exc.code]), str(exc.low), str(exc.high))


def refusal_text(exc: SigningRefused | ConversationLocked | RuleBroken, translate: Translate = danish) -> str:
    """Why the conversation refused a change."""
    if isinstance(exc, RuleBroken):
        return rule_text(exc, translate)
    if isinstance(exc, ConversationLocked):
        return translate(LOCKED_TEXT)
    text = translate(REFUSAL_TEXT[exc.code])
    if exc.code == RefusalCode.ALREADY_SIGNED:
        return fill(text, voice_text(exc.role, translate) if exc.role else "")
    if exc.code == RefusalCode.NAME_MISMATCH:
        return fill(text, exc.name)
    if exc.code == RefusalCode.ANSWERS_MISSING and exc.count == 1:
        return translate(ONE_ANSWER_MISSING)
    return fill(text, str(exc.count))


# Why the group conversation (GRUS) refused a change; ``detail`` goes in as %1.
GROUP_REFUSAL_TEXT = {
    GroupRule.LOCKED: LOCKED_TEXT,  # reopening a group conversation voids every signature too
    GroupRule.TOO_MANY: da("Der kan højst være %1 deltagere."),  # the form's most
    GroupRule.NAME_MISSING: da("Skriv et navn."),
    GroupRule.NAME_TAKEN: da("»%1« deltager allerede. Skriv fx også et efternavn."),  # the name
    GroupRule.NO_SUCH_MEMBER: da("Den deltager er ikke længere med i samtalen."),
    GroupRule.NO_SUCH_STATION: da("Emnekortet findes ikke i samtaleformen."),
    GroupRule.NO_SUCH_AUTHOR: da("Bidraget er fra en, der ikke deltager i samtalen."),
    GroupRule.NOT_A_SIGNER: da("Kun lederen og deltagerne underskriver."),
    GroupRule.ALREADY_SIGNED: da("Der er allerede skrevet under for den valgte."),
    GroupRule.NAME_MISMATCH: REFUSAL_TEXT[RefusalCode.NAME_MISMATCH],  # the name in the conversation
    GroupRule.NOTHING_DRAWN: REFUSAL_TEXT[RefusalCode.NOTHING_DRAWN],
    GroupRule.NOT_READY: da("Der mangler stadig noget, før I kan skrive under."),
    GroupRule.ANSWER_WITHOUT_OFFER: da("Skriv først, hvornår den individuelle samtale blev tilbudt."),
}


def group_refusal_text(exc: GroupRefused, translate: Translate = danish) -> str:
    """Why the group conversation refused a change (``GroupRefused``)."""
    return fill(translate(GROUP_REFUSAL_TEXT[exc.code]), exc.detail)


NOT_BROUGHT_IN_TEXT = {  # %1: the file's name, quoted
    NotBroughtIn.NOT_A_PREPARATION: da(
        "%1 er en samtale, ikke en forberedelse. Vælg den fil, der blev gemt med »Forbered dig«."
    ),
    NotBroughtIn.INTO_A_PREPARATION: da(
        "En forberedelse kan ikke hentes ind i en anden forberedelse. Åbn samtalen først."
    ),
}


def preparation_error_text(exc: PreparationError, translate: Translate = danish) -> str:
    """Why a file cannot be brought in as a preparation (``PreparationError``)."""
    return fill(translate(NOT_BROUGHT_IN_TEXT[exc.code]), quoted(exc.source, translate))


SCALE_WHEN_TEXT = {
    ScaleWhen.TODAY: da("i dag"),
    ScaleWhen.FUTURE: da("fremover"),
    ScaleWhen.PREVIOUS: da("sidste år"),  # last year's "i dag", on the radar
}


def scale_when_text(when: ScaleWhen, translate: Translate = danish) -> str:
    return translate(SCALE_WHEN_TEXT[when])


def series_text(series: Series, translate: Translate = danish) -> str:
    """A radar line's legend: whose and when ("Medarbejder, i dag")."""
    return f"{voice_text(series.voice, translate)}, {scale_when_text(series.when, translate)}"


class Phrase(StrEnum):
    """A phrase the CLI, the PDFs and the window all say – not a code the domain answers with,
    but worded once here all the same, keyed by what it says."""

    NO_NAME = "no_name"  # an employee (a conversation, a preparation) without a name
    NOT_CHOSEN = "not_chosen"  # an agreement that nobody is responsible for yet
    STALE = "stale"  # the leader's year: no conversation with the employee in 12 months
    UNREADABLE_FILES = "unreadable_files"  # the leader's year: the files it could not read
    NOT_RELEVANT = "not_relevant"  # the summary: a question the parties marked so
    MARKED_BEHAVIOURS = "marked_behaviours"  # the summary: the behaviours a step points at
    CARRIED = "carried"  # the summary: an agreement carried on (when the form has no words)


PHRASE_TEXT = {
    Phrase.NO_NAME: da("(uden navn)"),
    Phrase.NOT_CHOSEN: da("ikke valgt"),
    Phrase.STALE: da("ingen samtale i 12 mdr."),
    Phrase.UNREADABLE_FILES: da("Filer, der ikke kunne læses"),
    Phrase.NOT_RELEVANT: da("Ikke relevant"),
    Phrase.MARKED_BEHAVIOURS: da("Adfærd, I har peget på"),
    Phrase.CARRIED: da("videreført"),
}


def phrase(key: Phrase, translate: Translate = danish) -> str:
    return translate(PHRASE_TEXT[key])


def scale_number(value: int | None) -> str:
    """A scale value as shown: 0 is a value like any other (missing() counts it as given)."""
    return "–" if value is None else str(value)


def format_datetime(value: datetime | None) -> str:
    return value.strftime("%d.%m.%Y kl. %H.%M") if value else "–"


def joined(*parts: str | None, sep: str = ", ") -> str:
    """Parts joined without the empty ones (no "Leder Et," when the title is empty)."""
    return sep.join(p.strip() for p in parts if p and p.strip())


def wrap_line(line: str, width: int) -> list[str]:
    """Greedy word wrap in linear time; a word longer than a line is cut into line lengths.

    (``textwrap`` slices a long word again for every line: quadratic, 40 s on 16 MB.)
    """
    width = max(width, 10)
    lines: list[str] = []
    current: list[str] = []
    used = 0
    for word in line.split():
        if used and used + 1 + len(word) <= width:
            current.append(word)
            used += 1 + len(word)
            continue
        if current:
            lines.append(" ".join(current))
            current, used = [], 0
        while len(word) > width:
            lines.append(word[:width])
            word = word[width:] if len(word) < 4 * width else _rest(word, width, lines)
        if word:
            current, used = [word], len(word)
    if current:
        lines.append(" ".join(current))
    return lines or [""]


def _rest(word: str, width: int, lines: list[str]) -> str:
    """Cut a very long word into lines with one pass of slices; return the last, short piece."""
    cut = len(word) - len(word) % width or len(word) - width
    lines.extend(word[i : i + width] for i in range(width, cut, width))
    return word[cut:]


# Where imported agreements came from (FollowUp.source), in the catalogue's way: Danish marked
# da(), the window words it through tr(). A stored source is read back by ``source_text``.
SOURCE = da("%1 %2 mellem %3 (%4)")  # form's name, date, names, file
BOTH = da("%1 og %2")
NO_NAMES = da("ukendte parter")
NO_DATE = da("uden dato")
_SOURCE_RE = re.compile(
    r"(?P<kind>.+?) (?P<when>\d{2}\.\d{2}\.\d{4}|uden dato) mellem (?P<names>.+?) \((?P<file>.*)\)"
)


def fill(template: str, *args: str) -> str:
    """The one way to put names and numbers into a sentence: %1 is the first value, %2 the second
    … A single pass, so a value that itself holds "%2" (a file named »a%2.mus«) stays as it is,
    which a chain of ``.replace("%1", a).replace("%2", b)`` does not do. A placeholder without a
    value stays as it is written."""
    return re.sub(r"%(\d)", lambda m: args[int(m[1]) - 1] if 0 < int(m[1]) <= len(args) else m[0], template)


def source_text(source: str, translate: Translate = danish, kind_text: Translate = danish) -> str:
    """A stored source ("MUS 19.11.2026 mellem A og B (fil.mus)") in the reader's language;
    ``kind_text`` words the form's name. Anything else is shown as it is."""
    match = _SOURCE_RE.fullmatch(source)
    if match is None:
        return source
    names = match["names"]
    if names == NO_NAMES:
        who = translate(NO_NAMES)
    elif " og " in names:
        who = fill(translate(BOTH), *names.split(" og ", 1))
    else:
        who = names
    when = translate(NO_DATE) if match["when"] == NO_DATE else match["when"]
    return fill(translate(SOURCE), kind_text(match["kind"]), when, who, match["file"])
