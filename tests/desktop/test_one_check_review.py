"""Issue 14 item 7: one check at a time across the batch; F8 goes on to the next file and wraps."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.desktop.conftest import wait_checked

TEXTS = {
    "a.txt": "teh one  two teh.\n",
    "b.txt": "Nothing  here but spaces.\n",
    "c.txt": "And teh end.\n",
}


def _open(qtbot, make_window, tmp_path):
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, "utf-8")
    w = make_window()
    w.open_paths([tmp_path / n for n in TEXTS])
    wait_checked(qtbot, w)
    return w


def _where(w) -> tuple[str, str, int]:
    it = w.current_item()
    return (w.current.name, it.issue.rule, it.issue.offset)


def test_step_through_one_rule_in_every_file_and_wrap(qtbot, make_window, tmp_path):
    w = _open(qtbot, make_window, tmp_path)
    labels = [label for label, _ in w.focus_choices()]
    assert "Rule: test.teh (3 open)" in labels and "Category: whitespace (2 open)" in labels
    w.review_one_check(("rule", "test.teh"))
    assert w.focus_label.isVisible() and "test.teh" in w.focus_label.text()
    assert _where(w) == ("a.txt", "test.teh", 0)
    qtbot.keyClick(w, Qt.Key.Key_F8)
    assert _where(w) == ("a.txt", "test.teh", 13)
    qtbot.keyClick(w, Qt.Key.Key_F8)  # b.txt has no "teh": straight on to c.txt
    assert _where(w) == ("c.txt", "test.teh", 4)
    qtbot.keyClick(w, Qt.Key.Key_F8)  # the end of the batch: wraps to the first file
    assert _where(w) == ("a.txt", "test.teh", 0)
    # Accepting moves on within the check; decided issues are skipped.
    w.accept_current()
    assert _where(w) == ("a.txt", "test.teh", 13)
    w.accept_current()
    assert _where(w) == ("c.txt", "test.teh", 4)
    assert "1 open" in w.focus_label.text()
    # A category across files, then back to every check.
    w.review_one_check(("category", "whitespace"))
    assert _where(w) == ("a.txt", "test.double-space", 7)
    qtbot.keyClick(w, Qt.Key.Key_F8)
    assert _where(w) == ("b.txt", "test.double-space", 7)
    qtbot.keyClick(w, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert _where(w) == ("a.txt", "test.double-space", 7)
    w.review_one_check(None)
    assert not w.focus_label.isVisible()


def test_f8_at_the_end_of_the_batch_wraps(qtbot, make_window, tmp_path):
    w = _open(qtbot, make_window, tmp_path)
    c = w.session.files[2]
    w._select_file(c)
    w.issue_panel.select_key(c.items[0].key)
    qtbot.keyClick(w, Qt.Key.Key_F8)
    assert _where(w) == ("a.txt", "test.teh", 0)
