"""Saving never loses text: no copy over an original, no two copies to one file, no lost .bak."""

from __future__ import annotations

import pytest

from tests.desktop.conftest import wait_checked

pytestmark = pytest.mark.gui


def accept_all_teh(window) -> None:
    window.decide_rule(True, batch=True, rule="test.teh")


def test_output_folder_inside_the_opened_folder_is_refused(qtbot, make_window, tmp_path):
    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("Top teh file.\n", "utf-8")
    (d / "sub" / "a.txt").write_text("Inner teh file.\n", "utf-8")
    originals = {p: p.read_bytes() for p in d.rglob("*") if p.is_file()}
    w = make_window()
    w.open_paths([str(d)])
    wait_checked(qtbot, w)
    accept_all_teh(w)
    w.output_dir = d / "sub"
    assert not w.save_all()
    assert w.message_bar.messages[0].startswith("Nothing saved: ")
    assert "inside the input folder" in w.message_bar.messages[0]
    assert {p: p.read_bytes() for p in d.rglob("*") if p.is_file()} == originals
    assert all(f.dirty and f.accepted_edits() for f in w.session.files)  # decisions kept


def test_choosing_an_output_folder_inside_the_input_is_refused(
    qtbot, make_window, tmp_path, monkeypatch
):
    from copydesk.desktop import window_saving

    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("Top teh file.\n", "utf-8")
    w = make_window()
    w.open_paths([str(d)])
    wait_checked(qtbot, w)
    w.output_dir = tmp_path / "out"
    monkeypatch.setattr(
        window_saving.QFileDialog, "getExistingDirectory", lambda *a, **k: str(d / "sub")
    )
    w.choose_output_dir()
    assert w.output_dir == tmp_path / "out"
    assert "inside the input folder" in w.message_bar.messages[0]


def test_same_names_from_different_folders_are_kept_apart(qtbot, make_window, tmp_path):
    x, y = tmp_path / "x", tmp_path / "y"
    x.mkdir()
    y.mkdir()
    (x / "a.txt").write_text("From x teh one.\n", "utf-8")
    (y / "a.txt").write_text("From y teh two.\n", "utf-8")
    w = make_window()
    w.open_paths([str(x / "a.txt")])
    w.open_paths([str(y / "a.txt")])
    wait_checked(qtbot, w)
    accept_all_teh(w)
    out = tmp_path / "out"
    w.output_dir = out
    assert w.save_all()
    assert (out / "x" / "a.txt").read_text("utf-8") == "From x the one.\n"
    assert (out / "y" / "a.txt").read_text("utf-8") == "From y the two.\n"
    assert not (out / "a.txt").exists()
    # Saving one file alone goes to the same place as Save All did.
    xa = next(f for f in w.session.files if f.path.parent == x)
    xa.set_decision(xa.items[0].key, None)
    assert w.save_files([xa])
    assert (out / "x" / "a.txt").read_text("utf-8") == "From x teh one.\n"
    assert (out / "y" / "a.txt").read_text("utf-8") == "From y the two.\n"


def test_a_target_that_is_an_opened_original_is_refused(qtbot, make_window, tmp_path):
    # Files opened one by one: the output folder is where another opened file lives.
    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("Top teh file.\n", "utf-8")
    (d / "sub" / "a.txt").write_text("Inner teh file.\n", "utf-8")
    originals = {p: p.read_bytes() for p in d.rglob("*") if p.is_file()}
    w = make_window()
    w.open_paths([str(d / "a.txt")])
    w.open_paths([str(d / "sub" / "a.txt")])
    wait_checked(qtbot, w)
    accept_all_teh(w)
    w.output_dir = d / "sub"
    assert not w.save_all()
    assert w.message_bar.messages[0].startswith("Nothing saved: ")
    assert {p: p.read_bytes() for p in d.rglob("*") if p.is_file()} == originals


def test_save_over_original_refuses_a_file_changed_outside(qtbot, make_window, tmp_path):
    p = tmp_path / "o.txt"
    p.write_text("Fix teh word.\n", "utf-8")
    w = make_window()
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    accept_all_teh(w)
    p.write_text("Fix teh word. Added by another program.\n", "utf-8")
    assert not w.save_over_original()
    assert w.message_bar.messages[0].startswith("Nothing saved: ")
    assert "changed" in w.message_bar.messages[0]
    assert p.read_text("utf-8") == "Fix teh word. Added by another program.\n"
    assert not (tmp_path / "o.txt.bak").exists()
    assert w.current.dirty and w.current.accepted_edits()


