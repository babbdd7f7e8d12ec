"""The window says which characters the PDF shows as □ from a table, not from the fonts:
the table must be exactly what the embedded fonts can draw."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from ishoj_mus.pdf import glyphs
from ishoj_mus.pdf.layout import BOLD, ITALIC, REGULAR, register_fonts


def _font_chars() -> frozenset[int]:
    """The characters every one of our three embedded fonts can draw."""
    register_fonts()
    maps = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in (REGULAR, BOLD, ITALIC)]
    return frozenset(set.intersection(*maps))


def _as_ranges(codes: frozenset[int]) -> str:
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return " ".join(f"{a:04X}" if a == b else f"{a:04X}-{b:04X}" for a, b in ranges)


def test_the_coverage_table_is_what_the_embedded_fonts_draw():
    table = frozenset(c for c in range(0x110000) if glyphs.drawable(c))
    fonts = _font_chars()
    assert table == fonts, "the fonts changed; put this in glyphs.COVERAGE:\n" + _as_ranges(fonts)


def test_what_becomes_a_box():
    assert glyphs.boxed_chars("Godt 🙂 中文 æøå – €") == ["🙂", "中", "文"]
    assert glyphs.substitute("\ufeff") == "" and glyphs.substitute("\t") == " "  # invisible: left out
    assert glyphs.substitute("\x07") == ""  # a control character is left out, not boxed


def _odd_everywhere():
    """The demo with an emoji or a Chinese character in every kind of written text."""
    from dataclasses import replace
    from datetime import datetime

    from ishoj_mus.demo import demo_conversation
    from ishoj_mus.domain.behaviours import BehaviourMarking
    from ishoj_mus.domain.codes import BehaviourMark, Voice
    from ishoj_mus.domain.records import Event, EventKind, OwnTopic

    conv = demo_conversation()
    conv.employee = replace(conv.employee, name="Mette 🙂 Hansen")
    conv.place = "Mødelokale 中"
    conv.set_answer("trivsel", Voice.MEDARBEJDER, "Godt 🙂🙂, tak")
    conv.set_private_note("trivsel", Voice.LEDER, "Kun mellem os 🌻")
    conv.agreements[0] = replace(conv.agreements[0], why="Fordi 中文")
    conv.followups[1] = replace(conv.followups[1], comment="Nået 🎉")
    conv.topics.append(OwnTopic("Emne 🚲", answers=((Voice.MEDARBEJDER, "Cykel 🚲"),)))
    conv.behaviour_marks["lederskab:1"] = {Voice.LEDER: BehaviourMarking(BehaviourMark.STYRKE, "Mere 🤝")}
    conv.remark = "Tak 🙏"
    conv.history.append(
        Event(EventKind.REOPENED, datetime.now().astimezone(), "Bo 😀", Voice.LEDER, "Ret 📅")
    )
    return conv


def test_the_window_names_every_place_the_pdf_boxes_and_counts_the_same():
    from ishoj_mus.domain.written import Part
    from ishoj_mus.pdf.layout import printable_copy

    conv = _odd_everywhere()
    found = glyphs.boxed_places(conv)
    parts = {b.place.part for b in found}
    assert parts == {
        Part.PARTICIPANTS, Part.ANSWER, Part.PRIVATE_NOTE, Part.AGREEMENT, Part.FOLLOWUP,
        Part.TOPIC, Part.BEHAVIOUR, Part.REMARK, Part.HISTORY,
    }  # fmt: skip
    [answer] = [b for b in found if b.place.part == Part.ANSWER]
    assert (answer.place.step_id, answer.place.field_id, answer.chars, answer.count) == (
        "trivsel", "trivsel", ("🙂",), 2,
    )  # fmt: skip
    assert sum(b.count for b in found) == printable_copy(conv)[1]  # what the PDF's first page says
    from ishoj_mus.demo import demo_conversation

    assert glyphs.boxed_places(demo_conversation()) == []  # plain Danish: nothing to say
