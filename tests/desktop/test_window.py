"""Drive the real window: open a folder, review, undo, save, export."""

from __future__ import annotations

import codecs

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from copydesk.checks.decisions import Verdict
from tests.desktop.conftest import DOUBLE, TEH, wait_checked

pytestmark = pytest.mark.gui

A = "We saw teh cat.  It ran to teh door.  Then teh end.\n"
B = "Another teh here.\n"
C = "Nothing wrong here.\n"


@pytest.fixture
def folder(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(A, "utf-8")
    (src / "b.txt").write_text(B, "utf-8")
    (src / "sub" / "c.md").write_text(C, "utf-8")
    return src


def file_named(window, name):
    return next(f for f in window.session.files if f.path.name == name)


def test_review_and_save_a_folder(qtbot, make_window, folder, tmp_path):
    w = make_window()
    originals = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    w.open_paths([str(folder)])
    wait_checked(qtbot, w)
    a, b, c = (file_named(w, n) for n in ("a.txt", "b.txt", "c.md"))
    assert [f.open_count() for f in (a, b, c)] == [5, 1, 0]
    assert str(c.state) == "done" and str(a.state) == "to review"

    w._select_file(a)
    assert w.current is a
    w.next_issue()
    assert w.current_item().issue.offset == A.index("teh")
    w.accept_current()  # teh -> the; moves on to the double space
    assert w.current_item().issue.rule == "test.double-space"
    w.reject_current()  # keep the first double space
    # The second "teh": type a replacement by hand.
    assert w.current_item().issue.offset == A.index("teh", 10)
    w.issue_panel.replacement.setEditText("thee")
    w.accept_current()
    assert a.decision(a.items[2]).verdict == Verdict.EDITED

    assert w.decide_rule(True, batch=False, rule="test.double-space") == 1
    assert a.open_count() == 1
    w.undo_stack.undo()  # the rule accept comes back as one step
    assert a.open_count() == 2

    assert w.decide_rule(True, batch=True, rule="test.teh") == 2
    assert a.open_count() == 1 and b.open_count() == 0
    w.undo_stack.undo()
    assert b.open_count() == 1 and a.open_count() == 2
    w.undo_stack.redo()
    assert b.open_count() == 0 and a.open_count() == 1
    assert w.files_model.data(w.files_model.index(1, 1)) == "0"

    out = tmp_path / "out"
    w.output_dir = out
    assert w.save_all()
    assert (out / "a.txt").read_text(
        "utf-8"
    ) == "We saw the cat.  It ran to thee door.  Then the end.\n"
    assert (out / "b.txt").read_text("utf-8") == "Another the here.\n"
    assert (out / "sub" / "c.md").read_text("utf-8") == C
    for p, data in originals.items():
        assert p.read_bytes() == data
    assert not w.session.dirty_files()
    assert str(a.state) == "saved" and a.open_count() == 1  # one double space left open
    assert str(b.state) == "saved"

    report = tmp_path / "changes.csv"
    assert w.export_report(report)
    lines = report.read_text("utf-8").splitlines()
    assert lines[0].startswith("file,line,column,rule,rule_name,category,outcome,before,after")
    assert "a.txt,1,8,test.teh,teh -> the,spelling,accepted,teh,the" in report.read_text("utf-8")
    edited = "a.txt,1,28,test.teh,teh -> the,spelling,edited,teh,thee,the,no,thee,"
    assert edited in report.read_text("utf-8")
    assert "b.txt,1,9,test.teh,teh -> the,spelling,accepted,teh,the" in report.read_text("utf-8")
    html_report = tmp_path / "changes.html"
    assert w.export_report(html_report)
    assert "<table>" in html_report.read_text("utf-8")


def test_keyboard_review(qtbot, make_window, tmp_path):
    (tmp_path / "k.txt").write_text("One teh.  Two teh.\n", "utf-8")
    w = make_window(checks=(TEH, DOUBLE))
    w.open_paths([str(tmp_path / "k.txt")])
    wait_checked(qtbot, w)
    w.activateWindow()
    qtbot.waitExposed(w)
    fr = w.current
    qtbot.keyClick(w.issue_panel.table, Qt.Key.Key_F8)
    assert w.current_item() is fr.items[0]
    qtbot.keyClick(w.issue_panel.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert fr.decision(fr.items[0]).replacement == "the"
    assert w.current_item() is fr.items[1]
    qtbot.keyClick(w.issue_panel.table, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert fr.decision(fr.items[1]).verdict == Verdict.REJECTED
    qtbot.keyClick(w.issue_panel.table, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert w.current_item() is fr.items[0] or fr.open_count() == 1
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fr.decision(fr.items[1]) is None
    qtbot.keyClick(
        w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert fr.decision(fr.items[1]).verdict == Verdict.REJECTED


def test_emoji_offsets_in_the_view(qtbot, make_window, tmp_path):
    text = "😀😀 teh 👍🏽 cat and teh end\n"
    (tmp_path / "e.txt").write_text(text, "utf-8")
    w = make_window()
    w.open_paths([str(tmp_path / "e.txt")])
    wait_checked(qtbot, w)
    fr = w.current
    assert [it.issue.offset for it in fr.items] == [3, 18]
    sels = w.view.extraSelections()
    assert [s.cursor.selectedText() for s in sels] == ["teh", "teh"]
    assert sels[1].cursor.selectionStart() == 22  # four astral characters before it (👍🏽 is two)
    # Selecting the second issue selects "teh" in the view, and hovering it finds it.
    w.issue_panel.select_key(fr.items[1].key)
    assert w.view.textCursor().position() == 22 and w.view.current is fr.items[1]
    cursor = QTextCursor(w.view.document())
    cursor.setPosition(23)
    rect = w.view.cursorRect(cursor)
    assert w.view.item_at(rect.center()) is fr.items[1]
    # Accepting and saving writes the right characters around the emoji.
    w.accept_current()
    w.output_dir = tmp_path / "out"
    assert w.save_current()
    assert (tmp_path / "out" / "e.txt").read_text("utf-8") == ("😀😀 teh 👍🏽 cat and the end\n")


def test_encoding_bom_and_line_endings_are_kept(qtbot, make_window, tmp_path):
    raw = codecs.BOM_UTF8 + b"First teh line.\r\nSecond line.\r\n"
    (tmp_path / "w.txt").write_bytes(raw)
    latin = "Caf\xe9 teh menu.\r\n".encode("cp1252")
    (tmp_path / "l.txt").write_bytes(latin)
    w = make_window()
    w.open_paths([str(tmp_path / "w.txt"), str(tmp_path / "l.txt")])
    wait_checked(qtbot, w)
    w.decide_rule(True, batch=True, rule="test.teh")
    w.output_dir = tmp_path / "out"
    assert w.save_all()
    assert (tmp_path / "out" / "w.txt").read_bytes() == codecs.BOM_UTF8 + (
        b"First the line.\r\nSecond line.\r\n"
    )
    assert (tmp_path / "out" / "l.txt").read_bytes() == "Caf\xe9 the menu.\r\n".encode("cp1252")


def test_save_over_original_keeps_a_backup(qtbot, make_window, tmp_path):
    p = tmp_path / "o.txt"
    p.write_text("Fix teh word.\n", "utf-8")
    w = make_window()
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    w.next_issue()
    w.accept_current()
    w.ask = lambda title, text: False
    assert not w.save_over_original()
    assert p.read_text("utf-8") == "Fix teh word.\n"
    w.ask = lambda title, text: True
    assert w.save_over_original()
    assert p.read_text("utf-8") == "Fix the word.\n"
    assert (tmp_path / "o.txt.bak").read_text("utf-8") == "Fix teh word.\n"


def test_errors_show_in_the_window_and_keep_decisions(qtbot, make_window, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("A teh here.\n", "utf-8")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    w = make_window()
    w.open_paths([str(src), str(tmp_path / "missing.txt")])
    wait_checked(qtbot, w)
    bar = "\n".join(w.message_bar.messages)
    assert "binary" in bar and "missing.txt" in bar
    assert w.message_bar.isVisible()
    bad = file_named(w, "binary.txt")
    assert str(bad.state) == "error"
    good = file_named(w, "good.txt")
    w._select_file(good)
    w.next_issue()
    w.accept_current()
    # An output "folder" below a plain file cannot be created.
    blocker = tmp_path / "blocker"
    blocker.write_text("x", "utf-8")
    w.output_dir = blocker / "out"
    assert not w.save_current()
    assert "Nothing saved" in w.message_bar.messages[0]
    assert good.dirty and good.decision(good.items[0]) is not None
    w.output_dir = tmp_path / "out"
    assert w.save_current()
    assert (tmp_path / "out" / "good.txt").read_text("utf-8") == "A the here.\n"


def test_direct_text_edit_moves_issues_and_undoes(qtbot, make_window, tmp_path):
    p = tmp_path / "d.txt"
    p.write_text("Start teh one. End teh two.\n", "utf-8")
    w = make_window()
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    fr = w.current
    w.next_issue()
    w.accept_current()  # first "teh" accepted
    w.act_edit_text.setChecked(True)
    w.toggle_edit_mode()
    assert not w.view.isReadOnly()
    cursor = QTextCursor(w.view.document())
    cursor.setPosition(0)
    cursor.insertText("New. ")
    assert fr.text == "New. Start teh one. End teh two.\n"
    assert [it.issue.offset for it in fr.items] == [11, 24]
    assert fr.decision(fr.items[0]).replacement == "the"  # the decision moved with the text
    assert fr.corrected().text == "New. Start the one. End teh two.\n"
    w.undo_stack.undo()
    assert fr.text == "Start teh one. End teh two.\n"
    assert w.view.toPlainText() == fr.text
    w.undo_stack.redo()
    assert w.view.toPlainText() == "New. Start teh one. End teh two.\n"
    # The pause re-check finds the same issues; the decision is still there.
    qtbot.waitUntil(lambda: not w._recheck_timer.isActive() and not w.checking, timeout=5000)
    assert fr.corrected().text == "New. Start the one. End teh two.\n"
    w.output_dir = tmp_path / "out"
    assert w.save_current()
    assert (tmp_path / "out" / "d.txt").read_text("utf-8") == "New. Start the one. End teh two.\n"


def test_closing_with_unsaved_decisions_asks(qtbot, make_window, tmp_path):
    p = tmp_path / "u.txt"
    p.write_text("A teh.\n", "utf-8")
    w = make_window()
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    w.next_issue()
    w.accept_current()
    asked = []
    w.ask_unsaved = lambda n: asked.append(n) or "cancel"
    assert not w.close()
    assert asked == [1] and w.isVisible()
    w.ask_unsaved = lambda n: "discard"
    assert w.close()


def test_typing_and_ctrl_z_in_the_text_view(qtbot, make_window, tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("Start teh one.\n", "utf-8")
    w = make_window()
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    w.activateWindow()
    w.act_edit_text.setChecked(True)
    w.toggle_edit_mode()
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(w.view, "Hi")
    assert w.current.text == "Start teh one.\nHi"
    assert w.undo_stack.count() == 1  # consecutive typing is one step
    qtbot.keyClick(w.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.current.text == "Start teh one.\n"
    assert w.view.toPlainText() == "Start teh one.\n"


def test_choosing_another_suggestion(qtbot, make_window, tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("A teh.\n", "utf-8")
    w = make_window()
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    w.next_issue()
    combo = w.issue_panel.replacement
    assert [combo.itemText(i) for i in range(combo.count())] == ["the", "tea"]
    combo.setCurrentIndex(1)
    w.accept_current()
    fr = w.current
    assert fr.decision(fr.items[0]).verdict == Verdict.ACCEPTED
    assert fr.corrected().text == "A tea.\n"


def test_a_failing_check_is_reported_and_the_others_kept(qtbot, make_window, tmp_path):
    from copydesk.checks.model import Category
    from copydesk.checks.registry import Check

    def broken(text, ctx):
        raise RuntimeError("boom")

    p = tmp_path / "f.txt"
    p.write_text("A teh.\n", "utf-8")
    w = make_window(checks=(Check("test.broken", Category.STYLE, "fails", broken), TEH))
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    assert "test.broken failed" in w.message_bar.messages[0]
    assert [it.issue.rule for it in w.current.items] == ["test.teh"]
    # The buttons work as well as the keys.
    w.next_issue()
    w.issue_panel.accept_button.click()
    assert w.current.corrected().text == "A the.\n"
