"""How the text pane shows a file: original with highlights, tracked changes, or corrected.

The original (:class:`copydesk.desktop.textview.DocumentView`) is where issues are
picked and the text is typed in; the other two are read-only
(:class:`copydesk.desktop.changes_view.ChangesView`) and follow every decision and undo.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QStackedWidget, QVBoxLayout, QWidget

from copydesk.desktop.changes_view import ChangesView, TextMode
from copydesk.desktop.window_base import WindowBase

MODE_KEYS = {TextMode.ORIGINAL: "Ctrl+1", TextMode.TRACKED: "Ctrl+2", TextMode.CORRECTED: "Ctrl+3"}
_MENU_TEXT = {
    TextMode.ORIGINAL: "&Original with Issues",
    TextMode.TRACKED: "&Tracked Changes",
    TextMode.CORRECTED: "&Corrected Text",
}


class WindowViews(WindowBase):
    """The text pane's three modes: a stack of the document view and the changes view."""

    text_stack: QStackedWidget
    edit_banner: QLabel
    changes_view: ChangesView
    mode_combo: QComboBox
    mode_actions: dict[TextMode, QAction]
    text_mode: TextMode

    def _build_text_stack(self) -> QWidget:
        self.text_mode = TextMode.ORIGINAL
        self.changes_view = ChangesView()
        self.text_stack = QStackedWidget()
        self.text_stack.addWidget(self.view)
        self.text_stack.addWidget(self.changes_view)
        # Typing changes the file itself: say so in a band that cannot be missed.
        self.edit_banner = QLabel(
            "Editing the text directly: what you type becomes the file's text."
            "  Ctrl+Z undoes a word at a time; Ctrl+T stops editing."
        )
        self.edit_banner.setObjectName("edit-banner")
        self.edit_banner.setWordWrap(True)
        self.edit_banner.setContentsMargins(8, 4, 8, 4)
        self.edit_banner.setStyleSheet(
            "#edit-banner{background:#1565c0;color:white;font-weight:600}"
        )
        self.edit_banner.hide()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.edit_banner)
        layout.addWidget(self.text_stack)
        return box

    def show_edit_mode(self, on: bool) -> None:
        """The banner and a blue frame round the text while typing is on."""
        self.edit_banner.setVisible(on)
        self.view.setStyleSheet("DocumentView{border:3px solid #1565c0}" if on else "")

    def _build_mode_actions(self) -> None:
        group = QActionGroup(self)
        group.setExclusive(True)
        self.mode_actions = {}
        for mode in TextMode:
            action = QAction(_MENU_TEXT[mode], self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(MODE_KEYS[mode]))
            action.setStatusTip(f"Show the text as: {mode.value.lower()}")
            action.triggered.connect(lambda _c=False, m=mode: self.set_text_mode(m))
            group.addAction(action)
            self.addAction(action)
            self.mode_actions[mode] = action
        self.mode_actions[TextMode.ORIGINAL].setChecked(True)
        self.mode_combo = QComboBox()
        self.mode_combo.setToolTip(
            "Original with issues (Ctrl+1), tracked changes (Ctrl+2), corrected text (Ctrl+3)"
        )
        for mode in TextMode:
            self.mode_combo.addItem(mode.value, mode)
        self.mode_combo.activated.connect(
            lambda i: self.set_text_mode(TextMode(self.mode_combo.itemData(i)))
        )

    def set_text_mode(self, mode: TextMode) -> None:
        """Show the current file as ``mode``; the choice holds for every file shown."""
        self.text_mode = mode
        self.mode_actions[mode].setChecked(True)
        self.mode_combo.setCurrentIndex(list(TextMode).index(mode))
        if mode == TextMode.ORIGINAL:
            self.text_stack.setCurrentWidget(self.view)
        else:
            # Typing goes to the original only: the other views are read-only.
            if self.act_edit_text.isChecked():
                self.act_edit_text.setChecked(False)
                self.toggle_edit_mode()
            self.text_stack.setCurrentWidget(self.changes_view)
        self.refresh_changes()

    def refresh_changes(self) -> None:
        """Redraw the tracked or corrected text (after a decision, an undo, a new file)."""
        if self.text_mode == TextMode.ORIGINAL:
            return
        fr = self.current if self.current is not None and self.current.doc is not None else None
        scroll = self.changes_view.verticalScrollBar().value()
        self.changes_view.show_file(fr, self.text_mode)
        self.changes_view.verticalScrollBar().setValue(scroll)
