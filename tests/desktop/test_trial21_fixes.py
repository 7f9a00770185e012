"""Trial 21 (a newsroom copy editor's trial): encodings, skipped files, the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.desktop.conftest import wait_checked

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_save_its_encoding_cannot_store_offers_save_as_utf8(qtbot, make_window, tmp_path):
    # The bar said "save as UTF-8 instead" and nothing offered it.
    src = tmp_path / "in"
    src.mkdir()
    text = "The café in Varnholt charges £3 a cup.\n"
    (src / "a.txt").write_bytes(text.encode("cp1252"))
    w = make_window()
    w.output_dir = tmp_path / "out"
    w.open_paths([str(src / "a.txt")])
    wait_checked(qtbot, w)
    fr = w.current
    at = fr.text.index("Varnholt")
    fr.replace_text(at, len("Varnholt"), "Vőrnholt")
    assert not w.save_current()
    bar = w.message_bar
    assert "cp1252 cannot store" in bar.label.text()
    assert bar.action.isVisible() and bar.action.text() == "Save as UTF-8"
    qtbot.mouseClick(bar.action, Qt.MouseButton.LeftButton)
    assert (tmp_path / "out" / "a.txt").read_bytes() == text.replace(
        "Varnholt", "Vőrnholt"
    ).encode()
    assert not bar.action.isVisible() and not fr.dirty
    assert "Saved 1 file(s)" in w.statusBar().currentMessage()


def test_a_save_refused_for_another_reason_offers_no_utf8_button(qtbot, make_window, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes("The café in Varnholt, teh end.\n".encode("cp1252"))
    blocker = tmp_path / "blocker"
    blocker.write_text("x", "utf-8")
    w = make_window()
    w.output_dir = blocker / "out"
    w.open_paths([str(src / "a.txt")])
    wait_checked(qtbot, w)
    w.current.replace_text(0, 3, "Thé")
    assert not w.save_current()
    assert w.message_bar.isVisible() and not w.message_bar.action.isVisible()


def test_documents_in_an_opened_folder_are_named_on_the_message_bar(qtbot, make_window, tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_text("The  harbour reopened, teh port said.\n", "utf-8")
    (folder / "story.docx").write_bytes(b"PK\x03\x04" + bytes(40))
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    w = make_window()
    w.open_paths([str(folder)])
    wait_checked(qtbot, w)
    assert [f.name for f in w.session.files] == ["a.txt"]
    text = w.message_bar.label.text()
    assert text.count("document(s) in the folder not checked") == 1
    assert "notes.pdf" in text and "story.docx" in text


def test_tracked_changes_show_the_editors_typed_edits(qtbot, make_window, tmp_path):
    # Ctrl+2 showed the accepted fixes only, not what was typed with Ctrl+T.
    from copydesk.checks.tracked import TYPED_RULE, Mark
    from copydesk.desktop.changes_view import TextMode

    p = tmp_path / "t.txt"
    p.write_text("The ferry to Quellby left teh pier.\n", "utf-8")
    w = make_window()
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    w.activateWindow()
    fr = w.current
    qtbot.keyClick(w, Qt.Key.Key_T, CTRL)
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(w.view, "Late")
    assert fr.text.endswith("pier.\nLate")
    qtbot.keyClick(w, Qt.Key.Key_T, CTRL)
    qtbot.keyClick(w, Qt.Key.Key_2, CTRL)
    assert w.text_mode == TextMode.TRACKED
    typed = [(r.mark, r.text) for r in w.changes_view.runs if r.rule == TYPED_RULE]
    assert typed == [(Mark.INSERTED, "Late")]
    assert "Late" in w.changes_view.toPlainText()


def test_the_status_bar_and_the_closing_question_count_the_same_unsaved_files(
    qtbot, make_window, tmp_path
):
    # Trial 21: "1 unsaved" on the status bar, "3 file(s) have decisions that are not
    # saved" on closing, after copies of a reviewed folder were opened elsewhere.
    first, second = tmp_path / "early", tmp_path / "late"
    first.mkdir()
    second.mkdir()
    texts = {f"{n}.txt": f"Ask teh miller of Quellby {n}.\n" for n in ("a", "b", "c")}
    for name, text in texts.items():
        (first / name).write_text(text, "utf-8")
    w = make_window()
    w.open_paths([str(first)])
    wait_checked(qtbot, w)
    for fr in w.session.files:
        w._select_file(fr)
        [teh] = [it for it in fr.items if it.issue.rule == "test.teh"]
        w.issue_panel.select_key(teh.key)
        w.accept_current("the")
    w.output_dir = tmp_path / "early-out"
    assert w.save_all() and "unsaved" not in w.counts_label.text()
    assert w.close_batch()

    for name, text in texts.items():
        (second / name).write_text(text, "utf-8")  # the same texts, elsewhere
    w.open_paths([str(second)])
    wait_checked(qtbot, w)
    w.current.replace_text(0, 3, "Do ask")  # one file changed by hand as well
    w._update_counts()
    asked: list[int] = []
    w.ask_unsaved = lambda count: asked.append(count) or "cancel"
    assert not w.close_batch()
    assert asked == [3] and "· 3 unsaved" in w.counts_label.text()
    w.ask_unsaved = lambda count: "discard"
    w.output_dir = tmp_path / "late-out"
    assert w.save_all()
    assert "unsaved" not in w.counts_label.text() and w.unsaved() == []
