"""The group development conversation (GRUS): a leader, 2–8 participants, topic cards, and
each participant's own plan.

Every contribution says who said it: a participant (by id), the leader, or the group. The
group notes its needs at the cards and prioritises them into group agreements; each
participant's own plan is the group's agreements plus personal items. Whether an individual
MUS was offered, and accepted or declined, is recorded per participant with the date.

The rules live here: a signed group conversation refuses edits, and reopening voids every
signature on record. What goes into which document is declared in :mod:`.grus_parts`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from ishoj_mus.domain.codes import GroupRefused, GroupRule
from ishoj_mus.domain.grus_form import GroupForm
from ishoj_mus.domain.records import Point, new_id

GROUP = "gruppen"  # an author key: the group said it together
LEADER = "leder"  # an author and signer key: the leader


class OfferAnswer(StrEnum):
    ACCEPTED = "accepteret"
    DECLINED = "afslaaet"


class GroupEventKind(StrEnum):
    SIGNED = "signed"
    REOPENED = "reopened"
    PREPARATIONS = "preparations"


@dataclass(frozen=True)
class Member:
    """One participant of the group conversation."""

    name: str
    job_title: str = ""
    employee_number: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class GroupLeader:
    name: str = ""
    title: str = ""


@dataclass(frozen=True)
class Contribution:
    """Something said at a topic card, and who said it (a member id, LEADER or GROUP)."""

    station: str
    author: str
    text: str
    id: str = field(default_factory=new_id)
    from_preparation: bool = False


@dataclass(frozen=True)
class Need:
    """A need the group noted at a card; ``priority`` 1 is the most important (None: not yet)."""

    station: str
    text: str
    priority: int | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class GroupAgreement:
    """One of the group's agreements: what, who, deadline, follow-up."""

    what: str
    who: str = "Hele gruppen"
    deadline: date | None = None
    follow_up: date | None = None
    need: str | None = None  # the need it was made from
    id: str = field(default_factory=new_id)

    def lacks(self) -> list[str]:
        result = []
        if not self.what.strip():
            result.append("what")
        if not self.who.strip():
            result.append("who")
        if self.deadline is None:
            result.append("deadline")
        return result


