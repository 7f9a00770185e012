"""Issue 14 items 1 and 5: decisions and typed text autosaved; a killed window loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt

from copydesk.checks.decisions import Verdict
from tests.desktop.conftest import wait_checked

ROOT = Path(__file__).resolve().parents[2]
TEXT = "We saw teh cat.  It ran to teh door.\n"

# A real window in its own process: accept one fix, reject one, type a word, then
# say so and wait to be killed.
DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from copydesk.checks.engine import Engine
    from copydesk.checks.settings import Settings
    from copydesk.desktop.main_window import MainWindow
    from tests.desktop.conftest import DOUBLE, TEH

    app = QApplication([])
    w = MainWindow(Settings(), engine_factory=lambda s: Engine(s, checks=[TEH, DOUBLE]))
    w.show()
    w.open_paths([sys.argv[1]])

    def review():
        if w.checking:
            QTimer.singleShot(50, review)
            return
        fr = w.current
        teh = [it for it in fr.items if it.issue.rule == "test.teh"]
        w.issue_panel.select_key(teh[0].key)
        w.accept_current()
        w.issue_panel.select_key(teh[1].key)
        w.reject_current()
        w.act_edit_text.setChecked(True)
        w.toggle_edit_mode()
        w.view.moveCursor(QTextCursor.MoveOperation.End)
        QTest.keyClicks(w.view, "Then it slept.")
        QTest.keyClick(w.view, Qt.Key.Key_Return)
        QTimer.singleShot(100, when_saved)

    def when_saved():
        # Ready once the re-check after typing is in and its draft written.
        if w.checking or w._recheck_timer.isActive() or w._autosave_timer.isActive():
            QTimer.singleShot(100, when_saved)
            return
        print("ready", flush=True)

    QTimer.singleShot(50, review)
    app.exec()
    """
)


def test_killed_window_loses_no_decision_or_typed_text(qtbot, make_window, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, "utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(path)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        os.kill(proc.pid, signal.SIGKILL)  # no closeEvent, no save: a crash
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert path.read_text("utf-8") == TEXT  # the original is untouched

    w = make_window()
    w.open_paths([path])
    wait_checked(qtbot, w)
    fr = w.current
    assert fr.text == TEXT + "Then it slept.\n"
    verdicts = sorted(str(fr.decision(it).verdict) for it in fr.items if fr.decision(it))
    assert verdicts == [Verdict.ACCEPTED, Verdict.REJECTED]
    assert fr.dirty and "recovered from its draft" in w.message_bar.label.text()
    # Saving writes the recovered work; the typed text stays for the next reopen (item 1).
    w.output_dir = tmp_path / "out"
    assert w.save_all()
    assert (tmp_path / "out" / "a.txt").read_text("utf-8") == (
        "We saw the cat.  It ran to teh door.\nThen it slept.\n"
    )
    w.autosave()
    again = make_window()
    again.open_paths([path])
    wait_checked(qtbot, again)
    assert again.current.text == TEXT + "Then it slept.\n" and not again.current.dirty


def test_discarding_on_close_drops_the_draft(qtbot, make_window, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, "utf-8")
    w = make_window()
    w.open_paths([path])
    wait_checked(qtbot, w)
    w.issue_panel.select_key(w.current.items[0].key)
    w.accept_current()
    assert w.autosave() == 1
    w.close()  # the fixture answers "discard"
    again = make_window()
    again.open_paths([path])
    wait_checked(qtbot, again)
    assert not any(again.current.decision(it) for it in again.current.items)
    assert not again.current.dirty
    qtbot.keyClick(again, Qt.Key.Key_F8)
