"""A group conversation seen from one participant: their development plan as agreements, for next
year's »Siden sidst« and for the leader's overview.

The group's agreements and the participant's own items become that participant's agreements
(the same ids, so importing twice adds nothing twice); nothing of the other participants is read.
"""

from __future__ import annotations

from ishoj_mus.domain.codes import Responsible, Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import Form
from ishoj_mus.domain.grus import LEADER, GroupConversation
from ishoj_mus.domain.records import Agreement, Employee, Leader, Signature

GROUP_AGREEMENT_NOTE = "Gruppens aftale fra GRUS"
OWN_ITEM_NOTE = "Eget punkt fra GRUS"


def participant_agreements(g: GroupConversation, member_id: str) -> list[Agreement]:
    """The participant's plan: the group's agreements, then their own items."""
    result = [
        Agreement(
            what=a.what,
            why=f"{GROUP_AGREEMENT_NOTE} (hvem: {a.who})" if a.who.strip() else GROUP_AGREEMENT_NOTE,
            responsible=Responsible.BEGGE,
            deadline=a.deadline,
            follow_up=a.follow_up,
            id=a.id,
        )
        for a in g.agreements
    ]
    result += [
        Agreement(
            what=item.what,
            why=OWN_ITEM_NOTE,
            responsible=Responsible.MEDARBEJDER,
            deadline=item.deadline,
            follow_up=item.follow_up,
            id=item.id,
        )
        for item in g.plan(member_id).items
    ]
    return result


def as_participant_conversation(g: GroupConversation, member_id: str, form: Form) -> Conversation:
    """One participant's yearly conversation, as a conversation for two (``form``: the form it is
    read with; only who, when and the agreements are filled in)."""
    member = g.member(member_id)
    conv = Conversation(
        form=form,
        employee=Employee(member.name, member.job_title, g.team, member.employee_number),
        leader=Leader(g.leader.name, g.leader.title),
        date=g.date,
        place=g.place,
        id=f"{g.id}-{member.id}"[:80],
        created_at=g.created_at,
    )
    conv.agreements.extend(participant_agreements(g, member_id))
    for who, voice in ((member_id, Voice.MEDARBEJDER), (LEADER, Voice.LEDER)):
        s = g.signatures.get(who)
        if s is not None:
            conv.signatures[voice] = Signature(
                voice, s.signer, s.signed_at, s.strokes, s.width, s.height, typed_name=s.typed_name
            )
    return conv
