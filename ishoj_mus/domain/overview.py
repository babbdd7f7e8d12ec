"""The leader's year: every conversation in a folder at a glance, what is due, and the calendar.

Pure rules over light records of conversations (no files, no Qt): the scanner in
``storage/overview_scan.py`` turns files into :class:`ConversationRecord`s, and everything the
overview, the due list and the calendar show is decided here.

Identity: one employee is one row. Conversations are grouped by employee number where one is
given, otherwise by the name (case and spacing ignored); a conversation without a number joins
the numbered group whose name matches. The same conversation found in several files (the
``.mus`` and its signed PDF, or a copy) is shown once, from the file that knows the most.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from ishoj_mus.domain.codes import DateKind, FollowUpStatus, Responsible, State
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.records import Agreement, Employee, EventKind

_date = date  # ConversationRecord has a field called "date"
STALE_AFTER = timedelta(days=365)  # "no conversation in the last twelve months"


def conversation_state(conv: Conversation) -> State:
    if conv.is_fully_signed:
        return State.UNDERSKREVET
    if conv.signatures:
        return State.DELVIST
    if any(e.kind == EventKind.REOPENED for e in conv.history):
        return State.GENAABNET
    return State.KLADDE


@dataclass(frozen=True)
class Outcome:
    """What a conversation said about an earlier agreement (its 'Siden sidst' line)."""

    agreement_id: str
    what: str
    status: FollowUpStatus | None
    comment: str = ""


@dataclass(frozen=True)
class ConversationRecord:
    """What the overview needs to know about one conversation – no answers, no signatures."""

    id: str
    employee: Employee
    leader_name: str
    date: date | None
    created_at: datetime
    form_id: str
    form_title: str
    state: State
    agreements: tuple[Agreement, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    history_length: int = 0
    signature_count: int = 0

    @classmethod
    def from_conversation(cls, conv: Conversation) -> ConversationRecord:
        return cls(
            id=conv.id,
            employee=conv.employee,
            leader_name=conv.leader.name,
            date=conv.date,
            created_at=conv.created_at,
            form_id=conv.form.id,
            form_title=conv.form.title,
            state=conversation_state(conv),
            agreements=tuple(conv.agreements),
            outcomes=tuple(
                Outcome(f.agreement.id, f.agreement.what, f.status, f.comment) for f in conv.followups
            ),
            history_length=len(conv.history),
            signature_count=len(conv.signatures),
        )

    @property
    def when(self) -> _date:
        """The conversation's date, or the day it was created when no date is set yet."""
        return self.date or self.created_at.date()

    def sort_key(self) -> tuple[_date, datetime, str]:
        return (self.when, self.created_at, self.id)


class SourceKind(StrEnum):
    MUS = "mus"
    PDF = "pdf"


@dataclass(frozen=True)
class FileEntry:
    """One file found in the folder: a conversation, or the reason it could not be read."""

    path: str
    kind: SourceKind
    record: ConversationRecord | None = None
    problem: str = ""  # Danish, for the person: what is wrong and what to do
    problem_code: str = ""  # stable code (e.g. a loader's error kind), for machines
    # to word the problem again from its code (storage/scan_words.py): a sentence of its own
    # (a Danish source text; "" for the code's words) and the values that go into it
    problem_words: str = ""
    problem_values: tuple[str, ...] = ()
    pdf_signatures: int | None = None  # digital signatures found in a PDF (not verified here)

    @property
    def ok(self) -> bool:
        return self.record is not None


@dataclass(frozen=True)
class ConversationItem:
    """One conversation, with the file it is shown from and any other files holding it."""

    record: ConversationRecord
    source: FileEntry
    other_sources: tuple[FileEntry, ...] = ()

    @property
    def paths(self) -> tuple[str, ...]:
        return (self.source.path, *(s.path for s in self.other_sources))

    @property
    def mus_path(self) -> str | None:
        """The conversation file to open, if the folder holds one."""
        for s in (self.source, *self.other_sources):
            if s.kind == SourceKind.MUS:
                return s.path
        return None

    @property
    def pdf_path(self) -> str | None:
        for s in (self.source, *self.other_sources):
            if s.kind == SourceKind.PDF:
                return s.path
        return None


