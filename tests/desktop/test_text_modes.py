"""Issue 14 item 6: the text pane toggles between original, tracked changes and corrected text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from copydesk.desktop.changes_view import TextMode
from tests.desktop.conftest import wait_checked


def _window_with_fix(qtbot, make_window, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("We saw teh cat and  teh dog.\n", "utf-8")
    window = make_window()
    window.open_paths([path])
    wait_checked(qtbot, window)
    return window


def test_tracked_and_corrected_views_follow_decisions_and_undo(qtbot, make_window, tmp_path):
    window = _window_with_fix(qtbot, make_window, tmp_path)
    assert window.text_stack.currentWidget() is window.view
    window.issue_panel.select_key(window.current.items[0].key)
    window.accept_current()  # teh -> the, the first one
    # Ctrl+2 (View › Tracked Changes) shows the tracked text in place of the original.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.text_mode == TextMode.TRACKED
    assert window.mode_actions[TextMode.TRACKED].isChecked()
    assert window.mode_combo.currentText() == "Tracked changes"
    assert window.text_stack.currentWidget() is window.changes_view
    assert window.changes_view.isVisible() and not window.view.isVisible()
    assert window.changes_view.toPlainText().rstrip() == "We saw tehthe cat and  teh dog."
    assert "line-through" in window.changes_view.toHtml()
    # A decision taken while the tracked view shows is drawn at once.
    window.decide_rule(True, batch=False, rule="test.double-space")
    assert window.changes_view.toPlainText().rstrip() == "We saw tehthe cat and ·teh dog."
    # Undo takes it out of the view again.
    window.undo_stack.undo()
    assert window.changes_view.toPlainText().rstrip() == "We saw tehthe cat and  teh dog."
    # The toolbar combo picks the clean corrected text.
    window.mode_combo.activated.emit(2)
    assert window.text_mode == TextMode.CORRECTED
    assert window.mode_actions[TextMode.CORRECTED].isChecked()
    assert window.changes_view.toPlainText() == "We saw the cat and  teh dog.\n"
    window.undo_stack.undo()
    assert window.changes_view.toPlainText() == "We saw teh cat and  teh dog.\n"
    # Ctrl+1 goes back to the original with its highlights.
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.text_stack.currentWidget() is window.view and window.view.isVisible()


def test_edit_mode_goes_back_to_the_original(qtbot, make_window, tmp_path):
    window = _window_with_fix(qtbot, make_window, tmp_path)
    window.set_text_mode(TextMode.CORRECTED)
    window.act_edit_text.trigger()
    assert window.text_mode == TextMode.ORIGINAL
    assert window.text_stack.currentWidget() is window.view and not window.view.isReadOnly()


def test_view_menu_lists_the_three_modes(qtbot, make_window):
    window = make_window()
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View"
    )
    texts = [a.text().replace("&", "") for a in view_menu.actions() if a.isCheckable()]
    assert texts[:3] == ["Original with Issues", "Tracked Changes", "Corrected Text"]
    assert [window.mode_actions[m].shortcut().toString() for m in TextMode] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
    ]