@dataclass(frozen=True)
class PersonalItem:
    """A point of one participant's own plan (never shown to the other participants)."""

    what: str
    deadline: date | None = None
    follow_up: date | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Plan:
    """One participant's own plan: personal items, and a note »Kun mellem os« (leader and
    participant only; never in an HR edition)."""

    items: tuple[PersonalItem, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class IndividualOffer:
    """Was an individual MUS offered, and was it accepted or declined – and when."""

    offered_on: date | None = None
    answer: OfferAnswer | None = None
    answered_on: date | None = None


@dataclass(frozen=True)
class GroupPreparation:
    """A preparation file brought in at the start: whose, from which file, when."""

    who: str  # a member id or LEADER
    source: str
    brought_at: datetime


@dataclass(frozen=True)
class GroupSignature:
    """A drawn (or typed) signature of the leader or one participant."""

    who: str  # a member id or LEADER
    signer: str
    signed_at: datetime
    strokes: tuple[tuple[Point, ...], ...] = ()
    width: float = 400.0
    height: float = 150.0
    typed_name: str = ""


@dataclass(frozen=True)
class GroupEvent:
    kind: GroupEventKind
    at: datetime
    by: str = ""
    note: str = ""


@dataclass
class GroupConversation:
    form: GroupForm
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=lambda: dt.datetime.now().astimezone())
    team: str = ""  # the group or unit, e.g. "Vuggestuen Solsikken"
    leader: GroupLeader = field(default_factory=GroupLeader)
    members: list[Member] = field(default_factory=list)
    date: date | None = None
    place: str = ""
    contributions: list[Contribution] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # station id → the group's notes
    needs: list[Need] = field(default_factory=list)
    agreements: list[GroupAgreement] = field(default_factory=list)
    plans: dict[str, Plan] = field(default_factory=dict)  # member id → own plan
    offers: dict[str, IndividualOffer] = field(default_factory=dict)  # member id → offer
    preparations: list[GroupPreparation] = field(default_factory=list)
    signatures: dict[str, GroupSignature] = field(default_factory=dict)  # LEADER or member id
    history: list[GroupEvent] = field(default_factory=list)

    # -- who ---------------------------------------------------------------------------

    def member(self, member_id: str) -> Member:
        for m in self.members:
            if m.id == member_id:
                return m
        raise GroupRefused(GroupRule.NO_SUCH_MEMBER, member_id)

    def find_member(self, name: str) -> Member | None:
        """The participant with this name (case and surrounding spaces do not matter)."""
        wanted = " ".join(name.split()).casefold()
        for m in self.members:
            if " ".join(m.name.split()).casefold() == wanted:
                return m
        return None

    def author_name(self, author: str) -> str:
        if author == GROUP:
            return "Gruppen"
        if author == LEADER:
            return self.leader.name or "Lederen"
        return self.member(author).name

    def plan(self, member_id: str) -> Plan:
        return self.plans.get(member_id, Plan())

    def offer(self, member_id: str) -> IndividualOffer:
        return self.offers.get(member_id, IndividualOffer())

    # -- state -------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return bool(self.signatures)

    def is_signed_for(self, member_id: str) -> bool:
        """Both the leader and this participant have signed: their edition can be filed."""
        return LEADER in self.signatures and member_id in self.signatures

    @property
    def is_fully_signed(self) -> bool:
        return bool(self.members) and all(self.is_signed_for(m.id) for m in self.members)

    def missing(self) -> list[str]:
        """What must be there before anyone signs (codes: the window and the CLI word them)."""
        result = []
        if len(self.members) < self.form.min_participants:
            result.append("participants")
        if not self.leader.name.strip():
            result.append("leader")
        if self.date is None:
            result.append("date")
        if not self.agreements:
            result.append("agreements")
        if any(a.lacks() for a in self.agreements):
            result.append("agreement_incomplete")
        return result

    def prioritised_needs(self) -> list[Need]:
        """Needs with a priority first (1, 2, …), then the rest in the order they were noted."""
        ranked = sorted((n for n in self.needs if n.priority is not None), key=lambda n: n.priority or 0)
        return ranked + [n for n in self.needs if n.priority is None]

    # -- edits (every one refused once someone has signed) -------------------------------

    def _editable(self) -> None:
        if self.is_locked:
            raise GroupRefused(GroupRule.LOCKED)

    def add_member(self, member: Member) -> Member:
        self._editable()
        member = replace(member, name=" ".join(member.name.split()), job_title=member.job_title.strip())
        if not member.name:
            raise GroupRefused(GroupRule.NAME_MISSING)
        if len(self.members) >= self.form.max_participants:
            raise GroupRefused(GroupRule.TOO_MANY, str(self.form.max_participants))
        if self.find_member(member.name) is not None:
            raise GroupRefused(GroupRule.NAME_TAKEN, member.name)
        self.members.append(member)
        return member

    def remove_member(self, member_id: str) -> None:
        """A participant who did not take part: their plan, offer and words go with them."""
        self._editable()
        self.member(member_id)
        self.members = [m for m in self.members if m.id != member_id]
        self.plans.pop(member_id, None)
        self.offers.pop(member_id, None)
        self.contributions = [c for c in self.contributions if c.author != member_id]
        self.preparations = [p for p in self.preparations if p.who != member_id]

    def _check_station(self, station: str) -> None:
        try:
            self.form.station(station)
        except KeyError:
            raise GroupRefused(GroupRule.NO_SUCH_STATION, station) from None

    def _check_author(self, author: str) -> None:
        if author not in (GROUP, LEADER) and all(m.id != author for m in self.members):
            raise GroupRefused(GroupRule.NO_SUCH_AUTHOR, author)

    def add_contribution(self, contribution: Contribution) -> Contribution:
        self._editable()
        self._check_station(contribution.station)
        self._check_author(contribution.author)
        self.contributions.append(contribution)
        return contribution

    def set_note(self, station: str, text: str) -> None:
        self._editable()
        self._check_station(station)
        if text:
            self.notes[station] = text
        else:
            self.notes.pop(station, None)

    def add_need(self, need: Need) -> Need:
        self._editable()
        self._check_station(need.station)
        self.needs.append(need)
        return need

    def prioritise(self, order: list[str]) -> None:
        """Give the needs in ``order`` (ids) the priorities 1, 2, …; the others none."""
        self._editable()
        rank = {need_id: i for i, need_id in enumerate(order, start=1)}
        self.needs = [replace(n, priority=rank.get(n.id)) for n in self.needs]

    def agree_on(self, need_id: str, who: str = "Hele gruppen") -> GroupAgreement:
        """Turn a need into a group agreement (what it says, who; the dates come after)."""
        self._editable()
        need = next((n for n in self.needs if n.id == need_id), None)
        if need is None:
            raise KeyError(need_id)
        return self.add_agreement(GroupAgreement(what=need.text, who=who, need=need.id))

    def add_agreement(self, agreement: GroupAgreement) -> GroupAgreement:
        self._editable()
        self.agreements.append(agreement)
        return agreement

    def replace_agreement(self, agreement: GroupAgreement) -> None:
        self._editable()
        self.agreements = [agreement if a.id == agreement.id else a for a in self.agreements]

    def set_plan(self, member_id: str, plan: Plan) -> None:
        self._editable()
        self.member(member_id)
        self.plans[member_id] = plan

    def set_offer(self, member_id: str, offer: IndividualOffer) -> None:
        self._editable()
        self.member(member_id)
        if offer.answer is not None and offer.offered_on is None:
            raise GroupRefused(GroupRule.ANSWER_WITHOUT_OFFER)
        self.offers[member_id] = offer

    # -- signing -----------------------------------------------------------------------

    def sign(self, signature: GroupSignature) -> None:
        """The leader or one participant signs. Everyone signs the same conversation; each
        participant's edition is complete when that participant and the leader have signed."""
        if signature.who != LEADER:
            self.member(signature.who)
        if signature.who in self.signatures:
            raise GroupRefused(GroupRule.ALREADY_SIGNED, signature.who)
        expected = self.leader.name if signature.who == LEADER else self.member(signature.who).name
        if signature.signer.strip().casefold() != expected.strip().casefold():
            raise GroupRefused(GroupRule.NAME_MISMATCH, expected)
        if not signature.strokes and signature.typed_name.strip().casefold() != expected.strip().casefold():
            raise GroupRefused(GroupRule.NOTHING_DRAWN)
        if self.missing():
            raise GroupRefused(GroupRule.NOT_READY, ", ".join(self.missing()))
        self.signatures[signature.who] = signature
        self.history.append(GroupEvent(GroupEventKind.SIGNED, signature.signed_at, signature.signer))

    def reopen(self, by: str, reason: str, at: datetime | None = None) -> None:
        """Open a signed group conversation for changes: every signature is voided, on record."""
        if not self.signatures:
            return
        self.signatures.clear()
        self.history.append(
            GroupEvent(GroupEventKind.REOPENED, at or dt.datetime.now().astimezone(), by, reason.strip())
        )

    # -- preparations ------------------------------------------------------------------

    def bring_in(self, preparations: list[tuple[str, str, dict[str, str]]], at: datetime) -> int:
        """Bring every preparation in together: (who, file name, station id → text). Each text
        becomes a contribution shown as that person's. Returns how many contributions came in."""
        self._editable()
        added = 0
        for who, source, answers in preparations:
            self._check_author(who)
            if who == GROUP:
                raise GroupRefused(GroupRule.NO_SUCH_AUTHOR, who)
            for station in self.form.stations:
                text = answers.get(station.id, "").strip()
                if text:
                    self.contributions.append(Contribution(station.id, who, text, from_preparation=True))
                    added += 1
            self.preparations.append(GroupPreparation(who, source, at))
        self.history.append(GroupEvent(GroupEventKind.PREPARATIONS, at, note=str(len(preparations))))
        return added


def new_group_conversation(
    form: GroupForm,
    leader: GroupLeader,
    members: list[Member],
    when: date | None,
    team: str = "",
    place: str = "",
) -> GroupConversation:
    """A new group conversation; the leader's name is needed to start, participants can follow."""
    leader = GroupLeader(" ".join(leader.name.split()), leader.title.strip())
    if not leader.name:
        raise GroupRefused(GroupRule.NAME_MISSING)
    g = GroupConversation(form=form, leader=leader, date=when, team=team.strip(), place=place.strip())
    for m in members:
        g.add_member(m)
    return g
