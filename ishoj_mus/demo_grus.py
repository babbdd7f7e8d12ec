"""A realistic and entirely fictional group development conversation (GRUS), for trying the program.

Five participants and a leader in a fictional day-care centre; every participant has personal
items and some have a note »Kun mellem os«, so the editions can be checked for what they leave out.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ishoj_mus.demo import signature_strokes
from ishoj_mus.domain.grus import (
    GROUP,
    LEADER,
    Contribution,
    GroupAgreement,
    GroupConversation,
    GroupLeader,
    GroupSignature,
    IndividualOffer,
    Member,
    Need,
    OfferAnswer,
    PersonalItem,
    Plan,
)
from ishoj_mus.domain.grus_form import GroupForm

DAY = date(2026, 11, 24)

MEMBERS = (
    ("Ali Yilmaz", "Pædagog"),
    ("Birgitte Sørensen", "Pædagogisk assistent"),
    ("Camilla Østergaard", "Pædagog"),
    ("Jonas Friis", "Pædagogmedhjælper"),
    ("Åse Kristiansen", "Pædagog"),
)

# (station, author index or "L"/"G", text)
CONTRIBUTIONS = (
    (
        "kerneopgaven",
        "G",
        "Vi giver de 0–3-årige en tryg hverdag med leg, nærvær og sprog – sammen med forældrene.",
    ),
    (
        "kerneopgaven",
        0,
        "Jeg ser kerneopgaven tydeligst ved aflevering om morgenen: der skal være ro til hvert barn.",
    ),
    ("kerneopgaven", 2, "For mig er det sprogarbejdet i de små grupper."),
    ("mere-og-bedre", 1, "Vi skriver det samme i både dagbog og forældreapp. Det kunne være én gang."),
    (
        "mere-og-bedre",
        "L",
        "Vi kan prøve at droppe den papirbaserede dagbog i et kvartal og se, hvad vi savner.",
    ),
    ("styr-paa-tingene", 3, "Vikarerne ved ikke, hvor tingene står. En mappe på stuen ville hjælpe."),
    ("styr-paa-tingene", 4, "Allergilisterne skal hænge samme sted på alle stuer."),
    ("innovation", 2, "Forældrene kunne være med til at lave sprogposer med hjem."),
    ("innovation", "G", "Vi vil invitere biblioteket ind en gang om måneden."),
    ("modstandskraft", 0, "Når én er syg, ved de andre ikke, hvad der er aftalt med forældrene."),
    ("lederskab-og-foelgeskab", 1, "Jeg spørger for sjældent, når jeg er i tvivl – jeg vil ikke forstyrre."),
    (
        "lederskab-og-foelgeskab",
        "L",
        "Jeg kan blive bedre til at sige tydeligt, hvad der er besluttet, og hvad der er til drøftelse.",
    ),
    ("hele-vejen-rundt", 4, "Vi hjælper hinanden godt på stuen, men sjældent på tværs af stuerne."),
    ("hele-vejen-rundt", 3, "Jeg vil gerne lære af Camillas sprogsamlinger."),
    ("trivsel", "G", "Middagsstunden er presset. Vi vil se på, hvem der holder pause hvornår."),
)

NOTES = {
    "kerneopgaven": "Kerneopgaven: en tryg hverdag med leg, nærvær og sprog – sammen med forældrene.",
    "mere-og-bedre": "Dobbeltdokumentation i dagbog og forældreapp tager tid fra børnene.",
    "hele-vejen-rundt": "Vi er gode til at hjælpe hinanden på stuen; på tværs af stuerne kan vi mere.",
}

NEEDS = (
    ("mere-og-bedre", "Én dokumentation i stedet for to", 1),
    ("hele-vejen-rundt", "Sparring på tværs af stuerne", 2),
    ("styr-paa-tingene", "En vikarmappe på hver stue", 3),
    ("trivsel", "En pauseplan, der holder i middagsstunden", 4),
    ("innovation", "Biblioteket på besøg hver måned", None),
)

AGREEMENTS = (
    (
        "Vi dokumenterer kun i forældreappen i første kvartal og ser så, hvad vi savner.",
        "Hele gruppen",
        date(2027, 3, 31),
        date(2027, 4, 15),
    ),
    (
        "Sparring på tværs: hver måned besøger to af os en anden stue i en formiddag.",
        "Camilla og Jonas",
        date(2027, 6, 30),
        date(2027, 5, 1),
    ),
    (
        "En vikarmappe på hver stue med dagsrytme, allergier og aftaler.",
        "Birgitte",
        date(2027, 2, 1),
        date(2027, 2, 15),
    ),
    (
        "En pauseplan for middagsstunden, som vi prøver i seks uger.",
        "Hanne Lund",
        date(2027, 1, 15),
        date(2027, 3, 1),
    ),
)

PERSONAL = (
    (
        ("Kursus i sprogvurdering (Sprogtrappen), foråret 2027", date(2027, 5, 31)),
        ("Ansvar for forældremødet i marts", date(2027, 3, 20)),
    ),
    (("Mere mod til at spørge: aftale om fast sparring med Åse hver anden uge", date(2027, 1, 31)),),
    (
        ("Videreuddannelse: diplommodul i sprogpædagogik, efteråret 2027", date(2027, 12, 31)),
        ("Oplæg om sprogposer på personalemødet", date(2027, 4, 1)),
    ),
    (
        ("Førstehjælpskursus for småbørn", date(2027, 3, 1)),
        ("Følge Camillas sprogsamlinger tre gange", date(2027, 4, 30)),
    ),
    (("Mentor for den nye kollega fra februar", date(2027, 2, 1)),),
)

PRIVATE = {
    1: "Birgitte vil gerne gå lidt ned i tid efter sommerferien. Vi taler om det ved en individuel samtale.",
    4: "Åse har nævnt, at hun overvejer at søge en stilling som souschef næste år.",
}

OFFERS = (
    IndividualOffer(DAY, OfferAnswer.DECLINED, DAY),
    IndividualOffer(DAY, OfferAnswer.ACCEPTED, DAY),
    IndividualOffer(DAY, OfferAnswer.DECLINED, DAY + timedelta(days=2)),
    IndividualOffer(DAY, None, None),
    IndividualOffer(DAY, OfferAnswer.ACCEPTED, DAY + timedelta(days=1)),
)


def demo_group_conversation(form: GroupForm) -> GroupConversation:
    g = GroupConversation(
        form=form,
        team="Vuggestuen Solsikken, stue Mælkebøtten og stue Kløveren",
        leader=GroupLeader("Hanne Lund", "Daglig leder"),
        date=DAY,
        place="Personalestuen, Vuggestuen Solsikken",
        created_at=datetime(2026, 11, 24, 9, 0).astimezone(),
    )
    members = [
        g.add_member(Member(name, title, employee_number=f"4{i:04d}"))
        for i, (name, title) in enumerate(MEMBERS, 11)
    ]
    stations = {s.id for s in form.stations}
    for station, author, text in CONTRIBUTIONS:
        if station not in stations:
            continue
        who = GROUP if author == "G" else LEADER if author == "L" else members[int(author)].id
        g.add_contribution(Contribution(station, who, text))
    for station, note in NOTES.items():
        if station in stations:
            g.set_note(station, note)
    needs = []
    for station, text, priority in NEEDS:
        if station in stations:
            needs.append((g.add_need(Need(station, text)), priority))
    g.prioritise([n.id for n, p in sorted((x for x in needs if x[1] is not None), key=lambda x: x[1] or 0)])
    for (need, _), (what, who, deadline, follow_up) in zip(needs, AGREEMENTS, strict=False):
        g.add_agreement(GroupAgreement(what, who, deadline, follow_up, need=need.id))
    for i, member in enumerate(members):
        items = tuple(
            PersonalItem(what, deadline, deadline + timedelta(days=14)) for what, deadline in PERSONAL[i]
        )
        g.set_plan(member.id, Plan(items, PRIVATE.get(i, "")))
        g.set_offer(member.id, OFFERS[i])
    return g


def sign_group_demo(g: GroupConversation) -> None:
    """The leader and every participant sign (drawn, as at the table)."""
    at = datetime(2026, 11, 24, 11, 40).astimezone()
    g.sign(GroupSignature(LEADER, g.leader.name, at, signature_strokes(g.leader.name)))
    for i, m in enumerate(g.members, 1):
        g.sign(GroupSignature(m.id, m.name, at + timedelta(minutes=i), signature_strokes(m.name)))