@dataclass(frozen=True)
class OpenAgreement:
    """An agreement that no later conversation has followed up yet, in its latest wording."""

    agreement: Agreement
    item: ConversationItem  # the latest conversation that holds it
    origin: ConversationItem  # the conversation where it was first made
    sequence: int  # how many later conversations carried it on (for calendar updates)

    def dates(self) -> list[tuple[DateKind, date]]:
        result = []
        if self.agreement.deadline is not None:
            result.append((DateKind.DEADLINE, self.agreement.deadline))
        if self.agreement.follow_up is not None:
            result.append((DateKind.FOLLOW_UP, self.agreement.follow_up))
        return result


@dataclass(frozen=True)
class EmployeeRow:
    key: str
    employee: Employee
    conversations: tuple[ConversationItem, ...]  # newest first
    open_agreements: tuple[OpenAgreement, ...]
    overdue: tuple[OpenAgreement, ...]
    next_deadline: date | None
    next_follow_up: date | None
    stale: bool  # no conversation in the last twelve months

    @property
    def latest(self) -> ConversationItem:
        return self.conversations[0]

    @property
    def name(self) -> str:
        return self.employee.name

    @property
    def agreement_count(self) -> int:
        """Agreements of the newest conversation: the development plan in force."""
        return len(self.latest.record.agreements)


UNREADABLE_FOLDER = "unreadable_folder"  # FileEntry.problem_code of a folder the scan could not list

# FileEntry.problem_code of a file this program made that is no conversation: a party's own
# preparation (.mus), a development plan or a preparation sheet (PDF, no conversation data).
# They are neither employees nor files that "could not be read": the overview leaves them out.
PREPARATION = "preparation"
OWN_PLAN = "own_plan"
OWN_SHEET = "own_sheet"
OWN_DOCUMENTS = (PREPARATION, OWN_PLAN, OWN_SHEET)


class OwnDocument(Exception):
    """Raised by a PDF reader for a PDF this program made that holds no conversation data
    (``code``: OWN_PLAN or OWN_SHEET)."""

    def __init__(self, code: str):
        self.code = code
        super().__init__(code)


def shown_path(path: str) -> str:
    """A path as text for people and JSON: a name that is not UTF-8 (the file system hands its
    bytes over as lone surrogates) shows U+FFFD where those bytes are – never an encoding error."""
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in path)


@dataclass(frozen=True)
class Overview:
    rows: tuple[EmployeeRow, ...]  # newest conversation first
    problems: tuple[FileEntry, ...]  # files that could not be read, with the reason
    today: date
    file_count: int = 0

    @property
    def unreadable_folders(self) -> tuple[FileEntry, ...]:
        """Folders the scan could not list: their conversations are missing from the overview."""
        return tuple(p for p in self.problems if p.problem_code == UNREADABLE_FOLDER)

    def row(self, key: str) -> EmployeeRow:
        for r in self.rows:
            if r.key == key:
                return r
        raise KeyError(key)


@dataclass(frozen=True)
class DueItem:
    when: date
    kind: DateKind
    employee_name: str
    agreement: Agreement
    item: ConversationItem
    overdue: bool

    @property
    def responsible(self) -> Responsible | None:
        return self.agreement.responsible


# -- grouping -----------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _source_rank(entry: FileEntry) -> tuple[int, int, bool, str]:
    """Which file of one conversation to show: the one that has seen the most (signing,
    reopening); on a tie the working .mus file rather than its PDF."""
    rec = entry.record
    assert rec is not None
    return (rec.history_length, rec.signature_count, entry.kind == SourceKind.MUS, entry.path)


def conversation_items(entries: Iterable[FileEntry]) -> list[ConversationItem]:
    by_id: dict[str, list[FileEntry]] = {}
    for e in entries:
        if e.record is not None:
            by_id.setdefault(e.record.id, []).append(e)
    items = []
    for files in by_id.values():
        files.sort(key=_source_rank, reverse=True)
        shown = files[0]
        assert shown.record is not None  # only entries with a record were grouped
        items.append(ConversationItem(shown.record, shown, tuple(files[1:])))
    return items


def _employee_key(emp: Employee, conv_id: str) -> str:
    if emp.employee_number.strip():
        return "nr:" + emp.employee_number.strip()
    if emp.name.strip():
        return "navn:" + _norm(emp.name)
    return "samtale:" + conv_id  # no name yet: a row of its own


