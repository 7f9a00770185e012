"""Checking runs in the background: the UI keeps processing events, and Cancel stops it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from copydesk.checks.service import LANGUAGETOOL, ServiceState
from copydesk.checks.settings import LanguageToolSettings, Settings, load_settings
from tests.desktop.conftest import SLOW, TEH, wait_checked

pytestmark = pytest.mark.gui


def test_ui_stays_responsive_and_cancel_stops(qtbot, make_window, tmp_path):
    for n in range(150):
        (tmp_path / f"f{n:03}.txt").write_text(f"File {n} has teh typo.\n", "utf-8")
    w = make_window(checks=(SLOW,))  # 20 ms per file: 3 s for the batch
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    w.open_paths([str(tmp_path)])
    assert w.checking and w.progress.isVisible() and w.cancel_button.isVisible()
    # Results appear per file while the rest is still being checked.
    qtbot.waitUntil(lambda: sum(f.checked for f in w.session.files) >= 5, timeout=5000)
    assert w.checking
    assert w.current is not None and w.current.checked and w.current.items
    # The event loop keeps running while the worker checks: ten 10 ms ticks arrive long before
    # the 3 s batch ends, even on a loaded machine where a tick may come late.
    ticks_before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= ticks_before + 10, timeout=2000)
    assert w.checking
    done_before = sum(f.checked for f in w.session.files)
    w.cancel_button.click()
    wait_checked(qtbot, w, timeout=2000)
    timer.stop()
    done = sum(f.checked for f in w.session.files)
    assert done < 150 and done >= done_before
    assert not w.progress.isVisible()
    assert not any(f.checking for f in w.session.files)
    assert {str(f.state) for f in w.session.files} <= {"to review", "unchecked"}
    assert "cancelled" in w.statusBar().currentMessage()
    # F5 checks again, to the end.
    w.recheck_all()
    wait_checked(qtbot, w, timeout=10000)
    assert all(f.checked for f in w.session.files)


def test_languagetool_status_follows_the_monitor(qtbot, make_window, monkeypatch):
    # The grammar backend, once imported, sets warm_up; here the test drives the monitor alone.
    monkeypatch.setattr(LANGUAGETOOL, "warm_up", None)
    LANGUAGETOOL.set(ServiceState.NOT_STARTED)
    w = make_window()
    assert "not started" in w.lt_label.text()
    try:
        t = threading.Thread(target=LANGUAGETOOL.set, args=(ServiceState.STARTING, "warming"))
        t.start()
        t.join()
        qtbot.waitUntil(lambda: "starting" in w.lt_label.text(), timeout=2000)
        LANGUAGETOOL.set(ServiceState.UNAVAILABLE, "Java not found")
        qtbot.waitUntil(lambda: "unavailable" in w.lt_label.text(), timeout=2000)
        assert "Java not found" in w.lt_label.toolTip()
    finally:
        LANGUAGETOOL.set(ServiceState.NOT_STARTED)


def test_languagetool_off_and_settings_are_remembered(qtbot, make_window, tmp_path):
    (tmp_path / "s.txt").write_text("teh\n", "utf-8")
    w = make_window(checks=(TEH,))
    w.open_paths([str(tmp_path / "s.txt")])
    wait_checked(qtbot, w)
    w.apply_settings(Settings(ignore=["punct"], languagetool=LanguageToolSettings(enabled=False)))
    assert "off" in w.lt_label.text()
    wait_checked(qtbot, w)
    saved, warning = load_settings()
    assert warning is None
    assert saved.ignore == ["punct"] and not saved.languagetool.enabled


def test_warm_up_runs_on_a_worker(qtbot, make_window, monkeypatch):
    seen = []

    def warm(settings):
        seen.append(threading.current_thread() is threading.main_thread())
        return LANGUAGETOOL.set(ServiceState.READY)

    monkeypatch.setattr(LANGUAGETOOL, "warm_up", warm)
    try:
        w = make_window()
        qtbot.waitUntil(lambda: "ready" in w.lt_label.text(), timeout=3000)
        assert seen == [False]
    finally:
        LANGUAGETOOL.set(ServiceState.NOT_STARTED)


def test_settings_dialog_turns_checks_off(qtbot):
    from PySide6.QtCore import Qt

    from copydesk.desktop.dialogs import SettingsDialog

    dialog = SettingsDialog(Settings(), [TEH, SLOW], None)
    qtbot.addWidget(dialog)
    cat = dialog.tree.topLevelItem(0)
    assert cat.text(0) == "spelling" and cat.childCount() == 2
    cat.child(0).setCheckState(0, Qt.CheckState.Unchecked)
    dialog.languagetool.setChecked(False)
    result = dialog.result_settings()
    assert result.ignore == [cat.child(0).text(0)]
    assert not result.languagetool.enabled


def _slow_grammar(text, ctx):
    import time

    time.sleep(1.0)  # a grammar engine on a long file
    i = text.find("grammar")
    return [ctx.issue(i, 7, "engine finding")] if i >= 0 else []


def test_first_issues_show_while_the_grammar_engine_still_runs(qtbot, make_window, tmp_path):
    from copydesk.checks.model import Category
    from copydesk.checks.registry import Check

    slow = Check("test.engine", Category.GRAMMAR, "d", _slow_grammar, yields_to_cleanup=True)
    (tmp_path / "long.txt").write_text("One teh typo and a grammar slip.\n", "utf-8")
    w = make_window(checks=(slow, TEH))
    w.open_paths([str(tmp_path / "long.txt")])
    qtbot.waitUntil(lambda: bool(w.session.files[0].items), timeout=900)
    f = w.session.files[0]
    assert w.checking and str(f.state) == "checking"
    assert [it.issue.rule for it in f.items] == ["test.teh"]
    wait_checked(qtbot, w, timeout=5000)
    assert [it.issue.rule for it in f.items] == ["test.teh", "test.engine"]
    assert str(f.state) == "to review"


def test_settings_dialog_keeps_an_ignored_sub_rule_and_its_check_ticked(qtbot):
    from PySide6.QtCore import Qt

    from copydesk.desktop.dialogs import SettingsDialog

    sub_rule = f"{TEH.id}.SpellCheck"
    dialog = SettingsDialog(Settings(ignore=[sub_rule]), [TEH, SLOW], None)
    qtbot.addWidget(dialog)
    cat = dialog.tree.topLevelItem(0)
    items = {cat.child(j).text(0): cat.child(j) for j in range(cat.childCount())}
    assert items[TEH.id].checkState(0) == Qt.CheckState.Checked
    assert dialog.result_settings().ignore == [sub_rule]
    items[TEH.id].setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.result_settings().ignore == [TEH.id]


def test_settings_dialog_has_the_languagetool_server_and_folder(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from copydesk.desktop.dialogs import SettingsDialog

    base = Settings()
    base.languagetool.server_url = "http://127.0.0.1:8081"
    dialog = SettingsDialog(base, [TEH, SLOW], None)
    qtbot.addWidget(dialog)
    assert dialog.lt_url.text() == "http://127.0.0.1:8081"  # shows what is saved
    dialog.lt_url.setText("  http://lt.example.org:8010 ")
    dialog.lt_folder.setText(str(tmp_path))
    dialog.lt_public.setChecked(True)
    result = dialog.result_settings()
    assert result.languagetool.server_url == "http://lt.example.org:8010"
    assert result.languagetool.path == str(tmp_path)
    assert result.languagetool.allow_public_api is True
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.lt_url.setText("lt.example.org")  # not a URL: OK is refused with a reason
    assert not ok.isEnabled() and "http://" in dialog.problem.text()
    dialog.lt_url.setText("")
    assert ok.isEnabled()


def test_a_decision_during_a_folder_check_waits_for_it_instead_of_restarting_it(
    qtbot, make_window, tmp_path
):
    for n in range(150):
        (tmp_path / f"f{n:03}.txt").write_text(f"File {n} has teh typo.\n", "utf-8")
    w = make_window(checks=(SLOW,))  # 20 ms per file: 3 s for the batch
    w.open_paths([str(tmp_path)])
    qtbot.waitUntil(lambda: sum(f.checked for f in w.session.files) >= 5, timeout=5000)
    job = w.job
    fr = w.current
    assert job is not None and fr is not None and fr.checked and fr.items
    w.issue_panel.select_key(fr.items[0].key)
    w.accept_current()
    qtbot.wait(800)  # past the decision's re-check delay
    assert w.job is job  # the folder's check goes on, not cancelled and restarted
    assert id(fr) in w._pending_recheck
    wait_checked(qtbot, w, timeout=15000)
    # Once it ends, the decided file is checked again as its fix leaves it.
    qtbot.waitUntil(lambda: id(fr) not in w._pending_recheck and not w.checking, timeout=5000)
    assert "has the typo" in fr.corrected().text
    assert all(f.checked for f in w.session.files)
