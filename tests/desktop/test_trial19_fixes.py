"""Trial 19 (a new copy editor's trial): the review window's and the report's mends."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt

from tests.desktop.conftest import wait_checked

CTRL = Qt.KeyboardModifier.ControlModifier


def _csv_rows(path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8"))))


def test_the_report_records_what_the_editor_typed(qtbot, make_window, tmp_path):
    """A Ctrl+T edit is a change of the saved copy: the report lists it as its own row,
    and a fix the editor then typed over is recorded by what the text holds."""
    p = tmp_path / "t.txt"
    p.write_text("Ask teh miller.\nThe pond froze  early.\n", "utf-8")
    w = make_window()
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    w.activateWindow()
    fr = w.current
    [teh] = [it for it in fr.items if it.issue.rule == "test.teh"]
    w.issue_panel.select_key(teh.key)
    w.accept_current()  # "the"
    qtbot.keyClick(w, Qt.Key.Key_T, CTRL)
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(w.view, "Nobody skated.")
    # Type over the accepted fix: "teh" becomes "our" by hand.
    cursor = w.view.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(7, cursor.MoveMode.KeepAnchor)
    w.view.setTextCursor(cursor)
    qtbot.keyClicks(w.view, "our")
    assert fr.text.startswith("Ask our miller.")
    out = tmp_path / "r.csv"
    assert w.export_report(out)
    typed = [r for r in _csv_rows(out) if r["outcome"] == "typed"]
    assert [(r["line"], r["before"], r["after"]) for r in typed] == [
        ("1", "teh", "our"),
        ("3", "", "Nobody skated."),
    ]
    assert typed[0]["rule"] == "typed" and typed[0]["typed"] == "our"
    # The double space is left open: its row holds the real characters, not symbols.
    [double] = [r for r in _csv_rows(out) if r["rule"] == "test.double-space"]
    assert (double["before"], double["suggested"]) == ("  ", " ")


def test_save_copies_an_empty_file_as_fix_does(qtbot, make_window, tmp_path):
    """`fix` copies an empty input as it is, so the output folder mirrors the input; the
    window's save does the same (one function in the review layer does it for both)."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "note.txt").write_text("Ask teh miller.\n", "utf-8")
    (d / "blank.txt").write_bytes(b"")
    w = make_window()
    w.open_paths([str(d)])
    wait_checked(qtbot, w)
    assert [f.name for f in w.session.files] == ["note.txt"]
    w.output_dir = tmp_path / "out"
    assert w.save_all()
    assert (tmp_path / "out" / "blank.txt").read_bytes() == b""
    assert "1 empty file(s) copied as they are" in w.statusBar().currentMessage()


def test_a_cut_suggestion_shows_the_part_that_differs(qtbot, make_window):
    """`en…dy → en…dy` hid the space a glued-words fix adds: the cut keeps the part that
    differs on both sides, with context to read it by."""
    from PySide6.QtGui import QFontMetrics

    from copydesk.desktop.issue_columns import ARROW, elide_suggestion

    w = make_window()
    metrics = QFontMetrics(w.issue_panel.table.font())
    text = "thermoplasticpanels → thermoplastic·panels"
    width = metrics.horizontalAdvance("thermoplasticpanels") + metrics.horizontalAdvance(ARROW)
    cut = elide_suggestion(metrics, text, width)
    assert metrics.horizontalAdvance(cut) <= width
    old, new = cut.split(ARROW)
    assert "cpan" in old and "c·pan" in new  # the space is seen, with the letters around it
    # Where the differing parts alone are too wide, both sides are still cut round the arrow.
    long = "a → " + "b" * 80
    assert elide_suggestion(metrics, long, 200).startswith("a → b")


