"""The window takes the keyboard back once per dialog closed, however often the dialog had focus."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

pytestmark = pytest.mark.gui


def test_focus_back_runs_once_per_show(qtbot, make_window, monkeypatch):
    w = make_window()
    dialog = QDialog(w)
    qtbot.addWidget(dialog)
    runs: list[int] = []
    monkeypatch.setattr(w, "_take_focus_back", lambda: runs.append(1))
    for shown in range(1, 3):
        dialog.show()
        qtbot.waitUntil(lambda: dialog.windowHandle() is not None and dialog.isVisible())
        handle = dialog.windowHandle()
        assert handle.transientParent() is w.windowHandle()
        # The dialog takes the keyboard several times while open (a field, a message box).
        for _ in range(3):
            w._on_focus_window(handle)
        dialog.hide()
        qtbot.wait(20)
        assert len(runs) == shown
