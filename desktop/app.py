"""Start the desktop window: ``copydesk gui PATHS...`` or the ``copydesk-gui`` script."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow


def main(paths: Sequence[str] | None = None) -> int:
    """Open the window on ``paths`` (default: the command line's arguments); the exit code."""
    if paths is None:
        paths = sys.argv[1:]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("copydesk")
    app.setOrganizationName("copydesk")
    app.setApplicationDisplayName("copydesk")
    window = MainWindow()

    def report(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        # A bug must cost a message, not the editor's work: show it and carry on.
        traceback.print_exception(kind, exc, tb)
        window.message_bar.show_messages([f"Internal error ({kind.__name__}): {exc}"])

    previous_hook = sys.excepthook
    sys.excepthook = report
    window.show()
    if paths:
        QTimer.singleShot(0, lambda: window.open_paths(list(paths)))
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        # Let a cancelled check reach its next cancel point before Python shuts down.
        QThreadPool.globalInstance().waitForDone(3000)


if __name__ == "__main__":
    sys.exit(main())