def test_remembered_decisions_are_announced_and_count_as_unsaved(qtbot, make_window, tmp_path):
    """Trial 19: a copy of a reviewed folder opened as "done" with every decision taken and
    no word said; Close Batch then asked nothing, though no copy was saved for it."""
    first, second = tmp_path / "monday", tmp_path / "tuesday"
    first.mkdir()
    second.mkdir()
    (first / "t.txt").write_text("Ask teh miller.\n", "utf-8")
    w = make_window()
    w.open_paths([str(first)])
    wait_checked(qtbot, w)
    [teh] = [it for it in w.current.items if it.issue.rule == "test.teh"]
    w.issue_panel.select_key(teh.key)
    w.accept_current("the")
    assert w.current.open_count() == 0
    w.output_dir = tmp_path / "monday-out"
    assert w.save_all()
    assert w.close_batch()

    (second / "t.txt").write_text("Ask teh miller.\n", "utf-8")  # the same text, elsewhere
    w.open_paths([str(second)])
    wait_checked(qtbot, w)
    fr = w.current
    assert fr.open_count() == 0  # taken from the earlier session...
    said = "\n".join(w.message_bar.messages)
    assert "1 decision(s) remembered from an earlier session are applied" in said  # ...and said
    assert "another folder" in said and "t.txt (1)" in said
    assert "Clear Decisions in File" in said

    asked: list[int] = []
    w.ask_unsaved = lambda count: asked.append(count) or "cancel"
    assert not w.close_batch()  # never saved to tuesday's output folder: asked first
    assert asked == [1]
    w.ask_unsaved = lambda count: "discard"  # the window may close at the end of the test

    w.clear_decisions()  # taken back in one step, and given back by Ctrl+Z
    assert fr.open_count() == 1
    w.undo_stack.undo()
    assert fr.open_count() == 0


_LATE = {"found": False}


def _late_teh(text: str, ctx):
    import regex

    for n, m in enumerate(regex.finditer(r"\bteh\b", text)):
        if n == 4 and not _LATE["found"]:
            continue  # this one comes only with the later results
        yield ctx.issue(m.start(), 3, "Typo: “teh”", ["the"])


def test_late_results_leave_the_selection_on_the_issue_being_read(qtbot, make_window, tmp_path):
    """Trial 19: results that came in late shifted the list under the editor, and Ctrl+Enter
    then decided an issue they had not read. The issue being read stays selected, even
    where the new results renumber identical issues before it."""
    from copydesk.checks.model import Category
    from copydesk.checks.registry import Check

    late = Check("test.late-teh", Category.SPELLING, "teh, one found late", _late_teh)
    _LATE["found"] = False
    p = tmp_path / "t.txt"
    p.write_text("Go teh way. " * 12 + "\n", "utf-8")
    w = make_window(checks=(late,))
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    fr = w.current
    reading = fr.items[6]
    assert reading.key.endswith("#5")  # its twins before it are counted in its key
    w.issue_panel.select_key(reading.key)
    _LATE["found"] = True
    w.start_check([fr])
    wait_checked(qtbot, w)
    assert len(fr.items) == 12
    assert w.current_item().issue.offset == reading.issue.offset


def test_after_a_decision_the_next_issue_is_the_next_in_this_file(qtbot, make_window, tmp_path):
    """After Accept or Reject the selection goes on in text order in the same file, and
    stays in it when nothing is left there (Ctrl+F8 goes on to the next file)."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Ask teh miller. Then teh baker.\n", "utf-8")
    w = make_window()
    w.open_paths([str(tmp_path)])
    wait_checked(qtbot, w)
    a = w.current
    first, second = [it for it in a.items if it.issue.rule == "test.teh"]
    w.issue_panel.select_key(second.key)
    w.reject_current()  # the last in text order: back to the one before it, same file
    assert w.current is a and w.current_item().key == first.key
    w.accept_current()  # nothing open left here: the file stays, and says so
    assert w.current is a
    assert "No open issues left in a.txt" in w.statusBar().currentMessage()
    w.next_file()
    assert w.current is not a
