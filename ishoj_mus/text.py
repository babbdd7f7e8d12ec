"""Plain-text rendering of a conversation (for ``ishoj-mus show`` and for tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from ishoj_mus.domain.behaviours import BehaviourMark
from ishoj_mus.domain.conversation import (
    Conversation,
    ConversationLocked,
    ConversationState,
    FollowUpStatus,
    Missing,
    MissingCode,
    RefusalCode,
    Responsible,
    RuleBroken,
    RuleCode,
    SigningRefused,
)
from ishoj_mus.domain.form import Voice
from ishoj_mus.domain.outline import (
    Agreements,
    Answers,
    FollowUps,
    Item,
    MarkedBehaviours,
    NotRelevant,
    PrivateNotes,
    Scale,
    Topic,
    VoiceText,
    build_outline,
)
from ishoj_mus.domain.overview import DateKind
from ishoj_mus.domain.overview import State as OverviewState
from ishoj_mus.domain.radar import Series

if TYPE_CHECKING:
    from ishoj_mus.domain.grus import GroupConversation


def visible(text: object, limit: int = 200) -> str:
    """Text taken from a file (a name, an id, a certificate field), safe to show: control, bidi
    and other invisible format characters are written out as ``\\u202e`` – shown, never obeyed –
    and the length is bounded. For the terminal and the window alike."""
    import unicodedata

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
        return translate(MISSING_TEXT[missing.code]).replace("%1", missing.label)
    return translate(MISSING_TEXT[missing.code]).replace("%1", str((missing.item or 0) + 1))


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


def rule_text(exc: RuleBroken, translate: Translate = danish) -> str:
    return translate(RULE_TEXT[exc.code]).replace("%1", str(exc.low)).replace("%2", str(exc.high))


def refusal_text(exc: SigningRefused | ConversationLocked | RuleBroken, translate: Translate = danish) -> str:
    """Why the conversation refused a change."""
    if isinstance(exc, RuleBroken):
        return rule_text(exc, translate)
    if isinstance(exc, ConversationLocked):
        return translate(LOCKED_TEXT)
    text = translate(REFUSAL_TEXT[exc.code])
    if exc.code == RefusalCode.ALREADY_SIGNED:
        return text.replace("%1", voice_text(exc.role, translate) if exc.role else "")
    if exc.code == RefusalCode.NAME_MISMATCH:
        return text.replace("%1", exc.name)
    return text.replace("%1", str(exc.count))


SERIES_WHEN_TEXT = {"today": "i dag", "future": "fremover", "previous": "sidste år"}


def series_text(series: Series) -> str:
    """A radar line's legend: whose and when ("Medarbejder, i dag")."""
    return f"{VOICE_TEXT[series.voice]}, {SERIES_WHEN_TEXT[series.when]}"


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


def summary_text(conv: Conversation, width: int = 90) -> str:
    """The conversation as plain text: a walk over its summary outline."""
    outline = build_outline(conv)
    out: list[str] = []

    def para(text: str, indent: str = "    ") -> None:
        for line in text.splitlines() or [""]:
            out.extend(indent + part for part in wrap_line(line, width - len(indent)))

    def voices(items: tuple[VoiceText, ...]) -> None:
        for v in items:
            out.append(f"    [{VOICE_TEXT[v.voice]}]")
            para(v.text or "–", "      ")

    cover = outline.cover
    e, ld = cover.employee, cover.leader
    out.append(f"{cover.form_title}  [{STATE_TEXT[cover.state]}]")
    out.append("=" * min(width, 60))
    out.append(
        f"Medarbejder: {e.name or '–'}, {e.job_title or '–'}, {e.workplace or '–'}"
        + (f" (medarbejdernr. {e.employee_number})" if e.employee_number else "")
    )
    out.append(f"Leder:       {ld.name or '–'}, {ld.title or '–'}")
    out.append(f"Dato:        {format_date(cover.date)}   Sted: {cover.place or '–'}")
    for part in outline.body:
        out.append("")
        if isinstance(part, Topic):
            out.append(f"## Eget emne: {part.title}")
            voices(part.voices)
            continue
        out.append(f"## {part.title}")
        for item in part.items:
            _item_text(item, out, para, voices, width)
    if outline.signatures:
        out.append("")
        out.append("## Underskrifter")
        for sig in outline.signatures:
            out.append(f"  {VOICE_TEXT[sig.role]}: {sig.signer}, {format_datetime(sig.signed_at)}")
            if sig.remark:
                para(f"Bemærkning: {sig.remark}", "    ")
    if outline.missing:
        out.append("")
        out.append(f"Mangler ({len(outline.missing)}):")
        for missing in outline.missing:
            out.append(f"  - {missing_text(missing)}")
    return "\n".join(out) + "\n"


