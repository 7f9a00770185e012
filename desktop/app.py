"""Start the desktop window: ``copydesk gui PATHS...`` or the ``copydesk-gui`` script."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from copydesk.desktop.main_window import MainWindow
from copydesk.desktop.platform_libs import install_hint, missing_packages, no_display

SMOKE_TEST_SECONDS = 120
NOTHING_OPENED_SECONDS = 3  # opening is quick; checking is what takes time


def _smoke_test(window: MainWindow, outcome: list[int]) -> None:
    """Close the window once the opened files are checked, printing what it holds.

    Used by packaging/smoke-test.sh on built bundles.  The exit code goes into
    ``outcome``: 0 when files were opened and issues listed, 1 when nothing was,
    3 when checking did not finish in time.  Closing the last window ends the
    application; ``QApplication.exit`` would leave it closing for good.
    """
    waited = 0.0

    def finish(code: int, message: str) -> None:
        print(message, file=sys.stdout if code == 0 else sys.stderr)
        outcome.append(code)
        window.close()

    def poll() -> None:
        nonlocal waited
        waited += 0.1
        files = window.session.files
        if files and not window.checking and all(f.checked or f.error for f in files):
            issues = sum(len(f.items) for f in files)
            finish(
                0 if issues else 1,
                f"smoke test: {len(files)} file(s) opened, {issues} issue(s) listed",
            )
        elif not files and not window.checking and waited > NOTHING_OPENED_SECONDS:
            finish(1, "smoke test: no file could be opened (see the messages above)")
        elif waited > SMOKE_TEST_SECONDS:
            finish(3, "smoke test: checking did not finish in time")
        else:
            QTimer.singleShot(100, poll)

    QTimer.singleShot(100, poll)


def main(paths: Sequence[str] | None = None, *, smoke_test: bool = False) -> int:
    """Open the window on ``paths`` (default: the command line's arguments); the exit code.

    ``smoke_test``: open ``paths``, wait for the check, print a summary and quit.
    """
    if paths is None:
        paths = sys.argv[1:]
    if QApplication.instance() is None:
        # Qt would abort the process without a display, or while loading its X11 plugin
        # without its libraries: say so in one line and check on the command line instead.
        missing = missing_packages()
        reason = (
            install_hint(missing)
            if missing
            else "no display to open the window on; running the command-line check instead"
            if no_display()
            else ""
        )
        if reason:
            print(f"copydesk: {reason}", file=sys.stderr)
            from copydesk.cli import check_without_window

            return check_without_window(paths)
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
    # Without a window manager (a bare X server) no window gets the keyboard until clicked:
    # F8 and every other shortcut did nothing at first.  Under one this is a no-op.
    window.activateWindow()
    if paths:
        QTimer.singleShot(0, lambda: window.open_paths(list(paths)))
    outcome: list[int] = []
    if smoke_test:
        _smoke_test(window, outcome)
    try:
        code = app.exec()
        return outcome[0] if outcome else code
    finally:
        sys.excepthook = previous_hook
        # Let a cancelled check reach its next cancel point before Python shuts down.
        QThreadPool.globalInstance().waitForDone(3000)


if __name__ == "__main__":
    sys.exit(main())
