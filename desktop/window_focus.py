"""PerfectIt-style review: one check (a rule or a category) at a time, across every file.

The editor picks a rule or a category; Next Issue (F8) then steps through its open
issues file after file and wraps round to the first file, so one kind of problem is
judged everywhere before the next.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLabel

from copydesk.checks.review import ReviewItem
from copydesk.desktop.window_actions import WindowActions

Focus = tuple[str, str]  # ("rule", id) or ("category", name)


class WindowFocus(WindowActions):
    """The check being reviewed across the batch, and the filter it puts on stepping."""

    focus_label: QLabel
    act_focus: QAction
    act_focus_off: QAction

    def _build_focus(self) -> None:
        self.focus_label = QLabel()
        self.focus_label.setStyleSheet("font-weight:600;color:#1565c0")
        self.statusBar().addWidget(self.focus_label)
        self.focus_label.hide()
        self.act_focus = self._action(
            "Review &One Check Across Files…", self.choose_focus, "Ctrl+Shift+R",
            "Pick a rule or a category; F8 steps through its issues in every file",
        )  # fmt: skip
        self.act_focus_off = self._action(
            "Revie&w All Checks Again", lambda: self.review_one_check(None), None,
            "Step through every open issue again",
        )  # fmt: skip

    def focus_choices(self) -> list[tuple[str, Focus]]:
        """Every rule and category with open issues in the batch, with its count."""
        rules: Counter[str] = Counter()
        cats: Counter[str] = Counter()
        for f in self.session.readable():
            for it in f.items:
                if f.is_open(it):
                    rules[it.issue.rule] += 1
                    cats[str(it.issue.category)] += 1
        return [(f"Category: {c} ({n} open)", ("category", c)) for c, n in sorted(cats.items())] + [
            (f"Rule: {r} ({n} open)", ("rule", r)) for r, n in sorted(rules.items())
        ]

    def choose_focus(self) -> None:
        choices = self.focus_choices()
        if not choices:
            self.statusBar().showMessage("No open issues to review", 4000)
            return
        labels = [label for label, _ in choices]
        label, ok = QInputDialog.getItem(
            self, "Review one check", "Step through every open issue of:", labels, 0, False
        )
        if ok and label in labels:
            self.review_one_check(choices[labels.index(label)][1])

    def review_one_check(self, focus: Focus | None) -> None:
        """Review only ``focus`` (None: every issue again), from its first open issue."""
        self.focus = focus
        self._show_focus()
        if focus is None:
            return
        first = next(
            ((f, it) for f in self.session.files for it in f.items
             if f.is_open(it) and self.in_focus(it)),
            None,
        )  # fmt: skip
        if first is None:
            self.statusBar().showMessage("No open issues of that check", 4000)
            return
        self._select_file(first[0])
        self.issue_panel.select_key(first[1].key)

    def in_focus(self, it: ReviewItem) -> bool:
        if self.focus is None:
            return True
        kind, value = self.focus
        return (it.issue.rule if kind == "rule" else str(it.issue.category)) == value

    def _show_focus(self) -> None:
        if self.focus is None:
            self.focus_label.hide()
            return
        kind, value = self.focus
        left = sum(
            1 for f in self.session.files for it in f.items if f.is_open(it) and self.in_focus(it)
        )
        self.focus_label.setText(f"Reviewing {kind} “{value}” across files: {left} open")
        self.focus_label.show()
