"""The domain's codes: whose voice, who is responsible, where a follow-up or a conversation
stands, a behaviour's mark, what is missing and why a change or a signature is refused (with the
refusals that carry those codes), and where a conversation stands in the leader's year. Each is a
code the domain stores or answers with; the catalogue of words (``text.py``) words them.

Kept apart from the records, rules and forms that use them, importing nothing of the domain, so
that the catalogue – which the start page's recent list needs before the first frame – costs
about a millisecond to import.
"""

from __future__ import annotations

from enum import StrEnum

# -- the form's voices ------------------------------------------------------------------------


class Voice(StrEnum):
    """Whose words a text is."""

    MEDARBEJDER = "medarbejder"
    LEDER = "leder"
    FAELLES = "faelles"


# -- the records' codes -----------------------------------------------------------------------


class Responsible(StrEnum):
    MEDARBEJDER = "medarbejder"
    LEDER = "leder"
    BEGGE = "begge"


class FollowUpStatus(StrEnum):
    OPFYLDT = "opfyldt"
    DELVIST = "delvist"
    IKKE_OPFYLDT = "ikke_opfyldt"
    BORTFALDET = "bortfaldet"


class ConversationState(StrEnum):
    # The values are stored (the recent list); "kladde" and "underskrevet" are older entries.
    DRAFT = "kladde"
    PARTLY_SIGNED = "delvist_underskrevet"
    SIGNED = "underskrevet"


class ScaleWhen(StrEnum):
    """Which of a scale's two values (or, on the radar, last year's "today")."""

    TODAY = "today"
    FUTURE = "future"
    PREVIOUS = "previous"  # last year's "today", imported with last year's agreements


class BehaviourMark(StrEnum):
    LYKKES = "lykkes"  # "det lykkes vi med"
    STYRKE = "styrke"  # "det vil vi styrke"


# -- what is missing, and why a change or a signature is refused --------------------------------


class MissingCode(StrEnum):
    """What kind of answer is missing (a code: the CLI/PDF and the window word it)."""

    ANSWER = "answer"  # a question of the form; ``label`` is the form's own wording
    EMPLOYEE_NAME = "employee_name"
    EMPLOYEE_JOB_TITLE = "employee_job_title"
    WORKPLACE = "workplace"
    LEADER_NAME = "leader_name"
    DATE = "date"
    AGREEMENT_WHAT = "agreement_what"  # ``item``: the agreement's index
    AGREEMENT_RESPONSIBLE = "agreement_responsible"
    AGREEMENT_DEADLINE = "agreement_deadline"
    FOLLOWUP_STATUS = "followup_status"  # ``label``: last year's agreement (its "what")


class ConversationLocked(RuntimeError):
    """An edit was tried on a conversation with a signature on it (the UI says why)."""

    def __init__(self) -> None:
        super().__init__("locked")


class RefusalCode(StrEnum):
    """Why a signature was refused (a code: the CLI and the window word it)."""

    NOT_A_PARTY = "not_a_party"  # only the employee and the leader sign
    ALREADY_SIGNED = "already_signed"  # ``role`` has signed already
    NAME_MISMATCH = "name_mismatch"  # a typed name that is not ``name``, the name in the conversation
    NOTHING_DRAWN = "nothing_drawn"
    PREPARATION = "preparation"  # a preparation is not signed
    PREPARATIONS_HIDDEN = "preparations_hidden"  # show both preparations first
    ANSWERS_MISSING = "answers_missing"  # ``count`` answers are missing


class SigningRefused(RuntimeError):
    """A signature the conversation refuses; ``code`` and its parameters say why."""

    def __init__(self, code: RefusalCode, *, role: Voice | None = None, name: str = "", count: int = 0):
        super().__init__(f"{code.value}: {role.value if role else ''} {name} {count or ''}".strip())
        self.code, self.role, self.name, self.count = code, role, name, count


class NotBroughtIn(StrEnum):
    """Why a file cannot be brought in as a preparation (a code: the window words it)."""

    NOT_A_PREPARATION = "not_a_preparation"  # ``source``: the file is a conversation
    INTO_A_PREPARATION = "into_a_preparation"  # the open file is itself a preparation


class GroupRule(StrEnum):
    """Why the group conversation (GRUS) refused a change (a code; the catalogue words it)."""

    LOCKED = "locked"  # signed: reopen first
    TOO_MANY = "too_many"  # the form's highest number of participants is reached
    NAME_MISSING = "name_missing"
    NAME_TAKEN = "name_taken"  # two participants with one name cannot be told apart (``detail``)
    NO_SUCH_MEMBER = "no_such_member"  # ``detail``: the id asked for
    NO_SUCH_STATION = "no_such_station"  # a topic card the form does not have
    NO_SUCH_AUTHOR = "no_such_author"  # a contribution from someone not taking part
    NOT_A_SIGNER = "not_a_signer"
    ALREADY_SIGNED = "already_signed"
    NAME_MISMATCH = "name_mismatch"  # ``detail``: the name in the conversation
    NOTHING_DRAWN = "nothing_drawn"
    NOT_READY = "not_ready"  # too few participants, no date or no group agreement yet
    ANSWER_WITHOUT_OFFER = "answer_without_offer"


class GroupRefused(ValueError):
    """A change the group conversation refuses; ``code`` says why, ``detail`` with what."""

    def __init__(self, code: GroupRule, detail: str = ""):
        super().__init__(f"{code.value} {detail}".strip())
        self.code, self.detail = code, detail


class RuleCode(StrEnum):
    """Why the conversation refused a value (a code: the CLI and the window word it). The
    window's editors offer only allowed values, so a user should never meet one of these."""

    NO_SUCH_VOICE = "no_such_voice"  # the field or own topic has no box for that voice
    NOT_A_PARTY = "not_a_party"  # only the employee and the leader (notes, marks, preparing)
    OUTSIDE_SCALE = "outside_scale"  # a scale value outside ``low``–``high``
    TOPIC_VOICES = "topic_voices"  # an own topic needs at least one voice, each once
    MINUTES = "minutes"  # agenda minutes outside 0–600
    NOT_CARRIABLE = "not_carriable"  # only partly met or unmet agreements are carried forward
    ALREADY_CARRIED = "already_carried"
    TOO_MANY = "too_many"  # more items than the part may hold (``high``: its declared count)
    TOO_LONG = "too_long"  # a text longer than its part may hold (``high``: its declared length)


class RuleBroken(ValueError):
    """A value the conversation refuses; ``code`` (and ``low``/``high``) say why."""

    def __init__(self, code: RuleCode, *, low: int = 0, high: int = 0):
        super().__init__(f"{code.value} {low}-{high}" if code == RuleCode.OUTSIDE_SCALE else code.value)
        self.code, self.low, self.high = code, low, high


# -- the leader's year (domain/overview.py) ---------------------------------------------------


class State(StrEnum):
    """Where a conversation stands; the catalogue (``text.py``) gives each code its words."""

    KLADDE = "kladde"
    DELVIST = "delvist_underskrevet"
    UNDERSKREVET = "underskrevet"
    GENAABNET = "genaabnet"


class DateKind(StrEnum):
    DEADLINE = "deadline"
    FOLLOW_UP = "follow_up"
