"""Every decision is a QUndoCommand: accept, reject, edit a replacement, type in the text.

A command that decides many issues at once (all of one rule in a batch) is
one command, so one Ctrl+Z takes it all back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from copydesk.checks.review import FileReview
from copydesk.checks.review_decide import DecisionChange
from copydesk.desktop.signals import AppSignals

__all__ = ["DecideCommand", "DecisionChange", "TextEditCommand"]

TEXT_EDIT_ID = 1001


def _starts_word(before: str, after: str) -> bool:
    """True when ``after`` begins a new word: ``before`` ends in a space, ``after`` does not."""
    return bool(before) and before[-1].isspace() and bool(after) and not after[0].isspace()


class DecideCommand(QUndoCommand):
    """Set (or clear) the decisions of one or many issues."""

    def __init__(self, signals: AppSignals, changes: Sequence[DecisionChange], label: str) -> None:
        super().__init__(label)
        self.signals = signals
        self.changes = list(changes)

    def _files(self) -> list[FileReview]:
        seen: dict[int, FileReview] = {}
        for c in self.changes:
            seen.setdefault(id(c.file), c.file)
        return list(seen.values())

    def redo(self) -> None:
        for c in self.changes:
            c.apply()
        self.signals.filesChanged.emit(self._files())

    def undo(self) -> None:
        for c in reversed(self.changes):
            c.revert()
        self.signals.filesChanged.emit(self._files())
        if self.changes:
            # The editor goes back to the decision taken back, as a word processor's undo
            # returns to the change: the next Ctrl+Enter decides that issue again.
            first = self.changes[0]
            self.signals.decisionUndone.emit(first.file, first.key)


class TextEditCommand(QUndoCommand):
    """The editor typed in the text: replace ``removed`` at ``offset`` by ``inserted``.

    The first ``redo`` comes right after the text view already shows the
    change, so it only updates the session; later redos and undos update both
    (the window listens to ``textEdited`` and reloads the view).
    """

    def __init__(
        self, signals: AppSignals, file: FileReview, offset: int, removed: str, inserted: str
    ) -> None:
        super().__init__("Edit text")
        self.signals = signals
        self.file = file
        self.offset = offset
        self.removed = removed
        self.inserted = inserted
        self._first = True

    def id(self) -> int:
        return TEXT_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing one word (with the spaces after it) is one undo step, as in a word
        # processor; so is deleting one word with Backspace.
        if not isinstance(other, TextEditCommand) or other.file is not self.file:
            return False
        if "\n" in other.inserted or "\n" in other.removed:
            return False
        if not self.removed and not other.removed:
            if other.offset != self.offset + len(self.inserted):
                return False
            if _starts_word(self.inserted, other.inserted):
                return False
            self.inserted += other.inserted
            return True
        if self.inserted or other.inserted or other.offset + len(other.removed) != self.offset:
            return False
        # Backspace runs leftwards: the removed text grows at its start.
        if _starts_word(other.removed, self.removed):
            return False
        self.offset = other.offset
        self.removed = other.removed + self.removed
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False
            self.file.replace_text(self.offset, len(self.removed), self.inserted)
            self.signals.filesChanged.emit([self.file])
            return
        self.file.replace_text(self.offset, len(self.removed), self.inserted)
        self.signals.textEdited.emit(self.file)

    def undo(self) -> None:
        self.file.replace_text(self.offset, len(self.inserted), self.removed)
        self.signals.textEdited.emit(self.file)
