"""Issue 14 item 12: the window is usable at 1024×700."""

from __future__ import annotations

from PySide6.QtWidgets import QToolBar

from tests.desktop.conftest import wait_checked


def test_window_at_1024_by_700(qtbot, make_window, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("We saw teh cat.  It ran to teh door.\n", "utf-8")
    w = make_window()
    w.resize(1024, 700)
    w.open_paths([path])
    wait_checked(qtbot, w)
    qtbot.waitUntil(lambda: w.width() == 1024)
    header = w.file_view.header()

    def fitted() -> bool:
        # The panes are fitted once the layout has sized the splitter (an event later).
        files, text, issues = w.splitter.sizes()
        return text * 2 >= files + text + issues and files >= header.sectionSize(1) + 40

    qtbot.waitUntil(fitted)
    files, text, issues = w.splitter.sizes()
    assert text * 2 >= files + text + issues, w.splitter.sizes()
    assert issues >= w.issue_panel.minimumSizeHint().width()
    assert files >= header.sectionSize(1) + header.sectionSize(2) + 40  # room for a name
    # Every toolbar action has its button on show: nothing behind the » menu.  The
    # toolbar drops its labels an event after the resize and lays out its buttons one
    # later still (the splitter may be fitted first): wait for that, then look.
    tools = w.findChild(QToolBar, "main-toolbar")
    buttons = [(a, tools.widgetForAction(a)) for a in tools.actions() if not a.isSeparator()]
    qtbot.waitUntil(lambda: all(b is not None and b.isVisible() for _, b in buttons))
    for action, button in buttons:
        assert button is not None and button.isVisible(), action.text()
    # Columns as wide as their content.
    metrics = w.file_view.fontMetrics()
    assert w.file_view.header().sectionSize(2) >= metrics.horizontalAdvance("to review")
    table = w.issue_panel.table
    rule_width = table.fontMetrics().horizontalAdvance("test.double-space")
    # The rule whole, or left to the tooltip in a panel this narrow (the message needs it).
    assert table.isColumnHidden(1) or table.columnWidth(1) >= rule_width
    assert table.columnWidth(2) > max(table.columnWidth(c) for c in (0, 1, 3, 4))
    assert table.columnWidth(0) < 80  # the line number column is not wider than it needs
