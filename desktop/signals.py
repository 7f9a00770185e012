"""App-wide signals on one object, so parts of the window talk without knowing each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    # Decisions or text of these FileReview objects changed (a list).
    filesChanged = Signal(object)
    # A decision was undone: (FileReview, item key) of the first issue it reopens.
    decisionUndone = Signal(object, str)
    # The working text of one FileReview changed (direct edit or its undo).
    textEdited = Signal(object)
    # LanguageTool's ServiceStatus; emitted from any thread, delivered on the UI thread.
    serviceStatus = Signal(object)
    # A short message for the status bar.
    statusMessage = Signal(str)
