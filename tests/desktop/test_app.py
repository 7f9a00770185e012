"""``copydesk.desktop.app.main`` opens the window on the given paths and returns an exit code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from copydesk.desktop.app import main
from copydesk.desktop.main_window import MainWindow

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


def test_smoke_test_mode_reports_and_quits(qtbot, tmp_path, capsys):
    (tmp_path / "x.txt").write_text("One.\n\n\n\nTwo.\n", "utf-8")
    assert main([str(tmp_path / "x.txt")], smoke_test=True) == 0
    assert "smoke test: 1 file(s) opened, 1 issue(s) listed" in capsys.readouterr().out


def test_smoke_test_mode_fails_when_nothing_is_listed(qtbot, tmp_path, capsys):
    (tmp_path / "clean.txt").write_text("Nothing to fix here.\n", "utf-8")
    assert main([str(tmp_path / "clean.txt")], smoke_test=True) == 1


def test_about_box_names_the_versions(qtbot):
    import PySide6

    from copydesk.checks import __version__

    window = MainWindow()
    qtbot.addWidget(window)
    text = window.about_html()
    assert f"{__version__} (MIT licence)" in text
    assert PySide6.__version__ in text and "harper" in text.lower()
    assert "LanguageTool" in text