def _item_text(
    item: Item,
    out: list[str],
    para: Callable[[str, str], None],
    voices: Callable[[tuple[VoiceText, ...]], None],
    width: int,
) -> None:
    if isinstance(item, NotRelevant):
        out.append(f"  {item.label}: Ikke relevant")
    elif isinstance(item, FollowUps):
        for fu in item.rows:
            status = STATUS_TEXT[fu.status] if fu.status else "mangler status"
            out.append(f"  - {fu.what}: {status}")
            if fu.comment:
                para(fu.comment, "      ")
        if not item.rows:
            out.append("  (ingen aftaler hentet)")
    elif isinstance(item, Agreements):
        for a in item.rows:
            carried = f" ({a.carried_note or 'videreført'})" if a.carried else ""
            out.append(
                f"  {a.number}. {a.what or '–'}{carried} – ansvarlig: "
                f"{RESPONSIBLE_TEXT[a.responsible].lower() if a.responsible else '–'}, "
                f"frist: {format_date(a.deadline)}, opfølgning: {format_date(a.follow_up)}"
            )
            if a.why:
                para(f"Hvorfor: {a.why}", "     ")
            if a.perspective:
                para(f"Perspektiv: {a.perspective}", "     ")
        if not item.rows:
            out.append("  (ingen aftaler)")
    elif isinstance(item, Scale):
        parts = [
            f"{VOICE_TEXT[r.voice].lower()} i dag {scale_number(r.today)}, fremover {scale_number(r.future)}"
            for r in item.ratings
        ]
        out.append(f"  {item.label} ({'; '.join(parts)})")
    elif isinstance(item, Answers):
        out.append(f"  {item.label}")
        voices(item.voices)
    elif isinstance(item, MarkedBehaviours):
        out.append("  Adfærd, I har peget på:")
        for b in item.behaviours:
            lines = wrap_line(f"{b.group_name} {b.number}: {b.text}", width - 4)
            out.append("  - " + lines[0])
            out.extend("    " + line for line in lines[1:])
            for m in b.marks:
                text = f"[{VOICE_TEXT[m.voice]}] {MARK_TEXT[m.mark]}" + (
                    f": {m.comment}" if m.comment else ""
                )
                para(text, "      ")
    elif isinstance(item, Topic):
        out.append(f"  Eget emne: {item.title}")
        voices(item.voices)
    elif not isinstance(item, PrivateNotes):  # not in the plain text (built without them)
        raise TypeError(item)  # pragma: no cover – a new item kind needs its lines here


def group_summary_text(g: GroupConversation) -> str:
    """The group referat as plain text (``ishoj-mus show`` on a GRUS file): the group's agreed
    points, the participants and the date – never anyone's own plan or note."""
    from ishoj_mus.domain.grus_parts import Document, edition

    g = edition(g, Document.REFERAT).conversation
    docs = g.form.documents
    lines = [docs.referat_title, "=" * len(docs.referat_title), ""]
    lines.append(f"Gruppe: {g.team or '–'}")
    lines.append(f"Leder: {g.leader.name or '–'}" + (f", {g.leader.title}" if g.leader.title else ""))
    lines.append(f"Dato: {format_date(g.date)}")
    if g.place:
        lines.append(f"Sted: {g.place}")
    lines += ["", f"Deltagere ({len(g.members)}):"]
    lines += [f"  {m.name}" + (f", {m.job_title}" if m.job_title else "") for m in g.members]
    lines += ["", "Gruppens aftaler:"]
    for i, a in enumerate(g.agreements, 1):
        lines.append(f"  {i}. {a.what}")
        lines.append(
            f"     Hvem: {a.who or '–'} · frist {format_date(a.deadline)} · opfølgning {format_date(a.follow_up)}"
        )
    if not g.agreements:
        lines.append("  (ingen endnu)")
    signed = [s.signer for s in g.signatures.values()]
    lines += ["", f"Underskrevet af: {', '.join(signed)}" if signed else "Ikke underskrevet endnu.", ""]
    return "\n".join(lines)
