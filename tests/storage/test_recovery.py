from pathlib import Path

from ishoj_mus.storage import recovery, userdirs


def test_recovery_copy_is_listed_and_loads_back(demo, user_home):
    demo.set_place("Skrevet lige før strømmen gik")
    recovery.write(demo, Path("/tmp/samtale.mus"))
    [found] = recovery.pending()
    assert found.employee_name == "Mette Hansen"
    assert found.original_path == Path("/tmp/samtale.mus")
    assert found.load().place == "Skrevet lige før strømmen gik"
    assert str(found.recovery_file).startswith(str(user_home))


def test_discarding_removes_the_recovery_copy(demo):
    # (That a save discards it is tested on the document: tests/ui/conversation/test_document.py.)
    recovery.write(demo, None)
    recovery.discard(demo.id)
    assert recovery.pending() == []


def test_broken_recovery_files_are_skipped(demo):
    (userdirs.recovery_dir() / "x.recovery.json").write_text("{", encoding="utf-8")
    recovery.write(demo, None)
    assert [r.conversation_id for r in recovery.pending()] == [demo.id]


def test_user_folders_live_under_the_test_home(user_home):
    assert userdirs.data_dir().is_relative_to(user_home)
    assert userdirs.config_dir().is_relative_to(user_home)
