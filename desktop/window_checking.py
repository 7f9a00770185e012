"""Checking in the background from the window: start, cancel, re-check, and take the results."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from copydesk.checks.engine import FileResult
from copydesk.checks.inputs import CheckInputs
from copydesk.checks.model import Issue
from copydesk.checks.review import FileReview
from copydesk.checks.review_bilingual import BilingualReview
from copydesk.checks.review_recheck import Recheck
from copydesk.checks.run_inputs import RunInputError, connect_services, resolve_run
from copydesk.desktop import workers
from copydesk.desktop.window_base import WindowBase


def _files(n: int) -> str:
    return f"{n} file" if n == 1 else f"{n} files"


class WindowChecking(WindowBase):
    """Background checks: one job at a time, results taken as they come."""

    def start_check(self, targets: Iterable[FileReview] | None) -> None:
        """Check ``targets`` (None: every file) in the background, the whole batch as context."""
        wanted = {id(f) for f in (targets if targets is not None else self.session.readable())}
        if self.job is not None:
            # Fold the unfinished part of the running job into the new one.
            wanted |= {id(f) for f in self.session.files if f.checking}
            self.job.cancel()
        files = [f for f in self.session.readable() if id(f) in wanted]
        if not files or not self._resolve_inputs():
            return
        self._generation += 1
        # The batch as the decisions so far leave it: what an accepted fix reveals is found.
        rechecks = self.session.rechecks()
        # The bilingual files asked for are checked, every bilingual file their batch (a
        # term translated two ways): a decision re-checks its own file, not the others.
        asked = [f for f in files if isinstance(f, BilingualReview)]
        context = self.session.bilingual() if asked else []
        plain = [f for f in files if not isinstance(f, BilingualReview)]
        paths = None if len(plain) == len(rechecks) else [str(f.path) for f in plain]
        # The worker reads these snapshots, never the reviews the editor goes on changing;
        # bilingual files too are checked as their accepted fixes leave them.
        units = [f.recheck() for f in context]
        wanted_units = None if len(asked) == len(context) else [str(f.path) for f in asked]
        job = workers.CheckJob(self._generation, self.engine, rechecks, paths, units, wanted_units)
        job.signals.filesDone.connect(self._on_files_done)
        job.signals.started.connect(self._on_started)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        for f in files:
            f.checking = True
        self.files_model.all_changed()
        self.job = job
        self._jobs.append(job)
        total = len(files)
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        # Until the worker runs (a cancelled check may still hold the pool), nothing is
        # being checked: the bar says it waits, not "0 of N".
        self.progress.setFormat(f"Waiting to check {_files(total)}…")
        self.progress.show()
        self.cancel_button.show()
        workers.start(job)
        self._update_actions()

    def _resolve_inputs(self) -> bool:
        """Resolve the run's inputs (glossaries above all) once per settings and folders.

        A bad glossary stops the check with one line, instead of one failure per file.
        """
        from copydesk.checks.bilingual.cli import source_language

        bilingual = self.session.bilingual()
        paths = [f.path for f in self.session.readable() if not isinstance(f, BilingualReview)]
        pairs = [f.path for f in bilingual]
        folders = tuple(sorted({p.parent for p in [*paths, *pairs]}))
        key: object = (id(self.settings), folders, tuple(sorted(map(str, pairs))))
        if key == self._inputs_key:
            return True
        try:
            run = resolve_run(
                self.settings,
                paths,
                self.engine_factory,
                bilingual=pairs,
                source_lang=source_language([f.bdoc for f in bilingual]),
                connect=False,
            )
        except RunInputError as exc:
            self.message_bar.show_messages([f"Not checked: {exc}"])
            return False
        self.engine = run.engine
        self._connect_services(run.inputs)
        self._inputs_key = key
        return True

    def _connect_services(self, inputs: CheckInputs) -> None:
        """Start or reuse LanguageTool for the run on a worker thread, never the UI thread;
        the lt check waits for this attempt (its first file's own issues show meanwhile)."""
        if inputs.languagetool is None:
            return
        job = workers.CallJob(lambda: connect_services(inputs))
        job.signals.finished.connect(lambda: self._jobs.remove(job) if job in self._jobs else None)
        self._jobs.append(job)
        workers.start(job)

    def cancel_check(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.statusBar().showMessage("Cancelling…")

    def recheck_all(self) -> None:
        self._inputs_key = None  # F5 reads the glossaries again: the user may have fixed one
        self.start_check(None)

    @property
    def checking(self) -> bool:
        return self.job is not None

    def _recheck_pending(self) -> None:
        if self.job is not None:
            # A running check would be cancelled and restarted for every decision, so a
            # folder's first check could never end: the re-checks wait until it finishes.
            return
        files = [f for f in self.session.files if id(f) in self._pending_recheck]
        self._pending_recheck.clear()
        # A decision may settle a batch-wide issue another file shows (a name written two
        # ways across the articles): those files are checked again too.
        files = self.session.recheck_after(files, self.engine)
        if files:
            self.start_check(files)

    def _on_files_done(
        self, generation: int, results: list[tuple[Recheck, FileResult, list[tuple[Issue, str]]]]
    ) -> None:
        if generation != self._generation:
            return
        for basis, result, keyed in results:
            self._take_result(basis, result, keyed)
        self._counts_timer.start()

    def _take_result(
        self, recheck: Recheck, result: FileResult, keyed: list[tuple[Issue, str]]
    ) -> None:
        fr = self.session.by_path(result.path)
        if fr is None:
            return
        if fr.basis() != recheck.basis():
            # Changed while being checked (typed in, its targets changed): these offsets
            # belong to the text the check read. Plain and bilingual files alike.
            fr.checking = False
            self._schedule_recheck(fr)
            return
        keep = self.current_item() if fr is self.current else None
        # Placed on the working text, which is unchanged: taken even if decisions changed
        # meanwhile, and checked again below for what those reveal.
        fr.take_recheck(recheck, keyed, result.failures, result.pending)
        # An early result: shown now, while the grammar engines still check this file.
        fr.checking = not result.complete
        if result.complete and fr.needs_recheck():
            self._schedule_recheck(fr, soon=True)
        self.files_model.file_changed(fr)
        if fr is self.current:
            self.view.refresh_highlights()
            # The issue the editor was reading stays selected, whatever came in around it
            # (LanguageTool's results arrive late): found by its place, not its key's ordinal.
            now = fr.same_item(keep)
            if keep is not None and now is None:
                # No longer found (a fix before it settled it): on to the next open issue,
                # as after a decision, so that Ctrl+Enter goes on deciding.
                now = fr.next_open_after(keep, self._wanted)
            self.issue_panel.reload(now)
        elif self.current is None:
            self._select_file(fr)
        if fr.newly_carried:
            self.message_bar.show_messages(
                [
                    f"{fr.name}: {len(fr.newly_carried)} accepted fix(es) no longer flagged after"
                    " the batch changed (first: line"
                    f" {fr.position(fr.newly_carried[0].issue)[0]},"
                    f" {fr.newly_carried[0].issue.rule}); they stay applied: reject or undo"
                    " them to take them out"
                ]
            )
        if result.failures:
            self.message_bar.show_messages(
                [f"{fr.name}: check {f.check_id} failed: {f.error}" for f in result.failures]
            )

    def _on_started(self, generation: int) -> None:
        if generation == self._generation:
            self._show_progress(0, self.progress.maximum())

    def _show_progress(self, done: int, total: int) -> None:
        """The file being checked now, of how many: "Checking 1 of 6" while the first runs."""
        self.progress.setValue(done)
        self.progress.setFormat(f"Checking {min(done + 1, total)} of {total}")

    def _on_progress(self, generation: int, done: int, total: int, path: str) -> None:
        if generation != self._generation:
            return
        self._show_progress(done, total)
        self.statusBar().showMessage(f"Checked {Path(path).name}", 2000)

    def _on_finished(self, generation: int, cancelled: bool) -> None:
        job = next((j for j in self._jobs if getattr(j, "generation", None) == generation), None)
        if job is not None:
            self._jobs.remove(job)
        if generation != self._generation:
            return
        self.job = None
        for f in self.session.files:
            f.checking = False
        self.files_model.all_changed()
        self.progress.hide()
        self.cancel_button.hide()
        checked = sum(1 for f in self.session.files if f.checked)
        self.statusBar().showMessage(
            "Check cancelled; unchecked files stay unchecked (F5 checks again)"
            if cancelled
            else f"Checked {checked} file(s)",
            6000,
        )
        self._update_actions()
        if not cancelled and self._pending_recheck and not self._recheck_timer.isActive():
            self._decided_timer.start()  # the decisions' re-checks that waited for this one

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.message_bar.show_messages([f"Checking stopped by an internal error: {message}"])
