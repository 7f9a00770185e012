"""The issue panel: filters, batch issues with their other places, opening by drop and recents."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from copydesk.checks.decisions import Verdict
from tests.desktop.conftest import DOUBLE, TEH, VARIANT, wait_checked

pytestmark = pytest.mark.gui


def test_filter_by_category_rule_and_decided(qtbot, make_window, tmp_path):
    (tmp_path / "f.txt").write_text("A teh.  B teh.  C.\n", "utf-8")
    w = make_window()
    w.open_paths([str(tmp_path / "f.txt")])
    wait_checked(qtbot, w)
    panel = w.issue_panel
    assert panel.proxy.rowCount() == 4
    assert [panel.category_box.itemText(i) for i in range(panel.category_box.count())] == [
        "All categories",
        "spelling",
        "whitespace",
    ]
    panel.category_box.setCurrentIndex(panel.category_box.findData("whitespace"))
    assert panel.proxy.rowCount() == 2
    panel.category_box.setCurrentIndex(0)
    panel.rule_box.setCurrentIndex(panel.rule_box.findData("test.teh"))
    assert panel.proxy.rowCount() == 2
    w.next_issue()
    w.accept_current()
    panel.decided_box.setChecked(False)
    assert panel.proxy.rowCount() == 1
    # Rows are in text order with line, rule, message and suggestion.
    index = panel.proxy.index(0, 3)
    assert panel.proxy.data(index) == "teh → the"
    panel.rule_box.setCurrentIndex(0)
    panel.decided_box.setChecked(True)
    lines = [panel.proxy.data(panel.proxy.index(r, 1)) for r in range(panel.proxy.rowCount())]
    assert lines == ["test.teh", "test.double-space", "test.teh", "test.double-space"]


def test_batch_issue_shows_and_opens_the_other_places(qtbot, make_window, tmp_path):
    (tmp_path / "one.txt").write_text("Mr Smith said so.\n", "utf-8")
    (tmp_path / "two.txt").write_text("Later, Mr Smyth left.\n", "utf-8")
    w = make_window(checks=(VARIANT,))
    w.open_paths([str(tmp_path)])
    wait_checked(qtbot, w)
    two = next(f for f in w.session.files if f.path.name == "two.txt")
    w._select_file(two)
    w.next_issue()
    panel = w.issue_panel
    # A header per file, then its places.
    assert panel.related.isVisibleTo(w) and panel.related.count() == 2
    assert panel.related.item(0).text() == "one.txt (1)"
    assert "one.txt" in panel.related.item(1).text()
    assert "Smith" in panel.related.item(1).text()
    loc = panel.related.item(1).data(Qt.ItemDataRole.UserRole)
    w.go_to_location(loc)
    assert w.current.path.name == "one.txt"


def test_drop_files_and_recent_list(qtbot, make_window, tmp_path):
    p = tmp_path / "dropped.txt"
    p.write_text("A teh.\n", "utf-8")
    w = make_window(checks=(TEH, DOUBLE))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    w.dropEvent(event)
    wait_checked(qtbot, w)
    assert [f.path.name for f in w.session.files] == ["dropped.txt"]
    w._fill_recent()
    assert [a.text() for a in w.recent_menu.actions()] == [str(p.resolve())]
    # Opening the same file again does not add it twice.
    w.open_paths([str(p)])
    assert len(w.session.files) == 1


def test_decisions_are_remembered_after_saving(qtbot, make_window, tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("A teh. B teh.\n", "utf-8")
    w = make_window(checks=(TEH,))
    w.open_paths([str(p)])
    wait_checked(qtbot, w)
    w.next_issue()
    w.accept_current()
    w.reject_current()
    w.output_dir = tmp_path / "out"
    assert w.save_all()
    again = make_window(checks=(TEH,))
    again.open_paths([str(p)])
    wait_checked(qtbot, again)
    fr = again.session.files[0]
    assert [fr.decision(it).verdict for it in fr.items] == [Verdict.ACCEPTED, Verdict.REJECTED]
    assert fr.open_count() == 0 and str(fr.state) == "done"
