"""What the review panel shows: whitespace in suggestions, plain queries, every related place."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from PySide6.QtCore import Qt

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue, Location
from copydesk.checks.registry import Check
from copydesk.desktop.models import QUERY, shown
from tests.desktop.conftest import DOUBLE, wait_checked


def test_every_whitespace_is_visible_in_a_suggestion():
    assert shown("Sik admiral") == "Sik·admiral"  # an inserted space is seen
    assert shown("end.\nNext") == "end.↵Next"
    assert shown("a\tb\u00a0c") == "a→b°c"
    assert shown("") == "(delete)"


def _query(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for hit in regex.finditer(r"\bperhaps\b", text):
        yield ctx.issue(hit.start(), len(hit[0]), "Hedging word", [])


QUERY_CHECK = Check("test.query", Category.STYLE, "queries", _query)


def _open(qtbot, make_window, tmp_path, text, checks):
    path = tmp_path / "a.txt"
    path.write_text(text, "utf-8")
    w = make_window(checks=checks)
    w.open_paths([str(path)])
    wait_checked(qtbot, w)
    return w, w.session.files[0]


def test_suggestion_column_shows_spaces_and_queries_say_so(qtbot, make_window, tmp_path):
    w, fr = _open(qtbot, make_window, tmp_path, "It is  perhaps late.\n", (DOUBLE, QUERY_CHECK))
    model = w.issue_panel.model
    cells = {model.index(r, 1).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    assert cells["test.double-space"] == "·· → ·"
    assert cells["test.query"] == f"perhaps ({QUERY})"
    query = next(it for it in fr.items if it.issue.rule == "test.query")
    w.select_item(query)
    panel = w.issue_panel
    assert panel.accept_button.text() == "Keep"
    assert panel.reject_button.text() == "Reject query"
    assert "no change proposed" in panel.message.text().lower()
    fix = next(it for it in fr.items if it.issue.rule == "test.double-space")
    w.select_item(fix)
    assert panel.reject_button.text() == "Reject"


def _many_places(text: str, ctx: CheckContext) -> Iterator[Issue]:
    others = [
        Location(m.path, hit.start(), 5, "Smith")
        for m in ctx.batch.members
        if m.path != ctx.path
        for hit in regex.finditer(r"\bSmith\b", m.text)
    ]
    for hit in regex.finditer(r"\bSmyth\b", text):
        # The same places twice, in reverse order: shown once each, in text order.
        yield ctx.issue(hit.start(), 5, "Spelled Smith", ["Smith"], related=others + others[::-1])


MANY = Check("test.many", Category.CONSISTENCY, "variants", _many_places, scope="batch")


def test_also_involved_is_grouped_by_file_deduplicated_and_uncapped(qtbot, make_window, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Smith spoke.\n" * 12, "utf-8")
    (src / "b.txt").write_text("Smith left.\nSmith came back.\n", "utf-8")
    (src / "c.txt").write_text("Mr Smyth said no.\n", "utf-8")
    w = make_window(checks=(MANY,))
    w.open_paths([str(src)])
    wait_checked(qtbot, w)
    c = next(f for f in w.session.files if f.path.name == "c.txt")
    w._select_file(c)
    w.select_item(c.items[0])
    related = w.issue_panel.related
    texts = [related.item(i).text().strip() for i in range(related.count())]
    assert texts[0] == "a.txt (12)"
    assert texts[1:13] == [f"a.txt:{n}: Smith" for n in range(1, 13)]
    assert texts[13:] == ["b.txt (2)", "b.txt:1: Smith", "b.txt:2: Smith"]
    assert related.item(0).flags() == Qt.ItemFlag.NoItemFlags  # a header is not a place
    assert "double-click" in w.issue_panel.related_label.text().lower()