def group_by_employee(items: Iterable[ConversationItem]) -> dict[str, list[ConversationItem]]:
    groups: dict[str, list[ConversationItem]] = {}
    for it in items:
        groups.setdefault(_employee_key(it.record.employee, it.record.id), []).append(it)
    # A conversation without an employee number joins the one numbered group with that name.
    numbered_by_name: dict[str, list[str]] = {}
    for key, its in groups.items():
        if key.startswith("nr:"):
            for name in {_norm(i.record.employee.name) for i in its if i.record.employee.name.strip()}:
                numbered_by_name.setdefault(name, []).append(key)
    for key in [k for k in groups if k.startswith("navn:")]:
        targets = numbered_by_name.get(key[len("navn:") :], [])
        if len(targets) == 1:
            groups[targets[0]].extend(groups.pop(key))
    for its in groups.values():
        its.sort(key=lambda i: i.record.sort_key(), reverse=True)
    return groups


def open_agreements(conversations: list[ConversationItem]) -> list[OpenAgreement]:
    """One employee's agreements that no later conversation has followed up.

    An agreement carried into a later conversation (the half-year follow-up keeps its id) is
    shown in its latest wording; a status given in a later conversation's 'Siden sidst' closes
    it. ``conversations`` may be in any order.
    """
    chronological = sorted(conversations, key=lambda i: i.record.sort_key())
    latest: dict[str, tuple[int, ConversationItem, Agreement]] = {}
    origin: dict[str, ConversationItem] = {}
    carried: dict[str, int] = {}
    for index, it in enumerate(chronological):
        for a in it.record.agreements:
            origin.setdefault(a.id, it)
            carried[a.id] = carried.get(a.id, -1) + 1
            latest[a.id] = (index, it, a)
    closed_after: dict[str, int] = {}
    for index, it in enumerate(chronological):
        for o in it.record.outcomes:
            if o.status is not None:
                closed_after[o.agreement_id] = max(closed_after.get(o.agreement_id, -1), index)
    result = []
    for aid, (index, it, a) in latest.items():
        if closed_after.get(aid, -1) > index:
            continue
        result.append(OpenAgreement(a, it, origin[aid], carried[aid]))
    result.sort(key=lambda o: (o.item.record.sort_key(), o.agreement.id))
    return result


def build_overview(entries: Iterable[FileEntry], today: date) -> Overview:
    entries = list(entries)
    rows = []
    for key, convs in group_by_employee(conversation_items(entries)).items():
        opened = open_agreements(convs)
        overdue = tuple(
            o for o in opened if o.agreement.deadline is not None and o.agreement.deadline < today
        )
        deadlines = [
            o.agreement.deadline for o in opened if o.agreement.deadline and o.agreement.deadline >= today
        ]
        follow_ups = [
            o.agreement.follow_up for o in opened if o.agreement.follow_up and o.agreement.follow_up >= today
        ]
        dated = [c.record.date for c in convs if c.record.date is not None and c.record.date <= today]
        stale = not dated or max(dated) < today - STALE_AFTER
        # The row shows the newest details (a name corrected later wins).
        rows.append(
            EmployeeRow(
                key=key,
                employee=convs[0].record.employee,
                conversations=tuple(convs),
                open_agreements=tuple(opened),
                overdue=overdue,
                next_deadline=min(deadlines, default=None),
                next_follow_up=min(follow_ups, default=None),
                stale=stale,
            )
        )
    rows.sort(key=lambda r: (r.latest.record.sort_key(), r.key), reverse=True)
    problems = tuple(
        sorted((e for e in entries if not e.ok and e.problem_code not in OWN_DOCUMENTS), key=lambda e: e.path)
    )
    files = sum(1 for e in entries if e.problem_code != UNREADABLE_FOLDER)
    return Overview(tuple(rows), problems, today, files)


# -- what is due ---------------------------------------------------------------------------------


def due_items(overview: Overview, start: date, end: date) -> list[DueItem]:
    """Every open agreement's deadline or follow-up date within ``start``–``end`` (inclusive)."""
    result = []
    for row in overview.rows:
        for o in row.open_agreements:
            for kind, when in o.dates():
                if start <= when <= end:
                    result.append(DueItem(when, kind, row.name, o.agreement, o.item, when < overview.today))
    result.sort(key=lambda d: (d.when, _norm(d.employee_name), d.kind.value, d.agreement.what))
    return result
