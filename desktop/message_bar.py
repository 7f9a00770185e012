"""A dismissable banner for errors and warnings; never a modal box for a file problem."""

from __future__ import annotations

from collections.abc import Callable, Iterable

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
        close.clicked.connect(self.dismiss)
        # One thing the editor can do about the messages (save as UTF-8), when there is one.
        self.action = QPushButton()
        self.action.hide()
        self.action.clicked.connect(self._run_action)
        self._action: Callable[[], object] | None = None
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(close)
        # Its text's height, never more: a Preferred bar took a third of a tall window.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setAutoFillBackground(True)
        self.setStyleSheet("MessageBar{background:#fff4ce;border-bottom:1px solid #e0c060}")
        self.messages: list[str] = []
        # A standing line under the messages (LanguageTool cannot run) until dismissed: the
        # files' lines, shown when a folder opens, would otherwise replace it unseen.
        self.note = ""
        # What the messages are about when they are about one file's decisions: they go
        # when the editor turns to another file, where they would read as that file's.
        self.about: object | None = None
        self.hide()

    def clear(self) -> None:
        """Take the messages away (they were about something now done, as a save)."""
        self.messages = []
        self.about = None
        self.set_action("", None)
        self._render()

    def dismiss(self) -> None:
        """The editor closed the bar: the standing line has been read too."""
        self.messages = []
        self.about = None
        self.note = ""
        self.set_action("", None)
        self._render()

    def show_messages(
        self,
        messages: Iterable[str],
        action: tuple[str, Callable[[], object]] | None = None,
        about: object | None = None,
    ) -> None:
        """Show ``messages``, with a button for ``action`` (label, what it does) if given;
        ``about`` is the file whose decisions they are about, if they are."""
        self.messages = list(messages)
        self.about = about
        if self.messages:
            self.set_action(*(action or ("", None)))
            self._render()

    def set_action(self, label: str, run: Callable[[], object] | None) -> None:
        self._action = run
        self.action.setText(label)
        self.action.setVisible(run is not None)

    def _run_action(self) -> None:
        run = self._action
        self.set_action("", None)  # one click: the outcome says what happened
        if run is not None:
            run()

    def set_note(self, note: str) -> None:
        self.note = note
        self._render()

    def _render(self) -> None:
        shown = self.messages[:6]
        more = len(self.messages) - len(shown)
        lines = shown + ([f"… and {more} more"] if more > 0 else []) + [self.note] * bool(self.note)
        if not lines:
            self.label.clear()
            self.hide()
            return
        self.label.setText("\n".join(lines))
        self.show()
