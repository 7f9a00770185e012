"""Saving and exporting from the window; what is written is planned by the review layer."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from copydesk.checks.files import OutputPlanError
from copydesk.checks.report import ReportError
from copydesk.checks.review import FileReview
from copydesk.checks.review_report import registry_rule_name, write_review_report
from copydesk.checks.review_save import (
    SaveOutcome,
    backup_path,
    copies_to_lose,
    output_blocked,
    save_files,
)
from copydesk.desktop.dialogs import DiffDialog
from copydesk.desktop.window_base import WindowBase

# The output folder chosen for each input folder: {input folder: output folder}, as JSON.
# Kept per input folder, because one remembered for every batch sent the next day's
# articles into the last batch's folder (or into one that no longer existed).
OUTPUT_DIRS_KEY = "output_dirs"
MAX_REMEMBERED_OUTPUTS = 50


def _make_for_dialog(folder: Path) -> Path | None:
    """Make ``folder`` (and the folders above it that are missing) so a folder dialog can
    choose it; the topmost folder made, or None when it was there or cannot be made."""
    if folder.exists():
        return None
    top = folder
    while not top.parent.exists() and top.parent != top:
        top = top.parent
    try:
        folder.mkdir(parents=True)
    except OSError:
        return None  # the dialog opens where it can; nothing was made
    return top


def _remove_if_empty(top: Path) -> None:
    """Take away the folders :func:`_make_for_dialog` made, unless something is in them."""
    made = sorted((p for p in top.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts))
    with contextlib.suppress(OSError):  # not empty: the editor put something there
        for folder in [*made, top]:
            folder.rmdir()


def _chosen_in(chosen: str, made: Path) -> bool:
    """Whether the folder chosen is one of those made for the dialog."""
    if not chosen:
        return False
    try:
        return Path(chosen).resolve().is_relative_to(made.resolve())
    except OSError:
        return False


class WindowSaving(WindowBase):
    """Questions before saving, then saving and exporting through the review layer."""

    def ask(self, title: str, text: str) -> bool:
        """A yes/no question (tests replace this)."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        # No is the default: Enter on a question about overwriting must not overwrite.
        answer = QMessageBox.question(self, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_unsaved(self, count: int) -> str:
        """'save', 'discard' or 'cancel' when closing with unsaved decisions (tests replace it)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Unsaved decisions")
        box.setText(f"{count} file(s) have decisions that are not saved.")
        box.setInformativeText("Save the corrected copies before closing?")
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def confirm_diff(
        self, files: Sequence[FileReview], target: str, *, overwrite: bool = False
    ) -> bool:
        """Show original against corrected text; True to go on saving (tests replace it)."""
        dialog = DiffDialog(files, target, self, overwrite=overwrite)
        return dialog.exec() == DiffDialog.DialogCode.Accepted

    def effective_output_dir(self) -> Path | None:
        """The folder chosen in this batch, else the one chosen before for its input folder,
        else ``<input folder>-corrected``."""
        if self.output_dir is not None:
            return self.output_dir
        root = self._batch_root()
        chosen = self.remembered_output_dirs().get(root) if root else None
        return Path(chosen) if chosen else self.session.default_output_dir()

    def _batch_root(self) -> str | None:
        """The input folder the batch's default output folder is named after."""
        files = self.session.files
        return str(files[0].source.root.resolve()) if files else None

    def remembered_output_dirs(self) -> dict[str, str]:
        raw = self.qsettings.value(OUTPUT_DIRS_KEY)
        try:
            value = json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:  # a hand-edited settings file: start afresh
            return {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def _remember_output_dir(self, path: str) -> None:
        root = self._batch_root()
        if root is None:
            return
        chosen = self.remembered_output_dirs()
        chosen.pop(root, None)
        chosen[root] = path
        kept = dict(list(chosen.items())[-MAX_REMEMBERED_OUTPUTS:])
        self.qsettings.setValue(OUTPUT_DIRS_KEY, json.dumps(kept))

    def save_current(self) -> bool:
        return self.save_files([self.current] if self.current else [])

    def save_all(self) -> bool:
        return self.save_files(self.session.readable())

    def save_files(
        self,
        files: Sequence[FileReview],
        *,
        overwrite: bool = False,
        reviewed: bool = False,
        as_utf8: bool = False,
    ) -> bool:
        """Show the diff (unless ``reviewed``), then save; True when every file was saved.

        ``as_utf8``: in UTF-8 (the message bar's Save as UTF-8, after a save refused
        because a file's encoding cannot store its correction)."""
        files = [f for f in files if f.doc is not None]
        if not files:
            return True
        out = self.effective_output_dir()
        blocked = None if overwrite else output_blocked(out)
        if blocked is not None:  # said before the diff is shown, as ``fix`` says it first
            self._show_outcome(SaveOutcome(total=len(files), errors=[blocked]))
            return False
        target = "the original files (with .bak backups)" if overwrite else str(out)
        # Only a save over the originals says so (a plain save keeps the two-argument call).
        extra = {"overwrite": True} if overwrite else {}
        if not reviewed and not self.confirm_diff(files, target, **extra):
            return False
        lost = [] if overwrite or out is None else copies_to_lose(self.session, files, out)
        if lost and not self.ask(
            "Replace corrected copies?",
            "\n".join(lost[:5] + ([f"… and {len(lost) - 5} more"] if len(lost) > 5 else []))
            + "\n\nReplace them with the new corrected copies?",
        ):
            self.statusBar().showMessage("Nothing saved: the existing copies are kept", 8000)
            return False
        outcome = save_files(self.session, files, out, overwrite=overwrite, as_utf8=as_utf8)
        for fr in files:
            self.files_model.file_changed(fr)
        self._show_outcome(outcome, overwrite=overwrite)
        self._update_counts()
        return outcome.ok

    def _show_outcome(self, outcome: SaveOutcome, *, overwrite: bool = False) -> None:
        """What a save did (or why it did nothing), on the message bar and the status bar;
        files refused because their encoding cannot store the correction get a button
        that saves them as UTF-8, where they went."""
        if outcome.messages():
            refused = list(outcome.unstorable)
            action = None
            if refused:
                label = "Save as UTF-8" if len(refused) == 1 else f"Save {len(refused)} as UTF-8"
                action = (
                    label,
                    lambda: self.save_files(
                        refused, overwrite=overwrite, reviewed=True, as_utf8=True
                    ),
                )
            self.message_bar.show_messages(outcome.messages(), action)
        elif outcome.ok:
            self.message_bar.clear()  # what it said before the save is out of date now
        self.statusBar().showMessage(outcome.status(), 8000)

    def save_over_original(self) -> bool:
        if self.current is None:
            return False
        if not self.ask(
            "Overwrite the original?",
            f"Replace {self.current.path} with the corrected text?\n"
            f"The original is kept as {backup_path(self.current.path).name} next to it.",
        ):
            return False
        return self.save_files([self.current], overwrite=True)

    def choose_output_dir(self) -> None:
        proposed = self.effective_output_dir() or Path.home()
        # The folder proposed (``<input folder>-corrected``) is often not there yet, and a
        # folder dialog greys Choose for a folder that does not exist: it is made for the
        # dialog, and taken away again, still empty, when another is chosen or none.
        made = _make_for_dialog(proposed)
        path = ""
        try:
            path = QFileDialog.getExistingDirectory(self, "Output folder", str(proposed))
        finally:
            if made is not None and not _chosen_in(path, made):
                _remove_if_empty(made)
        if not path:
            return
        try:
            self.session.plan_targets(Path(path))
        except OutputPlanError as exc:
            self.message_bar.show_messages([f"Output folder not changed: {exc}"])
            return
        self.output_dir = Path(path)
        self._remember_output_dir(path)

    def show_current_diff(self) -> None:
        fr = self.current
        if fr is None or fr.doc is None:
            return
        # Titled for the changes, closed with Close; its save button says where it
        # writes and saves as Save Corrected Copy would, without asking again.
        dialog = DiffDialog([fr], str(self.effective_output_dir()), self, showing=True)
        if dialog.exec() == DiffDialog.DialogCode.Accepted:
            self.save_files([fr], reviewed=True)

    def export_report(self, path: Path, *, qa: bool = False) -> bool:
        """Write the review report (every issue with its decision), or the QA report."""
        rows = self.session.review_rows(registry_rule_name(self.engine.checks))
        try:
            inputs = [f.path for f in self.session.files]  # a report never replaces an original
            write_review_report(path, rows, inputs, qa=qa)
        except ReportError as exc:
            self.message_bar.show_messages([f"Report not written: {exc}"])
            return False
        self.statusBar().showMessage(f"Report written to {path}", 8000)
        return True

    def choose_report(self) -> None:
        start = str((self.effective_output_dir() or Path.home()) / "copydesk-report.html")
        path, _ = QFileDialog.getSaveFileName(
            self, "Export report", start, "HTML (*.html);;CSV (*.csv);;JSON (*.json)"
        )
        if path:
            self.export_report(Path(path))

    def choose_qa_report(self) -> None:
        start = str((self.effective_output_dir() or Path.home()) / "copydesk-qa.html")
        path, _ = QFileDialog.getSaveFileName(self, "Export QA report", start, "HTML (*.html)")
        if path:
            self.export_report(Path(path), qa=True)
