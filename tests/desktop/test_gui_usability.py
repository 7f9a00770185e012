"""A new user's second trial of the window: what a person reads in it, pinned by tests.

The issue list at 1366×768 and 1600×1000 (the message readable, the decision in view,
"superseded" whole), the save commands named for what they do, a query's detail after
an edit inside it, and the sample article offered by an empty window.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import regex
from PySide6.QtCore import Qt

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import Check
from copydesk.desktop.issue_columns import DECISION, LINE, MESSAGE, RULE, SUGGESTION
from tests.desktop.conftest import wait_checked

pytestmark = pytest.mark.gui

LONG = "A sentence opens with a lower-case word after a full stop: capitalise it"


def _leading(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in regex.finditer(r"(?m)^ +", text):
        yield ctx.issue(m.start(), m.end() - m.start(), "Space at the start of the line", [""])


def _caption(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in regex.finditer(r"(?m)^ *Photo:[^\n]*\n", text):
        yield ctx.issue(m.start(), m.end() - m.start(), "Photo caption left in the text", [""])


def _lower(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in regex.finditer(r"(?<=\. )the\b", text):
        yield ctx.issue(m.start(), 3, LONG, ["The"])


LEADING = Check("space.leading", Category.WHITESPACE, "leading space", _leading)
CAPTION = Check("layout.caption", Category.LAYOUT, "caption", _caption)
LOWER = Check("case.sentence-start", Category.CASE, "lower-case start", _lower)

ARTICLE = (
    "Kim arrived on Tuesday. the trip took a day.\n"
    " Photo: North Korean leader Kim Jong Un in Vladivostok, 12 September\n"
    "He met Putin. the talks lasted hours.\n"
)


def _open(qtbot, make_window, tmp_path, size: tuple[int, int]):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, "utf-8")
    w = make_window(checks=(LEADING, CAPTION, LOWER))
    w.resize(*size)
    w.open_paths([str(path)])
    wait_checked(qtbot, w)
    qtbot.waitUntil(lambda: w.size().width() == size[0])
    return w, w.current


def _cell_text_fits(table, col: int, text: str) -> bool:
    # The cell's margins take a few pixels on each side of the text.
    return table.columnWidth(col) >= table.fontMetrics().horizontalAdvance(text) + 6


@pytest.mark.parametrize("size", [(1366, 768), (1600, 1000)])
def test_the_message_is_readable_and_the_decision_in_view(qtbot, make_window, tmp_path, size):
    w, fr = _open(qtbot, make_window, tmp_path, size)
    table = w.issue_panel.table
    header = table.horizontalHeader()
    room = table.viewport().width()

    def laid_out() -> bool:
        last = header.sectionViewportPosition(DECISION) + header.sectionSize(DECISION)
        return 0 < last <= room

    qtbot.waitUntil(laid_out)
    # The message is the widest column, well over a third of the list: its title whole.
    message = table.columnWidth(MESSAGE)
    shown = [c for c in (LINE, RULE, SUGGESTION, DECISION) if not header.isSectionHidden(c)]
    assert all(message > table.columnWidth(c) for c in shown), [
        table.columnWidth(c) for c in range(5)
    ]
    assert message >= room * 0.4
    assert _cell_text_fits(table, MESSAGE, "Message")
    assert _cell_text_fits(table, MESSAGE, "Space at the start of the line")
    # The decision: right of the message, inside the list, with no scroll bar to reach it.
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionViewportPosition(DECISION) + table.columnWidth(DECISION) <= room
    for word in ("Decision", "superseded", "kept as is", "accepted", "rejected"):
        assert _cell_text_fits(table, DECISION, word), word
    # The rule is never a stub: shown whole, or left to the tooltip and the detail.
    if not header.isSectionHidden(RULE):
        assert _cell_text_fits(table, RULE, "case.sentence-start")
    model = w.issue_panel.proxy
    for row in range(model.rowCount()):
        tip = model.data(model.index(row, MESSAGE), Qt.ItemDataRole.ToolTipRole)
        assert fr.items[row].issue.rule in tip  # the rule, even when its column is left out


def test_superseded_is_shown_whole_after_a_caption_is_removed(qtbot, make_window, tmp_path):
    w, fr = _open(qtbot, make_window, tmp_path, (1366, 768))
    leading = next(it for it in fr.items if it.issue.rule == "space.leading")
    caption = next(it for it in fr.items if it.issue.rule == "layout.caption")
    w.select_item(caption)
    w.accept_current()
    panel = w.issue_panel
    row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of_key(leading.key), 0))
    cell = panel.proxy.index(row.row(), DECISION)
    assert panel.proxy.data(cell) == "superseded"
    rect = panel.table.visualRect(cell)
    assert rect.right() <= panel.table.viewport().width()
    assert rect.width() >= panel.table.fontMetrics().horizontalAdvance("superseded") + 6


def test_a_wide_issue_panel_shows_the_rule_whole(qtbot, make_window, tmp_path):
    w, _fr = _open(qtbot, make_window, tmp_path, (1600, 1000))
    files, text, issues = w.splitter.sizes()
    w.splitter.setSizes([files, text - 400, issues + 400])  # the editor drags the divider
    table = w.issue_panel.table
    qtbot.waitUntil(lambda: not table.horizontalHeader().isSectionHidden(RULE))
    assert _cell_text_fits(table, RULE, "case.sentence-start")
    assert table.columnWidth(MESSAGE) >= table.viewport().width() * 0.4
