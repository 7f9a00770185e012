"""Fitting the window to a small screen (1024×700): the text gets half the width.

The toolbar drops its labels when they would not all fit (no action hidden
behind »), the splitter gives the text pane at least half the width, and the
narrow columns are as wide as their content.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QToolBar

from copydesk.checks.review import FileState
from copydesk.desktop.window_base import WindowBase

LABELS_FROM = 1400  # window width from which the toolbar has room for its labels
NAME_WIDTH = 110  # room for a file name beside the file list's narrow columns
MIN_FILES = 80


class WindowFit(WindowBase):
    """Resizing rules for the toolbar, the splitter and the file list's columns."""

    def _toolbar(self) -> QToolBar | None:
        return self.findChild(QToolBar, "main-toolbar")

    def _fit_file_columns(self) -> None:
        metrics = self.file_view.fontMetrics()
        header = self.file_view.header()
        model = self.files_model
        pad = 16  # the cell's margins
        for col, values in ((1, ["9999"]), (2, [str(s) for s in FileState])):
            title = str(model.headerData(col, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(t) for t in [title, *values]) + pad
            header.resizeSection(col, width)

    def _fit(self) -> None:
        tools = self._toolbar()
        if tools is not None:
            style = (
                Qt.ToolButtonStyle.ToolButtonTextBesideIcon
                if self.width() >= LABELS_FROM
                else Qt.ToolButtonStyle.ToolButtonIconOnly
            )
            tools.setToolButtonStyle(style)
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        # The text gets half; the issue panel what it needs at least; the file list its
        # columns and a name, from what is left; the issue panel the rest.
        half = (total + 1) // 2
        issues_min = self.issue_panel.minimumSizeHint().width()
        header = self.file_view.header()
        files_want = header.sectionSize(1) + header.sectionSize(2) + NAME_WIDTH
        files = max(MIN_FILES, min(files_want, total - half - issues_min))
        if sizes[1] >= half and sizes[0] >= files:
            return  # already fits (as the editor or an earlier resize left it)
        issues = max(issues_min, min(sizes[2], total - half - files))
        self.splitter.setSizes([files, total - files - issues, issues])

    def _fit_to_screen(self) -> None:
        """Shrink the window to the screen's free area: a 1280×800 laptop must show
        the issue panel and its Accept buttons, not push them off the right edge."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        width, height = min(self.width(), room.width()), min(self.height(), room.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # After the layout has given the splitter its new width, not before.
        QTimer.singleShot(0, self._fit)
