"""Deciding from the window: the review layer plans each decision; it is pushed as one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from copydesk.checks.review import FileReview, ReviewItem
from copydesk.checks.review_decide import (
    DecisionPlan,
    plan_accept,
    plan_clear,
    plan_reject,
    plan_rule,
    plan_safe,
)
from copydesk.desktop.changes_view import TextMode
from copydesk.desktop.commands import DecideCommand, TextEditCommand
from copydesk.desktop.window_base import WindowBase


class WindowReview(WindowBase):
    """Accept, reject, edit, a rule at once, stepping through issues, typing in the text."""

    def _push(self, plan: DecisionPlan) -> bool:
        """Show the plan's messages and push its changes as one undo step; True if any."""
        if plan.messages:
            self.message_bar.show_messages(plan.messages, about=self.current)
        if plan.status:
            self.statusBar().showMessage(plan.status, 5000)
        if not plan.changes:
            return False
        self.undo_stack.push(DecideCommand(self.signals, plan.changes, plan.label))
        return True

    def accept_current(self, replacement: str | None = None) -> None:
        it, fr = self.current_item(), self.current
        if it is None or fr is None:
            return
        if replacement is None:
            replacement = self.issue_panel.chosen_replacement()
        if replacement is None:
            self.statusBar().showMessage("Nothing to apply: type a replacement first (F2)", 5000)
            return
        if self._push(plan_accept(fr, it, replacement)):
            self._after_decision(fr, it)

    def _accept_typed(self) -> None:
        """Enter in the replacement box: accept, then give the keys back to the issue list.

        Left in the box, Ctrl+Z would undo the typing instead of the decision.
        """
        self.accept_current()
        self.issue_panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_decisions(self) -> None:
        """Review › Clear Decisions in File: every decision of the file shown taken back (those
        remembered from an earlier session too), as one undo step."""
        if self.current is not None:
            self._push(plan_clear(self.current))

    def reject_current(self) -> None:
        it, fr = self.current_item(), self.current
        if it is None or fr is None:
            return
        self._push(plan_reject(fr, it))
        self._after_decision(fr, it)

    def _after_decision(self, fr: FileReview, it: ReviewItem) -> None:
        """Go on to the next open issue of the same file in text order (F8 and Ctrl+F8 go
        on into other files); reviewing one check across files, on to its next one."""
        if self.focus is not None:
            self.next_issue()
            return
        if fr is not self.current:
            return
        following = fr.next_open_after(it, self._wanted)
        if following is None:
            self.statusBar().showMessage(
                f"No open issues left in {fr.name}: Ctrl+F8 goes to the next file with issues",
                6000,
            )
            return
        self.issue_panel.select_key(following.key)

    def edit_replacement(self) -> None:
        if self.current_item() is not None:
            self.issue_panel.replacement.setFocus()
            line_edit = self.issue_panel.replacement.lineEdit()
            if line_edit is not None:
                line_edit.selectAll()

    def decide_rule(self, accept: bool, *, batch: bool, rule: str | None = None) -> int:
        """Accept (first replacement) or reject every open issue of a rule; one undo step."""
        if rule is None:
            it = self.current_item()
            if it is None:
                return 0
            rule = it.issue.rule
        files = None if batch else ([self.current] if self.current else [])
        plan = plan_rule(self.session, rule, accept, files, where="all files" if batch else "file")
        self._push(plan)
        return len(plan.changes)

    def accept_safe(self, *, batch: bool) -> int:
        """Accept every open safe fix of this file (or every file); one undo step."""
        files = None if batch else ([self.current] if self.current else [])
        plan = plan_safe(self.session, files, where="all files" if batch else "this file")
        self._push(plan)
        return len(plan.changes)

    def next_issue(self) -> None:
        self._step(+1)

    def previous_issue(self) -> None:
        self._step(-1)

    def _wanted(self, it: ReviewItem) -> bool:
        """Is ``it`` one stepping stops at: the check reviewed across files, or the filters."""
        # Reviewing one check across files: the file's own filters may not know it.
        return self.in_focus(it) if self.focus is not None else self.issue_panel.proxy.matches(it)

    def _step(self, direction: int) -> None:
        """Go to the next (or previous) open issue the filters show, on into the next files.

        Past the last file it wraps round to the first (and back into this file's
        start), so F8 always finds an open issue while one is left.
        """
        fr = self.current
        if fr is None:
            return
        it = self.current_item()
        items = fr.items
        pos = next((i for i, x in enumerate(items) if it is not None and x.key == it.key), None)
        if pos is None:
            pos = -1 if direction > 0 else len(items)
        rng = range(pos + 1, len(items)) if direction > 0 else range(pos - 1, -1, -1)
        wanted = self._wanted
        for i in rng:
            if fr.is_open(items[i]) and wanted(items[i]):
                self.issue_panel.select_key(items[i].key)
                return
        files = self.session.files
        start = files.index(fr)
        # The other files in order, wrapping, then this file again from its other end.
        order = [files[(start + direction * k) % len(files)] for k in range(1, len(files) + 1)]
        for other in order:
            candidates = [x for x in other.items if other.is_open(x) and wanted(x)]
            if candidates:
                if other is not fr:
                    self._select_file(other)
                self.issue_panel.select_key(candidates[0 if direction > 0 else -1].key)
                if other is fr or files.index(other) * direction < start * direction:
                    self.statusBar().showMessage("Wrapped round to the first open issue", 4000)
                return
        self.statusBar().showMessage("No more open issues", 4000)

    def next_file(self, direction: int = 1) -> FileReview | None:
        """Go to the next (or previous) file with open issues the filters show, wrapping."""
        files = self.session.files
        if not files:
            return None
        start = files.index(self.current) if self.current in files else -1
        wanted = self._wanted
        for step in range(1, len(files) + 1):
            other = files[(start + direction * step) % len(files)]
            candidates = [x for x in other.items if other.is_open(x) and wanted(x)]
            if candidates and other is not self.current:
                self._select_file(other)
                self.issue_panel.select_key(candidates[0].key)
                return other
        self.statusBar().showMessage("No other file has open issues", 4000)
        return None

    def toggle_edit_mode(self) -> None:
        on = self.act_edit_text.isChecked()
        if on and self.text_mode != TextMode.ORIGINAL:
            self.set_text_mode(TextMode.ORIGINAL)  # typing goes to the original text
        self.view.setReadOnly(not on or self.current is None or self.current.doc is None)
        self.show_edit_mode(on)
        self.statusBar().showMessage(
            "Editing the text: the typed text becomes the file's text; it is re-checked as"
            " you pause"
            if on
            else "Text is read-only; decide with Accept / Reject",
            6000,
        )
        if on:
            self.view.setFocus()

    def _on_item_selected(self, it: ReviewItem | None) -> None:
        self.view.show_item(it)
        self.show_unit(it)
        if it is None:
            self.act_accept.setText("&Accept")

    def _on_accept_verb(self, verb: str) -> None:
        """The toolbar's Accept is named as the panel's button is (Keep, Apply edit)."""
        self.act_accept.setText(f"&{verb}")

    def _on_files_changed(self, files: list[FileReview]) -> None:
        for fr in files:
            self.files_model.file_changed(fr)
            if not fr.checking and fr.needs_recheck():
                # A fix accepted or taken back: check the text it leaves, as `fix` does.
                self._schedule_recheck(fr, soon=True)
        if self.current is not None and any(f is self.current for f in files):
            keep = self.current_item()
            if keep is not None and self.current.items and keep not in self.current.items:
                # The items were rebuilt (a text edit): keep the selection on its issue.
                self.issue_panel.reload(self.current.same_item(keep))
            else:
                self.issue_panel.refresh()
            self.view.current = self.current_item()
            self.view.refresh_highlights()
            self.refresh_changes()
            self.show_unit(self.current_item())
        self._show_focus()
        self._update_counts()

    def _on_decision_undone(self, fr: FileReview, key: str) -> None:
        """Select the issue an undo reopened (in its file), if the file still shows it."""
        shown = any(f is fr for f in self.session.files)
        if not shown or not any(it.key == key for it in fr.items):
            return
        if fr is not self.current:
            self._select_file(fr)
        self.issue_panel.select_key(key)

    def _on_text_typed(self, offset: int, removed: int, inserted: str) -> None:
        fr = self.current
        if fr is None:
            return
        cmd = TextEditCommand(
            self.signals, fr, offset, fr.text[offset : offset + removed], inserted
        )
        self.undo_stack.push(cmd)
        self.issue_panel.reload(None)
        self.view.refresh_highlights()
        self._schedule_recheck(fr)

    def _on_text_edited(self, fr: FileReview) -> None:
        self.files_model.file_changed(fr)
        if fr is self.current:
            scroll = self.view.verticalScrollBar().value()
            self.view.show_file(fr)
            self.view.verticalScrollBar().setValue(scroll)
            self.issue_panel.reload(None)
            self.refresh_changes()
        else:
            self._select_file(fr)
        self._schedule_recheck(fr)
        self._update_counts()
