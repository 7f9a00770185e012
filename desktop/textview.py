"""The document view: the working text with every issue highlighted by category colour.

Engine offsets are Python ``str`` indices; every position handed to Qt goes
through :class:`copydesk.desktop.positions.PositionMap` first (emoji take two UTF-16
units).  Typing is allowed: the view reports each change, in Python offsets,
through ``textTyped`` and the window turns it into an undoable command.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from copydesk.checks.decisions import Verdict
from copydesk.checks.review import FileReview, ReviewItem, verdict_label
from copydesk.desktop.models import category_colour, shown
from copydesk.desktop.positions import PositionMap

_PARAGRAPH = "\u2029"
_WINDOW_KEYS = {
    QKeySequence(k)[0].toCombined()  # type: ignore[index]
    for k in ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+Return", "Ctrl+Enter")
}


def document_font(monospace: bool = False) -> QFont:
    if monospace:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    else:
        font = QFont()
        font.setFamilies(["Noto Serif", "DejaVu Serif", "Liberation Serif", "Georgia", "serif"])
        font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(11.5)
    return font


START_HINT = "Open files or a folder to start (Ctrl+O, or drop them here)."
UNREADABLE_HINT = "{name} could not be read, so it has no text to check: the bar above says why."


class DocumentView(QPlainTextEdit):
    # offset, removed length, inserted text (Python offsets into the text before the change)
    textTyped = Signal(int, int, str)
    # the issue under a click
    itemClicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file: FileReview | None = None
        self.map = PositionMap("")
        self.current: ReviewItem | None = None
        self._loading = False
        # Built selections by (decision key, accepted); valid while the shown text is.
        self._cache: dict[tuple[str, bool], QTextEdit.ExtraSelection] = {}
        self.setFont(document_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Our QUndoStack owns undo; the widget's own stack would fight it.
        self.setUndoRedoEnabled(False)
        self.setReadOnly(True)
        self.setPlaceholderText(START_HINT)
        self.document().setDocumentMargin(12)
        self.document().contentsChange.connect(self._on_contents_change)
        self.viewport().installEventFilter(self)
        self.setMouseTracking(True)

    # Methods

    def show_file(self, fr: FileReview | None) -> None:
        """Load a file's working text (only when it differs from what is shown)."""
        changed = fr is not self.file or fr is None or self._shown_text != fr.text
        if fr is not self.file:
            self._cache.clear()
        self.file = fr
        # An unreadable file shows no text: say so, not "open files to start" (it is open).
        hint = START_HINT if fr is None or fr.doc is not None else UNREADABLE_HINT
        self.setPlaceholderText(hint.format(name=fr.name if fr else ""))
        if changed:
            self._loading = True
            try:
                self._shown_text = fr.text if fr else ""
                self._cache.clear()
                self.map = PositionMap(self._shown_text)
                self.setPlainText(self._shown_text)
            finally:
                self._loading = False
        self.current = None
        self.refresh_highlights()

    _shown_text = ""

    def refresh_highlights(self) -> None:
        fr = self.file
        selections: list[QTextEdit.ExtraSelection] = []
        if fr is None:
            self.setExtraSelections(selections)
            return
        cache = self._cache
        for it in fr.items:
            decision = fr.decision(it)
            if decision is not None and decision.verdict == Verdict.REJECTED:
                continue
            ident = (it.key, decision is not None)
            sel = cache.get(ident)
            if sel is None:
                sel = cache[ident] = self._selection(it, accepted=decision is not None)
            selections.append(sel)
        if self.current is not None:
            sel = self._selection(self.current, accepted=False, current=True)
            selections.append(sel)
        self.setExtraSelections(selections)

    def show_item(self, it: ReviewItem | None) -> None:
        """Make ``it`` the current issue and scroll it into the middle of the view."""
        self.current = it
        self.refresh_highlights()
        if it is None:
            return
        # Only the caret moves: a selection would hide the issue's own colours.
        start, _length = self.map.span_to_qt(it.issue.offset, it.issue.length)
        cursor = self.textCursor()
        cursor.setPosition(min(start, self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        self.centerCursor()

    def show_offset(self, offset: int) -> None:
        """Put the caret at a Python offset of the shown text, in the middle of the view."""
        cursor = self.textCursor()
        position = self.map.to_qt(min(offset, len(self._shown_text)))
        cursor.setPosition(min(position, self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        self.centerCursor()

    def qt_span(self, it: ReviewItem) -> tuple[int, int]:
        return self.map.span_to_qt(it.issue.offset, it.issue.length)

    def _selection(
        self, it: ReviewItem, *, accepted: bool, current: bool = False
    ) -> QTextEdit.ExtraSelection:
        issue = it.issue
        start, length = self.map.span_to_qt(issue.offset, issue.length)
        if length == 0:
            # An insertion point: mark the character after it so it can be seen.
            length = 1 if start < self.document().characterCount() - 1 else 0
            if not length and start:
                start, length = start - 1, 1
        colour = category_colour(issue.category)
        fmt = QTextCharFormat()
        if accepted:
            fmt.setBackground(QColor("#e3f3e3"))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor("#2e7d32"))
        else:
            fmt.setBackground(colour.darker(125) if current else colour)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(colour.darker(200))
        if current:
            fmt.setForeground(QColor("#000000"))
            fmt.setFontWeight(QFont.Weight.Bold)
        matched = issue.matched(self.file.text) if self.file else ""
        if matched and not matched.strip() and "\n" in matched:
            # Blank lines have no glyphs: colour the whole width so the issue shows.
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor  # type: ignore[attr-defined]
        sel.format = fmt  # type: ignore[attr-defined]
        return sel

    def item_at(self, pos: QPoint) -> ReviewItem | None:
        if self.file is None:
            return None
        cursor = self.cursorForPosition(pos)
        # cursorForPosition gives the nearest gap; the character is the one after it
        # unless the mouse is over the right half of the previous one.
        rect = self.cursorRect(cursor)
        qt_pos = cursor.position() - (1 if pos.x() < rect.x() and cursor.position() else 0)
        items = self.file.items_at(self.map.to_py(qt_pos))
        return items[0] if items else None

    # Events

    def event(self, event: QEvent) -> bool:
        # The widget would take Ctrl+Z itself (its own, disabled, undo); the window's
        # undo stack holds every step, text edits included, so let its shortcut run.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combo = event.keyCombination().toCombined()
            if combo in _WINDOW_KEYS or event.matches(QKeySequence.StandardKey.Undo):
                event.ignore()
                return False
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            it = self.item_at(event.pos())
            if it is not None and self.file is not None:
                QToolTip.showText(event.globalPos(), self._tooltip(it), self.viewport())
            else:
                QToolTip.hideText()
            return True
        if (
            watched is self.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and self.isReadOnly()
        ):
            it = self.item_at(event.position().toPoint())  # type: ignore[attr-defined]
            if it is not None:
                self.itemClicked.emit(it)
        return super().eventFilter(watched, event)

    def _tooltip(self, it: ReviewItem) -> str:
        issue = it.issue
        lines = [f"<b>{issue.rule}</b> ({issue.category})", html.escape(issue.message)]
        if issue.replacements:
            suggestions = ", ".join(shown(r) for r in issue.replacements[:5])
            lines.append("Suggestion: " + html.escape(suggestions))
        if self.file is not None:
            decision = self.file.decision(it)
            if decision is not None:
                after = (
                    ""
                    if decision.replacement is None or decision.verdict == Verdict.REJECTED
                    else f" → {shown(decision.replacement)}"
                )
                lines.append(f"<i>{verdict_label(decision)}{html.escape(after)}</i>")
        return "<br>".join(lines)

    # Private Slots

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._loading or self.file is None:
            return
        old = self._shown_text
        new = self.document().toRawText().replace(_PARAGRAPH, "\n")
        # Qt can report a wider change than happened; narrow it to what differs.
        start = min(self.map.to_py(position), len(old), len(new))
        delta = len(new) - len(old)
        old_end = max(start, min(len(old), self.map.to_py(position + removed)))
        if old_end + delta < start or old[old_end:] != new[old_end + delta :]:
            old_end = len(old)
        new_end = old_end + delta
        while old_end > start and new_end > start and old[old_end - 1] == new[new_end - 1]:
            old_end -= 1
            new_end -= 1
        while start < old_end and start < new_end and old[start] == new[start]:
            start += 1
        if old_end == start and new_end == start:
            return
        self._shown_text = new
        self._cache.clear()
        self.map = PositionMap(new)
        self.textTyped.emit(start, old_end - start, new[start:new_end])
