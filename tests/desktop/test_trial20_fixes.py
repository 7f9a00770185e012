"""Trial 20 (a translation-agency reviser's trial of the window): its mends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import Check
from copydesk.checks.review_bilingual import BilingualReview
from copydesk.checks.settings import LanguageToolSettings, Settings
from tests.desktop.conftest import SLOW, TEH, VARIANT, wait_checked, wait_rechecked

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier

# Invented copy: two bilingual tables of one batch (a name spelled two ways across them).
TABLE_A = (
    "id\tsource\ttarget\n"
    "u1\tIl rapporto di Smyth era il migliore.\tThe Smyth report was teh best one.\n"
    "u2\tLa diga di Quillon fu chiusa.\tThe Quillon dam was shut.\n"
)
TABLE_B = (
    "id\tsource\ttarget\n"
    "u1\tSmith lo ha firmato.\tSmith signed it.\n"
    "u2\tIl ponte di Brantwick è aperto.\tThe Brantwick bridge is teh open.\n"
)


def _settings() -> Settings:
    return Settings(languagetool=LanguageToolSettings(enabled=False))


class _Seen:
    """A check that only notes which batch member it was run on."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.check = Check("test.seen", Category.STYLE, "notes what it checks", self._run)

    def _run(self, text: str, ctx: CheckContext) -> Iterator[Issue]:
        self.paths.append(ctx.path)
        return iter(())


def _tables(tmp_path: Path) -> tuple[Path, Path]:
    d = tmp_path / "job"
    d.mkdir()
    a, b = d / "a.tsv", d / "b.tsv"
    a.write_text(TABLE_A, "utf-8")
    b.write_text(TABLE_B, "utf-8")
    return a, b


def _item(fr, rule: str):
    [it] = [it for it in fr.items if it.issue.rule == rule]
    return it


def test_a_decision_rechecks_its_own_bilingual_file_only(qtbot, make_window, tmp_path):
    """A decision in one bilingual file re-checks that file (every bilingual file still its
    batch: a name spelled two ways is still found), not all of them: the others are not
    checked, nor shown as checking, and the bar never reads "0 of N" while nothing runs."""
    a, b = _tables(tmp_path)
    seen = _Seen()
    w = make_window([TEH, VARIANT, seen.check], _settings())
    w.open_paths([str(a.parent)])
    wait_checked(qtbot, w)
    fa, fb = (w.session.by_path(str(p)) for p in (a, b))
    assert isinstance(fa, BilingualReview) and isinstance(fb, BilingualReview)
    assert {p.split("#")[0] for p in seen.paths} == {str(a), str(b)}
    formats: list[str] = []
    checking: list[tuple[bool, bool]] = []  # each file's state as the bar is set
    set_format = w.progress.setFormat

    def recording(text: str) -> None:
        formats.append(text)
        checking.append((fa.checking, fb.checking))
        set_format(text)

    w.progress.setFormat = recording  # type: ignore[method-assign]
    w._select_file(fa)
    w.issue_panel.select_key(_item(fa, "test.teh").key)
    seen.paths.clear()
    w.accept_current()
    qtbot.waitUntil(lambda: bool(formats), timeout=5000)
    wait_rechecked(qtbot, w)
    assert checking[0] == (True, False) and not any(b for _a, b in checking)
    assert seen.paths and {p.split("#")[0] for p in seen.paths} == {str(a)}
    assert "The Smyth report was the best one." in fa.corrected().text
    # The batch is still every file: the other table's "Smith" is seen from this one.
    assert _item(fa, "test.variant").issue.related
    assert _item(fb, "test.teh")  # the other file's issues are kept as they were
    assert formats and formats[0].startswith("Waiting to check 1 file")
    assert not any(" 0 of " in f for f in formats)
    assert not w.progress.isVisible() and not w.cancel_button.isVisible()


def test_the_first_check_counts_bilingual_files_one_by_one(qtbot, make_window, tmp_path):
    """The bar moves on with each bilingual file checked, not once at the end of all."""
    a, _b = _tables(tmp_path)
    w = make_window([TEH], _settings())
    values: list[int] = []
    w.progress.valueChanged.connect(values.append)
    w.open_paths([str(a.parent)])
    wait_checked(qtbot, w)
    assert 1 in values and 2 in values
    assert not w.progress.isVisible()


