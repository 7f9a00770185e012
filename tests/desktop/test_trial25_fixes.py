"""Trial 25 (a new copy editor's trial): the selection after a decision while results arrive."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import regex
from PySide6.QtCore import Qt

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import Check
from tests.desktop.conftest import TEH, wait_checked, wait_rechecked

CTRL = Qt.KeyboardModifier.ControlModifier

# The grammar engine's answer is held back while ``_GATE`` is clear: the window has the
# early result (our own passes) and waits for the engine's, as it does for LanguageTool.
_GATE = threading.Event()
_ENTERED = threading.Event()
_SETTLED = threading.Event()  # set: the engine no longer flags the verb (a fix settled it)


def _late_engine(text: str, ctx: CheckContext) -> Iterator[Issue]:
    _ENTERED.set()
    assert _GATE.wait(20)
    if _SETTLED.is_set():
        return
    for m in regex.finditer(r"\bzorble\b", text):
        yield ctx.issue(m.start(), 6, "Unknown verb “zorble”", ["sort"])


ENGINE = Check(
    "test.engine", Category.GRAMMAR, "a slow grammar engine", _late_engine, yields_to_cleanup=True
)


def _open_held(qtbot, make_window, tmp_path):
    _GATE.set()
    _SETTLED.clear()
    p = tmp_path / "mill.txt"
    text = "The Mill\nAsk teh miller.\nThe wheel turns.\nWe zorble the grain.\nThen teh baker.\n"
    p.write_text(text, "utf-8")
    w = make_window(checks=(TEH, ENGINE))
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    w.activateWindow()
    return w, w.current


def _hold_engine() -> None:
    """Hold the engine's next answer back until the early result has been taken."""
    _ENTERED.clear()
    _GATE.clear()


def _wait_early(qtbot, w, fr) -> None:
    qtbot.waitUntil(_ENTERED.is_set, timeout=20000)
    qtbot.wait(200)  # the early result, posted before the engine began, is taken
    assert fr.checking


@pytest.mark.parametrize("overlap", [False, True], ids=["engines-after", "engines-beside"])
def test_after_accept_the_next_issue_stays_selected_while_the_engine_answers(
    qtbot, make_window, tmp_path, monkeypatch, overlap
):
    """Trial 25: after the first decision the next issue (the engine's, on line 4) left the
    list while the file was re-checked and nothing was selected, even after it came back:
    Ctrl+Enter did nothing.  It stays listed and selected throughout, whether the engines
    run after our passes or on a thread beside them."""
    import copydesk.checks.engine as engine_module

    monkeypatch.setattr(engine_module.Engine, "overlap_engines", overlap)
    monkeypatch.setattr(engine_module, "spare_core", lambda: True)
    w, fr = _open_held(qtbot, make_window, tmp_path)
    assert [it.issue.rule for it in fr.items] == ["test.teh", "test.engine", "test.teh"]
    qtbot.keyClick(w, Qt.Key.Key_F8)
    assert w.current_item().issue.rule == "test.teh"
    try:
        _hold_engine()
        qtbot.keyClick(w.issue_panel.table, Qt.Key.Key_Return, CTRL)
        assert fr.corrected().text.startswith("The Mill\nAsk the miller.")
        _wait_early(qtbot, w, fr)
        # While the engine is still at work its issue is still listed, and still selected.
        assert [it.issue.rule for it in fr.items] == ["test.teh", "test.engine", "test.teh"]
        assert w.current_item() is not None and w.current_item().issue.rule == "test.engine"
        assert w.issue_panel.proxy.rowCount() == 3
    finally:
        _GATE.set()
    wait_rechecked(qtbot, w)
    assert w.current_item() is not None and w.current_item().issue.rule == "test.engine"
    qtbot.keyClick(w.issue_panel.table, Qt.Key.Key_Return, CTRL)  # decides the one shown
    wait_rechecked(qtbot, w)
    assert "We sort the grain." in fr.corrected().text
    assert w.current_item().issue.rule == "test.teh" and fr.open_count() == 1


def test_an_issue_the_late_results_no_longer_find_hands_the_selection_on(
    qtbot, make_window, tmp_path
):
    """The engine's issue selected after a decision is not found again once the engine
    answers (the fix before it settled it): the next open issue is selected, not none."""
    w, fr = _open_held(qtbot, make_window, tmp_path)
    qtbot.keyClick(w, Qt.Key.Key_F8)
    try:
        _hold_engine()
        _SETTLED.set()
        qtbot.keyClick(w.issue_panel.table, Qt.Key.Key_Return, CTRL)
        _wait_early(qtbot, w, fr)
        assert w.current_item().issue.rule == "test.engine"
    finally:
        _GATE.set()
    wait_rechecked(qtbot, w)
    assert [it.issue.rule for it in fr.items] == ["test.teh", "test.teh"]
    it = w.current_item()
    assert it is not None and fr.position(it.issue)[0] == 5 and fr.is_open(it)
    qtbot.keyClick(w.issue_panel.table, Qt.Key.Key_Return, CTRL)
    assert fr.open_count() == 0


def _click_file(qtbot, w, row: int) -> None:
    view = w.file_view
    rect = view.visualRect(w.files_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_file_chosen_in_the_list_has_its_first_open_issue_selected(qtbot, make_window, tmp_path):
    """Trial 25: a click on a file selected no issue, so Ctrl+Enter did nothing until F8.
    The file's first open issue is selected, as F8 would; the window's own moves to a
    file (F8 on into the next file) select the issue they go to, not the first."""
    (tmp_path / "a.txt").write_text("Ask teh miller.\n", "utf-8")
    (tmp_path / "b.txt").write_text("A  calm day.\nThen teh baker.\nAnd teh cook.\n", "utf-8")
    w = make_window()
    w.open_paths([str(tmp_path)])
    wait_checked(qtbot, w)
    w.activateWindow()
    a, b = w.session.files
    assert w.current is a and w.current_item() is None  # opened: F8 selects the first
    _click_file(qtbot, w, 1)
    assert w.current is b and w.current_item().issue.rule == "test.double-space"
    qtbot.keyClick(w.issue_panel.table, Qt.Key.Key_Return, CTRL)
    assert w.current_item().issue.rule == "test.teh"  # decided, then on to the next
    _click_file(qtbot, w, 0)
    assert w.current is a and w.current_item().issue.rule == "test.teh"
    w.issue_panel.select_key(a.items[0].key)
    qtbot.keyClick(w, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # back: b's last
    assert w.current is b and b.position(w.current_item().issue)[0] == 3
