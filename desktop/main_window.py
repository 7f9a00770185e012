"""The main window: file list | document | issues, with menus, toolbar and status bar.

A view: the review layer (:mod:`copydesk.checks.review` and friends) decides, loads and
saves; this class puts together the window's sections, each a mixin in its own
module, and renders what they change.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QUndoStack,
    QWindow,
)
from PySide6.QtWidgets import QWidget

from copydesk.checks.engine import Engine
from copydesk.checks.model import Location
from copydesk.checks.review import FileReview, ReviewItem
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_bilingual import BilingualReview
from copydesk.checks.review_save import remembered_lines
from copydesk.checks.service import LANGUAGETOOL
from copydesk.checks.settings import Settings, config_dir, load_settings
from copydesk.desktop import workers
from copydesk.desktop.message_bar import MessageBar
from copydesk.desktop.models import FileRole
from copydesk.desktop.signals import AppSignals
from copydesk.desktop.window_actions import WindowActions
from copydesk.desktop.window_autosave import WindowAutosave
from copydesk.desktop.window_base import EngineFactory
from copydesk.desktop.window_batches import WindowBatches
from copydesk.desktop.window_bilingual import WindowBilingual
from copydesk.desktop.window_checking import WindowChecking
from copydesk.desktop.window_fit import WindowFit
from copydesk.desktop.window_focus import WindowFocus
from copydesk.desktop.window_layout import WindowLayout
from copydesk.desktop.window_review import WindowReview
from copydesk.desktop.window_saving import WindowSaving
from copydesk.desktop.window_settings import WindowSettings
from copydesk.desktop.window_start import WindowStart
from copydesk.desktop.window_views import WindowViews

# The window has no --max-size and no setting for the limit: say what can be done here,
# and where a larger file can be checked.
SIZE_ADVICE = (
    "split it into smaller files to open it here, or check it on the command line with a"
    " higher limit: copydesk check --max-size MEGABYTES FILE"
)

# How long after a decision its file is checked again for what the fix revealed: a run
# of Ctrl+Enter is one re-check, and the new issues are listed within a moment.
RECHECK_AFTER_DECISION_MS = 300

# Set on a dialog's window once this window watches it close (a Qt dynamic property: it
# lives and dies with the dialog, so nothing here holds a closed dialog alive).
_WATCHED = "copydeskFocusWatched"

__all__ = ["MainWindow", "MessageBar"]


class MainWindow(
    WindowStart,
    WindowBilingual,
    WindowBatches,
    WindowFit,
    WindowAutosave,
    WindowFocus,
    WindowActions,
    WindowLayout,
    WindowReview,
    WindowChecking,
    WindowSaving,
    WindowSettings,
    WindowViews,
):
    def __init__(
        self,
        settings: Settings | None = None,
        engine_factory: EngineFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        warning = None
        if settings is None:
            settings, warning = load_settings()
        self.settings = settings
        self.engine_factory: EngineFactory = engine_factory or (lambda s: Engine(s))
        self.engine = self.engine_factory(self.settings)
        self.signals = AppSignals(self)
        self.session = ReviewBatch(size_advice=SIZE_ADVICE)
        self.undo_stack = QUndoStack(self)
        self.qsettings = QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)
        self.output_dir: Path | None = None
        self.current: FileReview | None = None
        self.job = None
        self._generation = 0
        self._jobs: list[workers.QRunnable] = []  # keep Python jobs alive until they finish
        self._pending_recheck: set[int] = set()
        self._inputs_key = None
        self._recheck_timer = QTimer(self)
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.setInterval(1200)
        self._recheck_timer.timeout.connect(self._recheck_pending)
        # After a decision: soon, but after a quick run of Ctrl+Enter, not once per key.
        self._decided_timer = QTimer(self)
        self._decided_timer.setSingleShot(True)
        self._decided_timer.setInterval(RECHECK_AFTER_DECISION_MS)
        self._decided_timer.timeout.connect(self._recheck_pending)
        # Counting every file's open issues after each result would be quadratic in a
        # big batch: coalesce the status-bar counts.
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(150)
        self._counts_timer.timeout.connect(self._update_counts)

        self.setWindowTitle("copydesk")
        self.setWindowIcon(QIcon(str(files("copydesk.resources") / "icons" / "copydesk.svg")))
        self.setAcceptDrops(True)
        self.resize(1440, 880)
        self._build_ui()
        self._build_actions()
        self._build_menus()
        self._connect()
        self._build_autosave()
        self._restore_geometry()
        self._fit_to_screen()
        self._fit_file_columns()
        self._update_actions()
        self._update_counts()
        self._unsubscribe_lt = LANGUAGETOOL.subscribe(self.signals.serviceStatus.emit)
        self._show_service(LANGUAGETOOL.status)
        self._warm_up_languagetool()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._on_focus_window)
        if warning:
            self.message_bar.show_messages([warning])

    def _on_focus_window(self, window: QWindow | None) -> None:
        """Watch each dialog of this window that takes the keyboard, to take it back after.

        A window manager hands focus back to the window a dialog belonged to; a bare X
        server does not, and every shortcut (F8, Ctrl+Enter) was dead after Save or
        Export until a click.  Only after this window's own dialog, and only while no
        window has the keyboard: never taken from another application.
        """
        mine = self.windowHandle()
        if window is None or window is mine or window.transientParent() is not mine:
            return
        # A dialog takes the keyboard again each time it is focused: connected once, or
        # the handlers pile up and each close queues one focus grab per earlier focus.
        if window.property(_WATCHED):
            return
        window.setProperty(_WATCHED, True)
        window.visibleChanged.connect(self._on_dialog_shown)

    def _on_dialog_shown(self, visible: bool) -> None:
        if not visible:
            QTimer.singleShot(0, self, self._take_focus_back)  # never after the window is gone

    def _take_focus_back(self) -> None:
        if QGuiApplication.focusWindow() is None and self.isVisible():
            self.activateWindow()

    def open_paths(self, paths: Iterable[str | Path]) -> list[FileReview]:
        """Open files and folders; problems show in the message bar, never as a crash."""
        names = [str(p) for p in paths]
        try:
            added, errors = self.session.open_paths(names)
        except OSError as exc:
            self.message_bar.show_messages([f"Cannot open: {exc}"])
            return []
        self.files_model.reset()
        for p in names:
            self._add_recent(p)
        readable = [f for f in added if f.doc is not None]
        if not added and not errors:
            self.message_bar.show_messages(
                [f"No articles or bilingual files in {', '.join(names)}"]
            )
        if readable:
            self.start_check(None)
        if self.current is None and added:
            self._select_file(readable[0] if readable else added[0])
        errors = errors + remembered_lines(added)
        if errors:
            # After the selection: a file shown with its own error puts that one line in
            # the bar, and the others (an empty file, which has no row) would be lost.
            self.message_bar.show_messages(errors)
        self._update_counts()
        self._update_actions()
        return added

    def show_file(self, fr: FileReview | None) -> None:
        if fr is self.current and fr is not None:
            return
        self.current = fr
        if self.message_bar.about is not None and self.message_bar.about is not fr:
            self.message_bar.clear()
        self.view.show_file(fr)
        self.issue_panel.set_file(fr)
        if fr is None:
            self.doc_title.setText("No file open")
        else:
            label = fr.doc.encoding_label if fr.doc else "not readable"
            self.doc_title.setText(f"{fr.name}  ·  {label}")
            if fr.error:
                self.message_bar.show_messages([fr.error])
            self.view.setReadOnly(not self.act_edit_text.isChecked() or fr.doc is None)
        self.show_bilingual_file(fr)
        self.refresh_changes()
        self._update_actions()

    def _on_file_row(self, fr: FileReview | None) -> None:
        """A file chosen in the file list: shown, its first open issue selected as F8 would
        select it, so Ctrl+Enter decides at once.  The window's own moves to a file
        (``_select_file``) select the issue they go to themselves."""
        self.show_file(fr)
        if self._choosing_file or fr is None or self.current_item() is not None:
            return
        first = next((it for it in fr.items if fr.is_open(it) and self._wanted(it)), None)
        if first is not None:
            self.issue_panel.select_key(first.key)

    def _file_at(self, index: QModelIndex) -> FileReview | None:
        fr = self.files_model.data(index, FileRole)
        return fr if isinstance(fr, FileReview) else None

    def go_to_location(self, loc: Location) -> None:
        fr = self.session.by_path(loc.path)
        if fr is None:
            self.statusBar().showMessage(f"{loc.path} is not open", 5000)
            return
        self._select_file(fr)
        for it in fr.items:
            if it.issue.offset <= loc.offset < max(it.issue.end, it.issue.offset + 1):
                self.issue_panel.select_key(it.key)
                return
        # No issue there (the other spelling may be the right one): show the place itself.
        self.view.show_offset(loc.offset)

    def location_label(self, loc: Location) -> str:
        """``name:line`` of a place in another file (its line in that file's text now)."""
        fr = self.session.by_path(loc.path)
        if fr is None:
            return Path(loc.path).name
        if isinstance(fr, BilingualReview):  # a place in a bilingual file: its unit
            return f"{fr.name}:[{fr.units[fr.unit_index(loc.offset)].id}]"
        return f"{fr.name}:{fr.place(loc)[0]}"

    def select_item(self, it: ReviewItem) -> None:
        self.issue_panel.select_key(it.key)

    def _update_actions(self) -> None:
        has_file = self.current is not None and self.current.doc is not None
        for a in (self.act_save, self.act_save_over, self.act_diff, self.act_edit_text):
            a.setEnabled(has_file)
        if isinstance(self.current, BilingualReview):
            self.act_edit_text.setEnabled(False)  # corrected unit by unit, never typed over
        has_any = bool(self.session.readable())
        for a in (self.act_save_all, self.act_report, self.act_qa_report, self.act_recheck):
            a.setEnabled(has_any)
        self.act_cancel.setEnabled(self.checking)
        self.show_start_page(not self.session.files)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        dirty = self.unsaved()
        if dirty:
            answer = self.ask_unsaved(len(dirty))
            if answer == "cancel" or (answer == "save" and not self.save_files(dirty)):
                event.ignore()
                return
            if answer == "discard":
                self.discard_drafts(dirty)  # the editor threw the unsaved work away
        self._autosave_timer.stop()
        self.autosave()  # typed text kept (item 1) even after a save
        if self.job is not None:
            self.job.cancel()
        self._unsubscribe_lt()
        self.qsettings.setValue("geometry", self.saveGeometry())
        self.qsettings.setValue("splitter", self.splitter.saveState())
        self.qsettings.sync()
        event.accept()
