"""Problems a third new-user trial of the window found, each pinned by a test."""

from __future__ import annotations

import pytest

from copydesk.checks.decisions import Verdict
from tests.desktop.conftest import TEH, wait_checked

pytestmark = pytest.mark.gui


def _teh_items(fr):
    return [it for it in fr.items if it.issue.rule == "test.teh"]


def test_undo_goes_back_to_the_issue_it_reopens(qtbot, make_window, tmp_path):
    # Reject by mistake, Ctrl+Z, Ctrl+Enter: the undone issue must be the one accepted,
    # not the next one the reject had moved on to.
    (tmp_path / "a.txt").write_text("We saw teh cat.\n\nThen teh dog.\n", "utf-8")
    w = make_window(checks=(TEH,))
    w.open_paths([str(tmp_path / "a.txt")])
    wait_checked(qtbot, w)
    fr = w.current
    first, second = _teh_items(fr)
    w.select_item(first)
    w.reject_current()
    assert w.current_item().key == second.key
    w.undo_stack.undo()
    assert w.current_item().key == first.key
    w.accept_current()
    assert fr.decision(first).verdict == Verdict.ACCEPTED
    assert fr.decision(second) is None


def test_undo_in_another_file_brings_that_file_back(qtbot, make_window, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("We saw teh cat.\n", "utf-8")
    w = make_window(checks=(TEH,))
    w.open_paths([str(tmp_path)])
    wait_checked(qtbot, w)
    first = w.current
    (it,) = _teh_items(first)
    w.select_item(it)
    w.accept_current()  # the last open issue here: the file stays (trial 19)...
    assert w.current is first
    w.next_file()  # ...and Ctrl+F8 goes on into the other file
    assert w.current is not first
    w.undo_stack.undo()
    assert w.current is first and w.current_item().key == it.key


def test_accept_all_safe_fixes_is_one_undo_step(qtbot, make_window, tmp_path):
    from tests.desktop.conftest import DOUBLE

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("We saw  teh cat  here.\n", "utf-8")
    w = make_window(checks=(TEH, DOUBLE))  # the doubled space is safe, "teh" is not
    w.open_paths([str(tmp_path)])
    wait_checked(qtbot, w)
    a, b = w.session.files
    w.act_safe_file_accept.trigger()
    assert a.corrected().text == "We saw teh cat here.\n" and b.open_count() == 3
    w.act_safe_batch_accept.trigger()
    assert b.corrected().text == "We saw teh cat here.\n"
    assert [f.open_count() for f in (a, b)] == [1, 1]  # "teh" waits for a look
    w.undo_stack.undo()
    assert b.open_count() == 3 and a.open_count() == 1
