"""Issue 14 item 13: new and closed batches, add or replace, decisions that follow the content."""

from __future__ import annotations

import shutil

from tests.desktop.conftest import wait_checked


def _folder(tmp_path, name, text):
    folder = tmp_path / name
    folder.mkdir()
    (folder / f"{name}.txt").write_text(text, "utf-8")
    return folder


def test_open_folder_asks_add_or_replace_and_close_batch(qtbot, make_window, tmp_path):
    one = _folder(tmp_path, "one", "We saw teh cat.\n")
    two = _folder(tmp_path, "two", "Another teh.\n")
    w = make_window()
    asked = []
    w.ask_add_or_replace = lambda folder: asked.append(folder) or "add"
    assert w.open_folder(one)
    wait_checked(qtbot, w)
    assert asked == []  # nothing open: nothing to ask
    assert w.open_folder(two)
    wait_checked(qtbot, w)
    assert asked == [str(two)] and [f.name for f in w.session.files] == ["one.txt", "two.txt"]
    w.ask_add_or_replace = lambda folder: "cancel"
    assert not w.open_folder(one) and len(w.session.files) == 2
    # Replace: the batch is closed (asking about the unsaved decision) and the folder opened.
    w.issue_panel.select_key(w.current.items[0].key)
    w.accept_current()
    unsaved = []
    w.ask_unsaved = lambda count: unsaved.append(count) or "discard"
    w.ask_add_or_replace = lambda folder: "replace"
    assert w.open_folder(two)
    wait_checked(qtbot, w)
    assert unsaved == [1] and [f.name for f in w.session.files] == ["two.txt"]
    assert w.current is w.session.files[0] and w.undo_stack.count() == 0
    # File › Close Batch: nothing open, nothing shown.
    w.act_close_batch.trigger()
    assert w.session.files == [] and w.current is None
    assert w.files_model.rowCount() == 0 and w.view.toPlainText() == ""
    assert not w.act_save_all.isEnabled()
    assert w.act_new_batch.shortcut().toString() == "Ctrl+N"


def test_decisions_follow_the_content_when_the_folder_moves(qtbot, make_window, tmp_path):
    one = _folder(tmp_path, "one", "We saw teh cat and teh dog.\n")
    w = make_window()
    w.open_paths([one])
    wait_checked(qtbot, w)
    fr = w.current
    w.issue_panel.select_key(fr.items[0].key)
    w.accept_current()
    w.output_dir = tmp_path / "out"
    assert w.save_all()
    moved = tmp_path / "moved"
    shutil.copytree(one, moved)
    shutil.rmtree(one)
    again = make_window()
    again.open_paths([moved])
    wait_checked(qtbot, again)
    moved_fr = again.current
    assert [str(moved_fr.status(it)) for it in moved_fr.items] == ["accepted", "open"]
