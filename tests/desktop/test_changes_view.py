"""The tracked-changes and clean corrected views of a file."""

from __future__ import annotations

from copydesk.checks.model import Edit
from copydesk.checks.tracked import tracked_runs
from copydesk.desktop.changes_view import ChangesView, TextMode, tracked_html

TEXT = "TOon the border.. Smithsaid so.\n"
EDITS = [
    Edit(0, 4, "On", "word.stray-fragment"),
    Edit(15, 2, ".", "punct.double"),
    Edit(18, 9, "Smith said", "word.glued"),
]


def test_tracked_html_strikes_deletions_and_marks_insertions():
    page = tracked_html(tracked_runs(TEXT, EDITS))
    assert "line-through" in page and "underline" in page
    assert 'title="deleted: word.stray-fragment">TOon</span>' in page
    assert 'title="inserted: word.glued">·</span>' in page  # an added space is seen


def test_view_shows_tracked_then_clean_text(qtbot):
    view = ChangesView()
    qtbot.addWidget(view)
    runs = tracked_runs(TEXT, EDITS)
    view.show_runs(runs, TextMode.TRACKED)
    shown = view.toPlainText()
    assert shown.startswith("TOonOn the border.. Smith·said")  # both sides, in place
    assert view.change_count() == 4
    view.show_runs(runs, TextMode.CORRECTED)
    assert view.toPlainText() == "On the border. Smith said so.\n"
    assert view.isReadOnly()
