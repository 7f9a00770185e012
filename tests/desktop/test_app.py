"""``desktop.app.main`` opens the window on the paths it is given and returns an exit code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import main
from desktop.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_main_opens_paths_and_returns(qtbot, tmp_path):
    (tmp_path / "x.txt").write_text("One.\n\n\n\nTwo.\n", "utf-8")
    app = QApplication.instance()
    seen = []

    def close_when_checked():
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].session.files and not windows[0].checking:
            seen.append([f.path.name for f in windows[0].session.files])
            windows[0].close()
        else:
            QTimer.singleShot(50, close_when_checked)

    QTimer.singleShot(50, close_when_checked)
    assert main([str(tmp_path)]) == 0
    assert seen == [["x.txt"]]
