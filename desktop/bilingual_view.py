"""Source and target of one translation unit side by side, the current issue marked in both.

A small, self-contained widget: the window shows it for a bilingual file's current
unit.  The issue's span is highlighted on its own side (source or target); the same
figure, name or fragment is highlighted on the other side where it occurs there too,
so the editor sees at once what the check compared.  It only presents: the engine
decides what the issues are.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from copydesk.checks.bilingual.model import Unit
from copydesk.checks.bilingual.runner import UnitIssue
from copydesk.desktop.positions import PositionMap

ISSUE_COLOUR = QColor(255, 214, 102)
ECHO_COLOUR = QColor(173, 216, 255)  # the same text on the other side


def _pane(title: str) -> tuple[QWidget, QLabel, QPlainTextEdit]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    # A unit id can be a whole sentence (a PO msgid): as a title it must not widen the
    # pane, or the window's splitter squeezes the issue list to its minimum.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    edit = QPlainTextEdit()
    edit.setReadOnly(True)
    layout.addWidget(label)
    layout.addWidget(edit)
    return box, label, edit


class BilingualView(QWidget):
    """Two read-only panes, source left and target right, for the current unit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        source_box, self.source_label, self.source = _pane("Source")
        target_box, self.target_label, self.target = _pane("Target")
        layout.addWidget(source_box)
        layout.addWidget(target_box)
        self.unit: Unit | None = None

    def show_unit(
        self,
        unit: Unit,
        issue: UnitIssue | None = None,
        echoes: Sequence[tuple[int, int]] | None = None,
    ) -> None:
        self.unit = unit
        self.source_label.setText(f"Source [{unit.id}]")
        self.target_label.setText(f"Target [{unit.id}]")
        for label in (self.source_label, self.target_label):
            label.setToolTip(unit.id)
        self.source.setPlainText(unit.source)
        self.target.setPlainText(unit.target)
        self.mark(issue, echoes)

    def mark(
        self, issue: UnitIssue | None, echoes: Sequence[tuple[int, int]] | None = None
    ) -> None:
        """Highlight ``issue`` on its side and ``echoes`` (by default the same text) on the
        other side."""
        self.source.setExtraSelections([])
        self.target.setExtraSelections([])
        if issue is None or self.unit is None:
            return
        own_text = self.unit.source if issue.side == "source" else self.unit.target
        other_text = self.unit.target if issue.side == "source" else self.unit.source
        own, other = (
            (self.source, self.target) if issue.side == "source" else (self.target, self.source)
        )
        span = issue.issue
        marked = _selections(own, own_text, [(span.offset, span.length)], ISSUE_COLOUR)
        own.setExtraSelections(marked)
        if echoes is None:
            echoes = _same_text(own_text, other_text, span.offset, span.length)
        other.setExtraSelections(_selections(other, other_text, echoes, ECHO_COLOUR))
        if marked:
            cursor = QTextCursor(marked[0].cursor)  # scrolled to the issue in a long unit
            cursor.clearSelection()
            own.setTextCursor(cursor)
            own.ensureCursorVisible()

    def highlighted(self, side: str) -> list[str]:
        """The highlighted fragments of one side (for tests and accessibility)."""
        edit = self.source if side == "source" else self.target
        return [sel.cursor.selectedText() for sel in edit.extraSelections()]


def _same_text(own: str, other: str, offset: int, length: int) -> list[tuple[int, int]]:
    fragment = own[offset : offset + length].strip()
    echoes: list[tuple[int, int]] = []
    if fragment and len(fragment) < len(own):  # a whole-segment issue has no echo
        start = other.find(fragment)
        while start >= 0:
            echoes.append((start, len(fragment)))
            start = other.find(fragment, start + len(fragment))
    return echoes


def _selections(
    edit: QPlainTextEdit, text: str, spans: Sequence[tuple[int, int]], colour: QColor
) -> list[QTextEdit.ExtraSelection]:
    positions = PositionMap(text)
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    found = []
    for offset, length in spans:
        start, size = positions.span_to_qt(offset, length)
        cursor = QTextCursor(edit.document())
        cursor.setPosition(start)
        cursor.setPosition(start + size, QTextCursor.MoveMode.KeepAnchor)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor  # type: ignore[attr-defined]
        sel.format = fmt  # type: ignore[attr-defined]
        found.append(sel)
    return found
