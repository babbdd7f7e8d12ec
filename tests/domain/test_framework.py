"""The framework is quoted word for word, once, and the forms refer to it."""

import re
import tomllib

import pytest

from ishoj_mus.domain.framework import Framework
from ishoj_mus.paths import framework_path
from tests.conftest import FRAMEWORK_SOURCE


@pytest.fixture(scope="module")
def framework():
    return Framework.from_dict(tomllib.loads(framework_path().read_text(encoding="utf-8")))


def test_framework_has_all_parts(framework):
    assert [p.name for p in framework.perspectives] == [
        "Mere og bedre for mindre",
        "Styr på tingene",
        "Innovation af velfærd sammen med andre",
        "Modstandskraft og robusthed",
    ]
    assert [len(b.items) for b in framework.behaviours] == [6, 6]
    assert [d.name for d in framework.directions] == [
        "Ledelse opad",
        "Ledelse nedad",
        "Ledelse indad",
        "Ledelse til siden",
    ]
    assert sum(len(p.in_practice) for p in framework.perspectives) == 13


def test_every_quoted_text_is_word_for_word_in_the_source(framework):
    source = FRAMEWORK_SOURCE.read_text(encoding="utf-8")
    values = re.findall(r"^\s*(?:- [a-z_]+: |  - |  \d\. )(.+)$", source, re.M)
    quoted = set(values)
    texts = [framework.perspectives_heading, framework.perspectives_source_note, framework.directions_heading]
    for p in framework.perspectives:
        texts += [p.name, p.description, p.in_practice_intro, *p.in_practice]
    for b in framework.behaviours:
        texts += [b.heading, *b.items]
    for d in framework.directions:
        texts += [d.name, d.short, d.text]
    not_quoted = [t for t in texts if t not in quoted]
    assert not_quoted == []
