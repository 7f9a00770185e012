"""Autosave: each file's decisions and typed text go to a draft a moment after a change.

A window killed mid-review (a crash, kill -9, a power cut) loses at most the
last second; opening the files again takes the drafts back
(:mod:`copydesk.checks.review_draft`).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from copydesk.checks.review import FileReview
from copydesk.checks.review_draft import drop_draft, write_draft
from copydesk.desktop.window_base import WindowBase

AUTOSAVE_MS = 800


class WindowAutosave(WindowBase):
    """Drafts written after changes, dropped when the editor discards on closing."""

    _autosave_timer: QTimer
    _autosaved: dict[int, tuple[int, int]]

    def _build_autosave(self) -> None:
        self._autosaved = {}
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self.signals.filesChanged.connect(lambda _files: self._autosave_timer.start())
        self.signals.textEdited.connect(lambda _fr: self._autosave_timer.start())
        self.undo_stack.indexChanged.connect(lambda _i: self._autosave_timer.start())

    def autosave(self) -> int:
        """Write the draft of every file changed since the last autosave; how many."""
        written = 0
        for fr in self.session.readable():
            if self._autosaved.get(id(fr)) == (fr.revision, fr.saved_revision):
                continue
            write_draft(fr)
            self._autosaved[id(fr)] = (fr.revision, fr.saved_revision)
            written += 1
        return written

    def discard_drafts(self, files: list[FileReview]) -> None:
        for fr in files:
            drop_draft(fr)
