"""A dismissable banner for errors and warnings; never a modal box for a file problem."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


class MessageBar(QWidget):
    """A dismissable banner for errors and warnings; never a modal box for a file problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton("✕")
        close.setFlat(True)
        close.setFixedWidth(28)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        # Its text's height, never more: a Preferred bar took a third of a tall window.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setAutoFillBackground(True)
        self.setStyleSheet("MessageBar{background:#fff4ce;border-bottom:1px solid #e0c060}")
        self.messages: list[str] = []
        self.hide()

    def clear(self) -> None:
        """Take the messages away (they were about something now done, as a save)."""
        self.messages = []
        self.label.clear()
        self.hide()

    def show_messages(self, messages: Iterable[str]) -> None:
        self.messages = list(messages)
        if not self.messages:
            return
        shown = self.messages[:6]
        more = len(self.messages) - len(shown)
        text = "\n".join(shown) + (f"\n… and {more} more" if more > 0 else "")
        self.label.setText(text)
        self.show()