def test_save_over_original_never_overwrites_a_backup(qtbot, make_window, tmp_path):
    p = tmp_path / "o.txt"
    p.write_text("Fix teh word.\n", "utf-8")
    (tmp_path / "o.txt.bak").write_text("an older backup\n", "utf-8")
    (tmp_path / "o.txt.1.bak").write_text("another older backup\n", "utf-8")
    w = make_window()
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    asked = []
    w.ask = lambda title, text: asked.append(text) or True
    accept_all_teh(w)
    assert w.save_over_original()
    assert "o.txt.2.bak" in asked[0]
    assert p.read_text("utf-8") == "Fix the word.\n"
    assert (tmp_path / "o.txt.bak").read_text("utf-8") == "an older backup\n"
    assert (tmp_path / "o.txt.1.bak").read_text("utf-8") == "another older backup\n"
    assert (tmp_path / "o.txt.2.bak").read_text("utf-8") == "Fix teh word.\n"
    # Saving again over what this window wrote is no outside change; the backups stay.
    assert w.save_over_original()
    assert (tmp_path / "o.txt.2.bak").read_text("utf-8") == "Fix teh word.\n"
    assert p.read_text("utf-8") == "Fix the word.\n"
    # Undoing the fix and saving again backs up the corrected text under a new name.
    w.current.set_decision(w.current.items[0].key, None)
    assert w.save_over_original()
    assert p.read_text("utf-8") == "Fix teh word.\n"
    assert (tmp_path / "o.txt.3.bak").read_text("utf-8") == "Fix the word.\n"
    assert (tmp_path / "o.txt.2.bak").read_text("utf-8") == "Fix teh word.\n"


@pytest.mark.parametrize(
    "stored", ['{"k": "accepted"}', '["accepted"]', '{"k": {"verdict": "maybe"}}', "{not json"]
)
def test_unreadable_remembered_decisions_do_not_stop_opening(qtbot, make_window, tmp_path, stored):
    from copydesk.checks.decisions import store_path_for
    from copydesk.checks.settings import data_dir

    paths = []
    for name in ("a.txt", "b.txt"):
        p = tmp_path / name
        p.write_text("Fix teh word.\n", "utf-8")
        store = store_path_for(str(p), data_dir())
        store.parent.mkdir(parents=True, exist_ok=True)
        store.write_text(stored, "utf-8")
        paths.append(str(p))
    w = make_window()
    added = w.open_paths(paths)
    wait_checked(qtbot, w)
    assert [f.error for f in added] == [None, None]
    assert all(f.open_count() == 1 and not f.store.decisions for f in added)
    said = [m for m in w.message_bar.messages if "decisions" in m]
    assert len(said) == 1 and "could not be read" in said[0]
    # Deciding and saving works and writes a readable store again.
    accept_all_teh(w)
    w.output_dir = tmp_path / "out"
    assert w.save_all()
    w2 = make_window()
    w2.open_paths(paths)
    wait_checked(qtbot, w2)
    assert not [m for m in w2.message_bar.messages if "decisions" in m]
    assert all(f.open_count() == 0 for f in w2.session.files)


def _teh_accepted_beside_a_locked_folder(qtbot, make_window, tmp_path):
    """A window with folder ``d`` (``a.txt`` holding "teh") open, every fix accepted, and an
    empty folder ``locked`` beside it (made unwritable by ``_deny_writing``)."""
    d = tmp_path / "d"
    d.mkdir(exist_ok=True)
    (d / "a.txt").write_text("One teh file.\n", "utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    w = make_window()
    w.open_paths([str(d)])
    wait_checked(qtbot, w)
    accept_all_teh(w)
    return w, locked


def _deny_writing(monkeypatch, locked) -> None:
    """This user may not write into ``locked`` (as root a mode bit locks nothing: the
    permission the system reports is what counts, so the answer is faked)."""
    import os

    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if str(p) == str(locked) else real_access(p, mode)
    )


@pytest.mark.parametrize("inside", ["", "copies"])
def test_an_unwritable_output_folder_is_refused_before_anything(
    qtbot, make_window, tmp_path, monkeypatch, inside
):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "empty.txt").write_text("", "utf-8")
    w, locked = _teh_accepted_beside_a_locked_folder(qtbot, make_window, tmp_path)
    shown = []
    w.confirm_diff = lambda files, target, **_kw: shown.append(target) or True
    _deny_writing(monkeypatch, locked)
    w.output_dir = locked / inside if inside else locked
    assert not w.save_all()
    said = f"cannot write into {locked} (permission denied); choose another output folder"
    assert w.message_bar.messages[0] == f"Nothing saved: {said} (File > Output Folder…)" + (
        " (your decisions are kept; fix it and save again)"
    )
    assert w.statusBar().currentMessage().startswith(f"Nothing saved: {said}")
    assert shown == []  # refused before the diff is shown, as ``fix`` refuses before checking
    assert list(locked.iterdir()) == []  # nothing written, no folder made
    assert all(f.dirty and f.accepted_edits() for f in w.session.files)


def test_a_writable_folder_beside_an_unwritable_one_saves(
    qtbot, make_window, tmp_path, monkeypatch
):
    w, locked = _teh_accepted_beside_a_locked_folder(qtbot, make_window, tmp_path)
    _deny_writing(monkeypatch, locked)
    w.output_dir = tmp_path / "out" / "new"  # not there yet: the folder above is writable
    assert w.save_all()
    assert (tmp_path / "out" / "new" / "a.txt").read_text("utf-8") == "One the file.\n"