def test_closing_the_batch_while_checking_hides_the_bar(qtbot, make_window, tmp_path):
    """The check of a closed batch ends unseen (its results belong to no file): the bar
    and Cancel go at once, and the window is no longer checking."""
    d = tmp_path / "many"
    d.mkdir()
    for n in range(40):
        (d / f"n{n:02}.txt").write_text("A teh note about the weir.\n" * 20, "utf-8")
    w = make_window([SLOW], _settings())
    w.open_paths([str(d)])
    qtbot.waitUntil(lambda: w.progress.value() >= 1, timeout=20000)
    assert w.close_batch()
    assert not w.checking
    assert not w.progress.isVisible() and not w.cancel_button.isVisible()
    qtbot.wait(300)  # the cancelled job's end arrives: it changes nothing
    assert not w.checking and not w.progress.isVisible()


def _query(text: str, ctx: CheckContext) -> Iterator[Issue]:
    """A query on every "Quillon": no replacement proposed."""
    start = text.find("Quillon")
    if start >= 0:
        yield ctx.issue(start, 7, "Is the name spelled right?", [])


QUERY = Check("test.query", Category.CONSISTENCY, "a name queried", _query)


def _plain(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, "utf-8")
    return p


def test_typing_over_a_query_makes_keep_an_edit(qtbot, make_window, tmp_path):
    """A query offers no replacement, so Accept reads "Keep"; once a value of the editor's
    own is typed in the box it is an edit, and both Accept buttons say so; the text typed
    back to what it was is a Keep again."""
    p = _plain(tmp_path, "q.txt", "The Quillon dam was shut on teh day.\n")
    w = make_window([QUERY, TEH])
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    panel = w.issue_panel
    panel.select_key(_item(w.current, "test.query").key)
    assert panel.accept_button.text() == "Keep" and w.act_accept.text() == "&Keep"
    line = panel.replacement.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "Quilon")
    assert panel.accept_button.text() == "Apply edit"
    assert w.act_accept.text() == "&Apply edit"
    line.selectAll()
    qtbot.keyClicks(line, "Quillon")
    assert panel.accept_button.text() == "Keep"
    line.selectAll()
    qtbot.keyClicks(line, "Quilon")
    w.accept_current()
    assert "The Quilon dam" in w.current.corrected().text
    assert str(w.current.decision(_item(w.current, "test.query")).verdict) == "edited"


def test_a_suggestion_is_accepted_and_a_typed_one_is_an_edit(qtbot, make_window, tmp_path):
    """The near miss: an issue with suggestions reads "Accept" on any of them; a value
    typed over them reads "Apply edit"."""
    p = _plain(tmp_path, "s.txt", "The dam was shut on teh day.\n")
    w = make_window([TEH])
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    panel = w.issue_panel
    panel.select_key(_item(w.current, "test.teh").key)
    assert panel.accept_button.text() == "Accept"
    panel.replacement.setCurrentIndex(1)  # "tea", the second suggestion
    assert panel.accept_button.text() == "Accept"
    line = panel.replacement.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "that")
    assert panel.accept_button.text() == "Apply edit" == w.act_accept.text().lstrip("&")


def test_another_file_with_no_issue_selected_shows_an_empty_panel(qtbot, make_window, tmp_path):
    """After the last decision in one file, another file shown with no issue selected:
    no decision on the button, no text of the other file in the box, nothing enabled."""
    one = _plain(tmp_path, "one.txt", "The Quillon dam was shut.\n")
    two = _plain(tmp_path, "two.txt", "The weir was teh oldest.\n")
    w = make_window([QUERY, TEH])
    w.open_paths([str(one), str(two)])
    wait_checked(qtbot, w)
    panel = w.issue_panel
    first = w.session.by_path(str(one))
    w._select_file(first)
    panel.select_key(_item(first, "test.query").key)
    w.accept_current()  # kept: "Keep (kept as is)"
    assert "(" in panel.accept_button.text()
    w._select_file(w.session.by_path(str(two)))
    assert panel.current_item() is None
    assert panel.accept_button.text() == "Accept" and not panel.accept_button.isEnabled()
    assert panel.reject_button.text() == "Reject" and not panel.reject_button.isEnabled()
    assert panel.replacement.currentText() == "" and not panel.replacement.isEnabled()
    assert panel.context.text() == "" and w.act_accept.text() == "&Accept"


