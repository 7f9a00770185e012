"""Bugs found by a new user's trial of the window, each pinned by a test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.decisions import Decision, Verdict
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import Check
from copydesk.checks.review import ItemStatus
from copydesk.desktop.dialogs import DiffDialog
from tests.desktop.conftest import TEH, wait_checked

pytestmark = pytest.mark.gui


def _pattern_check(rule: str, pattern: str, replacements: list[str]) -> Check:
    compiled = regex.compile(pattern)

    def run(text: str, ctx: CheckContext) -> Iterator[Issue]:
        for m in compiled.finditer(text):
            yield ctx.issue(m.start(), m.end() - m.start(), f"{rule} here", replacements)

    return Check(rule, Category.STYLE, rule, run)


PHRASE = _pattern_check("test.phrase", r"teh cat", ["the cat"])  # contains "teh"
TAIL = _pattern_check("test.tail", r"cat\.", ["dog."])  # overlaps "teh cat" partly


def item(fr, rule):
    return next(it for it in fr.items if it.issue.rule == rule)


def open_one(qtbot, make_window, tmp_path, text, checks):
    p = tmp_path / "x.txt"
    p.write_text(text, "utf-8")
    w = make_window(checks=checks)
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    return w, w.current


def accept(w, fr, rule):
    w.select_item(item(fr, rule))
    w.accept_current()


def test_accepting_a_fix_that_contains_an_accepted_one_supersedes_it(qtbot, make_window, tmp_path):
    w, fr = open_one(qtbot, make_window, tmp_path, "We saw teh cat.\n", (TEH, PHRASE))
    accept(w, fr, "test.teh")
    accept(w, fr, "test.phrase")
    # The smaller fix is neither refused nor undone: kept, and superseded by the larger one.
    assert fr.decision(item(fr, "test.teh")).replacement == "the"
    assert fr.status(item(fr, "test.teh")) == ItemStatus.SUPERSEDED
    row = w.issue_panel.model.row_of_key(item(fr, "test.teh").key)
    assert w.issue_panel.model.index(row, 4).data() == "superseded"
    assert fr.decision(item(fr, "test.phrase")).replacement == "the cat"
    assert "this one fix now stands for both" in "\n".join(w.message_bar.messages)
    assert fr.corrected().skipped == ()
    assert [c.rule for c in fr.changes()] == ["test.phrase"]
    w.undo_stack.undo()  # one step: the smaller fix applies again
    assert fr.decision(item(fr, "test.phrase")) is None
    assert fr.status(item(fr, "test.teh")) == ItemStatus.ACCEPTED
    assert [c.rule for c in fr.changes()] == ["test.teh"]
    assert fr.corrected().text == "We saw the cat.\n"


def test_a_partly_overlapping_accept_is_refused_and_one_inside_is_superseded(
    qtbot, make_window, tmp_path
):
    w, fr = open_one(qtbot, make_window, tmp_path, "We saw teh cat.\n", (TEH, PHRASE, TAIL))
    accept(w, fr, "test.phrase")
    w.message_bar.messages = []
    accept(w, fr, "test.tail")  # a partial overlap: refused, with the fix in the way named
    assert fr.decision(item(fr, "test.tail")) is None
    msg = "\n".join(w.message_bar.messages)
    assert "overlaps the accepted fix test.phrase at line 1; undo that one first" in msg
    w.message_bar.messages = []
    accept(w, fr, "test.teh")  # inside the accepted fix: recorded, superseded by it
    assert fr.decision(item(fr, "test.teh")).replacement == "the"
    assert fr.status(item(fr, "test.teh")) == ItemStatus.SUPERSEDED
    msg = "\n".join(w.message_bar.messages)
    assert "is inside text that the fix you accepted for test.phrase at line 1" in msg
    assert fr.corrected().skipped == ()
    assert fr.corrected().text == "We saw the cat.\n"


def test_batch_accept_leaves_overlapping_issues_open(qtbot, make_window, tmp_path):
    w, fr = open_one(qtbot, make_window, tmp_path, "We saw teh cat.\n", (TEH, PHRASE, TAIL))
    accept(w, fr, "test.phrase")
    assert w.decide_rule(True, batch=True, rule="test.tail") == 0
    assert fr.decision(item(fr, "test.tail")) is None
    assert fr.is_open(item(fr, "test.tail"))
    assert "left open" in "\n".join(w.message_bar.messages)
    # An issue inside the accepted fix is superseded: not open, so a rule accept skips it.
    assert w.decide_rule(True, batch=True, rule="test.teh") == 0
    assert not fr.is_open(item(fr, "test.teh"))


def test_skipped_edits_are_shown_in_the_diff_and_when_saving(qtbot, make_window, tmp_path):
    w, fr = open_one(qtbot, make_window, tmp_path, "We saw teh cat.\n", (PHRASE, TAIL))
    # Decisions remembered from an older session can still overlap.
    fr.set_decision(item(fr, "test.phrase").key, Decision(Verdict.ACCEPTED, "the cat"))
    fr.set_decision(item(fr, "test.tail").key, Decision(Verdict.ACCEPTED, "dog."))
    dialog = DiffDialog([fr], "out", w)
    qtbot.addWidget(dialog)
    assert "test.tail" in dialog.skipped_label.text()
    w.output_dir = tmp_path / "out"
    w.message_bar.messages = []
    w.save_current()
    msg = "\n".join(w.message_bar.messages)
    assert "NOT in the saved text" in msg and "x.txt:1 test.tail" in msg


def test_save_in_the_show_changes_dialog_saves(qtbot, make_window, tmp_path, monkeypatch):
    w, fr = open_one(qtbot, make_window, tmp_path, "We saw teh cat.\n", (TEH,))
    accept(w, fr, "test.teh")
    w.output_dir = tmp_path / "out"
    del w.confirm_diff  # the real dialog, answered with its Save button
    shown = []

    def exec_(dialog):
        shown.append(dialog.windowTitle())
        return DiffDialog.DialogCode.Accepted

    monkeypatch.setattr(DiffDialog, "exec", exec_)
    w.act_diff.trigger()
    assert shown == ["Changes in x.txt"]  # shown once, not again before saving
    assert (tmp_path / "out" / "x.txt").read_text("utf-8") == "We saw the cat.\n"
    assert not fr.dirty
    monkeypatch.setattr(DiffDialog, "exec", lambda dialog: DiffDialog.DialogCode.Rejected)
    fr.set_decision(fr.items[0].key, Decision(Verdict.EDITED, "thy"))
    w.act_diff.trigger()  # Cancel saves nothing
    assert (tmp_path / "out" / "x.txt").read_text("utf-8") == "We saw the cat.\n"


REPEAT = _pattern_check("test.repeat", r"\bcat cat\b", [])  # flag only, no suggestion


def test_accepting_a_flag_only_issue_keeps_the_text_and_is_no_change(qtbot, make_window, tmp_path):
    w, fr = open_one(qtbot, make_window, tmp_path, "A teh cat cat.\n", (TEH, REPEAT))
    w.select_item(item(fr, "test.repeat"))
    assert w.issue_panel.accept_button.text() == "Keep"
    w.accept_current()
    d = fr.decision(item(fr, "test.repeat"))
    assert d is not None and d.verdict == Verdict.REJECTED  # no edit
    assert fr.accepted_edits() == [] and fr.changes() == []
    w.select_item(item(fr, "test.repeat"))
    assert w.issue_panel.accept_button.text() == "Keep (kept as is)"
    row = w.issue_panel.model.row_of_key(item(fr, "test.repeat").key)
    assert w.issue_panel.model.index(row, 4).data() == "kept as is"
    w.undo_stack.undo()
    assert fr.decision(item(fr, "test.repeat")) is None
    # An "edited" decision to the very same text (as older sessions stored) is no change either.
    fr.set_decision(item(fr, "test.repeat").key, Decision(Verdict.EDITED, "cat cat"))
    assert fr.changes() == []
    w.select_item(item(fr, "test.repeat"))
    assert w.act_accept.text() == "&Keep"
    w.select_item(item(fr, "test.teh"))
    assert w.act_accept.text() == "&Accept"


def test_enter_in_the_replacement_box_returns_focus_so_ctrl_z_undoes(qtbot, make_window, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    w, fr = open_one(qtbot, make_window, tmp_path, "A teh cat. Teh teh.\n", (TEH,))
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.select_item(item(fr, "test.teh"))
    w.issue_panel.table.setFocus()
    qtbot.keyClick(w.issue_panel.table, Qt.Key.Key_F2)
    line_edit = w.issue_panel.replacement.lineEdit()
    assert QApplication.focusWidget() in (line_edit, w.issue_panel.replacement)
    qtbot.keyClicks(line_edit, "thy")
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    assert fr.decision(item(fr, "test.teh")).replacement == "thy"
    assert fr.decision(fr.items[1]) is None  # the next issue is shown, not decided
    assert QApplication.focusWidget() is w.issue_panel.table
    assert w.undo_stack.count() == 1  # one Return, one decision
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fr.decision(item(fr, "test.teh")) is None


BREAK = _pattern_check("test.break", r"\.\n\n(?=[A-Z])", [".\n\n"])


def test_a_typed_replacement_that_joins_paragraphs_warns(qtbot, make_window, tmp_path):
    w, fr = open_one(qtbot, make_window, tmp_path, "One para.\n\nTwo para.\n", (BREAK,))
    w.select_item(item(fr, "test.break"))
    w.accept_current(". ")
    assert fr.corrected().text == "One para. Two para.\n"
    assert "joins two paragraphs" in "\n".join(w.message_bar.messages)
    w.undo_stack.undo()
    w.message_bar.messages = []
    w.select_item(item(fr, "test.break"))
    w.accept_current(".\n")  # keeps a line break: no warning
    assert w.message_bar.messages == []


def test_the_message_bar_takes_only_its_text_height(qtbot, make_window, tmp_path):
    w, _fr = open_one(qtbot, make_window, tmp_path, "A teh cat.\n" * 200, (TEH,))
    messages = [
        "Not accepted: test.teh at line 3 overlaps the accepted fix test.phrase at line 3;"
        " undo that one first.",
        "Saved 1 file(s) to /tmp/out",
    ]
    w.message_bar.set_note("")  # no LanguageTool on the test machine adds a standing line
    for size in ((800, 600), (1440, 880), (1440, 1200)):
        w.resize(*size)
        w.message_bar.show_messages(messages)
        qtbot.wait(20)
        assert 0 < w.message_bar.height() < 120, size
        assert w.view.height() > w.height() // 2


def test_the_shortcut_list_has_every_shortcut_under_a_fixed_name(
    qtbot, make_window, tmp_path, monkeypatch
):
    import html

    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMessageBox

    w, fr = open_one(qtbot, make_window, tmp_path, "A teh cat.\n", (TEH,))
    accept(w, fr, "test.teh")
    assert w.act_undo.text() != "&Undo"  # the menu item says what would be undone
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(html.unescape(a[2])))
    w.show_shortcuts()
    text = shown[0]
    for name in (
        "Show Changes", "Export Report", "Open Folder", "Settings", ">Undo<", ">Redo<",
        "Accept / Keep", "Reject", "Next Issue", "Save Corrected Copy",
        "Save All Corrected Copies", "Open Files",
    ):  # fmt: skip
        assert name in text, name
    assert "Accept test" not in text
    native = QKeySequence.SequenceFormat.NativeText
    for a in w.actions():
        for k in a.shortcuts():
            assert k.toString(native) in text, a.text()


def test_also_involved_shows_name_and_line_and_jumps(qtbot, make_window, tmp_path):
    from tests.desktop.conftest import VARIANT

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Intro line.\nMore intro.\nMr Smith spoke.\n", "utf-8")
    (src / "b.txt").write_text("Mr Smyth said no.\n", "utf-8")
    w = make_window(checks=(VARIANT,))
    w.open_paths([str(src)])
    wait_checked(qtbot, w)
    b = next(f for f in w.session.files if f.path.name == "b.txt")
    w._select_file(b)
    w.select_item(b.items[0])
    related = w.issue_panel.related
    assert related.count() == 2
    assert related.item(0).text() == "a.txt (1)"
    assert related.item(1).text().strip() == "a.txt:3: Smith"
    related.itemActivated.emit(related.item(0))  # the file header goes nowhere
    assert w.current.path.name == "b.txt"
    related.itemActivated.emit(related.item(1))
    assert w.current.path.name == "a.txt"
    assert w.view.textCursor().position() == w.current.text.index("Smith")


def test_when_nothing_is_saved_the_window_says_so_plainly(qtbot, make_window, tmp_path):
    w, fr = open_one(qtbot, make_window, tmp_path, "A teh cat.\n", (TEH,))
    accept(w, fr, "test.teh")
    blocker = tmp_path / "blocker"
    blocker.write_text("x", "utf-8")
    w.output_dir = blocker / "out"
    assert not w.save_current()
    status = w.statusBar().currentMessage()
    assert status.startswith("Nothing saved: ") and "Saved 0" not in status
    assert f"{blocker} is a file, not a folder" in status
    assert w.message_bar.messages[0].startswith("Nothing saved: ")
    assert fr.dirty


def test_a_decisions_messages_go_when_the_editor_turns_to_another_file(
    qtbot, make_window, tmp_path
):
    # Trial: notes on one file's fixes stayed above the text of every file opened after.
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("We saw teh cat.\n", "utf-8")
    w = make_window(checks=(TEH, PHRASE))
    w.open_paths([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    wait_checked(qtbot, w)
    first, second = w.session.files
    w.show_file(first)
    accept(w, first, "test.teh")
    accept(w, first, "test.phrase")
    assert "this one fix now stands for both" in "\n".join(w.message_bar.messages)
    w.show_file(first)  # the same file again: still about it
    assert w.message_bar.messages
    w.show_file(second)
    assert w.message_bar.messages == []
    assert "stands for both" not in w.message_bar.label.text()
    w.message_bar.show_messages(["Cannot open: z.txt"])  # not about a decision: it stays
    w.show_file(first)
    assert w.message_bar.messages == ["Cannot open: z.txt"]
