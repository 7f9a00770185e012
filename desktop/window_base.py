"""What every part of the main window shares: its state, declared once for the mixins.

The window is split along its sections (actions and menus, layout, review,
checking, saving, settings); each section is a mixin on this base, and
:class:`copydesk.desktop.main_window.MainWindow` puts them together.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QWidget,
)

from copydesk.checks.engine import Engine
from copydesk.checks.review import FileReview, ReviewItem
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_save import unsaved_files
from copydesk.checks.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTreeView

    from copydesk.desktop import workers
    from copydesk.desktop.changes_view import TextMode
    from copydesk.desktop.issuepanel import IssuePanel
    from copydesk.desktop.message_bar import MessageBar
    from copydesk.desktop.models import FileListModel
    from copydesk.desktop.signals import AppSignals
    from copydesk.desktop.textview import DocumentView

EngineFactory = Callable[[Settings], Engine]


class WindowBase(QMainWindow):
    """State shared by the window's sections; methods every section may call."""

    settings: Settings
    engine_factory: EngineFactory
    engine: Engine
    signals: AppSignals
    session: ReviewBatch
    undo_stack: QUndoStack
    qsettings: QSettings
    output_dir: Path | None
    current: FileReview | None
    job: workers.CheckJob | None
    _generation: int
    _jobs: list[workers.QRunnable]
    _pending_recheck: set[int]
    _recheck_timer: QTimer
    _decided_timer: QTimer
    _counts_timer: QTimer
    _inputs_key: object
    files_model: FileListModel
    file_view: QTreeView
    view: DocumentView
    issue_panel: IssuePanel
    message_bar: MessageBar
    doc_title: QLabel
    splitter: QSplitter
    counts_label: QLabel
    progress: QProgressBar
    cancel_button: QPushButton
    lt_label: QLabel
    recent_menu: QMenu
    act_accept: QAction
    act_edit_text: QAction
    act_mono: QAction
    act_undo: QAction
    act_redo: QAction
    text_mode: TextMode
    focus: tuple[str, str] | None = None  # the check reviewed across files: (kind, name)
    _choosing_file = False  # the window, not the editor, is changing the file list's row

    def effective_output_dir(self) -> Path | None:
        """Where corrected copies go (the window's saving part says)."""
        return None

    def unsaved(self) -> list[FileReview]:
        """The files whose work is in no saved copy (:func:`unsaved_files`): what the status
        bar counts and what closing asks about, so the two never disagree."""
        return unsaved_files(self.session, self.effective_output_dir())

    def _update_counts(self) -> None:
        files = self.session.files
        open_total = sum(f.open_count() for f in files)
        decided = sum(f.decided_count() for f in files)
        dirty = self.unsaved()
        self.counts_label.setText(
            f"{len(files)} file(s) · {open_total} open · {decided} decided"
            + (f" · {len(dirty)} unsaved" if dirty else "")
        )

    def _update_actions(self) -> None:
        """Enable the actions that apply now (the window defines them)."""

    def _select_file(self, fr: FileReview) -> None:
        """Go to ``fr`` from the window's own moves (F8, a related place, an undo): these
        select their issue themselves, not the file's first (see ``_on_file_row``)."""
        row = self.files_model.row_of(fr)
        if row >= 0:
            self._choosing_file = True
            try:
                self.file_view.setCurrentIndex(self.files_model.index(row, 0))
            finally:
                self._choosing_file = False

    def _wanted(self, it: ReviewItem) -> bool:
        """Whether stepping stops at ``it`` (the review section defines it)."""
        return True

    def current_item(self) -> ReviewItem | None:
        return self.issue_panel.current_item()

    def _build_mode_actions(self) -> None:
        """The text pane's modes (the views section defines them)."""

    def set_text_mode(self, mode: TextMode) -> None:
        """Show the text as original, tracked or corrected (the views section defines it)."""

    def show_edit_mode(self, on: bool) -> None:
        """Show that typing is on (the views section defines it)."""

    def _build_batch_actions(self) -> None:
        """New Batch and Close Batch (the batches section defines them)."""

    def autosave(self) -> int:
        """Write the drafts of changed files (the autosave section defines it)."""
        return 0

    def discard_drafts(self, files: list[FileReview]) -> None:
        """Drop the drafts of files whose work the editor threw away (autosave section)."""

    def _build_focus(self) -> None:
        """The one-check review's actions (the focus section defines them)."""

    def in_focus(self, it: ReviewItem) -> bool:
        """True when ``it`` is of the check reviewed across files (the focus section)."""
        return True

    def _show_focus(self) -> None:
        """Show which check is reviewed across files (the focus section defines it)."""

    def refresh_changes(self) -> None:
        """Redraw the tracked or corrected text (the views section defines it)."""

    def toggle_edit_mode(self) -> None:
        """Turn typing in the text on or off (the review section defines it)."""

    def next_issue(self) -> None:
        """Go to the next open issue (the review section defines it)."""

    def _with_bilingual(self, text_pane: QWidget) -> QWidget:
        """The text pane with the side-by-side unit view (the bilingual section defines it)."""
        return text_pane

    def show_bilingual_file(self, fr: FileReview | None) -> None:
        """Show or hide the side-by-side unit view (the bilingual section defines it)."""

    def show_unit(self, it: ReviewItem | None) -> None:
        """Show the unit of ``it`` side by side (the bilingual section defines it)."""

    def _build_start_page(self) -> QWidget:
        """What an empty window shows in place of the text (the start section defines it)."""
        return QWidget()

    def show_start_page(self, empty: bool) -> None:
        """Show the start page while no file is open (the start section defines it)."""

    def _drop_check(self) -> None:
        """Cancel the running check and take none of its results, nor its end: the bar and
        Cancel go at once (closing the batch), not when the worker notices."""
        if self.job is not None:
            self.job.cancel()
        self._generation += 1  # results still on their way belong to what was closed
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()

    def _schedule_recheck(self, fr: FileReview, *, soon: bool = False) -> None:
        """Check ``fr`` again once typing pauses, or ``soon``: after a decision, whose
        corrected text may hold what the fix revealed (``FileReview.needs_recheck``)."""
        self._pending_recheck.add(id(fr))
        if not soon:
            self._recheck_timer.start()
        elif not self._recheck_timer.isActive():
            self._decided_timer.start()
