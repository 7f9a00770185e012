"""Problems a fourth new-user trial of the window found, each pinned by a test."""

from __future__ import annotations

import pytest

from copydesk.checks.service import LANGUAGETOOL, ServiceState
from copydesk.desktop import window_saving
from tests.desktop.conftest import TEH, wait_checked

pytestmark = pytest.mark.gui


def _folders(tmp_path):
    a, b = tmp_path / "monday", tmp_path / "tuesday"
    for folder in (a, b):
        folder.mkdir()
        (folder / "story.txt").write_text("We saw teh cat.\n", "utf-8")
    return a, b


def _choose(monkeypatch, w, out) -> None:
    monkeypatch.setattr(window_saving.QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    w.choose_output_dir()


def test_an_output_folder_chosen_for_one_folder_is_not_used_for_another(
    qtbot, make_window, monkeypatch, tmp_path
):
    # Monday's batch went to a chosen folder; Tuesday's, opened in a new window, was
    # saved there too (the folder was remembered for every batch, even once deleted).
    monday, tuesday = _folders(tmp_path)
    w = make_window(checks=(TEH,))
    w.open_paths([str(monday)])
    wait_checked(qtbot, w)
    _choose(monkeypatch, w, tmp_path / "monday-out")
    assert w.effective_output_dir() == tmp_path / "monday-out"

    later = make_window(checks=(TEH,))
    later.open_paths([str(tuesday)])
    wait_checked(qtbot, later)
    assert later.effective_output_dir() == tmp_path / "tuesday-corrected"
    later.save_all()
    assert (tmp_path / "tuesday-corrected" / "story.txt").is_file()
    assert not (tmp_path / "monday-out").exists()

    # Monday's folder opened again still goes where the editor chose for it.
    again = make_window(checks=(TEH,))
    again.open_paths([str(monday)])
    wait_checked(qtbot, again)
    assert again.effective_output_dir() == tmp_path / "monday-out"


def test_a_new_batch_does_not_keep_the_last_batchs_output_folder(
    qtbot, make_window, monkeypatch, tmp_path
):
    monday, tuesday = _folders(tmp_path)
    w = make_window(checks=(TEH,))
    w.open_paths([str(monday)])
    wait_checked(qtbot, w)
    _choose(monkeypatch, w, tmp_path / "monday-out")
    assert w.close_batch()
    w.open_paths([str(tuesday)])
    wait_checked(qtbot, w)
    assert w.effective_output_dir() == tmp_path / "tuesday-corrected"


def test_a_folder_with_no_readable_file_lists_every_problem(qtbot, make_window, tmp_path):
    # The empty file has no row in the list: its line was replaced by the first
    # unreadable file's own line as soon as that file was shown.
    (tmp_path / "empty.txt").write_text("", "utf-8")
    (tmp_path / "photo.txt").write_bytes(bytes(range(256)) * 4)
    w = make_window(checks=(TEH,))
    w.open_paths([str(tmp_path)])
    messages = w.message_bar.messages
    assert len(messages) == 2
    assert any("empty.txt" in m for m in messages) and any("photo.txt" in m for m in messages)


def test_an_unreadable_file_is_not_shown_as_an_empty_window(qtbot, make_window, tmp_path):
    (tmp_path / "photo.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "good.txt").write_text("We saw teh cat.\n", "utf-8")
    w = make_window(checks=(TEH,))
    assert w.view.placeholderText().startswith("Open files")
    w.open_paths([str(tmp_path)])
    wait_checked(qtbot, w)
    photo = next(f for f in w.session.files if f.doc is None)
    w.show_file(photo)
    assert "photo.txt could not be read" in w.view.placeholderText()
    w.show_file(next(f for f in w.session.files if f.doc is not None))
    assert w.view.placeholderText().startswith("Open files")


def test_why_languagetool_is_unavailable_is_said_in_the_message_bar(
    qtbot, make_window, monkeypatch, tmp_path
):
    monkeypatch.setattr(LANGUAGETOOL, "warm_up", None)
    LANGUAGETOOL.set(ServiceState.NOT_STARTED)
    w = make_window(checks=(TEH,))
    try:
        LANGUAGETOOL.set(ServiceState.UNAVAILABLE, "LanguageTool 6.8 is not installed")
        qtbot.waitUntil(lambda: "unavailable" in w.lt_label.text(), timeout=2000)
        shown = w.message_bar.label.text()
        assert "not installed" in shown and "the other checks still run" in shown
        assert not w.message_bar.isHidden()
        # It stays when a folder's lines come (LanguageTool fails first, at start-up).
        (tmp_path / "photo.txt").write_bytes(bytes(range(256)) * 4)
        w.open_paths([str(tmp_path)])
        shown = w.message_bar.label.text()
        assert "photo.txt" in shown and "not installed" in shown
        # Said once: dismissed, the next status of the same kind does not bring it back.
        w.message_bar.dismiss()
        LANGUAGETOOL.set(ServiceState.UNAVAILABLE, "LanguageTool 6.8 is not installed")
        qtbot.wait(50)
        assert w.message_bar.isHidden()
    finally:
        LANGUAGETOOL.set(ServiceState.NOT_STARTED)


def test_the_languagetool_line_stays_while_retried_and_goes_once_it_runs(
    qtbot, make_window, monkeypatch
):
    monkeypatch.setattr(LANGUAGETOOL, "warm_up", None)
    w = make_window(checks=(TEH,))
    try:
        LANGUAGETOOL.set(ServiceState.UNAVAILABLE, "Java not found")
        qtbot.waitUntil(lambda: "Java not found" in w.message_bar.label.text(), timeout=2000)
        # A check that tries again (starting, unavailable) keeps the line, said once.
        LANGUAGETOOL.set(ServiceState.STARTING)
        qtbot.waitUntil(lambda: "starting" in w.lt_label.text(), timeout=2000)
        assert "Java not found" in w.message_bar.label.text()
        LANGUAGETOOL.set(ServiceState.UNAVAILABLE, "Java not found")
        qtbot.waitUntil(lambda: "unavailable" in w.lt_label.text(), timeout=2000)
        assert w.message_bar.label.text().count("Java not found") == 1
        LANGUAGETOOL.set(ServiceState.READY)
        qtbot.waitUntil(lambda: "ready" in w.lt_label.text(), timeout=2000)
        assert w.message_bar.isHidden() and "Java" not in w.message_bar.label.text()
        # Running once, a failure after it is said again.
        LANGUAGETOOL.set(ServiceState.UNAVAILABLE, "server went away")
        qtbot.waitUntil(lambda: "server went away" in w.message_bar.label.text(), timeout=2000)
    finally:
        LANGUAGETOOL.set(ServiceState.NOT_STARTED)
