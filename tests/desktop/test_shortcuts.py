"""Issue 14 item 15: keys for rule decisions and the next file, accelerators, safe defaults."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from copydesk.desktop.main_window import MainWindow
from tests.desktop.conftest import wait_checked

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)


def _open(qtbot, make_window, tmp_path, texts):
    for name, text in texts.items():
        (tmp_path / name).write_text(text, "utf-8")
    w = make_window()
    w.open_paths([tmp_path / n for n in texts])
    wait_checked(qtbot, w)
    return w


def _accelerator(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 else None


def test_rule_decisions_and_next_file_have_keys(qtbot, make_window, tmp_path):
    w = _open(qtbot, make_window, tmp_path, {
        "a.txt": "teh one, teh two.\n", "b.txt": "teh three.\n", "c.txt": "teh four  x.\n",
    })  # fmt: skip
    a, b, c = w.session.files
    w.issue_panel.table.setFocus()
    w.issue_panel.select_key(a.items[0].key)
    qtbot.keyClick(w.issue_panel.table, Qt.Key.Key_Return, CTRL | SHIFT)  # rule in this file
    assert a.open_count() == 0 and b.open_count() == 1
    qtbot.keyClick(w, Qt.Key.Key_Z, CTRL)
    assert a.open_count() == 2
    w.issue_panel.select_key(a.items[0].key)
    qtbot.keyClick(w.issue_panel.table, Qt.Key.Key_Backspace, CTRL | SHIFT)
    assert a.open_count() == 0 and str(a.status(a.items[0])) == "rejected"
    qtbot.keyClick(w, Qt.Key.Key_Z, CTRL)
    w._select_file(a)
    w.issue_panel.select_key(a.items[0].key)
    qtbot.keyClick(w.issue_panel.table, Qt.Key.Key_Return, ALT | SHIFT)  # rule in all files
    assert [f.open_count() for f in (a, b, c)] == [0, 0, 1]
    qtbot.keyClick(w, Qt.Key.Key_Z, CTRL)
    w.issue_panel.select_key(a.items[0].key)
    qtbot.keyClick(w.issue_panel.table, Qt.Key.Key_Backspace, ALT | SHIFT)
    assert [f.open_count() for f in (a, b, c)] == [0, 0, 1]
    # Ctrl+F8: the next file with open issues, wrapping past the end.
    qtbot.keyClick(w, Qt.Key.Key_Z, CTRL)
    w._select_file(a)
    qtbot.keyClick(w, Qt.Key.Key_F8, CTRL)
    assert w.current is b
    qtbot.keyClick(w, Qt.Key.Key_F8, CTRL)
    assert w.current is c
    qtbot.keyClick(w, Qt.Key.Key_F8, CTRL)
    assert w.current is a and w.current_item() is a.items[0]
    qtbot.keyClick(w, Qt.Key.Key_F8, CTRL | SHIFT)
    assert w.current is c


def test_no_two_menus_share_an_accelerator(qtbot, make_window):
    w = make_window()
    tops = [a for a in w.menuBar().actions() if a.menu() is not None]
    letters = [_accelerator(a.text()) for a in tops]
    assert None not in letters and len(set(letters)) == len(letters), letters
    for top in tops:
        inside = [_accelerator(a.text()) for a in top.menu().actions() if not a.isSeparator()]
        given = [x for x in inside if x is not None]
        assert len(set(given)) == len(given), (top.text(), given)


def test_save_over_original_defaults_to_no(qtbot, make_window, tmp_path):
    w = _open(qtbot, make_window, tmp_path, {"a.txt": "teh one.\n"})
    w.ask = MainWindow.ask.__get__(w)  # the real question, not the fixture's answer
    w.issue_panel.select_key(w.current.items[0].key)
    w.accept_current()
    seen = []

    def answer_with_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_with_enter)
            return
        seen.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default

    QTimer.singleShot(20, answer_with_enter)
    assert w.save_over_original() is False
    assert seen == [True]
    assert (tmp_path / "a.txt").read_text("utf-8") == "teh one.\n"


def test_message_bar_clears_after_a_save(qtbot, make_window, tmp_path):
    w = _open(qtbot, make_window, tmp_path, {"a.txt": "teh one.\n"})
    w.message_bar.set_note("")  # a LanguageTool line, when none runs here, is not a message
    w.message_bar.show_messages(["Output folder not changed: something earlier"])
    assert w.message_bar.isVisible()
    w.output_dir = tmp_path / "out"
    assert w.save_all()
    assert not w.message_bar.isVisible() and w.message_bar.label.text() == ""
