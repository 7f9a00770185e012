"""Issue 14 item 9: edit mode is visibly on, undo goes a word at a time, back to clean."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.desktop.conftest import wait_checked

CTRL = Qt.KeyboardModifier.ControlModifier


def _editing(qtbot, make_window, tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("Start teh one.\n", "utf-8")
    w = make_window()
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    w.activateWindow()
    return w


def test_edit_mode_shows_a_banner_and_a_frame(qtbot, make_window, tmp_path):
    w = _editing(qtbot, make_window, tmp_path)
    assert not w.edit_banner.isVisible()
    qtbot.keyClick(w, Qt.Key.Key_T, CTRL)
    assert w.act_edit_text.isChecked() and not w.view.isReadOnly()
    assert w.edit_banner.isVisible() and "Editing the text" in w.edit_banner.text()
    assert "border" in w.view.styleSheet()
    qtbot.keyClick(w, Qt.Key.Key_T, CTRL)
    assert not w.edit_banner.isVisible() and w.view.isReadOnly()
    assert w.view.styleSheet() == ""


def test_undo_takes_back_whole_words_and_clears_the_unsaved_mark(qtbot, make_window, tmp_path):
    w = _editing(qtbot, make_window, tmp_path)
    fr = w.current
    qtbot.keyClick(w, Qt.Key.Key_T, CTRL)
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(w.view, "Big red fox")
    assert fr.text == "Start teh one.\nBig red fox"
    assert w.undo_stack.count() == 3  # "Big ", "red ", "fox"
    assert fr.dirty and w.files_model.data(w.files_model.index(0, 0)).endswith(" *")
    qtbot.keyClick(w.view, Qt.Key.Key_Z, CTRL)
    assert fr.text == "Start teh one.\nBig red "
    # Backspace over a word is one step too.
    qtbot.keyClick(w.view, Qt.Key.Key_End, CTRL)
    for _ in range(3):
        qtbot.keyClick(w.view, Qt.Key.Key_Backspace)
    assert fr.text == "Start teh one.\nBig r"
    qtbot.keyClick(w.view, Qt.Key.Key_Z, CTRL)
    assert fr.text == "Start teh one.\nBig red "
    qtbot.keyClick(w.view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(w.view, Qt.Key.Key_Z, CTRL)
    # Back to the text as opened: nothing to save, no mark, no question on closing.
    assert fr.text == "Start teh one.\n"
    assert not fr.dirty and not w.session.dirty_files()
    assert not w.files_model.data(w.files_model.index(0, 0)).endswith(" *")
    assert "unsaved" not in w.counts_label.text()


def test_the_decided_count_names_issues_decided_not_decisions_kept(qtbot, make_window, tmp_path):
    # Review: the count was the size of the decision store, which keeps a decision whose
    # issue is gone (its text typed over; a remembered one for text no longer there), so
    # the window said "1 decided" beside an issue list with nothing decided.
    from copydesk.checks.decisions import Decision, Verdict

    w = _editing(qtbot, make_window, tmp_path)
    fr = w.current
    [item] = [it for it in fr.items if it.issue.rule == "test.teh"]
    fr.set_decision(item.key, Decision(Verdict.ACCEPTED, "the"))
    fr.set_decision("gone\x1fold\x1fkey", Decision(Verdict.REJECTED))
    w._update_counts()
    assert "1 decided" in w.counts_label.text()
    fr.replace_text(item.issue.offset, item.issue.length, "the")  # typed over by hand
    w._update_counts()
    assert "0 decided" in w.counts_label.text()
