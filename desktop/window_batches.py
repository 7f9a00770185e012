"""Batches: start a new one, close the one open, and add a folder to it or replace it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from copydesk.desktop.window_actions import WindowActions


class WindowBatches(WindowActions):
    """File › New Batch, Close Batch; Open Folder asks whether to add or replace."""

    act_new_batch: QAction
    act_close_batch: QAction

    def _build_batch_actions(self) -> None:
        self.act_new_batch = self._action(
            "&New Batch…", self.new_batch, QKeySequence.StandardKey.New,
            "Close the files open now and open a folder",
        )  # fmt: skip
        self.act_close_batch = self._action(
            "Close &Batch", self.close_batch, "Ctrl+Shift+W", "Close every file open now"
        )

    def ask_add_or_replace(self, folder: str) -> str:
        """'add', 'replace' or 'cancel' for a folder opened over a batch (tests replace it)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Open folder")
        box.setText(f"Add {folder} to the files open now, or start a new batch with it?")
        add = box.addButton("Add to Batch", QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton("New Batch", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(add)
        box.exec()
        clicked = box.clickedButton()
        return "add" if clicked is add else "replace" if clicked is replace else "cancel"

    def open_folder(self, folder: str | Path) -> bool:
        """Open a folder: added to the batch, or in place of it, as the editor says."""
        if self.session.files:
            answer = self.ask_add_or_replace(str(folder))
            if answer == "cancel" or (answer == "replace" and not self.close_batch()):
                return False
        self.open_paths([folder])
        return True

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Open folder")
        if path:
            self.open_folder(path)

    def new_batch(self) -> None:
        if self.close_batch():
            self.choose_folder()

    def close_batch(self) -> bool:
        """Close every file (asking about unsaved work first); False when the editor cancels.

        Unsaved work includes decisions remembered from an earlier session that were never
        saved to the output folder of this batch (a copy of a folder opened elsewhere)."""
        dirty = self.unsaved()
        if dirty:
            answer = self.ask_unsaved(len(dirty))
            if answer == "cancel" or (answer == "save" and not self.save_files(dirty)):
                return False
            if answer == "discard":
                self.discard_drafts(dirty)
        self.autosave()
        self._drop_check()
        self.session.clear()
        self.output_dir = None  # the next batch's copies go where its own folder says
        self._pending_recheck.clear()
        self.undo_stack.clear()
        self.files_model.reset()
        self.current = None
        self.show_file(None)
        self.message_bar.clear()
        self._update_counts()
        self._update_actions()
        return True
