"""Issue #24, deliver 5: a form or profile (TOML) is measured before ``tomllib`` sees it.

One 60 kB key ``a.a.a…`` took 2 GB and ended in a MemoryError: ``tomllib`` keeps a copy of the
key path for every part. Now the key's parts and the nesting are counted first.
"""

from __future__ import annotations

import time
import tomllib
import tomllib._parser as toml_parser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ishoj_mus.domain.form import FormError
from ishoj_mus.storage import tomlfile
from ishoj_mus.storage.form_files import load_form
from ishoj_mus.storage.forms import available_forms
from ishoj_mus.storage.hr_profile import ProfileError, load_hr_settings
from ishoj_mus.storage.organisation import OrganisationError, load_profile
from tests.conftest import ROOT, run_cli
from tests.helpers import peak_memory_mb


def _deep_key(size: int = 60_000) -> str:
    return ".".join(["a"] * (size // 2)) + " = 1\n"


@pytest.mark.parametrize(
    ("read", "error"),
    [(load_form, FormError), (load_profile, OrganisationError), (load_hr_settings, ProfileError)],
)
def test_a_60_kb_dotted_key_is_refused_at_once_in_danish(tmp_path, read, error):
    path = tmp_path / "dyb.toml"
    path.write_text(_deep_key())
    before = peak_memory_mb()
    start = time.monotonic()
    with pytest.raises(error) as err:
        read(path)
    assert time.monotonic() - start < 1
    grown_mb = peak_memory_mb() - before
    assert grown_mb < 50  # the old reader grew to 2 GB and ended in a MemoryError
    message = str(getattr(err.value, "message", err.value))
    assert "en nøgle med mere end 16 led adskilt af punktum i linje 1" in message


def test_the_command_line_refuses_a_deeply_dotted_form_in_one_line(tmp_path):
    path = tmp_path / "dyb.toml"
    path.write_text('id = "x"\n' + _deep_key())
    result = run_cli("check-form", str(path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "linje 2" in result.stderr, result.stderr


def test_the_shipped_forms_and_framework_pass_the_measure():
    for path, form in available_forms():
        assert not isinstance(form, FormError), (path, form)
    tomlfile.check_shape((ROOT / "resources" / "framework.toml").read_text(encoding="utf-8"))


def test_dots_and_brackets_inside_texts_and_comments_are_not_counted():
    text = (
        'help = "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r [[[[[[[[[[[[[[[[[[ {{{{{{{{{{{{{{{{{{"\n'
        "lit = 'a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r'\n"
        'multi = """\na.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r = 1\n""""\n'
        "# a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r = 1\n"
        '"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r" = 1.5\n'
        "floats = [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5]\n"
    )
    tomlfile.check_shape(text)
    assert tomllib.loads(text)["multi"].endswith('"')


TOKENS = ["a", "b", ".", " = ", "1", "1.5", '"', "'", '"""', "'''", "[", "]", "[[", "]]", "{", "}", ", ", "\n",
          "# ", "\\", '"x.y"', "\n[t]\n", "\nk = ", "\nk = [", "\nk = {"]  # fmt: skip


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), max_size=80))
def test_whatever_passes_the_measure_gives_tomllib_no_longer_key_and_no_deeper_nesting(tokens):
    """A differential check with tiny limits: every key tomllib reads in a text the measure let
    through has at most MAX_KEY_PARTS parts, and lists/inline tables nest at most MAX_NESTING."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        _differential("".join(tokens), monkeypatch)


def _differential(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tomlfile, "MAX_KEY_PARTS", 2)
    monkeypatch.setattr(tomlfile, "MAX_NESTING", 2)
    try:
        tomlfile.check_shape(text)
    except tomlfile.TomlProblem:
        return
    seen = {"key": 0, "depth": 0, "now": 0}
    parse_key, parse_array, parse_table = (
        toml_parser.parse_key,
        toml_parser.parse_array,
        toml_parser.parse_inline_table,
    )

    def key(src, pos):
        found = parse_key(src, pos)
        seen["key"] = max(seen["key"], len(found[1]))
        return found

    def nested(parse):
        def inner(src, pos, *rest):
            seen["now"] += 1
            seen["depth"] = max(seen["depth"], seen["now"])
            try:
                return parse(src, pos, *rest)
            finally:
                seen["now"] -= 1

        return inner

    monkeypatch.setattr(toml_parser, "parse_key", key)
    monkeypatch.setattr(toml_parser, "parse_array", nested(parse_array))
    monkeypatch.setattr(toml_parser, "parse_inline_table", nested(parse_table))
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        pass
    assert seen["key"] <= 2, text
    assert seen["depth"] <= 2, text
