"""The step list's entries: the form's steps and own topics that are steps of their own."""

from __future__ import annotations

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.form_steps import Step
from ishoj_mus.domain.records import OwnTopic
from ishoj_mus.text import fill
from ishoj_mus.ui.widgets.i18n import tr

TOPIC_PREFIX = "topic:"


def entry_key(entry: Step | OwnTopic) -> str:
    """A step list entry's key: the step's id, or "topic:" + an own topic's id."""
    return TOPIC_PREFIX + entry.id if isinstance(entry, OwnTopic) else entry.id


def entry_title(entry: Step | OwnTopic, hidden: tuple[Voice, ...] = (), in_sentence: bool = False) -> str:
    """The step's title; an own topic's, unless it comes from a preparation still held back.
    ``in_sentence``: after "Trin 12 af 15 – ", where "eget emne" is not a heading of its own."""
    if not isinstance(entry, OwnTopic):
        return entry.title
    if entry.voices and all(v in hidden for v in entry.voices):
        return tr("eget emne fra en forberedelse") if in_sentence else tr("Eget emne fra en forberedelse")
    return fill(tr("eget emne: %1") if in_sentence else tr("Eget emne: %1"), entry.title)
