"""A realistic, complete and entirely fictional MUS conversation, for trying the program."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

from ishoj_mus.domain.codes import FollowUpStatus, Responsible, Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import Form
from ishoj_mus.domain.records import Agreement, Employee, FollowUp, Leader, ScaleValue, Signature
from ishoj_mus.storage.form_files import default_form

M, L, F = Voice.MEDARBEJDER, Voice.LEDER, Voice.FAELLES

ANSWERS: dict[str, dict[Voice, str]] = {
    "kerneopgave": {
        F: "Vi giver børn i alderen 3–6 år en tryg hverdag med leg, læring og fællesskab, "
        "så de er klar til skolen og trives i Ishøj – i tæt samarbejde med forældrene."
    },
    "bidrag_til_kerneopgaven": {
        M: "Jeg står for sprogarbejdet i Spirerne og laver de ugentlige sprogsamlinger. "
        "Jeg holder også forældresamtalerne for min gruppe, og jeg er den, forældrene ringer til.",
        L: "Mette er en bærende kraft i Spirerne. Hendes sprogsamlinger har løftet børnenes ordforråd "
        "målbart, og forældrene nævner hende ofte i tilfredshedsundersøgelsen.",
    },
    "aaret_der_gik": {
        M: "Flytningen til de nye lokaler fyldte meget i foråret. Jeg er mest tilfreds med, at vi fik "
        "sprogkufferterne i gang – børnene tager dem med hjem og glæder sig til at vise dem frem.",
        L: "Det har været et travlt år med ombygning og to nye kolleger. Jeg er glad for, at Mette tog "
        "imod de nye med så meget ro og overblik.",
    },
    "mere_og_bedre_refleksion": {
        M: "Vi bruger meget tid på at skrive det samme i flere systemer. Hvis vi fik én fælles skabelon "
        "til dokumentation af sprogarbejdet, kunne vi spare tid og blive klogere på, hvad der virker.",
        L: "Jeg er enig i, at dokumentationen skal forenkles. Samtidig vil jeg gerne, at vi bruger "
        "sprogvurderingerne mere aktivt, når vi planlægger forløbene.",
    },
    "mere_og_bedre_faelles": {
        F: "Vi afprøver én fælles skabelon for sprogdokumentation i Spirerne i første halvår."
    },
    "styr_refleksion": {
        M: "Jeg kender procedurerne for underretninger og medicin godt. Det halter med at få overleveret "
        "beskeder, når vi er mange på skiftende vagter.",
        L: "Der er generelt godt styr på sikkerheden. Overleveringen mellem morgen- og eftermiddagsholdet "
        "skal vi se på i hele huset, ikke kun i Spirerne.",
    },
    "styr_faelles": {F: "Overleveringstavlen prøves af i Spirerne og evalueres på personalemødet i marts."},
    "innovation_refleksion": {
        M: "Sammen med biblioteket lavede vi højtlæsning for forældre og børn om lørdagen. Jeg lærte, "
        "at forældrene selv havde mange gode idéer, når vi spurgte dem.",
        L: "Lørdagshøjtlæsningen er et godt eksempel på at skabe velfærd sammen med borgerne. Det vil jeg "
        "gerne, at vi fortæller de andre huse om.",
    },
    "innovation_faelles": {F: "Erfaringerne fra højtlæsningen deles på områdets netværksmøde."},
    "modstandskraft_refleksion": {
        M: "Flere børn har et andet modersmål end dansk, og antallet vil stige. Jeg deler mine materialer i "
        "vores fælles mappe, men vi mangler tid til at lære af hinanden.",
        L: "Vi er sårbare, fordi meget sprogviden ligger hos få personer. Det skal vi brede ud, så huset "
        "står stærkt, også når nogen er syge eller stopper.",
    },
    "modstandskraft_faelles": {F: "Mette viser sprogkufferterne for hele personalegruppen."},
    "lykkes_med": {
        M: "Jeg spørger, når jeg er i tvivl, og jeg oplever, at du lytter og tager mine forslag alvorligt.",
        L: "Du er en konstruktiv sparringspartner og kommer med løsninger, ikke kun problemer.",
    },
    "kan_blive_bedre": {
        M: "Jeg kunne blive bedre til at sige fra, når jeg får for mange opgaver på én gang.",
        L: "Jeg kan blive tydeligere om, hvad der har førsteprioritet, når vi har travlt.",
    },
    "feedback_til_leder": {
        M: "Jeg sætter pris på, at du er synlig på stuerne. Jeg savner lidt mere feedback i hverdagen – "
        "også når noget går godt – og at beslutninger bliver forklaret, før de bliver sat i værk."
    },
    "feedback_til_medarbejder": {
        L: "Du møder børn, forældre og kolleger med anerkendende forventninger. Jeg vil gerne opfordre dig "
        "til at dele din viden endnu mere, for den er værdifuld for hele huset."
    },
    "opad": {
        M: "Jeg fortæller dig, hvad jeg ser hos børnene og forældrene, så du har et godt grundlag for "
        "beslutninger om fx normering og indkøb.",
        L: "Mettes iagttagelser er et vigtigt grundlag, når jeg prioriterer i ledergruppen.",
    },
    "nedad": {
        M: "Jeg har ansvaret for vores pædagogstuderende og for sprogarbejdet i Spirerne.",
        L: "Mette leder opgaven med sprog og vejleder den studerende godt.",
    },
    "indad": {
        M: "Jeg går en tur i frokostpausen for at samle tankerne. Det hjælper, når dagen er presset.",
        L: "Det er vigtigt, at Mette også får tid til fordybelse og ikke kun er på hele tiden.",
    },
    "til_siden": {
        M: "Jeg hjælper de nye kolleger i gang og deler mine materialer med de andre stuer.",
        L: "Mette har været en stor hjælp for de to nye kolleger i deres første måneder.",
    },
    "trivsel": {
        M: "Jeg trives godt og er glad for børnene og mine kolleger. Perioder med sygdom blandt "
        "kollegerne slider dog.",
        L: "Mit indtryk er, at Mette trives, men jeg har bemærket, at hun har haft mange lange dage i efteråret.",
    },
    "arbejdsmaengde": {M: "svingende"},
    "balance": {
        M: "Balancen er for det meste god. Det hjælper, når vagtplanen ligger fast i god tid.",
        L: "Vi lægger vagtplanen fire uger frem, og Mette siger til, hvis det bliver for meget.",
    },
    "udviklingsoenske": {
        M: "Jeg vil gerne uddanne mig som sprogvejleder og have mere ansvar for sprogarbejdet i hele huset."
    },
    "kompetencer": {
        M: "Flersproglige børns sprogudvikling og vejledning af kolleger.",
        L: "Vejledning og formidling, så Mettes viden kan komme hele huset til gode.",
    },
    "karriere": {
        M: "På sigt kunne jeg godt se mig selv som pædagogisk koordinator.",
        L: "Det vil jeg gerne støtte. Sprogvejlederuddannelsen er et godt første skridt.",
    },
}

# "Kun mellem os": kept between the two, never in what HR receives.
PRIVATE_NOTES: dict[str, dict[Voice, str]] = {
    "trivsel": {
        M: "Min mor er syg, og jeg kører til Næstved to gange om ugen. Jeg vil gerne have lidt "
        "fleksibilitet i vagtplanen frem til sommer.",
        L: "Vi kigger på vagtplanen sammen i januar. Sig til, hvis det bliver for meget før.",
    },
}

SCALES: dict[str, dict[Voice, tuple[int, int]]] = {
    "mere_og_bedre_skala": {M: (2, 3), L: (3, 4)},
    "styr_skala": {M: (4, 4), L: (4, 4)},
    "innovation_skala": {M: (3, 4), L: (2, 4)},
    "modstandskraft_skala": {M: (2, 4), L: (2, 3)},
}

LAST_YEAR = [
    (
        Agreement(
            what="Sprogkufferter til hjemlån",
            why="Styrke samarbejdet med forældrene om sprog",
            perspective="innovation-af-velfaerd",
            responsible=Responsible.MEDARBEJDER,
            deadline=date(2026, 6, 1),
            follow_up=date(2026, 5, 1),
            id="demo-last-1",
        ),
        FollowUpStatus.OPFYLDT,
        "Ti kufferter er i brug, og forældrene er glade for dem.",
    ),
    (
        Agreement(
            what="Kursus i konflikthåndtering",
            why="Bedre redskaber i svære forældresamtaler",
            perspective="styr-paa-tingene",
            responsible=Responsible.LEDER,
            deadline=date(2026, 9, 1),
            id="demo-last-2",
        ),
        FollowUpStatus.DELVIST,
        "Første modul er taget; andet modul blev aflyst og er flyttet til foråret.",
    ),
    (
        Agreement(
            what="Fast sparring med lederen hver måned",
            responsible=Responsible.BEGGE,
            id="demo-last-3",
        ),
        FollowUpStatus.IKKE_OPFYLDT,
        "Blev aflyst for ofte i ombygningsperioden. Vi prøver igen med faste datoer.",
    ),
]

AGREEMENTS = [
    Agreement(
        what="Sprogvejlederuddannelse (modul 1 og 2)",
        why="Mette bliver husets sprogvejleder",
        perspective="modstandskraft-og-robusthed",
        responsible=Responsible.LEDER,
        deadline=date(2027, 6, 30),
        follow_up=date(2027, 3, 1),
        id="demo-plan-1",
    ),
    Agreement(
        what="Fælles skabelon for sprogdokumentation i Spirerne",
        why="Mindre dobbeltregistrering, mere viden om, hvad der virker",
        perspective="mere-og-bedre-for-mindre",
        responsible=Responsible.MEDARBEJDER,
        deadline=date(2027, 4, 1),
        follow_up=date(2027, 2, 1),
        id="demo-plan-2",
    ),
    Agreement(
        what="Overleveringstavle mellem morgen- og eftermiddagshold",
        why="Færre tabte beskeder",
        perspective="styr-paa-tingene",
        responsible=Responsible.BEGGE,
        deadline=date(2027, 3, 15),
        follow_up=date(2027, 3, 15),
        id="demo-plan-3",
    ),
    Agreement(
        what="Sparring hver anden måned i kalenderen",
        why="Mere løbende feedback begge veje",
        responsible=Responsible.LEDER,
        deadline=date(2027, 1, 15),
        follow_up=date(2027, 5, 1),
        id="demo-plan-4",
    ),
    Agreement(
        what="Oplæg om sprogkufferter på personalemøde",
        why="Brede viden ud i huset",
        perspective="innovation-af-velfaerd",
        responsible=Responsible.MEDARBEJDER,
        deadline=date(2027, 2, 28),
        id="demo-plan-5",
    ),
]


def set_answers(conv: Conversation, answers: dict[str, dict[Voice, str]]) -> None:
    """The demo's answers, each where the conversation's form has that field and voice."""
    fields = {f.id: f for _, f in conv.form.fields()}
    for fid, by_voice in answers.items():
        if fid in fields:
            for voice, text in by_voice.items():
                if voice in fields[fid].voices:
                    conv.set_answer(fid, voice, text)


def demo_conversation(form: Form | None = None) -> Conversation:
    """The demo, unsigned, on the default form (or another form: fields it lacks are skipped)."""
    if form is None:
        form = default_form()
    conv = Conversation(
        form=form,
        id="demo0000000000000000000000000001",
        created_at=datetime(2026, 11, 19, 9, 0).astimezone(),
        employee=Employee("Mette Hansen", "Pædagog", "Børnehuset Solsikken, Spirerne", "104233"),
        leader=Leader("Jonas Kristensen", "Dagtilbudsleder"),
        date=date(2026, 11, 19),
        place="Børnehuset Solsikken, mødelokalet",
    )
    set_answers(conv, ANSWERS)
    field_ids = {f.id: f for _, f in conv.form.fields()}
    for fid, values in SCALES.items():
        if fid in field_ids:
            for voice, (today, future) in values.items():
                conv.set_scale(fid, voice, ScaleValue(today, future))
    step_ids = {step.id for step in form.steps}
    for step_id, by_voice in PRIVATE_NOTES.items():
        if step_id in step_ids:
            for voice, text in by_voice.items():
                conv.set_private_note(step_id, voice, text)
    conv.set_followups(
        [FollowUp(a, status, comment, "MUS_2025-11-20_Hansen_Mette.pdf") for a, status, comment in LAST_YEAR]
    )
    for i, agreement in enumerate(AGREEMENTS):
        conv.insert_agreement(i, agreement)
    return conv


def signature_strokes(
    name: str, width: float = 400.0, height: float = 150.0
) -> tuple[tuple[tuple[float, float], ...], ...]:
    """A deterministic, handwriting-like scribble of a name, for the signed demo."""
    strokes = []
    x = 30.0
    for w, word in enumerate(name.split()):
        points = []
        seed = sum(map(ord, word)) + w
        for i in range(len(word) * 8):
            t = i / 8
            y = height * 0.55 - 28 * math.sin(t * 2.4 + seed) * (0.6 + 0.4 * math.cos(t * 1.3))
            points.append((round(x + t * 22, 1), round(y, 1)))
        x += len(word) * 22 + 20
        strokes.append(tuple(points))
    strokes.append(((30.0, height * 0.8), (min(x, width - 10), height * 0.78)))
    # A long name is squeezed into the box: the loader refuses points outside it.
    right = max(px for stroke in strokes for px, _py in stroke)
    if right > width - 10:
        k = (width - 40) / (right - 30)
        strokes = [tuple((round(30 + (px - 30) * k, 1), py) for px, py in stroke) for stroke in strokes]
    return tuple(strokes)


def sign_demo(conv: Conversation) -> None:
    """Both fictional parties sign, at 10.12 on the conversation's day."""
    day = conv.date or date(2026, 11, 19)
    signed = datetime(day.year, day.month, day.day, 10, 12).astimezone()
    conv.sign(
        Signature(
            role=Voice.MEDARBEJDER,
            signer=conv.employee.name,
            signed_at=signed,
            strokes=signature_strokes(conv.employee.name),
            remark="Tak for en god samtale. Jeg ser frem til uddannelsen.",
        )
    )
    conv.sign(
        Signature(
            role=Voice.LEDER,
            signer=conv.leader.name,
            signed_at=signed + timedelta(minutes=2),
            strokes=signature_strokes(conv.leader.name),
        )
    )