def test_ctrl_z_in_the_box_undoes_the_decision_when_the_box_has_nothing_to_undo(
    qtbot, make_window, tmp_path
):
    """A value typed in the box, the toolbar's Accept (the box keeps the focus), then
    Ctrl+Z: the box, refilled for the next issue, has no edit of its own to undo, so the
    decision is undone; while the box has typing of its own, Ctrl+Z undoes that first."""
    p = _plain(tmp_path, "z.txt", "The Quillon dam was shut on teh day.\n")
    w = make_window([QUERY, TEH])
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    w.activateWindow()
    panel, fr = w.issue_panel, w.current
    query = _item(fr, "test.query")
    panel.select_key(query.key)
    line = panel.replacement.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "Quilon")
    w.act_accept.trigger()
    assert fr.decision(query) is not None
    assert line.hasFocus() and not line.isUndoAvailable()
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert fr.decision(query) is None
    # The near miss: typing of its own in the box is undone by the box, not the stack.
    qtbot.keyClicks(line, "x")
    depth = w.undo_stack.index()
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert w.undo_stack.index() == depth
    assert "x" not in line.text()


def _changes_shown(w, fr) -> str:
    from copydesk.desktop.dialogs import DiffDialog

    dialog = DiffDialog([fr], str(w.effective_output_dir()), w, showing=True)
    text = dialog.browser.toPlainText()
    dialog.deleteLater()
    return text


def test_show_changes_names_a_bilingual_change_by_its_unit(qtbot, make_window, tmp_path):
    """Show Changes of a bilingual file: the diff and the list of changes both name the
    unit (the list said line 1 of the unit, the diff the line of the joined units)."""
    _a, b = _tables(tmp_path)
    w = make_window([TEH], _settings())
    w.open_paths([str(b)])
    wait_checked(qtbot, w)
    fr = w.current
    w.issue_panel.select_key(_item(fr, "test.teh").key)  # in the second unit, line 3
    w.accept_current()
    shown = _changes_shown(w, fr)
    assert "Where\nRule" in shown
    assert shown.count("unit u2") == 2  # the diff's row and the change's row
    assert "unit u1" in shown  # the diff's context line before it
    lines = [ln.strip() for ln in shown.splitlines()]
    assert "1" not in lines and "3" not in lines  # no line numbers of either kind


def test_show_changes_of_an_article_keeps_line_numbers(qtbot, make_window, tmp_path):
    """The near miss: a plain file's changes are named by their line, in both places."""
    p = _plain(tmp_path, "l.txt", "First line.\nThe weir was teh oldest.\n")
    w = make_window([TEH])
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    w.issue_panel.select_key(_item(w.current, "test.teh").key)
    w.accept_current()
    shown = _changes_shown(w, w.current)
    assert "unit" not in shown and "Line" in shown
    lines = [ln.strip() for ln in shown.splitlines()]
    assert lines.count("2") == 2  # the diff's row and the change's row


def test_the_quote_marks_only_a_side_it_cuts(qtbot, make_window, tmp_path):
    """A whole unit quoted reads as itself: no ellipsis where the quote reaches the start
    or the end of the text; one where it is cut (a long line, on both sides)."""
    _a, b = _tables(tmp_path)
    w = make_window([TEH], _settings())
    w.open_paths([str(b)])
    wait_checked(qtbot, w)
    panel = w.issue_panel
    panel.select_key(_item(w.current, "test.teh").key)
    assert panel.context.text().startswith("The Brantwick bridge is ")
    assert panel.context.text().endswith("</span> open.")
    long = "The weir held. " * 8
    p = _plain(tmp_path, "long.txt", f"{long}It was teh oldest. {long}\n")
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    w._select_file(w.session.by_path(str(p)))
    panel.select_key(_item(w.current, "test.teh").key)
    quote = panel.context.text()
    assert quote.startswith("…") and quote.endswith("…")
    w.close_batch()
    p.write_text("It was teh oldest. The weir held.\n", "utf-8")
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    panel.select_key(_item(w.current, "test.teh").key)
    quote = panel.context.text()
    assert quote.startswith("It was ") and quote.endswith("↵ ")  # the file's own end
